"""The publication date a page states, found on page shapes nobody has seen before.

Pages here are written by us in the shape of real templates (county government CMS,
media-centre pages, document pages, e-paper, reposts); the sentences are ours.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from township_reports.ingest.dating import (
    DateCandidate,
    choose_publication_date,
    date_candidates,
    guess_body_span,
)
from township_reports.ingest.pipeline import ingest_text
from township_reports.ingest.simplify import to_simplified
from township_reports.ingest.stated_dates import (
    StatedDate,
    find_dates,
    is_date_line,
    parse_stated_date,
)
from township_reports.ingest.unannotate import strip_pinyin_annotations

BODY = "近年来，介休市张兰镇坚持党建引领，推行“三会一课”制度，村级阵地全面提档升级。"


def isos(line: str) -> list[str]:
    return [date.iso for _, _, date in find_dates(line)]


def publication_date(lines: list[str], body_start=None, body_end=None) -> str | None:
    date, _, _ = choose_publication_date(date_candidates(lines, body_start, body_end))
    return date.iso if date else None


# --- find_dates: every way a page writes a date --------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("2024/03/05 10:21", "2024-03-05T10:21"),
        ("2024/03/05/ 10:21", "2024-03-05T10:21"),
        ("2024/03/05/", "2024-03-05"),
        ("2024年03月05日 10:21", "2024-03-05T10:21"),
        ("2024年03月05日10:21", "2024-03-05T10:21"),
        ("2024年3月5日", "2024-03-05"),
        ("2024-3-5", "2024-03-05"),
        ("2024.03.05", "2024-03-05"),
        ("2024-03-05T10:21:07", "2024-03-05T10:21:07"),
        ("2024-03-05T10:21:07+08:00", "2024-03-05T10:21:07"),
        ("2024-03-05 10:21:07", "2024-03-05T10:21:07"),
        ("２０２４年３月５日　１０：２１", "2024-03-05T10:21"),
        ("２０２４－０３－０５", "2024-03-05"),
        ("2024 年 3 月 5 日", "2024-03-05"),
        ("2024年3月5日10时21分", "2024-03-05T10:21"),
        ("二〇二三年十月十二日", "2023-10-12"),
        ("二○一一年九月十四日", "2011-09-14"),
        ("二〇二四年二月二十九日", "2024-02-29"),
        ("二零二四年十二月三十一日", "2024-12-31"),
        ("2023年7月19星期三", "2023-07-19"),  # an e-paper header that dropped its 日
        ("03-13 2009", "2009-03-13"),  # a list's calendar badge flattened to a line
        # a flattened page's space after each dash and the colon (round 80)
        ("发布日期: 2022- 09- 29 16: 18 来源: 塔山街道", "2022-09-29T16:18"),
        ("发表时间:2025 04-30    来源: 海宁文明网", "2025-04-30"),  # year, space, MM-DD (round 84)
    ],
)
def test_every_written_form_is_found(line, expected):
    assert isos(line) == [expected]


CN_DIGITS = "〇一二三四五六七八九"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def chinese_numerals(number: int, *, digits: bool = False) -> str:
    """二〇二三 for a year (digit by digit), 十二 / 二十九 for a month or a day."""
    if digits:
        return "".join(CN_DIGITS[int(c)] for c in str(number))
    tens, ones = divmod(number, 10)
    return (
        (CN_DIGITS[tens] if tens > 1 else "")
        + ("十" if tens else "")
        + (CN_DIGITS[ones] if ones else "")
    )


FORMS = [
    lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}",
    lambda d: f"{d.year}-{d.month}-{d.day}",
    lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
    lambda d: f"{d.year}年{d.month}月{d.day}日".translate(FULLWIDTH),
    lambda d: (
        f"{chinese_numerals(d.year, digits=True)}年"
        f"{chinese_numerals(d.month)}月{chinese_numerals(d.day)}日"
    ),
]


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
    st.sampled_from(FORMS),
    st.sampled_from(["", "发布时间：", "作者：张三", "来源：平利县融媒体中心 "]),
    st.sampled_from(["", " 来源：兴隆镇", "，兴隆镇召开党员大会", " 浏览次数：1066"]),
)
def test_any_real_day_in_any_form_is_found_wherever_it_stands(day, form, before, after):
    line = before + form(day) + after
    [(start, end, date)] = find_dates(line)
    assert date == StatedDate(day.isoformat(), "day")
    assert line[start:end] == form(day)


def test_a_count_after_a_month_is_no_day_without_its_weekday():
    assert isos("2023年5月20余个村完成换届") == [] and isos("2023年7月19周三") == ["2023-07-19"]


def test_a_date_glued_to_a_name_is_found():
    assert isos("作者：张三2024-03-05") == ["2024-03-05"]
    assert isos("2015-03-06 05:59马思远") == ["2015-03-06T05:59"]


def test_offsets_point_at_the_date_in_the_line_as_given():
    line = "发布时间：２０２４年３月５日 来源：平利县融媒体中心"
    [(start, end, _)] = find_dates(line)
    assert line[start:end] == "２０２４年３月５日"


def test_chinese_numerals_are_converted_only_inside_the_date():
    line = "兴隆镇落实“三会一课”制度 二〇二三年十月十二日"
    [(start, end, date)] = find_dates(line)
    assert date.iso == "2023-10-12"
    assert line[:start] == "兴隆镇落实“三会一课”制度 "  # 三会一课 untouched


@pytest.mark.parametrize(
    "line",
    [
        "2023-02-30",  # no such day
        "2023年2月29日",  # not a leap year
        "2024-13-01",
        "二〇二三年二月三十日",
    ],
)
def test_days_that_do_not_exist_are_rejected(line):
    assert find_dates(line) == []


def test_an_impossible_time_keeps_the_day():
    assert isos("2024-03-05 25:61") == ["2024-03-05"]


@pytest.mark.parametrize(
    "line",
    [
        "3月5日，张兰镇党委召开专题会议",  # no year
        "时间:09-17 人气:18",  # no year
        "2023年5月以来，全镇新发展党员12名",  # month only
        "截至2023年5月20余个村完成换届",  # 20 is a count, not a day
        "索引号：6107280000/2024-001005",
        "文章编号：1009-928X(2023)05-0085-04",
        "浏览次数：20240305",
    ],
)
def test_no_year_or_no_full_date_is_never_completed(line):
    assert find_dates(line) == []


def test_every_date_in_a_line_is_found_in_order():
    line = "发文日期：2024-04-06 16:40 发布日期：2024年04月06日 16:34"
    assert isos(line) == ["2024-04-06T16:40", "2024-04-06T16:34"]


# --- parse_stated_date and is_date_line keep working for ingest ------------------------


def test_parse_stated_date_reads_the_first_date_of_a_field_value():
    assert parse_stated_date("2011-09-14 09:09") == StatedDate("2011-09-14T09:09", "minute")
    assert parse_stated_date("某某县融媒体中心 2024-03-05").iso == "2024-03-05"
    assert parse_stated_date("二〇二三年十月十二日").iso == "2023-10-12"
    assert parse_stated_date("09-17") is None


def test_is_date_line_is_true_for_a_line_that_is_only_a_date():
    assert is_date_line("2023-07-25 10:50")
    assert is_date_line("（二〇二三年十月十二日）")
    assert not is_date_line("6月26日，召开会议")
    assert not is_date_line("2024年3月5日，张兰镇召开党建工作推进会")


# --- date_candidates: labels -----------------------------------------------------------


def test_labelled_dates_score_high_and_name_their_label():
    page = ["张兰镇：党建引领乡村振兴", "发布时间：2024-03-05 10:21 来源：介休市融媒体中心", BODY]
    [candidate] = date_candidates(page, body_start=2, body_end=3)
    assert candidate.date.iso == "2024-03-05T10:21"
    assert candidate.rule == "labelled 发布时间"
    assert candidate.score >= 0.9
    assert candidate.line == 1


@pytest.mark.parametrize(
    "meta",
    [
        "日期:2024.03.05",
        "时间: 2024/03/05 来源: 张兰镇 点击数:1066",
        "发布日期：2024年03月05日",
        "【发布时间：2024-03-05】",
        "发 布 日 期： 2024-03-05",
        "发布机构: | 介休市张兰镇 | 发布日期: | 2024-03-05 |",
        "发表于 2024-03-05",
    ],
)
def test_every_label_form_is_read(meta):
    page = ["张兰镇：党建引领乡村振兴", meta, BODY]
    assert publication_date(page, 2, 3) == "2024-03-05"


def test_a_label_with_its_date_on_the_next_line():
    page = [
        "张兰镇：党建引领乡村振兴",
        "发布时间：",
        "2024-03-05",
        "作者：",
        "来源：",
        "张兰镇",
        BODY,
    ]
    [candidate] = date_candidates(page, body_start=6, body_end=7)
    assert candidate.rule == "labelled 发布时间, date on the next line"
    assert candidate.date.iso == "2024-03-05"


def test_a_document_page_prefers_its_publication_label_to_its_signing_label():
    page = [
        "张兰镇人民政府关于开展主题党日活动的通知",
        "  • 发文日期:",
        "    2024年04月06日 16:40",
        "  • 发布日期:",
        "    2024年04月06日 16:34",
        BODY,
    ]
    assert publication_date(page, 5, 6) == "2024-04-06T16:34"


def test_an_update_time_is_taken_only_when_nothing_better_is_stated():
    both = ["标题", "更新时间：2024-03-09", "发布时间：2024-03-05", BODY]
    assert publication_date(both, 3, 4) == "2024-03-05"
    only = ["标题", "更新时间：2024-03-09", BODY]
    date, evidence, warnings = choose_publication_date(date_candidates(only, 2, 3))
    assert date.iso == "2024-03-09" and evidence["rule"] == "labelled 更新时间"
    assert warnings and warnings[0].startswith("页面未注明发布时间")


def test_traditional_and_pinyin_annotated_labels_read_as_simplified():
    raw = ["兴隆鎮(zhèn)黨(dǎng)建工作", "發(fā)佈時(shí)間：2023年7月25日 來(lái)源：平利縣", BODY]
    page = [to_simplified(strip_pinyin_annotations(line)[0]) for line in raw]
    [candidate] = date_candidates(page, body_start=2, body_end=3)
    assert candidate.rule == "labelled 发布时间"
    assert candidate.date.iso == "2023-07-25"


def test_a_longer_word_ending_in_a_label_is_not_a_label():
    # 公示时间 is when a notice runs, not when the page was published.
    page = ["标题", "公示时间:2024-03-05", BODY]
    [candidate] = date_candidates(page, body_start=2, body_end=3)
    assert not candidate.rule.startswith("labelled")


# --- date_candidates: meta lines without a label -----------------------------------------


def test_a_date_inside_a_source_line_scores_high():
    page = ["标题", "来源:介休市融媒体中心 2024-03-05 作者:张三", BODY]
    [candidate] = date_candidates(page, body_start=2, body_end=3)
    assert candidate.rule == "source line" and candidate.score >= 0.85


def test_a_date_before_the_source_label_scores_high():
    page = ["标题", "2023-02-28 17:42:01   来源:平利县融媒体中心 | 编辑:王五   浏览量:17188", BODY]
    assert publication_date(page, 2, 3) == "2023-02-28T17:42:01"


def test_a_date_glued_to_an_author_name_is_taken():
    page = ["标题", "作者：张三2024-03-05", BODY]
    assert publication_date(page, 2, 3) == "2024-03-05"
    page = ["标题", "2015-03-06 05:59马思远", BODY]
    assert publication_date(page, 2, 3) == "2015-03-06T05:59"
    page = ["首页 > 乡镇动态", "标题", "2024-03-05 10:21 欧阳子涵 王小明", BODY]
    [candidate] = date_candidates(page, body_start=3, body_end=4)
    assert candidate.rule == "date line with a name" and candidate.score >= 0.7


def test_an_e_paper_edition_line_carries_the_issue_date():
    page = ["介休日报", "第03版：乡镇新闻 2024年03月05日 星期二", "张兰镇：党建引领乡村振兴", BODY]
    [candidate] = date_candidates(page, body_start=3, body_end=4)
    assert candidate.rule == "e-paper issue date" and candidate.score >= 0.8


def test_a_papers_masthead_with_its_serial_number_carries_the_issue_date():
    """The date and weekday over a paper's 国内统一刊号 (round 92): the issue's, no today-date."""
    masthead = "2022年04月28日 星期四 国内统一刊号:CN51—0098     中国•企业家日报"
    page = [masthead, "张兰镇：党建引领乡村振兴", "来源:企业家日报 作者:", BODY]
    assert publication_date(page, 3, 4) == "2022-04-28"
    portal = "2022年04月28日 星期四 欢迎访问介休市人民政府网"
    assert publication_date([portal, *page[1:]], 3, 4) is None


def test_an_aggregators_post_line_dates_the_post():
    """2022-01-11由 瀚海廉泉 发表于 历史 (a news aggregator's post line, round 92): the date glued
    to 由 and the poster is the post's; the same glue in a sentence is an event's."""
    page = [
        "首页历史 > 正文",
        "张兰镇：党建引领乡村振兴",
        "2022-01-11由 兰溪清风 发表于 历史",
        BODY,
    ]
    assert publication_date(page, 3, 4) == "2022-01-11"
    event = "2022年1月11日由镇党委组织召开换届工作会议"
    assert publication_date([*page[:2], event, BODY], 3, 4) is None


def test_an_e_paper_record_under_the_text_carries_the_issue_date():
    record = "2025-09-30 2 2 河北经济日报 con180624.html 1 张兰镇：党建引领乡村振兴"
    page = ["第05版：承德新闻", "张兰镇：党建引领乡村振兴", BODY, record]
    assert publication_date(page, 2, 3) == "2025-09-30"
    prose = "2025年9月30日，镇党委召开会议，部署国庆期间安全生产工作。"
    assert (
        publication_date(["第05版：承德新闻", "张兰镇：党建引领乡村振兴", BODY, prose], 2, 3)
        is None
    )


def test_a_reposts_meta_line_above_the_body_is_taken():
    page = ["张兰镇：党建引领乡村振兴", "原创 张兰镇发布 2024-03-05 10:21 山西", BODY]
    assert publication_date(page, 2, 3) == "2024-03-05T10:21"


def test_a_date_written_into_the_headline_is_not_taken():
    page = ["首页 > 乡镇动态", "张兰镇2024年3月5日召开党员大会", BODY]
    assert publication_date(page, 2, 3) is None


def test_a_bare_date_line_right_after_the_headline_scores_well():
    page = ["首页 > 乡镇动态", "张兰镇：党建引领乡村振兴", "2024年3月5日", BODY]
    [candidate] = date_candidates(page, body_start=3, body_end=4)
    assert candidate.rule == "date line above the body" and candidate.score >= 0.8


# --- date_candidates: dates that are not the publication date ---------------------------


@pytest.mark.parametrize(
    "header",
    [
        "2024年3月5日 星期二",
        "今天是 2024年3月5日",
        "今天是：2024-03-05 周二",
        "2024年3月5日（星期二）农历正月廿五",
    ],
)
def test_the_page_headers_today_date_scores_zero(header):
    page = [header, "张兰镇：党建引领乡村振兴", BODY]
    [candidate] = date_candidates(page, body_start=2, body_end=3)
    assert candidate.score == 0 and candidate.rule == "page header's today-date"
    assert publication_date(page, 2, 3) is None


def test_a_weekday_in_the_articles_own_source_line_is_not_a_today_date():
    page = ["标题", "2024年03月05日 星期二 来源：介休日报", BODY]
    assert publication_date(page, 2, 3) == "2024-03-05"


def test_a_source_named_today_is_not_a_today_date():
    page = ["标题", "来源：今日平利 2024-03-05", BODY]
    assert publication_date(page, 2, 3) == "2024-03-05"


def test_a_labelled_date_with_a_weekday_is_still_the_publication_date():
    page = ["标题", "发布时间：2024年3月5日 星期二", BODY]
    assert publication_date(page, 2, 3) == "2024-03-05"


def test_copyright_and_counter_lines_score_zero():
    page = [
        "标题",
        BODY,
        "版权所有：介休市人民政府 网站更新时间：2024-03-08",
        "Copyright © 2024-03-08 ICP备12345678号",
        "阅读：2024.3.8",
    ]
    candidates = date_candidates(page, body_start=1, body_end=2)
    assert [c.score for c in candidates] == [0, 0, 0]
    assert {c.rule for c in candidates} == {"copyright or site footer line", "read counter"}


def test_event_dates_in_the_body_score_zero():
    page = [
        "标题",
        "时间: 2018/03/08 来源: 张兰镇",
        "2018年3月6日，张兰镇召开党委扩大会议，部署全年党建工作。",
        "会议要求，2023年5月以来新建的阵地要在年底前全部投用。",
    ]
    candidates = date_candidates(page, body_start=2, body_end=4)
    event = [c for c in candidates if c.line == 2]
    assert event[0].score == 0 and event[0].rule.startswith("date in a sentence")
    assert publication_date(page, 2, 4) == "2018-03-08"


def test_an_event_time_label_inside_the_body_scores_low():
    page = ["标题", BODY, "时间：2024年3月9日上午9时", "地点：镇会议室", BODY]
    [candidate] = date_candidates(page, body_start=1, body_end=5)
    assert candidate.score <= 0.2


def test_a_signature_date_below_the_body_scores_low_to_medium():
    page = ["标题", BODY, "张兰镇党委", "（2024年3月5日）"]
    [candidate] = date_candidates(page, body_start=1, body_end=2)
    assert candidate.rule == "date line below the body (a signature)"
    assert 0.3 <= candidate.score < 0.5


def test_dates_in_a_related_articles_list_are_not_taken():
    page = ["标题", BODY, "相关新闻", "· 太要镇召开党建工作推进会 2024-02-28"]
    candidates = date_candidates(page, body_start=1, body_end=2)
    assert candidates[0].score < 0.3
    assert publication_date(page, 1, 2) is None


def test_without_a_body_span_the_body_is_guessed():
    page = ["今天是2024年3月5日 星期二", "标题", "发布时间：2024-03-01", BODY, "（2024年2月28日）"]
    assert guess_body_span(page) == (3, 4)
    assert publication_date(page) == "2024-03-01"


def test_a_body_span_that_starts_too_early_is_narrowed_to_the_prose():
    # A menu line the cleaner left was taken for the headline: the caller's body then
    # starts at the real headline, above the meta line.
    page = [
        "首页 政务公开 乡镇动态",
        "德胜街道：党建联盟聚合力",
        "日期:2024.05.14  来源：德胜街道",
        BODY,
    ]
    [candidate] = date_candidates(page, body_start=1, body_end=4)
    assert candidate.rule == "labelled 日期" and candidate.score >= 0.85


def test_a_welcome_line_or_a_meta_line_with_commas_is_not_taken_for_the_body():
    page = [
        "您好，欢迎访问介休市人民政府网站！今天是2024年3月5日 星期二",
        "张兰镇：党建引领乡村振兴",
        "时间：2024年3月1日，来源：介休市张兰镇人民政府，作者：张三",
        BODY,
    ]
    assert guess_body_span(page) == (3, 4)
    assert publication_date(page) == "2024-03-01"


# --- choose_publication_date ------------------------------------------------------------


def candidate(iso, score, line, rule="labelled 发布时间", text=None):
    precision = {10: "day", 16: "minute", 19: "second"}[len(iso)]
    return DateCandidate(StatedDate(iso, precision), score, line, rule, text or iso)


def test_the_best_candidate_wins_with_its_evidence():
    date, evidence, warnings = choose_publication_date(
        [
            candidate("2024-03-05", 0.95, 2),
            candidate("2024-03-01", 0.45, 9, "date line below the body (a signature)"),
        ]
    )
    assert date.iso == "2024-03-05"
    assert evidence == {
        "rule": "labelled 发布时间",
        "line": 2,
        "text": "2024-03-05",
        "score": 0.95,
        "agreeing": [],
        "disagreeing": [
            {"date": "2024-03-01", "rule": "date line below the body (a signature)", "line": 9}
        ],
    }
    assert warnings == []


def test_the_same_day_stated_more_precisely_is_taken_precisely():
    date, evidence, _ = choose_publication_date(
        [
            candidate("2024-03-05", 0.85, 2, "date line above the body"),
            candidate("2024-03-05T10:21", 0.8, 3, "source line"),
        ]
    )
    assert date.iso == "2024-03-05T10:21"
    assert evidence["agreeing"] == ["source line"]


def test_two_strong_candidates_that_disagree_raise_a_warning():
    _, _, warnings = choose_publication_date(
        [candidate("2024-03-05", 0.95, 2), candidate("2024-03-07", 0.85, 8, "source line")]
    )
    assert len(warnings) == 1 and warnings[0].startswith("发布日期不一致")


def test_a_weak_best_raises_a_warning():
    _, _, warnings = choose_publication_date(
        [candidate("2024-03-05", 0.45, 9, "date line below the body (a signature)")]
    )
    assert warnings and warnings[0].startswith("发布日期证据较弱")


def test_no_candidate_means_no_date_and_no_invented_one():
    assert choose_publication_date([]) == (None, {}, [])
    assert choose_publication_date(
        [candidate("2024-03-05", 0.0, 0, "page header's today-date")]
    ) == (
        None,
        {},
        [],
    )


# --- whole pages ---------------------------------------------------------------------------


def test_a_county_cms_page():
    page = [
        "用户中心 | 手机版 | 繁体",
        "今天是2024年3月19日 星期二",
        "您当前的位置：首页 > 乡镇动态 > 正文",
        "兴隆镇：“五星”支部创建激活乡村振兴新动能",
        "作者：王密 发布时间：2024-03-12 16:05 来源：平利县兴隆镇",
        "字号：大 中 小",
        BODY,
        "2024年3月10日，兴隆镇党委组织各村党支部书记开展观摩评比。",
        "【打印本页】【关闭窗口】",
        "版权所有：平利县人民政府 2024-01-01",
    ]
    date, evidence, warnings = choose_publication_date(date_candidates(page, 6, 8))
    assert date.iso == "2024-03-12T16:05"
    assert evidence["line"] == 4
    assert warnings == []


def test_a_media_centre_page_with_the_date_split_over_lines():
    page = [
        "宋家镇：党员冬训聚合力",
        "发布时间：",
        "2023年12月18日 09:30",
        "来源：",
        "宋家镇",
        "近日，宋家镇组织全镇党员开展冬训，围绕“三会一课”落实情况开展交流研讨。",
    ]
    assert publication_date(page) == "2023-12-18T09:30"


def test_a_signed_document_in_chinese_numerals():
    page = [
        "中共太要镇委员会关于表彰先进基层党组织的决定",
        "各村党支部：",
        "为激励先进，镇党委决定对在“五星”支部创建中表现突出的党支部予以表彰。",
        "中共太要镇委员会",
        "二〇二三年十月十二日",
    ]
    date, evidence, warnings = choose_publication_date(date_candidates(page))
    assert date.iso == "2023-10-12"
    assert evidence["rule"] == "date line below the body (a signature)"
    assert warnings  # a signature is weak evidence: say so


# --- forms surveyed on new sites (rn, rs, rk) ----------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        # an e-paper mirror's issue label: the issue is the day, written without separators
        ("20240315期来自:天津日报", "2024-03-15"),
        # a media centre's bullet stamp with a two-digit year
        ("  • 24-05-17 19:42:10", "2024-05-17T19:42:10"),
        ("24/05/17 19:42", "2024-05-17T19:42"),
        # a regional news portal: year, a space, then month/day
        ("2024 09/23 10:12:35", "2024-09-23T10:12:35"),
    ],
)
def test_compact_two_digit_year_and_spaced_year_forms_are_found(line, expected):
    assert isos(line) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "浏览次数：20240315",  # a count, not an issue label
        "http://epaper.example.cn/20181114/a.html",  # an address: not a stated date
        "总第20240315号",
        "电话：0912-24-05-17",  # digits, no time: not a stamp
        "24-05-17",  # a two-digit year needs the time of a stamp
        "编号 124-05-17 19:42",
        "招标时间为****年*月**日，地点另行通知",  # masked digits
        "©原创   09-17 10:21   平利县融媒体中心",  # no year: never completed
        "2024 3/5 的比例",
    ],
)
def test_no_new_form_reads_a_date_into_numbers_that_are_not_one(line):
    assert find_dates(line) == []


def test_an_e_paper_issue_label_above_the_body_is_the_date():
    page = ["团泊镇：片区共建激活乡村振兴", "", "20240315期来自:天津日报", "", BODY]
    assert publication_date(page, 4, 5) == "2024-03-15"


def test_a_two_digit_year_stamp_under_the_headline_is_the_date():
    page = ["古田镇举行主题党日活动", "", "  • 24-05-17 19:42:10", "", BODY, "责任编辑：黄靖怡"]
    assert publication_date(page, 4, 5) == "2024-05-17T19:42:10"


def test_a_print_attribution_closing_the_copy_is_the_date():
    page = [BODY, BODY, "《西藏日报》(2023年08月14日 02 版)"]
    assert publication_date(page, 0, 2) == "2023-08-14"
    page = ["标题", BODY, "《人民日报》（ 2018年07月09日 04 版）", "（责编：王小明）"]
    assert publication_date(page, 1, 2) == "2018-07-09"


def test_a_forum_attachment_upload_stamp_is_not_the_publication_date():
    page = ["标题", BODY, "2024-9-12 10:21 上传", "下载附件 (3.12 MB)", BODY]
    [candidate] = date_candidates(page, 1, 5)
    assert candidate.score == 0 and candidate.rule == "upload stamp of an attachment"
    assert publication_date(page, 1, 5) is None


def test_a_spam_copys_stamp_glued_to_its_app_name_is_the_date():
    page = [
        "百姓彩票登录_百科知道",
        "百姓彩票手机版APP2023-01-31 16:05",
        "",
        "宋家川街道：“红色驿站”办事不打烊",
        "中新网榆林1月30日电",
        "作者 高鹏",
        "编辑 李佳",
        BODY,
    ]
    assert publication_date(page, 7, 8) == "2023-01-31T16:05"


def test_a_title_with_a_date_in_a_related_list_is_still_not_taken():
    page = ["标题", BODY, "相关新闻", "太要镇召开党建工作推进会2024-02-28 10:21"]
    assert publication_date(page, 1, 2) is None


def test_a_labelled_time_with_a_read_counter_is_the_meta_line_even_under_a_prose_headline():
    page = [
        "亚尔镇：党员中心户当好“连心桥”，葡萄园里传来好消息！",
        "时间：2024-08-06 18:22浏览：1289",
        BODY,
    ]
    assert publication_date(page, 0, 3) == "2024-08-06T18:22"


def test_a_weekday_after_the_stamp_in_a_source_line_is_not_a_today_date():
    page = ["标题", "2024-09-20 08:15:32 星期五 来源:邢台日报", BODY]
    assert publication_date(page, 2, 3) == "2024-09-20T08:15:32"


def test_a_forum_post_stamp_is_the_date():
    page = ["标题", "老张 发表于 2024-3-5 10:21", BODY]
    assert publication_date(page, 2, 3) == "2024-03-05T10:21"


def test_a_date_without_a_year_stays_no_stated_date():
    page = ["标题", "©原创   09-17 10:21   平利县融媒体中心", BODY]
    assert publication_date(page, 2, 3) is None


def test_a_timed_stamp_with_a_weekday_right_above_the_body_is_the_date():
    page = ["首页 > 要闻", "北寨镇：党员包片解民忧", "2024-09-18 10:21:07 星期三", BODY]
    assert publication_date(page, 3, 4) == "2024-09-18T10:21:07"


def test_a_header_clock_with_a_weekday_far_above_the_body_is_still_a_today_date():
    page = [
        "2024-09-18 10:21:07 星期三",
        "首页 | 新闻中心 | 政务公开",
        "首页 > 要闻",
        "标题",
        "来源：北寨镇",
        BODY,
    ]
    [candidate] = date_candidates(page, 5, 6)
    assert candidate.score == 0 and candidate.rule == "page header's today-date"


@pytest.mark.parametrize(
    "line",
    [
        "Page 24 - 《四川党的建设》数字版 2024年5月下/第10期",  # an issue without a day
        "99-05-17 10:21",  # a two-digit year is read as 20YY only up to the 2030s
    ],
)
def test_an_issue_without_a_day_or_an_unlikely_short_year_is_no_date(line):
    assert find_dates(line) == []


def test_an_aggregators_day_month_year_stamp_is_found():
    assert isos("17.05.2024  19:42") == ["2024-05-17T19:42"]
    assert isos("版本 1.05.2024") == []  # a version number, not a stamp


def test_every_date_rule_reads_in_chinese_on_the_review_list():
    """A curator reads the review list in Chinese: no date rule that can be chosen may show
    its English evidence name inside a warning (发布日期不一致：取“…”（source line）)."""
    from township_reports.ingest import dating

    chosen_kinds = [kind for kind, scores in dating._SCORES.items() if any(scores.values())]
    named = {
        dating._RULE_NAMES.get((kind, zone), kind)
        for kind in chosen_kinds
        for zone in dating._SCORES[kind]
    }
    for rule in sorted(named):
        said = dating.rule_for_curators(rule)
        assert not re.search(r"[A-Za-z]", said), (rule, said)


def test_a_list_templates_date_with_its_counter_run_on_is_the_date():
    """2022-05-203360 (round 38): the date and the read counter beside it, their space lost;
    the zero-padded day ends the date. The same digits inside a sentence are no date."""
    page = ["标题", "2022-05-203360", BODY]
    assert publication_date(page, 2, 3) == "2022-05-20"
    assert publication_date(["标题", "编号2022-05-203360", BODY], 2, 3) is None


def test_a_byline_of_many_names_with_its_day_is_a_meta_line():
    """Round 51: a paper's reporting team and six names on the line under the headline, the
    day last (中国邮政报采访组 甲 乙 … 2023-09-04): the day is the page's date, however many
    names stand before it. A sentence with the same day stays an event."""
    byline = "中国邮政报采访组 毛志鹏 张丹丹 袁威 张晨昱 潘琛 张泽中 2023-09-04"
    assert publication_date(["为什么这里被村民称作邮政村？", byline, BODY], 2, 3) == "2023-09-04"
    said = "2023年9月4日，采访组来到兴福镇邮政村，毛志鹏、张丹丹、袁威走访了村里的邮政网点"
    assert publication_date(["为什么这里被村民称作邮政村？", said, BODY], 2, 3) is None


def test_a_day_in_brackets_closing_the_headline_is_the_posting_day():
    """Round 53: a CMS prints the headline as its list entry, the posting day in brackets
    after it (… 签订共建协议 ( 2024-10-31 )); the day is the page's. The same entry in a
    list of other stories under the text dates those stories, not this one."""
    lede = "10月31日下午，杨行镇和上海银行市北分行举行共建签约仪式，双方将在党建联建、金融服务等方面深化合作。"
    head = "党建联建聚合力 政银共建促发展 杨行镇与上海银行市北分行签订共建协议 ( 2024-10-31 )"
    report = ingest_text(f"{head}\n\n{lede}\n")
    assert report.date == "2024-10-31"
    assert report.title.endswith("签订共建协议")
    listed = "相关新闻\n\n杨行镇召开党建工作推进会 ( 2023-05-12 )\n"
    assert ingest_text(f"杨行镇与上海银行市北分行签订共建协议\n\n{lede}\n\n{listed}").date is None


def test_a_time_with_a_read_counter_glued_after_its_minutes_is_read_to_the_minute():
    """Rounds 56, 57 and 59: a meta line runs the read counter into the minutes (2021-11-22
    09:25380, 2018-05-02 9:3710840) or sets a space after the slash (2023 10/ 17 16:26:43); the
    time is read to the minute, and one or two digits after the minutes leave it unread."""
    assert parse_stated_date("2021-11-22 09:25380").iso == "2021-11-22T09:25"
    assert parse_stated_date("金山人文2018-05-02 9:3710840上海金山").iso == "2018-05-02T09:37"
    assert parse_stated_date("2023 10/ 17 16:26:43").iso == "2023-10-17T16:26:43"
    assert parse_stated_date("2021-11-22 09:253").iso == "2021-11-22"


def test_a_twelve_hour_clocks_pm_time_is_read_on_the_24_hour_clock():
    """Round 60: an overseas portal stamps its posts on a 12-hour clock (2012-04-15 01:04 PM):
    the time is 13:04, not 01:04; without AM or PM the hour is as written."""
    lede = "近日，莺歌海镇党委组织党员干部走访渔民，了解渔业生产困难，帮助解决实际问题十余件。"
    for stamp, iso in [
        ("更新时间：2012-04-15 01:04 PM", "2012-04-15T13:04"),
        ("更新时间：2012-04-15 11:30 AM", "2012-04-15T11:30"),
        ("更新时间：2012-04-15 01:04", "2012-04-15T01:04"),
    ]:
        assert ingest_text(f"莺歌海镇党员干部走访渔民\n{stamp}\n{lede}").date == iso, stamp


def test_a_blogs_stamp_with_its_counters_run_on_is_the_date():
    """Round 85: a blog prints its author's handle, the time and its counters on one line
    (mihoutao 2015 年 8 月 6 日16:37:54评论1,650 views阅读模式); the counters glued after the
    time make it no phrase. A day written into a headline's phrase is still no stamp."""
    lede = "近日，三江镇举办猕猴桃采摘节，游客们走进果园亲手采摘，体验农家生活。"
    stamp = "mihoutao 2015 年 8 月 6 日16:37:54评论1,650 views阅读模式"
    assert ingest_text(f"三江镇猕猴桃采摘节开幕\n{stamp}\n{lede}").date == "2015-08-06T16:37:54"
    phrase = "三江镇2015年8月6日举办猕猴桃采摘节"
    assert ingest_text(f"{phrase}\n{lede}").date is None


def test_a_readers_comment_under_the_story_does_not_date_the_report():
    """A comment box under the story signs each remark with its date and 网友: (发表日期:
    2015/01/22 18:03民生在线网友: 127.0.0.1 under a 2021 report, round 91): the reader's date,
    never the report's, even labelled and earlier."""
    page = "\n".join(
        [
            "澧县蓝天救援队春节义务巡护禁渔水域",
            "来源:民生在线 责任编辑:刘明 时间:2021-02-09 15:49:55",
            "本网讯 为巩固退捕禁捕成果，小渡口镇组织救援队志愿者在春节前后义务巡护禁渔水域。",
            "镇党委要求各村党员带头宣传禁渔政策，发现偷捕行为及时报告。",
            "网友评论",
            "发表日期:2015/01/22 18:03民生在线网友: 127.0.0.1",
            "留言内容....",
        ]
    )
    assert ingest_text(page).date == "2021-02-09T15:49:55"


def test_a_date_after_the_headline_on_its_line_dates_the_report():
    """Round 93: a city paper's page prints the headline and its day on one line, set apart by
    spaces (…“共富梦”在这个村子向阳而生 2022年08月15日), and no other date. Another story's
    headline listed with its day in the header shares no words with the text: still no date."""
    text = (
        "这几天，在河庄街道新围村的党建田园广场，“同心共富试验田”里的15亩向日葵花田进入盛放期，"
        "一张张“笑脸”向阳而生，宛如画作。村党总支把花田收益纳入村集体“共富梦”基金。"
    )
    dated = "15亩向日葵花田宛如画作 “共富梦”在这个村子向阳而生 2022年08月15日"
    assert ingest_text(f"{dated}\n\n■记者 徐红燕 通讯员 王颖超\n\n{text}").date == "2022-08-15"
    listed = "交警部门发布国庆假期高速公路出行安全提示和绕行路线 2022年09月28日"
    assert ingest_text(f"{listed}\n向日葵花田宛如画作\n\n{text}").date is None


def test_a_templates_american_order_date_with_slashes_dates_the_report():
    """Round 95: a district portal's meta line prints its day month first, slashes between
    (发表时间:06/18/2022), as another template printed it with dashes (07-16-2024). A path's
    numbers in an address (/06/18/2022/) and a thirteenth month date nothing."""
    text = (
        "上月底，南京西路商圈的楼宇联合党委提前排摸楼内企业诉求，帮助商户有序恢复线下营业。"
        "党员志愿者轮流值守，把服务送到每一层楼。"
    )
    meta = "来源 东方网    顾一琼     发表时间:{}     浏览 40 次"
    page = "“百亿楼”党建样本，激发强劲生产力\n\n{}\n\n" + text
    assert ingest_text(page.format(meta.format("06/18/2022"))).date == "2022-06-18"
    assert ingest_text(page.format(meta.format("13/18/2022"))).date is None
    assert find_dates("https://example.cn/06/18/2022/a.html") == []


def test_a_forum_members_dates_beside_the_post_date_nothing():
    """Round 92: a Discuz thread's box beside the post, a label and its value a line each as
    list items (- 注册时间 / - 2012-12-27 / - 最后登录 / - 2024-6-3): the member's dates, and
    the registration day had dated the report. A publication label so set still dates it."""
    text = (
        "兴田镇组织党员干部开展茶山整治，集中连片拔除茶苗，按照绿化造林要求挖穴整地。"
        "综合执法大队、林业派出所等部门人员分别负责现场秩序维护和农户的情绪安抚工作。"
    )
    box = "- 注册时间\n- 2012-12-27\n- 最后登录\n- 2024-6-3\n- 阅读权限\n- 150\n\n"
    assert ingest_text(box + text).date is None
    assert ingest_text("- 发布时间\n- 2024-6-3\n\n" + text).date == "2024-06-03"
