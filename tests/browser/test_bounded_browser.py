"""Bounded pages on the generated archive (``corpus_site``, 300 reports), in Chromium at
375 and 1440 px: every page within its size, none scrolling sideways on a phone, the
matrix's header pinned and its cells leading to the reports behind them, a report's
text on a phone's first screen, and every link leading to a page that exists."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from township_reports.site import paging

PAGE_LIMIT = 150_000  # bytes, any HTML page
HOME_LIMIT = 60_000  # bytes, index.html
WIDTHS = (375, 1440)
PHONE = {"width": 375, "height": 667}  # the smallest phone screen in common use
DONE = "#search[data-state=done], #search[data-state=idle]"


def family(path: str) -> str:
    """A page's family: its path with codes, slugs, ids and page numbers left out.

    >>> family("initiatives/cc97c5dd2b/page-3.html"), family("places/610981111.html")
    ('initiatives/*/page-*.html', 'places/*.html')
    """
    path = re.sub(r"/page-\d+\.html$", "/page-*.html", path)
    return re.sub(r"^(places|initiatives|years|matrix|reports)/[0-9a-f]+(?=[/.])", r"\1/*", path)


def html_pages(site: Path) -> list[str]:
    return sorted(
        str(p.relative_to(site))
        for p in site.rglob("*.html")
        if not str(p.relative_to(site)).startswith(("raw/", "theme/"))
    )


def sample(site: Path) -> list[str]:
    """The largest page of each family (where a page is likeliest to be too wide)."""
    largest: dict[str, tuple[int, str]] = {}
    for path in html_pages(site):
        size = (site / path).stat().st_size
        largest[family(path)] = max(largest.get(family(path), (0, "")), (size, path))
    return sorted(path for _, path in largest.values())


def test_every_html_page_is_within_its_size_bound(corpus_site):
    sizes = {p: (corpus_site / p).stat().st_size for p in html_pages(corpus_site)}
    assert len(sizes) > 300
    too_big = {p: s for p, s in sizes.items() if s > PAGE_LIMIT}
    assert not too_big, f"pages over {PAGE_LIMIT} bytes: {too_big}"
    assert sizes["index.html"] < HOME_LIMIT
    families = {family(p) for p in sizes}
    for paged in ("initiatives/*/page-*.html", "matrix/*.html"):
        assert paged in families, f"the generated archive has no {paged}: the test sees too little"


def test_every_internal_link_leads_to_a_file(corpus_site):
    """A link crawl of the whole site: no page that another page links to is missing."""
    broken: dict[str, str] = {}
    for path in html_pages(corpus_site):
        html = (corpus_site / path).read_text(encoding="utf-8")
        for href in re.findall(r'href="([^"#?]+)', html):
            if re.match(r"[a-z]+:", href):
                continue
            base = corpus_site if href.startswith("/") else (corpus_site / path).parent
            target = (base / unquote(href).lstrip("/")).resolve()
            if not target.exists():
                broken[f"{path} → {href}"] = ""
    assert not broken, f"{len(broken)} links lead nowhere: {sorted(broken)[:10]}"


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways(corpus_site, corpus_page, corpus_url, width):
    corpus_page.set_viewport_size({"width": width, "height": 900})
    wide = {}
    for path in sample(corpus_site):
        corpus_page.goto(f"{corpus_url}/{path}", wait_until="networkidle")
        overflow = corpus_page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            wide[path] = overflow
    assert not wide, f"pages wider than {width}px (by px): {wide}"


def biggest_matrix(site: Path) -> str:
    pages = [p for p in html_pages(site) if re.fullmatch(r"matrix/\d{6}\.html", p)]
    return max(pages, key=lambda p: (site / p).stat().st_size)


@pytest.mark.parametrize("width", WIDTHS)
def test_matrix_header_stays_visible_after_scrolling(corpus_site, corpus_page, corpus_url, width):
    page = corpus_page
    page.set_viewport_size({"width": width, "height": 700})
    page.goto(f"{corpus_url}/matrix.html")
    page.locator("table.province-matrices a").first.click()
    page.goto(f"{corpus_url}/{biggest_matrix(corpus_site)}")
    box = page.locator(".matrix-scroll")
    header = page.locator(".matrix thead th").nth(1)
    top_before = header.bounding_box()["y"]
    # a reader scrolls the page to the table, then down the table and to the right
    page.mouse.move(width / 2, 650)
    for _ in range(6):
        page.mouse.wheel(0, 400)
    page.wait_for_timeout(200)
    scrolled = box.evaluate("b => b.scrollTop")
    assert scrolled > 0, "the table did not scroll: the test sees nothing"
    visible = box.bounding_box()
    head = header.bounding_box()
    assert head["y"] >= visible["y"] - 1 and head["y"] + head["height"] <= visible["y"] + 60, (
        f"header at {head['y']}, table box from {visible['y']} (was {top_before})"
    )
    last_row = page.locator(".matrix tbody tr").last.bounding_box()
    assert last_row["y"] < visible["y"] + visible["height"] + 1 or scrolled > 300
    box.evaluate("b => b.scrollLeft = 600")
    row_head = page.locator(".matrix tbody th").first.bounding_box()
    assert abs(row_head["x"] - visible["x"]) < 3, "the town column stays at the left"


def test_matrix_cells_lead_to_the_reports_behind_them(corpus_site, corpus_page, corpus_url):
    page = corpus_page
    catalog = json.loads((corpus_site / "downloads" / "catalog.json").read_text(encoding="utf-8"))
    page.goto(f"{corpus_url}/{biggest_matrix(corpus_site)}")
    cells = page.locator(".matrix td.used a")
    assert cells.count() > 10
    for i in (0, cells.count() // 2, cells.count() - 1):
        cell = cells.nth(i)
        n = int(cell.inner_text())
        query = parse_qs(urlsplit(cell.get_attribute("href")).query)
        name, town = query["initiative"][0], query["town"][0]
        # the matrix counts works (a report and its reprints once); search lists every copy
        behind = [r for r in catalog if r["division_code"] == town and name in r["initiatives"]]
        works = {r["work_id"] for r in behind}
        assert n == len(works), f"cell {name} × {town} says {n}, the catalog {len(works)} works"
        cell.click()
        page.wait_for_selector(DONE)
        assert page.get_attribute("#search", "data-count") == str(len(behind))
        page.go_back()


def test_an_initiative_chip_on_a_town_page_leads_to_that_initiative_there(
    corpus_site, corpus_page, corpus_url
):
    """A chip's href keeps Chinese as it is and escapes only what it must (``+`` as %2B):
    the browser follows it to the search page filtered to that initiative in that town,
    with the reports the catalog has for both."""
    page = corpus_page
    catalog = json.loads((corpus_site / "downloads" / "catalog.json").read_text(encoding="utf-8"))
    chip = re.compile(r'<a href="\.\./search\.html\?initiative=([^"&]*)&town=(\d{9})">([^<]*)</a>')
    chips = {}
    for path in html_pages(corpus_site):
        if re.fullmatch(r"places/\d{9}\.html", path):
            for value, town, name in chip.findall((corpus_site / path).read_text(encoding="utf-8")):
                chips.setdefault("+" in name, (path, value, town, name))
    assert set(chips) == {True, False}, "the archive has chips with and without a +"
    for path, value, town, name in chips.values():
        assert value == name.replace("+", "%2B"), "only what must be escaped is"
        behind = [r for r in catalog if r["division_code"] == town and name in r["initiatives"]]
        page.goto(f"{corpus_url}/{path}")
        page.locator(".tags.counted a", has_text=name).and_(
            page.get_by_text(name, exact=True)
        ).click()
        page.wait_for_selector(DONE)
        assert parse_qs(urlsplit(page.url).query) == {"initiative": [name], "town": [town]}
        assert page.input_value("#search-initiative") == name
        assert page.get_attribute("#search", "data-count") == str(len(behind)) != "0"


def first_paragraph_on_first_screen(page) -> dict:
    return page.evaluate(
        """() => {
          const h1 = document.querySelector('.report-header h1').getBoundingClientRect();
          const p = document.querySelector('.report-body p');
          const box = p.getBoundingClientRect();
          const line = parseFloat(getComputedStyle(p).lineHeight);
          return {h1: h1.bottom, top: box.top, bottom: box.bottom, line, screen: innerHeight};
        }"""
    )


def test_report_headline_and_first_paragraph_on_a_phones_first_screen(
    corpus_site, browser, corpus_url
):
    """Reports with the longest titles, with estimated dates (their evidence folded)
    and with the most facts: the headline and the first paragraph are on the first
    screen (a first paragraph longer than the screen shows its first three lines)."""
    catalog = json.loads((corpus_site / "downloads" / "catalog.json").read_text(encoding="utf-8"))
    longest = sorted(catalog, key=lambda r: -len(r["title"]))[:3]
    estimated = [r for r in catalog if r["date_estimate"]][:2]
    crowded = sorted(catalog, key=lambda r: -len("".join(r["authors"] or [])))[:2]
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    seen = {}
    for r in longest + estimated + crowded:
        page.goto(f"{corpus_url}/reports/{r['id']}.html")
        at = first_paragraph_on_first_screen(page)
        seen[r["id"]] = at
        assert at["h1"] <= at["screen"], f"{r['id']}: headline ends at {at['h1']}px"
        enough = min(at["bottom"], at["top"] + 3 * at["line"])
        assert enough <= at["screen"], f"{r['id']}: first paragraph {at} not on the first screen"
    assert page.locator(".report-header nav.trail, .report-header .trail").count() == 0
    assert page.locator("nav.trail").count() == 1, "the place trail is shown once"
    context.close()


def test_initiative_page_has_a_year_chart_and_counts_by_province(
    corpus_site, corpus_page, corpus_url
):
    catalog = json.loads((corpus_site / "downloads" / "catalog.json").read_text(encoding="utf-8"))
    counts = Counter(n for r in catalog if r["id"] == r["work_id"] for n in r["initiatives"] or [])
    name, n = counts.most_common(1)[0]
    page = corpus_page
    page.goto(f"{corpus_url}/search.html")
    page.goto(f"{corpus_url}/initiatives/index.html")
    page.get_by_role("link", name=name, exact=True).first.click()
    assert page.locator("h1").inner_text() == name
    assert page.locator("#h-years ~ figure svg.timeline").count() == 1
    by_province = page.locator('[aria-label="按省份查看这一举措的报道"] li')
    shown = sum(int(t.rsplit(" ", 1)[-1]) for t in by_province.all_inner_texts())
    placed = {
        r["work_id"] for r in catalog if name in (r["initiatives"] or []) and r["division_code"]
    }
    assert shown == len(placed), "each work counted once, in its province"
    entries, per_page = page.locator(".kwic > article"), paging.PAGE_SIZES["concordance"]
    assert entries.count() <= per_page and (entries.count() == per_page or n <= per_page)
    if n > per_page:
        page.locator('nav[aria-label="用例分页"] a[rel=next]').click()
        assert re.search(r"/page-2\.html$", page.url)
        assert page.locator(".kwic > article").count() == min(per_page, n - per_page)
