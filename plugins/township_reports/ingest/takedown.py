"""Taking a report off the site when its raw file is gone or holds new bytes.

The raw file is the evidence: without it there is no report. A report edited by hand
is never deleted: it is moved aside (``<id>.md.withdrawn``), which the site does not
publish, so no edit is lost.
"""

from __future__ import annotations

import os
from pathlib import Path

from .as_captured import companion_name
from .manifest import sha256_file
from .outcome import Outcome
from .rawfiles import recorded_raw_paths
from .report import FrontMatterError, split_front_matter


def gone_reports(manifest: dict, claimed: dict[str, str], present: set[str] | None) -> list[str]:
    """The reports in the manifest none of whose raw paths still holds their bytes.

    A path no longer holds a report's bytes when this ingest found other bytes there
    (``claimed`` by another report: a new version) or, when every raw file was listed
    (``present``), when it is not there any more. A path this ingest could not read keeps
    its report: the last good version stays until the file is fixed.

    >>> manifest = {"a.md": {"raw_file": "兴隆镇.txt"}, "b.md": {"raw_file": "神河镇.txt"},
    ...             "c.md": {"raw_file": "宋家镇.txt", "raw_copies": ["副本/宋家镇.txt"]}}
    >>> gone_reports(manifest, {"兴隆镇.txt": "new.md"}, None)
    ['a.md']
    >>> gone_reports(manifest, {"兴隆镇.txt": "a.md"}, {"兴隆镇.txt", "副本/宋家镇.txt"})
    ['b.md']
    >>> gone_reports(manifest, {"改名/兴隆镇.txt": "a.md"}, {"改名/兴隆镇.txt"})  # renamed
    ['b.md', 'c.md']
    """
    gone = []
    current = set(claimed.values())  # a report this ingest found bytes for stays
    for name, record in manifest.items():
        if name in current:
            continue
        paths = recorded_raw_paths(record)
        own = [
            p for p in paths if claimed.get(p, name) == name and (present is None or p in present)
        ]
        if paths and not own:
            gone.append(name)
    return gone


#: Appended to a report taken down while it held hand edits: kept, and never published.
WITHDRAWN = ".withdrawn"


def unrecorded_reports(
    out_dir: Path, manifest: dict, claimed: dict[str, str], present: set[str]
) -> list[tuple[str, dict]]:
    """Reports the manifest does not know (it was lost or damaged, or the file is a curator's
    copy, ``x 副本.md``) whose raw files are all gone or belong to another report.

    Their front matter says where they came from. Without a record an untouched file cannot
    be told from a hand edit, so no output_sha256 is given: ``take_down`` keeps it aside.
    A file that cannot be read is left to the site build, which names it.
    """
    ours = set(manifest) | set(claimed.values())
    found = []
    for path in sorted(out_dir.glob("*.md")) if out_dir.is_dir() else []:
        if path.name in ours:
            continue
        try:
            meta, _ = split_front_matter(path.read_text(encoding="utf-8"), str(path))
        except (OSError, UnicodeDecodeError, FrontMatterError):
            continue
        paths = recorded_raw_paths(meta.get("provenance"))
        if paths and not any(
            p in present and claimed.get(p, path.name) == path.name for p in paths
        ):
            record = {"raw_file": paths[0], "raw_copies": paths[1:], "id": meta.get("id")}
            found.append((path.name, record))
    return found


def take_down(out_dir: Path, name: str, record: dict, claimed: dict[str, str]) -> Outcome:
    """Remove a report whose raw file is gone or holds new bytes, so it leaves the site.

    Its Markdown is deleted, unless it was edited by hand (or there is no record to tell):
    then it is moved aside to ``<id>.md.withdrawn`` (Pelican reads only ``.md``), so no edit
    is lost, and the message says so. Either way the raw file is the evidence: without it
    there is no report.
    """
    raw = recorded_raw_paths(record)[0]
    target = out_dir / name
    # The text as captured is made from the raw file alone, never edited: it goes either way.
    (out_dir / companion_name(name.removesuffix(".md"))).unlink(missing_ok=True)
    if raw in claimed and claimed[raw] == f"{record.get('id')}.md":  # cp x.md "x 副本.md"
        why = f"a copy of {claimed[raw]}, the report of {raw}"
    elif raw in claimed:
        why = f"the output of an earlier version of {raw}"
    else:
        why = f"its raw file {raw} is gone"
    if target.exists() and sha256_file(target) != record.get("output_sha256"):
        aside = target.with_name(name + WITHDRAWN)
        number = 1
        while aside.exists():
            number += 1
            aside = target.with_name(f"{name}{WITHDRAWN}-{number}")
        os.replace(target, aside)
        return Outcome(
            raw,
            "withdrawn",
            str(aside),
            f"{target} ({why}) was edited by hand: moved it to {aside.name}, which the site"
            " does not publish; carry its edits over, then delete it",
        )
    target.unlink(missing_ok=True)
    if raw in claimed:
        return Outcome(raw, "replaced", message=f"removed {name}, {why}")
    return Outcome(raw, "removed", message=f"{why}: removed its report {target} from the site")
