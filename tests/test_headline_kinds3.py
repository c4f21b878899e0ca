"""Header lines a page prints around its headline, third pass (session 39, round 86).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 39"): a part a single dash joins
onto the end of an HTML title that the story never names (…走访见闻-全球观点, a content farm's
channel; …倡导移风易俗 -凯发k8天生赢家一触即发, a betting brand's slogan), and a trade portal's
banner closed by an exclamation mark (中国竹网 - 竹业行业门户网站 !) standing where no headline
is printed. The pages are written by us in the shapes those sites print (real towns, our own
sentences, invented names), each with the near relative the rule must leave alone.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "headline-kinds3-test.txt")


STORY = """
2023-05-12 09:40:11 来源：凌云县融媒体中心

进入5月，凌云县下甲镇加西村的桑园一片翠绿，村民们忙着采桑喂蚕。村党支部书记介绍，村里采取“党支部+合作社+农户”的办法，统一供种、统一技术、统一收购蚕茧。

“种桑养蚕比外出打工强，在家门口就能挣钱。”村民黄秀英一边给蚕匾添桑叶一边说，她家今年养了三张蚕种。
"""


def test_a_dash_tail_the_story_never_names_is_cut_from_the_title():
    report = _ingest("加西村：小桑蚕织出村民致富路-全球视点" + STORY)
    assert report.title == "加西村：小桑蚕织出村民致富路"


def test_a_betting_slogan_after_a_spaced_dash_is_cut_from_the_title():
    report = _ingest("下甲镇党建引领桑蚕产业发展 -乐发v8大赢家一触即发" + STORY)
    assert report.title == "下甲镇党建引领桑蚕产业发展"


def test_a_dash_tail_the_story_names_stays_part_of_the_title():
    report = _ingest("下甲镇：小桑蚕织出致富路-加西村见闻" + STORY)
    assert report.title == "下甲镇：小桑蚕织出致富路-加西村见闻"


def test_an_age_span_in_a_title_is_no_dash_tail():
    report = _ingest("加西村为3-6岁留守儿童办起“蚕桑课堂”" + STORY)
    assert report.title == "加西村为3-6岁留守儿童办起“蚕桑课堂”"


PORTAL_PAGE = """中国茶叶网 - 茶业行业门户网站 !
商业资讯: 行业新闻 | 企业新闻 | 行业行情 | 各地茶业 | 政策法规 | 研究成果
近年来，福建省安溪县西坪镇松岩村依托茶山资源，采取“村党支部+企业+基地+农户”模式，发展茶叶种植和加工，全村有茶叶加工企业5家，带动村民就近务工。
图为5月9日，西坪镇松岩村茶农在晾晒茶青。
"""


def test_a_trade_portal_s_banner_with_an_exclamation_mark_is_never_the_title():
    report = _ingest(PORTAL_PAGE)
    assert report.title_devised
    assert "门户网站" not in report.title
