"""Datelines that say 消息 where others say 讯 (session 44, survey round 95).

A provincial portal files a city's report under its name, the city and 消息 with no date
(安徽网池州消息 近日，…); an industry portal sets its dated dateline in black brackets, the
day spaced off its 日 (【中国幕墙网7月29 日消息】). Both name the report's source as 讯
does. The pages are our own text in those shapes; the near relatives, news in prose
(传来好消息), a portal reporting what others said (消息称) and a paper's own short name
(晚报池州消息, as 晚报讯), name no source.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

HEADER = "牌楼镇党员冲在复工复产一线\n2020-03-02 09:12\n"
REST = "\n\n坚持主动作为，宣传指导到位。十余名党员干部主动深入企业讲解复工复产流程。\n"
LEDE = "近日，贵池区牌楼镇引导全镇各党组织和党员主动作为，让党旗在企业复工复产一线高高飘扬。"


def test_an_outlet_and_its_city_before_xiaoxi_name_the_source():
    for dateline in (
        "安徽网池州消息 ",
        "安徽网池州消息，",
        "【安徽网3月1 日消息】",
        "【安徽网3月1日消息】",
    ):
        report = ingest_text(HEADER + dateline + LEDE + REST)
        assert report.source == "安徽网", dateline


def test_news_in_prose_or_a_papers_own_short_name_names_no_source():
    for opening in ("安徽网传来好消息 ", "安徽网池州消息称，", "晚报池州消息 "):
        report = ingest_text(HEADER + opening + LEDE + REST)
        assert report.source is None, opening


def test_a_portals_recommendation_label_glued_to_the_source_is_no_part_of_it():
    """Round 92 (development): a portal's copy prints 来源:辽宁日报今日推荐, its column's
    label run on to the paper's name."""
    for value, source in (
        ("辽宁日报今日推荐", "辽宁日报"),
        ("辽宁日报推荐阅读", "辽宁日报"),
        ("辽宁日报", "辽宁日报"),
    ):
        report = ingest_text(f"{HEADER}来源:{value}\n\n{LEDE}{REST}")
        assert report.source == source, value


def test_a_papers_name_alone_in_title_marks_under_the_text_is_the_source():
    """Round 86 (development): a trade portal's copy closes the report with the paper it came
    from, alone in title marks (《中国质量报》); a law so marked under the text is no source."""
    text = HEADER + LEDE + REST + "\n{closing}\n"
    assert ingest_text(text.format(closing="《中国质量报》")).source == "中国质量报"
    assert ingest_text(text.format(closing="《中华人民共和国农村土地承包法》")).source is None


def test_two_offices_listed_in_one_source_give_the_first():
    """Round 95 (development): 来源:娄底市直机关工委、娄底市人大常委会机关, two offices that ran an
    activity together; a source names one, the first, as a reporter's two outlets do (README).
    A name that only holds 、 between words stays whole."""
    text = HEADER + "来源:{value}\n\n" + LEDE + REST
    two = text.format(value="娄底市直机关工委、娄底市人大常委会机关")
    assert ingest_text(two).source == "娄底市直机关工委"
    assert ingest_text(text.format(value="贵池区融媒体中心")).source == "贵池区融媒体中心"
