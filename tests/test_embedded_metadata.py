"""A report page yields a complete record to the parsers reference managers and search
engines use: Highwire ``citation_*`` tags (Zotero's and Mendeley's importers, Google
Scholar) and schema.org JSON-LD. An estimated date is never given as a publication date.

The JSON-LD is expanded with pyld against a bundled stand-in for schema.org's context
(``@vocab``: every term is a schema.org term), through a document loader that refuses
any other address, so the test needs no network and fails if the page names another
context.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import extruct
import pytest
from pyld import jsonld
from test_site import build, read, stage_content

from township_reports.ingest.report import split_front_matter

SCHEMA = "http://schema.org/"


class _CitationTags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("name") or "").startswith("citation_"):
            self.tags.append((attrs["name"], attrs.get("content") or ""))


def citation_tags(html: str) -> dict[str, list[str]]:
    parser = _CitationTags()
    parser.feed(html)
    found: dict[str, list[str]] = {}
    for name, content in parser.tags:
        found.setdefault(name, []).append(content)
    return found


def _local_context_only(url, options=None):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": {"@context": {"@vocab": SCHEMA}},
        }
    raise jsonld.JsonLdError(f"no network in tests: {url}", "loading document failed")


@pytest.fixture(scope="module")
def site_and_reports(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("metadata-site")
    content = stage_content(tmp)
    site = build(content, tmp / "output")
    reports = []
    for path in sorted((content / "reports").glob("*.md")):
        front, _ = split_front_matter(path.read_text(encoding="utf-8"))
        if front.get("title"):
            reports.append(front)
    return site, reports


def test_every_report_page_yields_a_complete_record(site_and_reports):
    site, reports = site_and_reports
    assert len(reports) >= 5
    for report in reports:
        html = read(site, f"reports/{report['id']}.html")
        tags = citation_tags(html)
        assert tags["citation_title"][0].strip("〔〕") == report["title"]
        assert tags.get("citation_author", []) == (report.get("authors") or [])
        (item,) = [
            i
            for i in extruct.extract(html, syntaxes=["json-ld"])["json-ld"]
            if i.get("@type") == "NewsArticle"
        ]
        assert item["headline"].strip("〔〕") == report["title"]
        assert [a["name"] for a in item.get("author", [])] == (report.get("authors") or [])
        assert item["url"].endswith(f"/reports/{report['id']}.html")
        raw = re.search(r'class="raw-link" href="\.\./(raw/[^"]+)"', html)  # its download link
        assert (
            item.get("isBasedOn", "").endswith(f"/{raw.group(1)}")
            if raw
            else "isBasedOn" not in item
        )
        assert item.get("about", []) == (report.get("initiatives") or [])
        levels = ("township", "county", "prefecture", "province")
        names, place = [], item.get("contentLocation")
        while place:  # the town within its county within its prefecture within its province
            names.append((place["name"], place["identifier"]))
            place = place.get("containedInPlace")
        assert [n for n, _ in names] == [report[k] for k in levels if report.get(k)]
        if report.get("division_code"):
            assert names[0][1] == str(report["division_code"])
        if report.get("url"):
            assert item["sameAs"] == report["url"]
        if report.get("date"):
            assert tags["citation_publication_date"][0].replace("/", "-") == item["datePublished"]
            assert report["date"].startswith(item["datePublished"])
        else:  # an estimate is never given as a publication date
            assert "citation_publication_date" not in tags and "datePublished" not in item
        expanded = jsonld.expand(item, {"documentLoader": _local_context_only})
        assert expanded[0][SCHEMA + "headline"][0]["@value"] == item["headline"]


def test_a_title_cannot_close_the_json_ld_block(site_and_reports):
    site, reports = site_and_reports
    for report in reports:
        html = read(site, f"reports/{report['id']}.html")
        start = html.index('<script type="application/ld+json">')
        block = html[start : html.index("</script>", start)]
        assert "<" not in block[len('<script type="application/ld+json">') :]


def test_place_initiative_and_year_pages_are_collection_pages(site_and_reports):
    site, _ = site_and_reports
    for name, title, count_at_least in (
        ("places/610929105.html", "宋家镇", 1),
        ("years/2023.html", "2023年", 1),
    ):
        html = read(site, name)
        (item,) = extruct.extract(html, syntaxes=["json-ld"])["json-ld"]
        assert item["@type"] == "CollectionPage" and item["name"] == title
        assert item["mainEntity"]["numberOfItems"] >= count_at_least
        assert item["url"].endswith(name)
        jsonld.expand(item, {"documentLoader": _local_context_only})
