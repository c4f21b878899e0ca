"""The whole corpus in one download: ``downloads/`` for people who mine the archive.

- ``corpus.jsonl.gz``: one report a line, every metadata field and the clean body text
  (gzip: at 10,000 reports the plain file is ~60 MB, gzipped ~15 MB; ``zcat`` or
  ``pandas.read_json(..., lines=True)`` read it);
- ``reports-markdown.zip``: every ``content/reports/*.md`` with ``catalog.csv`` and a
  guide to the fields;
- ``raw.zip``: the raw files at their paths inside ``content/raw/`` (the evidence);
- ``datapackage.json`` (site root): a Frictionless Data package describing
  ``catalog.csv``, ``places.csv`` and ``initiatives.csv``, their columns and licence.

Every archive is byte-identical for the same input (fixed timestamps and permissions,
members in order), so a rebuild that changed nothing publishes nothing new, and each
file's size and sha256 (``describe``) can be printed on data.html and checked by anyone.
Archives are streamed to a temp file and renamed into place: a reader never sees half.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path

from ..files import open_atomically

#: Every member's time in an archive: the earliest a zip can record (no build time leaks in).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
#: zlib level: 6 (the default) costs ~2× level 1 for ~5 % smaller files of Chinese text.
ZIP_LEVEL = 6

#: Column types for ``datapackage.json`` (Frictionless Table Schema); a column not named is
#: a string. Dates of any precision (2023, 2023-07, 2023-07-25T10:50) stay strings.
COLUMN_TYPES = {
    "title_devised": "boolean",
    "in_vocabulary": "boolean",
    "works": "integer",
    "copies": "integer",
    "towns": "integer",
}


def corpus_line(report: dict, fields: Iterable[str], extra: dict | None = None) -> str:
    """One report as a JSON line: its metadata fields, then anything in ``extra`` (its body
    text, its page URL).

    >>> corpus_line({"id": "e1d72b0bcc09", "title": "神河镇“升级晋档”", "authors": ["刘民"]},
    ...             ["id", "title", "authors", "url"], {"text": "神河镇党委……"})
    '{"id": "e1d72b0bcc09", "title": "神河镇“升级晋档”", "authors": ["刘民"], "url": null, "text": "神河镇党委……"}'
    """
    record = {name: report.get(name) for name in fields}
    record.update(extra or {})
    return json.dumps(record, ensure_ascii=False, default=str)


def describe(path: Path, name: str) -> dict:
    """A download as data.html lists it: its path in the site, size and sha256."""
    with open(path, "rb") as stream:
        digest = hashlib.file_digest(stream, "sha256").hexdigest()
    return {"path": name, "bytes": path.stat().st_size, "sha256": digest}


def write_gzip_lines(target: Path, lines: Iterable[str]) -> None:
    """Lines (without their newline) into a gzip file with no name and no time in its header.

    >>> import tempfile; t = Path(tempfile.mkdtemp()) / "corpus.jsonl.gz"
    >>> write_gzip_lines(t, ['{"id": "a"}', '{"id": "b"}']); first = t.read_bytes()
    >>> write_gzip_lines(t, ['{"id": "a"}', '{"id": "b"}'])
    >>> gzip.decompress(first).decode(), t.read_bytes() == first
    ('{"id": "a"}\\n{"id": "b"}\\n', True)
    """
    with open_atomically(target) as out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as packed:
            for line in lines:
                packed.write(line.encode("utf-8") + b"\n")


def write_zip(target: Path, members: Iterable[tuple[str, Path | bytes]]) -> None:
    """A zip of (name in the archive, file or bytes), in the order given, deterministically.

    >>> import tempfile; folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "兴隆镇.md").write_text("三会一课", encoding="utf-8")
    >>> write_zip(folder / "a.zip", [("reports/兴隆镇.md", folder / "兴隆镇.md"), ("README.md", b"x")])
    >>> first = (folder / "a.zip").read_bytes()
    >>> write_zip(folder / "a.zip", [("reports/兴隆镇.md", folder / "兴隆镇.md"), ("README.md", b"x")])
    >>> zipfile.ZipFile(folder / "a.zip").namelist(), (folder / "a.zip").read_bytes() == first
    (['reports/兴隆镇.md', 'README.md'], True)
    """
    with open_atomically(target) as out:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as archive:
            for name, content in members:
                info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                info.create_system = 3  # Unix: the permissions above are read as such
                data = content if isinstance(content, bytes) else Path(content).read_bytes()
                archive.writestr(info, data, compresslevel=ZIP_LEVEL)


def table_resource(name: str, path: str, title: str, columns, primary_key: str | None) -> dict:
    """A Frictionless tabular resource for one of the site's CSV files.

    ``columns`` are (name, description) pairs, as datafiles.py defines each table; the
    CSV files start with a byte-order mark (for Excel), hence ``utf-8-sig``.

    >>> r = table_resource("places", "places.csv", "地区", [("code", "区划代码"), ("works", "报道篇数")], "code")
    >>> r["schema"]["fields"][1], r["schema"]["primaryKey"]
    ({'name': 'works', 'type': 'integer', 'description': '报道篇数'}, ['code'])
    """
    fields = [
        {"name": column, "type": COLUMN_TYPES.get(column, "string"), "description": description}
        for column, description in columns
    ]
    resource = {
        "name": name,
        "path": path,
        "title": title,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8-sig",
        "schema": {"fields": fields, "missingValues": [""]},
    }
    if primary_key:
        resource["schema"]["primaryKey"] = [primary_key]
    return resource


def datapackage(title: str, site_url: str, resources: list[dict]) -> dict:
    """The ``datapackage.json`` describing the site's tables (Frictionless Data Package v1)."""
    return {
        "profile": "tabular-data-package",
        "name": "township-party-building-reports",
        "title": title,
        "homepage": site_url or None,
        "licenses": [
            {
                "name": "CC0-1.0",
                "title": "CC0 1.0 Universal (metadata and derived data; the report texts "
                "belong to their publishers)",
                "path": "https://creativecommons.org/publicdomain/zero/1.0/",
            }
        ],
        "resources": resources,
    }


def datapackage_text(package: dict) -> str:
    """The package as written: sorted keys, UTF-8, indented, no empty homepage."""
    package = {k: v for k, v in package.items() if v is not None}
    return json.dumps(package, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
