"""Measure near-duplicate methods for reprints on an ingested bench corpus (not a test).

    .venv/bin/python bench/works_bench.py RAW_DIR REPORTS_DIR [--minhash]

RAW_DIR is a corpus of bench/make_corpus.py (its ``.corpus.json`` says which raw files
are copies of one work), REPORTS_DIR what ``township-reports ingest RAW_DIR`` wrote.
For each method: pairwise precision and recall over pairs of reports in the same
group (a pair counts when both are copies of one work), CPU seconds, and how many
pairs of *different* reports share sentences (the boilerplate a method must not group).

Methods: ``sentences`` (township_reports.site.works: sentence fingerprints, containment,
the one the site uses) and, with ``--minhash`` (needs ``pip install datasketch``, which
pulls numpy and scipy), ``datasketch`` MinHash + MinHashLSH over character 5-shingles of
the same normalised text at a few Jaccard thresholds.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

from township_reports.ingest.report import split_front_matter
from township_reports.site import works


def read_reports(reports_dir: Path) -> list[dict]:
    """Every report's front matter with its body (``body``), sorted by id."""
    found = []
    for path in sorted(reports_dir.glob("*.md")):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"), str(path))
        meta["body"] = body
        found.append(meta)
    return found


def true_pairs(record: dict, reports: list[dict]) -> set[tuple[int, int]]:
    """Pairs of report indexes that are copies of one work, from the generator's truth."""
    index = {r["provenance"]["raw_file"]: k for k, r in enumerate(reports)}
    pairs = set()
    for files in record["works"]:
        members = sorted(index[f] for f in files if f in index)
        pairs.update(itertools.combinations(members, 2))
    return pairs


def group_pairs(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {pair for g in groups for pair in itertools.combinations(sorted(g), 2)}


def score(found: set, truth: set) -> tuple[float, float, int, int]:
    hits = len(found & truth)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth) if truth else 1.0
    return precision, recall, len(found - truth), len(truth - found)


def sentence_method(bodies: list[str], places: list | None) -> list[list[int]]:
    return works._groups(len(bodies), works.copy_pairs(bodies, places), places)


def minhash_method(
    bodies: list[str], places: list | None, threshold: float, perms: int = 128, k: int = 5
):
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=perms)
    signatures = []
    for i, body in enumerate(bodies):
        text = "".join(works.sentences(body))
        shingles = {text[p : p + k] for p in range(max(1, len(text) - k + 1))}
        m = MinHash(num_perm=perms)
        m.update_batch([s.encode("utf-8") for s in shingles])
        signatures.append(m)
        lsh.insert(i, m)
    signed = time.process_time()
    pairs = set()
    for i, m in enumerate(signatures):
        for j in lsh.query(m):
            if j == i or (places and not works.same_place(places[i], places[j])):
                continue
            if m.jaccard(signatures[j]) >= threshold:
                pairs.add((min(i, j), max(i, j)))
    return works._groups(len(bodies), pairs, places), signed


def boilerplate_pairs(bodies: list[str], truth: set) -> tuple[int, int]:
    """(pairs of different reports sharing ≥ MIN_SHARED sentences, of those sharing ≥ 50 %)."""
    prints = [set(works.sentences(b)) for b in bodies]
    postings: dict[str, list[int]] = {}
    for i, p in enumerate(prints):
        for s in p:
            postings.setdefault(s, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for members in postings.values():
        if len(members) > 2000:
            continue  # counted through other sentences; keeps this affordable
        for pair in itertools.combinations(members, 2):
            shared[pair] = shared.get(pair, 0) + 1
    many = [p for p, c in shared.items() if c >= works.MIN_SHARED and p not in truth]
    half = [p for p in many if shared[p] >= 0.5 * min(len(prints[p[0]]), len(prints[p[1]]))]
    return len(many), len(half)


def score_works(reports: list[dict], truth: set, record: dict) -> dict:
    """find_works on the reports, timed (CPU s), scored against the truth.

    Also how often a work's primary copy is the generator's original (not a target: the
    rule prefers a dated reprint to an undated original, and among copies of the same
    date the longest, which may be a copy with a sentence added).
    """
    started = time.process_time()
    found = works.find_works(reports)
    cpu = time.process_time() - started
    index = {r["id"]: k for k, r in enumerate(reports)}
    groups = [[index[ident] for ident in work.copies] for work in found]
    precision, recall, false, missed = score(group_pairs(groups), truth)
    original = {files[0] for files in record["works"]}
    raw_file = {r["id"]: r["provenance"]["raw_file"] for r in reports}
    multi = [w for w in found if len(w.copies) > 1]
    return {
        "primary_is_original": (
            sum(raw_file[w.primary] in original for w in multi) / len(multi) if multi else 1.0
        ),
        "reports": len(reports),
        "works": len(found),
        "true_pairs": len(truth),
        "precision": precision,
        "recall": recall,
        "false_pairs": false,
        "missed_pairs": missed,
        "cpu": cpu,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("reports", type=Path)
    parser.add_argument("--minhash", action="store_true", help="also datasketch MinHash + LSH")
    parser.add_argument("--trap", action="store_true", help="count boilerplate pairs (slow)")
    parser.add_argument("--json", action="store_true", help="only find_works, as one JSON line")
    args = parser.parse_args(argv)
    record = json.loads((args.raw / ".corpus.json").read_text(encoding="utf-8"))
    started = time.process_time()
    reports = read_reports(args.reports)
    read_cpu = time.process_time() - started
    truth = true_pairs(record, reports)
    if args.json:
        print(json.dumps(dict(score_works(reports, truth, record), read_cpu=read_cpu)))
        return 0
    bodies = [r["body"] for r in reports]
    print(
        f"{len(reports)} reports, {len(record['works'])} works with copies, {len(truth)} true "
        f"pairs; reading the Markdown {read_cpu:.1f} s CPU"
    )
    print("| method | precision | recall | false pairs | missed pairs | CPU s |")
    print("|---|--:|--:|--:|--:|--:|")
    places = [r.get("division_code") for r in reports]
    for label, where in (("text alone", None), ("text + place", places)):
        started = time.process_time()
        groups = sentence_method(bodies, where)
        cpu = time.process_time() - started
        p, r, fp, fn = score(group_pairs(groups), truth)
        print(f"| sentence fingerprints, {label} | {p:.4f} | {r:.4f} | {fp} | {fn} | {cpu:.2f} |")
    started = time.process_time()
    for body in bodies:
        works.sentences(body)
    print(
        f"| (of which cutting and normalising sentences) | | | | | "
        f"{time.process_time() - started:.2f} |"
    )
    s = score_works(reports, truth, record)
    print(
        f"| `find_works` (text + place, primaries, differences) | {s['precision']:.4f} "
        f"| {s['recall']:.4f} | {s['false_pairs']} | {s['missed_pairs']} | {s['cpu']:.2f} |"
    )
    print(f"\nPrimary copy = the generator's original in {s['primary_is_original']:.1%} of works.")
    if args.minhash:
        for threshold in (0.3, 0.5, 0.7):
            for label, where in (("text alone", None), ("text + place", places)):
                started = time.process_time()
                groups, signed = minhash_method(bodies, where, threshold)
                cpu = time.process_time() - started
                p, r, fp, fn = score(group_pairs(groups), truth)
                print(
                    f"| MinHash 128 + LSH, Jaccard ≥ {threshold}, {label} | {p:.4f} | {r:.4f} "
                    f"| {fp} | {fn} | {cpu:.2f} (signatures {signed - started:.2f}) |"
                )
    if args.trap:
        many, half = boilerplate_pairs(bodies, truth)
        print(
            f"\nDifferent reports sharing ≥ {works.MIN_SHARED} sentences: {many} pairs; "
            f"sharing half of the smaller one's sentences or more: {half}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
