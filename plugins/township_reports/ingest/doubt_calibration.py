"""Which review notes stay on the review list: those not measured to be nearly always right.

Every step that is unsure of a field puts a note on the review list (``Trace.review``), and
each note follows from *how* the field was chosen: a devised title, a headline joined from
two lines, a headline read from the breadcrumb. Measured over every labelled page (real
development pages first), some of these ways are nearly always right: a curator sent to
them finds nothing, and a list that cries wolf trains curators to skip it. Those notes
are demoted: they stay among the report's warnings (the report page shows them), but
leave the review list. The notes and their counts are data (``data/doubt_calibration.yaml``).
"""

from __future__ import annotations

import functools

import yaml

from . import DATA


@functools.cache
def demoted() -> tuple[tuple[str, str], ...]:
    """(field, opening of the note) of every note measured to be nearly always right."""
    data = yaml.safe_load((DATA / "doubt_calibration.yaml").read_text(encoding="utf-8"))
    return tuple((item["field"], item["opens"]) for item in data["demoted"])


def kept(reviews: list[dict]) -> list[dict]:
    """The review items left once the demoted notes are taken off (their warnings stay).

    >>> kept([{"field": "title", "reason": "页首各行都不像标题：标题为拟定"},
    ...       {"field": "title", "reason": "标题把握不大（0.55）：“沙河镇召开党建会”"}])
    [{'field': 'title', 'reason': '标题把握不大（0.55）：“沙河镇召开党建会”'}]
    """
    notes = demoted()
    return [
        item
        for item in reviews
        if not any(
            item["field"] == name and item["reason"].startswith(opens) for name, opens in notes
        )
    ]
