"""Datelines that name the outlet and the place a report was filed from, with no date.

A prefecture's news site files its county correspondents' reports under its name and the
county (娄底新闻网双峰讯（通讯员 甲）…): the outlet is the report's source, as in a dated
dateline (``sources.dateline_outlet``). The place must be a gazetteer place (or a province
and a county run together, 湖南双峰): 讯 after anything else is a word (通讯员, 资讯) or names
no outlet. A periodical's name in title marks before the place (《警察与法治》广东讯 甲) is
left alone: the golden set labels that form both ways (ea-035 null on the magazine's own
site, a development page its magazine), so it waits for a settled label. Forms and counts:
PATTERNS.md, "Session 7 rules (C: sources and bylines)".
"""

from __future__ import annotations

import functools
import re

from . import alternation
from .field_rules import load_field_rules
from .gazetteer import is_place_name


@functools.cache
def _placed_dateline() -> re.Pattern:
    suffixes = alternation(load_field_rules().outlet_suffixes)
    outlet = rf"(?!本报|本网|本台|本站|本刊)[\u4e00-\u9fff]{{1,10}}(?:{suffixes})"
    return re.compile(rf"^\s*[（(]?({outlet})([\u4e00-\u9fff]{{2,6}})讯")


def is_filing_place(text: str) -> bool:
    """True for a place a dateline says the report was filed from: a gazetteer place, or a
    province's name and a county's run together (湖南双峰).

    >>> [is_filing_place(x) for x in ['双峰', '湖南双峰', '通', '乡村', '']]
    [True, True, False, False, False]
    """
    if len(text) < 2:
        return False
    if is_place_name(text):
        return True
    return any(
        is_place_name(text[:cut]) and is_place_name(text[cut:]) for cut in range(2, len(text) - 1)
    )


def placed_dateline_outlet(line: str) -> str | None:
    """The outlet a dateline names before the place it was filed from and 讯, no date between.

    >>> placed_dateline_outlet('娄底新闻网双峰讯(通讯员 黄思远)入冬以后，村道亮起了路灯')
    '娄底新闻网'
    >>> placed_dateline_outlet('湘潭在线湖南韶山讯（通讯员 甲）'), placed_dateline_outlet('《警察与法治》广东讯 黄志明')
    ('湘潭在线', None)

    A word holding 讯 after an outlet (通讯员), a place alone, the paper's own 本报 and
    words that are no place are no such dateline:

    >>> [placed_dateline_outlet(x) for x in ['人民网通讯员 王密', '曲阜讯 近日，', '本报双峰讯 近日']]
    [None, None, None]
    >>> placed_dateline_outlet('娄底新闻网快讯 近日，') is None
    True
    """
    match = _placed_dateline().match(line[:60])
    return match.group(1) if match and is_filing_place(match.group(2)) else None
