"""Second looks at the body left after chrome and credits were cut: reasons to put it on the review list.

See doubts.py for why these exist and how a check earns its place.
"""

from __future__ import annotations


def body_doubts(finished) -> list[str]:
    """Reasons, in Chinese for curators, to doubt the report's body (none yet).

    >>> body_doubts(None)
    []
    """
    return []
