"""The reports-per-year chart: an SVG drawn at build time (no chart library in the browser).

Stated and estimated dates are drawn apart (solid and hatched), never summed into one
bar that hides the difference. The rows count works: a report and its reprints are one
(``archive.build_archive``), and the description says so. Colours come from CSS classes, so the chart follows the
light/dark theme and the Content-Security-Policy (no inline styles).
"""

from __future__ import annotations

from html import escape

BAR = 28  # horizontal room per year, in SVG units
PLOT_HEIGHT = 120
TOP = 22  # room for the count above the tallest bar
BOTTOM = 26  # room for the year labels
LEFT = 8


def timeline_svg(rows: list[tuple[int, int, int]], label: str = "每年报道数") -> str:
    """SVG markup for (year, stated, estimated) rows; years without reports get an empty slot.

    >>> svg = timeline_svg([(2011, 1, 0), (2013, 0, 2)])
    >>> svg.count('class="bar-stated"'), svg.count('class="bar-estimated"'), "2012" in svg
    (1, 1, True)
    >>> timeline_svg([])
    ''
    """
    if not rows:
        return ""
    counts = {year: (stated, estimated) for year, stated, estimated in rows}
    first, last = min(counts), max(counts)
    years = list(range(first, last + 1))
    peak = max(s + e for s, e in counts.values()) or 1
    width = LEFT * 2 + BAR * len(years)
    height = TOP + PLOT_HEIGHT + BOTTOM
    base = TOP + PLOT_HEIGHT
    # Year labels are ~26 units wide: label every other year from 9 years on, every
    # fifth from 21, always including the latest year.
    label_every = 1 if len(years) <= 8 else 2 if len(years) <= 20 else 5
    total_stated = sum(s for s, _ in counts.values())
    total_estimated = sum(e for _, e in counts.values())
    desc = (
        f"{first}–{last}年；日期明确的报道 {total_stated} 篇，"
        f"日期为推断的 {total_estimated} 篇次（跨年推断计入每个可能年份）；"
        "同一报道的转载与副本只计一次。"
    )
    out = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="timeline-title timeline-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="timeline-title">{escape(label)}</title>',
        f'<desc id="timeline-desc">{escape(desc)}</desc>',
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"/>'
        '<line class="hatch-line" x1="0" y1="0" x2="0" y2="6" stroke-width="3"/></pattern></defs>',
        f'<line class="axis" x1="{LEFT}" y1="{base}" x2="{width - LEFT}" y2="{base}"/>',
    ]
    for i, year in enumerate(years):
        stated, estimated = counts.get(year, (0, 0))
        x = LEFT + i * BAR + 4
        w = BAR - 8
        h_stated = round(PLOT_HEIGHT * stated / peak, 1)
        h_estimated = round(PLOT_HEIGHT * estimated / peak, 1)
        out.append("<g>")
        out.append(f"<title>{year}年：日期明确 {stated} 篇，推断 {estimated} 篇</title>")
        if stated:
            out.append(
                f'<rect class="bar-stated" x="{x}" y="{base - h_stated}" width="{w}" height="{h_stated}"/>'
            )
        if estimated:
            y = base - h_stated - h_estimated
            out.append(
                f'<rect class="bar-estimated" x="{x}" y="{y}" width="{w}" height="{h_estimated}"/>'
            )
        if stated + estimated:
            out.append(
                f'<text class="count" x="{x + w / 2}" y="{base - h_stated - h_estimated - 5}" '
                f'text-anchor="middle">{stated + estimated}</text>'
            )
        if (len(years) - 1 - i) % label_every == 0:
            out.append(
                f'<text class="year" x="{x + w / 2}" y="{base + 17}" text-anchor="middle">{year}</text>'
            )
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)
