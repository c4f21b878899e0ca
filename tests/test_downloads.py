"""The whole corpus in one download (issue 14): what a researcher who mines the archive
fetches from data.html, checked the way they would use it.

- corpus.jsonl.gz: one report a line, every metadata field and the clean text;
- reports-markdown.zip: every report's Markdown, catalog.csv and the field guide;
- raw.zip: every raw file, byte for byte;
- data.html lists each with the size and sha256 a download can be checked against;
- datapackage.json passes the Frictionless validator with the site's own CSV files.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zipfile

import frictionless
import pytest
from test_site import build, read, stage_content


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("downloads-site")
    content = stage_content(tmp)
    return content, build(content, tmp / "output")


def test_the_corpus_is_one_report_a_line_with_its_text(built):
    content, site = built
    lines = gzip.decompress((site / "downloads/corpus.jsonl.gz").read_bytes()).decode()
    records = [json.loads(line) for line in lines.splitlines()]
    catalog = json.loads(read(site, "downloads/catalog.json"))
    assert sorted(r["id"] for r in records) == sorted(r["id"] for r in catalog)
    for record in records:
        assert record["title"] and record["text"] and record["page_url"].endswith(".html")
        assert {"township", "date", "date_estimate", "authors", "initiatives"} <= set(record)


def test_the_zips_hold_every_report_and_every_raw_file_as_they_are(built):
    content, site = built
    with zipfile.ZipFile(site / "downloads/reports-markdown.zip") as markdown:
        names = set(markdown.namelist())
        assert {"README.md", "catalog.csv"} <= names
        for path in (content / "reports").glob("*.md"):
            assert markdown.read(f"reports/{path.name}") == path.read_bytes()
    with zipfile.ZipFile(site / "downloads/raw.zip") as raw:
        for path in (content / "raw").rglob("*"):
            if path.is_file() and not path.is_symlink():
                key = path.relative_to(content / "raw").as_posix()
                assert raw.read(f"raw/{key}") == path.read_bytes(), key


def test_data_page_gives_each_download_its_size_and_sha256(built):
    _, site = built
    html = read(site, "data.html")
    for name in ("corpus.jsonl.gz", "reports-markdown.zip", "raw.zip"):
        data = (site / "downloads" / name).read_bytes()
        row = re.search(rf"{re.escape(name)}</a>.*?</li>", html, re.S).group(0)
        assert hashlib.sha256(data).hexdigest() in row
        assert f"{len(data):,} 字节" in row


def test_the_data_package_validates(built):
    _, site = built
    report = frictionless.validate(str(site / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])


def test_the_downloads_can_be_switched_off(tmp_path):
    """A site published where space is short (TOWNSHIP_DOWNLOADS = False) writes none of
    the bulk downloads, and no page links one."""
    output = build(stage_content(tmp_path), tmp_path / "output", "TOWNSHIP_DOWNLOADS=false")
    assert not (output / "downloads").exists()
    assert 'id="downloads"' not in read(output, "data.html")
    for page in (output / "reports").glob("*.html"):
        assert "downloads/" not in page.read_text(encoding="utf-8"), page.name
