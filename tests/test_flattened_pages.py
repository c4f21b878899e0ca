"""Headlines a scraper's flattening hides (issue 9, session 8).

A scraper that flattens a page leaves shapes that do not belong to any one site: the
e-paper's list of the issue's other stories run together into one long line above the
story, the headline glued to the lede or to the date, the original headline printed only
under a repost. Before, each of these left the report with a devised title
(``某镇：党建工作报道``) although the page prints its headline. The pages are written by us in
the shapes real pages carry (tests/corpus/PATTERNS.md, "Session 8"), real towns, our own
sentences, invented names.
"""

from __future__ import annotations

from township_reports.evaluate import plain_body
from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "flattened-test.txt")


# --- an e-paper's other headlines run together above the story --------------------------------

EPAPER_PAGE = """市委常委会传达学习省委全会精神全市秋粮收购工作推进会召开市长到北汝河巡河调研持续巩固河长制工作成果驻村书记带来新品种 陵头镇红薯走进郑州超市工作队帮俺修好了连心桥一颗红薯撬动一个产业
第03版 上一期   下一期 上一版 下一版
  •   标题    站内高级搜索
第2731期:第03版 本期出版日期:2023-10-18

驻村书记带来新品种 陵头镇红薯走进郑州超市

“这红薯个头匀，口感面，超市一上架就被抢光了。”10月16日，汝州市陵头镇大郑村党支部书记郑海生指着刚装车的红薯说。
去年以来，驻村第一书记周立新联系农科院专家引进新品种，村党支部领办合作社，统一育苗、统一收购，带动62户群众增收。
"""


def test_a_run_of_other_headlines_above_an_e_paper_story_is_not_its_text():
    report = _ingest(EPAPER_PAGE)
    assert report.title == "驻村书记带来新品种 陵头镇红薯走进郑州超市"
    assert not report.title_devised
    body = plain_body(report.body)
    assert body.startswith("“这红薯个头匀，口感面")
    assert "市委常委会传达学习" not in body


def test_a_long_paragraph_with_clause_punctuation_is_still_the_text():
    page = EPAPER_PAGE.replace(
        "“这红薯个头匀，口感面，超市一上架就被抢光了。”",
        "“这红薯个头匀，口感面，超市一上架就被抢光了，"
        + "大家都说今年的红薯比往年的好卖，" * 3
        + "”",
    )
    body = plain_body(_ingest(page).body)
    assert body.startswith("“这红薯个头匀，口感面")
