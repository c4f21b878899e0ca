"""A headline printed on one line with its date: a badge before it or the stamp after it.

A CMS that lists its stories prints each with its date, and some print the story's own page
the same way: ``【2024.03.14】蕲春县狮子镇开展巡河清河行动``, ``…巡河清河行动 2024-03-14``,
``…巡河清河行动（2024-03-14）``. The line holds the date, so the page model made it a date
line and no headline candidate, and a report whose headline stands only there got a devised
title. The date is read from it as before (dating.py); the words beside it are a headline
when they are one's length and shape: no sentence, no label, no byline.
"""

from __future__ import annotations

import re

from .page import han_count, han_pairs
from .stated_dates import DATE_SPAN

#: a bracketed date before the headline; the date after it, bracketed or after a space
_BADGE_BEFORE = re.compile(rf"^\s*[【\[（(]\s*{DATE_SPAN}\s*[】\]）)]\s*(?P<headline>.+?)\s*$")
_STAMP_AFTER = re.compile(
    rf"^\s*(?P<headline>.+?)(?:\s*[（(【\[]\s*{DATE_SPAN}\s*[）)】\]]|\s+{DATE_SPAN})\s*$"
)
#: what a headline never holds: a sentence's stop, a field's label, a credit
_NOT_HEADLINE = re.compile(
    r"[。|｜]|来源|作者|记者|通讯员|编辑|发布|浏览|点击|阅读|首页|当前位置|>"
)
#: a headline's length in Chinese characters
HEADLINE_HANS = (8, 40)
#: the share of its character pairs the text takes up: a report's own headline's do, a column's
#: name (城市镜像.新闻汇总 2020-11-13) or another story's listed headline's seldom
SHARED_WITH_TEXT = 0.25


def headline_beside_date(line: str, text: str | None = None) -> str | None:
    """The headline a line prints beside its date, or None.

    >>> headline_beside_date('【2024.03.14】蕲春县狮子镇开展巡河清河行动')
    '蕲春县狮子镇开展巡河清河行动'
    >>> headline_beside_date('蕲春县狮子镇开展巡河清河行动 2024-03-14 10:20')
    '蕲春县狮子镇开展巡河清河行动'
    >>> headline_beside_date('蕲春县狮子镇开展巡河清河行动（2024-03-14）')
    '蕲春县狮子镇开展巡河清河行动'

    A meta line, a byline or a sentence beside a date is none:

    >>> headline_beside_date('黄河乡：牧民管护员当起“政策宣讲员” 2024年09月13日')
    '黄河乡：牧民管护员当起“政策宣讲员”'
    >>> [headline_beside_date(x) for x in ('来源：蕲春县融媒体中心 2024-03-14',
    ...     '通讯员 王丽 田蜜 2024-03-14', '3月14日，狮子镇开展巡河行动。 2024-03-14', '2024-03-14')]
    [None, None, None, None]

    Given the report's ``text``, the words must be ones it takes up:

    >>> text = '3月14日，蕲春县狮子镇组织党员干部沿河开展巡河清河行动。'
    >>> headline_beside_date('城市镜像.新闻汇总 2020-11-13', text) is None
    True
    >>> headline_beside_date('【2024.03.14】蕲春县狮子镇开展巡河清河行动', text)
    '蕲春县狮子镇开展巡河清河行动'
    """
    match = _BADGE_BEFORE.match(line) or _STAMP_AFTER.match(line)
    if not match:
        return None
    headline = match.group("headline").strip()
    low, high = HEADLINE_HANS
    if not low <= han_count(headline) <= high or _NOT_HEADLINE.search(headline):
        return None
    if re.search("[:：]", headline) and not _place_lead(headline):
        return None
    if text is not None:
        pairs = set(han_pairs(headline))
        if not pairs or len(pairs & set(han_pairs(text))) < SHARED_WITH_TEXT * len(pairs):
            return None
    return headline


def _place_lead(headline: str) -> bool:
    """Whether a headline's only colon follows its place (黄河乡：…), as a headline's lead does.

    >>> _place_lead('黄河乡：牧民管护员当起“政策宣讲员”'), _place_lead('单位：黄河乡人民政府')
    (True, False)
    """
    from .headline_forms import place_lead

    return headline.count("：") + headline.count(":") == 1 and place_lead(headline) is not None


def undated(text: str, cut: list[str]) -> str:
    """A headline without the date printed beside it, which goes into ``cut`` (the date
    itself is read by dating.py); any other line as it is.

    >>> cut = []
    >>> undated('【2024.03.14】蕲春县狮子镇开展巡河清河行动', cut), cut
    ('蕲春县狮子镇开展巡河清河行动', ['【2024.03.14】'])
    """
    headline = headline_beside_date(text)
    if headline is None:
        return text
    cut.append(text.replace(headline, "").strip())
    return headline
