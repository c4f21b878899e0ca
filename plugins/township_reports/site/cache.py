"""The site's build caches, in one place: what is kept between builds, how it is keyed,
how it is stored.

**Keys.** Every cacheable output file is declared as data (``pages.Page``: a URL, the
template or producer that makes it, and the context it is made from). Its key is
``page_key``: a digest of the context (``context_digest``, each report replaced by its
content key) and of the template's fingerprint (``TemplateFingerprints``: the template
file and every template it extends, includes or imports). No key is written by hand:
show one more field and it is in the context, hence in the key. What no context carries
(the plugin's code, the settings) is the build ``fingerprint``; a change to it throws
the caches away whole. The citation access date is not in it: it is a context value of
the pages that show it.

**Kept** in ``CACHE_PATH`` (with ``CACHE_CONTENT``), each written through
``files.open_atomically`` (streamed; the atomic write ingest uses too):

- ``township_pages.pickle`` (``PageCache``): output file → key of what it was made from;
- ``township_fragments.pickle`` (``FragmentCache``): parts of files (a catalog row, an
  entry of an initiative page) by key;
- ``township_search.pickle`` (``site/search/build.py``): the search index's state.

**One serialisation: pickle** (``write_cache``/``read_cache`` below). Measured on the 1,000-report
bench corpus (fragments 17 MB, 18,867 parts; page record 0.6 MB), best of 7:
fragments pickle dump 12 ms / load 14 ms, JSON 52 / 48 ms (marshal 21 / 15 ms); page
record pickle 0.9 / 1.0 ms, JSON 2.2 / 1.5 ms. The fragments are loaded and saved on
every rebuild, so JSON would cost ~4× as much there (~0.7 s a rebuild at 10,000
reports). The files are ours, in our own cache folder, read only by the code that
wrote them (as trusted as that code); one that does not load, or was written by other
code (another fingerprint), is an empty cache.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import pickle
import re
from pathlib import Path

from markupsafe import Markup

from ..files import open_atomically

#: The plugin's code: a change to any of it may change any page.
PLUGIN = Path(__file__).resolve().parents[1]

PAGE_CACHE_FILE = "township_pages.pickle"
FRAGMENT_CACHE_FILE = "township_fragments.pickle"
SEARCH_STATE_FILE = "township_search.pickle"

#: Settings that are context values of the pages that show them, not build-wide inputs.
CONTEXT_SETTINGS = frozenset({"TOWNSHIP_CITATION_DATE"})


# -- storage


def write_cache(path: Path, data) -> None:
    """Save a cache file atomically (a build killed while saving leaves old or new).

    Streamed into the file, not made as one ``bytes`` first: at 10,000 reports the
    fragments pickle to ~107 MB, which a build held on top of the fragments themselves
    while saving them."""
    with open_atomically(Path(path)) as out:
        pickle.dump(data, out, protocol=pickle.HIGHEST_PROTOCOL)


def read_cache(path: Path | None):
    """A cache file's data, or None when there is none or it does not load.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "c.pickle"
    >>> read_cache(path) is None
    True
    >>> write_cache(path, {"a": ("乡", 1)}); read_cache(path)
    {'a': ('乡', 1)}
    >>> _ = path.write_bytes(b"not a pickle"); read_cache(path) is None
    True
    """
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # noqa: BLE001 - a missing or broken cache is an empty one
        return None


# -- digests


def digest(*parts) -> str:
    """A stable hash of plain data: str, numbers, bool, None, dates, and lists, tuples and
    dicts of them (for keys that are not a page's context: a fragment's, a report's).

    >>> digest({"a": [1, "乡"]}, None) == digest({"a": [1, "乡"]}, None)
    True
    >>> digest(1) == digest("1"), digest({"a": 1, "b": 2}) == digest({"b": 2, "a": 1})
    (False, False)
    """
    return hashlib.sha1(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


class ContextError(TypeError):
    """A page context holds a value the digest cannot see into (``where``: its path)."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind, self.steps = kind, []

    def __str__(self):
        where = ""
        for step in reversed(self.steps):
            where += f"[{step}]" if isinstance(step, int) else f".{step}" if where else step
        return f"{self.kind} at {where or 'the context'}: a page context holds plain data only"


def context_digest(context, report_keys: dict[int, str], shared: dict | None = None) -> str:
    """A stable hash of a page's context: plain data (str, ``Markup``, int, float, bool,
    None, dates, lists, tuples, dicts), a report (a dict in ``report_keys``, by identity)
    as its content key, an object with ``__digest__`` as what that returns.

    ``shared``: one dict for the pages of one build (``page_key``), where an object with
    ``__digest__`` is encoded once (``_encode_digestible``), however many pages hold it.

    Any other object raises ``ContextError``: a value the digest cannot see into would
    make a key that misses what the page shows (a stale page) or never matches again.

    >>> report = {"id": "a", "title": "三会一课"}
    >>> keys = {id(report): "key-a"}
    >>> context_digest({"r": report}, keys) == context_digest({"r": {"id": "b"}}, keys)
    False
    >>> context_digest({"r": report}, keys) == context_digest({"r": dict(report)}, keys)
    False
    >>> context_digest({"s": "x"}, {}) == context_digest({"s": Markup("x")}, {})
    False
    >>> context_digest({"l": [1, "a"]}, {}) == context_digest({"l": (1, "a")}, {})
    False
    >>> context_digest({"p": object()}, {})
    Traceback (most recent call last):
    ...
    township_reports.site.cache.ContextError: object at p: a page context holds plain data only
    """
    out: list[str] = []
    _encode(context, report_keys, out, shared)
    return hashlib.sha1("".join(out).encode("utf-8", "surrogatepass")).hexdigest()


_SCALARS = frozenset({str, int, float, bool, type(None)})
#: Types whose ``__digest__`` is a str made once (see ``own_digest``): in a list, no call.
_OWN_DIGEST: set[type] = set()


def own_digest(cls):
    """Class decorator: ``cls.__digest__()`` returns a str, so a list of them is digested
    without a call per item (an initiative page lists thousands of entries)."""
    _OWN_DIGEST.add(cls)
    return cls


def _encode(value, report_keys: dict[int, str], out: list[str], shared: dict | None) -> None:
    """Append ``value``'s encoding to ``out``. Hot: ~100 values a page, 10,000s of pages,
    so a container of scalars is one ``repr`` and a report one lookup, without a call."""
    kind = type(value)
    if kind in _SCALARS:
        out.append(repr(value))
    elif kind is dict:
        key = report_keys.get(id(value))
        if key is not None:
            out.append("R" + key)
            return
        if all(type(v) in _SCALARS for v in value.values()):
            out.append("D" + repr(value))
            return
        out.append("{")
        for k, v in value.items():
            out.append(repr(k))
            if type(v) in _SCALARS:
                out.append(repr(v))
                continue
            try:
                _encode(v, report_keys, out, shared)
            except ContextError as error:
                error.steps.append(k)
                raise
        out.append("}")
    elif kind is list or kind is tuple:
        if all(type(v) in _SCALARS for v in value):
            out.append(("L" if kind is list else "T") + repr(value))
            return
        out.append("[" if kind is list else "(")
        for i, v in enumerate(value):
            kind = type(v)
            key = report_keys.get(id(v)) if kind is dict else None
            if key is not None:
                out.append("R" + key)
            elif kind in _OWN_DIGEST:  # KwicEntry: a str of its own
                out.append(kind.__name__ + v.__digest__())
            else:
                try:
                    _encode(v, report_keys, out, shared)
                except ContextError as error:
                    error.steps.append(i)
                    raise
            out.append(",")
        out.append("]")
    elif kind is Markup:
        out.append(f"M{str(value)!r}")
    elif kind is dt.date or kind is dt.datetime:
        out.append(f"{kind.__name__}{value.isoformat()}")
    elif hasattr(value, "__digest__"):
        out.append(kind.__name__)
        _encode_digestible(value, report_keys, out, shared)
    else:
        raise ContextError(kind.__name__)


def _encode_digestible(value, report_keys: dict[int, str], out: list[str], shared) -> None:
    """Append the encoding of ``value.__digest__()``, made once per object in ``shared``.

    Why: the pages of one paged list share their context's values, and a ``Derived``
    over an initiative's or a province's reports lists them all, so encoding it on each
    of its pages grew with the square of the reports (at 10,000 reports, keying the
    initiative pages took 2.1 s of a 15.8 s build that changed nothing). The text
    appended is the same either way: the keys do not change. ``shared`` keeps the object with its text, so its ``id`` is not
    reused by another object while the text is kept.

    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class Counted:
    ...     reports: list
    ...     calls = 0
    ...     def __digest__(self):
    ...         Counted.calls += 1
    ...         return self.reports
    >>> report = {"id": "a"}
    >>> value, keys, shared = Counted([report]), {id(report): "key-a"}, {}
    >>> once = [context_digest({"items": [i], "counts": value}, keys, shared) for i in range(3)]
    >>> once == [context_digest({"items": [i], "counts": value}, keys) for i in range(3)]
    True
    >>> Counted.calls  # three pages with ``shared``, three without
    4
    """
    if shared is None:
        _encode(value.__digest__(), report_keys, out, None)
        return
    found = shared.get(id(value))
    if found is None or found[0] is not value:
        part: list[str] = []
        _encode(value.__digest__(), report_keys, part, shared)
        found = shared[id(value)] = (value, "".join(part))
    out.append(found[1])


def page_key(
    template_print: str, context, report_keys: dict[int, str], shared: dict | None = None
) -> str:
    """The cache key of an output file: its template's fingerprint (or its producer's name,
    for a file made by code, which the build ``fingerprint`` covers) and its context
    (``shared``: see ``context_digest``; one dict for one build's pages, never kept)."""
    return digest(template_print, context_digest(context, report_keys, shared))


# -- fingerprints


def _settings_value(value):
    """Settings as they affect pages; objects (functions, classes) by type only."""
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return type(value).__name__
    return value


def fingerprint(settings: dict) -> str:
    """Everything every cached file depends on besides its context: the plugin's code,
    the settings (but ``CONTEXT_SETTINGS``), Pelican's and Jinja's versions."""
    import jinja2
    import pelican

    h = hashlib.sha1()
    for path in sorted(PLUGIN.rglob("*.py")):  # site, search and what they import
        h.update(path.relative_to(PLUGIN).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    config = {
        k: _settings_value(v)
        for k, v in sorted(settings.items())
        if k.isupper() and k not in CONTEXT_SETTINGS
    }
    h.update(digest(config, pelican.__version__, jinja2.__version__).encode())
    return h.hexdigest()


class TemplateFingerprints:
    """Template name (``index`` or ``index.html``, as Pelican names them) → hash of its
    file and of every template it extends, includes or imports, read from ``env``'s
    loader when first asked for (a build asks for the dozen its pages use).

    A template that names another by a computed expression depends on all of them.

    >>> import jinja2
    >>> env = jinja2.Environment(loader=jinja2.DictLoader({
    ...     "base.html": "<title>{% block t %}{% endblock %}</title>",
    ...     "page.html": '{% extends "base.html" %}{% block t %}乡{% endblock %}'}))
    >>> prints = TemplateFingerprints(env)
    >>> prints.get("page") == prints.get("page.html") != prints.get("base")
    True
    >>> prints.get("feed", "feed")  # not a template: made by code
    'feed'
    """

    def __init__(self, env):
        self.env = env
        self.prints: dict[str, str | None] = {}

    def get(self, name: str, default=None):
        if name not in self.prints:
            self.prints[name] = self._fingerprint(name)
        found = self.prints[name]
        return default if found is None else found

    def _fingerprint(self, name: str) -> str | None:
        import jinja2

        full = name if name.endswith((".html", ".xml", ".txt")) else f"{name}.html"
        seen: dict[str, str] = {}
        todo = [full]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            try:
                source = self.env.loader.get_source(self.env, current)[0]
            except jinja2.TemplateNotFound:
                if current == full:
                    return None
                raise
            seen[current] = hashlib.sha1(source.encode("utf-8")).hexdigest()
            # Found by their tags, not by parsing: a dozen templates parsed cost ~0.1 s
            # a build, and a name the pattern cannot read makes this depend on them all.
            todo += [m.group(2) for m in _TEMPLATE_REFERENCE.finditer(source)]
            if _COMPUTED_REFERENCE.search(source):
                todo += self.env.list_templates()
        return digest(sorted(seen.items()))


#: ``{% extends "x" %}``, ``{% include 'x' %}``, ``{% import "x" as m %}``, ``{% from "x" … %}``.
_TEMPLATE_REFERENCE = re.compile(r"""{%[-+]?\s*(?:extends|include|import|from)\s+(["'])(.+?)\1""")
#: The same tags naming a template by an expression.
_COMPUTED_REFERENCE = re.compile(r"""{%[-+]?\s*(?:extends|include|import|from)\s+[^"'\s]""")


# -- the caches


class PageCache:
    """Which output files are up to date: name → key of everything the file is made from.

    A build declares each cacheable file's key (``page_key``); a file whose key equals
    the one recorded by the previous build (with the same ``fingerprint``), and which
    still exists, is not made again. The record is removed when loaded and written back
    only when the build has written everything, so a build that stops half-way leaves no
    record and the next one makes every file.

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
    >>> other = PageCache(tmp / "cache", tmp / "out", "new code")
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
            data = read_cache(self.file)
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
        write_cache(self.file, data)


class FragmentCache:
    """Parts of output files (a report's catalog row, its entry on an initiative page, …),
    kept between builds: file name → key → text.

    A key is a hash of everything the text is made from (the template's fingerprint
    included, for a part a template renders; the build ``fingerprint`` covers code and
    settings), so a fragment found under it is the text a build would make now. A file
    written by this build keeps just the fragments it used; a file not written (still
    current) keeps its fragments for the build that rewrites it; a file that is gone loses
    them. Nothing is saved when nothing changed.

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
        data = read_cache(self.file) if load else None
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
        write_cache(self.file, {"fingerprint": self.fingerprint, "groups": kept})
