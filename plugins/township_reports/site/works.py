"""Works and copies: which reports are one report published again by other sites (issue 13).

A township's post is copied by the county site, the prefecture portal, a paper, mirrors
that add converter pinyin or their own furniture; some copies stop after a few
paragraphs, change a sentence, date the copy the day they took it. After ingest every
copy is the same cleaned, simplified body, give or take those edits. ``find_works``
groups reports into works and chooses each work's primary copy. It is a pure function
of the bodies and front matter the site reads anyway, fast enough to run on every
build (below), so nothing is computed at ingest or stored.

How copies are found: **sentence fingerprints, containment, and the place**.

1. A body is cut into sentences (at 。！？；, line ends), each normalised to its letters
   and digits (punctuation, spaces and Markdown escapes dropped, so full-width, flattened
   and restored punctuation agree); headings, sentences under ``MIN_SENTENCE``
   characters and an opening dateline (``本网讯（通讯员 王密）``: each site writes its own)
   are left out.
2. Two reports are copies when the smaller one's text is nearly all in the other: the
   sentences they share make up ``CONTAINMENT`` of its characters (a truncated copy is
   wholly contained; an edited sentence costs only its own length), they share at least
   ``MIN_SHARED`` sentences, and they are not placed in two different towns or counties
   (``same_place``).
3. Candidates come from an inverted index probed with each report's rarest sentences,
   just enough of them to exceed ``1 − CONTAINMENT`` of its characters: one of them is
   in any report that contains it, so no pair above the threshold is missed (prefix
   filtering), and boilerplate shared by hundreds of reports is never a probe. The
   check is exact, so the result depends neither on hash values nor on the input order.
4. Copies are joined transitively (a work is a connected group), but a group never spans
   two places: an unplaced copy matching two towns' reports does not join them.

Why the place: township reports are written from the same templates. The bench corpus
(bench/make_corpus.py) builds different reports of different towns from the same seed
paragraphs, as real ones are; among 10,000 such reports text alone joins 510 pairs of
*different* reports directly (all of two different towns) and 31,082 through chains,
against 1,310 pairs of copies. A copy of a report is about the same town, and ingest places each copy from
its own text, so two reports placed in different towns are kept apart; a copy placed
only in its county (a county site's version) still matches its town.

Why not MinHash + LSH (``datasketch``, measured with bench/works_bench.py, table in the
plugin README): MinHash estimates the *Jaccard* similarity of whole bodies. A copy that
keeps 2 of 7 paragraphs has a Jaccard similarity of about 0.3 to its original, and
different reports sharing seed paragraphs reach 0.5 or more, so no threshold works:
with the same place rule, Jaccard ≥ 0.3 found 94 % of the copy pairs at 1,000 reports.
It also needs numpy and scipy, and its signatures cost ~18 s of CPU per 10,000 reports,
so they would have to be computed at ingest and stored. Sentence fingerprints group
10,000 reports in ~1.3 s of CPU (``find_works`` with primaries and differences ~1.7 s),
under 3 % of a cold build, with pairwise precision 100 % and recall 99.5 %.

Never: merge or drop a report (every copy keeps its page), or let the order of the
input decide a primary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# A sentence ends at 。！？； (or their ASCII forms) or at the end of a line.
_SENTENCE_END = re.compile(r"[。！？；!?;\n]+")
_NOT_TEXT = re.compile(r"[\W_]+")
_HEADING = re.compile(r"^\s*#{1,6}\s")
_SENTENCE_ENDED = re.compile(r"[。！？!?]")
HEADING_CHARS = 25  # a line this short with no sentence end is a heading, marked or not
# A dateline with its byline opening a report: the reprinting site writes its own.
_DATELINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fffA-Za-z0-9]{0,16}?[讯电]\s*[（(【][^）)】]{0,30}[）)】]"
    r"|本[报网站台刊]讯|[（(【](?:记者|通讯员)[^）)】]{0,30}[）)】])"
)
MIN_SENTENCE = 6  # normalised characters; shorter ones (其中, 一是) say nothing about a copy
CONTAINMENT = 0.8  # share of the smaller report's text (its sentences' characters) in the other
MIN_SHARED = 3  # sentences two copies share at least


def sentences(body: str) -> list[str]:
    """The body's sentences, normalised to letters and digits; headings left out.

    Punctuation, Markdown escapes and spaces are dropped, so a copy whose scraper
    flattened ``，`` to ``,`` reads the same.

    >>> sentences("## 抓党建促发展\\n\\n近年来，平利县兴隆镇坚持党建引领。一是建强班子！\\n")
    ['近年来平利县兴隆镇坚持党建引领', '一是建强班子']
    >>> sentences("近年来,平利县兴隆镇坚持党建引领;其中:。")
    ['近年来平利县兴隆镇坚持党建引领']

    A dateline opening the report is the reprinting site's, not the report's:

    >>> sentences("本网讯（通讯员 王密）今年以来，平利县兴隆镇把抓党建作为最大政绩。")
    ['今年以来平利县兴隆镇把抓党建作为最大政绩']
    """
    found = []
    for line in body.splitlines():
        if _is_heading(line):
            continue
        if not found:
            line = _DATELINE.sub("", line, count=1)
        for piece in _SENTENCE_END.split(line):
            text = _NOT_TEXT.sub("", piece)
            if len(text) >= MIN_SENTENCE:
                found.append(text)
    return found


def _is_heading(line: str) -> bool:
    """A Markdown heading, or a short line with no sentence end (a heading ingest left plain).

    >>> _is_heading("## 抓党建促发展"), _is_heading("全力夯实社会根基"), _is_heading("培养示范户56户。")
    (True, True, False)
    """
    if _HEADING.match(line):
        return True
    return not _SENTENCE_ENDED.search(line) and len(_NOT_TEXT.sub("", line)) <= HEADING_CHARS


def text_length(body: str) -> int:
    """The length copies are compared by: the characters of the body's sentences
    (headings, an opening dateline and punctuation left out, as when finding copies).

    >>> text_length("## 标题\\n\\n本网讯（通讯员 王密）兴隆镇坚持党建引领，发展产业。")
    13
    """
    return sum(len(s) for s in sentences(body))


# --- copies ------------------------------------------------------------------


def _fingerprints(body: str) -> tuple[dict[int, int], int]:
    """(sentence hash → its length, ``text_length``) of one body, in one pass.

    hash() differs between processes; the result depends only on equality (module docstring).
    """
    found = sentences(body)
    return {hash(s): len(s) for s in found}, sum(len(s) for s in found)


def same_place(a: str | None, b: str | None) -> bool:
    """Could two reports placed at these division codes be one report? Unplaced: yes.

    A county site's copy may be placed in the county only (6 digits), the town's own
    post in the town (9 digits): the same place, known less exactly.

    >>> same_place("610926104", "610926"), same_place("610926104", None)
    (True, True)
    >>> same_place("610926104", "610926107"), same_place("610926", "610981")
    (False, False)
    """
    return not a or not b or a.startswith(b) or b.startswith(a)


def copy_pairs(
    bodies: list[str],
    places: list[str | None] | None = None,
    containment: float = CONTAINMENT,
    min_shared: int = MIN_SHARED,
) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, of bodies that are copies of each other.

    ``places`` (division codes, or None where unplaced) keeps apart reports placed in
    different towns, however much text they share.

    >>> lede = "近年来，平利县兴隆镇坚持以高质量党建引领经济社会发展。"
    >>> part = "镇党委建立了干部培养任用机制。全镇带头创业党员达到100余名。培养示范户56户。"
    >>> other = "潼关县太要镇党委聚焦组织振兴。镇党委建立了干部培养任用机制。全镇带头创业党员达到90余名。"
    >>> sorted(copy_pairs([lede + part + "下一步将继续巩固成果。", lede + part, other]))
    [(0, 1)]
    >>> copy_pairs([lede + part, lede + part], ["610926104", "610523101"])
    set()
    """
    prints = [_fingerprints(body)[0] for body in bodies]
    return _pairs(prints, places or [None] * len(bodies), containment, min_shared)


def _pairs(
    prints: list[dict[int, int]], places: list[str | None], containment: float, min_shared: int
) -> set[tuple[int, int]]:
    sizes = [sum(p.values()) for p in prints]
    postings: dict[int, list[int]] = {}
    for i, fingerprint in enumerate(prints):
        for h in fingerprint:
            postings.setdefault(h, []).append(i)
    pairs = set()
    for i, fingerprint in enumerate(prints):
        if len(fingerprint) < min_shared:
            continue
        # Probe with the rarest sentences, until more than (1 − containment) of the text:
        # one of them is in any report that contains this one (see the module docstring).
        keys, covered = [], 0
        for h in sorted(fingerprint, key=lambda h: (len(postings[h]), h)):
            keys.append(h)
            covered += fingerprint[h]
            if covered > (1 - containment) * sizes[i]:
                break
        candidates = {j for h in keys for j in postings[h] if j != i}
        for j in candidates:
            if (sizes[j], j) < (sizes[i], i):
                continue  # the smaller report (or the first of two alike) checks the pair
            if not same_place(places[i], places[j]):
                continue
            other = prints[j]
            shared = [h for h in fingerprint if h in other]
            if len(shared) >= min_shared and sum(fingerprint[h] for h in shared) >= (
                containment * sizes[i]
            ):
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _groups(
    n: int, pairs: Iterable[tuple[int, int]], places: list[str | None] | None = None
) -> list[list[int]]:
    """Connected groups of the pairs, in order of their first member.

    A group never spans two places: an unplaced copy, or one placed in its county only,
    matching copies of two towns' reports would otherwise join two works through it.
    Pairs are taken in order, so the outcome is the same on every run.

    >>> _groups(4, [(0, 1), (1, 2)], ["610926104", None, "610926107", None])
    [[0, 1], [2], [3]]
    """
    parent = list(range(n))
    place = list(places or [None] * n)  # a group's most exact place, at its root

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, j in sorted(pairs):
        a, b = root(i), root(j)
        if a == b or not same_place(place[a], place[b]):
            continue
        keep, other = min(a, b), max(a, b)
        parent[other] = keep
        place[keep] = max(place[a] or "", place[b] or "", key=len) or None
    groups: dict[int, list[int]] = {}
    for k in range(n):
        groups.setdefault(root(k), []).append(k)
    return list(groups.values())


# --- the primary copy, and what the others change ---------------------------


def date_order(date: str | None) -> str:
    """A stated date as a sort key in which a coarser date comes after the finer dates
    inside its span: ``2021-03-05`` is not known to be earlier than ``2021-03-05T10:20``.

    >>> sorted(["2021-03-05", "2021-03-05T10:20", "2021-03", "2021-03-04T23:59:59"],
    ...        key=date_order)
    ['2021-03-04T23:59:59', '2021-03-05T10:20', '2021-03-05', '2021-03']
    """
    return (date or "") + "~"  # "~" sorts after digits, "-", ":" and "T"


def _step_count(report: Mapping, step: str) -> int:
    for entry in (report.get("provenance") or {}).get("steps") or ():
        if isinstance(entry, Mapping) and entry.get("step") == step:
            return int(entry.get("count") or 0)
    return 0


@dataclass(frozen=True)
class CopyDifference:
    """What one copy changes against the work's primary copy, as far as ingest can tell."""

    id: str
    script: str | None  # the copy's script when it is not the primary's, else None
    pinyin: int  # converter pinyin annotations ingest removed from the copy
    chrome: int  # lines of site furniture ingest removed from the copy (primary: chrome_primary)
    chrome_primary: int
    length_ratio: float  # the copy's text length / the primary's
    truncated: bool  # the copy ends early: the primary's last sentences are missing
    sentences_added: int  # sentences of the copy the primary does not have
    sentences_missing: int  # sentences of the primary the copy lacks, a truncated end excluded
    date: bool  # the stated date differs (or one copy states none)
    authors: bool  # the byline differs
    title: bool  # the headline differs

    def labels(self) -> list[str]:
        """The differences in words, for a list of copies (English keys; the site words them).

        >>> CopyDifference("b", "traditional", 1480, 6, 2, 0.4, True, 0, 0, True, False,
        ...                False).labels()
        ['script: traditional', 'pinyin added', 'more chrome', 'truncated', 'date']
        """
        found = []
        if self.script:
            found.append(f"script: {self.script}")
        if self.pinyin:
            found.append("pinyin added")
        if self.chrome > self.chrome_primary:
            found.append("more chrome")
        if self.truncated:
            found.append("truncated")
        if self.sentences_added or self.sentences_missing:
            found.append("edited")
        found += [name for name in ("date", "authors", "title") if getattr(self, name)]
        return found


@dataclass(frozen=True)
class Work:
    """One report and its copies: ``copies`` has the primary first, then the others in order."""

    primary: str
    copies: tuple[str, ...]
    why_primary: str  # "only copy" | "earliest stated date" | "longest text"
    differences: dict[str, CopyDifference] = field(default_factory=dict)  # non-primary id →


def _primary_key(report: Mapping, length: int) -> tuple:
    """Earliest stated date first; then, and for undated copies, the longest text; then id."""
    date = report.get("date")
    return (date is None, date_order(str(date)) if date else "", -length, str(report["id"]))


def _difference(copy: Mapping, primary: Mapping, lengths: tuple[int, int]) -> CopyDifference:
    mine, theirs = sentences(_body(copy)), sentences(_body(primary))
    mine_set, theirs_set = set(mine), set(theirs)
    missing = [k for k, s in enumerate(theirs) if s not in mine_set]
    # A truncated copy lacks a run of the primary's last sentences (after its last shared one).
    last_shared = max((k for k, s in enumerate(theirs) if s in mine_set), default=-1)
    tail = len(theirs) - 1 - last_shared
    truncated = tail >= 2 and lengths[0] < lengths[1]
    script = copy.get("script")
    return CopyDifference(
        id=str(copy["id"]),
        script=script if script and script != primary.get("script") else None,
        pinyin=_step_count(copy, "unannotate"),
        chrome=_step_count(copy, "dechrome"),
        chrome_primary=_step_count(primary, "dechrome"),
        length_ratio=round(lengths[0] / lengths[1], 3) if lengths[1] else 1.0,
        truncated=truncated,
        sentences_added=sum(1 for s in mine if s not in theirs_set),
        sentences_missing=len(missing) - (tail if truncated else 0),
        date=copy.get("date") != primary.get("date"),
        authors=list(copy.get("authors") or []) != list(primary.get("authors") or []),
        title=copy.get("title") != primary.get("title"),
    )


def _body(report: Mapping) -> str:
    return str(report.get("body") if report.get("body") is not None else report.get("text") or "")


def find_works(reports: Iterable[Mapping]) -> list[Work]:
    """Reports → works (every report in exactly one), sorted by their primary copy's id.

    A report is a mapping with ``id`` and ``body`` (the Markdown body ingest wrote) or
    ``text`` (the body as plain text: the reader's ``report_text`` gives the same
    sentences), and the front matter keys ``division_code``, ``date``, ``script``,
    ``authors``, ``title`` and ``provenance`` where known (the site's ``plain_report``). The primary copy is the one
    with the earliest stated date; among copies without one (or the same date), the
    longest text; then the smallest id.

    >>> seed = ("近年来，平利县兴隆镇坚持以高质量党建引领经济社会发展，不断夯实基层基础。\\n\\n"
    ...         "## 建强班子\\n\\n镇党委建立了农村基层干部培养任用、激励保障工作机制。"
    ...         "把8名致富创业标兵吸收为中共党员。今年以来，共帮建班子10个。\\n\\n"
    ...         "全镇带头创业党员干部达到100余名，建立党员创业示范基地6个。"
    ...         "培养党员创业科技致富示范户56户。\\n")
    >>> reports = [
    ...     {"id": "c3", "body": seed, "date": "2023-05-06T10:20", "script": "simplified"},
    ...     {"id": "a1", "body": seed.replace("## 建强班子\\n\\n", ""), "date": "2023-05-09",
    ...      "script": "traditional", "provenance": {"steps": [
    ...          {"step": "unannotate", "count": 295}, {"step": "dechrome", "count": 5}]}},
    ...     {"id": "b2", "body": seed.split("\\n\\n全镇")[0], "date": None},
    ...     {"id": "d4", "body": seed.replace("平利县兴隆镇", "潼关县太要镇")
    ...                             .replace("100余名", "76名").replace("56户", "31户")},
    ... ]
    >>> works = find_works(reports)
    >>> [(w.primary, w.copies, w.why_primary) for w in works]
    [('c3', ('c3', 'a1', 'b2'), 'earliest stated date'), ('d4', ('d4',), 'only copy')]
    >>> works[0].differences["a1"].labels()
    ['script: traditional', 'pinyin added', 'more chrome', 'date']
    >>> works[0].differences["b2"].labels(), works[0].differences["b2"].length_ratio
    (['truncated', 'date'], 0.654)
    """
    reports = list(reports)
    cut = [_fingerprints(_body(r)) for r in reports]
    lengths = [length for _, length in cut]
    places = [r.get("division_code") for r in reports]
    pairs = _pairs([p for p, _ in cut], places, CONTAINMENT, MIN_SHARED)
    works = []
    for group in _groups(len(reports), pairs, places):
        ordered = sorted(group, key=lambda k: _primary_key(reports[k], lengths[k]))
        first = reports[ordered[0]]
        if len(ordered) == 1:
            why = "only copy"
        elif first.get("date"):
            why = "earliest stated date"
        else:
            why = "longest text"
        differences = {
            str(reports[k]["id"]): _difference(reports[k], first, (lengths[k], lengths[ordered[0]]))
            for k in ordered[1:]
        }
        works.append(
            Work(str(first["id"]), tuple(str(reports[k]["id"]) for k in ordered), why, differences)
        )
    works.sort(key=lambda w: w.primary)
    return works


# --- what a work shows ----------------------------------------------------------

PLACE_KEYS = ("division_code", "province", "prefecture", "county", "township")
WORK_FIELDS = ("place", "date", "date_estimate", "title", "authors", "source")


def work_fields(
    work: Work, by_id: Mapping[str, Mapping], keys: Iterable[str] = WORK_FIELDS
) -> dict[str, tuple[object, str]]:
    """The fields a work shows on facet pages: key → (value, id of the copy it comes from).

    The primary's own value, unless it lacks it: then the first other copy (in the
    work's order) that has one, named as the evidence. ``place`` is the place keys
    together, and a copy placed in the same county's town is more exact than a primary
    placed only in the county.

    >>> primary = {"id": "a", "division_code": "610926", "county": "平利县", "date": None,
    ...            "title": "兴隆镇党建", "authors": []}
    >>> copy = {"id": "b", "division_code": "610926104", "county": "平利县",
    ...         "township": "兴隆镇", "date": None, "authors": ["王密"]}
    >>> fields = work_fields(Work("a", ("a", "b"), "longest text"), {"a": primary, "b": copy},
    ...                      ("place", "title", "authors"))
    >>> fields["place"][0]["township"], fields["place"][1], fields["title"], fields["authors"]
    ('兴隆镇', 'b', ('兴隆镇党建', 'a'), (['王密'], 'b'))
    """
    copies = [by_id[ident] for ident in work.copies]
    found: dict[str, tuple[object, str]] = {}
    for key in keys:
        if key == "place":
            best = max(
                copies, key=lambda c: len(str(c.get("division_code") or ""))
            )  # max keeps the first of equals: the primary when it is as exact as any
            found[key] = ({k: best.get(k) for k in PLACE_KEYS}, str(best["id"]))
            continue
        source = next((c for c in copies if c.get(key) not in (None, "", [], {})), copies[0])
        found[key] = (source.get(key), str(source["id"]))
    return found
