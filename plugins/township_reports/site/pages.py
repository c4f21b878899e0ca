"""The page families, declared as data: each is a function of the archive that returns
its pages, ``Page(url, template, context)``.

A template gets everything it shows through its page's context (no global ``archive``),
and a page's cache key is a digest of that context and of the template
(``cache.page_key``): no key is written by hand, so none can drift from what a page
shows. A context holds plain data (``cache.context_digest`` refuses anything else), a
report as the archive's report dict (digested as its content key), or an object with a
``__digest__``: ``KwicEntry`` (a report on an initiative page), ``Derived`` (a value computed
from the page's reports only when the page is rendered).

No page grows with the archive: a list that does (a year's reports, an initiative's
concordance, a province's towns in the matrix) is cut into pages by ``paging.py``, the
first keeping the list's URL, and the place tree is shown one level at a time.

========================  ==========================================================
family                    pages
========================  ==========================================================
``home_pages``            ``index.html``, ``places/index.html``, ``places/unplaced.html``,
                          ``initiatives/index.html``, ``years/index.html``, ``years/unknown.html``
``place_pages``           ``places/<code>.html``
``initiative_pages``      ``initiatives/<slug>.html``
``year_pages``            ``years/<yyyy>.html``
``table_pages``           ``matrix.html``, ``matrix/<province code>.html``, ``review.html``,
                          ``data.html``, ``404.html``
``report_pages``          ``reports/<id>.html`` (written by Pelican's article generator;
                          its copies section from ``copies.copies_of``)
``feed_pages``            the Atom feeds (``feeds.py`` writes them)
========================  ==========================================================
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup

from . import atom, embedded_metadata, facets, map_pages, paging, script_views
from .chart import timeline_svg
from .context_values import Derived, KwicEntry, kwic_html  # noqa: F401 (kwic_html: re-exported)
from .datafiles import (
    BIB_DOWNLOAD,
    CATALOG_COLUMNS,
    CSL_DOWNLOAD,
    INITIATIVE_COLUMNS,
    MARKDOWN_DOWNLOAD,
    PLACE_COLUMNS,
)

#: The ingest steps a report page's "what ingest did" section names (``provenance.steps``).
STEP_LABELS = {
    "decode": "解码",
    "control_characters": "删除控制字符",
    "invisible_characters": "删除不可见的格式字符",
    "repair": "修复字节损坏",
    "unannotate": "删除转换器注音",
    "glued_meta": "拆开粘连的信息行",
    "dechrome": "删除网页框架",
    "fields": "提取标注字段",
    "date_line": "提取日期行",
    "page_furniture": "删除页首页尾杂项",
    "byline": "提取署名",
    "html_to_text": "网页转文本",
    "simplify": "繁体转简体",
    "punctuation": "恢复全角标点",
    "structure": "分段与小标题",
}


def steps_in_brief(steps: list[dict]) -> tuple[list[dict], list[str]]:
    """A report's ingest steps as its page shows them: the steps that changed something,
    each in full (its count, encoding, what it removed or took as fields), and the names
    of the steps that changed nothing, for one line. Eight to twelve steps a report, most
    of them 0 on a simplified source, each its own list item, were ~1 KB of every report
    page (issue 12); what a curator checks is what a step did.

    >>> steps = [{"step": "decode", "count": 1, "encoding": "gb18030"}, {"step": "repair", "count": 0},
    ...          {"step": "dechrome", "count": 0, "removed": []},
    ...          {"step": "fields", "count": 1, "lines": ["来源:县融媒体中心"]},
    ...          {"step": "punctuation", "count": 162}]
    >>> changed, unchanged = steps_in_brief(steps)
    >>> [s["step"] for s in changed], unchanged
    (['decode', 'fields', 'punctuation'], ['repair', 'dechrome'])
    """
    changed, unchanged = [], []
    for step in steps:
        if step.get("count") or step.get("removed") or step.get("lines"):
            changed.append(step)
        else:
            unchanged.append(step["step"])
    return changed, unchanged


SCRIPT_LABELS = {"traditional": "繁体", "simplified": "简体", "mixed": "繁简混合"}
#: The home page lists the initiatives used by the most towns, this many.
HOME_INITIATIVES = 12


@dataclass
class Page:
    """One output file: its URL, the template (or producer: ``feed``, ``bibtex``) that
    makes it, and everything it shows.

    ``absolute_urls``: written with the site's URLs as they are, not relative to the
    page (``404.html`` is served at any path).
    """

    url: str
    template: str
    context: dict = field(default_factory=dict)
    absolute_urls: bool = False


#: The feed of the reports newest in the archive (``base.html`` links it from every page).
RECENT_FEED = "feeds/recent.atom.xml"


def place_feed(place) -> str | None:
    """A place's feed, or None for a town: its page lists its reports (see ``feed_pages``)."""
    return None if place.level == "town" else f"feeds/places/{place.code}.atom.xml"


def initiative_feed(initiative) -> str:
    return f"feeds/initiatives/{initiative.slug}.atom.xml"


# -- the pieces contexts share


def place_row(place) -> dict:
    """A place as a list of places shows it: one level of the tree, with its count (the
    tree is browsed a level at a time: a page never holds the subtree below it)."""
    return {"code": place.code, "name": place.name, "url": place.url, "count": place.count}


def link(thing) -> dict:
    """A place or initiative as a link shows it: URL and name."""
    return {"url": thing.url, "name": thing.name}


def town_link(archive, town, made: dict[str, dict]) -> dict:
    """A town as a link, named with its county (兴隆镇 alone is ambiguous); one dict per
    town, kept in ``made`` and shared by the pages that list it."""
    found = made.get(town.code)
    if found is None:
        found = made[town.code] = {"url": town.url, "name": archive.label(town)}
    return found


def initiative_url(name: str) -> str:
    """The page of an initiative (every name a report gives has one: ``build_initiatives``)."""
    return f"initiatives/{facets.initiative_slug(name)}.html"


def initiative_links(names) -> list[tuple[str, str]]:
    """(name, URL of its page) for each name."""
    return [(name, initiative_url(name)) for name in names]


def initiative_counts(reports) -> list[tuple[str, str, int]]:
    """(name, URL of its page, reports naming it) for the initiatives these reports name."""
    return [(name, initiative_url(name), n) for name, n in facets.initiative_counts(reports)]


def top_initiative_counts(reports, limit: int) -> dict:
    """The ``limit`` initiatives these reports name most (``initiative_counts``) and how
    many they name in all: a place page lists a fixed number, however many there are.

    >>> top = top_initiative_counts([{"initiatives": ["三联", "321"]}, {"initiatives": ["三联"]}], 1)
    >>> top["shown"], top["total"]
    ([('三联', 'initiatives/cc97c5dd2b.html', 2)], 2)
    """
    counts = initiative_counts(reports)
    return {"shown": counts[:limit], "total": len(counts)}


def province_counts(reports) -> list[tuple[str, str, int]]:
    """(province code, name, reports) for these reports, most first: an initiative's
    spread by province, at most one row per province however many reports.

    >>> province_counts([{"division_code": "610981111", "province": "陕西省"},
    ...                  {"division_code": "610926", "province": "陕西省"},
    ...                  {"division_code": "140100", "province": "山西省"}, {"division_code": None}])
    [('610000', '陕西省', 2), ('140000', '山西省', 1)]
    """
    counts: dict[tuple[str, str], int] = {}
    for r in reports:
        code = r.get("division_code")
        if code:
            key = (str(code)[:2] + "0000", r.get("province") or "")
            counts[key] = counts.get(key, 0) + 1
    return [(c, name, n) for (c, name), n in sorted(counts.items(), key=lambda kv: -kv[1])]


def year_chart(reports) -> Markup:
    """The reports-per-year chart of these reports (``chart.timeline_svg``)."""
    return Markup(timeline_svg(facets.year_counts(reports), "每年提到的报道数"))


def undated_count(reports) -> int:
    """How many of these reports have no date at all, stated or estimated."""
    return sum(1 for r in reports if r.get("date_kind") == "unknown")


def year_rows(archive) -> list[dict]:
    return [
        {"year": g.year, "url": g.url, "stated": len(g.stated), "estimated": len(g.estimated)}
        for g in archive.years
    ]


def paged_pages(first_url: str, template: str, items: list, kind: str, context: dict):
    """The pages of one list (``paging.paged``): each the shared ``context`` with its own
    part of the list as ``items``, its ``pager`` and ``start`` (the first item's position)."""
    return [
        Page(url, template, dict(context, items=part, pager=pager, start=start))
        for url, part, pager, start in paging.paged(first_url, items, kind)
    ]


# -- the families


def home_pages(archive, newest: int) -> list[Page]:
    """The pages that summarise the whole archive: home and the indexes of each facet.
    Each shows a fixed number of things (the newest reports, the top initiatives, the
    provinces, the years) or is paged: none grows with the archive."""
    provinces = [place_row(p) for p in archive.roots]
    initiatives = [
        {
            "url": i.url,
            "name": i.name,
            "description": i.description,
            "in_vocabulary": i.in_vocabulary,
            "towns": len(i.towns),
            "reports": len(i.reports),
            "reprints": i.reprints,
            "years": i.years,
            "stated_years": len(i.stated_years),
        }
        for i in archive.initiatives
    ]
    return [
        Page(
            "index.html",
            "index",
            {
                "stats": archive.stats,
                "reprints": archive.reprints,
                "chart": archive.chart,
                "years": year_rows(archive),
                "undated": len(archive.undated),
                "newest": archive.works[:newest],
                "top_initiatives": initiatives[:HOME_INITIATIVES],
                "provinces": provinces,
                "unplaced": len(archive.unplaced),
                "map_thumbnail": map_pages.home_thumbnail(archive),
            },
        ),
        Page(
            "places/index.html",
            "places",
            {"provinces": provinces, "unplaced": len(archive.unplaced)},
        ),
        *paged_pages("places/unplaced.html", "unplaced", archive.unplaced, "reports", {}),
        *paged_pages("initiatives/index.html", "initiatives", initiatives, "initiatives", {}),
        Page(
            "years/index.html",
            "years",
            {
                "chart": archive.chart,
                "years": year_rows(archive),
                "undated": len(archive.undated),
                "reprints": archive.reprints,
            },
        ),
        *paged_pages("years/unknown.html", "year_unknown", archive.undated, "reports", {}),
    ]


def collection_json_ld(archive, url: str, name: str, description: str, count: int) -> str:
    """A facet page as schema.org ``CollectionPage`` JSON-LD, as its script element's text."""
    page_url = f"{archive.site_url}/{url}"
    item = embedded_metadata.collection_page(name, page_url, description, count)
    return embedded_metadata.json_ld_script(item)


#: A province's or prefecture's page lists its newest reports, this many (the rest are
#: on the pages of the places below it, each paged).
PLACE_NEWEST = 50
#: A place page shows the initiatives its reports name most, this many.
PLACE_INITIATIVES = 40


def place_pages(archive) -> list[Page]:
    """Each place: its trail, the places one level below, initiatives, years, reports."""
    pages = []
    for place in archive.places.values():
        paged = place.level in ("county", "town")
        context = {
            "place": {
                "code": place.code,
                "name": place.name,
                "level": place.level,
                "count": place.count,
                "reprints": place.reprints,
            },
            "ancestors": [link(p) for p in archive.ancestors(place)],
            "children": [place_row(c) for c in archive.children(place)],
            "initiative_counts": Derived(top_initiative_counts, place.reports, PLACE_INITIATIVES),
            "year_counts": Derived(facets.year_counts, place.reports),
            "undated": Derived(undated_count, place.reports),
            "feed_url": place_feed(place),
            "json_ld": collection_json_ld(
                archive, place.url, place.name, f"{place.name}的乡镇党建报道", place.count
            ),
        }
        reports = place.reports if paged else place.reports[:PLACE_NEWEST]
        pages += paged_pages(place.url, "place", reports, "reports", context)
    return pages


#: An initiative page shows at most this many sentences of one report (the others are a
#: click away, on the report's page): enough to see how a report uses the name. (2 was
#: measured: 0.1 MB less at 1,000 reports, since lines are cut to their mentions; kept 3.)
KWIC_SENTENCES = 3


def initiative_pages(archive, vocabulary: dict, entry_keys: dict[int, str]) -> list[Page]:
    """Each initiative: its vocabulary entry, its spread by province and by year (chart),
    and the concordance of its works, paged (``entry_keys``: ``archive.content_keys``, a
    work's key names its concordance entry)."""
    pages = []
    for i in archive.initiatives:
        parent = archive.by_name.get(getattr(vocabulary.get(i.name), "level_of", None) or "")
        terms = i.terms
        context = {
            "initiative": {
                "name": i.name,
                "description": i.description,
                "aliases": i.aliases,
                "in_vocabulary": i.in_vocabulary,
                "towns": len(i.towns),
                "reports": len(i.reports),
                "reprints": i.reprints,
                "years": i.years,
                "stated_years": sorted(i.stated_years),
            },
            "parent": link(parent) if parent else None,
            "provinces": Derived(province_counts, i.reports),
            "chart": Derived(year_chart, i.reports),
            "sentence_limit": KWIC_SENTENCES,
            "feed_url": initiative_feed(i),
            "map_thumbnail": Derived(map_pages.initiative_thumbnail, i.name, i.reports),
            "json_ld": collection_json_ld(
                archive, i.url, i.name, f"提到“{i.name}”的乡镇党建报道", len(i.reports)
            ),
        }
        entries = [KwicEntry(r, terms, entry_keys[id(r)]) for r in i.reports]
        pages += paged_pages(i.url, "initiative", entries, "concordance", context)
    return pages


def year_pages(archive) -> list[Page]:
    """Each year: its stated and estimated reports (one list, stated first, paged), and
    the years either side."""
    years = archive.years
    pages = []
    for k, g in enumerate(years):
        context = {
            "group": {
                "year": g.year,
                "stated": len(g.stated),
                "estimated": len(g.estimated),
                "reprints": g.reprints,
            },
            "json_ld": collection_json_ld(
                archive, g.url, f"{g.year}年", f"{g.year}年的乡镇党建报道（含推断年份）", g.count
            ),
            "previous": {"year": years[k - 1].year, "url": years[k - 1].url} if k else None,
            "next": {"year": years[k + 1].year, "url": years[k + 1].url}
            if k + 1 < len(years)
            else None,
        }
        for page in paged_pages(g.url, "year", g.stated + g.estimated, "reports", context):
            # the page's part of the list, cut where the stated reports end
            cut = max(0, len(g.stated) - page.context["start"])
            items = page.context.pop("items")
            page.context["stated"], page.context["estimated"] = items[:cut], items[cut:]
            pages.append(page)
    return pages


#: A province's matrix shows the initiatives named in the most of its towns, this many.
MATRIX_COLUMNS = 30


def matrix_pages(archive, towns: dict[str, dict]) -> list[Page]:
    """``matrix.html``, the provinces; and for each, its towns × the initiatives most
    used in them, paged by towns. A cell counts the town's works naming the initiative
    (``facets.build_matrix``: a report and its reprints once) and links to them: the
    search page with both filters, which lists every copy."""
    pages, provinces = [], []
    for province in archive.roots:
        in_province = {}
        stack = [province.code]
        while stack:
            place = archive.places[stack.pop()]
            if place.level == "town":
                in_province[place.code] = place
            stack += place.children
        in_province = dict(sorted(in_province.items()))
        # columns: the initiatives named in the most towns, then by the most reports
        used, mentions = Counter(), Counter()
        for town in in_province.values():
            for r in town.reports:
                mentions.update(set(r.get("initiatives") or []))
            used.update({n for r in town.reports for n in r.get("initiatives") or []})
        ranked = sorted(used, key=lambda name: (-used[name], -mentions[name], name))
        columns = [archive.by_name[n] for n in ranked[:MATRIX_COLUMNS] if n in archive.by_name]
        mx = facets.build_matrix(in_province, columns)
        url = f"matrix/{province.code}.html"
        provinces.append(dict(place_row(province), url=url, towns=len(mx.rows)))
        rows = [(town_link(archive, t, towns), t.code, cells) for t, cells in mx.rows]
        context = {
            "province": link(province),
            "columns": [link(c) for c in mx.columns],
            "towns": len(mx.rows),
            "initiatives_total": len(used),
            "reprints": archive.reprints,
        }
        pages += paged_pages(url, "matrix", rows, "matrix", context)
    return [Page("matrix.html", "matrix_index", {"provinces": provinces}), *pages]


def table_pages(archive, towns: dict[str, dict], downloads: list[dict] | None = None) -> list[Page]:
    """The matrix, the review list, the data guide and the 404 page."""
    downloads = [] if downloads is None else downloads
    return [
        *matrix_pages(archive, towns),
        *paged_pages(
            "review.html",
            "review",
            archive.review,
            "reports",
            {"review_total": len(archive.review)},
        ),
        Page(
            "data.html",
            "data",
            {
                "counts": {
                    "reports": len(archive.reports),
                    "works": len(archive.works),
                    "initiatives": len(archive.initiatives),
                    "places": len(archive.places),
                    "review": len(archive.review),
                },
                "downloads": downloads,  # the generator's list, filled as files are written
                "catalog_columns": CATALOG_COLUMNS,
                "initiative_columns": INITIATIVE_COLUMNS,
                "place_columns": PLACE_COLUMNS,
            },
        ),
        Page("404.html", "404", {}, absolute_urls=True),
    ]


def facet_pages(archive, vocabulary: dict, entry_keys: dict[int, str], newest: int, downloads=None):
    """Every page the plugin writes from a template, family by family (``entry_keys``:
    ``archive.content_keys``; ``downloads``: the corpus downloads data.html lists, each a
    path, size and sha256)."""
    towns: dict[str, dict] = {}
    return (
        home_pages(archive, newest)
        + place_pages(archive)
        + initiative_pages(archive, vocabulary, entry_keys)
        + year_pages(archive)
        + table_pages(archive, towns, downloads)
    )


# -- what Pelican and the other writers make from the same archive


def report_pages(
    archive,
    articles,
    site_url: str,
    accessed,
    copies: dict | None = None,
    reading_view=True,
    downloads_on: bool = True,
) -> list[Page]:
    """Each report's page, written by Pelican's article generator from ``article`` (whose
    own fields, title and body, are its report's) and ``article.view``, this context."""
    copies = copies or {}
    pages = []
    for article in articles:
        report = article.facts
        page_url = f"{site_url}/{report['page']}"
        raw_url = f"{site_url}/{article.raw_url}" if article.raw_url else None
        page = Page(
            article.save_as,
            "article",
            {
                "report": report,
                "trail": [link(p) for p in article.trail],
                "previous": article.previous_in_town,
                "next": article.next_in_town,
                "initiatives": Derived(initiative_links, report.get("initiatives") or []),
                "raw": {"url": article.raw_url, "key": article.raw_key, "name": article.raw_name}
                if article.raw_url
                else None,
                # None: the downloads are switched off (TOWNSHIP_DOWNLOADS)
                "markdown_url": MARKDOWN_DOWNLOAD if downloads_on else None,
                "csl_url": CSL_DOWNLOAD if downloads_on else None,
                "bib_url": BIB_DOWNLOAD if downloads_on else None,
                "copies": copies.get(report["id"]),
                "scripts": script_views.views_of(article, reading_view),  # 简体 · 繁體 · 原文字形
                "citation_url": page_url,
                "accessed": accessed,
                # what reference managers and linked-data tools read (embedded_metadata.py)
                "highwire": embedded_metadata.highwire_tags(report, page_url),
                "json_ld": embedded_metadata.json_ld_script(
                    embedded_metadata.news_article(report, page_url, raw_url)
                ),
            },
        )
        article.view = page.context
        pages.append(page)
    return pages


def feed_pages(archive, max_items: int | None) -> list[Page]:
    """The Atom feeds (``atom.py``), each of its first ``max_items`` reports: all, newest
    published first; recently added, and each province's, prefecture's, county's and
    initiative's, newest in the archive first (a report of 2011 added today is new to a
    subscriber). None per town: its page lists its reports, and thousands of town feeds
    were most of the site's files."""

    def feed(url: str, title: str, reports: list[dict]) -> Page:
        return Page(url, "feed", {"title": title, "reports": reports[:max_items]})

    newest = atom.recently_added
    places = [p for p in archive.places.values() if place_feed(p)]
    return [
        feed("feeds/all.atom.xml", "全部报道", archive.reports),
        feed(RECENT_FEED, "新收录的报道", newest(archive.reports)),
        *(
            feed(place_feed(p), f"{archive.label(p)}（{p.code}）", newest(p.reports))
            for p in places
        ),
        *(
            feed(initiative_feed(i), f"举措：{i.name}", newest(i.reports))
            for i in archive.initiatives
        ),
    ]
