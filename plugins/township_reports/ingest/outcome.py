"""What one ingest run did with each raw file: one ``Outcome`` a file, failures included."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Outcome:
    raw: str  # the raw file's path inside content/raw/ (a catalog key for status "catalog")
    # written | unchanged | kept-hand-edit | failed | refused (not read: a link leaving the
    # raw folder) | replaced (an earlier version's report removed) | removed (raw file gone,
    # report removed) | withdrawn (its report was edited by hand: moved aside, unpublished)
    # | catalog (a catalog key naming no raw file, or several)
    status: str
    report_file: str | None = None
    message: str = ""
    warnings: list[str] = field(default_factory=list)
    about_run: bool = False  # about the run (the manifest), not about one raw file
