"""Furniture kinds met on unseen sites, twelfth pass (issue 9, session 41, survey round 90:
toilets, family traditions, tobacco, funeral reform).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from test_body_kinds8 import HEADLINE, page, paragraphs

from township_reports.ingest.pipeline import ingest_text


def test_a_betting_brand_in_pinyin_glued_into_a_sentence_goes():
    """Boyu Sports (博鱼体育 in pinyin) glued into a quoted sentence of a copied report, and
    the sports lottery's site set in place of a word (round 90): a gambling brand's name in
    either script; an English word the report writes with spaces around it stays."""
    spliced = [
        "工作队队员说：“我们入户指导安装改厕，努力做到最好Boyu Sports，让大家自觉改善居住环境。”",
        "获奖家庭代表说，往后会更用心持家，也盼着中国竞彩网家庭一起把孝善美德传下去。",
    ]
    text = " ".join(paragraphs(ingest_text(page([HEADLINE], spliced, []))))
    assert "Boyu" not in text and "竞彩" not in text
    assert "努力做到最好，让大家自觉改善居住环境" in text
    kept = "村里的健身广场装上了新器材，孩子们在 Sports Day 上比赛跳绳。"
    assert kept in paragraphs(ingest_text(page([HEADLINE], [kept], [])))
