"""A dateline byline a damaged copy cut inside its last name, and a report that opens with
a short scene of three clauses set apart over the text (issue 9, session 16, from round 33
development pages). Our own text in the shape of the real templates; each near relative
the rule must leave alone is tested beside it.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

HEADLINE = "新明乡：茶香四溢 抢“鲜”开采"
REST = (
    "在黄山区新明乡猴坑村，漫山茶树郁郁葱葱，一垄垄茶叶青翠欲滴，采茶工穿行其间。\n"
    "走进茶农家，刚刚采摘的鲜叶摊放在地，茶农们顾不上休息，忙着杀青、整形、烘焙。\n"
)


def test_a_dateline_bracket_cut_inside_its_last_name_keeps_the_whole_names():
    report = ingest_text(
        f"{HEADLINE}\n人民网黄山4月13日电(汪瑞华、张。4月12日，太平猴魁正式开采。\n{REST}"
    )
    assert report.authors == ["汪瑞华"]
    near = ingest_text(
        f"{HEADLINE}\n人民网黄山4月13日电(汪瑞华、张俊)4月12日，太平猴魁正式开采。\n{REST}"
    )
    assert near.authors == ["汪瑞华", "张俊"]
    words = ingest_text(
        f"{HEADLINE}\n本报讯（春茶开采、茶农忙碌。4月12日，太平猴魁正式开采。\n{REST}"
    )
    assert words.authors == []


def test_a_scene_of_three_short_clauses_over_the_text_opens_the_body():
    scene = "雨急，夜黑，路窄。"
    lede = "“咣”的一声，车撞到树上，8月23日19时30分许，九龙镇纪委副书记一路颠簸赶到盘坡村。"
    report = ingest_text(f"{scene}\n{lede}\n{REST}")
    assert report.body.startswith(scene)
    near = ingest_text(f"欢迎您，访问。\n{lede}\n{REST}")
    assert not near.body.startswith("欢迎您")


def test_a_labelled_author_is_not_joined_by_a_cut_off_place_name_read_as_two_names():
    text = "老年人每天可挣到百八十元，青壮年劳力则更多些。不出村就可以拿到理想的“打工钱”，谁还愿意背井离乡？马各庄东"
    report = ingest_text(
        f"{HEADLINE}\n时间:2019-10-08 10:48 来源:评论网 作者:许贵元 杨侠 梁艳\n{REST}{text}\n"
    )
    assert report.authors == ["许贵元", "杨侠", "梁艳"]
    unlabelled = ingest_text(
        f"{HEADLINE}\n2019-10-08 10:48\n{REST}“今年的茶价比去年高。”茶农张梅梅说。马路遥刘西光\n"
    )
    assert unlabelled.authors == ["马路遥", "刘西光"]


def test_a_papers_site_in_a_dateline_is_named_whole():
    report = ingest_text(
        f"{HEADLINE}\n中国日报网7月10日电(记者 潘一侨) 4月12日，太平猴魁正式开采。\n{REST}"
    )
    assert report.source == "中国日报网" and report.authors == ["潘一侨"]
    wire = ingest_text(
        f"{HEADLINE}\n中新网黄山7月10日电(记者 潘一侨) 4月12日，太平猴魁正式开采。\n{REST}"
    )
    assert wire.source == "中新网"


def test_a_dateline_line_broken_after_the_ledes_first_words_still_credits_its_writer():
    page = f"{HEADLINE}\n2023/9/14 07:32:00\n本报讯(记者郑晓光)今年\n\n来，{REST}"
    assert ingest_text(page).authors == ["郑晓光"]
    said = f"{HEADLINE}\n2023/9/14 07:32:00\n本报讯(镇党委书记说)今年全镇茶叶丰收。\n\n{REST}"
    assert ingest_text(said).authors == []


def test_a_closing_credit_cut_inside_its_last_name_keeps_the_whole_names():
    closing = "下一步，新明乡将把茶旅融合做深做实，让茶农在家门口增收。"
    assert ingest_text(f"{HEADLINE}\n2023-04-13\n{REST}{closing}(李雪梅 程").authors == ["李雪梅"]
    assert ingest_text(f"{HEADLINE}\n2023-04-13\n{REST}{closing}(下转第二版").authors == []


def test_a_report_opening_with_talk_quoted_line_by_line_keeps_it_as_its_first_words():
    """A WeChat feature opens with a market's talk, a quoted question or exclamation a line
    (round 38): the lines are the report's first words, none of them its headline; a
    quoted headline over the text (“福如东”的幸福经) stays the headline."""
    talk = "记者 卉平\n\n“你这菜是哪的啦？”\n\n“福如东的哇！”\n\n“羊粪种的哇？”\n\n"
    text = (
        "在武川县可可以力更镇的早市上，“福如东”和“羊粪菜”是几个高频词，这些蔬菜均产自镇里"
        "福如东、白泥湾等村。\n\n福如东村党支部书记介绍，村里以种植业为主，党员带头种植有机蔬菜。\n"
    )
    report = ingest_text(talk + text)
    assert report.title_devised
    assert report.body.startswith("“你这菜是哪的啦？”")
    assert report.authors == ["卉平"]
    report = ingest_text("“福如东”的幸福经\n\n" + text)
    assert report.title == "“福如东”的幸福经" and report.body.startswith("在武川县")


def test_an_interviews_questions_are_its_text_and_the_person_asked_is_no_author():
    """An interview printed question and answer (round 42): 记者：江书记，您好。… asks the
    village's secretary, it credits nobody, and the first question stays in the text with
    the sentence that opens it; a reporter credited by name is still read."""
    page = (
        "三皇庙村书记江金南谈乡村振兴：做历史文化的传承者\n"
        "近日，走进郑陆第十三站，我们来到了三皇庙村。\n"
        "记者：江书记，您好。您什么时候到村里工作的？\n"
        "江金南：到村里工作是2009年。不过我是土生土长的三皇庙村人，对村里的情况很熟悉。\n"
        "记者：村里的基本情况怎样？\n"
        "江金南：2001年经历过五村二次合并，现在村面积是7.13平方公里，常住人口5676人。\n"
    )
    report = ingest_text(page)
    assert report.authors == []
    assert report.body.startswith(
        "近日，走进郑陆第十三站，我们来到了三皇庙村。\n\n记者：江书记，您好。"
    )
    credited = ingest_text(page.replace("近日，", "记者：周晓梅\n近日，", 1))
    assert credited.authors == ["周晓梅"]
