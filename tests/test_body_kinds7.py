"""Furniture, credit, title and place kinds met on unseen sites, seventh pass (issue 9,
session 31, survey round 75 and the pages before it).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from township_reports.ingest.headline import clean_headline
from township_reports.ingest.pipeline import ingest_text

#: A county site's story naming only its town, 黄龙镇, which five counties hold.
HUANGLONG = "\n".join(
    [
        "黄龙镇纪委开展换届纪律专题教育",
        "为营造风清气正的换届环境，近期，黄龙镇纪委在镇村工作会议上对村（社区）“两委”换届"
        "选举工作提出纪律要求，要求各村监察联络员全程参与监督。",
        "会议强调，要把换届纪律要求学深学透，对违规违纪问题“零容忍”。",
    ]
)


def test_a_footers_filing_number_settles_a_town_several_counties_hold():
    """Round 73: the county site's footer carries its public-security filing number, whose
    first six digits are 怀宁县's division code; the story itself never names the county."""
    report = ingest_text(HUANGLONG + "\n主办单位：黄龙镇人民政府\n皖公网安备 34082202000141号")
    assert (report.township, report.county, report.prefecture) == ("黄龙镇", "怀宁县", "安庆市")


def test_a_government_site_code_settles_it_too():
    report = ingest_text(HUANGLONG + "\n政府网站标识码:4206070001 鄂ICP备05003312号")
    assert (report.county, report.prefecture) == ("襄州区", "襄阳市")


def test_without_a_filing_number_the_town_stays_unsettled():
    report = ingest_text(HUANGLONG + "\n版权所有：黄龙镇人民政府")
    assert report.county is None


def test_a_filing_number_never_places_a_story_by_itself():
    """A provincial portal files under its own city district: with no town of that
    district in the story, the number places nothing."""
    report = ingest_text(
        "村党支部开展主题党日活动\n近日，村党支部组织党员开展主题党日活动，重温入党誓词。\n"
        "浙公网安备 33010602009975号"
    )
    assert report.county is None and report.township is None


def test_a_main_line_on_quoted_figures_keeps_its_subtitle():
    """Round 75: a paper's main line turning on quoted figures, with the line under it
    saying who did what where; the title is both, joined 主题——副题."""
    page = "\n".join(
        [
            "“小厕所”改出“大民生”",
            "十总镇计划年底前完成近2000座户厕改造",
            "日前，记者在十总镇岸西村看到，施工队正在推进厕所改造工程，村干部逐户了解需求。",
            "“小厕所”连着“大民生”，镇里把户厕改造列为今年的民生实事，岸西村党支部书记说，改出了村民的满意。",
        ]
    )
    assert ingest_text(page).title == "“小厕所”改出“大民生”——十总镇计划年底前完成近2000座户厕改造"


def test_a_plain_line_over_the_town_line_is_not_joined_to_it():
    """The line over one naming the town may be a kicker (引题), which is no part of the
    title; without a main line's form the two stay apart."""
    page = "\n".join(
        [
            "老典型焕发新活力",
            "大寨镇推行村级事务“积分制”管理",
            "近年来，大寨镇在各村推行村级事务积分制管理，群众参与村务的热情明显提高。",
            "镇党委定期通报各村积分情况，推动村级事务公开透明。",
        ]
    )
    assert "——" not in ingest_text(page).title


def test_an_outlet_said_to_have_run_the_story_is_cut_off_the_headline():
    """Round 75: a discipline commission's site heads a repost with the paper that ran it,
    《湖北日报》报道…; the paper is the source, not the headline."""
    assert clean_headline("《湖北日报》报道黄梅县濯港镇：四步织密“互廉网”")[0] == (
        "黄梅县濯港镇：四步织密“互廉网”"
    )
    assert clean_headline("《人民日报》头版刊发：十八洞村的新变化")[0] == "十八洞村的新变化"


def test_a_book_or_a_law_said_to_report_stays():
    """A book or a law in title marks before 报道 is no outlet: the headline is whole."""
    headline = "《乡村振兴促进法》报道会在东河镇举行"
    assert clean_headline(headline)[0] == headline


def test_a_forum_posts_edit_stamp_goes_and_dates_nothing():
    """Round 75: a Discuz thread flattened to text glues the post's note of its last edit
    to the post's first words; the note is the forum's, and its time an edit's."""
    page = "\n".join(
        [
            "太康县“五星”支部创建见实效",
            "本帖最后由 开心健康 于 2023-4-15 14:37 编辑“五星”支部创建工作开展以来，"
            "太康县常营镇把创建工作作为推进基层党建和基层治理深度融合的重要抓手。",
            "镇党委逐村研判，对标“五星”标准补短板，各村党支部书记带头领办产业项目。",
        ]
    )
    report = ingest_text(page)
    assert report.body.lstrip().startswith("“五星”支部创建工作开展以来")
    assert "本帖最后由" not in report.body and report.date is None


def test_an_edit_told_in_a_report_stays():
    page = "\n".join(
        [
            "常营镇编印村史读本",
            "常营镇文化站于2023年4月15日编辑完成《常营村史》读本，全书收录老党员口述史料30余篇。",
            "镇党委将读本发放到各村党员活动室，作为主题党日的学习材料。",
        ]
    )
    assert "于2023年4月15日编辑完成" in ingest_text(page).body


#: A WeChat article as a browser copies it: the meta line with the province the platform
#: says it was sent from, the collection line, and the controls under the text.
WECHAT = """常营镇：“五星”支部创建见实效
原创 常营镇宣传办 常营发布 2023-04-15 14:37 发表于河南
收录于合集
#基层党建 12个
“五星”支部创建工作开展以来，常营镇把创建工作作为推进基层党建和基层治理深度融合的重要抓手，逐村研判，对标补短板。
镇党委书记带头联系后进村，各村党支部书记带头领办产业项目，全镇已有8个村申报“四星”以上支部。
编辑：王晓
预览时标签不可点
微信扫一扫
关注该公众号
继续滑动看下一个
轻触阅读原文
常营发布
向上滑动看下一个
知道了
微信扫一扫
使用小程序
取消
允许
视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏 听过"""


def test_a_pasted_wechat_article_keeps_its_date_and_loses_the_platforms_controls():
    report = ingest_text(WECHAT)
    assert report.date == "2023-04-15T14:37"
    assert report.body.split() == [
        "“五星”支部创建工作开展以来，常营镇把创建工作作为推进基层党建和基层治理深度融合的重要"
        "抓手，逐村研判，对标补短板。",
        "镇党委书记带头联系后进村，各村党支部书记带头领办产业项目，全镇已有8个村申报“四星”以上"
        "支部。",
    ]


def test_the_platforms_words_inside_a_reports_sentences_stay():
    page = "\n".join(
        [
            "常营镇精简证明材料",
            "今年以来，常营镇取消了3项证明材料，群众办事不再来回跑，村民纷纷点赞。",
            "镇便民服务中心开通“长者模式”预约，留言、收藏、分享都能在手机上完成。",
        ]
    )
    body = ingest_text(page).body
    assert "取消了3项证明材料" in body and "开通“长者模式”预约" in body


def test_a_forum_threads_controls_between_its_posts_go():
    """A thread flattened to text sets each floor's controls between the posts."""
    lines = [
        "常营镇“五星”支部创建经验交流",
        "“五星”支部创建工作开展以来，常营镇把创建工作作为推进基层党建和基层治理深度融合的重要抓手。",
        "倒序浏览 | 电梯直达 | 只看该作者",
        "查看: 1234|回复: 5",
        "镇党委书记带头联系后进村，各村党支部书记带头领办产业项目，全镇已有8个村申报“四星”以上支部。",
        "无障碍浏览",
        "镇党委将定期通报各村创建进度，对工作滞后的村党支部书记进行约谈。",
    ]
    body = ingest_text("\n".join(lines)).body
    assert body.split() == [lines[1], lines[4], lines[6]]


def test_a_site_named_as_author_is_no_pair_of_run_together_names():
    """Round 75: an aggregator's meta line names itself in the 作者 slot; its five
    characters had been cut into two people (农业人, 才网)."""
    page = "\n".join(
        [
            "常营镇：“五星”支部创建见实效",
            "来源:农业人才网 时间:2023-09-14  06:03:49 作者:农业人才网 浏览量:",
            "“五星”支部创建工作开展以来，常营镇把创建工作作为推进基层党建和基层治理深度融合的重要抓手。",
        ]
    )
    report = ingest_text(page)
    assert report.authors == [] and report.source == "农业人才网"


def test_two_names_a_page_ran_together_are_still_two():
    page = "\n".join(
        [
            "常营镇：“五星”支部创建见实效",
            "作者:周海峰王芮 时间:2023-09-14",
            "“五星”支部创建工作开展以来，常营镇把创建工作作为推进基层党建和基层治理深度融合的重要抓手。",
        ]
    )
    assert ingest_text(page).authors == ["周海峰", "王芮"]


def test_an_original_headline_in_brackets_beside_the_source_titles_a_page_without_one():
    """Round 75: a trade portal prints no headline over a repost, only its source and the
    original headline in brackets side by side under the text."""
    page = "\n".join(
        [
            "![]() |",
            "中国马铃薯网消息，连日来，民乐县南丰乡沟湾村马铃薯种植户正满怀喜悦的心情收获马铃薯。",
            "近年来，沟湾村把马铃薯产业作为农户增收致富的特色产业来抓，村党支部带头引导农户调整种植结构。",
            "(来源:中国张掖网)【原标题:民乐南丰乡沟湾村5000亩马铃薯喜获丰收 】",
        ]
    )
    report = ingest_text(page)
    assert report.title == "民乐南丰乡沟湾村5000亩马铃薯喜获丰收" and not report.title_devised
    assert "原标题" not in report.body


def test_a_town_the_statistics_misprint_is_found_by_its_official_name():
    """Round 71's page named 祁丰藏族乡, which the source's table prints 祁丰蔵族乡 (a
    Japanese glyph); make_gazetteer.py puts such glyphs right."""
    report = ingest_text(
        "祁丰藏族乡召开党建工作推进会\n近日，祁丰藏族乡党委召开党建工作推进会，部署全年基层党建重点任务，"
        "各村党支部书记参加会议。"
    )
    assert (report.township, report.county) == ("祁丰藏族乡", "肃南裕固族自治县")


def test_a_town_the_statistics_name_short_of_its_official_name_is_found_by_it():
    """Rounds 69 and 71: three sites name 格尔木市's 唐古拉山镇, which the source prints
    唐古拉镇; make_gazetteer.py keeps the official name."""
    report = ingest_text(
        "唐古拉山镇开展一号文件宣讲\n本报讯 为将中央一号文件精神送到草原牧区，唐古拉山镇格日罗村宣讲组"
        "深入沱沱河草原，扎实推进一号文件宣讲工作。"
    )
    assert (report.township, report.county) == ("唐古拉山镇", "格尔木市")


def test_a_templates_unchosen_source_choices_are_no_source():
    """Round 76: a clinic's CMS prints its 来源 field's three choices, none chosen; the
    source is the unit signing the text off."""
    page = "\n".join(
        [
            "合陈镇卫生院开展健康义诊进村活动",
            "时间:2023-07-22 来源:原创/投稿/转载作者:管理员点击:",
            "为提高村民健康意识，合陈镇卫生院组织医护人员走进村党群服务中心，为群众免费测量血压、血糖。",
            "（合陈镇卫生院 供稿）",
        ]
    )
    assert ingest_text(page).source == "合陈镇卫生院"


def test_a_colour_switchs_empty_label_no_longer_runs_into_the_headline():
    """Round 76: a town site's reading toolbar leaves 背景颜色: alone on its line, its
    colour buttons gone; read as a label, it took the headline under it as its value."""
    page = "\n".join(
        [
            "当前位置:首页 > 新闻动态 > 乡镇动态",
            "背景颜色:        ",
            "共推“厕所革命” 共促卫生健康",
            "字体[ ]  日期:2019/4/16  来源:平铺镇政府  作者:fcxxb  ",
            "4月16日，平铺镇“厕所革命”专题宣传活动在蔡铺村举行，活动现场通过设置咨询台、展出宣传展板"
            "等形式宣传厕所革命知识。",
        ]
    )
    assert ingest_text(page).title == "共推“厕所革命” 共促卫生健康"


def test_a_background_told_in_a_report_stays():
    page = "\n".join(
        [
            "蔡铺村文化墙换新颜",
            "蔡铺村文化墙以红色为背景颜色：墙上绘有党史故事和村规民约，成为村民休闲学习的好去处。",
        ]
    )
    assert "以红色为背景颜色" in ingest_text(page).body


def test_a_headline_glued_to_the_lede_is_cleaned_as_any_headline():
    """Round 76: a document-sharing site numbers its pages' paragraphs (1、, 2、) and lost
    the line break after the headline; the split-off headline kept its list number."""
    page = (
        "1、城川镇发挥远程教育作用助阵春耕备耕工作“今年种什么、怎么种，远程教育课上讲得明明白白。”"
        "连日来，城川镇坚持把党员干部现代远程教育与春耕生产相结合，服务农村党员群众。"
    )
    assert ingest_text(page).title == "城川镇发挥远程教育作用助阵春耕备耕工作"


def test_a_share_label_between_dashes_is_no_subtitle():
    """Round 76: a county news site sets its share widget's label between dashes under the
    meta line; the headline took it as a subtitle and was then refused as a cut kicker."""
    page = "\n".join(
        [
            "当前位置:",
            "新宁县麻林瑶族乡:“小篮球”推动民族进步“大团结”",
            "来源:新宁新闻网 作者:通讯员 鄢跃斌 黄琪 编辑:张宇昕 2023-08-10 16:51:12",
            "—分享—",
            "“加油、加油。”8月1日，一场别开生面的“民族团结进步杯”篮球赛在新宁县麻林瑶族乡拉开了帷幕，"
            "现场啦啦队的鼓劲加油声不绝于耳。",
        ]
    )
    assert ingest_text(page).title == "新宁县麻林瑶族乡：“小篮球”推动民族进步“大团结”"


def test_an_outlets_accounts_spaced_from_their_channel_word_are_no_headline():
    """Round 76: a ministry's job site heads its story with its own accounts, a space before
    each channel's word; the page prints no headline of its own."""
    page = "\n".join(
        [
            "“中国就业创业” 微信公众号",
            "“中国就业创业” 快手号",
            "12月5日，江西省樟树市昌傅镇制菌种基地内，贫困户们正在搬运菌种袋。近年来，该镇广泛动员"
            "贫困群众参与特色产业，带动就近就业。",
        ]
    )
    report = ingest_text(page)
    assert report.title_devised and "快手号" not in report.body


def test_a_clinic_ad_glued_to_the_lede_without_a_space_goes():
    """Round 75: spam copies glue a clinic's question and its address to the lede they
    hijacked, with no space before the lede's date or first words."""
    for glued, lede in [
        (
            "白癜风医院为您一查到底 http://www.txbyjgh.com/m/",
            "6月9日，走进何坝镇玄庙嘴千亩中药材基地，空气中弥漫着中草药特有的香气。",
        ),
        (
            "北京治白癜风哪家医院比较好 https://disease.39.net/yldt/bjzkbdfyy/",
            "挖掘机一铲子下去，土层被挖开半米多深，村党支部书记带着党员在地里忙活。",
        ),
    ]:
        body = ingest_text("何坝镇中药材基地见闻\n" + glued + lede).body
        assert body.split() == [lede]


def test_an_address_a_report_gives_stays():
    page = "\n".join(
        [
            "何坝镇开通网上办事服务",
            "何坝镇便民服务中心开通网上办事服务，群众可登录网站http://www.hbz.gov.cn查询。",
        ]
    )
    assert "http://www.hbz.gov.cn查询" in ingest_text(page).body


def test_a_digests_bracketed_cut_mark_goes_and_a_writers_ellipsis_stays():
    """Round 73: a digest page cut the story short and marked the cut [……]."""
    page = "\n".join(
        [
            "莒溪镇连夜转移群众",
            "2日凌晨4点半，在连城县莒溪镇乐地村，一阵急促的铜锣声在村庄响起，村干部挨家挨户敲门。",
            "“没事，我们不需要转移。”年过七旬的留守老人夫妻俩开始[……]",
            "村党支部书记说：“雨还在下，河水还在涨……”",
        ]
    )
    assert ingest_text(page).body.split() == [
        "2日凌晨4点半，在连城县莒溪镇乐地村，一阵急促的铜锣声在村庄响起，村干部挨家挨户敲门。",
        "“没事，我们不需要转移。”年过七旬的留守老人夫妻俩开始",
        "村党支部书记说：“雨还在下，河水还在涨……”",
    ]


def test_a_closing_credit_saying_where_the_text_was_taken_from_names_only_the_outlet():
    """A repost closes on where it took the text from, in brackets (（摘自安庆日报）,
    （转自中安在线）, （据安庆日报）): the source is the outlet, not the verb with it."""
    lede = "据了解，怀宁县乡村建设发展有限公司与黄墩镇15个村集体经济组织签订合同，预计每年增加村级集体经济收入约85万元。"
    for credit, outlet in [
        ("（摘自安庆日报）", "安庆日报"),
        ("（转自中安在线）", "中安在线"),
        ("（据安庆日报）", "安庆日报"),
    ]:
        assert ingest_text("黄墩镇壮大村集体经济\n" + lede + credit).source == outlet
