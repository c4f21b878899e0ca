"""Atom 1.0 (RFC 4287) entries and feeds of reports, as text: pure functions of report dicts.

A feed must tell a reader no more than the archive knows. An entry's ``published`` is the
publication date the report states (to the day or finer: a month is not a day), never an
estimate; an estimated date is said in words, in the summary and as a category, and never
becomes a timestamp. ``updated`` is the day the report entered the archive (``added``,
recorded once at its first ingest), so a report of 2011 added today is new to a
subscriber. Authors are the people the report names, editors are contributors, and every
place of its trail and every initiative is a category. Everything from a source is text:
escaped here, stripped of the characters XML 1.0 forbids (hand-edited Markdown never
passed through ingest). The entries carry summaries, not the text: the report page is
one click away, and full texts in every feed were most of the site's bytes.
"""

from __future__ import annotations

from markupsafe import escape

from ..ingest.characters import xml_safe
from .date_display import date_kind, parse_iso, span_label, stated_label
from .facets import place_trail

#: Reports' stated times are China's: UTC+8 all year.
CHINA = "+08:00"
#: The precisions of a stated date that name a day (a month or a year does not).
DAY_PRECISIONS = ("day", "minute", "second")
#: Characters of the first paragraph an entry's summary quotes.
SUMMARY_CHARS = 120
#: The category of an estimated date, and the start of the summary line that says so.
ESTIMATED = "日期为推断"
LEVEL_LABELS = {"province": "省", "prefecture": "地区", "county": "县", "town": "乡镇"}


def _text(value) -> str:
    """Source text as XML character data: forbidden characters dropped, markup escaped.

    >>> _text("学习<党章>心得\\x01")
    '学习&lt;党章&gt;心得'
    """
    return str(escape(xml_safe(str(value))))


def published(report: dict) -> str | None:
    """The stated publication time as Atom wants it, only when the report states a day.

    >>> published({"date": "2011-09-14T09:09", "date_precision": "minute"})
    '2011-09-14T09:09:00+08:00'
    >>> published({"date": "2023-07", "date_precision": "month"}) is None
    True
    >>> published({"date": None, "date_estimate": {"earliest": "2021-01-01"}}) is None
    True
    """
    if date_kind(report) != "stated" or report.get("date_precision") not in DAY_PRECISIONS:
        return None
    return parse_iso(report["date"]).isoformat(timespec="seconds") + CHINA


def updated(report: dict) -> str | None:
    """The day the report entered the archive, as an Atom date-time (UTC midnight).

    A file written by hand that never passed through ingest has no ``added``: its stated
    publication time is the latest the archive knows of it; with none, it has no entry.

    >>> updated({"added": "2026-11-25"})
    '2026-11-25T00:00:00Z'
    >>> updated({"added": None, "date": "2023-05-04", "date_precision": "day"})
    '2023-05-04T00:00:00+08:00'
    >>> updated({"added": None, "date": None, "date_estimate": {"earliest": "2021-01-01"}})
    """
    added = report.get("added")
    return f"{str(added)[:10]}T00:00:00Z" if added else published(report)


def date_note(report: dict) -> str | None:
    """The line of the summary that says what a feed reader cannot see in ``published``.

    >>> date_note({"date": None, "date_estimate": {"earliest": "2016-01-01", "latest": "2018-12-31"}})
    '日期为推断：2016–2018年（原文未载明发布时间）'
    >>> date_note({"date": "2023-07", "date_precision": "month"})
    '发布时间：2023年7月（原文只载明到月）'
    >>> date_note({"date": "2011-09-14T09:09", "date_precision": "minute"}) is None
    True
    """
    kind = date_kind(report)
    if kind == "estimated":
        estimate = report["date_estimate"]
        return f"{ESTIMATED}：{span_label(estimate.get('earliest'), estimate.get('latest'))}（原文未载明发布时间）"
    if kind == "stated" and published(report) is None:
        precision = {"month": "月", "year": "年"}.get(report.get("date_precision") or "", "年")
        return f"发布时间：{stated_label(report['date'], report.get('date_precision'))}（原文只载明到{precision}）"
    if kind == "unknown":
        return "年代不详（原文未载明发布时间，也无从推断）"
    return None


def summary(report: dict) -> str:
    """Where and when, then the opening of the text.

    >>> print(summary({"township": "神河镇", "county": "旬阳市", "prefecture": "安康市",
    ...   "province": "陕西省", "date": None,
    ...   "date_estimate": {"earliest": "2021-01-01", "latest": "2022-12-31"},
    ...   "text": "今年以来，神河镇坚持“党建+产业”发展思路。\\n第二段"}))
    陕西省安康市旬阳市神河镇
    日期为推断：2021–2022年（原文未载明发布时间）
    今年以来，神河镇坚持“党建+产业”发展思路。
    """
    where = "".join(report.get(k) or "" for k in ("province", "prefecture", "county", "township"))
    first = (report.get("text") or "").strip().split("\n", 1)[0]
    if len(first) > SUMMARY_CHARS:
        first = first[: SUMMARY_CHARS - 1] + "…"
    lines = [where or "地点不详", date_note(report), first]
    return "\n".join(line for line in lines if line)


def categories(report: dict, site_url: str) -> list[tuple[str, str | None, str | None]]:
    """(term, scheme, label) of each place of the report's trail, each initiative, and of
    an estimated date.

    A place's term is its code, meaningless without its scheme (``…/places/``, where the
    code names the place's page) and a label. An initiative's term is its name, readable
    as it is, so it carries neither: the categories without a scheme are the initiatives.
    A report names twenty at times; a scheme on each (which named no page: initiative
    pages are at a slug) cost an entry ~1 KB, 40 % of the feeds (issue 12).

    >>> r = {"division_code": "610981111", "province": "陕西省", "prefecture": "安康市",
    ...      "county": "旬阳市", "township": "神河镇", "initiatives": ["三联"], "date": "2011"}
    >>> for c in categories(r, "https://x.org"): print(c)
    ('610000', 'https://x.org/places/', '省：陕西省')
    ('610900', 'https://x.org/places/', '地区：安康市')
    ('610981', 'https://x.org/places/', '县：旬阳市')
    ('610981111', 'https://x.org/places/', '乡镇：神河镇')
    ('三联', None, None)
    """
    # A place's term is its code: 城关镇 is the name of towns in 88 counties.
    found = [
        (p.code, f"{site_url}/places/", f"{LEVEL_LABELS[p.level]}：{p.name}")
        for p in place_trail(report)
    ]
    found += [(i, None, None) for i in report.get("initiatives") or []]
    if date_kind(report) == "estimated":
        found.append((ESTIMATED, f"{site_url}/years/", date_note(report).split("（")[0]))
    return found


def entry(report: dict, site_url: str) -> str:
    """One report as an Atom ``<entry>`` (only for a report with an ``updated``). Its
    ``<link>`` names no ``rel``, its title and summary no ``type``: a link without one is
    the alternate (RFC 4287, 4.2.7.2), the report's page, and a text construct without
    one is text (3.1.1). Each said again cost ~50 bytes an entry (issue 12).

    >>> r = {"id": "e0089f6acc92", "title": "学习<党章>心得", "page": "reports/e0089f6acc92.html",
    ...      "added": "2026-11-25", "authors": ["刘民"], "editors": ["魏代琼"],
    ...      "date": "2011-09-14T09:09", "date_precision": "minute", "text": "正文。"}
    >>> print(entry(r, "https://x.org"))  # doctest: +NORMALIZE_WHITESPACE
    <entry><title>学习&lt;党章&gt;心得</title>
    <link href="https://x.org/reports/e0089f6acc92.html"/>
    <id>https://x.org/reports/e0089f6acc92.html</id><updated>2026-11-25T00:00:00Z</updated>
    <published>2011-09-14T09:09:00+08:00</published>
    <author><name>刘民</name></author><contributor><name>魏代琼</name></contributor>
    <summary>地点不详
    正文。</summary></entry>
    """
    url = _text(f"{site_url}/{report['page']}")
    parts = [
        f"<entry><title>{_text(report.get('display_title') or report['title'])}</title>\n",
        f'<link href="{url}"/>\n',
        f"<id>{url}</id><updated>{updated(report)}</updated>\n",
    ]
    if stated := published(report):
        parts.append(f"<published>{stated}</published>\n")
    # Atom wants an author: a report that names none is said to, not given the archive's name.
    authors = report.get("authors") or ["未署名"]
    parts.append("".join(f"<author><name>{_text(a)}</name></author>" for a in authors))
    parts.append(
        "".join(
            f"<contributor><name>{_text(e)}</name></contributor>"
            for e in report.get("editors") or []
        )
    )
    parts.append("\n")
    parts += [
        f'<category term="{_text(term)}"'
        + (f' scheme="{_text(scheme)}"' if scheme else "")
        + (f' label="{_text(label)}"/>\n' if label else "/>\n")
        for term, scheme, label in categories(report, site_url)
    ]
    parts.append(f"<summary>{_text(summary(report))}</summary></entry>")
    return "".join(parts)


def feed(
    title: str, url: str, site_url: str, entries: list[tuple[str, str]], lang: str = "zh-CN"
) -> str:
    """An Atom document in language ``lang``: ``entries`` are (updated, entry XML), in the
    feed's order; the feed's ``updated`` is the newest of them (a fixed date when there is
    none, so two builds of the same archive write the same bytes).

    >>> print(feed("全部报道", "feeds/all.atom.xml", "https://x.org", []))  # doctest: +NORMALIZE_WHITESPACE
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN"><title type="text">全部报道</title>
    <link rel="alternate" type="text/html" href="https://x.org/"/>
    <link rel="self" type="application/atom+xml" href="https://x.org/feeds/all.atom.xml"/>
    <id>https://x.org/feeds/all.atom.xml</id><updated>1970-01-01T00:00:00Z</updated>
    </feed>
    """
    newest = max((u for u, _ in entries), default="1970-01-01T00:00:00Z")
    self_url = _text(f"{site_url}/{url}")
    head = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{_text(lang)}"><title type="text">{_text(title)}</title>\n'
        f'<link rel="alternate" type="text/html" href="{_text(site_url)}/"/>\n'
        f'<link rel="self" type="application/atom+xml" href="{self_url}"/>\n'
        f"<id>{self_url}</id><updated>{newest}</updated>\n"
    )
    return head + "".join(f"{xml}\n" for _, xml in entries) + "</feed>\n"


def recently_added(reports: list[dict]) -> list[dict]:
    """Reports newest in the archive first (``added``), within a day in the order given
    (the archive's: newest publication first), and last those with no ``added`` (files
    written by hand, never through ingest).

    >>> rs = [{"id": "a", "added": "2026-11-25"}, {"id": "b", "added": "2027-03-01"},
    ...       {"id": "c", "added": None}, {"id": "d", "added": "2026-11-25"}]
    >>> [r["id"] for r in recently_added(rs)]
    ['b', 'a', 'd', 'c']
    """
    return sorted(reports, key=lambda r: str(r.get("added") or ""), reverse=True)
