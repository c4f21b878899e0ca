"""Credits a page prints with its text, fifth pass (session 43, round 93).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 43"): a city portal's meta line
crediting its outlet in both the 来源 and the 作者 slot (来源:一周天水 作者:一周天水). The
pages are written by us in the shapes those sites print (real towns, our own sentences,
invented names), each with the near relative the rule must leave alone.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "credit-kinds5-test.txt")


PORTAL_PAGE = """当前位置:首页 > 天水旅游 > 周边景点
天水·秦州首届华岐牡丹文化旅游节盛大开幕

时间:2018-05-09 00:45:27  来源:{source}  作者:{author}  浏览量: ; 字体设置:

 5月8日，天水秦州首届华岐牡丹文化旅游节在华岐镇汪团村油用牡丹种植基地举行，镇党委组织党员志愿者为游客提供引导服务。

 华岐镇党委书记介绍，近年来全镇发展油用牡丹种植，带动村集体经济增收。
"""


def test_an_outlet_credited_as_source_and_author_is_no_author():
    report = _ingest(PORTAL_PAGE.format(source="一周天水", author="一周天水"))
    assert report.source == "一周天水"
    assert report.authors == []


def test_a_writer_credited_beside_the_outlet_stays_an_author():
    report = _ingest(PORTAL_PAGE.format(source="一周天水", author="王丽"))
    assert (report.source, report.authors) == ("一周天水", ["王丽"])


def test_a_site_credited_as_author_under_its_own_pinyin_address_is_no_author():
    """来源:shuguojinxiu.com 作者:蜀国锦绣 (round 89): a small site names itself twice, once by
    the pinyin it registered and once in characters; the characters are the site, not a
    writer. A person's name beside such an address stays an author."""
    report = _ingest(PORTAL_PAGE.format(source="tianshuiqinzhou.com", author="天水秦州"))
    assert (report.source, report.authors) == ("tianshuiqinzhou.com", [])
    report = _ingest(PORTAL_PAGE.format(source="tianshuiqinzhou.com", author="王丽"))
    assert report.authors == ["王丽"]


MAGAZINE_PAGE = """农民工返乡竞选村官成潮流 “土归”贴本儿当书记

2009年02月24日 09:41 来源：中国新闻网

{byline}

文/王婧

上蔡县邵店镇的村集体经济曾经一片空白。近年来，镇党委引导返乡农民工竞选村干部，盘活闲置资产，发展光伏和特色种植。

返乡当上村党支部书记的李国强说，集体有了钱，修路、安路灯都不用再等。
"""


def test_where_a_magazines_reporter_filed_from_is_no_part_of_the_credit():
    for byline in ("本刊记者/刘炎迅(发自河南上蔡)", "本刊记者 刘炎迅 发自河南上蔡"):
        report = _ingest(MAGAZINE_PAGE.format(byline=byline))
        assert report.authors == ["刘炎迅", "王婧"], byline


def test_a_filing_note_alone_credits_nobody():
    report = _ingest(MAGAZINE_PAGE.format(byline="（发自河南上蔡）"))
    assert report.authors == ["王婧"]
