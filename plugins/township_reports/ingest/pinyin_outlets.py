"""Outlets an aggregator spells in pinyin before the time (Gan Su Ri Bao·2025-10-21 08:30).

The romanised name is read back into Chinese only from ``data/outlet_pinyin.yaml``'s name
parts and endings, so a name it cannot spell wholly is left unread rather than guessed.
Split from ``sources`` (a concern of its own: one stamp form and its syllable table).
"""

from __future__ import annotations

import functools
import re

_PINYIN_STAMP = re.compile(
    r"^\s*((?:[A-Z][a-z]{0,5}\s+){1,7}[A-Z][a-z]{0,5})\s*[·•・]\s*(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?)\s*$"
)


@functools.cache
def _pinyin_words() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str]]:
    """(name parts, endings) of ``data/outlet_pinyin.yaml``, keyed by syllables."""
    import yaml

    from . import DATA

    data = yaml.safe_load((DATA / "outlet_pinyin.yaml").read_text(encoding="utf-8"))

    def keyed(table: dict) -> dict[tuple[str, ...], str]:
        return {tuple(k.lower().split()): v for k, v in table.items()}

    return keyed(data["name_parts"]), keyed(data["endings"])


def pinyin_outlet(line: str) -> tuple[str, str] | None:
    """(outlet, date) of an aggregator's stamp that spells the outlet in pinyin.

    Some aggregators print the original's name romanised before the time (``Gan Su Ri
    Bao·2025-10-21 08:30``): the paper is the source. The name is read back only when
    every syllable is a known name part and it ends in a known ending; anything else
    (a prefecture's paper, a brand) is left unread rather than guessed.

    >>> pinyin_outlet('Gan Su Ri Bao·2025-10-21 08:30')
    ('甘肃日报', '2025-10-21 08:30')
    >>> pinyin_outlet('Nan Fang Nong Cun Bao·2025-05-25 11:36')
    ('南方农村报', '2025-05-25 11:36')
    >>> pinyin_outlet('Long Nan Ri Bao·2025-10-21 08:30') is None, pinyin_outlet('Gan Su·2025-10-21') is None
    (True, True)
    """
    match = _PINYIN_STAMP.match(line)
    if not match:
        return None
    syllables = tuple(match.group(1).lower().split())
    parts, endings = _pinyin_words()
    ending = next(
        (e for e in sorted(endings, key=len, reverse=True) if syllables[-len(e) :] == e), None
    )
    if ending is None:
        return None
    name = _spelled(syllables[: -len(ending)], parts)
    if not name:
        return None
    return name + endings[ending], match.group(2)


def _spelled(syllables: tuple[str, ...], parts: dict[tuple[str, ...], str]) -> str | None:
    """The Chinese of syllables made wholly of known name parts, else None."""
    if not syllables:
        return ""
    for size in range(len(syllables), 0, -1):
        head = parts.get(syllables[:size])
        rest = _spelled(syllables[size:], parts) if head else None
        if head and rest is not None:
            return head + rest
    return None
