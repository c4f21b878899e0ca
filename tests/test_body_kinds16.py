"""Clean bodies, sixteenth pass (session 45; round 96's development pages).

A gallery's alt text stays where its picture stood: the headline, the picture's number and
the site's column and name between dashes (…让党的理论走进千家万户-第1张-区县资讯-重视网).
It was left in the text. The page is ours, in that shape; the near relative: a sentence
of the text that numbers a sheet (第1张) stays.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

HEADLINE = "善感乡“苗寨龙门阵”让党的理论走进千家万户"
PAGE = (
    f"{HEADLINE}\n\n2024-06-17 来源:彭水县融媒体中心\n\n"
    "近年来，彭水县善感乡以“苗寨龙门阵”为抓手，用群众听得懂的语言宣讲党的理论。\n\n"
    "{line}\n\n"
    "宣讲员走进院坝，和村民拉家常、讲政策，把党的好政策讲进群众心坎里。\n"
)


def test_a_gallerys_numbered_alt_text_leaves_the_body():
    report = ingest_text(PAGE.replace("{line}", f"{HEADLINE}-第1张-区县资讯-重视网"))
    assert "第1张" not in report.body
    assert "宣讲员走进院坝" in report.body


def test_a_sentence_numbering_a_sheet_stays():
    line = "村民们领到了第1张“积分兑换卡”，可凭卡到爱心超市兑换生活用品。"
    report = ingest_text(PAGE.replace("{line}", line))
    assert line in report.body
