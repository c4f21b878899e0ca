"""Variant characters OpenCC t2s keeps, mapped to the one standard character they stand for
(data/variants.tsv, derived by data/make_variants.py): PATTERNS.md, "Session 8 (S …)"."""

from __future__ import annotations

import opencc

from township_reports.ingest import DATA
from township_reports.ingest.simplify import detect_script, load_variants, to_simplified


def _table() -> dict[str, str]:
    return load_variants()


def test_the_table_names_where_its_equivalences_come_from_and_on_what_terms():
    """README, "Rights": data taken from others keeps its terms, named in the file's header."""
    header = [
        line
        for line in (DATA / "variants.tsv").read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    ]
    assert any("GPL-2.0-or-later" in line for line in header)
    assert any("Unicode-DFS-2016" in line for line in header)


def test_a_province_written_with_a_variant_is_the_province():
    """陜西 (a variant OpenCC keeps) is 陕西: the place, the source and grep find it."""
    assert to_simplified("来源：陜西村官网") == "来源：陕西村官网"
    assert (
        to_simplified("堤坝被冲毁、辳田被淹，村民蓡加抢险") == "堤坝被冲毁、农田被淹，村民参加抢险"
    )
    assert to_simplified("開展“衞生示範戶”評比") == "开展“卫生示范户”评比"


def test_standard_characters_and_names_stay():
    """A character that is standard in mainland text (甯, a surname), itself a simplified
    form (镟, 渖) or in a gazetteer name (菓, 窰) is no variant: left as written."""
    assert to_simplified("甯夏村党支部书记甯建国") == "甯夏村党支部书记甯建国"
    assert to_simplified("镟床车间") == "镟床车间"
    table = _table()
    assert not {"甯", "镟", "渖", "菓", "窰", "著", "覆", "么"} & table.keys()


def test_every_row_is_one_standard_character_opencc_leaves():
    """Each variant is one character OpenCC keeps, and maps to one other character that
    OpenCC keeps too (the table comes after OpenCC and needs no second pass)."""
    t2s = opencc.OpenCC("t2s")
    table = _table()
    assert len(table) > 500
    for variant, simplified in table.items():
        assert len(variant) == 1 and len(simplified) == 1 and variant != simplified
        assert t2s.convert(variant) == variant
        assert t2s.convert(simplified) == simplified
        assert simplified not in table


def test_a_variant_alone_does_not_make_a_page_traditional():
    assert detect_script("陜西省汉中市西乡县党建引领乡村振兴") == "simplified"


def test_a_place_name_opencc_would_change_is_written_as_the_gazetteer_writes_it():
    """OpenCC reads 乾 as 干 (dry) and 濛 as 蒙: 乾潭镇 became 干潭镇 in either script, so the
    report lost its town (round 21, a 建德 news site). The name stays; the same characters
    elsewhere (若干县, 找藉口) convert as before."""
    assert to_simplified("乾潭鎮開展清明森林防火工作") == "乾潭镇开展清明森林防火工作"
    assert to_simplified("乾潭镇党委书记") == "乾潭镇党委书记"
    assert to_simplified("濛江鄉黨委、於潛鎮") == "濛江乡党委、於潜镇"
    assert to_simplified("若干縣區，找藉口") == "若干县区，找借口"


def test_an_ingested_report_keeps_its_town_written_with_a_name_s_own_character():
    from township_reports.ingest.pipeline import ingest_bytes

    page = (
        "乾潭鎮開展清明森林防火工作\n"
        "為切實做好清明節前森林防火工作，連日來，乾潭鎮組織各村黨員幹部深入林區巡查，"
        "在主要路口設立防火檢查點，勸導群眾文明祭祀。\n"
    )
    report = ingest_bytes(page.encode("utf-8"), "qiantan.txt")
    assert (report.township, report.county) == ("乾潭镇", "建德市")
    assert "乾潭镇" in report.body
