"""The archive's own pages and data files, written by a Pelican generator.

Runs after Pelican has read the reports (``ArticlesGenerator``), builds the facets from
plain report dicts (``facets.py``) and writes, under the output folder:

=====================================  ==============================================
``index.html``                         home: counts, chart, newest, initiatives, places
``places/index.html``                  places tree, unplaced reports
``places/<code>.html``                 one page per province/prefecture/county/town
``initiatives/index.html``             initiatives, most widespread first
``initiatives/<slug>.html``            aliases, towns, years, concordance
``years/index.html``, ``years/<y>.html``  stated and estimated dates kept apart
``years/unknown.html``                 年代不详
``matrix.html``                        town × initiative table
``data.html``                          what each data file and column means
``review.html``                        reports whose metadata ingest was unsure of
``catalog.csv|json``, ``initiatives.csv``, ``places.csv``
``reports/<id>.md|.bib|.csl.json``     Markdown source and citations of each report
``raw/<path>``                         each raw file, byte for byte (see ``rawfiles.py``)
``feeds/all.atom.xml``, ``feeds/places/<code>.atom.xml``, ``feeds/initiatives/<slug>.atom.xml``
``sitemap.xml``, ``robots.txt``, ``404.html``
=====================================  ==============================================

Settings (defaults): ``TOWNSHIP_INITIATIVES_FILE`` (the plugin's
``data/initiatives.yaml``), ``TOWNSHIP_CITATION_DATE`` (access date printed in
citations; default: the build date), ``TOWNSHIP_NEWEST_COUNT = 10``,
``TOWNSHIP_SITE_URL`` (absolute base for feeds, sitemap and citations; default
``FEED_DOMAIN`` or ``SITEURL``).

Rebuilds: with ``CACHE_CONTENT``, every report page, place and initiative page, feed
and citation file is keyed by a hash of what it is made from (``PageCache``, kept in
``CACHE_PATH``); a rebuild renders only those whose key changed, so after one report
changed it rewrites that report's pages and the pages that list it. Files a build no
longer makes (a removed report's pages) are deleted by ``output_manifest``, whose record
lives in the output folder, not in the cache.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import json
import logging
import os
import pickle
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import jinja2
import yaml
from markupsafe import Markup, escape
from pelican import signals
from pelican.generators import Generator
from pelican.writers import Writer

from ..characters import xml_safe
from ..files import write_atomically
from ..rawfiles import find_raw_files, publish_paths, raw_url, recorded_raw_paths
from . import citations, facets
from .chart import timeline_svg
from .date_display import date_kind, date_label, span_label
from .output_manifest import OutputManifest, theme_static_names
from .reader import html_to_text

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
STEP_LABELS = {
    "decode": "解码",
    "control_characters": "删除控制字符",
    "invisible_characters": "删除不可见的格式字符",
    "repair": "修复字节损坏",
    "unannotate": "删除转换器注音",
    "dechrome": "删除网页框架",
    "fields": "提取标注字段",
    "date_line": "提取日期行",
    "page_furniture": "删除页首页尾杂项",
    "byline": "提取署名",
    "html_to_text": "网页转文本",
    "simplify": "繁体转简体",
    "punctuation": "恢复全角标点",
    "structure": "分段与小标题",
}
#: matrix.html shows the initiatives used by the most towns, this many at most.
MATRIX_COLUMNS = 60
#: review.html lists this many reports at most (``township-reports review`` lists all).
REVIEW_LIMIT = 500
SCRIPT_LABELS = {"traditional": "繁体", "simplified": "简体", "mixed": "繁简混合"}


def load_vocabulary(path: Path) -> dict:
    """Canonical name → {aliases, description, level_of} from ``initiatives.yaml``."""
    if not path or not Path(path).exists():
        return {}
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    entries = data.get("initiatives", data) if isinstance(data, dict) else data
    vocabulary = {}
    if isinstance(entries, dict):
        entries = [dict(v or {}, name=k) for k, v in entries.items()]
    for entry in entries or []:
        if isinstance(entry, dict) and entry.get("name"):
            vocabulary[str(entry["name"])] = {
                "aliases": [str(a) for a in entry.get("aliases") or []],
                "description": entry.get("description") or "",
                "level_of": entry.get("level_of"),
            }
    return vocabulary


def bcp47(tag: str) -> str:
    """Pelican lowercases DEFAULT_LANG; the ``lang`` attribute reads best in canonical case.

    >>> bcp47("zh-cn"), bcp47("zh-hans-cn"), bcp47("en")
    ('zh-CN', 'zh-Hans-CN', 'en')
    """
    parts = tag.replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    return "-".join(out)


@dataclass
class Archive:
    """Everything the facet templates need, built once per build."""

    reports: list[dict]
    places: dict[str, facets.Place]
    roots: list[facets.Place]
    unplaced: list[dict]
    initiatives: list[facets.Initiative]
    years: list[facets.YearGroup]
    undated: list[dict]
    review: list[dict]
    matrix: facets.Matrix
    chart: str
    site_url: str
    by_name: dict[str, facets.Initiative] = field(default_factory=dict)

    @property
    def stats(self) -> list[tuple[str, int]]:
        levels = [p.level for p in self.places.values()]
        return [
            ("篇报道", len(self.reports)),
            ("个乡镇", levels.count("town")),
            ("个县（市、区）", levels.count("county")),
            ("项举措", len(self.initiatives)),
            ("个年份", len(self.years)),
        ]

    def initiative(self, name: str) -> facets.Initiative | None:
        return self.by_name.get(name)

    def children(self, place: facets.Place) -> list[facets.Place]:
        return [self.places[code] for code in place.children]

    def ancestors(self, place: facets.Place) -> list[facets.Place]:
        chain = []
        while place.parent:
            place = self.places[place.parent]
            chain.insert(0, place)
        return chain

    def label(self, place: facets.Place) -> str:
        """A town is named with its county (兴隆镇 alone is ambiguous)."""
        if place.level == "town" and place.parent in self.places:
            return self.places[place.parent].name + place.name
        return place.name


def plain_report(article) -> dict:
    """The plain dict facets work on: front matter + page URL + body text."""
    report = dict(article.report)
    report["page"] = article.url
    text = getattr(article, "report_text", None)
    report["text"] = html_to_text(article._content or "") if text is None else text
    report["display_title"] = article.title
    report["date_label"] = date_label(report)
    report["date_kind"] = date_kind(report)
    report["town_label"] = facets.town_label(report)
    trail = facets.place_trail(report)
    report["place_url"] = trail[-1].url if trail else None
    return report


def build_archive(reports: list[dict], vocabulary: dict, site_url: str) -> Archive:
    reports = facets.newest_first(reports)
    places = facets.build_places(reports)
    initiatives = facets.build_initiatives(reports, vocabulary)
    years, undated = facets.build_years(reports)
    archive = Archive(
        reports=reports,
        places=places,
        roots=facets.place_roots(places),
        unplaced=facets.unplaced(reports),
        initiatives=initiatives,
        years=years,
        undated=undated,
        review=[r for r in reports if (r.get("provenance") or {}).get("review")],
        # The most widespread initiatives only: a column per initiative of 10,000 reports
        # made a 100 MB page nobody can scan (each initiative's own page lists its towns).
        matrix=facets.build_matrix(places, initiatives[:MATRIX_COLUMNS]),
        chart=timeline_svg([(g.year, len(g.stated), len(g.estimated)) for g in years]),
        site_url=site_url,
        by_name={i.name: i for i in initiatives},
    )
    return archive


def neighbours(
    archive: Archive, trails: dict[str, list[facets.Place]]
) -> dict[str, tuple[dict | None, dict | None]]:
    """Report id → the previous (older) and next (newer) report of the same town (or county,
    if unplaced in a town); ``trails`` maps each report id to its ``place_trail``.

    Each place's reports are put in order once, not once per report.

    >>> town = {"division_code": "610926104", "province": "陕西省", "prefecture": "安康市",
    ...         "county": "平利县", "township": "兴隆镇"}
    >>> rs = [dict(town, id=i, date=d) for i, d in (("a", "2021"), ("b", "2023"), ("c", "2022"))]
    >>> archive = build_archive(rs, {}, "")
    >>> pairs = neighbours(archive, {r["id"]: facets.place_trail(r) for r in rs})
    >>> {i: tuple(r and r["id"] for r in pair) for i, pair in sorted(pairs.items())}
    {'a': (None, 'c'), 'b': ('c', None), 'c': ('a', 'b')}
    """
    in_order: dict[str, tuple[list[dict], dict[str, int]]] = {}
    pairs = {}
    for ident, trail in trails.items():
        if not trail:
            pairs[ident] = (None, None)
            continue
        code = trail[-1].code
        if code not in in_order:
            siblings = facets.oldest_first(archive.places[code].reports)
            positions: dict[str, int] = {}
            for i, sibling in enumerate(siblings):
                positions.setdefault(sibling["id"], i)
            in_order[code] = siblings, positions
        siblings, positions = in_order[code]
        i = positions[ident]
        pairs[ident] = (
            siblings[i - 1] if i else None,
            siblings[i + 1] if i + 1 < len(siblings) else None,
        )
    return pairs


@dataclass
class KwicEntry:
    """One report on an initiative page: the sentences of its body that mention the initiative.

    What it shows is named by ``key`` (the report's key in ``report_keys``) and ``terms``;
    ``sentences`` are found only when asked for, so a page whose entries come from the
    ``FragmentCache`` does not search the bodies again.
    """

    report: dict
    terms: list[str]
    key: str

    @functools.cached_property
    def sentences(self) -> list[Markup]:
        text = self.report.get("text") or ""
        return [kwic_html(s) for s in facets.sentences_mentioning(text, self.terms)]


def kwic_html(pieces: list[tuple[str, bool]]) -> Markup:
    """A sentence cut by ``facets.highlight`` as HTML: text escaped, mentions in ``<mark>``.

    Done in Python, not in the template: a template loop over every piece of every
    sentence costs several times as much.

    >>> kwic_html([("推动“", False), ("三联", True), ("”<落地>", False)])
    Markup('推动“<mark>三联</mark>”&lt;落地&gt;')
    """
    return Markup(
        "".join(
            f"<mark>{escape(text)}</mark>" if hit else str(escape(text)) for text, hit in pieces
        )
    )


def kwic_entries(initiative: facets.Initiative, report_keys: dict[str, str]) -> list[KwicEntry]:
    """The entries of an initiative page, in the initiative's order (newest report first)."""
    terms = initiative.terms
    return [KwicEntry(report, terms, report_keys[report["id"]]) for report in initiative.reports]


# ---------------------------------------------------------------- data files

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


# ---------------------------------------------------------------- page cache

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
    plugin = Path(__file__).resolve().parents[1]
    templates = Path(settings.get("THEME") or "") / "templates"
    code = sorted(plugin.rglob("*.py"))  # the whole plugin: site, search and what they import
    files = [(p.relative_to(plugin).as_posix(), p) for p in code] + [
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


class CachingWriter(Writer):
    """Pelican's writer, skipping pages and feeds the ``PageCache`` in the context knows are
    current, and recording every file in the ``OutputManifest`` before it is written.

    Its feeds carry titles as text and only characters XML 1.0 allows (see ``_guarded``).
    """

    def write_file(self, name, template, context, *args, **kwargs):
        cache = context.get("township_page_cache")
        _record(context, name)
        if cache is not None and name and cache.fresh(name):
            return
        result = super().write_file(name, template, context, *args, **kwargs)
        if cache is not None and name:
            cache.written(name)
        return result

    def write_feed(self, elements, context, path=None, *args, **kwargs):
        cache = context.get("township_page_cache")
        _record(context, path)
        if cache is not None and path and cache.fresh(path):
            return None
        result = super().write_feed(elements, context, path, *args, **kwargs)
        if cache is not None and path:
            cache.written(path)
        return result

    def _create_new_feed(self, feed_type, feed_title, context):
        feed = super()._create_new_feed(feed_type, feed_title, context)
        title = f"{context['SITENAME']} - {feed_title}" if feed_title else context["SITENAME"]
        feed.feed = _guarded(dict(feed.feed, title=title))
        return feed

    def _add_item_to_the_feed(self, feed, item):
        super()._add_item_to_the_feed(feed, item)
        # Pelican strips tags from the title (``Markup.striptags``): 学习<党章>心得 would
        # lose 党章. Our titles are plain text, and the feed writer escapes them.
        feed.items[-1] = _guarded(dict(feed.items[-1], title=item.title))


def _guarded(values: dict) -> dict:
    """A feed's or an entry's fields without characters XML 1.0 forbids (characters.py).

    Hand-edited Markdown and catalog values never pass through ingest, and one U+0001 in
    a title makes the feed writer raise (U+FFFF makes it write a feed no reader parses).

    >>> _guarded({"title": "兴隆镇\x01党建报道", "categories": ["报道\uffff"], "ttl": None})
    {'title': '兴隆镇党建报道', 'categories': ['报道'], 'ttl': None}
    """

    def safe(value):
        if isinstance(value, str):
            return xml_safe(value)
        if isinstance(value, list | tuple):
            return type(value)(safe(v) for v in value)
        return value

    return {key: safe(value) for key, value in values.items()}


def _record(context, name) -> None:
    manifest = context.get("township_output_manifest")
    if manifest is not None and name:
        manifest.add(name)


def get_writer(pelican):
    return CachingWriter


# ---------------------------------------------------------------- generator


CITATION_STYLES = {"gbt7714": citations.gbt7714, "bibtex": citations.bibtex}


class ArchiveGenerator(Generator):
    """Writes the facet pages, data files, citations, feeds and sitemap."""

    def generate_context(self):
        s = self.settings
        self.site_url = (
            s.get("TOWNSHIP_SITE_URL") or s.get("FEED_DOMAIN") or s.get("SITEURL") or ""
        ).rstrip("/") or "http://localhost:8000"
        accessed = s.get("TOWNSHIP_CITATION_DATE") or dt.date.today()
        self.accessed = dt.date.fromisoformat(accessed) if isinstance(accessed, str) else accessed
        vocabulary = load_vocabulary(
            Path(s.get("TOWNSHIP_INITIATIVES_FILE") or DATA_DIR / "initiatives.yaml")
        )
        self.articles = list(self.context.get("articles") or [])
        reports = [plain_report(a) for a in self.articles]
        self.archive = build_archive(reports, vocabulary, self.site_url)
        self.vocabulary = vocabulary
        by_id = {r["id"]: r for r in self.archive.reports}
        trails = {r["id"]: facets.place_trail(r) for r in self.archive.reports}
        pairs = neighbours(self.archive, trails)
        for article in self.articles:
            report = by_id[article.report["id"]]
            article.facts = report
            article.trail = trails[report["id"]]
            article.previous_in_town, article.next_in_town = pairs[report["id"]]
            article.csl_url = f"reports/{report['id']}.csl.json"
            article.bib_url = f"reports/{report['id']}.bib"
            article.markdown_url = f"reports/{report['id']}.md"
        self._link_raw_files(Path(self.path) / "raw")
        self._cache_keys()
        self.output_manifest = OutputManifest(self.output_path)
        for name in theme_static_names(s, self.theme):
            self.output_manifest.add(name)  # copied by Pelican's StaticGenerator, after us
        self.context["township_output_manifest"] = self.output_manifest
        self.context["archive"] = self.archive
        self.context["HTML_LANG"] = bcp47(s.get("DEFAULT_LANG", "zh-CN"))
        self.context["SCRIPT_LABELS"] = SCRIPT_LABELS
        self.context["span_label"] = span_label
        self.context["STEP_LABELS"] = STEP_LABELS
        self.context["cite"] = self.cite
        self.context["fragment"] = jinja2.pass_context(
            lambda context, *key, caller: self.fragment(context, *key, caller=caller)
        )
        self.written: list[str] = []

    def cite(self, article, style: str) -> str:
        """A report's citation in ``style`` (``gbt7714`` or ``bibtex``); templates call it as
        ``cite(article, "gbt7714")``, so only the report pages being rendered pay for it."""
        url = f"{self.site_url}/{article.facts['page']}"
        return CITATION_STYLES[style](article.facts, url, self.accessed)

    def fragment(self, context, *key, caller) -> Markup:
        """A part of a page kept between builds (see ``FragmentCache``): in a template,
        ``{% call fragment(kind, key) %}…{% endcall %}`` renders the body only if no build
        rendered it under this key (and the page's ``SITEURL``) before.

        The key must name everything else the body shows (the template itself is in the
        fingerprint); for a report, its key in ``report_keys``.
        """
        name = context["output_file"]
        key = digest(context["SITEURL"], *key)
        return Markup(self.fragments.get(name, key, lambda: str(caller())))

    # -- page cache

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

    def _cache_keys(self):
        """Keys of the pages, feeds and files made from the reports (see ``PageCache``)."""
        s = self.settings
        fingerprint = build_fingerprint(
            s, self.vocabulary, [self.site_url, self.accessed.isoformat()]
        )
        cache_dir = s.get("CACHE_PATH") if s.get("CACHE_CONTENT") else None
        load = bool(s.get("LOAD_CONTENT_CACHE"))
        self.page_cache = PageCache(cache_dir, self.output_path, fingerprint, load=load)
        self.fragments = FragmentCache(cache_dir, fingerprint, load=load)
        self.context["township_page_cache"] = self.page_cache
        keys = self.page_cache.keys
        # A report page is made from its source file through the reader and settings (the
        # fingerprint covers both): its front matter, body HTML, URL and title.
        self.report_keys = {
            article.facts["id"]: digest(
                article.report, article._content, article.facts["page"], article.title
            )
            for article in self.articles
        }
        rk = self.report_keys
        for article in self.articles:
            own = rk[article.facts["id"]]
            near = [(r or {}).get("id") for r in (article.previous_in_town, article.next_in_town)]
            initiatives = [bool(self.archive.initiative(n)) for n in article.facts["initiatives"]]
            keys[article.save_as] = digest(
                "article", own, [rk.get(i) for i in near], article.raw_url, initiatives
            )
            keys[article.csl_url] = keys[article.bib_url] = digest("citation", own)
        archive, subtrees = self.archive, {}

        def subtree(code):
            if code not in subtrees:
                p = archive.places[code]
                subtrees[code] = [
                    p.code,
                    p.name,
                    p.level,
                    p.count,
                    [subtree(c) for c in p.children],
                ]
            return subtrees[code]

        max_items = s.get("FEED_MAX_ITEMS")
        for place in archive.places.values():
            reports = [rk[r["id"]] for r in place.reports]
            ancestors = [(p.code, p.name) for p in archive.ancestors(place)]
            keys[place.url] = digest("place", subtree(place.code), ancestors, reports)
            keys[self._place_feed(place)] = digest(
                "feed", archive.label(place), place.code, reports[:max_items]
            )
        for initiative in archive.initiatives:
            reports = [rk[r["id"]] for r in initiative.reports]
            parent = self._parent(initiative)
            keys[initiative.url] = digest(
                "initiative",
                initiative.name,
                initiative.description,
                initiative.aliases,
                initiative.in_vocabulary,
                (parent.name, parent.url) if parent else None,
                [(t.code, archive.label(t)) for t in initiative.towns],
                reports,
            )
            keys[self._initiative_feed(initiative)] = digest(
                "feed", initiative.name, reports[:max_items]
            )
        keys.update(self._summary_keys([subtree(p.code) for p in archive.roots]))

    def _summary_keys(self, tree) -> dict[str, str]:
        """Keys of the pages that summarise the whole archive: home, indexes, years, matrix.

        ``tree`` is the place tree as plain data (code, name, level, count, children).
        """
        archive, rk = self.archive, self.report_keys

        def listed(reports):
            return [rk[r["id"]] for r in reports]

        years = [(g.year, len(g.stated), len(g.estimated)) for g in archive.years]
        newest = archive.reports[: self.settings.get("TOWNSHIP_NEWEST_COUNT", 10)]
        keys = {
            "index.html": digest(
                "index",
                archive.stats,
                archive.chart,
                years,
                len(archive.undated),
                listed(newest),
                [(i.name, len(i.towns), len(i.reports)) for i in archive.initiatives[:12]],
                tree,
                len(archive.unplaced),
            ),
            "places/index.html": digest("places", tree, listed(archive.unplaced)),
            "initiatives/index.html": digest(
                "initiatives",
                [
                    (i.name, i.description, i.in_vocabulary, len(i.towns), len(i.reports))
                    + (i.years, sorted(i.stated_years))
                    for i in archive.initiatives
                ],
            ),
            "years/index.html": digest("years", archive.chart, years, len(archive.undated)),
            "years/unknown.html": digest("unknown", listed(archive.undated)),
            "matrix.html": digest(
                "matrix",
                len(archive.initiatives),
                [c.name for c in archive.matrix.columns],
                [(t.code, archive.label(t), cells) for t, cells in archive.matrix.rows],
            ),
            "data.html": digest(
                "data",
                len(archive.reports),
                len(archive.initiatives),
                len(archive.places),
                len(archive.review),
            ),
            "review.html": digest(
                "review",
                [(rk[r["id"]], r["provenance"]["review"]) for r in archive.review[:REVIEW_LIMIT]],
                len(archive.review),
            ),
            "404.html": digest("404"),
        }
        for i, group in enumerate(archive.years):
            before = archive.years[i - 1].year if i else None
            after = archive.years[i + 1].year if i + 1 < len(archive.years) else None
            keys[group.url] = digest(
                "year", group.year, before, after, listed(group.stated), listed(group.estimated)
            )
        return keys

    @staticmethod
    def _place_feed(place) -> str:
        return f"feeds/places/{place.code}.atom.xml"

    @staticmethod
    def _initiative_feed(initiative) -> str:
        return f"feeds/initiatives/{initiative.slug}.atom.xml"

    def _parent(self, initiative):
        return self.archive.by_name.get(
            (self.vocabulary.get(initiative.name) or {}).get("level_of") or ""
        )

    # -- helpers

    def _page(self, writer, name: str, template: str, **kwargs):
        writer.write_file(
            name,
            self.get_template(template),
            self.context,
            relative_urls=self.settings.get("RELATIVE_URLS", False),
            url=name,
            page_name=name,
            **kwargs,
        )
        self.written.append(name)

    def _file(self, name: str, data: str | bytes):
        self.output_manifest.add(name)
        write_atomically(Path(self.output_path) / name, data)

    def _copy(self, source: str, name: str):
        self.output_manifest.add(name)
        _copy(source, os.path.join(self.output_path, name))

    # -- output

    def generate_output(self, writer):
        archive = self.archive
        # GitHub Pages runs Jekyll on a site without this file, and Jekyll would render the
        # published report sources (reports/<id>.md) as pages: serve every file as it is.
        self._file(".nojekyll", "")
        newest = self.settings.get("TOWNSHIP_NEWEST_COUNT", 10)
        self._page(writer, "index.html", "index", newest=archive.reports[:newest])
        self._page(writer, "places/index.html", "places")
        cache = self.page_cache
        for place in archive.places.values():
            if cache.fresh(place.url):
                self.written.append(place.url)
                continue
            self._page(
                writer,
                place.url,
                "place",
                place=place,
                children=[archive.places[c] for c in place.children],
                initiative_counts=facets.initiative_counts(place.reports),
                year_counts=facets.year_counts(place.reports),
                feed_url=self._place_feed(place),
            )
        self._page(writer, "initiatives/index.html", "initiatives")
        for initiative in archive.initiatives:
            if cache.fresh(initiative.url):
                self.written.append(initiative.url)
                continue
            self._page(
                writer,
                initiative.url,
                "initiative",
                initiative=initiative,
                parent=self._parent(initiative),
                entries=kwic_entries(initiative, self.report_keys),
                feed_url=self._initiative_feed(initiative),
            )
        self._page(writer, "years/index.html", "years")
        for group in archive.years:
            self._page(writer, group.url, "year", group=group)
        self._page(writer, "years/unknown.html", "year_unknown")
        self._page(writer, "matrix.html", "matrix")
        self._page(writer, "review.html", "review", limit=REVIEW_LIMIT)
        self._page(
            writer,
            "data.html",
            "data",
            catalog_columns=CATALOG_COLUMNS,
            initiative_columns=INITIATIVE_COLUMNS,
            place_columns=PLACE_COLUMNS,
        )
        writer.write_file("404.html", self.get_template("404"), self.context, relative_urls=False)
        self._write_data()
        self._write_report_files()
        self._write_feeds(writer)
        self._write_sitemap()
        for name in cache.keys:  # the files still current were not written again
            self.output_manifest.add(name)
        stale = self.output_manifest.finish()
        if stale:
            log.info("township_reports: removed %d files no report makes any more", len(stale))
        cache.save()
        self.fragments.save(live=set(cache.keys))
        if cache.skipped:
            log.info("township_reports: %d pages and files unchanged, not rewritten", cache.skipped)

    def _write_data(self):
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
        cache = self.page_cache
        sitename = self.settings.get("SITENAME", "")
        for article in self.articles:
            report = article.facts
            if not (cache.fresh(article.csl_url) and cache.fresh(article.bib_url)):
                url = f"{self.site_url}/{report['page']}"
                item = citations.csl_json(report, url, self.accessed, sitename)
                self._file(article.csl_url, json.dumps([item], ensure_ascii=False, indent=1) + "\n")
                self._file(article.bib_url, self.cite(article, "bibtex") + "\n")
                cache.written(article.csl_url)
                cache.written(article.bib_url)
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

    def _write_feeds(self, writer):
        context = dict(self.context, SITEURL=self.site_url, FEED_DOMAIN=self.site_url)
        by_id = {a.report["id"]: a for a in self.articles}
        articles = lambda reports: [by_id[r["id"]] for r in reports]  # noqa: E731
        # Pelican titles a feed "SITENAME - feed_title".
        writer.write_feed(
            articles(self.archive.reports), context, "feeds/all.atom.xml", feed_title="全部报道"
        )
        for place in self.archive.places.values():
            writer.write_feed(
                articles(place.reports),
                context,
                self._place_feed(place),
                feed_title=f"{self.archive.label(place)}（{place.code}）",
            )
        for initiative in self.archive.initiatives:
            writer.write_feed(
                articles(initiative.reports),
                context,
                self._initiative_feed(initiative),
                feed_title=f"举措：{initiative.name}",
            )

    def _write_sitemap(self):
        pages = ["index.html"] + [a.facts["page"] for a in self.articles] + self.written
        # xml_safe: a page's name can come from a hand-edited id or a place code.
        locs = (xml_safe(f"{self.site_url}/{p.removesuffix('index.html')}") for p in pages)
        urls = "".join(f"<url><loc>{escape(loc)}</loc></url>\n" for loc in dict.fromkeys(locs))
        self._file(
            "sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{urls}</urlset>\n",
        )
        self._file("robots.txt", f"User-agent: *\nAllow: /\nSitemap: {self.site_url}/sitemap.xml\n")


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


def get_generators(pelican):
    signals.get_writer.connect(get_writer)
    return ArchiveGenerator
