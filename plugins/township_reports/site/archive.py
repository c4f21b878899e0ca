"""The archive model: every report as a plain dict, and the facets built from them.

``plain_report`` turns a Pelican article into the dict ``facets.py`` works on;
``build_archive`` groups the copies of one report into works (``works.find_works``) and
builds the places, initiatives, years and chart from the works, once per build (the
matrix is built per province, by ``pages.matrix_pages``);
``neighbours`` finds each report's previous and next report of the same town. Pure
functions of the reports: nothing here writes a file.

**Facets count works, not copies** (issue 13). A report republished by the county site,
a portal and a mirror is one report to a researcher counting what townships did: every
count and list of the facet pages, the home page, the chart and the matrix holds one
entry per work (``work_entry``), at the place and date of its primary copy, and says how
many other copies it has. The report pages, feeds of all reports, catalog.csv and the
search index still hold every copy (each keeps its raw file and page).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..ingest.html_text import BODY_LINES, html_to_text
from ..ingest.initiative_vocabulary import Initiative, load_vocabulary
from . import facets
from .cache import digest
from .chart import timeline_svg
from .date_display import date_kind, date_label
from .works import Work, find_works, work_fields


def vocabulary_entries(path: Path | None) -> dict[str, Initiative]:
    """Canonical name → ``Initiative``, from the initiative vocabulary at ``path`` (read by
    ingest's ``load_vocabulary``, the one reader of that file); none if there is no file."""
    if not path or not Path(path).exists():
        return {}
    return dict(load_vocabulary(Path(path)).initiatives)


@dataclass
class Archive:
    """Everything the facet templates need, built once per build."""

    reports: list[dict]  # every copy, newest first
    works: list[dict]  # one entry per work (``work_entry``), newest first: what facets count
    groups: list[Work]  # the works: which reports are copies of which
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
    def reprints(self) -> int:
        """Copies beyond one per work: reprints, excerpts and mirrors not counted again."""
        return len(self.reports) - len(self.works)

    @property
    def stats(self) -> list[tuple[str, int]]:
        levels = [p.level for p in self.places.values()]
        return [
            ("篇报道", len(self.works)),
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
    return shown_as(report)


def shown_as(report: dict) -> dict:
    """Set what lists show of a report's date and place (labels, the place's page) from
    its fields, and return it."""
    report["date_label"] = date_label(report)
    report["date_kind"] = date_kind(report)
    report["town_label"] = facets.town_label(report)
    trail = facets.place_trail(report)
    report["place_url"] = trail[-1].url if trail else None
    return report


def work_entry(work: Work, by_id: dict[str, dict]) -> dict:
    """What facet pages list and count for one work: its primary copy's report, with the
    place and date the work takes, the initiatives any copy names and ``copy_count``.

    A work of one copy is its report itself (nothing copied). Otherwise the primary's
    place and date, and where the primary lacks one, another copy's (``work_fields``),
    named in ``work_evidence``; a copy placed in the town is more exact than a primary
    placed in its county only. An initiative counts for the work when any copy names it:
    an excerpt that stops before the paragraph naming it, or a reprint that adds a
    sentence, is still the same report about the same township's work, and search finds
    a work by any of its copies too. ``copy_texts``: the other copies' texts, where an
    initiative page finds the sentence naming an initiative the primary does not.

    >>> a = {"id": "a", "date": "2023-07-25", "division_code": "610929", "province": "陕西省",
    ...      "prefecture": "安康市", "county": "白河县", "initiatives": ["三联"], "text": "甲"}
    >>> b = dict(a, id="b", date=None, division_code="610929101", township="宋家镇",
    ...          initiatives=["三联", "五聚焦"], text="乙")
    >>> entry = work_entry(Work("a", ("a", "b"), "earliest stated date"), {"a": a, "b": b})
    >>> entry["id"], entry["town_label"], entry["date"], entry["initiatives"], entry["copy_count"]
    ('a', '白河县宋家镇', '2023-07-25', ['三联', '五聚焦'], 2)
    >>> entry["work_evidence"], entry["copy_texts"], a.get("copy_count")
    ({'place': 'b'}, ('乙',), None)
    >>> work_entry(Work("a", ("a",), "only copy"), {"a": a}) is a
    True
    """
    primary = by_id[work.primary]
    if len(work.copies) == 1:
        return primary
    keys = ["place"] if primary.get("date") else ["place", "date_estimate"]
    entry = dict(primary)
    evidence = {}
    for key, (value, source) in work_fields(work, by_id, keys).items():
        entry.update(value if key == "place" else {key: value})
        if source != work.primary:
            evidence[key] = source
    copies = [by_id[ident] for ident in work.copies]
    names = (name for copy in copies for name in copy.get("initiatives") or [])
    entry["initiatives"] = list(dict.fromkeys(names))
    entry["copy_count"] = len(copies)
    entry["work_evidence"] = evidence
    entry["copy_texts"] = tuple(copy.get("text") or "" for copy in copies[1:])
    return shown_as(entry)


def content_keys(archive: Archive, report_keys: dict[str, str]) -> dict[int, str]:
    """``id()`` of each report and work entry → its content key (``report_keys``: report
    id → key), for ``cache.context_digest``: a work entry is made from its copies in order
    (``work_entry``), so its key is theirs, and it changes when a copy is found or lost."""
    keys = {id(r): report_keys[r["id"]] for r in archive.reports}
    by_primary = {w.primary: w for w in archive.groups}
    for entry in archive.works:
        if id(entry) not in keys:
            copies = by_primary[entry["id"]].copies
            keys[id(entry)] = digest("work", [report_keys[c] for c in copies])
    return keys


def build_archive(reports: list[dict], vocabulary: dict, site_url: str) -> Archive:
    """The archive model of these reports (``plain_report`` dicts): facets of their works.

    >>> town = {"division_code": "610929101", "province": "陕西省", "prefecture": "安康市",
    ...         "county": "白河县", "township": "宋家镇", "initiatives": ["五聚焦"]}
    >>> text = "宋家镇坚持党建引领发展。镇党委建立干部培养机制。全镇培养示范户56户。"
    >>> rs = [dict(town, id="seed", date="2023-07-25", text=text),
    ...       dict(town, id="reprint", date="2023-07-27", text=text),
    ...       dict(town, id="excerpt", date=None, text=text)]
    >>> archive = build_archive(rs, {}, "")
    >>> len(archive.reports), len(archive.works), archive.reprints, archive.stats[0]
    (3, 1, 2, ('篇报道', 1))
    >>> [(p.name, p.count, p.reprints) for p in archive.places.values()][-1]
    ('宋家镇', 1, 2)
    >>> [(g.year, len(g.stated)) for g in archive.years], len(archive.initiatives[0].reports)
    ([(2023, 1)], 1)
    """
    reports = facets.newest_first(reports)
    groups = find_works(reports)
    by_id = {r["id"]: r for r in reports}
    works = facets.newest_first(work_entry(w, by_id) for w in groups)
    places = facets.build_places(works)
    initiatives = facets.build_initiatives(works, vocabulary)
    years, undated = facets.build_years(works)
    archive = Archive(
        reports=reports,
        works=works,
        groups=groups,
        places=places,
        roots=facets.place_roots(places),
        unplaced=facets.unplaced(works),
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

    Every copy of a work is a report of its town here: the page of a reprint leads to its
    neighbours too. Each place's reports are put in order once, not once per report.

    >>> town = {"division_code": "610926104", "province": "陕西省", "prefecture": "安康市",
    ...         "county": "平利县", "township": "兴隆镇"}
    >>> rs = [dict(town, id=i, date=d) for i, d in (("a", "2021"), ("b", "2023"), ("c", "2022"))]
    >>> archive = build_archive(rs, {}, "")
    >>> pairs = neighbours(archive, {r["id"]: facets.place_trail(r) for r in rs})
    >>> {i: tuple(r and r["id"] for r in pair) for i, pair in sorted(pairs.items())}
    {'a': (None, 'c'), 'b': ('c', None), 'c': ('a', 'b')}
    """
    in_order: dict[str, tuple[list[dict], dict[str, int]]] = {}
    by_place: dict[str, list[dict]] = {}
    for report in archive.reports:
        trail = trails.get(report["id"])
        if trail:
            by_place.setdefault(trail[-1].code, []).append(report)
    pairs = {}
    for ident, trail in trails.items():
        if not trail:
            pairs[ident] = (None, None)
            continue
        code = trail[-1].code
        if code not in in_order:
            siblings = facets.oldest_first(by_place[code])
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
