"""The site built from a generated archive of a few hundred reports (``corpus_site``):
what a researcher sees only once there are many reports."""

from __future__ import annotations

import json
import re


def _truth(corpus_site) -> dict:
    """What bench/make_corpus.py generated: ``n`` raw files, ``works`` (the files that are
    copies of one report, for each report reprinted)."""
    return json.loads((corpus_site.parent / "content" / "raw" / ".corpus.json").read_text())


def test_every_generated_report_has_its_page(corpus_site):
    """Ingest and the site keep every report of the archive: one page per raw file,
    reprints included."""
    # <id>.html; <id>.orig.html or <id>.hant.html is the same report in 繁體
    pages = [p for p in (corpus_site / "reports").glob("*.html") if "." not in p.stem]
    assert len(pages) == _truth(corpus_site)["n"]


def test_the_home_page_counts_works_and_says_how_many_reprints_it_leaves_out(
    corpus_site, corpus_page, corpus_url
):
    """A report and its reprints are one report on the home page: its count is the number
    of works the generator made, and the copies beyond one each are said apart."""
    truth = _truth(corpus_site)
    reprints = sum(len(copies) - 1 for copies in truth["works"])
    assert reprints > 10  # the generator reprints about one report in ten
    corpus_page.goto(corpus_url + "/index.html")
    counted = corpus_page.locator("dl.stats div", has_text="篇报道").inner_text()
    assert int(re.sub(r"\D", "", counted)) == truth["n"] - reprints
    assert f"另有 {reprints} 份转载/副本未重复计数" in corpus_page.inner_text("main")
