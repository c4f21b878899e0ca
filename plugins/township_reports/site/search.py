"""Search index: grep semantics for a static site, in either script.

Job: at build time, turn every report's title and body (the text a reader sees, not the
Markdown escapes) into a set of small static files under ``output/search/`` that let
``theme/static/js/search.js`` answer, in the browser, *exactly* the question
``grep -F`` would: which reports contain this string?  Traditional and simplified
queries fold to one form; full-width and half-width forms fold to one form; spaces in
a query mean AND.

Why not Pagefind: measured on a 2,714-page Chinese site, Pagefind 1.5.2 found 党建 on
717 of the 2,714 pages that contain it, found nothing for 一课 (inside 三会一课) and did
not fold 黨建 to 党建.  A word index can only find words its segmenter produced; a
character n-gram index finds every substring.

The design (every name below is relative to ``output/search/``; gram shards are small
binary files, see ``pack_shard``; everything else is JSON):

* ``meta.json`` the manifest (counts, shard counts, a version for cache busting).
* ``fold/<k>.json`` the traditional→simplified character map, generated from the
  official OpenCC binding by converting every CJK code point on its own, plus the few
  OpenCC phrases whose simplified form is not the character-by-character one
  (回覆 → 回复); split by code point, so a query loads the part for its characters.
* ``g/<k>.bin`` *gram → documents*: every character and every character bigram, with
  its number of occurrences in the report and in its title.  A 1- or 2-character
  query is answered exactly from here (a 2-character string occurs in a text exactly
  where its bigram does), with the counts needed for ranking, without any text.
* ``p/<k>.bin`` *bigram → documents → positions*.  A longer query is answered from
  the positions of the bigrams that cover it (offsets 0, 2, 4, …, n-2): the text holds
  the query at p exactly when each covering bigram sits at p + its offset, so this is a
  verification, not a guess.  Positions are counted from the start of the body; the
  title sits at negative positions, so "hit in the title" is ``p < 0``.
* ``t/<n>.json`` one small file per report (title, body, place, date, URL) fetched only
  for the results on screen, to cut excerpts.
* ``rank.bin`` every report number's place in date order, the ranking's tie-break.
* ``facets/top.json`` and ``facets/<kind>/<k>.json`` the filters: each value's
  report numbers, its children (province → counties → towns) and its parent.

Gram files are sharded by an FNV-1a hash of the gram, sized so that a shard is around
``SEARCH_SHARD_BYTES``; a query fetches one shard per distinct gram it needs.

Report numbers are stable: a full build numbers the reports newest first; an *update*
(a few reports added, changed or removed since the last build) keeps every other
report's number, gives new reports the numbers removed ones left, and rewrites only the
shards of the grams whose postings changed.  An editor's note appended to one report
of 10,000 rewrites a few dozen files instead of 17,000.  Because numbers no longer follow
the dates after an update, the date order is a file of its own (``rank.bin``).

The folding used for the text (``fold_text``) maps one UTF-16 code unit to one, so a
position in the folded text is a position in the text on screen (excerpts highlight the
right characters).  The query folding (``fold_query``) may also rewrite phrases.  Both
are implemented twice, here and in search.js, from the same tables; the browser
tests check that they agree.

This module never changes a report; it only reads articles and writes under
``output/search/``.  Settings (with defaults): ``SEARCH_SHARD_BYTES = 32768``,
``SEARCH_PAGE_SIZE = 20`` (results rendered per page), ``SEARCH_SAVE_AS = 'search.html'``,
``SEARCH_BACKGROUND = True`` (build in a forked process while Pelican writes pages),
``SEARCH_ENABLED = True`` (False: no index, e.g. for a quick preview).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import logging
import math
import os
import re
import struct
import subprocess
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from operator import add, sub
from pathlib import Path
from typing import NamedTuple

from ..files import write_atomically
from . import date_display

log = logging.getLogger(__name__)

INDEX_VERSION = 2
DEFAULT_SHARD_BYTES = 32768
DEFAULT_PAGE_SIZE = 20
FACET_KINDS = ("province", "county", "town", "initiative", "year")

# The characters a query is split on.  Spelled out (not "str.isspace") because
# search.js must use the very same set: Python's and JavaScript's ideas of whitespace
# differ at the edges (U+001C–U+001F, U+0085, U+FEFF).
WHITESPACE = (
    "\t\n\v\f\r \x1c\x1d\x1e\x1f\x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_WHITESPACE_RE = re.compile("[" + re.escape(WHITESPACE) + "]+")
_WHITESPACE_SET = frozenset(WHITESPACE)

# Code point ranges whose characters OpenCC may convert (CJK ideographs, extensions,
# compatibility ideographs).  Every other character folds to itself.
_CJK_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
    (0x30000, 0x323AF),
)


# --------------------------------------------------------------------------- folding


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@functools.cache
def t2s_char_map() -> dict[str, str]:
    """Every CJK character that OpenCC ``t2s`` changes when it stands alone.

    Built from the official binding, one code point at a time (a newline between
    characters stops OpenCC's phrase matching), so this is OpenCC's own answer.

    >>> m = t2s_char_map()
    >>> m['黨'], m['聯'], m['會'], m['課']
    ('党', '联', '会', '课')
    >>> '党' in m, '三' in m
    (False, False)
    """
    import opencc

    converter = opencc.OpenCC("t2s")
    chars = [chr(cp) for lo, hi in _CJK_RANGES for cp in range(lo, hi + 1)]
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # never seen; would mean a phrase spanned a newline
        raise RuntimeError("OpenCC changed the number of lines while building the t2s map")
    return {c: s for c, s in zip(chars, converted, strict=True) if c != s and s}


def _tsphrases_from_opencc() -> list[tuple[str, str]]:
    """OpenCC's TSPhrases dictionary, dumped to text with the binding's own ``opencc_dict``."""
    import tempfile

    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    tool = clib / "bin" / "opencc_dict"
    source = clib / "share" / "opencc" / "TSPhrases.ocd2"
    if not (tool.exists() and source.exists()):
        log.warning("search: OpenCC's opencc_dict or TSPhrases.ocd2 not found; no phrase folding")
        return []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "TSPhrases.txt"
        try:
            subprocess.run(
                [str(tool), "-i", str(source), "-o", str(out), "-f", "ocd2", "-t", "text"],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError) as err:
            log.warning("search: could not dump OpenCC's TSPhrases (%s); no phrase folding", err)
            return []
        pairs = []
        for line in out.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            if key and values:
                pairs.append((key, values.split(" ")[0]))
        return pairs


@functools.cache
def t2s_phrase_map() -> dict[str, str]:
    """The OpenCC t2s phrases that character-by-character folding would get wrong.

    OpenCC converts 回覆 to 回复 as a phrase, but 覆 alone stays 覆; a report converted
    by ingest therefore says 回复, and a query 回覆 must fold to 回复 too.  Only such
    phrases are kept (a few hundred), so the browser can afford them.

    >>> m = t2s_phrase_map()
    >>> m.get('回覆'), m.get('黨建')
    ('回复', None)
    """
    import opencc

    converter = opencc.OpenCC("t2s")
    chars = t2s_char_map()
    result = {}
    for phrase, _ in _tsphrases_from_opencc():
        target = converter.convert(phrase)
        if _fold_chars(target, chars) != _fold_chars(phrase, chars):
            result[phrase] = target
    return result


def _width_and_case(c: str) -> str:
    o = ord(c)
    if 0xFF01 <= o <= 0xFF5E:  # full-width ASCII forms
        o -= 0xFEE0
    elif o == 0x3000:  # ideographic space
        return " "
    if 0x41 <= o <= 0x5A:  # A-Z
        o += 0x20
    return chr(o)


@functools.cache
def text_fold_table() -> dict[int, str]:
    """The ``str.translate`` table for report text: t2s, width and ASCII case.

    Only entries that keep the UTF-16 length are kept, so a folded text lines up with
    the original code unit by code unit (the browser indexes strings in UTF-16).

    >>> 'Ａ黨聯'.translate(text_fold_table())
    'a党联'
    """
    table = {ord(k): v for k, v in t2s_char_map().items() if _utf16_len(k) == _utf16_len(v)}
    for o in [*range(0xFF01, 0xFF5F), 0x3000, *range(0x41, 0x5B)]:
        table[o] = _width_and_case(chr(o))
    return table


def fold_text(text: str) -> str:
    """Fold report text for matching: traditional → simplified character by character,
    full-width ASCII → ASCII, ideographic space → space, A–Z → a–z.

    The result has the same length as the input (in UTF-16 code units too).

    >>> fold_text('三聯機制（ＡＢＣ）')
    '三联机制(abc)'
    >>> fold_text('已经是简体：不变')
    '已经是简体:不变'
    """
    return text.translate(text_fold_table())


def _fold_chars(s: str, chars: Mapping[str, str]) -> str:
    return "".join(chars.get(c, c) for c in map(_width_and_case, s))


def fold_query(s: str) -> str:
    """Fold query text: OpenCC's special phrases first (longest match, left to right),
    then the same character folding as the text (including the characters whose
    simplified form lies outside the Basic Multilingual Plane).

    >>> fold_query('黨建引領')
    '党建引领'
    >>> fold_query('請回覆')
    '请回复'
    >>> fold_query('７＋Ｘ')
    '7+x'
    """
    phrases = t2s_phrase_map()
    chars = t2s_char_map()
    if phrases:
        longest = max(map(len, phrases))
        out, i = [], 0
        while i < len(s):
            for n in range(min(longest, len(s) - i), 1, -1):
                target = phrases.get(s[i : i + n])
                if target is not None:
                    out.append(target)
                    i += n
                    break
            else:
                out.append(s[i])
                i += 1
        s = "".join(out)
    return _fold_chars(s, chars)


def normalise_query(query: str) -> list[str]:
    """Split a query into AND terms, each folded; duplicates dropped, order kept.

    >>> normalise_query('黨建　產業')
    ['党建', '产业']
    >>> normalise_query('  三会一课  ')
    ['三会一课']
    >>> normalise_query('ＡＢ１２ 三聯 三联')
    ['ab12', '三联']
    >>> normalise_query('   ')
    []
    """
    terms: list[str] = []
    for raw in _WHITESPACE_RE.split(query):
        if not raw:
            continue
        term = fold_query(raw)
        # A phrase could fold to something containing a space; split again to be safe.
        for part in _WHITESPACE_RE.split(term):
            if part and part not in terms:
                terms.append(part)
    return terms


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
    for c in _WHITESPACE_SET.intersection(chars):
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


# --------------------------------------------------------------------------- text


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul".split()
)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def plain_text_from_html(html: str) -> str:
    """The text a reader sees in rendered report HTML: one block per line, entities
    decoded, runs of spaces collapsed as a browser would.

    >>> plain_text_from_html('<h2>抓经济</h2>\\n<p>&lt;script&gt; 与 *星号*\\n续行</p>')
    '抓经济\\n<script> 与 *星号* 续行'
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = []
    for block in "".join(parser.parts).split("\n\n"):
        line = re.sub(r"[ \t\r\n\f]+", " ", block).strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


# --------------------------------------------------------------------------- records


@dataclass
class SearchRecord:
    """What the index needs to know about one report (front matter names)."""

    id: str
    title: str
    body: str
    url: str
    date: str | None = None  # ISO 8601 as stated
    date_precision: str | None = None
    date_estimate: dict | None = None  # {earliest, latest, ...}
    province: str | None = None
    prefecture: str | None = None
    county: str | None = None
    township: str | None = None
    division_code: str | None = None
    initiatives: list[str] = field(default_factory=list)
    title_devised: bool = False

    @property
    def dates(self) -> dict:
        return {
            "date": self.date,
            "date_precision": self.date_precision,
            "date_estimate": self.date_estimate,
        }

    @property
    def date_label(self) -> str:
        return date_display.date_label(self.dates)

    @property
    def place_label(self) -> str:
        parts = [self.province, self.prefecture, self.county, self.township]
        return " › ".join(p for p in parts if p)


def _str_or_none(value) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def record_from_metadata(meta: Mapping, *, body: str, url: str) -> SearchRecord:
    """A record from report front matter (keys as in FRONT_MATTER.md)."""
    initiatives = meta.get("initiatives") or []
    if isinstance(initiatives, str):
        initiatives = [initiatives]
    estimate = meta.get("date_estimate")
    if not isinstance(estimate, Mapping):
        estimate = None
    else:
        estimate = {k: _iso(estimate.get(k)) for k in ("earliest", "latest")}
    return SearchRecord(
        id=str(meta.get("id") or ""),
        title=str(meta.get("title") or ""),
        body=body,
        url=url,
        date=_iso(meta.get("date")),
        date_precision=_str_or_none(meta.get("date_precision")),
        date_estimate=estimate,
        province=_str_or_none(meta.get("province")),
        prefecture=_str_or_none(meta.get("prefecture")),
        county=_str_or_none(meta.get("county")),
        township=_str_or_none(meta.get("township")),
        division_code=_str_or_none(meta.get("division_code")),
        initiatives=[str(i) for i in initiatives],
        title_devised=bool(meta.get("title_devised")),
    )


def record_from_markdown_file(path: Path, url_pattern: str = "reports/{id}.html") -> SearchRecord:
    """A record straight from a ``content/reports/<id>.md`` file (tests and benchmarks;
    the site build takes the same text from Pelican's rendered articles)."""
    from .reader import read_report

    html, report = read_report(path)
    return record_from_metadata(
        report, body=plain_text_from_html(html), url=url_pattern.format(**report)
    )


def record_from_article(article) -> SearchRecord:
    """A record from a Pelican article read by ``reader.ReportReader``: the front matter
    is its ``report`` metadata, the text is that of the rendered HTML."""
    report = getattr(article, "report", None) or article.metadata.get("report")
    if report is None:  # an article some other reader produced: its own metadata
        report = dict(article.metadata, title=plain_text_from_html(str(article.title)))
        report.setdefault("id", article.slug)
        report["date"] = None
    return record_from_metadata(report, body=plain_text_from_html(article.content), url=article.url)


# --------------------------------------------------------------------------- facets


def year_facets(record: SearchRecord) -> list[tuple[str, str]]:
    """The year filter values (key, label): stated years apart from estimated ones, as
    on the year pages (an estimate spanning 2021–2022 is under both years, as estimated).

    >>> year_facets(SearchRecord('a', 't', 'b', 'u', date='2011-09-14T09:09'))
    [('2011', '2011年')]
    >>> year_facets(SearchRecord('a', 't', 'b', 'u',
    ...     date_estimate={'earliest': '2021-01-01', 'latest': '2022-12-31'}))
    [('约2021', '约2021年（推断）'), ('约2022', '约2022年（推断）')]
    >>> year_facets(SearchRecord('a', 't', 'b', 'u'))
    [('不详', '年代不详')]
    """
    years = date_display.report_years(record.dates)
    if not years:
        return [("不详", date_display.UNDATED_LABEL)]
    if date_display.date_kind(record.dates) == "stated":
        return [(str(y), f"{y}年") for y in years]
    return [(f"约{y}", f"约{y}年（推断）") for y in years]


def facet_values(record: SearchRecord) -> dict[str, list[tuple[str, str, str | None]]]:
    """Each filter value of a report as (key, label, parent key).

    Places are keyed by statistical division code, as the place pages are
    (兴隆镇 exists in dozens of counties): province 610000, county 610926, town 610926104.

    >>> r = SearchRecord('a', 't', 'b', 'u', province='陕西省', prefecture='安康市',
    ...     county='平利县', township='兴隆镇', division_code='610926104',
    ...     initiatives=['三联'], date='2023-01-02')
    >>> v = facet_values(r)
    >>> v['province'], v['county'], v['town']
    ([('610000', '陕西省', None)], [('610926', '平利县（安康市）', '610000')], [('610926104', '兴隆镇', '610926')])
    >>> v['initiative'], v['year']
    ([('三联', '三联', None)], [('2023', '2023年', None)])
    """
    out: dict[str, list[tuple[str, str, str | None]]] = {k: [] for k in FACET_KINDS}
    code = record.division_code or ""
    if len(code) >= 6:
        province = code[:2] + "0000"
        out["province"].append((province, record.province or f"（{province}）", None))
        county_label = (record.county or f"（{code[:6]}）") + (
            f"（{record.prefecture}）" if record.prefecture else ""
        )
        out["county"].append((code[:6], county_label, province))
        if len(code) > 6:
            out["town"].append((code, record.township or f"（{code}）", code[:6]))
    for name in dict.fromkeys(record.initiatives):
        out["initiative"].append((name, name, None))
    out["year"] = [(key, label, None) for key, label in year_facets(record)]
    return out


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


def order_records(records: Iterable[SearchRecord]) -> list[SearchRecord]:
    """Newest first, as the browse pages list them (undated last): a report's number in
    the index is its date rank, so the date tie-break costs nothing in the browser.

    >>> rs = [SearchRecord('b', '', '', ''), SearchRecord('a', '', '', '', date='2011'),
    ...       SearchRecord('c', '', '', '', date='2023')]
    >>> [r.id for r in order_records(rs)]
    ['c', 'a', 'b']
    """
    return sorted(records, key=lambda r: (date_display.sort_date(r.dates), r.id), reverse=True)


# Binary arrays of the gram shards: code → array typecode (u16, u32, i16, i32, u8).
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
    """A gram shard: ``uint32 header length``, a JSON header ``{gram: [offset, count,
    code, …]}`` (one triple per array, offsets from the end of the header), then the
    arrays, each 4-byte aligned so the browser can view them as typed arrays.  An
    array is given as (values, signed) or, copied from another shard, as ``Encoded``.

    Binary because it is 2 bytes a position instead of ~5 in JSON, and because
    encoding millions of small numbers as text was the slowest step of the build.

    >>> data = pack_shard({'党建': [([3, 1], False), ([-2, 40], True)]})
    >>> unpack_shard(data)
    {'党建': [[3, 1], [-2, 40]]}
    """
    header: dict[str, list[int]] = {}
    body = bytearray()
    for gram, arrays in entries.items():
        described = header[gram] = []
        for spec in arrays:
            code, count, data = spec if isinstance(spec, Encoded) else _packed(*spec)
            described += (len(body), count, code)
            body += data
            body += bytes(-len(body) % 4)
    head = _dumps(header).encode("utf-8")
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
    """A shard's header (gram → [offset, count, code, …]) and where its arrays begin."""
    (size,) = struct.unpack_from("<I", data)
    return json.loads(data[4 : 4 + size].decode("utf-8")), 4 + size


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


def _year_order(option: list) -> tuple:
    """Newest year first, a stated year before the same year estimated, 不详 last.

    >>> sorted([['约2023', '', 1], ['不详', '', 1], ['2011', '', 1], ['2023', '', 1]],
    ...        key=_year_order)
    [['2023', '', 1], ['约2023', '', 1], ['2011', '', 1], ['不详', '', 1]]
    """
    key = option[0]
    year = key.removeprefix("约")
    return (not year.isdigit(), -int(year) if year.isdigit() else 0, key.startswith("约"))


def _deltas(numbers) -> list[int]:
    """Gaps between ascending numbers (the first from 0): small numbers, 16 bits.

    >>> _deltas([3, 5, 9]), _deltas(array('I', [7])), _deltas([])
    ([3, 2, 4], [7], [])
    """
    return [*numbers[:1], *map(sub, numbers[1:], numbers)]


def _title_pairs(pairs: list[int] | None) -> list[int]:
    """[report, count, …] → the same with report numbers as gaps.

    >>> _title_pairs([2, 1, 7, 2])
    [2, 1, 5, 2]
    """
    if not pairs:
        return []
    out = pairs[:]
    out[2::2] = _deltas(pairs[0::2])[1:]
    return out


def _dumps(obj) -> str:
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


class _Writer:
    """Writes files under one folder, skipping those whose bytes did not change, and
    removes the files a previous build left that this one did not write."""

    def __init__(self, root: Path, stats: IndexStats):
        self.root, self.stats, self.written = root, stats, set()

    def write(self, rel: str, content: str | bytes) -> None:
        path = self.root / rel
        data = content.encode("utf-8") if isinstance(content, str) else content
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


FOLD_SHARDS = 16


def fold_shards(shards: int = FOLD_SHARDS) -> list[dict]:
    """The folding tables for search.js, split by code point so that a query loads
    only the parts for its own characters (a few kB, not the whole 40 kB): the
    character pairs as one string, and the OpenCC phrases filed under their first
    character.

    >>> parts = fold_shards()
    >>> '黨党' in parts[ord('黨') % FOLD_SHARDS]['c']
    True
    >>> ['回覆', '回复'] in parts[ord('回') % FOLD_SHARDS]['p']
    True
    """
    out = [{"c": [], "p": []} for _ in range(shards)]
    for k, v in sorted(t2s_char_map().items()):
        out[ord(k) % shards]["c"].append(k + v)
    for k, v in sorted(t2s_phrase_map().items()):
        out[ord(k[0]) % shards]["p"].append([k, v])
    return [{"c": "".join(part["c"]), "p": part["p"]} for part in out]


@functools.cache
def _text_fold_keys() -> frozenset[str]:
    return frozenset(chr(o) for o in text_fold_table())


def doc_fold_pairs(text: str) -> str:
    """The t2s pairs a report's own text needs (usually none: ingest simplified it), so
    the browser can fold the text for excerpts without loading the whole table.

    >>> doc_fold_pairs('本報告保留了黨建'), doc_fold_pairs('全是简体')
    ('報报黨党', '')
    """
    chars = t2s_char_map()
    present = _text_fold_keys().intersection(text)
    return "".join(c + chars[c] for c in sorted(present) if c in chars)


def document_json(record: SearchRecord) -> str:
    """``t/<n>.json``: what the browser shows of one result (and what an update reads
    back to take an old version of the report out of the index)."""
    return _dumps(
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
    return hashlib.blake2b(_dumps(record.__dict__).encode("utf-8"), digest_size=8).hexdigest()


def index_head(shard_bytes: int, page_size: int) -> list:
    """What every index file depends on besides the reports: format, sizes, OpenCC."""
    import opencc

    return [INDEX_VERSION, shard_bytes, page_size, getattr(opencc, "__version__", "")]


def index_version(digests: Iterable[str], head: list) -> str:
    """A digest of everything the index files depend on (report order does not matter:
    the numbering follows from the reports themselves).

    >>> index_version(['b1', 'a2'], [2]) == index_version(['a2', 'b1'], [2])
    True
    """
    digest = hashlib.blake2b(digest_size=8)
    digest.update(_dumps(head).encode())
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
        (_deltas(docs), False),
        ([hits[n][0] for n in docs], False),
        (_title_pairs(titles), False),
    ]


def merge_p(entry: list | None, change: GramChange) -> list | None:
    """A ``p`` entry with the change applied (see ``merge_g``).

    >>> merge_p([[0, 4], [2, 1], [-3, 2, 7]], GramChange({0}, [(2, [5, 9])]))
    [([2, 2], False), ([2, 1], False), ([5, 9, 7], True)]
    """
    positions = decode_p(entry) if entry else {}
    positions = {n: plist for n, plist in positions.items() if n not in change.remove}
    positions.update(change.add)
    if not positions:
        return None
    docs = sorted(positions)
    return [
        (_deltas(docs), False),
        ([len(positions[n]) for n in docs], False),
        ([p for n in docs for p in positions[n]], True),
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
    try:
        state = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
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
    write_atomically(Path(path), _dumps(state))


def _build(records, out_dir, version, shard_bytes, page_size):
    """The whole index, reports numbered newest first."""
    records = order_records(records)
    stats = IndexStats(documents=len(records), mode="full")
    writer = _Writer(out_dir, stats)

    # gram → (reports, counts) / (reports, counts, positions) as 32-bit arrays: 4 bytes
    # a number (a list of ints costs ~36), so 10,000 reports index in a few hundred MB.
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
                bigrams[gram] = (array("I", (n,)), array("I", (len(plist),)), array("i", plist))
            else:
                entry[0].append(n)
                entry[1].append(len(plist))
                entry[2].extend(plist)
        for gram, count in in_title.items():
            titles.setdefault(gram, []).extend((n, count))
        writer.write(f"t/{n}.json", document_json(record))

    # Shard counts from the binary size: ~3 bytes a (gram, report) pair (8- or 16-bit
    # gaps and counts), 2 a position, ~40 of header a gram.
    pairs_g = sum(len(e[0]) for e in chars.values()) + sum(len(e[0]) for e in bigrams.values())
    pairs_p = sum(len(e[0]) for e in bigrams.values())
    positions_total = sum(len(e[2]) for e in bigrams.values())
    stats.g_shards = g_n = shard_count(3 * pairs_g + 40 * (len(chars) + len(bigrams)), shard_bytes)
    stats.p_shards = p_n = shard_count(3 * pairs_p + 2 * positions_total, shard_bytes)
    stats.grams = len(chars) + len(bigrams)

    # g: [report gaps], [counts], [report gap, count in the title, …]
    g_shards: list[dict] = [{} for _ in range(g_n)]
    for gram, (docs, doc_counts) in chars.items():
        g_shards[shard_of(gram, g_n)][gram] = [
            (_deltas(docs), False),
            (doc_counts, False),
            (_title_pairs(titles.get(gram)), False),
        ]
    for gram, (docs, doc_counts, _) in bigrams.items():
        g_shards[shard_of(gram, g_n)][gram] = [
            (_deltas(docs), False),
            (doc_counts, False),
            (_title_pairs(titles.get(gram)), False),
        ]
    for k, shard in enumerate(g_shards):
        writer.write(f"g/{k}.bin", pack_shard(shard))
    del g_shards, chars

    # p: [report gaps], [positions per report], [positions, report after report]
    p_shards: list[dict] = [{} for _ in range(p_n)]
    for gram, (docs, doc_counts, flat) in bigrams.items():
        p_shards[shard_of(gram, p_n)][gram] = [
            (_deltas(docs), False),
            (doc_counts, False),
            (flat, True),
        ]
    del bigrams
    for k in range(p_n):
        writer.write(f"p/{k}.bin", pack_shard(p_shards[k]))
        p_shards[k] = None  # free as we go
    del p_shards

    numbers = {r.id: n for n, r in enumerate(records)}
    buckets = _write_facets(writer, list(enumerate(records)))
    writer.write("rank.bin", pack_rank(list(range(len(records)))))
    for k, part in enumerate(fold_shards()):
        writer.write(f"fold/{k}.json", _dumps(part))
    meta = _meta(version, len(records), len(records), g_n, p_n, page_size, buckets)
    writer.written.add(out_dir / "meta.json")
    writer.remove_stale()
    meta["files"] = len(writer.written)
    writer.write("meta.json", _dumps(meta))  # last: a build cut short is never "complete"
    return stats, numbers, (g_n, p_n)


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
            old = json.loads((out_dir / "t" / f"{n}.json").read_text(encoding="utf-8"))
            before = postings_of(old["t"], old["b"])
        if n in plan.incoming:
            record = record_at[n]
            after = postings_of(record.title, record.body)
            writer.write(f"t/{n}.json", document_json(record))
        else:
            (out_dir / "t" / f"{n}.json").unlink(missing_ok=True)
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
            path = out_dir / kind / f"{k}.bin"
            writer.write(f"{kind}/{k}.bin", repack_shard(path.read_bytes(), updates))

    buckets = _write_facets(writer, by_number)
    writer.remove_stale(out_dir / "facets")
    ranks = [plan.slots] * plan.slots
    for i, record in enumerate(order_records(records)):
        ranks[plan.numbers[record.id]] = i
    writer.write("rank.bin", pack_rank(ranks))
    meta = _meta(version, len(records), plan.slots, g_n, p_n, page_size, buckets)
    meta["files"] = _count_files(out_dir) + 1
    writer.write("meta.json", _dumps(meta))
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
    }


def pack_rank(ranks: list[int]) -> bytes:
    """``rank.bin``: every report number's place in date order (0 = newest), the
    tie-break of the ranking, as a one-array shard under the key ``rank``.

    >>> unpack_shard(pack_rank([1, 0, 2]))
    {'rank': [[1, 0, 2]]}
    """
    return pack_shard({"rank": [(ranks, False)]})


def _write_facets(writer: _Writer, numbered: list[tuple[int, SearchRecord]]) -> dict[str, int]:
    """``facets/``: every filter value's report numbers, parent and children (province →
    county → town), in files of a few values each; returns the file count per kind."""
    facets: dict[str, dict[str, dict]] = {k: {} for k in FACET_KINDS}
    for n, record in numbered:  # ascending numbers: the docs lists come out sorted
        for kind, values in facet_values(record).items():
            for key, label, parent in values:
                entry = facets[kind].setdefault(
                    key, {"label": label, "parent": parent, "docs": [], "children": {}}
                )
                entry["docs"].append(n)
    for child_kind, parent_kind in (("county", "province"), ("town", "county")):
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
                "docs": _deltas(entry["docs"]),
                "children": sorted(entry["children"].values(), key=lambda c: (-c[2], c[1])),
            }
    for rel, content in sorted(files.items()):
        writer.write(rel, _dumps(content))

    def options(kind, order):
        items = [[k, e["label"], len(e["docs"])] for k, e in facets[kind].items()]
        return sorted(items, key=order)

    top = {
        "province": options("province", lambda o: (-o[2], o[0])),
        "initiative": options("initiative", lambda o: (-o[2], o[0])),
        "year": options("year", _year_order),
    }
    writer.write("facets/top.json", _dumps(top))
    return buckets


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
    """A bigram's positions from a ``p`` shard: number → positions.

    >>> decode_p([[0, 4], [2, 1], [-3, 2, 7]])
    {0: [-3, 2], 4: [7]}
    """
    gaps, counts, flat = entry
    out, at = {}, 0
    for n, count in zip(_undelta(gaps), counts, strict=True):
        out[n] = flat[at : at + count]
        at += count
    return out


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
        if rel.endswith(".bin"):
            return unpack_shard((self.root / rel).read_bytes())
        return json.loads((self.root / rel).read_text(encoding="utf-8"))

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


# --------------------------------------------------------------------------- Pelican


_state: dict = {}


def _ensure_search_page(pelican) -> None:
    """Render theme/templates/search.html as a direct template (search.html)."""
    templates = list(pelican.settings.get("DIRECT_TEMPLATES", []))
    if "search" not in templates:
        templates.append("search")
        pelican.settings["DIRECT_TEMPLATES"] = templates
    pelican.settings.setdefault("SEARCH_SAVE_AS", "search.html")
    pelican.settings.setdefault("SEARCH_URL", pelican.settings["SEARCH_SAVE_AS"])


def _index_articles(job: dict) -> IndexStats:
    """Build the index for a job of ``_start_index`` (in whichever process runs it)."""
    records = [record_from_article(a) for a in job["articles"]]
    return build_index(
        records,
        job["out_dir"],
        shard_bytes=job["shard_bytes"],
        page_size=job["page_size"],
        state_path=job["state_path"],
    )


def _build_in_child(conn, job) -> None:
    """The forked process: build the index, send the stats (or the error) to the parent."""
    try:
        conn.send(("ok", _index_articles(job)))
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises
        import traceback

        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


SEARCH_STATE_FILE = "township_search.json"


def _start_index(generators) -> None:
    """``all_generators_finalized``: the articles are read; start building the index.

    The build (text extraction included) runs in a forked process while Pelican
    writes the pages (it needs the other core, not Pelican's), and ``finalized`` waits
    for it.  Where ``fork`` is not available, or ``SEARCH_BACKGROUND = False``, it
    runs at ``finalized`` instead.  The update state lives in ``CACHE_PATH``;
    ``--ignore-cache`` builds the index anew.
    """
    import multiprocessing
    import time

    from pelican.generators import ArticlesGenerator

    articles = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if articles is None or not articles.settings.get("SEARCH_ENABLED", True):
        return
    settings = articles.settings
    started = time.perf_counter()
    state_path = Path(settings.get("CACHE_PATH") or "cache") / SEARCH_STATE_FILE
    if not settings.get("LOAD_CONTENT_CACHE", True):
        state_path.unlink(missing_ok=True)
    job = {
        "articles": list(articles.articles),
        "out_dir": Path(articles.output_path) / "search",
        "shard_bytes": int(settings.get("SEARCH_SHARD_BYTES", DEFAULT_SHARD_BYTES)),
        "page_size": int(settings.get("SEARCH_PAGE_SIZE", DEFAULT_PAGE_SIZE)),
        "state_path": state_path,
    }
    _state.clear()
    _state.update(started=started, job=job)
    if (
        settings.get("SEARCH_BACKGROUND", True)
        and "fork" in multiprocessing.get_all_start_methods()
    ):
        ctx = multiprocessing.get_context("fork")
        parent, child = ctx.Pipe(duplex=False)
        process = ctx.Process(target=_build_in_child, args=(child, job), daemon=True)
        process.start()
        child.close()
        _state.update(process=process, pipe=parent)


def _finish_index(pelican) -> None:
    """``finalized``: wait for (or run) the index build and report it."""
    import time

    job = _state.pop("job", None)
    if job is None:
        return
    process, pipe = _state.pop("process", None), _state.pop("pipe", None)
    waited = time.perf_counter()
    if process is None:
        stats = _index_articles(job)
    else:
        try:
            status, stats = pipe.recv()
        except EOFError:
            status, stats = "error", f"the index process died (exit code {process.exitcode})"
        process.join()
        if status != "ok":
            raise RuntimeError(
                f"search: building the index under {job['out_dir']} failed:\n{stats}"
            )
    log.info(
        "search: %s index of %d reports (%d characters) in %.2f s (%.2f s waited): "
        "%d files written, %d unchanged",
        {"update": f"updated ({stats.changed} changed)"}.get(stats.mode, stats.mode),
        stats.documents,
        stats.characters,
        time.perf_counter() - _state.pop("started"),
        time.perf_counter() - waited,
        stats.files_written,
        stats.files_unchanged,
    )


def register():
    """Hook the search index builder into Pelican's signals."""
    from pelican import signals

    signals.initialized.connect(_ensure_search_page)
    signals.all_generators_finalized.connect(_start_index)
    signals.finalized.connect(_finish_index)
