"""Sources met on unseen sites, session 41 (issue 9, survey round 90).

Hubei's county apps (云上咸安, the 长江云 platform's app of 咸安区) open their reports with
the app's name and 报道, followed by the lede after a space or glued to it; copies of such
reports on other sites keep that opening. The page is our own text in that shape; the near
relative, a sentence that says what the app reported, names no source.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

HEADER = "永安街道开展文明新风进社区活动\n2023-10-10 09:12\n"
REST = "\n社区党委书记介绍，活动将持续到年底，每月评选一次文明家庭。\n"


def test_an_apps_dateline_before_the_lede_names_the_source():
    for opening in (
        "云上咸安报道 为推动居民形成良好的道德风尚，",
        "云上咸安报道为推动居民形成良好的道德风尚，",
    ):
        lede = opening + "10月9日上午，永安街道南门社区开展文明新风进社区活动。"
        report = ingest_text(HEADER + lede + REST)
        assert report.source == "云上咸安", opening


def test_a_sentence_about_what_the_app_reported_names_no_source():
    lede = "云上咸安报道了永安街道南门社区开展文明新风进社区活动的情况，引起居民关注。"
    report = ingest_text(HEADER + lede + REST)
    assert report.source is None
