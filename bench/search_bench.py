"""Benchmark the search index on a large generated corpus (not a test).

    .venv/bin/python bench/search_bench.py [--docs 10000] [--seed 4] [--out bench/results/search]

1. Generates ``--docs`` reports by recombining the sentences of the seed reports
   (content/reports, else tests/fixtures/reports) into new bodies, each placed in a real
   town of the gazetteer (its name written into the text), with varied dates (stated,
   estimated, none) and initiatives. Deterministic for a given ``--seed``. Uses
   bench/make_corpus.py's reports instead when that script exists and ``--corpus DIR``
   points at its Markdown.
2. Builds the index (cold; again with nothing changed; again with one report changed,
   which updates the index in place) and checks recall on the updated index
   against a substring scan; reports build time, size on disk (raw and gzip -6) and files.
3. Serves the index with the real search.js and the search page's markup on loopback
   and measures, in headless Chromium with a cold cache, the bytes fetched and the time
   to first results for 党建 (common, 2 characters), a rare 4-character string (chosen
   from the corpus so that only a handful of reports contain it), 三会一课 (common,
   4 characters) and 党 (1 character).

Prints a table and writes it as JSON to ``--out``.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import random
import re
import resource
import shutil
import sys
import threading
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "plugins"))

from township_reports.site.search.build import build_index  # noqa: E402
from township_reports.site.search.fold import fold_text, normalise_query, t2s_phrase_map  # noqa: E402
from township_reports.site.search.index_format import stored_name  # noqa: E402
from township_reports.site.search.query import SearchIndex  # noqa: E402
from township_reports.site.search.records import SearchRecord, record_from_markdown_file  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SEED_TOWNS = ["兴隆镇", "太要镇", "神河镇", "宋家镇", "城关镇"]
SEED_COUNTIES = ["平利县", "潼关县", "旬阳市", "旬阳县", "白河县", "清丰县"]


# ------------------------------------------------------------------ corpus


def seed_records() -> list[SearchRecord]:
    reports = REPO / "content" / "reports"
    if not any(reports.glob("*.md")):
        reports = REPO / "tests" / "fixtures" / "reports"
    return [record_from_markdown_file(p) for p in sorted(reports.glob("*.md"))]


def gazetteer() -> tuple[list[tuple[str, str, str]], dict[str, tuple[str, str, str]]]:
    data = REPO / "plugins" / "township_reports" / "data"
    counties = {}
    for line in (data / "gazetteer_counties.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("county_code"):
            continue
        code, county, _, prefecture, _, province = line.split("\t")[:6]
        counties[code] = (county, prefecture, province)
    towns = []
    for line in (data / "gazetteer_towns.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("division_code"):
            continue
        code, town, county_code = line.split("\t")[:3]
        if county_code in counties and town.endswith(("镇", "乡")):
            towns.append((code, town, county_code))
    return towns, counties


def initiative_names() -> list[str]:
    import yaml

    path = REPO / "plugins" / "township_reports" / "data" / "initiatives.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [str(i["name"]) for i in data.get("initiatives", [])]


def make_corpus(n: int, seed: int) -> list[SearchRecord]:
    rng = random.Random(seed)
    seeds = seed_records()
    sentences = []
    for r in seeds:
        for para in r.body.split("\n"):
            sentences += [s for s in re.findall(r"[^。！？]+[。！？]?", para) if len(s) > 4]
    titles = [r.title for r in seeds]
    towns, counties = gazetteer()
    names = initiative_names()
    place_re = re.compile("|".join(SEED_TOWNS + SEED_COUNTIES))
    records = []
    for i in range(n):
        code, town, county_code = rng.choice(towns)
        county, prefecture, province = counties[county_code]

        def place(m, town=town, county=county):
            return town if m.group(0) in SEED_TOWNS else county

        paragraphs = []
        for _ in range(rng.randint(5, 14)):
            para = "".join(rng.choice(sentences) for _ in range(rng.randint(2, 6)))
            paragraphs.append(place_re.sub(place, para))
        kind = rng.random()
        date = estimate = None
        year = rng.randint(2008, 2024)
        if kind < 0.75:
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T09:00"
        elif kind < 0.95:
            estimate = {"earliest": f"{year}-01-01", "latest": f"{year + rng.randint(0, 1)}-12-31"}
        records.append(
            SearchRecord(
                id=f"{i:012x}",
                title=place_re.sub(town, rng.choice(titles))
                if rng.random() < 0.5
                else f"{county}{town}{rng.choice(titles)[-12:]}",
                body="\n".join(paragraphs),
                url=f"reports/{i:012x}.html",
                date=date,
                date_precision="minute" if date else None,
                date_estimate=estimate,
                province=province,
                prefecture=prefecture or None,
                county=county,
                township=town,
                division_code=code,
                initiatives=rng.sample(names, rng.randint(0, 4)),
            )
        )
    return records


def rare_query(records, rng) -> tuple[str, int]:
    """A rare 4-character query: a 4-character town name that a handful (2–10) of
    reports contain (a researcher looking for one place), else any rare 4-gram."""
    texts = [fold_text(r.title + "\n" + r.body) for r in records]
    names = sorted({r.township for r in records if r.township and len(r.township) == 4})
    rng.shuffle(names)
    for q in names[:300]:
        df = sum(1 for x in texts if q in x)
        if 2 <= df <= 10:
            return q, df
    for _ in range(5000):
        t = rng.choice(texts)
        i = rng.randrange(len(t) - 4)
        q = t[i : i + 4]
        if re.fullmatch(r"[\u4e00-\u9fff]{4}", q):
            df = sum(1 for x in texts if q in x)
            if 2 <= df <= 10:
                return q, df
    raise RuntimeError("no rare 4-character string found")


def recall_check(records, index_dir: Path, rng, samples: int = 300) -> dict:
    """Sampled queries (1–12 characters, from the corpus): the index against a scan."""
    texts = [fold_text(r.title + "\n" + r.body) for r in records]
    index = SearchIndex(index_dir)
    number_of = {index.document(n)["id"]: n for n in range(index.meta["docs"])}
    found = missed = false = 0
    queries = 0
    while queries < samples:
        t = rng.choice(texts)
        n = rng.choice([1, 2, 2, 3, 4, 4, 6, 12])
        i = rng.randrange(len(t) - n)
        q = t[i : i + n]
        if re.search(r"\s", q):
            continue
        queries += 1
        expected = {number_of[r.id] for r, x in zip(records, texts, strict=True) if q in x}
        got = {h.number for h in index.search(q)}
        found += len(got & expected)
        missed += len(expected - got)
        false += len(got - expected)
    return {"queries": queries, "found": found, "missed": missed, "false": false}


# ------------------------------------------------------------------ measuring


def disk_usage(root: Path) -> dict:
    out = {}
    for family in ("g", "p", "t", "facets", "fold", "cols", "rows", "rank.bin", "meta.json"):
        path = root / (stored_name(family) if "." in family else family)  # rank.bin.gz
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        raw = sum(p.stat().st_size for p in files)
        gz = sum(len(gzip.compress(p.read_bytes(), 6)) for p in files)
        out[family] = {"files": len(files), "bytes": raw, "gzip": gz}
    return out


def harness_page(site: Path) -> None:
    """search.html as the theme renders it (content block only) with the real search.js."""
    template = (REPO / "theme" / "templates" / "search.html").read_text(encoding="utf-8")
    content = template.split("{% block content %}", 1)[1].split("{% endblock %}", 1)[0]
    content = content.replace("{{ SITEURL }}", ".").replace("{{ THEME_STATIC_DIR }}", "theme")
    (site / "search.html").write_text(
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>search bench</title>'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'"></head>'
        f'<body>{content}<script src="./theme/js/search.js" defer></script></body></html>',
        encoding="utf-8",
    )
    (site / "theme" / "js").mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "theme" / "static" / "js" / "search.js", site / "theme" / "js" / "search.js")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def measure_queries(site: Path, queries: list[str], runs: int = 3) -> list[dict]:
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    results = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
            )
            for query in queries:
                samples = []
                for _ in range(runs):
                    context = browser.new_context()  # a cold cache every time
                    page = context.new_page()
                    page.goto(f"{base}/search.html?q={query}")
                    page.wait_for_selector(
                        "#search[data-state=done]", state="attached", timeout=120_000
                    )
                    timing = page.evaluate(
                        """() => {
                          const m = n => (performance.getEntriesByName(n)[0] || {}).startTime;
                          const res = performance.getEntriesByType('resource')
                            .filter(e => e.name.includes('/search/'));
                          return {first: m('search:first-result'), done: m('search:done'),
                                  bytes: res.reduce((a, e) => a + e.encodedBodySize, 0),
                                  files: res.map(e => new URL(e.name).pathname)};
                        }"""
                    )
                    timing["count"] = int(page.get_attribute("#search", "data-count") or 0)
                    samples.append(timing)
                    context.close()
                best = min(samples, key=lambda s: s["first"] or 1e9)
                files = best["files"]
                gz = sum(
                    len(gzip.compress((site / f.lstrip("/")).read_bytes(), 6))
                    for f in files
                    if (site / f.lstrip("/")).is_file()
                )
                results.append(
                    {
                        "query": query,
                        "results": best["count"],
                        "first_results_ms": round(
                            sorted(s["first"] or 0 for s in samples)[len(samples) // 2], 1
                        ),
                        "bytes_fetched": best["bytes"],
                        "bytes_fetched_gzip": gz,
                        "files_fetched": len(files),
                        "by_family": dict(
                            Counter(f.split("/search/")[1].split("/")[0] for f in files)
                        ),
                    }
                )
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--runs", type=int, default=3, help="browser runs per query (median)")
    parser.add_argument("--site", type=Path, default=REPO / "bench" / "corpus" / "search-site")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "search.json")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args(argv)

    t = time.perf_counter()
    records = make_corpus(args.docs, args.seed)
    chars = sum(len(r.title) + len(r.body) + 1 for r in records)
    print(
        f"corpus: {len(records):,} reports, {chars:,} characters ({time.perf_counter() - t:.1f} s)"
    )
    t2s_phrase_map()  # OpenCC tables: built once per build, timed apart
    shutil.rmtree(args.site, ignore_errors=True)
    index_dir = args.site / "search"
    state = args.site.with_name(args.site.name + "-state.json")  # as CACHE_PATH holds it
    state.unlink(missing_ok=True)

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    stats = build_index(records, index_dir, state_path=state)
    cold = time.perf_counter() - t
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    again = build_index(records, index_dir, state_path=state)
    warm = time.perf_counter() - t
    records[len(records) // 2].body += "\n新增一段文字，检验只改一篇时的重建。"
    t = time.perf_counter()
    one = build_index(records, index_dir, state_path=state)  # an update
    one_changed = time.perf_counter() - t
    usage = disk_usage(index_dir)
    total = sum(v["bytes"] for v in usage.values())
    total_gz = sum(v["gzip"] for v in usage.values())

    print(
        f"index build, cold:            {cold:6.2f} s ({chars / cold / 1e6:.2f} M chars/s, "
        f"peak RSS {rss_before:.0f} → {rss_after:.0f} MB, load average {os.getloadavg()[0]:.1f})"
    )
    print(f"index build, nothing changed: {warm:6.2f} s ({again.files_written} files rewritten)")
    print(
        f"index build, one changed:     {one_changed:6.2f} s ({one.mode}: "
        f"{one.files_written} files rewritten)"
    )
    print(
        f"index on disk: {total / 1e6:.1f} MB ({total_gz / 1e6:.1f} MB gzip), "
        f"{sum(v['files'] for v in usage.values()):,} files; {total / chars:.2f} bytes/char"
    )
    for family, v in usage.items():
        print(
            f"  {family:10} {v['files']:6,} files {v['bytes'] / 1e6:8.2f} MB {v['gzip'] / 1e6:8.2f} MB gzip"
        )

    rng = random.Random(args.seed)
    rare, df = rare_query(records, rng)
    recall = recall_check(records, index_dir, rng)
    print(
        f"recall check (Python twin of search.js): {recall['queries']} sampled queries, "
        f"{recall['found']:,} (query, report) matches found, {recall['missed']} missed, "
        f"{recall['false']} false"
    )
    queries = []
    if not args.no_browser:
        harness_page(args.site)
        queries = measure_queries(args.site, ["党建", rare, "三会一课", "党"], runs=args.runs)
        print(f"\nheadless Chromium, loopback, cold cache, median of {args.runs} runs:")
        print(
            f"{'query':10} {'results':>8} {'first results':>14} {'fetched':>10} {'gzip':>9} {'files':>6}"
        )
        for q in queries:
            label = q["query"] + (f" (rare, df={df})" if q["query"] == rare else "")
            print(
                f"{label:10} {q['results']:8,} {q['first_results_ms']:11.0f} ms "
                f"{q['bytes_fetched'] / 1e3:7.0f} kB {q['bytes_fetched_gzip'] / 1e3:6.0f} kB {q['files_fetched']:6}"
            )
        texts = [fold_text(r.title + "\n" + r.body) for r in records]
        for q in queries:
            terms = normalise_query(q["query"])
            q["scan"] = sum(1 for x in texts if all(t in x for t in terms))
        print(
            "result counts equal a substring scan: "
            + ", ".join(f"{q['query']} {q['results'] == q['scan']}" for q in queries)
        )
        print(f"(the whole index is {total / 1e6:.1f} MB)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "docs": len(records),
                "characters": chars,
                "build_seconds": {"cold": cold, "unchanged": warm, "one_changed": one_changed},
                "peak_rss_mb": {"before": rss_before, "after": rss_after},
                "stats": stats.__dict__,
                "disk": usage,
                "rare_query": {"query": rare, "reports": df},
                "recall": recall,
                "queries": queries,
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    print(f"written {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
