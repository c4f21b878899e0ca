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
