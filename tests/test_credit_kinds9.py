"""Credits and dates a page prints with its text, ninth pass (session 47; development pages
of survey round 98).

- 编稿时间:2017-12-06  来源:新兴乡  作者:孙亚迪  为切实加强…: a county site's meta line run
  into the lede by a scraper, under a date label of the CMS's own coining. Only the eight
  labels sites print most were known to open such a run; any two characters before 时间 or
  日期 do.
- (记者 ▏王亚萍  孟繁硕  杨光) under a media centre's report: a drawing character set as the bar
  between the role and the names (▏, │, ┃), where | and 丨 were known.
- 来源:fun88体育官网app 作者:fun88体育官网登录入口 on a spam copy: the brand, spliced twice, was
  cut, and the login words run on after it (登录入口) stayed as the writer.
- (达帮乡) alone on the line under a county site's report: the town that sent it, as
  …。（达帮乡） glued after the last stop already was.

The pages are ours, in those shapes; the near relatives are a sentence of the text that opens
on an event's time, which is no meta line, a bracket closing the text that credits no one, and a
bracketed year alone under the text.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

LEDE = "为切实加强全县重点扶贫项目大鹅养殖的落实，12月5日，县畜牧局、新兴乡党委政府在新建村召开现场会。"
PAGE = (
    "新兴乡召开大鹅养殖现场会\n\n{line}\n\n会议要求各村党支部抓好养殖技术培训，带动贫困户增收。\n"
)


def test_a_meta_line_under_a_coined_date_label_run_into_the_lede_is_read():
    for label in ("编稿时间", "录入时间", "签发日期"):
        line = f"{label}:2017-12-06     来源:新兴乡     作者:孙亚迪     {LEDE}"
        report = ingest_text(PAGE.format(line=line))
        assert (report.date, report.authors) == ("2017-12-06", ["孙亚迪"]), label
        assert report.body.startswith("为切实加强全县"), label


def test_an_events_time_opening_a_sentence_is_no_meta_line():
    line = "活动时间:2017-12-06上午，新兴乡党委组织党员志愿者走进新建村，帮助养殖户清理鹅舍。"
    report = ingest_text(PAGE.format(line=line))
    assert report.body.startswith("活动时间")


SHEEP = (
    "后所镇：湖羊养殖壮大村集体经济\n\n"
    "近年来，后所镇党委引导各村发展湖羊养殖，村党支部领办合作社，走出壮大村集体经济的新路子。\n\n"
    "目前，养殖场共存栏湖羊63只，带动12户村民在家门口增收。\n\n"
    "{credit}\n"
)


def test_a_drawing_bar_between_the_role_and_the_names_credits_them():
    for bar in ("▏", "│", "┃"):
        report = ingest_text(SHEEP.format(credit=f"(记者 {bar}王亚萍  孟繁硕  杨光)"))
        assert report.authors == ["王亚萍", "孟繁硕", "杨光"], bar


def test_a_bracket_of_figures_closing_the_text_credits_no_one():
    report = ingest_text(SHEEP.format(credit="(数据 ▏截至2023年1月)"))
    assert report.authors == []


def test_a_town_in_brackets_alone_under_the_text_is_the_source():
    for credit in ("(后所镇)", "（后所镇）", "\n(后所镇)\n\n最新文章"):
        report = ingest_text(SHEEP.format(credit=credit))
        assert report.source == "后所镇", credit
        assert "后所镇)" not in report.body and "后所镇）" not in report.body


def test_a_bracketed_year_alone_under_the_text_is_no_source():
    report = ingest_text(SHEEP.format(credit="（二〇二三年）"))
    assert report.source is None


SPAM_COPY = (
    "海口镇：村级巡察推动养殖场整改\n"
    "发布时间:2024-04-30 16:59:47 来源:{brand}app 作者:{brand}登录入口\n"
    "近日，海口镇党委配合区委第三巡察组，对辖区养殖场污染问题开展“回头看”，督促整改落实。\n"
    "镇党委书记表示，将以巡察整改为契机，推动养殖户规范粪污处理。\n"
    "（沈伟圆 孔维其）\n"
)


def test_login_words_run_on_after_a_spliced_brand_are_no_writer():
    report = ingest_text(SPAM_COPY.format(brand="fun88体育官网"))
    assert report.authors == ["沈伟圆", "孔维其"]
