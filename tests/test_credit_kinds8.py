"""Credits, eighth pass (session 46; development pages of the survey rounds).

- 编辑:彭丽雯   实习编辑:黄琦彦 under a county station's report: the intern editor, labelled
  with a colon, had been read as a second editor (the README's editors are 责任编辑 / 编辑 /
  责编; byline_roles already knew 实习编辑 without a colon).
- 责任编辑:韶山文明网馨玫 under a county site's report: the site's name run into its editor's
  gave no editor at all (round 90).
- 2022-01-11由 瀚海廉泉 發表于 歷史 under an aggregator's headline: its post line with the day
  first named neither the account that posted the report nor its day (round 92).
- (消费日报记者 冯举□徐彩琴)“在家门口…: a paper's box between its two reporters' names; the
  credit named nobody, and the paper no source (round 97).
- 简阳网讯(李旭晖图片报道)金秋凉爽…: a picture report's maker credited as 摄影报道's is; the
  credit named nobody (round 93).
- …确保镇域安全稳定大局。丁集镇党政办: the town's office signing the text off, glued after the
  last stop where a copy lost the line break, named no source (round 94).

The pages are ours, in those shapes; each has its near relative (the editor's own label, a site's name alone, a
post line with no day, a box before the first name, a photographer's
摄, a sentence cut off after a town's Party committee).
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

STATION = (
    "孝南区西湖街道开展夏季防溺水宣传\n\n"
    "7月5日，孝南区西湖街道组织党员志愿者走进辖区小区、河塘沿岸，开展防溺水安全宣传。\n\n"
    "志愿者向居民发放宣传单，提醒家长看护好孩子，不私自下水游泳。\n\n"
    "(孝感广电全媒体记者 盛思)\n\n"
)


def test_an_intern_editor_with_a_colon_is_no_editor():
    report = ingest_text(STATION + "编辑:彭丽雯   实习编辑:黄琦彦\n\n审核:余明华\n")
    assert list(report.editors) == ["彭丽雯"]
    assert list(report.authors) == ["盛思"]
    assert "黄琦彦" not in report.body


def test_the_editor_beside_another_editor_label_stays_an_editor():
    report = ingest_text(STATION + "编辑:彭丽雯   责任编辑:黄琦彦\n")
    assert list(report.editors) == ["彭丽雯", "黄琦彦"]


SHAOSHAN = (
    "韶山乡推行殡葬改革 党员干部带头签订承诺书\n\n"
    "近日，韶山乡韶山村“红白理事会”组织全村党员干部签订殡葬改革承诺书，倡导文明节俭办丧事。\n\n"
    "该村60岁以上党员主动带头，为全乡殡葬改革起到了示范作用。(稿件来源:韶山文明网  编辑:陈阿微)\n\n"
)


def test_a_sites_name_run_into_its_editors_leaves_the_editor():
    report = ingest_text(SHAOSHAN + "责任编辑:韶山文明网馨玫\n")
    assert set(report.editors) == {"陈阿微", "馨玫"}
    assert "馨玫" not in report.body


def test_a_sites_name_alone_under_the_editors_label_names_no_editor():
    report = ingest_text(SHAOSHAN + "责任编辑:韶山文明网\n")
    assert list(report.editors) == ["陈阿微"]


POSTED = (
    "首頁歷史 > 正文\n\n巴彥高勒蘇木紀委:強化監督,為換屆選舉工作保駕護航\n\n{line}\n\n"
    "12月24日上午,巴彥高勒蘇木為期兩天的人大、政府換屆工作落下帷幕,蘇木紀委全程監督換屆選舉。\n\n"
    "紀委幹部逐項核查選舉程序,確保換屆風清氣正。\n"
)


def test_an_aggregators_post_line_with_the_day_first_names_poster_and_day():
    report = ingest_text(POSTED.format(line="2022-01-11由 瀚海廉泉 發表于 歷史"))
    assert report.source == "瀚海廉泉"
    assert report.date == "2022-01-11"
    assert "發表于" not in report.body and "发表于" not in report.body


def test_a_post_line_with_no_day_dates_nothing():
    report = ingest_text(POSTED.format(line="由 瀚海廉泉 發表于 歷史"))
    assert report.date is None


OPERA = (
    "送戏下乡唱响乡村振兴好声音\n\n"
    "({credit})“在家门口就可以看到这么丰富多彩的节目，真是说到咱们心坎里了！”一位老大爷激动地说。\n\n"
    "7月以来，邯郸市肥乡区天台山镇党委组织文艺小分队走进各村，为群众送去小戏、小品和豫剧选段。\n"
)


def test_a_box_between_two_reporters_names_parts_them():
    report = ingest_text(OPERA.format(credit="消费日报记者 冯举□徐彩琴"))
    assert list(report.authors) == ["冯举", "徐彩琴"]
    assert report.source == "消费日报"


def test_a_box_before_the_first_name_leaves_it_whole():
    report = ingest_text(OPERA.format(credit="消费日报记者□冯举"))
    assert list(report.authors) == ["冯举"]


FESTIVAL = (
    "石桥镇首届柑橘采摘节开幕\n\n"
    "简阳网讯({credit})金秋凉爽，桂花飘香。10月12日，石桥镇首届柑橘采摘节在橘园开幕，镇党委组织党员志愿者为游客引路。\n\n"
    "采摘节期间，各村党支部带领果农设立直销点，帮助果农增收。\n"
)


def test_a_picture_reports_maker_is_its_author():
    report = ingest_text(FESTIVAL.format(credit="李旭晖图片报道"))
    assert list(report.authors) == ["李旭晖"]


def test_a_photographers_credit_names_no_author():
    report = ingest_text(FESTIVAL.format(credit="李旭晖 摄"))
    assert list(report.authors) == []


FIREWORKS = (
    "丁集镇开展禁放烟花爆竹宣传\n\n"
    "2月18日，丁集镇组织各村干部深入沿街门店、超市开展禁放烟花爆竹宣传，让村民了解相关法律法规。\n\n"
    "此次行动由各点总支书记带队，提高群众安全防范意识，确保镇域安全稳定大局。{tail}\n\n"
    "（责任编辑：高敏）\n"
)


def test_an_office_glued_after_the_last_stop_is_the_source():
    report = ingest_text(FIREWORKS.format(tail="丁集镇党政办"))
    assert report.source == "丁集镇党政办"
    assert "党政办" not in report.body


def test_a_sentence_cut_off_after_a_towns_party_committee_names_no_source():
    report = ingest_text(FIREWORKS.format(tail="丁集镇党委"))
    assert report.source is None
