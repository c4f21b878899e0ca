"""Building the index: a full build, or an update in place of the reports that changed.

The state file (in ``CACHE_PATH``) records each report's number and digest, so the
next build can update only what changed; ``build_index`` decides which.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ...files import write_atomically
from ..cache import read_cache, write_cache
from .catalogue import (
    COLUMN_REPORTS,
    CSV_FIELDS,
    ROW_FIELDS,
    ROW_REPORTS,
    catalogue_columns,
    column_files,
    row_files,
)
from .fold import FOLD_SHARDS, WHITESPACE, fold_shards
from .index_format import (
    DEFAULT_SHARD_BYTES,
    FACET_VALUES_PER_FILE,
    INDEX_VERSION,
    compact_json,
    decode_g,
    decode_p,
    deltas,
    doc_grams,
    document_json,
    facet_file,
    pack_rank,
    pack_shard,
    position_gaps,
    read_index_file,
    record_digest,
    repack_shard,
    shard_count,
    shard_of,
    stored_bytes,
    stored_name,
    title_pairs,
    year_order,
)
from .records import FACET_KINDS, SearchRecord, facet_values, order_records

DEFAULT_PAGE_SIZE = 20

# --------------------------------------------------------------------------- building


@dataclass
class IndexStats:
    documents: int = 0
    characters: int = 0
    grams: int = 0
    g_shards: int = 0
    p_shards: int = 0
    files_written: int = 0
    files_unchanged: int = 0
    bytes_on_disk: int = 0
    mode: str = "full"  # "unchanged", "full" (every file written anew) or "update"
    changed: int = 0  # an update: reports taken out or put in


class _Writer:
    """Writes index files under one folder (compressed: ``stored_name``), skipping those
    whose bytes did not change, and removes the files a previous build left that this
    one did not write."""

    def __init__(self, root: Path, stats: IndexStats):
        self.root, self.stats, self.written = root, stats, set()

    def write(self, rel: str, content: str | bytes) -> None:
        path = self.root / stored_name(rel)
        data = content.encode("utf-8") if isinstance(content, str) else content
        data = stored_bytes(rel, data)
        self.written.add(path)
        self.stats.bytes_on_disk += len(data)
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                self.stats.files_unchanged += 1
                return
        except FileNotFoundError:
            pass
        write_atomically(path, data)
        self.stats.files_written += 1

    def remove_stale(self, under: Path | None = None) -> None:
        for path in sorted((under or self.root).rglob("*"), reverse=True):
            if path.is_file() and path not in self.written:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()


def index_head(shard_bytes: int, page_size: int) -> list:
    """What every index file depends on besides the reports: format, sizes, OpenCC."""
    import opencc

    catalogue = [COLUMN_REPORTS, ROW_REPORTS]
    return [INDEX_VERSION, shard_bytes, page_size, getattr(opencc, "__version__", ""), catalogue]


def index_version(digests: Iterable[str], head: list) -> str:
    """A digest of everything the index files depend on (report order does not matter:
    the numbering follows from the reports themselves).

    >>> index_version(['b1', 'a2'], [2]) == index_version(['a2', 'b1'], [2])
    True
    """
    digest = hashlib.blake2b(digest_size=8)
    digest.update(compact_json(head).encode())
    for d in sorted(digests):
        digest.update(d.encode())
    return digest.hexdigest()


@dataclass
class UpdatePlan:
    """How an update turns the previous index into the current one."""

    numbers: dict[str, int]  # every current report's number
    outgoing: set[int]  # numbers whose old postings go (reports removed or changed)
    incoming: set[int]  # numbers whose reports are (re)indexed
    slots: int  # numbers in use or free: 0 … slots - 1
    changed: int  # reports added, changed or removed


def plan_update(
    previous: Mapping[str, tuple[int, str]], current: Mapping[str, str], limit: float
) -> UpdatePlan | None:
    """Which report numbers an update takes out and puts in, or None when a full build
    is better (more than ``limit`` of the reports changed, or as many numbers unused).

    ``previous`` is id → (number, digest) of the indexed reports, ``current`` id → digest.
    A changed report keeps its number; a new one takes the lowest number a removed one
    left, else the next.  Numbers are stable, so an update rewrites only the shards of
    the grams of the reports that changed (the date order is kept in ``rank.bin``).

    >>> old = {'e0089f6acc92': (0, 'd1'), '9315f2c26fc9': (1, 'd2'), '4a1c': (2, 'd3')}
    >>> plan = plan_update(old, {'e0089f6acc92': 'd1', '9315f2c26fc9': 'd2*', 'b2c3': 'd4'}, 1)
    >>> plan.numbers, plan.outgoing, plan.incoming, plan.slots, plan.changed
    ({'e0089f6acc92': 0, '9315f2c26fc9': 1, 'b2c3': 2}, {1, 2}, {1, 2}, 3, 3)
    >>> plan_update(old, {'e0089f6acc92': 'd1', 'b2c3': 'd4'}, 0.1) is None
    True
    """
    going = {rid for rid, (_, d) in previous.items() if current.get(rid) != d}
    incoming_ids = sorted(rid for rid, d in current.items() if previous.get(rid, (0, ""))[1] != d)
    changed = len(going.union(incoming_ids))
    if changed > limit * max(len(current), 1):
        return None
    outgoing = {previous[rid][0] for rid in going}
    numbers = {rid: n for rid, (n, _) in previous.items() if rid in current}
    free = sorted((n for rid, (n, _) in previous.items() if rid not in current), reverse=True)
    slots = max((n for n, _ in previous.values()), default=-1) + 1
    for rid in incoming_ids:
        if rid not in numbers:
            numbers[rid] = free.pop() if free else slots
            slots = max(slots, numbers[rid] + 1)
    if slots - len(current) > limit * slots:
        return None
    return UpdatePlan(numbers, outgoing, {numbers[rid] for rid in incoming_ids}, slots, changed)


def postings_of(title: str, body: str) -> tuple[dict[str, tuple[int, int]], dict[str, list]]:
    """One report's part of the index: its ``g`` postings, gram → (hits, hits in the
    title), and its ``p`` postings, bigram → positions.

    >>> g, p = postings_of('三会', '落实三会')
    >>> g['三'], g['三会'], g['落'], p['三会']
    ((2, 1), (2, 1), (1, 0), [-3, 2])
    """
    counts, in_title, positions = doc_grams(title, body)
    g = {gram: (count, in_title.get(gram, 0)) for gram, count in counts.items()}
    g.update({gram: (len(plist), in_title.get(gram, 0)) for gram, plist in positions.items()})
    return g, positions


def changed_postings(before: Mapping, after: Mapping) -> dict:
    """The grams whose postings differ between two versions of a report, each with its
    new posting (None: the new version lacks the gram).  An editor's note appended to a
    report changes the postings of the note's grams, not those of the whole report.

    >>> changed_postings({'党': (1, 0), '建': (1, 0), '课': (1, 0)}, {'党': (1, 0), '建': (2, 0)})
    {'建': (2, 0), '课': None}
    """
    out = {gram: value for gram, value in after.items() if before.get(gram) != value}
    out.update((gram, None) for gram in before.keys() - after.keys())
    return dict(sorted(out.items()))


@dataclass
class GramChange:
    """What an update does to one gram's postings: the report numbers whose postings
    go, then those that come, each with its posting (as ``postings_of`` gives it)."""

    remove: set[int] = field(default_factory=set)
    add: list[tuple[int, object]] = field(default_factory=list)


def merge_g(entry: list | None, change: GramChange) -> list | None:
    """A ``g`` entry (as ``unpack_shard`` reads it) with the change applied, ready for
    ``pack_shard``; None when no report holds the gram any more.

    >>> merge_g([[3, 2], [2, 1], [3, 1]], GramChange({3}, [(4, (7, 2))]))
    [([4, 1], False), ([7, 1], False), ([4, 2], False)]
    >>> merge_g([[3], [2], [3, 1]], GramChange({3})) is None
    True
    """
    hits = {n: h for n, h in (decode_g(entry) if entry else {}).items() if n not in change.remove}
    hits.update(change.add)
    if not hits:
        return None
    docs = sorted(hits)
    titles = [x for n in docs if hits[n][1] for x in (n, hits[n][1])]
    return [
        (deltas(docs), False),
        ([hits[n][0] for n in docs], False),
        (title_pairs(titles), False),
    ]


def merge_p(entry: list | None, change: GramChange) -> list | None:
    """A ``p`` entry with the change applied (see ``merge_g``).

    >>> merge_p([[0, 4], [2, 1], [-3, 5, 7]], GramChange({0}, [(2, [5, 9])]))
    [([2, 2], False), ([2, 1], False), ([5, 4, 7], True)]
    """
    positions = decode_p(entry) if entry else {}
    positions = {n: plist for n, plist in positions.items() if n not in change.remove}
    positions.update(change.add)
    if not positions:
        return None
    docs = sorted(positions)
    return [
        (deltas(docs), False),
        ([len(positions[n]) for n in docs], False),
        ([p for n in docs for p in position_gaps(positions[n])], True),
    ]


def build_index(
    records: Iterable[SearchRecord],
    out_dir: Path,
    *,
    shard_bytes: int = DEFAULT_SHARD_BYTES,
    page_size: int = DEFAULT_PAGE_SIZE,
    state_path: Path | None = None,
    update_limit: float = 0.05,
) -> IndexStats:
    """Write the search index for ``records`` under ``out_dir`` (see the module doc).

    Nothing is rewritten when nothing changed: the manifest records a digest of every
    input, and files whose bytes would not change are left alone (so their dates, and
    a static host's caches, survive a rebuild).

    With a ``state_path`` (the build cache) the index is *updated* when few reports
    changed (at most ``update_limit`` of them): only the reports that changed are taken
    out and put in, and only the shards of their grams are rewritten.  The state names
    the index it describes; an index cut short has no ``meta.json`` and is built anew.
    """
    out_dir = Path(out_dir)
    records = list(records)
    digests = {r.id: record_digest(r) for r in records}
    head = index_head(shard_bytes, page_size)
    version = index_version(digests.values(), head)
    previous = _read_meta(out_dir)
    files_now = _count_files(out_dir) if previous else 0
    characters = sum(len(r.title) + 1 + len(r.body) for r in records)
    if previous.get("version") == version and previous.get("files") == files_now:
        stats = IndexStats(documents=len(records), characters=characters, mode="unchanged")
        stats.files_unchanged = previous["files"]
        return stats
    state = _load_state(state_path, head, previous, files_now)
    plan = None
    if state is not None and len(digests) == len(records):
        plan = plan_update(
            {rid: tuple(v) for rid, v in state["reports"].items()}, digests, update_limit
        )
    # From here on the index is incomplete until meta.json is written again, last.
    (out_dir / "meta.json").unlink(missing_ok=True)
    if state_path is not None:
        Path(state_path).unlink(missing_ok=True)
    # Millions of small lists are alive at once; the cyclic GC would traverse them over
    # and over (it tripled the build time) and there are no cycles to collect.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        if plan is None:
            stats, numbers, shards = _build(records, out_dir, version, shard_bytes, page_size)
        else:
            stats = _update(records, out_dir, version, plan, state, page_size)
            numbers, shards = plan.numbers, (state["g"], state["p"])
    finally:
        if gc_was_enabled:
            gc.enable()
    if state_path is not None:
        _save_state(state_path, head, version, shards, numbers, digests)
    stats.characters = characters
    return stats


def _read_meta(out_dir: Path) -> dict:
    try:
        return json.loads((out_dir / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _count_files(out_dir: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(out_dir))


STATE_FORMAT = 1


def _load_state(path: Path | None, head: list, meta: dict, files_now: int) -> dict | None:
    """The state saved with the index now in the output, or None (no state, another
    index, or an index changed or cut short since)."""
    if path is None or not meta:
        return None
    state = read_cache(path)
    if (
        not isinstance(state, dict)
        or state.get("format") != STATE_FORMAT
        or state.get("head") != head
        or state.get("version") != meta.get("version")
        or meta.get("files") != files_now
    ):
        return None
    return state


def _save_state(path, head, version, shards, numbers, digests) -> None:
    """Record, for the next build, which index this is and each report's number and digest."""
    state = {
        "format": STATE_FORMAT,
        "head": head,
        "version": version,
        "g": shards[0],
        "p": shards[1],
        "reports": {rid: [n, digests[rid]] for rid, n in numbers.items()},
    }
    write_cache(Path(path), state)


def _build(records, out_dir, version, shard_bytes, page_size):
    """The whole index, reports numbered newest first."""
    records = order_records(records)
    stats = IndexStats(documents=len(records), mode="full")
    writer = _Writer(out_dir, stats)
    chars, bigrams, titles = _postings(records, writer)

    # Shard counts from the binary size: ~3 bytes a (gram, report) pair (8- or 16-bit
    # gaps and counts), 2 a position, ~40 of header a gram.
    pairs_g = sum(len(e[0]) for e in chars.values()) + sum(len(e[0]) for e in bigrams.values())
    pairs_p = sum(len(e[0]) for e in bigrams.values())
    positions_total = sum(len(e[2]) for e in bigrams.values())
    stats.g_shards = g_n = shard_count(3 * pairs_g + 40 * (len(chars) + len(bigrams)), shard_bytes)
    stats.p_shards = p_n = shard_count(3 * pairs_p + 2 * positions_total, shard_bytes)
    stats.grams = len(chars) + len(bigrams)
    _write_g_shards(writer, g_n, chars, bigrams, titles)
    del chars
    _write_p_shards(writer, p_n, bigrams)

    numbers = {r.id: n for n, r in enumerate(records)}
    buckets, top = _write_facets(writer, list(enumerate(records)))
    _write_catalogue(writer, list(enumerate(records)), len(records), top)
    writer.write("rank.bin", pack_rank(list(range(len(records)))))
    for k, part in enumerate(fold_shards()):
        writer.write(f"fold/{k}.json", compact_json(part))
    meta = _meta(version, len(records), len(records), g_n, p_n, page_size, buckets)
    writer.written.add(out_dir / stored_name("meta.json"))
    writer.remove_stale()
    meta["files"] = len(writer.written)
    writer.write("meta.json", compact_json(meta))  # last: a build cut short is never "complete"
    return stats, numbers, (g_n, p_n)


def _postings(records: list[SearchRecord], writer: _Writer) -> tuple[dict, dict, dict]:
    """Every gram's postings, report by report in number order; writes each ``t/<n>.json``.

    gram → (reports, counts) / (reports, counts, positions) as 32-bit arrays: 4 bytes
    a number (a list of ints costs ~36), so 10,000 reports index in a few hundred MB.
    """
    chars: dict[str, tuple[array, array]] = {}
    bigrams: dict[str, tuple[array, array, array]] = {}
    titles: dict[str, list] = {}  # gram → [report, count in the title, …]
    for n, record in enumerate(records):
        counts, in_title, positions = doc_grams(record.title, record.body)
        # The hot loops of the build: one dict lookup per (gram, report) pair.
        get = chars.get
        for gram, count in counts.items():
            entry = get(gram)
            if entry is None:
                chars[gram] = (array("I", (n,)), array("I", (count,)))
            else:
                entry[0].append(n)
                entry[1].append(count)
        get = bigrams.get
        for gram, plist in positions.items():
            entry = get(gram)
            if entry is None:
                bigrams[gram] = (
                    array("I", (n,)),
                    array("I", (len(plist),)),
                    array("i", position_gaps(plist)),
                )
            else:
                entry[0].append(n)
                entry[1].append(len(plist))
                entry[2].extend(position_gaps(plist))
        for gram, count in in_title.items():
            titles.setdefault(gram, []).extend((n, count))
        writer.write(f"t/{n}.json", document_json(record))
    return chars, bigrams, titles


def _write_g_shards(writer: _Writer, g_n: int, chars: dict, bigrams: dict, titles: dict) -> None:
    """``g/<k>.bin``: [report gaps], [counts], [report gap, count in the title, …]."""
    g_shards: list[dict] = [{} for _ in range(g_n)]
    for gram, (docs, doc_counts) in chars.items():
        g_shards[shard_of(gram, g_n)][gram] = [
            (deltas(docs), False),
            (doc_counts, False),
            (title_pairs(titles.get(gram)), False),
        ]
    for gram, (docs, doc_counts, _) in bigrams.items():
        g_shards[shard_of(gram, g_n)][gram] = [
            (deltas(docs), False),
            (doc_counts, False),
            (title_pairs(titles.get(gram)), False),
        ]
    for k, shard in enumerate(g_shards):
        writer.write(f"g/{k}.bin", pack_shard(shard))


def _write_p_shards(writer: _Writer, p_n: int, bigrams: dict) -> None:
    """``p/<k>.bin``: [report gaps], [positions per report], [positions as
    ``position_gaps``, report after report]."""
    p_shards: list[dict | None] = [{} for _ in range(p_n)]
    for gram, (docs, doc_counts, flat) in bigrams.items():
        p_shards[shard_of(gram, p_n)][gram] = [
            (deltas(docs), False),
            (doc_counts, False),
            (flat, True),
        ]
    bigrams.clear()  # the caller's dict: its arrays go before the shards are packed
    for k in range(p_n):
        writer.write(f"p/{k}.bin", pack_shard(p_shards[k]))
        p_shards[k] = None  # free as we go


def _update(records, out_dir, version, plan: UpdatePlan, state: dict, page_size) -> IndexStats:
    """Take the changed reports out of the index and put their new versions in."""
    stats = IndexStats(documents=len(records), mode="update")
    stats.changed = plan.changed
    stats.g_shards, stats.p_shards = g_n, p_n = state["g"], state["p"]
    writer = _Writer(out_dir, stats)
    by_number = sorted(((plan.numbers[r.id], r) for r in records), key=lambda nr: nr[0])
    record_at = dict(by_number)

    # Each report that changed: the grams whose postings differ between the version in
    # the index (read back from its t/<n>.json) and the new one.
    changes: dict[str, dict[str, GramChange]] = {"g": {}, "p": {}}
    nothing = ({}, {})
    for n in sorted(plan.outgoing | plan.incoming):
        before = after = nothing
        if n in plan.outgoing:
            old = json.loads(read_index_file(out_dir, f"t/{n}.json").decode("utf-8"))
            before = postings_of(old["t"], old["b"])
        if n in plan.incoming:
            record = record_at[n]
            after = postings_of(record.title, record.body)
            writer.write(f"t/{n}.json", document_json(record))
        else:
            (out_dir / stored_name(f"t/{n}.json")).unlink(missing_ok=True)
        for kind, old_postings, new_postings in zip("gp", before, after, strict=True):
            for gram, posting in changed_postings(old_postings, new_postings).items():
                change = changes[kind].setdefault(gram, GramChange())
                change.remove.add(n)
                if posting is not None:
                    change.add.append((n, posting))
    stats.grams = len(changes["g"])

    for kind, shards, merge in (("g", g_n, merge_g), ("p", p_n, merge_p)):
        by_shard: dict[int, dict] = {}
        for gram, change in changes[kind].items():
            update = functools.partial(merge, change=change)
            by_shard.setdefault(shard_of(gram, shards), {})[gram] = update
        for k, updates in sorted(by_shard.items()):
            rel = f"{kind}/{k}.bin"
            writer.write(rel, repack_shard(read_index_file(out_dir, rel), updates))

    buckets, top = _write_facets(writer, by_number)
    writer.remove_stale(out_dir / "facets")
    _write_catalogue(writer, by_number, plan.slots, top)
    for folder in ("cols", "rows"):
        writer.remove_stale(out_dir / folder)
    ranks = [plan.slots] * plan.slots
    for i, record in enumerate(order_records(records)):
        ranks[plan.numbers[record.id]] = i
    writer.write("rank.bin", pack_rank(ranks))
    meta = _meta(version, len(records), plan.slots, g_n, p_n, page_size, buckets)
    meta["files"] = _count_files(out_dir) + 1
    writer.write("meta.json", compact_json(meta))
    return stats


def _meta(version, docs, slots, g_n, p_n, page_size, buckets) -> dict:
    """``meta.json``: what search.js needs to find every other file."""
    return {
        "format": INDEX_VERSION,
        "version": version,
        "docs": docs,
        "numbers": slots,
        "g": g_n,
        "p": p_n,
        "page": page_size,
        "facets": buckets,
        "fold": FOLD_SHARDS,
        "whitespace": WHITESPACE,
        "cols": COLUMN_REPORTS,
        "rows": ROW_REPORTS,
        "row": list(ROW_FIELDS),
        "csv": list(CSV_FIELDS),
    }


def _write_catalogue(writer: _Writer, numbered, slots: int, top: dict) -> None:
    """``cols/`` and ``rows/``: what the catalogue and the CSV download read (``catalogue``)."""
    columns = catalogue_columns(numbered, slots, top)
    for rel, content in {**column_files(columns), **row_files(numbered, slots)}.items():
        writer.write(rel, content)


def _write_facets(writer: _Writer, numbered: list[tuple[int, SearchRecord]]) -> tuple[dict, dict]:
    """``facets/``: every filter value's report numbers, parent and children (province →
    prefecture → county → town), in files of a few values each; returns the file count
    per kind and ``facets/top.json`` (whose lists number the catalogue's values)."""
    facets: dict[str, dict[str, dict]] = {k: {} for k in FACET_KINDS}
    for n, record in numbered:  # ascending numbers: the docs lists come out sorted
        for kind, values in facet_values(record).items():
            for key, label, parent in values:
                entry = facets[kind].setdefault(
                    key, {"label": label, "parent": parent, "docs": [], "children": {}}
                )
                entry["docs"].append(n)
    places = ("province", "prefecture", "county", "town")
    for parent_kind, child_kind in zip(places, places[1:], strict=False):
        for key, entry in facets[child_kind].items():
            parent = facets[parent_kind].get(entry["parent"])
            if parent is not None:
                parent["children"][key] = [key, entry["label"], len(entry["docs"])]
    buckets = {
        kind: shard_count(len(values), FACET_VALUES_PER_FILE) for kind, values in facets.items()
    }
    files: dict[str, dict] = {
        f"facets/{kind}/{k}.json": {} for kind, n in buckets.items() for k in range(n)
    }
    for kind, values in facets.items():
        for key, entry in values.items():
            files[facet_file(kind, key, buckets[kind])][key] = {
                "label": entry["label"],
                "parent": entry["parent"],
                "docs": deltas(entry["docs"]),
                "children": sorted(entry["children"].values(), key=lambda c: (-c[2], c[1])),
            }
    for rel, content in sorted(files.items()):
        writer.write(rel, compact_json(content))

    def options(kind, order):
        items = [[k, e["label"], len(e["docs"])] for k, e in facets[kind].items()]
        return sorted(items, key=order)

    top = {
        "province": options("province", lambda o: (-o[2], o[0])),
        "initiative": options("initiative", lambda o: (-o[2], o[0])),
        "year": options("year", year_order),
    }
    writer.write("facets/top.json", compact_json(top))
    return buckets, top
