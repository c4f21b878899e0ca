"""What a quoted numbered name or a plus chain is used as, when it names no programme.

Measured by path (PATTERNS.md, "Session 7 rules, second pass (I2: initiatives by path)"):
a numbered phrase in quotes with no introducing verb, tail or headline (the ``bare
numbered slogan`` path) was right on 6 of 18 finds on the real development pages, and
most of its wrong finds share a few uses, each read from the words around the quote: a
count (24名“两长四员”), a road (“两纵一横”道路), an aim (实现“三个好”). A plus chain before
a team word lists the team's members (“党员+网格员+志愿者”联防队伍), and a numbered word
counting a list of policy words names the policy. Data: ``data/initiative_uses.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import yaml

from . import DATA
from .initiative_vocabulary import Vocabulary


@dataclass(frozen=True)
class _Uses:
    counted_before: re.Pattern
    counted_after: re.Pattern
    thing_after: re.Pattern
    goal_before: tuple[str, ...]
    members_team_after: re.Pattern


@functools.cache
def _uses() -> _Uses:
    data = yaml.safe_load((DATA / "initiative_uses.yaml").read_text(encoding="utf-8"))
    return _Uses(
        re.compile(data["counted_before"]),
        re.compile(data["counted_after"]),
        re.compile(data["thing_after"]),
        tuple(data["goal_before"]),
        re.compile(data["members_team_after"]),
    )


def bare_number_use(before: str, right: str) -> str | None:
    """What a bare quoted numbered name is used as, or None when nothing says.

    ``before`` is the raw text right before the opening quote, ``right`` the text right
    after the closing one. A count, a road, an aim: the name classes what is counted,
    names the road or states the goal; the place carries out no programme of that name.

    >>> bare_number_use("党支部评定10户党员中心户，24名", "，推行党员挂牌承诺制")
    'counted'
    >>> bare_number_use("四荒地建设", "107块，建设污水处理设施2座")
    'counted'
    >>> bare_number_use("工业集聚区拉开框架，", "道路基本建成，规模企业")
    'thing'
    >>> bare_number_use("聚焦“三重视”，实现", "，红色乡镇建设成效显著")
    'goal'

    The near relatives are left alone: a programme named once with nothing of these
    (依托服务中心建成“10分钟党群服务圈”，在各村设立便民点) and a road a programme builds.

    >>> bare_number_use("依托服务中心建成", "，在各村设立便民服务点") is None
    True
    >>> bare_number_use("实施", "道路建设14.5公里") is None
    True
    """
    uses = _uses()
    if uses.counted_before.search(before) or uses.counted_after.match(right):
        return "counted"
    if uses.thing_after.match(right):
        return "thing"
    if before.endswith(uses.goal_before):
        return "goal"
    return None


def lists_team_members(before: str, after: str) -> bool:
    """True when a plus chain lists the members of a team, not a model's partners.

    >>> lists_team_members("多方联动，强化巡查。全镇组建“", "联防队伍，每天对辖区内的河道")
    True
    >>> lists_team_members("划分为14个", "的行动组，定期分段分片开展服务")
    True
    >>> lists_team_members("乡党委把党员组织起来，按照“", "的方式组建了6支服务队")
    False
    >>> lists_team_members("水车镇党委推行“", "治理模式，以屋场为单位")
    False
    """
    return bool(_uses().members_team_after.match(after.lstrip('”"」』')))  # quoted or not


def policy_words_only(phrase: str, vocabulary: Vocabulary) -> bool:
    """True for a quoted list of general policy words only (README: not initiatives), which
    a numbered word after it counts no better: “产业振兴、人才振兴、文化振兴、生态振兴、组织
    振兴”5大任务 names the national policy, not a programme of the place's.

    >>> from township_reports.ingest.initiative_vocabulary import load_vocabulary
    >>> vocabulary = load_vocabulary()
    >>> policy_words_only("产业振兴、人才振兴、文化振兴、生态振兴、组织振兴", vocabulary)
    True
    >>> policy_words_only("需求清单、资源清单、项目清单", vocabulary)
    False
    """
    parts = re.split(r"[、+＋]", phrase)
    return len(parts) >= 2 and all(part in vocabulary.not_initiatives for part in parts)
