"""Regenerate ``county_coordinates.tsv`` from the PyPI package ``cpca`` (MIT).

Its job: give every county of our gazetteer (``gazetteer_counties.tsv``, 2023 codes) a
point to draw on the map, from ``cpca/resources/adcodes.csv`` (one longitude/latitude per
province, prefecture and county, 12-digit codes). The site reads the committed TSV; it
never imports cpca (which needs pandas) and never reads the wheel.

cpca's codes are older than ours: its file is dated 2020-11, but its codes are those of
about 2016 (临安市 is still a 市, 平泉县 a 县, 桥东区 not yet 襄都区), it has no points
for the development zones the statistics office numbers x71–x79, and some rows have no
coordinates (定州市, 辛集市, 清江浦区). So a county is joined, in this order:

1. ``code``: the same 6-digit code (cpca's name is kept when it differs: 桥东区 → 襄都区);
2. ``renamed``: through ``place_renames.tsv``, cpca's row with the old name in the same
   province (旬阳县 610928 → 旬阳市 610981);
3. ``name``: the same name in the same prefecture, then in the same province (a county
   that was given a new code, or moved to another prefecture: 简阳市);
4. ``stem``: the same name but for the last character (县/市/区/旗), in the same
   prefecture (撤县设市 and 撤县设区 keep the seat: 平泉县 → 平泉市, 永年县 → 永年区);
5. ``prefecture``: no point of its own; the point of its prefecture's seat (every
   development zone; 定州市 at 保定市). The map draws it there and says so.

A county left after all five is listed in the file's header and printed. Prefectures and
provinces are joined by code, then by name within the province; their points are those
cpca gives, which are the seat of government (陕西省 at 西安), not a centroid.

The output is deterministic (rows sorted by code, no timestamps, coordinates rounded to
4 decimals, about 10 m): regenerating from the same wheel gives the same bytes.

How to regenerate::

    (cd /tmp && pip download cpca==0.5.5 --no-deps)   # writes cpca-0.5.5-py3-none-any.whl
    .venv/bin/python plugins/township_reports/site/data/make_coordinates.py \\
        /tmp/cpca-0.5.5-py3-none-any.whl

The argument may also be the unpacked wheel (the folder holding ``cpca/``). ``--data DIR``
reads the gazetteer from elsewhere; ``--out DIR`` writes elsewhere.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

PACKAGE = "cpca"
#: What we know of the version read; another version needs its own look before its points
#: are trusted (main() refuses it until this note is updated).
VERSION = "0.5.5"
SOURCE_NOTE = (
    "file dated 2020-11-07; its division codes are mostly those of about 2016: 临安市, changed "
    "2017, is still a 市"
)
ADCODES = "cpca/resources/adcodes.csv"
COORDINATES_FILE = "county_coordinates.tsv"
COUNTIES_FILE = "gazetteer_counties.tsv"
RENAMES_FILE = "place_renames.tsv"
COUNTY_SUFFIXES = tuple("县市区旗")
COLUMNS = "code\tlevel\tname\tlongitude\tlatitude\tmatched_by\tcpca_code\tcpca_name"


def package_reader(package_path: Path) -> Callable[[str], str]:
    """Return a function reading a file of the wheel (a zip) or of its unpacked folder.

    >>> read = package_reader(Path('/nonexistent/cpca.whl'))
    Traceback (most recent call last):
    ...
    SystemExit: /nonexistent/cpca.whl: not found; give the wheel from `pip download cpca==0.5.5 --no-deps` or its unpacked folder
    """
    if package_path.is_dir():

        def read_from_folder(name: str) -> str:
            return (package_path / name).read_text(encoding="utf-8")

        return read_from_folder
    if package_path.is_file():
        with zipfile.ZipFile(package_path) as wheel:
            members = {info.filename: wheel.read(info) for info in wheel.infolist()}

        def read_from_wheel(name: str) -> str:
            return members[name].decode("utf-8")

        return read_from_wheel
    raise SystemExit(
        f"{package_path}: not found; give the wheel from `pip download {PACKAGE}==0.5.5 "
        "--no-deps` or its unpacked folder"
    )


def dist_info(read: Callable[[str], str], names: list[str]) -> tuple[str, str]:
    """(version, licence) from the wheel's ``*.dist-info/METADATA`` and ``LICENSE``.

    >>> files = {'cpca-0.5.5.dist-info/METADATA': 'Name: cpca\\nVersion: 0.5.5\\nLicense: MIT\\n',
    ...          'cpca-0.5.5.dist-info/LICENSE': 'The MIT License (MIT)\\n\\nCopyright (c) 2018 QinYuan Du\\n'}
    >>> dist_info(files.__getitem__, list(files))
    ('0.5.5', 'MIT (LICENSE file: Copyright (c) 2018 QinYuan Du)')
    """
    info = next((n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA")), None)
    if info is None:
        raise SystemExit(f"no *.dist-info/METADATA: is this the {PACKAGE} wheel?")
    # The header ends at the first blank line; the description after it is free text.
    header = read(f"{info}/METADATA").split("\n\n", 1)[0]
    fields = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)
    if fields.get("Name") != PACKAGE:
        raise SystemExit(f"METADATA names {fields.get('Name')!r}, not {PACKAGE}")
    licence_text = read(f"{info}/LICENSE")
    copyright_line = next(
        (line.strip() for line in licence_text.splitlines() if line.startswith("Copyright")), ""
    )
    if "MIT License" not in licence_text:
        raise SystemExit(f"{info}/LICENSE is not the MIT licence any more: read it first")
    return fields["Version"], f"MIT (LICENSE file: {copyright_line})"


def read_adcodes(text: str) -> list[dict]:
    """cpca's rows that have a point, with the code cut to 6 digits and the level named.

    >>> read_adcodes('adcode,name,longitude,latitude\\n610928000000,旬阳县,109.361024,32.832012\\n'
    ...              '610000000000,陕西省,108.954347,34.265502\\n139001000000,定州市,,\\n')
    [{'code': '610928', 'name': '旬阳县', 'level': 'county', 'lon': 109.361024, 'lat': 32.832012}, {'code': '610000', 'name': '陕西省', 'level': 'province', 'lon': 108.954347, 'lat': 34.265502}]
    """
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        if not row["longitude"] or not row["latitude"]:
            continue
        code = row["adcode"][:6]
        level = (
            "province"
            if code.endswith("0000")
            else "prefecture"
            if code.endswith("00")
            else "county"
        )
        rows.append(
            {
                "code": code,
                "name": row["name"],
                "level": level,
                "lon": float(row["longitude"]),
                "lat": float(row["latitude"]),
            }
        )
    return rows


def read_tsv(path: Path) -> list[list[str]]:
    """A data file's rows without its comment header and column line."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    return rows[1:]


def stem(name: str) -> str:
    """A county's name without its last character when that is 县, 市, 区 or 旗.

    >>> stem('平泉县'), stem('平泉市'), stem('神农架林区'), stem('滦县')
    ('平泉', '平泉', '神农架林', '滦')
    """
    return name[:-1] if name.endswith(COUNTY_SUFFIXES) else name


def prefecture_stem(name: str) -> str:
    """A prefecture's name without 地区, 盟 or 市 at its end.

    >>> prefecture_stem('那曲地区'), prefecture_stem('那曲市'), prefecture_stem('锡林郭勒盟')
    ('那曲', '那曲', '锡林郭勒')
    """
    for suffix in ("地区", "盟", "市"):
        if name.endswith(suffix):
            return name.removesuffix(suffix)
    return name


def find_one(rows, used: set[str], test) -> dict | None:
    """The single unused cpca row passing test, or None when there are none or several."""
    found = [row for row in rows if row["code"] not in used and test(row)]
    return found[0] if len(found) == 1 else None


def join_county(county, cpca, by_code, renames, used) -> tuple[dict | None, str]:
    """The cpca row for one gazetteer county and how it was found (see the docstring).

    >>> cpca = read_adcodes('adcode,name,longitude,latitude\\n'
    ...     '610928000000,旬阳县,109.36,32.83\\n130823000000,平泉县,118.70,41.01\\n')
    >>> by_code = {row['code']: row for row in cpca}
    >>> join_county(('610981', '旬阳市', '6109', '安康市', '61', '陕西省'), cpca, by_code,
    ...             {'610981': ['旬阳县']}, set())
    ({'code': '610928', 'name': '旬阳县', 'level': 'county', 'lon': 109.36, 'lat': 32.83}, 'renamed')
    >>> join_county(('130881', '平泉市', '1308', '承德市', '13', '河北省'), cpca, by_code, {}, set())[1]
    'stem'
    >>> join_county(('130171', '石家庄高新技术产业开发区', '1301', '石家庄市', '13', '河北省'),
    ...             cpca, by_code, {}, set())
    (None, '')
    """
    code, name, prefecture_code = county[0], county[1], county[2]
    row = by_code.get(code)
    if row is not None and (row["level"] == "county" or row["name"] == name):
        return row, "code"  # a county-level city is a prefecture row in cpca: 东莞市 441900
    province = [row for row in cpca if row["code"][:2] == code[:2]]
    prefecture = [row for row in province if row["code"][:4] == (prefecture_code or code[:4])]
    old_names = set(renames.get(code, ()))
    if old_names and (row := find_one(province, used, lambda r: r["name"] in old_names)):
        return row, "renamed"
    for rows in (prefecture, province):
        if row := find_one(rows, used, lambda r: r["name"] == name):
            return row, "name"
    if len(stem(name)) >= 2:
        test = lambda r: r["level"] == "county" and stem(r["name"]) == stem(name)  # noqa: E731
        if row := find_one(prefecture, used, test):
            return row, "stem"
    return None, ""


def join_prefecture(code: str, name: str, cpca, by_code) -> tuple[dict | None, str]:
    """The cpca row for a prefecture: by code, else by name (but for 地区/盟/市) in the province.

    >>> cpca = read_adcodes('adcode,name,longitude,latitude\\n542400000000,那曲地区,92.05,31.48\\n')
    >>> join_prefecture('5406', '那曲市', cpca, {row['code']: row for row in cpca})[1]
    'name'
    """
    row = by_code.get(code + "00")
    if row is not None and row["level"] == "prefecture":
        return row, "code"
    # 撤地设市 and 撤盟设市 keep the seat: 那曲地区 (5424) became 那曲市 (5406) in 2017.
    wanted = prefecture_stem(name)
    in_province = [r for r in cpca if r["code"][:2] == code[:2] and r["level"] == "prefecture"]
    return find_one(in_province, set(), lambda r: prefecture_stem(r["name"]) == wanted), "name"


def join(counties, cpca, renames):
    """Rows for the TSV (counties, prefectures, provinces) and the counties left without a point.

    >>> cpca = read_adcodes('adcode,name,longitude,latitude\\n610000000000,陕西省,108.95,34.27\\n'
    ...     '610900000000,安康市,109.03,32.68\\n610926000000,平利县,109.36,32.39\\n')
    >>> rows, missing = join([('610926', '平利县', '6109', '安康市', '61', '陕西省'),
    ...                       ('610971', '安康高新区', '6109', '安康市', '61', '陕西省'),
    ...                       ('620171', '兰州新区', '6201', '兰州市', '62', '甘肃省')], cpca, {})
    >>> for row in rows: print(row)
    ('61', 'province', '陕西省', '108.95', '34.27', 'code', '610000', '陕西省')
    ('6109', 'prefecture', '安康市', '109.03', '32.68', 'code', '610900', '安康市')
    ('610926', 'county', '平利县', '109.36', '32.39', 'code', '610926', '平利县')
    ('610971', 'county', '安康高新区', '109.03', '32.68', 'prefecture', '610900', '安康市')
    >>> missing
    [('620171', '兰州新区', '兰州市', '甘肃省')]
    """
    by_code = {row["code"]: row for row in cpca}
    rows, missing = [], []
    # A cpca code that is still a county's code is that county's, never another's by name.
    used = {c[0] for c in counties if c[0] in by_code and by_code[c[0]]["level"] == "county"}

    def out(code, level, name, row, how):
        lon, lat = f"{row['lon']:.4f}".rstrip("0"), f"{row['lat']:.4f}".rstrip("0")
        rows.append((code, level, name, lon, lat, how, row["code"], row["name"]))

    provinces = sorted({(c[4], c[5]) for c in counties})
    prefectures = sorted({(c[2], c[3]) for c in counties if c[2]})
    for code, name in provinces:
        if row := by_code.get(code + "0000"):
            out(code, "province", name, row, "code")
    prefecture_rows = {}
    for code, name in prefectures:
        row, how = join_prefecture(code, name, cpca, by_code)
        if row is not None:
            prefecture_rows[code] = row
            out(code, "prefecture", name, row, how)
    for county in sorted(counties):
        row, how = join_county(county, cpca, by_code, renames, used)
        if row is None:
            row, how = prefecture_rows.get(county[2] or county[0][:4]), "prefecture"
        if row is None:
            missing.append((county[0], county[1], county[3], county[5]))
            continue
        if how != "prefecture":
            used.add(row["code"])
        out(county[0], "county", county[1], row, how)
    return sorted(rows, key=lambda r: (len(r[0]), r[0])), missing


def header_lines(version: str, licence: str, counties, rows, missing) -> list[str]:
    """The comment header: where the points came from, how each county was joined, what lacks one."""
    n_prefectures = len({county[2] for county in counties if county[2]})
    n_provinces = len({county[4] for county in counties})
    counties = [row for row in rows if row[1] == "county"]
    prefectures = [row for row in rows if row[1] == "prefecture"]
    provinces = [row for row in rows if row[1] == "province"]
    how = {key: sum(1 for row in counties if row[5] == key) for key in
           ("code", "renamed", "name", "stem", "prefecture")}  # fmt: skip
    total = len(counties) + len(missing)
    lines = [
        f"# Map points: {len(rows)} rows (provinces, prefectures, county-level units).",
        f"# Source: PyPI package {PACKAGE} {version}, {ADCODES}",
        f"#   ({SOURCE_NOTE}).",
        "# The package does not say where its coordinates come from. A point is a unit's seat",
        "#   (陕西省 at 西安), not a centroid; 4 decimals (about 10 m).",
        f"# Licence: {licence}.",
        "# Generator: plugins/township_reports/site/data/make_coordinates.py (do not edit by hand;",
        "#   regenerate: see that script's docstring). Joined to gazetteer_counties.tsv (2023).",
        f"# Counties: {total}; with a point of their own {total - how['prefecture'] - len(missing)}"
        f" (by code {how['code']}, through place_renames.tsv {how['renamed']}, by name"
        f" {how['name']}, by name but for 县/市/区/旗 {how['stem']});",
        f"#   at their prefecture's seat {how['prefecture']} (matched_by = prefecture: cpca has"
        " no point for them); without any point "
        f"{len(missing)}.",
        f"# Prefectures with a point (their seat): {len(prefectures)} of {n_prefectures};"
        f" provinces (their capital): {len(provinces)} of {n_provinces}.",
        "# code has 2 digits for a province, 4 for a prefecture, 6 for a county (2023 codes);",
        "#   cpca_code and cpca_name are the cpca row the point was taken from.",
    ]
    for code, name, prefecture, province in missing:
        lines.append(f"# Without a point: {code} {name} ({prefecture or '-'}, {province})")
    return lines + [COLUMNS]


def main(argv: list[str] | None = None) -> int:
    """Read the wheel and the gazetteer, write the coordinates, print the join's coverage."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", type=Path, help="cpca wheel (.whl) or its unpacked folder")
    here = Path(__file__).resolve().parent
    gazetteer = here.parents[1] / "data"  # the gazetteer is ingest's data
    parser.add_argument("--data", type=Path, default=gazetteer, help="folder of the gazetteer")
    parser.add_argument("--out", type=Path, default=here)
    args = parser.parse_args(argv)

    read = package_reader(args.package)
    if args.package.is_dir():
        names = [p.relative_to(args.package).as_posix() for p in args.package.rglob("*")]
    else:
        with zipfile.ZipFile(args.package) as wheel:
            names = wheel.namelist()
    version, licence = dist_info(read, names)
    if version != VERSION:
        raise SystemExit(
            f"{args.package}: {PACKAGE} {version}, not {VERSION}: compare its adcodes.csv with "
            f"{VERSION}'s, then update VERSION and SOURCE_NOTE in this script"
        )
    cpca = read_adcodes(read(ADCODES))
    counties = [tuple((row + [""] * 6)[:6]) for row in read_tsv(args.data / COUNTIES_FILE)]
    renames: dict[str, list[str]] = {}
    for row in read_tsv(args.data / RENAMES_FILE):
        renames.setdefault(row[2], []).append(row[0])

    rows, missing = join(counties, cpca, renames)
    header = header_lines(version, licence, counties, rows, missing)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / COORDINATES_FILE
    lines = header + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path}: {len(rows)} rows")
    for line in header[8:-1]:
        print(line.removeprefix("# "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
