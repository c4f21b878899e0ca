"""Choosing the town a report is about from its mentions, or saying it cannot be told.

A township is identified by county + town, never by its name alone (兴隆镇 is in 31
counties): the most-mentioned town that is identified wins (its county is named, its
name is unique, or short names settled it); an ambiguous name keeps only what its
candidates share, and the warning says so. With no town named, the county alone.

``tally_mentions`` counts the counties, prefectures and provinces named (a visiting
office apart), ``town_candidates`` lists every town a mention can denote, with its
support; the rest weighs them. Which of the towns a variant or a shared name can be the
text vouches for is ``town_evidence.py``'s part.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from .gazetteer import County, Gazetteer, Location, Town
from .mentions import TITLE_WEIGHT, Mention

#: How the evidence names a common village (团结村) that settled a town: weak, so reviewed
#: (town_evidence.short_name_evidence writes it, choose_identified_town flags it).
COMMON_VILLAGE = "常见村名"


class TownCandidate(NamedTuple):
    """A town the text may be about, with how well the text supports it."""

    town: Town
    weight: int  # mentions of its name, title mentions counting TITLE_WEIGHT
    mentions: int
    in_title: bool
    adjacent: int  # mentions written right after its county's name (潼关县太要镇)
    county_weight: int  # weighted mentions of its county anywhere
    county_as_adjacent: str = ""  # the county name written right before it (maybe an old name)
    first: int = 0  # index of its first mention (title first): the lede's subject comes early
    settled_by: str = ""  # why it was kept among same-named towns (short names, neighbours)
    written: str = ""  # the name as first written (道口镇 may be 莒南县's or 滑县's 道口镇街道)


class Tally(NamedTuple):
    """Weighted mention counts of counties, prefectures and provinces, by code."""

    counties: Counter
    prefectures: Counter
    provinces: Counter
    county_names_written: Mapping[str, frozenset[str]]  # county code → names used in the text
    # counties named only as a visiting office (来访单位), never as the report's own place
    visiting_only: frozenset[str] = frozenset()


def mention_weight(mention: Mention) -> int:
    """How much one mention counts: a headline mention counts TITLE_WEIGHT times.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import denotations
    >>> mention_weight(denotations('太要镇', 'title', 0, load_gazetteer()))
    3
    """
    return TITLE_WEIGHT if mention.where == "title" else 1


def tally_mentions(mentions: Iterable[Mention]) -> Tally:
    """Weighted counts of the counties, prefectures and provinces the text names.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import read_mentions
    >>> tally = tally_mentions(read_mentions('清丰县城关镇葛营村…荣获河南省五星党支部', load_gazetteer()))
    >>> dict(tally.counties), dict(tally.provinces)
    ({'410922': 1}, {'41': 1})
    """
    counties: Counter = Counter()
    prefectures: Counter = Counter()
    provinces: Counter = Counter()
    written: dict[str, set[str]] = {}
    for mention in mentions:
        weight = mention_weight(mention)
        for county in mention.counties:
            counties[county.code] += weight
            written.setdefault(county.code, set()).add(mention.name)
        for code in mention.prefecture_codes:
            prefectures[code] += weight
        for code in mention.province_codes:
            provinces[code] += weight
    hosts = {
        county.code for mention in mentions if not mention.visiting for county in mention.counties
    }
    return Tally(
        counties,
        prefectures,
        provinces,
        {code: frozenset(names) for code, names in written.items()},
        frozenset(counties) - hosts,
    )


def town_candidates(mentions: Iterable[Mention], tally: Tally) -> list[TownCandidate]:
    """Every town a mention can denote, with its support, in order of first mention.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import read_mentions
    >>> mentions = read_mentions('宋家镇持续…赢得白河县第五届茶旅文化节', load_gazetteer())
    >>> [(c.town.code, c.mentions, c.county_weight)
    ...  for c in town_candidates(mentions, tally_mentions(mentions))]
    [('371403103', 1, 0), ('511502112', 1, 0), ('610929105', 1, 1)]
    """
    weight: Counter = Counter()
    count: Counter = Counter()
    in_title: set[str] = set()
    adjacent: Counter = Counter()
    adjacent_name: dict[str, str] = {}
    towns: dict[str, Town] = {}
    first: dict[str, int] = {}
    written: dict[str, str] = {}
    for index, mention in enumerate(mentions):
        for town in mention.towns:
            if town in mention.renamed:  # a former name no county vouched for
                continue
            towns.setdefault(town.code, town)
            first.setdefault(town.code, index)
            written.setdefault(town.code, mention.name)
            weight[town.code] += 0 if mention.visited else mention_weight(mention)
            count[town.code] += 1
            if mention.where == "title":
                in_title.add(town.code)
            if town.county_code in mention.after_counties and not mention.visited:
                adjacent[town.code] += 1
                adjacent_name.setdefault(town.code, mention.after_county_name)
    return [
        TownCandidate(
            town,
            weight[code],
            count[code],
            code in in_title,
            adjacent[code],
            tally.counties[town.county_code],
            adjacent_name.get(code, ""),
            first[code],
            written=written[code],
        )
        for code, town in towns.items()
    ]


# ---------------------------------------------------------------------------
# Deciding


def place_of_town(town: Town, gazetteer: Gazetteer) -> Location:
    """The full place of a known town.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> place_of_town(load_gazetteer().towns['610522102'], load_gazetteer())
    Location(township='太要镇', township_as_written=None, county='潼关县', county_as_written=None, prefecture='渭南市', province='陕西省', division_code='610522102')
    """
    county = place_of_county(gazetteer.counties[town.county_code])
    return dataclasses.replace(county, township=town.name, division_code=town.code)


def place_of_county(county: County) -> Location:
    """The place of a county when no township is known; its code is the 6-digit county code.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> place_of_county(load_gazetteer().counties['410922'])
    Location(township=None, township_as_written=None, county='清丰县', county_as_written=None, prefecture='濮阳市', province='河南省', division_code='410922')
    """
    parents = {"prefecture": county.prefecture, "province": county.province}
    return Location(county=county.name, division_code=county.code, **parents)


def shared_place(places: Iterable[Location]) -> Location | None:
    """What several candidate places agree on; None when they agree on nothing.

    The division code survives only when everything above it is shared too.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> shared_place(place_of_town(town, gazetteer) for town in gazetteer.towns_by_name['宋家镇'])
    Location(township='宋家镇', township_as_written=None, county=None, county_as_written=None, prefecture=None, province=None, division_code=None)
    >>> shared_place(place_of_county(gazetteer.counties[code]) for code in ('320106', '320302'))
    Location(township=None, township_as_written=None, county=None, county_as_written=None, prefecture=None, province='江苏省', division_code=None)
    """
    places = list(places)
    if not places:
        return None

    def agreed(field: str) -> str | None:
        values = {getattr(place, field) for place in places}
        return values.pop() if len(values) == 1 else None

    # Counties agree by code, not name: 鼓楼区 is four different counties.
    county_codes = {place.division_code[:6] if place.division_code else None for place in places}
    county = agreed("county") if len(county_codes) == 1 and None not in county_codes else None
    township = agreed("township")
    code = None
    if county is not None:
        code = (agreed("division_code") if township else None) or county_codes.pop()
    parents = {"prefecture": agreed("prefecture"), "province": agreed("province")}
    shared = Location(township=township, county=county, division_code=code, **parents)
    return None if shared == Location() else shared


def narrow_by_named_parents(counties: list[County], tally: Tally) -> list[County]:
    """Keep the counties whose prefecture, else whose province, the text names.

    Returns the input unchanged when neither narrows it (never narrows to nothing).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import read_mentions
    >>> gazetteer = load_gazetteer()
    >>> counties = [gazetteer.counties[t.county_code] for t in gazetteer.towns_by_name['兴隆镇']]
    >>> tally = tally_mentions(read_mentions('安康市兴隆镇', gazetteer))
    >>> [county.name for county in narrow_by_named_parents(counties, tally)]
    ['平利县']
    """
    for named, code_of in (
        (tally.prefectures, lambda c: c.prefecture_code),
        (tally.provinces, lambda c: c.province_code),
    ):
        narrowed = [county for county in counties if named[code_of(county)]]
        if narrowed:
            return narrowed
    return counties


def describe_town_choice(best: TownCandidate, gazetteer: Gazetteer, how: str) -> str:
    """One line of evidence for a chosen town.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> town = load_gazetteer().towns['610522102']
    >>> describe_town_choice(TownCandidate(town, 9, 7, True, 2, 5), load_gazetteer(), 'adjacent')
    '潼关县太要镇（县名与乡镇名连写，提及7次，含标题）'
    """
    county = gazetteer.counties[best.town.county_code]
    mentions = f"提及{best.mentions}次" + ("，含标题" if best.in_title else "")
    if how == "adjacent":
        written = best.county_as_adjacent or county.name
        return f"{written}{best.town.name}（县名与乡镇名连写，{mentions}）"
    if how == "county named":
        return f"{best.town.name}（{mentions}），属{county.name}，文中另提及该县"
    if how == "unique":
        return f"{best.town.name}（{mentions}；地名表中仅此一个{best.town.name}）"
    if how == "settled":
        return f"{best.town.name}（{mentions}），属{county.name}：{best.settled_by}"
    return f"{best.town.name}（{mentions}；文中所提{how}仅有一个{best.town.name}）"


def is_identified(candidate: TownCandidate, gazetteer: Gazetteer) -> bool:
    """True when the text pins this town down: its county is named, or its name is unique.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> shenhe = gazetteer.towns['610981111']                    # the only 神河镇
    >>> is_identified(TownCandidate(shenhe, 3, 3, False, 0, 0), gazetteer)
    True
    >>> songjia = gazetteer.towns['610929105']                   # one of three 宋家镇
    >>> is_identified(TownCandidate(songjia, 8, 8, False, 0, 0), gazetteer)
    False
    >>> is_identified(TownCandidate(songjia, 8, 8, False, 0, 1), gazetteer)   # 白河县 named
    True
    """
    return (
        bool(candidate.county_weight)
        or bool(candidate.settled_by)
        or len(gazetteer.towns_by_name[candidate.town.name]) == 1
    )


def place_from_towns(
    candidates: list[TownCandidate], tally: Tally, gazetteer: Gazetteer
) -> tuple[Location | None, list[str], list[str]]:
    """Choose the town the text is about.

    The best identified candidate wins (see ``choose_identified_town``), unless a town
    name that identifies nothing is mentioned more often: then the report is about that
    ambiguous town, and it gets no county unless a named prefecture or province settles it.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import read_mentions
    >>> gazetteer = load_gazetteer()
    >>> mentions = read_mentions('宋家镇深入学习贯彻…赢得白河县第五届茶旅文化节', gazetteer)
    >>> tally = tally_mentions(mentions)
    >>> place_from_towns(town_candidates(mentions, tally), tally, gazetteer)[0].county
    '白河县'
    >>> mentions = read_mentions('兴隆镇坚持“生态立镇”', gazetteer)
    >>> tally = tally_mentions(mentions)
    >>> place, evidence, warnings = place_from_towns(
    ...     town_candidates(mentions, tally), tally, gazetteer)
    >>> place.township, place.county, warnings
    ('兴隆镇', None, ['兴隆镇在31个县都有，文中未提及其中任何一县'])
    """
    identified = [c for c in candidates if is_identified(c, gazetteer)]
    identified_names = {c.town.name for c in identified}
    ambiguous = [c for c in candidates if c.town.name not in identified_names]
    ambiguous_weight = max((c.weight for c in ambiguous), default=0)
    if identified and max(c.weight for c in identified) >= ambiguous_weight:
        return choose_identified_town(identified, gazetteer)
    return place_of_ambiguous_town(ambiguous, tally, gazetteer)


def choose_identified_town(
    identified: list[TownCandidate], gazetteer: Gazetteer
) -> tuple[Location | None, list[str], list[str]]:
    """The most-mentioned identified town; ties go to the one written after its county,
    then to one whose county the text names over one identified only by its unique name
    (志愿者下乡 holds 白朗县's 者下乡, unique, where 中牟县's 狼城岗镇 is the report's: round 67),
    then to the one named first (the lede's subject), then to the one whose county is
    named most. A tie beyond that keeps what they share.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> taiyao, shenhe = gazetteer.towns['610522102'], gazetteer.towns['610981111']
    >>> choose_identified_town([TownCandidate(taiyao, 1, 1, False, 1, 1),
    ...                         TownCandidate(shenhe, 1, 1, False, 0, 0)], gazetteer)[1]
    ['潼关县太要镇（县名与乡镇名连写，提及1次）']
    >>> zhexia, langchenggang = gazetteer.towns['540228207'], gazetteer.towns['410122103']
    >>> choose_identified_town([TownCandidate(zhexia, 1, 1, False, 0, 0, first=40),
    ...                         TownCandidate(langchenggang, 1, 1, False, 0, 2, first=90)],
    ...                        gazetteer)[0].township
    '狼城岗镇'
    """

    def key(candidate: TownCandidate) -> tuple[int, int, bool, int, int]:
        # same-named towns share their first mention: for them the county named decides
        named = bool(candidate.county_weight)
        return (
            candidate.weight,
            candidate.adjacent,
            named,
            -candidate.first,
            candidate.county_weight,
        )

    best_key = max(map(key, identified))
    best = [c for c in identified if key(c) == best_key]
    if len(best) == 1:
        chosen = best[0]
        how = (
            "adjacent"
            if chosen.adjacent
            else "county named"
            if chosen.county_weight
            else "settled"
            if chosen.settled_by
            else "unique"
        )
        weak = COMMON_VILLAGE in chosen.settled_by  # a common village's name: a curator checks
        return (
            place_of_town(chosen.town, gazetteer),
            [describe_town_choice(chosen, gazetteer, how)],
            [
                f"{chosen.town.name}在多个县都有，仅凭{chosen.settled_by.removeprefix('文中提到')}推定其县，请核对"
            ]
            if weak
            else [],
        )
    names = "、".join(place_label(c.town, gazetteer) for c in best)
    return (
        shared_place(place_of_town(c.town, gazetteer) for c in best),
        [],
        [f"{names}证据相当，只保留其共同的上级地名"],
    )


def place_of_ambiguous_town(
    ambiguous: list[TownCandidate], tally: Tally, gazetteer: Gazetteer
) -> tuple[Location | None, list[str], list[str]]:
    """Place the most-mentioned town name that exists in several counties, none of them named.

    A named prefecture (else province) may leave a single candidate; otherwise only what
    all candidates share is kept, and a warning says why.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import read_mentions
    >>> gazetteer = load_gazetteer()
    >>> mentions = read_mentions('安康市兴隆镇', gazetteer)
    >>> tally = tally_mentions(mentions)
    >>> place, evidence, _ = place_of_ambiguous_town(
    ...     town_candidates(mentions, tally), tally, gazetteer)
    >>> place.county, evidence
    ('平利县', ['兴隆镇（提及1次；文中所提安康市仅有一个兴隆镇）'])
    """
    weight_by_name = {c.town.name: c.weight for c in ambiguous}
    top_weight = max(weight_by_name.values())
    top_names = [name for name, weight in weight_by_name.items() if weight == top_weight]
    if len(top_names) > 1:
        tied = [c for c in ambiguous if c.town.name in top_names]
        return (
            shared_place(place_of_town(c.town, gazetteer) for c in tied),
            [],
            [
                f"{'、'.join(top_names)}提及次数相同，且都在多个县存在而文中未提其县，"
                "只保留其共同的上级地名"
            ],
        )
    name = top_names[0]
    same_name = [c for c in ambiguous if c.town.name == name]
    counties = narrow_by_named_parents(
        [gazetteer.counties[c.town.county_code] for c in same_name], tally
    )
    if len(counties) == 1:
        county = counties[0]
        chosen = next(c for c in same_name if c.town.county_code == county.code)
        area = county.prefecture if tally.prefectures[county.prefecture_code] else county.province
        return (
            place_of_town(chosen.town, gazetteer),
            [describe_town_choice(chosen, gazetteer, area)],
            [],
        )
    kept = {county.code for county in counties}
    return (
        shared_place(
            place_of_town(c.town, gazetteer) for c in same_name if c.town.county_code in kept
        ),
        [],
        [f"{name}在{len(same_name)}个县都有，文中未提及其中任何一县"],
    )


def place_label(town: Town, gazetteer: Gazetteer) -> str:
    """A town written with its county, as a reader would say it.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> place_label(load_gazetteer().towns['610929105'], load_gazetteer())
    '白河县宋家镇'
    """
    return gazetteer.counties[town.county_code].name + town.name


def place_from_counties(
    tally: Tally, gazetteer: Gazetteer
) -> tuple[Location | None, list[str], list[str]]:
    """Place a text that names no township by its most-named county.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import read_mentions
    >>> gazetteer = load_gazetteer()
    >>> place, evidence, _ = place_from_counties(
    ...     tally_mentions(read_mentions('赢得白河县第五届茶旅文化节', gazetteer)), gazetteer)
    >>> place.county, place.division_code, evidence
    ('白河县', '610929', ['白河县（提及1次；未提及乡镇）'])
    >>> place_from_counties(
    ...     tally_mentions(read_mentions('门头沟区委组织部一行来到某社区交流', gazetteer)), gazetteer)
    (None, [], ['门头沟区只作为来访单位出现，未提及被访地所在县或乡镇：未定位'])
    >>> place_from_counties(
    ...     tally_mentions(read_mentions('白河县近年来持续推进', gazetteer)), gazetteer)[0].county
    '白河县'
    """
    if not tally.counties:
        return None, [], []
    hosts = {
        code: weight for code, weight in tally.counties.items() if code not in tally.visiting_only
    }
    if not hosts:
        names = "、".join(sorted(gazetteer.counties[code].name for code in tally.counties))
        return None, [], [f"{names}只作为来访单位出现，未提及被访地所在县或乡镇：未定位"]
    top_weight = max(hosts.values())
    top = [gazetteer.counties[code] for code, weight in hosts.items() if weight == top_weight]
    top = narrow_by_named_parents(top, tally)
    if len(top) == 1:
        county = top[0]
        return place_of_county(county), [f"{county.name}（提及{top_weight}次；未提及乡镇）"], []
    names = sorted({county.name for county in top})
    if len(names) == 1:
        warning = f"{names[0]}在{len(top)}个地级区划都有，文中未提及其中任何一个"
    else:
        warning = f"{'、'.join(names)}提及次数相同，只保留其共同的上级地名"
    return shared_place(place_of_county(county) for county in top), [], [warning]
