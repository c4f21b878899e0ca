"""The county map in Chromium: each circle a working link to its county's page, a tooltip
on every circle, the thumbnail's dots really drawn, and no request leaving the site.

The maps are drawn from the built site's own reports and placed in a test page beside
the site, until the page generator gives the map a page of its own (issue 14).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from township_reports.ingest.report import split_front_matter
from township_reports.site.county_map import CountyOnMap, county_map_svg, thumbnail_map_svg

REPO = Path(__file__).resolve().parents[2]


def counties_of_the_archive() -> list[CountyOnMap]:
    """One entry per county of content/reports, with its number of reports."""
    counts: Counter = Counter()
    names = {}
    for path in sorted((REPO / "content" / "reports").glob("*.md")):
        meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
        if not meta.get("division_code"):
            continue
        code = str(meta["division_code"])[:6]
        counts[code] += 1
        names[code] = (meta["county"], meta.get("prefecture"), meta["province"])
    return [
        CountyOnMap(code, *names[code], counts[code], f"../places/{code}.html")
        for code in sorted(counts)
    ]


@pytest.fixture(scope="module")
def map_page(built_site) -> tuple[str, list[CountyOnMap]]:
    counties = counties_of_the_archive()
    if not counties:
        pytest.skip("no placed reports in content/reports")
    html = (
        '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>地图</title><body>'
        f'<div style="width:900px">{county_map_svg(counties)}</div>'
        f'<div id="small" style="width:240px">{thumbnail_map_svg(counties)}</div></body></html>'
    )
    # A folder of its own beside the site, as the search tests do: no page links to it.
    folder = built_site / "fixture-map"
    folder.mkdir(exist_ok=True)
    (folder / "index.html").write_text(html, encoding="utf-8")
    return "fixture-map/index.html", counties


def test_every_county_of_the_archive_is_a_circle_that_leads_to_its_page(page, base_url, map_page):
    name, counties = map_page
    page.goto(f"{base_url}/{name}")
    links = page.locator("svg.county-map:not(.county-map-small) a")
    assert links.count() == len(counties)
    tooltips = page.locator("svg.county-map circle title").all_text_contents()
    assert sorted(t.split(" · ")[0] for t in tooltips) == sorted(c.county for c in counties)
    # The last circle is drawn on top (the smallest): a click on it opens its county.
    last = links.nth(len(counties) - 1)
    href = last.get_attribute("href")
    last.locator("circle").click()
    page.wait_for_url(f"{base_url}/{href.removeprefix('../')}")
    county = next(c for c in counties if c.url == href)
    assert county.county in page.title()


def test_the_thumbnail_dots_are_painted(page, base_url, map_page):
    name, counties = map_page
    page.goto(f"{base_url}/{name}")
    # The first dot of each path: a zero-length subpath with round caps must be painted,
    # so the browser hit-tests its stroke there.
    hits = page.evaluate(
        """() => [...document.querySelectorAll('#small path.map-counties')].map(path => {
            const [x, y] = path.getAttribute('d').slice(1).split('h')[0].split(' ').map(Number);
            const point = new DOMPoint(x, y).matrixTransform(path.getScreenCTM());
            return document.elementFromPoint(point.x, point.y) === path;
        })"""
    )
    assert hits and all(hits), hits
