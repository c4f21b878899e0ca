"""Folding: traditional→simplified and full-width→half-width, one table for the index and search.js.

The tables are generated from ingest's simplification (OpenCC and its variant table); ``fold_text`` maps one UTF-16 code unit to one
(positions in folded text are positions on screen), ``fold_query`` may also rewrite
phrases. search.js implements both from the same tables (``fold_shards``).
"""

from __future__ import annotations

import functools
import logging
import re
import subprocess
from collections.abc import Mapping
from pathlib import Path

from ...ingest.simplify import load_two_way_characters

log = logging.getLogger(__name__)

# The characters a query is split on.  Spelled out (not "str.isspace") because
# search.js must use the very same set: Python's and JavaScript's ideas of whitespace
# differ at the edges (U+001C–U+001F, U+0085, U+FEFF).
WHITESPACE = (
    "\t\n\v\f\r \x1c\x1d\x1e\x1f\x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)
WHITESPACE_RE = re.compile("[" + re.escape(WHITESPACE) + "]+")
WHITESPACE_SET = frozenset(WHITESPACE)

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
    """Every CJK character that ingest's simplification changes when it stands alone.

    Built with ingest's own ``to_simplified`` (OpenCC ``t2s``, then the variant forms
    OpenCC keeps, ``data/variants.tsv``), one code point at a time (a newline between
    characters stops OpenCC's phrase matching), so a query folds exactly as the reports
    were written: 陜西 finds a report a page printed as 陜西 and ingest wrote 陕西. Plus
    ``same_letter()`` (著 and 着, 畬 and 畲: ingest writes 着 for a traditional report's 著
    where it reads zhe, simplify.two_way_characters, so a query in either script must
    find both).

    >>> m = t2s_char_map()
    >>> m['黨'], m['聯'], m['會'], m['課'], m['著'], m['陜']
    ('党', '联', '会', '课', '着', '陕')
    >>> '党' in m, '三' in m, '甯' in m
    (False, False, False)
    """
    from ...ingest.simplify import to_simplified

    chars = [chr(cp) for lo, hi in _CJK_RANGES for cp in range(lo, hi + 1)]
    converted = to_simplified("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # never seen; would mean a phrase spanned a newline
        raise RuntimeError("OpenCC changed the number of lines while building the t2s map")
    found = {c: s for c, s in zip(chars, converted, strict=True) if c != s and s}
    return found | same_letter()


def same_letter() -> dict[str, str]:
    """Characters search treats as one though OpenCC keeps them apart (see t2s_char_map):
    each two-way character of ``data/two_way_characters.yaml`` and its usual form.

    >>> same_letter()['著'], same_letter()['畬']
    ('着', '畲')
    """
    return {char: becomes for char, (becomes, _) in load_two_way_characters().items()}


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
    for raw in WHITESPACE_RE.split(query):
        if not raw:
            continue
        term = fold_query(raw)
        # A phrase could fold to something containing a space; split again to be safe.
        for part in WHITESPACE_RE.split(term):
            if part and part not in terms:
                terms.append(part)
    return terms


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
