"""What a text vouches for among the towns a name can be: a variant or former name
counts only where its county is named (侯寨乡 for 侯寨街道 needs 二七区 or 郑州), unless it
is the same body's other name (马坊镇 for 马坊地区) or a 民族乡 short form no other town
shares (户撒乡); among same-named towns whose county is not named in full, short names
and neighbours (义乌, 随州, 上海, 同县的浓江农场) settle which one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import (
    County,
    Gazetteer,
    Town,
    is_place_name,
    load_common_villages,
    load_villages,
    village_counties,
)
from .mentions import Mention
from .name_or_word import is_common_word, reads_as_words
from .town_choice import COMMON_VILLAGE, Tally, TownCandidate
from .written_forms import PLACE_WORDS, township_stem


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
    >>> from township_reports.ingest.town_choice import tally_mentions
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
                    gazetteer.counties[town.county_code],
                    tally,
                    text,
                    gazetteer,
                    # the bare stem of a written 河口乡 is the text's short name for its town
                    # (…对河口往后五年…), not 河口县 vouching for a renamed 河口镇 (round 73)
                    not_by=township_stem(mention.name) if mention.renamed else None,
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


_EVERYDAY_STEMS = frozenset(PLACE_WORDS["everyday_county_stems"])


def stem_written_as_place(stem: str, county: County, text: str, gazetteer: Gazetteer) -> bool:
    """True when ``text`` writes a county's short name as a place: anywhere, unless the stem
    is an everyday word (place_words.yaml ``everyday_county_stems``); then only where it is
    not run on into the next word (平安: , 平安三合镇) or where its prefecture or province
    stands right before it (海东平安).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> pingan = next(c for c in gazetteer.counties.values() if c.name == '平安区')
    >>> stem_written_as_place('平安', pingan, '护航群众平安度夏。', gazetteer)
    False
    >>> [stem_written_as_place('平安', pingan, text, gazetteer) for text in ('海东平安：网格员巡河', '平安三合镇组织网格员')]
    [True, True]
    >>> yiwu = gazetteer.counties['330782']
    >>> stem_written_as_place('义乌', yiwu, '义乌小商品城', gazetteer)
    True
    """
    if stem not in _EVERYDAY_STEMS:
        return stem in text
    parents = tuple(
        name
        for name in (
            county.prefecture,
            county.province,
            *gazetteer.prefecture_short_names.get(county.prefecture_code, ()),
            *gazetteer.province_short_names.get(county.province_code, ()),
        )
        if name
    )
    towns = tuple(
        name
        for town in gazetteer.towns_by_county.get(county.code, ())
        for name in (town.name, township_stem(town.name))
        if name
    )
    for found in re.finditer(re.escape(stem), text):
        after = text[found.end() :]
        if not re.match(r"[\u4e00-\u9fff]", after) or after.startswith(towns):
            return True
        if text[: found.start()].endswith(parents):
            return True
    return False


def county_is_vouched_for(
    county: County, tally: Tally, text: str, gazetteer: Gazetteer, not_by: str | None = None
) -> bool:
    """True when the text names the county (full, old or short name) or its prefecture; a
    short name equal to ``not_by`` does not count.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> from collections import Counter
    >>> county_is_vouched_for(gazetteer.counties['420103'], Tally(Counter(), Counter(), Counter(), {}),
    ...                       '武汉市民政局', gazetteer)                     # 江汉区
    True
    """
    if tally.counties[county.code] or tally.prefectures[county.prefecture_code]:
        return True
    shorts = gazetteer.county_short_names.get(county.code, ())
    if any(
        stem_written_as_place(name, county, text, gazetteer) for name in shorts if name != not_by
    ):
        return True
    prefecture_shorts = gazetteer.prefecture_short_names.get(county.prefecture_code, ())
    return any(name in text for name in prefecture_shorts if name != not_by)


def settle_same_named_towns(
    candidates: list[TownCandidate],
    mentions: Iterable[Mention],
    text: str,
    gazetteer: Gazetteer,
) -> list[TownCandidate]:
    """Choose among same-named towns whose county the text never names in full, by the
    villages, short names and neighbours it does write: one of the town's own villages or
    communities (大城子镇's 庄户峪村), the county's short name (义乌, 新郑, 徐汇)
    or two-character name (忠县), another town of that county, the prefecture's name or
    short name (随州), the province's name, short name or news outlet (上海, 东南网).

    These are weak alone (徐汇 may be 艺享徐汇, 上海 a 上海基层党建 slogan), so they
    only choose among towns the text already names, village evidence before county before
    prefecture before province; a name they cannot settle keeps only its best-supported towns
    (城关镇 with 河南 keeps the 城关镇s of 河南省), which stay ambiguous.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import read_mentions
    >>> gazetteer = load_gazetteer()
    >>> from township_reports.ingest.town_choice import place_label, tally_mentions, town_candidates
    >>> text = '长桥街道社区党群服务中心。按照上海基层党建整体部署'
    >>> mentions = read_mentions(text, gazetteer)
    >>> [(gazetteer.counties[c.town.county_code].name, c.settled_by) for c in settle_same_named_towns(
    ...     town_candidates(mentions, tally_mentions(mentions)), mentions, text, gazetteer)]
    [('徐汇区', '文中提到上海')]
    >>> text = '大城子镇举办比武会。庄户峪村推出“老槐树下聊村事”议事平台'
    >>> mentions = read_mentions(text, gazetteer)
    >>> [(place_label(c.town, gazetteer), c.settled_by) for c in settle_same_named_towns(
    ...     town_candidates(mentions, tally_mentions(mentions)), mentions, text, gazetteer)]
    [('密云区大城子镇', '文中提到辖下的庄户峪村')]

    One written name may also be a renamed town's (道口镇 is 滑县's 道口镇街道 too); a
    two-character county named apart where it reads as no word of its own (滑县委: 滑 + 县委,
    too weak to count as a mention) settles it:

    >>> text = '近日，滑县委召开会议。道口镇举办主题宣讲活动'
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
        if len(winners) > 1:  # the name as written before a reading of it as renamed
            winners = as_written_first(winners)
        if len(winners) > 1:  # narrowed, not settled: what they share may still be kept
            settled += winners
            continue
        winner = winners[0]
        settled.append(winner._replace(settled_by=evidence[winner.town.code][1]))
    return sorted(settled, key=lambda c: c.first)


def as_written_first(candidates: list[TownCandidate]) -> list[TownCandidate]:
    """Of towns the same evidence supports, the one whose name is the name as written, if
    there is exactly one; else all. A written 柳林乡 may be read as a 柳林镇 that was a 乡
    (撤乡设镇), but where the text's short names fit a 柳林乡 and a 柳林镇 alike (竹山 for
    竹山县柳林乡; 柳林, the town's own stem, for 柳林县柳林镇), the town bearing the name the
    text writes is the better reading.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> zhushan, liulin = gazetteer.towns['420323207'], gazetteer.towns['141125100']
    >>> [c.town.name for c in as_written_first([
    ...     TownCandidate(zhushan, 12, 12, False, 0, 0, written='柳林乡'),
    ...     TownCandidate(liulin, 12, 12, False, 0, 0, written='柳林乡')])]
    ['柳林乡']
    """
    literal = [c for c in candidates if c.town.name == (c.written or c.town.name)]
    return literal if len(literal) == 1 else candidates


def short_name_evidence(
    candidate: TownCandidate, mentions: list[Mention], text: str, gazetteer: Gazetteer
) -> tuple[tuple[bool, bool, bool, bool], str]:
    """What the text writes for this town's villages, county, prefecture and province,
    besides their full names: (village, county, prefecture, province) found, and a line
    of evidence.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> town = gazetteer.towns['421321114']                       # 随县洪山镇
    >>> short_name_evidence(TownCandidate(town, 1, 1, False, 0, 0), [], '随州论坛通讯员', gazetteer)
    ((False, False, True, False, False), '文中提到随州')
    """
    county = gazetteer.counties[candidate.town.county_code]
    names = load_villages().get(candidate.town.code, ())
    villages = villages_written(names, text) or village_stems_written(names, candidate.town, text)
    found = [f"辖下的{name}" for name in villages[:2]]
    # the full name counts here even when it is weak as a word (忠县, 随县) or stands only
    # in the page furniture (context)
    county_names = gazetteer.county_short_names.get(county.code, ())
    county_hit = [county.name] if county.name in text else []
    # the town's own short name (湖滨 for 湖滨街道: 湖滨征拆, 湖滨效率) is no county's short name
    own = township_stem(candidate.town.name)
    county_hit += [
        n for n in county_names if n != own and stem_written_as_place(n, county, text, gazetteer)
    ]
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
    # weakest of all: a common village name (团结村) only this one of the same-named towns holds
    common = villages_written(load_common_villages().get(candidate.town.code, ()), text)
    found += [f"{COMMON_VILLAGE}{name}" for name in common[:1]] if not found else []
    key = (
        bool(villages),
        bool(county_hit or neighbours),
        bool(prefecture_hit),
        bool(province_hit),
        bool(common),
    )
    return key, "文中提到" + "、".join(found) if found else ""


def villages_written(names: Iterable[str], text: str) -> list[str]:
    """The village names of ``names`` that ``text`` writes as a whole name, not only as the
    tail of a longer village's name: 呼和塔秀村 (温泉县塔秀乡) holds the 塔秀村 of 贵南县's
    塔秀乡, which would otherwise vouch for both towns and settle neither (round 63).

    >>> villages_written(['塔秀村', '拉乙亥村'], '发现了楚布勒达村、呼和塔秀村河段乱扔垃圾')
    []
    >>> villages_written(['呼和塔秀村', '楚布勒达村'], '发现了楚布勒达村、呼和塔秀村河段乱扔垃圾')
    ['呼和塔秀村', '楚布勒达村']
    """
    every_village, written = village_counties(), []
    for name in names:
        for match in re.finditer(re.escape(name), text):
            start, end = match.span()
            longer = (text[at:end] for at in range(max(0, start - 8), start))
            if not any(word in every_village for word in longer):
                written.append(name)
                break
    return written


def _everyday_words(name: str) -> bool:
    """A name that is a common word, or common words run together (工业园区, 经济开发区)."""
    return is_common_word(name) or reads_as_words(name)


#: A village's or community's name ending (place_words.yaml ``village_suffixes``).
_VILLAGE_SUFFIX = re.compile("(?:" + "|".join(PLACE_WORDS["village_suffixes"]) + ")$")


def village_stems_written(names: Iterable[str], town: Town, text: str) -> list[str]:
    """The village names of ``names`` that ``text`` writes without their 村 or 社区, as a list
    of a town's villages does (厚仁下街、西暨、永安、塘上、前塘5个重点村, round 81): only a
    stem of three characters or more that is no place's name, no common word or phrase and
    no part of the town's own name (青年路 of 青年路街道's 青年路社区 says nothing).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> baita = load_gazetteer().towns['331024103']             # 仙居县白塔镇
    >>> village_stems_written(['厚仁下街村', '白塔下街社区', '前塘村'], baita,
    ...                       '确定厚仁下街、西暨、永安、塘上、前塘5个重点村')
    ['厚仁下街村']
    """
    written = []
    for name in names:
        stem = _VILLAGE_SUFFIX.sub("", name)
        if stem == name or len(stem) < 3 or stem in town.name or stem not in text:
            continue
        if is_place_name(stem) or _everyday_words(stem):
            continue
        written.append(name)
    return written


def unit_names_in_text(towns: Iterable[Town], text: str) -> list[str]:
    """The county's units of four characters or more that ``text`` names although they
    were not read as mentions (a farm or zone counts only after its county: 浓江农场).
    Such a long name is no everyday word, so it says which county's 青河镇 is meant.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> towns = load_gazetteer().towns_by_county['230881']          # 同江市
    >>> unit_names_in_text(towns, '□□□党委与北大荒集团浓江农场有限公司党委结对')
    ['浓江农场']

    A unit named by everyday words (工业园区, a zone of 富锦市 and of six other counties) is
    what any text says of its own zone (城西街道…辖区内工业园区, round 82), and says nothing:

    >>> unit_names_in_text(load_gazetteer().towns_by_county['230882'], '辖区内工业园区、工业功能区块')
    []
    """
    return sorted(
        {
            town.name
            for town in towns
            if len(town.name) >= 4 and town.name in text and not _everyday_words(town.name)
        }
    )


def towns_claimed_by_other_counties(mentions: list[Mention], gazetteer: Gazetteer) -> set[str]:
    """The codes of towns whose name the text writes right after a county that has no
    town of that name in the gazetteer (罗江区蟠龙镇, when the gazetteer lists 蟠龙镇 only
    in other counties): the text says whose town it is, so no namesake elsewhere is meant,
    there or wherever else it writes the name. Only a county written with its full name as
    the gazetteer has it counts (山西夏县泗交镇 must not read as 西夏县, a misread 西夏区).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import read_mentions
    >>> gazetteer = load_gazetteer()
    >>> def claimed(text):
    ...     return towns_claimed_by_other_counties(read_mentions(text, gazetteer), gazetteer)
    >>> '512022113' in claimed('高勇了解到罗江区蟠龙镇种植青花椒成效显著，从蟠龙镇聘请了技术人员')
    True
    >>> '512022113' in claimed('乐至县蟠龙镇召开会议，蟠龙镇党委'), claimed('山西夏县泗交镇地处中条山腹地')
    (False, set())
    """
    counties_before: dict[str, set[str]] = {}  # name → the counties written right before it
    for mention in mentions:
        if mention.towns and any(
            gazetteer.counties[code].name == mention.after_county_name
            for code in mention.after_counties
        ):
            counties_before.setdefault(mention.name, set()).update(mention.after_counties)
    return {
        town.code
        for mention in mentions
        if mention.name in counties_before
        for town in mention.towns
        if town.county_code not in counties_before[mention.name]
    }
