"""The ingest half stays a package of one module per step, each small enough to hold in
your head (issue 11): any module read in one sitting, any function on one screen.

Measured with ``ast`` on the real files, so a step that grows past the limit fails here
with the names to split (places.py had 1,825 lines, fields.py 1,305, ingest_bytes 203).
"""

from __future__ import annotations

import ast
from pathlib import Path

INGEST = Path(__file__).resolve().parents[1] / "plugins" / "township_reports" / "ingest"
MODULE_LINES = 600
FUNCTION_LINES = 80
#: The steps, each a module named as the step; the orchestrator is pipeline.py.
STEPS = (
    "decode characters htmlpage repair unannotate simplify dechrome fields page structure"
    " places initiatives dating dictionary rawfiles report pipeline"
).split()


def ingest_modules() -> list[Path]:
    return sorted(INGEST.rglob("*.py"))


def test_every_step_is_a_module_of_the_ingest_package():
    names = {p.stem for p in ingest_modules()}
    assert set(STEPS) <= names, f"missing: {sorted(set(STEPS) - names)}"


def test_no_ingest_module_is_longer_than_one_sitting():
    long = {
        p.name: n
        for p in ingest_modules()
        if (n := p.read_text(encoding="utf-8").count("\n")) > MODULE_LINES
    }
    assert long == {}, f"split these modules (over {MODULE_LINES} lines) by concern: {long}"


def test_no_ingest_function_is_longer_than_one_screen():
    long = {}
    for path in ingest_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > FUNCTION_LINES:
                    long[f"{path.name}:{node.lineno} {node.name}"] = lines
    assert long == {}, f"split these functions (over {FUNCTION_LINES} lines): {long}"
