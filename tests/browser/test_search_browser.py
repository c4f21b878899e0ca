"""Search in a real browser gives what grep gives.

For each query, the set of reports Chromium lists equals a Python substring scan of the
same reports' text (title + body as a reader sees it); filters narrow it; the URL
carries the query and the filters both ways.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

import pytest

from township_reports.site.search.build import build_index
from township_reports.site.search.fold import fold_text, normalise_query
from township_reports.site.search.index_format import count_occurrences, gram_hash
from township_reports.site.search.query import TITLE_WEIGHT, substring_scan
from township_reports.site.search.records import (
    facet_values,
    order_records,
    record_from_markdown_file,
)

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
QUERIES = ["三会一课", "一课", "三联", "黨建", "太要", "五星", "党建 产业", "这串字不在任何报道里"]
DONE = "#search[data-state=done], #search[data-state=idle]"


@pytest.fixture(scope="module")
def records(built_site):
    """The reports the site was built from (as tests/browser/conftest.py chooses them)."""
    reports = REPO / "content" / "reports"
    if not any(reports.glob("*.md")):
        reports = REPO / "tests" / "fixtures" / "reports"
    return [record_from_markdown_file(p) for p in sorted(reports.glob("*.md"))]


def grep(records, query, **filters) -> set[str]:
    """Reports whose title + body contain every term, by plain substring search."""
    terms = normalise_query(query)
    keep = set()
    for r in records:
        text = r.title + "\n" + r.body
        if not all(t in text or t in fold_text(text) for t in terms):
            continue
        values = facet_values(r)
        if all(any(key == v[0] for v in values[kind]) for kind, key in filters.items()):
            keep.add(r.id)
    return keep


def open_search(page, base_url, query="", **filters):
    params = ([f"q={quote(query)}"] if query else []) + [
        f"{k}={quote(v)}" for k, v in filters.items()
    ]
    page.goto(f"{base_url}/search.html?{'&'.join(params)}")
    page.wait_for_selector(DONE, state="attached")


def next_page(page) -> None:
    """Click 下一页 and wait until the next page of results is drawn."""
    shown = page.get_attribute("#search", "data-page")
    page.click("#search-next")
    page.wait_for_function(
        "p => document.getElementById('search').dataset.page !== p"
        " && document.getElementById('search').dataset.state === 'done'",
        arg=shown,
    )


def listed(page) -> list[str]:
    """Every result id, page after page (the list holds one page at a time)."""
    ids = []
    while True:
        page.wait_for_selector(".search-result[aria-busy]", state="detached")
        ids += page.eval_on_selector_all(".search-result", "els => els.map(e => e.dataset.id)")
        if page.is_hidden("#search-pager") or page.is_disabled("#search-next"):
            return ids
        next_page(page)


def count(page) -> int:
    return int(page.get_attribute("#search", "data-count") or 0)


@pytest.mark.parametrize("query", QUERIES)
def test_result_set_equals_substring_scan(page, base_url, records, query):
    open_search(page, base_url, query)
    expected = grep(records, query)
    ids = listed(page)
    assert set(ids) == expected
    assert len(ids) == len(set(ids)) == count(page)
    if expected:
        assert page.inner_text("#search-status").startswith(f"找到 {len(expected)} 篇")
    else:
        assert page.inner_text("#search-status").startswith("没有找到")


def test_queries_from_the_seeds_are_found_where_pagefind_failed(page, base_url, records):
    # 一课 lies inside 三会一课; 黨建 is 党建 in traditional script.
    open_search(page, base_url, "一课")
    assert set(listed(page)) >= grep(records, "三会一课") != set()
    open_search(page, base_url, "黨建")
    assert set(listed(page)) == grep(records, "党建") and len(grep(records, "党建")) >= 2


def test_highlights_are_the_query_and_text_is_never_html(page, base_url):
    open_search(page, base_url, "三会一课 党建")
    marks = page.eval_on_selector_all(".search-result mark", "els => els.map(e => e.textContent)")
    assert marks and set(marks) <= {"三会一课", "党建", "三会一课党建", "党建三会一课"}
    # Every excerpt is plain text nodes and <mark>: no other element came from a report.
    tags = page.eval_on_selector_all(
        ".search-excerpt *, .search-title a *", "els => els.map(e => e.tagName)"
    )
    assert set(tags) <= {"MARK"}
    excerpts = page.locator(".search-result").first.locator(".search-excerpt")
    assert 1 <= excerpts.count() <= 2


def test_results_are_ranked_by_hits(page, base_url, records):
    open_search(page, base_url, "党建")
    ids = listed(page)
    by_id = {r.id: r for r in records}
    score = []
    for i in ids:
        r = by_id[i]
        hits = len(count_occurrences(r.title + "\n" + r.body, "党建"))
        in_title = len(count_occurrences(r.title, "党建"))
        score.append(hits + TITLE_WEIGHT * in_title)
    assert score == sorted(score, reverse=True)


def test_browser_folding_is_pythons(page, base_url):
    open_search(page, base_url)
    samples = [
        "黨建　三聯",
        "回覆 乾坤 著名",
        "ＡＢＣ，abc",
        "潼關縣太要鎮:黨建引領激發鄉村振興新動能",
        "  ",
        "7+X 1+3+N",
        "𠀀𫫇二噁英",
    ]
    raw = sorted((REPO / "content" / "raw").glob("*.txt"))
    for path in raw:
        text = path.read_text(encoding="utf-8")
        samples += [line for line in text.splitlines() if line.strip()][:6]
    got = page.evaluate(
        "xs => Promise.all(xs.map(x => Promise.all([window.townshipSearch.normaliseQuery(x),"
        " window.townshipSearch.foldText(x)])))",
        samples,
    )
    assert got == [[normalise_query(s), fold_text(s)] for s in samples]
    grams = ["党建", "三会", "a", "𠀀x", "一课"]
    hashes = page.evaluate("gs => gs.map(g => window.townshipSearch.gramHash(g))", grams)
    assert hashes == [gram_hash(g) for g in grams]


def test_filters_narrow_and_combine(page, base_url, records):
    with_town = [r for r in records if r.division_code and len(r.division_code) == 9]
    assert with_town
    town = with_town[0].division_code
    county, province = town[:6], town[:2] + "0000"
    for filters in (
        {"province": province},
        {"county": county},
        {"town": town},
        {"province": province, "initiative": (with_town[0].initiatives or ["-"])[0]},
    ):
        open_search(page, base_url, "党建", **filters)
        assert set(listed(page)) == grep(records, "党建", **filters), filters
        assert set(listed(page)) <= grep(records, "党建")
    years = {v[0] for r in records for v in facet_values(r)["year"]}
    for year in years:
        open_search(page, base_url, "", year=year)
        assert set(listed(page)) == grep(records, "", year=year), year


def test_choosing_filters_in_the_form_updates_url_and_results(page, base_url, records):
    open_search(page, base_url, "党建")
    everything = set(listed(page))
    province = page.eval_on_selector_all("#search-province option", "os => os.map(o => o.value)")[1]
    page.select_option("#search-province", province)
    page.wait_for_url(re.compile(r"province=" + province))
    page.wait_for_selector(DONE, state="attached")
    narrowed = set(listed(page))
    assert narrowed == grep(records, "党建", province=province) and narrowed <= everything
    options = "os => os.map(o => o.value)"
    prefecture = page.eval_on_selector_all("#search-prefecture option", options)[1]
    page.select_option("#search-prefecture", prefecture)
    page.wait_for_url(re.compile(r"prefecture=" + prefecture))
    page.wait_for_selector(DONE, state="attached")
    assert set(listed(page)) == grep(records, "党建", province=province, prefecture=prefecture)
    county = page.eval_on_selector_all("#search-county option", options)[1]
    page.select_option("#search-county", county)
    page.wait_for_url(re.compile(r"county=" + county))
    page.wait_for_selector(DONE, state="attached")
    assert set(listed(page)) == grep(records, "党建", province=province, county=county)


def test_url_round_trips_query_and_filters(page, base_url, records):
    town = next(r.division_code for r in records if r.division_code and "三联" in r.initiatives)
    open_search(page, base_url, "三联", town=town)
    assert page.input_value("#search-q") == "三联"
    assert page.input_value("#search-town") == town
    assert page.input_value("#search-county") == town[:6]  # parents follow from the town
    assert set(listed(page)) == grep(records, "三联", town=town)
    # A new query keeps the filters and lands in the URL; Back restores the old one.
    page.fill("#search-q", "党建 产业")
    page.press("#search-q", "Enter")
    page.wait_for_url(re.compile("q="))
    page.wait_for_selector(DONE, state="attached")
    params = parse_qs(urlparse(page.url).query)
    assert params["q"] == ["党建 产业"] and params["town"] == [town]
    assert set(listed(page)) == grep(records, "党建 产业", town=town)
    page.go_back()
    page.wait_for_url(re.compile(quote("三联")))
    page.wait_for_selector(DONE, state="attached")
    assert page.input_value("#search-q") == "三联"


def test_site_search_box_leads_here(page, base_url, records):
    page.goto(f"{base_url}/index.html")
    page.fill(".site-header input[name=q]", "三会一课")
    page.press(".site-header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"search\.html\?q="))
    page.wait_for_selector(DONE, state="attached")
    assert set(listed(page)) == grep(records, "三会一课")


def test_a_query_fetches_only_what_it_needs(page, base_url):
    fetched: list[str] = []
    page.on("request", lambda req: fetched.append(urlparse(req.url).path))
    open_search(page, base_url, "三会一课")
    listed(page)
    index = [p for p in fetched if "/search/" in p]
    shards = [p for p in index if re.search(r"/search/[gp]/", p)]
    texts = [p for p in index if "/search/t/" in p]
    assert len(shards) <= 2  # the two bigrams 三会 and 一课 cover the query
    assert len(texts) == count(page)  # one small file per result shown, nothing else


def test_unknown_filter_value_from_an_old_link_is_no_error(page, base_url):
    open_search(page, base_url, "党建", town="999999999")
    assert count(page) == 0
    assert page.inner_text("#search-status").startswith("没有找到")


@pytest.mark.parametrize(
    "filters",
    [
        {"town": "__proto__"},
        {"initiative": "constructor"},
        {"county": "hasOwnProperty", "q": "三会一课"},
        {"province": "toString", "year": "valueOf"},
    ],
)
def test_filter_values_named_like_javascript_internals_are_only_unknown(page, base_url, filters):
    """A filter value comes from the URL: ``?town=__proto__`` or ``?initiative=constructor``
    matches no report, like any unknown value, and is never an error."""
    filters = dict(filters)
    open_search(page, base_url, filters.pop("q", ""), **filters)
    assert page.get_attribute("#search", "data-state") == "done"
    assert count(page) == 0
    assert page.inner_text("#search-status").startswith("没有找到")


def test_without_javascript_the_page_points_to_the_browse_pages(page_without_javascript, base_url):
    page = page_without_javascript
    page.goto(f"{base_url}/search.html?q=党建")
    notice = page.locator("noscript").first.inner_html()
    for target in ("places/index.html", "initiatives/index.html", "years/index.html"):
        assert target in notice


@pytest.fixture(scope="module")
def fixture_search(built_site):
    """The search page over tests/fixtures/search (which keeps traditional text and
    edge cases), served beside the site: ``<base_url>/fixture-search/search.html``."""
    records = [
        record_from_markdown_file(p)
        for p in sorted((REPO / "tests" / "fixtures" / "search").glob("*.md"))
    ]
    folder = built_site / "fixture-search"
    build_index(records, folder / "search")
    page = (built_site / "search.html").read_text(encoding="utf-8")
    (folder / "search.html").write_text(page.replace("./theme/", "../theme/"), encoding="utf-8")
    return records


@pytest.fixture(scope="module")
def updated_search(built_site, fixture_search, tmp_path_factory):
    """The fixture index after an update that put the newest report at a number a
    removed one left (so number order is not date order), served at
    ``<base_url>/updated-search/search.html``; returns the records it holds."""
    folder = built_site / "updated-search"
    state = tmp_path_factory.mktemp("search-state") / "state.json"
    build_index(fixture_search, folder / "search", state_path=state)
    newest = dataclasses.replace(fixture_search[4], id="0123456789ab", date="2024-05-01")
    records = [*fixture_search[:3], *fixture_search[4:], newest]
    stats = build_index(records, folder / "search", state_path=state, update_limit=1)
    assert stats.mode == "update"
    page = (built_site / "search.html").read_text(encoding="utf-8")
    (folder / "search.html").write_text(page.replace("./theme/", "../theme/"), encoding="utf-8")
    return records


def test_after_an_update_ties_are_still_broken_by_date(page, base_url, updated_search):
    province = facet_values(updated_search[0])["province"][0][0]
    newest_first = [
        r.id for r in order_records(updated_search) if r.province == updated_search[0].province
    ]
    page.goto(f"{base_url}/updated-search/search.html?province={quote(province)}")
    page.wait_for_selector(DONE, state="attached")
    assert listed(page) == newest_first and newest_first[0] == "0123456789ab"


def test_traditional_text_is_found_and_highlighted_as_written(page, base_url, fixture_search):
    page.goto(f"{base_url}/fixture-search/search.html?q={quote('党建')}")
    page.wait_for_selector(DONE, state="attached")
    ids = listed(page)
    assert set(ids) == substring_scan(fixture_search, "党建") and "0e0000000002" in ids
    item = page.locator('.search-result[data-id="0e0000000002"]')
    marks = item.locator("mark").all_inner_texts()
    assert "黨建" in marks  # the text as written, found by its simplified form


def test_escaped_source_text_shows_as_text(page, base_url, fixture_search):
    page.goto(f"{base_url}/fixture-search/search.html?q={quote('<script>')}")
    page.wait_for_selector(DONE, state="attached")
    assert listed(page) == ["0e0000000001"]
    assert page.locator(".search-result mark").first.inner_text() == "<script>"
    assert page.locator(".search-result script").count() == 0


def test_search_page_passes_axe(page, base_url):
    from axe_playwright_python.sync_playwright import Axe

    for query in ("三会一课 党建", ""):
        open_search(page, base_url, query)
        violations = Axe().run(page).response["violations"]
        bad = [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in violations
            if v["impact"] in ("serious", "critical")
        ]
        assert not bad, bad
