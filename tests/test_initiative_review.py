"""Weak initiative finds go to the review list, and a curator can confirm them.

A rule that was seldom right on real pages (PATTERNS.md, "Initiative precision by rule
(wh)") yields a candidate: kept in the evidence, put on the review list, left out of
the initiatives (no page is made for it) until a curator adds it in the catalog. The
sentences are ours, in the shape of township reports.
"""

from __future__ import annotations

from township_reports.ingest.initiatives import find_initiatives
from township_reports.ingest.pipeline import ingest_bytes

REPORT = (
    "青石镇：党建引领乡村治理见实效\n"
    "今年以来，青石镇党委推行“院落议事”工作机制，每月召开议事会。"
    "镇里还开设“田埂课堂”论坛，请农技员讲种植技术。\n"
).encode()


def test_a_weak_find_is_a_candidate_on_the_review_list():
    report = ingest_bytes(REPORT, "青石镇.txt")
    assert report.initiatives == ["院落议事"]
    review = [r for r in report.provenance["review"] if r["field"] == "initiatives"]
    assert len(review) == 1 and "“田埂课堂”" in review[0]["reason"]
    assert report.provenance["evidence"]["initiatives"]["田埂课堂"].endswith("（待核）")


def test_a_weak_find_the_text_names_again_is_confirmed():
    text = "镇里开设“田埂课堂”论坛，请农技员授课。“田埂课堂”已办12期。"
    assert dict(find_initiatives(text)) == {"田埂课堂": 1}


def test_an_activity_after_the_quote_is_no_modifier():
    assert dict(find_initiatives("镇里开展“民宿管家”培训，请专业人员授课。")) == {"民宿管家": 1}


def test_a_curator_confirms_a_candidate_in_the_catalog():
    entry = {"initiatives": ["院落议事", "田埂课堂"], "note": "田埂课堂是该镇的培训品牌"}
    report = ingest_bytes(REPORT, "青石镇.txt", catalog_entry=entry)
    assert report.initiatives == ["院落议事", "田埂课堂"]
    assert report.overrides["initiatives"]["extracted"] == ["院落议事"]


def test_chat_groups_goals_and_dates_are_no_initiatives():
    assert find_initiatives("镇里建立了“夜校学习交流”微信群，各村把照片发到群里。") == []
    assert find_initiatives("紧紧围绕县委“六条路子”“三县”建设目标，发展金银花产业。") == []
    assert find_initiatives("今年举办‘七月二十坪’歌节和篮球赛。") == []
    assert find_initiatives("街道社区的“三新”党员分布在18个住宅区。") == []
