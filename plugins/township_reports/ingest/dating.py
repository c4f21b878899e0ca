"""Date a report: the publication date it states, or an honest estimate with evidence.

A page states when it was published in a labelled field (``发布时间：…``,
``日期：…``, also with the date on the next line), in a source or byline line
(``来源：某某县融媒体中心 2024-03-05 作者：…``) or on a date line of its own
above the body. The same page carries dates that are not its publication date:
the header's today-date (``今天是2024年3月5日 星期二``), a read counter, a
copyright year, event dates in the body (``3月5日，…召开``), a forum's upload
stamp under a picture (``2024-9-12 10:21 上传``) and a signature date under the
body. So:

* ``find_dates`` finds every full date a line states (Arabic, full-width or
  Chinese numerals, with or without a time, a stamp's two-digit year, an issue
  label's 20240315期);
* ``date_candidates`` scores each date by what introduces it and where it stands
  on the page, and names the rule as evidence;
* ``choose_publication_date`` takes the best and warns when it is weak or when
  two strong candidates disagree on the day.

It never takes a date from a sentence of the body, and a date without a year
(``3月5日``, ``09-17``) is never completed with one. With
no stated date, era markers (``data/era_markers.yaml``) give a span; the
estimate is their intersection and always says so. Vocabularies (labels,
today-date markers, counter words) are data: ``data/date_rules.yaml``. Input
is simplified text (after unannotate and t2s).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import sign_offs
from .date_pieces import split_dates
from .dated_headlines import headline_beside_date
from .meta_lines import is_meta_line, is_sentence_like, is_source_line
from .stated_dates import HALFWIDTH, DateRules, StatedDate, find_dates, load_date_rules
from .structure import SENTENCE_MARKS


@dataclass(frozen=True)
class DateCandidate:
    """A date on the page that might be its publication date, and why it scores so.

    ``line`` is the index into the lines given to ``date_candidates``; ``rule``
    names the evidence (``labelled 发布时间``, ``date line above the body``);
    a score of 0 means the date was seen and ruled out (the rule says why).
    """

    date: StatedDate
    score: float
    line: int
    rule: str
    text: str


# How much a date no label introduces says about publication, by the kind of line it
# stands in and where (header: above the first body paragraph; body; footer: below the
# last one). Labelled dates take their score from data/date_rules.yaml instead.
_SCORES = {
    # 来源：某某融媒体中心 2024-03-05 作者：… — the article's own meta line.
    "source line": {"header": 0.9, "body": 0.6, "footer": 0.8},
    # A line that is only a date. Just above the body it is the article's date under
    # its headline; higher up it may be the site's; below the body it is usually the
    # date a document was signed, close to publication but not it.
    "date line": {"near": 0.85, "header": 0.75, "body": 0.3, "footer": 0.45},
    # 2015-03-06 05:59马思远: a meta line whose labels the template left out.
    "date line with a name": {"near": 0.8, "header": 0.75, "body": 0.25, "footer": 0.4},
    # 第03版：乡镇新闻 2024年03月05日, or any date in an e-paper page's header: the issue date.
    "e-paper issue date": {"near": 0.8, "header": 0.8, "body": 0.3, "footer": 0.5},
    # A short line just above the body with a date among other words (原创 某某镇
    # 2024-03-05 10:21 山西, a repost's meta line): most likely the article's.
    "short line above the body": {"near": 0.6},
    # --> 2025-06-10 3 3 宁夏法治报 content_160218.html … /enpproperty-->: an e-paper
    # system's record of the article (its HTML comment, tags stripped): the issue date.
    "e-paper article record": {"near": 0.9, "header": 0.9, "body": 0.9, "footer": 0.9},
    # 《人民日报》（2018年07月09日 04 版） closing or opening a newspaper article's web copy.
    "print attribution": {"near": 0.8, "header": 0.8, "body": 0.5, "footer": 0.8},
    # 某某彩票手机版APP2023-01-31 16:05 in a spam copy's or app page's header: the
    # page's own stamp, the only date such a copy states.
    "stamp after a site or app name": {"near": 0.6, "header": 0.6},
    # 读特客户端·深圳新闻网2023年3月14日讯(记者 …): the day a dateline says the report was
    # filed; below a labelled date or a meta line, above a header's unlabelled date line.
    "dateline of the text": {"near": 0.7, "header": 0.7, "body": 0.7, "footer": 0.7},
    # …常态化。 某某社区党群服务中心 通讯员：甲 2021年6月15日: a signature block closing the
    # text, glued to its last paragraph or on a line below it; as much as a date line below
    # the body (a signature): the day of writing, taken with a warning when nothing better.
    "signature closing the text": {"body": 0.45, "footer": 0.45},
    # 党建联建聚合力 … 签订共建协议 ( 2024-10-31 ): a CMS printing its list's entry, the
    # headline and its posting day in brackets, above the text (round 53); or after spaces
    # (…“共富梦”在这个村子向阳而生 2022年08月15日, round 93: dated_headlines.headline_beside_date,
    # the words a headline's and shared with the text).
    "date closing the headline": {"near": 0.7, "header": 0.6},
    # A date among other short text (a related-articles list, a title): rarely the one.
    "date in other short text": {"near": 0.15, "header": 0.15, "body": 0.0, "footer": 0.1},
}
_RULE_NAMES = {
    ("date line", "near"): "date line above the body",
    ("date line", "header"): "date line in the page header",
    ("date line", "body"): "date line inside the body",
    ("date line", "footer"): "date line below the body (a signature)",
}
#: What a curator reads for each rule in a warning (the rule names above stay the evidence's).
_RULES_FOR_CURATORS = {
    "source line": "来源行",
    "date line above the body": "正文上方的日期行",
    "date line in the page header": "页头的日期行",
    "date line inside the body": "正文中的日期行",
    "date line below the body (a signature)": "正文下方的日期行（落款）",
    "date line with a name": "带署名的日期行",
    "e-paper issue date": "电子报的出版日期",
    "short line above the body": "正文上方的短行",
    "e-paper article record": "电子报的稿件记录",
    "print attribution": "报纸版面出处",
    "stamp after a site or app name": "网站或客户端名后的时间",
    "dateline of the text": "电头",
    "date closing the headline": "标题后括注的日期",
    "signature closing the text": "文末落款",
    "date in other short text": "其他短行中的日期",
}


def rule_for_curators(rule: str) -> str:
    """A date rule as the review list says it, in Chinese like the rest of the warning.

    >>> rule_for_curators("labelled 发布日期, date on the next line"), rule_for_curators("source line")
    ('标注“发布日期”，日期在下一行', '来源行')
    """
    if rule.startswith("labelled "):
        label, _, rest = rule.removeprefix("labelled ").partition(",")
        return f"标注“{label}”" + ("，日期在下一行" if "next line" in rest else "")
    return _RULES_FOR_CURATORS.get(rule, rule)


_BODY_LABEL_FACTOR = 0.9  # 发布时间 in a line the caller counted as body: still a label
_GENERIC_IN_BODY = 0.2  # 时间：5月6日上午 inside a notice's body is an event time
_NEAR_BODY = 3  # non-blank lines above the body that count as "right above"
# choose_publication_date: below CHOSEN a date is not taken at all (a related-articles
# list), below WEAK it is taken with a warning, from STRONG on a different day disagrees.
CHOSEN, WEAK, STRONG = 0.3, 0.5, 0.7
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _zone(index: int, body_start: int, body_end: int) -> str:
    if index < body_start:
        return "header"
    return "body" if index < body_end else "footer"


def _is_print_attribution(text: str, start: int, end: int, rules: DateRules) -> bool:
    """The date is a newspaper's print attribution: 《人民日报》（2018年07月09日 04 版）.

    A web copy of a newspaper article closes (or opens) with the paper and the day it
    was printed, that day being the article's publication date.

    >>> rules = load_date_rules()
    >>> line = '《西藏日报》(2023年08月14日 02 版)'
    >>> _is_print_attribution(line, 7, 18, rules), _is_print_attribution('2023年08月14日', 0, 11, rules)
    (True, False)
    """
    return bool(
        rules.print_attribution_before.search(text[:start])
        and rules.print_attribution_after.match(text[end:])
    )


def _residue(text: str, spans: list[tuple[int, int, StatedDate]]) -> str:
    """What a line says besides its dates, without spaces, punctuation and web addresses
    (a meta line may open with the site's address: http://www.hebei.com.cn 2014-04-01
    10:34 长城网, round 21; the address says nothing a reader would).

    >>> _residue('http://www.hebei.com.cn 2014-04-01 10:34 长城网', [(24, 40, None)])
    '长城网'

    A date inside an address (…/news/2019-05-06/123.html) is part of it: the address stays.

    >>> _residue('http://www.hebei.com.cn/news/2019-05-06/1.html', [(29, 39, None)])
    'httpwwwhebeicomcnnews1html'

    Nor does the province a platform says a post was sent from, closing the line after its
    time (WeChat's 原创 某某镇宣传办 某某发布 2023-04-15 14:37 发表于河南, round 75):

    >>> _residue('原创 常营镇宣传办 常营发布 2023-04-15 14:37 发表于河南', [(15, 31, None)])
    '原创常营镇宣传办常营发布'

    Nor do a blog's counters and its reading-mode switch (mihoutao 2015 年 8 月 6 日16:37:54
    评论1,650 views阅读模式, round 85): the page counting its visits says nothing either.

    >>> line = 'mihoutao 2015 年 8 月 6 日16:37:54评论1,650 views阅读模式'
    >>> _residue(line, find_dates(line))
    'mihoutao'
    """
    kept, last = [], 0
    for start, end, _ in spans:
        kept.append(text[last:start])
        last = end
    kept.append(_POSTED_FROM.sub("", text[last:]))
    said = _COUNTERS.sub("", _WEB_ADDRESS.sub("", "".join(kept)))
    return re.sub(r"[\W_]", "", said)


#: Where a platform says a post was sent from, after its time (发表于河南, IP属地：广东).
_POSTED_FROM = re.compile(
    r"^(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:发表于|IP属地\s*[:：]?)\s*[\u4e00-\u9fff]{2,4}\s*$"
)


#: Read or comment counters (阅读:5, 1,650 views, 5人已围观), a forum's 阅读模式, a farm's 【百科】 tag.
_COLUMN_TAG = re.compile(r"【[^【】]{1,8}】")
_COUNTERS = re.compile(
    rf"(?:{'|'.join(load_date_rules().counter_words)})\s*[:：]?\s*\d[\d,]*(?:\s*views?)?"
    r"|\d[\d,]*\s*(?:views?|次浏览|次阅读|人阅读|人已?围观)|阅读模式",
    re.IGNORECASE,
)


#: Who posted it, after the post's date (2022-01-11由 瀚海廉泉 發表于 歷史: a news aggregator's
#: post line, its mirrors' too, round 92): the date's own line, not a phrase about an event.
_POSTED_BY = re.compile(r"\s*由\s*\S{2,16}?\s*(?:发表于|发布于|发表|发布)")


# set apart by a space, or ending where Chinese begins (http://www.njaxxm.com【泉州经济网】…)
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[!-~]+(?=\s|[^\x00-\x7f])")


def _stands_apart(text: str, start: int, end: int) -> bool:
    """The date is set off by spaces or punctuation, not written into a phrase.

    ``原创 张兰镇 2024-03-05 10:21`` is a meta line; ``张兰镇2024年3月5日召开党员大会``
    is a headline about an event. A counter glued after it (…16:37:54评论1,650 views) is no
    phrase: a blog's meta line runs its counters on (round 85), and an aggregator's post line
    its poster (2022-01-11由 瀚海廉泉 发表于 历史).

    >>> _stands_apart('2022-01-11由 瀚海廉泉 发表于 历史', 0, 10), _stands_apart('2022年3月5日由镇党委组织', 0, 9)
    (True, False)
    """
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    counted = _COUNTERS.match(text, end) is not None or _POSTED_BY.match(text, end) is not None
    return not (_HAN.match(before) or (_HAN.match(after) and not counted))


def _label_before(text: str, start: int, rules: DateRules) -> str | None:
    """The date label that ends right where the date starts, if any."""
    match = rules.label_before.search(text[:start])
    return re.sub(r"\s", "", match["label"]) if match else None


def _opens_dateline(text: str, start: int, end: int, rules: DateRules) -> bool:
    """The date is a dateline's: an outlet (or nothing) before it, 讯 or 电 right after.

    A news report opens with where it was filed and when (``读特客户端·深圳新闻网2023年3月14日讯
    （记者 甲）3月11日，…``); the day is the report's, whatever event the lede dates. Only
    a full date counts (``东北网4月17日讯`` states no year), and only at the head of its line
    (``…，据新华社2023年3月5日电`` inside a sentence is not a dateline).

    >>> rules = load_date_rules()
    >>> line = '读特客户端·深圳新闻网2023年3月14日讯（记者 李明 通讯员 王芳）3月11日，坂田街道…'
    >>> _opens_dateline(line, 11, 21, rules)
    True
    >>> line = '3月11日，坂田街道召开会议，会议通报了2023年3月14日讯问笔录的整改情况。'
    >>> _opens_dateline(line, 19, 29, rules)
    False
    """
    before = text[:start].strip()
    return bool(
        rules.dateline_after.match(text[end:])
        and len(before) <= 30
        and not SENTENCE_MARKS.search(before)
    )


#: A numeric day in brackets closing a header line: ( 2024-10-31 ), [2024/10/31].
_NUMERIC_DAY = re.compile(r"[（(\[【]\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}$")
_CLOSING_BRACKET = re.compile(r"\s*[)）\]】]\s*")


def _unlabelled_rule(
    text: str,
    spans,
    start: int,
    end: int,
    date: StatedDate,
    zone: str,
    near_body: bool,
    epaper: bool,
    rules: DateRules,
) -> tuple[str, float]:
    """Rule and score of a date no label introduces.

    A weekday after the date marks the header's today-date, unless the line is the
    article's own source line (``2024年3月5日 星期二 来源：某某日报``), the page
    is an e-paper page, whose header date is the issue date, or the date is a stamp
    with its time of day right above the body (``2024-09-18 10:21:07 星期三`` under
    the headline): a weekday alone does not make a today-date.

    Besides date lines and source lines: a newspaper's print attribution
    (``《人民日报》（2018年07月09日 04 版）``) and a spam copy's or app page's stamp
    glued to its own name (``某某彩票手机版APP2023-01-31 16:05``) are the page's date, and
    so is the date of an e-paper system's record of the article left in the page.

    >>> rules = load_date_rules()
    >>> line = '--> 2025-06-10 3 3 宁夏法治报 content_160218.html 1 花马池镇“党建+滩羊”鼓起牧民钱袋子 /enpproperty-->'
    >>> _unlabelled_rule(line, find_dates(line), 4, 14, find_dates(line)[0][2], "footer", False, False, rules)
    ('e-paper article record', 0.9)
    """
    source_line = is_source_line(text)
    edition = rules.edition.search(text) or (epaper and zone == "header")
    if rules.today_before.search(text[:start]) or any(m in text for m in rules.lunar):
        return "page header's today-date", 0.0
    stamp_above_body = near_body and zone == "header" and date.precision != "day"
    if rules.weekday_after.search(text[end:]) and not (source_line or edition or stamp_above_body):
        return "page header's today-date", 0.0
    if _opens_dateline(text, start, end, rules):
        return "dateline of the text", _SCORES["dateline of the text"][zone]
    if rules.article_record.search(text):
        kind = "e-paper article record"
    elif source_line:
        kind = "source line"
    elif (  # 签订共建协议 ( 2024-10-31 ): a list entry's day, printed over the text
        zone == "header"
        and _CLOSING_BRACKET.fullmatch(text[end:])
        and _NUMERIC_DAY.search(text[:end])
    ):
        kind = "date closing the headline"
    elif is_sentence_like(text):
        return "date in a sentence (an event, not publication)", 0.0
    elif _is_print_attribution(text, start, end, rules):
        kind = "print attribution"
    elif edition:
        kind = "e-paper issue date"
    else:
        residue = _residue(text, spans)
        starts_with_date = not re.sub(r"[\W_]", "", text[:start])
        if (
            zone == "header"
            and date.precision != "day"
            and not _COUNTERS.sub("", _COLUMN_TAG.sub("", text[end:])).strip()
            and len(residue) <= 20
            and rules.stamp_name_end.search(text[:start])
        ):
            kind = "stamp after a site or app name"
        elif len(residue) <= 4:
            kind = "date line"
        elif starts_with_date and len(residue) <= 8 and _HAN.search(residue):
            kind = "date line with a name"
        elif (
            zone == "header"
            and near_body
            and len(residue) <= 16
            and _stands_apart(text, start, end)
        ):
            kind = "short line above the body"
        else:
            kind = "date in other short text"
    place = "near" if zone == "header" and near_body and kind != "source line" else zone
    return _RULE_NAMES.get((kind, place), kind), _SCORES[kind][place]


def date_candidates(
    lines: list[str], body_start: int | None = None, body_end: int | None = None
) -> list[DateCandidate]:
    """Every date on a page, scored as the page's publication date, in line order.

    ``lines``: the page's simplified lines, page furniture may still be there
    (counters, copyright and today-dates are recognised and scored 0) and field
    lines must be (they carry the labels). ``body_start``: index of the first
    body paragraph, ``body_end``: index after the last one; lines above are the
    header, lines below the footer. Either left out (None) is guessed with
    ``guess_body_span``; a span given is narrowed to the prose lines inside it,
    because menus and meta lines a cleaner left between the headline and the
    first paragraph are header, not body.

    >>> page = ['今天是2024年3月5日 星期二', '张兰镇：党建引领乡村振兴',
    ...         '发布时间：2024-03-01 09:30 来源：介休市融媒体中心',
    ...         '3月1日，张兰镇召开党建工作推进会，2023年5月以来共建成阵地12个。',
    ...         '版权所有©2024 介休市人民政府']
    >>> for c in date_candidates(page, body_start=3, body_end=4):
    ...     print(c.date.iso, c.score, c.rule)
    2024-03-05 0.0 page header's today-date
    2024-03-01T09:30 0.95 labelled 发布时间
    """
    rules = load_date_rules()
    body_start, body_end = _narrow_to_prose(lines, body_start, body_end)
    header_nonblank = [i for i, line in enumerate(lines[:body_start]) if line.strip()]
    near_body = set(header_nonblank[-_NEAR_BODY:])
    epaper = any(rules.edition.search(lines[i]) for i in header_nonblank)
    candidates: list[DateCandidate] = []
    pending = None  # a date label that ended the previous non-blank line: its date is here
    pieces = split_dates(lines)
    prose = "".join(lines[body_start:body_end])  # a headline beside its date shares its words
    taken = {i for _, parts in pieces.values() for i in parts}
    for index, raw in enumerate(lines):
        if index in pieces:  # 2023年 / 03月15日 / 09:40: one date, read on the year's line
            raw = pieces[index][0]
        text = raw.translate(HALFWIDTH).strip()
        if not text or index in taken:
            continue
        zone = _zone(index, body_start, body_end)
        spans = find_dates(text)
        lowered = text.lower()
        for position, (start, end, date) in enumerate(spans):
            shown = raw.strip()
            label = _label_before(text, start, rules)
            if label is None and pending and position == 0 and not text[:start].strip(" |｜-•·"):
                label, split = pending, True
            else:
                split = False
            if any(m in lowered for m in rules.copyright) or rules.footer_line.search(text):
                rule, score = "copyright or site footer line", 0.0
            elif rules.counter_before.search(text[:start]):
                rule, score = "read counter", 0.0
            elif rules.attachment_stamp_after.search(text[end:]):
                rule, score = "upload stamp of an attachment", 0.0
            elif label is not None:
                kind = rules.label_kind[label]
                score = rules.label_scores[kind]
                if zone == "body":
                    event = kind == "generic" and not is_meta_line(text)
                    score = _GENERIC_IN_BODY if event else score * _BODY_LABEL_FACTOR
                rule = f"labelled {label}" + (", date on the next line" if split else "")
            else:
                rule, score = _unlabelled_rule(
                    text, spans, start, end, date, zone, index in near_body, epaper, rules
                )
                far = _far_below(lines, body_end, index)
                rule, score = _placed(rule, score, text, prose, index in near_body, zone, far)
                closing = zone == "footer" or (zone == "body" and index == body_end - 1)
                signed = _SCORES["signature closing the text"].get(zone, 0.0)
                signature = (
                    closing and score < signed and sign_offs.signature_ending(text, start, end)
                )
                if signature:  # shown as the signature, not the paragraph it closes
                    rule, score, shown = "signature closing the text", signed, signature
            candidates.append(DateCandidate(date, round(score, 2), index, rule, shown))
        ending = rules.label_at_end.match(text)
        pending = re.sub(r"\s", "", ending["label"]) if ending and not spans else None
    return candidates


def _placed(rule: str, score: float, text: str, prose: str, near: bool, zone: str, far: bool):
    """An unlabelled date's rule and score once its line's place is weighed: a headline's
    words beside it that the text shares (…向阳而生 2022年08月15日, round 93) make it the date
    closing the headline; a date line ``far`` under the text (``_far_below``) dates a link.

    >>> _placed("date line below the body (a signature)", 0.45, "今日辟谣(2025年9月11日)", "", False, "footer", True)
    ('date in other short text', 0.1)
    """
    if rule == "date in other short text" and headline_beside_date(text, prose):
        kind = "date closing the headline"
        return kind, _SCORES[kind].get("near" if near else zone, score)
    if rule == _RULE_NAMES[("date line", "footer")] and far:
        return "date in other short text", _SCORES["date in other short text"]["footer"]
    return rule, score


#: The most filled lines between the text and a date line that signs it off (the office, the
#: writer, the day); further down, under the page's credits and links, a date dates a link.
_SIGNATURE_REACH = 3


def _far_below(lines: list[str], body_end: int, index: int) -> bool:
    """True when more than ``_SIGNATURE_REACH`` filled lines part ``index`` from the text
    (round 95: 责编 / 来源 / a copyright notice / a list of links, one dated 今日辟谣(…)).

    >>> _far_below(['正文。', '镇党委', '2024年3月5日'], 1, 2), _far_below(['正文。', 'a', 'b', 'c', 'd', '日'], 1, 5)
    (False, True)
    """
    return sum(1 for line in lines[body_end:index] if line.strip()) > _SIGNATURE_REACH


def _narrow_to_prose(
    lines: list[str], body_start: int | None, body_end: int | None
) -> tuple[int, int]:
    """The body span: the caller's, narrowed to the prose lines inside it.

    >>> page = ['首页 | 新闻', '标题', '日期:2024.05.14 来源:某镇', '近年来，某镇坚持党建引领。', '（2024年3月5日）']
    >>> _narrow_to_prose(page, 1, 5), _narrow_to_prose(page, None, None)
    ((3, 4), (3, 4))
    """
    given = (
        0 if body_start is None else body_start,
        len(lines) if body_end is None else body_end,
    )
    prose = _prose_lines(lines, *given)
    if not prose:
        return given if body_start is not None else (len(lines), len(lines))
    return prose[0], prose[-1] + 1


def guess_body_span(lines: list[str]) -> tuple[int, int]:
    """(first, after last) index of the lines that read as body prose.

    For a caller that has not found the body itself: prose is a line with
    sentence punctuation (a long breadcrumb or headline has none), and not a header's welcome
    line (``您好，欢迎访问…！今天是…``), a meta line or a copyright line. A page
    without prose is all header: (len(lines), len(lines)).

    >>> guess_body_span(['您好，欢迎访问本站！今天是2024年3月5日', '标题', '发布时间：2024-03-05',
    ...                  '近年来，某镇坚持党建引领。', '（2024年3月5日）', '版权所有，未经许可不得转载本站内容'])
    (3, 4)
    """
    prose = _prose_lines(lines, 0, len(lines))
    if not prose:
        return len(lines), len(lines)
    return prose[0], prose[-1] + 1


def _prose_lines(lines: list[str], start: int, end: int) -> list[int]:
    """Indexes in [start, end) of lines that read as body prose (see guess_body_span)."""
    rules = load_date_rules()

    def is_prose(line: str) -> bool:
        text = line.strip()
        lowered = text.lower()
        han = len(_HAN.findall(text))
        return (
            (bool(SENTENCE_MARKS.search(text)) or (han >= 15 and "," in text))
            and han >= 10
            and not any(marker in lowered for marker in rules.copyright)
            and not rules.today_then_date.search(text)
            and not rules.label_any.search(text)
            and not is_source_line(text)
        )

    return [i for i in range(max(0, start), min(end, len(lines))) if is_prose(lines[i])]


def choose_publication_date(
    candidates: list[DateCandidate],
) -> tuple[StatedDate | None, dict, list[str]]:
    """The publication date the best candidate states, its evidence, and warnings.

    Candidates under ``CHOSEN`` are never taken (no date is better than a date
    from a related-articles list). Ties go to the earlier day, then the earlier line
    (a spam copy prints its own later stamp above the original's). When another
    strong candidate names the same day more precisely (a time as well), the
    precise form is taken. A warning (in Chinese, for the report's provenance)
    when the best is weak, when it is only an update time (never earlier than
    publication, sometimes later), or when two strong candidates disagree on
    the day.
    The evidence says which rule and line decided, which other rules agree on
    the day and which candidates named another day.

    >>> best = DateCandidate(StatedDate('2024-03-01', 'day'), 0.85, 2, 'date line above the body', '2024-03-01')
    >>> timed = DateCandidate(StatedDate('2024-03-01T09:30', 'minute'), 0.8, 9, 'source line', '来源：某镇 2024-03-01 09:30')
    >>> signed = DateCandidate(StatedDate('2024-02-28', 'day'), 0.45, 20, 'date line below the body (a signature)', '（2024年2月28日）')
    >>> date, evidence, warnings = choose_publication_date([best, timed, signed])
    >>> date.iso, evidence['rule'], warnings
    ('2024-03-01T09:30', 'date line above the body', [])
    >>> copied = DateCandidate(StatedDate('2023-10-09', 'day'), 0.9, 6, 'source line', '2023-10-09 来源：昌吉日报')
    >>> original = DateCandidate(StatedDate('2023-10-05T10:52:16', 'second'), 0.9, 8, 'source line', '2023-10-05 10:52:16 来源：昌吉日报')
    >>> choose_publication_date([copied, original])[0].iso
    '2023-10-05T10:52:16'
    >>> choose_publication_date([signed])[2]
    ['发布日期证据较弱：只找到“（2024年2月28日）”（正文下方的日期行（落款）），请核对']
    >>> choose_publication_date([])
    (None, {}, [])
    """
    viable = [c for c in candidates if c.score >= CHOSEN]
    if not viable:
        return None, {}, []
    top = max(c.score for c in viable)
    # Two candidates as strong naming different days (a copy's own stamp over the
    # original's): a report is never published before its original, so the earlier
    # day is the publication; the earlier line breaks a tie on the same day.
    best = min((c for c in viable if c.score == top), key=lambda c: (c.date.iso[:10], c.line))
    day = best.date.iso[:10]
    same_day = [c for c in viable if c.date.iso[:10] == day and c.score >= min(STRONG, best.score)]
    stated = max((c.date for c in same_day), key=lambda d: len(d.iso))
    warnings = []
    label = best.rule.removeprefix("labelled ").split(",")[0]
    if best.rule.startswith("labelled") and load_date_rules().label_kind.get(label) == "update":
        warnings.append(
            f"页面未注明发布时间：发布日期取自“{best.text}”（{rule_for_curators(best.rule)}），可能晚于发布"
        )
    if best.score < WEAK:
        warnings.append(
            f"发布日期证据较弱：只找到“{best.text}”（{rule_for_curators(best.rule)}），请核对"
        )
    for rival in viable:
        if rival.score >= STRONG and rival.date.iso[:10] != day:
            warnings.append(
                f"发布日期不一致：取“{best.text}”（{rule_for_curators(best.rule)}），"
                f"另有“{rival.text}”（{rule_for_curators(rival.rule)}）"
            )
            break
    evidence = {
        "rule": best.rule,
        "line": best.line,
        "text": best.text,
        "score": best.score,
        "agreeing": [c.rule for c in same_day if c is not best],
        "disagreeing": [
            {"date": c.date.iso, "rule": c.rule, "line": c.line}
            for c in viable
            if c.date.iso[:10] != day
        ],
    }
    return stated, evidence, warnings
