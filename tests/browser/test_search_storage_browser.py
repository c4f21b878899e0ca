"""The search index is stored compressed, and stays small because it is.

A static host that stores files as they are (GitHub Pages counts bytes on disk) carries
``output/search/`` as written: every file but ``meta.json`` is gzip-compressed
(``index_format.stored_name``) and search.js inflates it with ``DecompressionStream``.
These tests fail if someone stops compressing, if a stored file is not what the
manifest describes, or if a browser without ``DecompressionStream`` fails silently.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from pathlib import Path
from urllib.parse import quote

import pytest

from township_reports.site.search.index_format import (
    GZIP_SUFFIX,
    stored_name,
    unpack_shard,
)
from township_reports.site.search.query import SearchIndex

pytestmark = pytest.mark.browser

DONE = "#search[data-state=done], #search[data-state=idle]"

#: ``output/search/`` of the 300 generated reports (``corpus_site``), in bytes. Measured
#: on 3 December 2026 (the files' sizes added up): 2,677,070 bytes in 694 files; the same
#: reports' index built by ``build_index`` alone: 6,301,427 bytes uncompressed (format 4),
#: 2,676,820 compressed (format 6). The budget leaves ~10 % for a richer corpus; an index
#: written uncompressed is twice over it.
SEARCH_BYTES_BUDGET = 2_950_000


def described_files(meta: dict, numbers: list[int]) -> set[str]:
    """Every file the manifest says the index holds (by name, before compression)."""
    files = {"meta.json", "rank.bin", "facets/top.json"}
    files |= {f"g/{k}.bin" for k in range(meta["g"])}
    files |= {f"p/{k}.bin" for k in range(meta["p"])}
    files |= {f"fold/{k}.json" for k in range(meta["fold"])}
    files |= {f"t/{n}.json" for n in numbers}
    files |= {f"cols/{k}.bin" for k in range(math.ceil(meta["numbers"] / meta["cols"]))}
    files |= {f"rows/{k}.json" for k in range(math.ceil(meta["numbers"] / meta["rows"]))}
    for kind, buckets in meta["facets"].items():
        files |= {f"facets/{kind}/{k}.json" for k in range(buckets)}
    return files


def test_every_index_file_but_the_manifest_is_stored_gzip_compressed(corpus_site):
    root = corpus_site / "search"
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    index = SearchIndex(root)
    meta = index.meta
    expected = described_files(meta, index.numbers())
    assert on_disk == {stored_name(rel) for rel in expected}
    assert meta["files"] == len(on_disk)
    assert len(index.numbers()) == meta["docs"]
    for rel in sorted(expected - {"meta.json"}):
        stored = (root / stored_name(rel)).read_bytes()
        assert stored_name(rel) == rel + GZIP_SUFFIX
        # gzip, deterministic: no mtime, no file name (the same input, the same bytes)
        assert stored[:10] == bytes.fromhex("1f8b08000000000002ff"), rel
        data = gzip.decompress(stored)
        if rel.endswith(".bin"):
            assert unpack_shard(data), rel
        else:
            json.loads(data.decode("utf-8"))
    ids = {index.document(n)["id"] for n in index.numbers()}
    assert len(ids) == meta["docs"]


def test_the_index_of_300_reports_stays_within_its_byte_budget(corpus_site):
    root = corpus_site / "search"
    stored = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    assert stored < SEARCH_BYTES_BUDGET, (
        f"output/search/ holds {stored:,} bytes for 300 reports, over the budget of "
        f"{SEARCH_BYTES_BUDGET:,}: is every file but meta.json still gzip-compressed?"
    )


def test_without_decompression_stream_the_page_says_why(page, base_url):
    page.add_init_script("delete window.DecompressionStream;")
    page.goto(f"{base_url}/search.html?q={quote('党建')}")
    page.wait_for_selector("#search[data-state=error]", state="attached")
    status = page.inner_text("#search-status")
    assert "DecompressionStream" in status and "\n" not in status.strip()
    assert page.locator(".search-result").count() == 0


def test_a_host_that_inflates_gz_files_itself_still_works(page, base_url):
    """A host that serves ``.gz`` files with ``Content-Encoding: gzip`` hands the browser
    the inflated bytes; search.js sees no gzip magic and reads them as they are."""

    def inflated(route):
        response = route.fetch()
        route.fulfill(response=response, body=gzip.decompress(response.body()))

    page.route(re.compile(r"/search/.*\.gz(\?|$)"), inflated)
    page.goto(f"{base_url}/search.html?q={quote('三会一课')}")
    page.wait_for_selector(DONE, state="attached")
    assert int(page.get_attribute("#search", "data-count") or 0) > 0
    page.wait_for_selector(".search-result mark")


def test_stored_names_are_the_ones_search_js_asks_for():
    script = (Path(__file__).resolve().parents[2] / "theme/static/js/search.js").read_text()
    assert f'rel + "{GZIP_SUFFIX}"' in script
