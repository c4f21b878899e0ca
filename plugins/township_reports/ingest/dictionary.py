"""jieba's general dictionary, loaded once per process and shared by every step that needs it;
and the project's cache folder, where tables built from data files are kept between runs.

Several steps ask the dictionary something: decode (are these everyday characters?),
fields (is this token a word or a name?), initiatives (word boundaries, ordinary
words). Loading it costs ~0.5 s, so it is loaded once, from a cache in the project's
cache folder (``TOWNSHIP_REPORTS_CACHE``, default ``.cache/``), never from /tmp.

Every ingest process pays such set-up costs before its first report: re-ingesting one
re-scraped file is mostly set-up. ``prepared`` keeps a table built from data files (the
gazetteer: 0.5 s to build, 0.05 s to load) as a pickle named by a digest of what it was
built from, so a changed data file or builder is a new name and never a stale table.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from pathlib import Path

from ..files import write_atomically


def cache_dir() -> Path:
    """The project's cache folder (created when missing)."""
    path = Path(os.environ.get("TOWNSHIP_REPORTS_CACHE", Path.cwd() / ".cache"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@functools.cache
def general_tokenizer():
    """jieba's default tokenizer with its general dictionary loaded (cached in cache_dir)."""
    import jieba

    jieba.setLogLevel(60)
    tokenizer = jieba.dt
    tokenizer.tmp_dir = str(cache_dir())
    tokenizer.cache_file = "jieba.cache"
    tokenizer.check_initialized()
    return tokenizer


def tokenizer_copy():
    """A new jieba tokenizer holding a copy of the general dictionary, for a step that adds
    its own words (the copy costs a dict copy, not a second load)."""
    import jieba

    general = general_tokenizer()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = dict(general.FREQ), general.total
    tokenizer.initialized = True
    return tokenizer


def prepared(name: str, sources: list[Path], build):
    """``build()``, kept in the cache folder under a digest of ``sources`` (the data files
    and the code it is built from): the next process loads it instead of building it.

    A cache that cannot be read or written is no error: the table is built as before.
    Older versions of the same table are removed when a new one is written.

    >>> import tempfile
    >>> os.environ["TOWNSHIP_REPORTS_CACHE"] = tempfile.mkdtemp()
    >>> source = Path(tempfile.mkdtemp()) / "towns.tsv"
    >>> _ = source.write_text("610926102\\t兴隆镇\\n", encoding="utf-8")
    >>> made = []
    >>> def towns():
    ...     made.append(1)
    ...     return {"兴隆镇": "610926102"}
    >>> prepared("towns", [source], towns), prepared("towns", [source], towns), len(made)
    ({'兴隆镇': '610926102'}, {'兴隆镇': '610926102'}, 1)
    >>> _ = source.write_text("610926102\\t兴隆镇\\n610926103\\t老县镇\\n", encoding="utf-8")
    >>> _ = prepared("towns", [source], towns); len(made), len(list(cache_dir().glob("towns-*")))
    (2, 1)
    >>> del os.environ["TOWNSHIP_REPORTS_CACHE"]
    """
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    try:
        folder = cache_dir()
    except OSError:
        return build()
    path = folder / f"{name}-{digest.hexdigest()[:16]}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        pass  # not built yet, or damaged: build it below
    value = build()
    try:
        write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        for older in folder.glob(f"{name}-*.pickle"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:
        pass
    return value
