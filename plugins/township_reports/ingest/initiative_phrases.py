"""What a quoted phrase's own shape says, before any context is read: a plus-sign model
(党支部+合作社+农户), a chain of steps (议事—交办—反馈), a short slogan of clauses, a numbered
list of facilities (两园一中心), a quantity (一条船), a numeral that counts nothing (滨青二班,
马力十足). initiative_quotes.py weighs these with the words around the quote.

Small pure functions of the phrase and the context rules (initiative_context.yaml).
"""

from __future__ import annotations

import re
import unicodedata

from .dictionary import general_tokenizer
from .initiative_vocabulary import (
    CJK,
    NUMERAL_GROUP,
    NUMERALS,
    ContextRules,
    Vocabulary,
)


def is_plus_model(phrase: str, rules: ContextRules) -> bool:
    """A plus-sign model names who works together (党支部+合作社+农户, 党建+, 1+N).

    Pairs of manners are no model: 线上+线下, 正向激励+反向约束, 白+黑.

    >>> from township_reports.ingest.initiative_vocabulary import load_context_rules
    >>> rules = load_context_rules()
    >>> [is_plus_model(p, rules) for p in ('党建+', '党支部+合作社+农户', '党建+N', '线上+线下')]
    [True, True, True, False]
    """
    elements = [e for e in phrase.split("+") if e]
    if any(not CJK.search(e) for e in elements):
        return True
    return any(rules.plus_element.search(e) for e in elements)


def is_facility_list(phrase: str, rules: ContextRules) -> bool:
    """A numbered list of facilities (六馆六苑, 两园一中心) names places, not a programme."""
    parts = re.split(rf"[{NUMERALS}]+", phrase)[1:]
    return bool(parts) and all(part in rules.facility_nouns for part in parts)


def is_quantity(phrase: str, rules: ContextRules) -> bool:
    """一 and a measure word: “一片叶子”, “一条船” count things, they name no programme."""
    return (
        len(phrase) > 1
        and phrase[0] == "一"
        and phrase[1] in rules.measure_words
        and len(NUMERAL_GROUP.findall(phrase)) == 1
    )


def is_short_list(phrase: str) -> bool:
    """A slogan of a few short clauses (“支委包片、党员联户”), not a long enumeration."""
    parts = phrase.split("、")
    return len(parts) <= 5 and max(map(len, parts)) <= 8


def branded_practice(phrase: str, vocabulary: Vocabulary, rules: ContextRules) -> str | None:
    """A known practice under a brand word is named as the report brands it.

    >>> from township_reports.ingest.initiative_vocabulary import load_context_rules, load_vocabulary
    >>> rules, v = load_context_rules(), load_vocabulary()
    >>> branded_practice("红色积分超市", v, rules), branded_practice("村级积分超市", v, rules)
    ('红色积分超市', None)
    """
    for prefix in rules.brand_prefixes:
        rest = phrase[len(prefix) :]
        if phrase.startswith(prefix) and len(rest) >= 3 and rest in vocabulary.alias_to_name:
            return phrase
    return None


def is_chain(phrase: str, rules: ContextRules) -> bool:
    """A chain of steps or levels: 议事—交办—反馈, 镇党委—村党组织—网格党支部—党员中心户.

    >>> from township_reports.ingest.initiative_vocabulary import load_context_rules
    >>> rules = load_context_rules()
    >>> is_chain("收集—交办—督办—反馈", rules), is_chain("北京—上海", rules)
    (True, False)
    >>> is_chain("2021—2025", rules), is_chain("社区党委-小区党支部（红色帮办）", rules)
    (False, False)
    """
    links = re.split(r"[—－\-→]+", phrase)
    return len(links) >= rules.chain_min_links and all(
        re.fullmatch(r"[\u4e00-\u9fff]{2,8}", link) for link in links
    )


def flattened_plus_model(written: str, rules: ContextRules) -> str | None:
    """A plus-sign model whose signs a scraper flattened to spaces, restored.

    Some sites drop “+” from a page's text (a URL-encoded plus became a space), leaving
    “党支部 合作社 农户” or “党建 N”; when every part is a partner a model names (or
    a formula's letter, N or X), the signs were plus signs. A slogan of two phrases
    keeps its space (“学讲话 读党报”).

    >>> from township_reports.ingest.initiative_vocabulary import load_context_rules
    >>> rules = load_context_rules()
    >>> flattened_plus_model("党支部 合作社 农户", rules), flattened_plus_model("党建 N", rules)
    ('党支部+合作社+农户', '党建+N')
    >>> flattened_plus_model("学讲话 读党报", rules), flattened_plus_model("N 次", rules)
    (None, None)
    """
    parts = unicodedata.normalize("NFKC", written).split()
    if len(parts) < 2 or not rules.plus_head.match(parts[0]):
        return None
    if all(rules.plus_head.match(part) or re.fullmatch("[A-Z]", part) for part in parts):
        return "+".join(parts)
    return None


def counts_nothing(phrase: str, rules: ContextRules) -> bool:
    """True where a numbered-looking phrase counts no parts of a programme (round 13): a
    class or squad (滨青二班), a distance or an area (八百里秦川), a numeral inside a word
    of the language (马力十足: 十足 is "fully").

    >>> from township_reports.ingest.initiative_vocabulary import load_context_rules
    >>> rules = load_context_rules()
    >>> [counts_nothing(p, rules) for p in ("滨青二班", "八百里秦川", "马力十足")]
    [True, True, True]
    >>> [counts_nothing(p, rules) for p in ("一村一队", "三统一", "十分钟服务圈", "四点半课堂")]
    [False, False, False, False]
    """
    if rules.group_after_numeral.match(phrase) and len(NUMERAL_GROUP.findall(phrase)) == 1:
        return True
    if rules.epithet.match(phrase):
        return True
    tokens = [t for t in general_tokenizer().cut(phrase, HMM=False) if NUMERAL_GROUP.search(t)]
    return bool(tokens) and all(token in rules.numeral_words for token in tokens)


def is_parallel_list(phrase: str, rules: ContextRules) -> bool:
    """Three or more short clauses built alike: each opens or each closes with the same
    character (送学、讲学、研学; 比作风、比实绩、比服务): a coined slogan, not a list of goals,
    unless that character is a post's or a place's (田长、河长、林长; 生态立镇、产业强镇、旅游兴镇).

    >>> from township_reports.ingest.initiative_vocabulary import load_context_rules
    >>> rules = load_context_rules()
    >>> is_parallel_list("送学、讲学、研学", rules), is_parallel_list("比作风、比实绩、比服务", rules)
    (True, True)
    >>> is_parallel_list("强基础、兴产业、优治理", rules), is_parallel_list("送学、讲学", rules)
    (False, False)
    >>> is_parallel_list("田长、河长、林长", rules), is_parallel_list("生态立镇、产业强镇、旅游兴镇", rules)
    (False, False)
    """
    parts = phrase.split("、")
    if len(parts) < 3 or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", part) for part in parts):
        return False
    shared = {part[0] for part in parts}, {part[-1] for part in parts}
    return any(len(s) == 1 and not s <= rules.parallel_not_shared for s in shared)
