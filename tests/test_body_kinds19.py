"""Clean text on unseen pages, round 100's development pages (issue 9, session 48): a photo's
caption with no full stop, run into the lede after its credit."""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

PAGE = """情暖社区 爱在重阳
发布时间：2021-10-15 09:30
{lede}

活动现场，志愿者把准备好的饺馅、饺皮端上桌，大家边聊家常边包饺子，通泰街道月山关社区党支部书记为老人送上重阳糕。
"""

LEDE = "人生最美夕阳红，世间最美老年花。近日，邵武市通泰街道月山关社区开展“情暖社区 爱在重阳”主题活动。"


def test_a_caption_and_its_credit_before_the_lede_go():
    report = ingest_text(PAGE.format(lede="包饺子活动现场 田圆 摄 " + LEDE))
    assert LEDE in report.body
    assert "田圆 摄" not in report.body and "包饺子活动现场" not in report.body


def test_a_lede_naming_a_photographers_show_stays_whole():
    lede = "摄影展开幕当天 老党员田圆 摄影作品《山城重阳》吸引了社区居民驻足观看，通泰街道组织志愿者讲解。"
    report = ingest_text(PAGE.format(lede=lede))
    assert lede in report.body


SNOW = """别斯铁热克乡干部冒雪疏通冬牧场道路
发布时间：2023-01-12 10:20
近日，由于持续降雪并出现风吹雪天气，通往冬牧场的多处路段被堵，别斯铁热克乡党委组织干部连夜清雪。

下一步，吉木乃县将持续做好风雪天气道路应急处置工作，保障道路安全畅通。{tail}
"""


def test_a_platforms_way_back_run_onto_the_last_sentence_goes():
    report = ingest_text(SNOW.format(tail="返回搜狐，查看更多"))
    assert "查看更多" not in report.body
    assert "保障道路安全畅通。" in report.body


def test_a_sentence_asking_readers_to_look_further_stays():
    tail = "村民可返回乡便民服务中心查看更多政策。"
    report = ingest_text(SNOW.format(tail=tail))
    assert tail in report.body


WIND = """吉木乃县：干部冒雪疏通冬牧场道路
发布时间：2023-01-12 10:20
{brand}近日，由于出现持续降雪并出现风吹雪天气，通往冬牧场的多处路段被堵，别斯铁热克乡党委组织干部连夜清雪。

乡党委副书记{brand}、乡长木合亚提·木拉太说：“乡畜牧站的干部们冲在一线，把饲草料送到了牧民家门口。”

下一步，吉木乃县将持续做好风雪天气道路应急处置工作，保障道路安全畅通{brand}。
"""


def test_a_numbered_brand_spliced_in_three_times_goes():
    report = ingest_text(WIND.format(brand="米乐m6"))
    assert "米乐" not in report.body and "m6" not in report.body
    assert "乡党委副书记、乡长木合亚提·木拉太说" in report.body


def test_a_machines_model_named_twice_stays():
    page = (
        WIND.format(brand="").replace("连夜清雪。", "连夜清雪，两台铲雪车t20轮番作业。")
        + "\n乡里新添的铲雪车t20也开上了牧道。\n"
    )
    report = ingest_text(page)
    assert report.body.count("铲雪车t20") == 2


def test_a_long_caption_in_brackets_between_paragraphs_goes():
    caption = "(片区指挥部调度各方资源力量和涉拆党员干部工作单位、区征地服务中心等部门联动召开涉拆关系调度会。)"
    report = ingest_text(SIGNING.format(between=caption))
    assert "调度会" not in report.body


def test_a_bracketed_note_with_clauses_stays():
    note = (
        "(签约期间，片区指挥部临时党支部每天召开碰头会，逐户分析诉求，现场解决群众反映的问题12个。)"
    )
    report = ingest_text(SIGNING.format(between=note))
    assert "逐户分析诉求" in report.body


SIGNING = """乌山街道城铁项目征拆4天全面签约“清零”
发布时间：2021-05-17 09:30
“5月10日签约33户，11日签约12户……全面签约！”5月15日晚，乌山街道征拆指挥部里一片欢腾。

{between}

片区指挥部临时党支部组织涉拆党员干部包户上门，4天时间完成全部签约。
"""
