"""The site half stays small enough to hold in your head (issue 11): a newcomer reads any
module in one sitting and any function on one screen.

Measured with ``ast`` on the real files, so a new page family or search concern that
grows a module past the limit fails here, with the names to split.
"""

from __future__ import annotations

import ast
from pathlib import Path

SITE = Path(__file__).resolve().parents[1] / "plugins" / "township_reports" / "site"
MODULE_LINES = 600
FUNCTION_LINES = 80


def site_modules() -> list[Path]:
    return sorted(SITE.rglob("*.py"))


def test_the_site_half_is_a_package_of_its_own():
    names = {p.relative_to(SITE).as_posix() for p in site_modules()}
    assert {"generator.py", "pages.py", "cache.py", "search/build.py", "search/query.py"} <= names


def test_no_site_module_is_longer_than_one_sitting():
    long = {
        p.relative_to(SITE).as_posix(): n
        for p in site_modules()
        if (n := p.read_text(encoding="utf-8").count("\n")) > MODULE_LINES
    }
    assert long == {}, f"split these modules (over {MODULE_LINES} lines) by concern: {long}"


def test_no_site_function_is_longer_than_one_screen():
    long = {}
    for path in site_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > FUNCTION_LINES:
                    long[f"{path.relative_to(SITE).as_posix()}:{node.lineno} {node.name}"] = lines
    assert long == {}, f"split these functions (over {FUNCTION_LINES} lines): {long}"
