"""Page furniture in the text and text lost, eighteenth pass (session 47; development pages
of survey round 98).

- A portal's report quotes a mediation record after its first two paragraphs (时间:2015年2月14日
  / 地点:谷顶架村 / 参加人:…). The record's dated line looked like the header's meta line, so
  the two paragraphs above it were taken for a site blurb and dropped. Once the page's own
  meta line (发布时间 … 来源 … 作者) stands above the text, a dated line further down is the
  text's.
- 更多新闻 alone under a copied report, then ———END——— and the copying site's promotions
  (限 时 特 惠:…, 站 长 微 信:…, 声明:本站所有文章…): the link to the site's news list, a
  heading of what follows it, as 相关新闻 is; the promotions stayed in the text.

- 扩建之前的道路 / 扩建后的道路 alone between a rectification report's paragraphs: the captions of
  a pair of photographs showing a work before and after; no labelled headline or heading of
  the survey has the shape.

- A county site's item page that prints the whole report twice, paragraph for paragraph
  (round 99): the first print's lede read as a lead copied above the text and was cut, the
  paragraphs came out in the wrong order, and the closing credit (木塔乡人大), a town's
  people's congress, named no source (人大 was no organisation's ending).
- 外围投注 检查过程中，工作人员…: off-book football betting's word a spam copy set before a
  paragraph (round 99); 外围 alone is a report's word (筑牢外围防线) and stays.

The pages are ours, in those shapes; the near relatives are a county site's blurb above the
only meta line, which still goes, a sentence that opens on 更多新闻, and a section heading that says what the work changed
(改造后的老街焕发新活力).
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

RECORD = (
    "调解卷宗里的龙广村：矛盾不出村\n\n"
    "发布时间: 2015-11-18 16:52:34  |  来源: 中国网  |  作者: 张宁锐  |  责任编辑: 焦梦\n"
    "关键词: 民族团结 调解 卷宗\n\n"
    "偷牛、邻里矛盾、山林权属……这些不太好听的词，曾经常出现在开阳县南江乡龙广村的调解卷宗里。\n\n"
    "矛盾怎么化解，村里的调解员有一本账，卷宗一页页记得清清楚楚：\n\n"
    "{meta}\n\n"
    "地点:谷顶架村\n\n"
    "参加人:罗孝武 李光华\n\n"
    "问：你今天上午在哪里干活？答：在油菜地上面栽洋芋，看见牛在吃油菜。\n\n"
    "调解员李光华说，以前调解都是口头说说，现在每一件纠纷都记录在案，双方签字确认。\n\n"
    "龙广村党支部书记介绍，村里成立群众工作室以来，矛盾纠纷全部在村内化解。\n"
)


def test_a_dated_line_in_the_text_under_the_pages_meta_line_keeps_the_paragraphs_above():
    report = ingest_text(RECORD.format(meta="时间:2015年2月14日"))
    assert report.body.startswith("偷牛、邻里矛盾、山林权属")
    assert "矛盾怎么化解" in report.body
    assert report.date == "2015-11-18T16:52:34"


BLURB_PAGE = (
    "欢迎访问\n"
    "封丘县地处河南省东北部，为河南省新乡市辖县，南北长38.2公里，东西宽48.7公里，辖19个乡镇。\n"
    "党员干部齐发力 全力以“复”正当时\n"
    "时间：2024年11月14日 点击次数：209\n"
    "连日来，潘店镇紧盯农田水利建设，党员干部深入田间地头、沟渠河道，清淤疏浚、平整土地。\n"
    "建设现场，潘店镇党员干部以身作则，率先垂范，积极投身农田水利建设第一线。\n"
)


def test_a_sites_blurb_above_its_only_meta_line_still_goes():
    report = ingest_text(BLURB_PAGE)
    assert "封丘县地处河南省东北部" not in report.body
    assert report.body.startswith("连日来，潘店镇")


GOATS = (
    "将军田村：黑山羊养殖带富贫困户\n\n"
    "2016年，将军田村列为定点扶贫村后，村党支部采取“公司+合作社+贫困户”的模式发展黑山羊养殖。\n\n"
    "村党支部7名党员带领贫困户成立养殖合作社，建起羊舍，购买种羊，交由龙头企业统一饲养管理。\n\n"
    "{tail}\n"
)


def test_a_more_news_link_under_the_text_cuts_the_page():
    tail = (
        "更多新闻\n———END———\n"
        "限 时 特 惠: 本站每日持续更新海量创业教程，一年会员只需98元\n站 长 微 信: aiwo51889\n"
        "声明:本站所有文章，如无特殊说明或标注，均为本站原创发布。"
    )
    report = ingest_text(GOATS.format(tail=tail))
    assert report.body.rstrip().endswith("交由龙头企业统一饲养管理。")


def test_a_sentence_opening_on_more_news_stays():
    tail = "更多新闻工作者走进将军田村，记录下黑山羊产业给贫困户带来的变化。"
    report = ingest_text(GOATS.format(tail=tail))
    assert "更多新闻工作者走进将军田村" in report.body


ROAD = (
    "巡察“回头看”：河堤路拓宽了\n\n"
    "“你们是巡察组的吗？我们村有条河堤道路，雨天泥泞难走。”巡察组进驻后，村民反映了这一问题。\n\n"
    "{line}\n\n"
    "巡察组将问题反馈给镇党委，镇党委当即研究，筹措资金对河堤道路进行扩建硬化。\n\n"
    "如今，拓宽后的河堤路平整宽敞，村民出行再也不用踩泥巴了。\n"
)


def test_a_work_shown_before_or_after_is_a_caption():
    for line in ("扩建之前的道路", "扩建后的道路", "改造后的村委会"):
        report = ingest_text(ROAD.format(line=line))
        assert line not in report.body, line
        assert "巡察组将问题反馈给镇党委" in report.body


def test_a_heading_saying_what_the_work_changed_stays():
    report = ingest_text(ROAD.format(line="改造后的老街焕发新活力"))
    assert "改造后的老街焕发新活力" in report.body


CONSTITUTION_DAY = [
    "12月4日是国家宪法日。木塔乡人大组织部分人大代表，开展以“弘扬宪法精神”为主题的宣传活动。",
    "活动分三个小组，分别进村入户、深入学校企业，发放宣传资料，让宪法精神深入人心。(木塔乡人大)",
]


def test_a_report_printed_twice_keeps_its_first_print_and_its_credit():
    report = ingest_text("\n".join(CONSTITUTION_DAY * 2) + "\n")
    paragraphs = [p for p in report.body.split("\n") if p.strip()]
    assert paragraphs == [CONSTITUTION_DAY[0], CONSTITUTION_DAY[1].removesuffix("(木塔乡人大)")]
    assert report.source == "木塔乡人大"


def test_a_lede_printed_again_above_the_text_still_goes_once():
    page = [CONSTITUTION_DAY[0], "木塔乡宪法宣传活动走进村组", *CONSTITUTION_DAY]
    report = ingest_text("\n".join(page) + "\n")
    assert report.body.count("12月4日是国家宪法日") == 1


TEMPLE = (
    "潞城镇开展宗教场所安全检查\n\n"
    "为切实加强宗教场所安全工作，11月10日，潞城镇组织统战、安监等部门对辖区福兴寺开展安全检查。\n\n"
    "{opening}检查过程中，工作人员对寺庙大殿进行了检查，重点查看了灭火器材是否配备、完好有效。\n\n"
    "镇党委要求筑牢外围防线，确保寺庙消防安全。\n"
)


def test_a_betting_word_before_a_paragraph_goes_and_the_periphery_stays():
    report = ingest_text(TEMPLE.format(opening="外围投注 "))
    assert "投注" not in report.body
    assert "\n\n检查过程中，工作人员" in report.body
    assert "筑牢外围防线" in report.body
