"""Sources on unseen pages, round 100's development pages (issue 9, session 48): an outlet an
aggregator sets before the headline's colon is the repost's source, as one in black brackets is."""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

REPOST = """{headline}
——小记四川省广安市武胜县胜利镇吊井龙村第一书记何中明卖菜的故事
12月6日清晨，薄雾笼罩着川东大地。胜利镇吊井龙村村民谭秀珍家里来了几位“亲戚”，他们是驻村第一书记何中明和国网广安供电公司的党员。

何中明在村里架起手机直播带货，一个多月帮村民卖出蔬菜两万多斤，村党支部还建起了网店。
{credit}"""

HEADLINE = "井龙村第一书记何中明:网上卖菜直播带货 “电工”变身“电商”"


def test_an_outlet_before_the_headlines_colon_is_the_source():
    report = ingest_text(REPOST.format(headline="农民日报:" + HEADLINE, credit=""))
    assert report.source == "农民日报"
    assert report.title.startswith("井龙村第一书记何中明")


def test_a_place_before_the_headlines_colon_is_no_source():
    report = ingest_text(REPOST.format(headline="胜利镇:" + HEADLINE, credit=""))
    assert report.source is None


def test_a_labelled_source_stays_before_the_repost_mark():
    report = ingest_text(
        REPOST.format(headline="农民日报:" + HEADLINE, credit="来源:武胜县融媒体中心")
    )
    assert report.source == "武胜县融媒体中心"


WATER = """自来水管被冻 村干部挨户送水
“要取水，必须先扫出一条便道来。”白鹤镇大岙村党支部书记一早召集村干部，三人一拍即合，当即发动村里的党员干部扫雪。

接连两天，该村的党员干部都主动为山上的单家头、水竹岙、太白头等自然村的村民挑水送水。

{credits}
"""


def test_a_portals_icon_text_before_its_source_label_goes():
    report = ingest_text(
        WATER.format(credits="作者:斯信忠 县委组 徐平\n\nnetease 本文来源:浙江在线-浙江日报")
    )
    assert report.source == "浙江在线-浙江日报"
    assert "netease" not in report.body


def test_a_placeholder_before_the_named_outlet_goes():
    credits = "2016-01-26 17:53    来源:互联网--台州日报    作者:台州新闻    阅读:36次"
    assert ingest_text(WATER.format(credits=credits)).source == "台州日报"


def test_a_placeholder_alone_names_no_source():
    credits = "2016-01-26 17:53    来源:互联网    阅读:36次"
    assert ingest_text(WATER.format(credits=credits)).source is None


SIGNING = """乌山街道城铁项目征拆4天全面签约“清零”
{dateline}“5月10日签约33户，11日签约12户……全面签约！”5月15日晚，乌山街道征拆指挥部里一片欢腾。

片区指挥部临时党支部组织涉拆党员干部包户上门，4天时间完成全部签约。
"""


def test_a_paper_and_its_app_joined_by_a_bullet_keep_their_dateline_byline():
    report = ingest_text(SIGNING.format(dateline="湖南日报•新湖南客户端5月17日讯(通讯员 彭建家)"))
    assert report.authors == ["彭建家"]


def test_the_same_dateline_with_the_middle_dot_reads_alike():
    report = ingest_text(SIGNING.format(dateline="湖南日报·新湖南客户端5月17日讯(通讯员 彭建家)"))
    assert report.authors == ["彭建家"]


RESETTLED = """巫峡镇圆满完成边贸中心征迁任务
2015-07-13 14:40
2014年8月开始，镇党委书记、镇长挂帅，组织10多名镇、村干部开展征迁工作。

经过全体征迁干部10个月艰苦细致的工作，巫峡镇圆满完成了全部征迁工作。

{credit}
"""


def test_a_kind_of_media_in_a_writers_credential_is_no_source():
    report = ingest_text(RESETTLED.format(credit="唐探峰(国家级媒体特约记者)"))
    assert report.source is None
    assert report.authors == ["唐探峰"]


def test_an_outlet_named_in_a_writers_credential_is_the_source():
    report = ingest_text(RESETTLED.format(credit="唐探峰(巫山日报特约记者)"))
    assert report.source == "巫山日报"


LANTERNS = """乐家湾镇：灯耀乐镇 情牵党群闹元宵
{head}
正月十五，乐家湾镇党委在新时代文明实践站举办“灯耀乐镇 情牵党群”闹元宵活动，党员志愿者和群众一起猜灯谜、包元宵。

活动还为辖区独居老人送去了元宵和慰问品，把党和政府的关怀送到群众心坎上。

未经允许不得转载本站原创内容，否则追究法律责任。
{tail}
"""


def test_links_to_the_previous_and_next_posts_with_their_dates_name_no_source():
    report = ingest_text(
        LANTERNS.format(head="", tail="上一篇 2022-02-15 19:18\n下一篇 2022-02-17 10:26")
    )
    assert report.source is None
    assert "下一篇" not in report.body
    assert report.date is None  # the dates are the other posts'


def test_an_e_papers_date_line_beside_its_page_links_keeps_its_date():
    report = ingest_text(LANTERNS.format(head="3上一篇 2022年2月16日 放大 缩小 默认", tail=""))
    assert report.date == "2022-02-16"


DUMPLINGS = """冬至包饺子 浓浓邻里情
发布时间:2021-12-22 15:26:00
12月20日下午，洲心街道永安社区党支部联合共建单位开展冬至包饺子活动，为小区老人送上节日祝福。

本次活动弘扬了传统文化，让小区老人们冬日里感受到大家庭的温暖，促进了和谐。{credit}
"""


def test_a_writer_in_brackets_closing_the_text_survives_an_encoders_question_mark():
    report = ingest_text(DUMPLINGS.format(credit="(周湘娥)?"))
    assert report.authors == ["周湘娥"]


def test_a_question_in_brackets_closing_the_text_is_no_byline():
    report = ingest_text(DUMPLINGS.format(credit="(明年还办吗)?"))
    assert report.authors == []


def test_a_drawing_bar_parts_a_source_from_its_date_as_a_keyboard_bar_does():
    page = WATER.format(credits="").replace(
        "自来水管被冻 村干部挨户送水\n",
        "自来水管被冻 村干部挨户送水\n来源:台州日报│2016-01-26 17:53\n",
    )
    report = ingest_text(page)
    assert report.source == "台州日报"
    assert report.date == "2016-01-26T17:53"
