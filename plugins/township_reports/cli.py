"""Command line: ``township-reports ingest``, ``inspect`` and ``eval``.

Errors name the file and the problem, one line each; every other file is still
processed, and the exit status is 1 when any file failed.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path

import yaml

from .ingest import schema
from .ingest.capture import import_warc, is_web_archive
from .ingest.catalog import load_catalog
from .ingest.errors import IngestError
from .ingest.rawfiles import find_raw_files, is_inside, raw_key
from .ingest.run import catalog_entries, convert_file, ingest_paths, unexpected_error

#: The report fields ``inspect`` prints (``schema.FIELDS``: all but the body and the
#: provenance, whose parts it prints apart), in the order it always has.
INSPECT_KEYS = schema.names("inspect", order="inspect")


def _catalog(path: Path) -> tuple[dict, bool]:
    """The catalog's good entries, and whether any entry had to be left out (said on stderr).

    A catalog that cannot be read at all stops the command (exit 2) before anything is
    written: the reports built with it stay as they are.
    """
    try:
        entries, problems = load_catalog(path)
    except IngestError as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(2) from error
    for problem in problems:
        print(
            f"error: {problem} (entry left out: its report is built from its text)", file=sys.stderr
        )
    return entries, bool(problems)


def _show_log(quiet: bool) -> None:
    """Print ingest's run-level messages (a damaged manifest, …) as ``warning: …`` lines."""
    labels = {logging.INFO: "note", logging.WARNING: "warning"}
    handler = logging.StreamHandler(sys.stderr)
    handler.format = lambda r: f"{labels.get(r.levelno, 'error')}: {r.getMessage()}"
    logger = logging.getLogger("township_reports")
    logger.handlers = [handler]  # one handler, however often main() runs in one process
    logger.setLevel(logging.WARNING if quiet else logging.INFO)


#: The raw folder: raw files are known by their path inside it (front matter, catalog keys).
RAW_ROOT = Path("content/raw")


def raw_root_for(paths: list[Path]) -> Path | None:
    """content/raw when every path given is in it (``ingest content/raw/兴隆镇/x.txt`` keeps the
    key ``兴隆镇/x.txt``); else None, and ingest uses the folder holding them."""
    if RAW_ROOT.is_dir() and all(is_inside(p, RAW_ROOT) for p in paths):
        return RAW_ROOT
    return None


#: How each outcome is printed: (prefix, printed with --quiet too).
OUTCOME_LINES = {
    "failed": ("error", True),
    "refused": ("error", True),
    "kept-hand-edit": ("warning", True),
    "withdrawn": ("warning", True),
    "removed": ("warning", True),
}


def import_web_archives(archives: list[Path], raw_root: Path) -> bool:
    """Import each WARC's pages into raw_root (one line each); False when one could not be read."""
    ok = True
    for archive in archives:
        try:
            result = import_warc(archive, raw_root)
        except Exception as error:  # warcio's errors for a file that is not a WARC vary
            print(f"error: {archive}: not a readable web archive ({error})", file=sys.stderr)
            ok = False
            continue
        print(f"{archive}: {result.summary()} → {raw_root}")
    return ok


def cmd_ingest(args) -> int:
    _show_log(args.quiet)
    paths = [Path(p) for p in args.paths] or [RAW_ROOT]
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        print(f"{path}: no such file or folder", file=sys.stderr)
    archives = [p for p in paths if p.is_file() and is_web_archive(p)]
    archives_read = import_web_archives(archives, Path(args.raw))
    if archives:  # their pages are raw files now: ingest the raw folder they went to
        paths = [p for p in paths if p not in archives] + [Path(args.raw)]
    catalog, catalog_failed = _catalog(Path(args.catalog))
    found = [p for p in paths if p.exists()]
    outcomes = ingest_paths(
        found,
        Path(args.out),
        catalog=catalog,
        force=args.force,
        jobs=args.jobs,
        progress=sys.stderr.isatty() and not args.quiet,
        raw_root=raw_root_for(found),
    )
    counts: dict[str, int] = {}
    raw_files = set()
    for outcome in outcomes:
        if outcome.status == "catalog":
            print(f"warning: {args.catalog}: {outcome.message}", file=sys.stderr)
            continue
        if not outcome.about_run:
            raw_files.add(outcome.raw)
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
        prefix, always = OUTCOME_LINES.get(outcome.status, ("note", False))
        if outcome.message and (always or not args.quiet):
            print(f"{prefix}: {outcome.raw}: {outcome.message}", file=sys.stderr)
        if outcome.status in ("written", "kept-hand-edit") and not args.quiet:
            for warning in outcome.warnings:
                print(f"warning: {outcome.raw}: {warning}", file=sys.stderr)
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "no raw files"
    print(f"ingest: {len(raw_files)} raw file(s): {summary} → {args.out}")
    failed = any(outcome.status in ("failed", "refused") for outcome in outcomes)
    return 1 if failed or missing or catalog_failed or not archives_read else 0


def cmd_inspect(args) -> int:
    catalog, failed = _catalog(Path(args.catalog))
    paths = [Path(name) for name in args.files]
    root = raw_root_for(paths)
    keys = {path: raw_key(path, root) for path in paths}
    listed = [f.key for f in find_raw_files(root)[0]] if root else list(keys.values())
    entries, problems = catalog_entries(catalog, listed, complete=False)
    for problem in problems:
        print(f"warning: {args.catalog}: {problem.message}", file=sys.stderr)
    for name, path in zip(args.files, paths, strict=True):
        try:
            _, report = convert_file(path, entries.get(keys[path]), keys[path])
        except Exception as error:  # noqa: BLE001 — one line per file, never a traceback
            failed = True
            message = str(error) if isinstance(error, IngestError) else unexpected_error(error)
            if args.json:
                print(json.dumps({"file": name, "error": message}, ensure_ascii=False))
            else:
                print(f"error: {name}: {message}", file=sys.stderr)
            continue
        data = asdict(report)
        record = {"file": name, **{key: data[key] for key in INSPECT_KEYS}}
        record["repairs"] = report.provenance["repairs"]
        # Every field's evidence in one place: the place's is kept apart in the front matter.
        record["evidence"] = dict(
            report.provenance["evidence"], place=report.provenance["places_evidence"]
        )
        record["warnings"] = report.provenance["warnings"]
        record["review"] = report.provenance["review"]
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            place = " ".join(
                filter(None, (report.province, report.prefecture, report.county, report.township))
            )
            print(
                f"{name}: {report.title} | {place or '(unplaced)'} | {report.date or report.date_estimate}"
            )
    return 1 if failed else 0


def cmd_review(args) -> int:
    """Print the reports whose metadata ingest was unsure of, one line per doubtful field."""
    from .ingest.report import FrontMatterError, split_front_matter

    folder = Path(args.reports)
    listed = 0
    for path in sorted(folder.glob("*.md")):
        try:
            meta, _ = split_front_matter(path.read_text(encoding="utf-8"), str(path))
        except (OSError, UnicodeDecodeError, FrontMatterError) as error:
            print(f"error: {path}: {error}", file=sys.stderr)
            continue
        items = (meta.get("provenance") or {}).get("review") or []
        if not items:
            continue
        listed += 1
        raw = (meta.get("provenance") or {}).get("raw_file", "")
        print(f"{path.name}  {meta.get('title', '')}  [{raw}]")
        for item in items:
            print(f"  {item.get('field')}: {item.get('reason')}")
    print(f"review: {listed} report(s) with fields to check in {folder}")
    return 0


def cmd_eval(args) -> int:
    from . import evaluate

    corpus = Path(args.corpus)
    golden = [Path(p) for p in args.golden] or sorted((corpus / "golden").glob("*.yaml"))
    pages = Path(args.pages) if args.pages else corpus / "fixtures"
    limits_path = corpus / "thresholds.yaml"
    limits = yaml.safe_load(limits_path.read_text(encoding="utf-8")) if limits_path.exists() else {}
    try:
        entries = evaluate.load_golden(golden)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.subset:
        entries = [e for e in entries if bool(e.get("held")) == (args.subset == "held")]
    if not entries:  # no score to give: not 0 % below every floor
        print(f"no pages to evaluate in {', '.join(str(p) for p in golden)}", file=sys.stderr)
        return 2
    scores = evaluate.evaluate(entries, pages)
    if args.json:
        print(json.dumps(scores.as_dict(), ensure_ascii=False))
        return 0
    if args.failures:
        print(evaluate.format_failures(scores))
    floors = {} if args.golden else (limits.get("floors") or {})
    print(f"{len(entries)} pages from {', '.join(str(p) for p in golden)}")
    print(evaluate.format_table(scores, floors, limits.get("targets") or {}))
    print(evaluate.format_review_coverage(scores))
    below = [name for name, floor in floors.items() if scores.accuracy(name) < floor]
    if below:
        print(f"below the floor in {corpus / 'thresholds.yaml'}: {', '.join(below)}")
    return 1 if below else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="township-reports", description="乡镇党建报道档案: ingest raw reports into Markdown."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ingest = sub.add_parser("ingest", help="raw reports → content/reports/<id>.md")
    ingest.add_argument(
        "paths",
        nargs="*",
        help="raw files or folders (default content/raw), or web archives (.warc, .warc.gz) "
        "whose pages are first written into the raw folder",
    )
    ingest.add_argument(
        "--raw", default=str(RAW_ROOT), help="where a web archive's pages are written"
    )
    ingest.add_argument("--out", default="content/reports", help="output folder")
    ingest.add_argument("--catalog", default="content/catalog.yaml", help="overrides file")
    ingest.add_argument("--force", action="store_true", help="overwrite hand-edited output")
    ingest.add_argument("--jobs", type=int, default=None, help="worker processes (default: cores)")
    ingest.add_argument("--quiet", action="store_true", help="print only errors and the summary")
    ingest.set_defaults(func=cmd_ingest)
    inspect = sub.add_parser("inspect", help="print what ingest finds; writes nothing")
    inspect.add_argument("files", nargs="+")
    inspect.add_argument("--json", action="store_true", help="one JSON object per file")
    inspect.add_argument("--catalog", default="content/catalog.yaml", help="overrides file")
    inspect.set_defaults(func=cmd_inspect)
    review = sub.add_parser("review", help="list reports with fields ingest was unsure of")
    review.add_argument("reports", nargs="?", default="content/reports", help="reports folder")
    review.set_defaults(func=cmd_review)
    scores = sub.add_parser("eval", help="per-field accuracy of ingest on a golden table")
    scores.add_argument("corpus", nargs="?", default="tests/corpus", help="corpus folder")
    scores.add_argument("--golden", nargs="*", default=[], help="golden YAML files (default: all)")
    scores.add_argument("--pages", help="folder of the pages (default: CORPUS/fixtures)")
    scores.add_argument(
        "--subset",
        choices=("held", "dev"),
        help="only the entries marked held: true (pages held aside), or only the others",
    )
    scores.add_argument("--failures", action="store_true", help="list every wrong field")
    scores.add_argument("--json", action="store_true", help="print the scores as JSON")
    scores.set_defaults(func=cmd_eval)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
