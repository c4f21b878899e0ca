"""The county map (issue 14): every county with reports is on it or named as missing, the SVG
is safe to inline (no script, handler or outside address), stable, and small enough.

Points come from site/data/county_coordinates.tsv, which site/data/make_coordinates.py derives from
the cpca wheel; the script is run here on a small wheel written by the test.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from township_reports.ingest import DATA
from township_reports.site.county_map import (
    SITE_DATA,
    CountyOnMap,
    county_map_svg,
    load_points,
    thumbnail_map_svg,
    unplaced,
)

SVG = "{http://www.w3.org/2000/svg}"


def _load(name: str, path: Path):
    # data/ and bench/ hold scripts, not packages: load them as modules.
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


make_coordinates = _load("make_coordinates", SITE_DATA / "make_coordinates.py")


def gazetteer_counties() -> list[list[str]]:
    lines = (DATA / "gazetteer_counties.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if not line.startswith("#")][1:]


def listed_without_point() -> set[str]:
    """The county codes the coordinates file's header names as having no point."""
    text = (SITE_DATA / "county_coordinates.tsv").read_text(encoding="utf-8")
    return set(re.findall(r"^# Without a point: (\d{6}) ", text, flags=re.M))


def counties_with_reports(n: int, seed: int = 7) -> list[CountyOnMap]:
    """n counties of the gazetteer (every kind: districts, zones, 兵团 cities) with report counts
    as uneven as a real archive's (a few counties with many, most with one or two)."""
    rng = random.Random(seed)
    rows = sorted(gazetteer_counties(), key=lambda row: rng.random())[:n]
    return [
        CountyOnMap(
            code=row[0],
            county=row[1],
            prefecture=row[3] or None,
            province=row[5],
            reports=max(1, int(rng.paretovariate(1.2))),
            url=f"places/{row[0]}.html",
        )
        for row in rows
    ]


def test_every_gazetteer_county_has_a_point_or_is_listed_as_missing():
    points = load_points()
    missing = listed_without_point()
    codes = {row[0] for row in gazetteer_counties()}
    assert codes - set(points.counties) == missing
    assert not missing & set(points.counties)
    assert len(points.counties) == len(codes) - len(missing)


def test_every_county_of_a_generated_corpus_has_a_point_or_is_listed(tmp_path):
    make_corpus = _load("bench_make_corpus", ROOT / "bench" / "make_corpus.py")
    make_corpus.make_corpus(300, 1, tmp_path)
    record = json.loads((tmp_path / ".corpus.json").read_text(encoding="utf-8"))
    codes = {report["division_code"][:6] for report in record["reports"]}
    points, missing = load_points(), listed_without_point()
    assert len(codes) > 100
    assert {code for code in codes if code not in points.counties} <= missing


def test_renamed_county_gets_its_old_names_point():
    # 旬阳县 610928 (cpca) became 旬阳市 610981 in 2021: place_renames.tsv joins them.
    point = load_points().counties["610981"]
    assert (point.name, point.matched_by) == ("旬阳市", "renamed")
    assert (round(point.lon, 2), round(point.lat, 2)) == (109.36, 32.83)


def test_prefectures_and_provinces_have_their_seats():
    points = load_points()
    assert points.provinces["610000"].name == "陕西省"
    assert round(points.provinces["610000"].lon, 1) == 109.0  # 西安, not the centroid
    assert points.prefectures["610900"].name == "安康市"
    assert len(points.provinces) == 31


def svg_tree(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def assert_safe(svg: str) -> None:
    """No script, no event handler, no style sheet or font, no address outside the site."""
    root = svg_tree(svg)
    for element in root.iter():
        tag = element.tag.removeprefix(SVG)
        assert tag not in {"script", "style", "foreignObject", "image", "use", "iframe"}, tag
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (tag, name)
            assert "url(" not in value and "//" not in value, (tag, name, value)
            assert not value.lower().startswith(("javascript:", "data:")), (tag, name, value)
    assert svg.count("http") == 1 and svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')


def test_the_map_parses_with_one_link_per_county_and_nothing_unsafe():
    counties = counties_with_reports(300)
    svg = county_map_svg(counties)
    assert_safe(svg)
    root = svg_tree(svg)
    links = root.findall(f".//{SVG}a")
    placed = [county for county in counties if county not in unplaced(counties)]
    assert len(links) == len(placed) == len(root.findall(f".//{SVG}circle"))
    assert sorted(a.get("href") for a in links) == sorted(c.url for c in placed)
    width, height = (float(v) for v in root.get("viewBox").split()[2:])
    for circle in root.iter(f"{SVG}circle"):
        assert 0 <= float(circle.get("cx")) <= width and 0 <= float(circle.get("cy")) <= height
        assert circle.find(f"{SVG}title").text.endswith("篇") or "驻地" in circle[0].text


def test_names_from_data_are_escaped_and_foreign_links_refused():
    hostile = CountyOnMap(
        "610926",
        '<script>alert(1)</script>" onload="x',
        "安康市",
        "陕西省",
        2,
        "places/610926.html",
    )
    svg = county_map_svg([hostile])
    assert_safe(svg)
    title = svg_tree(svg).find(f".//{SVG}circle/{SVG}title").text
    assert title.startswith('<script>alert(1)</script>" onload="x')  # shown as text, not run
    with pytest.raises(ValueError, match="neither relative nor http"):
        county_map_svg([hostile._replace(url="javascript:alert(1)")])


def test_the_thumbnail_has_no_links_labels_or_tooltips():
    svg = thumbnail_map_svg(counties_with_reports(300))
    assert_safe(svg)
    root = svg_tree(svg)
    assert root.findall(f".//{SVG}a") == [] and root.findall(f".//{SVG}text") == []
    assert len(root.findall(f".//{SVG}title")) == 1  # the map's own name


def test_same_counties_in_any_order_give_the_same_bytes():
    counties = counties_with_reports(500)
    shuffled = sorted(counties, key=lambda c: random.Random(3).random())
    assert county_map_svg(counties) == county_map_svg(shuffled)
    assert thumbnail_map_svg(counties) == thumbnail_map_svg(shuffled)


def test_a_point_far_south_widens_the_map_instead_of_falling_off_it():
    nansha = CountyOnMap("460322", "南沙群岛", "三沙市", "海南省", 1, "places/460322.html")
    root = svg_tree(county_map_svg([nansha]))
    height = float(root.get("viewBox").split()[3])
    assert 0 < float(root.find(f".//{SVG}circle").get("cy")) < height


def test_a_province_map_draws_its_own_counties_and_names_its_prefectures():
    counties = counties_with_reports(2800)
    shaanxi = [c for c in counties if c.code.startswith("61") and c not in unplaced(counties)]
    root = svg_tree(county_map_svg(counties, region="610000"))
    assert sorted(a.get("href") for a in root.iter(f"{SVG}a")) == sorted(c.url for c in shaanxi)
    names = {label.text for label in root.iter(f"{SVG}text")}
    assert "西安" in names and "陕西" not in names
    width, height = (float(v) for v in root.get("viewBox").split()[2:])
    assert height <= width  # a tall province is fitted, not stretched down the page


def test_a_province_map_of_one_municipality_district_still_has_a_frame():
    one = CountyOnMap("110101", "东城区", None, "北京市", 1, "places/110101.html")
    root = svg_tree(county_map_svg([one], region="110000"))
    assert len(list(root.iter(f"{SVG}circle"))) == 1
    assert float(root.get("viewBox").split()[3]) > 100


def test_map_sizes_at_2800_counties():
    counties = counties_with_reports(2800)
    full = county_map_svg(counties).encode()
    small = thumbnail_map_svg(counties).encode()
    # The thumbnail goes into the home page (under 60 KB at 10,000 reports): a few bytes
    # per county. The full map is its own file (about 150 bytes per linked county).
    assert len(small) < 18_000, len(small)
    assert len(full) < 2800 * 160, len(full)
    # Province maps stay within a page's 150 KB bound even for the provinces with most
    # counties (河南, 河北, 四川: about 180 each).
    largest = max(len(county_map_svg(counties, region=p).encode()) for p in ("41", "13", "51"))
    assert largest < 40_000, largest


def test_make_coordinates_joins_a_small_wheel(tmp_path):
    adcodes = (
        "adcode,name,longitude,latitude\n"
        "610000000000,陕西省,108.954347,34.265502\n"
        "610900000000,安康市,109.038045,32.70437\n"
        "610926000000,平利县,109.361865,32.388854\n"
        "610928000000,旬阳县,109.361024,32.832012\n"
        "139001000000,定州市,,\n"
    )
    wheel = tmp_path / "cpca-0.5.5-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as out:
        out.writestr("cpca/resources/adcodes.csv", adcodes)
        out.writestr("cpca-0.5.5.dist-info/METADATA", "Name: cpca\nVersion: 0.5.5\n")
        out.writestr(
            "cpca-0.5.5.dist-info/LICENSE",
            "The MIT License (MIT)\n\nCopyright (c) 2018 QinYuan Du\n",
        )
    data = tmp_path / "data"
    data.mkdir()
    header = "county_code\tcounty\tprefecture_code\tprefecture\tprovince_code\tprovince\n"
    (data / "gazetteer_counties.tsv").write_text(
        "# test\n" + header + "610926\t平利县\t6109\t安康市\t61\t陕西省\n"
        "610971\t安康高新技术产业开发区\t6109\t安康市\t61\t陕西省\n"
        "610981\t旬阳市\t6109\t安康市\t61\t陕西省\n"
        "659005\t北屯市\t\t\t65\t新疆维吾尔自治区\n",
        encoding="utf-8",
    )
    (data / "place_renames.tsv").write_text(
        "old_name\tnew_name\tcounty_code\tyear\tnote\n旬阳县\t旬阳市\t610981\t2021\t撤县设市\n",
        encoding="utf-8",
    )
    assert make_coordinates.main([str(wheel), "--data", str(data), "--out", str(tmp_path)]) == 0
    written = (tmp_path / "county_coordinates.tsv").read_text(encoding="utf-8")
    rows = {
        line.split("\t")[0]: line.split("\t") for line in written.splitlines() if line[0] != "#"
    }
    assert rows["610981"][5:] == ["renamed", "610928", "旬阳县"]
    assert rows["610971"][3:6] == ["109.038", "32.7044", "prefecture"]
    assert "# Without a point: 659005 北屯市 (-, 新疆维吾尔自治区)" in written
    make_coordinates.main([str(wheel), "--data", str(data), "--out", str(tmp_path)])
    assert (tmp_path / "county_coordinates.tsv").read_text(encoding="utf-8") == written
