#!/usr/bin/env python3
"""How often a candidate shape matches lines labelled furniture, and lines that are not.

    python3 tests/corpus/survey/shape_count.py REGEX [SET ...] [--max-han 30] [--held efgh]

Before writing a caption or chrome shape, count it over every short line left between two
paragraphs of the clean bodies of the committed and pending golden tables and of the
development survey sets given: a hit is a line its label lists as furniture, a miss one the
label keeps (a section heading, a short paragraph). Session 46's people-between-paragraphs
shape was written so (3 hits and no miss once 党员 and the like were left out; 15 misses
before) and was the first rule in three sessions to gain held fields; session 45's try at the
same captions, made from two pages, had lost a held title. Held sets (``--held``, e–h) are
refused whole: nothing of them is read or printed.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

from township_reports.ingest.pipeline import ingest_text

CORPUS = Path(__file__).resolve().parent.parent


def labelled_pages(survey_sets: list[Path]) -> list[tuple[str, Path, dict]]:
    """(name, page file, golden entry) for the committed and pending tables and the sets."""
    pending = CORPUS / "pending"
    tables = [(CORPUS / "golden", CORPUS / "fixtures"), (pending / "golden", pending / "fixtures")]
    found = []
    for golden_dir, fixtures in tables:
        for golden in sorted(golden_dir.glob("*.yaml")):
            for entry in yaml.safe_load(golden.read_text(encoding="utf-8")) or []:
                found.append((entry["file"], fixtures / entry["file"], entry))
    for setdir in survey_sets:
        for entry in yaml.safe_load((setdir / "golden.yaml").read_text(encoding="utf-8")) or []:
            found.append(
                (f"{setdir.name}/{entry['file']}", setdir / "pages" / entry["file"], entry)
            )
    return found


def lines_between_paragraphs(body: str, max_han: int) -> list[str]:
    """The short lines of a clean body with text above and below them, headings' marks off.

    >>> lines_between_paragraphs('近日，镇里开展宣传。\\n\\n## 工作人员发放宣传材料\\n\\n群众纷纷点赞。\\n', 30)
    ['工作人员发放宣传材料']
    """
    paragraphs = [p.strip().lstrip("#").strip() for p in body.split("\n") if p.strip()]
    return [p for p in paragraphs[1:-1] if len(re.findall(r"[\u4e00-\u9fff]", p)) <= max_han]


def count(shape: re.Pattern, pages, max_han: int) -> tuple[list[str], list[str]]:
    """The matching lines labelled furniture (hits) and those the labels keep (misses)."""
    hits, misses = [], []
    for name, page, entry in pages:
        furniture = [f.strip("。") for f in entry.get("furniture") or [] if isinstance(f, str)]
        body = ingest_text(page.read_text(encoding="utf-8", errors="replace")).body
        for line in lines_between_paragraphs(body, max_han):
            if shape.search(line):
                listed = any(f and (f in line or line in f) for f in furniture)
                (hits if listed else misses).append(f"{name}: {line}")
    return hits, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("shape", help="a regular expression, searched in each line")
    parser.add_argument("sets", nargs="*", type=Path, help="development survey sets")
    parser.add_argument("--max-han", type=int, default=30)
    parser.add_argument("--held", default="efgh", help="letters of the held sets")
    args = parser.parse_args()
    held = [s for s in args.sets if s.name.split("-")[-1] in args.held]
    if held:
        print(f"refused: held sets are never read ({', '.join(s.name for s in held)})")
        return 2
    hits, misses = count(re.compile(args.shape), labelled_pages(args.sets), args.max_han)
    for line in hits:
        print("HIT ", line)
    for line in misses:
        print("MISS", line)
    print(f"{len(hits)} labelled furniture, {len(misses)} kept by the labels")
    return 0


if __name__ == "__main__":
    sys.exit(main())
