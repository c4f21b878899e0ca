"""A 据…报道 / 据…消息 credit opening or closing a report: a reprint names where its text
comes from instead of a dateline (据江孜县融媒体中心消息，…) or after its last sentence
(…。（据宏村镇人民政府消息）). The outlet is the source; the credit leaves the text. The
credit's shape (``REPRINT``) is sources.py's, which reads it inside datelines too. And the
other lines under a text that name its origin: an issuing office, a 原创 notice, an outlet.
"""

from __future__ import annotations

import re

from .field_rules import CJK, FieldRules, load_field_rules
from .sources import REPRINT, closing_outlet, credit_line, is_source_name

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


#: （本文为武山新闻网原创稿件，转载请注明出处）, 本文系X独家原创, 本文为“山东武警”原创文章
_ORIGINAL_NOTICE = re.compile(
    r"^[（(【]?\s*(?:本文|本稿|此文|该文)\s*(?:为|系|是)\s*[“《\"]?"
    rf"([{CJK}A-Za-z·]{{2,20}}?)[”》\"]?\s*(?:独家)?原创(?:文章|稿件|作品|内容|新闻)?"
    r"\s*(?:[，,；;。]\s*(?:未经|转载|如需|欢迎|请)[^（）()]{0,40})?[。.]?\s*[)）】]?$"
)


def original_notice(line: str, rules: FieldRules | None = None) -> str | None:
    """The outlet or account a closing 原创 notice names: the report's source.

    A site or account closes its own report with a reprint notice (本文为某某新闻网原创文章，
    转载请附上原文出处); copies keep it, so it names the original when no 来源 does. The
    site's own 本站/本网 names nothing (``not_sources``), nor does a notice in prose.

    >>> original_notice('（本文为山东武警原创文章，转载请联系授权）')
    '山东武警'
    >>> original_notice('本文系“平利发布”独家原创，未经授权不得转载。')
    '平利发布'
    >>> [original_notice(x) for x in ['（本文为本站原创，转载请注明出处）', '本文为作者原创投稿，与本站立场无关。']]
    [None, None]
    """
    rules = rules or load_field_rules()
    match = _ORIGINAL_NOTICE.match(line.strip())
    if not match:
        return None
    return match.group(1) if is_source_name(match.group(1), rules) else None


def closing_credit(line: str, alone: bool = True) -> str | None:
    """Who a line under the text credits: an issuing office (``credit_line``), the original
    a 原创 notice names (``original_notice``), or, when ``alone`` (the line closes the text,
    nothing between), an outlet named on its own (``closing_outlet``).

    >>> closing_credit('（本文为山东武警原创文章，转载请联系授权）'), closing_credit('上观新闻')
    ('山东武警', '上观新闻')
    >>> closing_credit('上观新闻', alone=False) is None
    True

    A paper's name alone in title marks there is the print original the site copied
    (《中国质量报》, round 86: ``closing_outlet``).
    """
    credited = credit_line(line) or original_notice(line)
    if credited or not alone:
        return credited
    return closing_outlet(line)
