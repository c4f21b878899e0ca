"""Credit kinds that recur across sites (session 7, issue 9): where a page names its outlet
and its people in forms the source and byline rules did not read.

What a user cares about: the report's source and bylines as the page states them, and the
near relatives of each form (the same surface meaning something else) left alone. Pages are
our own sentences in the shape of real templates (PATTERNS.md, "Session 7 rules (C: sources
and bylines)").
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes

BODY = (
    "今年以来，{town}把抓党建作为推动乡村振兴的总开关，在产业、治理、人才三条线上同步用力。\n\n"
    "镇党委推行“党建+产业”发展路子，在油茶产业上组建产业党小组，由党员技术员包片指导。\n\n"
    "下一步，{town}将继续推行院落议事会，把村里修路、改水等事项先在院落里议清楚。\n"
)


def ingested(text: str):
    return ingest_bytes(text.encode("utf-8"), "credit.txt")


# --- an outlet's dateline naming the place it was filed from, with no date ---------------


def test_an_outlet_and_its_filing_place_before_xun_name_the_source():
    page = (
        "锁石镇：党员带头点亮乡村夜路\n\n"
        "娄底新闻网双峰讯（通讯员 曾思远）“路灯亮起来了！”" + BODY.format(town="锁石镇")
    )
    report = ingested(page)
    assert report.source == "娄底新闻网"
    assert report.authors == ["曾思远"]


def test_a_place_alone_before_xun_names_no_outlet():
    page = "锁石镇：党员带头点亮乡村夜路\n\n双峰讯（通讯员 曾思远）" + BODY.format(town="锁石镇")
    assert ingested(page).source is None


def test_a_correspondent_after_an_outlet_is_no_dateline():
    from township_reports.ingest.sources import dateline_outlet

    assert dateline_outlet("人民网通讯员 曾思远 近日，锁石镇") is None
    assert dateline_outlet("娄底新闻网快讯 近日，锁石镇") is None
