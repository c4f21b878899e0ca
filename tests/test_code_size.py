"""The plugin stays small enough to hold in your head (issue 11): a newcomer reads any
module in one sitting and any function on one screen, and finds each half as a package
(``ingest/``: one module per step; ``site/``: the pages, the cache, the search index).

Measured with ``ast`` on the real files of both halves and the shared modules (cli, files,
evaluate), so code that grows past a limit fails here with the names to split (before the
split, places.py had 1,825 lines, fields.py 1,305, search.py 1,720, ingest_bytes 203).
"""

from __future__ import annotations

import ast
from pathlib import Path

PLUGIN = Path(__file__).resolve().parents[1] / "plugins" / "township_reports"
MODULE_LINES = 600
FUNCTION_LINES = 80
#: The ingest steps, each a module named as the step; the orchestrator is pipeline.py.
STEPS = (
    "decode characters htmlpage repair unannotate simplify dechrome fields page structure"
    " places initiatives dating dictionary rawfiles report pipeline"
).split()


def modules(under: Path = PLUGIN) -> list[Path]:
    return sorted(under.rglob("*.py"))


def test_the_two_halves_are_packages_of_their_own():
    site = {p.relative_to(PLUGIN / "site").as_posix() for p in modules(PLUGIN / "site")}
    assert {"generator.py", "pages.py", "cache.py", "search/build.py", "search/query.py"} <= site
    steps = {p.stem for p in modules(PLUGIN / "ingest")}
    assert set(STEPS) <= steps, f"missing: {sorted(set(STEPS) - steps)}"


def test_no_module_is_longer_than_one_sitting():
    long = {
        p.relative_to(PLUGIN).as_posix(): n
        for p in modules()
        if (n := p.read_text(encoding="utf-8").count("\n")) > MODULE_LINES
    }
    assert long == {}, f"split these modules (over {MODULE_LINES} lines) by concern: {long}"


def test_no_function_is_longer_than_one_screen():
    long = {}
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > FUNCTION_LINES:
                    long[f"{path.relative_to(PLUGIN).as_posix()}:{node.lineno} {node.name}"] = lines
    assert long == {}, f"split these functions (over {FUNCTION_LINES} lines): {long}"
