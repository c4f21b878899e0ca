"""Headlines a scraper's flattening hides (issue 9, session 8).

A scraper that flattens a page leaves shapes that do not belong to any one site: the
e-paper's list of the issue's other stories run together into one long line above the
story, the headline glued to the lede or to the date, the original headline printed only
under a repost. Before, each of these left the report with a devised title
(``某镇：党建工作报道``) although the page prints its headline. The pages are written by us in
the shapes real pages carry (tests/corpus/PATTERNS.md, "Session 8"), real towns, our own
sentences, invented names.
"""

from __future__ import annotations

from township_reports.evaluate import plain_body
from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "flattened-test.txt")


# --- an e-paper's other headlines run together above the story --------------------------------

EPAPER_PAGE = """市委常委会传达学习省委全会精神全市秋粮收购工作推进会召开市长到北汝河巡河调研持续巩固河长制工作成果驻村书记带来新品种 陵头镇红薯走进郑州超市工作队帮俺修好了连心桥一颗红薯撬动一个产业
第03版 上一期   下一期 上一版 下一版
  •   标题    站内高级搜索
第2731期:第03版 本期出版日期:2023-10-18

驻村书记带来新品种 陵头镇红薯走进郑州超市

“这红薯个头匀，口感面，超市一上架就被抢光了。”10月16日，汝州市陵头镇大郑村党支部书记郑海生指着刚装车的红薯说。
去年以来，驻村第一书记周立新联系农科院专家引进新品种，村党支部领办合作社，统一育苗、统一收购，带动62户群众增收。
"""


def test_a_run_of_other_headlines_above_an_e_paper_story_is_not_its_text():
    report = _ingest(EPAPER_PAGE)
    assert report.title == "驻村书记带来新品种 陵头镇红薯走进郑州超市"
    assert not report.title_devised
    body = plain_body(report.body)
    assert body.startswith("“这红薯个头匀，口感面")
    assert "市委常委会传达学习" not in body


def test_a_long_paragraph_with_clause_punctuation_is_still_the_text():
    page = EPAPER_PAGE.replace(
        "“这红薯个头匀，口感面，超市一上架就被抢光了。”",
        "“这红薯个头匀，口感面，超市一上架就被抢光了，"
        + "大家都说今年的红薯比往年的好卖，" * 3
        + "”",
    )
    body = plain_body(_ingest(page).body)
    assert body.startswith("“这红薯个头匀，口感面")


# --- the headline run into the lede with only a space between them ------------------------------

SPACED_PAGE = """党员带头种新茶 荒坡变成致富园 嗓门大,手脚快。初见平利县西河镇梅子园村党支部书记陈德茂,他正带着党员在坡上栽茶苗。 “过去这片荒坡长满了蒿草,如今党员带头种新茶,群众跟着干,荒坡变成了致富园。”陈德茂说。 去年以来,梅子园村党支部领办茶叶合作社,流转荒坡土地300余亩,带动46户群众种茶增收。
"""


def test_a_headline_run_into_the_lede_with_a_space_is_split_off_and_flagged():
    report = _ingest(SPACED_PAGE)
    assert report.title == "党员带头种新茶 荒坡变成致富园"
    assert not report.title_devised
    assert plain_body(report.body).startswith("嗓门大，手脚快。")
    assert any(item["field"] == "title" for item in report.provenance["review"])


CREDITED_PAGE = """台胞志愿者走进桂溪社区 陪独居长者过中秋 〔记者陈立翔综合报导〕福州市岳峰镇桂溪社区台胞志愿服务队,于9月16日上午走进辖区独居长者家中,送上月饼和慰问品,陪长者聊家常、过中秋。 志愿服务队成立以来,台胞志愿者定期走访社区独居长者,协助社区党委开展邻里互助。
"""


def test_a_two_phrase_headline_before_a_bracketed_credit_is_kept_whole():
    assert _ingest(CREDITED_PAGE).title == "台胞志愿者走进桂溪社区 陪独居长者过中秋"


def test_a_dateline_before_the_lede_is_no_headline():
    page = "中国台湾网9月18日沾化县消息 9月16日,山东省台办驻沾化县下河乡工作队联合下河乡党委,在下河乡开展党员志愿服务活动,为群众送去政策宣讲和义诊服务。\n"
    report = _ingest(page)
    assert report.title_devised
    assert "中国台湾网" not in report.title


# --- a repost names its story only in the 原标题 line under the text ------------------------------

REPOST_PAGE = """第1眼-重庆广电消息,受上游强降雨影响,涪江水位快速上涨,合川区太和镇党委政府连夜组织机关干部、村社区干部和党员志愿者转移低洼地带群众。
截至今天上午10点,太和镇共出动党员干部近300名,帮助662户群众全部完成转移安置。
第1眼-重庆广电特约记者 唐明杰
原标题:涪江水位快速上涨 合川太和镇党员干部连夜转移群众
【免责声明】本客户端未标有来源的稿件均为转载稿。
"""


def test_a_reposts_original_headline_under_the_text_is_its_title_when_none_is_over_it():
    report = _ingest(REPOST_PAGE)
    assert report.title == "涪江水位快速上涨 合川太和镇党员干部连夜转移群众"
    assert "原标题" not in plain_body(report.body)
    assert any(item["field"] == "title" for item in report.provenance["review"])


def test_a_headline_over_the_text_wins_over_the_original_one_under_it():
    page = "太和镇党员干部连夜转移群众\n" + REPOST_PAGE
    assert _ingest(page).title == "太和镇党员干部连夜转移群众"


# --- the meta line run together with the headline and the lede (session 12) ------------------

GLUED_META_PAGE = """双辽市新时代文明实践中心->活动资讯

党员冒雪清通道 群众出行更安心---玻璃山镇志愿者义务清扫积雪 发表时间:2020-12-07 浏览次数:91 为消除雨雪天气对群众出行的影响，近日，玻璃山镇新时代文明实践所组织党员志愿者上路清雪，清出主干道三公里。

清雪行动历时一天，出动铲车2台，机关干部和党员志愿者近60人参加。
"""


def test_a_meta_line_glued_between_headline_and_lede_is_split_off():
    """Before, the headline, date and counter all stood in the first paragraph and the
    title was devised; a round 24 page and a session 11 probe page print it so."""
    report = _ingest(GLUED_META_PAGE)
    assert report.title == "党员冒雪清通道 群众出行更安心——玻璃山镇志愿者义务清扫积雪"
    assert report.date == "2020-12-07"
    body = plain_body(report.body)
    assert body.startswith("为消除雨雪天气对群众出行的影响")
    assert "浏览次数" not in body and "发表时间" not in body


def test_a_headline_glued_to_its_unlabelled_date_is_split_off_too():
    """Round 52: a flattened page glues the headline to a bare date (…捐款捐物2012-10-08
    00:00:00 来源:… 浏览:3484次); the date with its fields after it parts them all the same."""
    page = (
        "我会向献县山秋村贫困户捐款捐物2012-10-08 00:00:00 来源:民进沧州市委 浏览:3484次 "
        "6月21日,民进沧州市委向山秋村贫困户捐赠仪式在献县陌南镇山秋村举行,会员代表将捐赠的衣物送到村里。\n"
    )
    report = _ingest(page)
    assert report.title == "我会向献县山秋村贫困户捐款捐物"
    assert report.date == "2012-10-08"
    assert "浏览" not in plain_body(report.body)


def test_a_source_label_glued_to_the_lede_gives_the_source_and_leaves_the_text():
    page = (
        "牛心镇：小榛蘑撑开致富伞\n\n"
        "本文转自:吉林日报 近年来,为发展壮大村级集体经济,磐石市牛心镇以党支部为引领,"
        "党员带头在林下种植榛蘑,带动全村一百二十户增收。\n\n"
        "旭明村党支部书记说,明年还要扩大种植面积,让更多群众跟着干。\n"
    )
    report = _ingest(page)
    assert report.source == "吉林日报"
    assert plain_body(report.body).startswith("近年来，为发展壮大村级集体经济")


def test_a_meta_line_printed_alone_or_a_notice_in_the_text_is_not_split():
    from township_reports.ingest.glued_meta import split_glued_meta

    assert split_glued_meta("来源:白马镇 作者:王芳 发布时间:2023-09-14") is None
    assert split_glued_meta("会议时间:2023年9月14日，镇党委召开会议，研究部署秋种工作。") is None


def test_a_copy_starting_at_its_lede_keeps_it_above_a_credited_caption():
    """10月23日，鲊埠回族乡组织开展了重阳节系列活动。 / 召开座谈会 彭婷 摄 (round 25): with
    nothing above it, the first line is the copy's lede, not a caption of the picture below,
    and the town it names is the report's."""
    page = (
        "10月23日,鲊埠回族乡组织开展了重阳节系列活动。\n召开座谈会 彭婷 摄\n"
        "在机关大会议室,近20名退休老干部欢聚一堂,共话家常、共谋发展、共度佳节。\n"
        "在乡敬老院,志愿者们和老人一起包饺子,欢声笑语,其乐融融。\n"
    )
    report = _ingest(page)
    assert report.township == "鲊埠回族乡"
    assert plain_body(report.body).startswith("10月23日，鲊埠回族乡组织开展了重阳节系列活动。")
    assert "彭婷" not in report.body
