"""The wheel ships what the plugin needs, and building it raises no setuptools warning.

Built the way a user builds it (``pip wheel -v .``), offline, from a copy of the sources:
the build writes ``build/`` and ``*.egg-info`` beside them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

PLUGINS = ROOT / "plugins"
#: What Python or the build writes into plugins/: never shipped, never copied.
BUILD_LITTER = ("__pycache__", "*.pyc", "*.egg-info")


def plugin_files() -> set[str]:
    """Every file of plugins/township_reports/, as its path inside the wheel."""
    return {
        p.relative_to(PLUGINS).as_posix()
        for p in (PLUGINS / "township_reports").rglob("*")
        if p.is_file()
        and not any(part.endswith(".pyc") or part == "__pycache__" for part in p.parts)
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> tuple[Path, str]:
    """(the built wheel, pip's verbose log) from a copy of pyproject.toml, README.md, plugins/."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(PLUGINS, source / "plugins", ignore=shutil.ignore_patterns(*BUILD_LITTER))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    cmd = [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--no-build-isolation"]
    done = subprocess.run(
        [*cmd, "--wheel-dir", str(tmp / "dist"), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    log = done.stdout + done.stderr
    assert done.returncode == 0, log
    return next((tmp / "dist").glob("township_reports-*.whl")), log


def test_building_the_wheel_raises_no_setuptools_warning(wheel):
    # e.g. "BuildBackendWarning: Package 'township_reports.data' is absent from the
    # `packages` configuration", or the deprecated `project.license` table.
    _, log = wheel
    assert not re.findall(r"\w+Warning\b.*", log)


def test_the_wheel_ships_every_file_of_the_plugin(wheel):
    # A data file (a vocabulary, a gazetteer, the search page's script) left out of the
    # wheel works in the editable install and breaks only where the wheel is installed.
    path, _ = wheel
    with zipfile.ZipFile(path) as whl:
        shipped = {name for name in whl.namelist() if ".dist-info/" not in name}
    expected = plugin_files()
    assert sorted(expected - shipped) == [], (
        "left out of the wheel: add the file's kind to [tool.setuptools.package-data]"
    )
    assert sorted(shipped - expected) == []


def test_the_wheel_states_its_licence_and_ships_its_text(wheel):
    # pyproject.toml declares MIT as an SPDX expression; the wheel carries the text
    # (LICENSE, found by setuptools' default pattern) and says which licence it is.
    path, _ = wheel
    with zipfile.ZipFile(path) as whl:
        names = whl.namelist()
        metadata = whl.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
        licence = next(n for n in names if n.endswith("/LICENSE") and ".dist-info/" in n)
        text = whl.read(licence).decode("utf-8")
    assert b"License-Expression: MIT" in metadata
    assert text.startswith("MIT License") and "belong to their publishers" in text
