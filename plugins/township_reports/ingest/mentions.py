"""Finding place names in a report: each mention, what it can denote, and how often.

The names that cover the most text win (``find_name_spans``); a name that is also an
ordinary word (兴镇, 开发区, 和县) counts only next to its parent, and one read across two
words (奏响水乡) not at all (``name_or_word.py``); a town written after its county in
another spelling is that county's (``town_spellings.py``); a town reached by 到/赴 from
one named before it, or listed after such a town, is only visited (``visited_towns.py``;
town_choice.py counts the mentions and chooses).
The text is only read, never edited.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from .county_parents import counties_after_prefecture_short
from .gazetteer import County, Gazetteer, Town, county_villages
from .name_or_word import is_inside_phrase, is_weak_county_name, is_weak_town_name
from .town_spellings import UNKNOWN_CHAR, town_written_after_county, with_ethnic_towns
from .visited_towns import is_visited, listed_after_visited
from .written_forms import (
    PLACE_WORDS,
    VARIANT_CHARS,
    VARIANT_CHARS_WRITTEN,
    WORD_CHARS_AFTER_XIANG,
    is_same_body_name,
    township_stem,
)

# A headline names what the report is about; a body may name neighbours in passing.
TITLE_WEIGHT = 3


# A county office that comes visiting: a delegation word, or 来 (written from the host's
# side), in the same clause (成都市武侯区民政局一行到…, 门头沟区委组织部来…).
VISITING_OFFICE = re.compile(
    "[^，。；！？、\n]{0,12}?(?:"
    + "|".join(
        # 来 alone, but not 以来/近年来/未来 (time) or 来源/来自
        "(?<![以年后未原本近从向带])来(?![源自说看])" if word == "来" else word
        for word in PLACE_WORDS["visiting_office_words"]
    )
    + ")"
)


class Mention(NamedTuple):
    """One place name found in the title or text, with everything it can denote there."""

    name: str
    where: str  # 'title' or 'text'
    start: int
    end: int
    towns: tuple[Town, ...]
    counties: tuple[County, ...]  # by current or old name
    prefecture_codes: tuple[str, ...]
    province_codes: tuple[str, ...]
    after_counties: frozenset[str]  # codes of the counties named right before it
    after_county_name: str  # that county name as written (旬阳县 or 旬阳市), else ''
    visited: bool = False  # written after 到/赴… with another town earlier in the sentence
    variant: bool = False  # a form the gazetteer does not spell (侯寨乡): needs its county
    visiting: bool = False  # a county whose office comes visiting (某县考察团一行来…)
    # towns the name stands for only as a former form (龙潭镇 for a 龙潭街道): they need
    # their county vouched for, as variants do (see town_choice.confirm_variant_towns)
    renamed: tuple[Town, ...] = ()
    # a character of the name written by its parts or as □ (干(石览)镇 for 干览镇)
    unknown_char: bool = False


# ---------------------------------------------------------------------------
# Reading the text


def find_name_spans(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """Find gazetteer names in ``text``, not overlapping, covering as much text as possible;
    then, in what no name covers, the variants reports also write (see ``town_variants``).

    Covering the most characters (then using the fewest names) beats "longest first":
    the gazetteer has towns called 市西河街道 and 县良种场, which must not swallow the
    county in 汾阳市西河街道 or 集贤县良种场.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> find_name_spans('潼关县太要镇:党建引领激发乡村振兴新动能', load_gazetteer())
    [(0, 3, '潼关县'), (3, 6, '太要镇')]
    >>> find_name_spans('汾阳市西河街道', load_gazetteer())
    [(0, 3, '汾阳市'), (3, 7, '西河街道')]
    >>> find_name_spans('坚持“生态立镇、产业强镇、旅游兴镇”', load_gazetteer())   # 兴镇 is a town too
    [(15, 17, '兴镇')]
    >>> find_name_spans('二七区侯寨乡联合区城管局', load_gazetteer())   # 侯寨乡 is 侯寨街道 now
    [(0, 3, '二七区'), (3, 6, '侯寨乡')]
    >>> find_name_spans('来民意街道多闻社区', load_gazetteer())   # 民意街街道, not a town 街道
    [(1, 5, '民意街道')]
    """
    names, variant_names = gazetteer.names, gazetteer.variant_names
    ending_at: dict[int, list[int]] = {}
    variants_ending_at: dict[int, list[int]] = {}
    lengths_by_char = gazetteer.name_lengths_by_first_char
    for start, char in enumerate(text):
        for length in lengths_by_char.get(char, ()):
            if text[start : start + length] in names:
                ending_at.setdefault(start + length, []).append(start)
    # variants end in few characters (乡, 镇, 街, 道, 县, 旗): look only there
    if gazetteer.variant_last_chars:
        lengths_by_last = gazetteer.variant_lengths_by_last_char
        for match in gazetteer.variant_last_chars.finditer(text):
            end = match.end()
            for length in lengths_by_last[match.group()]:
                if length <= end and text[end - length : end] in variant_names:
                    variants_ending_at.setdefault(end, []).append(end - length)
    spans = cover_with_names(text, 0, len(text), ending_at)
    if not variants_ending_at:
        return spans
    # Two-character names (兴镇, 街道, 和县) are too often plain words to keep a variant
    # out: 民意街道 is 民意街街道, not a town called 街道.
    firm = [span for span in spans if span[1] - span[0] > 2]
    variants = []
    position = 0
    for span in firm + [(len(text), len(text), "")]:
        if span[0] > position:
            variants += cover_with_names(text, position, span[0], variants_ending_at)
        position = span[1]
    if not variants:
        return spans
    kept = [
        span
        for span in spans
        if not any(start < span[1] and span[0] < end for start, end, _ in variants)
    ]
    return sorted(kept + variants)


def cover_with_names(
    text: str, lo: int, hi: int, ending_at: Mapping[int, list[int]]
) -> list[tuple[int, int, str]]:
    """The names found in ``text[lo:hi]`` (``ending_at``: end → starts) that cover the
    most characters with the fewest names.

    >>> cover_with_names('汾阳市西河街道', 0, 7, {3: [0], 4: [1], 7: [3, 2]})
    [(0, 3, '汾阳市'), (3, 7, '西河街道')]
    """
    ends = sorted(end for end in ending_at if lo < end <= hi)
    if not ends:
        return []
    # The best choice only changes where a name ends, so only those points are kept:
    # values[k] is (characters covered, -names used) in text[lo:points[k]], choice[k]
    # the name ending there and the point it starts after (None: carried over).
    points, values, choice = [lo], [(0, 0)], [None]
    for end in ends:
        best, pick = values[-1], None
        for start in ending_at[end]:
            if start < lo:
                continue
            before = bisect.bisect_right(points, start) - 1
            covered, used = values[before]
            option = (covered + end - start, used - 1)
            if option > best:
                best, pick = option, (start, before)
        points.append(end)
        values.append(best)
        choice.append(pick)
    spans = []
    k = len(points) - 1
    while k > 0:
        pick = choice[k]
        if pick is None or values[k] == values[k - 1]:
            k -= 1
        else:
            start, before = pick
            spans.append((start, points[k], text[start : points[k]]))
            k = before
    return spans[::-1]


def denotations(name: str, where: str, start: int, gazetteer: Gazetteer) -> Mention:
    """Everything a name can denote, before its neighbours are looked at.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> mention = denotations('旬阳县', 'text', 0, load_gazetteer())
    >>> [county.name for county in mention.counties], mention.towns
    (['旬阳市'], ())
    """
    if name in gazetteer.variant_names:  # found only where no real name stands
        variants = gazetteer.town_variants.get(name, ())
        return Mention(
            name=name,
            where=where,
            start=start,
            end=start + len(name),
            towns=variants,
            counties=gazetteer.county_variants.get(name, ()),
            prefecture_codes=(),
            province_codes=(),
            after_counties=frozenset(),
            after_county_name="",
            # a Beijing area office's town (琉璃河镇 for 琉璃河地区) is as firm as its own name;
            # a street's bare stem (牛街 for 牛街街道) still answers to its county
            variant=not all(
                town.name.endswith("地区") and is_same_body_name(name, town.name)
                for town in variants
            ),
        )
    towns = gazetteer.towns_by_name.get(name, ())
    aliases = gazetteer.town_aliases.get(name, ())
    counties = list(gazetteer.counties_by_name.get(name, ()))
    for rename in gazetteer.renames_by_old_name.get(name, ()):
        county = gazetteer.counties[rename.county_code]
        if county not in counties:
            counties.append(county)
    province = gazetteer.provinces_by_name.get(name)
    return Mention(
        name=name,
        where=where,
        start=start,
        end=start + len(name),
        towns=towns + aliases,
        counties=tuple(counties),
        prefecture_codes=gazetteer.prefectures_by_name.get(name, ()),
        province_codes=(province,) if province else (),
        after_counties=frozenset(),
        after_county_name="",
        renamed=tuple(town for town in aliases if not is_same_body_name(name, town.name)),
    )


def fold_variant_chars(text: str) -> str:
    """``text`` with the t2s leftovers of ``variant_chars`` folded (same length).

    >>> fold_variant_chars('甘州区堿滩镇')
    '甘州区碱滩镇'
    """
    if any(char in text for char in VARIANT_CHARS_WRITTEN):
        return text.translate(VARIANT_CHARS)
    return text


_WORD_AFTER_LEVEL = {"市": "场", "区": "域"}  # a level word opening a word: 市场, 区域


def read_mentions(text: str, gazetteer: Gazetteer, where: str = "text") -> tuple[Mention, ...]:
    """The place mentions of ``text``, weak names kept only where their neighbours vouch.

    兴隆镇 keeps all 31 towns of that name and the 14 兴隆街道 that may have been one
    (the county chooses later, and must be named for those); 兴镇 is dropped.
    Names are looked up with the t2s leftovers folded (堿滩镇 is 碱滩镇); a town written
    after its county the way the gazetteer does not spell it is found too (see
    ``town_written_after_county``).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> [(m.name, len(m.towns), sorted(m.after_counties)) for m in read_mentions(
    ...     '平利县兴隆镇坚持“生态立镇、产业强镇、旅游兴镇”的实施路径', load_gazetteer())]
    [('平利县', 0, []), ('兴隆镇', 45, ['610926'])]
    >>> [(m.name, m.towns[0].name) for m in read_mentions('甘州区堿滩镇党委', load_gazetteer())[1:]]
    [('碱滩镇', '碱滩镇')]
    """
    text = fold_variant_chars(text)
    raw = [
        denotations(name, where, start, gazetteer)._replace(end=end)  # 八岔赫哲族乡: 八岔乡
        for start, end, name in with_ethnic_towns(text, find_name_spans(text, gazetteer), gazetteer)
    ]
    if gazetteer.headline_pairs:
        raw = read_headline_pairs(text, raw, gazetteer)
    raw = add_towns_written_after_counties(text, raw, gazetteer)
    mentions: list[Mention] = []
    for index, mention in enumerate(raw):
        short = ""
        if text[mention.end : mention.end + 1] == _WORD_AFTER_LEVEL.get(mention.name[-1]):
            continue  # 上海市场, 义乌市场: the word 市场 (market), not the city; 北湖区域: 区域
        before = raw[index - 1] if index and raw[index - 1].end == mention.start else None
        if before and before.counties and county_inside_a_word(text, before, gazetteer):
            before = None  # 颖东区杨楼孜镇 (颍 misspelt): 东区 of 攀枝花 is no county there
        after = (
            raw[index + 1] if index + 1 < len(raw) and raw[index + 1].start == mention.end else None
        )
        counties_before = (
            frozenset(county.code for county in before.counties) if before else frozenset()
        )
        towns = mention.towns
        if towns and not counties_before:
            short = county_short_name_before(text, mention, gazetteer)
            if short:
                counties_before = frozenset(
                    town.county_code
                    for town in towns
                    if short in gazetteer.county_short_names.get(town.county_code, ())
                )
        towns = towns_read_here(text, mention, counties_before, before is not None)
        counties = mention.counties
        if len(counties) > 1 and before is None:
            counties = counties_after_prefecture_short(text, mention.start, counties, gazetteer)
        if counties and is_weak_county_name(mention.name, text, mention.start):
            counties = counties_beside_parents(counties, before, after) or counties_before_village(
                text, mention.end, counties, gazetteer
            )
        if towns or counties or mention.prefecture_codes or mention.province_codes:
            written_from = mention.start - len(short)
            if before and counties_before:
                written_from = before.start
            visited = bool(towns) and (
                is_visited(text, written_from, mentions)
                or listed_after_visited(text, written_from, mentions)
            )
            visiting = bool(counties) and VISITING_OFFICE.match(text, mention.end) is not None
            mentions.append(
                mention._replace(
                    towns=towns,
                    counties=counties,
                    after_counties=counties_before,
                    after_county_name=(
                        (before.name if before else short) if counties_before else ""
                    ),
                    visited=visited,
                    visiting=visiting,
                )
            )
    return tuple(mentions)


def county_inside_a_word(text: str, county: Mention, gazetteer: Gazetteer) -> bool:
    """True when a two-character county name (东区, 城区, 和县) is the tail of a longer word
    the gazetteer does not know: a character runs into it from the left and is no place's
    end, nor the end of its prefecture or province (阜阳市颖东区, the 颍 of 颍东区 misspelt,
    holds 攀枝花's 东区; 攀枝花东区 and 攀枝花市东区 name it).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> def inside(text, name):
    ...     return county_inside_a_word(text, denotations(name, 'text', text.index(name), g), g)
    >>> inside('阜阳市颖东区杨楼孜镇', '东区'), inside('攀枝花东区银江镇', '东区'), inside('攀枝花市东区银江镇', '东区')
    (True, False, False)
    """
    if len(county.name) > 2 or county.start == 0:
        return False
    glued = text[county.start - 1]
    if not re.match(r"[\u4e00-\u9fff]", glued) or glued in "省市州盟县区旗":
        return False
    before = text[max(0, county.start - 8) : county.start]
    for code in (c.code for c in county.counties):
        prefecture, province = code[:4], code[:2]
        parents = (
            *gazetteer.prefecture_short_names.get(prefecture, ()),
            *gazetteer.province_short_names.get(province, ()),
        )
        if any(name and before.endswith(name) for name in parents):
            return False
    return True


def towns_read_here(
    text: str, mention: Mention, counties_before: frozenset[str], after_a_place: bool
) -> tuple[Town, ...]:
    """The towns a name can be where it stands: none where it is read across two words
    (奏响水乡振兴), only those of the county written before it where it is an ordinary
    word (兴镇, 平安乡村; see ``name_or_word``).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> towns_read_here('奏响水乡振兴', denotations('响水乡', 'text', 1, g), frozenset(), False)
    ()
    >>> [t.code for t in towns_read_here('蒲城县兴镇', denotations('兴镇', 'text', 3, g),
    ...                                  frozenset({'610526'}), True)]
    ['610526103']
    """
    towns = mention.towns
    if not towns:
        return towns
    if not after_a_place and not counties_before:
        if is_inside_phrase(text, mention.start, mention.name):
            return ()
    next_char = text[mention.end : mention.end + 1]
    # a variant answers to its county anyway (see town_evidence.confirm_variant_towns), so
    # only the word 乡村 rules one out here; 牛街 may stand for 牛街街道
    if mention.variant:
        weak = mention.name.endswith("乡") and next_char in WORD_CHARS_AFTER_XIANG
    else:
        weak = is_weak_town_name(mention.name, next_char)
    if weak:
        return tuple(town for town in towns if town.county_code in counties_before)
    return towns


def counties_beside_parents(
    counties: tuple[County, ...], before: Mention | None, after: Mention | None
) -> tuple[County, ...]:
    """The counties a weak county name (和县) can be: those whose prefecture or province is
    written right before it, or one of whose towns is written right after it."""
    return tuple(
        county
        for county in counties
        if (
            before
            and (
                county.prefecture_code in before.prefecture_codes
                or county.province_code in before.province_codes
            )
        )
        or (after and any(town.county_code == county.code for town in after.towns))
    )


def counties_before_village(
    text: str, end: int, counties: tuple[County, ...], gazetteer: Gazetteer | None = None
) -> tuple[County, ...]:
    """The counties a weak county name (雄县) can be when one of their villages is written
    right after it (雄县黄湾村, round 42), or a town's stem and then one of their villages
    (唐县军城和家庄村, round 51): a village is named inside its county, as a town is.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> xiong, tang = g.counties_by_name['雄县'], g.counties_by_name['唐县']
    >>> [c.name for c in counties_before_village('坐落于雄县黄湾村的雄山公园', 5, xiong)]
    ['雄县']
    >>> [c.name for c in counties_before_village('到唐县军城和家庄村举办', 3, tang, g)]
    ['唐县']
    >>> counties_before_village('省委和县委', 3, g.counties_by_name['和县'], g)
    ()
    """
    if not re.match(r"[\u4e00-\u9fff]", text[end : end + 1]):
        return ()
    ahead = text[end : end + 12]

    def names_one_of_its_villages(county: County) -> bool:
        villages = county_villages(county.code)
        towns = gazetteer.towns_by_county.get(county.code, ()) if gazetteer else ()
        stems = {township_stem(town.name) for town in towns}
        skips = [0] + [len(stem) for stem in stems if len(stem) >= 2 and ahead.startswith(stem)]
        return any(
            ahead[skip : skip + length] in villages
            for skip in skips
            for length in range(2, len(ahead) - skip + 1)
        )

    return tuple(county for county in counties if names_one_of_its_villages(county))


def county_short_name_before(text: str, mention: Mention, gazetteer: Gazetteer) -> str:
    """The short name of one of the mention's towns' counties written right before it
    (义乌 in 义乌义亭镇, 新郑 in 新郑观音寺镇), else ''.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> county_short_name_before('新郑观音寺镇十里铺村', denotations('观音寺镇', 'text', 2, gazetteer), gazetteer)
    '新郑'
    """
    for town in mention.towns:
        for short in gazetteer.county_short_names.get(town.county_code, ()):
            if text.endswith(short, 0, mention.start):
                return short
    return ""


def read_headline_pairs(text: str, raw: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Read 普洱镇沅 as 普洱 + 镇沅 (the county), not as the town 普洱镇 (see ``headline_pairs``).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> [m.name for m in read_headline_pairs('普洱镇沅：党支部+', [denotations('普洱镇', 'title', 0, gazetteer)], gazetteer)]
    ['普洱', '镇沅']
    """
    result = []
    for mention in raw:
        pair = next(
            (
                (written, county)
                for written, county in gazetteer.headline_pairs.get(mention.name, ())
                if text.startswith(written, mention.start)
            ),
            None,
        )
        if pair is None:
            result.append(mention)
            continue
        written, county = pair
        start = mention.end - 1
        result.append(
            Mention(
                mention.name[:-1],
                mention.where,
                mention.start,
                start,
                (),
                (),
                (county.prefecture_code,),
                (),
                frozenset(),
                "",
            )
        )
        result.append(
            Mention(
                written[len(mention.name) - 1 :],
                mention.where,
                start,
                mention.start + len(written),
                (),
                (county,),
                (),
                (),
                frozenset(),
                "",
            )
        )
    # a name the pair now covers (沅…) was never a mention: names do not overlap
    return [m for i, m in enumerate(result) if not (i and m.start < result[i - 1].end)]


def add_towns_written_after_counties(
    text: str, raw: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """Add the towns written right after their county in a spelling the gazetteer lacks
    (格尔木市郭勒木德尔镇, 本溪满族自治县田师付镇), and that spelling's other mentions.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> text = '格尔木市郭勒木德尔镇128户牧民搬到格尔木市南郊。郭勒木德尔镇'
    >>> [(m.name, [t.name for t in m.towns]) for m in add_towns_written_after_counties(
    ...     text, [denotations(n, 'text', s, gazetteer) for s, _, n in find_name_spans(text, gazetteer)],
    ...     gazetteer) if m.towns]
    [('郭勒木德尔镇', ['郭勒木德镇']), ('郭勒木德尔镇', ['郭勒木德镇'])]
    """
    result: list[Mention] = []
    spellings: dict[str, Town] = {}
    covered_until = -1
    for index, mention in enumerate(raw):
        if mention.start < covered_until:
            continue
        result.append(mention)
        if not mention.counties:
            continue
        codes = {county.code for county in mention.counties}
        following = raw[index + 1] if index + 1 < len(raw) else None
        if (
            following
            and following.start == mention.end
            and any(town.county_code in codes for town in following.towns)
        ):
            continue
        found = town_written_after_county(text, mention.end, mention.counties, gazetteer)
        if found:
            end, town = found
            result.append(town_mention(text, mention.end, end, town, mention.where))
            spellings[text[mention.end : end]] = town
            covered_until = end
    for spelling, town in spellings.items():
        # the text keeps its own spelling: 井冈山市茅坪乡 makes every 茅坪乡 of it that
        # town (today 茅坪镇), not the 茅坪乡 of another county
        result = [m for m in result if m.name != spelling or m.towns == (town,)]
        taken = [(m.start, m.end) for m in result]
        position = text.find(spelling)
        while position >= 0:
            end = position + len(spelling)
            if not any(start < end and position < stop for start, stop in taken):
                result.append(town_mention(text, position, end, town, raw[0].where))
            position = text.find(spelling, end)
    return sorted(result, key=lambda m: m.start)


def town_mention(text: str, start: int, end: int, town: Town, where: str) -> Mention:
    """A mention of one known town written as ``text[start:end]``."""
    written = text[start:end]
    unknown = UNKNOWN_CHAR.search(written) is not None
    return Mention(
        written, where, start, end, (town,), (), (), (), frozenset(), "", unknown_char=unknown
    )


def text_without_towns(title: str, text: str, mentions: Iterable[Mention]) -> str:
    """Title and text with every town mention blanked, so that a short name is not
    found inside a town's own name (兴隆 in 兴隆镇 says nothing of 兴隆县).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> text = '兴隆镇坚持党建引领'
    >>> text_without_towns('', text, read_mentions(text, load_gazetteer()))
    '\\n□□□坚持党建引领'
    """
    pieces = []
    for where, source in (("title", fold_variant_chars(title)), ("text", fold_variant_chars(text))):
        position = 0
        for mention in mentions:
            if mention.towns and mention.where == where and mention.start >= position:
                pieces += [source[position : mention.start], "□" * (mention.end - mention.start)]
                position = mention.end
        pieces += [source[position:], "\n" if where == "title" else ""]
    return "".join(pieces)
