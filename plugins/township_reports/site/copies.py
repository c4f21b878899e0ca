"""What a report's page says of the other copies of the same report (issue 13, reprints).

``works.find_works`` groups copies into works; ``copies_of`` turns each work into what
its copies' pages show, in the site's language: which copy is primary and why, what each
other copy changed, and which fields the work takes from another copy on facet pages
(``archive.work_entry``). Plain data, so a report page's cache key sees all of it.
"""

from __future__ import annotations

#: How a report page says what a copy of it changed (works.CopyDifference.labels()).
COPY_DIFFERENCES = {
    "script: traditional": "繁体",
    "script: mixed": "繁简混合",
    "script: simplified": "简体",
    "pinyin added": "加注拼音",
    "more chrome": "网页杂项更多",
    "truncated": "节选",
    "edited": "有改动",
    "date": "日期不同",
    "authors": "署名不同",
    "title": "标题不同",
}
WHY_PRIMARY = {"earliest stated date": "载明日期最早", "longest text": "未载明日期，正文最长"}
#: The fields a work takes from another copy when its primary lacks them (``work_entry``).
BORROWED_FIELDS = {"place": "地区", "date_estimate": "推断年代"}


def copies_of(works, by_id: dict[str, dict], entries: dict[str, dict] | None = None):
    """Report id → what its page says of the other copies of the same report (only for
    reports with copies): which copy is primary and why, each other copy with its date,
    source and what it changed, and which fields the work takes from which copy on facet
    pages (``entries``: primary id → its ``work_entry``). Plain data: a page's key sees
    all of it.

    >>> from .works import Work
    >>> by_id = {
    ...     "a": {"page": "reports/a.html", "display_title": "宋家镇：“五聚焦”扎实推进",
    ...           "date_label": "2023年7月25日", "source": None},
    ...     "b": {"page": "reports/b.html", "display_title": "宋家镇：“五聚焦”扎实推进",
    ...           "date_label": "2023年7月27日", "source": "白河县人民政府"}}
    >>> views = copies_of([Work("a", ("a", "b"), "earliest stated date")], by_id,
    ...                   {"a": {"work_evidence": {"place": "b"}}})
    >>> views["a"]["why"], views["a"]["others"][0]["source"], views["b"]["others"][0]["primary"]
    ('载明日期最早', '白河县人民政府', True)
    >>> views["b"]["borrowed"]
    [{'field': '地区', 'page': 'reports/b.html', 'display_title': '宋家镇：“五聚焦”扎实推进'}]
    """
    views: dict[str, dict] = {}
    entries = entries or {}
    for work in works:
        if len(work.copies) < 2:
            continue
        evidence = (entries.get(work.primary) or {}).get("work_evidence") or {}
        borrowed = [
            {
                "field": BORROWED_FIELDS.get(key, key),
                "page": by_id[source]["page"],
                "display_title": by_id[source]["display_title"],
            }
            for key, source in evidence.items()
        ]
        for me in work.copies:
            others = []
            for other in work.copies:
                if other == me:
                    continue
                report = by_id[other]
                difference = work.differences.get(other)
                labels = difference.labels() if difference else []
                others.append(
                    {
                        "page": report["page"],
                        "display_title": report["display_title"],
                        "date_label": report["date_label"],
                        "source": report.get("source"),
                        "primary": other == work.primary,
                        "differences": [COPY_DIFFERENCES.get(k, k) for k in labels],
                    }
                )
            views[me] = {
                "count": len(work.copies),
                "primary": me == work.primary,
                "why": WHY_PRIMARY.get(work.why_primary, work.why_primary),
                "others": others,
                "borrowed": borrowed,
            }
    return views
