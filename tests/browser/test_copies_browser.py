"""Reprints in a real browser (issue 13). The copies are ours: seed 003 (宋家镇) as a county
site and a prefecture portal reposted it (tests/fixtures/reprints), built with the other
seeds (``reprint_site``): one work, three copies.

- A report's page links every other copy of it, and each copy's page links back.
- Every facet page counts the work once: each number a researcher reads on the home
  page, the place pages at every level, the initiative pages, the year pages and the
  matrix is the one the archive shows without the reprints (``built_site``, the seeds
  alone), and the pages say how many copies they did not count again.
"""

from __future__ import annotations

import re

from township_reports.site.facets import initiative_slug

SEED = "003"  # 宋家镇, Baihe county, Ankang, Shaanxi; stated 2023-07-25
SEED_PLACES = ["610000", "610900", "610929", "610929105"]  # province … town
SEED_TITLE = "宋家镇：“五聚焦”扎实推进党建引领高质量发展"
# What a page says of copies it did not count again (the only text reprints may add):
# "（另有 2 份转载/副本…）", or a clause "；另有 2 份转载/副本…" / " · 另有 2 份转载/副本".
REPRINT_NOTE = re.compile(
    r"（(?:本年)?另有 \d+ 份转载/副本[^）]*）| *[；，·]\s*(?:本年)?另有 \d+ 份转载/副本[^）。\n]*"
)


def _seed_page(pages: dict[str, str]) -> str:
    return next(page for raw, page in pages.items() if raw.startswith(SEED))


def test_a_report_page_links_its_copies_and_they_link_back(reprint_site, reprint_page, reprint_url):
    _, pages = reprint_site
    seed = _seed_page(pages)
    copies = {page for raw, page in pages.items() if "宋家镇五聚焦" in raw}
    assert len(copies) == 2
    page = reprint_page
    page.goto(f"{reprint_url}/{seed}")
    links = page.locator("#copies li a")
    assert links.count() == 2
    hrefs = {link.get_attribute("href").split("/reports/")[-1] for link in links.all()}
    assert {f"reports/{h}" for h in hrefs} == copies
    assert "主副本" in page.locator("#copies").inner_text()
    links.first.click()
    page.wait_for_load_state()
    back = {a.get_attribute("href").split("/reports/")[-1] for a in page.locator("#copies a").all()}
    assert seed.split("/")[-1] in back


def _facet_urls(pages_dir_site) -> list[str]:
    """The facet pages the seed's work is on: home, indexes, its places at every level, the
    pages of the initiatives it names, its year, the matrix."""
    site, pages = pages_dir_site
    seed_html = (site / _seed_page(pages)).read_text(encoding="utf-8")
    initiatives = sorted(
        set(re.findall(r'href="[./]*/(initiatives/[0-9a-f]{10}\.html)"', seed_html))
    )
    assert f"initiatives/{initiative_slug('五聚焦')}.html" in initiatives
    return [
        "index.html",
        "places/index.html",
        *(f"places/{code}.html" for code in SEED_PLACES),
        "initiatives/index.html",
        *initiatives,
        "years/index.html",
        "years/2023.html",
        "matrix.html",
    ]


def _read(page, url: str) -> str:
    page.goto(url)
    return page.inner_text("main")


def test_every_facet_page_counts_the_seed_and_its_reprints_once(
    reprint_site, reprint_page, reprint_url, page, base_url
):
    urls = _facet_urls(reprint_site)
    assert len(urls) > 15
    _, pages = reprint_site
    seed = _seed_page(pages)
    for url in urls:
        with_reprints = _read(reprint_page, f"{reprint_url}/{url}")
        alone = _read(page, f"{base_url}/{url}")
        # Every number on the page is the one the seeds alone give …
        assert REPRINT_NOTE.sub("", with_reprints) == REPRINT_NOTE.sub("", alone), url
        # … and the seed is listed once, with a link to its copies.
        links = reprint_page.locator(f'main a[href$="{seed}"]')
        assert links.count() <= 1, url
        copies = reprint_page.locator(f'main a[href$="{seed}#copies"]')
        if links.count():
            assert copies.count() == 1 and copies.inner_text() == "另有 2 份转载/副本", url
    home = _read(reprint_page, f"{reprint_url}/index.html")
    assert "另有 2 份转载/副本未重复计数" in home
    town = _read(reprint_page, f"{reprint_url}/places/610929105.html")
    assert "报道 1 篇（另有 2 份转载/副本未重复计数）" in town
    assert town.count(SEED_TITLE) == 1


def test_the_copies_link_of_a_listed_work_opens_its_copies(reprint_page, reprint_url):
    reprint_page.goto(f"{reprint_url}/years/2023.html")
    reprint_page.get_by_role("link", name="另有 2 份转载/副本").click()
    reprint_page.wait_for_load_state()
    assert reprint_page.url.endswith("#copies")
    assert reprint_page.locator("#copies li a").count() == 2
