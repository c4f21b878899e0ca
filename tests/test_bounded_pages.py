"""No page grows with the archive: every list a page shows is cut at its page size.

The archive here is built to break any page that lists everything: thousands of reports
in one town, one year and one initiative, hundreds of slogans, hundreds of undated and
unplaced reports. A page family that forgets to page a list shows it here as a list far
longer than any page size. (The real byte sizes of a built site are checked in
``tests/browser/test_bounded_browser.py``, on the generated archive.)
"""

from __future__ import annotations

from township_reports.site import facets, pages, paging
from township_reports.site.archive import build_archive, content_keys
from township_reports.site.date_display import date_kind, date_label

SHAANXI = {"province": "陕西省", "prefecture": "安康市", "county": "平利县"}
XINGLONG = dict(SHAANXI, division_code="610926104", township="兴隆镇")
SHENHE = {
    "province": "陕西省",
    "prefecture": "安康市",
    "county": "旬阳市",
    "township": "神河镇",
    "division_code": "610981111",
}
UNPLACED = {
    "province": None,
    "prefecture": None,
    "county": None,
    "township": None,
    "division_code": None,
}
#: No list on a page is longer than this (the largest page size; a pager's window, the
#: years, the provinces and the matrix's columns are shorter still).
LONGEST = max(paging.PAGE_SIZES.values())


def report(n: int, place: dict, date: str | None, initiatives: list[str]) -> dict:
    """A report as the archive model holds it (``archive.plain_report``'s fields)."""
    r = {
        "id": f"{n:012x}",
        "title": f"第{n}篇：兴隆镇“三联”机制推动党建引领乡村振兴",
        "title_devised": False,
        "date": date,
        "date_precision": "day" if date else None,
        "date_estimate": None,
        "initiatives": initiatives,
        # a text of its own (the same text twice would be one work: archive.work_entry)
        "text": f"兴隆镇党委第{n}次推进会部署“三联”机制落地生根。\n第{n}期坚持“三会一课”制度，开展主题党日。",
        "page": f"reports/{n:012x}.html",
        "provenance": {},
        **place,
    }
    r.update(
        display_title=facets.display_title(r),
        date_label=date_label(r),
        date_kind=date_kind(r),
        town_label=facets.town_label(r),
    )
    trail = facets.place_trail(r)
    r["place_url"] = trail[-1].url if trail else None
    return r


def archive_of(n: int):
    """``n`` reports in one town, one year, all naming 三联; ``n // 4`` more, each with a
    slogan of its own, undated, half of them unplaced, all to be reviewed."""
    reports = [report(i, XINGLONG, "2021-05-01", ["三联", "三会一课"]) for i in range(n)]
    doubtful = {"review": [{"field": "date", "reason": "原文未载明日期，也没有可推断年代的标记"}]}
    reports += [
        dict(
            report(n + i, UNPLACED if i % 2 else SHENHE, None, [f"“{i}+X”工作法"]),
            provenance=doubtful,
        )
        for i in range(n // 4)
    ]
    archive = build_archive(reports, {}, "http://localhost:8000")
    keys = {r["id"]: r["id"] for r in reports}
    return archive, pages.facet_pages(archive, {}, content_keys(archive, keys), newest=10)


def lists_in(value, path="context"):
    """(where, length) of every list a context holds, a report's own fields left out (a
    report is one item of a list, not a page's list)."""
    if isinstance(value, pages.Derived):
        value = value.value
    if isinstance(value, dict):
        if "id" in value and "page" in value:  # a report
            return
        for key, item in value.items():
            yield from lists_in(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        yield path, len(value)
        for item in value:
            yield from lists_in(item, f"{path}[]")


def longest_lists(declared) -> dict[str, tuple[int, str]]:
    """For each template, its longest list: (length, page URL and where in its context)."""
    found: dict[str, tuple[int, str]] = {}
    for page in declared:
        for where, length in lists_in(page.context):
            if length > found.get(page.template, (0, ""))[0]:
                found[page.template] = (length, f"{page.url}: {where}")
    return found


def test_no_list_on_any_page_is_longer_than_a_page():
    _, declared = archive_of(1200)
    too_long = {t: f for t, f in longest_lists(declared).items() if f[0] > LONGEST}
    assert not too_long, f"lists that grow with the archive: {too_long}"


def test_the_longest_list_does_not_grow_with_the_archive():
    small = longest_lists(archive_of(800)[1])  # every list already fills its pages
    large = longest_lists(archive_of(3200)[1])
    grew = {t: (small[t], large[t]) for t in large if large[t][0] > small.get(t, (0, ""))[0]}
    assert not grew, f"pages whose longest list grows with the archive: {grew}"


def test_a_long_list_is_paged_with_its_first_page_where_it_always_was():
    archive, declared = archive_of(1200)
    urls = {p.url: p for p in declared}
    sanlian = facets.initiative_slug("三联")
    per_page = paging.PAGE_SIZES["concordance"]
    count = -(-1200 // per_page)
    first, last = (
        urls[f"initiatives/{sanlian}.html"],
        urls[f"initiatives/{sanlian}/page-{count}.html"],
    )
    assert first.context["pager"]["next"] == f"initiatives/{sanlian}/page-2.html"
    assert last.context["pager"]["next"] is None and len(last.context["items"]) <= per_page
    shown = [
        e.report["id"]
        for n in range(1, count + 1)
        for e in urls[paging.page_url(f"initiatives/{sanlian}.html", n)].context["items"]
    ]
    assert shown == [r["id"] for r in archive.initiative("三联").reports], (
        "each report once, in order"
    )
    year = [urls[paging.page_url("years/2021.html", n)] for n in range(1, 13)]
    assert sum(len(p.context["stated"]) for p in year) == 1200
    assert "years/2021/page-13.html" not in urls


def test_a_province_matrix_links_each_town_to_its_page_of_rows():
    _, declared = archive_of(400)
    index = next(p for p in declared if p.url == "matrix.html")
    shaanxi = next(p for p in index.context["provinces"] if p["code"] == "610000")
    assert shaanxi["url"] == "matrix/610000.html" and shaanxi["towns"] == 2
    matrix = next(p for p in declared if p.url == "matrix/610000.html")
    names = [c["name"] for c in matrix.context["columns"]]
    assert names[:2] == ["三会一课", "三联"] and len(names) <= pages.MATRIX_COLUMNS
    rows = {code: cells for _, code, cells in matrix.context["items"]}
    assert rows["610926104"][:2] == [400, 400] and rows["610981111"][:2] == [0, 0]
