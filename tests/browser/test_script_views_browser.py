"""A report read in 繁體, in Chromium, with JavaScript off: every report page leads by one
plain link to a 繁體 view, in traditional characters without the converter's pinyin,
saying what it is, and back to the simplified page.

For the 兴隆镇 and 神河镇 reports (their sources were a site's 繁體 conversion) that view is
the text as captured, what a scholar quotes; for 太要镇 (a simplified source) it is the
OpenCC s2t reading view."""

from __future__ import annotations

import re

import pytest

XINGLONG = "91f79f6ef900"  # seed 000, 兴隆镇 (平利县)
SHENHE = "e0089f6acc92"  # seed 002, 神河镇 (旬阳市)
TAIYAO = "9315f2c26fc9"  # seed 001, 太要镇: a simplified source
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
CAPTURED = "按采集时的繁体字保留"
CONVERTED = "经 OpenCC（s2t）自动转换"


@pytest.mark.parametrize(
    ("report_id", "suffix", "says", "text_has"),
    [
        (XINGLONG, "orig", CAPTURED, ["興隆鎮", "本網訊（通訊員 王密）"]),
        (SHENHE, "orig", CAPTURED, ["神河鎮", "神河鎮在開展村級黨組織"]),
        (TAIYAO, "hant", CONVERTED, ["太要鎮", "潼關縣"]),
    ],
)
def test_the_traditional_view_is_one_plain_link_away(
    page_without_javascript, base_url, report_id, suffix, says, text_has
):
    page = page_without_javascript
    page.goto(f"{base_url}/reports/{report_id}.html")
    row = page.locator(".script-views")
    traditional = row.get_by_role("link", name=re.compile("^繁體"))
    assert traditional.count() == 1  # one 繁體 view, whichever it is
    traditional.click()
    page.wait_for_url(f"{base_url}/reports/{report_id}.{suffix}.html")
    article = page.locator("article.report-script")
    assert article.get_attribute("lang") == "zh-Hant"
    text = article.locator(".report-body").inner_text()
    assert all(words in text for words in text_has) and "黨" in text
    assert not PINYIN.search(text), PINYIN.search(text)
    assert "用戶中心" not in text and "字體調節" not in text  # the page's menus stayed out
    assert says in page.locator(".script-note").inner_text()
    page.locator(".script-views").get_by_role("link", name="简体", exact=True).click()
    page.wait_for_url(f"{base_url}/reports/{report_id}.html")


def test_a_traditional_source_offers_its_text_as_captured_as_its_traditional_view(page, base_url):
    """No second, reconverted 繁體 text beside the one the source had."""
    page.goto(f"{base_url}/reports/{SHENHE}.html")
    row = page.locator(".script-views")
    assert row.inner_text().split("：", 1)[1].split(" · ") == ["简体", "繁體（原文字形）"]


def test_a_simplified_source_offers_the_reading_view_but_no_captured_text(page, base_url):
    page.goto(f"{base_url}/reports/{TAIYAO}.html")
    row = page.locator(".script-views")
    assert row.get_by_role("link", name="繁體", exact=True).count() == 1
    assert "原文字形" not in row.inner_text()
