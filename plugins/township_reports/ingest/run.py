"""One ingest run: raw files and folders in, reports, manifest and outcomes out.

It finds the raw files (never writing one), groups byte-identical copies into one
report, skips what is up to date (manifest.py), converts the rest (pipeline.py, in
worker processes), writes each report atomically keeping hand edits, takes down the
reports whose raw files are gone (takedown.py), and holds a lock so two ingests into
one folder never forget each other's reports.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import functools
import hashlib
import logging
import os
import sys
from pathlib import Path

from ..files import remove_abandoned_temp_files, write_atomically
from .as_captured import companion_name
from .capture import read_capture
from .catalog import catalog_hash
from .errors import IngestError
from .manifest import (
    MANIFEST,
    capture_hash,
    is_up_to_date,
    load_manifest,
    save_manifest,
    sha256_file,
    sha256_text,
)
from .outcome import Outcome
from .pipeline import ID_LENGTH, ingest_bytes, pipeline_version
from .rawfiles import (
    RawFile,
    Refused,
    find_raw_files,
    is_inside,
    is_utf8,
    match_catalog_keys,
    raw_key,
    recorded_raw_paths,
)
from .report import Report, render_markdown, split_front_matter
from .takedown import WITHDRAWN, gone_reports, take_down, unrecorded_reports

log = logging.getLogger(__name__)

RAW_SUFFIXES = (".txt", ".html", ".htm")
LOCK = ".ingest.lock"


def common_folder(paths: list[Path]) -> Path | None:
    """The folder raw keys are relative to when none is given: the one folder ingested, or
    the deepest folder holding every path.

    >>> common_folder([Path("/data/raw/兴隆镇/2021.txt"), Path("/data/raw/神河镇/2011.txt")])
    PosixPath('/data/raw')
    """
    if not paths:
        return None
    folders = [p if p.is_dir() else p.parent for p in (Path(os.path.abspath(p)) for p in paths)]
    return Path(os.path.commonpath(folders))


def collect_raw_files(paths: list[Path], root: Path) -> tuple[list[RawFile], list[Refused]]:
    """Raw report files under the given files and folders, keyed by their path inside ``root``.

    Folders are walked by ``rawfiles.find_raw_files``: dot-files skipped, and a symbolic
    link leading outside ``root`` refused, never read. A file named outright is read
    whatever its extension; one inside ``root`` must not lead outside it either.
    """
    found: dict[str, RawFile] = {}
    refused: list[Refused] = []
    real_root = Path(os.path.realpath(root))
    for path in paths:
        if path.is_dir():
            files, bad = find_raw_files(root, path)
            refused += bad
            for raw in files:
                if Path(raw.key).suffix.lower() in RAW_SUFFIXES:
                    found.setdefault(raw.key, raw)
            continue
        key = raw_key(path, root)
        if not is_utf8(key):
            refused.append(Refused(os.fsencode(key).decode("utf-8", "backslashreplace"),
                                   "its name is not UTF-8: not read; rename it"))  # fmt: skip
            continue
        real = Path(os.path.realpath(path))
        if is_inside(path, root) and not real.is_relative_to(real_root):
            refused.append(
                Refused(key, f"a symbolic link leading outside {root} (to {real}): not read")
            )
            continue
        found.setdefault(key, RawFile(key, real))
    return sorted(found.values(), key=lambda f: f.key), refused


def catalog_entries(
    catalog: dict, raw_keys: list[str], complete: bool
) -> tuple[dict[str, dict], list[Outcome]]:
    """The catalog's entries by raw key, and an Outcome per key that names no raw file, several,
    or one another key already names (``rawfiles.match_catalog_keys`` says which is which)."""
    found, problems = match_catalog_keys(catalog, raw_keys, complete)
    entries: dict[str, dict] = {}
    for catalog_key, key in found.items():
        if key in entries:
            problems.append((catalog_key, f"names {key} again: ignored, the first entry applies"))
        else:
            entries[key] = catalog[catalog_key]
    notes = [Outcome(key, "catalog", message=f"key {key!r} {problem}") for key, problem in problems]
    return entries, notes


def convert_file(
    path: Path,
    catalog_entry: dict | None,
    key: str | None = None,
    copies: list[str] = (),
    added: str | None = None,
) -> tuple[str, Report]:
    """(markdown, report) for one raw file known as ``key`` (default: its name), which
    entered the archive on ``added`` (``first_added``); raises IngestError naming the
    problem."""
    key = key or path.name
    try:
        key.encode("utf-8")  # it is written into the front matter, the manifest, links
    except UnicodeEncodeError as error:
        raise IngestError(
            "its name is not UTF-8 (saved on a system using GBK?): rename it,"
            " e.g. convmv -f gbk -t utf-8 --notest FILE"
        ) from error
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror}") from error
    try:
        capture = read_capture(path)
    except ValueError as error:
        raise IngestError(f"its capture record is damaged: {error}") from error
    report = ingest_bytes(raw, key, catalog_entry, copies, capture)
    report.added = added
    return render_markdown(report), report


def write_report(
    out_dir: Path, report: Report, markdown: str, manifest: dict, raw_sha: str, force: bool
) -> Outcome:
    """Write one report's Markdown, keeping any hand edit unless forced."""
    name = f"{report.id}.md"
    target = out_dir / name
    recorded = manifest.get(name, {})
    status = "written"
    if target.exists():
        current = sha256_file(target)
        if current == sha256_text(markdown):
            status = "unchanged"
        elif not force and current != recorded.get("output_sha256"):
            beside = target.with_name(name + ".new")
            write_atomically(beside, markdown)
            return Outcome(
                report.provenance["raw_file"],
                "kept-hand-edit",
                str(target),
                f"{target} was edited by hand: kept it, wrote the new version to {beside.name}"
                " (use --force to overwrite, or put lasting corrections in content/catalog.yaml)",
                report.provenance["warnings"],
            )
    if status == "written":
        write_atomically(target, markdown)
    companion = write_as_captured(out_dir, report)
    copies = report.provenance.get("raw_copies")
    manifest[name] = {
        "raw_file": report.provenance["raw_file"],
        **({"raw_copies": copies} if copies else {}),
        "raw_sha256": raw_sha,
        "pipeline": pipeline_version(),
        "output_sha256": sha256_text(markdown),
        **({"added": report.added} if report.added else {}),
        **({"as_captured": companion} if companion else {}),
    }
    message = ""
    if status == "written" and target.with_name(name + WITHDRAWN).exists():
        message = (
            f"an earlier version edited by hand is in {name + WITHDRAWN}: carry its edits over"
        )
    return Outcome(
        report.provenance["raw_file"], status, str(target), message, report.provenance["warnings"]
    )


def write_as_captured(out_dir: Path, report: Report) -> str | None:
    """Write (or remove) the report's text as captured beside its Markdown; its name.

    Derived from the raw file like the Markdown, but never edited by hand (corrections
    go in the catalog): rewritten when it changed, removed when the source turns out to
    be simplified after all.
    """
    path = out_dir / companion_name(report.id)
    if not report.as_captured:
        path.unlink(missing_ok=True)
        return None
    if not path.exists() or path.read_bytes() != report.as_captured.encode("utf-8"):
        write_atomically(path, report.as_captured)
    return path.name


def _convert_job(args: tuple) -> tuple[str, str | None, dict | None, str]:
    """Worker: (raw path, markdown, report dict, error) — runs in a child process."""
    from dataclasses import asdict

    path, key, copies, entry, added = args
    try:
        markdown, report = convert_file(Path(path), entry, key, copies, added)
        return path, markdown, asdict(report), ""
    except IngestError as error:
        return path, None, None, str(error)
    except Exception as error:  # a bug must cost one file, not the run's other reports
        return path, None, None, unexpected_error(error)


def unexpected_error(error: Exception) -> str:
    """The one line for an error ingest did not foresee: a bug, shown without a traceback.

    >>> unexpected_error(ValueError('All strings must be XML compatible'))
    'ingest failed (ValueError: All strings must be XML compatible): a bug in ingest; please report it with this file'
    """
    return (
        f"ingest failed ({type(error).__name__}: {error}): a bug in ingest;"
        " please report it with this file"
    )


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as raw:
        for block in iter(lambda: raw.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def group_by_bytes(files: list[RawFile]) -> tuple[dict[str, list[RawFile]], list[Outcome]]:
    """Raw files by the sha256 of their bytes (byte-identical files are one report, whose id
    is that hash), and an Outcome for each file that could not be read."""
    groups: dict[str, list[RawFile]] = {}
    unread = []
    for raw in files:
        try:
            groups.setdefault(_file_sha256(raw.path), []).append(raw)
        except OSError as error:
            unread.append(Outcome(raw.key, "failed", message=f"cannot read: {error.strerror}"))
    return groups, unread


def entry_for_copies(
    keys: list[str], entries: dict[str, dict]
) -> tuple[dict | None, list[Outcome]]:
    """The catalog entry of a report whose bytes are at ``keys``: the first path's that has
    one; a second entry is not merged, but named in a warning.

    >>> entry_for_copies(["宋家镇.txt", "副本/宋家镇.txt"], {"副本/宋家镇.txt": {"url": "u"}})
    ({'url': 'u'}, [])
    """
    named = [key for key in keys if key in entries]
    if not named:
        return None, []
    doubled = [
        Outcome(
            key,
            "catalog",
            message=f"key {key!r} names a byte-identical copy of"
            f" {named[0]}, whose entry applies: merge the two entries",
        )
        for key in named[1:]
    ]
    return entries[named[0]], doubled


def _holds(root: Path, key: str, raw_sha: str) -> bool:
    """True when the raw file ``key`` inside ``root`` is there, inside it, with these bytes."""
    path = Path(os.path.realpath(root / key))
    try:
        return path.is_relative_to(os.path.realpath(root)) and _file_sha256(path) == raw_sha
    except OSError:
        return False


@contextlib.contextmanager
def ingest_lock(out_dir: Path):
    """Hold ``out_dir``'s ingest lock while the block runs, waiting (and saying so) if
    another ingest holds it.

    Two ingests into one folder at once each load the manifest and each save their own:
    the last save forgets the other's reports, and the next ingest takes their files for
    hand edits. The lock is ``flock`` on ``out_dir/.ingest.lock``: the system releases it
    when the process ends, so a killed ingest never leaves the folder locked.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / LOCK, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(
                f"ingest: waiting for another ingest into {out_dir} to finish"
                f" (it holds {out_dir / LOCK})",
                file=sys.stderr,
                flush=True,
            )
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _one_ingest_at_a_time(ingest):
    """Run ``ingest(paths, out_dir, …)`` holding ``out_dir``'s ``ingest_lock``."""

    @functools.wraps(ingest)
    def locked(paths, out_dir, **options):
        with ingest_lock(Path(out_dir)):
            return ingest(paths, out_dir, **options)

    return locked


@_one_ingest_at_a_time
def ingest_paths(
    paths: list[Path],
    out_dir: Path,
    *,
    catalog: dict | None = None,
    force: bool = False,
    jobs: int | None = None,
    progress: bool = False,
    raw_root: Path | None = None,
    today: dt.date | None = None,
) -> list[Outcome]:
    """Ingest raw files into out_dir; one Outcome per file, failures included (never raises per file).

    ``raw_root`` is the raw folder (content/raw) the files' keys are relative to; by default
    the one folder given, or the folder holding every path. When the whole raw folder is
    ingested (``raw_root``, or the ``raw`` folder beside ``out_dir``), a report whose raw
    file is gone leaves the site (``take_down``). A report seen for the first time is
    recorded as added ``today`` (default: today's date in UTC; see ``first_added``).
    """
    catalog = catalog or {}
    paths = [Path(p) for p in paths]
    root = Path(raw_root) if raw_root is not None else common_folder(paths) or Path(".")
    files, refused = collect_raw_files(paths, root)
    # Every raw file was listed: a recorded one that is missing is gone, every catalog key
    # must name one.
    whole = any(p.is_dir() and os.path.samefile(p, root) for p in paths if root.exists())
    known = [f.key for f in files]
    if raw_root is not None and not whole and root.is_dir():
        known = [
            f.key for f in find_raw_files(root)[0] if Path(f.key).suffix.lower() in RAW_SUFFIXES
        ]
    entries, outcomes = catalog_entries(catalog, known, whole or raw_root is not None)
    outcomes += [Outcome(r.key, "refused", message=r.reason) for r in refused]

    manifest = load_manifest(out_dir)
    if out_dir.is_dir():
        for name in remove_abandoned_temp_files(out_dir):
            log.info("removed %s, left by an ingest that was stopped while writing", out_dir / name)
    groups, unread = group_by_bytes(files)
    outcomes += unread
    today = today or dt.datetime.now(dt.UTC).date()
    todo, claimed, planned = plan_conversions(
        groups, root, whole, entries, out_dir, manifest, force, today
    )
    outcomes += planned
    jobs = jobs or min(os.cpu_count() or 1, 8)
    results = _run_jobs(todo, jobs if len(todo) >= 16 else 1, progress)
    outcomes += write_converted(todo, results, out_dir, manifest, claimed, force)
    # Takedowns only from the raw folder the reports come from: ingesting a batch folder
    # from elsewhere into content/reports adds reports and takes none down.
    beside = out_dir.parent / "raw"
    sweep = whole and (raw_root is not None or (beside.is_dir() and os.path.samefile(root, beside)))
    present = {f.key for f in files} if sweep else None
    taken, gone = take_down_gone(out_dir, manifest, claimed, present)
    outcomes += taken
    outcomes.sort(key=lambda o: o.raw)
    if todo or gone:
        outcomes += _save_manifest(out_dir, manifest)
    return outcomes


def plan_conversions(
    groups: dict[str, list[RawFile]],
    root: Path,
    whole: bool,
    entries: dict[str, dict],
    out_dir: Path,
    manifest: dict,
    force: bool,
    today: dt.date,
) -> tuple[list[tuple], dict[str, str], list[Outcome]]:
    """What to convert: one job per report whose bytes, paths, code or catalog entry changed.

    Returns the jobs, the raw paths claimed by an up-to-date report (by report file),
    and the outcomes of the reports left as they are (and of doubled catalog entries).
    """
    todo, claimed, outcomes = [], {}, []
    by_path = added_by_path(manifest)
    for raw_sha, group in groups.items():
        keys = [raw.key for raw in group]
        if not whole:  # copies recorded earlier and not named this time count while they last
            record = manifest.get(f"{raw_sha[:ID_LENGTH]}.md")
            others = [p for p in recorded_raw_paths(record) if p not in keys]
            keys = sorted(keys + [p for p in others if _holds(root, p, raw_sha)])
        entry, doubled = entry_for_copies(keys, entries)
        outcomes += doubled
        capture = capture_hash(group[0].path)
        if not force and is_up_to_date(raw_sha, keys, out_dir, manifest, entry, capture):
            outcomes += [Outcome(key, "unchanged") for key in keys]
            claimed.update(dict.fromkeys(keys, f"{raw_sha[:ID_LENGTH]}.md"))
            continue
        added = first_added(manifest, by_path, raw_sha, keys, out_dir) or today.isoformat()
        todo.append((str(group[0].path), keys[0], keys[1:], entry, added))
    return todo, claimed, outcomes


def added_by_path(manifest: dict) -> dict[str, str]:
    """Each recorded raw path's first-ingest date (``first_added`` looks a re-scraped file up
    here: one pass over the manifest, not one per report).

    >>> added_by_path({"91f79f6ef900.md": {"raw_file": "兴隆镇.txt", "added": "2026-11-25"}})
    {'兴隆镇.txt': '2026-11-25'}
    """
    return {
        path: record["added"]
        for record in manifest.values()
        if isinstance(record.get("added"), str)
        for path in recorded_raw_paths(record)
    }


def first_added(
    manifest: dict, by_path: dict[str, str], raw_sha: str, keys: list[str], out_dir: Path
) -> str | None:
    """The date a report entered the archive, if an earlier ingest recorded it: kept by the
    manifest record of these bytes, else of these raw paths, else in the report's Markdown.

    Recorded once and never recomputed, so a clean clone, a re-ingest after a pipeline
    change and a hand edit all keep it. A raw file scraped again (same path, new bytes, a
    new id) keeps it too: it is the same report corrected, not a new one for subscribers,
    as a catalog entry keyed by that path stays with it. The Markdown is read last, for a
    manifest lost or damaged (``load_manifest``).

    >>> manifest = {"91f79f6ef900.md": {"raw_file": "兴隆镇.txt", "added": "2026-11-25"}}
    >>> rescraped = "ab" * 32  # new bytes at the same path
    >>> first_added(manifest, added_by_path(manifest), rescraped, ["兴隆镇.txt"], Path("/x"))
    '2026-11-25'
    >>> first_added(manifest, added_by_path(manifest), rescraped, ["太要镇.txt"], Path("/x"))
    """
    same = manifest.get(f"{raw_sha[:ID_LENGTH]}.md") or {}
    if isinstance(same.get("added"), str):
        return same["added"]
    for key in keys:
        if key in by_path:
            return by_path[key]
    try:
        text = (out_dir / f"{raw_sha[:ID_LENGTH]}.md").read_text(encoding="utf-8")
        added = split_front_matter(text)[0].get("added")
    except (OSError, ValueError):
        return None
    return str(added) if added else None


def write_converted(
    todo: list[tuple],
    results: list[tuple],
    out_dir: Path,
    manifest: dict,
    claimed: dict,
    force: bool,
) -> list[Outcome]:
    """Write each converted report (recording it in ``manifest`` and its paths in ``claimed``);
    a failed conversion or write is an outcome, never an exception."""
    outcomes = []
    for (path, key, copies, entry, _), (_, markdown, report_dict, error) in zip(
        todo, results, strict=True
    ):
        if error:
            outcomes += [Outcome(k, "failed", message=error) for k in (key, *copies)]
            continue
        report = Report(**report_dict)
        raw_sha = report.provenance["sha256"]
        try:
            outcome = write_report(out_dir, report, markdown, manifest, raw_sha, force)
        except OSError as err:
            outcomes.append(Outcome(key, "failed", message=f"cannot write: {err.strerror}"))
            continue
        if outcome.status != "kept-hand-edit":
            manifest[f"{report.id}.md"]["catalog"] = catalog_hash(entry)
            if capture := capture_hash(Path(path)):
                manifest[f"{report.id}.md"]["capture"] = capture
        claimed.update(dict.fromkeys((key, *copies), f"{report.id}.md"))
        outcomes.append(outcome)
        for copy in copies:
            same = f"byte-identical to {key}: one report, {report.id}.md, records both paths"
            outcomes.append(Outcome(copy, outcome.status, outcome.report_file, warnings=[same]))
    return outcomes


def take_down_gone(
    out_dir: Path, manifest: dict, claimed: dict[str, str], present: set[str] | None
) -> tuple[list[Outcome], list[tuple[str, dict]]]:
    """Take down the reports whose raw files are gone or hold new bytes (``present`` is None
    unless every raw file was listed); return the outcomes and the reports taken down."""
    outcomes = []
    gone = [(name, manifest.pop(name)) for name in gone_reports(manifest, claimed, present)]
    for name, record in gone:
        outcomes.append(take_down(out_dir, name, record, claimed))
    if present is not None:  # after those: their files are gone by now
        for name, record in unrecorded_reports(out_dir, manifest, claimed, present):
            outcomes.append(take_down(out_dir, name, record, claimed))
            gone.append((name, record))
    return outcomes, gone


def _save_manifest(out_dir: Path, manifest: dict) -> list[Outcome]:
    """Save the manifest; a folder that cannot take it is one outcome about the run."""
    try:
        save_manifest(out_dir, manifest)
    except OSError as error:  # a read-only folder, a full disk: said once, after the files
        message = f"cannot write: {error.strerror}; the next ingest checks every report again"
        return [Outcome(str(out_dir / MANIFEST), "failed", message=message, about_run=True)]
    return []


def _run_jobs(todo, jobs, progress):
    bar = None
    if progress and len(todo) > 20:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="report", desc="ingest")
    results = []
    if jobs == 1:
        for item in todo:
            results.append(_convert_job(item))
            if bar:
                bar.update()
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for result in pool.map(_convert_job, todo, chunksize=8):
                results.append(result)
                if bar:
                    bar.update()
    if bar:
        bar.close()
    return results
