"""Writing generated files: atomically, and cleaning up after a writer that was killed.

Both halves write through here (ingest its reports and manifest, the site its pages,
search shards and caches): a reader sees the old file or the new one, never half of one,
and a temp file left by a killed process is recognised by its name and removed.
It never writes a raw file: nothing under content/raw/ is passed to it.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_UMASK = os.umask(0)
os.umask(_UMASK)


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write data (text as UTF-8) to path via a temp file and a rename: readers see old or
    new, never half.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "reports" / "兴隆镇.md"
    >>> write_atomically(target, "三会一课\\n"); write_atomically(target, target.read_bytes() * 2)
    >>> target.read_text(encoding="utf-8"), [p.name for p in target.parent.iterdir()]
    ('三会一课\\n三会一课\\n', ['兴隆镇.md'])
    """
    with open_atomically(path) as out:
        out.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextlib.contextmanager
def open_atomically(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write that appears at path, whole, only when the block ends without
    an error (a temp file beside it, renamed): for files too big to hold in memory.

    >>> import tempfile, zipfile
    >>> target = Path(tempfile.mkdtemp()) / "downloads" / "raw.zip"
    >>> with open_atomically(target) as out, zipfile.ZipFile(out, "w") as z:
    ...     z.writestr("兴隆镇.txt", "三会一课")
    >>> zipfile.ZipFile(target).namelist(), [p.name for p in target.parent.iterdir()]
    (['兴隆镇.txt'], ['raw.zip'])
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # The pid in the name lets the next ingest tell a dead writer's temp file from a live one's.
    handle, temp = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        os.chmod(temp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the usual permissions
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


#: ``write_atomically``'s temp files: ``.<name>.<pid>-<random>.tmp`` (no pid before 2026-12).
_TEMP_FILE = re.compile(r"^\.(?P<target>.+)\.(?:(?P<pid>\d+)-)?[a-z0-9_]{8}\.tmp$")

#: Writing a report takes milliseconds: a temp file this old was left by a dead process.
TEMP_FILE_MAX_AGE = 3600


def remove_abandoned_temp_files(out_dir: Path, now: float | None = None) -> list[str]:
    """Remove temp files a killed ingest left in out_dir; return their names.

    Only ``write_atomically``'s own temp files are touched, and only those whose
    writer is no longer running (or, for a name without a pid, that are over an hour
    old): a file being written by a live ingest is left alone.
    """
    now = time.time() if now is None else now
    removed = []
    for path in sorted(out_dir.glob(".*.tmp")):
        match = _TEMP_FILE.match(path.name)
        if match is None:
            continue
        try:
            old = now - path.stat().st_mtime > TEMP_FILE_MAX_AGE
            pid = match.group("pid")
            if old or (pid is not None and not _is_running(int(pid))):
                path.unlink()
                removed.append(path.name)
        except OSError:
            continue  # gone already, or not ours to remove: the next ingest tries again
    return removed


def _is_running(pid: int) -> bool:
    """True when a process with this id exists (signal 0 checks without sending anything)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process: alive; an absurd pid: keep the file
    return True
