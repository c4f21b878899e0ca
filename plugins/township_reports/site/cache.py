"""The site's build caches: which output files are current, and parts of files to reuse.

Kept in ``CACHE_PATH`` (with ``CACHE_CONTENT``): ``township_pages.json`` (``PageCache``:
output file → key of what it was made from) and ``township_fragments.pickle``
(``FragmentCache``: parts of files, such as a catalog row, by key). Both are thrown away
whole when the build fingerprint changes (plugin code, templates, settings, the
initiatives vocabulary, the site URL and citation date). Both are written through
``files.write_atomically``; a build that stops half-way leaves no page record.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from pathlib import Path

from ..files import write_atomically

#: The plugin's code: a change to any of it may change any page.
PLUGIN = Path(__file__).resolve().parents[1]

PAGE_CACHE_FILE = "township_pages.json"
FRAGMENT_CACHE_FILE = "township_fragments.pickle"


def digest(*parts) -> str:
    """A stable hash of plain data: str, numbers, bool, None, dates, and lists, tuples and
    dicts of them.

    Hashes the ``repr``, which for plain data is deterministic (dicts in insertion order,
    which builds from the same files keep) and several times cheaper than JSON. Pass no
    other objects: a ``repr`` with a memory address would never match again (a miss, so a
    page rendered needlessly, never a stale one).

    >>> digest({"a": [1, "乡"]}, None) == digest({"a": [1, "乡"]}, None)
    True
    >>> digest(1) == digest("1"), digest({"a": 1, "b": 2}) == digest({"b": 2, "a": 1})
    (False, False)
    """
    return hashlib.sha1(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _settings_value(value):
    """Settings as they affect pages; objects (functions, classes) by type only."""
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return type(value).__name__
    return value


def build_fingerprint(settings: dict, vocabulary: dict, extra) -> str:
    """Everything every page depends on besides its own data: code, templates, settings."""
    import jinja2
    import pelican

    h = hashlib.sha1()
    templates = Path(settings.get("THEME") or "") / "templates"
    code = sorted(PLUGIN.rglob("*.py"))  # the whole plugin: site, search and what they import
    files = [(p.relative_to(PLUGIN).as_posix(), p) for p in code] + [
        (p.name, p)
        for p in sorted(templates.glob("*"))
        if p.is_file() and p.suffix in {".html", ".xml", ".txt"}
    ]
    for name, path in files:
        h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    config = {k: _settings_value(v) for k, v in sorted(settings.items()) if k.isupper()}
    h.update(digest(config, vocabulary, extra, pelican.__version__, jinja2.__version__).encode())
    return h.hexdigest()


class PageCache:
    """Which output files are up to date: name → hash of everything the file is made from.

    A build computes each cacheable file's key from its inputs (the reports it shows,
    the build fingerprint); a file whose key equals the one recorded by the previous
    build, and which still exists, is not rendered again. The record is removed when
    loaded and written back only when the build has written everything, so a build
    that stops half-way leaves no record and the next one renders every file.

    >>> import tempfile
    >>> tmp = Path(tempfile.mkdtemp())
    >>> (tmp / "out").mkdir()
    >>> first = PageCache(tmp / "cache", tmp / "out", "fp")
    >>> first.keys.update({"a.html": "1", "b.html": "2"})
    >>> first.fresh("a.html")  # nothing recorded yet
    False
    >>> for name in ("a.html", "b.html"):
    ...     _ = (tmp / "out" / name).write_text("…")
    ...     first.written(name)
    >>> first.save()
    >>> second = PageCache(tmp / "cache", tmp / "out", "fp")
    >>> (tmp / "cache" / PAGE_CACHE_FILE).exists()  # removed until this build is done
    False
    >>> second.keys.update({"a.html": "1", "b.html": "changed"})
    >>> second.fresh("a.html"), second.fresh("b.html")
    (True, False)
    >>> third = PageCache(tmp / "cache", tmp / "out", "fp")  # the second one never saved
    >>> third.keys.update({"a.html": "1"})
    >>> third.fresh("a.html")
    False
    >>> first.save()
    >>> other = PageCache(tmp / "cache", tmp / "out", "new templates")
    >>> other.keys.update({"a.html": "1"})
    >>> other.fresh("a.html")
    False

    Which files a removed report leaves behind is not this cache's business (it may be
    gone): ``output_manifest.OutputManifest`` keeps that record in ``output/`` itself.
    """

    def __init__(self, cache_dir: str | None, output_path: str, fingerprint: str, load=True):
        self.output_path = Path(output_path)
        self.file = Path(cache_dir) / PAGE_CACHE_FILE if cache_dir else None
        self.fingerprint = fingerprint
        self.keys: dict[str, str] = {}
        self.done: dict[str, str] = {}
        self.old: dict[str, str] = {}
        self.skipped = 0
        if self.file and self.file.is_file():
            try:
                data = json.loads(self.file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            if (
                load
                and isinstance(data, dict)
                and data.get("output") == str(self.output_path.resolve())
                and data.get("fingerprint") == fingerprint
                and isinstance(data.get("files"), dict)
            ):
                self.old = data["files"]
            self.file.unlink(missing_ok=True)

    def fresh(self, name: str) -> bool:
        """True if ``name`` is up to date (and then counted as written)."""
        key = self.keys.get(name)
        if (
            key is not None
            and self.old.get(name) == key
            and os.path.isfile(os.path.join(self.output_path, name))
        ):
            self.done[name] = key
            self.skipped += 1
            return True
        return False

    def written(self, name: str) -> None:
        if name in self.keys:
            self.done[name] = self.keys[name]

    def save(self) -> None:
        if not self.file:
            return
        data = {
            "fingerprint": self.fingerprint,
            "output": str(self.output_path.resolve()),
            "files": self.done,
        }
        write_atomically(self.file, json.dumps(data, ensure_ascii=False))


class FragmentCache:
    """Parts of output files (a report's catalog row, its entry on an initiative page, …),
    kept between builds: file name → key → text.

    A key is a hash of everything the text is made from (as for ``PageCache``; the
    fingerprint covers code, templates and settings), so a fragment found under it is the
    text a build would make now. A file written by this build keeps just the fragments it
    used; a file not written (still current) keeps its fragments for the build that
    rewrites it; a file that is gone loses them. Nothing is saved when nothing changed.

    >>> import tempfile
    >>> tmp = Path(tempfile.mkdtemp())
    >>> first = FragmentCache(tmp, "fp")
    >>> first.get("a.html", "k1", lambda: "made"), first.get("b.html", "k2", lambda: "b"), first.made
    ('made', 'b', 2)
    >>> first.save(live={"a.html", "b.html"})
    >>> second = FragmentCache(tmp, "fp")
    >>> second.get("a.html", "k1", lambda: "made again"), second.made
    ('made', 0)
    >>> second.save(live={"a.html", "b.html"})  # b.html was not rewritten: its fragment stays
    >>> FragmentCache(tmp, "fp").groups["b.html"]
    {'k2': 'b'}
    >>> FragmentCache(tmp, "other code").get("a.html", "k1", lambda: "new")
    'new'
    >>> FragmentCache(None, "fp").get("a.html", "k1", str)
    ''
    """

    def __init__(self, cache_dir: str | None, fingerprint: str, load=True):
        self.file = Path(cache_dir) / FRAGMENT_CACHE_FILE if cache_dir else None
        self.fingerprint = fingerprint
        self.groups: dict[str, dict[str, str]] = {}
        self.used: dict[str, dict[str, str]] = {}
        self.made = 0
        if load and self.file and self.file.is_file():
            try:
                with self.file.open("rb") as f:
                    data = pickle.load(f)
            except Exception:  # noqa: BLE001 - a broken cache is an empty one
                data = {}
            if isinstance(data, dict) and data.get("fingerprint") == fingerprint:
                self.groups = data.get("groups") or {}

    def get(self, name: str, key: str, make) -> str:
        """The fragment of output file ``name`` under ``key``: from a build before, or ``make()``."""
        text = self.groups.get(name, {}).get(key)
        if text is None:
            text = make()
            self.made += 1
        self.used.setdefault(name, {})[key] = text
        return text

    def save(self, live: set[str]) -> None:
        """Keep the fragments of the files written now, and of the others still in ``live``."""
        if not self.file:
            return
        kept = {name: group for name, group in self.groups.items() if name in live}
        kept.update(self.used)
        unchanged = not self.made and kept.keys() == self.groups.keys()
        if unchanged and all(len(kept[n]) == len(self.groups[n]) for n in self.used):
            return
        data = {"fingerprint": self.fingerprint, "groups": kept}
        write_atomically(self.file, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
