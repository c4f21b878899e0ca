"""Credits, eighth pass (session 46; development pages of the survey rounds).

- 编辑:彭丽雯   实习编辑:黄琦彦 under a county station's report: the intern editor, labelled
  with a colon, had been read as a second editor (the README's editors are 责任编辑 / 编辑 /
  责编; byline_roles already knew 实习编辑 without a colon).

The pages are ours, in those shapes; each has its near relative (the editor's own label).
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

STATION = (
    "孝南区西湖街道开展夏季防溺水宣传\n\n"
    "7月5日，孝南区西湖街道组织党员志愿者走进辖区小区、河塘沿岸，开展防溺水安全宣传。\n\n"
    "志愿者向居民发放宣传单，提醒家长看护好孩子，不私自下水游泳。\n\n"
    "(孝感广电全媒体记者 盛思)\n\n"
)


def test_an_intern_editor_with_a_colon_is_no_editor():
    report = ingest_text(STATION + "编辑:彭丽雯   实习编辑:黄琦彦\n\n审核:余明华\n")
    assert list(report.editors) == ["彭丽雯"]
    assert list(report.authors) == ["盛思"]
    assert "黄琦彦" not in report.body


def test_the_editor_beside_another_editor_label_stays_an_editor():
    report = ingest_text(STATION + "编辑:彭丽雯   责任编辑:黄琦彦\n")
    assert list(report.editors) == ["彭丽雯", "黄琦彦"]
