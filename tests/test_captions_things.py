"""Photo captions on unseen pages, the development pages of round 108 (issue 9, session 53):
a line that only names a thing and closes with a full stop stands for a photograph, since a
sentence of a report says something of what it names. Written here in the shape those sites
print (real towns, our own sentences) beside the near relatives the rule must leave alone."""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

ABOVE = (
    "走进沿河土家族自治县中寨镇志强村，层层叠叠的茶园沿山铺开，采茶的村民穿梭其间，"
    "一派繁忙景象。近年来，村党支部领办茶叶专业合作社，带动全村126户群众种茶增收。"
)
BELOW = (
    "茶叶加工厂建成投产后，鲜叶就近收购、就地加工，去年全村茶叶产值突破600万元，"
    "村集体经济收入达到32万元，群众在家门口就能实现就业。"
)


def page_with(line: str) -> str:
    return f"志强村：小茶叶撑起致富梦\n{ABOVE}\n{line}\n{BELOW}\n"


def test_a_things_name_closed_by_a_full_stop_between_paragraphs_is_a_caption():
    for caption in (
        "沿河自治县中寨镇志强村白叶一号茶叶加工厂。",
        "贵州省湄潭县金花村“七彩部落”现貌。",
    ):
        body = ingest_text(page_with(caption)).body
        assert caption not in body and ABOVE[:20] in body and BELOW[:20] in body, caption


def test_a_short_sentence_that_says_something_of_its_subject_stays_in_the_text():
    for sentence in ("没想到这三件事的效果立竿见影。", "茶叶成了志强村的致富叶。"):
        assert sentence in ingest_text(page_with(sentence)).body, sentence


def test_a_things_name_with_no_full_stop_reads_as_a_section_heading_and_stays():
    assert "志强村的万亩茶海" in ingest_text(page_with("志强村的万亩茶海")).body
