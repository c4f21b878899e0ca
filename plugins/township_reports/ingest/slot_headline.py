"""A headline printed in a meta line's field slot instead of its own line.

A copying template fills the slots of its meta line with whatever it scraped, and some
put the report's headline where the writer goes (``时间:2025-07-14 11:05:26
作者:北京紫竹院街道:老楼加装电梯“商量着办” 浏览量:58231``) and print no headline line at all.
The value is no writer and no organisation; when the page has no headline of its own it
is the title, on the review list. The slot labels are ``slot_headline_labels`` in
``data/page_roles.yaml``.
"""

from __future__ import annotations

import functools
import re

from .page import han_count, load_page_roles

#: What the value runs to: the next label of the meta line (浏览量:, 来源：) or its end.
_NEXT_LABEL = r"(?=\s+[\u4e00-\u9fff]{1,6}\s*[:：]|\s{2,}|$)"
#: A headline's lead: a place (2–14 Chinese characters) and a colon, then its phrase.
_LEAD_AND_PHRASE = re.compile(r"^(?P<lead>[\u4e00-\u9fff]{2,14})\s*[:：]\s*(?P<phrase>.+)$")
#: The least a phrase after the lead holds: two names (王明 李华) or an office are shorter.
_PHRASE_MIN = 6


@functools.cache
def _slot_value() -> re.Pattern:
    labels = "|".join(map(re.escape, load_page_roles().slot_headline_labels)) or "(?!)"
    return re.compile(rf"(?:^|\s)(?:{labels})\s*[:：]\s*(?P<value>\S.*?){_NEXT_LABEL}")


def is_lead_headline(value: str) -> bool:
    """True for a value shaped as a headline with a place lead (北京紫竹院街道:老楼加装电梯
    “商量着办”): a place named before a colon, then a phrase of six characters or more that
    is not a list of names or an office. A writer (王明), an organisation (海淀区紫竹院街道)
    or a role and names (通讯员：王明 李华) never has that shape.

    >>> is_lead_headline('北京紫竹院街道:老楼加装电梯“商量着办”')
    True

    A scraper may lose the closing quotation mark; the value is no credit all the same:

    >>> is_lead_headline('北京紫竹院街道:老楼加装电梯“商量着办')
    True
    >>> [is_lead_headline(v) for v in ('海淀区紫竹院街道', '通讯员：王明 李华', '紫竹院街道：党政综合办公室')]
    [False, False, False]
    >>> is_lead_headline('紫竹院街道党工委：组织委员 李明华')
    False
    """
    from .headline_forms import names_a_place
    from .names import is_organisation, is_person_name

    match = _LEAD_AND_PHRASE.match(value.strip())
    if not match:
        return False
    phrase = match.group("phrase").strip()
    return (
        han_count(phrase) >= _PHRASE_MIN
        and not is_person_name(phrase.split()[-1])  # 镇党委：组织委员 李明华: who wrote it
        # an office is Chinese only (党政综合办公室); a phrase ending in 办 may quote (“商量着办”)
        and not (is_organisation(phrase) and re.fullmatch(r"[\u4e00-\u9fff]+", phrase))
        and names_a_place(match.group("lead"))
    )


def slot_headline(lines: list[str]) -> str | None:
    """The headline a meta line prints in a writer's slot, or None.

    >>> slot_headline(['首页', '时间:2025-07-14 11:05:26 作者:北京紫竹院街道:老楼加装电梯“商量着办” 浏览量:58231'])
    '北京紫竹院街道:老楼加装电梯“商量着办”'
    >>> slot_headline(['时间:2025-07-14 11:05:26 作者:海淀区紫竹院街道 浏览量:58231']) is None
    True
    """
    for line in lines:
        for match in _slot_value().finditer(line):
            value = match.group("value").strip()
            if is_lead_headline(value):
                return value
    return None
