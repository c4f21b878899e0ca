"""The record of what each ingest step did: its steps, warnings and review items.

It becomes the report's provenance, so a report page can show what was removed or
repaired (ftfy's ``fix_and_explain``) and curators see what ingest was unsure of.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Trace:
    """Steps in the order they ran (with counts and what they removed), and doubts."""

    steps: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reviews: list[dict] = field(default_factory=list)
    #: What a choice weighed (field → [(candidate, score)]): for the second looks
    #: (doubts.py) to see a close call; not part of the provenance.
    weighed: dict[str, list[tuple[str, float]]] = field(default_factory=dict)

    def step(self, name: str, count: int, **extra) -> None:
        self.steps.append({"step": name, "count": count, **extra})

    def review(self, field_name: str, reason: str) -> None:
        """A field ingest is unsure of: a warning, and a place on the curators' review list."""
        self.warnings.append(reason)
        self.reviews.append({"field": field_name, "reason": reason})
