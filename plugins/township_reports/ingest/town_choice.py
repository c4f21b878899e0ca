"""Choosing the town a report is about from its mentions, or saying it cannot be told.

A township is identified by county + town, never by its name alone (兴隆镇 is in 31
counties): the most-mentioned town that is identified wins (its county is named, its
name is unique, or short names settled it); an ambiguous name keeps only what its
candidates share, and the warning says so. With no town named, the county alone.

``tally_mentions`` counts the counties, prefectures and provinces named (a visiting
office apart), ``town_candidates`` lists every town a mention can denote, with its
support; the rest weighs them.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from .gazetteer import County, Gazetteer, Location, Town, township_stem
from .mentions import TITLE_WEIGHT, Mention


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


def confirm_variant_towns(
    mentions: tuple[Mention, ...], tally: Tally, text: str, gazetteer: Gazetteer
) -> tuple[Mention, ...]:
    """Keep a variant spelling's towns (侯寨乡 → 侯寨街道) only where the text vouches for
    them: written right after its county, or its county or prefecture named anywhere
    (full or short name). Variants run into ordinary words (走进乡镇 holds a 进乡镇,
    边境口岸镇 a 口岸镇), which a real name written that way would not.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import read_mentions
    >>> gazetteer = load_gazetteer()
    >>> text = '推进边境口岸镇建设'
    >>> mentions = read_mentions(text, gazetteer)
    >>> [m.name for m in mentions]
    ['口岸镇']
    >>> confirm_variant_towns(mentions, tally_mentions(mentions), text, gazetteer)
    ()
    """
    confirmed = []
    for mention in mentions:
        if mention.variant or mention.renamed:
            unique_short_form = len(mention.towns) == 1 and is_ethnic_short_form(
                mention.name, mention.towns[0].name
            )
            towns = tuple(
                town
                for town in mention.towns
                if (mention.renamed and town not in mention.renamed)
                or unique_short_form
                or town.county_code in mention.after_counties
                or county_is_vouched_for(
                    gazetteer.counties[town.county_code], tally, text, gazetteer
                )
            )
            if not towns and not mention.counties:
                continue
            mention = mention._replace(towns=towns, renamed=())
        confirmed.append(mention)
    return tuple(confirmed)


def is_ethnic_short_form(written: str, town_name: str) -> bool:
    """True when ``written`` is ``town_name`` without its ethnic groups, level word kept
    (户撒乡 for 户撒阿昌族乡). Unlike a former level (X乡 for X镇), this is how running
    text names the town today, and when no other town nationally is written so, it
    needs no county to vouch for it.

    >>> is_ethnic_short_form('户撒乡', '户撒阿昌族乡'), is_ethnic_short_form('侯寨乡', '侯寨街道')
    (True, False)
    """
    return (
        "族" in town_name
        and written[-1] == town_name[-1]
        and written != town_name
        and (written[:-1] == township_stem(town_name))
    )


def county_is_vouched_for(county: County, tally: Tally, text: str, gazetteer: Gazetteer) -> bool:
    """True when the text names the county (full, old or short name) or its prefecture.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> county_is_vouched_for(gazetteer.counties['420103'], Tally(Counter(), Counter(), Counter(), {}),
    ...                       '武汉市民政局', gazetteer)                     # 江汉区
    True
    """
    if tally.counties[county.code] or tally.prefectures[county.prefecture_code]:
        return True
    names = gazetteer.county_short_names.get(
        county.code, ()
    ) + gazetteer.prefecture_short_names.get(county.prefecture_code, ())
    return any(name in text for name in names)


def settle_same_named_towns(
    candidates: list[TownCandidate],
    mentions: Iterable[Mention],
    text: str,
    gazetteer: Gazetteer,
) -> list[TownCandidate]:
    """Choose among same-named towns whose county the text never names in full, by the
    short names and neighbours it does write: the county's short name (义乌, 新郑, 徐汇)
    or two-character name (忠县), another town of that county, the prefecture's name or
    short name (随州), the province's name, short name or news outlet (上海, 东南网).

    These are weak alone (徐汇 may be 艺享徐汇, 上海 a 上海基层党建 slogan), so they
    only choose among towns the text already names, county evidence before prefecture
    before province; a name they cannot settle keeps only its best-supported towns
    (城关镇 with 河南 keeps the 城关镇s of 河南省), which stay ambiguous.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import read_mentions
    >>> gazetteer = load_gazetteer()
    >>> text = '长桥街道社区党群服务中心。按照上海基层党建整体部署'
    >>> mentions = read_mentions(text, gazetteer)
    >>> [(gazetteer.counties[c.town.county_code].name, c.settled_by) for c in settle_same_named_towns(
    ...     town_candidates(mentions, tally_mentions(mentions)), mentions, text, gazetteer)]
    [('徐汇区', '文中提到上海')]

    One written name may also be a renamed town's (道口镇 is 滑县's 道口镇街道 too); a
    two-character county named apart (滑县, too weak a word to count as a mention) settles it:

    >>> text = '近日，滑县召开会议。道口镇举办主题宣讲活动'
    >>> mentions = read_mentions(text, gazetteer)
    >>> [(place_label(c.town, gazetteer), c.settled_by) for c in settle_same_named_towns(
    ...     town_candidates(mentions, tally_mentions(mentions)), mentions, text, gazetteer)]
    [('滑县道口镇街道', '文中提到滑县')]
    """
    mentions = list(mentions)
    by_name: dict[str, list[TownCandidate]] = {}
    for candidate in candidates:  # towns one written name can be (道口镇: 道口镇, 道口镇街道)
        by_name.setdefault(candidate.written or candidate.town.name, []).append(candidate)
    settled = []
    for same_name in by_name.values():
        if len(same_name) == 1 or any(c.county_weight for c in same_name):
            settled += same_name
            continue
        evidence = {
            c.town.code: short_name_evidence(c, mentions, text, gazetteer) for c in same_name
        }
        best = max(key for key, _ in evidence.values())
        winners = [c for c in same_name if evidence[c.town.code][0] == best]
        if not any(best):
            settled += same_name
            continue
        if len(winners) > 1:  # narrowed, not settled: what they share may still be kept
            settled += winners
            continue
        winner = winners[0]
        settled.append(winner._replace(settled_by=evidence[winner.town.code][1]))
    return sorted(settled, key=lambda c: c.first)


def short_name_evidence(
    candidate: TownCandidate, mentions: list[Mention], text: str, gazetteer: Gazetteer
) -> tuple[tuple[bool, bool, bool], str]:
    """What the text writes for this town's county, prefecture and province, besides
    their full names: (county, prefecture, province) found, and a line of evidence.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> town = gazetteer.towns['421321114']                       # 随县洪山镇
    >>> short_name_evidence(TownCandidate(town, 1, 1, False, 0, 0), [], '随州论坛通讯员', gazetteer)
    ((False, True, False), '文中提到随州')
    """
    county = gazetteer.counties[candidate.town.county_code]
    found = []
    # the full name counts here even when it is weak as a word (忠县, 随县) or stands only
    # in the page furniture (context)
    county_names = gazetteer.county_short_names.get(county.code, ())
    county_hit = [name for name in (county.name, *county_names) if name in text]
    neighbours = sorted(
        {
            town.name
            for mention in mentions
            for town in mention.towns
            if town.county_code == county.code and town.name != candidate.town.name
        }
    )
    neighbours += [
        name
        for name in unit_names_in_text(gazetteer.towns_by_county.get(county.code, ()), text)
        if name != candidate.town.name and name not in neighbours
    ]
    found += county_hit + [f"同县的{name}" for name in neighbours[:2]]
    prefecture_hit = [
        name
        for name in gazetteer.prefecture_short_names.get(county.prefecture_code, ())
        if name in text
    ]
    if county.prefecture and county.prefecture in text:
        prefecture_hit.insert(0, county.prefecture)
    named_counties = {c.code: c for mention in mentions for c in mention.counties}.values()
    province_hit = [
        name
        for name in (county.province, *gazetteer.province_short_names.get(county.province_code, ()))
        if name in text
    ]
    # a county named in full but not this town's (a visiting 门头沟区委组织部) still
    # says which prefecture and province the report is in
    for other in named_counties:
        if other.code == county.code:
            continue
        if other.prefecture_code and other.prefecture_code == county.prefecture_code:
            prefecture_hit.append(other.name)
        elif other.province_code == county.province_code:
            province_hit.append(other.name)
    found += prefecture_hit + province_hit[:1]
    key = (bool(county_hit or neighbours), bool(prefecture_hit), bool(province_hit))
    return key, "文中提到" + "、".join(found) if found else ""


def unit_names_in_text(towns: Iterable[Town], text: str) -> list[str]:
    """The county's units of four characters or more that ``text`` names although they
    were not read as mentions (a farm or zone counts only after its county: 浓江农场).
    Such a long name is no everyday word, so it says which county's 青河镇 is meant.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> towns = load_gazetteer().towns_by_county['230881']          # 同江市
    >>> unit_names_in_text(towns, '□□□党委与北大荒集团浓江农场有限公司党委结对')
    ['浓江农场']
    """
    return sorted({town.name for town in towns if len(town.name) >= 4 and town.name in text})


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
    then to the one named first (the lede's subject), then to the one whose county is
    named most. A tie beyond that keeps what they share.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> taiyao, shenhe = gazetteer.towns['610522102'], gazetteer.towns['610981111']
    >>> choose_identified_town([TownCandidate(taiyao, 1, 1, False, 1, 1),
    ...                         TownCandidate(shenhe, 1, 1, False, 0, 0)], gazetteer)[1]
    ['潼关县太要镇（县名与乡镇名连写，提及1次）']
    """

    def key(candidate: TownCandidate) -> tuple[int, int, int, int]:
        # same-named towns share their first mention: for them the county named decides
        return (candidate.weight, candidate.adjacent, -candidate.first, candidate.county_weight)

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
        return (
            place_of_town(chosen.town, gazetteer),
            [describe_town_choice(chosen, gazetteer, how)],
            [],
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
