"""Source conventions that recur on every kind of site (issue 9, session 8, S): two outlets
joined by a dash, an app named after its paper, a 来源 naming the host, and the 消息 dateline
(tests/corpus/README.md, Sources; PATTERNS.md, "Session 8 (S …)").

What a researcher citing the report cares about: the source line as the page prints it,
in simplified script, and an honest flag where ingest cannot tell the host's banner from a
credit. Pages are our own sentences in the shape of real templates.
"""

from __future__ import annotations

import pytest

from township_reports.ingest.pipeline import ingest_text

BODY = (
    "受上游强降雨影响，涪江水位快速上涨，{town}党委连夜组织党员干部逐户通知低洼地带群众转移。\n"
    "镇村两级党员干部分成六个小组，挨家挨户敲门，帮助行动不便的老人搬运生活用品。\n"
    "截至记者发稿时，全镇已安全转移群众三百余人，安置点的饮用水和食品供应充足。\n"
)


def ingested(text: str):
    """The report of a page, and whether its source is on the review list."""
    report = ingest_text(text)
    flagged = any(item["field"] == "source" for item in report.provenance["review"])
    return report, flagged


def test_a_dash_joined_dateline_is_the_source_as_printed():
    """第1眼-重庆广电消息， : an app's brand and its broadcaster, named together."""
    text = "涪江水位上涨 合川区太和镇连夜转移群众\n第1眼-重庆广电消息，" + BODY.format(
        town="太和镇"
    )
    report, _ = ingested(text)
    assert report.source == "第1眼-重庆广电"


def test_a_paper_and_its_brand_joined_by_a_spaced_dash_are_the_source():
    """商洛日报 - 商洛之窗讯 (round 51): the paper first, its site's brand (no outlet ending)
    after a spaced dash; named together, as printed, without the spaces."""
    text = "涪江水位上涨 太和镇连夜转移群众\n商洛日报 - 商洛之窗讯 (记者 王尚锋)" + BODY.format(
        town="太和镇"
    )
    report, _ = ingested(text)
    assert report.source == "商洛日报-商洛之窗"
    assert report.authors == ["王尚锋"]


def test_a_dash_joined_source_label_is_kept_whole_and_a_channel_stays():
    for value in ("法治日报-法治网", "人民网-重庆频道"):
        text = (
            "院落里的“微治理”\n2025-07-07 12:25:00 来源:"
            + value
            + "\n"
            + BODY.format(town="文林镇")
        )
        report, _ = ingested(text)
        assert report.source == value


def test_a_news_dateline_names_its_outlet_and_news_in_prose_does_not():
    report, _ = ingested(
        "即墨路街道“小港灯塔”党建品牌启动\n半岛网1月24日消息 近日，"
        + BODY.format(town="即墨路街道")
    )
    assert report.source == "半岛网"
    report, flagged = ingested("太和镇群众安全转移\n传来好消息，" + BODY.format(town="太和镇"))
    assert report.source is None and not flagged


def test_a_host_named_source_written_with_a_variant_is_the_host_in_simplified():
    text = (
        "时间:2015-08-05 08:49:38  来源:陜西村官网  作者:村官\n"
        "山阳县法官庙镇：党员干部转移群众\n" + BODY.format(town="法官庙镇")
    )
    report, _ = ingested(text)
    assert report.source == "陕西村官网"


def test_an_apps_stamp_beside_every_date_is_doubted_and_a_credit_is_not():
    """On an app's own page its name stands beside the date of this item and of every
    related one: the host's banner. Ingest cannot tell; the review list says so."""
    related = "".join(
        f"社区志愿者走访独居老人\n北京青年报客户端 2024-0{month}-12\n" for month in (2, 3, 4)
    )
    text = (
        "东花市街道：在职党员入户送福\n北京青年报客户端 2024-03-03 16:24\n文/北京青年报记者 许明\n"
        + BODY.format(town="东花市街道")
        + "相关推荐\n"
        + related
    )
    report, flagged = ingested(text)
    assert report.source == "北京青年报" or flagged
    single = "东花市街道：在职党员入户送福\n北京青年报客户端 2024-03-03 16:24\n" + BODY.format(
        town="东花市街道"
    )
    report, flagged = ingested(single)
    assert report.source == "北京青年报客户端" and not flagged


def test_an_organisation_alone_in_brackets_closing_the_text_is_the_source():
    """…征兵工作。（赤峰日报） glued to the last paragraph (round 24): the outlet credits the
    report, as （丁当镇） on a line of its own does; the bracket leaves the text."""
    for credit in ("赤峰日报", "丁当镇"):
        report, _ = ingested(
            "丁当镇连夜转移低洼群众\n\n" + BODY.format(town="丁当镇").rstrip() + f"（{credit}）\n"
        )
        assert report.source == credit
        assert f"（{credit}）" not in report.body


def test_the_town_named_before_the_writer_is_the_organisation_credit():
    """（慈化镇 黄斐）: the writer's town credits the report (README, settled in session 12),
    whether the credit closes the last paragraph or stands on a line of its own."""
    glued = BODY.format(town="慈化镇").rstrip() + "（慈化镇 黄斐）\n"
    alone = BODY.format(town="慈化镇") + "\n（慈化镇　黄斐）\n"
    for text in (glued, alone):
        report, _ = ingested("慈化镇连夜转移低洼群众\n\n" + text)
        assert (report.source, report.authors) == ("慈化镇", ["黄斐"])
    report, _ = ingested(
        "慈化镇连夜转移低洼群众\n\n" + BODY.format(town="慈化镇").rstrip() + "（王密 刘民）\n"
    )
    assert (report.source, report.authors) == (None, ["王密", "刘民"])


def test_the_town_named_after_the_writer_is_the_organisation_credit_too():
    """（黄斐 慈化镇）: the writer's unit printed after the name credits the report as it does
    before it, and the credit leaves the text (round 50, session 22)."""
    closing = BODY.format(town="慈化镇").rstrip() + "（黄斐 慈化镇）\n"
    report, _ = ingested("慈化镇连夜转移低洼群众\n\n" + closing)
    assert (report.source, report.authors) == ("慈化镇", ["黄斐"])
    assert "黄斐" not in report.body


def test_a_department_named_before_the_writer_in_a_credit_is_the_source():
    """作者：图文：党委宣传部 张微, （中共景德镇市委党史办 彭仁华）: a college's or an office's
    department printed before the writer credits the report as a town does (labellers of
    rounds 40, 43, 46 and 47 read it so); a person alone before the writer is a co-writer."""
    for credit_line, credited in (
        ("作者：党委宣传部 张微  2023年7月11日", "党委宣传部"),
        ("文/图：学院团委 张微", "学院团委"),
    ):
        text = f"慈化镇连夜转移低洼群众\n{credit_line}\n\n" + BODY.format(town="慈化镇")
        report, _ = ingested(text)
        assert (report.source, report.authors) == (credited, ["张微"])
    closing = BODY.format(town="慈化镇").rstrip() + "（中共萍乡市委党史办 彭仁华）\n"
    report, _ = ingested("慈化镇连夜转移低洼群众\n\n" + closing)
    assert (report.source, report.authors) == ("中共萍乡市委党史办", ["彭仁华"])


def test_an_e_paper_credit_names_the_paper_and_a_local_label_names_nothing():
    """【稿件来源:2016年6月9日《大理日报》A2版】 names the paper (its day and page are the
    date's and the page's, not the source's); 来源:本地 ("local") names nothing (round 25)."""
    report, _ = ingested(
        "庙街镇连夜转移低洼群众\n【稿件来源:2016年6月9日《大理日报》A2版】\n\n"
        + BODY.format(town="庙街镇")
    )
    assert report.source == "大理日报"
    report, _ = ingested(
        "楼观镇连夜转移低洼群众\n2023-10-24 | 来源:本地 作者:刘春生\n\n"
        + BODY.format(town="楼观镇")
    )
    assert report.source is None and report.authors == ["刘春生"]


def test_a_users_contribution_names_no_source_and_its_writer_stays():
    """来源:用户投稿 (round 52): a site's users sent it in, which names no outlet; the writer
    beside it is still read."""
    report, _ = ingested(
        "杨坝镇连夜转移低洼群众\n2020-10-14 20:11:36来源:用户投稿作者:冯立勇\n\n"
        + BODY.format(town="杨坝镇")
    )
    assert report.source is None and report.authors == ["冯立勇"]


def test_an_outlets_own_office_and_a_lottery_brand_name_no_source():
    """来源:本刊编辑部 is the outlet speaking of itself, as 本刊 is (round 41); 来源:双色球 is a
    lottery brand a spam copy spliced in (round 38). Neither is a source."""
    for value in ("本刊编辑部", "双色球"):
        report, _ = ingested(
            f"杨坝镇连夜转移低洼群众\n时间:2025-09-18 11:47:45来源:{value} 文字:李霞\n\n"
            + BODY.format(town="杨坝镇")
        )
        assert report.source is None, value


def test_a_broadcasters_dateline_and_a_dateline_under_two_captions_are_read():
    """十堰广电讯（全媒体记者 甲 通讯员 乙） (电 of 广电 is no 新华社…电), and a portal's
    county branch's dateline under two photographs' captions (红网湘潭县分站…讯, round 25)."""
    report, _ = ingested(
        "十堰广电讯（全媒体记者 吴明 通讯员 权小琼）" + BODY.format(town="汉江路街道")
    )
    assert report.authors == ["吴明", "权小琼"] and report.source == "十堰广电"
    page = (
        "湘潭县首家“四站融合”服务站点运行。\n村民在服务站点购物。\n"
        "红网湘潭县分站5月27日讯（记者 彭圆）" + BODY.format(town="谭家山镇")
    )
    report, _ = ingested(page)
    assert report.source == "红网湘潭县分站" and report.title_devised
    assert "村民在服务站点购物" not in report.body


def test_an_empty_source_slot_before_the_font_widget_names_nothing():
    """时间: 2015-12-30 09:18:00 来源: 字体显示: (round 26): the widget's label is no source."""
    report, _ = ingested(
        "石门镇连夜转移低洼群众\n时间: 2015-12-30 09:18:00 来源: 字体显示:\n\n"
        + BODY.format(town="石门镇")
    )
    assert report.source is None and report.date == "2015-12-30T09:18:00"


def test_a_source_label_run_into_a_breadcrumb_or_a_banner_is_read_and_flagged():
    """Text before the 来源 label makes no field line of it; a page that names its source
    so must not say "no source" as confidently as one that names none."""
    heads = (
        "您当前的位置 : 遂宁网 > 新闻中心 > 区县 > 射洪新闻  来源: 遂宁网-遂宁日报 2024.07.09 08:32",
        "射洪市政府 www.shehong.gov.cn 2024-07-09 10:06 来源:遂宁日报 放大 正常 缩小",
    )
    for head, expected in zip(heads, ("遂宁网-遂宁日报", "遂宁日报"), strict=True):
        text = "太和镇连夜转移低洼地带群众\n" + head + "\n" + BODY.format(town="太和镇")
        report, flagged = ingested(text)
        assert report.source == expected and flagged
        assert "来源" in report.provenance["evidence"]["source"]["rule"]


def test_a_photograph_credit_is_no_source_even_as_a_last_resort():
    text = (
        "太和镇连夜转移低洼地带群众\n党员干部帮助群众转移 图片来源:射洪市融媒体中心\n"
        + BODY.format(town="太和镇")
    )
    report, _ = ingested(text)
    assert report.source is None


def test_a_dateline_of_an_unusual_outlet_is_read_and_flagged_a_place_is_not():
    report, flagged = ingested(
        "太和镇连夜转移低洼地带群众\n海南网台讯 " + BODY.format(town="太和镇")
    )
    assert report.source == "海南网台" and flagged
    report, flagged = ingested(
        "太和镇连夜转移低洼地带群众\n海南网台消息(海南新闻联播):\n" + BODY.format(town="太和镇")
    )
    assert report.source == "海南网台" and flagged  # on a header line of its own
    report, _ = ingested("太和镇连夜转移低洼地带群众\n四川射洪讯 " + BODY.format(town="太和镇"))
    assert report.source is None


def test_a_town_before_a_writer_in_the_authors_field_is_the_source_not_a_writer():
    """README's convention for (慈化镇 黄斐) closing the text holds in an 作者 field too."""
    report, _ = ingested(
        "太和镇连夜转移低洼地带群众\n2022-10-26 09:36:10 作者:孙东亚 太和镇 朱向晖 来源:\n"
        + BODY.format(town="太和镇")
    )
    assert report.source == "太和镇"
    assert sorted(report.authors) == ["孙东亚", "朱向晖"]


def test_a_stamp_of_date_and_paper_before_a_counter_or_a_source_label_is_read():
    """A county paper's site prints its date and its name, then a read counter (its label,
    its number: 2016-08-02 17:37 梧州日报 浏览次数:) or a 来源 label, maybe its own brand
    first: the stamp is a field line, and the name after the date (a 来源 value, or the
    paper) names where the text comes from before the site's own name does."""
    story = (
        "\n\n8月1日，梧州市万秀区夏郢镇党委组织党员干部深入各村，走访慰问受灾群众，帮助村民"
        "抢收晚稻。\n\n镇党委书记说，全镇党员将继续下沉一线，确保受灾群众生活有着落。\n"
    )
    report = ingest_text(
        f"夏郢镇党员下沉一线助群众抢收\n\n2016-08-02 17:37   梧州日报      浏览次数:{story}"
    )
    assert report.source == "梧州日报" and report.date == "2016-08-02T17:37"
    assert "浏览次数" not in report.body
    report = ingest_text(
        f"夏郢镇党员下沉一线助群众抢收\n\n2016-08-02 17:37  梧州日报  阅读 1203{story}"
    )
    assert report.source == "梧州日报" and "阅读 1203" not in report.body
    report = ingest_text(
        f"夏郢镇党员下沉一线助群众抢收\n\ne梧州   2016-08-02 17:37  梧州日报    阅读{story}"
    )
    assert report.source == "梧州日报"  # the site's brand before the date, the paper after it
    report = ingest_text(
        f"夏郢镇党员下沉一线助群众抢收\n\n2016-08-02 梧州新闻网 来源:梧州日报{story}"
    )
    assert report.source == "梧州日报" and report.date == "2016-08-02"


def test_a_reprint_credit_naming_the_day_and_the_page_credits_the_paper():
    """据《农民日报》5月8日头版头条报道 opening a reprint (round 42), set apart from the lede by
    a space or standing on its own line: the paper is the source and the credit leaves the
    text; 据了解 is prose."""
    lede = "凤阳县小岗村是中国农村改革的发源地，全国十大名村之一。2011年起，小岗村党委以创先争优为动力，带领村民发展产业。\n"
    more = "村党委书记说，今年村里还要建设农产品加工园。\n"
    for credit in (
        "据《农民日报》5月8日头版头条报道 ",
        "据农民日报5月8日报道，",
        "据《农民日报》5月8日头版头条报道\n",
        "据《农民日报》报道\n",
    ):
        report = ingest_text("小岗村党委创先争优纪实\n" + credit + lede + more)
        assert report.source == "农民日报", credit
        assert report.body.startswith("凤阳县小岗村是中国农村改革的发源地")
    report = ingest_text("小岗村党委创先争优纪实\n据了解，" + lede + more)
    assert report.source is None and report.body.startswith("据了解，凤阳县")


def test_an_empty_source_label_before_a_counter_names_no_source():
    """来源: 已访问:责任编辑:… (round 48): the 来源 slot is empty and a counter's label follows;
    the counter's 访问 is read as a label, so one character (已) was left as the source. A
    source names at least two characters."""
    report, _ = ingested(
        "慈化镇连夜转移低洼群众\n作者:吴继娟 来源: 已访问:责任编辑:刘旭阳\n\n"
        + BODY.format(town="慈化镇")
    )
    assert report.source is None
    assert (report.authors, report.editors) == (["吴继娟"], ["刘旭阳"])


def test_a_college_department_under_the_authors_label_is_the_source():
    """作者:教育传媒系 (round 48): a college's department credited as the writer is an
    organisation's credit, the source, as 作者:某某镇党委 is; 关系 or 体系 name none."""
    text = "慈化镇连夜转移低洼群众\n2024-03-06 16:34:22   作者:教育传媒系\n\n" + BODY.format(
        town="慈化镇"
    )
    report, _ = ingested(text)
    assert (report.source, report.authors) == ("教育传媒系", [])


def test_a_source_run_into_a_comment_button_ends_at_the_button():
    """来源：央广网我要评论央广网贵州7月26日消息(… (round 36): a page button and the dateline
    below it ran into the 来源 value; the outlet is what stands before the button."""
    text = (
        "慈化镇连夜转移低洼群众\n2015-07-26 08:31 来源：央广网我要评论央广网江西7月26日消息\n\n"
        + BODY.format(town="慈化镇")
    )
    report, _ = ingested(text)
    assert report.source == "央广网"


def test_a_submitting_office_is_the_source_and_a_gathered_mark_names_nothing():
    """投稿:泌阳县人民政府 … 信息来源: 归集 (round 39): the office that submitted the page is its
    source, as 供稿 names one; 归集 is the CMS's word for a page it gathered."""
    text = (
        "慈化镇连夜转移低洼群众\n投稿:上栗县人民政府  来源:时间:2020年09月22日\n"
        "信息来源: 归集发布日期: 2020年09月22日\n\n" + BODY.format(town="慈化镇")
    )
    report, _ = ingested(text)
    assert report.source == "上栗县人民政府"
    assert (
        ingested("慈化镇连夜转移低洼群众\n投稿:王密\n\n" + BODY.format(town="慈化镇"))[0].source
        is None
    )


def test_a_sites_www_address_under_its_source_label_is_the_source():
    """来源:www.dygbzy.com (rounds 34, 42, 52): a small CMS names its origin by its www
    address; that is where the report comes from, as printed. So does a bare registered
    domain (来源:shuguojinxiu.com, round 89; 稿件来源:【28365365.com】, round 95). A link with a
    path is no name, and a subdomain of the page's own (来源: faq.xmkoe.com) is a spam
    farm's host."""
    for line, expected in (
        ("时间:2019-11-23 来源:www.dygbzy.com 作者:国际法", "www.dygbzy.com"),
        ("更新时间:2017-12-09 13:01:25 来源:www.okzjj.com 编辑:本站编辑", "www.okzjj.com"),
        ("来源:hnzhoukou.com 作者:张伟 发布日期:2020-02-25 访问次数:398", "hnzhoukou.com"),
        ("稿件来源:【zzwmw.gov.cn】 签发时间:【2018-07-25】", "zzwmw.gov.cn"),
        ("时间: 2025-10-21 08:12:45 来源: faq.xmkoe.com 作者: 探索", None),
        ("发布时间:2024-05-11 来源:http://www.taihainet.com/news/fujian/napi/", None),
    ):
        text = "涪江水位上涨 太和镇连夜转移群众\n" + line + "\n" + BODY.format(town="太和镇")
        report, _ = ingested(text)
        assert report.source == expected, line


def test_a_host_address_yields_to_the_outlet_the_page_names():
    """A page that gives its source both as a host address and by name (来源:hnzhoukou.com over
    the text, 来源:周口日报 under it, or the other way round) came from the named outlet: the
    address is most often the site stamping itself. The evidence names the outlet's line."""
    address, named = "来源:hnzhoukou.com 发布日期:2020-02-25", "来源:周口日报"
    body = BODY.format(town="太和镇")
    for text, line in (
        (f"太和镇连夜转移群众\n{address}\n{body}\n{named}\n", named),
        (
            f"太和镇连夜转移群众\n{named} 发布日期:2020-02-25\n{body}\n来源:www.hnzhoukou.com\n",
            named,
        ),
        (f"太和镇连夜转移群众\n{address}\n{body}\n", address),
    ):
        report, _ = ingested(text)
        assert report.source in line
        assert line in report.provenance["evidence"]["source"]["text"]


def test_a_print_button_after_a_platform_is_no_account_and_the_credit_is_the_source():
    """作者:逍遥蒙城频道  来源:百家号  2021-7-9  打印内容 (round 53): 百家号 is the platform, the
    print button after it no account; the organisation credited as the writer is the source.
    A platform followed by its account (来源:抖音号 平利融媒) stays one account."""
    line = "作者:逍遥蒙城频道     来源:百家号    2021-7-9    打印内容 打印内容"
    report, _ = ingested("沙土镇：“抱团”发展中药材\n" + line + "\n" + BODY.format(town="沙土镇"))
    assert report.source == "逍遥蒙城频道"
    line = "来源:抖音号 平利融媒    2021-7-9"
    report, _ = ingested("沙土镇：“抱团”发展中药材\n" + line + "\n" + BODY.format(town="沙土镇"))
    assert report.source == "平利融媒"


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("亮点黔西南讯 6月14日凌晨，", "亮点黔西南"),
        ("亮点讯 6月14日凌晨，", None),
        ("爱东营讯3月11日，", "爱东营"),
        ("爱心讯3月11日，", None),
    ],
)
def test_a_places_app_named_in_its_dateline_is_the_source(dateline, expected):
    """亮点黔西南讯 (round 55): the 黔西南 prefecture's app, a platform word and the place's short
    name with no outlet ending, as 云上宜都讯 is; 爱东营讯 (round 93), a city's app named 爱 and
    the city's short name. The platform word before no place (亮点讯, 爱心讯) names nothing."""
    report, _ = ingested("晴隆县：民警连夜转移受困群众\n" + dateline + BODY.format(town="沙子镇"))
    assert report.source == expected


def test_a_listed_headline_and_its_day_is_no_stamp_of_an_office():
    """Round 54: a list of other stories above the report (• 人民日报评“辱母杀人案”:法律如何回应
    伦理困局 2018-02-16) ends in 局, an office's character; a headline with its quotation marks
    and colon is no organisation's stamp, and the report's own 来源 names the source. A media
    centre's stamp (2024年10月09日 08:30  双辽市融媒体中心) still names it."""
    listed = "  • 人民日报评“辱母杀人案”:法律如何回应伦理困局 2018-02-16\n"
    line = "2018年02月08日13:45  来源:人民网-人民日报海外版"
    report, _ = ingested(listed + "太和镇连夜转移群众\n" + line + "\n" + BODY.format(town="太和镇"))
    assert report.source == "人民网-人民日报海外版"
    stamp = "2024年10月09日 08:30　　双辽市融媒体中心"
    report, _ = ingested("太和镇连夜转移群众\n" + stamp + "\n" + BODY.format(town="太和镇"))
    assert report.source == "双辽市融媒体中心"


def test_a_sources_web_address_in_brackets_ends_it_where_the_lede_runs_on():
    """Round 55: a repost's 来源 naming the site and its address in brackets, the first
    paragraph run on after it (来源:倍可亲(backchina.com)北京市…): the site's name is the
    source, and the paragraph is no part of it but the report's lede."""
    text = "涪江水位上涨 太和镇连夜转移群众\n来源:倍可亲(backchina.com)" + BODY.format(
        town="合川区太和镇"
    )
    report = ingested(text)[0]
    assert report.source == "倍可亲"
    # the paragraph run on after the address is the lede, kept in the text (glued_meta)
    assert report.body.startswith("受上游强降雨影响，涪江水位快速上涨")


def test_an_agency_cited_before_its_reporter_and_a_bulleted_account_name_the_source():
    """Round 56: a reporter credited as the agency's the page cites ((据新华社记者 于涛)) names
    新华社, not 据新华社; a posting account under the headline set with a bullet (• 乡村干部报)
    is the account's name."""
    cited = "太和镇连夜转移群众\n" + BODY.format(town="合川区太和镇") + "(据新华社记者 于涛)\n"
    assert ingested(cited)[0].source == "新华社"
    headline = "思路出路 | 稻田边支起帐篷养螃蟹"
    lede = (
        "9月金秋，黑龙江省依安县新兴镇的稻田里，村党支部书记带着党员在田边支起帐篷，守着稻田里的螃蟹。\n"
        "镇党委组织党员技术员进村指导，今年全镇稻田养蟹面积比去年扩大了一倍，亩均增收八百多元。\n"
    )
    bulleted = f"{headline}\n\n  • 乡村干部报\n  • 2022-10-04 19:56:10\n【{headline}】{lede}"
    assert ingested(bulleted)[0].source == "乡村干部报"


def test_a_stray_dot_before_a_labels_colon_keeps_the_label():
    """Round 56: a trade paper's meta line prints its source label with a stray dot before the
    colon (2019-09-30 16:37:16 来源.:中国食品报网); the label reads as 来源 still."""
    text = (
        "涪江水位上涨 太和镇连夜转移群众\n2019-09-30 16:37:16 来源.:中国食品报网\n"
        + BODY.format(town="合川区太和镇")
    )
    assert ingested(text)[0].source == "中国食品报网"


def test_an_update_stamp_after_an_empty_source_label_names_no_source():
    """Round 59: an empty 来源 followed by the page's update stamp (来源: 最后更新:24-05-03 12:00:27)
    names no source; a paper in book-title marks before its page's date in brackets
    (来源:《人民日报》(2022年08月04日04版)) is that paper."""
    body = BODY.format(town="合川区太和镇")
    stamp = "涪江水位上涨 太和镇连夜转移群众\n来源: 最后更新:24-05-03 12:00:27\n" + body
    assert ingested(stamp)[0].source is None
    paper = "涪江水位上涨 太和镇连夜转移群众\n来源:《人民日报》(2022年08月04日04版),\n" + body
    assert ingested(paper)[0].source == "人民日报"


def test_an_outlet_before_its_posting_time_or_before_posted_on_is_the_source():
    """Rounds 38 and 52: a forum or WeChat repost names the outlet before the post's day and
    time with no label (霞浦融媒 霞浦新闻网 2025年01月09日 16:06 福建) or before 发表于
    (永泰便民网 发表于 2019-5-13 09:44:40): the first outlet is the source."""
    body = BODY.format(town="合川区太和镇")
    for line, outlet in (
        ("霞浦融媒 霞浦新闻网 2025年01月09日 16:06 福建", "霞浦融媒"),
        ("永泰便民网 发表于 2019-5-13 09:44:40", "永泰便民网"),
        ("新闻 商洛日报 2021-12-03 10:52:22", "商洛日报"),  # a column word before it (round 56)
    ):
        assert ingested(f"涪江水位上涨 太和镇连夜转移群众\n{line}\n" + body)[0].source == outlet


def test_a_line_citing_the_paper_it_was_taken_from_names_the_source():
    """Round 47: a county site closes a reprint with the paper it took the story from, the verb
    taking its object without a colon (摘自吕梁日报2013年8月29日第3版); with a colon (转自：人民网)
    it is the usual label, and the outlet comes without the colon."""
    body = BODY.format(town="合川区太和镇")
    cited = ingested(
        "涪江水位上涨 太和镇连夜转移群众\n" + body + "摘自吕梁日报2013年8月29日第3版\n"
    )[0]
    assert cited.source == "吕梁日报" and "摘自" not in cited.body
    labelled = ingested("涪江水位上涨 太和镇连夜转移群众\n" + body + "转自：人民网\n")[0]
    assert labelled.source == "人民网"


def test_a_spaced_two_character_name_after_the_source_wrote_the_report():
    """Rounds 35, 54 and 57: a national paper's portal sets the writer after the source with
    the two characters of the name spaced (来源:人民日报 | 朱 虹  2018年11月30日08:08); the name
    is the author's, and two spaced widget words after a source (打 印) are none."""
    body = BODY.format(town="合川区太和镇")
    spaced = ingested(
        "涪江水位上涨 太和镇连夜转移群众\n来源:人民日报 | 朱 虹  2018年11月30日08:08\n" + body
    )[0]
    assert (spaced.source, spaced.authors) == ("人民日报", ["朱虹"])
    widget = ingested("涪江水位上涨 太和镇连夜转移群众\n来源：新华网 打 印\n" + body)[0]
    assert (widget.source, widget.authors) == ("新华网", [])


def test_a_source_run_into_a_lede_opening_on_its_day_is_split_off():
    """Round 60: a repost's 转自: label runs straight into the lede, which opens on its day
    (转自:草原云5月9日,在鄂尔多斯市…): the outlet is the source, and the lede keeps its day."""
    lede = "5月9日,在鄂尔多斯市杭锦旗独贵塔拉镇的“三北”工程治沙项目区,党员群众正在压沙造林。"
    rest = "近年来,独贵塔拉镇党委组织党员干部带头治沙,全镇治沙面积逐年增加,群众收入稳步提高。"
    report, _ = ingested(f"独贵塔拉镇治沙见成效\n转自:草原云{lede}\n{rest}")
    assert report.source == "草原云"
    assert report.body.startswith("5月9日，在鄂尔多斯市")


def test_an_outlet_glued_to_its_posting_time_is_the_source():
    """Round 60: a copy prints the outlet run straight into its posting time under the headline
    (澎湃新闻2024-03-22 21:00:00), as a WeChat account's line does with a space; a paragraph
    opening on a paper's name and a day without a time names no source."""
    page = "大团镇桃花节开幕 蜜桃产业带富一方\n澎湃新闻2024-03-22 21:00:00\n" + BODY.format(
        town="大团镇"
    )
    report, _ = ingested(page)
    assert report.source == "澎湃新闻"
    report, _ = ingested(
        "大团镇桃花节开幕\n" + BODY.format(town="大团镇") + "浦东时报2024年3月22日报道了此事。\n"
    )
    assert report.source is None


def test_a_forum_posters_location_is_no_source_and_the_posting_time_stays():
    """Round 61: a Discuz thread's post line ends with where the poster connected from
    (…显示全部楼层 |阅读模式 IP:广西贵港来自: 中国广西贵港): a place, not the report's source; the
    posting time on the same line is still the page's date."""
    page = (
        "平南县武林镇加快推进流失耕地整改\n"
        "楼主| 发表于 2023-10-21 08:53 | 显示全部楼层 |阅读模式 IP:广西贵港来自: 中国广西贵港\n"
        + BODY.format(town="武林镇")
    )
    report, _ = ingested(page)
    assert report.source is None and report.date == "2023-10-21T08:53"


def test_a_dateline_in_square_brackets_names_its_outlet_whatever_its_name_ends_with():
    """Round 58: overseas stations and papers set their dateline in 【】 with the full date
    (【新唐人2011年4月25日讯】, 【新唐人北京时间2020年10月20日讯】): the brackets and the date make
    it a dateline, though 新唐人 has no outlet's ending; a casino's brand there is no source,
    and a column tag in 【】 is no dateline."""
    for line, outlet in [
        ("【新唐人2011年4月25日讯】", "新唐人"),
        ("【新唐人北京时间2020年10月20日讯】", "新唐人"),
        ("【大澳门威尼斯人赌场官网2020年08月29日讯】", None),
        ("【平安建设】", None),
    ]:
        report, _ = ingested("旧宫镇开展安全大排查\n" + line + BODY.format(town="旧宫镇"))
        assert report.source == outlet, line


def test_a_forum_posters_box_names_no_source_and_no_headline():
    """Round 60: a Discuz thread prints the poster's box above the copied report: a mood
    widget, a sign-in count, the post's time with where the poster connected from
    (发表于 2020-10-24 09:30:24|来自:新西兰) and that place again (来自: 中国江苏宿迁). None is
    a headline or a source, and the posting time is still read; an outlet after 来自 is."""
    box = [
        "TA的每日心情 | 开心 2020-4-1 06:20 |",
        "签到天数: 148 天 连续签到: 1 天 [LV.7]常住居民III",
        "发表于 2020-10-24 09:30:24|来自:新西兰",
        "来自: 中国江苏宿迁",
    ]
    report, _ = ingested("\n".join(box) + "\n" + BODY.format(town="临淮镇"))
    assert report.source is None and report.date == "2020-10-24T09:30:24"
    assert report.title_devised
    report, _ = ingested("临淮镇推进禁捕退捕\n来自: 中国江苏网\n" + BODY.format(town="临淮镇"))
    assert report.source == "中国江苏网"


def test_a_spam_brand_before_a_posts_time_names_no_source():
    """Rounds 42 and 61: a spam copy prints its own brand where a posting account stands,
    before the post's time (色七七久久影院 2024-05-13 23:53:42, 民生娱乐  2019-10-31 11:49): no
    source; an account's name there (巫山发布 2024-07-16 18:02) still is one."""
    for stamp, source in [
        ("色七七久久影院 2024-05-13 23:53:42", None),
        ("民生娱乐  2019-10-31 11:49", None),
        ("巫山发布 2024-07-16 18:02", "巫山发布"),
    ]:
        report, _ = ingested(f"武林镇推进耕地整改\n{stamp}\n" + BODY.format(town="武林镇"))
        assert report.source == source, stamp
