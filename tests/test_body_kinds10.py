"""Furniture, credit and title kinds met on unseen sites, tenth pass (issue 9, session 38,
survey round 85: tea, toilets, orchards and medicinal herbs).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from test_body_kinds8 import CLOSE, HEADLINE, LEDE, MIDDLE, page, paragraphs

from township_reports.ingest.pipeline import ingest_text


def test_a_caption_printed_twice_before_a_paragraph_leaves_the_paragraph():
    """A copy prints a picture's alt text and its caption, both with the credit, run into the
    paragraph under it (茶园采摘现场。 张明 摄茶园采摘现场。 张明 摄  现场，…: round 85);
    both go and the paragraph stays whole. A paragraph that starts with a one-sentence
    caption printed once went before; it still does."""
    said = "现场，茶农们背着竹篓穿行在茶垄间，指尖翻飞采摘嫩芽，一派繁忙景象。"
    twice = "茶园采摘现场。 张明 摄茶园采摘现场。 张明 摄  " + said
    once = "茶园采摘现场。 张明 摄  " + said
    for glued in (twice, once):
        report = ingest_text(page([HEADLINE], [glued], []))
        assert paragraphs(report) == [LEDE, said, MIDDLE, CLOSE], glued


def test_a_sites_disclaimer_under_a_bare_label_leaves_the_text():
    """郑重声明： alone on a line, then the site disowning what it copied (以上内容均源自于网络，
    …如若侵犯到您的权益，请联系…: round 85), is the site speaking; a report's sentence about
    infringement it fought stays."""
    footer = [
        "郑重声明：",
        "以上内容均源自于网络，内容仅用于个人学习、研究或者公益分享，非商业用途，如若侵犯到您的权益，请联系删除。",
    ]
    report = ingest_text(page([HEADLINE], [], footer))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    kept = "镇市场监管所开展打击侵犯知识产权行为专项行动，检查茶叶经营户46家。"
    report = ingest_text(page([HEADLINE], [kept], []))
    assert kept in paragraphs(report)


def test_where_to_get_the_app_is_its_pitch():
    """更多精彩资讯请在应用市场下载“某某新闻”客户端 under the story (round 85) invites the
    reader to an app; a report on villagers downloading an app to sell tea stays."""
    pitch = "更多精彩资讯请在应用市场下载“龙山新闻”客户端，未经授权请勿转载，欢迎提供新闻线索。"
    report = ingest_text(page([HEADLINE], [], [pitch]))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    kept = "村里的年轻人在手机应用市场下载电商平台，帮助茶农把新茶卖到全国各地。"
    report = ingest_text(page([HEADLINE], [kept], []))
    assert kept in paragraphs(report)


def test_a_writer_whose_name_ends_like_an_office_is_a_writer():
    """中新网乌鲁木齐10月19日电 (陶拴科 严丽丽 李仁连) (round 85): 陶拴科 ends in 科 as an
    office does (宣传科), but before two other names in the reporters' bracket it is the first
    writer, not the source. An office before a writer is still the writer's unit."""
    lede = "中新网乌鲁木齐10月19日电 （陶拴科 严丽丽 李仁连）10月以来，泉子街镇黄芪陆续进入采收期。"
    report = ingest_text("\n".join([HEADLINE, lede, MIDDLE, CLOSE]))
    assert report.authors == ["陶拴科", "严丽丽", "李仁连"]
    assert report.source == "中新网"
    unit = "本报讯 （宣传科 李仁连）10月以来，泉子街镇黄芪陆续进入采收期。"
    report = ingest_text("\n".join([HEADLINE, unit, MIDDLE, CLOSE]))
    assert report.authors == ["李仁连"]


def test_a_weeklys_dateline_runs_to_its_own_report_word():
    """市场报资讯周刊浙江永康讯(本报记者:甲 乙 通讯员:丙) (round 85): the 讯 of 资讯 inside the
    weekly's name ends no dateline, so the labelled reporters in the bracket are read."""
    lede = "市场报资讯周刊浙江永康讯（本报记者：金英勤 刘炳栋 通讯员：徐金星）瓜果飘香庆丰收，西溪镇举行丰收节。"
    report = ingest_text("\n".join([HEADLINE, lede, MIDDLE, CLOSE]))
    assert report.authors == ["金英勤", "刘炳栋", "徐金星"]


def test_a_wire_dateline_a_scrambled_copy_left_inside_a_paragraph_names_the_writers():
    """A spam copy shuffles a wire story's sentences, so its dateline stands inside a
    paragraph (…邻里之间的关系更近了， 中新网银川3月14日电 （甲 乙）“时间可以存起来”…: rounds
    84, 85), junk perhaps glued before it; with no dateline opening a paragraph, its bracket
    still names the writers and the portal it names is the source. A
    sentence quoting another wire (…，据新华社北京3月5日电（记者 甲）…) names nobody of this report."""
    shuffled = "邻里之间的关系更近了， 中新网银川3月14日电 （李佩珊 刘香君）“时间可以存起来，需要时再取出来。”"
    report = ingest_text("\n".join([HEADLINE, LEDE, shuffled, MIDDLE, CLOSE]))
    assert (report.authors, report.source) == (["李佩珊", "刘香君"], "中新网")
    glued = "黄色游戏中新网南平5月14日电 （记者 张丽君）时值采茶制茶季，上梅乡茶景村的共享茶厂格外繁忙。"
    shuffled_above = [
        LEDE,
        MIDDLE,
        CLOSE,
        *(f"茶景村第{n}村民小组的茶青统一送到共享茶厂加工。" for n in "一二三"),
    ]
    report = ingest_text("\n".join([HEADLINE, *shuffled_above, glued]))
    assert (report.authors, report.source) == (["张丽君"], "中新网")
    quoted = "时间银行并非新鲜事物，据新华社北京3月5日电（记者 张三），全国已有多地推行。"
    report = ingest_text("\n".join([HEADLINE, LEDE, quoted, MIDDLE, CLOSE]))
    assert report.authors == []


def test_a_closing_credit_after_the_wires_end_mark_names_the_writers():
    """…的信心。(完)(甲 乙 丙) (round 72): the credit stands after the end mark; both go and the
    names are the writers. The end mark alone still goes and names nobody."""
    for mark in ["（完）（田明 袁永国 崔根文）", "(完)(田明 袁永国 崔根文)"]:
        report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, CLOSE + mark]))
        assert report.authors == ["田明", "袁永国", "崔根文"], mark
        assert paragraphs(report)[-1] == CLOSE
    report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, CLOSE + "（完）"]))
    assert report.authors == [] and paragraphs(report)[-1] == CLOSE


def test_a_unit_run_into_its_writers_name_in_the_closing_bracket_is_read_as_both():
    """（塔庄镇颜智胜） and （医师报陈远航） closing the text (rounds 76, 80): a copy lost the space
    between the unit and its writer; they read as （孟坝镇 刘晓燕） does, the paper the source. An
    office alone (（化龙镇政府）) and a reprint's credit (（摘自中安在线安庆讯）) name no writer."""
    report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, CLOSE + "（医师报陈远航）"]))
    assert (report.authors, report.source) == (["陈远航"], "医师报")
    assert paragraphs(report)[-1] == CLOSE
    report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, CLOSE + "（塔庄镇颜智胜）"]))
    assert report.authors == ["颜智胜"]
    for credit in ["（化龙镇政府）", "（摘自中安在线安庆讯）"]:
        assert ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, CLOSE + credit])).authors == []


def test_a_sites_greeting_or_scan_pitch_over_the_story_is_no_headline():
    """欢迎来到继续教育培训网院校库！, 51吃瓜欢迎您！ and 扫描下载获取本地最新新闻 (rounds 80, 83,
    84) stand where a headline would on pages that print none: the site greets the visitor or
    offers its app, so the title is devised. A village's welcome in a sentence stays."""
    for banner in ["欢迎来到继续教育培训网院校库！", "51吃瓜欢迎您！", "扫描下载获取本地最新新闻"]:
        report = ingest_text("\n".join([banner, LEDE, MIDDLE, CLOSE]))
        assert report.title_devised and banner not in report.body, banner
    said = "游客一进村口，就看到“茶乡欢迎您！”的大幅标语，村民们热情地端上新茶。"
    assert said in paragraphs(ingest_text("\n".join([HEADLINE, LEDE, said, CLOSE])))


def test_a_picture_agencys_credit_closing_a_paragraph_goes():
    """…的后顾之忧。王树成/视觉中国 and …抢收秋茶。(汪正玺/人民图片) (rounds 81, 85): an agency's
    credit for the picture, run into the paragraph; the sentence stays, and so does a sentence
    that names the agency."""
    for credit in ["王树成/视觉中国", "(汪正玺/人民图片)", "（图/视觉中国）"]:
        report = ingest_text("\n".join([HEADLINE, LEDE + credit, MIDDLE, CLOSE]))
        assert paragraphs(report) == [LEDE, MIDDLE, CLOSE], credit
    named = "镇里与视觉中国签订协议，由其摄影师为茶园拍摄宣传图片。"
    assert named in paragraphs(ingest_text("\n".join([HEADLINE, LEDE, named, CLOSE])))


def test_a_closing_tag_that_lost_its_slash_to_byte_damage_goes():
    """…乡村振兴发展？！？strong>（记者 甲 通讯员 乙 丙 ） (round 85): a bad decode turned the tag's
    < into ? and lost its /; the remnant goes and the credit after it is read."""
    closing = CLOSE[:-1] + "？！？strong>（记者 吴敏 通讯员 潘腾 郑宏 ）"
    report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, closing]))
    assert report.authors == ["吴敏", "潘腾", "郑宏"]
    assert "strong" not in report.body
