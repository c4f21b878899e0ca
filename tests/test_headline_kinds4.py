"""Header lines a page prints around its headline, fourth pass (session 41, rounds 88–90).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 41"): a leader's visit written
with a bare name (王文华到新华镇龙口村调研指导…工作), which is the visit report's headline as
often as a picture's caption. The pages are written by us in the shapes those sites print
(real towns, our own sentences, invented names), each with the near relative the rule must
leave alone.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "headline-kinds4-test.txt")


VISIT_STORY = """
发布日期：2024-04-16 10:22:31 来源： 访问量：52

（记者 何立新 通讯员 柯雪梅）4月15日，区政协主席刘长青到红安县七里坪镇长胜街村调研指导红色旅游和乡村振兴工作。

在长胜街村的红色研学基地，刘长青详细了解了研学线路、客流和村集体收益情况，要求镇村两级把红色资源用好用活。
"""


def test_a_named_leader_s_visit_over_the_meta_line_is_the_headline():
    report = _ingest("刘长青到七里坪镇长胜街村调研指导红色旅游和乡村振兴工作" + VISIT_STORY)
    assert report.title == "刘长青到七里坪镇长胜街村调研指导红色旅游和乡村振兴工作"
    assert not report.title_devised


def test_a_named_person_shown_where_they_stand_is_still_no_headline():
    page = "七里坪镇红色研学带动村集体增收\n刘长青在长胜街村研学基地听取介绍\n" + VISIT_STORY
    report = _ingest(page)
    assert report.title == "七里坪镇红色研学带动村集体增收"
