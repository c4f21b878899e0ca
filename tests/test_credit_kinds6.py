"""Bylines opening a report, sixth pass (session 44; round 86's development pages).

A city's own reporters open the text with their city's name, their roles and their names
joined by 、, then 报道 and a colon (扎兰屯市记者徐曙光、张晓彤通讯员孙琦报道:2025年七月，…). The
names were lost, since the opening credit knew spaced names and an outlet's name only. The
page is ours, in that shape; the near relatives: a newspaper's reporters so credited name
the paper as the source, a city's do not (it is where they work, not an outlet).
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

HEAD = "建设社区抵制天价彩礼树立文明风尚\n\n"
LEDE = "2025年7月，扎兰屯市高台子街道办事处建设社区开展“抵制天价彩礼 树立文明风尚”宣传活动。"
REST = "\n\n社区党委书记说，将持续开展移风易俗宣传，引导居民摒弃陈规陋习。\n"


def test_a_citys_reporters_named_with_commas_before_bao_dao_are_the_authors():
    report = ingest_text(f"{HEAD}扎兰屯市记者徐曙光、张晓彤通讯员孙琦报道:{LEDE}{REST}")
    assert list(report.authors) == ["徐曙光", "张晓彤", "孙琦"]
    assert report.source is None


def test_a_papers_reporters_so_credited_name_the_paper():
    report = ingest_text(f"{HEAD}呼伦贝尔日报记者徐曙光、张晓彤通讯员孙琦报道:{LEDE}{REST}")
    assert list(report.authors) == ["徐曙光", "张晓彤", "孙琦"]
    assert report.source == "呼伦贝尔日报"


CLOSING = "在听取村官们的发言后，组织部长送给大家一句话：“明确目标，把握今天，持之以恒。”{credit}"


def test_a_closing_credit_naming_the_writers_unit_and_post_credits_the_writer():
    """Round 87: a county portal's report closes on the writer's village, post and name in
    brackets (（北营村村官 张洋洋）)."""
    report = ingest_text(
        HEAD + LEDE + "\n\n" + CLOSING.format(credit="（北营村村官 张洋洋）") + "\n"
    )
    assert list(report.authors) == ["张洋洋"]
    assert "张洋洋" not in report.body


def test_a_speakers_unit_and_post_before_a_colon_credits_nobody():
    """The same unit and post introducing what an official said is an interview's label."""
    page = (
        HEAD
        + LEDE
        + "\n\n福田镇塘坝村党支部书记 李富明：\n\n“去年收到了补助资金，我们建起了光伏电站。”\n"
    )
    assert list(ingest_text(page).authors) == []


def test_a_portals_reporter_under_a_headline_glued_on_names_the_portal():
    """Round 89 (development): a copy runs the headline into the credit line
    (…打造社区治理新样本大众网记者 杨雨桐 通讯员 王钰 淄博报道): the portal is the source, not the
    headline's words before it."""
    line = "淄博临淄：文化赋能 打造社区治理新样本大众网记者 杨雨桐 通讯员 王钰 淄博报道"
    report = ingest_text("淄博临淄：文化赋能 打造社区治理新样本\n\n" + line + "\n\n" + LEDE + REST)
    assert report.source == "大众网"
    assert list(report.authors) == ["杨雨桐", "王钰"]


def test_a_meta_line_that_left_out_its_sources_colon_still_names_source_and_writer():
    """Round 95 (development, a district portal): 来源 东方网    顾一琼     发表时间:06/18/2022
    浏览 40 次 — no colon after 来源, the writer after the outlet, a month-first date with the
    counter after it. A sentence opening on 来源 is no meta line."""
    meta = "来源 东方网    顾一琼     发表时间:06/18/2022     浏览 40 次"
    report = ingest_text(HEAD + meta + "\n\n" + LEDE + REST)
    assert (report.source, list(report.authors), report.date) == (
        "东方网",
        ["顾一琼"],
        "2022-06-18",
    )
    prose = ingest_text(
        HEAD + LEDE + "\n\n来源 于群众的意见，社区党委逐条整改，发表时间:2025-07-20。" + REST
    )
    assert prose.source is None
