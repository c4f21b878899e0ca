"""The paper a reporter's unit names in a byline (河南日报客户端记者 甲 → 河南日报客户端).

Moved out of sources.py (session 51), which holds the 来源 values and datelines; this reads
the newsroom a byline's unit names, cleaned as a 来源 value is.
"""

from __future__ import annotations

import re

from . import page_roles
from .field_rules import FieldRules, load_field_rules
from .gazetteer import is_place_name
from .sources import clean_source, is_source_name


def newsroom_outlet(unit: str, rules: FieldRules | None = None) -> str:
    """The paper a reporter's unit names (河南日报客户端记者 甲), cleaned as a 来源 value is,
    and without the words a page glued before it on the byline's line: a headline printed
    again over the credit (邓州：绘就“三夏”生产壮美画卷河南日报客户端记者 曾倩, round 81) or a
    picture's caption (…与孩子们合影贵州日报天眼新闻记者 翟培声, round 73). The outlet is the
    longest tail that opens with a place's name and ends as an outlet does.

    >>> newsroom_outlet('绘就“三夏”生产壮美画卷河南日报客户端'), newsroom_outlet('志愿者与孩子们合影贵州日报天眼新闻')
    ('河南日报客户端', '贵州日报天眼新闻')
    >>> newsroom_outlet('临沂晚报'), newsroom_outlet('齐鲁晚报·齐鲁壹点')
    ('临沂晚报', '齐鲁晚报·齐鲁壹点')

    A national portal a page names by its brand, no place before it, is looked for too
    (淄博临淄:文化赋能 打造社区治理新样本大众网记者 甲, round 89: the headline glued on):

    >>> newsroom_outlet('打造社区治理新样本大众网')
    '大众网'
    """
    from .site_names import is_outlet_name  # site_names reads sources' outlet words

    rules = rules or load_field_rules()
    unit = clean_source(unit, rules)
    if len(unit) <= 10 and not re.search('[“”"：:，,。]', unit):
        return unit
    for start in range(1, len(unit) - 3):
        tail = unit[start:]
        opens_with_place = any(is_place_name(tail[:size]) for size in (2, 3, 4))
        if opens_with_place and is_outlet_name(tail) and is_source_name(tail, rules):
            return tail
    portals = page_roles.load_page_roles().portal_names
    return next((unit[i:] for i in range(1, len(unit) - 1) if unit[i:] in portals), unit)
