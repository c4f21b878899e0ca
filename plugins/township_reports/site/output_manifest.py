"""Which files in ``output/`` the build wrote, recorded in ``output/`` itself.

A report removed from ``content/`` must leave the site: its page, citations, feeds
entries and raw file are files a build wrote before and no longer writes. The build
can only tell those from a file someone else put there (a ``CNAME``, a verification
file) by a record of what it wrote, and that record must not live in a cache that
``make clean``, a killed build or another machine loses. So it is kept beside the
files it describes:

- ``.township-output.json``: the names the last finished build wrote, written
  atomically at its end;
- ``.township-output.journal``: names a build is about to write for the first time,
  one per line, appended *before* the file is written, so that a build killed half-way
  leaves a record of every file it made.

A build deletes exactly the files the record names and it did not write itself;
nothing else in ``output/`` is ever deleted. Output folders built before this record
existed have none: their old files are kept (and the build says so).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path, PurePosixPath

from ..files import write_atomically

log = logging.getLogger(__name__)

MANIFEST = ".township-output.json"
JOURNAL = ".township-output.journal"


def safe_name(name) -> str | None:
    """``name`` if it is a plain relative path inside the output folder, else None.

    The record is a file anyone can edit; a name that leaves the folder, or names
    the record itself, is never acted on.

    >>> safe_name("reports/e0089f6acc92.html"), safe_name("raw/a b 副本.txt")
    ('reports/e0089f6acc92.html', 'raw/a b 副本.txt')
    >>> [safe_name(n) for n in ("../content/raw/x.txt", "/etc/passwd", "", 7, MANIFEST, "a/./b")]
    [None, None, None, None, None, None]
    """
    if not isinstance(name, str) or not name or "\\" in name or "\0" in name:
        return None
    path = PurePosixPath(name)
    if path.is_absolute() or str(path) != name or any(p in ("..", ".") for p in path.parts):
        return None
    if name in (MANIFEST, JOURNAL):
        return None
    return name


def read_record(output: Path) -> tuple[set[str], bool]:
    """(names the builds before wrote, whether a record was found): the manifest plus
    the journal of a build that did not finish. A damaged record counts as found but
    empty: nothing is deleted on its word."""
    names: set[str] = set()
    found = False
    manifest = output / MANIFEST
    if manifest.exists():
        found = True
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            files = data.get("files") if isinstance(data, dict) else None
            if not isinstance(files, list):
                raise ValueError("no list under 'files'")
        except (OSError, UnicodeDecodeError, ValueError) as error:
            log.warning("%s: unreadable (%s): no old files are removed this time", manifest, error)
            files = []
        names.update(n for n in map(safe_name, files) if n)
    journal = output / JOURNAL
    if journal.exists():
        found = True
        try:
            lines = journal.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            lines = []
        names.update(n for n in map(safe_name, lines) if n)
    return names, found


class OutputManifest:
    """The files one build writes into ``output``, and the removal of those it no longer writes.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> def build(*names):
    ...     m = OutputManifest(out)
    ...     for name in names:
    ...         m.add(name)
    ...         (out / name).parent.mkdir(parents=True, exist_ok=True)
    ...         _ = (out / name).write_text("…")
    ...     return m
    >>> _ = (out / "CNAME").write_text("reports.example.org")  # the user's own file
    >>> build("index.html", "reports/a.html", "reports/b.html").finish()
    []
    >>> build("index.html", "reports/a.html").finish()  # report b was removed
    ['reports/b.html']
    >>> killed = build("index.html", "reports/a.html", "reports/c.html")  # never finishes
    >>> build("index.html").finish()  # c was written by the killed build: still removed
    ['reports/a.html', 'reports/c.html']
    >>> sorted(p.name for p in out.iterdir())
    ['.township-output.json', 'CNAME', 'index.html']
    """

    def __init__(self, output_path: str | Path):
        self.output = Path(output_path)
        self.previous, found = read_record(self.output)
        if not found and self.output.is_dir() and any(self.output.iterdir()):
            log.warning(
                "%s has no record of what an earlier build wrote (%s): files already there"
                " are kept; delete the folder once if it may hold pages of removed reports",
                self.output,
                MANIFEST,
            )
        self.current: set[str] = set()
        self._journal = None

    def add(self, name: str) -> None:
        """Record ``name`` as written by this build; call it before writing the file."""
        name = os.path.normpath(name).replace(os.sep, "/")
        if name in self.current:
            return
        self.current.add(name)
        if name not in self.previous:
            if self._journal is None:
                self.output.mkdir(parents=True, exist_ok=True)
                # Line-buffered: each name reaches the file before its file is written.
                self._journal = open(self.output / JOURNAL, "a", encoding="utf-8", buffering=1)  # noqa: SIM115
            self._journal.write(name + "\n")

    def finish(self) -> list[str]:
        """Delete the files earlier builds wrote and this one did not; save the record.

        Returns the names removed. Only regular files (and links) are removed, and a
        folder only when that left it empty.
        """
        stale = sorted(self.previous - self.current)
        for name in stale:
            path = self.output / name
            if path.is_symlink() or path.is_file():
                path.unlink()
                _remove_empty_parents(path.parent, self.output)
        write_atomically(
            self.output / MANIFEST,
            json.dumps({"files": sorted(self.current)}, ensure_ascii=False, indent=0) + "\n",
        )
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        (self.output / JOURNAL).unlink(missing_ok=True)
        self.previous = set(self.current)
        return stale


def _remove_empty_parents(folder: Path, root: Path) -> None:
    """Remove ``folder`` and its parents up to ``root`` (excluded) while they are empty."""
    while folder != root and root in folder.parents:
        try:
            os.rmdir(folder)
        except OSError:  # not empty (or not ours to remove)
            return
        folder = folder.parent


def theme_static_names(settings: dict, theme: str | Path) -> list[str]:
    """Output names of the theme's static files, which Pelican copies without its writer.

    ``THEME_STATIC_PATHS`` (default ``["static"]``) are copied into ``THEME_STATIC_DIR``.
    """
    target = PurePosixPath(settings.get("THEME_STATIC_DIR") or "theme")
    names = []
    for entry in settings.get("THEME_STATIC_PATHS") or ["static"]:
        source = Path(theme) / entry
        if source.is_file():
            names.append(str(target / source.name))
        elif source.is_dir():
            for path in sorted(source.rglob("*")):
                if path.is_file():
                    names.append(str(target / path.relative_to(source).as_posix()))
    return names
