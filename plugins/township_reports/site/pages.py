"""The page families, declared as data: each is a function of the archive that returns
its pages, ``Page(url, template, context)``.

A template gets everything it shows through its page's context (no global ``archive``),
and a page's cache key is a digest of that context and of the template
(``cache.page_key``): no key is written by hand, so none can drift from what a page
shows. A context holds plain data (``cache.context_digest`` refuses anything else), a
report as the archive's report dict (digested as its content key), or an object with a
``__digest__``: ``PlaceNode`` (a node of the places tree, digested once with its
subtree), ``KwicEntry`` (a report on an initiative page), ``Derived`` (a value computed
from the page's reports only when the page is rendered).

========================  ==========================================================
family                    pages
========================  ==========================================================
``home_pages``            ``index.html``, ``places/index.html``, ``initiatives/index.html``,
                          ``years/index.html``, ``years/unknown.html``
``place_pages``           ``places/<code>.html``
``initiative_pages``      ``initiatives/<slug>.html``
``year_pages``            ``years/<yyyy>.html``
``table_pages``           ``matrix.html``, ``review.html``, ``data.html``, ``404.html``
``report_pages``          ``reports/<id>.html`` (written by Pelican's article generator;
                          its copies section from ``copies.copies_of``)
``feed_pages``            the Atom feeds (``feeds.py`` writes them)
``citation_files``        ``reports/<id>.bib`` (``datafiles.py``)
========================  ==========================================================
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from . import atom, embedded_metadata, facets, map_pages, script_views
from .cache import digest, own_digest
from .datafiles import CATALOG_COLUMNS, CSL_DOWNLOAD, INITIATIVE_COLUMNS, PLACE_COLUMNS

#: The ingest steps a report page's "what ingest did" section names (``provenance.steps``).
STEP_LABELS = {
    "decode": "解码",
    "control_characters": "删除控制字符",
    "invisible_characters": "删除不可见的格式字符",
    "repair": "修复字节损坏",
    "unannotate": "删除转换器注音",
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
#: review.html lists this many reports at most (``township-reports review`` lists all).
REVIEW_LIMIT = 500
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


@own_digest
@dataclass
class KwicEntry:
    """One report on an initiative page: the sentences of its body that mention the initiative.

    What it shows is its report and ``terms``; ``key`` is the report's content key, so
    its digest is the key and the terms (``__digest__``), and the key names the entry's
    ``FragmentCache`` part. ``sentences`` are found only when asked for, so an entry
    rendered before is not searched again.
    """

    report: dict
    terms: list[str]
    key: str

    def __digest__(self):
        return self.key + repr(self.terms)

    @functools.cached_property
    def sentences(self) -> list[Markup]:
        """The sentences naming the initiative in the report's text, or, for a work whose
        primary copy does not name it, in the first other copy that does."""
        for text in (self.report.get("text") or "", *self.report.get("copy_texts", ())):
            found = facets.sentences_mentioning(text, self.terms)
            if found:
                return [kwic_html(s) for s in found]
        return []


def kwic_html(pieces: list[tuple[str, bool]]) -> Markup:
    """A sentence cut by ``facets.highlight`` as HTML: text escaped, mentions in ``<mark>``.

    Done in Python, not in the template: a template loop over every piece of every
    sentence costs several times as much.

    >>> kwic_html([("推动“", False), ("三联", True), ("”<落地>", False)])
    Markup('推动“<mark>三联</mark>”&lt;落地&gt;')
    """
    return Markup(
        "".join(
            f"<mark>{escape(text)}</mark>" if hit else str(escape(text)) for text, hit in pieces
        )
    )


class Derived:
    """A context value computed from other context data when a template first reads it:
    ``Derived(fn, *args)`` is ``fn(*args)``, for a pure ``fn`` of the plugin (its code is
    in the build fingerprint), so its digest is ``fn``'s name and ``args``.

    A place page's initiative and year counts are functions of its reports: digesting
    the reports (their keys) covers them, and a page still current never computes them.

    >>> counts = Derived(len, ["乡", "镇"])
    >>> list(Derived(sorted, [2, 1])), len(Derived(sorted, [2, 1])), bool(Derived(list, []))
    ([1, 2], 2, False)
    >>> counts.__digest__()
    ('builtins.len', (['乡', '镇'],))
    """

    __slots__ = ("fn", "args", "_value")

    def __init__(self, fn, *args):
        self.fn, self.args = fn, args

    @property
    def value(self):
        try:
            return self._value
        except AttributeError:
            self._value = self.fn(*self.args)
            return self._value

    def __digest__(self):
        return (f"{self.fn.__module__}.{self.fn.__qualname__}", self.args)

    def __iter__(self):
        return iter(self.value)

    def __len__(self):
        return len(self.value)

    def __bool__(self):
        return bool(self.value)

    def __getitem__(self, index):
        return self.value[index]


#: The feed of the reports newest in the archive (``base.html`` links it from every page).
RECENT_FEED = "feeds/recent.atom.xml"


def place_feed(place) -> str | None:
    """A place's feed, or None for a town: its page lists its reports (see ``feed_pages``)."""
    return None if place.level == "town" else f"feeds/places/{place.code}.atom.xml"


def initiative_feed(initiative) -> str:
    return f"feeds/initiatives/{initiative.slug}.atom.xml"


# -- the pieces contexts share


@own_digest
@dataclass(frozen=True)
class PlaceNode:
    """A place in the places tree as ``_macros.html`` ``place_tree`` shows it, with the
    nodes of its children.

    The home page, the places index and every place page above a town show a subtree:
    each node's digest is made once, from its fields and its children's digests (a
    Merkle tree), so a page's key does not walk the subtree again.
    """

    code: str
    name: str
    level: str
    count: int
    url: str
    children: tuple[PlaceNode, ...] = ()
    digest: str = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        shown = (self.code, self.name, self.level, self.count, self.url)
        object.__setattr__(self, "digest", digest(shown, [c.digest for c in self.children]))

    def __digest__(self):
        return self.digest


def place_nodes(archive) -> dict[str, PlaceNode]:
    """Place code → its node of the places tree (see ``PlaceNode``)."""
    nodes: dict[str, PlaceNode] = {}

    def node(code):
        if code not in nodes:
            p = archive.places[code]
            children = tuple(node(c) for c in p.children)
            nodes[code] = PlaceNode(p.code, p.name, p.level, p.count, p.url, children)
        return nodes[code]

    for code in archive.places:
        node(code)
    return nodes


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


def year_rows(archive) -> list[dict]:
    return [
        {"year": g.year, "url": g.url, "stated": len(g.stated), "estimated": len(g.estimated)}
        for g in archive.years
    ]


# -- the families


def home_pages(archive, nodes: dict[str, PlaceNode], newest: int) -> list[Page]:
    """The pages that summarise the whole archive: home and the indexes of each facet."""
    roots = [nodes[p.code] for p in archive.roots]
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
                "top_initiatives": [
                    {
                        "url": i.url,
                        "name": i.name,
                        "towns": len(i.towns),
                        "reports": len(i.reports),
                        "reprints": i.reprints,
                    }
                    for i in archive.initiatives[:HOME_INITIATIVES]
                ],
                "roots": roots,
                "unplaced": len(archive.unplaced),
                "map_thumbnail": map_pages.home_thumbnail(archive),
            },
        ),
        Page("places/index.html", "places", {"roots": roots, "unplaced": archive.unplaced}),
        Page(
            "initiatives/index.html",
            "initiatives",
            {
                "initiatives": [
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
            },
        ),
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
        Page("years/unknown.html", "year_unknown", {"undated": archive.undated}),
    ]


def collection_json_ld(archive, url: str, name: str, description: str, count: int) -> str:
    """A facet page as schema.org ``CollectionPage`` JSON-LD, as its script element's text."""
    page_url = f"{archive.site_url}/{url}"
    item = embedded_metadata.collection_page(name, page_url, description, count)
    return embedded_metadata.json_ld_script(item)


def place_pages(archive, nodes: dict[str, PlaceNode]) -> list[Page]:
    """Each place: its trail, subtree, initiatives, years and reports."""
    pages = []
    for place in archive.places.values():
        pages.append(
            Page(
                place.url,
                "place",
                {
                    "place": {
                        "code": place.code,
                        "name": place.name,
                        "level": place.level,
                        "count": place.count,
                        "reprints": place.reprints,
                        "reports": place.reports,
                    },
                    "ancestors": [link(p) for p in archive.ancestors(place)],
                    "children": [nodes[c] for c in place.children],
                    "initiative_counts": Derived(initiative_counts, place.reports),
                    "year_counts": Derived(facets.year_counts, place.reports),
                    "feed_url": place_feed(place),
                    "json_ld": collection_json_ld(
                        archive, place.url, place.name, f"{place.name}的乡镇党建报道", place.count
                    ),
                },
            )
        )
    return pages


def initiative_pages(
    archive, vocabulary: dict, entry_keys: dict[int, str], towns: dict[str, dict]
) -> list[Page]:
    """Each initiative: its vocabulary entry, towns, years, and the concordance of its works
    (``entry_keys``: ``archive.content_keys``, a work's key names its concordance entry)."""
    pages = []
    for i in archive.initiatives:
        parent = archive.by_name.get(getattr(vocabulary.get(i.name), "level_of", None) or "")
        terms = i.terms
        pages.append(
            Page(
                i.url,
                "initiative",
                {
                    "initiative": {
                        "name": i.name,
                        "description": i.description,
                        "aliases": i.aliases,
                        "in_vocabulary": i.in_vocabulary,
                        "towns": [town_link(archive, t, towns) for t in i.towns],
                        "reports": len(i.reports),
                        "reprints": i.reprints,
                        "years": i.years,
                        "stated_years": sorted(i.stated_years),
                    },
                    "parent": link(parent) if parent else None,
                    "entries": [KwicEntry(r, terms, entry_keys[id(r)]) for r in i.reports],
                    "feed_url": initiative_feed(i),
                    "map_thumbnail": map_pages.initiative_thumbnail(i),
                    "json_ld": collection_json_ld(
                        archive, i.url, i.name, f"提到“{i.name}”的乡镇党建报道", len(i.reports)
                    ),
                },
            )
        )
    return pages


def year_pages(archive) -> list[Page]:
    """Each year: its stated and estimated reports, and the years either side."""
    years = archive.years
    return [
        Page(
            g.url,
            "year",
            {
                "group": {
                    "year": g.year,
                    "stated": g.stated,
                    "estimated": g.estimated,
                    "reprints": g.reprints,
                },
                "json_ld": collection_json_ld(
                    archive,
                    g.url,
                    f"{g.year}年",
                    f"{g.year}年的乡镇党建报道（含推断年份）",
                    g.count,
                ),
                "previous": {"year": years[k - 1].year, "url": years[k - 1].url} if k else None,
                "next": {"year": years[k + 1].year, "url": years[k + 1].url}
                if k + 1 < len(years)
                else None,
            },
        )
        for k, g in enumerate(years)
    ]


def table_pages(archive, towns: dict[str, dict], downloads: list[dict] = ()) -> list[Page]:
    """The matrix, the review list, the data guide and the 404 page."""
    mx = archive.matrix
    return [
        Page(
            "matrix.html",
            "matrix",
            {
                "columns": [link(c) for c in mx.columns],
                "rows": [(town_link(archive, t, towns), cells) for t, cells in mx.rows],
                "initiatives_total": len(archive.initiatives),
                "reprints": archive.reprints,
            },
        ),
        Page(
            "review.html",
            "review",
            {
                "review": archive.review[:REVIEW_LIMIT],
                "review_total": len(archive.review),
                "limit": REVIEW_LIMIT,
            },
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
                "downloads": list(downloads),
                "catalog_columns": CATALOG_COLUMNS,
                "initiative_columns": INITIATIVE_COLUMNS,
                "place_columns": PLACE_COLUMNS,
            },
        ),
        Page("404.html", "404", {}, absolute_urls=True),
    ]


def facet_pages(archive, vocabulary: dict, entry_keys: dict[int, str], newest: int, downloads=()):
    """Every page the plugin writes from a template, family by family (``entry_keys``:
    ``archive.content_keys``; ``downloads``: the corpus downloads data.html lists, each a
    path, size and sha256)."""
    nodes, towns = place_nodes(archive), {}
    return (
        home_pages(archive, nodes, newest)
        + place_pages(archive, nodes)
        + initiative_pages(archive, vocabulary, entry_keys, towns)
        + year_pages(archive)
        + table_pages(archive, towns, list(downloads))
    )


# -- what Pelican and the other writers make from the same archive


def report_pages(
    archive, articles, site_url: str, accessed, copies: dict | None = None, reading_view=True
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
                "markdown_url": article.markdown_url,
                "csl_url": CSL_DOWNLOAD,
                "bib_url": article.bib_url,
                "copies": copies.get(report["id"]),
                "scripts": script_views.views_of(article, reading_view),  # 简体 · 繁體 · 原文字形
                "citation_url": page_url,
                "accessed": accessed,
                # what reference managers and linked-data tools read (embedded_metadata.py)
                "highwire": embedded_metadata.highwire_tags(report, page_url),
                "json_ld": embedded_metadata.json_ld_script(
                    embedded_metadata.news_article(report, page_url, site_url, raw_url)
                ),
            },
        )
        article.view = page.context
        pages.append(page)
    return pages


def citation_files(articles, site_url: str, accessed, sitename: str) -> list[Page]:
    """Each report's BibTeX file (its CSL-JSON is in ``CSL_DOWNLOAD``, see there): the
    access date is shown in it, so it is context."""
    pages = []
    for article in articles:
        report = article.facts
        data = {
            "report": report,
            "url": f"{site_url}/{report['page']}",
            "accessed": accessed,
            "archive": sitename,
        }
        pages.append(Page(article.bib_url, "bibtex", data))
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
