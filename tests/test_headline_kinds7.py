"""Header lines a page prints around its headline, seventh pass (session 44, round 95).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 44"): a city portal's headline
that cries out (点赞!…) set on one line with its date and 来源, the copy's exclamation mark
flattened to ASCII. The page is written by us in the shape that site prints (a real town,
our own sentences), with the near relatives the rule must leave alone: the widget row of
a page (点赞 12) and a lede glued before a date.
"""

from __future__ import annotations

from township_reports.ingest.glued_meta import split_glued_meta
from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "headline-kinds7-test.txt")


CITY_PORTAL = """首页>资讯 >
{headline} 2023-03-09 10:12:40  来源:湖州市人民政府
{widgets}
日前，新市镇妇联获评浙江省示范乡镇（街道）妇联。

近年来，新市镇妇联以强组织、推建设为主旨，把一批女性致富能手、创业带头人充实到村（社区）妇联班子中，优化干部队伍结构。
"""


def test_a_headline_crying_out_on_the_date_and_source_line_is_read():
    report = _ingest(
        CITY_PORTAL.format(headline="点赞!新市镇妇联获评浙江省示范乡镇(街道)妇联", widgets="")
    )
    assert report.title == "点赞！新市镇妇联获评浙江省示范乡镇（街道）妇联"
    assert not report.title_devised
    assert report.date == "2023-03-09T10:12:40"
    assert report.source == "湖州市人民政府"


def test_the_pages_like_button_with_its_count_stays_out_of_title_and_text():
    report = _ingest(
        CITY_PORTAL.format(
            headline="新市镇妇联获评浙江省示范乡镇(街道)妇联", widgets="点赞 12 收藏 分享"
        )
    )
    assert report.title == "新市镇妇联获评浙江省示范乡镇（街道）妇联"
    assert "点赞" not in report.body


def test_a_lede_glued_before_a_date_is_not_split_off_as_a_headline():
    assert (
        split_glued_meta("近日，新市镇妇联开展活动! 2023-03-09 10:12:40 来源:湖州市人民政府")
        is None
    )


BROKEN = """当前位置:蓝房网 > 观天下 > 正文

{first}

{second}

家居市场 | 2019-11-01 10:41:05 我要评论

基层治理与城市经济发展如何实现同频共振？在5月28日召开的闵行区“两新”组织党建联席会议上，梅陇镇中庚环球创意中心被确定为第一批闵行区楼宇党建工作示范点。

一年多来，梅陇镇党委依托楼宇党群服务站，把服务送到白领身边。
"""


def test_a_headline_broken_after_a_word_that_wants_more_is_joined():
    report = _ingest(
        BROKEN.format(first="中庚环球创意中心被确定为第一批", second="闵行区楼宇党建工作示范点")
    )
    assert report.title == "中庚环球创意中心被确定为第一批闵行区楼宇党建工作示范点"


def test_a_kicker_over_a_headline_is_not_run_into_it():
    report = _ingest(
        BROKEN.format(first="楼宇党建巡礼", second="中庚环球创意中心成为闵行区楼宇党建示范点")
    )
    assert report.title == "中庚环球创意中心成为闵行区楼宇党建示范点"


BUILDING = """“百亿楼”党建样本，激发强劲生产力丰沛治理力

  来源:东方网     发表时间:2022-06-18     浏览 40 次

    {over}

    上月底，中心城区首栋“百亿楼”恒隆广场在南京西路商圈率先开启线下营业。这背后，楼宇联合党委提前排摸楼内企业及商户诉求，帮助商户有序复工。

    楼宇联合党委是这栋“百亿楼”内的“红色内核”，强服务、聚人心，成了真正的红色生产力。
"""


def test_a_buildings_facility_named_over_the_text_is_a_caption_not_the_headline():
    report = _ingest(BUILDING.format(over="恒隆广场党群服务站"))
    assert report.title == "“百亿楼”党建样本，激发强劲生产力丰沛治理力"


def test_a_headline_naming_what_the_facility_did_stays_the_headline():
    page = BUILDING.replace(
        "“百亿楼”党建样本，激发强劲生产力丰沛治理力", "恒隆广场党群服务站助商户复工"
    )
    assert _ingest(page.format(over="")).title == "恒隆广场党群服务站助商户复工"


def test_a_kicker_ending_on_a_word_like_canyu_is_not_run_into_the_headline():
    """A single function word ends other words too (参与, 普及): the kicker 党员带头+居民参与 over
    the headline is no broken headline (pending fixture xg-007, met again after 9840ade)."""
    report = _ingest(
        BROKEN.format(first="党员带头+居民参与", second="中庚环球创意中心成为闵行区楼宇党建示范点")
    )
    assert report.title == "中庚环球创意中心成为闵行区楼宇党建示范点"
