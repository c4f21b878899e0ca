"""Cite a report: GB/T 7714-2015 (what Chinese researchers use), BibTeX (biblatex) and CSL-JSON.

Pure functions of a report dict (FRONT_MATTER.md), the report's absolute page URL and the
access date. A report captured from the web (its ``url`` and ``captured`` known) is cited
as the page it was, at its address, accessed when it was captured; any other is cited as
the archived copy (its stable URL here, accessed today). The estimate of an undated
report is marked as an estimate in every format, never given as a stated date.
"""

from __future__ import annotations

import datetime as dt

from .date_display import estimate_label, parse_iso, report_years
from .facets import display_title

# 来源 values that name no publisher ("original to this site" on the site we lost).
NOT_A_PUBLISHER = {"本站原创", "本站", "原创", "本网", "本网原创"}


def _publisher(report: dict) -> str | None:
    source = (report.get("source") or "").strip()
    return source if source and source not in NOT_A_PUBLISHER else None


def stated_iso(report: dict) -> str | None:
    """The stated date no more precise than stated: 2011-09-14, 2023-07 or 2023."""
    value = report.get("date")
    if not value:
        return None
    d = parse_iso(value)
    precision = report.get("date_precision") or "day"
    if precision == "year":
        return f"{d.year}"
    if precision == "month":
        return f"{d.year}-{d.month:02d}"
    return f"{d:%Y-%m-%d}"


def cited_address(report: dict, url: str, accessed: dt.date) -> tuple[str, dt.date]:
    """The address and access date a citation gives: the original page's and its capture
    day when both are known; else the archived copy's and today's.

    >>> cited_address({"url": "http://www.pingli.gov.cn/a.html", "captured": "2024-05-20T08:15:00Z"},
    ...               "https://example.org/reports/a.html", dt.date(2026, 12, 2))
    ('http://www.pingli.gov.cn/a.html', datetime.date(2024, 5, 20))
    >>> cited_address({"url": "http://www.pingli.gov.cn/a.html"}, "https://example.org/reports/a.html",
    ...               dt.date(2026, 12, 2))
    ('https://example.org/reports/a.html', datetime.date(2026, 12, 2))
    """
    try:
        captured = dt.date.fromisoformat(str(report.get("captured") or "")[:10])
    except ValueError:
        captured = None
    if report.get("url") and captured:
        return report["url"], captured
    return url, accessed


def _estimate_years(report: dict) -> tuple[int, int | None] | None:
    estimate = report.get("date_estimate") or {}
    if report.get("date") or not (estimate.get("earliest") or estimate.get("latest")):
        return None
    years = report_years(report)
    if estimate.get("earliest") and estimate.get("latest"):
        return years[0], years[-1]
    return years[0], None


def gbt7714(report: dict, url: str, accessed: dt.date) -> str:
    """A GB/T 7714-2015 reference to the archived report (an online electronic resource).

    >>> r = {"title": "神河镇“升级晋档”推动党建经济双丰收", "authors": ["刘民"], "source": "本站原创",
    ...      "date": "2011-09-14T09:09", "date_precision": "minute"}
    >>> gbt7714(r, "https://example.org/reports/e1d72b0bcc09.html", dt.date(2025, 1, 2))
    '刘民. 神河镇“升级晋档”推动党建经济双丰收[EB/OL]. (2011-09-14)[2025-01-02]. https://example.org/reports/e1d72b0bcc09.html.'

    Several authors, a named publisher:

    >>> r = {"title": "聚力起势 群“星”争辉 激活乡村振兴新动能", "authors": ["王献伟", "程琪琪"],
    ...      "source": "食品在线-中国食品网综合", "date": "2023-08-07T09:25:34", "date_precision": "second"}
    >>> gbt7714(r, "u", dt.date(2025, 1, 2))
    '王献伟, 程琪琪. 聚力起势 群“星”争辉 激活乡村振兴新动能[EB/OL]. 食品在线-中国食品网综合, 2023-08-07[2025-01-02]. u.'

    No stated date: the estimated years go in square brackets, as the standard does for an
    estimated year of publication; a devised title keeps its 〔〕.

    >>> r = {"title": "平利县兴隆镇以高质量党建引领生态型经济发展", "title_devised": True, "authors": ["王密"],
    ...      "date": None, "date_estimate": {"earliest": "2021-01-01", "latest": "2022-12-31"}}
    >>> gbt7714(r, "u", dt.date(2025, 1, 2))
    '王密. 〔平利县兴隆镇以高质量党建引领生态型经济发展〕[EB/OL]. [2021—2022][2025-01-02]. u.'
    """
    url, accessed = cited_address(report, url, accessed)
    authors = report.get("authors") or []
    parts = []
    if authors:
        parts.append(", ".join(authors[:3]) + (", 等" if len(authors) > 3 else "") + ". ")
    parts.append(f"{display_title(report)}[EB/OL]. ")
    stated = stated_iso(report)
    estimate = _estimate_years(report)
    if stated:
        when = stated
    elif estimate:
        first, last = estimate
        when = f"[{first}]" if last == first else f"[{first}—{last or ''}]"
    else:
        when = "[出版日期不详]"
    publisher = _publisher(report)
    if publisher:
        parts.append(f"{publisher}, {when}")
    else:
        parts.append(f"({when})" if stated else when)
    parts.append(f"[{accessed:%Y-%m-%d}]. {url}.")
    return "".join(parts)


_BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bibtex_escape(text: str) -> str:
    r"""Escape TeX's special characters.

    >>> bibtex_escape("50% & {x}_1")
    '50\\% \\& \\{x\\}\\_1'
    """
    return "".join(_BIBTEX_ESCAPES.get(ch, ch) for ch in text)


def bibtex(report: dict, url: str, accessed: dt.date) -> str:
    r"""A biblatex ``@online`` entry keyed by the report id.

    >>> print(bibtex({"id": "e1d72b0bcc09", "title": "神河镇“升级晋档”推动党建经济双丰收", "authors": ["刘民"],
    ...               "date": "2011-09-14T09:09", "date_precision": "minute", "source": "本站原创"},
    ...              "https://example.org/r.html", dt.date(2025, 1, 2)))
    @online{e1d72b0bcc09,
      author = {{刘民}},
      title = {{神河镇“升级晋档”推动党建经济双丰收}},
      date = {2011-09-14},
      url = {https://example.org/r.html},
      urldate = {2025-01-02},
      langid = {chinese},
    }

    Estimated dates become an EDTF range and say so in a note:

    >>> print(bibtex({"id": "a", "title": "〔x〕", "authors": [], "date": None,
    ...               "date_estimate": {"earliest": "2021-01-01", "latest": "2022-12-31"}}, "u", dt.date(2025, 1, 2)))
    @online{a,
      title = {{〔x〕}},
      date = {2021/2022},
      url = {u},
      urldate = {2025-01-02},
      langid = {chinese},
      note = {发布日期未载明，为推断：约2021–2022年（推断）},
    }
    """

    url, accessed = cited_address(report, url, accessed)
    fields = []
    authors = report.get("authors") or []
    if authors:
        # Braces keep a Chinese name whole: BibTeX would otherwise look for "Last, First".
        fields.append(("author", " and ".join("{" + bibtex_escape(a) + "}" for a in authors)))
    fields.append(("title", "{" + bibtex_escape(display_title(report)) + "}"))
    stated = stated_iso(report)
    estimate = _estimate_years(report)
    if stated:
        fields.append(("date", stated))
    elif estimate:
        first, last = estimate
        fields.append(("date", f"{first}" if last == first else f"{first}/{last or '..'}"))
    publisher = _publisher(report)
    if publisher:
        fields.append(("organization", bibtex_escape(publisher)))
    fields += [("url", url), ("urldate", f"{accessed:%Y-%m-%d}"), ("langid", "chinese")]
    if estimate:
        label = estimate_label(report["date_estimate"])
        fields.append(("note", bibtex_escape(f"发布日期未载明，为推断：{label}")))
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields)
    return f"@online{{{report['id']},\n{body}}}"


def _date_parts(iso: str) -> list[int]:
    return [int(p) for p in iso.split("-")]


def csl_json(report: dict, url: str, accessed: dt.date, archive: str = "") -> dict:
    """A CSL-JSON item (for Zotero, Pandoc, citeproc).

    >>> item = csl_json({"id": "a", "title": "t", "authors": ["王献伟", "程琪琪"], "source": "宋家镇",
    ...                  "date": "2023-07-25T10:50", "date_precision": "minute"}, "u", dt.date(2025, 1, 2))
    >>> item["author"], item["issued"], item["publisher"]
    ([{'literal': '王献伟'}, {'literal': '程琪琪'}], {'date-parts': [[2023, 7, 25]]}, '宋家镇')
    >>> csl_json({"id": "b", "title": "t", "date": None,
    ...           "date_estimate": {"earliest": "2021-01-01", "latest": "2022-12-31"}}, "u", dt.date(2025, 1, 2))["issued"]
    {'date-parts': [[2021], [2022]], 'circa': True}
    """
    url, accessed = cited_address(report, url, accessed)
    item = {
        "id": report["id"],
        "type": "webpage",
        "title": display_title(report),
        "URL": url,
        "accessed": {"date-parts": [[accessed.year, accessed.month, accessed.day]]},
        "language": "zh-CN",
    }
    authors = report.get("authors") or []
    if authors:
        item["author"] = [{"literal": a} for a in authors]
    stated = stated_iso(report)
    estimate = _estimate_years(report)
    if stated:
        item["issued"] = {"date-parts": [_date_parts(stated)]}
    elif estimate:
        first, last = estimate
        parts = [[first]] if last in (first, None) else [[first], [last]]
        item["issued"] = {"date-parts": parts, "circa": True}
    publisher = _publisher(report)
    if publisher:
        item["publisher"] = publisher
    if archive:
        item["archive"] = archive
    raw = (report.get("provenance") or {}).get("raw_file")
    if raw:
        item["archive_location"] = raw
    if estimate:
        item["note"] = f"发布日期未载明，为推断：{estimate_label(report['date_estimate'])}"
    return item
