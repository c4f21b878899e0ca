"""Furniture, credit and title kinds met on unseen sites, ninth pass (issue 9, session 33,
survey rounds 77–79, and the fixed wording of credits and platforms).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from test_body_kinds8 import CLOSE, HEADLINE, LEDE, MIDDLE, page, paragraphs

from township_reports.ingest.pipeline import ingest_text


def test_a_caption_closing_on_a_labelled_credit_leaves_the_text():
    """A photograph's caption between paragraphs may close on its credit with a label
    after the full stop (…。照片来源受访者, round 78) or carry it in brackets with a space
    for the colon; a paragraph that merely mentions a photographer stays."""
    captions = [
        "大长村组织的醒狮队丰富了村民的文化生活。照片来源受访者",
        "龙山镇党员志愿者帮助村民采摘茶叶。图片来源：龙山县融媒体中心",
        "村民在新建的茶园里除草。拍摄：张明",
        "镇村干部在茶叶基地查看长势。图/王丽",
        "老党员为游客讲述茶园的变迁（摄影 张明）",
    ]
    report = ingest_text(page([HEADLINE], captions, []))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    kept = "镇里请来摄影爱好者张明，为每户茶农拍摄了一张全家福。"
    report = ingest_text(page([HEADLINE], [kept], []))
    assert kept in paragraphs(report)


def test_a_credit_to_the_web_in_brackets_leaves_the_paragraph_it_closes():
    """（图片来源于网络） closing a paragraph is the picture's credit, not the report's words."""
    closing = CLOSE[:-1] + "（图片来源于网络）。"
    report = ingest_text(page([HEADLINE], [], []).replace(CLOSE, closing))
    assert "图片来源" not in report.body
    assert "带动600余户村民就业" in report.body


def test_a_stamp_with_its_counters_between_names_the_publisher():
    """镇江新闻网 阅读:5 2025-06-16 19:25:24 评论:0 (round 77): the counters sit between the
    site's name and the time; the name is still where the report comes from."""
    stamp = "镇江新闻网 阅读:5 2025-06-16 19:25:24 评论:0"
    report = ingest_text("\n".join([HEADLINE, stamp, LEDE, MIDDLE, CLOSE]))
    assert report.source == "镇江新闻网"
    assert str(report.date).startswith("2025-06-16")
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    labelled = "来源：龙山县融媒体中心 阅读:5 2025-06-16"
    assert ingest_text("\n".join([HEADLINE, labelled, LEDE, MIDDLE])).source == "龙山县融媒体中心"


def read_as_web_page(report) -> bool:
    return any(step["step"] == "html_page" for step in report.provenance["steps"])


def test_a_text_scrape_under_injected_empty_elements_is_read_as_text():
    """A spam copy sets empty elements with random ids over a text scrape (rounds 76–79).
    Read as a web page, round 79's copy lost its headline, its time and its writers to the
    page reader, which ran the lines into one; its provenance now says it was read as text.
    A page whose markup holds the text is still read as a web page."""
    injected = "\n".join(
        [
            '• <acronym id="rdv0y"><label id="rdv0y"></label></acronym>',
            "",
            '  • <tr id="rdv0y"><label id="rdv0y"></label></tr>',
            '    <pre id="rdv0y"><del id="rdv0y"><menu id="rdv0y"></menu></del></pre>',
            "",
            '    <td id="rdv0y"><ruby id="rdv0y"></ruby></td>',
        ]
    )
    report = ingest_text(injected + "\n" + page([HEADLINE], [], []))
    assert not read_as_web_page(report)
    assert report.title == HEADLINE and list(report.authors) == ["张明"]
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    html = f"<div><h1>{HEADLINE}</h1><p>{LEDE}</p><p>{MIDDLE}</p><p>{CLOSE}</p></div>"
    assert read_as_web_page(ingest_text(html))


def test_an_english_stamp_under_the_headline_dates_the_report():
    """A blog theme prints its stamp in English over a Chinese story (Published at Dec 22,
    2022 11:25 am, round 79; Wednesday, December 29, 2010, round 77): the report's date,
    and the headline above it is the headline."""
    for stamp, date in (
        ("Published at Dec 22, 2022 11:25 am", "2022-12-22T11:25"),
        ("Wednesday, December 29, 2010", "2010-12-29"),
        ("Posted on 5 March 2023 by admin", "2023-03-05"),
    ):
        report = ingest_text("\n".join([HEADLINE, stamp, LEDE, MIDDLE, CLOSE]))
        assert str(report.date) == date, stamp
        assert report.title == HEADLINE and not report.title_devised
        assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]


def test_an_editor_named_before_the_role_in_a_second_dateline():
    """江苏经济新闻网讯 连云港讯(田甜 编辑 通讯员 马兆轩) (round 79): the site's dateline before
    the city's, the editor named before the role with another role after it. A breadcrumb
    naming the city and the site (连云港 江苏经济新闻网 > 连云港) credits nobody."""
    lede = "龙山新闻网讯 龙山讯(李华 编辑 通讯员 张明)" + LEDE.removeprefix("近日，")
    header = [HEADLINE, "龙山 龙山新闻网 > 龙山", "2024-05-16 来源:龙山新闻网"]
    report = ingest_text("\n".join([*header, lede, MIDDLE, CLOSE]))
    assert list(report.authors) == ["张明"] and list(report.editors) == ["李华"]
    assert report.title == HEADLINE
    led = ingest_text("\n".join([HEADLINE, "（记者 张明 编辑 李华）", LEDE, MIDDLE, CLOSE]))
    assert list(led.authors) == ["张明"] and list(led.editors) == ["李华"]


def test_a_flattened_question_headline_ending_in_a_role_word_is_the_headline():
    """发生什么重大事件了?最近房山来了大批记者 (round 79): the headline ends on 记者 and its
    question mark was flattened to ASCII, so it read as a unit's credit (兰州日报记者) and the
    title was devised. A unit's name never asks a question; the unit credit stays."""
    headline = "发生什么重大事件了?最近龙山来了大批记者"
    report = ingest_text(
        "\n".join(["您的位置首页  行业动态  企业新闻", headline, LEDE, MIDDLE, CLOSE])
    )
    assert report.title == "发生什么重大事件了？最近龙山来了大批记者"
    assert not report.title_devised
    credited = ingest_text("\n".join([HEADLINE, "兰州日报记者", LEDE, MIDDLE, CLOSE]))
    assert credited.title == HEADLINE and "兰州日报记者" not in credited.body


def test_a_reprint_lead_in_naming_a_quoted_account_gives_the_source():
    """据“北京怀柔”微信公众号消息，目前，… (round 79): the account in quotation marks, its
    platform after it. Like 据新华社报道，… the lead-in is the reprint's credit: the account
    is the source and the lead-in leaves the text (the convention since round 14's ug-003)."""
    for lead_in in ("据“龙山发布”微信公众号消息，", "据“龙山发布”消息，", "据龙山日报报道，"):
        report = ingest_text("\n".join([HEADLINE, lead_in + LEDE, MIDDLE, CLOSE]))
        assert report.source == ("龙山日报" if "日报" in lead_in else "龙山发布"), lead_in
        assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    told = "据“村里的老人”说，" + LEDE
    assert ingest_text("\n".join([HEADLINE, told, MIDDLE, CLOSE])).source is None


def test_a_dateline_in_black_brackets_names_the_outlet():
    """【慧聪热泵网讯】日前，记者来到… (round 79): the site's dateline set in black brackets
    opens the lede, as (中国乡镇网讯) does in round brackets; the site is the source."""
    lede = "【龙山新闻网讯】" + LEDE
    report = ingest_text("\n".join([HEADLINE, lede, MIDDLE, CLOSE]))
    assert report.source == "龙山新闻网"
    tagged = ingest_text("\n".join([HEADLINE, "【乡村振兴】" + LEDE, MIDDLE, CLOSE]))
    assert tagged.source is None


def test_a_report_printed_as_one_line_keeps_its_text_when_spam_closes_it():
    """Round 74: a report flattened to one line with a clinic's search bait glued after its
    last sentence (…接受爱国主义教育。 名山秀水龙山镇 白癜风医院哪家好如何治疗白癜风) was cut whole
    as a spam line, leaving no text. The report stays; the bait goes. A line of bait alone
    still goes."""
    line = " ".join([LEDE, MIDDLE, CLOSE, "名山秀水龙山镇 白癜风医院哪家好如何治疗皮肤白癜风"])
    report = ingest_text("\n".join([HEADLINE, line]))
    assert "近日，龙山镇党委组织各村党支部书记" in report.body
    assert "带动600余户村民就业" in report.body and "白癜风" not in report.body
    bait = ingest_text("\n".join([HEADLINE, LEDE, "白癜风医院哪家好如何治疗皮肤白癜风", MIDDLE]))
    assert "白癜风" not in bait.body


def test_a_first_sentence_wrapped_mid_phrase_over_the_text_is_kept():
    """Round 74: the page wrapped the lede's first line mid-phrase (今年3月5日是全国第60个
    “学雷锋纪念日”，也是第 / 24个“中国青年志愿者服务日”。…); standing over the text with no
    stop, it was cut as header furniture. A line with a comma that ends on a word no line
    ends on (第, 的, 和 …) runs on into the text. A headline over the text stays the title."""
    wrapped = "今年3月5日是全国第60个“学雷锋纪念日”，也是第"
    rest = (
        "24个“中国青年志愿者服务日”。3月4日，龙山镇举行党建服务联盟成立仪式暨学雷锋志愿服务游园会。"
    )
    field = "时间:2023-03-06 21:31:05 来源:龙山新闻网"
    report = ingest_text("\n".join([HEADLINE, field, wrapped, rest, MIDDLE, CLOSE]))
    assert paragraphs(report)[0] == wrapped
    assert report.title == HEADLINE


def test_a_spliced_brand_with_a_number_or_a_betting_word_goes():
    """Round 75: spam copies splice a site's brand into sentences, word for word each time:
    a word and its number before 入口 (环球360入口), a football-betting word before 官网
    (欧洲杯买球平台官网). A report's own number and a site named once stay."""
    lede = "近日，市妇联、环球360入口市文明办联合开展评选，其中，环球360入口龙山镇99户家庭获评。"
    talk = "志愿者讲解垃圾分类知识，欧洲杯买球平台官网，教会大家认识垃圾分类标识，并对欧洲杯买球平台官网居民提问一一解答。"
    report = ingest_text("\n".join([HEADLINE, lede, talk, MIDDLE, CLOSE]))
    assert "环球360" not in report.body and "买球" not in report.body
    assert "龙山镇99户家庭获评" in report.body
    own = "全镇360户群众可登录镇政府官网查询，官网每周更新一次。"
    assert own in ingest_text("\n".join([HEADLINE, LEDE, own, CLOSE])).body


def test_three_character_names_run_together_on_a_line_are_the_writers():
    """Rounds 71 and 79: a page lost the spaces of its writers' line (阮霖浩王博禹周小雷 between
    the deck and the text; 陈思亮陈鹏翔林秋勤谢丽娟 closing it). A footer's 党政机关标识 has two
    words jieba knows across the cut, and credits nobody."""
    report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, CLOSE, "陈思亮陈鹏翔林秋勤谢丽娟"]))
    assert list(report.authors) == ["陈思亮", "陈鹏翔", "林秋勤", "谢丽娟"]
    assert "陈思亮" not in report.body
    report = ingest_text("\n".join([HEADLINE, "阮霖浩王博禹周小雷", LEDE, MIDDLE, CLOSE]))
    assert list(report.authors) == ["阮霖浩", "王博禹", "周小雷"]
    footer = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, CLOSE, "快速入口", "党政机关标识"]))
    assert list(footer.authors) == []


def test_a_disclosure_tables_row_of_cells_is_never_the_headline():
    """A county disclosure page prints its catalogue as table rows (文号 | 索引号 | … | 关键词 | ||);
    flattened over a text with no headline line, the first row had become the title (round 80).
    The cells are labels: the title is devised, and a headline printed under them is taken."""
    rows = [
        "文号 | 索引号 | 00bfx-00000-2024-00017 | 关键词 | ||",
        "主题分类 | 综合政务 | 体裁分类 | 服务对象 |",
    ]
    report = ingest_text("\n".join([*rows, LEDE, MIDDLE, CLOSE]))
    assert report.title_devised
    assert "索引号" not in report.title and "索引号" not in report.body
    report = ingest_text("\n".join([*rows, HEADLINE, LEDE, MIDDLE, CLOSE]))
    assert report.title == HEADLINE


def test_a_government_banner_with_its_english_name_is_not_the_headline():
    """A city government's banner prints its English name beside the Chinese (round 80);
    over a text with no headline line it had become the title."""
    banner = "龙山县人民政府 The People's Government of Longshan County"
    report = ingest_text(
        "\n".join([banner, "来源：龙山县龙山镇 发布时间：2024年05月16日", LEDE, MIDDLE, CLOSE])
    )
    assert report.title_devised and "Government" not in report.title
    report = ingest_text(
        "\n".join(
            [banner, HEADLINE, "来源：龙山县龙山镇 发布时间：2024年05月16日", LEDE, MIDDLE, CLOSE]
        )
    )
    assert report.title == HEADLINE


def test_a_reading_now_widget_names_the_headline_a_page_prints_nowhere_else():
    """A county portal's copy printed no headline line, only its reading-now widget under the
    text (正在阅读: …, round 80): the title is taken from it, not devised, and stays on the
    review list; a spam brand in the widget is no headline."""
    widget = "正在阅读: 龙山镇召开茶叶产业发展推进会"
    report = ingest_text("\n".join([LEDE, MIDDLE, CLOSE, "扫描二维码随身看资讯", widget]))
    assert report.title == "龙山镇召开茶叶产业发展推进会" and not report.title_devised
    assert any(item["field"] == "title" for item in report.provenance["review"])
    report = ingest_text("\n".join([LEDE, MIDDLE, CLOSE, "正在阅读:乐发lv-(中国)360百科"]))
    assert report.title_devised


def test_a_datelines_unit_loses_the_mark_of_an_original_as_a_labelled_source_does():
    """【英都乡讯原创，甲报道】: a hometown paper's dateline marks its own copy 原创 (round 80);
    the source is the paper, as 来源：某网原创 gives the paper, and the writer is read."""
    dateline = "【龙山乡讯原创，王明报道】" + LEDE
    report = ingest_text("\n".join([HEADLINE, "2024-05-16 09:30", dateline, MIDDLE, CLOSE]))
    assert report.source == "龙山乡讯"
    assert report.authors == ["王明"]


def test_a_towns_name_or_a_notice_word_in_brackets_is_the_headlines_own():
    """A county site files its towns' news under the town's name in brackets (【寨沙镇】开展…,
    round 80), and a town announces good news as 【喜报】: the headline's subject and its
    own word, which labellers keep. A city's channel (【湘西】) or a repost's outlet
    (【湖南日报】) is where the page was filed or copied from, and is cut."""
    kept = ["【龙山镇】开展“计生协会会员日”宣传服务活动", "【喜报】龙山镇茶叶基地获评省级示范基地"]
    for headline in kept:
        assert ingest_text(page([headline], [], [])).title == headline
    for tag in ("【湘西】", "【湖南日报】"):
        assert ingest_text(page([tag + HEADLINE], [], [])).title == HEADLINE


def test_a_headline_printed_again_on_the_bylines_line_is_not_the_papers_name():
    """A mirror prints the headline again with the byline glued to it (…画卷河南日报客户端记者
    曾倩, round 81); a caption may stand there too (…合影贵州日报天眼新闻记者 甲, round 73).
    The paper whose reporter wrote it is the outlet at the end, from its place's name."""
    glued = HEADLINE + "湖南日报客户端记者 王明 通讯员 李华"
    report = ingest_text("\n".join([HEADLINE, glued, LEDE, MIDDLE, CLOSE]))
    assert report.source == "湖南日报客户端"
    assert report.authors == ["王明", "李华"]
    caption = "村民在茶园里采摘新茶湖南日报新湖南客户端记者 王明 编辑 李华"
    report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, CLOSE, caption]))
    assert report.source == "湖南日报新湖南客户端"


def test_an_answer_templates_introduction_is_no_headlines_lead():
    """An aggregator prints a report under its answer template: the headline twice, then
    的有关信息介绍如下： (round 80). Ending in a colon, the line was read as the headline's
    lead; a line introducing what follows (…如下：) is never a headline or part of one."""
    headline = "龙山镇计生专干上门为留守妇女体检"
    lede = "本报讯（记者 王明）" + LEDE
    text = "\n\n".join(
        ["您的位置首页百科知识", headline, headline, "的有关信息介绍如下:", headline, lede, MIDDLE]
    )
    assert ingest_text(text).title == headline


def test_a_places_app_between_the_headline_and_its_paper_is_cut_from_the_title():
    """A prefecture's media app names itself after the headline's bar, the paper after a
    dash (…攒积分可换商品 | 德州云-德州晚报全媒体, round 82): both are the site's, not the
    headline's. A place's account (…| 龙山发布) was cut already; its app (德州云) is too."""
    headline = "东风社区这个超市很特别 居民参与公益活动攒积分可换商品"
    report = ingest_text(page([headline + " | 德州云-德州晚报全媒体"], [], []))
    assert report.title == headline


def test_a_link_to_a_papers_report_page_credits_no_one():
    """A college's story links the paper's page on it under the text (茂名晚报报道页面, round
    82): read as a dateline's credit, 页面 had become a writer and the paper the source.
    A web page's own nouns are never a person's name."""
    footer = ["龙山日报报道页面", "撰稿：王明，李华 审稿：张强"]
    report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, CLOSE, *footer]))
    assert report.authors == ["王明", "李华"]


def test_a_headline_with_its_place_lead_glued_to_the_dateline_is_split_off():
    """A mirror lost the line break after a headline that opens with its place's lead and
    its colon (安陆市李店镇：共筑免疫长城 守护健康未来本网讯 通讯员 甲 乙 4月24日，…, round 82):
    the colon had stopped the split, and the title was devised and the writers lost."""
    lede = "本网讯 通讯员 王明 李华 5月16日，" + LEDE
    report = ingest_text("\n".join([HEADLINE + lede, MIDDLE, CLOSE]))
    assert report.title == HEADLINE and not report.title_devised
    assert report.authors == ["王明", "李华"]


def test_a_reporters_role_under_a_portals_substitute_word_still_credits_the_writers():
    """Some portals replace 记者 with 采访人员 in everything they relay (红网时刻…讯 (靖州站采访人员
    甲 通讯员 乙), round 80), and county sites misprint 通讯员 as 通迅员 or 通信员 (咸宁网讯通迅员
    甲、乙报道, round 81). Each is the reporter's role; prose about 采访人员 credits no one."""
    lede = "龙山网5月16日讯 （龙山站采访人员 王明 通讯员 李华）" + LEDE
    report = ingest_text("\n".join([HEADLINE, lede, MIDDLE, CLOSE]))
    assert report.authors == ["王明", "李华"]
    lede = "龙山网讯通迅员王明、李华报道：" + LEDE
    assert ingest_text("\n".join([HEADLINE, lede, MIDDLE, CLOSE])).authors == ["王明", "李华"]
    prose = "采访人员了解到，龙山镇今年新建茶园1200亩，带动600余户村民就业。"
    assert ingest_text("\n".join([HEADLINE, LEDE, prose, CLOSE])).authors == []


def test_an_outlet_named_before_the_headlines_colon_is_cut_from_the_title():
    """An aggregator's repost opens the headline with whose story it runs and a colon
    (中国新闻网：三代邮递员坚守56年…, 纵览新闻：…, round 83): the outlet is not the headline's.
    A town, an association or a utility (国网, the State Grid's county company) before the
    colon is the headline's subject and stays."""
    for outlet in ("中国新闻网：", "湖南日报:"):
        assert ingest_text(page([outlet + "三代邮递员坚守龙山镇邮路56年"], [], [])).title == (
            "三代邮递员坚守龙山镇邮路56年"
        )
    subjects = (
        "龙山镇：三代邮递员坚守邮路56年",
        "龙山商会：邮递员坚守邮路56年",
        "湖南龙山国网：党建联村结硕果",
    )
    for subject in subjects:
        assert ingest_text(page([subject], [], [])).title == subject


def test_a_sites_mark_in_corner_brackets_is_cut_from_the_title():
    """「图文」 before a headline (round 83) is the site's mark of how the page came, as
    【图文】 is; a series in corner brackets (「网格+党建」…) stays."""
    headline = "冷库建设铸就乡村振兴“新引擎”"
    assert ingest_text(page(["「图文」" + headline], [], [])).title == headline
    series = "「网格+党建」让龙山镇小事不出村"
    assert ingest_text(page([series], [], [])).title == series


def test_the_share_instructions_numbered_on_two_lines_leave_the_text():
    """How to share the page, in two numbered steps on lines of their own (1、打开微信,点击底部的
    “发现” / 2、使用“扫一扫”将网页分享给微信好友, round 83); a paragraph telling villagers to
    scan a code stays."""
    steps = ["1、打开微信,点击底部的“发现”", "2、使用“扫一扫”将网页分享给微信好友"]
    report = ingest_text(page([HEADLINE], steps, []))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    kept = "村民打开微信，使用“扫一扫”扫描村务公开栏上的二维码，就能查看本村的收支明细。"
    assert kept in paragraphs(ingest_text(page([HEADLINE], [kept], [])))


def test_a_scripts_missing_value_on_a_line_of_its_own_leaves_the_text():
    """A page's script printed undefined where a value was missing, on a line of its own between
    paragraphs (round 83); the word inside a sentence is the report's."""
    report = ingest_text(page([HEADLINE], ["undefined"], []))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    kept = "系统提示undefined时，村民可拨打便民服务热线求助。"
    assert kept in paragraphs(ingest_text(page([HEADLINE], [kept], [])))


def test_a_betting_sites_league_word_with_online_is_cut_from_title_and_text():
    """A spam copy splices a betting site's words into the headline's quotation and the text
    (把“牛专家德甲线上买球”送到养牛户身边, round 83): 线上 between the league and 买球 is the
    same keyword; the league named in a sentence about football stays."""
    report = ingest_text(page(["把“牛专家德甲线上买球”送到养牛户身边"], [], []))
    assert report.title == "把“牛专家”送到养牛户身边"
    kept = "晚上，村里的球迷聚在文化广场一起观看德甲比赛直播。"
    assert kept in paragraphs(ingest_text(page([HEADLINE], [kept], [])))


def test_a_pictures_file_name_with_an_editors_copy_name_is_no_headline():
    """A county site printed the picture's file name where the picture stood, the headline in
    it with a copy number and an editor's copy name (0517…新生活 (3)_副本1.png, round 83). The
    inline rule cut the copy name and left the rest, read as the headline over the body."""
    headline = "龙山镇：太阳能路灯点亮乡村新生活"
    text = "\n".join(
        [headline, "2025-05-17 15:54:31 字号:", f"0517{headline} (3)_副本1.png", LEDE, MIDDLE]
    )
    report = ingest_text(text)
    assert report.title == headline
    assert "副本" not in report.body and "(3)" not in report.body


def test_a_portals_news_column_after_the_headlines_dash_is_cut():
    """An economic portal files a repost under its column and prints it after the headline's
    dash (…“农光互补”照亮致富路-动态焦点, round 83), as others print -焦点速读; a headline whose
    own words end so after a dash (——聚焦龙山镇党建工作新动态) keeps them."""
    headline = "龙山镇“农光互补”照亮致富路"
    assert ingest_text(page([headline + "-动态焦点"], [], [])).title == headline
    own = "龙山镇召开党建工作会——聚焦龙山镇党建工作新动态"
    assert ingest_text(page([own], [], [])).title == own


def test_a_dateline_wrapped_before_any_punctuation_opens_the_text():
    """A page that wraps its text at a fixed width cut the opening line before any comma
    (本网赤峰安庆3月2日专电(郑宇昕)百姓和企业来政府办事都会面临这样 / 的难题:…, round 78): the line
    was read as the headline, the writer and the lede's first words lost."""
    wrapped = [
        "龙山网湘西5月16日专电（王明）龙山镇不少群众来镇里办事都会遇到这样",
        "的难题：不知道找哪个部门，不知道准备哪些材料，住得远跑一趟不方便，",
        "镇党委在便民服务中心设立帮办代办窗口，由党员干部全程代办群众事项。",
    ]
    report = ingest_text("\n".join(wrapped))
    assert report.authors == ["王明"]
    assert report.title_devised
    assert report.body.startswith("龙山网湘西5月16日专电")


def test_a_caption_between_a_paragraph_and_the_next_sections_heading_is_cut():
    """A photograph set at a section's end has its caption between the last paragraph and
    the next section's heading (新园村生蚝养殖基地。 / 从滩涂荒芜到“蚝”门崛起, round 83), where
    "between two paragraphs" never held; a sentence of the report that closes a section,
    with a report word in it, stays, and so does the heading."""
    heading = "从茶园荒坡到“茶”香满山"
    caption = "龙山镇高标准茶园基地。"
    report = ingest_text(page([HEADLINE], [caption, heading], []))
    assert caption not in report.body
    assert heading in report.body
    closing = "目前茶园已经全部投产。"
    report = ingest_text(page([HEADLINE], [closing, heading], []))
    assert closing in report.body


def test_a_dateline_bracket_closing_on_words_and_pictures_is_the_byline():
    """(福州晚报记者 甲 文/摄) after a dateline credits the words as well as the pictures
    (round 84): it had been cut as a photograph's credit and the writer lost. A bracket
    crediting only the picture (张明 摄) is still cut from the text."""
    lede = "龙山网5月16日讯(湘西日报记者 王丽 文/摄)" + LEDE
    report = ingest_text("\n".join([HEADLINE, lede, MIDDLE, CLOSE]))
    assert report.authors == ["王丽"]
    # the dateline's bracket stays in the text, and is no picture's credit left there either
    assert not [i for i in report.provenance["review"] if i["field"] == "body"]
    photo = MIDDLE[:-1] + "（张明 摄）。"
    assert "张明" not in ingest_text(page([HEADLINE], [], []).replace(MIDDLE, photo)).body


def test_a_media_centres_originality_notice_is_cut():
    """本作品由某县融媒体中心原创,如需转载,请注明来源… (round 84) is the site speaking to
    other sites; a sentence of the report about reprinting stays."""
    notice = "本作品由龙山县融媒体中心原创,如需转载,请注明来源、原标题、著作者名,不得变更核心内容!"
    report = ingest_text(page([HEADLINE], [], [notice]))
    assert "如需转载" not in report.body
    kept = "镇文化站还将老党员的口述整理成册，供各村党支部学习使用，不少兄弟乡镇前来索取转载。"
    assert kept in ingest_text(page([HEADLINE], [kept], [])).body


def test_the_text_editors_label_names_an_editor():
    """文稿编辑:甲 beside the picture's editor (round 84): its label had been read as a name."""
    report = ingest_text(page([HEADLINE], [], ["文稿编辑:杨丽"]))
    assert "杨丽" in report.editors and "文稿" not in report.editors


def test_the_place_a_story_was_filed_from_after_several_reporters_is_no_name():
    """记者 甲 乙 丙 岳阳报道 (round 84): 岳阳 is the prefecture the story was filed from.
    A place name after at least one other name is a place; a lone name stays, since a
    reporter may be called as a county is (记者 高平报道)."""
    byline = "红网时刻记者 王丽 张明 岳阳报道"
    report = ingest_text("\n".join([HEADLINE, byline, LEDE, MIDDLE, CLOSE]))
    assert report.authors == ["王丽", "张明"]
    alone = ingest_text("\n".join([HEADLINE, "红网时刻记者 高平报道", LEDE, MIDDLE, CLOSE]))
    assert alone.authors == ["高平"]


def test_a_towns_credit_with_a_colon_closing_the_text_names_its_writer():
    """(沙州镇:康萌) closing the last paragraph (round 84), as (沙州镇 康萌) does."""
    closing = CLOSE[:-1] + "。(龙山镇:康丽)"
    report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, closing]))
    assert report.authors == ["康丽"]
    assert "康丽" not in report.body


def test_the_three_review_three_proofing_labels_name_no_writer_and_leave_the_text():
    """A county media centre signs its text off in three stages, each one label (初审初校:甲 /
    复审复校:乙 / 终审终校:丙, round 84), the first glued to the last paragraph: reviewers, not
    writers or editors, and none of it is the report's words."""
    stages = ["复审复校:夏晓新", "终审终校:伍文才"]
    report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, CLOSE + " 初审初校:夏明兰", *stages]))
    assert not {"夏明兰", "夏晓新", "伍文才"} & set(report.authors + report.editors)
    assert "审" not in report.body and paragraphs(report)[-1] == CLOSE


def test_an_unrendered_template_tag_is_cut_from_the_paragraph_it_opens():
    """{jz:field.toptypename/} glued before a paragraph (round 84): the copy printed a CMS
    template's field tag instead of its value; the paragraph stays whole."""
    report = ingest_text(page([HEADLINE], ["{jz:field.toptypename/}" + CLOSE], []))
    assert "{" not in report.body and "toptypename" not in report.body
    assert CLOSE in paragraphs(report)


def test_a_news_agencys_dateline_names_the_agency_and_its_reporter():
    """中国通讯社青海讯(记者 甲) (round 84): the 讯 of 通讯社 had ended the dateline, so the
    reporter in brackets was lost and the place kept in the source's name."""
    lede = "潇湘通讯社湘西讯(记者 王丽)" + LEDE
    report = ingest_text("\n".join([HEADLINE, lede, MIDDLE, CLOSE]))
    assert report.authors == ["王丽"]
    assert report.source == "潇湘通讯社"


def test_a_county_apps_dateline_with_the_date_after_its_report_word_names_the_app():
    """云上咸安报道 8月19日,… (round 71): Hubei's county app files under 云上 and its
    county, 报道 and the date after a space, no credit; the app is the source. The brand
    word before a word that is no place stays prose."""
    lede = "云上咸安报道 5月16日，" + LEDE.removeprefix("近日，")
    report = ingest_text("\n".join([HEADLINE, lede, MIDDLE, CLOSE]))
    assert report.source == "云上咸安"
    prose = "云上看展报道 5月16日，" + LEDE.removeprefix("近日，")
    assert ingest_text("\n".join([HEADLINE, prose, MIDDLE, CLOSE])).source is None


def test_a_numbered_figures_caption_is_cut_and_a_sentence_about_a_figure_stays():
    """图1现场宣传活动 / 图2工作人员入户宣传 between paragraphs (round 84): a numbered figure's
    caption, colon or none. 图1显示，… with its comma is the report's sentence, and 图书馆
    or a year after 图 is no figure's number."""
    captions = ["图1现场宣传活动", "图2:工作人员向群众讲解茶园管护知识"]
    report = ingest_text(page([HEADLINE], captions, []))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    kept = "图1显示，全镇茶园面积五年来逐年增长，去年达到1200亩。"
    assert kept in ingest_text(page([HEADLINE], [kept], [])).body


def test_a_closing_credit_after_a_comma_names_the_writers():
    """A copy that cut the last sentence's stop leaves a comma before the closing credit
    (…产生大效益,(城川镇 甲 乙), round 76): the bracket still credits the town and its writers;
    a bracket that says something stays in the text."""
    closing = CLOSE[:-1] + "，(龙山镇 王丽 张明)"
    report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, closing]))
    assert report.authors == ["王丽", "张明"] and report.source == "龙山镇"
    aside = CLOSE[:-1] + "，(其中党员户120余户)"
    assert "其中党员户120余户" in ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, aside])).body


def test_the_unit_that_sent_the_copy_in_is_the_source():
    """稿件单位:石门乡 under a county site's text (round 69), as 供稿单位 is."""
    report = ingest_text("\n".join([HEADLINE, LEDE, MIDDLE, CLOSE, "稿件单位:龙山镇"]))
    assert report.source == "龙山镇"
    assert "稿件单位" not in report.body
