"""Facets of the archive, built from plain report dicts: places, initiatives, years, matrix.

Input: report dicts as in FRONT_MATTER.md, plus ``page`` (the report's site-relative URL)
and ``text`` (its plain body text, one paragraph per line). Output: plain dataclasses the
templates render. Nothing here reads files or knows about Pelican.

The archive gives these functions one entry per *work* (``archive.work_entry``: a report
and its reprints are one work), so every ``count`` here counts works; an entry standing
for several copies has ``copy_count``, and ``reprint_count`` says how many copies the
counts leave out, for the pages to say so.

Identity rules (URLs must be unique and stable):

- A place is its statistical division code: ``places/<code>.html``. Province, prefecture
  and county codes are prefixes of the town's 9-digit code padded with zeros
  (``610981111`` → ``610000``, ``610900``, ``610981``). Names never identify a place:
  兴隆镇 exists in dozens of counties, and 陕西/山西 romanise alike.
- An initiative is its canonical name, but its URL is ``initiatives/<slug>.html`` with
  ``slug`` = the first 10 hex digits of sha256 of the name. Canonical names include
  detected slogans such as ``7+X`` or ``1+3+N``: ``+`` is read as a space by some static
  hosts, ``/`` would make a folder, and CJK file names are mangled by some zip tools
  and upload clients. A hash is ASCII, fixed-length and stable as long as the
  canonical name is; collisions are checked at build time.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..ingest import schema
from ..ingest.initiative_vocabulary import Initiative
from ..ingest.town_spellings import is_legal_name_of
from .date_display import date_kind, report_years, sort_date

LEVELS = tuple(level for level, _ in schema.DIVISION_LEVELS)
LEVEL_LABELS = {"province": "省", "prefecture": "市", "county": "县", "town": "镇"}
UNPLACED_LABEL = "未定位"


def reprint_count(entries) -> int:
    """Copies these works have beyond one each: what a count of works does not count again.

    >>> reprint_count([{"id": "a", "copy_count": 3}, {"id": "b"}, {"id": "c", "copy_count": 2}])
    3
    """
    return sum(entry.get("copy_count", 1) - 1 for entry in entries)


def report_key(report: dict):
    """Chronological order (undated last when reversed), then id for a stable tie-break."""
    return (sort_date(report), report["id"])


def newest_first(reports):
    return sorted(reports, key=report_key, reverse=True)


def oldest_first(reports):
    return sorted(reports, key=report_key)


def display_title(report: dict) -> str:
    """The title as shown: a title ingest had to devise is bracketed with 〔〕.

    >>> display_title({"title": "平利县兴隆镇党建工作", "title_devised": True})
    '〔平利县兴隆镇党建工作〕'
    >>> display_title({"title": "神河镇“升级晋档”推动党建经济双丰收", "title_devised": False})
    '神河镇“升级晋档”推动党建经济双丰收'
    """
    return f"〔{report['title']}〕" if report.get("title_devised") else report["title"]


# ---------------------------------------------------------------- places


@dataclass
class Place:
    """A place of the archive's place tree: a unit of the statistical division (its
    ``level``, division ``code`` and ``name``, as in the gazetteer) with the reports beneath
    it and the codes of its children. Where one report is from is its place fields
    (``schema.PLACE_FIELDS``; ingest's ``Location``): ``place_trail`` turns them into Places.
    """

    level: str
    code: str
    name: str
    parent: str | None = None
    children: list[str] = field(default_factory=list)
    reports: list[dict] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"places/{self.code}.html"

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS[self.level]

    @property
    def count(self) -> int:
        return len(self.reports)

    @property
    def reprints(self) -> int:
        return reprint_count(self.reports)


def place_trail(report: dict) -> list[Place]:
    """The chain province › prefecture › county › town of a report, identified by codes.

    >>> r = {"division_code": "610981111", "province": "陕西省", "prefecture": "安康市",
    ...      "county": "旬阳市", "township": "神河镇"}
    >>> [(p.level, p.code, p.name) for p in place_trail(r)]
    [('province', '610000', '陕西省'), ('prefecture', '610900', '安康市'), ('county', '610981', '旬阳市'), ('town', '610981111', '神河镇')]

    Only the county known (6-digit code): the trail stops at the county.

    >>> [p.code for p in place_trail(dict(r, division_code="610981", township=None))]
    ['610000', '610900', '610981']

    Unplaced reports have no trail.

    >>> place_trail({"division_code": None})
    []
    """
    code = report.get("division_code")
    if not code:
        return []
    name_field = dict(schema.DIVISION_LEVELS)
    trail: list[Place] = []
    for level, level_code in schema.division_chain(str(code)):
        name = report.get(name_field[level])
        if not name:
            if level == "prefecture":  # e.g. counties directly under a province
                continue
            name = f"（{level_code}）"
        trail.append(Place(level, level_code, name, parent=trail[-1].code if trail else None))
    return trail


def town_of(report: dict) -> Place | None:
    """The town a report is in, if it is placed down to a town.

    >>> town_of({"division_code": "610981111", "county": "旬阳市", "township": "神河镇"}).code
    '610981111'
    >>> town_of({"division_code": "610981", "county": "旬阳市"}) is None
    True
    """
    trail = place_trail(report)
    return trail[-1] if trail and trail[-1].level == "town" else None


def town_label(report: dict) -> str:
    """A town named so that it cannot be confused: county + town.

    >>> town_label({"county": "平利县", "township": "兴隆镇"})
    '平利县兴隆镇'
    >>> town_label({"county": "白河县", "township": None})
    '白河县'
    >>> town_label({"county": None, "township": None})
    '未定位'
    """
    label = (report.get("county") or "") + (report.get("township") or "")
    return label or UNPLACED_LABEL


def build_places(reports: list[dict]) -> dict[str, Place]:
    """Every place any report is in, keyed by code; each lists all reports beneath it.

    The same town name in two counties gives two places:

    >>> a = {"id": "a", "date": "2023-01-01", "division_code": "610926104", "province": "陕西省",
    ...      "prefecture": "安康市", "county": "平利县", "township": "兴隆镇"}
    >>> b = {"id": "b", "date": "2022-01-01", "division_code": "610929106", "province": "陕西省",
    ...      "prefecture": "安康市", "county": "白河县", "township": "兴隆镇"}
    >>> places = build_places([a, b])
    >>> [(p.code, p.name, p.count) for p in places.values() if p.level == "town"]
    [('610926104', '兴隆镇', 1), ('610929106', '兴隆镇', 1)]
    >>> places["610900"].count, places["610900"].children
    (2, ['610926', '610929'])

    An ethnic township's legal name, where one report writes it, names its page for all:

    >>> c = dict(a, id="c", division_code="230881205", province="黑龙江省", prefecture="佳木斯市",
    ...          county="同江市", township="八岔乡")
    >>> build_places([c, dict(c, id="d", township="八岔赫哲族乡")])["230881205"].name
    '八岔赫哲族乡'
    """
    places: dict[str, Place] = {}
    for report in reports:
        for node in place_trail(report):
            place = places.setdefault(node.code, node)
            if node.name != place.name and is_legal_name_of(node.name, place.name):
                place.name = node.name  # 八岔赫哲族乡 over the table's 八岔乡
            place.reports.append(report)
            if place.parent and place.code not in places[place.parent].children:
                places[place.parent].children.append(place.code)
    for place in places.values():
        place.children.sort()
        place.reports = newest_first(place.reports)
    return dict(sorted(places.items()))


def place_roots(places: dict[str, Place]) -> list[Place]:
    return [p for p in places.values() if p.parent is None]


def unplaced(reports: list[dict]) -> list[dict]:
    return newest_first(r for r in reports if not r.get("division_code"))


# ---------------------------------------------------------------- initiatives


@functools.lru_cache(maxsize=4096)
def initiative_slug(name: str) -> str:
    """ASCII, fixed-length, stable URL slug of an initiative's canonical name.

    >>> initiative_slug("三联"), initiative_slug("7+X")
    ('cc97c5dd2b', '81397395e9')
    >>> initiative_slug("三联") == initiative_slug(unicodedata.normalize("NFD", "三联"))
    True
    """
    return hashlib.sha256(unicodedata.normalize("NFC", name).encode("utf-8")).hexdigest()[:10]


@dataclass
class InitiativeFacet:
    """An initiative as the archive shows it: the ``Initiative`` (the vocabulary's entry, or
    just the name of a slogan ingest found that the vocabulary does not list), the reports
    that name it and their towns."""

    initiative: Initiative
    in_vocabulary: bool = False
    reports: list[dict] = field(default_factory=list)
    towns: list[Place] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.initiative.name

    @property
    def description(self) -> str:
        return self.initiative.description

    @functools.cached_property
    def aliases(self) -> list[str]:
        """Its other spellings (the name itself is never one of them)."""
        return [a for a in self.initiative.aliases if a != self.name]

    @property
    def reprints(self) -> int:
        return reprint_count(self.reports)

    @property
    def slug(self) -> str:
        return initiative_slug(self.name)

    @property
    def url(self) -> str:
        return f"initiatives/{self.slug}.html"

    # Computed once, when first asked for: build_initiatives has set ``reports`` by then,
    # and the index page asks for them several times per initiative.
    @functools.cached_property
    def years(self) -> list[int]:
        return sorted({y for r in self.reports for y in report_years(r)})

    @functools.cached_property
    def stated_years(self) -> set[int]:
        """Years with at least one report whose date is stated (the rest are estimates)."""
        return {y for r in self.reports if date_kind(r) == "stated" for y in report_years(r)}

    @property
    def terms(self) -> list[str]:
        """Strings that mark a mention in a body: the name and its aliases, longest first."""
        return sorted({self.name, *self.aliases}, key=lambda t: (-len(t), t))


def build_initiatives(
    reports: list[dict], vocabulary: Mapping[str, Initiative] | None = None
) -> list[InitiativeFacet]:
    """Initiatives in use, most widespread first (number of towns, then of reports, then name).

    ``vocabulary`` maps canonical name → its ``Initiative`` (``initiative_vocabulary``).

    >>> v = {"三联": Initiative("三联", ("三聯", "三联共建"), "支部联建、产业联盟、资源联享。")}
    >>> rs = [
    ...   {"id": "x", "date": "2021-05-01", "initiatives": ["三联", "321"], "division_code": "610926104",
    ...    "province": "陕西省", "prefecture": "安康市", "county": "平利县", "township": "兴隆镇"},
    ...   {"id": "y", "date": "2011-09-14", "initiatives": ["三联"], "division_code": "610981111",
    ...    "province": "陕西省", "prefecture": "安康市", "county": "旬阳市", "township": "神河镇"}]
    >>> [(i.name, len(i.towns), i.years, i.in_vocabulary) for i in build_initiatives(rs, v)]
    [('三联', 2, [2011, 2021], True), ('321', 1, [2021], False)]
    """
    vocabulary = vocabulary or {}
    found: dict[str, InitiativeFacet] = {}
    towns_of: dict[str, Place | None] = {}  # report id → its town (one trail per report)
    for report in reports:
        for name in dict.fromkeys(report.get("initiatives") or []):
            if name not in found:
                found[name] = InitiativeFacet(
                    vocabulary.get(name) or Initiative(name, (), ""),
                    in_vocabulary=name in vocabulary,
                )
            found[name].reports.append(report)
    slugs: dict[str, str] = {}
    for initiative in found.values():
        other = slugs.setdefault(initiative.slug, initiative.name)
        if other != initiative.name:
            raise ValueError(
                f"initiatives {other!r} and {initiative.name!r} share the URL slug "
                f"{initiative.slug}: lengthen initiative_slug() in facets.py"
            )
        towns: dict[str, Place] = {}
        for report in initiative.reports:
            if report["id"] not in towns_of:
                towns_of[report["id"]] = town_of(report)
            town = towns_of[report["id"]]
            if town:
                towns.setdefault(town.code, town)
        initiative.towns = [towns[c] for c in sorted(towns)]
        initiative.reports = newest_first(initiative.reports)
    return sorted(found.values(), key=lambda i: (-len(i.towns), -len(i.reports), i.name))


# ---------------------------------------------------------------- years


@dataclass
class YearGroup:
    year: int
    stated: list[dict] = field(default_factory=list)
    estimated: list[dict] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"years/{self.year}.html"

    @property
    def count(self) -> int:
        return len(self.stated) + len(self.estimated)

    @property
    def reprints(self) -> int:
        return reprint_count(self.stated) + reprint_count(self.estimated)


def build_years(reports: list[dict]) -> tuple[list[YearGroup], list[dict]]:
    """Reports per year, stated and estimated kept apart; plus the reports with no date at all.

    An estimate spanning 2021–2022 is listed (as estimated) under both years.

    >>> rs = [{"id": "song", "date": "2023-07-25T10:50"},
    ...       {"id": "taiyao", "date": None, "date_estimate": {"earliest": "2023-01-01", "latest": "2023-12-31"}},
    ...       {"id": "xinglong", "date": None, "date_estimate": {"earliest": "2021-01-01", "latest": "2022-12-31"}},
    ...       {"id": "lost", "date": None, "date_estimate": None}]
    >>> groups, unknown = build_years(rs)
    >>> [(g.year, [r["id"] for r in g.stated], [r["id"] for r in g.estimated]) for g in groups]
    [(2021, [], ['xinglong']), (2022, [], ['xinglong']), (2023, ['song'], ['taiyao'])]
    >>> [r["id"] for r in unknown]
    ['lost']
    """
    groups: dict[int, YearGroup] = {}
    unknown = []
    for report in reports:
        years = report_years(report)
        if not years:
            unknown.append(report)
        kind = date_kind(report)
        for year in years:
            group = groups.setdefault(year, YearGroup(year))
            (group.stated if kind == "stated" else group.estimated).append(report)
    for group in groups.values():
        group.stated = oldest_first(group.stated)
        group.estimated = oldest_first(group.estimated)
    return [groups[y] for y in sorted(groups)], sorted(unknown, key=lambda r: r["id"])


# ---------------------------------------------------------------- matrix


@dataclass
class Matrix:
    columns: list[InitiativeFacet]
    rows: list[tuple[Place, list[int]]]  # town, reports per column (0 = not used)


def build_matrix(places: dict[str, Place], initiatives: list[InitiativeFacet]) -> Matrix:
    """Which towns use which initiatives: rows are towns in code order, columns as given.

    >>> rs = [{"id": "x", "date": "2021", "initiatives": ["三联", "321"], "division_code": "610926104",
    ...        "province": "陕西省", "prefecture": "安康市", "county": "平利县", "township": "兴隆镇"}]
    >>> m = build_matrix(build_places(rs), build_initiatives(rs))
    >>> [c.name for c in m.columns], [(t.name, cells) for t, cells in m.rows]
    (['321', '三联'], [('兴隆镇', [1, 1])])
    """
    rows = []
    for place in places.values():
        if place.level != "town":
            continue
        counts = Counter(name for r in place.reports for name in r.get("initiatives") or [])
        rows.append((place, [counts.get(i.name, 0) for i in initiatives]))
    return Matrix(columns=list(initiatives), rows=rows)


def initiative_counts(reports: list[dict]) -> list[tuple[str, int]]:
    """Initiatives named by these reports, most frequent first.

    >>> initiative_counts([{"initiatives": ["三联", "321"]}, {"initiatives": ["三联"]}])
    [('三联', 2), ('321', 1)]
    """
    counts = Counter(name for r in reports for name in dict.fromkeys(r.get("initiatives") or []))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def year_counts(reports: list[dict]) -> list[tuple[int, int, int]]:
    """(year, stated, estimated) for these reports, oldest year first.

    >>> year_counts([{"id": "a", "date": "2023-07-25"}, {"id": "b", "date": None, "date_estimate": {"earliest": "2023-01-01", "latest": "2023-12-31"}}])
    [(2023, 1, 1)]
    """
    groups, _ = build_years(reports)
    return [(g.year, len(g.stated), len(g.estimated)) for g in groups]


# ---------------------------------------------------------------- concordance

_SENTENCE_END = re.compile(r"(?<=[。！？；!?])(?![”’」』）)])|\n")
_ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")


def split_sentences(text: str) -> list[str]:
    """Sentences of a body: ends at 。！？； (keeping a closing quote) or a line break.

    >>> split_sentences("扎实推动“三联”机制落地生根。成立领导小组；“好！”\\n第二段")
    ['扎实推动“三联”机制落地生根。', '成立领导小组；', '“好！”', '第二段']
    """
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def find_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where any term occurs, overlaps merged. A term that starts or ends with a digit or
    Latin letter must not continue a longer number or word (321 is not inside 4321).

    >>> find_spans("结合“321”基层治理模式，共4321人", ["321"])
    [(3, 6)]
    >>> find_spans("三联共建与三联机制", ["三联", "三联共建"])
    [(0, 4), (5, 7)]
    """
    spans = []
    for term in terms:
        if not term:
            continue
        start = text.find(term)
        while start != -1:
            end = start + len(term)
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            clash = (_ASCII_ALNUM.match(term[0]) and _ASCII_ALNUM.match(before or " ")) or (
                _ASCII_ALNUM.match(term[-1]) and _ASCII_ALNUM.match(after or " ")
            )
            if not clash:
                spans.append((start, end))
            start = text.find(term, start + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, terms: list[str]) -> list[tuple[str, bool]]:
    """Cut a sentence into (segment, is_match) pieces; templates escape each and mark matches.

    >>> highlight("扎实推动“三联”机制落地生根。", ["三联"])
    [('扎实推动“', False), ('三联', True), ('”机制落地生根。', False)]
    """
    pieces, last = [], 0
    for start, end in find_spans(text, terms):
        if start > last:
            pieces.append((text[last:start], False))
        pieces.append((text[start:end], True))
        last = end
    if last < len(text):
        pieces.append((text[last:], False))
    return pieces


#: Characters of context kept on either side of the mentions in a concordance line. A
#: whole sentence of a report runs to 150 characters and more; an initiative page shows
#: up to ``pages.KWIC_SENTENCES`` of them for each of its reports, so whole sentences
#: made the initiative pages ~150 MB at 10,000 reports (issue 12). The sentence is one
#: click away, on the report's page. 16 characters of Chinese are a clause or two, about
#: what an English KWIC shows in 40 letters; 24 made the concordances ~5 % larger.
KWIC_CONTEXT = 16


def clip_context(pieces: list[tuple[str, bool]], width: int = KWIC_CONTEXT):
    """A sentence cut by ``highlight``, cut to its mentions and ``width`` characters
    either side of each, an ellipsis where text was left out: a concordance line in the
    keyword-in-context form, the mention and what is said about it. Text between two
    mentions is kept whole only when it is no longer than the context both sides keep
    (a sentence naming a slogan at its start and again at its end, 150 characters on, is
    two contexts, not the sentence).

    >>> clip_context([("一二三四五", False), ("三联", True), ("六七八九十。", False)], 2)
    [('…四五', False), ('三联', True), ('六七…', False)]
    >>> clip_context([("推动", False), ("三联", True), ("一二三四五六", False), ("三联", True)], 2)
    [('推动', False), ('三联', True), ('一二…五六', False), ('三联', True)]

    A sentence short enough is left as it is, and so is a short gap between two mentions:

    >>> pieces = [("推动“", False), ("三联", True), ("”与", False), ("三联", True), ("。", False)]
    >>> clip_context(pieces, 3) == pieces
    True
    """
    if not any(hit for _, hit in pieces):
        return pieces
    last = len(pieces) - 1
    clipped = []
    for k, (text, hit) in enumerate(pieces):
        if hit:
            pass
        elif k == 0:
            text = "…" + text[-width:] if len(text) > width else text
        elif k == last:
            text = text[:width] + "…" if len(text) > width else text
        elif len(text) > 2 * width:
            text = text[:width] + "…" + text[-width:]
        clipped.append((text, hit))
    return clipped


def sentences_mentioning(text: str, terms: list[str]) -> list[list[tuple[str, bool]]]:
    """The sentences of a body that mention one of the terms, cut by ``highlight``: the
    lines of an initiative page's concordance.  A report tagged with the initiative whose
    body has no literal mention (the tag came from the title) gets none, and the page
    says so instead of silently dropping it.

    >>> ["".join(s for s, _ in p) for p in sentences_mentioning("推动“三联”。成立小组。\\n三联共建", ["三联"])]
    ['推动“三联”。', '三联共建']
    >>> sentences_mentioning("采取三联共建等措施。", ["三联共建", "三联"])
    [[('采取', False), ('三联共建', True), ('等措施。', False)]]
    """
    # find_spans only finds what ``in`` finds, so lines and sentences without any term are
    # skipped; a line break always ends a sentence, so splitting line by line gives the
    # same sentences as splitting the whole text.
    mentions = _mentions(tuple(terms))
    if not mentions(text):
        return []
    return [
        highlight(s, terms)
        for line in text.split("\n")
        if mentions(line)
        for s in split_sentences(line)
        if mentions(s) and find_spans(s, terms)
    ]


@functools.lru_cache(maxsize=1024)
def _mentions(terms: tuple[str, ...]):
    """A ``search`` function true where any of the terms occurs (one pattern per initiative)."""
    return re.compile("|".join(re.escape(t) for t in terms if t) or "(?!)").search
