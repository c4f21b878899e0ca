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
