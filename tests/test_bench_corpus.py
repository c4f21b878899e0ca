"""bench/make_corpus.py: the benchmark corpus is deterministic and ingests to what it intended.

Twenty reports cover every variant the generator cycles through (both scripts, converter
pinyin, byte damage, GB18030/Big5/UTF-16/BOM, a saved HTML page, stated and undated
reports); each must come out of ingest in the township and county it was written for,
with its stated date or an estimate, and with the initiatives written into it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from township_reports.ingest.pipeline import report_id
from township_reports.ingest.report import split_front_matter
from township_reports.ingest.run import ingest_paths

N = 20
SEED = 1


def _load_make_corpus():
    # bench/ is not a package; load the script as a module (dataclasses need it in sys.modules).
    name = "bench_make_corpus"
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


make_corpus = _load_make_corpus()


def raw_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus")
    return out, make_corpus.make_corpus(N, SEED, out)


@pytest.fixture(scope="module")
def ingested(corpus, tmp_path_factory) -> list[tuple[dict, dict]]:
    """(what the generator intended, the front matter ingest wrote + ``body``) for every report."""
    raw, record = corpus
    reports = tmp_path_factory.mktemp("reports")
    outcomes = ingest_paths([raw], reports, jobs=1)
    assert [o.status for o in outcomes] == ["written"] * N, [o.message for o in outcomes]
    pairs = []
    for expected in record["reports"]:
        output = reports / f"{report_id((raw / expected['file']).read_bytes())}.md"
        meta, body = split_front_matter(output.read_text(encoding="utf-8"))
        pairs.append((expected, dict(meta, body=body)))
    return pairs


def test_the_same_seed_gives_the_same_files(corpus, tmp_path):
    raw, record = corpus
    again = make_corpus.make_corpus(N, SEED, tmp_path)
    assert raw_files(tmp_path) == raw_files(raw)
    assert again == record


def test_another_seed_gives_other_reports(corpus, tmp_path):
    raw, _ = corpus
    make_corpus.make_corpus(N, SEED + 1, tmp_path)
    assert set(raw_files(tmp_path).values()).isdisjoint(raw_files(raw).values())


def test_a_smaller_corpus_is_the_start_of_a_larger_one(corpus, tmp_path):
    raw, _ = corpus
    make_corpus.make_corpus(5, SEED, tmp_path)
    assert raw_files(tmp_path) == dict(list(raw_files(raw).items())[:5])


def test_regenerating_into_a_corpus_folder_replaces_it(tmp_path):
    make_corpus.make_corpus(8, SEED, tmp_path)
    make_corpus.make_corpus(3, SEED, tmp_path)
    assert len(raw_files(tmp_path)) == 3


def test_twenty_reports_cover_every_variant(corpus):
    _, record = corpus
    reports = record["reports"]
    assert {r["script"] for r in reports} == {"simplified", "traditional"}
    assert {r["encoding"] for r in reports} >= {"utf-8", "utf-8-sig", "gb18030", "utf-16"}
    assert any(r["file"].endswith(".html") for r in reports)
    assert {r["date_precision"] for r in reports} == {"minute", "second", "day", None}
    originals = [(k, r) for k, r in enumerate(reports) if not r["extra"].get("reprint")]
    assert [r["estimated"] for _, r in originals] == [k % 5 == 4 for k, _ in originals]
    assert any(r["estimated"] for r in reports)
    raw, _ = corpus
    traditional = [(raw / r["file"]).read_bytes() for r in reports if r["encoding"] == "utf-8"]
    assert any("鎮(zhèn)".encode() in data for data in traditional)


def test_reports_are_placed_in_the_intended_township(ingested):
    wrong = [
        (e["file"], (e["county"], e["township"]), (m["county"], m["township"]))
        for e, m in ingested
        if m["division_code"] != e["division_code"]
    ]
    assert wrong == []


def test_stated_dates_are_found_with_their_precision(ingested):
    wrong = [
        (e["file"], e["date"], m["date"], m["date_precision"])
        for e, m in ingested
        if e["date"] and (m["date"], m["date_precision"]) != (e["date"], e["date_precision"])
    ]
    assert wrong == []


def test_a_bare_chinese_date_opening_a_page_without_headline_is_its_date(ingested):
    # The corpus found this one: 2022年5月6日 reads as a headline too (fixed in 3116200).
    cases = [
        (e, m) for e, m in ingested if e["style"] == "dateline" and e["date_precision"] == "day"
    ]
    assert cases, "the corpus no longer has this case: choose another SEED"
    assert [(m["date"], m["title_devised"]) for _, m in cases] == [
        (e["date"], True) for e, _ in cases
    ]


def test_undated_reports_get_an_estimate_from_era_markers(ingested):
    undated = [(e, m) for e, m in ingested if e["estimated"]]
    assert undated
    assert all(m["date"] is None and m["date_estimate"] for _, m in undated)


def test_initiatives_written_into_a_report_are_found(ingested):
    missing = [
        (e["file"], sorted(set(e["initiatives"]) - set(m["initiatives"])))
        for e, m in ingested
        if not set(e["initiatives"]) <= set(m["initiatives"])
    ]
    assert missing == []


def test_the_script_of_each_report_is_recognised(ingested):
    assert [m["script"] for _, m in ingested] == [e["script"] for e, _ in ingested]


def test_byte_damage_is_repaired(ingested):
    damaged = [m for e, m in ingested if e["damaged"]]
    assert damaged, "the corpus no longer has a damaged report: choose another SEED"
    assert all(
        any(r["kind"] == "lost_gbk_lead_byte" for r in m["provenance"]["repairs"]) for m in damaged
    )


# --- reprints (issue 13) -------------------------------------------------------


def test_reprints_copy_an_earlier_original_and_the_truth_lists_each_work(corpus):
    _, record = corpus
    reports = record["reports"]
    files = [r["file"] for r in reports]
    reprints = [(k, r["extra"]["reprint"]) for k, r in enumerate(reports) if r["extra"]]
    assert reprints, "no reprint among the first reports: choose another SEED"
    for k, reprint in reprints:
        original = files.index(reprint["of"])
        assert original < k and not reports[original]["extra"]
        assert reports[original]["division_code"] == reports[k]["division_code"]
    works = {files[0]: files for files in record["works"]}
    assert sorted(works) == sorted({r["of"] for _, r in reprints})
    assert all(files == sorted(files, key=files_order(record)) for files in works.values())
    assert sorted(f for files in record["works"] for f in files[1:]) == sorted(
        files[k] for k, _ in reprints
    )


def files_order(record):
    order = {r["file"]: k for k, r in enumerate(record["reports"])}
    return order.__getitem__


def test_reprints_vary_in_every_way_the_issue_names(tmp_path):
    record = make_corpus.make_corpus(300, SEED, tmp_path)
    reprints = [r for r in record["reports"] if r["extra"]]
    edits = {e.split(" to ")[0] for r in reprints for e in r["extra"]["reprint"]["edits"]}
    assert edits == {"chrome", "truncated", "sentence changed", "sentence added", "byline", "date"}
    assert {r["script"] for r in reprints} == {"simplified", "traditional"}
    assert 0.05 < len(reprints) / len(record["reports"]) < 0.2


def test_the_copies_the_truth_names_are_one_work_after_ingest(ingested):
    from township_reports.site.works import find_works

    found = {}
    for work in find_works(m for _, m in ingested):
        for ident in work.copies:
            found[ident] = work.primary
    by_file = {e["file"]: m["id"] for e, m in ingested}
    truth = {}
    for e, m in ingested:
        reprint = e["extra"].get("reprint")
        truth[m["id"]] = by_file[reprint["of"]] if reprint else m["id"]
    # the same partition (each work named by whichever copy is primary)
    assert _partition(found) == _partition(truth)


def _partition(work_of: dict[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for ident, work in work_of.items():
        groups.setdefault(work, []).append(ident)
    return sorted(sorted(g) for g in groups.values())
