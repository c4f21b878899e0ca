"""The data downloads: catalog.csv|json, initiatives.csv, places.csv, and per report its
citations (.csl.json, .bib), its Markdown source and its raw file.

Every table has a data guide (``data.html``, from the ``*_COLUMNS`` below) saying what
each column means. A catalog row is a fragment kept between builds (``FragmentCache``):
after one report changed, one row is made again, not 10,000. ``DataFiles`` is a part
of ``generator.ArchiveGenerator`` (it uses its ``archive``, ``articles``, ``citations``
(``pages.citation_files``), ``page_cache``, ``fragments``, ``report_keys`` and
``output_manifest``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import shutil
from pathlib import Path, PurePosixPath

from ..files import write_atomically
from ..ingest.rawfiles import find_raw_files, publish_paths, raw_url, recorded_raw_paths
from . import citations

log = logging.getLogger(__name__)

CATALOG_COLUMNS = [
    ("id", "报道编号：原始文件字节的 sha256 前 12 位，决定网址与引用键，永不改变"),
    ("title", "标题（原文标题，或整理者拟定的标题）"),
    ("title_devised", "标题是否为整理者拟定（true 时页面以〔〕标示）"),
    ("township", "乡镇（街道）"),
    ("county", "县级单位（现名）"),
    ("township_as_written", "文中所写的乡镇名称（与今名不同时，例如侯寨乡→今侯寨街道）"),
    ("county_as_written", "报道发布时的县级名称（如后来改名，例如旬阳县→旬阳市）"),
    ("prefecture", "地级单位"),
    ("province", "省级单位"),
    ("division_code", "统计用区划代码：乡镇 9 位，只知到县时 6 位"),
    ("date", "原文载明的发布时间（ISO 8601）；未载明则为空"),
    ("date_precision", "发布时间的精度：second、minute、day、month、year"),
    ("date_estimate_earliest", "未载明日期时，推断的最早日期"),
    ("date_estimate_latest", "推断的最晚日期"),
    ("date_estimate_evidence", "推断依据（时代标记词，以“；”分隔）"),
    ("date_label", "网页上显示的日期（推断者标“约…（推断）”）"),
    ("authors", "作者、记者、通讯员（以“；”分隔）"),
    ("editors", "责任编辑（以“；”分隔）"),
    ("source", "原文所载来源"),
    ("initiatives", "报道提到的举措（规范名，以“；”分隔）"),
    ("script", "原始文本的字体：traditional 繁体、simplified 简体、mixed 混合"),
    ("raw_file", "原始文件在 content/raw/ 下的路径（可从网站下载原样文件）"),
    ("sha256", "原始文件的 sha256"),
    ("warnings", "整理时的警告（以“；”分隔）"),
    ("overrides", "由目录文件 content/catalog.yaml 补充或更正的字段（JSON）"),
    ("url", "原始网址（仅当目录文件提供时）"),
    ("page_url", "本档案中的报道页网址"),
    ("markdown_path", "仓库中的 Markdown 文件路径"),
]
INITIATIVE_COLUMNS = [
    ("name", "举措规范名"),
    ("slug", "网址中的编号（规范名的 sha256 前 10 位）"),
    ("aliases", "别名与繁体写法（以“；”分隔）"),
    ("description", "说明"),
    ("in_vocabulary", "是否收录于词表（false 表示从报道中自动识别的带引号的数字口号）"),
    ("towns", "使用该举措的乡镇数"),
    ("reports", "提到该举措的报道数"),
    ("years", "出现的年份（含推断年份，以“；”分隔）"),
    ("page_url", "举措页面网址"),
]
PLACE_COLUMNS = [
    ("code", "统计用区划代码（省 2 位+0000，市 4 位+00，县 6 位，乡镇 9 位）"),
    ("level", "层级：province、prefecture、county、town"),
    ("name", "名称"),
    ("parent_code", "上级单位代码"),
    ("reports", "该地（含下级）的报道数"),
    ("page_url", "地区页面网址"),
]


def _join(values) -> str:
    return "；".join(str(v) for v in values or [])


def catalog_row(report: dict, site_url: str) -> dict:
    estimate = report.get("date_estimate") or {}
    provenance = report.get("provenance") or {}
    return {
        "id": report["id"],
        "title": report["title"],
        "title_devised": "true" if report.get("title_devised") else "false",
        "township": report.get("township") or "",
        "county": report.get("county") or "",
        "township_as_written": report.get("township_as_written") or "",
        "county_as_written": report.get("county_as_written") or "",
        "prefecture": report.get("prefecture") or "",
        "province": report.get("province") or "",
        "division_code": report.get("division_code") or "",
        "date": report.get("date") or "",
        "date_precision": report.get("date_precision") or "",
        "date_estimate_earliest": estimate.get("earliest") or "",
        "date_estimate_latest": estimate.get("latest") or "",
        "date_estimate_evidence": _join(e.get("marker") for e in estimate.get("evidence") or []),
        "date_label": report["date_label"],
        "authors": _join(report.get("authors")),
        "editors": _join(report.get("editors")),
        "source": report.get("source") or "",
        "initiatives": _join(report.get("initiatives")),
        "script": report.get("script") or "",
        "raw_file": provenance.get("raw_file") or "",
        "sha256": provenance.get("sha256") or "",
        "warnings": _join(provenance.get("warnings")),
        "overrides": json.dumps(report.get("overrides") or {}, ensure_ascii=False)
        if report.get("overrides")
        else "",
        "url": report.get("url") or "",
        "page_url": f"{site_url}/{report['page']}",
        "markdown_path": f"content/reports/{report['id']}.md",
    }


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


def catalog_entry(report: dict, site_url: str) -> dict:
    """A report as catalog.json lists it: the front matter and what pages show, no body text."""
    entry = {k: v for k, v in report.items() if k not in {"text", "page", "place_url"}}
    entry["page_url"] = f"{site_url}/{report['page']}"
    entry["markdown_path"] = f"content/reports/{report['id']}.md"
    return entry


class DataFiles:
    """The data files and per-report downloads of ``ArchiveGenerator``."""

    def _file(self, name: str, data: str | bytes):
        self.output_manifest.add(name)
        write_atomically(Path(self.output_path) / name, data)

    def _copy(self, source: str, name: str):
        self.output_manifest.add(name)
        _copy(source, os.path.join(self.output_path, name))

    def _write_data(self):
        """catalog.csv and catalog.json (a row per report), initiatives.csv, places.csv."""
        archive, site, fragments = self.archive, self.site_url, self.fragments

        def per_report(kind, make):
            """``make(report)`` for every report, kept between builds under the report's key."""
            return [
                fragments.get(kind, self.report_keys[r["id"]], lambda r=r: make(r))
                for r in archive.reports
            ]

        rows = per_report(
            "catalog.csv", lambda r: csv_row_text(CATALOG_COLUMNS, catalog_row(r, site))
        )
        self._file("catalog.csv", csv_lines_text(CATALOG_COLUMNS, rows))
        items = per_report("catalog.json", lambda r: json_item_text(catalog_entry(r, site)))
        self._file("catalog.json", json_array_text(items) + "\n")
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
                        "reports": len(i.reports),
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
                        "reports": p.count,
                        "page_url": f"{site}/{p.url}",
                    }
                    for p in archive.places.values()
                ],
            ),
        )

    def _write_report_files(self):
        """Each report's citations, Markdown source and raw file (see ``_link_raw_files``)."""
        cache = self.page_cache
        for csl, bib in zip(self.citations[::2], self.citations[1::2], strict=True):
            if not (cache.fresh(csl.url) and cache.fresh(bib.url)):
                c = csl.context
                item = citations.csl_json(c["report"], c["url"], c["accessed"], c["archive"])
                self._file(csl.url, json.dumps([item], ensure_ascii=False, indent=1) + "\n")
                self._file(bib.url, citations.bibtex(c["report"], c["url"], c["accessed"]) + "\n")
                cache.written(csl.url)
                cache.written(bib.url)
        for article in self.articles:
            self._copy(article.source_path, article.markdown_url)
            cache.keys[article.markdown_url] = "copy"
            cache.written(article.markdown_url)
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
