"""Second looks at the source: a source ingest missed or cannot trace goes on the review list.

What a curator cares about: a page that names where its report comes from, in a form the
source rules did not read, must not reach a reader as "no source" unflagged; and a page that
truly names none (本报讯 with no masthead, a site's own banner) must not cry wolf. Each test
accepts either a right source or a flag, so a later rule that reads the form keeps it green.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text


def ingested(text: str):
    """The report of a page, and whether its source is on the review list."""
    report = ingest_text(text)
    flagged = any(item["field"] == "source" for item in report.provenance["review"])
    return report, flagged


BODY = (
    "今年以来，{town}把抓党建作为推动乡村振兴的总开关，在产业、治理、人才三条线上同步用力。\n"
    "镇党委推行“党建+产业”发展路子，在茶叶产业上组建产业党小组，由党员技术员包片指导。\n"
    "下一步，{town}将继续推行院落议事会，把村里修路、改水等事项先在院落里议清楚。\n"
)


def test_an_app_dateline_not_read_is_flagged():
    page = "五眼泉镇：建强支部堡垒 激活振兴动能\n云上宜都讯（通讯员 覃晓明）" + BODY.format(
        town="五眼泉镇"
    )
    report, flagged = ingested(page)
    assert report.source == "云上宜都" or flagged


def test_this_papers_dateline_without_a_masthead_is_not_flagged():
    page = "游埠镇：红色驿站串起幸福圈\n本报讯（记者 方晓欣）" + BODY.format(town="游埠镇")
    report, flagged = ingested(page)
    assert report.source is None and not flagged


def test_an_e_paper_trailer_naming_the_paper_is_flagged_when_unread():
    page = (
        "2024年03月15日\n第A03版:民生 PDF版\n村里来了“法律明白人”\n□记者 杨晓东\n"
        + BODY.format(town="冯塘乡")
        + "2024-03-15 3 3 周口晚报 content_231147.html 1 村里来了“法律明白人” /enpproperty-->\n"
    )
    report, flagged = ingested(page)
    assert report.source == "周口晚报" or flagged


def test_a_site_banner_alone_is_not_flagged():
    page = (
        "六盘水新闻网\n首页 > 县区动态 > 盘州\n普古乡：“三变”改革让党支部有了钱袋子\n"
        "发布时间：2016-09-08 11:26:40\n" + BODY.format(town="普古乡")
    )
    report, flagged = ingested(page)
    assert report.source is None and not flagged


def test_a_label_in_a_cut_cms_table_is_flagged_when_unread():
    page = (
        "索引号 | 152525/2024-01562 | 效力属性 | |\n发布机构 | 额吉淖尔镇 | 文号 | |\n"
        "成文日期 | | 发布日期 | 2024-08-09 |\n额吉淖尔镇推行党员中心户联系牧户\n"
        + BODY.format(town="额吉淖尔镇")
    )
    report, flagged = ingested(page)
    assert report.source == "额吉淖尔镇" or flagged


def test_a_spam_stamp_after_a_label_is_no_source_doubt():
    page = (
        "发布时间:2025-03-06 09:27:14 来源: 星辰体育app下载官网\n仁义镇：稳粮兴产强村富民\n"
        + BODY.format(town="仁义镇")
    )
    report, flagged = ingested(page)
    assert not flagged


def test_a_generic_media_centre_is_flagged_and_a_named_one_is_not():
    generic = "山丹镇：志愿服务提升乡村公路颜值\n来源: 县融媒体中心\n" + BODY.format(town="山丹镇")
    named = "山丹镇：志愿服务提升乡村公路颜值\n来源: 武山县融媒体中心\n" + BODY.format(
        town="山丹镇"
    )
    report, flagged = ingested(generic)
    assert report.source == "县融媒体中心" and flagged
    report, flagged = ingested(named)
    assert report.source == "武山县融媒体中心" and not flagged


def test_a_sites_dated_report_line_names_it_even_with_a_spam_mark_inside():
    from township_reports.ingest.sources import dateline_outlet

    assert dateline_outlet("参考消息☉网6月2日报道 (文/洛桑旺堆)") == "参考消息网"
    assert dateline_outlet("参考消息网6月2日报道 近日，") == "参考消息网"
    # a town's committee dating what it did is no outlet, nor a headline saying 报道
    assert dateline_outlet("镇党委6月2日报道 近日，") is None
    assert dateline_outlet("参考消息网报道 近日，") is None


def test_a_source_label_opening_a_flattened_paragraph_names_its_outlet():
    from township_reports.ingest.sources import publication_named

    paragraph = (
        "消息来源:四川在线 四川在线记者 韩思琪/文 又到一年快递高峰期,牛市口街道的爱心驿站忙了起来。"
    )
    assert publication_named(paragraph, []) == "四川在线"
    # a town's office after the label is no outlet: left to the credit readers
    assert (
        publication_named("来源:牛市口街道 又到一年快递高峰期,街角的爱心驿站成了歇脚处。", [])
        is None
    )


def test_a_source_left_with_byte_damage_is_flagged():
    page = (
        "陇川镇：党支部领着果农管好夏季果园\n  • 时间:2025-07-18\n  • 来源:定西日?qǐng)?bào)\n\n"
        + BODY.format(town="陇川镇")
    )
    report, flagged = ingested(page)
    assert report.source == "定西日报" or flagged


def test_a_repaired_or_clean_source_is_not_flagged_for_damage():
    page = "陇川镇：党支部领着果农管好夏季果园\n时间:2025-07-18\n来源:定西日报\n\n" + BODY.format(
        town="陇川镇"
    )
    report, flagged = ingested(page)
    assert report.source == "定西日报" and not flagged


def test_a_papers_undated_baodao_dateline_not_read_is_flagged():
    page = "桠溪镇村民进城看新貌\n南京日报报道(记者 孙明 通讯员 王立)昨天，" + BODY.format(
        town="桠溪镇"
    )
    report, flagged = ingested(page)
    assert report.source == "南京日报" or flagged


def test_a_portals_dated_baodao_is_not_flagged():
    page = (
        "堂邑镇：运河边的美丽乡村\n网易山东6月3日报道（王蕾 孙浩然）沿着古运河岸边，"
        + BODY.format(town="堂邑镇")
    )
    report, flagged = ingested(page)
    assert report.source is None and not flagged


# Session 7, second pass (D): ways of choosing a source measured to be wrong on real pages.


def test_a_bracketed_byline_naming_an_unknown_outlet_is_flagged():
    from township_reports.ingest.doubt_source import source_doubts
    from township_reports.ingest.doubts import Finished

    lines = ("乡村振兴看支部", "乡村新闻·乡村大众 07-10原创", "（乡村新闻·乡村大众记者 王晓明）")
    blocks = (("p", "清河镇把党支部建在产业链上。"),)
    reasons = source_doubts(Finished(page_lines=lines, title="乡村振兴看支部", blocks=blocks))
    assert any("乡村新闻·乡村大众" in reason for reason in reasons)


def test_this_papers_bracketed_byline_is_not_flagged():
    page = "清河镇：支部建在产业链上\n（本报记者 王晓明 通讯员 李红）\n" + BODY.format(
        town="清河镇"
    )
    report, flagged = ingested(page)
    assert report.source is None and not flagged


def test_a_photo_credit_naming_a_paper_is_not_flagged():
    page = (
        "清河镇：支部建在产业链上\n"
        + BODY.format(town="清河镇")
        + "牧民党员在冬季培训班上学习政策。 青海日报记者 马明 摄\n"
    )
    report, flagged = ingested(page)
    assert report.source is None and not flagged


def test_a_source_label_in_latin_letters_is_flagged_when_unread():
    page = (
        "扬溪镇：党员带头清理河道\n文章来源:lixin 信息发布:安徽绩溪 时间:2009-03-02\n"
        + BODY.format(town="扬溪镇")
    )
    report, flagged = ingested(page)
    assert report.source == "lixin" or flagged


def test_a_source_with_letters_glued_inside_is_flagged():
    from township_reports.ingest.doubt_source import source_doubts
    from township_reports.ingest.doubts import Finished

    glued = Finished(
        title="茶园迎来采摘季", source="李明LFP安康新闻网", blocks=(("p", "春茶开采了。"),)
    )
    plain = Finished(title="茶园迎来采摘季", source="安康新闻网", blocks=(("p", "春茶开采了。"),))
    assert any("LFP" in reason for reason in source_doubts(glued))
    assert source_doubts(plain) == []


def test_a_dateline_split_off_with_the_headline_is_flagged():
    page = (
        "《乡村振兴周刊》四川旺苍讯（李明 王强）旺苍县龙凤镇以“党建+百村万户”行动推进"
        "农村人居环境整治，村里的小路干净了，房前屋后种上了花。\n" + BODY.format(town="龙凤镇")
    )
    report, flagged = ingested(page)
    assert report.source or flagged
