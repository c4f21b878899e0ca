"""Furniture, credit and title kinds met on unseen sites, eighth pass (issue 9, session 32,
survey rounds 77 and 78, and the fixed wording of the platforms that print them).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

HEADLINE = "龙山镇：党建引领产业兴 村民增收有奔头"
LEDE = "近日，龙山镇党委组织各村党支部书记召开产业发展推进会，部署下一阶段茶叶基地建设工作。"
MIDDLE = "会上，镇党委书记要求各村党支部发挥战斗堡垒作用，带领群众发展特色产业，确保群众增收。"
CLOSE = "据了解，今年以来该镇新建高标准茶园1200亩，带动600余户村民就业。"


def page(header: list[str], between: list[str], footer: list[str]) -> str:
    return "\n".join(
        [
            *header,
            "发布时间：2024-05-16 09:30  来源：龙山县融媒体中心",
            LEDE,
            *between,
            MIDDLE,
            CLOSE,
            "（作者：张明 编辑：李华）",
            *footer,
        ]
    )


def paragraphs(report) -> list[str]:
    return [p.strip() for p in report.body.split("\n\n") if p.strip()]


#: What portals, government CMSs and feed platforms print on every page, set where a
#: scrape leaves them: between the paragraphs, over the headline, under the credit.
PLATFORM_LINES = [
    "【我要纠错】【收藏】【打印】",
    "【 打印 】",
    "视力保护色：",
    "点击查看大图",
    "视频加载中…",
    "阅读 (1234)",
    "+关注",
    "文章不错，点个赞吧",
    "当前内容可能存在未经审核的第三方商业营销信息，请确认是否继续访问。",
    "已有0条评论",
    "违法和不良信息举报电话：12377",
    "网络文化经营许可证 湘网文〔2020〕1234-123号",
]


def test_platform_toolbars_and_notices_leave_the_text():
    """Session 32: a probe of the platforms' fixed wording found each of these kept as a
    paragraph when a scrape set it between two of the text's."""
    report = ingest_text(page([HEADLINE], PLATFORM_LINES, []))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    assert report.title == HEADLINE


def test_a_feed_platforms_author_card_names_no_author():
    """Baijiahao's 作者最新文章 (the author's other stories) had become an author, 最新文章."""
    report = ingest_text(page([HEADLINE, "作者最新文章"], [], ["作者最新文章"]))
    assert report.authors == ["张明"]


def test_the_link_to_the_previous_story_is_no_headline():
    """A CMS's 上一条：… set under the headline had been read as the headline."""
    report = ingest_text(page([HEADLINE, "上一条：龙山镇召开防汛工作会议"], [], []))
    assert report.title == HEADLINE


def test_a_platform_authors_original_notice_names_no_source():
    """本文为头条号作者原创 names the platform's author, unnamed; it had become the source."""
    notice = "本文为头条号作者原创。未经授权，不得转载。"
    report = ingest_text("\n".join([HEADLINE, "2024-05-16 09:30", LEDE, MIDDLE, CLOSE, notice]))
    assert report.source is None
    assert "头条号作者" not in report.body


def test_a_paragraph_of_the_text_is_kept_all_the_same():
    """The rule's near relative: a report's own sentence about following an account."""
    sentence = "镇里开通了“龙山发布”公众号，村民关注后可在线查看政策、办理业务。"
    report = ingest_text(page([HEADLINE], [sentence], []))
    assert sentence in paragraphs(report)


#: An Anhui county CMS's open-government page: the catalogue rows set as a table, the
#: document's title in the 信息名称 cell with the text's first sentence as its summary.
DISCLOSURE = "\n".join(
    [
        "索引号 | 11341722003251833C/202404-00101 | 组配分类 | 法律知识普及服务 |",
        "发布机构 | 十字镇政府 | 发文日期 | 2024-04-17 15:22 |",
        "信息来源 | 十字镇政府 | 主题导航 | 公安、安全、司法 |",
        "信息名称 | 【法律服务】结对共建同筑法治乡村路 | 内容概述 | 为提升“法律明白人”的培养成效，"
        "十字司法所组织开展结对共建活动。 |",
        "为提升“法律明白人”的培养成效，十字司法所组织开展结对共建活动。近日，村法律顾问与村级"
        "“法律明白人”结成对子，开展法治讲座。",
        "讲座中，法律顾问着重就土地流转、协议纠纷等与群众生活紧密相关的法律法规进行解读。",
    ]
)


def test_an_open_government_rows_title_cell_is_the_headline():
    """Round 77: the 信息名称 row had become the text's first paragraph, and the title was
    devised."""
    report = ingest_text(DISCLOSURE)
    assert report.title == "【法律服务】结对共建同筑法治乡村路"
    assert not report.title_devised
    assert paragraphs(report)[0].startswith("为提升“法律明白人”的培养成效，十字司法所")


def test_a_credit_role_before_the_paper_is_not_part_of_its_name():
    """Round 77: 文、图/羊城晚报全媒体记者 甲 gave the source 文、图/羊城晚报, and 文/… gave
    /羊城晚报: the paper is 羊城晚报."""
    for byline in ("文、图/羊城晚报全媒体记者 薛江华 通讯员 刘洪群", "文/羊城晚报记者 薛江华"):
        report = ingest_text(f"{HEADLINE}\n2024-05-16 09:30\n{byline}\n{LEDE}\n{MIDDLE}")
        assert report.source == "羊城晚报"
        assert "薛江华" in report.authors


def test_a_wire_pages_editor_under_a_photo_credit_is_read():
    """Round 77: a Xinhua page's 【纠错】 【责任编辑:…】 between a photo credit and a picture's
    number was cut as a caption between two pictures, and the editor lost."""
    text = "\n".join(
        [HEADLINE, "2024-05-16 09:30", LEDE, MIDDLE, "新华社记者 连振 摄",
         "【纠错】 【责任编辑:邱丽芳 】", "010020050570000000000000011113261129703611"]
    )  # fmt: skip
    assert ingest_text(text).editors == ["邱丽芳"]


def test_a_headline_with_a_word_spam_also_uses_is_kept():
    """Round 78: 跟着“渔小二”去办证… was cut as spam for its one keyword, 办证, and the title
    devised; a service's 办证, an anti-fraud talk's 刷单 are a report's words too."""
    for headline in (
        "跟着“渔小二”去办证 洋山镇破解海岛居民办事难题",
        "警惕刷单诈骗 守护群众钱袋子",
    ):
        report = ingest_text(page([headline], [], []))
        assert report.title == headline


def test_a_line_of_such_words_is_spam_all_the_same():
    report = ingest_text(page([HEADLINE], ["办证刻章 代孕 刷单兼职"], []))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]


def test_an_earlier_headline_in_square_brackets_yields_to_the_pages_own():
    """Round 78: [原标题:…] under the headline was taken for the headline, its closing ]
    kept; it is the earlier headline, as （原标题：…） is."""
    text = "\n".join(
        ["河北邢台：村里成立红白理事会 婚事新办丧事简办", "编辑:车前",
         "[原标题:邢台县祁村:婚事新办丧事简办]",
         "“在祁村，红白事用烟、用酒都有标准。”羊范镇祁村党支部书记说，村里成立了红白理事会，婚事新办丧事简办。",
         "过去，村民过红事往往大操大办3天，如今一场婚事的花费减少了一半以上。"]
    )  # fmt: skip
    assert ingest_text(text).title == "河北邢台：村里成立红白理事会 婚事新办丧事简办"


def test_a_closing_credit_with_yu_or_zi_names_the_outlet_alone():
    """本文来源于共产党员网 gave the source 于共产党员网; 本文信息源自 共产党员网 (round 77) and
    文章源自共产党员网 gave none."""
    body = f"{HEADLINE}\n2024-05-16 09:30\n{LEDE}\n{MIDDLE}\n"
    for credit in ("本文来源于共产党员网", "本文信息源自 共产党员网", "文章源自共产党员网"):
        report = ingest_text(body + credit)
        assert report.source == "共产党员网"
        assert "共产党员网" not in report.body
    # the near relative: a sentence saying where money comes from names no outlet
    assert ingest_text(body + "村里的发展资金来源于村集体经济合作社。").source is None


def test_a_feeds_stamp_names_the_account_after_a_middle_dot():
    """A feed prints the time and the account parted by a middle dot (原创 2023-04-15
    14:37·河南日报): the date was read, the account lost."""
    report = ingest_text(f"{HEADLINE}\n原创 2023-04-15 14:37·河南日报\n{LEDE}\n{MIDDLE}")
    assert (str(report.date)[:16], report.source) == ("2023-04-15T14:37", "河南日报")


def test_an_accounts_name_ending_in_fabu_is_not_cut_at_a_label():
    """来源:龙山发布 | 时间:… and 来源:龙山发布 时间:… read 发布 (or 发布 时间, spaced) as a
    label, and the source came out 龙山; a table's own 发文日期 | … still dates the page."""
    for meta in ("作者:张明 | 来源:龙山发布 | 时间:2023-04-15", "来源:龙山发布 时间:2023-04-15"):
        report = ingest_text(f"{HEADLINE}\n{meta}\n{LEDE}\n{MIDDLE}")
        assert (report.source, str(report.date)) == ("龙山发布", "2023-04-15")
    table = "发布机构 | 十字镇政府 | 发文日期 | 2024-04-17 |"
    assert str(ingest_text(f"{HEADLINE}\n{table}\n{LEDE}\n{MIDDLE}").date) == "2024-04-17"


def test_a_byline_crediting_its_photographer_after_the_writer_is_read():
    """记者 张明 摄影 李华 ends in a photographer's credit as a caption does, and was cut as
    one: the writer was lost. A bare credit (记者 张明 摄) is still a caption."""
    for byline in ("记者 张明 摄影 李华", "文/张明 摄影/李华"):
        report = ingest_text(f"{HEADLINE}\n2024-05-16 09:30\n{byline}\n{LEDE}\n{MIDDLE}")
        assert report.authors == ["张明"]
    report = ingest_text(f"{HEADLINE}\n2024-05-16 09:30\n{LEDE}\n记者 张明 摄\n{MIDDLE}")
    assert report.authors == [] and "张明" not in report.body


def test_a_wechat_posts_credits_set_apart_by_bars_are_read():
    """编辑 | 李华 审核 | 王强 was cut as a site menu, and 文案：张明 was no label."""
    credits = "\n".join(["文案：王芳", "编辑 | 刘洋 审核 | 王强"])
    report = ingest_text(f"{HEADLINE}\n2024-05-16 09:30\n{LEDE}\n{MIDDLE}\n{credits}")
    assert (report.authors, report.editors) == (["王芳"], ["刘洋"])


def test_a_feed_platform_or_a_places_account_after_the_headline_is_cut():
    """An HTML title ends with the platform (…兴 - 百家号, …兴 - 搜狐) or a place's account
    (…兴 | 龙山发布): a probe of feed titles kept them in the headline."""
    for suffix in (" - 百家号", " - 搜狐", " | 龙山发布"):
        assert ingest_text(page([HEADLINE + suffix], [], [])).title == HEADLINE
    # a headline's own part after a bar stays
    own = "院坝会上议出“新规矩”|万千气象看四川"
    assert ingest_text(page([own], [], [])).title == own


def test_an_ethnic_township_written_by_its_legal_name_is_placed_under_it():
    """Round 77: 八岔赫哲族乡 is 八岔乡 in the statistics table behind the gazetteer, so a page
    naming it only so was unplaced; it is placed, under the legal name it writes."""
    text = "\n".join(
        ["赫哲族乡里的新渔村", "2024-05-16 09:30",
         "乌苏里江畔的八岔赫哲族乡，党委带领渔民发展冷水鱼养殖和民俗旅游，渔民收入逐年增加。",
         "八岔赫哲族乡党委书记说，今年全乡将再建两处鱼亭，让更多游客走进赫哲人家。"]
    )  # fmt: skip
    report = ingest_text(text)
    assert (report.township, report.county, report.prefecture) == (
        "八岔赫哲族乡",
        "同江市",
        "佳木斯市",
    )
    # the short form stays as the gazetteer has it
    assert ingest_text(text.replace("八岔赫哲族乡", "八岔乡")).township == "八岔乡"


def test_a_catalogue_line_that_goes_on_to_the_writer_is_read():
    """Round 77: a county CMS sets the index number, date, source and writer on one line
    (索引号:… 时间:… 来源:… 作者:…); it was cut as the disclosure table's index line and the
    writer lost. An index line alone is still furniture."""
    meta = "索引号:xxz/2025-00090 时间:2025-09-22 来源:新兴镇人民政府   作者:杨爱民"
    report = ingest_text(f"{HEADLINE}\n{meta}\n{LEDE}\n{MIDDLE}")
    assert (report.authors, report.source, str(report.date)) == (
        ["杨爱民"],
        "新兴镇人民政府",
        "2025-09-22",
    )
    report = ingest_text(
        f"{HEADLINE}\n索引号:xxz/2025-00090\n发布时间：2025-09-22\n{LEDE}\n{MIDDLE}"
    )
    assert "索引号" not in report.body


def test_a_bar_glued_to_the_end_of_a_headline_goes():
    """Round 77: …草原休假 牧民生金| kept the bar an HTML title's empty site name left glued on;
    a bar after a space went already."""
    title = "乌兰毛都草原上的生态命题：草原休假 牧民生金"
    assert ingest_text(page([title + "|"], [], [])).title == title


def test_a_closing_credit_labelled_source_before_its_reporters_names_the_original():
    """Round 78: …宜居。(来源:深圳特区报 记者 甲 通讯员 乙 文/图) closing a district site's copy:
    the paper after 来源 was read as the reporter's newsroom, so the site's own 信息来源 above
    the text stayed the source. A 来源 under the text is the original's (README)."""
    text = "\n".join(
        [HEADLINE, "发布时间:2023年03月30日 信息来源:福田政府在线", LEDE,
         MIDDLE[:-1] + "。(来源:深圳特区报 记者 华智超 通讯员 戴绮雯 文/图)"]
    )  # fmt: skip
    report = ingest_text(text)
    assert (report.source, report.authors) == ("深圳特区报", ["华智超", "戴绮雯"])


def test_caption_labels_and_numbers_in_chinese_leave_the_text():
    """A probe of caption forms kept 图片说明：…, 图片/张明 and 图一 … between paragraphs, and
    took 图片说明：… for the headline when it stood over the text."""
    captions = ["图片说明：村民在茶园采茶", "图片/张明", "图一 村民在茶园采茶"]
    report = ingest_text(page([HEADLINE], captions, []))
    assert paragraphs(report) == [LEDE, MIDDLE, CLOSE]
    assert ingest_text(page([HEADLINE, captions[0]], [], [])).title == HEADLINE
    # a sentence citing a figure runs on: it stays
    cited = "图一显示，今年全镇茶叶产量比去年增长了两成，茶农人均增收三千元。"
    assert cited in paragraphs(ingest_text(page([HEADLINE], [cited], [])))


def test_a_places_short_name_alone_under_the_text_is_no_writer():
    """Round 77: a county site's footer ended on its city's short name, 昌吉, alone on the
    last line, and it was read as a writer beside the paragraph's own credit."""
    text = "\n".join(
        [HEADLINE, "2024-05-16 09:30", LEDE, MIDDLE[:-1] + "。（昌吉市融媒体中心记者 马旭）",
         "昌吉市人民政府办公室主办", "昌吉"]
    )  # fmt: skip
    assert ingest_text(text).authors == ["马旭"]
    # a writer's name alone there is still the writer
    assert ingest_text(f"{HEADLINE}\n2024-05-16 09:30\n{LEDE}\n{MIDDLE}\n张明").authors == ["张明"]
