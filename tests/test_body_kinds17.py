"""Page furniture in the text, seventeenth pass (session 46; development pages of survey
round 97).

- 杨王村鸟瞰图 alone between a village profile's paragraphs names the photograph set there:
  a picture called by its kind (鸟瞰图, 航拍图, 全景图 …) is a caption, as 杨王村鸟瞰 or
  …航拍新貌 already were.

The pages are ours, in those shapes; the near relative is a section heading ending on
蓝图, which names no picture.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

PROFILE = (
    "杨王村：党员示范户带出共富路\n\n"
    "杨王村从一个负债累累的穷村，发展成为远近闻名的富裕村，村党总支始终是全村的主心骨。\n\n"
    "近年来，村里培育党员示范户三十余户，带动村民发展花卉苗木和民宿经济。\n\n"
    "{line}\n\n"
    "杨王村位于奉贤区南桥镇东北部，全村有党员二百余名，村民四千余人。\n"
)


def test_a_picture_named_by_its_kind_is_a_caption():
    report = ingest_text(PROFILE.format(line="杨王村鸟瞰图"))
    assert "鸟瞰图" not in report.body
    assert "杨王村位于奉贤区南桥镇东北部" in report.body


def test_a_heading_ending_on_a_blueprint_stays():
    report = ingest_text(PROFILE.format(line="绘就乡村振兴新蓝图"))
    assert "绘就乡村振兴新蓝图" in report.body
