"""What a report page tells machines: Highwire Press ``citation_*`` tags and schema.org JSON-LD.

Reference managers pick a page up in one click when it carries the tags their importers
read: Zotero's and Mendeley's "embedded metadata" translators and Google Scholar read the
Highwire Press ``citation_*`` meta tags; search engines and linked-data tools read
schema.org JSON-LD (``NewsArticle`` for a report, ``CollectionPage`` for a facet page).

Pure functions of a report dict (FRONT_MATTER.md) and the page's absolute URL. The rule
that matters most: an estimated date is never given as a publication date
(``citation_publication_date``, ``datePublished``): an importer would file the report
under a year nobody stated. The estimate is said in words instead (``temporalCoverage``).
"""

from __future__ import annotations

import json

from .citations import stated_iso
from .date_display import estimate_label
from .facets import display_title, place_trail

#: schema.org's context: the page names it, and tests expand it with a bundled copy.
SCHEMA_ORG = "https://schema.org"
#: The levels of the place trail, as schema.org's place types.
_PLACE_TYPES = {
    "province": "AdministrativeArea",
    "prefecture": "AdministrativeArea",
    "county": "AdministrativeArea",
    "town": "AdministrativeArea",
}


def highwire_tags(report: dict, page_url: str) -> list[tuple[str, str]]:
    """The ``citation_*`` meta tags of a report page, as (name, content), in order.

    ``citation_publication_date`` is given only for a stated date, as the Highwire
    convention writes it (2011/09/14, or 2023 alone); an estimate gives none.

    >>> r = {"title": "神河镇“升级晋档”推动党建经济双丰收", "authors": ["刘民", "王密"], "source": "旬阳县人民政府",
    ...      "date": "2011-09-14T09:09", "date_precision": "minute", "initiatives": ["升级晋档"],
    ...      "province": "陕西省", "prefecture": "安康市", "county": "旬阳市", "township": "神河镇"}
    >>> for name, content in highwire_tags(r, "https://example.org/reports/e1d72b0bcc09.html"):
    ...     print(name, content)
    citation_title 神河镇“升级晋档”推动党建经济双丰收
    citation_author 刘民
    citation_author 王密
    citation_publication_date 2011/09/14
    citation_publisher 旬阳县人民政府
    citation_language zh
    citation_keywords 升级晋档; 神河镇; 旬阳市; 陕西省
    citation_abstract_html_url https://example.org/reports/e1d72b0bcc09.html
    >>> [n for n, _ in highwire_tags(dict(r, date=None, date_estimate={"earliest": "2021-01-01"}), "u")]
    ['citation_title', 'citation_author', 'citation_author', 'citation_publisher', 'citation_language', 'citation_keywords', 'citation_abstract_html_url']
    """
    tags = [("citation_title", display_title(report))]
    tags += [("citation_author", name) for name in report.get("authors") or []]
    stated = stated_iso(report)
    if stated:
        tags.append(("citation_publication_date", stated.replace("-", "/")))
    if report.get("source"):
        tags.append(("citation_publisher", report["source"]))
    tags.append(("citation_language", "zh"))
    places = [report.get(k) for k in ("township", "county", "province") if report.get(k)]
    keywords = [*(report.get("initiatives") or []), *places]
    if keywords:
        tags.append(("citation_keywords", "; ".join(keywords)))
    tags.append(("citation_abstract_html_url", page_url))
    return tags


def _place(report: dict) -> dict | None:
    """The report's place as nested schema.org places: the town within its county …, each
    named by its division code (``identifier``: what joins the statistical tables; its
    page is ``places/<code>.html``, and the page's trail links all four)."""
    place = None
    for node in place_trail(report):
        inner = {"@type": _PLACE_TYPES[node.level], "name": node.name, "identifier": node.code}
        if place is not None:
            inner["containedInPlace"] = place
        place = inner
    return place


def news_article(report: dict, page_url: str, raw_url: str | None) -> dict:
    """The report as a schema.org ``NewsArticle`` (JSON-LD, a plain dict).

    Compact, as it is on every report page: the page is named once (``url``, not again
    as ``@id``); a place by its name and division code, not its page's URL as well; the
    initiatives it is ``about`` as plain names (schema.org takes text where it expects a
    Thing; ``{"@type": "Thing", "name": …}`` was ~26 bytes a name); nothing that is the
    default (free to read). About 0.5 KB a page less (issue 12).

    >>> r = {"id": "e1d72b0bcc09", "title": "神河镇“升级晋档”推动党建经济双丰收", "authors": ["刘民"],
    ...      "source": "旬阳县人民政府", "date": None, "date_estimate": {"earliest": "2021-01-01", "latest": "2022-12-31"},
    ...      "initiatives": ["升级晋档"], "division_code": "610981111", "province": "陕西省",
    ...      "prefecture": "安康市", "county": "旬阳市", "township": "神河镇", "url": "http://www.xyx.gov.cn/a.html"}
    >>> item = news_article(r, "https://example.org/reports/e1d72b0bcc09.html", "https://example.org/raw/001.txt")
    >>> "datePublished" in item, item["temporalCoverage"], item["contentLocation"]["name"]
    (False, '约2021–2022年（推断）', '神河镇')
    >>> item["contentLocation"]["containedInPlace"]["name"], item["about"], item["sameAs"]
    ('旬阳市', ['升级晋档'], 'http://www.xyx.gov.cn/a.html')
    """
    item = {
        "@context": SCHEMA_ORG,
        "@type": "NewsArticle",
        "url": page_url,
        "headline": display_title(report),
        "inLanguage": "zh-CN",
    }
    stated = stated_iso(report)
    if stated:
        item["datePublished"] = stated
    elif report.get("date_estimate"):
        item["temporalCoverage"] = estimate_label(report["date_estimate"])
    authors = report.get("authors") or []
    if authors:
        item["author"] = [{"@type": "Person", "name": name} for name in authors]
    if report.get("source"):
        item["publisher"] = {"@type": "Organization", "name": report["source"]}
    place = _place(report)
    if place:
        item["contentLocation"] = place
    initiatives = report.get("initiatives") or []
    if initiatives:
        item["about"] = initiatives
    if raw_url:
        item["isBasedOn"] = raw_url
    if report.get("url"):
        item["sameAs"] = report["url"]
    return item


def collection_page(name: str, page_url: str, description: str, count: int) -> dict:
    """A facet page (a place, an initiative, a year) as a schema.org ``CollectionPage``,
    named by its ``url`` (an ``@id`` the same URL again was ~60 bytes on each of ~13,000
    such pages at 10,000 reports, and no other node refers to it).

    >>> collection_page("神河镇", "https://example.org/places/610981111.html", "神河镇的党建报道", 3)["@type"]
    'CollectionPage'
    """
    return {
        "@context": SCHEMA_ORG,
        "@type": "CollectionPage",
        "url": page_url,
        "name": name,
        "description": description,
        "inLanguage": "zh-CN",
        "mainEntity": {"@type": "ItemList", "numberOfItems": count},
    }


def json_ld_script(item: dict) -> str:
    """The JSON-LD as the text of a ``<script type="application/ld+json">``: nothing in it
    can close the element or open a comment, whatever a source's title holds.

    >>> json_ld_script({"headline": "</script><script>alert(1)</script>"})
    '{"headline":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
    """
    # compact separators: the block is for parsers, and is on every report page
    text = json.dumps(item, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
