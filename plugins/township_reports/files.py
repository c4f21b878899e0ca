"""Writing generated files atomically: a reader sees the old file or the new one, never half.

Both halves write through here: ingest its reports and manifest, the site its data files,
citations, caches and search index. It never writes a raw file: nothing under
content/raw/ is passed to it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

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
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # The pid in the name lets the next ingest tell a dead writer's temp file from a live one's.
    handle, temp = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=path.parent
    )
    try:
        if isinstance(data, str):
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                out.write(data)
        else:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
        os.chmod(temp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the usual permissions
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
