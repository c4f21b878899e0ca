"""Reprints in a real browser: a report's page links every other copy of it, and each
copy's page links back (issue 13). The copies are ours: seed 003 (宋家镇) as a county
site and a prefecture portal reposted it (tests/fixtures/reprints)."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

from browser.conftest import _QuietHandler, build
from township_reports.cli import main as cli
from township_reports.ingest.report import split_front_matter

REPO = Path(__file__).resolve().parents[2]


def test_a_report_page_links_its_copies_and_they_link_back(browser, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content" / "raw", content / "raw")
    for reprint in (REPO / "tests" / "fixtures" / "reprints").iterdir():
        shutil.copy(reprint, content / "raw" / reprint.name)
    out = content / "reports"
    status = cli(
        [
            "ingest",
            str(content / "raw"),
            "--out",
            str(out),
            "--quiet",
            "--catalog",
            str(tmp_path / "none.yaml"),
        ]
    )
    assert status == 0
    pages = {}
    for path in out.glob("*.md"):
        front, _ = split_front_matter(path.read_text(encoding="utf-8"))
        pages[front["provenance"]["raw_file"]] = f"reports/{front['id']}.html"
    site = build(content, tmp_path / "output")
    seed = next(page for raw, page in pages.items() if raw.startswith("003"))
    copies = {page for raw, page in pages.items() if "宋家镇五聚焦" in raw}
    assert len(copies) == 2

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    page = browser.new_page()
    try:
        page.goto(f"{base}/{seed}")
        links = page.locator("#copies a")
        assert links.count() == 2
        hrefs = {link.get_attribute("href").split("/reports/")[-1] for link in links.all()}
        assert {f"reports/{h}" for h in hrefs} == copies
        assert "主副本" in page.locator("#copies").inner_text()
        links.first.click()
        page.wait_for_load_state()
        back = {
            a.get_attribute("href").split("/reports/")[-1] for a in page.locator("#copies a").all()
        }
        assert seed.split("/")[-1] in back
    finally:
        page.close()
        server.shutdown()
        server.server_close()
