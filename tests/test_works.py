"""Works and copies (issue 13, reprints): copies of one report are one work; reports that
only share boilerplate are not.

The fixtures in tests/fixtures/reprints are ours: the seed 003 (宋家镇, traditional with
converter pinyin, dated 2023-07-25 10:50) as a county government site republished it
two days later (traditional without pinyin, other furniture) and as a portal excerpted
it (simplified, its first three paragraphs, undated).
"""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, seed
from township_reports.ingest.report import split_front_matter
from township_reports.ingest.run import ingest_paths
from township_reports.site import facets
from township_reports.site.works import copy_pairs, find_works, sentences, work_fields

REPRINTS = ROOT / "tests" / "fixtures" / "reprints"
COUNTY_COPY = "白河县政府网_宋家镇五聚焦.txt"
EXCERPT = "安康党建网_宋家镇五聚焦节选.txt"

# A paragraph any township's report might carry word for word (the archive's seeds do).
BOILERPLATE = (
    "严格落实“三会一课”制度，推动基层组织生活规范化。持续深化“两学一做”学习教育常态化"
    "制度化，引导党员干部学党章党规、学系列讲话，做合格党员。坚持把抓基层打基础作为长远"
    "之计和固本之举，全面提升基层党组织组织力。"
)
TOWN_REPORTS = {
    "兴隆镇三会一课.txt": (
        "平利县兴隆镇：“三会一课”夯实支部建设\n\n发布时间：2022-04-12 09:30\n\n"
        "今年以来，平利县兴隆镇党委以支部标准化建设为抓手，全镇21个村党支部全部达标。\n\n"
        + BOILERPLATE
        + "\n\n兴隆镇在茶园村试点“党员积分制”，每月公示积分，年底评选十佳党员，带动"
        "全村发展茶叶种植1200亩，村集体经济收入突破30万元。\n"
    ),
    "太要镇三会一课.txt": (
        "潼关县太要镇：“三会一课”夯实支部建设\n\n发布时间：2022-05-03 15:10\n\n"
        "近年来，潼关县太要镇坚持以党建引领乡村振兴，把支部建在产业链上。\n\n"
        + BOILERPLATE
        + "\n\n太要镇依托秦王寨村的果蔬大棚，成立联合党支部，吸纳致富能手入党8名，"
        "带动周边农户户均增收4000元。\n"
    ),
}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> dict[str, dict]:
    """Raw file name → front matter with ``body``, for the seed, its reprints, two towns."""
    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(seed("003"), raw)
    for name in (COUNTY_COPY, EXCERPT):
        shutil.copy(REPRINTS / name, raw)
    for name, text in TOWN_REPORTS.items():
        (raw / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("reports")
    outcomes = ingest_paths([raw], out, jobs=1, raw_root=raw)
    assert [o.status for o in outcomes] == ["written"] * 5, [o.message for o in outcomes]
    reports = {}
    for path in out.glob("*.md"):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        meta["body"] = body
        reports[meta["provenance"]["raw_file"]] = meta
    return reports


def test_a_seed_and_its_two_reprints_are_one_work_with_the_seed_first(ingested):
    original = ingested[seed("003").name]
    works = {w.primary: w for w in find_works(ingested.values())}
    work = works[original["id"]]
    assert work.copies == (
        original["id"],
        ingested[COUNTY_COPY]["id"],  # dated two days later
        ingested[EXCERPT]["id"],  # undated
    )
    assert work.why_primary == "earliest stated date"
    assert len(works) == 3  # the work, and each town's own report


def test_what_each_reprint_changes_is_told(ingested):
    original = ingested[seed("003").name]
    (work,) = [w for w in find_works(ingested.values()) if w.primary == original["id"]]
    county = work.differences[ingested[COUNTY_COPY]["id"]]
    excerpt = work.differences[ingested[EXCERPT]["id"]]
    assert county.labels() == ["more chrome", "date", "authors"]
    assert not county.truncated and county.length_ratio == 1.0
    assert excerpt.labels() == ["script: simplified", "more chrome", "truncated", "date", "authors"]
    assert excerpt.length_ratio < 0.6 and excerpt.sentences_missing == 0
    assert original["script"] == "traditional" and _removed_pinyin(original) > 0


def _removed_pinyin(report: dict) -> int:
    steps = report["provenance"]["steps"]
    return next(s["count"] for s in steps if s["step"] == "unannotate")


def test_two_towns_reports_sharing_a_boilerplate_paragraph_are_two_works(ingested):
    towns = [ingested[name] for name in TOWN_REPORTS]
    shared = set(sentences(towns[0]["body"])) & set(sentences(towns[1]["body"]))
    assert len(shared) == 3  # the boilerplate paragraph's three sentences
    works = find_works(towns)
    assert [w.copies for w in works] == sorted((r["id"],) for r in towns)


def test_shared_boilerplate_alone_never_makes_a_copy_even_unplaced():
    # Text alone: the paragraph both share is about half of each.
    bodies = [text.split("\n\n", 2)[2] for text in TOWN_REPORTS.values()]
    assert copy_pairs(bodies) == set()


def test_the_same_text_placed_in_two_towns_is_not_one_report():
    body = TOWN_REPORTS["兴隆镇三会一课.txt"].split("\n\n", 2)[2]
    assert copy_pairs([body, body]) == {(0, 1)}
    assert copy_pairs([body, body], ["610926104", "610522102"]) == set()


def test_works_do_not_depend_on_the_order_of_the_reports(ingested):
    reports = list(ingested.values())
    assert find_works(reports) == find_works(reports[::-1])


def test_without_stated_dates_the_longest_copy_is_primary():
    text = (
        "近年来，平利县兴隆镇坚持以党建引领发展。镇党委建立了干部培养机制。"
        "把8名致富能手吸收为党员。培养示范户56户。"
    )
    reports = [
        {"id": "b", "body": text, "date": None},
        {"id": "a", "body": text.rsplit("培养", 1)[0], "date": None},
        {"id": "c", "body": text, "date": None},
    ]
    (work,) = find_works(reports)
    assert (work.copies, work.why_primary) == (("b", "c", "a"), "longest text")


def test_a_work_takes_the_primarys_fields_and_names_the_copy_a_missing_one_comes_from(ingested):
    original = ingested[seed("003").name]
    by_id = {r["id"]: r for r in ingested.values()}
    (work,) = [w for w in find_works(ingested.values()) if w.primary == original["id"]]
    fields = work_fields(work, by_id)
    assert fields["place"] == (
        {key: original[key] for key in ("division_code", "province", "prefecture", "county")}
        | {"township": "宋家镇"},
        original["id"],
    )
    assert fields["date"] == (original["date"], original["id"])
    # Had the seed named no source, the county site's copy would give its own.
    by_id[original["id"]] = dict(original, source=None)
    county = ingested[COUNTY_COPY]
    assert county["source"]
    assert work_fields(work, by_id)["source"] == (county["source"], county["id"])


def test_the_readers_report_text_gives_the_same_sentences_as_the_markdown_body():
    # The site half has each article's report_text (rendered body as text): find_works
    # may be given that as ``text`` instead of the Markdown ``body``.
    from conftest import REPORTS
    from township_reports.site.reader import html_to_text, read_report

    for path in sorted(REPORTS.glob("*.md")):
        content, _ = read_report(str(path))
        _, body = split_front_matter(path.read_text(encoding="utf-8"))
        assert sentences(html_to_text(content)) == sentences(body), path.name


def test_works_are_the_same_in_every_process_whatever_the_hash_seed(ingested, tmp_path):
    # Sentences are hashed with hash(), which Python salts per process: the works must not
    # depend on it (the check of each candidate pair is exact).
    import json
    import os
    import subprocess
    import sys

    data = tmp_path / "reports.json"
    data.write_text(json.dumps(list(ingested.values()), default=str), encoding="utf-8")
    script = (
        "import json, sys; from township_reports.site.works import find_works; "
        "print([(w.primary, w.copies, w.why_primary, sorted(w.differences.items())) "
        "for w in find_works(json.load(open(sys.argv[1], encoding='utf-8')))])"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, str(data)],
            env=dict(os.environ, PYTHONHASHSEED=seed_value),
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed_value in ("1", "2", "3")
    }
    assert len(outputs) == 1


# --- the archive model counts works (facet pages, home, chart, matrix) ------------------


def _archive(reports):
    from township_reports.site.archive import build_archive

    return build_archive([dict(r, text=r["body"]) for r in reports], {}, "")


def test_the_archive_counts_the_seed_and_its_two_reprints_once_everywhere(ingested):
    original = ingested[seed("003").name]
    archive = _archive(ingested.values())
    assert (len(archive.reports), len(archive.works), archive.reprints) == (5, 3, 2)
    assert archive.stats[0] == ("篇报道", 3)
    for place in facets.place_trail(original):  # province, prefecture, county, town
        counted = archive.places[place.code]
        assert [r["id"] for r in counted.reports].count(original["id"]) == 1, place.name
        assert counted.reprints == 2, place.name
    town = archive.places[facets.place_trail(original)[-1].code]
    assert (town.name, town.count) == ("宋家镇", 1)
    (year,) = [g for g in archive.years if g.year == 2023]
    assert [r["id"] for r in year.stated + year.estimated] == [original["id"]]
    assert archive.undated == []  # the undated excerpt is not a report of unknown date
    for name in original["initiatives"]:
        initiative = archive.initiative(name)
        named = [r["id"] for r in initiative.reports]
        assert (named.count(original["id"]), initiative.reprints) == (1, 2), name
    from township_reports.site.pages import matrix_pages

    rows = [r for p in matrix_pages(archive, {}) for r in p.context.get("items", [])]
    (row,) = [cells for _, code, cells in rows if code == town.code]
    assert set(row) == {0, 1}  # its province's matrix counts the work once


def test_an_initiative_only_a_reprint_names_counts_once_for_the_work(ingested):
    original, excerpt = ingested[seed("003").name], ingested[EXCERPT]
    reports = dict(ingested, **{EXCERPT: dict(excerpt, initiatives=["双培双带"])})
    archive = _archive(reports.values())
    counted = archive.initiative("双培双带")
    assert [r["id"] for r in counted.reports] == [original["id"]]
    assert [t.name for t in counted.towns] == ["宋家镇"]


def test_a_work_whose_primary_names_only_its_county_counts_in_the_town_a_copy_names(ingested):
    original = ingested[seed("003").name]
    county_only = dict(original, division_code=original["division_code"][:6], township=None)
    archive = _archive(dict(ingested, **{seed("003").name: county_only}).values())
    (entry,) = [w for w in archive.works if w["id"] == original["id"]]
    assert entry["township"] == "宋家镇"
    assert entry["work_evidence"] == {"place": ingested[COUNTY_COPY]["id"]}  # the next copy
    town = archive.places[original["division_code"]]
    county = archive.places[original["division_code"][:6]]
    assert (town.count, county.count) == (1, 1)
