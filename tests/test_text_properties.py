"""Property tests for the text functions: idempotent, lossless, always valid output."""

from __future__ import annotations

import re

import markdown
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import RAW
from township_reports.ingest.report import Report, render_markdown, split_front_matter
from township_reports.ingest.simplify import (
    collapse_doubled_punctuation,
    restore_fullwidth_punctuation,
)
from township_reports.ingest.structure import escape_markdown_text, unescape_markdown_text
from township_reports.ingest.unannotate import strip_pinyin_annotations

SEED_TEXT = "".join(p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt")))
SEED_CHARS = sorted(set(SEED_TEXT))
#: Text drawn from the seeds' own characters, plus the ASCII that scrapers leave behind.
seed_like = st.text(
    alphabet=st.sampled_from(SEED_CHARS + list("(),:;!?<>#*_[]`&|\\ 1.+-")), max_size=200
)
seed_slices = st.integers(0, len(SEED_TEXT) - 1).flatmap(
    lambda start: st.integers(start, min(len(SEED_TEXT), start + 400)).map(
        lambda end: SEED_TEXT[start:end]
    )
)
HAN = re.compile(r"[\u3400-\u9fff]")
#: What punctuation restoration may change: the marks it restores, and spaces.
RESTORED_MARKS = re.compile(r"[\s,;:!?()\-，；：！？（）—―]")


@settings(max_examples=150, deadline=None)
@given(st.one_of(seed_like, seed_slices))
def test_unannotating_twice_changes_nothing_more(text):
    once, _ = strip_pinyin_annotations(text)
    assert strip_pinyin_annotations(once) == (once, 0)


@settings(max_examples=150, deadline=None)
@given(st.one_of(seed_like, seed_slices))
def test_unannotating_loses_no_chinese_character(text):
    stripped, _ = strip_pinyin_annotations(text)
    assert HAN.findall(stripped) == HAN.findall(text)


@settings(max_examples=150, deadline=None)
@given(st.one_of(seed_like, seed_slices))
@example("::—")  # a restored mark makes its neighbour Chinese-side: found by hypothesis
@example("—, ‘")  # the space after a restored comma goes with it (round 86): found by hypothesis
def test_punctuation_restoration_is_idempotent_and_lossless(text):
    """Only marks and the spaces typed after them change: every other character stays, in
    order (a flattened dash of three or four hyphens becomes ——, a comma's space goes)."""
    once, _ = restore_fullwidth_punctuation(text)
    assert restore_fullwidth_punctuation(once)[0] == once
    assert HAN.findall(once) == HAN.findall(text)
    assert RESTORED_MARKS.sub("", once) == RESTORED_MARKS.sub("", text)


@settings(max_examples=150, deadline=None)
@given(st.one_of(seed_like, seed_slices))
@example("::—")  # a restored mark makes its neighbour Chinese-side: found by hypothesis
@example("郑州,,、新密,,。")  # a mirror's comma after a doubled comma: one pass must do
def test_doubled_marks_collapse_once_and_lose_no_character(text):
    restored, _ = restore_fullwidth_punctuation(text)
    once, _ = collapse_doubled_punctuation(restored)
    assert collapse_doubled_punctuation(once)[0] == once
    assert HAN.findall(once) == HAN.findall(text)
    assert "，，" not in once and "。。" not in once and "，、" not in once


@settings(max_examples=150, deadline=None)
@given(st.one_of(seed_like, seed_slices))
def test_escaped_text_round_trips_and_never_becomes_html(text):
    line = text.replace("\n", " ").strip()
    escaped = escape_markdown_text(line)
    assert unescape_markdown_text(escaped) == line
    html = markdown.markdown(escaped, extensions=["extra"])
    tags = set(re.findall(r"<(/?[a-z0-9]+)", html))
    assert tags <= {"p", "/p"}, (line, html)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80), st.lists(st.text(max_size=8), max_size=3))
def test_front_matter_is_valid_yaml_for_any_title(title, authors):
    report = Report(
        id="e0089f6acc92", title=title, title_devised=False, body="正文。\n", authors=authors
    )
    meta, body = split_front_matter(render_markdown(report))
    assert meta["title"] == title and meta["authors"] == authors and body == "正文。\n"
