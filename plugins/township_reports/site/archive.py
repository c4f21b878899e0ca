"""The archive model: every report as a plain dict, and the facets built from them.

``plain_report`` turns a Pelican article into the dict ``facets.py`` works on;
``build_archive`` builds the places, initiatives, years and chart once per build (the
matrix is built per province, by ``pages.matrix_pages``);
``neighbours`` finds each report's previous and next report of the same town. Pure
functions of the reports: nothing here writes a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..ingest.html_text import BODY_LINES, html_to_text
from ..ingest.initiative_vocabulary import Initiative, load_vocabulary
from . import facets
from .chart import timeline_svg
from .date_display import date_kind, date_label


def vocabulary_entries(path: Path | None) -> dict[str, Initiative]:
    """Canonical name → ``Initiative``, from the initiative vocabulary at ``path`` (read by
    ingest's ``load_vocabulary``, the one reader of that file); none if there is no file."""
    if not path or not Path(path).exists():
        return {}
    return dict(load_vocabulary(Path(path)).initiatives)


@dataclass
class Archive:
    """Everything the facet templates need, built once per build."""

    reports: list[dict]
    places: dict[str, facets.Place]
    roots: list[facets.Place]
    unplaced: list[dict]
    initiatives: list[facets.InitiativeFacet]
    years: list[facets.YearGroup]
    undated: list[dict]
    review: list[dict]
    chart: str
    site_url: str
    by_name: dict[str, facets.InitiativeFacet] = field(default_factory=dict)

    @property
    def stats(self) -> list[tuple[str, int]]:
        levels = [p.level for p in self.places.values()]
        return [
            ("篇报道", len(self.reports)),
            ("个乡镇", levels.count("town")),
            ("个县（市、区）", levels.count("county")),
            ("项举措", len(self.initiatives)),
            ("个年份", len(self.years)),
        ]

    def initiative(self, name: str) -> facets.InitiativeFacet | None:
        return self.by_name.get(name)

    def children(self, place: facets.Place) -> list[facets.Place]:
        return [self.places[code] for code in place.children]

    def ancestors(self, place: facets.Place) -> list[facets.Place]:
        chain = []
        while place.parent:
            place = self.places[place.parent]
            chain.insert(0, place)
        return chain

    def label(self, place: facets.Place) -> str:
        """A town is named with its county (兴隆镇 alone is ambiguous)."""
        if place.level == "town" and place.parent in self.places:
            return self.places[place.parent].name + place.name
        return place.name


def plain_report(article) -> dict:
    """The plain dict facets work on: front matter + page URL + body text."""
    report = dict(article.report)
    report["page"] = article.url
    text = getattr(article, "report_text", None)
    report["text"] = html_to_text(article._content or "", BODY_LINES) if text is None else text
    report["display_title"] = article.title
    report["date_label"] = date_label(report)
    report["date_kind"] = date_kind(report)
    report["town_label"] = facets.town_label(report)
    trail = facets.place_trail(report)
    report["place_url"] = trail[-1].url if trail else None
    return report


def build_archive(reports: list[dict], vocabulary: dict, site_url: str) -> Archive:
    reports = facets.newest_first(reports)
    places = facets.build_places(reports)
    initiatives = facets.build_initiatives(reports, vocabulary)
    years, undated = facets.build_years(reports)
    archive = Archive(
        reports=reports,
        places=places,
        roots=facets.place_roots(places),
        unplaced=facets.unplaced(reports),
        initiatives=initiatives,
        years=years,
        undated=undated,
        review=[r for r in reports if (r.get("provenance") or {}).get("review")],
        chart=timeline_svg([(g.year, len(g.stated), len(g.estimated)) for g in years]),
        site_url=site_url,
        by_name={i.name: i for i in initiatives},
    )
    return archive


def neighbours(
    archive: Archive, trails: dict[str, list[facets.Place]]
) -> dict[str, tuple[dict | None, dict | None]]:
    """Report id → the previous (older) and next (newer) report of the same town (or county,
    if unplaced in a town); ``trails`` maps each report id to its ``place_trail``.

    Each place's reports are put in order once, not once per report.

    >>> town = {"division_code": "610926104", "province": "陕西省", "prefecture": "安康市",
    ...         "county": "平利县", "township": "兴隆镇"}
    >>> rs = [dict(town, id=i, date=d) for i, d in (("a", "2021"), ("b", "2023"), ("c", "2022"))]
    >>> archive = build_archive(rs, {}, "")
    >>> pairs = neighbours(archive, {r["id"]: facets.place_trail(r) for r in rs})
    >>> {i: tuple(r and r["id"] for r in pair) for i, pair in sorted(pairs.items())}
    {'a': (None, 'c'), 'b': ('c', None), 'c': ('a', 'b')}
    """
    in_order: dict[str, tuple[list[dict], dict[str, int]]] = {}
    pairs = {}
    for ident, trail in trails.items():
        if not trail:
            pairs[ident] = (None, None)
            continue
        code = trail[-1].code
        if code not in in_order:
            siblings = facets.oldest_first(archive.places[code].reports)
            positions: dict[str, int] = {}
            for i, sibling in enumerate(siblings):
                positions.setdefault(sibling["id"], i)
            in_order[code] = siblings, positions
        siblings, positions = in_order[code]
        i = positions[ident]
        pairs[ident] = (
            siblings[i - 1] if i else None,
            siblings[i + 1] if i + 1 < len(siblings) else None,
        )
    return pairs
