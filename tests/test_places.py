"""Spec for place resolution: a town is identified by county + town, never by name alone."""

import io
import json
import re
import tarfile
from collections import Counter
from pathlib import Path

import opencc
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from township_reports.data import make_gazetteer, make_renames
from township_reports.ingest import DATA
from township_reports.ingest.gazetteer import load_gazetteer, place_names
from township_reports.ingest.places import resolve_place
from township_reports.ingest.town_spellings import is_legal_name_of

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


def test_town_the_source_lists_with_its_county_is_found_by_its_own_name():
    # the statistics list writes 濮阳县柳屯镇 and 召陵区东城街道; reports write the town alone
    liutun = resolve_place("濮阳县柳屯镇党委组织全镇党员干部开展“双报到”活动").place
    assert (liutun.township, liutun.county, liutun.prefecture) == ("柳屯镇", "濮阳县", "濮阳市")
    dongcheng = resolve_place("漯河市召陵区东城街道党工委召开党史学习教育动员会").place
    assert (dongcheng.township, dongcheng.county) == ("东城街道", "召陵区")


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


# --- the report's own town, not the towns it names in passing ---------------------


def test_visited_town_does_not_take_the_report_from_the_visitor():
    # 义亭镇 went to 蒋堂镇: named as often, the visited town loses to the visitor.
    text = (
        "11月8日，义亭镇党委组织机关党员到婺城区蒋堂镇开展结对共建活动。"
        "蒋堂镇介绍了莲廉文化建设经验。义亭镇党委书记表示，将学习蒋堂镇做法。"
        "义亭镇将与蒋堂镇定期互访。"
    )
    place = resolve_place(text).place
    assert (place.township, place.county) == ("义亭镇", "义乌市")


def test_town_visited_by_officials_is_the_subject():
    # Nobody else's town is named: 八都镇 is what the report is about.
    place = resolve_place("东南网讯 市人大常委会副主任一行到八都镇调研换届选举工作。").place
    assert place.township == "八都镇"


def test_visited_town_in_the_title_counts_less():
    place = resolve_place(
        "4月27日，建平乡组织机关党员前往铜鼓镇开展支部联建。", title="建平乡：赴铜鼓镇开展支部联建"
    ).place
    assert (place.township, place.county, place.province) == ("建平乡", "巫山县", "重庆市")


def test_equally_mentioned_towns_go_to_the_one_named_first():
    text = "重庆忠县新立镇白马联合党委和黄金镇金银联合党委相继成立。"
    place = resolve_place(text).place
    assert (place.township, place.county) == ("新立镇", "忠县")


# --- short names choose among same-named towns ------------------------------------


def test_county_short_name_before_the_town_settles_it():
    place = resolve_place("新郑观音寺镇十里铺村食品加工厂即将投产，观音寺镇党委…").place
    assert (place.township, place.county, place.prefecture) == ("观音寺镇", "新郑市", "郑州市")


def test_province_short_name_settles_a_street_in_two_provinces():
    # 长桥街道: 徐汇区 (上海) and 吴中区 (苏州).
    resolution = resolve_place("长桥街道社区党群服务中心新址亮相。按照上海基层党建部署推进。")
    assert (resolution.place.county, resolution.place.province) == ("徐汇区", "上海市")
    assert resolution.evidence[0] == "长桥街道（提及1次），属徐汇区：文中提到上海"


def test_prefecture_short_name_settles_a_town_in_ten_counties():
    place = resolve_place("记者从随州获悉，洪山镇党委坚持示范引领。").place
    assert (place.county, place.prefecture) == ("随县", "随州市")


def test_news_outlet_names_the_province():
    place = resolve_place("东南网讯 八都镇党委组织开展换届选举工作调研。").place
    assert (place.county, place.province) == ("蕉城区", "福建省")


def test_another_town_of_the_same_county_settles_it():
    place = resolve_place("建平乡全体人员参观了铜鼓镇柳池村安置点，建平乡党委表示…").place
    assert place.county == "巫山县"


def test_a_village_of_the_town_settles_which_town_is_meant():
    # 大城子镇: 密云区 (北京) and 宁城县 (内蒙古); 庄户峪村 and 碰河寺村 are 密云区's.
    resolution = resolve_place(
        "7月2日，大城子镇举办村党组织书记抓党建促乡村振兴比武会。庄户峪村推出"
        "“老槐树下聊村事”议事平台，碰河寺村连续几年举办“我们的节日”系列活动。"
    )
    assert (resolution.place.county, resolution.place.province) == ("密云区", "北京市")
    assert "辖下的庄户峪村" in resolution.evidence[0]


def test_only_a_telling_village_name_settles_a_same_named_town():
    # 东正社区 is in 迎江区's 人民路街道 alone of the thirteen; 和平村, a name hundreds of
    # villages bear, tells none of them apart.
    assert resolve_place("人民路街道东正社区党委开展主题党日活动").place.county == "迎江区"
    assert resolve_place("人民路街道和平村党委开展主题党日活动").place.county is None


def test_visiting_county_office_says_the_province_not_the_county():
    # 德胜街道: 西城区 (北京) and 船营区 (吉林市); the visitors come from 门头沟区, 北京.
    place = resolve_place("门头沟区委组织部一行来到德胜街道交流基层党建工作。").place
    assert (place.township, place.county, place.province) == ("德胜街道", "西城区", "北京市")


def test_short_name_inside_the_town_name_says_nothing():
    # 兴隆 of 兴隆镇 is not 兴隆县 (河北承德).
    assert resolve_place("兴隆镇党委召开专题会议").place.county is None


def test_short_names_alone_place_nothing():
    assert resolve_place("按照上海基层党建部署，艺享徐汇活动开展。").place is None


# --- names as reports write them ------------------------------------------------


def test_township_written_by_its_former_level_resolves_to_todays_unit():
    # 侯寨乡 became 侯寨街道 (二七区, 郑州).
    resolution = resolve_place("4月14日，二七区侯寨乡组织机关党员开展义务植树活动。")
    assert (resolution.place.township, resolution.place.county) == ("侯寨街道", "二七区")
    assert resolution.place.division_code == "410103015"
    assert "文中写作侯寨乡，今为侯寨街道" in resolution.evidence


def test_former_xiang_spelling_holds_through_the_text():
    # 茅坪乡 is also a real 乡 of 龙山县 (湖南); after 井冈山市 it is today's 茅坪镇.
    text = "在井冈山市茅坪乡神山村，讲解员正在讲解。茅坪乡已有80多名讲解员。茅坪乡党委表示…"
    place = resolve_place(text, title="井冈山茅坪乡：红色讲解员队伍壮大").place
    assert (place.township, place.county, place.province) == ("茅坪镇", "井冈山市", "江西省")


def test_street_written_without_dao_after_its_county():
    place = resolve_place("津南区海棠街6个社区党群服务中心全部配齐。").place
    assert (place.township, place.county, place.province) == ("海棠街道", "津南区", "天津市")


def test_street_name_as_a_road_is_not_a_town():
    assert resolve_place("活动地点在海棠街12号。").place is None


def test_street_with_jie_in_its_name_written_once():
    # the gazetteer says 民意街街道; people say 民意街道
    place = resolve_place("成都市武侯区民政局一行到民意街道多闻社区考察，江汉区民政局陪同。").place
    assert (place.township, place.county, place.prefecture) == ("民意街街道", "江汉区", "武汉市")


def test_xinjiang_pianqu_written_as_jiedao():
    place = resolve_place("记者探访了乌鲁木齐市天山区二道桥街道固原巷社区。").place
    assert (place.township, place.county) == ("二道桥片区", "天山区")


def test_autonomous_county_written_short():
    place = resolve_place(
        "普洱市镇沅县古城镇古城村河东党支部探索“党支部+”模式。古城镇党委…",
        title="普洱镇沅：“党支部+”激发乡村活力",
    ).place
    assert (place.township, place.county, place.prefecture) == (
        "古城镇",
        "镇沅彝族哈尼族拉祜族自治县",
        "普洱市",
    )


def test_town_miswritten_by_one_character_after_its_county():
    text = "本溪满族自治县田师付镇铁刹山村民宿小院整洁。田师付镇党委坚持项目为王。"
    resolution = resolve_place(text)
    assert (resolution.place.township, resolution.place.county) == ("田师傅镇", "本溪满族自治县")
    assert "文中写作田师付镇，今为田师傅镇" in resolution.evidence


def test_town_written_with_a_longer_name_after_its_county():
    # one more character after a long stem, the county before it (the spelling is ours: the
    # rule's real case, 唐古拉山镇, is the gazetteer's own name since session 31)
    place = resolve_place("青海省海西州格尔木市郭勒木德尔镇128户牧民搬迁。").place
    assert (place.township, place.county) == ("郭勒木德镇", "格尔木市")
    assert place.township_as_written == "郭勒木德尔镇"


def test_a_towns_old_streets_named_after_its_county_are_the_town():
    text = "8月24日，民进支部来到浮梁县瑶里古镇开展现场研学。瑶里古镇位于浮梁县东部。"
    place = resolve_place(text).place
    assert (place.township, place.county, place.prefecture) == ("瑶里镇", "浮梁县", "景德镇市")
    # without its county a 古镇 is only a sight (it names villages and scenic areas too)
    assert resolve_place("会员们来到瑶里古镇参观陈毅旧居。").place is None


def test_a_town_the_text_gives_to_a_county_is_not_a_namesake_elsewhere():
    text = (
        "阳春三月，什邡市禾丰镇和平村石亭江边的河滩地上一片青绿。2016年，村支书了解到罗江区蟠龙镇"
        "种植青花椒成效显著，村里还从蟠龙镇聘请了专业技术人员。"
    )
    place = resolve_place(text).place
    assert (place.township, place.county, place.prefecture) == ("禾丰镇", "什邡市", "德阳市")
    # the county misread inside 山西夏县 (西夏) claims nothing
    place = resolve_place("山西夏县泗交镇地处中条山腹地。泗交镇党委推行党员代办制。").place
    assert (place.township, place.county) == ("泗交镇", "夏县")


def test_traditional_variant_that_t2s_leaves_is_folded():
    resolution = resolve_place("甘州区堿滩镇开展固定党日活动。堿滩镇党委…")
    assert (resolution.place.township, resolution.place.county) == ("碱滩镇", "甘州区")
    assert "文中写作堿滩镇，今为碱滩镇" in resolution.evidence


def test_renamed_county_with_two_character_old_name():
    place = resolve_place("开县临江镇召开党员积分管理工作推进会", year=2014).place
    assert (place.township, place.county, place.county_as_written) == ("临江镇", "开州区", "开县")


def test_renamed_county_then_renamed_township():
    # 腾冲县 is 腾冲市 since 2015; its 和顺乡 is 和顺镇.
    place = resolve_place("11月16日，腾冲县和顺乡水碓村党支部开展便民服务。和顺乡党委…").place
    assert (place.township, place.county, place.county_as_written) == ("和顺镇", "腾冲市", "腾冲县")


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
@example(["温泉乡"], None)  # a Beijing 地区 under its legal name (found by this test, session 50)
def test_any_resolved_place_is_consistent_with_the_gazetteer(pieces, year):
    place = resolve_place("".join(pieces), year=year).place
    if place is None:
        return
    if place.division_code and len(place.division_code) == 9:
        town = GAZETTEER.towns[place.division_code]
        # the gazetteer's name, or the legal name the text wrote for it (温泉乡 for 温泉地区,
        # 八岔赫哲族乡 for 八岔乡: places.with_legal_name)
        assert place.township == town.name or is_legal_name_of(place.township, town.name)
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
    "name",
    [
        "gazetteer_counties.tsv",
        "gazetteer_towns.tsv",
        "gazetteer_villages.tsv",
        "gazetteer_renames.tsv",
        "gazetteer_former_towns.tsv",
        "place_renames.tsv",
    ],
)
def test_data_files_say_where_they_came_from(name):
    header = [
        line
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    ]
    assert header
    text = "\n".join(header)
    if name == "gazetteer_renames.tsv":  # from the package's yearly snapshots
        for needed in ("china-division", "1.0.4", "2.7.0", "WTFPL", "make_renames.py"):
            assert needed in text
    elif name == "gazetteer_former_towns.tsv":  # the same snapshots
        for needed in ("china-division", "1.0.4", "2.7.0", "WTFPL", "make_former_towns.py"):
            assert needed in text
    elif name.startswith("gazetteer"):
        for needed in ("china-division 2.7.0", "WTFPL", "make_gazetteer.py"):
            assert needed in text


def test_renames_include_xunyang():
    (rename,) = GAZETTEER.renames_by_old_name["旬阳县"]
    assert (rename.new_name, rename.county_code, rename.year) == ("旬阳市", "610981", 2021)


def test_a_county_renamed_since_2015_resolves_and_keeps_its_old_name():
    # 宁乡县 became 宁乡市 after the 2015 snapshot: not in the hand table, found by make_renames
    assert "宁乡县" not in {
        line.split("\t")[0] for line in (DATA / "place_renames.tsv").read_text().splitlines()
    }
    place = resolve_place("宁乡县灰汤镇党委组织全镇党员开展主题党日活动", year=2014).place
    assert (place.township, place.county, place.county_as_written) == ("灰汤镇", "宁乡市", "宁乡县")
    later = resolve_place("宁乡市灰汤镇党委组织全镇党员开展主题党日活动", year=2020).place
    assert (later.county, later.county_as_written) == ("宁乡市", None)


def test_hand_renames_win_over_the_snapshots_year():
    # the snapshots bracket 户县's change between 2016-07 and 2017-10; the hand row says 2016
    (rename,) = GAZETTEER.renames_by_old_name["户县"]
    assert (rename.new_name, rename.year) == ("鄠邑区", 2016)


def test_broken_data_file_error_names_file_and_line(tmp_path):
    for name in ("gazetteer_counties.tsv", "place_renames.tsv", "gazetteer_renames.tsv"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
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


def test_a_town_named_as_written_wins_over_a_renamed_reading_the_same_clues_fit():
    """柳林乡 is in three counties and 柳林镇 in ten: 竹山 names one of the 柳林乡s' counties,
    but the page's 走进柳林篇 also names 柳林县, whose 柳林镇 a 柳林乡 might have become. The
    text writes 柳林乡, so 竹山县柳林乡 it is, not a tie that leaves the report unplaced."""
    text = (
        "今日竹山网消息 近日，笔者来到柳林乡新时代文明实践所，这里展示竹山方案和柳林乡"
        "志愿服务组织体系。二楼为走进柳林篇，展示柳林乡的历史沿革和盐道文化。"
    )
    resolution = resolve_place(text)
    assert resolution.place is not None
    assert (resolution.place.township, resolution.place.county) == ("柳林乡", "竹山县")


def test_make_renames_reads_the_yearly_tarballs_npm_pack_writes(tmp_path):
    """The renames come from nine `npm pack` tarballs, each read for its areas.json alone."""

    def pack(version: str, areas: list[dict]) -> None:
        data = json.dumps(areas, ensure_ascii=False).encode("utf-8")
        member = tarfile.TarInfo("package/dist/areas.json")
        member.size = len(data)
        with tarfile.open(tmp_path / f"china-division-{version}.tgz", "w:gz") as archive:
            archive.addfile(member, io.BytesIO(data))

    before = [{"code": "430124", "name": "宁乡县"}, {"code": "430121", "name": "长沙县"}]
    after = [{"code": "430182", "name": "宁乡市"}, {"code": "430121", "name": "长沙县"}]
    for number, (version, _cut_off) in enumerate(make_renames.SNAPSHOTS):
        pack(version, before if number == 0 else after)
    out = tmp_path / "out"
    assert make_renames.main([str(tmp_path), "--out", str(out)]) == 0
    rows = [
        line.split("\t")[:4]
        for line in (out / make_renames.OUT_FILE).read_text(encoding="utf-8").splitlines()
        if not line.startswith("#") and not line.startswith("old_name")
    ]
    assert rows == [["宁乡县", "宁乡市", "430182", "2015"]]


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
            '610981111,"神河镇",610981,61,6109\n419001100,"济源市克井镇",419001,41,4190\n'
            '610981112,"克井镇",610981,61,6109\n'
        ),
        "villages.csv": (
            "code,name,streetCode,provinceCode,cityCode,areaCode\n"
            '419001100001,"枣庙村民委员会",419001100,41,4190,419001\n'
            '610981112001,"东坡社区居民委员会",610981112,61,6109,610981\n'
            '610981111001,"神河村委会",610981111,61,6109,610981\n'
            # some counties' rows spell the county and town out before the village
            '610981112002,"旬阳市克井镇西河村民委员会",610981112,61,6109,610981\n'
            # or cut the committee's words short
            '610981111002,"神河沟村委",610981111,61,6109,610981\n'
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
        "610981112\t克井镇\t610981",
    ]
    # the source glues 济源市 before its towns; reports write 克井镇, which 旬阳市 has too
    villages = (out / "gazetteer_villages.tsv").read_text().splitlines()
    # every town's villages: they tell same-named towns apart, and place a text that names
    # its county and a village but no town
    assert [line for line in villages if not line.startswith("#")] == [
        "division_code\tvillages\tcommon_villages",
        "419001100\t枣庙村\t",
        "610981111\t神河村 神河沟村\t",
        "610981112\t东坡社区 西河村\t",
    ]
    assert (
        "Licence: WTFPL (LICENSE file; package.json says MIT)."
        in (out / "gazetteer_towns.tsv").read_text()
    )


def test_province_short_name_keeps_the_province_of_a_common_town_name():
    place = resolve_place("城关镇党委召开会议，部署河南省委巡视整改工作。").place
    assert (place.township, place.county, place.province) == ("城关镇", None, "河南省")
    place = resolve_place("河南日报讯 城关镇党委召开会议。").place
    assert (place.township, place.county, place.province) == ("城关镇", None, "河南省")


def test_street_office_called_by_its_street_when_its_district_is_named():
    # 牛街街道 (西城区, 北京) is 牛街 to everyone; 西城 vouches for it.
    text = "牛街西里社区党委与联通西城分公司等5家单位结成党建联盟。牛街西里社区…"
    place = resolve_place(text).place
    assert (place.township, place.county, place.province) == ("牛街街道", "西城区", "北京市")


def test_visiting_county_office_alone_places_nothing():
    resolution = resolve_place("成都市武侯区民政局一行来到多闻社区考察交流。")
    assert resolution.place is None
    assert resolution.warnings == ("武侯区只作为来访单位出现，未提及被访地所在县或乡镇：未定位",)


def test_county_own_leaders_going_to_a_village_keep_their_county():
    place = resolve_place("白河县委书记到双喜村调研党建工作。").place
    assert place.county == "白河县"


def test_county_written_as_the_xian_it_was_resolves_to_todays_city():
    resolution = resolve_place("义乌县义亭镇党委召开扩大会议。")
    assert (resolution.place.township, resolution.place.county) == ("义亭镇", "义乌市")
    assert "文中写作义乌县，今为义乌市" in resolution.evidence


def test_page_furniture_chooses_among_same_named_towns_but_places_nothing_alone():
    # 大洋街道: 亭湖区 (盐城) and 临海市 (台州); the site's footer says 盐城.
    footer = "盐城市文化馆 地址：江苏省盐城市毓龙东路"
    place = resolve_place("市文化馆党员走进大洋街道大星村开展志愿服务。", context=footer).place
    assert (place.county, place.prefecture) == ("亭湖区", "盐城市")
    assert resolve_place("市文化馆党员开展志愿服务。", context=footer).place is None


def test_town_whose_experience_is_borrowed_does_not_take_the_report():
    text = (
        "3月5日，神河镇党委组织村干部学习白河县宋家镇茶旅融合经验。"
        "宋家镇党委介绍了做法。神河镇将结合实际推广。"
    )
    assert resolve_place(text).place.township == "神河镇"


# Session 17: a county media centre's story names the county and a village, never the town.
def test_a_county_and_its_village_place_the_report_in_the_villages_town():
    text = (
        "不到5年时间，琼海市沙美村从过去默默无闻的小渔村，变成了远近闻名的网红村。"
        "沙美村党支部带领村民退塘还林，发展民宿和咖啡馆，村集体收入逐年增加。"
    )
    resolution = resolve_place(text, title="沙美村：从小渔村到网红村")
    assert (resolution.place.township, resolution.place.county) == ("博鳌镇", "琼海市")
    assert any("沙美村" in note and "博鳌镇" in note for note in resolution.evidence)


def test_a_community_named_with_its_district_places_the_report_in_its_subdistrict():
    text = "太原市迎泽区柴市巷社区党委组织党员志愿者走访辖区独居老人，帮助他们检查燃气灶具。"
    place = resolve_place(text).place
    assert (place.county, place.township) == ("迎泽区", "柳巷街道")


def test_villages_of_two_towns_named_as_often_place_no_town():
    from township_reports.ingest.gazetteer import county_villages

    names = county_villages("469002")
    by_town = {}
    for village, town in sorted(names.items()):
        by_town.setdefault(town, village)
    first, second = list(by_town.values())[:2]
    text = f"琼海市召开乡村振兴现场会，与会人员先后来到{first}和{second}，观摩村级党组织建设。"
    place = resolve_place(text).place
    assert (place.county, place.township) == ("琼海市", None)


def test_a_village_name_without_its_county_places_nothing():
    # 沙美村 is 琼海市's; a text naming no county could mean any village of the name
    assert resolve_place("沙美村党支部带领村民退塘还林，发展民宿和咖啡馆。").place is None


def test_a_countys_short_name_and_one_of_its_villages_vouch_for_each_other():
    text = "从秦岭深处的柞水出发，沿着新修的产业路走进金米村，木耳大棚一座连着一座。金米村党支部领办合作社。"
    place = resolve_place(text).place
    assert (place.township, place.county) == ("小岭镇", "柞水县")
    # the short name alone, or the village alone, places nothing
    assert resolve_place("从秦岭深处的柞水出发，沿着新修的产业路进山。").place is None
    assert resolve_place("金米村党支部领办合作社，木耳大棚一座连着一座。").place is None
