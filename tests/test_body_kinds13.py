"""Furniture kinds met on unseen sites, thirteenth pass (issue 9, session 42, survey round 92:
greenhouse vegetables, tea gardens, care for children, clean-government culture).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from test_body_kinds8 import HEADLINE, page, paragraphs

from township_reports.ingest.pipeline import ingest_bytes, ingest_text


def test_a_betting_brand_that_is_a_number_alone_goes_from_headline_and_text():
    """8868体育 glued before a hijacked copy's headline, its lede and a clause (round 92): a
    number alone before a betting word is a brand; a year before 体育 is the report's."""
    hijacked = """当前位置: 首页 > 新闻资讯

7788体育寿光市孙家集街道推进蔬菜大棚改造升级

发布时间:2023-07-18 19:44:07 点击量:

  7788体育在寿光市孙家集街道三元朱村大棚改造现场，工人们忙着更换钢架棚膜、安装自动放风系统。

  街道采取就近双棚合一7788体育、改造荒坡荒地等方式，为小棚改大棚提供土地资源。
"""
    report = ingest_bytes(hijacked.encode("utf-8"), "number-brand.txt")
    assert report.title == "寿光市孙家集街道推进蔬菜大棚改造升级"
    text = " ".join(paragraphs(report))
    assert "7788" not in text and "体育" not in text
    assert "就近双棚合一、改造荒坡荒地" in text
    kept = "2023体育惠民工程为三元朱村添置了健身器材，村民在大棚边也能锻炼身体。"
    assert kept in paragraphs(ingest_text(page([HEADLINE], [kept], [])))


def test_a_villages_farm_named_alone_between_paragraphs_is_a_caption():
    """上坪村有机茶园 between two paragraphs (round 92's shape): a picture's caption, as a
    village's service hall is; a heading with a level word and a verb (建设村级茶叶基地) stays."""
    report = ingest_text(page([HEADLINE], ["上坪村有机茶园"], []))
    assert "上坪村有机茶园" not in " ".join(paragraphs(report))
    heading = ingest_text(page([HEADLINE], ["建设村级茶叶基地"], []))
    assert "## 建设村级茶叶基地" in paragraphs(heading)  # kept, as the section's heading
