"""Read ``content/reports/<id>.md``: YAML front matter (FRONT_MATTER.md) + an escaped Markdown body.

Pelican's own Markdown reader only understands ``Key: value`` headers, so this reader
replaces it for ``.md`` files. It hands Pelican:

- ``title``: the display title (a devised title wrapped in 〔〕, as catalogues do);
- ``date``: a *sort* date only. Undated reports still need one for ordering: the stated
  date, else the estimate's earliest bound, else ``UNDATED_SORT_DATE``. Pages never show
  it; they show the real fields kept in ``report``;
- ``slug``: the report id, so the URL is ``reports/<id>.html`` and never changes;
- ``report``: the front matter as a plain dict (dates as ISO strings), for templates
  and for the facet builders.

It never trusts the body to be harmless: raw HTML and links are switched off in the
Markdown parser, so a ``<script>`` that slipped past ingest still shows as text.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import logging
from pathlib import Path

import markdown
from pelican.readers import BaseReader

from ..ingest import schema
from ..ingest.html_text import BODY_LINES, html_to_text
from ..ingest.report import FrontMatterError, split_front_matter
from .date_display import parse_iso, sort_date
from .facets import display_title

log = logging.getLogger(__name__)

#: What a hand edit may put under each key (FRONT_MATTER.md): each field's kind in the
#: schema (``ingest/schema.py``); null is allowed except for the required ``id`` and
#: ``title``. A value of another shape is an error naming the file and the key: passed
#: on, it would either crash the whole build later or show as ``['a', 'b']``. In the
#: order of the site's report dict (``schema.ORDER_MOVES["site"]``: catalog.json's).
FIELD_KINDS = {
    name: schema.BY_NAME[name].kind for name in schema.names("front_matter", order="site")
}
FIELDS = tuple(FIELD_KINDS)
LIST_FIELDS = tuple(name for name, kind in FIELD_KINDS.items() if kind == "list")
PRECISIONS = ("year", "month", "day", "minute", "second")

# Inline patterns that could turn source text into markup other than emphasis.
_UNSAFE_INLINE = (
    "html",
    "link",
    "image_link",
    "reference",
    "image_reference",
    "short_reference",
    "short_image_ref",
    "autolink",
    "automail",
)


def _iso(value):
    """YAML turns unquoted dates into date objects; the contract speaks ISO strings."""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _shape(value) -> str:
    """How a YAML value reads to a curator, for error messages.

    >>> _shape(7), _shape(["a", "b"]), _shape({"a": 1}), _shape(True)
    ('a number (7)', 'a list', 'a mapping', 'true/false')
    """
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"a date ({value})"
    return type(value).__name__


def _is_date(value) -> bool:
    """An ISO date the site can order by (YAML may have made it a date object already)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return True
    try:
        return isinstance(value, str) and parse_iso(value) is not None
    except ValueError:
        return False


def _list_of_mappings(value) -> bool:
    return isinstance(value, list) and all(isinstance(item, dict) for item in value)


def field_problem(kind: str, value) -> str | None:
    """What is wrong with a non-null front-matter value of this kind, in plain words; None if nothing.

    >>> field_problem("text", "兴隆镇"), field_problem("list", ["王密", "杨雪"])
    (None, None)
    >>> field_problem("text", ["兴隆镇", "太要镇"])
    'expected text, found a list'
    >>> field_problem("list", 7)
    'expected a list of text ([王密, 杨雪]), found a number (7)'
    >>> field_problem("date", "2023年7月")
    "expected an ISO date (2023-07-25, 2023-07 or 2023), found '2023年7月'"
    >>> field_problem("code", 610981111), field_problem("code", "6109")
    (None, "expected a 6- or 9-digit division code, found '6109'")
    """
    if kind == "text":
        if isinstance(value, str):
            return None
        quote = " (put it in quotes)" if isinstance(value, (int, float, dt.date)) else ""
        return f"expected text, found {_shape(value)}{quote}"
    if kind == "list":
        if isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            return None
        return f"expected a list of text ([王密, 杨雪]), found {_shape(value)}"
    if kind == "flag":
        return None if isinstance(value, bool) else f"expected true or false, found {_shape(value)}"
    if kind == "code":
        if isinstance(value, (int, str)) and not isinstance(value, bool):
            if len(str(value)) in (6, 9) and str(value).isdigit():
                return None
        return f"expected a 6- or 9-digit division code, found {value!r}"
    if kind == "date":
        if _is_date(value):
            return None
        return f"expected an ISO date (2023-07-25, 2023-07 or 2023), found {value!r}"
    if kind == "precision":
        return None if value in PRECISIONS else f"expected one of {', '.join(PRECISIONS)}"
    if kind == "mapping":
        return None if isinstance(value, dict) else f"expected a mapping, found {_shape(value)}"
    if kind == "estimate":
        if not isinstance(value, dict):
            return f"expected a mapping {{earliest: …, latest: …}}, found {_shape(value)}"
        for bound in ("earliest", "latest"):
            if value.get(bound) is not None and not _is_date(value[bound]):
                return f"{bound}: expected an ISO date, found {value[bound]!r}"
        if value.get("evidence") is not None and not _list_of_mappings(value["evidence"]):
            return "evidence: expected a list of {marker: …, quote: …}"
        return None
    if kind == "provenance":
        if not isinstance(value, dict):
            return f"expected a mapping, found {_shape(value)}"
        if value.get("raw_file") is not None and not isinstance(value["raw_file"], str):
            return f"raw_file: expected a file name, found {_shape(value['raw_file'])}"
        for key in ("steps", "repairs", "review"):
            if value.get(key) is not None and not _list_of_mappings(value[key]):
                return f"{key}: expected a list of mappings"
        if value.get("warnings") is not None and not isinstance(value["warnings"], list):
            return f"warnings: expected a list, found {_shape(value['warnings'])}"
        return None
    raise ValueError(f"unknown field kind {kind!r}")


def normalise(meta: dict, source: str = "<report>") -> dict:
    """Check each key's value (``FIELD_KINDS``), fill missing keys with their empty
    values and make dates ISO strings.

    >>> r = normalise({"id": "abc", "title": "标题", "authors": "王密",
    ...                "date_estimate": {"earliest": dt.date(2021, 1, 1), "latest": None}})
    >>> r["authors"], r["initiatives"], r["date_estimate"]["earliest"], r["title_devised"]
    (['王密'], [], '2021-01-01', False)
    >>> normalise({"title": "x"}, "a.md")
    Traceback (most recent call last):
    ...
    township_reports.ingest.report.FrontMatterError: a.md: front matter has no 'id' (the first 12 hex digits of the raw file's sha256)
    >>> normalise({"id": "abc", "title": "兴隆镇召开“三会一课”", "editors": 7}, "a.md")
    Traceback (most recent call last):
    ...
    township_reports.ingest.report.FrontMatterError: a.md: editors: expected a list of text ([王密, 杨雪]), found a number (7)
    """
    if not meta.get("id"):
        raise FrontMatterError(
            f"{source}: front matter has no 'id' (the first 12 hex digits of the raw file's sha256)"
        )
    if not meta.get("title"):
        raise FrontMatterError(f"{source}: front matter has no 'title'")
    for key, kind in FIELD_KINDS.items():
        problem = None if meta.get(key) is None else field_problem(kind, meta[key])
        if problem:
            raise FrontMatterError(f"{source}: {key}: {problem}")
    report = {key: meta.get(key) for key in FIELDS}
    report.update({k: v for k, v in meta.items() if k not in report})
    report["title_devised"] = bool(report["title_devised"])
    for key in LIST_FIELDS:
        value = report[key] or []
        report[key] = [str(v) for v in ([value] if isinstance(value, str) else value)]
    if report["division_code"] is not None:
        report["division_code"] = str(report["division_code"])
    report["date"] = _iso(report["date"])
    report["added"] = _iso(report["added"])
    estimate = report["date_estimate"]
    if estimate:
        estimate = dict(estimate)
        estimate["earliest"] = _iso(estimate.get("earliest"))
        estimate["latest"] = _iso(estimate.get("latest"))
        estimate["evidence"] = [
            {k: _iso(v) for k, v in item.items()} for item in estimate.get("evidence") or []
        ]
        report["date_estimate"] = estimate
    else:
        report["date_estimate"] = None
    provenance = dict(report["provenance"] or {})
    # Each field's evidence is for curators (inspect --json, the Markdown); no page shows
    # it, and at 10,000 reports it would cost the site build a few hundred MB.
    provenance.pop("evidence", None)
    for key in ("steps", "repairs", "warnings", "review"):
        provenance[key] = provenance.get(key) or []
    report["provenance"] = provenance
    report["overrides"] = report["overrides"] or {}
    return report


def body_html(body: str) -> str:
    """A report file's Markdown body (``structure.markdown_body``) → HTML, with raw HTML and
    links disabled: source text can only ever be text.

    >>> body_html("## 抓经济检验党建工作成效\\n\\n严格落实&lt;三会一课&gt;，7\\\\*24小时。")
    '<h2>抓经济检验党建工作成效</h2>\\n<p>严格落实&lt;三会一课&gt;，7*24小时。</p>'
    >>> body_html('<script>alert(1)</script> [点此](javascript:alert(1))')
    '<p>&lt;script&gt;alert(1)&lt;/script&gt; [点此](javascript:alert(1))</p>'
    """
    return _markdown().reset().convert(body)


@functools.lru_cache(maxsize=1)
def _markdown() -> markdown.Markdown:
    """One parser for every report (building one costs about as much as converting a body)."""
    md = markdown.Markdown(output_format="html")
    md.preprocessors.deregister("html_block")
    for name in _UNSAFE_INLINE:
        if name in md.inlinePatterns:
            md.inlinePatterns.deregister(name)
    return md


def summary(text: str, limit: int = 90) -> str:
    """First paragraph, cut at ``limit`` characters, HTML-escaped (Pelican treats summaries as HTML).

    >>> summary("坚持<生态立镇>。\\n第二段", limit=6)
    '坚持&lt;生态…'
    """
    first = text.split("\n", 1)[0]
    if len(first) > limit:
        first = first[: limit - 1] + "…"
    return html.escape(first, quote=False)


def read_report(path: str | Path) -> tuple[str, dict]:
    """Read one report file: (body HTML, normalised report dict)."""
    source = str(path)
    meta, body = split_front_matter(Path(path).read_text(encoding="utf-8"), source)
    return body_html(body), normalise(meta, source)


class ReportReader(BaseReader):
    """Pelican reader for report Markdown with YAML front matter.

    A file it cannot read (broken YAML, no ``id``, a value of the wrong type) is an
    error naming the file and the problem, one line, and the rest of the site is built;
    the build then fails (``failures``). It is not built from an older version: the
    page would show what the curator no longer means, and nobody would look why.
    """

    enabled = True
    file_extensions = ["md"]

    def read(self, source_path):
        try:
            content, report = read_report(source_path)
        except (FrontMatterError, UnicodeDecodeError, OSError) as error:
            problem = error if isinstance(error, FrontMatterError) else f"{source_path}: {error}"
            log.error("%s; this report is left out of the site", problem)
            # Pelican's own message for a failed file names it without the reason: skip
            # the file instead (``failures`` still fails the build on the line above).
            return "", {"status": "skip"}
        text = html_to_text(content, BODY_LINES)
        metadata = {
            "title": display_title(report),
            "date": sort_date(report),
            "slug": report["id"],
            "report": report,
            "summary": summary(text),
            # Kept (and cached by Pelican with the rest) for the facets' concordances.
            "report_text": text,
        }
        return content, metadata


def report_paths_by_id(articles) -> dict[str, list]:
    """The articles of each report id, the one to publish first.

    Two Markdown files with one id (``cp x.md "x 副本.md"``) would both be written to
    ``reports/<id>.html``. The one ingest writes, ``<id>.md``, is published; if neither
    has that name, the first by path. Either way the choice does not depend on the
    order files were listed in.

    >>> class A:
    ...     def __init__(self, path, ident):
    ...         self.source_path, self.report = path, {"id": ident}
    >>> found = report_paths_by_id([A("r/e0089f6acc92 副本.md", "e0089f6acc92"),
    ...                              A("r/e0089f6acc92.md", "e0089f6acc92"), A("r/b.md", "9315f2c26fc9")])
    >>> {i: [a.source_path for a in arts] for i, arts in found.items()}
    {'e0089f6acc92': ['r/e0089f6acc92.md', 'r/e0089f6acc92 副本.md'], '9315f2c26fc9': ['r/b.md']}
    """
    by_id: dict[str, list] = {}
    for article in articles:
        by_id.setdefault(article.report["id"], []).append(article)
    for ident, same in by_id.items():
        same.sort(key=lambda a: (Path(a.source_path).name != f"{ident}.md", str(a.source_path)))
    return by_id


def drop_duplicate_reports(generator) -> None:
    """``article_generator_pretaxonomy``: publish one file per report id, an error for each other."""
    by_id = report_paths_by_id(generator.articles)
    if all(len(same) == 1 for same in by_id.values()):
        return
    for ident, (kept, *others) in by_id.items():
        for other in others:
            log.error(
                "%s: same report id %s as %s, which is published instead;"
                " delete or merge one of the two files",
                other.source_path,
                ident,
                kept.source_path,
            )
    published = {id(same[0]) for same in by_id.values()}
    generator.articles = [a for a in generator.articles if id(a) in published]


def add_reader(readers):
    """``readers_init`` receiver: our reader handles ``.md`` instead of Pelican's."""
    for ext in ReportReader.file_extensions:
        readers.reader_classes[ext] = ReportReader
