"""What a copy leaves around a report (issue 9, session 15, survey round 33): an empty 作者
label before a read counter's, a flattened list's item number before the headline, a
converter's padded pinyin, a notice run on after a 来源 value, a caption printed with its
credit (twice), a picture's file name, a reprint notice glued on after the last paragraph of
a page printed as one line, and two writers' names glued after the last sentence.

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

HEADLINE = "烟阁乡：超市“小积分” 乡风“大文明”"
PARAGRAPHS = (
    "为调动群众参与乡村治理的积极性，永新县烟阁乡以试点先行的方式创立积分超市，引导村民参与乡村治理。\n"
    "在烟阁乡烟阁村，生活用品整齐地摆放在货架上，墙上张贴着积分规则和兑换标准，村民一目了然。\n"
    "村民可以通过垃圾分类、红白喜事简办等文明行为兑换积分，乡风文明建设有了实实在在的抓手。\n"
)


def test_an_empty_author_label_does_not_take_the_read_counters_label_for_a_name():
    report = ingest_text(
        f"{HEADLINE}\n发布:2022-12-27 09:59:14   来源:永新融媒  作者:   浏览量:  \n{PARAGRAPHS}"
    )
    assert report.authors == [] and report.source == "永新融媒"
    near = ingest_text(
        f"{HEADLINE}\n发布:2022-12-27 09:59:14 来源:永新融媒 作者:刘晓雯\n{PARAGRAPHS}"
    )
    assert near.authors == ["刘晓雯"]


def test_a_flattened_lists_item_number_is_no_part_of_the_headline():
    report = ingest_text(
        f"1. 欢迎您访问永新县人民政府网!\n2. 【推进移风易俗】{HEADLINE}\n{PARAGRAPHS}"
    )
    assert report.title == f"【推进移风易俗】{HEADLINE}"


def test_a_converters_pinyin_padded_with_a_space_is_dropped():
    report = ingest_text(
        "中共蘇州縣工作委員會(huì )舊址開館\n"
        + PARAGRAPHS.replace("村民可以", "縣工委舊址開(kāi )放后，村民可以")
    )
    assert report.title == "中共苏州县工作委员会旧址开馆"
    assert "huì" not in report.body and "kāi" not in report.body


def test_a_source_ends_at_the_comma_a_notice_follows():
    report = ingest_text(
        f"{HEADLINE}\n2022-12-27\n来源:微永新,信息贵在分享,如涉及版权问题请联系删除\n{PARAGRAPHS}"
    )
    assert report.source == "微永新"


def test_a_caption_printed_with_its_credit_leaves_the_body_and_prose_stays():
    caption = "烟阁村村民在积分超市兑换生活用品。图源:永新县烟阁乡人民政府"
    first, *rest = PARAGRAPHS.splitlines()
    report = ingest_text(f"{HEADLINE}\n{first}\n{caption}{caption}\n" + "\n".join(rest))
    assert "图源" not in report.body and "兑换生活用品。" not in report.body
    # a sentence naming a map before a colon is no caption
    kept = "村干部指着墙上的示意图：这是全村的垃圾分类点位。"
    near = ingest_text(f"{HEADLINE}\n{first}\n{kept}\n" + "\n".join(rest))
    assert kept in near.body


def test_a_pictures_file_name_on_a_line_of_its_own_leaves_the_body():
    first, *rest = PARAGRAPHS.splitlines()
    name = "2022-12-27烟阁乡积分超市兑换现场 (1).jpg"
    report = ingest_text(f"{HEADLINE}\n{first}\n{name}\n" + "\n".join(rest))
    assert ".jpg" not in report.body and rest[0][:20] in report.body


def test_a_reprint_notice_glued_after_the_last_paragraph_of_a_one_line_page_goes():
    one_line = " ".join(PARAGRAPHS.splitlines())
    footer = "未经许可，各级媒体不得转载改编 稿源：烟阁乡 传播新闻资讯 发布政务信息 长按"
    report = ingest_text(f"{HEADLINE}\n{one_line} {footer}\n")
    assert "未经许可" not in report.body and "长按" not in report.body
    assert PARAGRAPHS.splitlines()[2][:30] in report.body
    assert report.source == "烟阁乡"


def test_a_papers_numbered_reprint_rules_leave_the_body():
    rules = (
        "1.永新日报遵循行业规范,任何转载的稿件都会明确标注作者和来源;"
        "2.永新日报的原创文章,请转载时务必注明文章作者和来源。"
    )
    report = ingest_text(f"{HEADLINE}\n{PARAGRAPHS}{rules}\n")
    assert "转载" not in report.body


def test_two_names_glued_after_the_last_sentence_are_the_writers():
    text = PARAGRAPHS.rstrip("\n") + "马路遥刘西光\n"
    assert ingest_text(f"{HEADLINE}\n{text}").authors == ["马路遥", "刘西光"]
    # four characters that are no two names stay text, and credit nobody
    near = ingest_text(f"{HEADLINE}\n" + PARAGRAPHS.rstrip("\n") + "严管厚爱\n")
    assert near.authors == [] and "严管厚爱" in near.body


def test_a_summary_copying_the_lead_stays_out_though_it_reads_as_two_paragraphs():
    first, second, _ = PARAGRAPHS.splitlines()
    summary = f"作者:刘晓雯 {first} {second[:24]}"
    report = ingest_text(
        f"{HEADLINE}\n时间:2022-12-27 来源:永新融媒\n{summary}\n作者:刘晓雯\n{PARAGRAPHS}"
    )
    assert report.body.count(first[:30]) == 1
