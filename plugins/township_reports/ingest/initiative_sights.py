"""Quoted names that are not programmes by what the page itself says of them (session 7).

Two kinds that recur on real pages, each read from the page's own words:

- a sight: the text writes the quoted name right before a sight word (景区, 景观 …),
  quoted or not, alone or closing a list, so it is a place to visit (“石头部落” …
  石头部落景区; 形成了“一寨两国”、“一井两国”等独特景观), whatever numerals it holds;
- a vocabulary name whose quotes enclose only a part of it (门前“三包”, 党员“先锋岗”):
  the whole name is the programme the vocabulary knows.

Data: ``sight_words`` in ``data/initiative_context.yaml``; the vocabulary's aliases.
"""

from __future__ import annotations

import functools
import re

from . import alternation
from .initiative_vocabulary import ContextRules, Vocabulary

#: Other quoted names between a name and the 等 closing its list: “A”、“B”、“C”等.
_LIST_REST = r"[”\"’」』]?(?:[、，,]?[“\"‘「『][^”\"’」』“\"‘「『]{1,12}[”\"’」』])*"


@functools.cache
def _sight_pattern(sight_words: tuple[str, ...]) -> str:
    return rf"{_LIST_REST}(?:等[\u4e00-\u9fff]{{0,4}}?)?(?:{alternation(sight_words)})"


def names_a_sight(phrase: str, text: str, rules: ContextRules) -> bool:
    """True when the text writes the phrase right before a sight word: a place to visit.

    >>> from township_reports.ingest.initiative_vocabulary import load_context_rules
    >>> rules = load_context_rules()
    >>> text = "村里建起了“石头部落”。如今石头部落景区每天接待游客两千余人。"
    >>> names_a_sight("石头部落", text, rules)
    True
    >>> text = "两村以田埂为界，形成了“一寨两国”、“一井两国”等独特景观。"
    >>> names_a_sight("一寨两国", text, rules), names_a_sight("一井两国", text, rules)
    (True, True)
    >>> names_a_sight("一村一品", "该镇推行“一村一品”，建成茶园景观带", rules)
    False
    """
    if len(phrase) < 2:
        return False
    return bool(re.search(re.escape(phrase) + _sight_pattern(rules.sight_words), text))


def whole_vocabulary_name(left: str, phrase: str, right: str, vocabulary: Vocabulary) -> str | None:
    """The vocabulary name the quotes enclose only a part of, or None.

    ``left`` is the text right before the opening quote, ``right`` right after the
    closing one. The quotes stress the counted part; the programme is the whole name.

    >>> from township_reports.ingest.initiative_vocabulary import load_vocabulary
    >>> vocabulary = load_vocabulary()
    >>> whole_vocabulary_name("各商户严格落实门前", "三包", "责任，", vocabulary)
    '门前三包'
    >>> whole_vocabulary_name("严格落实", "三包", "责任，", vocabulary) is None
    True
    """
    for alias, name in vocabulary.alias_to_name.items():
        if len(alias) < 4 or alias == phrase:
            continue
        at = alias.find(phrase)
        while at >= 0:
            head, tail = alias[:at], alias[at + len(phrase) :]
            if left.endswith(head) and right.startswith(tail) and (head or tail):
                return name
            at = alias.find(phrase, at + 1)
    return None
