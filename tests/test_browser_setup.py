"""`make test` sets up the browser tests' system packages itself, or stops at once.

Each test controls what bin/ensure-browser sees, whatever this machine has: ``CHROMIUM``
names the browser, and a folder first on ``PATH`` holds stand-ins for ``id`` (who we
are), ``fc-list`` (which fonts there are) and ``apt-get`` (which records what it was
asked and "installs" both). The real Chromium and fonts are never touched.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

INSTALL = "apt-get install -y --no-install-recommends chromium fonts-wqy-microhei"


def stand_ins(folder: Path, uid: int, font: bool) -> dict[str, str]:
    """An environment where ``id -u`` says uid, the CJK font is there if font, and
    ``apt-get`` logs to folder/apt.log; ``apt-get install`` creates $CHROMIUM and the font.
    """
    folder.mkdir()
    font_file = folder / "wqy-microhei.ttc"
    if font:
        font_file.touch()
    tools = {
        "id": f"echo {uid}",
        "fc-list": f'[ -e "{font_file}" ] && echo "WenQuanYi Micro Hei,文泉驿微米黑"',
        "apt-get": (
            f'echo "apt-get $*" >> "{folder}/apt.log"\n'
            f'[ "$1" = install ] && touch "{font_file}" && printf "#!/bin/sh\\n" > "$CHROMIUM"'
            ' && chmod +x "$CHROMIUM"'
        ),
    }
    for name, script in tools.items():
        (folder / name).write_text(f"#!/bin/sh\n{script}\nexit 0\n", encoding="utf-8")
        (folder / name).chmod(0o755)
    return dict(
        os.environ,
        PATH=f"{folder}{os.pathsep}{os.environ['PATH']}",
        # Should make go on to the tests after all, pytest only collects (never recurses).
        PYTEST_ADDOPTS="--collect-only -q",
    )


def chromium_at(path: Path) -> Path:
    """A stand-in Chromium: an executable file."""
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def ensure_browser(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [ROOT / "bin" / "ensure-browser"], env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("chromium", "font", "named"),
    [(False, True, "Chromium"), (True, False, "the CJK font WenQuanYi Micro Hei")],
)
def test_make_test_stops_at_once_with_the_command_to_run(tmp_path, chromium, font, named):
    env = stand_ins(tmp_path / "bin", uid=1000, font=font)  # not root: cannot install
    browser = tmp_path / "chromium"
    env["CHROMIUM"] = str(chromium_at(browser) if chromium else browser)
    done = subprocess.run(
        ["make", "test"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert f"the browser tests need {named}" in done.stderr
    assert f"Run: sudo {INSTALL}\n" in done.stderr
    assert "ruff" not in done.stdout  # stopped before the linter and the tests
    assert not (tmp_path / "bin" / "apt.log").exists()


def test_as_root_what_is_missing_is_installed_with_apt(tmp_path):
    env = stand_ins(tmp_path / "bin", uid=0, font=False)
    env["CHROMIUM"] = str(tmp_path / "chromium")
    done = ensure_browser(env)
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "bin" / "apt.log").read_text().splitlines()
    assert log == ["apt-get update -q", INSTALL]


def test_nothing_is_installed_when_all_is_there(tmp_path):
    env = stand_ins(tmp_path / "bin", uid=0, font=True)
    env["CHROMIUM"] = str(chromium_at(tmp_path / "chromium"))
    done = ensure_browser(env)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert not (tmp_path / "bin" / "apt.log").exists()
