"""The map pages: where the reports come from (``county_map.py`` draws, this declares).

=================================  =============================================
``map.html``                       the national map (``map/china.svg`` in a frame: the
                                   410 KB a full archive's map weighs would break the
                                   150 KB page bound inline) and the provinces, each with
                                   its counties' page
``map/<province code>.html``       a province's map inline (under 30 KB), its points links
                                   to the county pages, and its counties by prefecture
``map/china.svg``                  the national map, each point a link (``target=_top``)
``map/china-small.svg``            the home page's thumbnail (every county with reports)
``map/china-outline.svg``          China's shape alone, under each initiative page's dots
=================================  =============================================

The home page's thumbnail is a file shown by ``<img>``: the page pays a link, not the
6–12 KB of the drawing. An initiative page's map (where its slogan spread) is two layers:
the shared outline by ``<img>`` and the initiative's own dots inline (a few bytes a
county), so thousands of initiatives cost no file each. The SVG files are left out of the
sitemap. The big drawings are made when written (``Derived``) from plain tuples: a build
with the same counties draws nothing.
"""

from __future__ import annotations

from collections import Counter

from markupsafe import Markup

from . import county_map
from . import pages as families

#: A county with reports, as the pages hand it to the drawing: plain data, so it keys a page.
#: (code, county, prefecture, province, reports)
CountyRow = tuple[str, str, str | None, str, int]


def county_rows(reports) -> tuple[CountyRow, ...]:
    """Each county with placed reports, with how many, in code order.

    >>> county_rows([{"division_code": "610981111", "county": "旬阳市", "prefecture": "安康市",
    ...               "province": "陕西省"}, {"division_code": None}] * 2)
    (('610981', '旬阳市', '安康市', '陕西省', 2),)
    """
    counts: Counter = Counter()
    names = {}
    for report in reports:
        code = str(report.get("division_code") or "")[:6]
        if len(code) == 6 and report.get("county") and report.get("province"):
            counts[code] += 1
            names[code] = (report["county"], report.get("prefecture"), report["province"])
    return tuple((code, *names[code], counts[code]) for code in sorted(counts))


def on_map(rows, url_prefix: str) -> list[county_map.CountyOnMap]:
    """The rows as the drawing takes them, each linking to its county page."""
    return [county_map.CountyOnMap(*row, f"{url_prefix}places/{row[0]}.html") for row in rows]


def national_svg(rows) -> Markup:
    """``map/china.svg``: a point per county, each a link that opens in the whole window."""
    return Markup(county_map.county_map_svg(on_map(rows, "../"), link_target="_top"))


def province_svg(rows, code: str) -> Markup:
    """A province's map, inline in ``map/<code>.html`` (links relative to that page)."""
    return Markup(county_map.county_map_svg(on_map(rows, "../"), region=code))


def thumbnail_svg(rows, title: str) -> Markup:
    """A thumbnail: dots only, no links (the page links the whole picture to map.html)."""
    return Markup(county_map.thumbnail_map_svg(on_map(rows, ""), title=title))


def national_frame(rows) -> dict:
    """The national map's width and height, so its frame keeps the map's proportions."""
    points = county_map.load_points()
    on, _ = county_map.placed(on_map(rows, ""), points)
    frame = county_map.map_frame(1000, round(1000 / 30), points, [p for _, p in on])
    return {"width": frame.width, "height": frame.height}


def provinces(rows) -> list[dict]:
    """Each province with reports: its name, page, counts, and counties by prefecture.

    >>> rows = (('610926', '平利县', '安康市', '陕西省', 4), ('610981', '旬阳市', '安康市', '陕西省', 1))
    >>> [(p['name'], p['url'], p['reports'], len(p['counties'])) for p in provinces(rows)]
    [('陕西省', 'map/610000.html', 5, 2)]
    >>> provinces(rows)[0]['prefectures'][0]['counties'][0]
    {'code': '610926', 'name': '平利县', 'reports': 4, 'url': 'places/610926.html'}
    """
    out: dict[str, dict] = {}
    for code, county, prefecture, province, n in rows:
        entry = out.setdefault(
            code[:2],
            {"code": code[:2] + "0000", "name": province, "url": f"map/{code[:2]}0000.html"},
        )
        entry.setdefault("reports", 0)
        entry["reports"] += n
        entry.setdefault("counties", []).append(code)
        groups = entry.setdefault("prefectures", [])
        if not groups or groups[-1]["code"] != code[:4] + "00":
            groups.append({"code": code[:4] + "00", "name": prefecture, "counties": []})
        item = {"code": code, "name": county, "reports": n, "url": f"places/{code}.html"}
        groups[-1]["counties"].append(item)
    return [out[key] for key in sorted(out)]


def home_thumbnail(archive) -> dict | None:
    """What ``m.map_thumbnail`` shows on the home page: the map of every county with
    reports, leading to map.html (None: no placed report, no map)."""
    n = len(county_rows(archive.reports))
    alt = f"报道来源地图：{n} 个县级单位"
    return (
        {"src": "map/china-small.svg", "href": "map.html", "alt": alt, "counties": n} if n else None
    )


def initiative_thumbnail(name: str, reports) -> dict | None:
    """An initiative page's map: its counties' dots, inline, over the shared outline (the
    page's context holds it as ``Derived``: drawn only when the page is written)."""
    rows = county_rows(reports)
    if not rows:
        return None
    title = f"提到“{name}”的报道来自 {len(rows)} 个县级单位"
    dots = Markup(county_map.dots_svg(on_map(rows, ""), title=title))
    return {"outline": OUTLINE, "dots": dots, "href": "map.html", "counties": len(rows)}


#: China's shape alone, the layer under every initiative page's dots.
OUTLINE = "map/china-outline.svg"


def map_pages(archive) -> tuple[list, list]:
    """(the map's HTML pages, its SVG files): the pages go in the sitemap, the files not."""
    Page, Derived = families.Page, families.Derived
    rows = county_rows(archive.reports)
    by_province = provinces(rows)
    nav = [{k: p[k] for k in ("code", "name", "url", "reports")} for p in by_province]
    pages = [
        Page(
            "map.html",
            "map",
            {
                "frame": national_frame(rows),
                "provinces": by_province,
                "counties": len(rows),
                "reports": sum(row[4] for row in rows),
                "unplaced": [row[1] for row in county_map.unplaced(on_map(rows, ""))],
            },
        )
    ]
    for province in by_province:
        mine = tuple(row for row in rows if row[0][:2] == province["code"][:2])
        context = {
            "province": province,
            "provinces": nav,
            "svg": Derived(province_svg, mine, province["code"]),
        }
        pages.append(Page(province["url"], "map_province", context))
    files = [
        Page("map/china.svg", "svg", {"svg": Derived(national_svg, rows)}),
        Page("map/china-small.svg", "svg", {"svg": Derived(thumbnail_svg, rows, "报道来自哪里")}),
        Page(OUTLINE, "svg", {"svg": Derived(outline, 120)}),
    ]
    return pages, files


def outline(width: int) -> Markup:
    """``map/china-outline.svg``."""
    return Markup(county_map.outline_svg(width=width))
