"""Remove page furniture (menus, breadcrumbs, font controls, share bars, footers).

Patterns live in ``data/chrome_patterns.yaml`` and are matched against the
simplified form of each line, so one pattern serves both scripts. This module
decides line by line and records every removal, so a report page can show what
was taken out. It never removes a line no pattern names.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class ChromeRules:
    lines: tuple[tuple[str, re.Pattern], ...]
    inline: tuple[tuple[str, re.Pattern], ...]
    cut: tuple[tuple[str, re.Pattern], ...]
    runs: tuple[tuple[str, re.Pattern, re.Pattern], ...]


@functools.cache
def load_chrome_rules(path: Path = DATA / "chrome_patterns.yaml") -> ChromeRules:
    """Compile the chrome patterns data file (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def compiled(kind):
        return tuple((r["name"], re.compile(r["pattern"])) for r in data.get(kind, []))

    runs = tuple(
        (r["name"], re.compile(r["item"]), re.compile(r["anchor"])) for r in data.get("runs", [])
    )
    return ChromeRules(compiled("lines"), compiled("inline"), compiled("cut"), runs)


def strip_page_chrome(
    lines: list[str], simplified: list[str], rules: ChromeRules | None = None
) -> tuple[list[int], list[tuple[str, str]]]:
    """Decide which lines are chrome; return (indices of lines kept, [(rule, removed text)]).

    ``lines`` are the original lines and ``simplified`` the same lines after t2s.

    >>> raw = ['用戶中心 | 手機版 | 繁體 本站支持IPV6', '神河鎮“升級晉檔”推動黨建經濟雙豐收',
    ...        '字體調節: A+ A- 操作:', '神河鎮在開展村級黨組織']
    >>> from township_reports.simplify import to_simplified
    >>> kept, removed = strip_page_chrome(raw, [to_simplified(x) for x in raw])
    >>> [raw[i] for i in kept]
    ['神河鎮“升級晉檔”推動黨建經濟雙豐收', '神河鎮在開展村級黨組織']
    >>> [name for name, _ in removed]
    ['site menu', 'font size control']
    """
    rules = rules or load_chrome_rules()
    removed: list[tuple[str, str]] = []
    drop: set[int] = set()
    stripped = [s.strip() for s in simplified]
    for name, item, anchor in rules.runs:
        i = 0
        while i < len(stripped):
            j = i
            while j < len(stripped) and item.match(stripped[j]):
                j += 1
            if j > i and any(anchor.match(stripped[k]) for k in range(i, j)):
                for k in range(i, j):
                    drop.add(k)
                    removed.append((name, lines[k].strip()))
            i = max(j, i + 1)
    cut_at = len(lines)
    for index, text in enumerate(stripped):
        if index in drop or not text:
            continue
        cut = next((name for name, p in rules.cut if p.match(text)), None)
        if cut:
            cut_at = index
            tail = [line.strip() for line in lines[index:] if line.strip()]
            removed.append((cut, " / ".join(tail)))
            break
        name = next((name for name, p in rules.lines if p.match(text)), None)
        if name:
            drop.add(index)
            removed.append((name, lines[index].strip()))
    kept = [i for i in range(cut_at) if i not in drop]
    return kept, removed


def strip_inline_chrome(
    text: str, rules: ChromeRules | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """Remove chrome embedded in a line of text (e.g. ``(资料图片)``).

    >>> strip_inline_chrome('葛营村(资料图片)')
    ('葛营村', [('photo caption marker', '(资料图片)')])
    """
    rules = rules or load_chrome_rules()
    removed = []
    for name, pattern in rules.inline:
        for match in pattern.finditer(text):
            removed.append((name, match.group(0)))
        text = pattern.sub("", text)
    return text, removed
