"""A build goes on past a file it cannot use, and says so in its exit status.

Pelican logs a problem with one file and builds the rest, but exits 0: a report
that could not be read left the site while ``make html`` succeeded. Stopping at the
first bad file would be no better (one bad hand edit would hide every good report).
So the errors logged while the site is built are counted, and once everything else
has been written (``finalized``, after the search index) a build that logged any
ends with exit status 1 and one line saying why.

This holds for every error, the plugin's (a report's front matter, two files with
one id) and Pelican's alike (Pelican's own are not even logged under ``--quiet``;
the plugin's are). Under ``pelican --autoreload`` the exit ends the loop too: fix
the file and start it again.
"""

from __future__ import annotations

import logging


class ErrorCount(logging.Handler):
    """Counts the records of level ERROR and above that reach the root logger."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


_errors = ErrorCount()


def start_counting(pelican) -> None:
    """``initialized``: count this build's errors from zero."""
    root = logging.getLogger()
    if _errors not in root.handlers:
        root.addHandler(_errors)
    _errors.count = 0
    # ``pelican --quiet`` logs only CRITICAL: the plugin's errors would not even be made,
    # and the build would pass. They fail the build, so they are shown and counted anyway.
    plugin = logging.getLogger(__name__.split(".")[0])  # the whole plugin, ingest too
    if plugin.getEffectiveLevel() > logging.ERROR:
        plugin.setLevel(logging.ERROR)


def exit_if_errors(pelican) -> None:
    """``finalized``: the site is written; fail the build if anything could not be used."""
    if _errors.count:
        raise SystemExit(
            f"township_reports: {_errors.count} error(s) above; every other report was"
            " built, but this build failed: fix the files named and build again"
        )
