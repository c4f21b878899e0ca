#!/usr/bin/env python3
"""Per-field accuracy of graded survey pages, and what changed between two gradings.

    python3 tests/corpus/survey/compare.py START.json [END.json]

Prints, for development and held pages apart, the share of fields right, each field's
accuracy, initiative precision and recall and the review list's reach; with two files, the
fields gained and lost (named page by page for development pages only).
"""

from __future__ import annotations

import json
import sys
from collections import Counter

FIELDS = "title township county prefecture province date authors editors source body".split()


def summary(graded: dict, held: bool) -> str:
    """One line for the development or the held pages of a grading."""
    rows = [row for row in graded.values() if row["held"] == held]
    if not rows:
        return ""
    n = len(rows)
    right = sum(sum(row["right"].values()) for row in rows)
    fields = " ".join(f"{f} {100 * sum(r['right'][f] for r in rows) / n:.1f}" for f in FIELDS)
    found, expected, hits = (sum(r["initiatives"][i] for r in rows) for i in range(3))
    wrong = [f in r["flagged"] for r in rows for f in FIELDS if not r["right"][f]]
    fine = [f in r["flagged"] for r in rows for f in FIELDS if r["right"][f]]
    return (
        f"{'held' if held else 'development'} {n} pages: {100 * right / (10 * n):.2f} % | {fields}"
        f" | initiatives P {100 * hits / max(found, 1):.1f} R {100 * hits / max(expected, 1):.1f}"
        f" | review {sum(wrong)}/{len(wrong)} wrong, {sum(fine)}/{len(fine)} right"
    )


def changes(before: dict, after: dict, held: bool) -> str:
    """Fields gained and lost between two gradings of the same pages."""
    gained, lost, lines = Counter(), Counter(), []
    for key, row in after.items():
        if key not in before or row["held"] != held:
            continue
        for field in FIELDS:
            was, now = before[key]["right"][field], row["right"][field]
            if was != now:
                (gained if now else lost)[field] += 1
                lines += [] if held else [f"  {'+' if now else '-'} {key} {field}"]
    group = "held" if held else "development"
    head = f"{group}: gained {sum(gained.values())} {dict(gained)}, lost {sum(lost.values())} {dict(lost)}"
    return "\n".join([*lines, head])


def main() -> None:
    gradings = [json.load(open(path, encoding="utf-8")) for path in sys.argv[1:3]]
    for graded in gradings:
        print("\n".join(filter(None, (summary(graded, held) for held in (False, True)))))
    if len(gradings) == 2:
        for held in (False, True):
            print(changes(*gradings, held))


if __name__ == "__main__":
    main()
