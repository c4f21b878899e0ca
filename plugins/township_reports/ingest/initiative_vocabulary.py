"""What the initiatives step knows, all of it data: the vocabulary and the context rules.

Canonical names and aliases (``data/initiatives.yaml``), the verbs, tails and
qualifiers that introduce a quoted name as a programme (``data/initiative_context.yaml``)
and the metaphors that are never one (``data/initiative_stoplist.yaml``), compiled once;
the shapes of numbered slogans (一村一品, “1+3+N”); jieba set up with the vocabulary and
the gazetteer as a user dictionary, so 三会一课 and 太要镇 stay whole.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DATA, alternation
from .dictionary import tokenizer_copy

#: Numerals that open a slogan (百/千/万 open quantities such as 百亩荷塘, not slogans).
_LEADING_NUMERALS = "一二三四五六七八九十两双"
NUMERALS = _LEADING_NUMERALS + "百千万"
_CHINESE_SLOGAN = re.compile(rf"^[{_LEADING_NUMERALS}][\u4e00-\u9fff]{{1,9}}$")
DIGIT_SLOGAN = re.compile(r"^(?:\d{2,6}|\d{1,3}(?:\+[0-9A-Za-z]{1,3}){1,4})$")
NUMERAL_GROUP = re.compile(rf"[{NUMERALS}]+|\d+")
#: A digit-led name (15分钟便民生活圈, 12345热线), not an amount (3.45万, 100亩, 30余次).
_DIGIT_NAME = re.compile(
    r"^\d{1,5}(?!\d|[年月日号万亿元亩户人名个次余多%.·平公米吨斤家座处条项场期天份岁])"
    r"[\u4e00-\u9fff]{2,10}$"
)
PLUS_MODEL = re.compile(
    r"^(?:[\u4e00-\u9fffA-Za-z0-9]{1,12}\+)+(?:[\u4e00-\u9fffA-Za-z0-9]{1,12})?$"
)
YEAR_OR_AMOUNT = re.compile(r"^(?:(?:19|20)\d\d年?|.*\d[.,]\d.*|.*\d(?:万|亿|元|%).*)$")
#: A quoted phrase: “X”, "X", 「X」, 『X』 (may hold ‘single’ quotes), or a lone ‘X’.
#: A plus-sign model may run longer (“联村党总支+企业+村股份经济合作联合社+基地+农户” has 25
#: characters): three or more parts of at most 10 characters, no clause punctuation and no 的
#: (quoted speech that mentions a model, “我们采取党支部+合作社+农户的办法带着大家干”, is no name).
QUOTED = re.compile(
    r"[“\"「『]((?=[^“”\"「」『』\n]{25,40}[”\"」』])"
    r"(?:[^“”\"「」『』\n，。；！？的+＋]{1,10}[+＋]){2,}[^“”\"「」『』\n，。；！？的+＋]{1,10}"
    r"|[^“”\"「」『』\n]{1,24})[”\"」』]|‘([^‘’“”\n]{1,16})’"
)
SENTENCE_PUNCTUATION = re.compile(r"[，。；：！？,;:!?…]")
CHAIN = re.compile(r"[—－\-→~～/|]")
#: Between two quoted names of one list: nothing, 、, 和, 与, 及, 以及, 或.
LIST_JOINER = re.compile(r"^(?:、|和|与|及|以及|或|、和)?$")
CJK = re.compile(r"[\u4e00-\u9fff]")
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Initiative:
    """An initiative as the vocabulary (``data/initiatives.yaml``) describes it: the one
    definition ingest detects initiatives by and the site's facet pages describe them with
    (``site/facets.InitiativeFacet`` holds it, with the reports that name it)."""

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


def _entries(data) -> list[dict]:
    """The entries of a vocabulary file: a list under ``initiatives:`` (ours), a bare list,
    or a mapping of name → entry; an entry without a name is no entry.

    >>> [e["name"] for e in _entries({"initiatives": {"三联": {"aliases": ["三聯"]}}})]
    ['三联']
    >>> _entries([{"name": "三会一课"}, {"aliases": ["无名"]}, "文字"])
    [{'name': '三会一课'}]
    """
    entries = data.get("initiatives", data) if isinstance(data, dict) else data
    if isinstance(entries, dict):
        entries = [dict(v or {}, name=k) for k, v in entries.items()]
    return [e for e in entries or [] if isinstance(e, dict) and e.get("name")]


@functools.cache
def load_vocabulary(path: Path = DATA / "initiatives.yaml") -> Vocabulary:
    """Read the initiative vocabulary data file (cached), with the stoplist beside it.

    Ingest reads ``data/initiatives.yaml``; the site reads the file its
    ``TOWNSHIP_INITIATIVES_FILE`` setting names, with this same function.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    initiatives = {}
    alias_to_name = {}
    for entry in _entries(data):
        name = str(entry["name"])
        item = Initiative(
            name,
            tuple(str(a) for a in entry.get("aliases") or ()),
            entry.get("description") or "",
            entry.get("level_of"),
            bool(entry.get("focus")),
            tuple(str(w) for w in entry.get("only_before") or ()),
            tuple(str(w) for w in entry.get("unquoted_only_before") or ()),
        )
        initiatives[name] = item
        for alias in (name, *item.aliases):
            alias_to_name[fold_slogan(alias)] = name
    stop = set((data.get("not_initiatives") if isinstance(data, dict) else None) or [])
    stoplist = path.parent / "initiative_stoplist.yaml"
    if stoplist.exists():
        for words in (yaml.safe_load(stoplist.read_text(encoding="utf-8")) or {}).values():
            stop.update(str(w) for w in words or ())
    return Vocabulary(
        initiatives,
        alias_to_name,
        frozenset(fold_slogan(str(x)) for x in stop) - alias_to_name.keys(),
    )


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
    honour_at_once: re.Pattern  # the verb right before the quote: 被推荐为“一村一品”…
    honour_after: re.Pattern
    honour_prefix: re.Pattern
    honour_suffix: re.Pattern
    honour_split: tuple[re.Pattern, re.Pattern]  # 全国“一村一品”示范村镇: a title around a name
    award_campaign_after: re.Pattern
    awarded_titles: frozenset[str]
    nickname_before: re.Pattern
    theme_before: str
    theme_after: re.Pattern
    headline_max: int
    headline_place_max: int
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
    post_suffixes: tuple[str, ...]
    summary_tails: tuple[str, ...]
    headline_place: re.Pattern
    contrast: re.Pattern
    column_tail: re.Pattern
    priority_before: re.Pattern
    priority_tail: str
    explanation: re.Pattern
    team_tail: re.Pattern
    brand_after: re.Pattern
    team_founding: re.Pattern
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
    theme_day_after: re.Pattern
    explanation_bracket: re.Pattern
    facility_after: re.Pattern
    problem_after: re.Pattern
    plus_leading_stops: tuple[str, ...]
    goal_after: re.Pattern
    chat_group_after: re.Pattern
    chat_group_suffix: tuple[str, ...]
    figure_after: re.Pattern
    event_head: re.Pattern  # an activity head at most event_head_gap characters on
    review_rules: dict[str, str]  # rule → why its unconfirmed finds go to review
    date_start: re.Pattern
    people_after: re.Pattern
    facility_heads: tuple[str, ...]
    kind_names: frozenset[str]
    slogan_tails: frozenset[str]
    priority_after: re.Pattern
    facility_opened_after: re.Pattern
    recurring_day_before: re.Pattern
    numbered_list_name: re.Pattern
    numbered_list_before: re.Pattern
    name_extensions: tuple[str, ...]
    team_kinds: re.Pattern  # the kind word closing a team's name (志愿服务队, 宣讲团)
    team_member_stems: frozenset[str]  # a team named by these is named by its members
    team_count_between: re.Pattern  # 打造了一支“X”: a count between verb and team
    unquoted_team: re.Pattern  # the CJK run before an unquoted team's kind word, and the kind
    unquoted_team_stem_max: int
    counted_goal: re.Pattern  # “三个示范区”: a goal counted as a numbered name
    team_kind_before: re.Pattern  # 组成三支“X”: several teams, X a kind of team
    counted_part: re.Pattern  # 爱国卫生“7个专项行动”: the quoted counted part of a name
    campaign_tails: tuple[str, ...]
    event_after: re.Pattern  # 开展“X”活动: an event word after the theme
    event_festivals: re.Pattern
    event_day: re.Pattern
    event_recurs: re.Pattern
    place_stem_suffixes: tuple[str, ...]
    group_after_numeral: re.Pattern
    epithet: re.Pattern  # a numeral run, then a distance or an area
    numeral_words: frozenset[str]
    theme_named_after: re.Pattern
    parallel_not_shared: frozenset[str]
    sight_words: tuple[str, ...]  # 景区, 景观: a name before one names a place to visit
    product_brand_after: re.Pattern  # “X”公共品牌: a product's brand
    gloss_before: re.Pattern  # 意为“X”, 又名“X”: X is a place's or a thing's name
    campaign_phase: re.Pattern  # “攻坚周”, “春季战役”: a campaign's period or battle
    campaign_phase_before: re.Pattern  # 人居环境整治“攻坚周”: the campaign right before
    idea_after: re.Pattern  # “A、B”的工作思路: a way of thinking
    aims_verbs: frozenset[str]  # 围绕“A、B、C”，…: aims, unless something is done right after

    def titled(self, left: str, right: str) -> bool:
        """A title written around the quoted programme it honours: 全国“一村一品”示范村镇."""
        return bool(self.honour_split[0].search(left) and self.honour_split[1].match(right))


@functools.cache
def load_context_rules(path: Path = DATA / "initiative_context.yaml") -> ContextRules:
    """Read and compile the context patterns (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return ContextRules(
        **_verb_and_tail_rules(data),
        **_honour_rules(data),
        **_number_and_plus_rules(data),
        **_team_and_count_rules(data),
        theme_before=str(data["theme_before"]),
        sight_words=tuple(str(w) for w in data["sight_words"]),
        product_brand_after=re.compile(data["product_brand_after"]),
        gloss_before=re.compile(data["gloss_before"]),
        campaign_phase=re.compile(data["campaign_phase"]),
        campaign_phase_before=re.compile(data["campaign_phase_before"]),
        idea_after=re.compile(data["idea_after"]),
        aims_verbs=frozenset(str(w) for w in data["aims_verbs"]),
        headline_max=int(data["headline_max"]),
        headline_place_max=int(data["headline_place_max"]),
        headline_subject=re.compile(data["headline_subject"]),
        theme_after=re.compile(data["theme_after"]),
        organisation=re.compile(data["organisation_suffix"]),
        brandable=_brandable_metaphors(),
        measure_words=str(data["measure_words"]),
        facility_nouns=frozenset(data["facility_nouns"]),
        copula=re.compile(alternation(data["motto_words"])),
        festive_prefix=re.compile(f"^(?:{alternation(data['festive_prefixes'])})"),
        goal_endings=tuple(str(w) for w in data["goal_endings"]),
        frame_after=re.compile(data["frame_after"]),
        chain_min_links=int(data["chain_min_links"]),
        chain_tail_gap=int(data["chain_tail_gap"]),
        chain_tails=frozenset(str(t) for t in data["chain_tails"]),
        role_qualifiers=tuple(str(w) for w in data["role_qualifiers"]),
        role_suffixes=tuple(str(w) for w in data["role_suffixes"]),
        post_suffixes=tuple(str(w) for w in data["post_suffixes"]),
        summary_tails=tuple(str(w) for w in data["summary_tails"]),
        headline_place=re.compile(data["headline_place"]),
        contrast=re.compile(data["contrast"]),
        column_tail=re.compile(rf"^等?(?:{alternation(data['column_tails'])})"),
        priority_before=re.compile(
            rf"(?:{alternation(data['priority_verbs'])})[\u4e00-\u9fff]{{0,6}}$"
        ),
        priority_tail=str(data["priority_tail"]),
        explanation=re.compile(
            rf"^[^。；;！？\n，,“”]{{0,8}}[，,]?(?:{alternation(data['explanation_words'])})"
        ),
        fixed_day_before=re.compile(data["fixed_day_before"]),
        brand_prefixes=tuple(str(w) for w in data["brand_prefixes"]),
        sign_after=re.compile(data["sign_after"]),
        reference_before=tuple(str(w) for w in data["reference_before"]),
        place_suffixes=tuple(str(w) for w in data["place_suffixes"]),
        member_of_after=re.compile(data["member_of_after"]),
        manner_suffix=str(data["manner_suffix"]),
        manner_max=int(data["manner_max"]),
        theme_day_after=re.compile(data["theme_day_after"]),
        explanation_bracket=re.compile(data["explanation_bracket"]),
        facility_after=re.compile(data["facility_after"]),
        problem_after=re.compile(data["problem_after"]),
        plus_leading_stops=tuple(str(w) for w in data["plus_model_leading_stops"]),
        goal_after=re.compile(data["goal_after"]),
        chat_group_after=re.compile(data["chat_group_after"]),
        chat_group_suffix=tuple(str(w) for w in data["chat_group_suffix"]),
        figure_after=re.compile(data["figure_after"]),
        event_head=re.compile(
            rf"^[\u4e00-\u9fff]{{0,{int(data['event_head_gap'])}}}?"
            rf"(?:{alternation(data['event_heads'])})"
        ),
        review_rules={str(k): str(v) for k, v in data["review_rules"].items()},
        date_start=re.compile(data["date_start"]),
        people_after=re.compile(data["people_after"]),
        facility_heads=tuple(str(w) for w in data["facility_heads"]),
        kind_names=frozenset(str(w) for w in data["kind_names"]),
        slogan_tails=frozenset(str(w) for w in data["slogan_tails"]),
        priority_after=re.compile(data["priority_after"]),
        facility_opened_after=re.compile(data["facility_opened_after"]),
        recurring_day_before=re.compile(data["recurring_day_before"]),
        numbered_list_name=re.compile(data["numbered_list_name"]),
        numbered_list_before=re.compile(data["numbered_list_before"]),
        name_extensions=tuple(str(w) for w in data["name_extensions"]),
    )


def _team_and_count_rules(data: dict) -> dict:
    """Teams a town forms (a programme when named of their own), one-off events, numerals that count
    nothing (滨青二班, 八百里秦川), a place's stem in quotes, brand clauses, parallel slogans and
    named themes."""
    return dict(
        brand_after=re.compile(data["brand_after"]),
        team_tail=re.compile(rf"^(?:{alternation(data['team_tails'])})"),
        team_founding=re.compile(
            f"(?:{alternation(data['team_founding_verbs'] + data['team_founding_more'])})(?!的)"
        ),
        team_kinds=re.compile(data["team_kinds"]),
        team_member_stems=frozenset(str(w) for w in data["team_member_stems"]),
        team_count_between=re.compile(data["team_count_between"]),
        unquoted_team=re.compile(
            rf"([\u4e00-\u9fff]*?)({alternation(data['unquoted_team_kinds'])})"
        ),
        unquoted_team_stem_max=int(data["unquoted_team_stem_max"]),
        counted_goal=re.compile(data["counted_goal"]),
        team_kind_before=re.compile(data["team_kind_before"]),
        counted_part=re.compile(data["counted_part"]),
        campaign_tails=tuple(str(w) for w in data["campaign_tails"]),
        event_after=re.compile(data["event_after"]),
        event_festivals=re.compile(data["event_festivals"]),
        event_day=re.compile(data["event_day"]),
        event_recurs=re.compile(data["event_recurs"]),
        place_stem_suffixes=tuple(str(w) for w in data["place_stem_suffixes"]),
        group_after_numeral=re.compile(data["group_after_numeral"]),
        epithet=re.compile(
            rf"^[{NUMERALS}]+(?:{alternation(data['epithet_measures'])})[\u4e00-\u9fff]"
        ),
        numeral_words=frozenset(str(w) for w in data["numeral_words"]),
        theme_named_after=re.compile(data["theme_named_after"]),
        parallel_not_shared=frozenset(str(w) for w in data["parallel_not_shared"]),
    )


def _verb_and_tail_rules(data: dict) -> dict:
    """The verbs that introduce a quoted name and the tails that name it a programme."""
    verbs = [str(v) for v in data["introducing_verbs"]]
    weak_verbs = [str(v) for v in data["weak_verbs"]]
    strong_tails = [str(t) for t in data["strong_tails"]]
    tails = strong_tails + [str(t) for t in data["weak_tails"]]
    gap = int(data["tail_gap"])
    verb_gap = int(data["verb_gap"])
    return dict(
        verb_before=re.compile(
            rf"({alternation(verbs + weak_verbs)})(?:了|着)?"
            rf"((?:(?![{data['verb_gap_breakers']}])[\u4e00-\u9fff]){{0,{verb_gap}}})$"
        ),
        strong_verbs=frozenset(verbs),
        tail_lead=re.compile(r"(?:等(?:一批|一系列|系列)?)?的?"),
        tail_word=re.compile(alternation(tails)),
        tail_continuation=re.compile(alternation(data["tail_continuations"])),
        mechanism_tails=frozenset(data["mechanism_tails"]),
        strong_tails=frozenset(strong_tails),
        naming_tails=frozenset(str(t) for t in data["naming_tails"]),
        tail_gap=gap,
        tail_gap_alone=int(data["tail_gap_alone"]),
        self_tail=re.compile(rf"^[\u4e00-\u9fff]{{2,10}}(?:{alternation(strong_tails)})$"),
    )


def _honour_rules(data: dict) -> dict:
    """What marks a title won (获评“五星党支部”), never an initiative."""
    return dict(
        honour_before=re.compile(
            rf"(?:{alternation(data['honour_verbs'])})[了过]?[\u4e00-\u9fff]{{0,3}}$"
        ),
        honour_at_once=re.compile(rf"(?:{alternation(data['honour_verbs'])})[了过]?$"),
        honour_after=re.compile(
            rf"^等?[\u4e00-\u9fff]{{0,3}}?(?:{alternation(data['honour_tails'])})"
        ),
        honour_prefix=re.compile(data["honour_prefix"]),
        honour_suffix=re.compile(data["honour_suffix"]),
        honour_split=(
            re.compile(data["honour_prefix"].removeprefix("^") + "$"),
            re.compile(data["honour_title_after"]),
        ),
        award_campaign_after=re.compile(data["award_campaign_after"]),
        awarded_titles=_stoplist_words("titles_awarded"),
        nickname_before=re.compile(data["nickname_before"]),
    )


def _number_and_plus_rules(data: dict) -> dict:
    """Numbered names and plus-sign models (“1+3+N”, 党建+), and what is not a numeral."""
    stops = [str(s) for s in data["plus_model_stops"]]
    return dict(
        plus_model=re.compile(
            rf"(?<![+＋A-Za-z0-9])({alternation(data['plus_model_heads'])})"
            r"((?:[+＋](?:[\u4e00-\u9fff]{1,10}|[A-Za-z]{1,2}))+|[+＋](?![\u4e00-\u9fff0-9A-Za-z]))"
        ),
        plus_element=re.compile(alternation(data["plus_model_heads"])),
        plus_stop=re.compile(alternation(stops)),
        digit_formula=re.compile(
            r"(?<![\d.+＋:：/\-])(\d{1,2}(?:[+＋](?:\d{1,2}|[A-Za-z]))+)"
            rf"(?=[\u4e00-\u9fff]{{0,2}}(?:{alternation(data['digit_formula_tails'])}))"
        ),
        numbered_shape=re.compile("|".join(f"(?:{p})" for p in data["numbered_shapes"])),
        not_numerals=tuple(str(w) for w in data["not_numerals"]),
        plus_head=re.compile(f"^(?:{alternation(data['plus_model_heads'])})$"),
        plus_formula_parts=int(data["plus_formula_parts"]),
        numbered_continuation=re.compile(alternation(data["numbered_continuations"])),
    )


def _brandable_metaphors(path: Path = DATA / "initiative_stoplist.yaml") -> frozenset[str]:
    """The stoplist's metaphors: a programme may take one as its brand (“连心桥”议事机制)."""
    return _stoplist_words("metaphors", path)


def _stoplist_words(kind: str, path: Path = DATA / "initiative_stoplist.yaml") -> frozenset[str]:
    """One list of the stoplist (metaphors, titles_awarded …), folded as phrases are."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(fold_slogan(str(w)) for w in data.get(kind) or ())


def spelled_out(text: str) -> str:
    """A quoted name as the report spells it, tidied: ASCII digits and signs, one space.

    >>> spelled_out('学讲话　读党报 '), spelled_out('党支部＋合作社'), spelled_out("村‘两委’认星争星")
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
    if DIGIT_SLOGAN.match(phrase) or _DIGIT_NAME.match(phrase):
        return True
    if not CJK.search(phrase) or phrase.startswith("第") or len(phrase) > 12:
        return False
    if not re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z]+", phrase):
        return False
    groups = NUMERAL_GROUP.findall(phrase)
    if len(groups) >= 2 and len(phrase) >= 3:
        return True
    if _CHINESE_SLOGAN.match(phrase):
        return len(phrase) <= 5 or sum(ch in NUMERALS for ch in phrase) >= 2
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


def ordinary_words() -> frozenset[str]:
    """The words of jieba's general dictionary (before our vocabulary and places are added).

    A numbered or verb-introduced phrase that an ordinary dictionary lists (一线, 七一,
    一站式, 一心一意, 千家万户, 志愿服务) is a word of the language, not a coined name.
    """
    return segmenter().ordinary_words


@functools.cache
def place_name_set() -> frozenset[str]:
    return frozenset(_place_names())


def _place_names() -> Iterable[str]:
    try:
        from .gazetteer import place_names
    except ImportError:  # the gazetteer is optional for this step
        return ()
    return place_names()


#: jieba's block pattern (``jieba.re_han_default``): it segments each such run separately.
JIEBA_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_ALIAS_PATTERNS: dict[tuple[int, str], re.Pattern] = {}


def _alias_regex(vocabulary: Vocabulary, kind: str, keep) -> re.Pattern:
    """One regex for the aliases ``keep`` admits, longest first, compiled once per vocabulary."""
    key = (id(vocabulary), kind)
    if key not in _ALIAS_PATTERNS:
        aliases = sorted((a for a in vocabulary.alias_to_name if keep(a)), key=len, reverse=True)
        _ALIAS_PATTERNS[key] = re.compile("|".join(map(re.escape, aliases)) or r"(?!)")
    return _ALIAS_PATTERNS[key]


def alias_pattern(vocabulary: Vocabulary) -> re.Pattern:
    """One regex for every alias with a Chinese character (the ones segmentation can find)."""
    return _alias_regex(vocabulary, "chinese", CJK.search)


def punctuated_alias_pattern(vocabulary: Vocabulary) -> re.Pattern:
    """One regex for the aliases written with a 、 (不忘初心、牢记使命主题教育).

    jieba segments each run between punctuation marks on its own (``JIEBA_BLOCK``), so no
    token ever holds a 、 and such a name, written without quotes, would never be found:
    it is matched whole on the text instead.

    >>> pattern = punctuated_alias_pattern(load_vocabulary())
    >>> pattern.search('全镇深入开展不忘初心、牢记使命主题教育，党员走村入户').group()
    '不忘初心、牢记使命主题教育'
    """
    return _alias_regex(vocabulary, "punctuated", lambda alias: "、" in alias)
