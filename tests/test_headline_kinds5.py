"""Header lines a page prints around its headline, fifth pass (session 42, rounds 88–92).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 42"): the account that posted
a story named on its own line over the date (文山州关工委 / 2026-01-16), a site's category
word in ASCII brackets or its own address after the headline (… [生活], … 99xcs.com). The
pages are written by us in the shapes those sites print (real towns, our own sentences,
invented names), each with the near relative the rule must leave alone.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "headline-kinds5-test.txt")


ACCOUNT_OVER_DATE = """红河州关工委深入元阳县新街镇调研“五老”助力乡村振兴工作
经验交流
红河州关工委
2025-11-18
分享到:
11月14日，州关工委调研组深入元阳县新街镇，就基层关工委组织建设和“五老”人员助力乡村振兴作用发挥情况开展专题调研。
调研组采取座谈交流、实地走访相结合的方式，与新街镇关工委、“五老”代表及基层干部面对面沟通，了解“五老”在产业发展、乡风文明等方面的具体实践。
"""


def test_a_short_name_over_the_date_under_a_headline_is_who_posted_it():
    report = _ingest(ACCOUNT_OVER_DATE)
    assert report.title == "红河州关工委深入元阳县新街镇调研“五老”助力乡村振兴工作"
    assert report.date == "2025-11-18"


def test_a_short_headline_over_the_date_with_no_headline_above_stays():
    page = "梯田里的“五老”\n2025-11-18\n" + ACCOUNT_OVER_DATE.split("分享到:\n", 1)[1]
    assert _ingest(page).title == "梯田里的“五老”"


TEA_PAGE = """{headline}
2017-03-20 08:04:29 | 来源:大风网 | 投稿:小芸 | 编辑:阿洁

3月15日上午，我们走进梅家坞村。全村以种植销售龙井茶为主要收入来源，炒茶技艺代代相传，村党支部组织老茶农给年轻人开班授课。

“青锅、回潮、辉锅，一道都不能省。”老茶农一边示范一边讲解，年轻党员围在锅边认真记录。
"""


def test_a_category_word_in_ascii_brackets_after_the_headline_goes():
    report = _ingest(TEA_PAGE.format(headline="梅家坞村老茶农传授炒茶技艺 [生活]"))
    assert report.title == "梅家坞村老茶农传授炒茶技艺"


def test_a_copying_site_s_address_after_the_headline_goes():
    report = _ingest(
        TEA_PAGE.format(headline="梅家坞村老茶农传授炒茶技艺 这个春天不一样 cha88.com")
    )
    assert report.title == "梅家坞村老茶农传授炒茶技艺 这个春天不一样"


def test_a_series_tag_in_brackets_before_the_headline_stays():
    report = _ingest(TEA_PAGE.format(headline="[茶乡党建] 梅家坞村老茶农传授炒茶技艺"))
    assert "梅家坞村老茶农传授炒茶技艺" in report.title
    assert "茶乡党建" in report.title
