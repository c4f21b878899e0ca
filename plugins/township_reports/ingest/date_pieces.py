"""Dates a template prints in pieces, one piece a line (2023年 / 03月15日 / 09:40), joined back.

Split out of dating.py (which reads them with the page's other dates) to keep that module
within its size; the pieces' shapes are here, the scoring there.
"""

from __future__ import annotations

import re

from .stated_dates import HALFWIDTH

_YEAR_ALONE = re.compile(r"(?:19[5-9]\d|20\d\d)\s*年")
_MONTH_DAY_ALONE = re.compile(r"[01]?\d\s*月\s*[0-3]?\d\s*[日号]")
#: The same in figures (2022 / 06-30: a list template's date block, round 72; 2026 / 02/14 /
#: 11:31, a county media centre's calendar leaf, round 104).
_BARE_YEAR, _MONTH_DASH_DAY = re.compile(r"(?:19[5-9]\d|20\d\d)"), re.compile(r"[01]\d[-/][0-3]\d")
_TIME_OR_WEEKDAY_ALONE = re.compile(
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?|(?:星期|礼拜|周)[一二三四五六日天]"
)


def split_dates(lines: list[str]) -> dict[int, tuple[str, list[int]]]:
    """Dates a template printed in pieces, one piece a line, joined back.

    A CMS that sets the year, the day and the time in elements of their own leaves them
    on lines of their own when a scraper flattens the page (``2023年`` / ``03月15日`` /
    ``09:40`` under a breadcrumb). Each piece alone is no date (a year alone is never
    completed, ``03月15日`` has none), so the date is read only when a line holding just a
    year is followed by a line holding just a month and day, and, if it comes next, a
    line holding just a time or a weekday (which keeps a header's today-date a today-date).
    Returns, by the year line's index, the joined text and the indexes of the lines it took.

    >>> split_dates(['当前位置:首页->公开', '2023年', '', '03月15日', '09:40', '来源:', '某某镇宣传办'])
    {1: ('2023年03月15日 09:40', [3, 4])}
    >>> split_dates(['2023年', '工作要点', '3月15日']), split_dates(['2023年 第3期', '03月15日'])
    ({}, {})
    >>> split_dates(['首页 > 新闻', '2022', '06-30', '某街道：“近邻党建”服务民众']), split_dates(['2022', '3.5'])
    ({1: ('2022-06-30', [2])}, {})
    >>> split_dates(['2026', '02/14', '11:31', '来源:', '托克逊县融媒体中心'])
    {0: ('2026-02-14 11:31', [1, 2])}
    """
    filled = [(i, line.translate(HALFWIDTH).strip()) for i, line in enumerate(lines)]
    filled = [(i, text) for i, text in filled if text]
    joined = {}
    for position, (index, text) in enumerate(filled):
        pieces = filled[position + 1 : position + 3]
        if not pieces:
            continue
        if _BARE_YEAR.fullmatch(text) and _MONTH_DASH_DAY.fullmatch(pieces[0][1]):
            day = f"{text}-{pieces[0][1].replace('/', '-')}"
        elif _YEAR_ALONE.fullmatch(text) and _MONTH_DAY_ALONE.fullmatch(pieces[0][1]):
            day = text + pieces[0][1]
        else:
            continue
        taken = [pieces[0]]
        if len(pieces) > 1 and _TIME_OR_WEEKDAY_ALONE.fullmatch(pieces[1][1]):
            taken.append(pieces[1])
        joined[index] = (
            day + "".join(" " + piece for _, piece in taken[1:]),
            [i for i, _ in taken],
        )
    return joined
