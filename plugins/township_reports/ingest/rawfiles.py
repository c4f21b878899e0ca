"""Raw files: which files under ``content/raw/`` are evidence, what each is called, where it goes.

A raw file is known by its *key*: its POSIX path relative to ``content/raw/``
(``兴隆镇/2021.txt``), the same on every machine. Ingest records the key in a report's
front matter and manifest, the catalog is keyed by it, and the site publishes the file
under ``raw/`` at a path derived from it (``publish_paths``).

Everything under ``content/raw/`` is untrusted, a scrape may bring any file, so this
module decides three things conservatively, in one place for ingest and the site alike:

- a symbolic link that leads outside ``content/raw/`` is refused (never read, never
  published): a link to ``/etc/passwd`` must not become a report;
- a file is published under its own name only when a static host serves that extension
  as inert text or bytes (``INERT_SUFFIXES``); any other gets ``.txt`` appended, same bytes;
- every published path is unique and short enough for any file system.

It reads directory listings only, never a file's bytes, and writes nothing.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

#: Extensions a static host (GitHub Pages, Netlify, nginx, Apache, S3, ``python -m
#: http.server``) serves with a type that a browser shows or downloads and never runs on
#: the site's origin. An allow-list: a type a future scrape brings is text until added here.
#: Left out on purpose: ``.html .htm .xht .xhtml .shtml .svg .xml .mht`` (markup that runs
#: scripts), ``.js .php .cgi`` (code), ``.md`` (GitHub Pages' Jekyll renders Markdown with
#: front matter into HTML, raw HTML included), no extension at all (some hosts send no type,
#: and browsers then sniff, HTML included).
INERT_SUFFIXES = frozenset(
    {
        ".txt",  # text/plain: shown as text, never sniffed as HTML by today's browsers
        ".pdf",  # application/pdf: built-in viewers run any PDF script in their own sandbox
        ".png",  # image/*: decoded as an image or not at all, never as HTML
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
    }
)
#: A raw page imported from a web archive has its capture record (URL, time, HTTP type)
#: beside it in a file named like it plus this (``capture.py``): provenance, not a report.
SIDECAR_SUFFIX = ".capture.json"
#: Appended to a name whose extension is not inert: the bytes stay the same, served as text.
TEXT_SUFFIX = ".txt"
#: The longest published file name, in bytes. File systems allow 255; a few bytes are left
#: for tools that add their own (``.gz`` next to a file, rsync's ``.name.XXXXXX``).
MAX_NAME_BYTES = 240
#: Hex digits of the hash of its key in a name that had to be shortened or moved aside.
NAME_HASH_LENGTH = 10
#: A longer extension is not kept in a shortened name (it is not one).
MAX_SUFFIX_BYTES = 16


@dataclass(frozen=True)
class RawFile:
    """A raw report file: its key (path inside the raw folder) and the real path to read."""

    key: str
    path: Path


@dataclass(frozen=True)
class Refused:
    """A file in the raw folder that is not evidence, and why (one line, for the curator)."""

    key: str
    reason: str


def _not_utf8(prefix: str, name: str) -> Refused:
    """The refusal of an entry whose name is not UTF-8, shown with its bytes escaped."""
    shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return Refused(
        prefix + shown,
        "its name is not UTF-8 (a GBK name from a Windows archive?):"
        " not read, not published; rename it",
    )


def _link_target(key: str, path: Path, real_root: Path) -> tuple[Path, int, Refused | None]:
    """Where a symbolic link leads and its mode, or why it is refused (outside, or nowhere)."""
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(real_root):
        reason = (
            f"a symbolic link leading outside the raw folder (to {real}): not read, not published"
        )
        return real, 0, Refused(key, reason)
    try:
        return real, os.stat(real).st_mode, None
    except OSError:
        return real, 0, Refused(key, "a symbolic link to nothing: not read, not published")


def find_raw_files(root: Path, under: Path | None = None) -> tuple[list[RawFile], list[Refused]]:
    """Every regular file in ``root`` (or its folder ``under``) with its key, and what was refused.

    Dot-files and dot-folders are skipped (``.manifest.json``, ``.git``, an ``.htaccess``
    a host would obey), and so are capture records (``*.capture.json``: read with their
    page). A symbolic link, to a file or a folder, is followed only while it
    stays inside ``root``: one leading outside, or nowhere, is refused, as is anything that
    is not a regular file (a FIFO would block a reader for ever). A folder reached twice
    through links is walked once. Sorted by key.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> (root / "兴隆镇").mkdir()
    >>> _ = (root / "兴隆镇" / "三会一课.txt").write_text("兴隆镇召开“三会一课”")
    >>> (root / "passwd.txt").symlink_to("/etc/passwd")
    >>> files, refused = find_raw_files(root)
    >>> [f.key for f in files], [r.key for r in refused]
    (['兴隆镇/三会一课.txt'], ['passwd.txt'])
    >>> refused[0].reason
    'a symbolic link leading outside the raw folder (to /etc/passwd): not read, not published'
    """
    root = Path(os.path.abspath(root))
    start = Path(os.path.abspath(under if under is not None else root))
    real_root = Path(os.path.realpath(root))
    files: list[RawFile] = []
    refused: list[Refused] = []
    walked: set[Path] = set()

    def walk(folder: Path, real_folder: Path) -> None:
        if real_folder in walked:
            return
        walked.add(real_folder)
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as error:
            refused.append(Refused(_key(folder, root), f"cannot list: {error.strerror}"))
            return
        prefix = _key(folder, root) + "/" if folder != root else ""
        for entry in entries:
            if entry.name.startswith(".") or entry.name.endswith(SIDECAR_SUFFIX):
                continue  # hidden, or a page's capture record (read with its page)
            key = prefix + entry.name
            if not is_utf8(entry.name):  # it could be written in no front matter or page
                refused.append(_not_utf8(prefix, entry.name))
                continue
            path = folder / entry.name
            if not entry.is_symlink():  # a plain entry of a folder inside root is inside root
                if entry.is_dir(follow_symlinks=False):
                    walk(path, real_folder / entry.name)
                elif entry.is_file(follow_symlinks=False):
                    files.append(RawFile(key, real_folder / entry.name))
                else:
                    refused.append(Refused(key, "not a regular file: not read, not published"))
                continue
            real, mode, refusal = _link_target(key, path, real_root)
            if refusal is not None:
                refused.append(refusal)
            elif stat.S_ISDIR(mode):
                walk(path, real)
            elif stat.S_ISREG(mode):
                files.append(RawFile(key, real))
            else:
                refused.append(Refused(key, "not a regular file: not read, not published"))

    real_start = Path(os.path.realpath(start))
    if not real_start.is_relative_to(real_root):
        return [], [Refused(_key(start, root), "a folder outside the raw folder: not read")]
    walk(start, real_start)
    return sorted(files, key=lambda f: f.key), refused


def is_utf8(name: str) -> bool:
    """True unless the file system gave bytes that are not UTF-8 (kept as lone surrogates).

    >>> is_utf8("兴隆镇.txt"), is_utf8(os.fsdecode(b"\\xb6\\xab\\xc2\\xa1.txt"))
    (True, False)
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _key(path: Path, root: Path) -> str:
    return PurePosixPath(*Path(path).relative_to(root).parts).as_posix()


def is_inside(path: Path, folder: Path) -> bool:
    """True when ``path`` is ``folder`` or lies in it, as written (links not followed).

    >>> is_inside(Path("content/raw/兴隆镇/x.txt"), Path("content/raw")), is_inside(Path("/etc/passwd"), Path("content/raw"))
    (True, False)
    """
    return Path(os.path.abspath(path)).is_relative_to(os.path.abspath(folder))


def raw_key(path: Path, root: Path | None) -> str:
    """The key of a raw file given by its path: its path inside ``root``, else its name.

    >>> raw_key(Path("content/raw/兴隆镇/2021.txt"), Path("content/raw"))
    '兴隆镇/2021.txt'
    >>> raw_key(Path("/tmp/兴隆镇2021.txt"), Path("content/raw")), raw_key(Path("a/b.txt"), None)
    ('兴隆镇2021.txt', 'b.txt')
    """
    if root is not None and is_inside(path, root):
        return _key(Path(os.path.abspath(path)), Path(os.path.abspath(root)))
    return Path(path).name


def is_inert(name: str) -> bool:
    """True when a static host serves this name as text or bytes a browser never runs.

    >>> is_inert("兴隆镇.txt"), is_inert("page.HTML"), is_inert("scrape.xht"), is_inert("README")
    (True, False, False, False)
    """
    return PurePosixPath(name).suffix.lower() in INERT_SUFFIXES


def publish_paths(keys) -> dict[str, str]:
    """Where each raw file is published under ``raw/``: key → path, all distinct.

    A file keeps its path when its extension is inert, else gets ``.txt`` appended. A name
    that would take another file's path (``c.html`` → ``c.html.txt`` beside a real
    ``c.html.txt``) or be too long for a file system (a page saved under its 83-character
    Chinese title) is shortened and made unique by a hash of its key instead
    (``shortened_name``). Names that need no change are placed first, so they never move:

    >>> paths = publish_paths(["c.html", "c.html.txt", "a/x.txt", "b/x.txt", "x.php", "罗"*90 + ".html"])
    >>> paths["c.html.txt"], paths["c.html"], paths["a/x.txt"], paths["b/x.txt"], paths["x.php"]
    ('c.html.txt', 'c~27df573749.html.txt', 'a/x.txt', 'b/x.txt', 'x.php.txt')
    >>> publish_paths(["兴隆镇", "兴隆镇.txt/2021.html"])  # a file never takes a folder's path
    {'兴隆镇': '兴隆镇~2bc6a648ae.txt', '兴隆镇.txt/2021.html': '兴隆镇.txt/2021.html.txt'}
    >>> long = paths["罗"*90 + ".html"]
    >>> len(long.encode()) <= MAX_NAME_BYTES, long.endswith(".html.txt")
    (True, True)
    """
    natural = {key: key if is_inert(key) else key + TEXT_SUFFIX for key in keys}
    # Folders keep their names, so every one is taken before any file is placed.
    taken = {folder for key in natural for folder in _folders(key)}
    paths = {}
    for key in sorted(natural, key=lambda k: (natural[k] != k, k)):
        path = natural[key]
        folder, _, name = path.rpartition("/")
        length = NAME_HASH_LENGTH
        while len(name.encode()) > MAX_NAME_BYTES or path in taken:
            name = shortened_name(key, length)
            path = f"{folder}/{name}" if folder else name
            length += 2  # a hash collision: practically never
        paths[key] = path
        taken.add(path)
    return paths


def _folders(key: str):
    """The folders of a key, innermost first: 'a/b/c.txt' → 'a/b', 'a'."""
    folder = key.rpartition("/")[0]
    while folder:
        yield folder
        folder = folder.rpartition("/")[0]


def shortened_name(key: str, hash_length: int = NAME_HASH_LENGTH) -> str:
    """A bounded, unique published name for a raw file: the start of its name, ``~``, a hash
    of its key, its extension (``.txt`` appended when not inert), at most MAX_NAME_BYTES.

    >>> name = shortened_name("乡镇/" + "兴隆镇党建引领" * 20 + ".html")
    >>> name[-24:], len(name.encode())
    ('领兴隆镇~1de930aaa5.html.txt', 239)
    """
    name = PurePosixPath(key).name
    suffix = PurePosixPath(name).suffix
    if len(suffix.encode()) > MAX_SUFFIX_BYTES:
        suffix = ""
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:hash_length]
    tail = f"~{digest}{suffix}" + ("" if is_inert(name) else TEXT_SUFFIX)
    stem = name[: len(name) - len(suffix)] if suffix else name
    room = MAX_NAME_BYTES - len(tail.encode())
    cut = stem.encode("utf-8", "surrogateescape")[:room].decode("utf-8", "ignore")
    return cut + tail


def raw_url(published: str) -> str:
    """The site-relative URL of a published raw file, each path segment percent-encoded.

    >>> raw_url("2021/兴隆镇#1 100%?.txt")
    'raw/2021/%E5%85%B4%E9%9A%86%E9%95%87%231%20100%25%3F.txt'
    """
    return "raw/" + quote(published, safe="/", errors="surrogateescape")


def recorded_raw_paths(provenance) -> list[str]:
    """The raw paths a report's provenance (front matter or manifest record) names:
    ``raw_file``, then ``raw_copies``; nothing for a hand-damaged value.

    >>> recorded_raw_paths({"raw_file": "宋家镇.txt", "raw_copies": ["副本/宋家镇.txt"]})
    ['宋家镇.txt', '副本/宋家镇.txt']
    >>> recorded_raw_paths({"raw_file": 7}), recorded_raw_paths(None)
    ([], [])
    """
    if not isinstance(provenance, dict) or not isinstance(provenance.get("raw_file"), str):
        return []
    copies = provenance.get("raw_copies")
    return [provenance["raw_file"], *(c for c in copies or [] if isinstance(c, str))]


def match_catalog_keys(
    catalog_keys, raw_keys, complete: bool = True
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Which raw file each catalog key names: {catalog key: raw key}, and (key, problem) pairs.

    A catalog key is a raw file's path inside the raw folder; a bare file name is accepted
    while exactly one raw file has it. A key that names no raw file (a typo, a case
    difference) or several is reported with the closest raw path, and applies to none.
    With ``complete=False`` (only some raw files were listed) a key matching none is not
    reported: its file may simply not be among them.

    >>> raw = ["兴隆镇/2021.txt", "平利县/兴隆镇/2021.txt", "003_宋家镇.txt"]
    >>> found, problems = match_catalog_keys(["003_宋家镇.txt", "2021.txt", "003_宋家镇.TXT"], raw)
    >>> found
    {'003_宋家镇.txt': '003_宋家镇.txt'}
    >>> for key, problem in problems: print(key, "|", problem)
    2021.txt | names 2 raw files (兴隆镇/2021.txt, 平利县/兴隆镇/2021.txt): use the path inside content/raw/
    003_宋家镇.TXT | matches no raw file in content/raw/; closest: 003_宋家镇.txt
    """
    raw_keys = sorted(raw_keys)
    known = set(raw_keys)
    by_name: dict[str, list[str]] = {}
    for key in raw_keys:
        by_name.setdefault(PurePosixPath(key).name, []).append(key)
    found: dict[str, str] = {}
    problems: list[tuple[str, str]] = []
    for key in catalog_keys:
        key = str(key)
        if key in known:
            found[key] = key
        elif "/" not in key and len(by_name.get(key, ())) == 1:
            found[key] = by_name[key][0]
        elif "/" not in key and by_name.get(key):
            named = ", ".join(by_name[key])
            problems.append(
                (
                    key,
                    f"names {len(by_name[key])} raw files ({named}): use the path inside content/raw/",
                )
            )
        elif complete:
            closest = closest_raw_key(key, raw_keys)
            hint = f"; closest: {closest}" if closest else ""
            problems.append((key, f"matches no raw file in content/raw/{hint}"))
    return found, problems


def closest_raw_key(key: str, raw_keys: list[str]) -> str | None:
    """The raw key a mistyped catalog key most likely meant: same letters but for case first.

    >>> closest_raw_key("兴隆镇/2021.TXT", ["兴隆镇/2021.txt", "兴隆镇/2022.txt"])
    '兴隆镇/2021.txt'
    >>> closest_raw_key("00l_兴隆镇.txt", ["001_兴隆镇.txt", "002_神河镇.txt"])
    '001_兴隆镇.txt'
    """
    folded = {k.casefold(): k for k in raw_keys}
    if key.casefold() in folded:
        return folded[key.casefold()]
    names = {PurePosixPath(k).name.casefold(): k for k in raw_keys}
    if key.casefold() in names:
        return names[key.casefold()]
    close = difflib.get_close_matches(key.casefold(), list(folded), n=1, cutoff=0.6)
    if not close:
        close = difflib.get_close_matches(key.casefold(), list(names), n=1, cutoff=0.6)
        return names[close[0]] if close else None
    return folded[close[0]]
