"""Pelican glue: build the search index while Pelican writes the pages.

The index is built in a forked process started when the articles are read
(``all_generators_finalized``) and awaited at ``finalized``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from .. import long_lived
from ..cache import SEARCH_STATE_FILE
from .build import DEFAULT_PAGE_SIZE, IndexStats, build_index
from .index_format import DEFAULT_SHARD_BYTES
from .records import record_from_article

log = logging.getLogger(__name__)


@dataclass
class PendingIndex:
    """An index build under way: started when the articles are read, awaited at the end.

    ``process`` and ``pipe`` are the forked builder and the end of the pipe its result
    comes through; both are None when the build runs at ``finalized`` instead.
    """

    job: dict
    started: float
    process: object | None = None
    pipe: object | None = None


#: The one build of this Pelican run waiting for ``finalized``; Pelican's signals hand
#: the two handlers no shared object, so the pending build is kept here between them.
_pending: PendingIndex | None = None


def _ensure_search_page(pelican) -> None:
    """Render theme/templates/search.html as a direct template (search.html)."""
    templates = list(pelican.settings.get("DIRECT_TEMPLATES", []))
    if "search" not in templates:
        templates.append("search")
        pelican.settings["DIRECT_TEMPLATES"] = templates
    pelican.settings.setdefault("SEARCH_SAVE_AS", "search.html")
    pelican.settings.setdefault("SEARCH_URL", pelican.settings["SEARCH_SAVE_AS"])


def _index_articles(job: dict) -> IndexStats:
    """Build the index for a job of ``_start_index`` (in whichever process runs it)."""
    records = [record_from_article(a) for a in job["articles"]]
    return build_index(
        records,
        job["out_dir"],
        shard_bytes=job["shard_bytes"],
        page_size=job["page_size"],
        state_path=job["state_path"],
    )


def _build_in_child(conn, job) -> None:
    """The forked process: build the index, send the stats (or the error) to the parent."""
    try:
        conn.send(("ok", _index_articles(job)))
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises
        import traceback

        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def _start_index(generators) -> None:
    """``all_generators_finalized``: the articles are read; start building the index.

    The build (text extraction included) runs in a forked process while Pelican
    writes the pages (it needs the other core, not Pelican's), and ``finalized`` waits
    for it.  Where ``fork`` is not available, or ``SEARCH_BACKGROUND = False``, it
    runs at ``finalized`` instead.  The update state lives in ``CACHE_PATH``;
    ``--ignore-cache`` builds the index anew.
    """
    import multiprocessing
    import time

    from pelican.generators import ArticlesGenerator

    articles = next((g for g in generators if isinstance(g, ArticlesGenerator)), None)
    if articles is None or not articles.settings.get("SEARCH_ENABLED", True):
        return
    settings = articles.settings
    started = time.perf_counter()
    state_path = Path(settings.get("CACHE_PATH") or "cache") / SEARCH_STATE_FILE
    if not settings.get("LOAD_CONTENT_CACHE", True):
        state_path.unlink(missing_ok=True)
    job = {
        "articles": list(articles.articles),
        "out_dir": Path(articles.output_path) / "search",
        "shard_bytes": int(settings.get("SEARCH_SHARD_BYTES", DEFAULT_SHARD_BYTES)),
        "page_size": int(settings.get("SEARCH_PAGE_SIZE", DEFAULT_PAGE_SIZE)),
        "state_path": state_path,
    }
    global _pending
    _pending = PendingIndex(job, started)
    if (
        settings.get("SEARCH_BACKGROUND", True)
        and "fork" in multiprocessing.get_all_start_methods()
    ):
        long_lived.keep()  # no collection in either process copies the pages they share
        ctx = multiprocessing.get_context("fork")
        parent, child = ctx.Pipe(duplex=False)
        process = ctx.Process(target=_build_in_child, args=(child, job), daemon=True)
        process.start()
        child.close()
        _pending.process, _pending.pipe = process, parent


def _finish_index(pelican) -> None:
    """``finalized``: wait for (or run) the index build and report it."""
    import time

    global _pending
    pending, _pending = _pending, None
    if pending is None:
        return
    job, process, pipe = pending.job, pending.process, pending.pipe
    waited = time.perf_counter()
    if process is None:
        stats = _index_articles(job)
    else:
        try:
            status, stats = pipe.recv()
        except EOFError:
            status, stats = "error", f"the index process died (exit code {process.exitcode})"
        process.join()
        if status != "ok":
            raise RuntimeError(
                f"search: building the index under {job['out_dir']} failed:\n{stats}"
            )
    log.info(
        "search: %s index of %d reports (%d characters) in %.2f s (%.2f s waited): "
        "%d files written, %d unchanged",
        {"update": f"updated ({stats.changed} changed)"}.get(stats.mode, stats.mode),
        stats.documents,
        stats.characters,
        time.perf_counter() - pending.started,
        time.perf_counter() - waited,
        stats.files_written,
        stats.files_unchanged,
    )


def register():
    """Hook the search index builder into Pelican's signals."""
    from pelican import signals

    signals.initialized.connect(_ensure_search_page)
    signals.all_generators_finalized.connect(_start_index)
    signals.finalized.connect(_finish_index)
