"""Page shapes from round 34's development pages (issue 9, session 16): a phone account's
text printed one clause to a line, … Each page is our own text in the shape of a real
template; the near relative each rule must leave alone is tested beside it.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def ingested(text: str):
    return ingest_bytes(text.encode("utf-8"), "shape.txt")


CLAUSES = (
    "在密云区的东北方向，\n\n有一个位于深山区的小村庄，\n\n村民们生活在一条狭长山谷内，\n\n"
    "虽然路途有些曲折，\n\n但村子生态绝佳，\n\n它就是——石城镇黄峪口村。\n\n"
    "村党支部带领村民发展民宿，\n\n去年接待游客两万人次。\n"
)


def test_a_text_printed_one_clause_to_a_line_keeps_its_headline():
    report = ingested(f"发现传统古村落——黄峪口\n\n{CLAUSES}")
    assert report.title == "发现传统古村落——黄峪口" and not report.title_devised
    assert report.body.startswith("在密云区的东北方向，")
    assert (report.township, report.county) == ("石城镇", "密云区")
