"""Long lists cut into pages, so no page grows with the archive.

At 10,000 reports a year holds 1,000+ reports, an initiative thousands of concordance
lines and a province hundreds of towns: a page that lists them all weighs megabytes and
is tens of thousands of pixels tall on a phone. Every list that grows with the number
of reports is cut here into pages of a fixed size (``PAGE_SIZES``): its first page keeps
the URL it always had (links and bookmarks keep working), the next ones are
``<stem>/page-<n>.html`` beside it. Each page gets a ``pager`` (plain data, so it is
part of the page's cache key) that ``_macros.html`` ``pager`` draws: previous, next and a
window of page numbers, itself bounded (``WINDOW``), however many pages there are.

Pure functions: nothing here writes a file.
"""

from __future__ import annotations

#: How many items one page lists, per kind of list. A page's size is bounded by its
#: page size times the largest item (a report line is ~400 bytes, a concordance entry
#: ~0.4 KB, 1 KB at most, with at most ``pages.KWIC_SENTENCES`` clipped sentences shown,
#: a matrix row at most ~4 KB: 30 cells, each a ~130-byte link when used).
PAGE_SIZES = {
    "reports": 100,  # a year's, a county's or town's, the undated, the unplaced, those to review
    # reports on an initiative page, each with its sentences: a report names ~15
    # initiatives, so this size is also what keeps the number of files and bytes down
    # (10,000 generated reports: ~142,000 entries of ~415 bytes; at 50 a page the
    # ~5 KB of chrome, pager and filters around them made 2,893 pages and 15 MB of the
    # 74 MB; at 100, a page is still ~50 KB, a third of the 150 KB bound)
    "concordance": 100,
    "initiatives": 100,  # rows of the initiatives index
    "matrix": 30,  # towns (rows) of a province's matrix page: 30 × 30 cells
}
#: Page numbers shown either side of the current one (plus the first and the last).
WINDOW = 3


def page_url(first_url: str, number: int) -> str:
    """The URL of page ``number`` of a list whose first page is ``first_url``.

    The first page keeps its URL; the others go in a folder named after it.

    >>> page_url("initiatives/cc97c5dd2b.html", 1)
    'initiatives/cc97c5dd2b.html'
    >>> page_url("initiatives/cc97c5dd2b.html", 2)
    'initiatives/cc97c5dd2b/page-2.html'
    >>> page_url("years/2021.html", 12)
    'years/2021/page-12.html'
    """
    if number == 1:
        return first_url
    return f"{first_url.removesuffix('.html')}/page-{number}.html"


def chunks(items: list, size: int) -> list[list]:
    """``items`` cut into lists of at most ``size``; an empty list is one empty page (a
    page that exists with nothing to list still says so).

    >>> chunks(["兴隆镇", "神河镇", "城关镇"], 2)
    [['兴隆镇', '神河镇'], ['城关镇']]
    >>> chunks([], 100)
    [[]]
    """
    if size < 1:
        raise ValueError(f"page size must be at least 1, not {size}")
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def page_window(number: int, count: int, window: int = WINDOW) -> list[int | None]:
    """The page numbers a pager shows: the first, the last, and ``window`` either side of
    the current one; ``None`` marks a gap. At most ``2 * window + 5`` entries, however
    many pages.

    >>> page_window(1, 3)
    [1, 2, 3]
    >>> page_window(10, 40)
    [1, None, 7, 8, 9, 10, 11, 12, 13, None, 40]
    >>> page_window(2, 40)
    [1, 2, 3, 4, 5, None, 40]
    """
    shown = {1, count, *range(max(1, number - window), min(count, number + window) + 1)}
    out: list[int | None] = []
    for n in sorted(shown):
        if out and n - out[-1] > 1:
            out.append(None)
        out.append(n)
    return out


def pager(first_url: str, number: int, count: int) -> dict | None:
    """What a page shows to move through its list: None when the list fits on one page.

    >>> p = pager("years/2021.html", 2, 3)
    >>> p["previous"], p["next"], p["number"], p["count"]
    ('years/2021.html', 'years/2021/page-3.html', 2, 3)
    >>> p["pages"]
    [(1, 'years/2021.html'), (2, 'years/2021/page-2.html'), (3, 'years/2021/page-3.html')]
    >>> pager("years/2021.html", 1, 1) is None
    True
    """
    if count <= 1:
        return None
    return {
        "number": number,
        "count": count,
        "previous": page_url(first_url, number - 1) if number > 1 else None,
        "next": page_url(first_url, number + 1) if number < count else None,
        "pages": [(n, page_url(first_url, n) if n else None) for n in page_window(number, count)],
    }


def paged(first_url: str, items: list, kind: str) -> list[tuple[str, list, dict | None, int]]:
    """(URL, the items it lists, its pager, the position of its first item) for each page
    of ``items``, cut at ``PAGE_SIZES[kind]``.

    >>> [(url, len(part), start) for url, part, _, start in paged("years/2021.html", list(range(250)), "reports")]
    [('years/2021.html', 100, 0), ('years/2021/page-2.html', 100, 100), ('years/2021/page-3.html', 50, 200)]
    """
    size = PAGE_SIZES[kind]
    parts = chunks(items, size)
    return [
        (page_url(first_url, n), part, pager(first_url, n, len(parts)), (n - 1) * size)
        for n, part in enumerate(parts, start=1)
    ]
