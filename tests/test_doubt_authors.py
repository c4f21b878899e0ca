"""An empty author list goes on the review list when the page credits a writer (doubt_authors.py).

On real pages an author list comes out wrong mostly by staying empty: the page credits its
writer in a form the byline rules never met, and the report said "no author" as firmly as a
page that names none. What a curator cares about: such a report is on the review list; a
page that credits only a photographer, or whose author was read, is not. Pages written by us
in the shapes real mirrors print (real towns, invented names).
"""

from __future__ import annotations

from township_reports.ingest.doubts import Finished, doubts
from township_reports.ingest.pipeline import ingest_bytes

TEXT = (
    "近日，旌德县白地镇党委组织党员志愿者走进江村，开展人居环境整治志愿服务活动。\n"
    "党员们分成四个小组，清理房前屋后的杂物，疏通村里的排水沟渠，清运垃圾三吨。\n"
)


def _author_reviews(page: str) -> list[str]:
    report = ingest_bytes(page.encode("utf-8"), "doubt-authors-test.txt")
    return [item["reason"] for item in report.provenance["review"] if item["field"] == "authors"]


def test_a_credit_the_check_sees_names_the_writer_for_the_curator():
    finished = Finished(page_lines=("掌中安徽讯(付延磊 卢睿哲 记者 曹开远)宣城市旌德县白地镇",))
    assert doubts(finished) == [("authors", "页面有署名“记者 曹开远”，但未识别出作者")]


def test_a_pinyin_annotated_credit_line_is_doubted_when_no_author_was_read():
    page = (
        "来源:辽宁法治报(bào) | 作者:本报(bào)记者 任晓霞 | 发(fā)布时(shí)间: 2025-08-12\n" + TEXT
    )
    report = ingest_bytes(page.encode("utf-8"), "doubt-authors-test.txt")
    # read (a byline rule learnt the form) or doubted: never a silent empty list
    assert report.authors == ["任晓霞"] or _author_reviews(page) == [
        "页面有署名“记者 任晓霞”，但未识别出作者"
    ]


def test_a_photographers_credit_alone_is_no_reason_to_doubt():
    assert _author_reviews(TEXT + "青海日报记者 陆广涛 通讯员 曲央 摄\n") == []


def test_a_report_whose_author_was_read_is_not_doubted():
    page = "白地镇党员志愿者清理江村环境\n记者 曹开远\n" + TEXT
    report = ingest_bytes(page.encode("utf-8"), "doubt-authors-test.txt")
    assert report.authors == ["曹开远"]
    assert _author_reviews(page) == []


def test_a_reporter_named_in_the_text_without_a_credit_is_no_reason_to_doubt():
    assert _author_reviews(TEXT + "村民在接受记者采访时说，村里的环境一年比一年好。\n") == []
