#!/usr/bin/env python3
"""Grade survey sets against their labels; held sets keep verdicts and counts only.

    .venv/bin/python tests/corpus/survey/grade.py OUT.json SURVEY/r86-a SURVEY/r86-e …
    PYTHONPATH=START/plugins .venv/bin/python tests/corpus/survey/grade.py START.json …

Each set folder holds pages/ and golden.yaml (tests/corpus/README.md's schema). The code graded
is whichever ``township_reports`` comes first on the path: a copy of the plugins at a session's
start, put first with PYTHONPATH, grades the start code. A set whose letter is one of
``--held`` (e–h by default) is held aside: for it the output keeps which fields were right, the
review flags and the kind of each error (none, extra, other), never a value or a line of text,
so no one writing rules learns anything from its pages.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import township_reports
from township_reports import evaluate


def error_kinds(page: evaluate.PageResult) -> dict[str, str]:
    """How each wrong field is wrong: nothing found, found where the label has none, or another."""
    kinds = {}
    for name, right in page.right.items():
        if right:
            continue
        if name == "body":
            got = page.got.get("body") or {}
            kinds[name] = (
                "furniture" * bool(got.get("furniture left"))
                + "+lost" * bool(got.get("first words lost"))
                + "+text" * bool(got.get("text lost"))
            )
            continue
        got, expected = page.got.get(name), page.expected.get(name)
        empty = (None, "", [], "(devised)")
        kinds[name] = "none" if got in empty else "extra" if expected in empty else "other"
        if kinds[name] == "other" and isinstance(got, str) and isinstance(expected, str):
            kinds[name] = text_overlap(got, expected)
    return kinds


def text_overlap(got: str, expected: str) -> str:
    """How a wrong text value stands to the label: a part of it, it with more, or another.

    A count of these tells a title that took one line of a two-line headline, or kept a
    site's name, from a title taken from another line, without a word of a held page.

    >>> text_overlap('红色楼栋长“上岗”', '龙门街道：红色楼栋长“上岗” 基层治理焕发新“栋”力')
    'other: part'
    >>> text_overlap('乌山街道征拆全面签约（城铁乌山站具体位置）', '乌山街道征拆全面签约')
    'other: more'
    >>> text_overlap('利州区宝轮镇：党建工作报道', '宝轮镇“三读”举措推进全民阅读')
    'other'
    """
    got, expected = evaluate.normalise_text(got), evaluate.normalise_text(expected)
    if got and got in expected:
        return "other: part"
    if expected and expected in got:
        return "other: more"
    return "other"


def graded_page(page: evaluate.PageResult, held: bool) -> dict:
    """One page's verdicts; a development page keeps what was found and expected too."""
    row = {
        "held": held,
        "right": page.right,
        "flagged": sorted(page.flagged),
        "kinds": error_kinds(page),
        "initiatives": [
            len(page.initiatives_found),
            len(page.initiatives_expected),
            len(page.initiatives_found & page.initiatives_expected),
        ],
    }
    if not held:
        row["got"] = {name: str(value) for name, value in page.got.items()}
        row["expected"] = {name: str(value) for name, value in page.expected.items()}
    return row


def grade_set(setdir: Path, held_letters: str) -> dict[str, dict]:
    """Every labelled page of one set, graded."""
    entries = [
        entry
        for entry in evaluate.load_golden([setdir / "golden.yaml"])
        if (setdir / "pages" / entry["file"]).exists()
    ]
    held = setdir.name.split("-")[-1] in held_letters
    scores = evaluate.evaluate(entries, setdir / "pages")
    return {f"{setdir.name}/{page.file}": graded_page(page, held) for page in scores.pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("sets", type=Path, nargs="+")
    parser.add_argument("--held", default="efgh", help="letters of the held sets")
    args = parser.parse_args()
    graded = {}
    for setdir in args.sets:
        graded.update(grade_set(setdir, args.held))
    args.out.write_text(json.dumps(graded, ensure_ascii=False, indent=1), encoding="utf-8")
    code = Path(township_reports.__file__).parent
    print(f"graded {len(graded)} pages with {code} -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
