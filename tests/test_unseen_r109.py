"""Page furniture on unseen pages, the development pages of round 109 (issue 9, session 53):
a spam copy's study-use disclaimer and a profile's portrait caption, each written here in
the shape those sites print (real towns, our own sentences) beside the near relative the
rule must leave alone."""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

PROFILE = (
    "蒋乙嘉，20岁参军、40岁退伍复员，之后投身商海，历经近十年打拼成为企业家。"
    "2004年，他回到家乡蓬溪县常乐镇拱市村，当起了村党支部书记。"
)
ROADS = (
    "回村第一件事，他自掏腰包修路。五年间，拱市村修通了28公里水泥路，"
    "家家户户门前都通了车，村民们说：“路通了，心也就通了。”"
)


def test_a_name_alone_with_a_full_stop_between_paragraphs_is_a_portraits_caption():
    body = ingest_text(f"千万富翁回村当支书\n{PROFILE}\n蒋乙嘉。\n{ROADS}\n").body
    assert "蒋乙嘉。" not in body and ROADS[:12] in body


def test_a_sentence_a_scrape_broke_before_its_last_name_keeps_the_name():
    page = f"千万富翁回村当支书\n{PROFILE}记者在村委会见到了村党支部书记\n蒋乙嘉。\n{ROADS}\n"
    assert "蒋乙嘉。" in ingest_text(page).body


def test_a_copys_notice_that_it_is_only_for_study_is_furniture():
    notice = "本站仅为学习交流之用，所有视频和图片均来自互联网收集而来，版权归原创者所有"
    body = ingest_text(f"千万富翁回村当支书\n{PROFILE}\n{ROADS}\n{notice}\n").body
    assert "学习交流" not in body and ROADS[:12] in body


def test_a_sentence_saying_what_villagers_study_stays_in_the_text():
    study = "村里办起农民夜校，仅为学习种植技术，就有200多名村民报了名。"
    assert study in ingest_text(f"千万富翁回村当支书\n{PROFILE}\n{study}\n{ROADS}\n").body


VILLAGE = (
    "三家村党支部书记张桂芳1997年出生，大学毕业后回到家乡鹤壁市淇滨区金山街道，"
    "高票当选村委会主任。她带着村干部清垃圾、刷墙绘，把村子打造成了网红打卡地。"
)


def test_a_morning_papers_reporter_at_work_in_the_text_names_the_source():
    page = f"95后女孩回村当村长\n{VILLAGE}\n潇湘晨报记者注意到，村里的墙绘吸引了不少游客。\n"
    assert ingest_text(page).source == "潇湘晨报"


def test_a_reporter_of_no_named_paper_names_no_source():
    page = f"95后女孩回村当村长\n{VILLAGE}\n记者注意到，村里的墙绘吸引了不少游客。\n"
    assert ingest_text(page).source is None


def test_a_side_boxs_heading_and_its_more_link_are_furniture_not_the_headline():
    report = ingest_text(f"热门项目 更多项目\n热门房产 更多房产\n\n{VILLAGE}\n")
    assert report.title_devised and "更多" not in report.body


def test_a_short_line_that_offers_more_in_words_stays_in_the_text():
    line = "村里的变化 更多的是人心的变化"
    page = f"95后女孩回村当村长\n{VILLAGE}\n{line}\n{ROADS}\n"
    assert line in ingest_text(page).body


def test_a_broken_sentences_last_name_over_a_section_heading_stays_in_the_text():
    page = (
        f"千万富翁回村当支书\n{PROFILE}记者在村委会见到了村党支部书记\n蒋乙嘉。\n"
        f"第一个五年计划 砸钱修路\n{ROADS}\n"
    )
    assert "蒋乙嘉。" in ingest_text(page).body
