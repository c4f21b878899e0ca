"""A lede's own opening words, never a headline or an era (session 44, round 95).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 44"): a report with no printed
headline whose lede opens on its purpose (为纵深推进…党组织“融合聚力，争先创优”主题实践活动，…)
was split as if a headline were glued before the quotation; and a set phrase of any year
(立足岗位创先争优, 争先创优) dated undated reports to the 2010–2012 campaign. The pages are
written by us in the shape those sites print (real towns, our own sentences), each with the
near relative the rule must leave alone.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "lede-openings-test.txt")


NO_HEADLINE = """{lede}“融合聚力，争先创优”主题实践活动，9月5日，娄底市直机关工委与双峰县洪山殿镇雷峰山村党总支联合开展交通安全宣传活动。
活动邀请交警为村民现场宣讲交通安全知识，党员志愿者挨家挨户发放宣传资料。
责编：刘海波
"""


def test_a_lede_opening_on_its_purpose_is_no_glued_headline():
    report = _ingest(NO_HEADLINE.format(lede="为纵深推进娄底市直机关基层党组织"))
    assert report.title_devised
    assert report.body.startswith("为纵深推进娄底市直机关基层党组织“融合聚力，争先创优”")


def test_a_headline_glued_before_speech_is_still_split_off():
    page = """雷峰山村党员劝导文明出行“开车不喝酒，喝酒不开车，大家记住了吗？”9月5日，双峰县洪山殿镇雷峰山村党总支组织党员在村口开展交通安全劝导。
党员志愿者挨家挨户发放宣传资料，张贴安全驾驶倡议书。
"""
    report = _ingest(page)
    assert report.title == "雷峰山村党员劝导文明出行"
    assert report.body.startswith("“开车不喝酒，喝酒不开车")


def test_a_set_phrase_of_any_year_dates_no_report_to_the_2010_campaign():
    page = """近日，蔡甸街道正街社区妇联开展“巾帼建功”训练营活动，激励广大女性立足岗位创先争优、争先创优。
社区妇联还组织妇女议事会，为社区发展建言献策。
"""
    assert _ingest(page).date_estimate is None


def test_the_campaign_by_name_still_dates_an_undated_report():
    page = """7月1日，南庄镇党委举行“庆七一”长跑活动，以此为契机，南庄镇党委的创先争优活动也正式启动。
各村党支部书记带领党员参加活动。
"""
    estimate = _ingest(page).date_estimate
    assert estimate["earliest"][:4] == "2010" and estimate["latest"][:4] == "2012"
