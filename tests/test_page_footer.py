"""What a county app's page prints under a report (session 44, survey round 95).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 44"): under the text, the editor's
line (责编:…), a 来源 naming no outlet (通讯员投稿), a copyright notice asking reposts to
name 来源、原标题、著作者名, then the app's list of other stories, one of them dated
(今日辟谣(2025年9月11日)). The list stayed in the text, its date became the report's and the
notice's words its source. The page is ours, in that shape (a real town, our sentences); the
near relative is a report signed off with its office and day right under the text.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

TEXT = """
针对中秋期间返乡和外出人员逐渐增多这一情况，9月10日至12日，临武县万水乡组织村“两委”干部在各村重要路口开展交通安全劝导。

劝导现场，工作人员对无牌无证、超员摩托车和拖拉机载人等行为逐一进行劝导，及时消除安全隐患。

“平安出行关键还是要靠大家，我们村干部主动参与劝导，发现一起就劝导一起。”村支书说。
"""
FOOTER = """责编：蒋淑芬
来源：通讯员投稿
版权作品，未经明确书面授权严禁转载。获得合法授权的，转载须注明来源、原标题、著作者名，不得变更核心内容。
致常德兄弟
向新而行|中国“新三样” 造福全世界
今日辟谣(2025年9月12日)
神曲助力“湘超” 家里有“矿” 不服来战
今日辟谣(2025年9月11日)
“湘超”郴州赛区，观赛交通指南来啦！“郴品郴味乡村大舞台”桂阳专场将于9月14日晚上举行，欢迎大家前来观看。
下载APP
"""


def test_the_apps_list_under_the_editors_line_is_neither_text_date_nor_source():
    report = ingest_text(TEXT + FOOTER)
    assert "今日辟谣" not in report.body and "桂阳专场" not in report.body
    assert report.body.rstrip().endswith("村支书说。")
    assert report.date is None
    assert report.source is None
    assert list(report.editors) == ["蒋淑芬"]


def test_an_office_and_day_signing_the_text_off_still_date_it():
    report = ingest_text(TEXT + "\n万水乡人民政府\n2025年9月12日\n" + FOOTER)
    assert report.date == "2025-09-12"


def test_any_editor_label_the_field_readers_know_closes_the_text():
    """网络编辑 is an editor's label in fields.yaml: the line closes the text as 责编 does."""
    report = ingest_text(TEXT + FOOTER.replace("责编：蒋淑芬", "网络编辑：蒋淑芬"))
    assert "桂阳专场" not in report.body and "今日辟谣" not in report.body
    assert list(report.editors) == ["蒋淑芬"]
