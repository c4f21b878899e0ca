"""Session fixtures for the real-browser tests (Playwright driving Debian's Chromium).

Shared by every browser test in the project (browse, search, …):

- ``built_site``: the site built once per session into a temporary folder from the
  repository's ``content/`` with ``pelicanconf.py`` (a ``Path``). Until ingest has
  written ``content/reports/*.md``, the fixture reports in ``tests/fixtures/reports``
  stand in for them, so the browse tests can run before ingest lands.
- ``base_url``: ``http://127.0.0.1:<port>`` serving ``built_site`` from a loopback
  ``http.server`` thread (no trailing slash).
- ``browser``: headless Chromium from ``/usr/bin/chromium`` (or ``$CHROMIUM``); without
  it the session stops at the first browser test. ``playwright install`` is never
  needed (and must never be run: it downloads a browser).
- ``page``: a fresh page in a fresh context. It records console errors in
  ``page.console_errors`` and requests that leave ``base_url`` in
  ``page.external_requests`` (those are aborted). At teardown the test errors if
  either list is non-empty: a test that provokes an error on purpose removes it
  from the list itself.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items):
    """Everything under tests/browser drives a browser: mark it so ``-m 'not browser'`` works."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


def content_for_build(tmp: Path) -> Path:
    """The repository's content/, or (before ingest has run) a copy using the fixture reports."""
    content = REPO / "content"
    if any((content / "reports").glob("*.md")):
        return content
    staged = tmp / "content"
    shutil.copytree(content / "raw", staged / "raw")
    shutil.copytree(REPO / "tests" / "fixtures" / "reports", staged / "reports")
    return staged


def build(content: Path, output: Path, settings: Path = REPO / "pelicanconf.py") -> Path:
    """Run Pelican in a subprocess (signals and caches stay out of the test process)."""
    cmd = [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(settings)]
    cmd += ["--fatal", "errors", "--ignore-cache"]
    path = [str(REPO / "plugins"), os.environ.get("PYTHONPATH", "")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in path if p))
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(
            f"pelican build failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
        )
    return output


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("site")
    return build(content_for_build(tmp), tmp / "output")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
        pass


@pytest.fixture(scope="session")
def base_url(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        # Stop the session: without a browser every browser test would fail the same way.
        pytest.exit(
            f"{CHROMIUM} not found: bin/ensure-browser installs Chromium and the CJK font "
            "(or says the command to run), or deselect with -m 'not browser'. "
            "Never run `playwright install`.",
            returncode=pytest.ExitCode.TESTS_FAILED,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    external: list[str] = []

    def stay_on_site(route):
        url = route.request.url
        if url == base_url or url.startswith(base_url + "/") or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            external.append(url)
            route.abort()

    context.route("**/*", stay_on_site)
    pg = context.new_page()
    errors: list[str] = []
    pg.on(
        "console",
        lambda msg: (
            errors.append(f"{msg.text} at {msg.location.get('url')}")
            if msg.type == "error"
            else None
        ),
    )
    pg.on("pageerror", lambda exc: errors.append(f"uncaught: {exc}"))
    pg.console_errors = errors
    pg.external_requests = external
    yield pg
    context.close()
    assert not external, f"requests left the site: {external}"
    assert not errors, f"console errors: {errors}"


@pytest.fixture
def page_without_javascript(browser, base_url):
    """A page with JavaScript switched off (requests outside the site are aborted)."""
    context = browser.new_context(java_script_enabled=False)
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(base_url) else route.abort()
        ),
    )
    yield context.new_page()
    context.close()
