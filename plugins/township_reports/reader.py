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
from html.parser import HTMLParser
from pathlib import Path

import markdown
from pelican.readers import BaseReader

from .dates import sort_date
from .facets import display_title
from .report import FrontMatterError, split_front_matter

FIELDS = (
    "id",
    "title",
    "title_devised",
    "township",
    "county",
    "township_as_written",
    "county_as_written",
    "prefecture",
    "province",
    "division_code",
    "date",
    "date_precision",
    "date_estimate",
    "authors",
    "editors",
    "source",
    "initiatives",
    "script",
    "provenance",
    "overrides",
    "url",
)
LIST_FIELDS = ("authors", "editors", "initiatives")

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


def normalise(meta: dict, source: str = "<report>") -> dict:
    """Fill missing keys with their empty values and make dates ISO strings.

    >>> r = normalise({"id": "abc", "title": "标题", "authors": "王密",
    ...                "date_estimate": {"earliest": dt.date(2021, 1, 1), "latest": None}})
    >>> r["authors"], r["initiatives"], r["date_estimate"]["earliest"], r["title_devised"]
    (['王密'], [], '2021-01-01', False)
    >>> normalise({"title": "x"}, "a.md")
    Traceback (most recent call last):
    ...
    township_reports.report.FrontMatterError: a.md: front matter has no 'id' (the first 12 hex digits of the raw file's sha256)
    """
    if not meta.get("id"):
        raise FrontMatterError(
            f"{source}: front matter has no 'id' (the first 12 hex digits of the raw file's sha256)"
        )
    if not meta.get("title"):
        raise FrontMatterError(f"{source}: front matter has no 'title'")
    report = {key: meta.get(key) for key in FIELDS}
    report.update({k: v for k, v in meta.items() if k not in report})
    report["id"] = str(report["id"])
    report["title"] = str(report["title"])
    report["title_devised"] = bool(report["title_devised"])
    for key in LIST_FIELDS:
        value = report[key] or []
        report[key] = [str(v) for v in ([value] if isinstance(value, str) else value)]
    if report["division_code"] is not None:
        report["division_code"] = str(report["division_code"])
    report["date"] = _iso(report["date"])
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


def render_body(body: str) -> str:
    """Markdown → HTML with raw HTML and links disabled: source text can only ever be text.

    >>> render_body("## 抓经济检验党建工作成效\\n\\n严格落实&lt;三会一课&gt;，7\\\\*24小时。")
    '<h2>抓经济检验党建工作成效</h2>\\n<p>严格落实&lt;三会一课&gt;，7*24小时。</p>'
    >>> render_body('<script>alert(1)</script> [点此](javascript:alert(1))')
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


class _TextCollector(HTMLParser):
    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "div", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of rendered body HTML, one block per line (for concordances and summaries).

    >>> html_to_text("<h2>抓经济</h2>\\n<p>严格落实&lt;三会一课&gt;。</p>")
    '抓经济\\n严格落实<三会一课>。'
    """
    collector = _TextCollector()
    collector.feed(fragment)
    lines = (line.strip() for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)


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
    return render_body(body), normalise(meta, source)


class ReportReader(BaseReader):
    """Pelican reader for report Markdown with YAML front matter."""

    enabled = True
    file_extensions = ["md"]

    def read(self, source_path):
        content, report = read_report(source_path)
        text = html_to_text(content)
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


def add_reader(readers):
    """``readers_init`` receiver: our reader handles ``.md`` instead of Pelican's."""
    for ext in ReportReader.file_extensions:
        readers.reader_classes[ext] = ReportReader
