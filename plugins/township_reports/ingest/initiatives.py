"""Find the initiatives a report is about: programmes, mechanisms, campaigns, models.

Every initiative found gets a page on the site, so a false one is a visible defect:
this step must be as precise as it is thorough. Evidence, all of it data
(``data/initiatives.yaml``, ``data/initiative_context.yaml``,
``data/initiative_stoplist.yaml``), weighed here:

1. the vocabulary: canonical names and aliases in both scripts (三会一课, 主题党日,
   千万工程 …), matched on jieba word boundaries (jieba is given the vocabulary and
   the gazetteer as a user dictionary, so 三会一课 and 太要镇 stay whole and 三联 is
   not found inside an unrelated longer word);
2. a quoted name the report introduces as a programme: a verb before it
   (推行“X”, 探索推进村党组织“X”) or a tail after it (“X”工作机制, “X”党建品牌,
   “X”主题活动); names listed together (“A”“B”等强基工程) share both; so are a
   slogan of several clauses named as the way of working (实行“周收集、月办理”的工作
   方式, 以“A、B”为抓手), a chain of steps or levels named a mechanism (建立“议事—
   交办—反馈”闭环机制), a team a strong verb founds (组建“X服务队”) and a fixed day
   (确定每月2日为“支部活动日”); a post quoted after 党员 is named with it (党员“林长”
   → 党员林长);
3. numbered names, quoted (“两精简三清理四规范”, “15分钟便民生活圈”, “1+3+N”) or of a
   known shape without quotes (一村一品, 三治融合, 双百行动); the parts 即 explains a
   numbered method by (“1235”工作法，即…“两大阵地”…) are the method, not names of
   their own;
4. plus-sign models, quoted or not (“党建+”, 党支部+合作社+农户), also where a scraper
   flattened the signs to spaces (“党支部 合作社 农户”).

A quoted name in the headline's subject position (绕阳河镇：“跨村联建”让弱村…) is
what the report is about. A practice that reports often name in passing (党员联户,
党员中心户) counts only where the report is about it.

Never initiatives: metaphors and catch phrases (“一池春水”, “领头雁”), honours won
(“河南省五星党支部”), institutions, facilities and spirits (“农业产业园区”, “六馆六苑”,
“长冈精神”), years, amounts and dates (“七一”), star levels and ratings on their own
(三星 of 五星, 获评“五星”), doctrines and generic policy words (“四个意识”, 乡村振兴),
priority labels (作为“一号工程”), media series (“X”系列报道), signs (“X”标牌), manners
(“清单化”), problems a clean-up removes (“四乱”), what a town contributes (“X智慧”),
ordinary dictionary words, mottos and quoted speech. A quoted phrase with no
introducing context and no numeral or plus sign is never one. Input is simplified
text; this step never changes it. ``find_mentions`` says which rule found each name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DATA
from .dictionary import tokenizer_copy

#: Numerals that open a slogan (百/千/万 open quantities such as 百亩荷塘, not slogans).
_LEADING_NUMERALS = "一二三四五六七八九十两双"
_NUMERALS = _LEADING_NUMERALS + "百千万"
_CHINESE_SLOGAN = re.compile(rf"^[{_LEADING_NUMERALS}][\u4e00-\u9fff]{{1,9}}$")
_DIGIT_SLOGAN = re.compile(r"^(?:\d{2,6}|\d{1,3}(?:\+[0-9A-Za-z]{1,3}){1,4})$")
_NUMERAL_GROUP = re.compile(rf"[{_NUMERALS}]+|\d+")
#: A digit-led name (15分钟便民生活圈, 12345热线), not an amount (3.45万, 100亩, 30余次).
_DIGIT_NAME = re.compile(
    r"^\d{1,5}(?!\d|[年月日号万亿元亩户人名个次余多%.·平公米吨斤家座处条项场期天份岁])"
    r"[\u4e00-\u9fff]{2,10}$"
)
_PLUS_MODEL = re.compile(
    r"^(?:[\u4e00-\u9fffA-Za-z0-9]{1,12}\+)+(?:[\u4e00-\u9fffA-Za-z0-9]{1,12})?$"
)
_YEAR_OR_AMOUNT = re.compile(r"^(?:(?:19|20)\d\d年?|.*\d[.,]\d.*|.*\d(?:万|亿|元|%).*)$")
#: A quoted phrase: “X”, "X", 「X」, 『X』 (may hold ‘single’ quotes), or a lone ‘X’.
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』\n]{1,24})[”\"」』]|‘([^‘’“”\n]{1,16})’")
_SENTENCE_PUNCTUATION = re.compile(r"[，。；：！？,;:!?…]")
_CHAIN = re.compile(r"[—－\-→~～/|]")
#: Between two quoted names of one list: nothing, 、, 和, 与, 及, 以及, 或.
_LIST_JOINER = re.compile(r"^(?:、|和|与|及|以及|或|、和)?$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Initiative:
    name: str
    aliases: tuple[str, ...]
    description: str
    level_of: str | None = None
    #: a practice reports often name in passing: it counts only where the report is
    #: about it (quoted, in the headline, followed by 制度/机制 …, or named twice)
    focus: bool = False
    #: the bare name counts only right before one of these (“五星”支部, “三星”以上)
    only_before: tuple[str, ...] = ()
    #: the same, for the name written without quotes only (共同缔造美好家园 is a verb phrase)
    unquoted_only_before: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    initiatives: dict[str, Initiative]
    alias_to_name: dict[str, str]
    not_initiatives: frozenset[str]


@dataclass(frozen=True)
class Mention:
    """One place a text names an initiative, and the evidence that made it one."""

    name: str  # canonical (vocabulary) name, or the name as the report spells it
    start: int
    end: int
    rule: str  # vocabulary | introduced | headline | numbered | plus model | shape


@functools.cache
def load_vocabulary(path: Path = DATA / "initiatives.yaml") -> Vocabulary:
    """Read the initiative vocabulary data file (cached), with the stoplist."""
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
            bool(entry.get("focus")),
            tuple(str(w) for w in entry.get("only_before") or ()),
            tuple(str(w) for w in entry.get("unquoted_only_before") or ()),
        )
        initiatives[name] = item
        for alias in (name, *item.aliases):
            alias_to_name[fold_slogan(alias)] = name
    stop = set(data.get("not_initiatives") or [])
    stoplist = path.parent / "initiative_stoplist.yaml"
    if stoplist.exists():
        for words in (yaml.safe_load(stoplist.read_text(encoding="utf-8")) or {}).values():
            stop.update(str(w) for w in words or ())
    return Vocabulary(
        initiatives,
        alias_to_name,
        frozenset(fold_slogan(str(x)) for x in stop) - alias_to_name.keys(),
    )


def _alternation(words: Iterable[str]) -> str:
    """One regex alternative per word, longest first (so 工作机制 wins over 机制)."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) or "(?!)"


@dataclass(frozen=True)
class ContextRules:
    """The patterns of ``initiative_context.yaml``, compiled."""

    verb_before: re.Pattern  # a strong or weak verb, then at most verb_gap characters
    strong_verbs: frozenset[str]
    tail_lead: re.Pattern  # 等, 的 … right after a closing quote
    tail_word: re.Pattern  # any strong or weak tail, longest first
    tail_continuation: re.Pattern
    mechanism_tails: frozenset[str]
    strong_tails: frozenset[str]
    naming_tails: frozenset[str]
    tail_gap: int
    tail_gap_alone: int
    honour_before: re.Pattern
    honour_after: re.Pattern
    honour_prefix: re.Pattern
    honour_suffix: re.Pattern
    theme_before: str
    theme_after: re.Pattern
    headline_max: int
    headline_subject: re.Pattern
    organisation: re.Pattern
    brandable: frozenset[str]
    measure_words: str
    facility_nouns: frozenset[str]
    self_tail: re.Pattern
    plus_model: re.Pattern
    plus_element: re.Pattern
    plus_stop: re.Pattern
    copula: re.Pattern
    festive_prefix: re.Pattern
    digit_formula: re.Pattern
    numbered_shape: re.Pattern
    goal_endings: tuple[str, ...]
    not_numerals: tuple[str, ...]
    frame_after: re.Pattern
    chain_min_links: int
    chain_tail_gap: int
    chain_tails: frozenset[str]
    role_qualifiers: tuple[str, ...]
    role_suffixes: tuple[str, ...]
    headline_place: re.Pattern
    contrast: re.Pattern
    column_tail: re.Pattern
    priority_before: re.Pattern
    priority_tail: str
    explanation: re.Pattern
    team: re.Pattern
    plus_head: re.Pattern
    fixed_day_before: re.Pattern
    brand_prefixes: tuple[str, ...]
    plus_formula_parts: int
    sign_after: re.Pattern
    reference_before: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    member_of_after: re.Pattern
    numbered_continuation: re.Pattern
    manner_suffix: str
    manner_max: int


@functools.cache
def load_context_rules(path: Path = DATA / "initiative_context.yaml") -> ContextRules:
    """Read and compile the context patterns (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    verbs = [str(v) for v in data["introducing_verbs"]]
    weak_verbs = [str(v) for v in data["weak_verbs"]]
    strong_tails = [str(t) for t in data["strong_tails"]]
    tails = strong_tails + [str(t) for t in data["weak_tails"]]
    gap = int(data["tail_gap"])
    verb_gap = int(data["verb_gap"])
    stops = [str(s) for s in data["plus_model_stops"]]
    return ContextRules(
        verb_before=re.compile(
            rf"({_alternation(verbs + weak_verbs)})(?:了|着)?"
            rf"((?:(?![{data['verb_gap_breakers']}])[\u4e00-\u9fff]){{0,{verb_gap}}})$"
        ),
        strong_verbs=frozenset(verbs),
        tail_lead=re.compile(r"(?:等(?:一批|一系列|系列)?)?的?"),
        tail_word=re.compile(_alternation(tails)),
        tail_continuation=re.compile(_alternation(data["tail_continuations"])),
        mechanism_tails=frozenset(data["mechanism_tails"]),
        strong_tails=frozenset(strong_tails),
        naming_tails=frozenset(str(t) for t in data["naming_tails"]),
        tail_gap=gap,
        tail_gap_alone=int(data["tail_gap_alone"]),
        honour_before=re.compile(
            rf"(?:{_alternation(data['honour_verbs'])})[了过]?[\u4e00-\u9fff]{{0,3}}$"
        ),
        honour_after=re.compile(
            rf"^等?[\u4e00-\u9fff]{{0,3}}?(?:{_alternation(data['honour_tails'])})"
        ),
        honour_prefix=re.compile(data["honour_prefix"]),
        honour_suffix=re.compile(data["honour_suffix"]),
        theme_before=str(data["theme_before"]),
        headline_max=int(data["headline_max"]),
        headline_subject=re.compile(data["headline_subject"]),
        theme_after=re.compile(data["theme_after"]),
        organisation=re.compile(data["organisation_suffix"]),
        brandable=_brandable_metaphors(),
        measure_words=str(data["measure_words"]),
        facility_nouns=frozenset(data["facility_nouns"]),
        self_tail=re.compile(rf"^[\u4e00-\u9fff]{{2,10}}(?:{_alternation(strong_tails)})$"),
        plus_model=re.compile(
            rf"(?<![+＋A-Za-z0-9])({_alternation(data['plus_model_heads'])})"
            r"((?:[+＋](?:[\u4e00-\u9fff]{1,10}|[A-Za-z]{1,2}))+|[+＋](?![\u4e00-\u9fff0-9A-Za-z]))"
        ),
        plus_element=re.compile(_alternation(data["plus_model_heads"])),
        plus_stop=re.compile(_alternation(stops)),
        copula=re.compile(_alternation(data["motto_words"])),
        festive_prefix=re.compile(f"^(?:{_alternation(data['festive_prefixes'])})"),
        digit_formula=re.compile(
            r"(?<![\d.+＋:：/\-])(\d{1,2}(?:[+＋](?:\d{1,2}|[A-Za-z]))+)"
            rf"(?=[\u4e00-\u9fff]{{0,2}}(?:{_alternation(data['digit_formula_tails'])}))"
        ),
        numbered_shape=re.compile("|".join(f"(?:{p})" for p in data["numbered_shapes"])),
        goal_endings=tuple(str(w) for w in data["goal_endings"]),
        not_numerals=tuple(str(w) for w in data["not_numerals"]),
        frame_after=re.compile(data["frame_after"]),
        chain_min_links=int(data["chain_min_links"]),
        chain_tail_gap=int(data["chain_tail_gap"]),
        chain_tails=frozenset(str(t) for t in data["chain_tails"]),
        role_qualifiers=tuple(str(w) for w in data["role_qualifiers"]),
        role_suffixes=tuple(str(w) for w in data["role_suffixes"]),
        headline_place=re.compile(data["headline_place"]),
        contrast=re.compile(data["contrast"]),
        column_tail=re.compile(rf"^等?(?:{_alternation(data['column_tails'])})"),
        priority_before=re.compile(
            rf"(?:{_alternation(data['priority_verbs'])})[\u4e00-\u9fff]{{0,6}}$"
        ),
        priority_tail=str(data["priority_tail"]),
        explanation=re.compile(
            rf"^[^。；;！？\n，,“”]{{0,8}}[，,]?(?:{_alternation(data['explanation_words'])})"
        ),
        team=re.compile(data["team_suffix"]),
        plus_head=re.compile(f"^(?:{_alternation(data['plus_model_heads'])})$"),
        fixed_day_before=re.compile(data["fixed_day_before"]),
        brand_prefixes=tuple(str(w) for w in data["brand_prefixes"]),
        plus_formula_parts=int(data["plus_formula_parts"]),
        sign_after=re.compile(data["sign_after"]),
        reference_before=tuple(str(w) for w in data["reference_before"]),
        place_suffixes=tuple(str(w) for w in data["place_suffixes"]),
        member_of_after=re.compile(data["member_of_after"]),
        numbered_continuation=re.compile(_alternation(data["numbered_continuations"])),
        manner_suffix=str(data["manner_suffix"]),
        manner_max=int(data["manner_max"]),
    )


def _brandable_metaphors(path: Path = DATA / "initiative_stoplist.yaml") -> frozenset[str]:
    """The stoplist's metaphors: a programme may take one as its brand (“连心桥”议事机制)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(fold_slogan(str(w)) for w in data.get("metaphors") or ())


def _spelled(text: str) -> str:
    """A quoted name as the report spells it, tidied: ASCII digits and signs, one space.

    >>> _spelled('学讲话　读党报 '), _spelled('党支部＋合作社'), _spelled("村‘两委’认星争星")
    ('学讲话 读党报', '党支部+合作社', '村两委认星争星')
    """
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[“”‘’\"'「」『』]", "", text)
    return re.sub(r"\s+", " ", text).strip()


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
    """True for a numbered name, wherever the numeral stands.

    A numeral opening a short name (三会一课, 三社融合), two numbered parts anywhere
    (两精简三清理四规范, 五桥带五区建设), a digit formula (7+X, 1+3+N, 1535) or a
    digit-led name (15分钟便民生活圈):

    >>> [is_numbered_slogan(p) for p in ('四议两公开', '7+X', '1+3+N', '1535', '11234')]
    [True, True, True, True, True]
    >>> [is_numbered_slogan(p) for p in ('两精简三清理四规范', '15分钟便民生活圈', '门前三包')]
    [True, True, True]

    Not: honours, star names, quantities, amounts, ordinals, a lone 一 inside a phrase:

    >>> [is_numbered_slogan(p) for p in ('河南省五星党支部', '支部过硬星', '百亩荷塘', '五星创建周论坛')]
    [False, False, False, False]
    >>> [is_numbered_slogan(p) for p in ('100亩', '3.45万', '第一书记', '最后一公里', '同一条船')]
    [False, False, False, False, False]
    """
    phrase = fold_slogan(phrase)
    if _DIGIT_SLOGAN.match(phrase) or _DIGIT_NAME.match(phrase):
        return True
    if not _CJK.search(phrase) or phrase.startswith("第") or len(phrase) > 12:
        return False
    if not re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z]+", phrase):
        return False
    groups = _NUMERAL_GROUP.findall(phrase)
    if len(groups) >= 2 and len(phrase) >= 3:
        return True
    if _CHINESE_SLOGAN.match(phrase):
        return len(phrase) <= 5 or sum(ch in _NUMERALS for ch in phrase) >= 2
    # one numeral inside a short name (门前三包), but not 一: 统一, 同一条船, 最后一公里
    inner = re.fullmatch(
        r"[\u4e00-\u9fff]{1,3}([二三四五六七八九十两双])[\u4e00-\u9fff]{1,3}", phrase
    )
    return bool(inner) and len(phrase) <= 6


@functools.cache
def segmenter():
    """A jieba tokenizer that knows the vocabulary and the gazetteer's place names."""
    tokenizer = tokenizer_copy()
    # jieba's general dictionary, before our vocabulary and place names join it
    tokenizer.ordinary_words = frozenset(w for w, f in tokenizer.FREQ.items() if f)
    vocabulary = load_vocabulary()
    for alias in vocabulary.alias_to_name:
        if re.search(r"[\u4e00-\u9fff]", alias):
            tokenizer.add_word(alias, freq=200000)
    for name in _place_names():
        tokenizer.add_word(name, freq=50000)
    return tokenizer


def _ordinary_words() -> frozenset[str]:
    """The words of jieba's general dictionary (before our vocabulary and places are added).

    A numbered or verb-introduced phrase that an ordinary dictionary lists (一线, 七一,
    一站式, 一心一意, 千家万户, 志愿服务) is a word of the language, not a coined name.
    """
    return segmenter().ordinary_words


@functools.cache
def _place_name_set() -> frozenset[str]:
    return frozenset(_place_names())


def _place_names() -> Iterable[str]:
    try:
        from .gazetteer import place_names
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


# ---------------------------------------------------------------- quoted names


@dataclass
class _Quoted:
    """A quoted phrase, with the context of the list of names it belongs to."""

    phrase: str  # folded: what is matched and judged
    start: int  # of the phrase inside the quotes
    end: int
    left: str = ""  # before the list's opening quote, back to the last punctuation
    right: str = ""  # after the list's closing quote
    alone: bool = True  # the only name of its list
    headline_subject: bool = False  # first in the headline, after the place only
    in_headline: bool = False  # in the body, and named without quotes by the headline
    text: str = ""  # as written between the quotes
    before: str = ""  # the raw text before the list's opening quote (14 characters)


def _quoted_lists(text: str, rules: ContextRules | None = None) -> list[_Quoted]:
    """Quoted phrases, each with the left and right context of the list it stands in.

    >>> [(q.phrase, q.left, q.right[:4]) for q in _quoted_lists('持续实施“甲计划”“乙计划”等强基工程')]
    [('甲计划', '持续实施', '等强基工'), ('乙计划', '持续实施', '等强基工')]
    """
    items = []
    for match in _QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        items.append((match.start(), match.end(), match.start(group), match.end(group)))
    quoted, lists = [], []
    for outer_start, outer_end, start, end in items:
        phrase = fold_slogan(text[start:end])
        item = _Quoted(phrase, start, end, text=text[start:end])
        if lists and _LIST_JOINER.match(text[lists[-1][-1][1] : outer_start]):
            lists[-1].append((item, outer_end))
        else:
            lists.append([(item, outer_end)])
        quoted.append((item, outer_start))
    starts = {id(item): outer_start for item, outer_start in quoted}
    for members in lists:
        first, last_end = members[0][0], members[-1][1]
        before = text[max(0, starts[id(first)] - 14) : starts[id(first)]]
        left = re.split(r"[^\u4e00-\u9fff]", before)[-1]
        right = text[last_end : last_end + 16]
        for item, _ in members:
            item.left, item.right, item.alone = left, right, len(members) == 1
            item.before = before
    rules = rules or load_context_rules()
    headline = _headline(text, rules)
    if quoted and headline:
        first = quoted[0][0]
        prefix = re.split(r"[：:丨｜|】]", text[: starts[id(first)]])[-1].strip()
        label = re.match(r"^[”\"」』]?\s*[①-⑳0-9]*\s*[：:]", text[first.end :])  # “X”⑧：a column
        if first.end <= len(headline) and rules.headline_subject.match(prefix) and not label:
            first.headline_subject = True
        bare = _QUOTED.sub("", headline)  # 官厅镇：田间党校里学技术 names the body's “田间党校”
        for item, _ in quoted:
            where = bare.find(item.phrase) if item.start > len(headline) else -1
            if where >= 0 and len(item.phrase) >= 2:
                prefix = re.split(r"[：:丨｜|】]", bare[:where])[-1].strip()
                item.in_headline = bool(rules.headline_subject.match(prefix))
    return [item for item, _ in quoted]


def _is_honour(item: _Quoted, rules: ContextRules) -> bool:
    """A title won: 荣获“全国文明村镇”称号, 成功创建“河南省五星党支部”."""
    if rules.honour_before.search(item.left) or rules.honour_after.match(item.right):
        return True
    return bool(rules.honour_prefix.match(item.phrase) and rules.honour_suffix.search(item.phrase))


def _is_plus_model(phrase: str, rules: ContextRules) -> bool:
    """A plus-sign model names who works together (党支部+合作社+农户, 党建+, 1+N).

    Pairs of manners are no model: 线上+线下, 正向激励+反向约束, 白+黑.

    >>> rules = load_context_rules()
    >>> [_is_plus_model(p, rules) for p in ('党建+', '党支部+合作社+农户', '党建+N', '线上+线下')]
    [True, True, True, False]
    """
    elements = [e for e in phrase.split("+") if e]
    if any(not _CJK.search(e) for e in elements):
        return True
    return any(rules.plus_element.search(e) for e in elements)


def _is_facility_list(phrase: str, rules: ContextRules) -> bool:
    """A numbered list of facilities (六馆六苑, 两园一中心) names places, not a programme."""
    parts = re.split(rf"[{_NUMERALS}]+", phrase)[1:]
    return bool(parts) and all(part in rules.facility_nouns for part in parts)


@dataclass(frozen=True)
class _Tail:
    """The word after a closing quote that names what the quoted thing is (机制, 活动 …)."""

    word: str
    gap: str  # characters between the quote (after 等/的) and the tail: 运行 in “X”运行机制
    lead: str  # 等, 的, 等一批 … right after the quote

    @property
    def immediate(self) -> bool:
        return not self.lead and not self.gap


def _find_tail(right: str, rules: ContextRules) -> _Tail | None:
    """The tail heading the words after a quote: “X”工作机制 → 工作机制; “X”工作格局 → None.

    >>> rules = load_context_rules()
    >>> _find_tail('运行机制，每月', rules), _find_tail('的工作格局', rules)
    (_Tail(word='机制', gap='运行', lead=''), None)
    """
    lead = rules.tail_lead.match(right).group()
    for size in range(rules.tail_gap + 1):
        gap = right[len(lead) : len(lead) + size]
        if len(gap) < size or not _CJK_RUN.fullmatch(gap or "一"):
            return None
        match = rules.tail_word.match(right, len(lead) + size)
        if match:
            word = head = match.group()
            end = match.end()
            while more := rules.tail_word.match(right, end):  # 工作流程 is headed by 流程
                head, end = more.group(), more.end()
            if not rules.tail_continuation.match(right, end):
                strong = word if word in rules.strong_tails else head
                return _Tail(head if head in rules.mechanism_tails else strong, gap, lead)
    return None


def _nearest_verb(left: str, rules: ContextRules) -> re.Match | None:
    """The introducing verb nearest the opening quote (依托基地开办“X” → 开办, not 依托)."""
    for start in range(len(left) - 1, -1, -1):
        match = rules.verb_before.match(left, start)
        if match:
            return match
    return None


def _is_quantity(phrase: str, rules: ContextRules) -> bool:
    """一 and a measure word: “一片叶子”, “一条船” count things, they name no programme."""
    return (
        len(phrase) > 1
        and phrase[0] == "一"
        and phrase[1] in rules.measure_words
        and len(_NUMERAL_GROUP.findall(phrase)) == 1
    )


def _stands_before(name: str, spelled: str, after: str, vocabulary: Vocabulary) -> bool:
    """False for a bare 五星 (or 三星) that is a rating, not the 五星支部 campaign.

    >>> v = load_vocabulary()
    >>> _stands_before('五星', '五星', '支部创建', v), _stands_before('五星', '五星', '，离', v)
    (True, False)
    """
    words = vocabulary.initiatives[name].only_before
    if not words or any(word in spelled for word in words):
        return True
    return after.startswith(words)


def _is_short_list(phrase: str) -> bool:
    """A slogan of a few short clauses (“支委包片、党员联户”), not a long enumeration."""
    parts = phrase.split("、")
    return len(parts) <= 5 and max(map(len, parts)) <= 8


def _branded_practice(phrase: str, vocabulary: Vocabulary, rules: ContextRules) -> str | None:
    """A known practice under a brand word is named as the report brands it.

    >>> rules, v = load_context_rules(), load_vocabulary()
    >>> _branded_practice("红色积分超市", v, rules), _branded_practice("村级积分超市", v, rules)
    ('红色积分超市', None)
    """
    for prefix in rules.brand_prefixes:
        rest = phrase[len(prefix) :]
        if phrase.startswith(prefix) and len(rest) >= 3 and rest in vocabulary.alias_to_name:
            return phrase
    return None


def _is_chain(phrase: str, rules: ContextRules) -> bool:
    """A chain of steps or levels: 议事—交办—反馈, 镇党委—村党组织—网格党支部—党员中心户.

    >>> rules = load_context_rules()
    >>> _is_chain("收集—交办—督办—反馈", rules), _is_chain("北京—上海", rules)
    (True, False)
    >>> _is_chain("2021—2025", rules), _is_chain("社区党委-小区党支部（红色帮办）", rules)
    (False, False)
    """
    links = re.split(r"[—－\-→]+", phrase)
    return len(links) >= rules.chain_min_links and all(
        re.fullmatch(r"[\u4e00-\u9fff]{2,8}", link) for link in links
    )


def _is_priority_label(item: _Quoted, tail: _Tail | None, rules: ContextRules) -> bool:
    """把X作为“一号工程”, 作为“一把手”工程来抓: how much X matters, not a programme.

    >>> rules = load_context_rules()
    >>> item = _Quoted("一号工程", 0, 0, left="镇党委把村党支部建设作为", right="，一抓到底")
    >>> _is_priority_label(item, _find_tail(item.right, rules), rules)
    True
    >>> item = _Quoted("头雁", 0, 0, left="深入实施", right="工程，选优配强")
    >>> _is_priority_label(item, _find_tail(item.right, rules), rules)
    False
    """
    if not rules.priority_before.search(item.left):
        return False
    named = bool(tail) and tail.immediate and tail.word == rules.priority_tail
    return item.phrase.endswith(rules.priority_tail) or named


def _flattened_plus_model(written: str, rules: ContextRules) -> str | None:
    """A plus-sign model whose signs a scraper flattened to spaces, restored.

    Some sites drop “+” from a page's text (a URL-encoded plus became a space), leaving
    “党支部 合作社 农户” or “党建 N”; when every part is a partner a model names (or
    a formula's letter, N or X), the signs were plus signs. A slogan of two phrases
    keeps its space (“学讲话 读党报”).

    >>> rules = load_context_rules()
    >>> _flattened_plus_model("党支部 合作社 农户", rules), _flattened_plus_model("党建 N", rules)
    ('党支部+合作社+农户', '党建+N')
    >>> _flattened_plus_model("学讲话 读党报", rules), _flattened_plus_model("N 次", rules)
    (None, None)
    """
    parts = unicodedata.normalize("NFKC", written).split()
    if len(parts) < 2 or not rules.plus_head.match(parts[0]):
        return None
    if all(rules.plus_head.match(part) or re.fullmatch("[A-Z]", part) for part in parts):
        return "+".join(parts)
    return None


#: What _judge_quoted says of a title won: not an initiative, and no vocabulary term
#: inside it counts either (河南省五星党支部 is not a mention of 五星).
HONOUR = ("", "honour")


def _judge_quoted(
    item: _Quoted, vocabulary: Vocabulary, rules: ContextRules
) -> tuple[str, str] | None:
    """(name, rule) when the quoted phrase names an initiative, HONOUR for a title won, else None.

    The evidence, strongest first: the vocabulary; a stoplist that vetoes; shapes that
    need no context (plus-sign models, numbered names); then the context (a verb
    before, a tail after, the headline).
    """
    phrase = item.phrase
    if rules.sign_after.match(item.right):
        return None  # 墙上的“党员责任区”标牌: a sign, judged as if unquoted
    if phrase.endswith(rules.manner_suffix) and len(phrase) <= rules.manner_max:
        return None  # “清单化”管理: a manner
    tail = _find_tail(item.right, rules)
    # 1. the vocabulary knows it (with its tail: “头雁”工程, or without: “三会一课”制度)
    unpunctuated = _SENTENCE_PUNCTUATION.sub("", phrase.replace("、", ""))
    verb_after = rules.numbered_continuation.match(item.right)  # “三长”联动机制
    continued = phrase + verb_after.group() if verb_after and is_numbered_slogan(phrase) else None
    keys = (
        phrase + tail.word if tail and tail.immediate else None,
        continued,
        phrase,
        unpunctuated,
    )
    for key in keys:
        if key in vocabulary.alias_to_name:
            name = vocabulary.alias_to_name[key]
            if not _stands_before(name, key, item.right, vocabulary):
                return None
            return name, "vocabulary"
    if len(phrase) < 2:
        return None
    if _is_honour(item, rules):
        return HONOUR
    if rules.column_tail.match(item.right) or _is_priority_label(item, tail, rules):
        return None
    if rules.member_of_after.match(item.right):
        return None  # “三大古镇”之一
    if item.alone and item.before.endswith(rules.reference_before):
        return None  # 这“三提”: what was just listed
    flattened = _flattened_plus_model(item.text, rules)
    if flattened:
        return flattened, "plus model"
    branded = _branded_practice(phrase, vocabulary, rules)
    if branded:
        return branded, "introduced"
    verb = _nearest_verb(item.left, rules)
    strong_verb = bool(verb) and verb.group(1) in rules.strong_verbs
    strong_tail = bool(tail) and tail.word in rules.strong_tails
    # 2. the stoplist: an ordinary word or a metaphor names a programme only with a tail
    if "、" in phrase and all(part in vocabulary.not_initiatives for part in phrase.split("、")):
        return None  # “产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”: policy words
    if phrase in vocabulary.not_initiatives:
        if tail and tail.immediate and tail.word in rules.naming_tails:
            return phrase + tail.word, "introduced"  # “头雁”工程 → 头雁工程
        if phrase in rules.brandable and strong_verb and strong_tail and len(tail.gap) <= 2:
            return phrase, "introduced"  # 推行“连心桥”议事机制
        return None
    if _SENTENCE_PUNCTUATION.search(phrase) or _YEAR_OR_AMOUNT.match(phrase):
        return None
    naming_tail = bool(tail) and tail.immediate and tail.word in rules.naming_tails
    listed_clauses = "、" in phrase
    if phrase.endswith(rules.goal_endings) and not naming_tail and not listed_clauses:
        return None  # 打造“城关样板”, 争创“乡村振兴新高地”: a goal, not a programme
    if (
        rules.copula.search(phrase)
        or rules.festive_prefix.sub("", phrase) in vocabulary.not_initiatives
    ):
        return None  # a motto (“一个网格就是一个家”) or a date (“迎七一”)
    # 3. shapes that need no context
    if "+" in phrase and _PLUS_MODEL.match(phrase) and _CJK.search(phrase):
        if _is_plus_model(phrase, rules):
            return phrase, "plus model"
        if verb and len(phrase.split("+")) >= rules.plus_formula_parts:
            return phrase, "plus model"  # 采取“现场教学+专题辅导+交流研讨”的方式
    if _DIGIT_SLOGAN.match(phrase) and not re.fullmatch(r"(?:19|20)\d\d", phrase):
        if naming_tail:  # “1235”工作法: digits alone say nothing; the name is 1235工作法
            return phrase + tail.word, "numbered"
        return phrase, "numbered"
    if not _CJK.search(phrase):
        return None  # “3·15”, “PPT”: a date or a word, no programme's name
    ordinary = phrase in _ordinary_words()
    listed = "、" in phrase
    mechanism = bool(tail) and "的" in tail.lead and tail.word in rules.mechanism_tails
    described = item.alone and item.right.startswith("的") and not mechanism
    if (
        not listed
        and is_numbered_slogan(phrase)
        and not ordinary
        and "的" not in phrase
        and not described  # “一次不跑”的服务: a description; “一核三联四治”的党建工作模式: a name
        and not _is_quantity(phrase, rules)
        and not _is_facility_list(phrase, rules)
        and not phrase.startswith(rules.not_numerals)  # “一起联动”: 一起 counts nothing
    ):
        return (continued or phrase), "numbered"  # “三长”联动机制 → 三长联动
    # 4. context: a verb before, a tail after, the headline
    if _CHAIN.search(phrase):
        if verb and tail and tail.word in rules.chain_tails and _is_chain(phrase, rules):
            if len(tail.gap) <= rules.chain_tail_gap and (mechanism or not tail.lead):
                return phrase, "introduced"  # 建立“议事—交办—反馈”闭环机制
        return None
    if phrase in _place_name_set():
        return None
    if phrase.endswith("日") and rules.fixed_day_before.search(item.before) and not ordinary:
        return phrase, "introduced"  # 确定每月2日为全镇“支部活动日”
    if item.left.endswith(rules.theme_before) and rules.frame_after.match(item.right):
        if not ordinary and len(phrase) >= 3 and (not listed or _is_short_list(phrase)):
            return phrase, "introduced"  # 以“支部带头种树、党员带头护林”为抓手
    if item.left.endswith(rules.theme_before) and rules.theme_after.match(item.right):
        return None  # 以“X”为主题
    if listed:  # “支委包片、党员联户”工作机制; 实行“群众点单、代办员接单”的闭环流程
        if not _is_short_list(phrase):
            return None
        if strong_tail and not tail.lead and len(tail.gap) <= 2:
            return phrase, "introduced"
        if verb and tail and (mechanism or not tail.lead) and len(tail.gap) <= 2:
            return phrase, "introduced"  # 推行“支部包片、党员包户”做法
        if strong_verb and not verb.group(2) and not _CJK.match(item.right[:1]):
            return phrase, "introduced"  # 擂台赛实行“比学赶超、季度晾晒”，…
        return None
    if strong_tail and "的" not in tail.lead:
        if len(tail.gap) <= (rules.tail_gap if verb else rules.tail_gap_alone):
            return phrase, "introduced"
    if verb and mechanism and len(tail.gap) <= 4:
        return phrase, "introduced"
    # without a strong tail, an institution or a spirit is what it says (“长冈精神”);
    # a team is the town's programme where a strong verb founds it (组建“X服务队”)
    if rules.team.search(phrase):
        founded = strong_verb and not verb.group(2)
        return (phrase, "introduced") if founded and not ordinary else None
    if rules.organisation.search(phrase) and not rules.self_tail.match(phrase):
        return None
    if tail and verb and "的" not in tail.lead and len(tail.gap) <= 2:
        return phrase, "introduced"
    if rules.self_tail.match(phrase):  # the name keeps its own tail: “清洁家园行动”
        return phrase, "introduced"
    if strong_verb and not ordinary and len(phrase) <= 10:
        return phrase, "introduced"
    if (item.headline_subject or item.in_headline) and not ordinary and len(phrase) <= 12:
        place = rules.headline_place.search(phrase)  # “沙窝窝”里支部强: a place
        contrast = phrase.startswith("小") and rules.contrast.match(item.right)
        if not place and not contrast:  # “小积分”撬动“大变化”: a figure of speech
            return phrase, "headline"
    return None


# ---------------------------------------------------------------- names without quotes


def _plus_models(text: str, rules: ContextRules) -> Iterable[tuple[int, int, str]]:
    """Plus-sign models written without quotes: 党支部+合作社+农户运行模式 → 党支部+合作社+农户.

    >>> [m[2] for m in _plus_models('采用党支部+企业+合作社+脱贫户运行模式，算出3+2=5', load_context_rules())]
    ['党支部+企业+合作社+脱贫户']
    """
    if "+" not in text and "＋" not in text:
        return
    for match in rules.plus_model.finditer(text):
        elements = re.split(r"[+＋]", match.group(2))[1:]
        kept = []
        for element in elements:
            stop = rules.plus_stop.search(element)
            if stop:
                element = element[: stop.start()]
            if element:
                kept.append(element)
            if stop or not element:
                break
        name = fold_slogan(match.group(1) + "+" + "+".join(kept))
        end = match.start(2) + len("+".join([""] + kept)) if kept else match.start(2) + 1
        yield match.start(), end, name
    for match in rules.digit_formula.finditer(text):
        yield match.start(1), match.end(1), fold_slogan(match.group(1))


def _numbered_shapes(text: str, rules: ContextRules) -> Iterable[tuple[int, int, str]]:
    """Numbered names of a known shape, without quotes: 一村一品, 三治融合, 15分钟便民生活圈."""
    for match in rules.numbered_shape.finditer(text):
        yield match.start(), match.end(), match.group()


# ---------------------------------------------------------------- the step


def find_mentions(text: str, vocabulary: Vocabulary | None = None) -> list[Mention]:
    """Every place the text names an initiative, with the rule that found it, in text order.

    The recipe: quoted phrases first (each judged whole, with its context), then
    plus-sign models and numbered shapes outside them, then the vocabulary in what is
    left; passing mentions of a practice and short forms of a longer name are dropped.

    >>> [(m.name, m.rule) for m in find_mentions('镇党委推行“支委包片、党员联户”工作机制，严格落实三会一课')]
    [('支委包片、党员联户', 'introduced'), ('三会一课', 'vocabulary')]
    """
    vocabulary = vocabulary or load_vocabulary()
    rules = load_context_rules()
    taken = bytearray(len(text) + 2)  # 1 where a found name (or an honour) already stands
    quoted = _quoted_lists(text, rules)
    mentions = _without_explained_parts(
        text, list(_quoted_mentions(quoted, vocabulary, rules, taken)), rules
    )
    quoted_names = {m.name for m in mentions}  # a quoted name is one the report is about
    in_quotes = bytearray(len(text) + 2)
    for item in quoted:
        in_quotes[item.start : item.end] = b"\1" * (item.end - item.start)
    mentions += _unquoted_shapes(text, vocabulary, rules, taken, in_quotes)
    found, focused = _vocabulary_mentions(text, vocabulary, rules, taken)
    mentions += found
    focused |= quoted_names
    focused |= {m.name for m in mentions if m.start < len(_headline(text, rules))}
    mentions = _only_the_focus(mentions, focused, vocabulary)
    return sorted(_drop_short_forms(mentions), key=lambda m: m.start)


def _without_explained_parts(
    text: str, mentions: list[Mention], rules: ContextRules
) -> list[Mention]:
    """Drop the parts 即 explains a found name by, up to the end of its sentence.

    >>> text = "探索“1235”工作法，即发挥“一个引领”，用好“两大阵地”。另推行“三色台账”。"
    >>> [m.name for m in find_mentions(text)]
    ['1235工作法', '三色台账']
    """
    spans = []
    for mention in mentions:
        after = text[mention.end + 1 : mention.end + 20]
        explained = rules.explanation.match(after)
        if explained:
            start = mention.end + 1 + explained.end()
            stop = re.search(r"[。；;！？\n]", text[start:])
            spans.append((start, start + stop.start() if stop else len(text)))
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def _after_a_numeral(text: str, start: int) -> bool:
    """True where a numbered name would continue a number (三|千万工程, 2|0分钟)."""
    return start > 0 and (text[start - 1] in _NUMERALS + "几数余" or text[start - 1].isdigit())


def _headline(text: str, rules: ContextRules) -> str:
    """The first line when it reads as a headline (short, no full stop), else ''."""
    first = text.split("\n", 1)[0]
    return first if len(first) <= rules.headline_max and "。" not in first else ""


def _quoted_mentions(
    quoted: list[_Quoted], vocabulary: Vocabulary, rules: ContextRules, taken: bytearray
) -> Iterable[Mention]:
    """Quoted names judged initiatives; their spans (and honours') are taken."""
    for item in quoted:
        judged = _judge_quoted(item, vocabulary, rules)
        if judged:
            name, rule = judged
            start, end = max(0, item.start - 1), item.end + 1
            taken[start:end] = b"\1" * (end - start)
            if rule == "honour":
                continue
            if name in vocabulary.alias_to_name:
                name = vocabulary.alias_to_name[name]
            elif name.startswith(item.phrase):  # as the report spells it: 学讲话 读党报
                name = _spelled(item.text) + name[len(item.phrase) :]
                name = _with_role_qualifier(name, item, rules)
            yield Mention(name, item.start, item.end, rule)


def _with_role_qualifier(name: str, item: _Quoted, rules: ContextRules) -> str:
    """A post quoted right after who holds it is named with it: 党员“代办员” → 党员代办员.

    >>> rules = load_context_rules()
    >>> _with_role_qualifier("林长", _Quoted("林长", 0, 0, left="推行党员"), rules)
    '党员林长'
    >>> _with_role_qualifier("庭院课堂", _Quoted("庭院课堂", 0, 0, left="开办党员"), rules)
    '庭院课堂'
    """
    qualifier = next((q for q in rules.role_qualifiers if item.left.endswith(q)), None)
    if qualifier and item.alone and name.endswith(rules.role_suffixes):
        return qualifier + name
    return name


def _unquoted_shapes(
    text: str, vocabulary: Vocabulary, rules: ContextRules, taken: bytearray, in_quotes: bytearray
) -> Iterable[Mention]:
    """Plus-sign models and numbered shapes outside quotes (a quoted phrase is judged whole)."""
    for finder, rule in ((_plus_models, "plus model"), (_numbered_shapes, "shape")):
        for start, end, name in finder(text, rules):
            if taken.find(1, start, end) >= 0 or in_quotes.find(1, start, end) >= 0:
                continue
            if _after_a_numeral(text, start):
                continue  # 投资三千万工程款: an amount
            if name in vocabulary.not_initiatives:
                continue
            if rule == "shape" and name not in vocabulary.alias_to_name:
                if name in _ordinary_words():  # 一心一意, 一草一木
                    continue
            taken[start:end] = b"\1" * (end - start)
            yield Mention(vocabulary.alias_to_name.get(name, name), start, end, rule)


def _vocabulary_mentions(
    text: str, vocabulary: Vocabulary, rules: ContextRules, taken: bytearray
) -> tuple[list[Mention], set[str]]:
    """Vocabulary terms on jieba word boundaries, and those the text is plainly about."""
    mentions, focused = [], set()
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
            spelled = fold_slogan(token)
            name = vocabulary.alias_to_name.get(spelled)
            if name is None or taken.find(1, start, end) >= 0:
                continue
            item = vocabulary.initiatives[name]
            if not _CJK.search(token) or item.level_of:
                continue  # digits and star levels count only when quoted
            if _after_a_numeral(text, start) and token[0] in _NUMERALS:
                continue  # 三千万工程款 is an amount, not 千万工程
            if not _stands_before(name, spelled, text[end : end + 6], vocabulary):
                continue
            if item.unquoted_only_before and not text.startswith(item.unquoted_only_before, end):
                continue  # 共同缔造美好家园: the words, not the campaign
            if text.startswith(rules.place_suffixes, end):
                continue  # 三联村: a place's name
            mentions.append(Mention(name, start, end, "vocabulary"))
            if item.focus and (
                spelled != name
                and spelled.startswith(name)  # 党员联户制度
                or _tail_follows(text, end, rules)
                or _verb_precedes(text, start, rules)
            ):
                focused.add(name)
    return mentions, focused


def _tail_follows(text: str, end: int, rules: ContextRules) -> bool:
    """A tail right after a name (党员联户制度, 党员责任区等做法) says the report is about it."""
    tail = _find_tail(text[end : end + 12], rules)
    return bool(tail) and not tail.gap and "的" not in tail.lead


def _verb_precedes(text: str, start: int, rules: ContextRules) -> bool:
    """A strong verb right before a name (推行党员联户) says the report is about it."""
    verb = _nearest_verb(re.split(r"[^\u4e00-\u9fff]", text[max(0, start - 8) : start])[-1], rules)
    return bool(verb) and verb.group(1) in rules.strong_verbs and not verb.group(2)


def _only_the_focus(
    mentions: list[Mention], focused: set[str], vocabulary: Vocabulary
) -> list[Mention]:
    """Drop passing mentions of a practice the report is not about (``focus`` in the vocabulary).

    A report is about it when it quotes it, names it in the headline, introduces it
    (推行党员联户, 党员联户制度) or names it at least twice.
    """
    counts = Counter(m.name for m in mentions)

    def about(name: str) -> bool:
        item = vocabulary.initiatives.get(name)
        return not (item and item.focus) or counts[name] >= 2 or name in focused

    return [m for m in mentions if about(m.name)]


def _drop_short_forms(mentions: list[Mention]) -> list[Mention]:
    """A headline's short form or a shorter plus model is the same initiative as the longer name.

    水泉乡：“党建联盟”… then “冰雪产业党建联盟” in the body; “党支部+协会” in the headline
    and “党支部+协会+陶艺户” in the body: one initiative each, the longer name.
    """
    names = {m.name for m in mentions}
    kept = []
    for mention in mentions:
        short = mention.rule == "headline" or (
            mention.rule == "plus model" and mention.name.strip("+").count("+") >= 1
        )
        longer = [other for other in names if mention.name in other and mention.name != other]
        if "+" not in mention.name:  # a partner of a model is no short form of it
            longer = [other for other in longer if mention.name not in other.split("+")]
        if short and longer:
            continue
        kept.append(mention)
    return kept


def find_initiatives(text: str, vocabulary: Vocabulary | None = None) -> list[tuple[str, int]]:
    """Initiatives a text names, most-mentioned first: [(canonical name, mentions)].

    >>> dict(find_initiatives('严格落实“三会一课”制度，扎实推动“三聯”机制落地生根，结合“321”基层治理模式'))
    {'三会一课': 1, '三联': 1, '321': 1}
    >>> dict(find_initiatives('加快实现“三星”以上支部成片、“四星”以上支部成批、“五星”支部持续递增目标'))
    {'五星': 3}
    >>> dict(find_initiatives('成功创建“河南省五星党支部”，实行“一线”驻村工作法'))
    {}

    Branded names introduced by their context, without the generic tail:

    >>> dict(find_initiatives('该镇探索推进村党组织“跨村联建”，打造“红色管家”党建品牌'))
    {'跨村联建': 1, '红色管家': 1}

    Plus-sign models and numbered names wherever the numeral stands:

    >>> dict(find_initiatives('采用党支部+合作社+农户运行模式，着力打造“15分钟便民生活圈”'))
    {'党支部+合作社+农户': 1, '15分钟便民生活圈': 1}

    Metaphors, catch phrases and quoted speech are not initiatives:

    >>> dict(find_initiatives('激活乡村振兴“一池春水”，打通服务群众“最后一公里”，当好“领头雁”'))
    {}
    """
    vocabulary = vocabulary or load_vocabulary()
    return [(name, n) for name, n, _ in rank_mentions(find_mentions(text, vocabulary), vocabulary)]


def rank_mentions(
    mentions: list[Mention], vocabulary: Vocabulary | None = None
) -> list[tuple[str, int, str]]:
    """[(name, mentions, rule that first found it)], most-mentioned first: levels fold
    into their initiative (三星 → 五星), spellings into the first one seen."""
    vocabulary = vocabulary or load_vocabulary()
    counts: Counter = Counter()
    spelling: dict[str, str] = {}  # folded name → the first spelling (学讲话 读党报)
    first_rule: dict[str, str] = {}
    for mention in mentions:
        item = vocabulary.initiatives.get(mention.name)
        name = item.level_of if item and item.level_of else mention.name
        key = fold_slogan(name)
        spelling.setdefault(key, name)
        first_rule.setdefault(key, mention.rule)
        counts[key] += 1
    order = list(counts)
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], order.index(pair[0])))
    return [(spelling[key], n, first_rule[key]) for key, n in ranked]
