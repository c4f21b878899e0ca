"""Header lines that look like a headline and are not one, or that wrap one (headline_kinds.py).

Kinds met on real pages of several sites (tests/corpus/PATTERNS.md, "Session 7 rules (T:
headlines)"): a lede set apart above the text, a column label joined to the headline with a
spaced bar, a gambling brand glued before it with an underscore, a caption in round brackets
or a ``——记…`` subtitle where no headline is printed. The pages are written by us in the
shapes those sites print (real towns, our own sentences, invented names), each with the near
relative the rule must leave alone.
"""

from __future__ import annotations

from township_reports.evaluate import plain_body
from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "headline-kinds-test.txt")


# --- a lede set apart above the text ----------------------------------------------------------

LEDE_PAGE = """石门村的“红马甲”为何天天上门？

不久前,石门镇政府旁的住户有些纳闷:每天清早都有几个穿红马甲的人挨家挨户敲门

很快,有人认出了领头的刘建松,他是石门镇党政办的一名干部,常年走村入户,对全镇的家底了然于胸。他身边那些“生面孔”,是镇里新组建的党员志愿服务队。

服务队成立以来,队员们分片包户,帮独居老人买药、修水管、代办社保,把群众的小事当成自己的大事。
"""


def test_a_lede_set_apart_above_the_text_is_neither_the_title_nor_furniture():
    report = _ingest(LEDE_PAGE)
    assert report.title == "石门村的“红马甲”为何天天上门？"
    assert plain_body(report.body).startswith("不久前，石门镇政府旁的住户有些纳闷")


def test_a_headline_naming_a_time_without_the_lede_comma_stays_the_title():
    page = LEDE_PAGE.replace(
        "石门村的“红马甲”为何天天上门？", "今年以来石门镇党员志愿者上门服务300余次"
    )
    page = page.replace(
        "不久前,石门镇政府旁的住户有些纳闷:每天清早都有几个穿红马甲的人挨家挨户敲门\n", ""
    )
    assert _ingest(page).title == "今年以来石门镇党员志愿者上门服务300余次"


# --- a column label joined with a spaced bar ------------------------------------------------

COLUMN_PAGE = """全部

{line}

来源:乳山发布

作者:

2024-11-06 09:12:40

入冬前,乳山市育黎镇龙角山村的羊肚菌大棚里又忙了起来。村党支部书记带着几名村干部逐棚查看温湿度,给种植户讲解越冬管护要点。

龙角山村与周边四个村组成党建联盟以来,五个村统一采购菌种、统一技术指导、统一对接销路,去年联盟村集体收入都超过了二十万元。
"""


def test_a_column_label_before_a_spaced_bar_is_cut_from_a_headline_with_its_place_lead():
    page = COLUMN_PAGE.format(line="共富党建联盟 | 乳山市育黎镇:党建联盟带出羊肚菌“金产业”")
    assert _ingest(page).title == "乳山市育黎镇：党建联盟带出羊肚菌“金产业”"


def test_a_series_tag_typed_into_the_headline_stays():
    tight = COLUMN_PAGE.format(line="党建调研行丨乳山育黎镇:五个村抱团种出羊肚菌")
    assert _ingest(tight).title == "党建调研行丨乳山育黎镇：五个村抱团种出羊肚菌"
    no_lead = COLUMN_PAGE.format(line="共富党建联盟 | 五个村抱团种出羊肚菌“金产业”")
    assert _ingest(no_lead).title == "共富党建联盟 | 五个村抱团种出羊肚菌“金产业”"


# --- a gambling brand glued before the headline ---------------------------------------------

BRAND_PAGE = """http://broadvi.com

{line}

  陶家屯镇蓝旗堡子村地处新民市东北部,全村六百余户。走进村党群服务中心,一间不大的屋子里摆满了洗衣粉、毛巾和食用油,这就是村里的“积分超市”。

  “打扫庭院、参加志愿服务都能攒积分,积分能换东西,大伙儿积极性可高了。”村党支部书记王振东说。
"""


def test_a_gambling_brand_before_an_underscore_is_cut_and_the_place_tag_stays():
    page = BRAND_PAGE.format(line="鑫盛平台登入_【陶家屯镇蓝旗堡子村】“积分超市”换来新风尚")
    assert _ingest(page).title == "【陶家屯镇蓝旗堡子村】“积分超市”换来新风尚"


def test_an_underscore_left_by_a_removed_brand_is_not_in_the_title():
    page = BRAND_PAGE.format(line="好运来娱乐平台_【陶家屯镇蓝旗堡子村】“积分超市”换来新风尚")
    assert _ingest(page).title == "【陶家屯镇蓝旗堡子村】“积分超市”换来新风尚"


# --- a line standing where no headline is printed -------------------------------------------


def test_a_caption_in_round_brackets_is_not_the_headline():
    page = """(村口新修的文化广场)
娄底新闻网双峰讯(通讯员 罗建华)“广场修好了,晚上跳舞再也不用挤在马路边了!”双峰县锁石镇大街村村民笑着说。今年,镇党委把大街村列为示范村,党员干部带头出工出力,村口的荒地变成了文化广场。
广场建成后,村党支部每月在这里开一次院坝会,听取群众意见,还组织党员志愿者轮流打扫卫生、维护设施。
"""
    report = _ingest(page)
    assert report.title_devised


def test_a_dashed_subtitle_alone_is_not_the_headline_but_one_under_its_main_line_is_joined():
    text = """“周书记,我家的蜂蜜还剩五斤,你再帮我问问有没有人要?”
“放心,城里的单位食堂已经订了二十斤,明天我就来收。”驻村第一书记周文杰一边记一边答应。这是赤水市丙安镇艾华村村民最熟悉的一幕,三年来,他帮村民卖出的蜂蜜已有两千多斤。
"""
    alone = _ingest("——记赤水市丙安镇艾华村驻村第一书记周文杰的帮扶故事\n" + text)
    assert alone.title_devised
    joined = _ingest("甜蜜的事业\n——记赤水市丙安镇艾华村驻村第一书记周文杰的帮扶故事\n" + text)
    assert joined.title == "甜蜜的事业——记赤水市丙安镇艾华村驻村第一书记周文杰的帮扶故事"


# --- the headline named by the breadcrumb and printed again -----------------------------------

CRUMB_PAGE = """新闻 news
您现在的位置:首页 > 新闻 > {tail}

新闻

荣获“全国信用示范单位”称号!滨海新区信用平台建设获国家级认可 荣获“全国信用示范单位”称号!滨海新区信用平台...

  • 天津市河湖管护群众满意度连续三年提升

    2024年,天津市水务局坚持以人民为中心的发展思想,把群众对河湖水环境的满意度作为检验工作的标准,满意度调查结果再创新高。

  • 滨海新区信用平台网站入围全国观摩会

    新年伊始,全国信用信息共享平台观摩会公布入围名单,滨海新区信用平台网站连续两年入围,受到与会代表好评。

杨家泊镇党员志愿者守护虾塘丰收季

发布时间:2024/08/21 新闻 浏览:86

入秋时节,滨海新区杨家泊镇的虾塘迎来收获。镇党委组织党员志愿者分组值守,帮助养殖户起捕、分拣、装车,确保鲜虾当天运出。

“往年最怕人手不够,今年党员们天不亮就来了。”养殖户赵德福说。
"""


def test_a_breadcrumb_ending_in_the_headline_printed_again_gives_the_title():
    report = _ingest(CRUMB_PAGE.format(tail="杨家泊镇党员志愿者守护虾塘丰收季"))
    assert report.title == "杨家泊镇党员志愿者守护虾塘丰收季"
    assert not report.title_devised
    # noted for curators; measured nearly always right, it is a warning, not a review item
    # (doubt_calibration.py)
    assert any("面包屑" in w for w in report.provenance["warnings"])


def test_a_breadcrumb_ending_in_its_column_gives_no_title():
    assert _ingest(CRUMB_PAGE.format(tail="乡镇动态")).title_devised


def test_speech_quoted_over_the_text_is_its_opening_not_its_headline():
    page = """“王书记,今天的竹笋收了多少斤?”
“三百多斤,下午就拉到镇上的加工厂去!”
这是近日赤水市丙安镇艾华村村部门口的一段对话。说话的是驻村第一书记王立平,他刚和村民一起从竹林里背下最后一筐鲜笋。
艾华村山高林密,家家户户都有竹林,过去鲜笋卖不上价。王立平到村后联系镇里的加工企业,和村“两委”一起办起了收购点。
"""
    report = _ingest(page)
    assert report.title_devised
    assert plain_body(report.body).startswith("“王书记，今天的竹笋收了多少斤？”")


def test_a_quoted_name_over_the_text_stays_the_headline():
    page = """“乡亲的事就是党员的事”
这是赤水市丙安镇艾华村党支部书记王立平常说的一句话。到村三年,他带着党员联系加工企业,办起竹笋收购点,村民的鲜笋不再愁卖。
艾华村山高林密,家家户户都有竹林,过去鲜笋卖不上价。如今收购点每天上门收购,价格比过去高了不少。
"""
    assert _ingest(page).title == "“乡亲的事就是党员的事”"


# --- an outlet's name in brackets before the headline: a repost's mark -------------------------

REPOST_PAGE = """网站首页 > 媒体看我县 > 正文

{tag}仁和集镇：东风村湿地引来万只候鸟

时间: 2024-12-14 来源: 安徽日报 编辑:李海英

近日,在天长市仁和集镇东风村沙湖滩,一群群白鹭、大雁在湖面盘旋,在芦苇荡里觅食。镇党委组织党员志愿者轮班巡护湿地,劝阻下滩捕鸟的游人。

“这些年湖滩里不让打鸟,鸟一年比一年多。”护鸟队队长刘德胜说。
"""


def test_an_outlets_name_in_brackets_before_the_headline_is_no_part_of_it():
    report = _ingest(REPOST_PAGE.format(tag="【安徽日报】"))
    assert report.title == "仁和集镇：东风村湿地引来万只候鸟"
    assert report.source == "安徽日报"


def test_a_series_or_column_tag_in_brackets_stays_with_the_headline():
    for tag in ("【党建引领】", "【奋斗百年路】"):
        assert (
            _ingest(REPOST_PAGE.format(tag=tag)).title == tag + "仁和集镇：东风村湿地引来万只候鸟"
        )


# --- a genre's label before the headline; a contents box under it ------------------------------

GENRE_PAGE = """{label}缅怀先烈 书写乡愁 松滋市作家协会组织金鸡山村采风活动
编辑日期:2017-05-18 【来源:本站原创】

5月11日,松滋市作家协会组织一批作家、诗人到纸厂河镇金鸡山村开展“缅怀先烈、书写乡愁”采风活动。

采风团在村党总支书记的陪同下瞻仰了革命烈士陵园,参观了村里的蔬菜大棚和光伏电站。
"""


def test_a_news_genres_label_before_the_headline_is_no_part_of_it():
    for label in ("消息:", "通讯：", "消息｜", "特稿:"):
        report = _ingest(GENRE_PAGE.format(label=label))
        assert report.title == "缅怀先烈 书写乡愁 松滋市作家协会组织金鸡山村采风活动"
    # a headline's own words before a colon stay
    assert _ingest(GENRE_PAGE.format(label="好消息：")).title.startswith("好消息：")


def test_a_contents_box_title_under_a_metaphor_headline_does_not_hide_it():
    """A blog template prints its contents box (文章目录) between the headline and the text;
    a headline that shares no words with the text (a metaphor) then stood above no text."""
    page = """农村需要这样的领路人
文章目录
省党代会代表、仙游县大济镇蒲山村党支部书记黄加成,依托村里制作仿古家具的传统,带动村民发展古典家具产业。
来到蒲山村,随处可见家具厂的招牌。就在几年前,这里还是出了名的贫困村,村财欠债七十多万元。
"""
    report = _ingest(page)
    assert report.title == "农村需要这样的领路人"
    assert "文章目录" not in plain_body(report.body)


def test_the_columns_name_over_the_breadcrumb_is_not_the_headline_under_it():
    """A CMS sets the column's name as the page's heading over its breadcrumb, which ends
    with it (round 47): the headline stands under the breadcrumb, right over the meta line."""
    page = """聚焦党代会
当前位置:首页 > 专题报道 > 聚焦党代会
与“白茶仙子”品茶
发布时间:2012-02-27 11:28 信息来源:湖州日报

一身红装，一脸笑容，在市党代会安吉代表团的驻地，溪龙乡女子茶叶合作社社长宋美芳成了记者追逐的焦点人物。

“作为首次参加党代会的代表，我要好好学习，认真领会报告精神。”她说，会后要把精神带回合作社。
"""
    assert _ingest(page).title == "与“白茶仙子”品茶"
    split = page.replace("首页 > 专题报道", "首页\n > 专题报道")  # a breadcrumb over two lines
    assert _ingest(split).title == "与“白茶仙子”品茶"
    # the headline itself over a breadcrumb ending in it, the text right under: it stays
    alone = page.replace("聚焦党代会", "白茶仙子进京").replace("与“白茶仙子”品茶\n", "")
    assert _ingest(alone).title == "白茶仙子进京"


def test_a_main_line_closed_by_a_full_stop_keeps_its_subtitle_and_is_the_headline():
    """杨林村，新事多，穷窝窝变金窝窝。 over ——平江县龙门镇杨林村脱贫攻坚纪事 (round 42): a main
    line may end with its full stop; a full sentence inside a line is still no headline."""
    page = """{head}
——平江县龙门镇杨林村驻村帮扶纪事
作者:徐亚平    文章来源:湖南日报    更新时间:2020/9/14

2020年仲秋时节,一个好消息在平江县龙门镇杨林村传开了:村里两个孩子考上了县一中。

杨林村四面都是山,全村288户、1282人。驻村工作队进村后,带着村民种油茶、办合作社。
"""
    report = _ingest(page.format(head="杨林村，新事多，穷窝窝变金窝窝。"))
    assert report.title == "杨林村，新事多，穷窝窝变金窝窝。——平江县龙门镇杨林村驻村帮扶纪事"
    caption = _ingest(page.format(head="村民在油茶林里采摘。工作队员在一旁帮忙。"))
    assert not caption.title.startswith("村民在油茶林里采摘")


def test_a_one_sentence_opening_parted_by_a_dash_is_the_texts_first_paragraph():
    """全民卖荔枝——这是当下…的日常写照。 set apart over the text (round 48): a dash parts its
    clauses as a comma would; it is the report's opening, not furniture."""
    page = """高州市根子镇 接“二”连“三” 释放乘法效应
时间:2021-05-27 来源:南方日报

全民卖荔枝——这是当下高州市根子镇百姓的日常写照。

走进根子镇，漫山遍野都是红荔林，随处可见剪枝包装的荔农和忙着直播的年轻人。

根子镇在2020年赚足了眼球，其下辖的元坝村在全省乡村振兴擂台赛上获得第一名。
"""
    assert plain_body(_ingest(page).body).startswith("全民卖荔枝——这是当下高州市根子镇")


def test_an_aggregators_column_after_the_headline_goes_and_a_headlines_own_word_stays():
    """…铺就乡村振兴“幸福路” 环球今亮点 (round 34): a column set after the headline by a space;
    a headline ending on the word itself (…打造乡村振兴新亮点) keeps it."""
    page = """{head}
2024-05-06 来源:营口日报

近年来，芦屯镇小望海村党支部带领村民发展草莓种植，建起二十多座大棚，村集体年增收十余万元。

村党支部书记说，今年村里还要建一个草莓采摘园，带动更多村民增收。
"""
    assert _ingest(
        page.format(head="芦屯镇小望海村特色产业铺就乡村振兴“幸福路” 环球今亮点")
    ).title == ("芦屯镇小望海村特色产业铺就乡村振兴“幸福路”")
    assert _ingest(page.format(head="芦屯镇小望海村草莓产业打造乡村振兴新亮点")).title == (
        "芦屯镇小望海村草莓产业打造乡村振兴新亮点"
    )


def test_a_photographs_caption_over_the_text_is_no_headline():
    """A page may open with its lead photograph's caption and print no headline (round 37, pending
    xp-006): a caption's shape (a view described, a group photograph's list, a scene's tail), which
    no labelled headline has, keeps the line from the title; a headline's own shape stays."""
    page = """{first}

近年来，龙利村党支部带领村民整治人居环境，拆除危旧房屋四十余间，硬化村道五公里，村容村貌焕然一新。

村党支部书记说，下一步村里还要发展民宿和农家乐，让绿水青山变成金山银山。
"""
    assert _ingest(page.format(first="漂亮整洁的龙利村")).title_devised
    assert (
        _ingest(page.format(first="龙利村：党建引领绘就山乡新图景")).title
        == "龙利村：党建引领绘就山乡新图景"
    )


def test_a_subtitle_whose_dash_was_lost_is_no_headline_alone():
    """记苍梧县六堡镇山坪村党支部书记祝雪兰 over the text (round 42): a ——记… subtitle with its
    dash lost, no main line over it; 记住乡愁… opens a headline's own words and stays."""
    page = """{first}

山坪村位于六堡镇西北部，是瑶族聚居的山村。村党支部书记祝雪兰从小在茶香里长大，带着村民种茶制茶。

如今，村里的茶园扩大到三千多亩，村集体经济收入逐年增长。
"""
    assert _ingest(page.format(first="记六堡镇山坪村党支部书记祝雪兰")).title_devised
    assert _ingest(page.format(first="记住乡愁 六堡镇山坪村守护千年茶香")).title == (
        "记住乡愁 六堡镇山坪村守护千年茶香"
    )
