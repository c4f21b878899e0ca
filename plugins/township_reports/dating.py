"""Date a report: the publication date it states, or an honest estimate with evidence.

A stated date comes only from a labelled field (发布时间, 时间, 日期 …) or a
date line in the page header; an event date in the body (``6月26日``) is not a
publication date. With no stated date, era markers (``data/era_markers.yaml``)
give a span; the estimate is their intersection and always says so.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)


@dataclass(frozen=True)
class StatedDate:
    iso: str
    precision: str


def parse_stated_date(value: str) -> StatedDate | None:
    """Parse a date as a page states it; None when it holds no valid date.

    >>> parse_stated_date('2011-09-14 09:09')
    StatedDate(iso='2011-09-14T09:09', precision='minute')
    >>> parse_stated_date('2023-08-07 09:25:34')
    StatedDate(iso='2023-08-07T09:25:34', precision='second')
    >>> [parse_stated_date(v).iso for v in ('2023年7月25日', '2023/07/25', '2023.07.25')]
    ['2023-07-25', '2023-07-25', '2023-07-25']
    >>> parse_stated_date('2023-02-30') is None
    True
    """
    match = _DATE.search(value)
    if not match:
        return None
    y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    if match["H"] is None:
        return StatedDate(day.isoformat(), "day")
    hour, minute = int(match["H"]), int(match["M"])
    second = int(match["S"]) if match["S"] else None
    if hour > 23 or minute > 59 or (second is not None and second > 59):
        return StatedDate(day.isoformat(), "day")
    if second is None:
        return StatedDate(f"{day.isoformat()}T{hour:02d}:{minute:02d}", "minute")
    return StatedDate(f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}", "second")


def is_date_line(line: str) -> bool:
    """True for a header line that is only a date (a page's publication date line).

    >>> is_date_line('2023年7月25日'), is_date_line('2023-07-25 10:50'), is_date_line('6月26日，召开会议')
    (True, True, False)
    """
    match = _DATE.search(line)
    return bool(match) and len(line.strip()) - len(match.group(0)) <= 4


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
