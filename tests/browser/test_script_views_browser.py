"""A report read in the other script, in Chromium, with JavaScript off: the 兴隆镇 and 神河镇
reports (their sources were a site's 繁體 conversion) lead by plain links to their text as
captured and to the 繁體 reading view, each in traditional characters without the
converter's pinyin, saying what it is, and back to the simplified page."""

from __future__ import annotations

import re

import pytest

XINGLONG = "91f79f6ef900"  # seed 000, 兴隆镇 (平利县)
SHENHE = "e0089f6acc92"  # seed 002, 神河镇 (旬阳市)
TAIYAO = "9315f2c26fc9"  # seed 001, 太要镇: a simplified source
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


@pytest.mark.parametrize(
    ("report_id", "town", "captured"),
    [(XINGLONG, "興隆鎮", "本網訊（通訊員 王密）"), (SHENHE, "神河鎮", "神河鎮在開展村級黨組織")],
)
@pytest.mark.parametrize(
    ("label", "suffix", "says"),
    [("原文字形", "orig", "按采集时的繁体字保留"), ("繁體", "hant", "经 OpenCC（s2t）自动转换")],
)
def test_the_other_script_is_one_plain_link_away(
    page_without_javascript, base_url, report_id, town, captured, label, suffix, says
):
    page = page_without_javascript
    page.goto(f"{base_url}/reports/{report_id}.html")
    page.locator(".script-views").get_by_role("link", name=label, exact=True).click()
    page.wait_for_url(f"{base_url}/reports/{report_id}.{suffix}.html")
    article = page.locator("article.report-script")
    assert article.get_attribute("lang") == "zh-Hant"
    text = article.locator(".report-body").inner_text()
    assert town in text and "黨" in text
    assert not PINYIN.search(text), PINYIN.search(text)
    assert "用戶中心" not in text and "字體調節" not in text  # the page's menus stayed out
    if suffix == "orig":
        assert captured in text
    assert says in page.locator(".script-note").inner_text()
    page.locator(".script-views").get_by_role("link", name="简体", exact=True).click()
    page.wait_for_url(f"{base_url}/reports/{report_id}.html")


def test_a_simplified_source_offers_the_reading_view_but_no_captured_text(page, base_url):
    page.goto(f"{base_url}/reports/{TAIYAO}.html")
    row = page.locator(".script-views")
    assert row.get_by_role("link", name="繁體", exact=True).count() == 1
    assert "原文字形" not in row.inner_text()
    page.goto(f"{base_url}/reports/{TAIYAO}.hant.html")
    assert "潼關縣" in page.locator("article.report-script").inner_text()
