"""Measure ingest against a golden table: per-field accuracy on pages read by a person.

The golden table (``tests/corpus/golden/*.yaml``, schema in ``tests/corpus/README.md``)
says what a careful reader finds on each page: headline, place, stated date, names,
source, the furniture that must leave the body, the initiatives named. This module runs
ingest on each page and counts, field by field, how often it agrees. It never changes
what ingest does; it is how every change to the rules is measured, on our fixtures
(a regression guard) and on real pages held aside (the honest estimate).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .ingest.decode import decode_report_bytes
from .ingest.errors import IngestError
from .ingest.initiative_vocabulary import fold_slogan, load_vocabulary
from .ingest.pipeline import ingest_bytes
from .ingest.simplify import (
    collapse_doubled_punctuation,
    restore_fullwidth_punctuation,
    to_simplified,
)
from .ingest.structure import unescape_markdown_text
from .ingest.unannotate import strip_pinyin_annotations

#: Fields scored right/wrong per page, in the order the table prints them.
FIELDS = tuple("title township county prefecture province date authors editors source body".split())
#: Initiatives are scored as a set over all pages (precision and recall).
INITIATIVE_SCORES = ("initiatives_precision", "initiatives_recall")
GOLDEN_KEYS = (
    "file template title township county prefecture province date authors editors source "
    "initiatives furniture body_first"
).split()


#: The review list names a field by its reading step; "place" is all four place fields.
REVIEW_NAMES = {"place": ("township", "county", "prefecture", "province")}

_QUOTES = str.maketrans(
    dict.fromkeys("“”「」『』", '"') | dict.fromkeys("‘’", "'") | {"【": "[", "】": "]"}
)


def normalise_text(value: object) -> str:
    """Text as compared: NFKC (full- and half-width alike), simplified, no whitespace.

    Punctuation width and spacing are the punctuation step's business, not the
    field's: a headline is right when its words are.

    >>> normalise_text(' 聚力起势 群“星”爭輝：激活新動能 ') == normalise_text('聚力起势群"星"争辉:激活新动能')
    True

    A dash typed twice (————) is the same dash: two labellers of real pages wrote one as
    printed, the other as the standard ——, and neither is the words' business.

    >>> normalise_text('幸福李乡 和谐茶山 ————茶山镇') == normalise_text('幸福李乡 和谐茶山——茶山镇')
    True
    >>> normalise_text('拂晓新闻网--拂晓报') == normalise_text('拂晓新闻网——拂晓报')  # as flattened
    True

    A series tag's brackets are the same brackets full- or half-width (【学习贯彻党的十九大精神】,
    [学习贯彻党的十九大精神] as a flattened page prints it): ingest writes the full-width form,
    a labeller copies what the page printed (session 17, round 36).

    >>> normalise_text('【奋斗百年路】张兰镇') == normalise_text('[奋斗百年路]张兰镇')
    True
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", to_simplified(str(value))).translate(_QUOTES)
    return re.sub(r"—{2,}|-{2,}", "——", re.sub(r"\s+", "", text))


def as_cleaned(quote: object, doubled_marks: bool = False) -> str:
    """A quote of the raw page (body_first, a furniture line) as ingest's character steps leave it.

    Labellers copy the page as printed, a mirror's pinyin glosses and a scraper's doubled
    commas included; ingest removes both by design, so the body never holds them.
    Matching the quote as printed would count the first words lost when only the glosses are.

    >>> as_cleaned('乡(xiāng)村要振兴,,农民要致富') == normalise_text('乡村要振兴，农民要致富')
    True

    A furniture entry may be the doubled marks themselves (，，): those stay as labelled.

    >>> as_cleaned('，，', doubled_marks=True)
    ',,'
    """
    text = strip_pinyin_annotations(str(quote or ""))[0]
    if not doubled_marks:
        text = collapse_doubled_punctuation(restore_fullwidth_punctuation(text)[0])[0]
    return normalise_text(text)


#: A credit in brackets opening the first paragraph (（通讯员 李伟 曹永来）清明节在即…).
_OPENING_CREDIT = re.compile(
    r"^[(（【][^()（）【】]{0,24}(?:记者|通讯员|文|图|摄)[^()（）【】]{0,24}[)）】]"
)


def _after_opening_credit(first: str) -> str:
    """The first words after a bracketed credit that opens them, else the words as they are.

    Most labellers start body_first after the credit, two of some 900 with it; ingest reads
    it into the authors and leaves the paragraph without it, so either is right.

    >>> _after_opening_credit('(通讯员李伟曹永来)清明节在即'), _after_opening_credit('(一)清明节在即')
    ('清明节在即', '(一)清明节在即')
    """
    return _OPENING_CREDIT.sub("", first) or first


def _too_short_to_find(quote: str) -> bool:
    """True for a furniture quote of under four letters or characters (a page number 5, a
    gloss's 戰 left alone on a line): inside prose it is found anywhere, so only a body line
    that is nothing else counts it left. Marks alone (，，, |) are found where they stand.

    >>> [_too_short_to_find(q) for q in ('5', '战', '，，', '合影留念')]
    [True, True, False, False]
    """
    return len(quote) < 4 and bool(re.search(r"\w", quote))


def normalise_date(value: object) -> str | None:
    """A golden date as ISO text (YAML reads ``2024-03-05`` as a date object).

    >>> normalise_date(dt.date(2024, 3, 5)), normalise_date('2024-03-05T10:21')
    ('2024-03-05', '2024-03-05T10:21')
    >>> normalise_date(dt.datetime(2024, 3, 5, 10, 21, 7))
    '2024-03-05T10:21:07'
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip().replace(" ", "T")


def canonical_initiatives(names: Iterable[str]) -> set[str]:
    """Initiative names mapped through the vocabulary (aliases and levels to their name).

    >>> sorted(canonical_initiatives(['三會一課', '“五星”支部', '四星', '党建+产业']))
    ['三会一课', '五星', '党建+产业']
    """
    vocabulary = load_vocabulary()
    found = set()
    for name in names:
        key = fold_slogan(to_simplified(str(name)))
        canonical = vocabulary.alias_to_name.get(key, key)
        item = vocabulary.initiatives.get(canonical)
        found.add(item.level_of if item and item.level_of else canonical)
    return found


def plain_body(markdown_body: str) -> str:
    """The body's text as a reader sees it (escapes undone, heading marks dropped)."""
    lines = [re.sub(r"^#+\s+", "", line) for line in markdown_body.splitlines()]
    return "\n".join(unescape_markdown_text(line) for line in lines)


@dataclass
class PageResult:
    """How ingest did on one page: per-field verdicts, and what it found where it erred."""

    file: str
    right: dict[str, bool] = field(default_factory=dict)
    got: dict[str, object] = field(default_factory=dict)
    expected: dict[str, object] = field(default_factory=dict)
    initiatives_found: set[str] = field(default_factory=set)
    initiatives_expected: set[str] = field(default_factory=set)
    flagged: set[str] = field(default_factory=set)
    error: str = ""


def flagged_fields(review: Iterable[dict]) -> set[str]:
    """The scored fields a report's review list asks a curator to check.

    Whether ingest *knew* it was unsure is half of trust: a wrong field on the review
    list costs a curator a look, a wrong field off it reaches a reader as fact.

    >>> sorted(flagged_fields([{"field": "place", "reason": "…"}, {"field": "title", "reason": "…"}]))
    ['county', 'prefecture', 'province', 'title', 'township']
    """
    return {name for item in review for name in REVIEW_NAMES.get(item["field"], (item["field"],))}


def furniture_left(quote: str, body: str, lines: set[str], page_lines: list[str]) -> bool:
    """True when a furniture quote (cleaned as the body is) is still in the report's body.

    A quote of a few characters counts only as a body line of its own (``_too_short_to_find``).
    A longer quote counts wherever it stands, except one the page printed as a whole line of
    its own (a caption such as 活动现场) whose words the report's sentences also hold (在献血
    活动现场人头攒动): that is left only as a line of the body, or where the body holds it more
    often than the page's other lines do.

    >>> body = '在献血活动现场人头攒动。'
    >>> furniture_left('活动现场', body, {body}, ['活动现场', body])
    False
    >>> furniture_left('活动现场', body + '活动现场', {body, '活动现场'}, ['活动现场', body])
    True
    >>> furniture_left('活动现场', body, {body}, [body])  # not a line of the page: found anywhere
    True
    """
    if _too_short_to_find(quote):
        return quote in lines
    if quote not in body:
        return False
    own = normalise_text(quote)
    if quote in lines or own not in page_lines:
        return True
    return body.count(quote) > sum(line.count(own) for line in page_lines if line != own)


def judge_page(report, entry: dict, page_text: str = "") -> PageResult:
    """Compare one ingested report with its golden entry, field by field; ``page_text`` is
    the page as saved, for the furniture quotes it printed as lines (``furniture_left``)."""
    result = PageResult(entry["file"])

    def verdict(name, ok, got, expected):
        result.right[name] = bool(ok)
        if not ok:
            result.got[name], result.expected[name] = got, expected

    if entry["title"] is None:
        verdict("title", report.title_devised, report.title, "(devised)")
    else:
        verdict(
            "title",
            not report.title_devised
            and normalise_text(report.title) == normalise_text(entry["title"]),
            report.title,
            entry["title"],
        )
    for key in ("township", "county", "prefecture", "province", "source"):
        got, expected = getattr(report, key), entry[key]
        verdict(key, normalise_text(got) == normalise_text(expected), got, expected)
    expected_date = normalise_date(entry["date"])
    verdict("date", report.date == expected_date, report.date, expected_date)
    for key in ("authors", "editors"):
        got = sorted(normalise_text(n) for n in getattr(report, key))
        expected = sorted(normalise_text(n) for n in entry[key] or [])
        verdict(key, got == expected, getattr(report, key), entry[key] or [])
    body = normalise_text(plain_body(report.body))
    lines = {normalise_text(line) for line in plain_body(report.body).splitlines()}
    furniture = [as_cleaned(f, doubled_marks=True) for f in entry["furniture"] or []]
    page_lines = [
        normalise_text(as_cleaned(line, doubled_marks=True)) for line in page_text.splitlines()
    ]
    left = [
        f
        for f, quote in zip(entry["furniture"] or [], furniture, strict=True)
        if quote and furniture_left(quote, body, lines, page_lines)
    ]
    first = as_cleaned(entry["body_first"])
    lost = bool(first) and first not in body and _after_opening_credit(first) not in body
    # text_kept (optional, session 54): lines of the report's own text a cleaner could take
    # for furniture (a section heading, a one-line paragraph, the last sentence)
    dropped = [t for t in entry.get("text_kept") or [] if as_cleaned(t) not in body]
    verdict(
        "body",
        not left and not lost and not dropped,
        {"furniture left": left, "first words lost": lost, "text lost": dropped},
        {"furniture": "none left", "body_first": entry["body_first"]},
    )
    result.initiatives_found = canonical_initiatives(report.initiatives)
    result.initiatives_expected = canonical_initiatives(entry["initiatives"] or [])
    result.flagged = flagged_fields(report.provenance.get("review") or [])
    return result


@dataclass
class Scores:
    """Per-field accuracy over a set of pages."""

    pages: list[PageResult]

    def accuracy(self, name: str) -> float:
        if name in INITIATIVE_SCORES:
            found = sum(len(p.initiatives_found) for p in self.pages)
            expected = sum(len(p.initiatives_expected) for p in self.pages)
            hits = sum(len(p.initiatives_found & p.initiatives_expected) for p in self.pages)
            total = found if name == "initiatives_precision" else expected
            return hits / total if total else 1.0
        judged = [p.right[name] for p in self.pages if name in p.right]
        return sum(judged) / len(judged) if judged else 0.0

    def review_coverage(self, only: str | None = None) -> tuple[int, int, int, int]:
        """(wrong fields flagged, wrong fields, right fields flagged, right fields).

        The first pair is how many errors the review list would send a curator to; the
        second how often it cries wolf. A page ingest failed on is not counted; ``only``
        counts one field.
        """
        counts = [0, 0, 0, 0]
        for page in self.pages:
            if page.error:
                continue
            for name, right in page.right.items():
                if only is not None and name != only:
                    continue
                slot = 2 if right else 0
                counts[slot] += name in page.flagged
                counts[slot + 1] += 1
        return tuple(counts)

    def as_dict(self) -> dict[str, float]:
        return {name: round(self.accuracy(name), 4) for name in FIELDS + INITIATIVE_SCORES}


def load_golden(paths: Iterable[Path]) -> list[dict]:
    """Golden entries from YAML files; every entry must carry every key of the schema."""
    entries = []
    for path in paths:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
        for index, entry in enumerate(data):
            missing = [k for k in GOLDEN_KEYS if k not in entry]
            if missing:
                raise ValueError(f"{path}: entry {index + 1}: missing keys {missing}")
            entries.append(entry)
    return entries


def evaluate(entries: list[dict], pages_dir: Path) -> Scores:
    """Ingest every page of the golden table and judge it (a page that fails is all wrong)."""
    results = []
    for entry in entries:
        path = Path(pages_dir) / entry["file"]
        try:
            raw = path.read_bytes()
            report = ingest_bytes(raw, path.name)
        except (IngestError, OSError) as error:
            result = PageResult(entry["file"], {name: False for name in FIELDS}, error=str(error))
            result.initiatives_expected = canonical_initiatives(entry["initiatives"] or [])
            results.append(result)
            continue
        results.append(judge_page(report, entry, decode_report_bytes(raw)[0]))
    return Scores(results)


def format_table(scores: Scores, floors: dict, targets: dict) -> str:
    """The per-field table ``make eval`` prints, floors and targets beside each field."""
    rows = [f"{'field':24} {'right':>7}  {'floor':>6}  {'target':>6}"]
    for name in FIELDS + INITIATIVE_SCORES:
        value = scores.accuracy(name)
        floor, target = floors.get(name), targets.get(name)
        mark = "below floor" if floor is not None and value < floor else ""
        if not mark and target is not None and value >= target:
            mark = "target met"
        rows.append(
            f"{name:24} {value:7.1%}  {_percent(floor):>6}  {_percent(target):>6}  {mark}".rstrip()
        )
    return "\n".join(rows)


def format_review_coverage(scores: Scores) -> str:
    """How many wrong fields the review list flags, and how many right ones: in all,
    then for each field that has a wrong or a flagged value (a check is judged per field).
    """
    wrong_flagged, wrong, right_flagged, right = scores.review_coverage()
    lines = [
        f"review list: flags {wrong_flagged} of {wrong} wrong fields"
        f" ({_percent_of(wrong_flagged, wrong)}), and {right_flagged} of {right} right ones"
        f" ({_percent_of(right_flagged, right)})"
    ]
    for name in FIELDS:
        wrong_flagged, wrong, right_flagged, right = scores.review_coverage(name)
        if wrong or right_flagged:
            lines.append(
                f"  {name:10} flags {wrong_flagged} of {wrong} wrong, {right_flagged} of {right} right"
            )
    return "\n".join(lines)


def _percent_of(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "–"


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"


def format_failures(scores: Scores) -> str:
    """One line per wrong field: the page, what ingest found, what the reader found."""
    lines = []
    for page in scores.pages:
        if page.error:
            lines.append(f"{page.file}: ingest failed: {page.error}")
        for name, value in page.got.items():
            flag = " (on the review list)" if name in page.flagged else ""
            lines.append(
                f"{page.file}: {name}: got {value!r}, expected {page.expected[name]!r}{flag}"
            )
        for name in sorted(n for n in page.flagged if page.right.get(n)):
            lines.append(f"{page.file}: {name}: right, but on the review list")
        extra = page.initiatives_found - page.initiatives_expected
        missed = page.initiatives_expected - page.initiatives_found
        if extra or missed:
            lines.append(
                f"{page.file}: initiatives: extra {sorted(extra)}, missed {sorted(missed)}"
            )
    return "\n".join(lines)
