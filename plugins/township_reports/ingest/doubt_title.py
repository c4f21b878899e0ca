"""Second looks at the headline ingest chose (or devised): reasons to put it on the review list.

See doubts.py for why these exist and how a check earns its place.
"""

from __future__ import annotations


def title_doubts(finished) -> list[str]:
    """Reasons, in Chinese for curators, to doubt the report's title (none yet).

    >>> title_doubts(None)
    []
    """
    return []
