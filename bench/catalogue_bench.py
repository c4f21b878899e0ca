"""What the catalogue (search.html with an empty query, issue 12) fetches, on a built site.

Serves an output folder on loopback, opens views of search.html in headless Chromium
(a fresh browser context each: cold cache) and counts the files fetched under
``search/``: how many, their bytes, and their bytes gzip-compressed again (as a static
host serving gzip would send them; Python's ``http.server`` does not compress). Since
index format 6 the files are stored gzip-compressed, so the bytes are what any host
sends, and compressing them again gains nothing. The CSV download is measured too
(every catalogue line of the results).

    .venv/bin/python bench/catalogue_bench.py /tmp/corpus/output [--json out.json]

Not a test: numbers for the README (``Search`` section), like search_bench.py.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import sys
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

from search_bench import CHROMIUM_ARGS  # bench/ is on the path of a bench script

#: (name, query string): the views a researcher opens first.
VIEWS = [
    ("catalogue, newest first", ""),
    ("catalogue, by place", "sort=place"),
    ("catalogue, page 5", "page=5"),
    ("catalogue, one province", None),  # the largest province, found at run time
    ("query 党建", "q=党建"),
    ("query for one town's name", "town-name"),  # the newest report's town, at run time
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - fixed by the base class
        pass


def serve(folder: Path) -> str:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def sizes(folder: Path, paths: set[str]) -> dict:
    """Files, bytes and gzip bytes of the fetched search files."""
    raw = packed = 0
    for path in paths:
        data = (folder / unquote(path).lstrip("/")).read_bytes()
        raw += len(data)
        packed += len(gzip.compress(data, 6))
    return {"files": len(paths), "bytes": raw, "gzip": packed}


def measure(browser, base: str, folder: Path, query: str, download: bool = False) -> dict:
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    fetched: set[str] = set()
    page.on(
        "request",
        lambda r: fetched.add(urlparse(r.url).path) if "/search/" in r.url else None,
    )
    started = time.perf_counter()
    page.goto(f"{base}/search.html" + (f"?{query}" if query else ""))
    page.wait_for_selector("#search[data-state=done]", state="attached", timeout=60000)
    page.wait_for_selector(".search-result[aria-busy]", state="detached")
    out = {"ms": round(1000 * (time.perf_counter() - started))}
    out.update(sizes(folder, fetched))
    out["results"] = int(page.get_attribute("#search", "data-count"))
    if download:
        before = set(fetched)
        with page.expect_download() as info:
            page.click("#search-download")
        csv_bytes = Path(info.value.path()).stat().st_size
        out["csv"] = {"csv_bytes": csv_bytes, **sizes(folder, fetched - before)}
    out["top_province"] = page.eval_on_selector_all(
        "#search-province option[data-count]", "os => os.length ? os[0].value : null"
    )
    context.close()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="a built site (make html's output/)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from township_reports.site.search.index_format import read_index_file

    base = serve(args.output)
    docs = json.loads((args.output / "search" / "meta.json").read_text())["docs"]
    results = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        province = None
        for name, query in VIEWS:
            if query is None:
                query = f"province={province}"
            elif query == "town-name":
                rows = json.loads(read_index_file(args.output / "search", "rows/0.json"))
                query = "q=" + next(r[3] for r in rows if r and r[3])
            got = measure(browser, base, args.output, query, download=name.endswith("province"))
            province = province or got.pop("top_province", None)
            got.pop("top_province", None)
            results[name] = got
        browser.close()
    print(f"{docs} reports ({args.output})")
    print("| view | results | files | fetched | gzip | time |")
    print("|---|--:|--:|--:|--:|--:|")
    for name, r in results.items():
        print(
            f"| {name} | {r['results']} | {r['files']} | {r['bytes'] / 1000:.1f} kB "
            f"| {r['gzip'] / 1000:.1f} kB | {r['ms']} ms |"
        )
        if "csv" in r:
            c = r["csv"]
            print(
                f"| … its CSV download ({c['csv_bytes'] / 1000:.1f} kB) | | {c['files']} "
                f"| {c['bytes'] / 1000:.1f} kB | {c['gzip'] / 1000:.1f} kB | |"
            )
    if args.json:
        args.json.write_text(json.dumps({"reports": docs, "views": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
