"""An honest estimate for a report that states no date: the span its era markers allow.

Era markers (``data/era_markers.yaml``: 两学一做 from 2016, 不忘初心、牢记使命 from 2019 …)
each give a span of years; the estimate is their intersection, quotes the words it
rests on, and always says it is an estimate.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DATA


@dataclass(frozen=True)
class EraMarker:
    marker: str
    pattern: re.Pattern
    earliest: dt.date
    latest: dt.date | None
    note: str


@functools.cache
def load_era_markers(path: Path = DATA / "era_markers.yaml") -> tuple[EraMarker, ...]:
    """Read the era markers data file (cached)."""
    return tuple(
        EraMarker(
            entry["marker"],
            re.compile(entry["pattern"]),
            entry["earliest"],
            entry.get("latest"),
            entry.get("note", ""),
        )
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))
    )


def _quote(text: str, start: int, end: int, width: int = 12) -> str:
    left = max(0, start - width)
    return ("…" if left else "") + text[left : end + width].replace("\n", " ") + "…"


def estimate_date(text: str, markers: tuple[EraMarker, ...] | None = None) -> dict | None:
    """Estimate when an undated report was written from era markers; None without markers.

    >>> estimate = estimate_date('扎实抓好巩固脱贫攻坚成果推进乡村振兴有效衔接各项工作，持续抓好疫情防控')
    >>> estimate['earliest'], estimate['latest']
    ('2021-01-01', '2022-12-31')
    >>> [e['marker'] for e in estimate['evidence']][:2]
    ['巩固拓展脱贫攻坚成果同乡村振兴有效衔接', '疫情防控']
    >>> estimate_date('强力推进村级党组织标准化建设') is None
    True
    """
    markers = load_era_markers() if markers is None else markers
    found = []
    for marker in markers:
        match = marker.pattern.search(text)
        if match:
            found.append((marker, match))
    if not found:
        return None
    earliest = max(m.earliest for m, _ in found)
    latests = [m.latest for m, _ in found if m.latest]
    latest = min(latests) if latests else None
    conflict = latest is not None and latest < earliest
    if conflict:  # markers disagree: keep the span of the most recent era, and say so
        newest = max(found, key=lambda pair: pair[0].earliest)[0]
        earliest, latest = newest.earliest, newest.latest
    evidence = [
        {
            "marker": m.marker,
            "earliest": m.earliest.isoformat(),
            "latest": m.latest.isoformat() if m.latest else None,
            "quote": _quote(text, match.start(), match.end()),
            "note": m.note,
        }
        for m, match in found
    ]
    estimate = {
        "earliest": earliest.isoformat(),
        "latest": latest.isoformat() if latest else None,
        "evidence": evidence,
    }
    if conflict:
        estimate["conflict"] = True
    return estimate
