"""Forms that copies, forums and reposting sites leave on a report (issue 9, session 14,
survey rounds 31 and 32): a forum's formatting codes, a list of other articles reduced to
their dates and fields, a spam site's banner, brand and betting words, a repost's note
before the headline, a breadcrumb or a periodical's masthead statement where the headline
should be, a 来源 value that runs on into its reporter, a site address run into the meta
line, and a summary that copies the headline and the lede above the text.

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

PARAGRAPHS = (
    "连日来，殷店镇党委组织包村干部深入田间地头，与村民一起抢抓春雨天气给麦苗施肥。\n"
    "镇农技服务中心的技术人员分片包村，现场讲解春季田间管理要点，发放技术资料三百余份。\n"
    "截至目前，全镇已完成小麦追肥两万余亩，维修堰塘十二口，春耕生产有序推进。\n"
)


def test_a_forum_post_loses_its_formatting_codes_and_jammer_tokens():
    lines = PARAGRAPHS.splitlines()
    text = (
        "殷店镇干群齐心抓春耕\n"
        f"[color=#000] {lines[0]}[/color]\n"
        f"9 M5 `& v6 g- ^8 E6 D5 N[color=#000] {lines[1]}[/color]\n{lines[2]}\n"
    )
    body = ingest_text(text).body
    assert "color" not in body and "`&" not in body
    assert lines[0][:20] in body and lines[1][:20] in body


def test_a_list_of_other_articles_dates_and_fields_gives_no_source_or_editor():
    listing = "".join(
        f"{day} 来源:{outlet} | 编辑:确牛\n"
        for day, outlet in (("05-05", "华夏时讯"), ("04-26", "中国日报网"), ("04-30", "人民网"))
    )
    report = ingest_text("殷店镇干群齐心抓春耕\n" + PARAGRAPHS + listing)
    assert report.source is None and report.editors == []


def test_one_dated_field_line_of_the_page_itself_is_read():
    report = ingest_text("殷店镇干群齐心抓春耕\n05-05 来源:随州日报 | 编辑:李明\n" + PARAGRAPHS)
    assert report.source == "随州日报" and report.editors == ["李明"]


def test_a_spam_sites_banner_set_apart_by_a_bar_goes_and_a_field_line_stays():
    first, *rest = PARAGRAPHS.splitlines()
    report = ingest_text(
        "殷店镇干群齐心抓春耕\n来源:随州日报|编辑:李明\n"
        + f"{first}\noDd新江南网|江南区域知名综合门户网\n"
        + "\n".join(rest)
    )
    assert "门户网" not in report.body
    assert report.source == "随州日报" and report.editors == ["李明"]


def test_a_gambling_brand_half_in_pinyin_and_its_site_names_leave_the_headline():
    head = "开yun体育网本年殷店镇还要再修堰塘12口-开云(中国)Kaiyun·官方网站 - 登录入口"
    report = ingest_text(head + "\n发布日期:2025-12-02 08:46 点击次数:80\n" + PARAGRAPHS)
    assert report.title == "本年殷店镇还要再修堰塘12口"


def test_a_breadcrumb_or_a_masthead_statement_is_never_the_headline():
    for furniture in ("您所在的位置:首页 > 正文", "人民日报出版社主管 人民周刊杂志社主办"):
        report = ingest_text(furniture + "\n发布时间:2021-07-26 22:26:53\n" + PARAGRAPHS)
        assert report.title_devised, furniture


def test_a_reposts_note_of_the_paper_leaves_the_headline_and_a_quoted_title_stays():
    report = ingest_text("转载随州日报:“村民自治”看殷店——随县殷店镇探路村民自治纪事\n" + PARAGRAPHS)
    assert report.title == "“村民自治”看殷店——随县殷店镇探路村民自治纪事"
    report = ingest_text("转载率提高了：殷店镇党建公众号三个月涨粉一万\n" + PARAGRAPHS)
    assert report.title.startswith("转载率提高了")


def test_a_source_running_on_into_its_reporter_gives_the_paper_and_the_writer():
    report = ingest_text(
        "殷店镇干群齐心抓春耕\n" + PARAGRAPHS + "(来源:随州日报全媒体记者 沈明杰)\n"
    )
    assert report.source == "随州日报" and report.authors == ["沈明杰"]


def test_a_betting_sites_league_word_leaves_the_headline_and_the_text():
    report = ingest_text(
        "随县殷店镇：小麦德甲买球追肥铺就增收路\n" + PARAGRAPHS.replace("追肥", "德甲买球追肥", 1)
    )
    assert "买球" not in report.title and "买球" not in report.body


def test_a_site_address_run_into_the_outlet_and_date_is_a_meta_line():
    """http://…【outlet】date under the headline: the date and the source, not a link."""
    report = ingest_text(
        "殷店镇干群齐心抓春耕\nhttp://www.example.com【随州经济网】2016-09-30\n" + PARAGRAPHS
    )
    assert report.date == "2016-09-30" and report.source == "随州经济网"
    report = ingest_text(
        "殷店镇干群齐心抓春耕\nhttp://www.example.com/news/2016/0930.html\n" + PARAGRAPHS
    )
    assert report.source is None and "example" not in report.body


def test_a_headline_and_lede_copied_together_above_the_text_go():
    """A CMS's summary: the headline, a colon and the lede's start, over the lede itself."""
    lede = "“真没想到春耕服务队来得这么快，地里的活一下就干完了！”3月6日，殷店镇鹦鹉村村民说。"
    text = f"殷店镇干群齐心抓春耕\n殷店镇干群齐心抓春耕:{lede[:40]}\n\n:{lede}\n" + PARAGRAPHS
    body = ingest_text(text).body
    assert "殷店镇干群齐心抓春耕" not in body and lede[:20] in body


def test_a_closing_credit_with_the_pages_leftovers_under_it_is_read():
    """(甲) closing the text, then a portal's download box or a comment count under it."""
    text = (
        "殷店镇干群齐心抓春耕\n"
        + PARAGRAPHS.rstrip("\n")
        + "（毕绍东）\n文件下载\n政策咨询\n如果您对该政策文件有疑问，可以拨打标题上方的电话咨询。\n"
    )
    report = ingest_text(text)
    assert report.authors == ["毕绍东"]
    assert "毕绍东" not in report.body


def test_a_wechat_posts_account_day_and_province_name_the_source():
    """巴蜀党建     2025年11月6日          四川 under the headline (round 48): the account, the day
    and the poster's province; with no time of day, the province vouches for the stamp. A
    headline-like line and a date with a sentence's word after it stay unread."""
    head = "殷店镇干群齐心抓春耕\n\n"
    report = ingest_text(head + "枣阳发布     2025年3月6日          湖北\n\n" + PARAGRAPHS)
    assert (report.source, report.date) == ("枣阳发布", "2025-03-06")
    report = ingest_text(head + "枣阳发布 2025年3月6日 召开\n\n" + PARAGRAPHS)
    assert report.source is None


def test_an_original_headline_note_run_into_the_lede_by_spaces_leaves_the_text():
    """原标题:从0到61的转变    “这真是…” (round 45): a repost's note of the headline it replaced,
    the lede run on after a run of spaces; the note goes, the lede stays the text's first words."""
    lines = PARAGRAPHS.splitlines()
    text = (
        f"殷店镇干群齐心抓春耕\n\n原标题:麦田里的党员先锋队    {lines[0]}\n{lines[1]}\n{lines[2]}\n"
    )
    body = ingest_text(text).body
    assert "原标题" not in body and body.startswith("连日来，殷店镇党委")


def test_a_wechat_posts_tail_labels_alone_on_their_lines_name_the_source():
    """内容来源 / 绍兴农业农村 / 图文编辑 / 掌政通 under the text (round 42): a WeChat post's
    tail sets each label alone on a line, no colon, its value under it."""
    tail = "内容来源\n\n绍兴农业农村\n\n图文编辑\n\n掌政通\n"
    report = ingest_text("殷店镇干群齐心抓春耕\n\n" + PARAGRAPHS + "\n" + tail)
    assert report.source == "绍兴农业农村"
    assert "内容来源" not in report.body
    sentence = "内容来源\n\n据了解，全镇今年还将新建高标准农田两千亩。\n"
    assert ingest_text("殷店镇干群齐心抓春耕\n\n" + PARAGRAPHS + "\n" + sentence).source is None
