"""The search index answers as grep would: every report that contains the query, no other.

Fixtures: tests/fixtures/search/ holds the five seeds converted with OpenCC t2s (their
ASCII punctuation left as the sources have it, which exercises width folding), plus two
edge reports: one whose body starts and ends with marker words and carries escaped
source text (``&lt;script&gt;``, ``\\*``, ``\\##``), and one that kept traditional
characters, in a second 兴隆镇 (another county) for the filters.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
from pathlib import Path

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from township_reports.site.date_display import sort_date
from township_reports.site.search import build as search_build
from township_reports.site.search.build import build_index
from township_reports.site.search.catalogue import place_number
from township_reports.site.search.fold import fold_query, fold_text, normalise_query
from township_reports.site.search.index_format import (
    count_occurrences,
    read_index_file,
    stored_name,
)
from township_reports.site.search.query import SearchIndex, substring_scan
from township_reports.site.search.records import (
    order_records,
    record_from_markdown_file,
    year_facets,
)

FIXTURES = Path(__file__).parent / "fixtures" / "search"
RAW = Path(__file__).resolve().parents[1] / "content" / "raw"


@pytest.fixture(scope="module")
def records():
    return [record_from_markdown_file(p) for p in sorted(FIXTURES.glob("*.md"))]


@pytest.fixture(scope="module")
def index(records, tmp_path_factory):
    out = tmp_path_factory.mktemp("search")
    # Small shards, so that queries really do cross shard boundaries.
    build_index(records, out, shard_bytes=4000)
    return SearchIndex(out)


def found(index: SearchIndex, query: str, **filters) -> set[str]:
    return {index.document(h.number)["id"] for h in index.search(query, filters)}


def ids_of(records, predicate) -> set[str]:
    return {r.id for r in records if predicate(r)}


def literal_scan(records, *terms) -> set[str]:
    """grep -F on the text a reader sees, no folding at all."""
    return ids_of(records, lambda r: all(t in r.title + "\n" + r.body for t in terms))


def substrings(texts, sampled: int, longest: int, seed: int) -> set[str]:
    """Every 1–2 character substring of the texts and ``sampled`` random ones of 3 to
    ``longest`` characters, none containing whitespace (a query term never does)."""
    grams = {t[i : i + n] for t in texts for n in (1, 2) for i in range(len(t) - n + 1)}
    rng = random.Random(seed)
    for _ in range(sampled):
        t = rng.choice(texts)
        n = rng.randint(3, longest)
        i = rng.randrange(len(t) - n)
        grams.add(t[i : i + n])
    return {g for g in grams if not re.search(r"\s", g)}


# ------------------------------------------------------------------ query lengths


def test_one_character_query_finds_every_report_containing_it(records, index):
    for query in ["党", "镇", "课", "<", "。", ","]:
        assert found(index, query) == substring_scan(records, query), query
        assert found(index, query) >= literal_scan(records, query), query


def test_two_character_query_finds_every_report_containing_it(records, index):
    # Every report but the edge one; the traditional one says 黨建, which folds to 党建.
    assert found(index, "党建") == literal_scan(records, "党建") | {"0e0000000002"}
    assert len(found(index, "党建")) == 6
    assert found(index, "一课") == literal_scan(records, "一课")


def test_substring_of_a_slogan_is_found(records, index):
    # Pagefind found nothing for 一课; it sits inside 三会一课.
    assert found(index, "一课") >= found(index, "三会一课")
    assert found(index, "三会一课") == literal_scan(records, "三会一课")


def test_long_query_is_verified_by_position(records, index):
    for query in ["三会一课", "党建引领高质量发展", "强力推进村级党组织标准化建设", "三会议"]:
        assert found(index, query) == literal_scan(records, query), query


def test_long_query_whose_bigrams_occur_apart_is_not_found(records, index):
    # Every bigram of 会一课三 occurs in the edge report, never together.
    assert literal_scan(records, "会一", "一课", "课三") == set()
    assert found(index, "会一课三") == set()


def test_query_in_no_report(index):
    assert found(index, "这串字不在任何报道里") == set()
    assert found(index, "羴") == set()


def test_query_at_the_very_start_and_end_of_a_body(records, index):
    edge = next(r for r in records if r.id == "0e0000000001")
    assert edge.body.startswith("开篇词") and edge.body.endswith("收尾词结束")
    assert found(index, "开篇词") == {"0e0000000001"}
    assert found(index, "开") >= {"0e0000000001"}
    assert found(index, "收尾词结束") == {"0e0000000001"}
    assert found(index, "束") == literal_scan(records, "束")


def test_query_that_spans_two_paragraphs_is_not_found(index):
    # grep works line by line; so does the index (a paragraph break is not text).
    assert found(index, "找到。请回复") == set()
    assert found(index, "找到。") == {"0e0000000002"}


# ------------------------------------------------------------------ folding


def test_traditional_query_finds_simplified_text(records, index):
    assert found(index, "黨建") == found(index, "党建") | {"0e0000000002"}
    assert found(index, "三聯") == found(index, "三联")
    assert "0e0000000002" in found(index, "三联")  # the text itself kept 三聯


def test_opencc_phrase_query_folds_like_opencc(index):
    # OpenCC turns 回覆 into 回复 as a phrase, though 覆 alone stays 覆.
    assert normalise_query("回覆") == ["回复"]
    assert found(index, "回覆") == found(index, "回复") == {"0e0000000002"}


def test_a_variant_form_opencc_keeps_folds_like_ingest_wrote_it():
    # A page printed 陜西 and ingest wrote 陕西 (data/variants.tsv); a reader typing the
    # variant must find it, and a surname that is a character of its own (甯) stays.
    assert normalise_query("陜西汚水") == normalise_query("陕西污水") == ["陕西污水"]
    assert normalise_query("甯") == ["甯"]


def test_full_width_and_half_width_do_not_matter(index):
    assert found(index, "，") == found(index, ",")
    assert found(index, "ＡＢＣ") == found(index, "abc") == {"0e0000000001"}
    assert found(index, "ｔｅｌ１２３") == found(index, "TEL123") == {"0e0000000002"}


def test_markdown_escapes_are_searched_as_the_reader_sees_them(index):
    assert found(index, "<script>") == {"0e0000000001"}
    assert found(index, "&lt;") == set()
    assert found(index, "7*24") == {"0e0000000001"}
    assert found(index, "7\\*24") == set()
    assert found(index, "##") == {"0e0000000001"}


def test_query_folding_agrees_with_opencc_on_the_raw_seeds():
    """fold_query (the browser's algorithm) gives what ingest's OpenCC t2s gives."""
    converter = opencc.OpenCC("t2s")
    pinyin = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
    checked = 0
    for raw in sorted(RAW.glob("*.txt")):
        for line in pinyin.sub("", raw.read_text(encoding="utf-8")).splitlines():
            if line.strip():
                assert fold_query(line) == fold_text(converter.convert(line))
                checked += 1
    assert checked > 40


# ------------------------------------------------------------------ AND, filters, ranking


def test_space_means_and(records, index):
    both = found(index, "党建 产业")
    assert both == literal_scan(records, "党建", "产业")
    assert both == found(index, "党建") & found(index, "产业")
    assert found(index, "党建　产业") == both  # ideographic space
    assert found(index, "  产业   党建 ") == both


def test_filters_narrow_and_combine(records, index):
    # Two towns named 兴隆镇, in two counties: the filter goes by division code.
    pingli = found(index, "", town="610926101")
    baihe = found(index, "", town="610929106")
    assert pingli == {"91f79f6ef900", "0e0000000002"}
    assert baihe == {"0e0000000001"}
    assert found(index, "三会一课", town="610929106") == {"0e0000000001"}
    assert found(index, "兴隆镇", county="610929") == {"0e0000000001"}
    assert found(index, "", county="610929") == {"ed051efe3bbd", "0e0000000001"}
    assert found(index, "党建", province="410000") == {"622ba3f881c0"}
    assert found(index, "", initiative="三联") == ids_of(records, lambda r: "三联" in r.initiatives)
    assert found(index, "三会一课", initiative="三会一课", province="610000") == {
        "91f79f6ef900",
        "9315f2c26fc9",
        "0e0000000001",
    }
    assert found(index, "党建", town="610926101", year="2011") == set()


def test_year_filter_keeps_estimates_apart(index):
    assert found(index, "", year="2023") == {"ed051efe3bbd", "622ba3f881c0"}
    assert found(index, "", year="约2023") == {"9315f2c26fc9"}
    assert found(index, "", year="约2022") == found(index, "", year="约2021") == {"91f79f6ef900"}
    assert found(index, "", year="不详") == {"0e0000000001"}
    assert found(index, "", year="2019") == {"0e0000000002"}


def test_unknown_filter_value_finds_nothing(index):
    assert found(index, "党建", town="999999999") == set()


def test_no_terms_and_no_filters_finds_nothing(index):
    assert index.search("") == []
    assert index.search("   ") == []


def test_results_ranked_by_hits_title_hits_then_date(records, index):
    hits = index.search("太要")
    assert [index.document(h.number)["id"] for h in hits] == ["9315f2c26fc9"]
    ranked = index.search("党建")
    scores = [h.score for h in ranked]
    assert scores == sorted(scores, reverse=True)
    # Equal scores: newer first.
    dates = {r.id: sort_date(r.dates) for r in records}
    for a, b in zip(ranked, ranked[1:], strict=False):
        if a.score == b.score:
            ids = index.document(a.number)["id"], index.document(b.number)["id"]
            assert dates[ids[0]] >= dates[ids[1]]
    title_only = index.search("专题会")
    assert [(h.hits, h.title_hits) for h in title_only] == [(1, 1)]


def test_hit_counts_are_occurrence_counts(records, index):
    for query in ["党建", "一课", "三会一课", "哈哈", "哈哈哈"]:
        for hit in index.search(query):
            doc = index.document(hit.number)
            text = fold_text(doc["t"] + "\n" + doc["b"])
            starts = count_occurrences(text, normalise_query(query)[0])
            assert hit.hits == len(starts), query
            assert hit.title_hits == sum(1 for s in starts if s < len(doc["t"])), query


def test_reports_are_ranked_newest_first(index):
    dates = [index.document(n)["d"] for n in index.numbers()]
    assert len(dates) == index.meta["docs"] == 7
    assert dates[0].startswith("2023年8月7日") and dates[-1] == "年代不详"


# ------------------------------------------------------------------ recall against grep


def test_recall_and_precision_on_every_bigram_and_sampled_ngrams(records, index):
    """Every distinct 1–2 character string of the corpus, and 1,500 sampled 3–8
    character ones: the index finds exactly the reports a substring scan finds."""
    texts = [fold_text(r.title + "\n" + r.body) for r in records]
    grams = substrings(texts, sampled=1500, longest=8, seed=4)
    assert len(grams) > 5000
    ids = [r.id for r in records]
    mismatches = [
        g
        for g in grams
        if found(index, g) != {i for i, t in zip(ids, texts, strict=True) if g in t}
    ]
    assert mismatches == []


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_property_index_equals_substring_scan(records, index, data):
    """Random substrings (and random AND-combinations of them, with noise) of the
    reports: the index and the scan agree."""
    texts = [r.title + "\n" + r.body for r in records]
    terms = []
    for _ in range(data.draw(st.integers(1, 3))):
        text = texts[data.draw(st.integers(0, len(texts) - 1))]
        start = data.draw(st.integers(0, len(text) - 2))
        length = data.draw(st.integers(1, 12))
        terms.append(text[start : start + length])
    if data.draw(st.booleans()):
        terms.append(
            data.draw(st.text(alphabet="党建三会一课黨聯ＡＢab，,", min_size=1, max_size=4))
        )
    query = " ".join(terms)
    assert found(index, query) == substring_scan(records, query)


# ------------------------------------------------------------------ files


def test_rebuilding_unchanged_reports_rewrites_nothing(records, tmp_path):
    first = build_index(records, tmp_path)
    assert first.files_written > 0
    again = build_index(records, tmp_path)
    assert again.files_written == 0 and again.files_unchanged == first.files_written


def test_stale_files_are_removed(records, tmp_path):
    build_index(records, tmp_path, shard_bytes=2000)
    many = len(list((tmp_path / "p").iterdir()))
    build_index(records[:2], tmp_path, shard_bytes=2000)
    assert len(list((tmp_path / "p").iterdir())) < many
    assert not (tmp_path / stored_name(f"t/{len(records) - 1}.json")).exists()
    assert SearchIndex(tmp_path).meta["docs"] == 2


# ------------------------------------------------------------------ updates


EDITORS_NOTE = "编者按：本文转载时有删节，以原网页为准。"


def edited_corpus(records):
    """The fixtures after a re-scrape: one report changed (a note appended and its title
    edited), one gone, one new (another report's text under a new id and date)."""
    changed = dataclasses.replace(
        records[1], title=records[1].title + "（修订）", body=records[1].body + "\n" + EDITORS_NOTE
    )
    new = dataclasses.replace(
        records[4], id="0123456789ab", date="2024-05-01", url="reports/x.html"
    )
    return [records[0], changed, *records[2:3], *records[4:], new]


def ranked_answers(index: SearchIndex, queries, filters=({},)) -> list:
    """Every query's ranked results as (id, hits, title hits): comparable across indexes."""
    return [
        [(index.document(h.number)["id"], h.hits, h.title_hits) for h in index.search(q, f)]
        for q in queries
        for f in filters
    ]


def test_update_answers_exactly_as_a_full_build(records, tmp_path):
    state = tmp_path / "cache" / "state.json"
    build_index(records, tmp_path / "updated", shard_bytes=4000, state_path=state)
    after = edited_corpus(records)
    stats = build_index(
        after, tmp_path / "updated", shard_bytes=4000, state_path=state, update_limit=1
    )
    assert stats.mode == "update" and stats.changed == 3
    build_index(after, tmp_path / "full", shard_bytes=4000)
    updated, full = SearchIndex(tmp_path / "updated"), SearchIndex(tmp_path / "full")

    # Every 1–2 character string of the reports that came, changed or went, and
    # sampled longer ones, each alone and within filters.
    touched = [r for r in records + after if r not in records or r not in after]
    texts = [fold_text(r.title + "\n" + r.body) for r in touched]
    queries = sorted(substrings(texts, sampled=300, longest=10, seed=5))
    assert len(queries) > 1000 and any(q in EDITORS_NOTE for q in queries)
    assert ranked_answers(updated, queries) == ranked_answers(full, queries)
    filters = [{}, {"town": "610926101"}, {"year": "2023"}, {"initiative": "三联"}]
    sample = [*queries[::40], "党建", "修订"]
    assert ranked_answers(updated, sample, filters) == ranked_answers(full, sample, filters)
    assert [updated.document(n)["id"] for n in updated.numbers()] == [
        full.document(n)["id"] for n in full.numbers()
    ]
    assert updated.search(records[3].title) == []  # the removed report is gone
    # Every file stored as a full build stores it: gzip as <name>.gz, but meta.json.
    for folder in ("updated", "full"):
        files = stored_files(tmp_path / folder)
        assert files == {name: name != "meta.json" for name in files}
        assert all(name.endswith(".gz") for name in files if name != "meta.json")


def stored_files(root: Path) -> dict[str, bool]:
    """Each file under an index folder → whether it is stored gzip-compressed."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()[:2] == b"\x1f\x8b"
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_catalogue_holds_every_report_with_its_place_initiatives_years_and_work(records, tmp_path):
    """What the catalogue view, its counts and the CSV read: one entry per report, and
    copies of one work point at the same primary copy."""
    copy = dataclasses.replace(records[2], id="0e00000000c0", work=records[0].id)
    build_index([*records, copy], tmp_path / "out")
    catalogue = SearchIndex(tmp_path / "out").catalogue()
    assert set(catalogue) == {r.id for r in records} | {copy.id}
    for r in [*records, copy]:
        entry = catalogue[r.id]
        assert entry["row"]["title"] == r.title and entry["row"]["page_url"] == r.url
        assert entry["row"]["division_code"] == r.division_code
        assert entry["place"] == place_number(r.division_code)
        assert entry["initiatives"] == list(dict.fromkeys(r.initiatives))
        assert entry["years"] == [key for key, _ in year_facets(r)]
    assert catalogue[copy.id]["work"] == catalogue[records[0].id]["work"] == records[0].id
    assert catalogue[records[0].id]["copies"] == [copy.id] and catalogue[copy.id]["copies"] == []
    assert catalogue[records[1].id]["work"] == records[1].id


def test_an_updated_catalogue_is_a_full_builds(records, tmp_path):
    state = tmp_path / "state.json"
    build_index(records, tmp_path / "updated", state_path=state)
    after = edited_corpus(records)
    stats = build_index(after, tmp_path / "updated", state_path=state, update_limit=1)
    assert stats.mode == "update"
    build_index(after, tmp_path / "full")
    updated = SearchIndex(tmp_path / "updated").catalogue()
    assert updated == SearchIndex(tmp_path / "full").catalogue()
    assert records[3].id not in updated and "0123456789ab" in updated


def test_update_rewrites_only_what_the_changed_reports_touch(records, tmp_path):
    state = tmp_path / "state.json"
    first = build_index(records, tmp_path / "out", shard_bytes=1000, state_path=state)
    numbers = {r.id: n for n, r in enumerate(order_records(records))}
    edited = [
        dataclasses.replace(r, body=r.body + EDITORS_NOTE) if r is records[2] else r
        for r in records
    ]
    stats = build_index(
        edited, tmp_path / "out", shard_bytes=1000, state_path=state, update_limit=1
    )
    assert stats.mode == "update" and stats.changed == 1
    assert 0 < stats.files_written < first.files_written / 4
    # The changed report keeps its number; the others' files are untouched.
    doc = json.loads(read_index_file(tmp_path / "out", f"t/{numbers[records[2].id]}.json"))
    assert doc["b"].endswith(EDITORS_NOTE)
    again = build_index(edited, tmp_path / "out", shard_bytes=1000, state_path=state)
    assert again.mode == "unchanged"


def test_an_update_cut_short_is_followed_by_a_full_build(records, tmp_path, monkeypatch):
    state = tmp_path / "state.json"
    build_index(records, tmp_path / "out", state_path=state)
    after = edited_corpus(records)

    def fail(*args, **kwargs):
        raise OSError("disk full")

    with monkeypatch.context() as m:
        m.setattr(search_build, "_write_facets", fail)
        with pytest.raises(OSError):
            build_index(after, tmp_path / "out", state_path=state, update_limit=1)
    assert not (tmp_path / "out" / "meta.json").exists()  # the browser sees no half index
    stats = build_index(after, tmp_path / "out", state_path=state, update_limit=1)
    assert stats.mode == "full"
    assert found(SearchIndex(tmp_path / "out"), EDITORS_NOTE) == {after[1].id}


def test_many_changes_build_the_index_anew(records, tmp_path):
    state = tmp_path / "state.json"
    build_index(records, tmp_path / "out", state_path=state)
    stats = build_index(edited_corpus(records), tmp_path / "out", state_path=state)
    assert stats.mode == "full"  # 3 of 7 reports changed: more than the default 5 %


def test_shards_stay_small(records, tmp_path):
    build_index(records, tmp_path, shard_bytes=4000)
    sizes = [p.stat().st_size for p in (tmp_path / "g").iterdir()]
    assert sum(sizes) / len(sizes) < 8000


def test_text_files_hold_what_the_reader_sees(index):
    bodies = [index.document(n)["b"] for n in index.numbers()]
    assert not any("&lt;" in b or "\\*" in b for b in bodies)
    assert any("<script>alert(1)</script>" in b for b in bodies)
    assert all(index.document(n)["u"].startswith("reports/") for n in index.numbers())


def test_zhe_and_zhu_are_one_letter_to_search():
    # ingest writes 着 for a traditional report's 著 where it reads zhe (带著 → 带着):
    # a query in either script, or copied from the original page, finds it
    assert normalise_query("帶著") == normalise_query("带着") == normalise_query("带著")
    assert fold_text("显著") == fold_query("顯著")


def test_she_is_one_letter_to_search_in_either_form():
    # ingest writes 畲 for a traditional report's 畬 (畬族 → 畲族): a query copied from the
    # original page finds the report, and so does one typed in simplified
    assert normalise_query("畬族鄉") == normalise_query("畲族乡")
