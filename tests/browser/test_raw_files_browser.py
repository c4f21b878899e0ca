"""Raw evidence in a real browser: no scraped file ever runs a script on the site's origin.

A scrape can bring any type: a page saved as ``.xht`` (served as application/xhtml+xml),
an ``.svg``, an ``.shtml``, a PHP file. The site is built from such a raw folder with the
real commands and served by a plain static server (``http.server``, which types files by
extension as static hosts do); Chromium opens every published raw file.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import io
import threading
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError

from browser.conftest import _QuietHandler, build
from township_reports.cli import main as cli

#: Each file calls home (``/ran?<its name>``) if a browser runs its script.
ACTIVE = {
    "宋家镇党建.xht": '<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>宋家镇：“五聚焦”推进党建</h1>'
    "<script>fetch('/ran?xht')</script></body></html>",
    "宋家镇党建.html": "<html><body><h1>宋家镇：“五聚焦”扎实推进党建引领高质量发展</h1>"
    "<p>今年以来，白河县宋家镇严格落实“三会一课”制度。</p><script>fetch('/ran?html')</script></body></html>",
    "兴隆镇标志.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/ran?svg")</script></svg>',
    "兴隆镇专栏.shtml": "<html><body><script>fetch('/ran?shtml')</script></body></html>",
    "index.php": "<?php echo 1; ?><script>fetch('/ran?php')</script>",
    "兴隆镇说明": "<html><body><script>fetch('/ran?bare')</script></body></html>",
}


def test_no_published_raw_file_runs_a_script(browser, tmp_path):
    content = tmp_path / "content"
    raw = content / "raw"
    raw.mkdir(parents=True)
    for name, text in ACTIVE.items():
        (raw / name).write_text(text, encoding="utf-8")
    with contextlib.redirect_stderr(io.StringIO()):
        cli(["ingest", str(raw), "--out", str(content / "reports"), "--catalog", "none.yaml"])
    site = build(content, tmp_path / "output")
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    context = browser.new_context()
    ran: list[str] = []
    downloaded: list[str] = []
    context.on(
        "request", lambda request: ran.append(request.url) if "/ran?" in request.url else None
    )
    page = context.new_page()
    page.on("dialog", lambda dialog: (ran.append(dialog.message), dialog.dismiss()))
    try:
        published = sorted(p for p in (site / "raw").rglob("*") if p.is_file())
        assert len(published) == len(ACTIVE)
        for path in published:
            try:
                page.goto(f"{base}/{Path(path).relative_to(site).as_posix()}")
            except PlaywrightError as error:  # served as bytes: downloaded, never run
                assert "Download is starting" in str(error)
                downloaded.append(path.name)
                continue
            assert "fetch(" in page.content()  # shown as text: the evidence is readable
    finally:
        context.close()
        server.shutdown()
        server.server_close()
    assert ran == []
    assert downloaded == []  # every file is shown, as text
