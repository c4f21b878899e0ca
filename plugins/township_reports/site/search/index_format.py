"""The index's file format: grams and their hashing, gram shards, report files, ranks.

Everything here is what ``theme/static/js/search.js`` reads: change a byte of it and
change the JavaScript in the same commit (and ``INDEX_VERSION``).
"""

from __future__ import annotations

import hashlib
import json
import math
import struct
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Mapping
from operator import add, sub
from pathlib import Path
from typing import NamedTuple

from .fold import WHITESPACE_SET, doc_fold_pairs, fold_text
from .records import SearchRecord

INDEX_VERSION = 6
DEFAULT_SHARD_BYTES = 32768

# --------------------------------------------------------------------------- storage

#: The one file stored as it is: search.js reads it first (uncompressed, so a browser
#: without ``DecompressionStream`` can still be told why search is unavailable).
PLAIN_FILES = frozenset({"meta.json"})
#: Every other file is gzip-compressed on disk under its name plus this suffix.
GZIP_SUFFIX = ".gz"
#: zlib's default level: 9 made the 1,000-report index 0.3 % smaller (9.20 MB instead
#: of 9.23) for 2.6× the CPU (1.16 s instead of 0.45; ~12 s at 10,000 reports).
GZIP_LEVEL = 6
# A gzip member header with no name, no mtime, no flags, OS "unknown" (RFC 1952).
_GZIP_HEADER = bytes((0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 2, 0xFF))


def stored_name(rel: str) -> str:
    """Where the index file ``rel`` is on disk: compressed, but ``meta.json``.

    Why compressed: a static host that stores files as they are (GitHub Pages counts
    bytes on disk) would otherwise carry ~2× the index; the browser inflates each file
    with ``DecompressionStream``, never relying on the host's Content-Encoding.

    >>> stored_name('p/7.bin'), stored_name('t/12.json'), stored_name('meta.json')
    ('p/7.bin.gz', 't/12.json.gz', 'meta.json')
    """
    return rel if rel in PLAIN_FILES else rel + GZIP_SUFFIX


def gzip_bytes(data: bytes) -> bytes:
    """``data`` as one gzip member, the same bytes for the same data (no mtime, no file
    name, a fixed level), so an unchanged file is not rewritten and a rebuild is
    byte-identical.  ``gzip.compress`` writes the OS byte of the platform; this does not.

    >>> packed = gzip_bytes('党建引领'.encode() * 50)
    >>> packed[:10].hex(), len(packed) < 600 // 4
    ('1f8b08000000000002ff', True)
    >>> import gzip; gzip.decompress(packed).decode()[:4]
    '党建引领'
    """
    deflate = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -15, 9)
    body = deflate.compress(data) + deflate.flush()
    return _GZIP_HEADER + body + struct.pack("<II", zlib.crc32(data), len(data) & 0xFFFFFFFF)


def stored_bytes(rel: str, data: bytes) -> bytes:
    """The bytes written for index file ``rel`` holding ``data`` (see ``stored_name``)."""
    return data if rel in PLAIN_FILES else gzip_bytes(data)


def read_index_file(root, rel: str) -> bytes:
    """The content of index file ``rel`` under ``root``, decompressed."""
    data = (Path(root) / stored_name(rel)).read_bytes()
    return data if rel in PLAIN_FILES else zlib.decompress(data, 31)


# --------------------------------------------------------------------------- grams


def query_grams(term: str) -> list[tuple[int, str]]:
    """The grams to look up for one term, with their offsets in it.

    One character: itself.  Two: the bigram.  Longer: the bigrams at offsets 0, 2, 4 …
    and n-2, which together cover every character of the term.

    >>> query_grams('党')
    [(0, '党')]
    >>> query_grams('一课')
    [(0, '一课')]
    >>> query_grams('三会一课')
    [(0, '三会'), (2, '一课')]
    >>> query_grams('党建引领高')
    [(0, '党建'), (2, '引领'), (3, '领高')]
    """
    chars = list(term)  # code points, as the index counts them
    n = len(chars)
    if n <= 2:
        return [(0, term)] if n else []
    offsets = list(range(0, n - 1, 2))
    if offsets[-1] != n - 2:
        offsets.append(n - 2)
    return [(k, chars[k] + chars[k + 1]) for k in offsets]


def gram_hash(gram: str) -> int:
    """32-bit FNV-1a over the gram's code points (search.js computes the same).

    >>> gram_hash('党建')
    1271390229
    >>> gram_hash('a')
    3826002220
    """
    h = 0x811C9DC5
    for c in gram:
        h = ((h ^ ord(c)) * 0x01000193) & 0xFFFFFFFF
    return h


def shard_of(gram: str, shards: int) -> int:
    """Which of ``shards`` files holds ``gram``.

    >>> shard_of('党建', 1)
    0
    >>> shard_of('党建', 64) == gram_hash('党建') % 64
    True
    """
    return gram_hash(gram) % shards


def shard_count(estimated_bytes: int, shard_bytes: int) -> int:
    """How many shards keep each near ``shard_bytes`` (at least one).

    >>> shard_count(0, 32768), shard_count(100_000, 32768), shard_count(10**8, 32768)
    (1, 4, 3052)
    """
    return max(1, math.ceil(estimated_bytes / shard_bytes))


def doc_grams(title: str, body: str) -> tuple[Counter, Counter, dict[str, list[int]]]:
    """Index one report: character counts, title gram counts, and bigram positions.

    The text is ``fold_text(title + '\\n' + body)``; positions count from the body's
    first character, so the title sits at negative positions.  Grams that contain
    whitespace are left out: a query term never contains whitespace.

    >>> chars, in_title, bi = doc_grams('三会', '落实三会一课')
    >>> chars['三'], chars['课'], in_title['三'], in_title['三会'], in_title['课']
    (2, 1, 1, 1, 0)
    >>> bi['三会'], bi['一课']
    ([-3, 2], [4])
    >>> '会\\n' in bi, '\\n落' in bi
    (False, False)
    """
    text = fold_text(title + "\n" + body)
    offset = len(title) + 1
    chars = Counter(text)
    folded_title = text[: offset - 1]
    in_title = Counter(folded_title)
    in_title.update(map(add, folded_title, folded_title[1:]))
    positions: dict[str, list[int]] = {}
    get = positions.get
    for i, gram in enumerate(map(add, text, text[1:]), -offset):
        plist = get(gram)
        if plist is None:
            positions[gram] = [i]
        else:
            plist.append(i)
    # Drop what a query can never ask for: whitespace, and grams around it.
    for c in WHITESPACE_SET.intersection(chars):
        del chars[c]
        in_title.pop(c, None)
        i = text.find(c)
        while i >= 0:
            for gram in (text[i - 1 : i + 1] if i else "", text[i : i + 2]):
                positions.pop(gram, None)
                in_title.pop(gram, None)
            i = text.find(c, i + 1)
    return chars, in_title, positions


def match_starts(term: str, positions: Mapping[str, list[int]]) -> list[int]:
    """Where ``term`` (3+ characters) starts, given the positions of its covering bigrams.

    This is exact: the text holds the term at p exactly when every covering bigram sits
    at p + its offset.

    >>> _, _, bi = doc_grams('', '三会一课，三会议，一课，三会一课')
    >>> match_starts('三会一课', bi)
    [0, 12]
    >>> match_starts('三会一', bi)
    [0, 12]
    >>> match_starts('会一课三', bi)
    []
    """
    grams = query_grams(term)
    sets = []
    for k, gram in grams[1:]:
        plist = positions.get(gram)
        if not plist:
            return []
        sets.append((k, set(plist)))
    first = positions.get(grams[0][1], [])
    return [p for p in first if all(p + k in s for k, s in sets)]


def count_occurrences(text: str, term: str) -> list[int]:
    """Every start of ``term`` in ``text``, overlapping ones included (the reference).

    >>> count_occurrences('哈哈哈', '哈哈')
    [0, 1]
    >>> count_occurrences('abc', 'd')
    []
    """
    starts, i = [], text.find(term)
    while i >= 0:
        starts.append(i)
        i = text.find(term, i + 1)
    return starts


_TYPECODES = {1: "H", 2: "I", 3: "h", 4: "i", 5: "B"}
_ITEMSIZE = {code: array(t).itemsize for code, t in _TYPECODES.items()}
assert list(_ITEMSIZE.values()) == [2, 4, 2, 4, 1]


def _packed(values, signed: bool) -> tuple[int, int, bytes]:
    """(code, count, little-endian bytes) in the smallest width that holds the values.

    >>> _packed([1, 2], False), _packed([300], False)[:2], _packed([-1, 70000], True)[:2]
    ((5, 2, b'\\x01\\x02'), (1, 1), (4, 2))
    """
    if not len(values):
        return 5, 0, b""
    high = max(values)
    if signed:
        low = min(values)
        code = 3 if -0x8000 <= low and high < 0x8000 else 4
    else:
        code = 5 if high < 0x100 else 1 if high < 0x10000 else 2
    packed = array(_TYPECODES[code], values)
    if sys.byteorder == "big":
        packed.byteswap()
    return code, len(values), packed.tobytes()


class Encoded(NamedTuple):
    """An array already in shard form: typecode code, length, little-endian bytes."""

    code: int
    count: int
    data: bytes


def pack_shard(entries: Mapping[str, list]) -> bytes:
    """A gram shard: ``uint32 header length``, a JSON header ``[[gram, count, code, …],
    …]`` (a pair per array), then the arrays in that order, each 4-byte aligned so the
    browser can view them as typed arrays.  An array is given as (values, signed) or,
    copied from another shard, as ``Encoded``.

    Binary because it is 2 bytes a position instead of ~5 in JSON, and because
    encoding millions of small numbers as text was the slowest step of the build.  The
    header has no offsets (the reader adds up the sizes, ``_shard_header``): offsets are
    large, ever-growing numbers that gzip cannot shrink, and dropping them made the
    compressed ``g/`` and ``p/`` headers 45 % smaller (1,000 reports: 510 → 282 kB).  A
    list, not an object: JavaScript puts an object's integer-like keys (the bigram
    ``20``) first, which would lose the order the offsets follow.

    >>> data = pack_shard({'党建': [([3, 1], False), ([-2, 40], True)]})
    >>> data[4:24].decode()
    '[["党建",2,5,2,3]]'
    >>> unpack_shard(data)
    {'党建': [[3, 1], [-2, 40]]}
    """
    header: list[list] = []
    body = bytearray()
    for gram, arrays in entries.items():
        described = [gram]
        for spec in arrays:
            code, count, data = spec if isinstance(spec, Encoded) else _packed(*spec)
            described += (count, code)
            body += data
            body += bytes(-len(body) % 4)
        header.append(described)
    head = compact_json(header).encode("utf-8")
    head += b" " * (-len(head) % 4)  # JSON allows trailing spaces; keeps the body aligned
    return struct.pack("<I", len(head)) + head + bytes(body)


def _arrays_of(described: list[int], data: bytes, base: int) -> list[Encoded]:
    """One gram's arrays in a shard, as bytes."""
    out = []
    for i in range(0, len(described), 3):
        offset, count, code = described[i : i + 3]
        start = base + offset
        out.append(Encoded(code, count, data[start : start + count * _ITEMSIZE[code]]))
    return out


def _decoded(encoded: Encoded) -> list[int]:
    """The numbers of an array as it sits in a shard."""
    values = array(_TYPECODES[encoded.code])
    values.frombytes(encoded.data)
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()


def _shard_header(data: bytes) -> tuple[dict[str, list[int]], int]:
    """A shard's header as gram → [offset, count, code, …] (offsets from where the
    arrays begin, added up as ``pack_shard`` laid the arrays out) and where they begin.

    >>> _shard_header(pack_shard({'a': [([1, 2, 3], False)], 'b': [([300], False)]}))
    ({'a': [0, 3, 5], 'b': [4, 1, 1]}, 28)
    """
    (size,) = struct.unpack_from("<I", data)
    header: dict[str, list[int]] = {}
    offset = 0
    for gram, *pairs in json.loads(data[4 : 4 + size].decode("utf-8")):
        described = header[gram] = []
        for count, code in zip(pairs[0::2], pairs[1::2], strict=True):
            described += (offset, count, code)
            offset += count * _ITEMSIZE[code]
            offset += -offset % 4
    return header, 4 + size


def unpack_shard(data: bytes) -> dict[str, list[list[int]]]:
    """The arrays of every gram in a shard written by ``pack_shard``."""
    header, base = _shard_header(data)
    return {
        gram: [_decoded(a) for a in _arrays_of(described, data, base)]
        for gram, described in header.items()
    }


def repack_shard(data: bytes, updates: Mapping[str, Callable[[list | None], list | None]]) -> bytes:
    """A shard with some grams' entries replaced.  ``updates`` maps a gram to a function
    from its old arrays (as ``unpack_shard`` gives them; None if the shard lacks the
    gram) to its new ones (None: drop the gram).  The other grams' arrays are copied as
    bytes, never decoded: an update rewrites a shard for the sake of one or two grams.

    >>> data = pack_shard({'党建': [([3], False)], '三联': [([1, 2], False)]})
    >>> add_9 = lambda old: [(old[0] + [9], False)]
    >>> unpack_shard(repack_shard(data, {'三联': add_9, '五星': lambda old: None}))
    {'党建': [[3]], '三联': [[1, 2, 9]]}
    """
    header, base = _shard_header(data)
    entries: dict[str, list | None] = {}
    for gram, described in header.items():
        arrays = _arrays_of(described, data, base)
        if gram in updates:
            entries[gram] = updates[gram]([_decoded(a) for a in arrays])
        else:
            entries[gram] = arrays
    for gram in sorted(updates.keys() - header.keys()):
        entries[gram] = updates[gram](None)
    return pack_shard({gram: arrays for gram, arrays in entries.items() if arrays is not None})


def year_order(option: list) -> tuple:
    """Newest year first, a stated year before the same year estimated, 不详 last.

    >>> sorted([['约2023', '', 1], ['不详', '', 1], ['2011', '', 1], ['2023', '', 1]],
    ...        key=year_order)
    [['2023', '', 1], ['约2023', '', 1], ['2011', '', 1], ['不详', '', 1]]
    """
    key = option[0]
    year = key.removeprefix("约")
    return (not year.isdigit(), -int(year) if year.isdigit() else 0, key.startswith("约"))


def deltas(numbers) -> list[int]:
    """Gaps between ascending numbers (the first from 0): small numbers, 16 bits.

    >>> deltas([3, 5, 9]), deltas(array('I', [7])), deltas([])
    ([3, 2, 4], [7], [])
    """
    return [*numbers[:1], *map(sub, numbers[1:], numbers)]


def title_pairs(pairs: list[int] | None) -> list[int]:
    """[report, count, …] → the same with report numbers as gaps.

    >>> title_pairs([2, 1, 7, 2])
    [2, 1, 5, 2]
    """
    if not pairs:
        return []
    out = pairs[:]
    out[2::2] = deltas(pairs[0::2])[1:]
    return out


def compact_json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), check_circular=False)


# Facet values per file, on average: a filter fetches one small file.
FACET_VALUES_PER_FILE = 4


def facet_file(kind: str, key: str, buckets: int) -> str:
    """The file that holds a facet value.  Every bucket file exists (empty or not),
    so a value from an old shared link costs a lookup, never a 404.

    >>> facet_file('town', '610926101', 3)
    'facets/town/0.json'
    """
    return f"facets/{kind}/{shard_of(key, buckets)}.json"


def document_json(record: SearchRecord) -> str:
    """``t/<n>.json``: what the browser shows of one result (and what an update reads
    back to take an old version of the report out of the index)."""
    return compact_json(
        {
            "id": record.id,
            "t": record.title,
            "b": record.body,
            "u": record.url,
            "p": record.place_label,
            "d": record.date_label,
            "dv": record.title_devised,
            "f": doc_fold_pairs(record.title + record.body),
        }
    )


def record_digest(record: SearchRecord) -> str:
    """A digest of everything the index holds about one report.

    >>> a = SearchRecord('a', '神河镇', '党建', 'reports/a.html')
    >>> record_digest(a) == record_digest(SearchRecord('a', '神河镇', '党建', 'reports/a.html'))
    True
    >>> record_digest(a) == record_digest(SearchRecord('a', '神河镇', '党建。', 'reports/a.html'))
    False
    """
    return hashlib.blake2b(compact_json(record.__dict__).encode("utf-8"), digest_size=8).hexdigest()


def pack_rank(ranks: list[int]) -> bytes:
    """``rank.bin``: every report number's place in date order (0 = newest), the
    tie-break of the ranking, as a one-array shard under the key ``rank``.

    >>> unpack_shard(pack_rank([1, 0, 2]))
    {'rank': [[1, 0, 2]]}
    """
    return pack_shard({"rank": [(ranks, False)]})


def _undelta(gaps: list[int]) -> list[int]:
    out, n = [], 0
    for gap in gaps:
        n += gap
        out.append(n)
    return out


def decode_g(entry: list) -> dict[int, tuple[int, int]]:
    """A gram's reports from a ``g`` shard: number → (hits, hits in the title).

    >>> decode_g([[3, 2], [2, 1], [3, 1]])
    {3: (2, 1), 5: (1, 0)}
    """
    gaps, counts, title_pairs = entry
    titles = dict(zip(_undelta(title_pairs[0::2]), title_pairs[1::2], strict=True))
    return {n: (c, titles.get(n, 0)) for n, c in zip(_undelta(gaps), counts, strict=True)}


def decode_p(entry: list) -> dict[int, list[int]]:
    """A bigram's positions from a ``p`` shard: number → positions (stored as
    ``deltas`` within each report, see ``position_gaps``).

    >>> decode_p([[0, 4], [2, 1], [-3, 5, 7]])
    {0: [-3, 2], 4: [7]}
    """
    gaps, counts, flat = entry
    out, at = {}, 0
    for n, count in zip(_undelta(gaps), counts, strict=True):
        out[n] = _undelta(flat[at : at + count])
        at += count
    return out


def position_gaps(positions) -> list[int]:
    """One report's positions of a bigram as ``p`` stores them: the first, then the
    gaps.  Gaps are small numbers that repeat, so a gzip-compressed ``p`` shard is ~8 %
    smaller than with the positions themselves (measured at 1,000 reports: 4.41 MB →
    4.08 MB), and ``p`` is the largest part of the index.

    >>> position_gaps([-3, 2, 40, 41])
    [-3, 5, 38, 1]
    """
    return deltas(positions)
