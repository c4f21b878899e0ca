"""Header lines a page prints around its headline, fourth pass (session 41, rounds 88–90).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 41"): a leader's visit written
with a bare name (王文华到新华镇龙口村调研指导…工作), which is the visit report's headline as
often as a picture's caption. The pages are written by us in the shapes those sites print
(real towns, our own sentences, invented names), each with the near relative the rule must
leave alone.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "headline-kinds4-test.txt")


VISIT_STORY = """
发布日期：2024-04-16 10:22:31 来源： 访问量：52

（记者 何立新 通讯员 柯雪梅）4月15日，区政协主席刘长青到红安县七里坪镇长胜街村调研指导红色旅游和乡村振兴工作。

在长胜街村的红色研学基地，刘长青详细了解了研学线路、客流和村集体收益情况，要求镇村两级把红色资源用好用活。
"""


def test_a_named_leader_s_visit_over_the_meta_line_is_the_headline():
    report = _ingest("刘长青到七里坪镇长胜街村调研指导红色旅游和乡村振兴工作" + VISIT_STORY)
    assert report.title == "刘长青到七里坪镇长胜街村调研指导红色旅游和乡村振兴工作"
    assert not report.title_devised


def test_a_named_person_shown_where_they_stand_is_still_no_headline():
    page = "七里坪镇红色研学带动村集体增收\n刘长青在长胜街村研学基地听取介绍\n" + VISIT_STORY
    report = _ingest(page)
    assert report.title == "七里坪镇红色研学带动村集体增收"


PORTAL_PAGE = """人民网
人民网

仁和坪镇：一片烟叶富了一方百姓

2024年09月05日14:28 |
小字号

大栗树村雪茄烟叶产业园

大栗树村雪茄烟叶产业园

以村支部领办合作社为依托，五峰土家族自治县仁和坪镇积极探索村集体经济与烟叶产业融合发展的路子，一片小小的雪茄烟叶富了一方百姓。

这几天，烟叶技术员正在大栗树村的田间地头为村民解疑答惑，指导烟农打顶抹杈。
"""


def test_a_line_printed_twice_under_a_dated_headline_is_a_photographs_caption():
    report = _ingest(PORTAL_PAGE)
    assert report.title == "仁和坪镇：一片烟叶富了一方百姓"


def test_a_headline_printed_above_an_outlet_line_and_again_under_it_stays_the_headline():
    page = "西湖村晒晒太阳就有钱赚\n光伏产业网讯\n发布日期：2020-04-16\n西湖村晒晒太阳就有钱赚\n"
    page += "走进五华县横陂镇西湖村，一排排光伏板覆盖了撂荒山地，村民晒晒太阳就有钱赚，村集体每年增收二十多万元。\n"
    report = _ingest(page)
    assert report.title == "西湖村晒晒太阳就有钱赚"


def test_an_outlets_dateline_alone_on_a_line_is_never_the_headline():
    """光伏产业网讯 alone on the line over the date (round 88's trade portal): the dateline a
    copy set apart, which shares the outlet's words with a story about its trade and had
    been taken for the title over a headline sharing none; a headline ending in a word with 讯 (…传来喜讯)
    is no dateline."""
    story = "\n发布日期：2020-04-16\n五华县横陂镇西湖村发展光伏产业，一排排光伏板覆盖了撂荒山地，光伏产业让村集体每年增收二十多万元。\n"
    assert "网讯" not in _ingest("太爽了！这个村靠太阳挣钱\n光伏产业网讯" + story).title
    assert _ingest("西湖村光伏项目传来喜讯" + story).title == "西湖村光伏项目传来喜讯"


PRINTED_THRICE = """鱼台县张黄镇党建引领打造家门口“就业圈”
鱼台县张黄镇党建引领打造家门口“就业圈”
鱼台县张黄镇党建引领打造家门口“就业圈”
张黄镇辖区企业为群众提供家门口的就业岗位
大众网记者 孟庆华 通讯员 宋雨涵 济宁报道
今年以来，鱼台县张黄镇坚持以党建为引领，以群众需求为导向，推进就业服务站点与便民生活圈融合建设，打造家门口的“就业圈”。
张黄镇发挥基层党组织战斗堡垒作用，成立由镇党委书记牵头的工作专班，动员辖区企业为群众提供家门口的就业岗位，镇村就业服务驿站每周发布岗位信息。
"""


def test_a_headline_printed_thrice_wins_a_tie_with_its_pictures_caption():
    report = _ingest(PRINTED_THRICE)
    assert report.title == "鱼台县张黄镇党建引领打造家门口“就业圈”"
    assert report.authors == ["孟庆华", "宋雨涵"]


BANNER_OVER_FIRST_PRINT = """浉河区党建网 浉河区党建网 浉河区党建网

董家河镇睡仙桥村党支部“三会一课”见闻

发表于 2016-04-12 09:37 上一篇 下一篇

董家河镇睡仙桥村党支部“三会一课”见闻

清明刚过，睡仙桥村的茶山上已经有了采茶人的身影。村部二楼的党员活动室里，十几名党员围坐在长桌边，等着支部书记开讲这个月的“三会一课”党课。

支部书记从茶园管护讲到党员责任区，党员们一边记笔记，一边把各自联系户的难处摆到桌面上。
"""


def test_of_a_headline_s_two_prints_the_one_over_the_text_is_taken():
    report = _ingest(BANNER_OVER_FIRST_PRINT)
    assert report.title == "董家河镇睡仙桥村党支部“三会一课”见闻"
    assert "浉河区党建网" not in (report.source or "")
