"""jieba's general dictionary, loaded once per process and shared by every step that needs it.

Several steps ask the dictionary something: decode (are these everyday characters?),
fields (is this token a word or a name?), initiatives (word boundaries, ordinary
words). Loading it costs ~0.5 s, so it is loaded once, from a cache in the project's
cache folder (``TOWNSHIP_REPORTS_CACHE``, default ``.cache/``), never from /tmp.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path


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
