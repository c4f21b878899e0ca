"""Reading a field's value (the text after a label or role) into names, organisations,
@handles and dates: 记者 张三 李四, （孟坝镇　刘晓燕）, 来源：@敦化融媒.

Split from ``names`` (which tells a name from a word) when that module reached its size
limit: reading a value is a step of its own, built on the name test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .field_rules import BULLETS, CJK, DATE_TIME, SEPARATORS, FieldRules, load_field_rules
from .gazetteer import is_town_name
from .names import (
    glued_names,
    glued_run,
    is_media,
    is_name_without_surname,
    is_organisation,
    is_person_name,
    name_like_unit,
    reads_as_place,
)
from .sources import credit_line
from .spaced_names import join_spaced_names


@dataclass
class _Reading:
    """What one value (the text after a label or role) holds."""

    names: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)  # @敦化融媒: the posting organisation
    handles: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    rest: list[str] = field(default_factory=list)


def clean_token(token: str) -> str:
    """A token without quotes, brackets, a closing 等 (记者 张三 等, 张三等), or the tag a
    CMS glues to a name (编辑:李芳-xp, 责任编辑：郑晓_NF5621). Title marks go only when they
    wrap the whole token: 《南方》杂志 keeps its own.

    >>> clean_token('《南方》杂志'), clean_token('《湖南日报》'), clean_token('“张三”')
    ('《南方》杂志', '湖南日报', '张三')
    """
    token = token.strip(BULLETS + "“”\"'‘’<>（）()【】[]〔〕：:。.！!？?")
    if not (token.startswith("《") and "》" in token[:-1]):
        token = token.strip("《》")
    token = re.sub(f"(?<=[{CJK}])[-_][A-Za-z0-9]{{1,10}}$", "", token)
    return "" if token == "等" else re.sub("等$", "", token) if len(token) > 2 else token


def read_value(
    value: str,
    rules: FieldRules | None = None,
    after_role: bool = False,
    glued: bool = False,
    aligned: frozenset[str] = frozenset(),
) -> _Reading:
    """Split a names value into names, organisations, @handles, dates and the rest.

    Names are separated by spaces or 、，/ (``熊家余 谢慧敏``); a date glued to a name
    (``张三2024-03-05``) is a date of its own. An organisation just before a name is that
    person's unit (``（孟坝镇　刘晓燕）``), an affiliation, not a credit. An @handle counts when it
    names a person or an organisation (``@敦化融媒``), not when it addresses readers (``@全体居民``).
    ``after_role``: a role or label says people follow, so a name without a surname (泽仁拉姆) is
    a name too. ``glued``: the value is bracketed (（刘振华张晓雯） closing the text), plainly a
    credit: two names run together are split (``glued_names``), and a name ending like a unit is
    a writer after a unit or before a name (（宣传办 赵德科）, round 69). ``aligned``: spaced out.

    >>> r = read_value('张三2024-03-05 李四、平利县融媒体中心 我来说两句')
    >>> r.names, r.organisations, r.dates, r.rest
    (['张三', '李四'], ['平利县融媒体中心'], ['2024-03-05'], ['我来说两句'])
    >>> r = read_value('孟坝镇　刘晓燕')
    >>> r.names, r.organisations, r.affiliations
    (['刘晓燕'], [], ['孟坝镇'])
    """
    rules = rules or load_field_rules()
    reading = _Reading()

    def take_date(match: re.Match) -> str:
        reading.dates.append(match.group(0).strip())
        return " "

    def is_name(token: str) -> bool:
        return (
            token in aligned
            or is_person_name(token, rules, after_role)
            or (after_role and is_name_without_surname(token, rules))
            or (glued and unit is not None and name_like_unit(token, rules))  # （宣传办 赵德科）
        )

    value = join_spaced_names(DATE_TIME.sub(take_date, rules.paper_page.sub(" ", value)), rules)
    value = _OUTLET_LIST.sub(lambda m: _one_outlet_list(m, rules), value)
    unit = None  # an organisation waiting to see whether a name follows it
    for raw in SEPARATORS.split(value):
        token = clean_token(raw).replace(_KEPT_SLASH, "/")
        if not token:
            continue
        handle = token[1:] if token.startswith("@") else None
        if handle and is_organisation(handle, rules):
            reading.accounts.append(handle)
        elif handle and (is_name(handle) or is_name_without_surname(handle, rules)):
            reading.handles.append(handle)
        elif (
            not handle
            and (after_role or glued)
            and not is_organisation(token, rules)  # 作者:农业人才网 is a site, no 农业人 + 才网
            and (pair := glued_names(token, rules) or (after_role and glued_run(token, rules)))
            and (after_role or not any(reads_as_place(name, rules) for name in pair))
        ):
            reading.names.extend(pair)  # 编辑:李雪王婷: two names a page ran together
        elif not handle and is_name(token):
            if unit is not None:  # （陶拴科 严丽丽）: a unit-like writer
                reading.organisations.remove(unit)
                writer = (glued or after_role) and name_like_unit(unit, rules)
                (reading.names if writer else reading.affiliations).append(unit)
            reading.names.append(token)
        elif not handle and (
            is_organisation(token, rules) or (glued and _unit_and_post(token, rules))
        ):
            reading.organisations.append(token)  # （北营村村官 甲）: a unit and post, bracketed
            unit = token
            continue
        elif not re.fullmatch(r"[\d:：.\s]*", token):
            reading.rest.append(token)
        unit = None
    return reading


#: Words joined by slashes (石榴云/新疆日报): outlets listed by a co-publishing pair, or names.
_OUTLET_LIST = re.compile(rf"[{CJK}]{{2,10}}(?:[/／][{CJK}]{{2,12}})+")
_KEPT_SLASH = "\u2044"  # a slash the name separators leave alone, given back as /


def _one_outlet_list(match: re.Match, rules: FieldRules) -> str:
    """A slash-joined run whose last word is an outlet, kept as one organisation: an app's
    brand before its paper (石榴云/新疆日报记者 宋雅文, round 103) is the paper's newsroom,
    not a person named 石榴云 (石 is a surname). Names joined so stay apart (张三/李四).

    >>> read_value('石榴云/新疆日报').organisations, read_value('张三/李四').names
    (['石榴云/新疆日报'], ['张三', '李四'])
    """
    parts = re.split(r"[/／]", match.group(0))
    return _KEPT_SLASH.join(parts) if is_media(parts[-1], rules) else match.group(0)


def _unit_and_post(token: str, rules) -> bool:
    """True for a unit and a writer's post run together (北营村村官, 城关镇党委书记): before a
    name in a closing credit, the writer's affiliation (``writer_posts`` in fields.yaml).

    >>> _unit_and_post('北营村村官', load_field_rules()), _unit_and_post('大学生村官', load_field_rules())
    (True, False)
    """
    post = next((p for p in rules.writer_posts if token.endswith(p)), None)
    return bool(post) and is_organisation(token[: -len(post)], rules)


def editing_offices(organisations: list[str], rules: FieldRules) -> list[str]:
    """The towns and offices an editor's label names in place of a person: the office that put
    the text up (编辑：中州路街道, two labellers of rounds 101 and 109), filed as an ``issuer``,
    the source of last resort, after a dateline (编辑:连城融媒体中心 over 央视网消息, round
    108). A site's name is the host, and one glued to a person's is no office
    (责任编辑:林秀梅古田网).

    >>> rules = load_field_rules()
    >>> editing_offices(['中州路街道', '永善县融媒体中心', '林秀梅古田网'], rules)
    ['中州路街道', '永善县融媒体中心']
    """
    return [o for o in organisations if credit_line(o, rules) or is_town_name(o)]
