"""Header lines a page prints around its headline, second pass (headline_kinds.below_page_lines,
simplify.restore_fullwidth_punctuation's dash).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 7 rules, second pass (T2:
headlines)"): a source line with a time stamp taken as the headline, a place's forum banner, a
short section line or caption standing right over the text under the printed headline, a
breadcrumb from the home page naming the headline where no line prints it, and a dash flattened
to two hyphens. The pages are written by us in the shapes those sites print (real
towns, our own sentences, invented names), each with the near relative the rule must leave alone.
"""

from __future__ import annotations

from township_reports.evaluate import plain_body
from township_reports.ingest.pipeline import ingest_bytes
from township_reports.ingest.simplify import restore_fullwidth_punctuation


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "headline-kinds2-test.txt")


# --- a source line with a time stamp -----------------------------------------------------------

STAMP_PAGE = """大众新闻·农村大众 07-10原创
今年麦收,邹城市香城镇组织党员农机手分片包村,帮缺劳力的农户抢收小麦、抢种玉米,全镇夏收进度比去年提前了三天。镇党委书记说,镇里设了农机调度点,哪里缺机械就往哪里派。
(大众新闻·农村大众记者 张晓文)
"""


def test_a_source_line_with_a_time_stamp_is_never_the_title():
    report = _ingest(STAMP_PAGE)
    assert report.title_devised
    assert "原创" not in report.title


def test_a_headline_naming_an_age_span_stays_the_title():
    page = "香城镇为3-6岁留守儿童开设“红色课堂”\n" + STAMP_PAGE.split("\n", 1)[1]
    report = _ingest(page)
    assert report.title == "香城镇为3-6岁留守儿童开设“红色课堂”"
    assert not report.title_devised


# --- a place's forum banner --------------------------------------------------------------------

FORUM_PAGE = """上高县论坛

首页 » 问答 » 问答 » 芦洲乡党建引领柑橘产业兴村富民
2024/9/30 12:00:00

4月20日一早,上高县芦洲乡新桥村的柑橘基地就热闹起来,村民把一捆捆柑橘苗搬上货车,一天下来,十多辆货车从这里开往省内各地。

“以前这块是荒地,现在成了果园,我在基地打零工,一天也能挣一百多块。”村民刘春生一边锄草一边说。
"""


def test_a_place_s_forum_banner_is_never_the_title_and_the_breadcrumb_names_the_headline():
    report = _ingest(FORUM_PAGE)
    assert report.title == "芦洲乡党建引领柑橘产业兴村富民"


def test_a_forum_banner_over_a_page_with_no_breadcrumb_leaves_the_title_devised():
    page = FORUM_PAGE.replace("首页 » 问答 » 问答 » 芦洲乡党建引领柑橘产业兴村富民\n", "")
    report = _ingest(page)
    assert report.title_devised
    assert "论坛" not in report.title


def test_a_breadcrumb_ending_in_a_column_gives_no_title():
    page = FORUM_PAGE.replace("问答 » 问答 » 芦洲乡党建引领柑橘产业兴村富民", "新闻 » 乡镇动态")
    assert _ingest(page).title_devised


def test_a_headline_about_a_forum_stays_the_title():
    page = FORUM_PAGE.replace("上高县论坛", "新桥村举办首届柑橘产业发展论坛")
    assert _ingest(page).title == "新桥村举办首届柑橘产业发展论坛"


# --- a short line right over the text, under the printed headline ------------------------------

SECTION_PAGE = """欢迎访问辽宁长安网

哪有什么“秘诀”?不过是有人把你的事放在心上

2023-06-12 09:30 来源:辽宁法治报

幸福落脚点

走进铁岭县腰堡镇的村民服务站,墙上贴着一张张便民卡片,上面写着网格员的名字和电话。村民王秀兰说,家里有事打个电话,网格员当天就上门。
"""


def test_a_short_section_line_over_the_text_does_not_displace_the_printed_headline():
    assert _ingest(SECTION_PAGE).title == "哪有什么“秘诀”？不过是有人把你的事放在心上"


def test_a_short_headline_right_over_the_text_stays_the_title_when_none_is_above_it():
    page = SECTION_PAGE.replace("哪有什么“秘诀”?不过是有人把你的事放在心上\n\n", "")
    page = page.replace("2023-06-12 09:30 来源:辽宁法治报\n\n", "")
    page = page.replace("欢迎访问辽宁长安网\n\n", "")
    page = "2023-06-12 09:30 来源:辽宁法治报\n\n" + page
    assert _ingest(page).title == "幸福落脚点"


# --- a dash flattened to two hyphens -----------------------------------------------------------

DASH_PAGE = """银龄护河守清流 党员带头护一方--顺义光明街道裕龙三区“银龄”护河队侧记

时间:2018-05-25 来源:顺义区委老干部局
  为了母亲河的水更清,光明街道裕龙三区的老党员组建了“银龄”护河队--队员们每周两次沿潮白河巡查,捡拾垃圾,劝阻下河游泳。
  护河队现有队员60人,分成8个小组,定期分段开展服务。
"""


def test_a_dash_flattened_to_two_hyphens_is_restored_in_the_title_and_the_text():
    report = _ingest(DASH_PAGE)
    assert report.title == ("银龄护河守清流 党员带头护一方——顺义光明街道裕龙三区“银龄”护河队侧记")
    assert "“银龄”护河队——队员们每周两次" in plain_body(report.body)


def test_a_chain_of_site_names_and_a_triple_hyphen_keep_their_hyphens():
    assert restore_fullwidth_punctuation("党建联盟带活一片茶--福建频道--人民网")[1] == 0
    assert restore_fullwidth_punctuation("先后推出发表---作者注")[1] == 0


# --- a story's format tag before the headline ---------------------------------------------------

FORMAT_TAG_PAGE = """视频|镇村干部下田头：香城镇组织党员农机手抢收抢种
大众新闻·农村大众 07-10原创
今年麦收，邹城市香城镇组织党员农机手分片包村，帮缺劳力的农户抢收小麦、抢种玉米，全镇夏收进度比去年提前了三天。
视频：邹城市融媒体中心
"""


def test_a_format_tag_before_the_headline_is_cut_and_the_headline_kept():
    report = _ingest(FORMAT_TAG_PAGE)
    assert report.title == "镇村干部下田头：香城镇组织党员农机手抢收抢种"
    assert not report.title_devised


def test_a_video_credit_line_still_leaves_the_body():
    body = plain_body(_ingest(FORMAT_TAG_PAGE).body)
    assert "融媒体中心" not in body
    assert "党员农机手分片包村" in body
