"""The output's size per report stays within its budget (issue 12: at 10,000 reports under
600 MB and 80,000 files, bulk downloads excluded), measured on the generated archive
(``corpus_site``, 300 reports). No browser: the fixture lives with the browser tests.

The budget is what the build wrote when it was set (the figures below), with a little
room. A change that makes every page or every report's files larger fails here first,
long before a 10,000-report bench run shows it. Raise the budget only with a reason, and
say in the commit what the bytes buy. ``search/`` is left out: its own size is the search
index's (``site/search/``), bounded by its own bench; ``downloads/`` is the bulk downloads,
which the bound leaves out.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

#: Folders of the output the budget leaves out (see the module's docstring).
EXCLUDED = ("downloads", "search")
#: A report's own page (``reports/<id>.html``), not one of its views or files.
REPORT_PAGE = re.compile(r"[0-9a-f]{12}\.html")
#: Measured on 3 December 2026 at 300 generated reports: 96,811 bytes and 9.67 files a
#: report outside downloads/ and search/, after the report pages stopped copying their
#: Markdown, catalog.json moved to downloads/, concordance lines were cut to their
#: mentions, feeds to 20 entries and the chrome repeated on every page was trimmed (it
#: was 134,255 bytes and 10.67 files before). Then 78,335 bytes after the chrome, links,
#: lists, concordance lines and feed entries were slimmed (also 3 December). The
#: budget leaves ~3 % room. A small archive pays more per report (a town page, a county
#: page and its feed for one or two reports).
BYTES_PER_REPORT = 81_000
FILES_PER_REPORT = 9.8


def output_size(output: Path, excluded=EXCLUDED) -> tuple[int, int]:
    """Bytes and files under ``output``, its top-level folders ``excluded`` left out (the
    bound of issue 12 excludes the bulk downloads).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as out:
    ...     for name in ("index.html", "places/1.html", "downloads/raw.zip"):
    ...         (Path(out) / name).parent.mkdir(exist_ok=True)
    ...         _ = (Path(out) / name).write_bytes(b"x" * 10)
    ...     output_size(Path(out))
    (20, 2)
    """
    total = files = 0
    for root, dirs, names in os.walk(output):
        if Path(root) == output:
            dirs[:] = [d for d in dirs if d not in excluded]
        for name in names:
            total += os.path.getsize(os.path.join(root, name))
            files += 1
    return total, files


def test_output_bytes_and_files_per_report_stay_within_budget(corpus_site):
    reports = [p for p in (corpus_site / "reports").iterdir() if REPORT_PAGE.match(p.name)]
    assert len(reports) >= 250  # the generated archive, every report published
    total, files = output_size(corpus_site)
    per_report, files_per_report = total / len(reports), files / len(reports)
    print(f"{per_report:,.0f} bytes and {files_per_report:.2f} files a report")
    assert per_report <= BYTES_PER_REPORT, (
        f"{per_report:,.0f} bytes a report outside {', '.join(EXCLUDED)}, over the budget of "
        f"{BYTES_PER_REPORT:,}: find which folder grew (bench/run.py prints them by folder)"
    )
    assert files_per_report <= FILES_PER_REPORT, (
        f"{files_per_report:.2f} files a report, over the budget of {FILES_PER_REPORT}"
    )


#: ``reports/`` alone, measured on 4 December 2026 at 300 generated reports: 25,035 bytes a
#: report (31,357 before a traditional source's 繁體 view became its text as captured,
#: with no s2t page beside it, and the provenance steps, JSON-LD and reading views were
#: slimmed), with ~2 % room. Its own budget, so that a saving in another folder cannot
#: hide a report page growing back.
REPORT_FOLDER_BYTES_PER_REPORT = 25_500


def test_the_report_folder_stays_within_its_own_budget(corpus_site):
    reports = [p for p in (corpus_site / "reports").iterdir() if REPORT_PAGE.match(p.name)]
    total, _ = output_size(corpus_site / "reports")
    per_report = total / len(reports)
    print(f"reports/: {per_report:,.0f} bytes a report")
    assert per_report <= REPORT_FOLDER_BYTES_PER_REPORT, (
        f"reports/ is {per_report:,.0f} bytes a report, over its budget of "
        f"{REPORT_FOLDER_BYTES_PER_REPORT:,}: a report page, its 繁體 view or its text as "
        "captured grew"
    )
