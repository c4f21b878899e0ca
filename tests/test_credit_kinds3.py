"""Credit kinds met on unseen sites, third pass (issue 9, session 41, survey rounds 90–91).

A province's short name written among the writers in a 作者 slot (作者:郭兆勇 江苏 王静: where
they filed from), and a reporter's name glued to a lede that opens on a dated year word
(齐鲁晚报记者杜洪雷今年4月15日是…). Pages are our own sentences in those templates' shapes;
the near relative each rule must leave alone is beside it.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

HEADLINE = "源泉镇开展全民国家安全教育日宣传活动"
STORY = (
    "4月15日，源泉镇在集市上设立宣传点，向过往群众发放国家安全知识手册。\n"
    "镇党委组织机关党员和网格员走进各村，讲解反间谍法等法律法规。\n"
)


def test_a_provinces_short_name_among_the_writers_is_no_author():
    page = f"{HEADLINE}\n时间:2022-06-24 16:28  作者:郭兆勇 江苏 王静 字号:[ ]\n{STORY}"
    assert ingest_text(page).authors == ["郭兆勇", "王静"]


def test_a_writer_whose_name_is_also_a_countys_short_name_stays():
    page = f"{HEADLINE}\n时间:2022-06-24 16:28  作者:江华 王静\n{STORY}"
    assert ingest_text(page).authors == ["江华", "王静"]


def test_a_reporters_name_glued_to_a_dated_lede_is_read_whole():
    lede = "齐鲁晚报记者杜洪雷今年4月15日是第七个全民国家安全教育日，源泉镇在集市上设立宣传点。"
    page = f"{HEADLINE}\n{lede}\n镇党委组织机关党员和网格员走进各村，讲解反间谍法等法律法规。\n"
    assert ingest_text(page).authors == ["杜洪雷"]


def test_a_bar_between_the_reporter_and_where_they_filed_from_is_read_as_a_byline():
    """《中国经济周刊》记者 李勇︱广东惠州报道 under the headline (round 91): the magazine's
    reporter, filed from 惠州; neither the title nor the text's first line."""
    page = (
        "让外来工有个说理的地方\n\n《中国经济周刊》记者  宋明︱广东惠州报道\n\n"
        "拥有2000多名外来务工人员的龙门县龙江镇，镇党委牵头成立外来工之家，调解劳资纠纷。\n"
        "镇党委书记介绍，外来工之家成立以来，已帮助外来工追回欠薪60余万元。\n"
    )
    report = ingest_text(page)
    assert report.title == "让外来工有个说理的地方"
    assert report.authors == ["宋明"] and report.source == "中国经济周刊"


def test_a_writer_and_a_science_associations_supply_credit_closing_the_text():
    """(胡华树 隆回科协供稿) closing a township's report (round 91): the writer, and the county
    science association that supplied the copy as its source. 协 before a role had been read
    as the 协 of 协作者, which hid the 供稿 credit."""
    page = f"{HEADLINE}\n2023-06-10\n{STORY}镇党委将持续开展宣传。（胡华树 隆回科协供稿）\n"
    report = ingest_text(page)
    assert report.authors == ["胡华树"] and report.source == "隆回科协"
    assert "供稿" not in report.body
