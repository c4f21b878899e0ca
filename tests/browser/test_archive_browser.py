"""The site built from a generated archive of a few hundred reports (``corpus_site``):
what a researcher sees only once there are many reports."""

from __future__ import annotations

import json


def test_every_generated_report_has_its_page(corpus_site, corpus_page, corpus_url):
    """Ingest and the site keep every report of the archive: one page per raw file, and
    the home page, reached in a browser, counts them all."""
    truth = json.loads((corpus_site.parent / "content" / "raw" / ".corpus.json").read_text())
    # <id>.html; <id>.hant.html and <id>.orig.html are the same report in 繁體
    pages = [p for p in (corpus_site / "reports").glob("*.html") if "." not in p.stem]
    assert len(pages) == truth["n"]
    corpus_page.goto(corpus_url + "/index.html")
    assert f"{truth['n']:,}" in corpus_page.inner_text("body") or str(truth["n"]) in (
        corpus_page.inner_text("body")
    )
