"""Headlines on unseen pages, round 100's development pages (issue 9, session 48): a forum's
tip-off board before a thread's title, and a government portal's leave-the-site dialogue
whose buttons stood where a headline would."""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

THREAD = """查看: 402|回复: 4

[百姓爆料] {headline}

[复制链接]
发表于 2016-12-23 18:09 | 显示全部楼层 |阅读模式
老虎台乡位于拜城县北部山区，平均海拔近2000米，乡里的民兵骑兵连组建已有50多年。

骑兵连的民兵大多是牧民，马匹由自家提供，常年在山口和牧道巡逻，乡党委每年为他们组织集中训练。
"""


def test_a_forum_tip_off_board_before_a_threads_title_is_not_the_title():
    """A Discuz thread's type ([百姓爆料], like [本地资讯]) files the thread under a board."""
    report = ingest_text(THREAD.format(headline="南疆民兵骑兵连 马匹自带"))
    assert report.title == "南疆民兵骑兵连 马匹自带"


def test_a_headline_about_a_tip_off_keeps_its_words():
    report = ingest_text(
        THREAD.replace("[百姓爆料] ", "").format(headline="村民爆料后乡党委连夜排查山口牧道")
    )
    assert report.title == "村民爆料后乡党委连夜排查山口牧道"


LEAVING = """您访问的链接即将离开“四九镇人民政府”门户网站 是否继续?
{buttons}
发布机构: | 四九镇人民政府 | 生成日期: | 2024-04-11 19:29:45 |
为全面做好森林防火工作，连日来，四九镇武装部组织民兵应急队伍开展森林防火巡查志愿服务。

自3月25日起，四九镇各村民兵化身防火巡查员，在重点林区路口设卡劝导，镇党委班子成员分片督导。
"""


def test_the_leave_the_site_dialogues_buttons_are_never_the_title():
    report = ingest_text(LEAVING.format(buttons="继续访问放弃"))
    assert report.title_devised
    assert "继续访问" not in report.body


def test_a_sentence_opening_on_the_same_words_stays_in_the_text():
    line = "继续访问放弃治疗的困难群众，是四九镇党委今年定下的一项要求。"
    report = ingest_text(LEAVING.format(buttons="") + "\n" + line + "\n")
    assert line in report.body


KEYWORD_COPY = """欢迎光临~官方网站!
语言选择:繁體中文
您的位置:主页 > {column} >

{column}

建功祖国蓝色海疆(组图)

发布时间:2021-08-07 01:08

{column}建功祖国蓝色海疆(组图)

椰风海韵，渔家风情。潭门镇宽敞平坦的柏油路旁，有舵、救生圈和船浆的居民楼，成排的大渔船停靠在码头，镇里的民兵连常年出海巡逻。

潭门镇党委组织民兵骨干开展海上训练，渔民党员带头出海护渔。
"""


def test_a_column_name_glued_before_the_second_print_is_not_the_headlines():
    report = ingest_text(KEYWORD_COPY.format(column="船浆"))
    assert report.title == "建功祖国蓝色海疆"


def test_a_towns_name_before_the_second_print_stays_the_headlines_lead():
    report = ingest_text(KEYWORD_COPY.format(column="潭门镇"))
    assert report.title == "潭门镇建功祖国蓝色海疆"


PODIUM = """{first}
文化网讯(陈默 文/图)10月22日上午，成都双流区九江街道万家社区16名90岁以上老人享受到了一场特别的节日问候，社区党委和社区两委共同上台为高龄老人佩戴胸花、送上节日慰问。

万家社区是典型城市化进程中的涉农社区，近年来社区两委坚持党建引领，每年重阳节为辖区高龄老人举办敬老活动。
"""


def test_a_podium_pictures_caption_over_the_dateline_is_never_the_headline():
    """A person by office and name, then 致辞 closing the line: a caption; none of the
    labelled headlines ends on a speech act."""
    report = ingest_text(PODIUM.format(first="万家社区党委第一书记万锦惠致辞"))
    assert report.title_devised


def test_a_headline_naming_an_official_and_what_she_did_stays():
    headline = "万家社区党委第一书记万锦惠为高龄老人送上重阳祝福"
    report = ingest_text(PODIUM.format(first=headline))
    assert report.title == headline


def test_a_mark_the_encoder_lost_before_the_headline_goes():
    page = (
        "?党建深度嵌入，破解拆迁难题\n时间:2021-12-15\n来源:桐城市融媒体中心\n"
        "近年来，龙眠街道坚持党建引领，在重点工程征迁中组建临时党支部，党员干部包户攻坚。\n"
    )
    assert ingest_text(page).title == "党建深度嵌入，破解拆迁难题"


def test_a_question_mark_inside_a_headline_stays():
    page = "拆迁难题怎么破?龙眠街道党员包户攻坚\n时间:2021-12-15\n近年来，龙眠街道坚持党建引领，党员干部包户攻坚。\n"
    assert ingest_text(page).title == "拆迁难题怎么破？龙眠街道党员包户攻坚"


def test_a_blog_engines_default_tagline_is_never_the_headline():
    head = "扬“骆驼精神”,创“湖滨效率”——湖滨征拆纪实之二“407亩开拓”篇-岳阳市南湖新区"
    body = (
        "储备土地项目地处马家队，是市、区挂牌督战的重点项目。自项目实施以来，街道工委班子坚决做到"
        "率先垂范，抽调街道和社区精兵强将26名，成立7个拆迁工作小组，各小组相互协调、密切配合。"
    )
    page = f"李思晓又一个WordPress站点\n\n浏览: 183\n\n{head} {body[:14]}\n\n\n{head}\n\n{body}\n"
    assert ingest_text(page).title == "扬“骆驼精神”，创“湖滨效率”——湖滨征拆纪实之二“407亩开拓”篇"


LANTERN_PAGE = """当前位置:首页>文章中心>花园动态>一条龙灯 一条花灯 花园村邀你共赏迎灯盛宴

一条龙灯 一条花灯 花园村邀你共赏迎灯盛宴

发布时间:2025-02-11 点击数:872

{upper}

花园村邀你共赏迎灯盛宴

26日，记者从花园村召开的筹备会上获悉，该村将在蛇年元宵节前后举行迎灯活动，村党委组织党员志愿者维护秩序。

迎灯活动由村两委统一组织，灯队沿村道巡游，邀请游客共赏。
"""


def test_a_headline_printed_whole_over_its_date_and_split_below_is_taken_whole():
    report = ingest_text(LANTERN_PAGE.format(upper="一条龙灯  一条花灯"))
    assert report.title == "一条龙灯 一条花灯 花园村邀你共赏迎灯盛宴"
