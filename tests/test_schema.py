"""The report's fields are defined once (ingest/schema.py): every consumer follows from it.

Every test here walks ``schema.FIELDS``: a field added to the schema is checked for the
writer, the reader, inspect, the search records, catalog.csv and FRONT_MATTER.md without
touching this file.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "plugins"))

from township_reports import cli  # noqa: E402
from township_reports.ingest import schema  # noqa: E402
from township_reports.ingest.catalog import apply_overrides  # noqa: E402
from township_reports.ingest.report import (  # noqa: E402
    CATALOG_FIELDS,
    Report,
    catalog_schema,
    render_markdown,
    split_front_matter,
)
from township_reports.site import datafiles, reader  # noqa: E402
from township_reports.site.search.records import SearchRecord, record_from_metadata  # noqa: E402

FRONT_MATTER = [f for f in schema.FIELDS if f.front_matter]

#: A value of each kind that is not the kind's empty value, as the front matter holds it.
SAMPLE = {
    "text": "兴隆镇",
    "flag": True,
    "code": "610926104",
    "date": "2023-07-25T10:50",
    "precision": "minute",
    "estimate": {
        "earliest": "2021-01-01",
        "latest": "2022-12-31",
        "evidence": [{"marker": "疫情防控", "quote": "持续抓好疫情防控"}],
    },
    "list": ["王密", "杨雪"],
    "mapping": {"url": {"value": "https://example.org/a.html", "extracted": None}},
    "provenance": {
        "raw_file": "平利县/兴隆镇.txt",
        "sha256": "0" * 64,
        "steps": [{"step": "dechrome", "count": 2}],
        "repairs": [],
        "warnings": ["未注明日期"],
        "review": [],
    },
}


def full_report() -> Report:
    """A Report with every field set to a value of its kind."""
    values = {f.name: SAMPLE[f.kind] for f in schema.FIELDS}
    values.update(id="e0089f6acc92", title="兴隆镇“三联”", body="正文。\n")
    return Report(**values)


def test_every_field_has_a_known_kind_and_unique_name():
    assert len({f.name for f in schema.FIELDS}) == len(schema.FIELDS)
    assert {f.kind for f in schema.FIELDS} <= set(schema.KINDS)
    assert set(SAMPLE) == set(schema.KINDS), "add a sample value for the new kind"


def test_the_report_has_exactly_the_schema_fields_in_order():
    assert [f.name for f in dataclasses.fields(Report)] == [f.name for f in schema.FIELDS]


def test_every_key_the_writer_writes_the_reader_reads_back():
    report = full_report()
    meta, body = split_front_matter(render_markdown(report))
    assert list(meta) == [f.name for f in FRONT_MATTER]
    assert set(reader.FIELD_KINDS) == set(meta)
    read = reader.normalise(meta, "test.md")
    for f in FRONT_MATTER:
        assert reader.FIELD_KINDS[f.name] == f.kind
        assert read[f.name] == getattr(report, f.name), f.name
    assert body == report.body


@pytest.mark.parametrize("field", FRONT_MATTER, ids=lambda f: f.name)
def test_the_reader_checks_every_field_by_its_kind(field):
    meta = {"id": "e0089f6acc92", "title": "标题", field.name: object()}
    with pytest.raises(reader.FrontMatterError, match=f": {field.name}: "):
        reader.normalise(meta, "test.md")


def test_a_missing_key_is_read_as_its_empty_value():
    read = reader.normalise({"id": "e0089f6acc92", "title": "标题"}, "test.md")
    for f in FRONT_MATTER:
        if not f.required and f.kind != "provenance":
            assert read[f.name] == f.empty(), f.name


def test_inspect_prints_every_field_the_schema_says():
    assert set(cli.INSPECT_KEYS) == {f.name for f in schema.FIELDS if f.inspect}
    assert all(f.front_matter for f in schema.FIELDS if f.inspect)


def test_inspect_output_holds_its_fields(capsys):
    raw = sorted((REPO / "content" / "raw").glob("*.txt"))[0]
    assert cli.main(["inspect", "--json", "--catalog", "/nonexistent.yaml", str(raw)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [k for k in record if k in schema.BY_NAME] == list(cli.INSPECT_KEYS)


def test_search_records_keep_the_search_fields():
    names = [f.name for f in dataclasses.fields(SearchRecord)]
    assert names[:4] == ["id", "title", "body", "url"]
    # body and url are the page's; work is the site's (site/works.py), not the report's
    assert set(names) - {"body", "url", "work"} == {f.name for f in schema.FIELDS if f.search}
    report = reader.normalise(split_front_matter(render_markdown(full_report()))[0])
    record = record_from_metadata(report, body="正文。", url="reports/e0089f6acc92.html")
    for f in schema.FIELDS:
        if f.search and f.kind != "estimate":
            assert getattr(record, f.name) == report[f.name], f.name


def test_catalog_csv_has_a_column_for_every_field_with_columns():
    names = [name for name, _ in datafiles.CATALOG_COLUMNS]
    assert len(names) == len(set(names))
    for f in schema.FIELDS:
        for column in f.columns:
            assert column.name in names
            assert column.key[0] in (f.name, "date_label"), column
    in_download = {f.name for f in schema.FIELDS if f.columns}
    assert in_download == {f.name for f in FRONT_MATTER}, (
        "a front-matter field missing from catalog.csv"
    )


def test_catalog_csv_row_holds_every_field():
    report = reader.normalise(split_front_matter(render_markdown(full_report()))[0])
    report.update(page="reports/e0089f6acc92.html", date_label="2023年7月25日 10:50")
    # a reprint: its work is the primary copy's, of three copies
    row = datafiles.catalog_row(report, "https://example.org", ("ed051efe3bbd", 3))
    assert list(row) == [name for name, _ in datafiles.CATALOG_COLUMNS]
    assert (row["work_id"], row["copies"]) == ("ed051efe3bbd", 3)
    for f in FRONT_MATTER:
        assert any(row[c.name] for c in f.columns), f.name


def test_a_catalog_entry_sets_exactly_the_catalog_fields():
    assert set(CATALOG_FIELDS) == {f.name for f in schema.FIELDS if f.catalog}
    assert set(catalog_schema()) == set(CATALOG_FIELDS) | {"note"}
    report = Report(id="x", title="标题", title_devised=False, body="")
    entry = {
        f.name: SAMPLE[f.kind] if f.kind != "date" else "2023-07-25"
        for f in schema.FIELDS
        if f.catalog
    }
    entry["date_precision"] = "day"
    apply_overrides(report, entry)
    assert list(report.overrides) == list(CATALOG_FIELDS)


def test_every_order_moves_fields_of_the_schema():
    for moves in schema.ORDER_MOVES.values():
        for name, after in moves:
            assert name in schema.BY_NAME and after in schema.BY_NAME


def test_front_matter_md_documents_every_field_in_order():
    text = (REPO / "plugins" / "township_reports" / "FRONT_MATTER.md").read_text(encoding="utf-8")
    block = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    documented = re.findall(r"^([a-z_]+):", block, re.M)
    assert documented == [f.name for f in FRONT_MATTER]


def test_a_location_is_the_place_fields_of_the_schema():
    from township_reports.ingest.gazetteer import Location

    assert [f.name for f in dataclasses.fields(Location)] == list(schema.PLACE_FIELDS)
    assert all(schema.BY_NAME[name].front_matter for name in schema.PLACE_FIELDS)


def test_a_place_trail_names_each_level_by_its_place_field():
    from township_reports.site import facets

    report = {f.name: SAMPLE[f.kind] for f in FRONT_MATTER if f.place}
    trail = facets.place_trail(report)
    assert [p.level for p in trail] == list(facets.LEVELS)
    assert all(
        p.name == report[field] for p, (_, field) in zip(trail, schema.DIVISION_LEVELS, strict=True)
    )


def test_eval_scores_fields_of_the_schema():
    """``evaluate.FIELDS`` are the golden table's columns: a chosen few, but each a report field."""
    from township_reports import evaluate

    assert set(evaluate.FIELDS) <= set(schema.BY_NAME)
