"""A portal's repost mark in black brackets: an outlet and the channel that ran the story
(session 43, round 93).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 43"): a forum copy's headline
opened by the portal and its channel (【新华网-安徽频道】巢湖：…), an aggregator's text
opened by the site and its column where a dateline stands (【运输人网-物流业发展】近年来，…).
The pages are written by us in the shapes those sites print (real towns, our own sentences),
each with the near relative the rule must leave alone: a series tag, a column tag.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "repost-marks-test.txt")


FORUM_COPY = """巢湖论坛

标题: {tag}巢湖：扶贫车间开到家门口 坝镇群众就近务工增收 [打印本页]

作者: wwwccc    时间: 2020-6-22 17:16

在脱贫攻坚开展过程中，巢湖市坝镇巧用扶贫资金，联合湖东、青山、姥山三个村打造扶贫车间，吸纳有劳动能力的贫困群众就近务工。

“在家门口上班，既能挣钱又能照顾老人孩子。”湖东村村民周桂兰说。镇党委组织党员干部定期走访车间，帮助企业解决用工、用地难题。
"""


def test_an_outlet_and_its_channel_before_the_headline_mark_a_repost():
    report = _ingest(FORUM_COPY.format(tag="【新华网-安徽频道】"))
    assert report.title == "巢湖：扶贫车间开到家门口 坝镇群众就近务工增收"
    assert report.source == "新华网-安徽频道"


def test_a_series_tag_with_a_dash_stays_with_the_headline():
    report = _ingest(FORUM_COPY.format(tag="【脱贫攻坚进行时-巢湖篇】"))
    assert report.title.startswith("【脱贫攻坚进行时-巢湖篇】巢湖：")
    assert report.source is None


AGGREGATOR_TEXT = """当前位置: 首页 > 综合资讯 > 正文

玉塘街道“两新”党建助推快递物流业发展

2021-06-22 09:57:43

  {tag}近年来，快递物流业保持高位稳速运行。玉塘街道党工委结合辖区快递物流业发展情况，发挥“两新”组织优势，推动党建工作与快递物流业发展同频共振。

  据悉，玉塘街道在快递网点建立流动党员服务站，组织快递小哥参与社区志愿服务，为骑手提供休息、充电、饮水等服务。
"""


def test_an_outlet_in_black_brackets_opening_the_text_is_its_source():
    report = _ingest(AGGREGATOR_TEXT.format(tag="【运输人网-物流业发展】"))
    assert report.source == "运输人网-物流业发展"


def test_a_column_in_black_brackets_opening_the_text_names_no_source():
    report = _ingest(AGGREGATOR_TEXT.format(tag="【党建引领】"))
    assert report.source is None
