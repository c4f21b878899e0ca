"""The build's long-lived data, kept out of Python's cyclic garbage collector.

A build reads every report, then builds the archive model and declares every page from
it: millions of objects that live until the build ends. Python's collector walks all
the objects it tracks at each full collection, and it runs one each time the tracked
objects grew by a quarter, so a build walked its reports again and again: at 10,000
reports, 2.9 s of a 16 s build that changed nothing (11 full collections), measured
with ``gc.callbacks``. ``keep`` (``gc.freeze``) moves what is alive at a point where
the build has made a mass of such data out of the collector's sight; it costs nothing
(no object is visited). It is also what the forked search-index builder needs: a
collection in the child (or in Pelican's process while the child runs) would write to
every object's header and so copy the memory pages the two processes share.

What a frozen object holds is still freed when nothing refers to it (reference counts
work as ever); only a reference cycle among frozen objects waits for ``release``, at
the end of the build (a build run again in the same process, as the tests and
``pelican --autoreload`` do, starts with nothing frozen). Nothing here changes what a
build writes.
"""

from __future__ import annotations

import gc


def keep(*_args, **_kwargs) -> None:
    """Freeze every object alive now (a signal handler: its arguments are not used).

    >>> import gc
    >>> data = [{"id": str(i)} for i in range(3)]
    >>> keep(); gc.get_freeze_count() >= len(data)
    True
    >>> release(); gc.get_freeze_count()
    0
    """
    gc.freeze()


def release(*_args, **_kwargs) -> None:
    """The build is done: its objects are the collector's again."""
    gc.unfreeze()
