"""A 据…报道 / 据…消息 credit opening or closing a report: a reprint names where its text
comes from instead of a dateline (据江孜县融媒体中心消息，…) or after its last sentence
(…。（据宏村镇人民政府消息）). The outlet is the source; the credit leaves the text. The
credit's shape (``REPRINT``) is sources.py's, which reads it inside datelines too.
"""

from __future__ import annotations

import re

from .sources import REPRINT

_TRAILING_REPRINT = re.compile(r"(?<=[。！？”])\s*[（(]\s*(据[^（）()]{2,30})[)）]\s*$")


def trailing_reprint_credit(paragraph: str) -> tuple[str, str | None]:
    """Cut a 据…消息 credit closing a paragraph; return (paragraph, where it comes from).

    >>> trailing_reprint_credit('每年评选一批表现突出的党员。（据宏村镇人民政府消息）')
    ('每年评选一批表现突出的党员。', '宏村镇人民政府')
    >>> trailing_reprint_credit('每年评选一批表现突出的党员。（王密）')
    ('每年评选一批表现突出的党员。（王密）', None)
    """
    match = _TRAILING_REPRINT.search(paragraph)
    reprint = match and REPRINT.fullmatch(match.group(1).rstrip("。."))
    if not reprint:
        return paragraph, None
    return paragraph[: match.start()].rstrip(), reprint.group(1)


# the credit closes with a comma or a colon, or a space when a flattened page set it apart
# (据《农民日报》5月8日头版头条报道 凤阳县小岗村…, round 42)
_LEADING_REPRINT = re.compile(r"^\s*(据[^，,：:。\s]{2,30}?(?:报道|消息))(?:\s*[，,：:]\s*|\s+)")


def leading_reprint_credit(paragraph: str) -> tuple[str, str | None]:
    """Cut a 据…消息 credit opening the text; return (paragraph, where it comes from).

    A reprint opens with its origin instead of a dateline (据江孜县融媒体中心消息，8月15日，…):
    the outlet is the source and the lead-in leaves the text. 据了解 or 据统计 is prose.

    >>> leading_reprint_credit('据江孜县融媒体中心消息，8月15日，调研组到江孜镇调研。')
    ('8月15日，调研组到江孜镇调研。', '江孜县融媒体中心')
    >>> leading_reprint_credit('据统计，今年以来共收集意见380余条。')
    ('据统计，今年以来共收集意见380余条。', None)
    >>> leading_reprint_credit('据新华社报道，近日，南伊乡琼林村')
    ('近日，南伊乡琼林村', '新华社')

    A radio channel is an outlet too (``outlet_suffixes``): 据中国之声报道 (survey round 6).

    >>> leading_reprint_credit('据中国之声报道，西藏林芝米林县南伊乡的琼林村，')
    ('西藏林芝米林县南伊乡的琼林村，', '中国之声')
    >>> leading_reprint_credit('据《人民日报》报道，近日，湾沚区六郎镇')
    ('近日，湾沚区六郎镇', '人民日报')
    >>> leading_reprint_credit('据《农民日报》5月8日头版头条报道 凤阳县小岗村是中国农村改革的发源地')
    ('凤阳县小岗村是中国农村改革的发源地', '农民日报')
    """
    match = _LEADING_REPRINT.match(paragraph)
    reprint = match and REPRINT.fullmatch(match.group(1))
    if not reprint:
        return paragraph, None
    return paragraph[match.end() :], reprint.group(1)
