"""Browsing the built site in Chromium: every link resolves, the facets list the right
reports, nothing leaves the site, pages pass axe, and they read well at 375 and 1440 px.

The site is the one built from content/ (see conftest.py). Pages are found the way a
reader finds them (links from the home page), or through catalog.json when a test needs
one particular report, so nothing here depends on ids or division codes.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urldefrag

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "tests" / "screenshots"
WIDTHS = (375, 1440)


@pytest.fixture(scope="module")
def catalog(built_site):
    return json.loads((built_site / "downloads" / "catalog.json").read_text(encoding="utf-8"))


def report_path(catalog, township: str) -> str:
    """Site-relative path of the (first) report of a township."""
    matches = [r for r in catalog if r["township"] == township]
    assert matches, f"no report of {township} in catalog.json"
    return f"reports/{matches[0]['id']}.html"


def town_path(catalog, township: str) -> str:
    return f"places/{next(r['division_code'] for r in catalog if r['township'] == township)}.html"


def visit(page, base_url, path):
    response = page.goto(f"{base_url}/{path}")
    assert response is not None and response.ok, f"{path}: HTTP {response and response.status}"
    return response


def texts(page, selector):
    return [t.strip() for t in page.locator(selector).all_inner_texts()]


def initiative_path(page, base_url, name):
    visit(page, base_url, "initiatives/index.html")
    href = page.locator(".initiative-index h2 a", has_text=name).filter(
        has_text=__import__("re").compile(rf"^{name}$")
    )
    assert href.count() == 1, f"{name} not on the initiatives index"
    return href.get_attribute("href").removeprefix("../")


# ---------------------------------------------------------------- crawl


def test_crawl_every_link_and_asset_resolves_without_errors(page, base_url):
    """From the home page, follow every internal link; every page loads without a console
    error or an outside request, every linked file (CSS, feeds, CSV, raw, Markdown) exists."""
    start = f"{base_url}/index.html"
    queue, seen, files = [start], {start}, set()
    pages = 0
    while queue:
        url = queue.pop()
        visit(page, base_url, url.removeprefix(base_url + "/"))
        assert not page.console_errors, f"{url}: {page.console_errors}"
        pages += 1
        refs = page.eval_on_selector_all(
            "a[href], link[href], [src]",
            # an SVG link's href is an SVGAnimatedString: resolve its value like an HTML one
            "els => els.map(e => e.href && e.href.baseVal !== undefined"
            " ? new URL(e.href.baseVal, document.baseURI).href : e.href || e.src)",
        )
        ids = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
        for ref in refs:
            target, fragment = urldefrag(ref)
            assert target.startswith(base_url + "/"), f"{url} links outside the site: {ref}"
            if fragment and target == url:
                assert fragment in ids, f"{url}: #{fragment} has no target"
            if target.endswith(".html") or target.endswith("/"):
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
            else:
                files.add(target)
    for target in sorted(files):
        response = page.request.get(target)
        assert response.ok, f"{target}: HTTP {response.status}"
    assert pages >= 25, f"only {pages} pages reachable from the home page"
    for kind in ("/places/", "/initiatives/", "/years/", "/reports/", "matrix.html", "data.html"):
        assert any(kind in u for u in seen), f"no {kind} page reachable"
    for kind in (
        "catalog.csv",
        "downloads/catalog.json",
        "/raw/",
        ".atom.xml",
        ".csl.json",
        "markdown.zip",
    ):
        assert any(kind in u for u in files), f"no {kind} file linked"


def test_unknown_url_gets_an_http_404(page, base_url):
    response = page.goto(f"{base_url}/reports/000000000000.html")
    assert response.status == 404
    page.console_errors.clear()  # Chromium logs the 404 it was asked to provoke


# ---------------------------------------------------------------- facets


def test_sanlian_page_lists_the_reports_of_xinglong_and_shenhe(page, base_url, catalog):
    path = initiative_path(page, base_url, "三联")
    visit(page, base_url, path)
    assert page.locator("h1").inner_text() == "三联"
    towns = set(texts(page, ".kwic h3 + p a"))
    assert towns == {"平利县兴隆镇", "旬阳市神河镇"}
    linked = {
        h.removeprefix("../")
        for h in page.locator(".kwic h3 a").evaluate_all(
            "els => els.map(e => e.getAttribute('href'))"
        )
    }
    assert linked == {report_path(catalog, "兴隆镇"), report_path(catalog, "神河镇")}
    marks = set(texts(page, ".kwic mark"))
    assert marks and all("三联" in m for m in marks)
    # Each town's own wording: 兴隆镇's “三联”机制, 神河镇's 三联共建.
    lines = " ".join(texts(page, ".kwic article li"))
    assert "“三联”机制" in lines and "三联共建" in lines


def test_2023_page_keeps_stated_and_estimated_dates_apart(page, base_url):
    visit(page, base_url, "index.html")
    page.get_by_role("link", name="2023年", exact=True).first.click()
    assert page.url.endswith("/years/2023.html")
    stated = " ".join(texts(page, "#stated .report-list li > span"))
    estimated = " ".join(texts(page, "#estimated .report-list li > span"))
    assert "宋家镇" in stated and "城关镇" in stated and "太要镇" not in stated
    assert "太要镇" in estimated and "（推断）" in estimated
    assert "宋家镇" not in estimated and "城关镇" not in estimated


def test_xinglong_report_shows_estimate_with_evidence_and_devised_title(page, base_url, catalog):
    visit(page, base_url, report_path(catalog, "兴隆镇"))
    title = page.locator("h1").inner_text()
    assert title.startswith("〔") and title.endswith("〕")
    meta = page.locator(".report-header dl.meta").first.inner_text()
    assert "约2021–2022年（推断）" in meta
    evidence = page.locator(".report-header details.evidence")
    assert "推断依据" in evidence.inner_text() and "疫情防控" not in evidence.inner_text()
    evidence.locator("summary").click()  # folded on the first screen, one tap away
    assert "疫情防控" in evidence.inner_text()
    assert page.locator(".report-header time").count() == 0  # no stated date is claimed
    trail = texts(page, "nav.trail li")
    assert trail == ["陕西省", "安康市", "平利县", "兴隆镇"]


def test_report_has_provenance_citation_and_raw_download(page, base_url, catalog):
    visit(page, base_url, report_path(catalog, "神河镇"))
    assert "2011年9月14日 09:09" in page.locator(".report-header").inner_text()
    cite = page.locator("#cite .citation").inner_text()
    assert cite.startswith("刘民. 神河镇“升级晋档”推动党建经济双丰收[EB/OL]. (2011-09-14)[")
    with page.expect_download() as download:
        page.locator("#provenance a[download]").first.click()
    raw = REPO / "content" / "raw" / download.value.suggested_filename
    assert Path(download.value.path()).read_bytes() == raw.read_bytes()


def test_browsing_needs_no_javascript(page_without_javascript, base_url):
    page = page_without_javascript
    page.goto(f"{base_url}/index.html")
    page.get_by_role("navigation", name="栏目").get_by_role("link", name="地区").click()
    for level in ("陕西省", "安康市", "平利县", "兴隆镇"):  # one level of the tree a page
        page.locator(".place-list a", has_text=level).first.click()
    assert page.locator("h1").inner_text().startswith("兴隆镇")
    page.locator(".report-list li > a").first.click()
    assert "/reports/" in page.url
    assert page.locator(".report-body p").count() >= 3


# ---------------------------------------------------------------- quality


def key_pages(page, base_url, catalog):
    return {
        "home": "index.html",
        "report": report_path(catalog, "兴隆镇"),
        "town": town_path(catalog, "神河镇"),
        "initiative": initiative_path(page, base_url, "三联"),
        "year": "years/2023.html",
    }


def test_axe_finds_no_serious_or_critical_violation(page, base_url, catalog):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = {}
    for name, path in key_pages(page, base_url, catalog).items():
        visit(page, base_url, path)
        results = axe.run(page)
        bad = [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        if bad:
            problems[name] = bad
    assert not problems, problems


def test_screenshots_and_layout_at_375_and_1440(page, base_url, catalog):
    """Saves tests/screenshots/<page>-<width>.png (git-ignored) and checks that nothing
    needs sideways scrolling on a phone and that body text has room to breathe."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, path in key_pages(page, base_url, catalog).items():
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            visit(page, base_url, path)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{name} at {width}px scrolls sideways by {overflow}px"
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
    visit(page, base_url, report_path(catalog, "神河镇"))
    ratio = page.locator(".report-body p").first.evaluate(
        "p => { const s = getComputedStyle(p); return parseFloat(s.lineHeight) / parseFloat(s.fontSize); }"
    )
    assert ratio >= 1.7


def test_long_unbroken_runs_wrap_where_report_text_goes_and_not_on_body(page, base_url, catalog):
    """A pasted link of 16,000 characters in 神河镇's report (its text, title, metadata,
    provenance) wraps on a phone instead of pushing the page sideways, while ``body``
    keeps the default: ``overflow-wrap`` on ``body`` made Chromium take 40 s to lay out
    a report holding a 1 MB run (measured by hand; no timing here)."""
    page.set_viewport_size({"width": 375, "height": 800})
    visit(page, base_url, report_path(catalog, "神河镇"))
    run = "https://www.xyx.gov.cn/dangjian/" + "sanhuiyike" * 1600
    places = [".report-body p", ".report-header h1", ".report-header dd", ".report-section dd"]
    added = page.evaluate(
        "([run, places]) => places.filter(s => document.querySelector(s))"
        ".map(s => document.querySelector(s).append(run))",
        [run, places],
    )
    assert len(added) == len(places)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"a long link pushes the report page sideways by {overflow}px"
    wraps = page.evaluate(
        "sels => sels.map(s => getComputedStyle(document.querySelector(s)).overflowWrap)",
        ["body", ".report-body p", ".report-header h1"],
    )
    assert wraps == ["normal", "break-word", "break-word"]


def test_dark_mode_and_print(browser, base_url, catalog):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(f"{base_url}/{report_path(catalog, '神河镇')}")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [int(c) for c in background[background.index("(") + 1 : -1].split(",")[:3]]
    assert max(channels) < 64, f"dark mode background is {background}"
    page.emulate_media(media="print", color_scheme="light")
    assert page.locator(".site-header").is_hidden()
    assert page.locator(".report-body").is_visible()
    assert page.locator("#cite .citation").is_visible()
    context.close()
