"""Second looks at an empty author list: a writer's credit the byline rules did not read.

See doubts.py for why these exist and how a check earns its place. On real pages an author
list comes out wrong mostly by staying empty: the page credits its writer in a form no rule
was written from (a pinyin mirror's 来源:… | 作者:本报记者 甲 line, a credit inside a dateline's
brackets, a ● before the names), and ingest reports "no author" as confidently as for a
page that names none. The checks never name an author (bylines.py does): they only send the
report to a curator when the page prints a credit word before a person's name, names in the
bracket after a dateline's 讯 or 电, or a bracket of names closing a line (session 34).

Vocabularies are data (``data/doubt_authors.yaml``); the two bracket shapes are patterns
here. Input is the simplified page.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from . import DATA, alternation
from .names import is_organisation, is_person_name
from .photo_positions import POSITION_MARK


@functools.cache
def _rules(path: Path = DATA / "doubt_authors.yaml") -> tuple[re.Pattern, re.Pattern]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # Inside a lookahead, so one credit's match does not swallow the next (作者:本报记者 甲).
    credit = re.compile(
        "(?=(?:"
        + alternation(data["credit_words"])
        + ")"
        + r"\s*[:：]?\s*([\u4e00-\u9fff]{2,8})(?=[\s、，,)）《]|$))"
    )
    reach, marks = data["photo_reach"], alternation(data["photo_marks"])
    photo = re.compile(rf"[^\n]{{0,{reach}}}(?:{marks})")
    return credit, photo


def credited_writers(page_lines: tuple[str, ...]) -> list[str]:
    """The names the page credits as writers, by a credit word right before them.

    >>> credited_writers(('来源:辽宁法治报 | 作者:本报记者 任晓霞 | 发布时间: 2025-08-12',))
    ['任晓霞']
    >>> credited_writers(('青海日报记者 陆广涛 通讯员 曲央 摄', '接受记者采访时，村民说。'))
    []

    Two names glued after one credit word (（记者苍雁石洪宇）) or a name glued to the paper's
    title marks (记者高平《光明日报》) are credits too; an office (记者 宣威市妇联) or a sentence
    run on after a name (记者孙金龙感慨刚落) is not:

    >>> credited_writers(('中新网吉林1月22日电 (记者苍雁石洪宇)农历大年初一',)), credited_writers(('作者:本报记者高平《光明日报》',))
    (['苍雁石洪宇'], ['高平'])
    >>> credited_writers(('村里的记者 宣威市妇联',)), credited_writers(('说起往事，记者孙金龙感慨刚落',))
    ([], [])
    >>> credited_writers(('2023-09-14 06:03:49 作者:农业人才网 浏览量:',))
    []
    """
    credit, photo = _rules()
    text = "\n".join(page_lines)  # converter pinyin is gone already (unannotate)
    return [
        match.group(1)
        for match in credit.finditer(text)
        if _names_a_writer(match.group(1))
        and not match.group(1).endswith("摄")
        and not photo.match(text, match.end(1))
    ]


def _names_a_writer(words: str) -> bool:
    """Whether the characters after a credit word open with a name (任晓霞, up to four
    characters) or are two names glued (苍雁石洪宇: each of two or three characters)."""
    if len(words) <= 4:
        return is_person_name(words[:3]) or is_person_name(words[:2])
    if is_organisation(words):
        return False  # 作者:农业人才网, 作者:晋绥基金会: a body, the source's business
    return any(
        is_person_name(words[:cut]) and is_person_name(words[cut:])
        for cut in (2, 3)
        if 2 <= len(words) - cut <= 3
    )


#: What parts the names in a bracket of writers: spaces or an enumeration comma.
_BETWEEN_NAMES = r"[\s、，,]+"
#: A bracket of two-to-four-character words closing a line (…收入约85万元。(田明 袁永国 崔根文)).
_CLOSING_BRACKET = re.compile(
    rf"[（(]\s*([\u4e00-\u9fff]{{2,4}}(?:{_BETWEEN_NAMES}[\u4e00-\u9fff]{{2,4}}){{0,4}})\s*[)）]\s*$"
)


def closing_names(page_lines: tuple[str, ...]) -> list[str]:
    """The names in the last bracket of names closing a line, when every word in it is a name.

    A county paper's copy signs its writers so, at the end of the text ((完)(田明 袁永國 崔根文)
    on a pinyin mirror); a bracket of words that are not all names ((图片来源网络), (完)) is none.

    >>> closing_names(('活动增强了群众的信心。(完)(田明 袁永国 崔根文)',))
    ['田明', '袁永国', '崔根文']
    >>> closing_names(('活动增强了群众的信心。(完)',)), closing_names(('村里的路修好了(图片来源网络)',))
    ([], [])

    A photograph's position mark is no name (…驻村第一书记余星(左一)):

    >>> closing_names(('柳姑村驻村第一书记余星(左一)',))
    []
    """
    found: list[str] = []
    for line in page_lines:
        match = _CLOSING_BRACKET.search(line.strip())
        if match and not POSITION_MARK.fullmatch(match.group()):
            words = re.split(_BETWEEN_NAMES, match.group(1))
            if all(is_person_name(word) for word in words):
                found = words
    return found


#: A dateline's bracket (中新网连城6月2日电 (黄水林 陈析兴), 本网讯(洪毅军 火田镇计协)).
_DATELINE_BRACKET = re.compile(r"(?<![通资])(?:讯|电)\s*[（(]([^（）()]{2,30})[）)]")


def dateline_names(page_lines: tuple[str, ...]) -> list[str]:
    """The names in the bracket after a dateline's 讯 or 电: the writers, by the form's custom.

    >>> dateline_names(('2017-6月-02 中新网连城6月2日电 (黄水林 陈析兴)2日凌晨4点半，',))
    ['黄水林', '陈析兴']
    >>> dateline_names(('本网讯(洪毅军 火田镇计协)为纪念计生协会成立38周年，',))
    ['洪毅军']
    >>> dateline_names(('通讯员(左)在村里走访。',)), dateline_names(('本报讯(图文)近日，',))
    ([], [])
    """
    for line in page_lines:
        match = _DATELINE_BRACKET.search(line)
        if match:
            names = [w for w in re.split(_BETWEEN_NAMES, match.group(1)) if is_person_name(w)]
            if names:
                return names
    return []


def authors_doubts(finished) -> list[str]:
    """Reasons to doubt an empty author list (none when ingest read an author).

    >>> from township_reports.ingest.doubts import Finished
    >>> authors_doubts(Finished(page_lines=('安徽财经网、掌中安徽讯(付延磊 卢睿哲 记者 曹开远)宣城市旌德县白地镇',)))
    ['页面有署名“记者 曹开远”，但未识别出作者']
    >>> authors_doubts(Finished(page_lines=('记者 曹开远',), authors=('曹开远',)))
    []
    >>> authors_doubts(Finished(page_lines=('活动增强了群众的信心。(完)(田明 袁永国 崔根文)',)))
    ['页面末尾括号中有署名“田明 袁永国 崔根文”，但未识别出作者']
    """
    if finished.authors:
        return []
    names = credited_writers(finished.page_lines)
    if names:
        return [f"页面有署名“记者 {names[0]}”，但未识别出作者"]
    names = dateline_names(finished.page_lines)
    if names:
        return [f"电头后括号中有署名“{' '.join(names)}”，但未识别出作者"]
    names = closing_names(finished.page_lines)
    return [f"页面末尾括号中有署名“{' '.join(names)}”，但未识别出作者"] if names else []
