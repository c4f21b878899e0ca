"""Second looks at the source ingest named (or found none): reasons to put it on the review list.

See doubts.py for why these exist and how a check earns its place.
"""

from __future__ import annotations


def source_doubts(finished) -> list[str]:
    """Reasons, in Chinese for curators, to doubt the report's source (none yet).

    >>> source_doubts(None)
    []
    """
    return []
