"""The data downloads: catalog.csv|json, initiatives.csv, places.csv, and per report its
citations (.csl.json, .bib), its Markdown source and its raw file.

catalog.csv has a row per report, every copy of a reprinted report included, with the
``work_id`` that joins the copies of one report; places.csv and initiatives.csv count
works (a report and its reprints once), as the pages do, and their copies apart.

Every table has a data guide (``data.html``, from the ``*_COLUMNS`` below) saying what
each column means. A catalog row is a fragment kept between builds (``FragmentCache``):
after one report changed, one row is made again, not 10,000. ``DataFiles`` is a part
of ``generator.ArchiveGenerator`` (it uses its ``archive``, ``articles``, ``citations``
(``pages.citation_files``), ``page_cache``, ``fragments``, ``report_keys`` and
``output_manifest``, and ``works_of``: ``works_by_report`` of its archive).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath

from ..files import write_atomically
from ..ingest import schema
from ..ingest.rawfiles import find_raw_files, publish_paths, raw_url, recorded_raw_paths
from . import citations, downloads
from .cache import digest

log = logging.getLogger(__name__)

#: Every report's CSL-JSON citation, one array, not a file each: every manager that
#: imports CSL-JSON (Zotero, Pandoc) imports the report's BibTeX too, the page's
#: ``citation_*`` tags give Zotero's connector the same in one click, and a second file per
#: report was 10,000 of the 80,000 files a host allows (issue 12).
CSL_DOWNLOAD = "downloads/citations.csl.json"
#: Every report's Markdown, in one zip (with catalog.csv and the field guide). A report
#: page links it rather than a copy of its own ``.md``: the copies were 10,000 of a
#: host's 80,000 files and ~130 MB at 10,000 reports, and the same file is in the
#: repository at ``content/reports/<id>.md`` and in the zip at ``reports/<id>.md``.
MARKDOWN_DOWNLOAD = "downloads/reports-markdown.zip"
#: catalog.json is a bulk download (each report's front matter with its provenance: ~3 KB
#: a report, ~30 MB at 10,000), so it is with the others in downloads/, which a host's
#: size bound leaves out (issue 12); catalog.csv, a tenth of it, stays at the top level.
CATALOG_JSON = "downloads/catalog.json"
#: Every report's BibTeX in one file (the report page shows its own entry to copy).
BIB_DOWNLOAD = "downloads/citations.bib"
#: The guide to a report's fields, shipped in reports-markdown.zip as its README.
FRONT_MATTER_GUIDE = Path(__file__).resolve().parents[1] / "FRONT_MATTER.md"

#: Columns the site adds after the report's own (``schema.download_columns``).
SITE_COLUMNS = [
    ("page_url", "本档案中的报道页网址"),
    ("markdown_path", "仓库中的 Markdown 文件路径"),
    (
        "work_id",
        "同一报道（作品）的主副本 id：转载、节选与镜像副本与其主副本同值；按此列去重，"
        "每篇报道只计一次（与地区、举措、年份页面的计数一致）",
    ),
    ("copies", "这篇报道在档案中的副本份数（含主副本；1 表示没有发现转载）"),
]
#: catalog.csv: (column, meaning) — the report's fields as the schema lays them out, then the site's.
CATALOG_COLUMNS = [(c.name, c.guide) for c in schema.download_columns()] + SITE_COLUMNS
INITIATIVE_COLUMNS = [
    ("name", "举措规范名"),
    ("slug", "网址中的编号（规范名的 sha256 前 10 位）"),
    ("aliases", "别名与繁体写法（以“；”分隔）"),
    ("description", "说明"),
    ("in_vocabulary", "是否收录于词表（false 表示从报道中自动识别的带引号的数字口号）"),
    ("towns", "使用该举措的乡镇数"),
    ("works", "提到该举措的报道篇数：同一报道的转载与副本只计一次（任一副本提到即计入）"),
    ("copies", "这些报道的副本份数，含转载与副本（catalog.csv 中的行数）"),
    ("years", "出现的年份（含推断年份，以“；”分隔）"),
    ("page_url", "举措页面网址"),
]
PLACE_COLUMNS = [
    ("code", "统计用区划代码（省 2 位+0000，市 4 位+00，县 6 位，乡镇 9 位）"),
    ("level", "层级：province、prefecture、county、town"),
    ("name", "名称"),
    ("parent_code", "上级单位代码"),
    ("works", "该地（含下级）的报道篇数：同一报道的转载与副本只计一次，计入主副本所在地"),
    ("copies", "这些报道的副本份数，含转载与副本"),
    ("page_url", "地区页面网址"),
]


def _join(values) -> str:
    return "；".join(str(v) for v in values or [])


def _cell(report: dict, column: schema.Column):
    """A report's value in one catalog.csv column (``schema.Column``: where it is, its shape).

    >>> columns = {c.name: c for c in schema.download_columns()}
    >>> report = {"authors": ["王密", "杨雪"], "title_devised": True, "provenance": {},
    ...           "date_estimate": {"evidence": [{"marker": "疫情防控"}, {"marker": "乡村振兴"}]}}
    >>> [_cell(report, columns[name]) for name in
    ...  ("authors", "title_devised", "sha256", "date_estimate_evidence", "overrides")]
    ['王密；杨雪', 'true', '', '疫情防控；乡村振兴', '']
    """
    *path, last = column.key
    holder = report
    for key in path:
        holder = holder.get(key) or {}
    value = holder.get(last)
    if column.shape == "text":
        return value or ""
    if column.shape == "flag":
        return "true" if value else "false"
    if column.shape == "list":
        return _join(value)
    if column.shape == "markers":
        return _join(item.get("marker") for item in value or [])
    if column.shape == "json":
        return json.dumps(value, ensure_ascii=False) if value else ""
    raise ValueError(f"catalog.csv column {column.name}: unknown shape {column.shape!r}")


def catalog_row(report: dict, site_url: str, work: tuple[str, int]) -> dict:
    """A report's catalog.csv row; ``work``: its work's primary id and number of copies."""
    row = {column.name: _cell(report, column) for column in schema.download_columns()}
    row["page_url"] = f"{site_url}/{report['page']}"
    row["markdown_path"] = f"content/reports/{report['id']}.md"
    row["work_id"], row["copies"] = work
    return row


def works_by_report(groups) -> dict[str, tuple[str, int]]:
    """Report id → (its work's primary id, the work's number of copies).

    >>> from .works import Work
    >>> works_by_report([Work("a", ("a", "c"), "earliest stated date"), Work("b", ("b",), "")])
    {'a': ('a', 2), 'c': ('a', 2), 'b': ('b', 1)}
    """
    return {ident: (w.primary, len(w.copies)) for w in groups for ident in w.copies}


def csv_text(columns, rows) -> str:
    """CSV with a BOM, so that Excel (common among Chinese researchers) reads UTF-8."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[c for c, _ in columns], lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return "\ufeff" + buffer.getvalue()


def csv_lines_text(columns, lines: list[str]) -> str:
    """``csv_text`` from rows already written by ``csv_row_text``.

    >>> columns = [("id", ""), ("title", "")]
    >>> rows = [{"id": "a", "title": '“三联”, "x"'}, {"id": "b", "title": "两行\\n标题"}]
    >>> csv_lines_text(columns, [csv_row_text(columns, r) for r in rows]) == csv_text(columns, rows)
    True
    """
    return csv_text(columns, []) + "".join(lines)


def csv_row_text(columns, row: dict) -> str:
    """One row as ``csv_text`` writes it (CSV rows are written independently of each other)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[c for c, _ in columns], lineterminator="\r\n")
    writer.writerow(row)
    return buffer.getvalue()


def json_item_text(item) -> str:
    """An item of a JSON array as ``json.dumps(array, ensure_ascii=False, indent=1)`` writes
    it: indented one level (a line break inside a JSON string is always escaped, so every
    line break in the text is one between lines)."""
    return " " + json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n ")


def json_array_text(items: list[str]) -> str:
    """``json.dumps(array, ensure_ascii=False, indent=1)`` from its items' ``json_item_text``.

    >>> array = [{"a": [1, {"b": "乡\\n镇"}], "c": {}}, [], "x"]
    >>> text = json_array_text([json_item_text(i) for i in array])
    >>> text == json.dumps(array, ensure_ascii=False, indent=1), json_array_text([])
    (True, '[]')
    """
    return "[\n" + ",\n".join(items) + "\n]" if items else "[]"


def catalog_entry(report: dict, site_url: str, work: tuple[str, int]) -> dict:
    """A report as catalog.json lists it: the front matter and what pages show, no body text."""
    entry = {k: v for k, v in report.items() if k not in {"text", "page", "place_url"}}
    entry["page_url"] = f"{site_url}/{report['page']}"
    entry["markdown_path"] = f"content/reports/{report['id']}.md"
    entry["work_id"], entry["copies"] = work
    return entry


class DataFiles:
    """The data files and per-report downloads of ``ArchiveGenerator``."""

    def _file(self, name: str, data: str | bytes):
        self.output_manifest.add(name)
        write_atomically(Path(self.output_path) / name, data)

    def _copy(self, source: str, name: str):
        self.output_manifest.add(name)
        _copy(source, os.path.join(self.output_path, name))

    def _per_report(self, kind, make) -> list[str]:
        """``make(report, work)`` for every report and its work (``works_by_report``), kept
        between builds under the report's key and its work."""
        fragments, keys, works = self.fragments, self.report_keys, self.works_of
        return [
            fragments.get(
                kind, digest(keys[r["id"]], works[r["id"]]), lambda r=r: make(r, works[r["id"]])
            )
            for r in self.archive.reports
        ]

    def _catalog_csv(self) -> str:
        site = self.site_url
        rows = self._per_report(
            "catalog.csv", lambda r, w: csv_row_text(CATALOG_COLUMNS, catalog_row(r, site, w))
        )
        return csv_lines_text(CATALOG_COLUMNS, rows)

    def _catalog_key(self, name: str) -> str:
        """The cache key of catalog.csv or ``CATALOG_JSON``: its rows' keys in order.

        Each row is a fragment kept under its report's content key and its work
        (``_per_report``), and the rest of the file is code (the build fingerprint), so
        the file is current when every row's key is, in the same order. Why: at 10,000
        reports the two files are ~35 MB, and a build that changed nothing joined and
        wrote them again (0.6 s).
        """
        keys, works = self.report_keys, self.works_of
        rows = [(keys[r["id"]], works[r["id"]]) for r in self.archive.reports]
        return digest("catalog", name, rows)

    def _write_catalog(self, name: str, make) -> None:
        """Write ``make()`` as the catalog file ``name``, unless the page cache has it current."""
        cache = self.page_cache
        cache.keys[name] = self._catalog_key(name)
        if cache.fresh(name):
            self.output_manifest.add(name)
            return
        self._file(name, make())
        cache.written(name)

    def _write_catalogs(self) -> None:
        """catalog.csv, and ``CATALOG_JSON`` with the bulk downloads; each kept while current."""
        site, per_report = self.site_url, self._per_report
        self._write_catalog("catalog.csv", self._catalog_csv)
        if not self.settings.get("TOWNSHIP_DOWNLOADS", True):
            return

        def json_text() -> str:
            # The fragments' group is the file's name: kept while the file is current.
            items = per_report(CATALOG_JSON, lambda r, w: json_item_text(catalog_entry(r, site, w)))
            return json_array_text(items) + "\n"

        (Path(self.output_path) / CATALOG_JSON).parent.mkdir(parents=True, exist_ok=True)
        self._write_catalog(CATALOG_JSON, json_text)

    def _write_data(self):
        """catalog.csv and ``CATALOG_JSON`` (a row per report), initiatives.csv, places.csv, and
        datapackage.json describing the three tables."""
        archive, site = self.archive, self.site_url
        self._write_catalogs()
        self._file(
            "initiatives.csv",
            csv_text(
                INITIATIVE_COLUMNS,
                [
                    {
                        "name": i.name,
                        "slug": i.slug,
                        "aliases": _join(i.aliases),
                        "description": i.description,
                        "in_vocabulary": "true" if i.in_vocabulary else "false",
                        "towns": len(i.towns),
                        "works": len(i.reports),
                        "copies": len(i.reports) + i.reprints,
                        "years": _join(i.years),
                        "page_url": f"{site}/{i.url}",
                    }
                    for i in archive.initiatives
                ],
            ),
        )
        self._file(
            "places.csv",
            csv_text(
                PLACE_COLUMNS,
                [
                    {
                        "code": p.code,
                        "level": p.level,
                        "name": p.name,
                        "parent_code": p.parent or "",
                        "works": p.count,
                        "copies": p.count + p.reprints,
                        "page_url": f"{site}/{p.url}",
                    }
                    for p in archive.places.values()
                ],
            ),
        )

        tables = [
            (
                "catalog",
                "catalog.csv",
                "报道目录：每份报道一行，转载与副本各占一行（work_id 相同的行是同一篇报道）",
                CATALOG_COLUMNS,
                "id",
            ),
            (
                "places",
                "places.csv",
                "地区：每个地区一行；works 为报道篇数（转载只计一次），copies 为份数",
                PLACE_COLUMNS,
                "code",
            ),
            (
                "initiatives",
                "initiatives.csv",
                "举措：每项举措一行；works 为报道篇数（转载只计一次），copies 为份数",
                INITIATIVE_COLUMNS,
                "name",
            ),
        ]
        package = downloads.datapackage(
            self.settings.get("SITENAME", ""),
            self.site_url,
            [downloads.table_resource(*table) for table in tables],
        )
        self._file("datapackage.json", downloads.datapackage_text(package))

    def _start_downloads(self):
        """Start writing the whole corpus in its downloads (``downloads.py``), each only
        when what it is made from changed; returns ``finish()``, which waits for them and
        gives each file's path, size and sha256 (what data.html lists).

        zlib and sha256 let other threads run while they work: the files are written side
        by side, and beside the pages being declared and keyed, so a rebuild that changed
        one report waits for the slowest file, not for the sum after everything else.
        """
        if not self.settings.get("TOWNSHIP_DOWNLOADS", True):
            return list  # switched off: none written, data.html lists none
        cache, out = self.page_cache, Path(self.output_path)
        reports = self.archive.reports
        # catalog.csv in reports-markdown.zip says which copies are one work
        works = self.works_of
        report_inputs = sorted((i, k, works[i]) for i, k in self.report_keys.items())
        raw_inputs = [(f.key, *_stat(f.path)) for f in self.raw_files]
        makers = {
            "downloads/corpus.jsonl.gz": (report_inputs, self._write_corpus_lines),
            MARKDOWN_DOWNLOAD: (report_inputs, self._write_markdown_zip),
            "downloads/raw.zip": (raw_inputs, self._write_raw_zip),
            # the access date is in every citation: a new day writes it again
            CSL_DOWNLOAD: ((report_inputs, str(self.accessed)), self._write_citations),
            BIB_DOWNLOAD: ((report_inputs, str(self.accessed)), self._write_bibtex),
        }

        def write_and_describe(name: str, make) -> dict:
            if make is not None:
                make(out / name, reports)
            return downloads.describe(out / name, name)

        pool = ThreadPoolExecutor(max_workers=len(makers))
        started = []
        for name, (inputs, make) in makers.items():
            cache.keys[name] = digest("download", name, inputs)
            stale = make if not cache.fresh(name) else None
            started.append((name, stale, pool.submit(write_and_describe, name, stale)))

        def finish() -> list[dict]:
            with pool:
                described = [done.result() for _, _, done in started]
            for name, stale, _ in started:
                if stale is not None:
                    cache.written(name)
            return described

        return finish

    def _write_corpus_lines(self, target: Path, reports) -> None:
        fields = [f for f in schema.FRONT_MATTER_KEYS if f != "provenance"]
        site = self.site_url
        downloads.write_gzip_lines(
            target,
            (
                downloads.corpus_line(
                    r,
                    fields,
                    {
                        "raw_file": (r.get("provenance") or {}).get("raw_file"),
                        "sha256": (r.get("provenance") or {}).get("sha256"),
                        "page_url": f"{site}/{r['page']}",
                        "text": r.get("text") or "",
                    },
                )
                for r in reports
            ),
        )

    def _write_markdown_zip(self, target: Path, reports) -> None:
        members = [("README.md", FRONT_MATTER_GUIDE.read_bytes())]
        members.append(("catalog.csv", self._catalog_csv().encode("utf-8")))
        members += sorted(
            (f"reports/{Path(a.source_path).name}", Path(a.source_path)) for a in self.articles
        )
        downloads.write_zip(target, members)

    def _write_citations(self, target: Path, reports) -> None:
        site, accessed = self.site_url, self.accessed
        archive = self.settings.get("SITENAME", "")
        items = [citations.csl_json(r, f"{site}/{r['page']}", accessed, archive) for r in reports]
        write_atomically(target, json.dumps(items, ensure_ascii=False, indent=1) + "\n")

    def _write_bibtex(self, target: Path, reports) -> None:
        site, accessed = self.site_url, self.accessed
        entries = [citations.bibtex(r, f"{site}/{r['page']}", accessed) for r in reports]
        write_atomically(target, "\n\n".join(entries) + "\n")

    def _write_raw_zip(self, target: Path, reports) -> None:
        downloads.write_zip(target, [(f"raw/{f.key}", f.path) for f in self.raw_files])

    def _write_report_files(self):
        """Each report's raw file (see ``_link_raw_files``). Its Markdown and citations are
        not copied one file a report (10,000 files at 10,000 reports): they are in
        ``MARKDOWN_DOWNLOAD``, ``BIB_DOWNLOAD`` and ``CSL_DOWNLOAD``, and the report page
        shows its own BibTeX."""
        cache = self.page_cache
        # Every raw file is published, also one whose ingest failed: it is the evidence.
        # Each at its own path, inert (rawfiles.publish_paths); a link leaving content/raw/
        # was refused in generate_context and is not among them.
        for raw in self.raw_files:
            published = f"raw/{self.raw_published[raw.key]}"
            self._copy(str(raw.path), published)
            cache.keys[published] = "copy"
            cache.written(published)

    def _link_raw_files(self, raw_dir: Path) -> None:
        """Give each report page its raw file (``raw_url``, ``raw_key``, ``raw_name``).

        The path its front matter records, else one of its copies, else the raw file that
        holds its bytes: a raw file renamed after its report was edited by hand (ingest
        keeps the edit, and with it the old path) keeps its link. Only files no report
        names are hashed, and only when some report's file is missing.
        """
        self.raw_files, refused = find_raw_files(raw_dir) if raw_dir.is_dir() else ([], [])
        for problem in refused:  # ingest, run first by make html, said so on an error line
            log.info("%s: %s", raw_dir / problem.key, problem.reason)
        self.raw_published = publish_paths(f.key for f in self.raw_files)
        recorded = [(a, recorded_raw_paths(a.facts.get("provenance"))) for a in self.articles]
        named = {path for _, paths in recorded for path in paths}
        by_sha = None
        for article, paths in recorded:
            key = next((p for p in paths if p in self.raw_published), None)
            if key is None and paths:
                if by_sha is None:
                    by_sha = {_sha256(f.path): f.key for f in self.raw_files if f.key not in named}
                key = by_sha.get((article.facts.get("provenance") or {}).get("sha256"))
                if key is None:
                    log.warning(
                        "%s: raw file %s is not in %s; the report page will not link it",
                        article.source_path,
                        paths[0],
                        raw_dir,
                    )
            article.raw_url = raw_url(self.raw_published[key]) if key else None
            # The path inside content/raw/ is shown; a download is saved under the file's name.
            article.raw_key = key
            article.raw_name = PurePosixPath(key).name if key else None


def _stat(path: Path) -> tuple[int, int]:
    """A raw file's size and modification time: a changed raw file rewrites raw.zip."""
    try:
        info = os.stat(path)
    except OSError:
        return (-1, -1)
    return (info.st_size, info.st_mtime_ns)


def _sha256(path: Path) -> str | None:
    try:
        with open(path, "rb") as raw:
            return hashlib.file_digest(raw, "sha256").hexdigest()
    except OSError:
        return None


def _copy(source: str, target: str) -> None:
    """Copy a file with its modification time, unless the target already has its size and time."""
    try:
        a, b = os.stat(source), os.stat(target)
        if a.st_size == b.st_size and a.st_mtime_ns == b.st_mtime_ns:
            return
    except FileNotFoundError:
        os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copy2(source, target)
