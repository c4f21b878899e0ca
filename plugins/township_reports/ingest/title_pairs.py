"""A headline that opens with its county's and its town's short names run together.

County and city news sites head a town's story with the county's short name and the
town's stem, glued, before a colon (高要金利：…, 政和澄源：…, 郫都唐昌：…; 17 headlines of
the committed, pending and development pages, PATTERNS.md "Session 7 rules (B)"). Neither
half is a name the gazetteer lookup reads: 高要 is no county name, 金利 no town name. Read
together they name one town, written after its county; the report then calls the town by
its stem (坐落在金利的东北角). Only the headline's opening is read, and only with the stem
written in the text too: elsewhere two short names side by side are as often two words.
"""

from __future__ import annotations

import functools

from .gazetteer import Gazetteer, Town
from .mentions import Mention
from .written_forms import township_stem

#: What follows the pair when it opens a headline: a colon or a gap before the rest.
_AFTER_PAIR = "：:|｜ \u3000"
#: What may stand before it: nothing, or a series label ended by a bar or a bracket
#: (乡村振兴潮州行㉑|潮安龙湖：…, 【乡村振兴】高要金利：…).
_BEFORE_PAIR = "|｜】]"
_SERIES_LABEL_MAX = 24


@functools.lru_cache(maxsize=2)
def _pairs(gazetteer: Gazetteer) -> dict[str, tuple[Town, ...]]:
    """County short name + town stem → the towns so written (stems of two characters or more)."""
    pairs: dict[str, list[Town]] = {}
    for town in gazetteer.towns.values():
        stem = township_stem(town.name)
        if len(stem) < 2 or stem == town.name:
            continue
        for short in gazetteer.county_short_names.get(town.county_code, ()):
            pairs.setdefault(short + stem, []).append(town)
    return {form: tuple(towns) for form, towns in pairs.items()}


def _openings(title: str) -> list[int]:
    """Where a headline's own words may begin: its start, or right after a series label."""
    starts = [0]
    for index, char in enumerate(title[:_SERIES_LABEL_MAX]):
        if char in _BEFORE_PAIR:
            starts.append(index + 1)
    return starts


def title_pair_mention(title: str, text: str, gazetteer: Gazetteer) -> Mention | None:
    """The town a headline opens with as county short name + town stem (高要金利：…), when the
    text writes the stem too; else None.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> found = title_pair_mention('高要金利：定格乡村新年', '坐落在金利东北角的爱群村', g)
    >>> found.name, found.towns[0].code, sorted(found.after_counties)
    ('金利镇', '441204115', ['441204'])

    Without the stem in the text, or without the colon after the pair, nothing is read:

    >>> title_pair_mention('高要金利：定格乡村新年', '爱群村迎来新年', g) is None
    True
    >>> title_pair_mention('高要金利镇爱群村迎新年', '金利镇', g) is None
    True
    """
    pairs = _pairs(gazetteer)
    for start in _openings(title):
        for end in range(min(len(title), start + 12), start + 2, -1):
            towns = pairs.get(title[start:end])
            if not towns or title[end : end + 1] not in _AFTER_PAIR or end == len(title):
                continue
            if len(towns) != 1:
                return None
            town = towns[0]
            if township_stem(town.name) not in text:
                return None
            return Mention(
                town.name,
                "title",
                end - len(township_stem(town.name)),
                end,
                (town,),
                (),
                (),
                (),
                frozenset({town.county_code}),
                title[start : end - len(township_stem(town.name))],
            )
    return None


def with_title_pair(
    title: str, text: str, mentions: tuple[Mention, ...], gazetteer: Gazetteer
) -> tuple[tuple[Mention, ...], Mention | None]:
    """``mentions`` with the headline's county-and-town pair added (and that mention), when
    the headline names no town the lookup found.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> mentions, pair = with_title_pair('高要金利：定格乡村新年', '金利', (), load_gazetteer())
    >>> [m.name for m in mentions], pair.name
    (['金利镇'], '金利镇')
    """
    if any(mention.towns for mention in mentions if mention.where == "title"):
        return mentions, None
    pair = title_pair_mention(title, text, gazetteer)
    return (mentions + (pair,) if pair else mentions), pair
