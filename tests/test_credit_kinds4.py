"""Credit kinds met on unseen sites, fourth pass (issue 9, session 42, survey round 92).

An office and its writer run together in a 来源 slot (来源:合江县先滩镇关工委办公室张思琪: the
office sent it in, the person wrote it); an outlet printed with no label on the date's own line
(2024-12-13 18:03:07 陕西党建网 2122℃). Pages are our own sentences in those templates'
shapes; the near relative each rule must leave alone is beside it.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

HEADLINE = "福宝镇召开2024年关心下一代工作部署会"
STORY = (
    "4月19日，福宝镇召开2024年关心下一代工作部署会，总结去年工作，部署今年重点任务。\n"
    "会议要求各村关工委用好“五老”力量，扎实做好留守儿童关爱帮扶工作。\n"
)


def test_an_office_and_its_writer_run_together_in_the_source_slot_are_split():
    page = f"{HEADLINE}\n日期:2024-04-24 浏览:1639次\n{STORY}来源:合江县福宝镇关工委办公室刘雨桐\n"
    report = ingest_text(page)
    assert report.source == "合江县福宝镇关工委办公室"
    assert report.authors == ["刘雨桐"]


def test_an_office_whose_name_ends_in_no_person_stays_whole():
    page = f"{HEADLINE}\n日期:2024-04-24 浏览:1639次\n{STORY}来源:合江县融媒体中心\n"
    report = ingest_text(page)
    assert report.source == "合江县融媒体中心"
    assert report.authors == []


def test_an_outlet_printed_on_the_dates_own_line_is_the_source():
    page = f"{HEADLINE}\n\n2024-04-24 18:03:07 四川党建网 2122℃\n\n{STORY}"
    report = ingest_text(page)
    assert report.source == "四川党建网"
    assert report.date.startswith("2024-04-24")


def test_two_outlets_on_the_date_line_name_no_source():
    page = f"{HEADLINE}\n\n2024-04-24 18:03:07 人民网 新华网\n\n{STORY}"
    assert ingest_text(page).source is None
