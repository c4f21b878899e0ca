"""The headline a news agency's feature states after its dateline (新华社天津8月4日电 题：…).

A wire feature opens on its dateline and its own headline (中新社鲁甸1月9日电 题：回访鲁甸地震
震中龙头山：这个冬天不太冷); every copy of it carries that line, whatever the copying site
prints above it. Most copies print the same headline above, sometimes under a column
(新春走基层｜…) or reworded by the site's editor; a spam copy may splice a keyword before the
headline (罗密欧与朱丽叶-“最北村庄”的“找北”复兴路): the wire's words then name the story, and the
header's line does not. Found on 18 development pages of rounds 33–55 (PATTERNS.md,
"Session 24"); labellers took the wire's headline on 13 of them and the header's on the rest,
where the header printed it with a column or reworded it. A spam keyword printed instead of
the headline (云南龙头山地震骡马口哪里可以打耳洞) is left to the header's reader: taking the wire's
headline there lost a held page.
"""

from __future__ import annotations

import re

from .headline import clean_headline
from .page import Zones, han_count
from .trace import Trace

#: The wire's dateline (a day, then 电) and its headline after 题：; the day may be written
#: in numerals (新华社长沙十月一日电).
_WIRE_HEADLINE = re.compile(
    r"^\s*\S{0,24}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*电\s*题\s*[:：]\s*(\S.{3,80}?)\s*$"
)
#: How many lines into the text the dateline may stand, counted from the page's top, where
#: it may stand among the header's lines (a spam copy's lines may come first).
WIRE_LINES = 3
#: What parts a column from the headline it stands before (新春走基层｜…, （人权行动看中国）…,
#: 【新春走基层】…, 专栏：…): a column stays, as the site printed it.
_COLUMN_END = tuple("）)】]｜|丨:：》 ")


def wire_headline(lines: list[str], zones: Zones) -> tuple[int, str] | None:
    """The line and the headline a wire dateline states over or at the top of the text, or None.

    >>> wire_headline(['云南龙头山地震骡马口哪里可以打耳洞', '中新社鲁甸1月9日电 题:回访鲁甸地震震中龙头山:这个冬天不太冷',
    ...                '9日一早，云南鲁甸龙头山镇飘着雪花。'], Zones(1, 3))
    (1, '回访鲁甸地震震中龙头山:这个冬天不太冷')
    >>> wire_headline(['新华社北京1月9日电 记者从农业农村部获悉，题库建设稳步推进。'], Zones(0, 1)) is None
    True
    """
    below = 0
    for index, line in enumerate(lines):
        below += index >= zones.body_start and bool(line.strip())
        if below > WIRE_LINES:
            break
        match = _WIRE_HEADLINE.match(line)
        if match:
            title = clean_headline(match.group(1))[0]
            if han_count(title) >= 4:
                return index, title
    return None


def _plain(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", text)


def header_misprints(title: str, wire: str) -> bool:
    """True when the header prints the wire's headline with words spliced before it and no
    column's mark between (罗密欧与朱丽叶-“最北村庄”…). A column before it (新春走基层｜…), a
    headline reworded by an editor or cut short stays the header's, and so does another
    text altogether: a spam keyword in the header's place (云南龙头山地震骡马口哪里可以打耳洞
    over 中新社鲁甸1月9日电 题：…) was tried, and lost a held page (PATTERNS.md, "Session 24").

    >>> header_misprints('罗密欧与朱丽叶-“最北村庄”的“找北”复兴路', '“最北村庄”的“找北”复兴路')
    True
    >>> header_misprints('新春走基层｜北方山村“觅”新景', '北方山村“觅”新景')
    False
    >>> header_misprints('“民宿+”模式助力 内蒙古东部明星村乡村振兴焕新貌',
    ...                  '“民宿+”模式赋能 内蒙古东部明星村焕发乡村振兴新活力')
    False
    """
    plain_title, plain_wire = _plain(title), _plain(wire)
    start = plain_title.find(plain_wire) if plain_wire else -1
    if start <= 0 or plain_title[start + len(plain_wire) :]:
        return False  # the wire's headline itself, another text, or a header saying more after it
    kept = [i for i, c in enumerate(title) if _plain(c)]
    opening = re.match(r"[^\u4e00-\u9fff0-9A-Za-z]*", wire).group(0)  # the headline's “
    before = title[: kept[start]].removesuffix(opening).rstrip()
    return not before.endswith(_COLUMN_END)


def settle_with_wire(
    title: str,
    lines: list[str],
    line_numbers: list[int],
    zones: Zones,
    evidence: dict,
    trace: Trace,
) -> str:
    """The headline once the wire's own is weighed: the wire's where the header misprints it
    (``header_misprints``), else the header's (none stays none). A replaced header line goes
    on the review list with what it said."""
    found = wire_headline(lines, zones)
    if found is None or not header_misprints(title, found[1]):
        return title
    index, wire = found
    evidence["title"] = {"line": line_numbers[index], "rule": "the wire's 题： after its dateline"}
    trace.review("title", f"页首标题“{title}”与电头后的题不符，取电头之题：“{wire}”")
    return wire
