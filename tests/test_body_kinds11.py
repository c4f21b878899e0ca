"""Furniture kinds met on unseen sites, eleventh pass (issue 9, session 39, survey rounds
86–87: silkworms, bamboo, village galas, wedding customs).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from test_body_kinds8 import CLOSE, HEADLINE, LEDE, MIDDLE, page, paragraphs

from township_reports.ingest.pipeline import ingest_text


def test_a_pictures_timestamp_name_glued_to_a_paragraph_goes():
    """A picture's file stem, its upload time to the second and a counter, left where the
    picture stood, glued after a paragraph's last mark or before its first word
    (…是最适合农村发展的产业。2023062907495620, 2023062907502289近几年来，…: round 86)."""
    after = "种桑养蚕成本低、见钱快，是最适合山区发展的产业。"
    before = "近几年来，上台村把桑蚕作为群众增收致富的突破口，全村种桑1377亩。"
    glued = [after + "2023062907495620", "2023062907502289" + before]
    report = ingest_text(page([HEADLINE], glued, []))
    assert paragraphs(report) == [LEDE, after, before, MIDDLE, CLOSE]


def test_a_long_number_a_report_writes_stays():
    """A credit code or an account number inside a sentence, and a date the report writes
    out, are the report's words."""
    kept = [
        "合作社统一社会信用代码为93530922MA6K2023062，已在县市场监管局登记。",
        "2023年6月29日，镇党委在上台村召开桑蚕产业现场推进会。",
    ]
    report = ingest_text(page([HEADLINE], kept, []))
    assert paragraphs(report) == [LEDE, *kept, MIDDLE, CLOSE]


def test_a_previews_count_of_what_it_left_out_goes():
    """A preview cut mid-sentence counts the characters it left out ((剩余727字), round 86):
    the page's mark, not the report's; the report's own 剩余 stays."""
    cut = "日前，我们来到凤岗镇石湾村麻竹笋种植基地，看到农户们背着箩筐穿梭在竹海中，不一会儿工夫，便把一根根"
    report = ingest_text(page([HEADLINE], [], [cut + "(剩余727字)"]))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE, cut]
    assert "剩余" not in report.body
    kept = "该镇将剩余120万元产业资金用于竹笋加工厂建设，剩余部分年底前拨付到位。"
    report = ingest_text(page([HEADLINE], [kept], []))
    assert kept in paragraphs(report)


def test_an_aggregators_notice_that_it_carries_the_internets_news_goes():
    """声明: an aggregator saying what it carries comes from the internet and it makes no
    news itself (声明:某某114网(www.…)所刊载的新闻资讯均来源于互联网新闻网站,…: round 86); a
    report's sentence about data from the internet, with no 声明 label, stays."""
    notice = (
        "声明:宿迁114网(www.0527114.net)所刊载的新闻资讯均来源于互联网新闻网站,"
        "宿迁114网不生产、不制造新闻,仅为本地网民提供新闻索引服务。"
    )
    report = ingest_text(page([HEADLINE], [], [notice]))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    kept = "镇里的农产品销售数据来源于互联网平台统计，今年线上销量同比增长三成。"
    report = ingest_text(page([HEADLINE], [kept], []))
    assert kept in paragraphs(report)


def test_a_paper_apps_offer_of_its_reporters_goes():
    """寻找记者、寻求报道、寻求帮助,各大应用市场下载…应用或搜索微信小程序… under a paper
    app's stories (round 87) is the app speaking; a report about a town's own reporters stays."""
    offer = "寻找记者、寻求报道、寻求帮助,各大应用市场下载齐鲁一点应用或搜索微信小程序,全省600多名主流媒体记者正等着您在线报道!"
    report = ingest_text(page([HEADLINE], [], [offer]))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    kept = "镇里的通讯员寻找身边的好人好事，寻求报道线索，一年来在各级媒体发稿120余篇。"
    report = ingest_text(page([HEADLINE], [kept], []))
    assert kept in paragraphs(report)


def test_a_caption_of_people_inspecting_a_work_between_paragraphs_goes():
    """库区移民事务中心工作人员查看齐心村在建水渠工程 between two paragraphs (round 87):
    who is in the picture and what they are looking at; a sentence of the story that says
    the same with its stop and its time stays."""
    caption = "镇农业服务中心工作人员查看龙山村在建茶园灌溉工程"
    report = ingest_text(page([HEADLINE], [caption], []))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    kept = "5月12日，镇农业服务中心工作人员查看了龙山村在建的茶园灌溉工程，要求确保雨季前完工。"
    report = ingest_text(page([HEADLINE], [kept], []))
    assert kept in paragraphs(report)


def test_a_link_word_and_its_arrows_alone_on_a_line_go():
    """链接>>> alone between a report's paragraphs, over the background it links to (round 89):
    the page's link, not the report's words; a sentence naming a link stays."""
    kept = "村里建起瓜蒌种植基地后，党员把销售链接分享到村民群里。"
    report = ingest_text(page([HEADLINE], ["链接>>>", kept, "更多>>"], []))
    assert paragraphs(report) == [LEDE, kept, MIDDLE, CLOSE]


def test_a_betting_brand_with_its_company_mark_spliced_twice_goes():
    """星空体育(中国)官方网站 spliced twice into a copy in place of a name (round 89): a betting
    brand's (中国) before its site's ending is the spam's mark; the report's own words stay."""
    brand = "星空体育(中国)官方网站"
    spliced = [
        f"街道党工委书记介绍，“{brand}按照‘支部+公司+农户’的方式，引导群众种植天麻。”",
        f"基地建成后，吸引了许多群众前来务工。{brand}",
    ]
    text = " ".join(paragraphs(ingest_text(page([HEADLINE], spliced, []))))
    assert "星空体育" not in text and "官方网站" not in text
    assert "引导群众种植天麻" in text and "吸引了许多群众前来务工。" in text


def test_a_lottery_tip_sites_name_spliced_in_place_of_a_college_goes():
    """香港盒宝典资料大全 set three times where a copy's report named a college (round 89): a
    lottery tip site's 资料大全 with its almanac's 宝典; a college's name and a 资料 a report
    compiles stay."""
    brand = "香港盒宝典资料大全"
    spliced = [
        f"开班仪式上，{brand}美术学院党委书记为柳编技艺培训班授课。",
        f"本次培训由{brand}派驻第一书记牵线，邀请省级非遗传承人现场教学。",
        "镇里把历年柳编图样整理成村史资料大全，供学员翻阅。",
    ]
    text = " ".join(paragraphs(ingest_text(page([HEADLINE], spliced, []))))
    assert "宝典" not in text
    assert "美术学院党委书记为柳编技艺培训班授课" in text and "村史资料大全" in text


def test_a_gambling_word_glued_to_the_start_of_paragraphs_goes():
    """老挝赌场 glued to the start of five paragraphs of a copied wedding story (round 86): a
    spam word no report opens three paragraphs with; a police report's own 该赌场, which its
    sentences name too, stays."""
    spliced = [
        "老挝赌场这场婚礼没有豪华的迎亲车队，也没有披红挂绿的陪嫁品。",
        "老挝赌场说起零彩礼的初衷，新娘卓玛有些激动，说只要日子过得好就行。",
        "老挝赌场今年26岁的新郎与母亲相依为命，彩礼的压力曾让他愁眉不展。",
    ]
    text = " ".join(paragraphs(ingest_text(page([HEADLINE], spliced, []))))
    assert "赌场" not in text
    assert "这场婚礼没有豪华的迎亲车队" in text and "今年26岁的新郎与母亲相依为命" in text
    own = [
        "该赌场被查封后，民警当场清点了赌资和赌具。",
        "该赌场老板已被依法刑事拘留，案件正在进一步侦办中。",
        "该赌场所在的民房属违法建筑，已由镇里依法拆除。",
        "派出所民警在该赌场查获扑克牌和现金两万余元。",
    ]
    kept = paragraphs(ingest_text(page([HEADLINE], own, [])))
    assert all(line in kept for line in own)
