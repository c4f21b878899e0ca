"""Second looks at the title: a wrong headline of a kind met on real pages goes on the review
list, and a right headline of the look-alike kind stays off it (doubt_title.py).

Pages are written in the shape of the real templates met (tests/corpus/PATTERNS.md, "Second
looks at the headline (dt)"): real towns, our own sentences, invented names. The checks see
the finished title and the page, so each test gives the page and the title ingest finished
with (the wrong one a real page got, or the right one).
"""

from __future__ import annotations

from township_reports.ingest.doubt_title import title_doubts
from township_reports.ingest.doubts import Finished
from township_reports.ingest.pipeline import ingest_bytes


def finished(page: str, title: str, devised: bool = False) -> Finished:
    """A page as the second looks see it once ingest finished with ``title``: its lines, the
    header above the first paragraph (a line of 30 characters or more ending in a stop),
    the paragraphs."""
    lines = tuple(page.splitlines())
    first = next(
        at
        for at, line in enumerate(lines)
        if len(line.strip()) >= 30 and line.rstrip().endswith("。")
    )
    blocks = tuple(("p", line.strip()) for line in lines[first:] if line.strip())
    header = tuple(line for line in lines[:first] if line.strip())
    return Finished(lines, header, title=title, title_devised=devised, blocks=blocks)


def doubts(page: str, title: str, devised: bool = False) -> list[str]:
    """The reasons the second looks give to doubt ``title`` on ``page``."""
    return title_doubts(finished(page, title, devised))


PROFILE_CARD = """【乡镇面孔】走进柳林镇：黄河岸边的枣乡新事
2024-05-16 17:20 来源：吕梁日报客户端

·  【第31期】

人物 | 刘建平

职务 | 柳林镇党委书记

走进柳林镇，沿河的枣园连成一片，镇里把党支部建在枣业合作社上，带着村民搞起了红枣深加工。

刘建平在乡镇工作二十多年了，他说：“枣树是乡亲们的钱袋子，也是我们党员的责任田。”
"""


def test_a_card_label_taken_under_the_headline_above_the_date_line_is_doubted():
    reasons = doubts(PROFILE_CARD, "职务 | 柳林镇党委书记")
    assert any("日期或来源行上方" in reason and "走进柳林镇" in reason for reason in reasons)


def test_the_headline_above_the_date_line_is_not_doubted():
    assert doubts(PROFILE_CARD, "【乡镇面孔】走进柳林镇：黄河岸边的枣乡新事") == []


NEWS_SITE = """临汾日报
2024-03-08 10:12:45    来源：襄汾县融媒体中心
新店镇：党员中心户把政策送到炕头
新店镇推行党员中心户联系群众制度，每名党员中心户联系十到十五户村民，定期上门宣讲政策、收集意见。
今年以来，全镇党员中心户共收集群众意见二百余条，已办结一百八十条，群众满意度明显提升。
"""


def test_a_papers_name_over_the_date_line_is_no_missed_headline():
    assert doubts(NEWS_SITE, "新店镇：党员中心户把政策送到炕头") == []


def test_a_devised_title_under_a_headline_over_the_date_line_is_doubted():
    page = NEWS_SITE.replace("临汾日报\n", "新店镇：党员中心户把政策送到炕头\n").replace(
        "来源：襄汾县融媒体中心\n新店镇：党员中心户把政策送到炕头", "来源：襄汾县融媒体中心"
    )
    assert any(
        "标题为拟定" in reason for reason in doubts(page, "襄汾县新店镇：党建工作报道", True)
    )


CAPTION = """吉水90后返乡村支书的“新农村账本”
2019-04-11 15:36:00  来源：吉安广播电视台  作者：周明
记者在吉水县文峰镇泥田村采访
为展示乡村振兴一线的新气象，吉安广播电视台推出“走基层·看变化”系列报道，记者走进村组记录新变化。
村党支部书记是一名90后，从广州辞职回村，一年后当选村支书，随身带着一个记账的小本子。
"""


def test_a_photo_caption_with_a_reporter_taken_as_the_title_is_doubted():
    reasons = doubts(CAPTION, "记者在吉水县文峰镇泥田村采访")
    assert any("署名" in reason for reason in reasons)
    assert any("日期或来源行上方" in reason for reason in reasons)


def test_a_headline_with_no_byline_word_is_not_doubted():
    assert doubts(CAPTION, "吉水90后返乡村支书的“新农村账本”") == []


def test_a_dateline_taken_as_the_title_is_doubted():
    page = """浙江在线10月16日讯
（通讯员 陈立群）近日，安吉县天荒坪镇组织党员志愿者走进竹林，帮助竹农抢收冬笋、联系销路。
活动中，党员们还向竹农宣传了防火知识，发放宣传资料两百余份。
"""
    assert any("电头" in reason for reason in doubts(page, "浙江在线10月16日讯"))


def test_good_news_in_a_headline_is_no_dateline():
    page = """塘栖镇传来喜讯
塘栖镇超山村获评省级善治示范村，村党委带领村民把老街改成了共富街区，游客越来越多。
"""
    assert doubts(page, "塘栖镇传来喜讯") == []


FORUM = """柳林县论坛
首页 » 问答 » 柳林镇枣园里的党员服务队
bbsuser - 2024/9/3 08:12:00
9月2日，柳林镇组织党员服务队走进枣园，帮助果农采摘红枣、联系销路，服务队由镇机关和各村党员组成。
通讯员：王立新
"""


def test_a_forum_name_taken_as_the_title_is_doubted():
    assert any("网站或栏目名" in reason for reason in doubts(FORUM, "柳林县论坛"))


def test_a_headline_ending_in_a_net_is_no_site_name():
    page = FORUM.replace("柳林县论坛", "“红色网格”织密服务网")
    assert not any("网站或栏目名" in reason for reason in doubts(page, "“红色网格”织密服务网"))


def test_a_spam_line_with_a_web_address_is_doubted():
    page = """哪家医院看牙好 http://www.example-dental.com/
高桥镇石门村的“红色议事厅”每月开一次会，村里大事小情都拿到会上商量，村民的事有了说理的地方。
"""
    assert any(
        "网址" in reason for reason in doubts(page, "哪家医院看牙好 http://www.example-dental.com/")
    )


SUBTITLE = """村里有了“孝善基金”
高桥镇推行“孝善积分”评比，让老人在家门口安享晚年——
□本报记者 赵文博
走进高桥镇石门村，村委会门口的公示栏上贴着本月的孝善积分榜，谁家子女孝顺一目了然。
今年春天，高桥镇在石门村试点“孝善基金”，子女按月缴纳赡养金，村集体和爱心企业按比例补贴。
"""


def test_a_subtitle_left_out_with_its_dash_is_doubted():
    assert any("破折号" in reason for reason in doubts(SUBTITLE, "村里有了“孝善基金”"))


def test_a_headline_joined_with_its_subtitle_is_not_doubted():
    title = "村里有了“孝善基金”——高桥镇推行“孝善积分”评比，让老人在家门口安享晚年"
    page = SUBTITLE.replace(
        "村里有了“孝善基金”\n高桥镇推行“孝善积分”评比，让老人在家门口安享晚年——", title
    )
    assert doubts(page, title) == []


SERIES = """【乡村干部拍乡村88】柳林镇：让党旗飘扬在秋收一线
柳林镇：让党旗飘扬在秋收一线
柳林镇人民政府   郭志刚
时值秋收，柳林镇党委组织党员走进田间地头，帮助困难群众收玉米、晒红枣，把秋收的难事一件件办好。
"""


def test_a_series_tag_lost_from_a_headline_printed_twice_is_doubted():
    title = "柳林镇：让党旗飘扬在秋收一线"
    assert any("栏目标签" in reason for reason in doubts(SERIES, title))


def test_a_headline_keeping_its_series_tag_is_not_doubted():
    assert doubts(SERIES, "【乡村干部拍乡村88】柳林镇：让党旗飘扬在秋收一线") == []


def test_a_devised_title_with_the_headline_glued_into_the_text_is_doubted():
    page = """|
新店镇：文明村镇大家创 志愿服务在身边时间：2023-07-11 为助力文明村镇创建，7月8日，新店镇南街村组织党员志愿者清理主干道两侧的乱堆乱放。
据了解，新店镇志愿服务队成立以来，已开展环境整治活动三十余次，参与党员群众一千余人次。
"""
    assert any("粘在首段" in reason for reason in doubts(page, "襄汾县新店镇：党建工作报道", True))


def test_a_page_printing_no_headline_gets_its_devised_title_without_doubt():
    page = """本报讯（记者 张明远）3月20日，高桥镇组织党员志愿者走进敬老院，为老人打扫房间、理发剪指甲。
活动中，党员们还为老人送去了米面油等生活用品，陪老人拉家常。
"""
    assert doubts(page, "浦东新区高桥镇：党建工作报道", True) == []


def test_ingest_puts_the_second_looks_on_the_review_list():
    report = ingest_bytes(FORUM.encode("utf-8"), "forum.txt")
    title_notes = [
        item["reason"] for item in report.provenance["review"] if item["field"] == "title"
    ]
    if report.title == "柳林县论坛":
        assert any("网站或栏目名" in reason for reason in title_notes)
    else:
        assert not any("网站或栏目名" in reason for reason in title_notes)


# Session 7, second pass (D): a devised title on a page that prints its headline where the
# header check did not look, and a headline chosen by a close call of the scores.

GLUED = """台胞志愿者走进桂溪社区 〔记者林晓明综合报道〕福州市岳峰镇桂溪社区台胞公寓6月16日上午成立台胞志愿服务队，台胞们利用业余时间参与社区治理。
志愿服务队成立后，台胞志愿者走进桂溪社区的独居老人家中，送去亲手包的粽子。
"""

DATELINE_OPENING = """今日竹山网消息 近日，得胜镇组织党员志愿者走进金明村开展环境卫生整治，清理垃圾十余吨，疏通沟渠两公里。
党员志愿者们还走访了村里的留守老人，帮他们打扫庭院。
"""


def test_a_devised_title_over_a_headline_glued_to_the_text_is_doubted():
    reasons = doubts(GLUED, "岳峰镇：党建工作报道", devised=True)
    assert any("台胞志愿者走进桂溪社区" in reason for reason in reasons)


def test_a_devised_title_over_a_dateline_opening_the_text_is_not_doubted():
    assert doubts(DATELINE_OPENING, "得胜镇：党建工作报道", devised=True) == []


def test_a_devised_title_under_an_e_paper_headline_and_its_date_is_doubted():
    page = (
        "02\n黄河乡：牧民管护员当起“政策宣讲员” 2024年09月13日\n特约记者 才让 摄\n"
        "9月10日，玛多县黄河乡的生态管护员扎西结束了上午的巡护，来到牧民家中讲起了政策。\n"
        "黄河乡党委在管护员中推行“巡护+宣讲”，让牧民管护员当起政策宣讲员。\n"
    )
    reasons = doubts(page, "黄河乡：党建工作报道", devised=True)
    assert any("牧民管护员当起" in reason for reason in reasons)


def test_a_devised_title_under_a_section_head_or_a_subtitle_is_not_doubted():
    page = (
        "■镇里来了工作队\n——记丙安镇艾华村驻村第一书记刘明的为民情怀\n"
        "镇里来了工作队，驻村第一书记刘明带着队员挨家挨户走访，把为民情怀写在村道上。\n"
    )
    assert doubts(page, "丙安镇：党建工作报道", devised=True) == []


def test_a_devised_title_over_an_e_paper_heading_is_doubted():
    blocks = (
        ("p", "第01版 上一期 下一期 本期出版日期：2020-04-01"),
        ("h2", "驻村书记来站台 山货走进大郑州"),
        ("p", "驻村书记来站台，带着村里的榆钱儿和山货走进大郑州的超市，村民们尝到了甜头。"),
    )
    finished = Finished(title="陵头镇：党建工作报道", title_devised=True, blocks=blocks)
    assert any("驻村书记来站台" in reason for reason in title_doubts(finished))


def test_a_devised_title_over_a_caption_heading_after_the_lede_is_not_doubted():
    blocks = (
        ("p", "入夏，和静县的牧民开始赶着牛羊转往夏牧场。工作队跟着转场队伍走。"),
        ("h2", "工作队队员帮助牧民驮运转场物资"),
        ("p", "工作队分成两组，一组跟着转场队伍走，一组在牧道中段设点值守。"),
    )
    finished = Finished(title="额勒再特乡：党建工作报道", title_devised=True, blocks=blocks)
    assert title_doubts(finished) == []


def test_a_headline_chosen_by_a_close_call_is_doubted():
    candidates = (("美丽的廻龙镇", 1.1), ("传承红色基因 打造美丽乡村", 0.98))
    finished = Finished(
        title="美丽的廻龙镇", title_candidates=candidates, blocks=(("p", "廻龙镇。"),)
    )
    assert any("传承红色基因" in reason for reason in title_doubts(finished))


def test_a_headline_chosen_clearly_is_not_doubted():
    candidates = (("传承红色基因 打造美丽乡村", 1.1), ("美丽的廻龙镇", 0.7))
    finished = Finished(title="传承红色基因 打造美丽乡村", title_candidates=candidates)
    assert title_doubts(finished) == []


HIJACKED = """加拿大28正规官网网址
2023-10-12 09:30 来源：中新网
中新网西宁10月12日电 城东区林家崖街道的“石榴籽家园”里，各族居民一起包饺子、写春联，社区党委把服务站开到了楼栋口。
"""


def test_a_gambling_sites_line_taken_as_the_title_is_doubted():
    assert any("广告词" in reason for reason in doubts(HIJACKED, "加拿大28正规官网网址"))


def test_a_village_called_liuhe_in_the_title_is_no_lure():
    page = HIJACKED.replace("加拿大28正规官网网址", "六合村：党员楼栋长守护石榴籽家园")
    assert not any(
        "广告词" in reason for reason in doubts(page, "六合村：党员楼栋长守护石榴籽家园")
    )


# Session 27: a mirror's damage, and a paginated article's page number, in the headline.

GARBLED = """黑龙江尚志市一村庄失联三天，当？shù)赜芯用𫘞⑴c救援，水已开始消退
2023-08-06 10:20 来源：中新网
中新网哈尔滨8月6日电 尚志市老街基乡龙王庙村失联三天后恢复通讯，乡党委组织党员干部连夜转移群众。
"""


def test_a_headline_a_mirror_garbled_is_doubted_and_a_question_is_not():
    title = GARBLED.splitlines()[0]
    assert any("乱码" in reason for reason in doubts(GARBLED, title))
    question = "龙王庙村失联三天后如何恢复通讯？——老街基乡党委连夜转移群众"
    page = GARBLED.replace(title, question)
    assert not any("乱码" in reason for reason in doubts(page, question))


def test_a_page_number_after_the_headline_is_doubted_and_a_part_number_is_not():
    title = "山西临汾饭店坍塌事故遇难者29人名单公布 过寿老人称：本不想办(3)"
    page = GARBLED.replace(GARBLED.splitlines()[0], title)
    assert any("页码" in reason for reason in doubts(page, title))
    part = "老街基乡党委连夜转移群众（一）"
    assert not any(
        "页码" in reason for reason in doubts(GARBLED.replace(GARBLED.splitlines()[0], part), part)
    )


def test_a_headline_about_a_press_corps_is_not_doubted_as_a_byline():
    title = "两岸三地记者团走进平顶山宝丰魔术村"
    page = GARBLED.replace(GARBLED.splitlines()[0], title)
    assert not any("署名" in reason for reason in doubts(page, title))
    byline = "本报记者 张明远 通讯员 李红梅"
    assert any(
        "署名" in reason
        for reason in doubts(GARBLED.replace(GARBLED.splitlines()[0], byline), byline)
    )
