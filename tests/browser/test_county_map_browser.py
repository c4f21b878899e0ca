"""The county map in Chromium: each circle a working link to its county's page, a tooltip
on every circle, the thumbnail's dots really drawn, and no request leaving the site.

The site's own map.html (a point per county of the archive, in a frame, each a link that
opens the county's page in the whole window), its province pages and the thumbnails on
the home and initiative pages; and the drawing functions on a test page of their own.
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


def test_map_html_has_a_point_per_county_each_leading_to_its_page(page, base_url):
    counties = counties_of_the_archive()
    page.goto(f"{base_url}/map.html")
    frame = page.frame_locator("iframe.county-map-frame")
    links = frame.locator("svg.county-map a")
    assert links.count() == len(counties) > 0
    hrefs = sorted(links.nth(i).get_attribute("href") for i in range(links.count()))
    assert hrefs == sorted(c.url for c in counties)  # ../places/<code>.html from map/china.svg
    # The map fills its frame (the frame's proportions are the map's), and a click on the
    # smallest circle (drawn last, on top) opens its county in the whole window.
    box = page.locator("iframe.county-map-frame").bounding_box()
    assert box["width"] > 500 and 0.7 < box["height"] / box["width"] < 1
    last = links.nth(len(counties) - 1)
    code = last.get_attribute("href").split("/")[-1].removesuffix(".html")
    last.locator("circle").click()
    page.wait_for_url(f"{base_url}/places/{code}.html")
    county = next(c for c in counties if c.code == code)
    assert county.county in page.title()


def test_each_province_page_lists_and_maps_its_counties(page, base_url):
    counties = counties_of_the_archive()
    page.goto(f"{base_url}/map.html")
    provinces = page.locator(".map-provinces a")
    assert provinces.count() == len({c.code[:2] for c in counties})
    provinces.filter(has_text="陕西省").click()
    page.wait_for_url(f"{base_url}/map/610000.html")
    shaanxi = [c for c in counties if c.code.startswith("61")]
    assert page.locator("svg.county-map a").count() == len(shaanxi)
    listed = page.locator(".map-counties-list a").all_text_contents()
    assert sorted(listed) == sorted(c.county for c in shaanxi)
    page.locator("svg.county-map a").first.locator("circle").click()
    page.wait_for_url(f"{base_url}/places/61*.html")


# An image that has loaded, waiting for it: right after a click's navigation the image may
# still be on its way (``complete`` false), which is not a broken image. decode() resolves
# once it is usable and rejects when it cannot load.
LOADED = "img => img.decode().then(() => img.naturalWidth > 0, () => false)"


def test_home_and_initiative_pages_show_a_small_map_leading_to_the_map(page, base_url):
    page.goto(f"{base_url}/index.html")
    thumb = page.locator(".map-thumbnail img")
    assert thumb.evaluate(LOADED)
    page.goto(f"{base_url}/initiatives/index.html")
    page.get_by_role("link", name="三联", exact=True).first.click()
    layers = page.locator(".map-thumbnail .map-layers")
    assert layers.locator("img").evaluate(LOADED)
    # Its own dots, inline, over the outline: 三联 is named in 兴隆镇's and 神河镇's reports.
    assert "2 个县级单位" in layers.locator("svg title").text_content()
    outline, dots = layers.locator("img").bounding_box(), layers.locator("svg").bounding_box()
    assert abs(outline["width"] - dots["width"]) < 1 and abs(outline["y"] - dots["y"]) < 1
    layers.click()
    page.wait_for_url(f"{base_url}/map.html")
