"""The manifest of what ingest wrote (content/reports/.manifest.json).

For each report: its raw path(s), the sha256 of the raw bytes and of the Markdown
written, the pipeline version, the catalog entry's hash and the date the report first
entered the archive (``added``, kept by every later ingest: ``run.first_added``). It lets the next ingest
skip what did not change and tell a hand edit (output differs from what was written)
from its own output. A damaged manifest only costs a re-ingest, never a report.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from ..files import write_atomically
from .capture import sidecar_path
from .catalog import catalog_hash
from .pipeline import ID_LENGTH, pipeline_version
from .rawfiles import recorded_raw_paths

log = logging.getLogger(__name__)

MANIFEST = ".manifest.json"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path: Path) -> str:
    """The sha256 of a file's bytes: what ``sha256_text`` gave its text, without decoding it.

    A report edited by hand and saved in another encoding is a hand edit to keep, not a
    ``UnicodeDecodeError`` that stops the ingest.
    """
    return hashlib.sha256(path.read_bytes()).hexdigest()


#: What ingest reads from each manifest record, and the types it must have.
MANIFEST_RECORD = {
    "raw_file": (str,),
    "raw_sha256": (str,),
    "pipeline": (str,),
    "output_sha256": (str,),
    "catalog": (str, type(None)),
    "capture": (str, type(None)),
    "added": (str,),
    "as_captured": (str,),
}


def manifest_problem(data) -> str | None:
    """What makes this parsed manifest unusable, or None when it has the expected shape.

    The manifest is a file anyone can break (a merge, an editor, a half-copied folder):
    ingest must not trust its shape.

    >>> manifest_problem({"1edd54abc103.md": {"raw_file": "003.txt", "catalog": None}})
    >>> manifest_problem([])
    'expected a JSON object of report files, found an array'
    >>> manifest_problem({"1edd54abc103.md": {"output_sha256": 7}})
    "1edd54abc103.md: 'output_sha256' should be a string, found 7"
    """
    if not isinstance(data, dict):
        found = {list: "an array", type(None): "null"}.get(type(data), type(data).__name__)
        return f"expected a JSON object of report files, found {found}"
    for name, record in data.items():
        if not isinstance(record, dict):
            return f"{name}: expected an object, found {json.dumps(record)}"
        for key, types in MANIFEST_RECORD.items():
            if key in record and not isinstance(record[key], types):
                return f"{name}: {key!r} should be a string, found {json.dumps(record[key])}"
    return None


def load_manifest(out_dir: Path) -> dict:
    """The manifest of what ingest wrote, or {} when it is missing or damaged (with a warning).

    A damaged manifest only costs a re-ingest: every report is converted again, and an
    output that differs from the new version is kept as a hand edit.
    """
    path = out_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        problem = f"not valid JSON ({error})"
    except OSError as error:
        problem = f"cannot read: {error.strerror}"
    else:
        problem = manifest_problem(data)
        if problem is None:
            return data
    log.warning("%s is damaged (%s): checking every report again", path, problem)
    return {}


def capture_hash(raw_path: Path) -> str | None:
    """A hash of the capture record beside a raw file (None without one): a changed
    record re-ingests its report, as a changed catalog entry does."""
    try:
        return hashlib.sha256(sidecar_path(raw_path).read_bytes()).hexdigest()[:16]
    except OSError:
        return None


def save_manifest(out_dir: Path, manifest: dict) -> None:
    write_atomically(
        out_dir / MANIFEST,
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
    )


def is_up_to_date(
    raw_sha: str,
    keys: list[str],
    out_dir: Path,
    manifest: dict,
    catalog_entry: dict | None,
    capture: str | None = None,
) -> bool:
    """True when these bytes, at these raw paths, were ingested by this code with this catalog
    entry and capture record (``capture_hash``), and the output is untouched."""
    name = f"{raw_sha[:ID_LENGTH]}.md"
    recorded = manifest.get(name)
    target = out_dir / name
    return bool(
        recorded
        and recorded.get("raw_sha256") == raw_sha
        and recorded_raw_paths(recorded) == keys
        and recorded.get("pipeline") == pipeline_version()
        and recorded.get("catalog") == catalog_hash(catalog_entry)
        and recorded.get("capture") == capture
        and target.exists()
        and sha256_file(target) == recorded.get("output_sha256")
        # the text as captured (as_captured.py) is derived too: a lost one is made again
        and (not recorded.get("as_captured") or (out_dir / recorded["as_captured"]).exists())
    )
