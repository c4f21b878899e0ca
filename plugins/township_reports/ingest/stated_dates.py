"""Dates as pages write them: every full date a line states, read exactly.

Arabic, full-width or Chinese numerals, with or without a time, a stamp's two-digit
year (24-03-05 10:21), an issue label's 20240315期. A date without a year (``3月5日``,
``09-17``) is never completed with one, and an impossible day is no date. The words around
dates (labels, today-date markers, counter words) are data: ``data/date_rules.yaml``.
Input is simplified text; every function here is pure.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DATA, alternation

# Full-width digits and separators, one character for one so offsets stay true.
HALFWIDTH = str.maketrans("０１２３４５６７８９：／－．Ｔ\u3000", "0123456789:/-.T ")

_TIME = (
    r"(?:\s{0,3}|T)(?P<H>[01]?\d|2[0-3])"
    # a flattened page's space after the colon (16: 18, round 80)
    r"(?::\s?(?P<M>[0-5]\d)(?::\s?(?P<S>[0-5]\d))?"
    r"|\s*[时点]\s*(?P<M2>[0-5]?\d)\s*分(?:\s*(?P<S2>[0-5]?\d)\s*秒)?)"
    # a read counter glued after the minutes (09:25380, 9:3710840: rounds 56, 57) is no part
    # of the time; one or two digits more would be, so no time is read then
    r"(?!\d(?!\d\d))(?:Z|[+-]\d{2}:?\d{2}(?!\d))?"
    # a clock's half of the day after it (01:04 PM on an overseas portal, round 60)
    r"(?:\s?(?P<half>[AaPp][Mm])(?![A-Za-z]))?"
)
#: A stated day as other patterns embed it (a meta line's date before its labels, a headline's
#: date stamp): year, month and day by any separator or 年月日, spaces allowed, the time after.
#: Finding and reading dates is ``find_dates``'s; this only says where one stands.
DATE_SPAN = (
    r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
# A year, then month and day joined by one repeated separator (2024-3-5, 2024/03/05,
# 2024.03.05; a CMS may close it with one more before the time: 2022/03/03/ 15:19) or
# by 年月日. In the 年月 form the 日 may be missing only before a break or a weekday:
# "2023年5月20余个村" is not a date.
_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<y>19[5-9]\d|20\d\d)"
    # the day may run into the time where a template's space was lost (2021-02-2509:24:33)
    # or a slash spaced off its numbers (2022 / 07 / 27 over a county media app's story, round 63)
    # or a dash with a space after it (发布日期: 2022- 09- 29 16: 18, a flattened page: round 80)
    r"(?:(?P<sep>[-/.]|\s/\s|-\s)(?P<m>\d{1,2})(?P=sep)(?P<d>\d{2}(?=[01]\d:|2[0-3]:)|\d{1,2}(?!\d))"
    r"(?:(?P=sep)(?=\s{0,3}\d{1,2}:))?"
    # (a document site's breadcrumb of an e-paper page: 2023 年/6 月/21 日/第 001 版)
    # (…or before the weekday an e-paper's header sets after it: 2023年7月19星期三)
    r"|\s*年\s*/?\s*(?P<m2>\d{1,2})\s*月\s*/?\s*(?P<d2>\d{1,2})\s*"
    r"(?:[日号]|(?=[\s|｜,，;；)）\]】]|$|星期|礼拜|周[一二三四五六日天]))"
    # A regional portal's 2024 09/23 10:12:35: a space after the year, two-digit month/day;
    # a space may follow the slash too (2023 10/ 17 16:26:43, round 59).
    # A dash as well as a slash (发表时间:2025 04-30, round 84).
    r"|\s+(?P<m3>\d{2})(?P<sep3>[-/])\s?(?P<d3>\d{2})(?![\d/-]))"
    rf"(?:{_TIME})?"
)
# A media-centre stamp with a two-digit year (• 24-05-17 19:42:10), read as 20YY. Only
# with the time of day: without it 24-05-17 is as likely a code or a score.
_SHORT_YEAR_STAMP = re.compile(
    r"(?<![\dA-Za-z./-])(?P<y>[0-3]\d)(?P<sep>[-/])(?P<m>\d\d)(?P=sep)(?P<d>\d\d)"
    rf"(?=\s{{1,3}}\d)(?:{_TIME})"
)
# An aggregator's European-order stamp, 17.05.2024  19:42: dots, two-digit day and month.
_DAY_FIRST_STAMP = re.compile(
    r"(?<![\w.])(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>19[5-9]\d|20\d\d)(?![\d.])"
    rf"(?:{_TIME})?"
)
# A template's American-order date, dashes or slashes between (添加时间:07-16-2024, round 72;
# 发表时间:06/18/2022, round 95): two-digit month and day, the year last; a month over 12 is
# no date.
_MONTH_FIRST_STAMP = re.compile(
    r"(?<![\w./-])(?P<m>[01]\d)(?P<sep>[-/])(?P<d>[0-3]\d)(?P=sep)(?P<y>19[5-9]\d|20\d\d)(?![\d/-])"
    rf"(?:{_TIME})?"
)
# A blog theme's English stamp over a Chinese story (Published at Dec 22, 2022 11:25 am,
# round 79; Posted on March 5, 2023; 22 Dec 2022): the month by name, either order.
_MONTH_NAME = (
    r"(?P<{group}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ENGLISH_DATE = re.compile(
    rf"(?<![A-Za-z])(?:{_MONTH_NAME.format(group='mon')}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?"
    rf"|(?<!\d)(?P<d2>[0-3]?\d)\s+{_MONTH_NAME.format(group='mon2')},?)"
    rf"\s+(?P<y>19[5-9]\d|20\d\d)(?!\d)(?:,?(?:\s+at)?{_TIME})?"
)
_MONTH_NUMBERS = {
    name: n for n, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}
# A list template's calendar badge, the day over the year, flattened to one line (03-13 2009):
# only as a whole line, where nothing else can be meant (round 34).
_BADGE_DATE = re.compile(r"^\s*(?P<m>[01]\d)-(?P<d>[0-3]\d)\s+(?P<y>19[5-9]\d|20\d\d)\s*$")
# A zero-padded date with the read counter beside it run on, its space lost (2022-05-203360,
# round 38): only as a whole line, and only with a two-digit month and day, so the day ends
# where the padding says it does.
_COUNTED_DATE = re.compile(
    r"^\s*(?P<y>19[5-9]\d|20\d\d)(?P<sep>[-/.])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)\d{1,7}\s*$"
)
# An issue label with the day written without separators (20240315期): the words that
# may follow are data (issue_label_words); the digits alone are a count or an address.
_COMPACT_DATE = (
    r"(?<![\dA-Za-z./_-])(?P<y>19[5-9]\d|20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=\s?(?:{words}))"
)
_CN_DIGIT = "〇○零Ｏ一二三四五六七八九"
_CN_DATE = re.compile(
    rf"[{_CN_DIGIT}]{{4}}\s*年\s*(?:十[一二]?|[元一二三四五六七八九])\s*月\s*"
    r"(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]"
)


@dataclass(frozen=True)
class StatedDate:
    iso: str
    precision: str


#: The day a zero timestamp prints as.
_EPOCH = dt.date(1970, 1, 1)


def _stated(y, m, d, hour=None, minute=None, second=None) -> StatedDate | None:
    """A StatedDate from parts as written; None for a day that does not exist.

    A time of exactly midnight (``2024-06-20 00:00:00``) is what a CMS prints when it
    was given only the day: the date is stated to the day, not to the second.

    >>> _stated('2024', '06', '20', '00', '00', '00'), _stated('2024', '6', '20', '9', '05')
    (StatedDate(iso='2024-06-20', precision='day'), StatedDate(iso='2024-06-20T09:05', precision='minute'))

    The Unix epoch (1970-01-01, 08:00 in China) is a CMS's empty timestamp, no date of a web
    page (a spam network's pages print it beside the column name, round 70):

    >>> _stated('1970', '01', '01', '08', '00', '00') is None
    True
    """
    try:
        day = dt.date(int(y), int(m), int(d))
    except ValueError:
        return None
    if day == _EPOCH:
        return None
    midnight = (
        hour is not None and int(hour) == 0 and int(minute or 0) == 0 and not int(second or 0)
    )
    if hour is None or minute is None or midnight:
        return StatedDate(day.isoformat(), "day")
    stamp = f"{day.isoformat()}T{int(hour):02d}:{int(minute):02d}"
    if second is None:
        return StatedDate(stamp, "minute")
    return StatedDate(f"{stamp}:{int(second):02d}", "second")


def _from_numeric(match: re.Match) -> StatedDate | None:
    """A StatedDate from a numeric date's match; a 12-hour clock's PM hour is read on 12.

    >>> [d.iso for _, _, d in find_dates('2012-04-15 01:04 PM  2012-04-15 12:30 am  2012-04-15 11:30 AM')]
    ['2012-04-15T13:04', '2012-04-15T00:30', '2012-04-15T11:30']
    """
    groups = match.groupdict()
    year = groups["y"] if len(groups["y"]) == 4 else "20" + groups["y"]
    hour, half = groups.get("H"), (groups.get("half") or "").lower()
    if hour is not None and half and int(hour) <= 12:
        hour = str(int(hour) % 12 + (12 if half == "pm" else 0))
    named = groups.get("mon") or groups.get("mon2")  # Dec 22, 2022
    return _stated(
        year,
        _MONTH_NUMBERS[named[:3].lower()]
        if named
        else groups.get("m") or groups.get("m2") or groups.get("m3"),
        groups["d"] or groups.get("d2") or groups.get("d3"),
        hour,
        groups.get("M") or groups.get("M2"),
        groups.get("S") or groups.get("S2"),
    )


def _from_chinese_numerals(span: str) -> StatedDate | None:
    """Read a date written in Chinese numerals (二〇二三年十月十二日).

    cn2an sees only the matched span: run over a whole text it also turns
    三会一课 into 3会1课.
    """
    span = re.sub(r"\s", "", span).replace("○", "〇").replace("Ｏ", "〇").replace("元月", "一月")
    try:
        import cn2an  # 0.2 s to import, and only dates in Chinese numerals need it

        arabic = cn2an.transform(span, "cn2an")
    except (ValueError, KeyError):
        return None
    match = _NUMERIC_DATE.fullmatch(arabic)
    return _from_numeric(match) if match else None


def find_dates(line: str) -> list[tuple[int, int, StatedDate]]:
    """Every full date a line states, as (start, end, StatedDate), in line order.

    Pages write dates every way a CMS template or a typist can: separators,
    年月日 with or without a time glued on, ISO stamps, full-width digits, dates
    glued to a name, Chinese numerals in signed documents. Only dates with a
    year count (a year is never invented) and only days that exist.

    >>> [d.iso for _, _, d in find_dates('时间:2023-07-25 10:50作者:方凤玲来源:宋家镇')]
    ['2023-07-25T10:50']
    >>> [d.iso for _, _, d in find_dates('2024/03/05 10:21  2024年03月05日10:21  2024-03-05T10:21:07')]
    ['2024-03-05T10:21', '2024-03-05T10:21', '2024-03-05T10:21:07']
    >>> [d.iso for _, _, d in find_dates('日期:2024.03.05 作者：张三2024-3-5 ２０２４年３月５日')]
    ['2024-03-05', '2024-03-05', '2024-03-05']
    >>> [d.iso for _, _, d in find_dates('景德镇日报/2023 年/6 月/21 日/第 001 版要闻')]
    ['2023-06-21']
    >>> find_dates('二〇二三年十月十二日')
    [(0, 10, StatedDate(iso='2023-10-12', precision='day'))]
    >>> find_dates('3月5日，镇党委召开“三会一课”推进会；2023年5月以来，时间:09-17')
    []
    >>> find_dates('2023-02-30 2023年2月29日')
    []

    Forms met on fewer sites: a space after the year (``2024 09/23 10:12:35``), a
    two-digit year with the time of a stamp, an issue label's run of eight digits:

    >>> [d.iso for _, _, d in find_dates('2024 09/23 10:12:35 • 24-05-17 19:42:10 20240315期')]
    ['2024-09-23T10:12:35', '2024-05-17T19:42:10', '2024-03-15']
    >>> [d.iso for _, _, d in find_dates('17.05.2024  19:42')]
    ['2024-05-17T19:42']
    >>> [d.iso for _, _, d in find_dates('03-13 2009')], find_dates('比分03-13 2009年')
    (['2009-03-13'], [])
    >>> [d.iso for _, _, d in find_dates('發布時間:2021-02-2509:24:33')]  # the space lost
    ['2021-02-25T09:24:33']
    >>> find_dates('24-05-17 浏览次数：20240315 ****年*月**日')
    []

    A list template's date with its read counter run on, alone on its line (a date in a
    sentence is never read so):

    >>> [d.iso for _, _, d in find_dates('2022-05-203360')], find_dates('编号2022-05-203360')
    (['2022-05-20'], [])

    A blog theme's English stamp, the month by name (round 79):

    >>> [d.iso for _, _, d in find_dates('Published at Dec 22, 2022 11:25 am · 5 March 2023')]
    ['2022-12-22T11:25', '2023-03-05']

    A template's American order, dashes or slashes between: the month first, the year last.

    >>> [d.iso for _, _, d in find_dates('添加时间:07-16-2024    来源:')], find_dates('编号 13-16-2024')
    (['2024-07-16'], [])
    >>> [d.iso for _, _, d in find_dates('发表时间:06/18/2022')], find_dates('/06/18/2022/a.html')
    (['2022-06-18'], [])
    """
    text = line.translate(HALFWIDTH)
    found = []
    for match in (
        *_NUMERIC_DATE.finditer(text),
        *_SHORT_YEAR_STAMP.finditer(text),
        *_DAY_FIRST_STAMP.finditer(text),
        *_MONTH_FIRST_STAMP.finditer(text),
        *_BADGE_DATE.finditer(text),
        *_COUNTED_DATE.finditer(text),
        *_compact_date_pattern().finditer(text),
        *_ENGLISH_DATE.finditer(text),
    ):
        date = _from_numeric(match)
        if date:
            found.append((match.start(), match.start() + len(match.group(0).rstrip()), date))
    for match in _CN_DATE.finditer(text):
        date = _from_chinese_numerals(match.group(0))
        if date:
            found.append((match.start(), match.end(), date))
    return sorted(found, key=lambda found_date: found_date[0])


@functools.cache
def _compact_date_pattern() -> re.Pattern:
    words = load_date_rules().issue_label_words
    return re.compile(_COMPACT_DATE.format(words="|".join(map(re.escape, words))))


def parse_stated_date(value: str) -> StatedDate | None:
    """The first date a field value states; None when it holds no valid date.

    >>> parse_stated_date('2011-09-14 09:09')
    StatedDate(iso='2011-09-14T09:09', precision='minute')
    >>> parse_stated_date('2023-08-07 09:25:34')
    StatedDate(iso='2023-08-07T09:25:34', precision='second')
    >>> [parse_stated_date(v).iso for v in ('2023年7月25日', '2023/07/25', '2023.07.25')]
    ['2023-07-25', '2023-07-25', '2023-07-25']
    >>> parse_stated_date('某某县融媒体中心 2024-03-05').iso
    '2024-03-05'
    >>> parse_stated_date('2023-02-30') is None
    True
    """
    dates = find_dates(value)
    return dates[0][2] if dates else None


def is_date_line(line: str) -> bool:
    """True for a line that is a date and little else (at most 4 other characters).

    Such a line is never body text or a headline, whatever it means; whether it is
    the publication date is for ``date_candidates`` to say (a header's
    ``2024年3月5日 星期二`` is a date line but not the publication date).

    >>> is_date_line('2023年7月25日'), is_date_line('2023-07-25 10:50'), is_date_line('6月26日，召开会议')
    (True, True, False)
    >>> is_date_line('（二〇二三年十月十二日）'), is_date_line('2024年3月5日 星期二')
    (True, True)
    """
    dates = find_dates(line)
    if not dates:
        return False
    start, end, _ = dates[0]
    return len((line[:start] + line[end:]).strip()) <= 4


@dataclass(frozen=True)
class DateRules:
    """``data/date_rules.yaml``, compiled."""

    label_kind: dict[str, str]
    label_scores: dict[str, float]
    label_any: re.Pattern
    label_before: re.Pattern
    label_at_end: re.Pattern
    today_before: re.Pattern
    today_then_date: re.Pattern
    weekday_after: re.Pattern
    lunar: tuple[str, ...]
    edition: re.Pattern
    article_record: re.Pattern
    counter_words: tuple[str, ...]  # a read counter's labels (also never a byline's names)
    counter_before: re.Pattern
    copyright: tuple[str, ...]
    footer_line: re.Pattern  # a link to another post with its date (上一篇 2022-02-15 19:18)
    issue_label_words: tuple[str, ...]
    print_attribution_before: re.Pattern
    print_attribution_after: re.Pattern
    attachment_stamp_after: re.Pattern
    dateline_after: re.Pattern
    stamp_name_end: re.Pattern


def _spaced(word: str) -> str:
    # Government templates space labels out to align a table: 发 布 日 期.
    return r"\s?".join(map(re.escape, word))


@functools.cache
def load_date_rules(path: Path = DATA / "date_rules.yaml") -> DateRules:
    """Compile the date vocabulary data file (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    label_kind = {label: kind for kind, labels in data["labels"].items() for label in labels}
    alternatives = []
    for label in sorted(label_kind, key=len, reverse=True):
        # 时间/日期 end many longer words (公示时间, 会议时间): only a label on their own.
        guard = r"(?<![\u4e00-\u9fff])" if len(label) <= 2 else ""
        alternatives.append(guard + _spaced(label))
    label = "(?P<label>" + "|".join(alternatives) + ")"
    after_label = r"\s*[:：]?\s*[】\]]?\s*(?:[|｜]\s*)*[【\[(（]?"
    today = "|".join(map(re.escape, data["today_markers"]))
    counters = alternation(data["counter_words"])
    return DateRules(
        label_kind=label_kind,
        label_scores={k: float(v) for k, v in data["label_scores"].items()},
        label_any=re.compile(label + after_label + r"[\d〇○零一二]"),
        label_before=re.compile(label + after_label + "$"),
        label_at_end=re.compile(r"^(?:.*[\s|｜:：])?" + label + after_label + r"$"),
        today_before=re.compile(rf"(?:{today})\s*[:：]?\s*$"),
        today_then_date=re.compile(rf"(?:{today})\s*[:：]?\s*[\d〇○零一二]"),
        weekday_after=re.compile(r"^[\s(（\[【]*" + data["weekday_pattern"]),
        lunar=tuple(data["lunar_markers"]),
        edition=re.compile(data["edition_pattern"]),
        article_record=re.compile(data["article_record_pattern"], re.IGNORECASE),
        counter_words=tuple(data["counter_words"]),
        counter_before=re.compile(rf"(?:{counters})\s*[:：]?\s*$"),
        copyright=tuple(m.lower() for m in data["copyright_markers"]),
        footer_line=re.compile(data["footer_line_pattern"]),
        issue_label_words=tuple(data["issue_label_words"]),
        print_attribution_before=re.compile(data["print_attribution_before"]),
        print_attribution_after=re.compile(data["print_attribution_after"]),
        attachment_stamp_after=re.compile(data["attachment_stamp_after"]),
        dateline_after=re.compile(data["dateline_after"]),
        stamp_name_end=re.compile(
            "(?:" + "|".join(map(re.escape, data["stamp_name_endings"])) + r")\s{0,2}$",
            re.IGNORECASE,
        ),
    )
