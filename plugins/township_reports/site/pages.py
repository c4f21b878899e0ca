"""The page families: home, places, initiatives, years, and the archive-wide tables.

Each family computes its pages' cache keys (what the page shows, report by report:
see ``cache.PageCache``) next to the code that writes the pages, so a page and its key
are read side by side. ``FacetPages`` is a part of ``generator.ArchiveGenerator``: it
uses the generator's ``archive``, ``report_keys``, ``page_cache``, ``vocabulary`` and
``written`` (the pages written, for the sitemap).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from markupsafe import Markup, escape

from . import facets
from .cache import digest
from .datafiles import CATALOG_COLUMNS, INITIATIVE_COLUMNS, PLACE_COLUMNS

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


@dataclass
class KwicEntry:
    """One report on an initiative page: the sentences of its body that mention the initiative.

    What it shows is named by ``key`` (the report's key in ``report_keys``) and ``terms``;
    ``sentences`` are found only when asked for, so a page whose entries come from the
    ``FragmentCache`` does not search the bodies again.
    """

    report: dict
    terms: list[str]
    key: str

    @functools.cached_property
    def sentences(self) -> list[Markup]:
        text = self.report.get("text") or ""
        return [kwic_html(s) for s in facets.sentences_mentioning(text, self.terms)]


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


def kwic_entries(
    initiative: facets.InitiativeFacet, report_keys: dict[str, str]
) -> list[KwicEntry]:
    """The entries of an initiative page, in the initiative's order (newest report first)."""
    terms = initiative.terms
    return [KwicEntry(report, terms, report_keys[report["id"]]) for report in initiative.reports]


def place_subtrees(archive) -> dict[str, list]:
    """Place code → its subtree as plain data (code, name, level, count, children), the
    part of the places tree a place page and the summaries show."""
    subtrees: dict[str, list] = {}

    def subtree(code):
        if code not in subtrees:
            p = archive.places[code]
            subtrees[code] = [
                p.code,
                p.name,
                p.level,
                p.count,
                [subtree(c) for c in p.children],
            ]
        return subtrees[code]

    for code in archive.places:
        subtree(code)
    return subtrees


def place_feed(place) -> str:
    return f"feeds/places/{place.code}.atom.xml"


def initiative_feed(initiative) -> str:
    return f"feeds/initiatives/{initiative.slug}.atom.xml"


class FacetPages:
    """The facet pages of ``ArchiveGenerator``, family by family: keys, then writing."""

    def _page(self, writer, name: str, template: str, **kwargs):
        writer.write_file(
            name,
            self.get_template(template),
            self.context,
            relative_urls=self.settings.get("RELATIVE_URLS", False),
            url=name,
            page_name=name,
            **kwargs,
        )
        self.written.append(name)

    def _write_facet_pages(self, writer) -> None:
        """Every facet page, in the order the sitemap lists them."""
        newest = self.settings.get("TOWNSHIP_NEWEST_COUNT", 10)
        self._page(writer, "index.html", "index", newest=self.archive.reports[:newest])
        self._write_places(writer)
        self._write_initiatives(writer)
        self._write_years(writer)
        self._write_tables(writer)

    # -- places

    def _place_keys(self, subtrees: dict[str, list]) -> dict[str, str]:
        """Each place page (its subtree, ancestors, reports) and its feed."""
        archive, rk, keys = self.archive, self.report_keys, {}
        max_items = self.settings.get("FEED_MAX_ITEMS")
        for place in archive.places.values():
            reports = [rk[r["id"]] for r in place.reports]
            ancestors = [(p.code, p.name) for p in archive.ancestors(place)]
            keys[place.url] = digest("place", subtrees[place.code], ancestors, reports)
            keys[place_feed(place)] = digest(
                "feed", archive.label(place), place.code, reports[:max_items]
            )
        return keys

    def _write_places(self, writer) -> None:
        archive, cache = self.archive, self.page_cache
        self._page(writer, "places/index.html", "places")
        for place in archive.places.values():
            if cache.fresh(place.url):
                self.written.append(place.url)
                continue
            self._page(
                writer,
                place.url,
                "place",
                place=place,
                children=[archive.places[c] for c in place.children],
                initiative_counts=facets.initiative_counts(place.reports),
                year_counts=facets.year_counts(place.reports),
                feed_url=place_feed(place),
            )

    # -- initiatives

    def _parent(self, initiative):
        return self.archive.by_name.get(
            getattr(self.vocabulary.get(initiative.name), "level_of", None) or ""
        )

    def _initiative_keys(self) -> dict[str, str]:
        """Each initiative page (its vocabulary entry, towns, reports) and its feed."""
        archive, rk, keys = self.archive, self.report_keys, {}
        max_items = self.settings.get("FEED_MAX_ITEMS")
        for initiative in archive.initiatives:
            reports = [rk[r["id"]] for r in initiative.reports]
            parent = self._parent(initiative)
            keys[initiative.url] = digest(
                "initiative",
                initiative.name,
                initiative.description,
                initiative.aliases,
                initiative.in_vocabulary,
                (parent.name, parent.url) if parent else None,
                [(t.code, archive.label(t)) for t in initiative.towns],
                reports,
            )
            keys[initiative_feed(initiative)] = digest("feed", initiative.name, reports[:max_items])
        return keys

    def _write_initiatives(self, writer) -> None:
        cache = self.page_cache
        self._page(writer, "initiatives/index.html", "initiatives")
        for initiative in self.archive.initiatives:
            if cache.fresh(initiative.url):
                self.written.append(initiative.url)
                continue
            self._page(
                writer,
                initiative.url,
                "initiative",
                initiative=initiative,
                parent=self._parent(initiative),
                entries=kwic_entries(initiative, self.report_keys),
                feed_url=initiative_feed(initiative),
            )

    # -- years

    def _year_keys(self) -> dict[str, str]:
        """Each year page: its neighbours and its stated and estimated reports."""
        archive, rk, keys = self.archive, self.report_keys, {}
        for i, group in enumerate(archive.years):
            before = archive.years[i - 1].year if i else None
            after = archive.years[i + 1].year if i + 1 < len(archive.years) else None
            keys[group.url] = digest(
                "year",
                group.year,
                before,
                after,
                [rk[r["id"]] for r in group.stated],
                [rk[r["id"]] for r in group.estimated],
            )
        return keys

    def _write_years(self, writer) -> None:
        self._page(writer, "years/index.html", "years")
        for group in self.archive.years:
            self._page(writer, group.url, "year", group=group)
        self._page(writer, "years/unknown.html", "year_unknown")

    # -- the pages that summarise the whole archive

    def _summary_keys(self, tree) -> dict[str, str]:
        """Keys of the pages that summarise the whole archive: home, indexes, years, matrix.

        ``tree`` is the place tree as plain data (code, name, level, count, children).
        """
        archive, rk = self.archive, self.report_keys

        def listed(reports):
            return [rk[r["id"]] for r in reports]

        years = [(g.year, len(g.stated), len(g.estimated)) for g in archive.years]
        newest = archive.reports[: self.settings.get("TOWNSHIP_NEWEST_COUNT", 10)]
        keys = {
            "index.html": digest(
                "index",
                archive.stats,
                archive.chart,
                years,
                len(archive.undated),
                listed(newest),
                [(i.name, len(i.towns), len(i.reports)) for i in archive.initiatives[:12]],
                tree,
                len(archive.unplaced),
            ),
            "places/index.html": digest("places", tree, listed(archive.unplaced)),
            "initiatives/index.html": digest(
                "initiatives",
                [
                    (i.name, i.description, i.in_vocabulary, len(i.towns), len(i.reports))
                    + (i.years, sorted(i.stated_years))
                    for i in archive.initiatives
                ],
            ),
            "years/index.html": digest("years", archive.chart, years, len(archive.undated)),
            "years/unknown.html": digest("unknown", listed(archive.undated)),
        }
        keys.update(self._table_keys())
        keys.update(self._year_keys())
        return keys

    def _table_keys(self) -> dict[str, str]:
        """The matrix, the data guide, the review list and the 404 page."""
        archive, rk = self.archive, self.report_keys
        return {
            "matrix.html": digest(
                "matrix",
                len(archive.initiatives),
                [c.name for c in archive.matrix.columns],
                [(t.code, archive.label(t), cells) for t, cells in archive.matrix.rows],
            ),
            "data.html": digest(
                "data",
                len(archive.reports),
                len(archive.initiatives),
                len(archive.places),
                len(archive.review),
            ),
            "review.html": digest(
                "review",
                [(rk[r["id"]], r["provenance"]["review"]) for r in archive.review[:REVIEW_LIMIT]],
                len(archive.review),
            ),
            "404.html": digest("404"),
        }

    def _write_tables(self, writer) -> None:
        self._page(writer, "matrix.html", "matrix")
        self._page(writer, "review.html", "review", limit=REVIEW_LIMIT)
        self._page(
            writer,
            "data.html",
            "data",
            catalog_columns=CATALOG_COLUMNS,
            initiative_columns=INITIATIVE_COLUMNS,
            place_columns=PLACE_COLUMNS,
        )
        writer.write_file("404.html", self.get_template("404"), self.context, relative_urls=False)
