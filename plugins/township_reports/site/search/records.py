"""What the index knows about one report (``SearchRecord``) and where it comes from:
the text a reader sees (HTML → text), the front matter, the filter values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import field, make_dataclass
from pathlib import Path

from ...ingest import schema
from ...ingest.html_text import SEARCH_TEXT, html_to_text
from .. import date_display

#: The filters, places largest first (each place's parent is the one before it).
FACET_KINDS = ("province", "prefecture", "county", "town", "initiative", "year")

# --------------------------------------------------------------------------- text


def plain_text_from_html(html: str) -> str:
    """The text a reader sees in rendered report HTML (``html_text.SEARCH_TEXT``): one block
    per line, entities decoded, runs of spaces collapsed as a browser would.

    >>> plain_text_from_html('<h2>抓经济</h2>\\n<p>&lt;script&gt; 与 *星号*\\n续行</p>')
    '抓经济\\n<script> 与 *星号* 续行'
    """
    return html_to_text(html, SEARCH_TEXT)


# --------------------------------------------------------------------------- records


class _RecordLabels:
    """What a result shows, from a record's fields."""

    @property
    def dates(self) -> dict:
        return {
            "date": self.date,
            "date_precision": self.date_precision,
            "date_estimate": self.date_estimate,
        }

    @property
    def date_label(self) -> str:
        return date_display.date_label(self.dates)

    @property
    def place_label(self) -> str:
        parts = [self.province, self.prefecture, self.county, self.township]
        return " › ".join(p for p in parts if p)


#: The report fields the index keeps (``schema.FIELDS`` with ``search``).
SEARCH_FIELDS = tuple(schema.BY_NAME[name] for name in schema.names("search", order="search"))

#: What the index needs to know about one report: ``id``, ``title``, ``body`` (the text a
#: reader sees) and ``url``, then the other search fields of the schema by keyword, and
#: ``work``: the id of the primary copy of the work it is a copy of (``site/works.py``),
#: empty when it is the only copy (search shows a work once).
SearchRecord = make_dataclass(
    "SearchRecord",
    [(name, str) for name in ("id", "title", "body", "url")]
    + [
        schema.dataclass_field(f, empty=True, kw_only=True)
        for f in SEARCH_FIELDS
        if f.name not in ("id", "title")
    ]
    + [("work", str, field(default="", kw_only=True))],
    bases=(_RecordLabels,),
)
SearchRecord.__module__ = __name__


def _str_or_none(value) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _search_value(kind: str, value):
    """A front-matter value as the record holds it, by the field's kind (see FRONT_MATTER.md).

    >>> import datetime
    >>> _search_value("list", "三联"), _search_value("date", datetime.date(2021, 5, 1)), _search_value("text", "")
    (['三联'], '2021-05-01', None)
    >>> _search_value("estimate", {"earliest": "2021-01-01", "latest": None, "evidence": []})
    {'earliest': '2021-01-01', 'latest': None}
    """
    if kind == "list":
        return [str(i) for i in ([value] if isinstance(value, str) else value or [])]
    if kind == "flag":
        return bool(value)
    if kind == "date":
        return _iso(value)
    if kind == "estimate":
        if not isinstance(value, Mapping):
            return None
        return {k: _iso(value.get(k)) for k in ("earliest", "latest")}
    return _str_or_none(value)


def record_from_metadata(meta: Mapping, *, body: str, url: str, work: str = "") -> SearchRecord:
    """A record from report front matter (keys as in FRONT_MATTER.md)."""
    values = {f.name: _search_value(f.kind, meta.get(f.name)) for f in SEARCH_FIELDS}
    values["id"], values["title"] = str(meta.get("id") or ""), str(meta.get("title") or "")
    return SearchRecord(body=body, url=url, work=work if work != values["id"] else "", **values)


def record_from_markdown_file(path: Path, url_pattern: str = "reports/{id}.html") -> SearchRecord:
    """A record straight from a ``content/reports/<id>.md`` file (tests and benchmarks;
    the site build takes the same text from Pelican's rendered articles)."""
    from ..reader import read_report

    html, report = read_report(path)
    return record_from_metadata(
        report, body=plain_text_from_html(html), url=url_pattern.format(**report)
    )


def record_from_article(article) -> SearchRecord:
    """A record from a Pelican article read by ``reader.ReportReader``: the front matter
    is its ``report`` metadata, the text is that of the rendered HTML."""
    report = getattr(article, "report", None) or article.metadata.get("report")
    if report is None:  # an article some other reader produced: its own metadata
        report = dict(article.metadata, title=plain_text_from_html(str(article.title)))
        report.setdefault("id", article.slug)
        report["date"] = None
    return record_from_metadata(
        report,
        body=plain_text_from_html(article.content),
        url=article.url,
        work=getattr(article, "work", "") or "",  # set by the site's generator (find_works)
    )


# --------------------------------------------------------------------------- facets


def year_facets(record: SearchRecord) -> list[tuple[str, str]]:
    """The year filter values (key, label): stated years apart from estimated ones, as
    on the year pages (an estimate spanning 2021–2022 is under both years, as estimated).

    >>> year_facets(SearchRecord('a', 't', 'b', 'u', date='2011-09-14T09:09'))
    [('2011', '2011年')]
    >>> year_facets(SearchRecord('a', 't', 'b', 'u',
    ...     date_estimate={'earliest': '2021-01-01', 'latest': '2022-12-31'}))
    [('约2021', '约2021年（推断）'), ('约2022', '约2022年（推断）')]
    >>> year_facets(SearchRecord('a', 't', 'b', 'u'))
    [('不详', '年代不详')]
    """
    years = date_display.report_years(record.dates)
    if not years:
        return [("不详", date_display.UNDATED_LABEL)]
    if date_display.date_kind(record.dates) == "stated":
        return [(str(y), f"{y}年") for y in years]
    return [(f"约{y}", f"约{y}年（推断）") for y in years]


def facet_values(record: SearchRecord) -> dict[str, list[tuple[str, str, str | None]]]:
    """Each filter value of a report as (key, label, parent key).

    Places are keyed by statistical division code, as the place pages are
    (兴隆镇 exists in dozens of counties): province 610000, prefecture 610900, county
    610926, town 610926104; each names its parent, the level above it.

    >>> r = SearchRecord('a', 't', 'b', 'u', province='陕西省', prefecture='安康市',
    ...     county='平利县', township='兴隆镇', division_code='610926104',
    ...     initiatives=['三联'], date='2023-01-02')
    >>> v = facet_values(r)
    >>> v['province'], v['prefecture']
    ([('610000', '陕西省', None)], [('610900', '安康市', '610000')])
    >>> v['county'], v['town']
    ([('610926', '平利县', '610900')], [('610926104', '兴隆镇', '610926')])
    >>> facet_values(SearchRecord('b', 't', 'b', 'u', province='重庆市', county='渝北区',
    ...     township='玉峰山镇', division_code='500112129'))['prefecture']
    [('500100', '重庆市直辖县级单位（500100）', '500000')]
    >>> v['initiative'], v['year']
    ([('三联', '三联', None)], [('2023', '2023年', None)])
    """
    out: dict[str, list[tuple[str, str, str | None]]] = {k: [] for k in FACET_KINDS}
    code = record.division_code or ""
    if len(code) >= 6:
        codes = dict(schema.division_chain(code))
        province, prefecture, county = codes["province"], codes["prefecture"], codes["county"]
        out["province"].append((province, record.province or f"（{province}）", None))
        # No prefecture name: the counties directly under a province or a municipality
        # (重庆市's 500100), which the place pages hang from the province itself.
        prefecture_label = (
            record.prefecture or f"{record.province or ''}直辖县级单位（{prefecture}）"
        )
        out["prefecture"].append((prefecture, prefecture_label, province))
        # The county menu lists one prefecture's counties: its name alone is unique there.
        out["county"].append((county, record.county or f"（{county}）", prefecture))
        if "town" in codes:
            out["town"].append((code, record.township or f"（{code}）", county))
    for name in dict.fromkeys(record.initiatives):
        out["initiative"].append((name, name, None))
    out["year"] = [(key, label, None) for key, label in year_facets(record)]
    return out


def order_records(records: Iterable[SearchRecord]) -> list[SearchRecord]:
    """Newest first, as the browse pages list them (undated last): a report's number in
    the index is its date rank, so the date tie-break costs nothing in the browser.

    >>> rs = [SearchRecord('b', '', '', ''), SearchRecord('a', '', '', '', date='2011'),
    ...       SearchRecord('c', '', '', '', date='2023')]
    >>> [r.id for r in order_records(rs)]
    ['c', 'a', 'b']
    """
    return sorted(records, key=lambda r: (date_display.sort_date(r.dates), r.id), reverse=True)
