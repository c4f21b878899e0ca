"""The Python query engine: the same answers as search.js, for the tests and the bench.

The site never runs it; it reads the files ``build.py`` writes exactly as the browser does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .fold import fold_text, normalise_query
from .index_format import (
    decode_g,
    decode_p,
    facet_file,
    match_starts,
    query_grams,
    read_index_file,
    shard_of,
    unpack_shard,
)
from .records import SearchRecord

# --------------------------------------------------------------------------- searching


@dataclass
class Hit:
    number: int  # the report's number in the index (t/<number>.json)
    hits: int  # occurrences of all terms, title included
    title_hits: int  # occurrences in the title

    @property
    def score(self) -> int:
        return self.hits + TITLE_WEIGHT * self.title_hits


# A hit in the title counts as much as this many hits in the body (plus itself).
TITLE_WEIGHT = 5


def rank(hits: Iterable[Hit], ranks: list[int]) -> list[Hit]:
    """Most hits first (title hits weigh more), then newest: ``ranks[number]`` is a
    report's place in date order (``rank.bin``).

    >>> hits = [Hit(3, 2, 0), Hit(1, 2, 0), Hit(2, 1, 1)]
    >>> [h.number for h in rank(hits, [0, 2, 3, 1])]
    [2, 3, 1]
    """
    return sorted(hits, key=lambda h: (-h.score, ranks[h.number]))


class SearchIndex:
    """Reads a built index the way search.js does (the Python twin used by the tests)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.meta = self._load("meta.json")
        self._cache: dict[str, dict] = {}
        self.fetched: list[str] = []

    @property
    def ranks(self) -> list[int]:
        """Report number → place in date order (0 = newest)."""
        return self._file("rank.bin")["rank"][0]

    def numbers(self) -> list[int]:
        """The numbers of the reports in the index, newest first."""
        ranks = self.ranks
        return sorted((n for n, r in enumerate(ranks) if r < len(ranks)), key=ranks.__getitem__)

    def _load(self, rel: str):
        data = read_index_file(self.root, rel)  # decompressed, as search.js does
        if rel.endswith(".bin"):
            return unpack_shard(data)
        return json.loads(data.decode("utf-8"))

    def _file(self, rel: str) -> dict:
        if rel not in self._cache:
            self.fetched.append(rel)
            self._cache[rel] = self._load(rel)
        return self._cache[rel]

    def term_hits(self, term: str) -> dict[int, tuple[int, int]]:
        """Report number → (hits, title hits) for one folded term."""
        grams = query_grams(term)
        if len(grams) == 1:
            gram = grams[0][1]
            entry = self._file(f"g/{shard_of(gram, self.meta['g'])}.bin").get(gram)
            return decode_g(entry) if entry else {}
        per_gram = []
        for _, gram in grams:
            entry = self._file(f"p/{shard_of(gram, self.meta['p'])}.bin").get(gram)
            if not entry:
                return {}
            per_gram.append(decode_p(entry))
        common = set(per_gram[0]).intersection(*per_gram[1:])
        out = {}
        for n in common:
            starts = match_starts(term, {gram: per_gram[i][n] for i, (_, gram) in enumerate(grams)})
            if starts:
                out[n] = (len(starts), sum(1 for p in starts if p < 0))
        return out

    def facet_docs(self, kind: str, key: str) -> set[int]:
        try:
            entry = self._file(facet_file(kind, key, self.meta["facets"][kind])).get(key)
        except (FileNotFoundError, KeyError):  # an unknown kind
            entry = None
        if entry is None:
            return set()
        docs, n = set(), 0
        for d in entry["docs"]:
            n += d
            docs.add(n)
        return docs

    def search(self, query: str, filters: Mapping[str, str] | None = None) -> list[Hit]:
        """Ranked hits for ``query`` within ``filters`` ({kind: key}); no terms and no
        filters → no results; no terms with filters → every report in them."""
        terms = normalise_query(query)
        active = {k: v for k, v in (filters or {}).items() if v}
        if not terms and not active:
            return []
        allowed = None
        for kind, key in active.items():
            docs = self.facet_docs(kind, key)
            allowed = docs if allowed is None else allowed & docs
        totals: dict[int, list[int]] | None = None
        for term in terms:
            found = self.term_hits(term)
            if totals is None:
                totals = {n: [h, t] for n, (h, t) in found.items()}
            else:
                totals = {
                    n: [v[0] + found[n][0], v[1] + found[n][1]]
                    for n, v in totals.items()
                    if n in found
                }
        if totals is None:  # filters only
            totals = {n: [0, 0] for n in allowed or ()}
        hits = [Hit(n, h, t) for n, (h, t) in totals.items() if allowed is None or n in allowed]
        return rank(hits, self.ranks)

    def document(self, number: int) -> dict:
        return self._file(f"t/{number}.json")

    def catalogue(self) -> dict[str, dict]:
        """Every report's catalogue entry as search.js reads it from ``cols/`` and
        ``rows/`` (``catalogue.py``): id → its catalogue line (``row``), place number,
        initiatives, year keys, the id of its work's primary copy and (a primary's) the
        ids of its other copies."""
        top = self._file("facets/top.json")
        per_file, slots = self.meta["cols"], self.meta["numbers"]
        live = set(self.numbers())
        entries: dict[int, dict] = {}
        for k in range(-(-slots // per_file)):
            cols = {name: arrays[0] for name, arrays in self._file(f"cols/{k}.bin").items()}
            for i, place in enumerate(cols["place"]):
                n = k * per_file + i
                if n not in live:
                    continue
                rows = self._file(f"rows/{n // self.meta['rows']}.json")
                entries[n] = {
                    "row": dict(zip(self.meta["row"], rows[n % self.meta["rows"]], strict=True)),
                    "place": place,
                    "initiatives": [
                        top["initiative"][j][0]
                        for j in cols["iv"][cols["io"][i] : cols["io"][i + 1]]
                    ],
                    "years": [
                        top["year"][j][0] for j in cols["yv"][cols["yo"][i] : cols["yo"][i + 1]]
                    ],
                    "work": cols["work"][i],
                    "copies": cols["cv"][cols["co"][i] : cols["co"][i + 1]],
                }
        for entry in entries.values():
            entry["work"] = entries[entry["work"]]["row"]["id"]
            entry["copies"] = [entries[n]["row"]["id"] for n in entry["copies"]]
        return {entry["row"]["id"]: entry for entry in entries.values()}


def substring_scan(records: Iterable[SearchRecord], query: str) -> set[str]:
    """The reference: ids of the reports whose folded title + body contain every term."""
    terms = normalise_query(query)
    if not terms:
        return set()
    found = set()
    for r in records:
        text = fold_text(r.title + "\n" + r.body)
        if all(t in text for t in terms):
            found.add(r.id)
    return found
