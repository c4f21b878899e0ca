"""Places: which township a report is about, with its county, prefecture and province.

A township is identified by county + town, never by its name alone: 兴隆镇 exists in
31 counties, 城关镇 in 88. So this stage reads every place name in the text, lets the
county names choose among same-named towns, and when nothing chooses it does not guess:
it keeps the town name, keeps only what all the candidates agree on, and warns.

Every name comes from the gazetteer (``data/gazetteer_*.tsv``, derived from the npm
package china-division 2.7.0 by ``data/make_gazetteer.py``) or from the hand-made
``data/place_renames.tsv``. There is no table keyed by report or file name, and this
module never edits the text it reads.

The recipe (``resolve_place``)::

    find_name_spans     gazetteer names in title and text, covering the most text
    read_mentions       what each name can denote; names that are also ordinary words
                        (兴镇, 平安乡 before 村, 开发区, 和县) count only next to their
                        parent (蒲城县兴镇 yes, 旅游兴镇 no)
    tally_mentions      how often each county, prefecture, province is named
    town_candidates     every town a mention can denote, with its support
    place_from_towns    the most-mentioned town that is identified (its county is named,
                        or its name is unique); an ambiguous name mentioned more keeps
                        only what its candidates share, unless a named prefecture settles it
    place_from_counties when no town is named: the county alone
    county_as_written   the old county name if the report predates a rename
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
COUNTIES_FILE = "gazetteer_counties.tsv"
TOWNS_FILE = "gazetteer_towns.tsv"
RENAMES_FILE = "place_renames.tsv"

# A headline names what the report is about; a body may name neighbours in passing.
TITLE_WEIGHT = 3
# Words that collide with gazetteer names (see the comments in the data file).
_PLACE_WORDS = yaml.safe_load((DATA_DIR / "place_words.yaml").read_text(encoding="utf-8"))
TOWNSHIP_SUFFIXES = tuple(_PLACE_WORDS["township_suffixes"])
WORD_CHARS_AFTER_XIANG = frozenset(_PLACE_WORDS["chars_after_xiang"])
COMMON_WORDS_THAT_ARE_PLACE_NAMES = frozenset(_PLACE_WORDS["common_words"])


class County(NamedTuple):
    """A county-level unit (县, 县级市, 市辖区, 旗 …) as of the 2023 division codes."""

    code: str
    name: str
    prefecture_code: str | None  # None where the source has a placeholder (市辖区, 省直辖…)
    prefecture: str | None
    province_code: str
    province: str


class Town(NamedTuple):
    """A township-level unit (镇, 乡, 街道, 苏木, farm, zone …)."""

    code: str  # 9-digit statistical division code
    name: str
    county_code: str


class Rename(NamedTuple):
    """A county-level unit that changed its name (usually 撤县设市 or 撤县设区)."""

    old_name: str
    new_name: str
    county_code: str
    year: int
    note: str


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Every county and town with lookups by name; build it with ``load_gazetteer``."""

    counties: Mapping[str, County]  # by code
    towns: Mapping[str, Town]  # by code
    counties_by_name: Mapping[str, tuple[County, ...]]  # current names only
    towns_by_name: Mapping[str, tuple[Town, ...]]
    renames_by_old_name: Mapping[str, tuple[Rename, ...]]
    renames_by_code: Mapping[str, tuple[Rename, ...]]  # oldest first
    prefectures_by_name: Mapping[str, tuple[str, ...]]  # name → prefecture codes
    provinces_by_name: Mapping[str, str]  # name → province code
    # every name above: towns, counties (current and old), prefectures, provinces
    names: frozenset[str]
    name_lengths_by_first_char: Mapping[str, tuple[int, ...]]  # longest first


@dataclass(frozen=True)
class Place:
    """Where a report is from. Any field may be None when the text does not settle it."""

    township: str | None
    county: str | None  # the current name
    prefecture: str | None
    province: str | None
    # 9-digit town code, or the 6-digit county code when only the county is known
    division_code: str | None
    # the old county name in force at the report's date, when the county was renamed since
    county_as_written: str | None


@dataclass(frozen=True)
class PlaceResolution:
    """The place (None = unplaced), the reasons for it, and what a reader should check."""

    place: Place | None
    evidence: tuple[str, ...]
    warnings: tuple[str, ...]


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


class TownCandidate(NamedTuple):
    """A town the text may be about, with how well the text supports it."""

    town: Town
    weight: int  # mentions of its name, title mentions counting TITLE_WEIGHT
    mentions: int
    in_title: bool
    adjacent: int  # mentions written right after its county's name (潼关县太要镇)
    county_weight: int  # weighted mentions of its county anywhere
    county_as_adjacent: str = ""  # the county name written right before it (maybe an old name)


class Tally(NamedTuple):
    """Weighted mention counts of counties, prefectures and provinces, by code."""

    counties: Counter
    prefectures: Counter
    provinces: Counter
    county_names_written: Mapping[str, frozenset[str]]  # county code → names used in the text


# ---------------------------------------------------------------------------
# Loading


def read_tsv_rows(path: Path, columns: str) -> list[list[str]]:
    """The rows of a data file as lists of fields, skipping ``#`` comments and the header.

    The header must be exactly ``columns`` and every row as wide, so a file in the wrong
    format fails loudly, naming the file and line.

    >>> rows = read_tsv_rows(DATA_DIR / RENAMES_FILE,
    ...                      'old_name\\tnew_name\\tcounty_code\\tyear\\tnote')
    >>> rows[0][:4]
    ['旬阳县', '旬阳市', '610981', '2021']
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    header = next((n for n, line in enumerate(lines) if line and not line.startswith("#")), None)
    if header is None or lines[header] != columns:
        found = "nothing" if header is None else repr(lines[header])
        raise ValueError(
            f"{path}:{(header or 0) + 1}: header is {found}, expected {columns!r}; is this "
            "the right file? (gazetteer_*.tsv come from data/make_gazetteer.py)"
        )
    rows = [line.split("\t") for line in lines[header + 1 :] if line and line[0] != "#"]
    width = columns.count("\t") + 1
    if any(len(fields) != width for fields in rows):
        number, fields = next(
            (n, line.split("\t"))
            for n, line in enumerate(lines[header + 1 :], header + 2)
            if line and line[0] != "#" and len(line.split("\t")) != width
        )
        raise ValueError(
            f"{path}:{number}: {len(fields)} tab-separated fields, expected {width} "
            f"({columns.replace(chr(9), ', ')}); fix the line or regenerate the file"
        )
    return rows


def group_by(items: Iterable, key) -> dict:
    """Group items into tuples by ``key(item)``, keeping their order.

    >>> group_by([Town('371403103', '宋家镇', '371403'), Town('610929105', '宋家镇', '610929')],
    ...          lambda town: town.name)['宋家镇'][1].county_code
    '610929'
    """
    groups: dict = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return {name: tuple(members) for name, members in groups.items()}


def name_lengths_by_first_char(names: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """For each first character, the lengths of the names starting with it, longest first.

    Lets the scanner try only lengths that can match at a position.

    >>> name_lengths_by_first_char(['潼关县', '太要镇', '太白县', '太平镇', '太仓市城厢镇'])['太']
    (6, 3)
    """
    lengths: dict[str, list[int]] = {}
    for char, length in {(name[0], len(name)) for name in names}:
        lengths.setdefault(char, []).append(length)
    return {char: tuple(sorted(found, reverse=True)) for char, found in lengths.items()}


def read_counties(path: Path) -> dict[str, County]:
    """Counties by code from ``gazetteer_counties.tsv``; empty prefecture fields become None.

    >>> read_counties(DATA_DIR / COUNTIES_FILE)['419001']        # 济源市: 省直辖县级行政区划
    County(code='419001', name='济源市', prefecture_code=None, prefecture=None, province_code='41', province='河南省')
    """
    rows = read_tsv_rows(
        path, "county_code\tcounty\tprefecture_code\tprefecture\tprovince_code\tprovince"
    )
    return {
        code: County(
            code, county, prefecture_code or None, prefecture or None, province_code, province
        )
        for code, county, prefecture_code, prefecture, province_code, province in rows
    }


def read_towns(path: Path, counties: Mapping[str, County]) -> dict[str, Town]:
    """Towns by division code from ``gazetteer_towns.tsv``, each checked against its county.

    >>> read_towns(DATA_DIR / TOWNS_FILE, read_counties(DATA_DIR / COUNTIES_FILE))['610981111']
    Town(code='610981111', name='神河镇', county_code='610981')
    """
    towns = {
        fields[0]: Town(*fields)
        for fields in read_tsv_rows(path, "division_code\ttown\tcounty_code")
    }
    orphans = {town.county_code for town in towns.values()} - counties.keys()
    if orphans:
        town = next(town for town in towns.values() if town.county_code in orphans)
        raise ValueError(
            f"{path}: town {town.code} {town.name} names county {town.county_code}, which "
            f"{COUNTIES_FILE} lacks; regenerate both files together with data/make_gazetteer.py"
        )
    return towns


def read_renames(path: Path, counties: Mapping[str, County]) -> list[Rename]:
    """The hand-made renames, each checked against the county it names.

    >>> read_renames(DATA_DIR / RENAMES_FILE, read_counties(DATA_DIR / COUNTIES_FILE))[0]
    Rename(old_name='旬阳县', new_name='旬阳市', county_code='610981', year=2021, note='撤县设市 (安康市)')
    """
    renames = []
    for old_name, new_name, county_code, year, note in read_tsv_rows(
        path, "old_name\tnew_name\tcounty_code\tyear\tnote"
    ):
        county = counties.get(county_code)
        if county is None or county.name != new_name or not year.isdigit():
            raise ValueError(
                f"{path}: {old_name} → {new_name} {county_code} {year}: new_name and "
                f"county_code must match {COUNTIES_FILE} and year must be a number"
            )
        renames.append(Rename(old_name, new_name, county_code, int(year), note))
    return renames


@functools.cache
def load_gazetteer(data_dir: Path | None = None) -> Gazetteer:
    """Load counties, towns and renames from ``data_dir`` (default: the plugin's data/).

    Cached: every report of a run shares one gazetteer.

    >>> gazetteer = load_gazetteer()
    >>> len(gazetteer.counties), len(gazetteer.towns)
    (2978, 41352)
    >>> [gazetteer.counties[t.county_code].name for t in gazetteer.towns_by_name['宋家镇']]
    ['陵城区', '翠屏区', '白河县']
    """
    data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    counties = read_counties(data_dir / COUNTIES_FILE)
    towns = read_towns(data_dir / TOWNS_FILE, counties)
    renames = read_renames(data_dir / RENAMES_FILE, counties)

    prefectures: dict[str, set[str]] = {}
    provinces = {}
    for county in counties.values():
        if county.prefecture:
            prefectures.setdefault(county.prefecture, set()).add(county.prefecture_code)
        provinces[county.province] = county.province_code
    counties_by_name = group_by(counties.values(), lambda county: county.name)
    towns_by_name = group_by(towns.values(), lambda town: town.name)
    renames_by_old_name = group_by(renames, lambda rename: rename.old_name)
    all_names = frozenset().union(
        counties_by_name, towns_by_name, renames_by_old_name, prefectures, provinces
    )
    return Gazetteer(
        counties=counties,
        towns=towns,
        counties_by_name=counties_by_name,
        towns_by_name=towns_by_name,
        renames_by_old_name=renames_by_old_name,
        renames_by_code=group_by(
            sorted(renames, key=lambda rename: rename.year), lambda rename: rename.county_code
        ),
        prefectures_by_name={name: tuple(sorted(codes)) for name, codes in prefectures.items()},
        provinces_by_name=provinces,
        names=all_names,
        name_lengths_by_first_char=name_lengths_by_first_char(all_names),
    )


def place_names(gazetteer: Gazetteer | None = None) -> Iterable[str]:
    """Town and county names (current and old) for jieba's user dictionary, sorted.

    One-character names (兴镇, 新镇, 和县, 城区) are left out: as words they would split
    ordinary phrases such as 旅游兴镇 and 省委和县委.

    >>> names = set(place_names())
    >>> {'太要镇', '潼关县', '旬阳县', '旬阳市'} <= names, '兴镇' in names
    (True, False)
    """
    gazetteer = gazetteer or load_gazetteer()
    names = gazetteer.towns_by_name.keys() | gazetteer.counties_by_name.keys()
    names |= gazetteer.renames_by_old_name.keys()
    return sorted(name for name in names if len(name) > 2)


# ---------------------------------------------------------------------------
# Reading the text


def find_name_spans(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """Find gazetteer names in ``text``, not overlapping, covering as much text as possible.

    Covering the most characters (then using the fewest names) beats "longest first":
    the gazetteer has towns called 市西河街道 and 县良种场, which must not swallow the
    county in 汾阳市西河街道 or 集贤县良种场.

    >>> find_name_spans('潼关县太要镇:党建引领激发乡村振兴新动能', load_gazetteer())
    [(0, 3, '潼关县'), (3, 6, '太要镇')]
    >>> find_name_spans('汾阳市西河街道', load_gazetteer())
    [(0, 3, '汾阳市'), (3, 7, '西河街道')]
    >>> find_name_spans('坚持“生态立镇、产业强镇、旅游兴镇”', load_gazetteer())   # 兴镇 is a town too
    [(15, 17, '兴镇')]
    """
    lengths_by_char = gazetteer.name_lengths_by_first_char
    names = gazetteer.names
    ending_at: dict[int, list[int]] = {}
    for start, char in enumerate(text):
        for length in lengths_by_char.get(char, ()):
            if text[start : start + length] in names:
                ending_at.setdefault(start + length, []).append(start)
    if not ending_at:
        return []
    # best[i]: (characters covered, -names used) by the best choice of names in text[:i]
    best: list[tuple[int, int]] = [(0, 0)] * (len(text) + 1)
    chosen_start: list[int | None] = [None] * (len(text) + 1)
    for end in range(1, len(text) + 1):
        best[end] = best[end - 1]
        for start in ending_at.get(end, ()):
            covered, used = best[start]
            option = (covered + end - start, used - 1)
            if option > best[end]:
                best[end], chosen_start[end] = option, start
    spans = []
    end = len(text)
    while end > 0:
        start = chosen_start[end]
        if start is None or best[end] == best[end - 1]:
            end -= 1
        else:
            spans.append((start, end, text[start:end]))
            end = start
    return spans[::-1]


def is_weak_town_name(name: str, next_char: str) -> bool:
    """True when a town name here is more likely an ordinary word than the town.

    Such a name counts only when written right after its county (平利县兴镇).

    >>> is_weak_town_name('兴镇', '”')          # 旅游兴镇: one-character name
    True
    >>> is_weak_town_name('平安乡', '村')       # 提升平安乡村: the word 乡村
    True
    >>> is_weak_town_name('开发区', '')         # township-level, but a generic word
    True
    >>> is_weak_town_name('兴隆镇', '坚')       # 平利县兴隆镇坚持…
    False
    """
    return (
        len(name) <= 2
        or not name.endswith(TOWNSHIP_SUFFIXES)
        or (name.endswith("乡") and next_char in WORD_CHARS_AFTER_XIANG)
        or name in COMMON_WORDS_THAT_ARE_PLACE_NAMES
    )


def is_weak_county_name(name: str) -> bool:
    """True when a county name is also an ordinary word (和县 in 省委和县委, 城区, 新城区).

    Such a name counts only next to its prefecture or province, or before one of its towns.

    >>> is_weak_county_name('和县'), is_weak_county_name('新城区'), is_weak_county_name('白河县')
    (True, True, False)
    """
    return len(name) <= 2 or name in COMMON_WORDS_THAT_ARE_PLACE_NAMES


def denotations(name: str, where: str, start: int, gazetteer: Gazetteer) -> Mention:
    """Everything a name can denote, before its neighbours are looked at.

    >>> mention = denotations('旬阳县', 'text', 0, load_gazetteer())
    >>> [county.name for county in mention.counties], mention.towns
    (['旬阳市'], ())
    """
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
        towns=gazetteer.towns_by_name.get(name, ()),
        counties=tuple(counties),
        prefecture_codes=gazetteer.prefectures_by_name.get(name, ()),
        province_codes=(province,) if province else (),
        after_counties=frozenset(),
        after_county_name="",
    )


def read_mentions(text: str, gazetteer: Gazetteer, where: str = "text") -> tuple[Mention, ...]:
    """The place mentions of ``text``, weak names kept only where their neighbours vouch.

    兴隆镇 keeps all 31 towns of that name (the county chooses later); 兴镇 is dropped.

    >>> [(m.name, len(m.towns), sorted(m.after_counties)) for m in read_mentions(
    ...     '平利县兴隆镇坚持“生态立镇、产业强镇、旅游兴镇”的实施路径', load_gazetteer())]
    [('平利县', 0, []), ('兴隆镇', 31, ['610926'])]
    """
    raw = [
        denotations(name, where, start, gazetteer)
        for start, _, name in find_name_spans(text, gazetteer)
    ]
    mentions = []
    for index, mention in enumerate(raw):
        if mention.name.endswith("市") and text[mention.end : mention.end + 1] == "场":
            continue  # 上海市场, 义乌市场: the word 市场 (market), not the city
        before = raw[index - 1] if index and raw[index - 1].end == mention.start else None
        after = (
            raw[index + 1] if index + 1 < len(raw) and raw[index + 1].start == mention.end else None
        )
        counties_before = (
            frozenset(county.code for county in before.counties) if before else frozenset()
        )
        towns = mention.towns
        if towns and is_weak_town_name(mention.name, text[mention.end : mention.end + 1]):
            towns = tuple(town for town in towns if town.county_code in counties_before)
        counties = mention.counties
        if counties and is_weak_county_name(mention.name):
            counties = tuple(
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
        if towns or counties or mention.prefecture_codes or mention.province_codes:
            mentions.append(
                mention._replace(
                    towns=towns,
                    counties=counties,
                    after_counties=counties_before,
                    after_county_name=before.name if counties_before else "",
                )
            )
    return tuple(mentions)


def mention_weight(mention: Mention) -> int:
    """How much one mention counts: a headline mention counts TITLE_WEIGHT times.

    >>> mention_weight(denotations('太要镇', 'title', 0, load_gazetteer()))
    3
    """
    return TITLE_WEIGHT if mention.where == "title" else 1


def tally_mentions(mentions: Iterable[Mention]) -> Tally:
    """Weighted counts of the counties, prefectures and provinces the text names.

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
    return Tally(
        counties,
        prefectures,
        provinces,
        {code: frozenset(names) for code, names in written.items()},
    )


def town_candidates(mentions: Iterable[Mention], tally: Tally) -> list[TownCandidate]:
    """Every town a mention can denote, with its support, in order of first mention.

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
    for mention in mentions:
        for town in mention.towns:
            towns.setdefault(town.code, town)
            weight[town.code] += mention_weight(mention)
            count[town.code] += 1
            if mention.where == "title":
                in_title.add(town.code)
            if town.county_code in mention.after_counties:
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
        )
        for code, town in towns.items()
    ]


# ---------------------------------------------------------------------------
# Deciding


def place_of_town(town: Town, gazetteer: Gazetteer) -> Place:
    """The full place of a known town.

    >>> place_of_town(load_gazetteer().towns['610522102'], load_gazetteer())
    Place(township='太要镇', county='潼关县', prefecture='渭南市', province='陕西省', division_code='610522102', county_as_written=None)
    """
    county = gazetteer.counties[town.county_code]
    return Place(town.name, county.name, county.prefecture, county.province, town.code, None)


def place_of_county(county: County) -> Place:
    """The place of a county when no township is known; its code is the 6-digit county code.

    >>> place_of_county(load_gazetteer().counties['410922'])
    Place(township=None, county='清丰县', prefecture='濮阳市', province='河南省', division_code='410922', county_as_written=None)
    """
    return Place(None, county.name, county.prefecture, county.province, county.code, None)


def shared_place(places: Iterable[Place]) -> Place | None:
    """What several candidate places agree on; None when they agree on nothing.

    The division code survives only when everything above it is shared too.

    >>> gazetteer = load_gazetteer()
    >>> shared_place(place_of_town(town, gazetteer) for town in gazetteer.towns_by_name['宋家镇'])
    Place(township='宋家镇', county=None, prefecture=None, province=None, division_code=None, county_as_written=None)
    >>> shared_place(place_of_county(gazetteer.counties[code]) for code in ('320106', '320302'))
    Place(township=None, county=None, prefecture=None, province='江苏省', division_code=None, county_as_written=None)
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
    shared = Place(township, county, agreed("prefecture"), agreed("province"), code, None)
    return None if shared == Place(None, None, None, None, None, None) else shared


def narrow_by_named_parents(counties: list[County], tally: Tally) -> list[County]:
    """Keep the counties whose prefecture, else whose province, the text names.

    Returns the input unchanged when neither narrows it (never narrows to nothing).

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
    return f"{best.town.name}（{mentions}；文中所提{how}仅有一个{best.town.name}）"


def is_identified(candidate: TownCandidate, gazetteer: Gazetteer) -> bool:
    """True when the text pins this town down: its county is named, or its name is unique.

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
    return bool(candidate.county_weight) or len(gazetteer.towns_by_name[candidate.town.name]) == 1


def place_from_towns(
    candidates: list[TownCandidate], tally: Tally, gazetteer: Gazetteer
) -> tuple[Place | None, list[str], list[str]]:
    """Choose the town the text is about.

    The best identified candidate wins (see ``choose_identified_town``), unless a town
    name that identifies nothing is mentioned more often: then the report is about that
    ambiguous town, and it gets no county unless a named prefecture or province settles it.

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
) -> tuple[Place | None, list[str], list[str]]:
    """The most-mentioned identified town; ties go to the one written after its county,
    then to the one whose county is named most. A tie beyond that keeps what they share.

    >>> gazetteer = load_gazetteer()
    >>> taiyao, shenhe = gazetteer.towns['610522102'], gazetteer.towns['610981111']
    >>> choose_identified_town([TownCandidate(taiyao, 1, 1, False, 1, 1),
    ...                         TownCandidate(shenhe, 1, 1, False, 0, 0)], gazetteer)[1]
    ['潼关县太要镇（县名与乡镇名连写，提及1次）']
    """

    def key(candidate: TownCandidate) -> tuple[int, int, int]:
        return (candidate.weight, candidate.adjacent, candidate.county_weight)

    best_key = max(map(key, identified))
    best = [c for c in identified if key(c) == best_key]
    if len(best) == 1:
        chosen = best[0]
        how = (
            "adjacent" if chosen.adjacent else "county named" if chosen.county_weight else "unique"
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
) -> tuple[Place | None, list[str], list[str]]:
    """Place the most-mentioned town name that exists in several counties, none of them named.

    A named prefecture (else province) may leave a single candidate; otherwise only what
    all candidates share is kept, and a warning says why.

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

    >>> place_label(load_gazetteer().towns['610929105'], load_gazetteer())
    '白河县宋家镇'
    """
    return gazetteer.counties[town.county_code].name + town.name


def place_from_counties(
    tally: Tally, gazetteer: Gazetteer
) -> tuple[Place | None, list[str], list[str]]:
    """Place a text that names no township by its most-named county.

    >>> gazetteer = load_gazetteer()
    >>> place, evidence, _ = place_from_counties(
    ...     tally_mentions(read_mentions('赢得白河县第五届茶旅文化节', gazetteer)), gazetteer)
    >>> place.county, place.division_code, evidence
    ('白河县', '610929', ['白河县（提及1次；未提及乡镇）'])
    """
    if not tally.counties:
        return None, [], []
    top_weight = max(tally.counties.values())
    top = [
        gazetteer.counties[code] for code, weight in tally.counties.items() if weight == top_weight
    ]
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


def county_as_written(
    county_code: str, year: int | None, names_written: frozenset[str], gazetteer: Gazetteer
) -> str | None:
    """The county's name in force in ``year`` when it has been renamed since, else None.

    Without a year, an old name the text writes (and the new one it does not) is used.

    >>> gazetteer = load_gazetteer()
    >>> county_as_written('610981', 2011, frozenset(), gazetteer)
    '旬阳县'
    >>> county_as_written('610981', 2023, frozenset({'旬阳市'}), gazetteer) is None
    True
    >>> county_as_written('610981', None, frozenset({'旬阳县'}), gazetteer)
    '旬阳县'
    """
    renames = gazetteer.renames_by_code.get(county_code, ())
    if year is not None:
        later = [rename for rename in renames if rename.year > year]
        if later:
            return later[0].old_name
        same_year = [r for r in renames if r.year == year and r.old_name in names_written]
        return same_year[-1].old_name if same_year else None
    if gazetteer.counties[county_code].name in names_written:
        return None
    written_old = [rename.old_name for rename in renames if rename.old_name in names_written]
    return written_old[-1] if written_old else None


def describe_rename(county_code: str, old_name: str, year: int | None, gazetteer: Gazetteer) -> str:
    """One line of evidence for county_as_written.

    >>> describe_rename('610981', '旬阳县', 2011, load_gazetteer())
    '旬阳县于2021年更名为旬阳市；报道发表于2011年'
    """
    rename = next(r for r in gazetteer.renames_by_code[county_code] if r.old_name == old_name)
    when = f"报道发表于{year}年" if year is not None else "文中写作旧名"
    return f"{old_name}于{rename.year}年更名为{rename.new_name}；{when}"


def parent_warnings(place: Place, tally: Tally, gazetteer: Gazetteer) -> list[str]:
    """Warn when the text names provinces but never the one the place is in.

    >>> gazetteer = load_gazetteer()
    >>> parent_warnings(place_of_county(gazetteer.counties['410922']),
    ...                 tally_mentions(read_mentions('学习陕西省经验', gazetteer)), gazetteer)
    ['文中提到陕西省，但未提到清丰县所在的河南省']
    """
    if not place.province or not tally.provinces:
        return []
    place_code = gazetteer.provinces_by_name[place.province]
    if tally.provinces[place_code]:
        return []
    code_to_name = {code: name for name, code in gazetteer.provinces_by_name.items()}
    named = "、".join(sorted(code_to_name[code] for code in tally.provinces))
    where = place.township or place.county or place.prefecture
    return [f"文中提到{named}，但未提到{where}所在的{place.province}"]


def supporting_evidence(place: Place, tally: Tally, gazetteer: Gazetteer) -> list[str]:
    """Prefecture and province names in the text that agree with the place.

    >>> gazetteer = load_gazetteer()
    >>> supporting_evidence(place_of_county(gazetteer.counties['410922']),
    ...     tally_mentions(read_mentions('濮阳市…河南省…河南省', gazetteer)), gazetteer)
    ['濮阳市（提及1次）、河南省（提及2次）与之相符']
    """
    agreeing = []
    if place.prefecture:
        for code in gazetteer.prefectures_by_name[place.prefecture]:
            if tally.prefectures[code] and place.province:
                if gazetteer.provinces_by_name[place.province] == code[:2]:
                    agreeing.append((place.prefecture, tally.prefectures[code]))
    if place.province:
        count = tally.provinces[gazetteer.provinces_by_name[place.province]]
        if count:
            agreeing.append((place.province, count))
    if not agreeing:
        return []
    parts = [f"{name}（提及{count}次）" for name, count in agreeing]
    return ["、".join(parts) + "与之相符"]


def resolve_place(
    text: str, *, title: str = "", year: int | None = None, gazetteer: Gazetteer | None = None
) -> PlaceResolution:
    """Find the township (and county, prefecture, province) a report is about.

    ``text`` and ``title`` are simplified Chinese; ``year`` is the publication year when
    known, used to give the county's old name if it was renamed after the report.

    >>> resolution = resolve_place('今年以来，潼关县太要镇深入贯彻落实党的二十大精神',
    ...                            title='潼关县太要镇:党建引领激发乡村振兴新动能')
    >>> resolution.place
    Place(township='太要镇', county='潼关县', prefecture='渭南市', province='陕西省', division_code='610522102', county_as_written=None)
    >>> resolution.evidence
    ('潼关县太要镇（县名与乡镇名连写，提及2次，含标题）',)
    >>> resolve_place('神河镇在开展村级党组织“升级晋档，科学发展”活动中', year=2011).place.county_as_written
    '旬阳县'
    >>> resolve_place('以高质量党建引领生态型经济保持快速健康协调发展').place is None
    True
    """
    gazetteer = gazetteer or load_gazetteer()
    mentions = read_mentions(title, gazetteer, "title") + read_mentions(text, gazetteer)
    tally = tally_mentions(mentions)
    candidates = town_candidates(mentions, tally)
    if candidates:
        place, evidence, warnings = place_from_towns(candidates, tally, gazetteer)
    else:
        place, evidence, warnings = place_from_counties(tally, gazetteer)
    if place is None:
        named = [
            name for name, code in gazetteer.provinces_by_name.items() if tally.provinces[code]
        ]
        named += [
            name
            for name, codes in gazetteer.prefectures_by_name.items()
            if any(tally.prefectures[code] for code in codes)
        ]
        if named:
            warnings.append(f"文中只提到{'、'.join(sorted(named))}，未提及县或乡镇：未定位")
        return PlaceResolution(None, tuple(evidence), tuple(warnings))
    if place.county and place.division_code:
        county_code = place.division_code[:6]
        old_name = county_as_written(
            county_code, year, tally.county_names_written.get(county_code, frozenset()), gazetteer
        )
        if old_name:
            place = replace(place, county_as_written=old_name)
            evidence.append(describe_rename(county_code, old_name, year, gazetteer))
    evidence += supporting_evidence(place, tally, gazetteer)
    warnings += parent_warnings(place, tally, gazetteer)
    return PlaceResolution(place, tuple(evidence), tuple(warnings))
