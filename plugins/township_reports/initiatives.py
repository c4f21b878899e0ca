"""Find the initiatives a report names: vocabulary terms and quoted numbered slogans.

Two sources, both data-driven:
1. the vocabulary (``data/initiatives.yaml``): canonical names and aliases in
   both scripts, matched on jieba word boundaries (jieba is given the vocabulary
   and the gazetteer as a user dictionary, so 三会一课 and 太要镇 stay whole and
   三联 is not found inside an unrelated longer word);
2. quoted numbered slogans not in the vocabulary (“三变改革”, “1+3+N”):
   a short quoted phrase that starts with a numeral or is a digit formula.
Honours, place names and star levels (三星 and 四星 are levels of 五星) are not
initiatives of their own. Input is simplified text.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"
#: Numerals that open a slogan (百/千/万 open quantities such as 百亩荷塘, not slogans).
_LEADING_NUMERALS = "一二三四五六七八九十两双"
_NUMERALS = _LEADING_NUMERALS + "百千万"
_CHINESE_SLOGAN = re.compile(rf"^[{_LEADING_NUMERALS}][\u4e00-\u9fff]{{1,9}}$")
_DIGIT_SLOGAN = re.compile(r"^(?:\d{2,6}|\d{1,3}(?:\+[0-9A-Za-z]{1,3}){1,4})$")
_QUOTED = re.compile(r"[“‘\"「『]([^“”‘’\"「」『』\n]{1,16})[”’\"」』]")


@dataclass(frozen=True)
class Initiative:
    name: str
    aliases: tuple[str, ...]
    description: str
    level_of: str | None = None


@dataclass(frozen=True)
class Vocabulary:
    initiatives: dict[str, Initiative]
    alias_to_name: dict[str, str]
    not_initiatives: frozenset[str]


@functools.cache
def load_vocabulary(path: Path = DATA / "initiatives.yaml") -> Vocabulary:
    """Read the initiative vocabulary data file (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    initiatives = {}
    alias_to_name = {}
    for entry in data["initiatives"]:
        name = str(entry["name"])
        item = Initiative(
            name,
            tuple(str(a) for a in entry.get("aliases") or ()),
            entry.get("description", ""),
            entry.get("level_of"),
        )
        initiatives[name] = item
        for alias in (name, *item.aliases):
            alias_to_name[fold_slogan(alias)] = name
    return Vocabulary(
        initiatives,
        alias_to_name,
        frozenset(fold_slogan(x) for x in data.get("not_initiatives", [])),
    )


def fold_slogan(text: str) -> str:
    """Fold a slogan's spelling: full-width digits and signs to ASCII, spaces and quotes dropped.

    >>> fold_slogan('“７＋Ｘ”')
    '7+X'
    >>> fold_slogan('三会一课')
    '三会一课'
    """
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s“”‘’\"'「」『』]", "", text)


def is_numbered_slogan(phrase: str) -> bool:
    """True for a numbered slogan: 三会一课, 一镇两线三带, 7+X, 1+3+N, 1535.

    >>> [is_numbered_slogan(p) for p in ('四议两公开', '7+X', '1+3+N', '1535', '11234')]
    [True, True, True, True, True]
    >>> [is_numbered_slogan(p) for p in ('河南省五星党支部', '支部过硬星', '百亩荷塘', '五星创建周论坛')]
    [False, False, False, False]
    """
    phrase = fold_slogan(phrase)
    if _DIGIT_SLOGAN.match(phrase):
        return True
    numerals = sum(1 for ch in phrase if ch in _NUMERALS)
    return bool(_CHINESE_SLOGAN.match(phrase)) and (len(phrase) <= 5 or numerals >= 2)


def _cache_dir() -> Path:
    path = Path(os.environ.get("TOWNSHIP_REPORTS_CACHE", Path.cwd() / ".cache"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@functools.cache
def segmenter():
    """A jieba tokenizer that knows the vocabulary and the gazetteer's place names."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(_cache_dir())
    tokenizer.cache_file = "jieba.cache"
    tokenizer.initialize()
    vocabulary = load_vocabulary()
    for alias in vocabulary.alias_to_name:
        if re.search(r"[\u4e00-\u9fff]", alias):
            tokenizer.add_word(alias, freq=200000)
    for name in _place_names():
        tokenizer.add_word(name, freq=50000)
    return tokenizer


def _place_names() -> Iterable[str]:
    try:
        from .places import place_names
    except ImportError:  # the gazetteer is optional for this step
        return ()
    return place_names()


#: jieba's block pattern (``jieba.re_han_default``): it segments each such run separately.
_JIEBA_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_ALIAS_PATTERNS: dict[int, re.Pattern] = {}


def _alias_pattern(vocabulary: Vocabulary) -> re.Pattern:
    """One regex for every alias with a Chinese character (the ones segmentation can find)."""
    key = id(vocabulary)
    if key not in _ALIAS_PATTERNS:
        aliases = [a for a in vocabulary.alias_to_name if re.search(r"[\u4e00-\u9fff]", a)]
        aliases.sort(key=len, reverse=True)
        _ALIAS_PATTERNS[key] = re.compile("|".join(map(re.escape, aliases)) or r"(?!)")
    return _ALIAS_PATTERNS[key]


def find_initiatives(text: str, vocabulary: Vocabulary | None = None) -> list[tuple[str, int]]:
    """Initiatives a text names, most-mentioned first: [(canonical name, mentions)].

    >>> dict(find_initiatives('严格落实“三会一课”制度，扎实推动“三聯”机制落地生根，结合“321”基层治理模式'))
    {'三会一课': 1, '三联': 1, '321': 1}
    >>> dict(find_initiatives('加快实现“三星”以上支部成片、“四星”以上支部成批、“五星”支部持续递增目标'))
    {'五星': 3}
    >>> dict(find_initiatives('成功创建“河南省五星党支部”，实行“一线”驻村工作法'))
    {}
    """
    vocabulary = vocabulary or load_vocabulary()
    counts: Counter = Counter()
    quoted_spans = []
    for match in _QUOTED.finditer(text):
        phrase = fold_slogan(match.group(1))
        quoted_spans.append(match.span(1))
        name = vocabulary.alias_to_name.get(phrase)
        if name is None and is_numbered_slogan(phrase) and phrase not in vocabulary.not_initiatives:
            if not re.fullmatch(r"(?:19|20)\d\d", phrase):  # a year is not a slogan
                name = phrase
        if name:
            counts[name] += 1
    # jieba segments each run of _JIEBA_BLOCK characters on its own, so only the runs
    # that contain an alias can yield one: segment those alone (same tokens, ~10x less work).
    aliases = _alias_pattern(vocabulary)
    position = 0
    for block in _JIEBA_BLOCK.split(text):
        block_start, position = position, position + len(block)
        if not aliases.search(block) or not _JIEBA_BLOCK.fullmatch(block):
            continue
        end = block_start
        for token in segmenter().cut(block, HMM=False):
            start, end = end, end + len(token)
            name = vocabulary.alias_to_name.get(fold_slogan(token))
            if name is None or any(a <= start < b for a, b in quoted_spans):
                continue
            if not re.search(r"[\u4e00-\u9fff]", token) or vocabulary.initiatives[name].level_of:
                continue  # digits and star levels count only when quoted
            counts[name] += 1
    folded: Counter = Counter()
    for name, n in counts.items():
        item = vocabulary.initiatives.get(name)
        folded[item.level_of if item and item.level_of else name] += n
    return sorted(folded.items(), key=lambda pair: (-pair[1], list(folded).index(pair[0])))
