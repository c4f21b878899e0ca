"""Credits, ledes and a spliced brand on unseen pages, the development pages of rounds 101
and 103 (issue 9, session 49): the forms that lost a story's authors, source or first words,
or left a casino's brand in it, each written here in the shape those sites print (real towns,
our own sentences) beside the near relative the rule must leave alone."""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

STORY = (
    "2月21日，蚣坝镇组织党员干部沿泡水河开展巡河，逐段查看河面保洁和岸线整治情况。\n\n"
    "镇党委要求各村河长落实日常巡查，发现问题当场交办，确保河畅水清岸绿。"
)


def test_an_editors_line_over_the_storys_dateline_does_not_end_the_text():
    page = (
        "巡河途中，镇村干部对发现的漂浮垃圾进行了现场清理，并登记了需要整改的问题。\n"
        "[责编:周宇]\n"
        f"永州新闻网2月22日讯（通讯员 何少军 陈洪江）{STORY}\n"
    )
    report = ingest_text(page)
    assert report.authors == ["何少军", "陈洪江"]
    assert report.source == "永州新闻网"
    assert "确保河畅水清岸绿" in report.body


def test_an_editors_line_under_the_story_still_ends_it():
    page = f"{STORY}\n责编：周宇\n“湘超”永州赛区观赛指南来啦，欢迎前来观看，现场还有精彩互动。\n"
    report = ingest_text(page)
    assert report.editors == ["周宇"]
    assert "观赛指南" not in report.body


def test_a_name_glued_between_the_dateline_and_reporting_is_the_author():
    report = ingest_text(f"衡山县店门镇：党员巡河护碧水\n本网讯旷诗婕报道：{STORY}\n")
    assert report.authors == ["旷诗婕"]


def test_a_place_glued_between_the_dateline_and_reporting_is_no_author():
    report = ingest_text(f"衡山县店门镇：党员巡河护碧水\n本网讯道县报道：{STORY}\n")
    assert report.authors == []


def test_a_repost_credit_naming_its_account_is_the_source():
    page = f"党建引领聚合力 幸福河湖驻心间\n{STORY}\n本文转载自“长兴党建”微信公众号\n"
    assert ingest_text(page).source == "长兴党建"


def test_an_outlets_list_of_its_accounts_names_no_source():
    page = f"党建引领聚合力 幸福河湖驻心间\n{STORY}\n• 长兴发布微信\n• 长兴新闻APP\n"
    report = ingest_text(page)
    assert report.source is None
    assert "长兴新闻APP" not in report.body


def test_a_crumbs_doubled_arrow_is_no_credit():
    page = (
        " 中国共产党新闻>>综合报道\n山上景色秀 山下生活美\n"
        f"2012年12月13日08:47   来源:光明日报\n{STORY}\n"
    )
    assert ingest_text(page).source == "光明日报"


def test_a_column_the_crumb_names_beside_the_date_is_no_source():
    page = (
        "现在的位置: 首页 > 实时新闻 > 正文\n热心老人义务管理农家书屋14年\n"
        f"2020年05月09日 实时新闻 ⁄ 共 1656字 ⁄ 字号 暂无评论\n{STORY}\n"
    )
    assert ingest_text(page).source is None


def test_an_outlet_beside_the_date_is_still_the_source():
    page = f"热心老人义务管理农家书屋14年\n2024-12-13 18:03:07 陕西党建网 2122℃\n{STORY}\n"
    assert ingest_text(page).source == "陕西党建网"


def test_an_apps_brand_and_its_paper_before_the_reporter_are_no_author():
    page = f"南城社区：一个各民族交往交流交融的大家庭\n石榴云/新疆日报记者 宋雅文 通讯员 朱文斌\n{STORY}\n"
    assert ingest_text(page).authors == ["宋雅文", "朱文斌"]


def test_a_long_lede_that_lost_its_stop_is_the_texts_first_paragraph():
    lede = "近日“赓续中华文脉谱写铸牢华章”2025年常熟市民族团结进步宣传月启动仪式在董浜镇举行"
    page = (
        "石榴花开！常熟市民族团结进步宣传月正式启动！\n"
        "来源: 常熟市民族宗教事务局 发布时间: 2025-10-17 16:18:12\n"
        f"{lede}\n{STORY}\n"
    )
    report = ingest_text(page)
    assert report.title == "石榴花开！常熟市民族团结进步宣传月正式启动！"
    assert report.body.startswith(lede)


def test_a_casinos_brand_spliced_into_a_sentence_goes():
    page = f"法特镇：冒雪抢修保供电\n党委、政府立即同国网申慱亚洲官方网:舒兰公司协作开展紧急抢修。\n{STORY}\n"
    report = ingest_text(page)
    assert "申慱" not in report.body
    assert "立即同国网舒兰公司协作开展紧急抢修" in report.body


def test_a_bid_to_host_the_expo_stays():
    page = f"法特镇：党员宣讲世博精神\n2010年上海申博成功，镇党委组织党员重温世博会志愿服务故事。\n{STORY}\n"
    assert "上海申博成功" in ingest_text(page).body
