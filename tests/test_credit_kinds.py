"""Credit kinds that recur across sites (session 7, issue 9): where a page names its outlet
and its people in forms the source and byline rules did not read.

What a user cares about: the report's source and bylines as the page states them, and the
near relatives of each form (the same surface meaning something else) left alone. Pages are
our own sentences in the shape of real templates (PATTERNS.md, "Session 7 rules (C: sources
and bylines)").
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

BODY = (
    "今年以来，{town}把抓党建作为推动乡村振兴的总开关，在产业、治理、人才三条线上同步用力。\n\n"
    "镇党委推行“党建+产业”发展路子，在油茶产业上组建产业党小组，由党员技术员包片指导。\n\n"
    "下一步，{town}将继续推行院落议事会，把村里修路、改水等事项先在院落里议清楚。\n"
)


# --- an outlet's dateline naming the place it was filed from, with no date ---------------


def test_an_outlet_and_its_filing_place_before_xun_name_the_source():
    page = (
        "锁石镇：党员带头点亮乡村夜路\n\n"
        "娄底新闻网双峰讯（通讯员 曾思远）入冬以后，村道两旁新装的太阳能灯每晚准时亮起。"
        + BODY.format(town="锁石镇")
    )
    report = ingest_text(page)
    assert report.source == "娄底新闻网"
    assert report.authors == ["曾思远"]


def test_a_place_alone_before_xun_names_no_outlet():
    page = "锁石镇：党员带头点亮乡村夜路\n\n双峰讯（通讯员 曾思远）" + BODY.format(town="锁石镇")
    assert ingest_text(page).source is None


def test_a_correspondent_after_an_outlet_is_no_dateline():
    from township_reports.ingest.sources import dateline_outlet

    assert dateline_outlet("人民网通讯员 曾思远 近日，锁石镇") is None
    assert dateline_outlet("娄底新闻网快讯 近日，锁石镇") is None


# --- spaces a re-encoding turned into ? ------------------------------------------------------


def test_a_field_line_whose_spaces_became_question_marks_is_read():
    page = (
        "城头镇：乡贤志愿者田间吹新风\n\n"
        "2019-11-14 08:53:04? ?来源:福建日报 责任编辑:林晓东 我来说两句 |\n\n"
        + BODY.format(town="城头镇")
    )
    report = ingest_text(page)
    assert report.editors == ["林晓东"]
    assert report.source == "福建日报"
    assert report.date == "2019-11-14T08:53:04"


def test_a_byline_whose_spaces_became_question_marks_is_read():
    page = (
        "陇川镇：党支部领着果农管好夏季果园\n\n"
        "时间:2025-07-18\n来源:定西日报\n\n"
        "定西日报通讯员?许文博?何春燕\n\n" + BODY.format(town="陇川镇")
    )
    report = ingest_text(page)
    assert report.authors == ["许文博", "何春燕"]


def test_a_question_in_the_text_is_left_alone():
    from township_reports.ingest.lost_spaces import byline_spaces, field_line_spaces

    assert field_line_spaces("来源:村里的路修好了吗?") == "来源:村里的路修好了吗?"
    assert byline_spaces("定西日?qǐng)?bào)通讯员") == "定西日?qǐng)?bào)通讯员"


# --- a label left empty before the next bracketed field -----------------------------------


def test_an_empty_label_running_into_the_next_bracket_names_no_source():
    page = (
        "佛耳湖镇召开“五星”支部创建推进会\n\n"
        "【信息来源:【信息时间:2024-05-09 16:38  阅读次数: 】【字号 】【我要打印】【关闭\n\n"
        + BODY.format(town="佛耳湖镇")
    )
    report = ingest_text(page)
    assert report.source is None
    assert report.date == "2024-05-09T16:38"


def test_a_bracketed_value_of_its_own_is_still_the_source():
    from township_reports.ingest.fields import parse_field_line

    assert parse_field_line("【来源:【长葛市融媒体中心】 时间:2024-05-09】")["source"] == [
        "长葛市融媒体中心"
    ]


# --- a page's button in the slot of a posting account ---------------------------------------


def test_a_forum_button_under_the_headline_is_no_source():
    page = (
        "大理市双廊镇:党员带头守护洱海边的“门前三包”\n\n0\n回复\n412\n查看\n[复制链接]\n"
        "发表于 2021-04-07 16:22:05 | 显示全部楼层 |阅读模式\n" + BODY.format(town="双廊镇")
    )
    assert ingest_text(page).source is None


def test_an_account_under_the_headline_is_still_the_source():
    page = "官桥镇：党员带头清河道\n\n原创 嘉鱼官桥 2024-06-18 17:42 湖北\n\n" + BODY.format(
        town="官桥镇"
    )
    assert ingest_text(page).source == "嘉鱼官桥"


# --- an outlet's reporter opening the text, glued to the lede ---------------------------------


def test_an_outlets_reporter_opening_the_lede_is_author_and_source():
    page = (
        "长安村：院落整治后靠积分守住干净\n\n"
        "封面新闻记者 何雨晴 摄影报道 6月26日下午，靖民镇长安村的保洁员正挨家挨户"
        "查看院坝卫生。" + BODY.format(town="靖民镇")
    )
    report = ingest_text(page)
    assert report.authors == ["何雨晴"]
    assert report.source == "封面新闻"


def test_a_sentence_about_a_reporter_is_no_byline():
    from township_reports.ingest.dateline_bylines import dateline_byline

    assert dateline_byline("新华社记者近日走进靖民镇长安村，看到村道干净整洁。") is None
    assert dateline_byline("镇党委书记带领记者 走访6月26日新建的村史馆。") is None


# --- a dateline and its byline alone on a line above the text -------------------------------


def test_a_dateline_line_above_the_text_credits_its_writers():
    page = (
        "方广村：集体经济分红到户 村民笑迎新春\n\n"
        "来源:四川农村日报\n\n"
        "四川农村日报讯 张凤霞 彭思远 胡礼芳 文/图\n"
        "腊月里，乐至县东山镇方广村把一年的集体收益按股分到各家各户，村民排队领钱。\n\n"
        + BODY.format(town="东山镇")
    )
    report = ingest_text(page)
    assert report.authors == ["张凤霞", "彭思远", "胡礼芳"]
    assert report.source == "四川农村日报"


def test_a_wire_dateline_before_its_title_credits_no_one():
    from township_reports.ingest.header_bylines import dateline_line

    assert dateline_line("新华社银川4月29日电  题:宁夏五星村：打造回乡富裕文明第一村") is None
