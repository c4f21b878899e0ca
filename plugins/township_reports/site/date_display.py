"""Dates as the site shows and sorts them: a stated date with its precision, or an estimate.

An estimate is never shown as if it were stated: it always reads ``约…年（推断）``. These
are pure functions of a report dict (the front matter of FRONT_MATTER.md, with dates as
ISO strings).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

# Far before any report, so undated-and-unestimated reports sort last (newest first).
UNDATED_SORT_DATE = dt.datetime(1900, 1, 1)
UNDATED_LABEL = "年代不详"


def parse_iso(value: str | None) -> dt.datetime | None:
    """Parse an ISO 8601 date of any precision the contract allows (year … second).

    >>> parse_iso("2011-09-14T09:09"), parse_iso("2023-07"), parse_iso("2023")
    (datetime.datetime(2011, 9, 14, 9, 9), datetime.datetime(2023, 7, 1, 0, 0), datetime.datetime(2023, 1, 1, 0, 0))
    >>> parse_iso(None) is None
    True
    """
    if not value:
        return None
    return _parse_iso(str(value))


@functools.lru_cache(maxsize=1 << 16)
def _parse_iso(value: str) -> dt.datetime:
    """``parse_iso`` of a non-empty string, memoised: the facets ask for the same dates
    thousands of times (every place and year page re-groups its reports)."""
    if re.fullmatch(r"\d{4}", value):
        value += "-01-01"
    elif re.fullmatch(r"\d{4}-\d{2}", value):
        value += "-01"
    return dt.datetime.fromisoformat(value).replace(tzinfo=None)


def sort_date(report: dict) -> dt.datetime:
    """The date reports are ordered by: stated, else the estimate's earliest, else a sentinel.

    >>> sort_date({"date": None, "date_estimate": {"earliest": "2021-01-01"}})
    datetime.datetime(2021, 1, 1, 0, 0)
    >>> sort_date({"date": None, "date_estimate": None})
    datetime.datetime(1900, 1, 1, 0, 0)
    """
    stated = parse_iso(report.get("date"))
    if stated:
        return stated
    estimate = report.get("date_estimate") or {}
    return (
        parse_iso(estimate.get("earliest"))
        or parse_iso(estimate.get("latest"))
        or UNDATED_SORT_DATE
    )


def date_kind(report: dict) -> str:
    """``stated``, ``estimated`` or ``unknown``.

    >>> date_kind({"date": "2023-07-25T10:50"}), date_kind({"date": None, "date_estimate": {"earliest": "2023-01-01"}})
    ('stated', 'estimated')
    >>> date_kind({"date": None, "date_estimate": None})
    'unknown'
    """
    if report.get("date"):
        return "stated"
    estimate = report.get("date_estimate") or {}
    if estimate.get("earliest") or estimate.get("latest"):
        return "estimated"
    return "unknown"


def _infer_precision(value: str) -> str:
    return {4: "year", 7: "month", 10: "day", 16: "minute"}.get(len(value), "second")


def stated_label(value: str, precision: str | None = None) -> str:
    """A stated date in Chinese, no more precise than the source stated it.

    >>> stated_label("2011-09-14T09:09", "minute")
    '2011年9月14日 09:09'
    >>> stated_label("2023-08-07T09:25:34", "second")
    '2023年8月7日 09:25:34'
    >>> stated_label("2023-07-25", "day"), stated_label("2023-07", "month"), stated_label("2023", None)
    ('2023年7月25日', '2023年7月', '2023年')
    """
    precision = precision or _infer_precision(value)
    d = parse_iso(value)
    if precision == "year":
        return f"{d.year}年"
    if precision == "month":
        return f"{d.year}年{d.month}月"
    day = f"{d.year}年{d.month}月{d.day}日"
    if precision == "minute":
        return f"{day} {d:%H:%M}"
    if precision == "second":
        return f"{day} {d:%H:%M:%S}"
    return day


def estimate_label(estimate: dict) -> str:
    """An estimated date, always marked as such.

    >>> estimate_label({"earliest": "2021-01-01", "latest": "2022-12-31"})
    '约2021–2022年（推断）'
    >>> estimate_label({"earliest": "2023-01-01", "latest": "2023-12-31"})
    '约2023年（推断）'
    >>> estimate_label({"earliest": "2022-10-22", "latest": None})
    '约2022年10月以后（推断）'
    >>> estimate_label({"earliest": None, "latest": "2012-12-31"})
    '约2012年以前（推断）'
    """
    earliest = parse_iso(estimate.get("earliest"))
    latest = parse_iso(estimate.get("latest"))
    if earliest and latest:
        if earliest.year == latest.year:
            return f"约{earliest.year}年（推断）"
        return f"约{earliest.year}–{latest.year}年（推断）"
    if earliest:
        month = "" if (earliest.month, earliest.day) == (1, 1) else f"{earliest.month}月"
        return f"约{earliest.year}年{month}以后（推断）"
    if latest:
        return f"约{latest.year}年以前（推断）"
    return UNDATED_LABEL


def span_label(earliest: str | None, latest: str | None) -> str:
    """The span an era marker points to, without 约/推断 (the context says it is evidence).

    >>> span_label("2020-01-20", "2022-12-31"), span_label("2017-10-18", None), span_label(None, "2012-12-31")
    ('2020–2022年', '2017年以后', '2012年以前')
    >>> span_label("2023-01-01", "2023-12-31")
    '2023年'
    """
    first, last = parse_iso(earliest), parse_iso(latest)
    if first and last:
        return f"{first.year}年" if first.year == last.year else f"{first.year}–{last.year}年"
    if first:
        return f"{first.year}年以后"
    if last:
        return f"{last.year}年以前"
    return ""


def date_label(report: dict) -> str:
    """What a page shows as a report's date.

    >>> date_label({"date": "2023-07-25T10:50", "date_precision": "minute"})
    '2023年7月25日 10:50'
    >>> date_label({"date": None, "date_estimate": {"earliest": "2021-01-01", "latest": "2022-12-31"}})
    '约2021–2022年（推断）'
    >>> date_label({"date": None, "date_estimate": None})
    '年代不详'
    """
    kind = date_kind(report)
    if kind == "stated":
        return stated_label(report["date"], report.get("date_precision"))
    if kind == "estimated":
        return estimate_label(report["date_estimate"])
    return UNDATED_LABEL


def report_years(report: dict) -> list[int]:
    """The years a report belongs to: its stated year, or every year its estimate spans.

    An open-ended estimate (only one bound known) belongs to that bound's year only:
    stretching it to today would put it on pages it has no evidence for.

    >>> report_years({"date": "2011-09-14T09:09"})
    [2011]
    >>> report_years({"date": None, "date_estimate": {"earliest": "2021-01-01", "latest": "2022-12-31"}})
    [2021, 2022]
    >>> report_years({"date": None, "date_estimate": {"earliest": "2022-10-22", "latest": None}})
    [2022]
    >>> report_years({"date": None, "date_estimate": None})
    []
    """
    kind = date_kind(report)
    if kind == "stated":
        return [parse_iso(report["date"]).year]
    if kind == "estimated":
        estimate = report["date_estimate"]
        earliest = parse_iso(estimate.get("earliest"))
        latest = parse_iso(estimate.get("latest"))
        if earliest and latest:
            return list(range(earliest.year, latest.year + 1))
        return [(earliest or latest).year]
    return []
