"""Signature blocks: who signs a post off at its end, and when.

A community centre, a street office or a village posts its reports with a signature
under the text: its name, then who wrote it, the day, or both. Scrapers and forums
flatten it onto the last paragraph (``…常态化。 笋岗街道湖景社区党群服务中心 通讯员：甲
2021年6月17日``). The organisation is the report's source when no 来源 names one (an
organisation credit, README); the day is read by ``dating`` as a signature's.
Never reads a name alone on a line, which may caption a photograph.
"""

from __future__ import annotations

import re

from .bylines import parse_byline
from .field_rules import DATE_TIME, FieldRules, load_field_rules
from .gazetteer import load_gazetteer
from .reprint_credits import closing_credit
from .sources import strip_wrapping
from .structure import SENTENCE_MARKS

# A full stop ends the text before a signature; a comma or semicolon runs on into it.
_SENTENCE_STOP = re.compile(r"[。！？…]”?")


def sign_off_organisation(credit: str, rules: FieldRules | None = None) -> str | None:
    """The organisation heading a signature block that closes a post, or None.

    A community centre or a street office signs off what it posts: its name, then who
    wrote it, the day, or both (``…常态化。 笋岗街道湖景社区党群服务中心 通讯员：甲
    2021年6月17日``, a forum copy; ``中同街街道办事处`` over ``2021年2月25日`` under a
    street office's report). The name, set apart by a space from what follows, credits the
    organisation the text comes from: the report's source when no 来源 names one (README:
    an organisation credit). A name glued to its role is a reporter's title (``福建日报记者
    吴洪``), and a name alone on a line may caption a photograph: neither is a sign-off.

    >>> sign_off_organisation('笋岗街道湖景社区党群服务中心 通讯员：邝嘉怡 2021年6月15日')
    '笋岗街道湖景社区党群服务中心'
    >>> sign_off_organisation('中同街街道办事处 2021年2月25日')
    '中同街街道办事处'
    >>> [sign_off_organisation(x) for x in ('湖景社区党群服务中心', '党员志愿者 2021年6月15日',
    ...                                     '福建日报记者 吴洪', '某某镇人民政府 召开会议')]
    [None, None, None, None]

    A town or street named alone signs off the same way when writers follow it under their
    roles (``（人民路街道 撰稿：程思远 初审：程思远 复核：汪丽娟）``). Before a bare name it is a
    correspondent's town (``（官厅镇　马静）``), and before a date it may be a dateline's place:
    there it needs its office.

    >>> sign_off_organisation('（人民路街道 撰稿：程思远 初审：程思远 复核：汪丽娟）')
    '人民路街道'
    >>> [sign_off_organisation(x) for x in ('人民路街道 2021年2月25日', '（官厅镇　马静）')]
    [None, None]
    """
    rules = rules or load_field_rules()
    parts = re.split(r"\s+", strip_wrapping(credit).strip(), maxsplit=1)
    if len(parts) < 2:
        return None
    office = bool(rules.sign_off_organisation.fullmatch(parts[0]))
    if not office and parts[0] not in load_gazetteer().towns_by_name:
        return None
    rest = DATE_TIME.sub(" ", parts[1]).strip()
    if rest:
        byline = parse_byline(rest, rules)
        if not byline or byline.rest or byline.source:
            return None
    if not office and not (rest and byline.authors and byline.rule != "bare-names"):
        return None  # （官厅镇　马静）: a correspondent's town and name, no credit of the town
    return parts[0]


def signature_ending(text: str, start: int, end: int) -> str | None:
    """The signature block that closes the text and ends with the date, or None.

    A post's signature (the organisation, the writer, the day) stands under its last
    paragraph, or is glued to it when a scraper or a forum flattened the page
    (``…推动社区服务常态化。 某某社区党群服务中心 通讯员：甲 2021年6月15日``). After the
    last full stop only a credit may come before the date: an organisation, a byline, or
    nothing; and nothing but punctuation after it. An event dated at the end of a
    sentence (``…，会议定于2021年6月20日``) has words of its own before the date.

    >>> line = '…推动社区服务常态化。 笋岗街道湖景社区党群服务中心 通讯员：邝嘉怡 2021年6月15日'
    >>> signature_ending(line, line.index('2021'), len(line))
    '笋岗街道湖景社区党群服务中心 通讯员：邝嘉怡 2021年6月15日'
    >>> line = '…推动社区服务常态化。下一次活动定于2021年6月20日'
    >>> signature_ending(line, line.index('2021'), len(line)) is None
    True
    >>> signature_ending('2021年6月15日，湖景社区召开会议。', 0, 10) is None
    True
    """
    if re.sub(r"[\W_]", "", text[end:]):
        return None
    before = text[:start]
    stops = list(_SENTENCE_STOP.finditer(before))
    tail_start = stops[-1].end() if stops else 0
    tail, signature = before[tail_start:].strip(), text[tail_start:].strip()
    if not tail:
        return signature
    if len(tail) > 40 or SENTENCE_MARKS.search(tail):
        return None
    byline = parse_byline(tail)
    credited = (
        (byline and not byline.rest)
        or closing_credit(tail)
        or sign_off_organisation(f"{tail} {text[start:end]}")
    )
    return signature if credited else None
