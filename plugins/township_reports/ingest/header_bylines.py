"""Bylines a header line holds beside other words: after a bar ending a deck, or glued to
the lede's first clause. The line is then a credit, never the headline (reading.header_byline).

Kept apart from bylines.py, which reads lines that are bylines and nothing else and the
credits inside paragraphs; these read round 7's header forms (PATTERNS.md, "Round 7 forms
read: headlines and bylines (wj)").
"""

from __future__ import annotations

import re

from .bylines import Byline, parse_byline, with_rule
from .credit_forms import OPENING_BYLINE
from .field_rules import BARS, CJK, FieldRules, load_field_rules

#: The bar a page sets between a deck line and the byline glued after it.
_BAR = re.compile(rf"\s*[{BARS}]\s*")


def bar_byline(line: str, rules: FieldRules | None = None) -> tuple[str, Byline] | None:
    """A byline glued after a bar at the end of a header line: (what stands before it, byline).

    A mirror or an aggregator flattens the deck under a headline and the byline beside it
    into one line (``柑橘红了的地方—安康市汉滨区早阳镇聚焦|记者孙立民综合报道``). The part after the
    last bar is a byline when a reporter's role names someone and nothing else is left; the
    line is then a deck with its credit, never the headline. A bar before a headline's own
    words (``今日点击 | …``, ``社区书记说|…``) is left alone, and so are bare names after a bar:
    without a role they could be a column's or a person's name in a headline.

    >>> deck, byline = bar_byline('柑橘红了的地方—安康市汉滨区早阳镇聚焦|记者孙立民综合报道')
    >>> deck, byline.authors
    ('柑橘红了的地方—安康市汉滨区早阳镇聚焦', ('孙立民',))
    >>> bar_byline('“乡村振兴看八桂”系列报道⑦|漓江边的党员渡口') is None
    True
    >>> bar_byline('今日点击 | 凤州镇被认定为全国乡村治理示范镇') is None
    True
    >>> bar_byline('记者手记 | 双河镇的无名桥') is None
    True
    """
    rules = rules or load_field_rules()
    parts = _BAR.split(line.strip())
    if len(parts) < 2 or not parts[-1] or len(re.findall(f"[{CJK}]", parts[0])) < 4:
        return None
    tail = parts[-1]
    byline = _reporters(tail, rules) if len(tail) <= 40 else None
    if byline is None:
        return None
    return line.strip()[: line.strip().rindex(tail)].rstrip(" |｜丨\u3000"), byline


def _reporters(text: str, rules: FieldRules) -> Byline | None:
    """``text`` read as a reporter's byline and nothing else (a role names someone), or None:
    a bar's tail or a colon's head (bar_byline, colon_byline)."""
    if not rules.byline_pattern.search(text):
        return None
    byline = parse_byline(text, rules)
    if not byline.authors or byline.rest or byline.rule not in ("roles", "credit"):
        return None
    return byline


#: A byline and a colon opening a header line, the rest after it (陕西日报记者郑宏斌:府谷县…).
_COLON_AFTER_BYLINE = re.compile(r"^\s*([^:：|｜丨]{4,30}?)\s*[:：]\s*(\S.*)$")


def colon_byline(line: str, rules: FieldRules | None = None) -> tuple[str, Byline] | None:
    """A byline set before a headline printed again, a colon between them: (the headline, byline).

    An aggregator credits a copied story by putting its reporter before its headline
    (``陕西日报记者郑宏斌:府谷县古城镇油房坪村:黄河畔的村子有了新模样``, pending zf-002): the
    part before the first colon is a reporter's byline (a role, names, nothing else), the rest
    a headline's length. The line is then a credit, never the headline; a headline's place
    lead (府谷县古城镇油房坪村:) or a label (作者:) names nobody by role.

    >>> headline, byline = colon_byline('陕西日报记者郑宏斌:府谷县古城镇油房坪村:黄河畔的村子有了新模样')
    >>> headline, byline.authors, byline.newsroom
    ('府谷县古城镇油房坪村:黄河畔的村子有了新模样', ('郑宏斌',), '陕西日报')
    >>> colon_byline('府谷县古城镇油房坪村:黄河畔的村子有了新模样') is None
    True
    >>> colon_byline('作者：张明 来源：榆林日报') is None
    True
    """
    rules = rules or load_field_rules()
    split = _COLON_AFTER_BYLINE.match(line)
    if not split or len(re.findall(f"[{CJK}]", split[2])) < 8:
        return None
    byline = _reporters(split[1], rules)
    return (split[2].strip(), byline) if byline else None


def opening_byline(line: str, rules: FieldRules | None = None) -> Byline | None:
    """The byline opening a line whose report starts on it without a dateline.

    A blog or forum repost loses the line break after the byline, and keeps the one after
    the lede's first clause, so that a header line reads ``本报记者 陈嘉禾 通讯员 蒋明华昨天傍晚,``:
    the byline glued to the first words (日前, 近日, 昨天 …), as ``dateline_byline`` reads it
    in a paragraph. A line opening with 记者 that goes on as a sentence is not one.

    >>> opening_byline('本报记者 陈嘉禾 通讯员 蒋明华昨天傍晚,').authors
    ('陈嘉禾', '蒋明华')
    >>> opening_byline('记者从县委组织部获悉，近日全县') is None
    True
    """
    rules = rules or load_field_rules()
    opening = OPENING_BYLINE.match(line.strip())
    if not opening:
        return dateline_line(line, rules)
    byline = parse_byline(opening.group(1), rules)
    return with_rule(byline, "opening") if byline.authors and not byline.rest else None


def dateline_line(line: str, rules: FieldRules | None = None) -> Byline | None:
    """The byline of a dateline standing alone on its line above the text, names and all.

    A scraper that keeps the page's line breaks may set the dateline and its byline on a
    line of their own (``四川农村日报讯 甲 乙 丙 文/图``, then the lede): short, above the
    first paragraph, it falls in the header, where it is a credit, never the headline. Only
    a dateline followed by names and credits and nothing else is one; a wire dateline before
    its story's title (新华社银川4月29日电 题:…) is not.

    >>> dateline_line('四川农村日报讯 张凤霞 彭思远 胡礼芳 文/图').authors
    ('张凤霞', '彭思远', '胡礼芳')
    >>> dateline_line('娄底新闻网讯（通讯员 黄思远）').authors
    ('黄思远',)
    >>> dateline_line('新华社银川4月29日电  题:宁夏五星村：打造回乡富裕文明第一村') is None
    True
    >>> dateline_line('本报讯 近日，沙河镇召开党建工作会') is None
    True

    The lede's first words may stay on the line where the page broke it (本报讯(记者 郑晓光)今年 /
    来，凌源市…): the bracket's names are read all the same.

    >>> dateline_line('本报讯(记者郑晓光)今年').authors
    ('郑晓光',)
    """
    rules = rules or load_field_rules()
    start = rules.dateline.match(line.strip())
    rest = line.strip()[start.end() :].strip() if start else ""
    if not rest:
        return None
    byline = parse_byline(rest, rules)
    bracket = re.match(r"[（(][^（）()]{2,40}[)）]", rest)
    if byline.rest and bracket and len(rest) - bracket.end() <= 12 and "。" not in rest:
        # 本报讯(记者甲)今年 / 来，…: the lede broken off after its first words
        byline = parse_byline(bracket.group(0), rules)
    return with_rule(byline, "dateline") if byline.authors and not byline.rest else None
