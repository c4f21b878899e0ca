"""The time words a report's lede opens on (近日, 日前, 今年以来…): one list, data/
headline_kinds.yaml's ``lede_time_openings``, for every reader that asks whether a line opens
as a lede (the headline kinds, the prose test of page.py, the caption readers, glued meta lines).
A module of its own because page.py, which the headline modules import, reads it too.
"""

from __future__ import annotations

import functools

import yaml

from . import DATA, alternation


@functools.cache
def lede_time_words() -> str:
    """The time words a lede opens on, as one regex alternation (longest first).

    >>> import re
    >>> bool(re.match(f"(?:{lede_time_words()})，", '今年以来，石门镇新建党群服务站12个'))
    True
    """
    data = yaml.safe_load((DATA / "headline_kinds.yaml").read_text(encoding="utf-8"))
    return alternation(data["lede_time_openings"])
