"""Ingest: raw report bytes → Report → content/reports/<id>.md.

The recipe, top to bottom (each step a small module, each recorded in the
report's provenance with what it changed):

    decode → characters → (html → text) → repair → unannotate → simplify → dechrome → fields
    → punctuation → structure → places → initiatives → dating → overrides

Raw files are only ever read. Output files are written atomically, a file
edited by hand is never overwritten without ``--force``, and a raw file whose
bytes (and this code) did not change is not converted again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import fcntl
import functools
import hashlib
import importlib.metadata
import json
import logging
import os
import re
import sys
import time
import typing
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import dating, dechrome, fields, initiatives, page, structure
from .characters import remove_control_characters, remove_invisible_formatting
from .decode import decode_report_bytes, looks_like_html
from .errors import IngestError
from .files import write_atomically
from .htmlpage import read_html_page
from .rawfiles import (
    RawFile,
    Refused,
    find_raw_files,
    is_inside,
    is_utf8,
    match_catalog_keys,
    raw_key,
    recorded_raw_paths,
)
from .repair import repair_lost_gbk_lead_bytes
from .report import (
    CATALOG_FIELDS,
    FrontMatterError,
    Report,
    catalog_schema,
    render_markdown,
    split_front_matter,
)
from .simplify import (
    collapse_doubled_punctuation,
    detect_script,
    restore_fullwidth_punctuation,
    to_simplified,
)
from .unannotate import strip_pinyin_annotations

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).parent
RAW_SUFFIXES = (".txt", ".html", ".htm")
ID_LENGTH = 12
MANIFEST = ".manifest.json"
LOCK = ".ingest.lock"


def report_id(raw: bytes) -> str:
    """A report's stable id: the start of the sha256 of its raw bytes.

    >>> report_id('本網(wǎng)訊'.encode())
    '705f9ff77ab2'
    """
    return hashlib.sha256(raw).hexdigest()[:ID_LENGTH]


#: The modules whose code decides a report's Markdown; site code is not among them.
INGEST_MODULES = (
    "decode characters htmlpage repair unannotate simplify dechrome fields page structure places "
    "initiatives dating dictionary report rawfiles ingest"
).split()


@functools.cache
def pipeline_version() -> str:
    """A hash of the ingest code and data: a change to either re-ingests every report."""
    digest = hashlib.sha256()
    paths = [PACKAGE / f"{name}.py" for name in INGEST_MODULES]
    paths += sorted(
        p for p in (PACKAGE / "data").iterdir() if p.suffix in (".yaml", ".tsv", ".txt")
    )
    for path in paths:
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    for library in HTML_LIBRARIES:  # a new version can change a saved page's text
        digest.update(f"{library}=={importlib.metadata.version(library)}".encode())
    return digest.hexdigest()[:16]


#: The libraries that read saved pages (their versions are part of the ingest version).
HTML_LIBRARIES = ("trafilatura", "htmldate", "lxml")


def _devise_title(place_label: str, paragraphs: list[str]) -> str:
    """A title for a report that has none: the place, and the lede clause about 党建."""
    first = paragraphs[0] if paragraphs else ""
    sentence = re.split(r"[。！？]", first, maxsplit=1)[0]
    clauses = [c.strip() for c in re.split(r"[，；]", sentence) if c.strip()]
    topic = next((c for c in reversed(clauses) if "党建" in c), None)
    if topic is None:
        topic = "党建工作报道"
    return f"{place_label}：{topic}" if place_label else topic


def _field_rules_kinds(found: dict[str, list[str]], into: fields.Fields) -> None:
    for kind, values in found.items():
        into.add(kind, values)


@dataclass
class _Trace:
    steps: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reviews: list[dict] = field(default_factory=list)

    def step(self, name: str, count: int, **extra) -> None:
        self.steps.append({"step": name, "count": count, **extra})

    def review(self, field_name: str, reason: str) -> None:
        """A field ingest is unsure of: a warning, and a place on the curators' review list."""
        self.warnings.append(reason)
        self.reviews.append({"field": field_name, "reason": reason})


@dataclass
class PageReading:
    """What the page model read: the body's lines, the headline, the stated date, evidence."""

    body_lines: list[str]
    title: str
    stated: dating.StatedDate | None
    evidence: dict
    header: list[str]
    furniture: list[str]
    publisher: str | None


def read_page(
    page_lines: list[str], kept: list[int], found: fields.Fields, trace: _Trace
) -> PageReading:
    """Read a page's shape: body lines, headline and publication date, each with evidence.

    ``page_lines`` are all the page's lines (simplified, inline furniture removed) and
    ``kept`` the indices of those that are not chrome. Dates are read from the whole
    page, since a line of furniture can carry the date (an e-paper's issue line, an
    info-disclosure table); everything else from the kept lines.

    The page model (page.py) finds the body (the prose), the header above it and the
    footer below. Field lines (作者:… 发布时间:…), date lines and bylines in header and
    footer become metadata; the date is the best-scored date candidate (dating.py);
    the headline is the best-scored free header line; every other header or footer
    line is page furniture and is recorded as removed.
    """
    lines = [page_lines[i] for i in kept]
    line_numbers = [i + 1 for i in kept]
    zones = page.find_zones(lines)
    if zones.body_start < zones.body_end:
        body_span = kept[zones.body_start], kept[zones.body_end - 1] + 1
    else:
        body_span = len(page_lines), len(page_lines)
    candidates = dating.date_candidates(page_lines, *body_span)
    stated, date_evidence, date_warnings = dating.choose_publication_date(candidates)
    candidate_lines = {c.line for c in candidates}
    dated = {i for i, full in enumerate(kept) if full in candidate_lines}

    roles_of, evidence = assign_roles(lines, line_numbers, zones, dated, found, trace)
    for warning in date_warnings:
        trace.review("date", warning)
    if found.date and stated is None:
        trace.review("date", f"日期字段“{found.date[0]}”不是有效日期")
    if date_evidence:
        evidence["date"] = dict(date_evidence, line=date_evidence["line"] + 1)
        evidence["date"]["disagreeing"] = [
            dict(other, line=other["line"] + 1) for other in date_evidence.get("disagreeing") or []
        ]
    title, publisher = choose_title(lines, line_numbers, roles_of, zones, evidence, trace)

    furniture = [
        lines[i].strip()
        for i in range(len(lines))
        if lines[i].strip()
        and (
            roles_of.get(i) == "caption"
            or ((i < zones.body_start or i >= zones.body_end) and i not in roles_of)
        )
    ]
    if furniture:
        trace.step("page_furniture", len(furniture), removed=furniture)
    body_lines, punctuated = [], 0
    for index in range(zones.body_start, zones.body_end):
        if index in roles_of:
            continue
        line, n = restore_fullwidth_punctuation(lines[index].strip())
        line, doubled = collapse_doubled_punctuation(line)
        punctuated += n + doubled
        body_lines.append(line)
    title, n = restore_fullwidth_punctuation(title)
    trace.step("punctuation", punctuated + n)
    # The whole header, furniture included: an e-paper's masthead and page lines are chrome.
    header = [line for line in page_lines[: body_span[0]] if line.strip()]
    kept_set = set(kept)
    chrome = [line for i, line in enumerate(page_lines) if i not in kept_set and line.strip()]
    # Everything around the story but the headline (furniture, field and byline lines)
    # may name the site's region: the place step may use it to choose among towns.
    around = [
        lines[i] for i, role in sorted(roles_of.items()) if role not in ("headline", "caption")
    ]
    return PageReading(
        body_lines, title, stated, evidence, header, chrome + furniture + around, publisher
    )


def assign_roles(
    lines: list[str],
    line_numbers: list[int],
    zones: page.Zones,
    dated: set[int],
    found: fields.Fields,
    trace: _Trace,
) -> tuple[dict[int, str], dict]:
    """Give each line that is not story a role: field, byline, date or caption.

    Labelled fields and bylines are read into ``found`` wherever they stand; a line
    outside the body holding a date candidate (``dated``) is a date line; a bracketed
    or scene caption between paragraphs is a caption. Returns the roles by line index
    and the evidence of the names and source found (line and rule).
    """
    roles_of: dict[int, str] = {}
    field_lines = []
    bylines: list[dict] = []
    labelled: dict[str, dict] = {}
    for index, line in enumerate(lines):
        parsed = fields.parse_field_line(line)
        byline = None if parsed is not None else fields.byline_line(line)
        if parsed is not None:
            _field_rules_kinds(parsed, found)
            field_lines.append(line.strip())
            roles_of[index] = "field"
            for kind in parsed:
                labelled.setdefault(
                    kind, {"line": line_numbers[index], "rule": "labelled field", "text": line}
                )
            if index >= zones.body_end and parsed.get("source"):
                # 来源 under the text is the original's credit; one above the headline is
                # often the reposting platform's (来源：多彩贵州网 … 来源：岑巩发布)
                found.source[:] = parsed["source"] + [
                    s for s in found.source if s not in parsed["source"]
                ]
                labelled["source"] = {
                    "line": line_numbers[index],
                    "rule": "labelled field under the text",
                    "text": line,
                }
        elif index >= zones.body_end and fields.credit_line(line):
            # 辽宁省盘锦市双台子区委组织部 alone under the text: the issuing office
            found.add("source", [fields.credit_line(line)])  # after any labelled 来源
            field_lines.append(line.strip())
            roles_of[index] = "field"
            labelled.setdefault(
                "source",
                {
                    "line": line_numbers[index],
                    "rule": "the office named under the text",
                    "text": line,
                },
            )
        elif byline is not None:  # parsed once: the line's byline, when it is nothing else
            found.add_byline(byline)
            field_lines.append(line.strip())
            roles_of[index] = "byline"
            bylines.append({"line": line_numbers[index], "rule": byline.rule})
        elif (index < zones.body_start or index >= zones.body_end) and (
            index in dated or dating.is_date_line(line)
        ):
            roles_of[index] = "date"
        elif zones.body_start <= index < zones.body_end and (
            page.is_bracketed_caption(line) or page.is_scene_caption(line)
        ):  # between paragraphs only: a headline may end in 新风貌 too
            roles_of[index] = "caption"
    trace.step("fields", len(field_lines), lines=field_lines)
    dates = [lines[i].strip() for i, role in sorted(roles_of.items()) if role == "date"]
    if dates:
        trace.step("date_line", len(dates), lines=dates)
    evidence = {k: v for k, v in labelled.items() if k in ("authors", "editors", "source")}
    if bylines:
        evidence.setdefault("authors", bylines[0])
    return roles_of, evidence


def choose_title(
    lines: list[str],
    line_numbers: list[int],
    roles_of: dict[int, str],
    zones: page.Zones,
    evidence: dict,
    trace: _Trace,
) -> tuple[str, str | None]:
    """The headline (or "" when the title must be devised) and the posting account under it.

    The best-scored free header line; failing that, a headline glued to the lede split
    off it. A weak or split headline goes on the review list; the lines taken get the
    role ``headline`` (and ``account``) in ``roles_of``; the lede line loses a split-off
    headline in ``lines``.
    """
    best, scored = page.choose_headline(lines, roles_of, zones)
    if best is not None:
        for index in best.lines:
            roles_of[index] = "headline"
        evidence["title"] = {
            "line": line_numbers[best.index],
            "score": round(best.score, 2),
            "rule": "; ".join(best.reasons),
        }
        if best.score < page.HEADLINE_CONFIDENT:
            trace.review("title", f"标题把握不大（{best.score:.2f}）：“{best.text}”")
        account = page.account_line(lines, roles_of, best.lines[-1], zones)
        if account is None:
            return best.text, None
        roles_of[account] = "account"
        return best.text, lines[account].strip()
    if zones.body_start < zones.body_end:
        glued = page.split_glued_headline(lines[zones.body_start])
        if glued:
            title, lines[zones.body_start] = glued
            evidence["title"] = {
                "line": line_numbers[zones.body_start],
                "rule": "headline glued to the lede, split off",
            }
            trace.review("title", f"标题与首段相连，已拆分：“{title}”")
            return title, None
    if scored:
        trace.review("title", "页首各行都不像标题：标题为拟定")
    return "", None


def markup_candidates(
    markup, title: str, stated: dating.StatedDate | None, evidence: dict, trace: _Trace
) -> tuple[str, dating.StatedDate | None]:
    """Title and date of a saved page, weighing what its markup says against the text.

    The page's own headline wins unless it is missing or shares nothing with the
    markup's title (then the page model took a wrong line); the text's date wins
    (it carries the time of day) unless the markup's head or URL names another day.
    """
    marked_title = restore_fullwidth_punctuation(to_simplified(markup.title or ""))[0].strip()
    squeezed = re.sub(r"\s+", "", title), re.sub(r"\s+", "", marked_title)
    if marked_title and not (squeezed[0] in squeezed[1] or squeezed[1] in squeezed[0]):
        if title:
            trace.review("title", f"页面标记的标题“{marked_title}”与正文标题“{title}”不同：取前者")
        title = marked_title
        evidence["title"] = {"rule": markup.evidence.get("title", "page markup")}
    marked = dating.parse_stated_date(markup.date) if markup.date else None
    source = markup.evidence.get("date", "")
    if marked and stated is None:
        stated = marked
        evidence["date"] = {"rule": source}
    elif (
        marked
        and source.startswith(("htmldate: URL", "htmldate: <head>"))
        and stated.iso[:10] != marked.iso
    ):
        trace.review("date", f"页面标记的日期{marked.iso}与正文日期{stated.iso}不同：取前者")
        stated = marked
        evidence["date"] = {"rule": source}
    return title, stated


def remove_unwanted_characters(text: str, removed: dict[str, Counter]) -> str:
    """Text without control or invisible characters (characters.py), counting each removed.

    >>> removed = {"control_characters": Counter(), "invisible_characters": Counter()}
    >>> remove_unwanted_characters('兴隆\u200b镇党委\x01落实“三会一课”', removed)
    '兴隆镇党委落实“三会一课”'
    >>> {step: dict(counts) for step, counts in removed.items()}
    {'control_characters': {'U+0001': 1}, 'invisible_characters': {'U+200B ZERO WIDTH SPACE': 1}}
    """
    text, found = remove_control_characters(text)
    removed["control_characters"].update(found)
    text, found = remove_invisible_formatting(text)
    removed["invisible_characters"].update(found)
    return text


def ingest_bytes(
    raw: bytes, raw_name: str, catalog_entry: dict | None = None, raw_copies: list[str] = ()
) -> Report:
    """Turn one raw report into a Report (pure: reads nothing, writes nothing).

    ``raw_name`` is the raw file's path inside content/raw/; ``raw_copies`` the paths of
    byte-identical copies of it (one report records them all).
    """
    trace = _Trace()
    text, encoding = decode_report_bytes(raw)
    trace.step("decode", 1, encoding=encoding)
    removed = {"control_characters": Counter(), "invisible_characters": Counter()}
    text = remove_unwanted_characters(text, removed)
    markup = None
    if looks_like_html(text):
        # trafilatura keeps the story and the field lines; the markup's own title, date,
        # authors and address come along as candidates (htmlpage.py, README: measured).
        markup = read_html_page(text)
        # A character reference (&#1; &#x202e;) brings back what was removed above.
        markup = dataclasses.replace(
            markup,
            text=remove_unwanted_characters(markup.text, removed),
            title=markup.title and remove_unwanted_characters(markup.title, removed),
            authors=tuple(remove_unwanted_characters(a, removed) for a in markup.authors),
        )
        text = markup.text
        trace.step("html_page", 1, evidence=markup.evidence)
    for step, counts in removed.items():
        if counts:  # like page furniture: recorded when there was something to remove
            trace.step(
                step, counts.total(), removed=[f"{c} ×{n}" for c, n in sorted(counts.items())]
            )
    text, repairs, repair_warnings = repair_lost_gbk_lead_bytes(text)
    for warning in repair_warnings:
        trace.review("body", warning)
    trace.step("repair", sum(r.count for r in repairs))
    text, annotations = strip_pinyin_annotations(text)
    trace.step("unannotate", annotations)
    script = detect_script(text)

    original_lines = text.split("\n")
    simplified_lines = [dechrome.join_letter_spaced(to_simplified(line)) for line in original_lines]
    changed = sum(a != b for a, b in zip(original_lines, simplified_lines, strict=True))
    trace.step("simplify", changed, unit="lines")

    # Inline furniture first (tags, watermarks, spam brands glued to a headline), so the
    # line rules judge what is left; only the removals from lines that stay are recorded.
    inline = [dechrome.strip_inline_chrome(line) for line in simplified_lines]
    cleaned_lines = [line for line, _ in inline]
    kept, removed = dechrome.strip_page_chrome(original_lines, cleaned_lines)
    removed += [found for i in kept for found in inline[i][1]]
    trace.step("dechrome", len(removed), removed=[{"rule": r, "text": t} for r, t in removed])

    found_fields = fields.Fields()
    reading = read_page(cleaned_lines, kept, found_fields, trace)
    body_lines, title, stated, evidence = (
        reading.body_lines,
        reading.title,
        reading.stated,
        reading.evidence,
    )
    title_devised = False

    blocks = structure.paragraphs_and_headings(body_lines)
    paragraphs = [text for kind, text in blocks if kind == "p"]
    # A dateline byline (本报讯（记者 甲 通讯员 乙）…) stays in the text; only the names are
    # taken. Menu text can come before the dateline paragraph, so look at the first few.
    for paragraph in paragraphs[:5]:
        byline = fields.dateline_byline(paragraph)
        if byline:
            found_fields.add_byline(byline)
            evidence.setdefault("authors", {"rule": byline.rule, "text": paragraph[:40]})
            opening = fields.opening_credit(paragraph)
            if opening:  # （记者王敏 通讯员李响）11月5日，…: a credit, not the report's words
                at = next(i for i, block in enumerate(blocks) if block == ("p", paragraph))
                blocks[at] = ("p", paragraph[len(opening) :].lstrip())
                trace.step("byline", 1, removed=[opening.strip()], rule=byline.rule)
            break
    if not found_fields.source:
        publication = fields.publication_named(
            paragraphs[0] if paragraphs else "", reading.header, reading.furniture
        )
        if publication:
            found_fields.add("source", [publication])
            evidence["source"] = {"rule": "the paper named in the dateline or the e-paper masthead"}
        elif reading.publisher:
            found_fields.add("source", [reading.publisher])
            evidence["source"] = {"rule": "the posting account under the headline"}
    while len(blocks) > 1 and fields.is_credit_paragraph(blocks[-1][1]):
        # 总审丨高明远 统筹丨刘一 编校丨林夕 责编丨韩冰, left as a paragraph by a flattened
        # page: the credits of the text above, read as fields
        credits = blocks.pop()[1]
        _field_rules_kinds(fields.parse_field_line(credits) or {}, found_fields)
        trace.step("fields", 1, lines=[credits])
    credited = fields.credit_line(blocks[-1][1]) if len(blocks) > 1 else None
    if credited:  # 辽宁省盘锦市双台子区委组织部 alone under the text: the issuing office
        trace.step("credit", 1, removed=[blocks[-1][1]])
        del blocks[-1]
        if not found_fields.source:
            evidence["source"] = {"rule": "the office named under the text", "text": credited}
        found_fields.add("source", [credited])  # after a labelled 来源, which speaks first
    if paragraphs:
        last = max(i for i, (kind, _) in enumerate(blocks) if kind == "p")
        cut, byline = fields.trailing_byline(blocks[last][1])
        if byline:
            credit = blocks[last][1][len(cut) :].strip()
            trace.step("byline", 1, removed=[credit], rule=byline.rule)
            if cut:
                blocks[last] = ("p", cut)
            else:
                del blocks[last]
            if byline.source and byline.rule.endswith("labels"):
                # …。（来源：平山县融媒体中心）: a 来源 closing the text is the original's
                # credit, before one above the headline (the reposting app's)
                found_fields.source.insert(0, byline.source)
            elif byline.source:  # an organisation's credit (清远日报社编发): after any 来源
                found_fields.add("source", [byline.source])
            found_fields.add_byline(byline)
            evidence["authors"] = {"rule": byline.rule, "text": credit}
    if not found_fields.source and found_fields.newsroom:  # ◎临沂晚报记者 甲, nothing else
        found_fields.add("source", found_fields.newsroom[:1])
        evidence["source"] = {"rule": "the paper whose reporter wrote it"}
    trace.step(
        "structure",
        len(blocks),
        paragraphs=sum(1 for k, _ in blocks if k == "p"),
        headings=sum(1 for k, _ in blocks if k == "h2"),
    )

    if markup is not None:
        title, stated = markup_candidates(markup, title, stated, evidence, trace)
        if markup.authors and not found_fields.authors:
            found_fields.add("authors", [to_simplified(name) for name in markup.authors])
            evidence["authors"] = {"rule": markup.evidence.get("authors", "page markup")}

    plain = "\n".join(text for _, text in blocks)
    from .places import resolve_place

    year = int(stated.iso[:4]) if stated else None
    # Furniture (banners, breadcrumbs, footer addresses) often names the site's region:
    # it helps choose among same-named towns, and never places a report by itself.
    resolution = resolve_place(plain, title=title, year=year, context="\n".join(reading.furniture))
    place = resolution.place
    for warning in resolution.warnings:
        trace.review("place", warning)
    if place is None or place.township is None:
        trace.review("place", "文中未识别出乡镇：列为未定位（unplaced）")

    if not title:
        label = ""
        if place and place.township:
            label = (place.county or "") + place.township
        title, title_devised = _devise_title(label, paragraphs), True

    ranked = initiatives.rank_mentions(initiatives.find_mentions(title + "\n" + plain))
    names = [name for name, _, _ in ranked]
    if ranked:
        evidence["initiatives"] = {name: f"{rule} ×{n}" for name, n, rule in ranked}
    estimate = None if stated else dating.estimate_date(title + "\n" + plain)
    if not stated and estimate is None:
        trace.warnings.append("未注明日期，也无可推断年代的标志：年代不详")

    report = Report(
        id=report_id(raw),
        title=title,
        title_devised=title_devised,
        body=structure.render_body(blocks) if blocks else "",
        township=place.township if place else None,
        county=place.county if place else None,
        township_as_written=place.township_as_written if place else None,
        county_as_written=place.county_as_written if place else None,
        prefecture=place.prefecture if place else None,
        province=place.province if place else None,
        division_code=place.division_code if place else None,
        date=stated.iso if stated else None,
        date_precision=stated.precision if stated else None,
        date_estimate=estimate,
        authors=found_fields.authors,
        editors=found_fields.editors,
        source=found_fields.source[0] if found_fields.source else None,
        initiatives=names,
        script=script,
        provenance={
            "raw_file": raw_name,
            **({"raw_copies": list(raw_copies)} if raw_copies else {}),
            "sha256": hashlib.sha256(raw).hexdigest(),
            "steps": trace.steps,
            "repairs": [
                {"kind": r.kind, "before": r.before, "after": r.after, "count": r.count}
                for r in repairs
            ],
            "evidence": evidence,
            "places_evidence": list(resolution.evidence),
            "warnings": trace.warnings,
            "review": trace.reviews,
        },
    )
    if markup is not None and markup.url:
        report.url = markup.url
        evidence["url"] = {"rule": markup.evidence.get("url", "page markup")}
    if catalog_entry:
        apply_overrides(report, catalog_entry)
    return report


def apply_overrides(report: Report, entry: dict) -> None:
    """Set fields from a catalog entry, recording each as an override with what was extracted.

    >>> r = Report(id='x', title='宋家镇', title_devised=False, body='')
    >>> apply_overrides(r, {'url': 'https://example.org/a.html', 'note': '原网页地址'})
    >>> r.url, r.overrides['url']
    ('https://example.org/a.html', {'value': 'https://example.org/a.html', 'extracted': None, 'note': '原网页地址'})
    """
    note = entry.get("note")
    unknown = set(entry) - set(catalog_schema())
    if unknown:
        raise IngestError(
            f"catalog entry sets unknown field(s) {sorted(unknown)}; allowed: {', '.join(catalog_schema())}"
        )
    for key in CATALOG_FIELDS:
        if key not in entry:
            continue
        value = entry[key]
        if key == "date" and value is not None:
            value = str(value)
            stated = dating.parse_stated_date(value)
            if stated is None:
                raise IngestError(f"catalog date {value!r} is not a date (use 2023-07-25)")
            report.date_precision = entry.get("date_precision", stated.precision)
            report.date_estimate = None
            value = stated.iso
        if key == "title":
            report.title_devised = False
        record = {"value": value, "extracted": getattr(report, key)}
        if note:
            record["note"] = note
        report.overrides[key] = record
        setattr(report, key, value)


# --- files ---------------------------------------------------------------


class CatalogError(IngestError):
    """A catalog that cannot be read at all: the message names the file and the line."""


#: The only tags a catalog may spell out: YAML's own, for text, numbers, dates, lists, maps.
_CATALOG_TAGS = {None, "!"} | {
    f"tag:yaml.org,2002:{kind}" for kind in "str int float bool null timestamp seq map".split()
}


class _CatalogLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing anchors, aliases and tags of other types.

    An alias bomb (``a: &a [x, x]``, ``b: &b [*a, *a]`` … nine levels deep) is a few
    lines that expand to gigabytes; a catalog never needs to repeat a value by
    reference, so the first anchor or alias is an error, before anything is built.
    A tag such as ``!!python/object`` asks for an object no catalog holds.
    """

    def compose_node(self, parent, index):
        event = self.peek_event()
        problem = None
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            problem = "anchors and aliases (&name, *name) are not allowed: write each value out"
        elif getattr(event, "tag", None) not in _CATALOG_TAGS:
            problem = f"the tag {event.tag} is not allowed: a catalog holds text, dates and lists"
        if problem:
            raise yaml.MarkedYAMLError(problem=problem, problem_mark=event.start_mark)
        return super().compose_node(parent, index)


def load_catalog(path: Path) -> tuple[dict, list[str]]:
    """The catalog of overrides (content/catalog.yaml): (entries by raw file name, problems).

    A problem in one entry (a field it may not set, a value of the wrong type) is one
    line naming the file and the line; that entry is left out, so its report is built
    from its text alone, and the caller fails the run. A catalog that cannot be read
    at all (not YAML, an alias, not a mapping) raises ``CatalogError``.
    """
    if not path.exists():
        return {}, []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text; re-save it as UTF-8"
        raise CatalogError(f"{path}: cannot read: {reason}") from error
    loader = _CatalogLoader(text)
    try:
        root = loader.get_single_node()
        reports = _catalog_reports_node(root, path)
        entries, problems, lines = {}, [], {}
        for key_node, entry_node in reports.value if reports else []:
            name = str(loader.construct_object(key_node, deep=True))
            entry, found = catalog_entry(loader, entry_node)
            line = key_node.start_mark.line + 1
            if name in lines:  # YAML would silently keep the later one
                found = [(line, f"listed twice (first at line {lines[name]}): merge the two")]
                entries.pop(name, None)
            lines.setdefault(name, line)
            problems += [f"{path}:{at or line}: {name}: {problem}" for at, problem in found]
            if not found and lines[name] == line:
                entries[name] = entry
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(error, "problem", None) or str(error)
        context, context_mark = (
            getattr(error, "context", None),
            getattr(error, "context_mark", None),
        )
        if context and context_mark:  # an unclosed quote: say where it opened
            problem += f" ({context} from line {context_mark.line + 1})"
        raise CatalogError(f"{where}: cannot read the catalog: {problem}") from error
    finally:
        loader.dispose()
    return entries, problems


def _catalog_reports_node(root, path: Path):
    """The ``reports:`` mapping node of a catalog, None when there is none yet."""
    if root is None or (isinstance(root, yaml.ScalarNode) and root.value == ""):
        return None
    line = root.start_mark.line + 1
    if not isinstance(root, yaml.MappingNode):
        raise CatalogError(f"{path}:{line}: the catalog must be a mapping with one key, reports:")
    for key, value in root.value:
        if key.value != "reports":
            line = key.start_mark.line + 1
            raise CatalogError(
                f"{path}:{line}: unknown key {key.value!r}; the catalog has only reports:"
            )
        if isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null"):
            return None
        if not isinstance(value, yaml.MappingNode):
            line = value.start_mark.line + 1
            raise CatalogError(f"{path}:{line}: reports: must map raw file names to fields")
        return value
    return None


def catalog_entry(loader: yaml.SafeLoader, node) -> tuple[dict, list[tuple[int | None, str]]]:
    """One catalog entry checked against ``catalog_schema``: (entry, [(line, problem)]).

    Values are typed as the Report types them; YAML's readings of unquoted text (a date,
    a number) become the strings the Report holds.
    """
    if not isinstance(node, yaml.MappingNode):
        return {}, [
            (None, "expected the fields to set (title: …, url: …), found a list or a value")
        ]
    schema, entry, problems = catalog_schema(), {}, []
    for key_node, value_node in node.value:
        key, line = key_node.value, key_node.start_mark.line + 1
        if key in entry:
            problems.append((line, f"{key}: set twice in one entry"))
            continue
        if key not in schema:
            problems.append(
                (line, f"unknown field {key!r}; a catalog entry sets {', '.join(schema)}")
            )
            continue
        try:
            entry[key] = catalog_value(
                key, loader.construct_object(value_node, deep=True), schema[key]
            )
        except ValueError as error:
            problems.append((line, str(error)))
    return entry, problems


def catalog_value(name: str, value, kind):
    """A catalog value as the Report holds it, or ValueError saying what is wrong with it.

    >>> catalog_value("date", dt.date(2021, 11, 2), str | None), catalog_value("authors", "王密", list[str])
    ('2021-11-02', ['王密'])
    >>> catalog_value("editors", 7, list[str])
    Traceback (most recent call last):
    ...
    ValueError: editors: expected a list of names like [王密, 程琪琪], found 7
    >>> catalog_value("title", ["兴隆镇", "三会一课"], str)
    Traceback (most recent call last):
    ...
    ValueError: title: expected text, found a list: ['兴隆镇', '三会一课']
    >>> catalog_value("title", "", str)
    Traceback (most recent call last):
    ...
    ValueError: title: is empty; delete the line to keep what ingest found
    """
    optional = type(None) in typing.get_args(kind)
    if value is None:
        if optional:
            return None
        raise ValueError(f"{name}: is empty; delete the line to keep what ingest found")
    if typing.get_origin(kind) is list:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) and v.strip() for v in items):
            raise ValueError(
                f"{name}: expected a list of names like [王密, 程琪琪], found {value!r}"
            )
        return [_catalog_text(name, v) for v in items]
    if isinstance(value, dt.date):  # YAML reads an unquoted 2021-11-02 as a date
        value = value.isoformat()
    elif isinstance(value, int) and not isinstance(value, bool):  # an unquoted division code
        value = str(value)
    if not isinstance(value, str):
        found = {list: "a list", dict: "a mapping"}.get(type(value), type(value).__name__)
        raise ValueError(f"{name}: expected text, found {found}: {value!r}")
    value = _catalog_text(name, value)
    if name == "date" and dating.parse_stated_date(value) is None:
        raise ValueError(f"date: {value!r} is not a date (use 2023-07-25)")
    return value


def _catalog_text(name: str, value: str) -> str:
    """A catalog string: not blank, without characters that would be removed from a report."""
    if not value.strip():
        raise ValueError(f"{name}: is empty; delete the line to keep what ingest found")
    for removed in (remove_control_characters(value)[1], remove_invisible_formatting(value)[1]):
        if removed:
            raise ValueError(
                f"{name}: contains {', '.join(removed)}, which no reader can see; delete it"
            )
    return value


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path: Path) -> str:
    """The sha256 of a file's bytes: what ``sha256_text`` gave its text, without decoding it.

    A report edited by hand and saved in another encoding is a hand edit to keep, not a
    ``UnicodeDecodeError`` that stops the ingest.
    """
    return hashlib.sha256(path.read_bytes()).hexdigest()


#: What ingest reads from each manifest record, and the types it must have.
MANIFEST_RECORD = {
    "raw_file": (str,),
    "raw_sha256": (str,),
    "pipeline": (str,),
    "output_sha256": (str,),
    "catalog": (str, type(None)),
}


def manifest_problem(data) -> str | None:
    """What makes this parsed manifest unusable, or None when it has the expected shape.

    The manifest is a file anyone can break (a merge, an editor, a half-copied folder):
    ingest must not trust its shape.

    >>> manifest_problem({"1edd54abc103.md": {"raw_file": "003.txt", "catalog": None}})
    >>> manifest_problem([])
    'expected a JSON object of report files, found an array'
    >>> manifest_problem({"1edd54abc103.md": {"output_sha256": 7}})
    "1edd54abc103.md: 'output_sha256' should be a string, found 7"
    """
    if not isinstance(data, dict):
        found = {list: "an array", type(None): "null"}.get(type(data), type(data).__name__)
        return f"expected a JSON object of report files, found {found}"
    for name, record in data.items():
        if not isinstance(record, dict):
            return f"{name}: expected an object, found {json.dumps(record)}"
        for key, types in MANIFEST_RECORD.items():
            if key in record and not isinstance(record[key], types):
                return f"{name}: {key!r} should be a string, found {json.dumps(record[key])}"
    return None


def load_manifest(out_dir: Path) -> dict:
    """The manifest of what ingest wrote, or {} when it is missing or damaged (with a warning).

    A damaged manifest only costs a re-ingest: every report is converted again, and an
    output that differs from the new version is kept as a hand edit.
    """
    path = out_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        problem = f"not valid JSON ({error})"
    except OSError as error:
        problem = f"cannot read: {error.strerror}"
    else:
        problem = manifest_problem(data)
        if problem is None:
            return data
    log.warning("%s is damaged (%s): checking every report again", path, problem)
    return {}


def save_manifest(out_dir: Path, manifest: dict) -> None:
    write_atomically(
        out_dir / MANIFEST,
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
    )


@dataclass
class Outcome:
    raw: str  # the raw file's path inside content/raw/ (a catalog key for status "catalog")
    # written | unchanged | kept-hand-edit | failed | refused (not read: a link leaving the
    # raw folder) | replaced (an earlier version's report removed) | removed (raw file gone,
    # report removed) | withdrawn (its report was edited by hand: moved aside, unpublished)
    # | catalog (a catalog key naming no raw file, or several)
    status: str
    report_file: str | None = None
    message: str = ""
    warnings: list[str] = field(default_factory=list)
    about_run: bool = False  # about the run (the manifest), not about one raw file


#: ``write_atomically``'s temp files: ``.<name>.<pid>-<random>.tmp`` (no pid before 2026-12).
_TEMP_FILE = re.compile(r"^\.(?P<target>.+)\.(?:(?P<pid>\d+)-)?[a-z0-9_]{8}\.tmp$")
#: Writing a report takes milliseconds: a temp file this old was left by a dead process.
TEMP_FILE_MAX_AGE = 3600


def remove_abandoned_temp_files(out_dir: Path, now: float | None = None) -> list[str]:
    """Remove temp files a killed ingest left in out_dir; return their names.

    Only ``write_atomically``'s own temp files are touched, and only those whose
    writer is no longer running (or, for a name without a pid, that are over an hour
    old): a file being written by a live ingest is left alone.
    """
    now = time.time() if now is None else now
    removed = []
    for path in sorted(out_dir.glob(".*.tmp")):
        match = _TEMP_FILE.match(path.name)
        if match is None:
            continue
        try:
            old = now - path.stat().st_mtime > TEMP_FILE_MAX_AGE
            pid = match.group("pid")
            if old or (pid is not None and not _is_running(int(pid))):
                path.unlink()
                removed.append(path.name)
        except OSError:
            continue  # gone already, or not ours to remove: the next ingest tries again
    return removed


def _is_running(pid: int) -> bool:
    """True when a process with this id exists (signal 0 checks without sending anything)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process: alive; an absurd pid: keep the file
    return True


def common_folder(paths: list[Path]) -> Path | None:
    """The folder raw keys are relative to when none is given: the one folder ingested, or
    the deepest folder holding every path.

    >>> common_folder([Path("/data/raw/兴隆镇/2021.txt"), Path("/data/raw/神河镇/2011.txt")])
    PosixPath('/data/raw')
    """
    if not paths:
        return None
    folders = [p if p.is_dir() else p.parent for p in (Path(os.path.abspath(p)) for p in paths)]
    return Path(os.path.commonpath(folders))


def collect_raw_files(paths: list[Path], root: Path) -> tuple[list[RawFile], list[Refused]]:
    """Raw report files under the given files and folders, keyed by their path inside ``root``.

    Folders are walked by ``rawfiles.find_raw_files``: dot-files skipped, and a symbolic
    link leading outside ``root`` refused, never read. A file named outright is read
    whatever its extension; one inside ``root`` must not lead outside it either.
    """
    found: dict[str, RawFile] = {}
    refused: list[Refused] = []
    real_root = Path(os.path.realpath(root))
    for path in paths:
        if path.is_dir():
            files, bad = find_raw_files(root, path)
            refused += bad
            for raw in files:
                if Path(raw.key).suffix.lower() in RAW_SUFFIXES:
                    found.setdefault(raw.key, raw)
            continue
        key = raw_key(path, root)
        if not is_utf8(key):
            refused.append(Refused(os.fsencode(key).decode("utf-8", "backslashreplace"),
                                   "its name is not UTF-8: not read; rename it"))  # fmt: skip
            continue
        real = Path(os.path.realpath(path))
        if is_inside(path, root) and not real.is_relative_to(real_root):
            refused.append(
                Refused(key, f"a symbolic link leading outside {root} (to {real}): not read")
            )
            continue
        found.setdefault(key, RawFile(key, real))
    return sorted(found.values(), key=lambda f: f.key), refused


def catalog_entries(
    catalog: dict, raw_keys: list[str], complete: bool
) -> tuple[dict[str, dict], list[Outcome]]:
    """The catalog's entries by raw key, and an Outcome per key that names no raw file, several,
    or one another key already names (``rawfiles.match_catalog_keys`` says which is which)."""
    found, problems = match_catalog_keys(catalog, raw_keys, complete)
    entries: dict[str, dict] = {}
    for catalog_key, key in found.items():
        if key in entries:
            problems.append((catalog_key, f"names {key} again: ignored, the first entry applies"))
        else:
            entries[key] = catalog[catalog_key]
    notes = [Outcome(key, "catalog", message=f"key {key!r} {problem}") for key, problem in problems]
    return entries, notes


def convert_file(
    path: Path, catalog_entry: dict | None, key: str | None = None, copies: list[str] = ()
) -> tuple[str, Report]:
    """(markdown, report) for one raw file known as ``key`` (default: its name); raises
    IngestError naming the problem."""
    key = key or path.name
    try:
        key.encode("utf-8")  # it is written into the front matter, the manifest, links
    except UnicodeEncodeError as error:
        raise IngestError(
            "its name is not UTF-8 (saved on a system using GBK?): rename it,"
            " e.g. convmv -f gbk -t utf-8 --notest FILE"
        ) from error
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror}") from error
    report = ingest_bytes(raw, key, catalog_entry, copies)
    return render_markdown(report), report


def write_report(
    out_dir: Path, report: Report, markdown: str, manifest: dict, raw_sha: str, force: bool
) -> Outcome:
    """Write one report's Markdown, keeping any hand edit unless forced."""
    name = f"{report.id}.md"
    target = out_dir / name
    recorded = manifest.get(name, {})
    status = "written"
    if target.exists():
        current = sha256_file(target)
        if current == sha256_text(markdown):
            status = "unchanged"
        elif not force and current != recorded.get("output_sha256"):
            beside = target.with_name(name + ".new")
            write_atomically(beside, markdown)
            return Outcome(
                report.provenance["raw_file"],
                "kept-hand-edit",
                str(target),
                f"{target} was edited by hand: kept it, wrote the new version to {beside.name}"
                " (use --force to overwrite, or put lasting corrections in content/catalog.yaml)",
                report.provenance["warnings"],
            )
    if status == "written":
        write_atomically(target, markdown)
    copies = report.provenance.get("raw_copies")
    manifest[name] = {
        "raw_file": report.provenance["raw_file"],
        **({"raw_copies": copies} if copies else {}),
        "raw_sha256": raw_sha,
        "pipeline": pipeline_version(),
        "output_sha256": sha256_text(markdown),
    }
    message = ""
    if status == "written" and target.with_name(name + WITHDRAWN).exists():
        message = (
            f"an earlier version edited by hand is in {name + WITHDRAWN}: carry its edits over"
        )
    return Outcome(
        report.provenance["raw_file"], status, str(target), message, report.provenance["warnings"]
    )


def is_up_to_date(
    raw_sha: str, keys: list[str], out_dir: Path, manifest: dict, catalog_entry: dict | None
) -> bool:
    """True when these bytes, at these raw paths, were ingested by this code with this catalog
    entry, and the output is untouched."""
    name = f"{raw_sha[:ID_LENGTH]}.md"
    recorded = manifest.get(name)
    target = out_dir / name
    return bool(
        recorded
        and recorded.get("raw_sha256") == raw_sha
        and recorded_raw_paths(recorded) == keys
        and recorded.get("pipeline") == pipeline_version()
        and recorded.get("catalog") == _catalog_hash(catalog_entry)
        and target.exists()
        and sha256_file(target) == recorded.get("output_sha256")
    )


def _catalog_hash(entry: dict | None) -> str | None:
    if not entry:
        return None
    return hashlib.sha256(json.dumps(entry, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _convert_job(args: tuple) -> tuple[str, str | None, dict | None, str]:
    """Worker: (raw path, markdown, report dict, error) — runs in a child process."""
    from dataclasses import asdict

    path, key, copies, entry = args
    try:
        markdown, report = convert_file(Path(path), entry, key, copies)
        return path, markdown, asdict(report), ""
    except IngestError as error:
        return path, None, None, str(error)
    except Exception as error:  # a bug must cost one file, not the run's other reports
        return path, None, None, unexpected_error(error)


def unexpected_error(error: Exception) -> str:
    """The one line for an error ingest did not foresee: a bug, shown without a traceback.

    >>> unexpected_error(ValueError('All strings must be XML compatible'))
    'ingest failed (ValueError: All strings must be XML compatible): a bug in ingest; please report it with this file'
    """
    return (
        f"ingest failed ({type(error).__name__}: {error}): a bug in ingest;"
        " please report it with this file"
    )


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as raw:
        for block in iter(lambda: raw.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def group_by_bytes(files: list[RawFile]) -> tuple[dict[str, list[RawFile]], list[Outcome]]:
    """Raw files by the sha256 of their bytes (byte-identical files are one report, whose id
    is that hash), and an Outcome for each file that could not be read."""
    groups: dict[str, list[RawFile]] = {}
    unread = []
    for raw in files:
        try:
            groups.setdefault(_file_sha256(raw.path), []).append(raw)
        except OSError as error:
            unread.append(Outcome(raw.key, "failed", message=f"cannot read: {error.strerror}"))
    return groups, unread


def entry_for_copies(
    keys: list[str], entries: dict[str, dict]
) -> tuple[dict | None, list[Outcome]]:
    """The catalog entry of a report whose bytes are at ``keys``: the first path's that has
    one; a second entry is not merged, but named in a warning.

    >>> entry_for_copies(["宋家镇.txt", "副本/宋家镇.txt"], {"副本/宋家镇.txt": {"url": "u"}})
    ({'url': 'u'}, [])
    """
    named = [key for key in keys if key in entries]
    if not named:
        return None, []
    doubled = [
        Outcome(
            key,
            "catalog",
            message=f"key {key!r} names a byte-identical copy of"
            f" {named[0]}, whose entry applies: merge the two entries",
        )
        for key in named[1:]
    ]
    return entries[named[0]], doubled


def _holds(root: Path, key: str, raw_sha: str) -> bool:
    """True when the raw file ``key`` inside ``root`` is there, inside it, with these bytes."""
    path = Path(os.path.realpath(root / key))
    try:
        return path.is_relative_to(os.path.realpath(root)) and _file_sha256(path) == raw_sha
    except OSError:
        return False


@contextlib.contextmanager
def ingest_lock(out_dir: Path):
    """Hold ``out_dir``'s ingest lock while the block runs, waiting (and saying so) if
    another ingest holds it.

    Two ingests into one folder at once each load the manifest and each save their own:
    the last save forgets the other's reports, and the next ingest takes their files for
    hand edits. The lock is ``flock`` on ``out_dir/.ingest.lock``: the system releases it
    when the process ends, so a killed ingest never leaves the folder locked.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / LOCK, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(
                f"ingest: waiting for another ingest into {out_dir} to finish"
                f" (it holds {out_dir / LOCK})",
                file=sys.stderr,
                flush=True,
            )
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _one_ingest_at_a_time(ingest):
    """Run ``ingest(paths, out_dir, …)`` holding ``out_dir``'s ``ingest_lock``."""

    @functools.wraps(ingest)
    def locked(paths, out_dir, **options):
        with ingest_lock(Path(out_dir)):
            return ingest(paths, out_dir, **options)

    return locked


@_one_ingest_at_a_time
def ingest_paths(
    paths: list[Path],
    out_dir: Path,
    *,
    catalog: dict | None = None,
    force: bool = False,
    jobs: int | None = None,
    progress: bool = False,
    raw_root: Path | None = None,
) -> list[Outcome]:
    """Ingest raw files into out_dir; one Outcome per file, failures included (never raises per file).

    ``raw_root`` is the raw folder (content/raw) the files' keys are relative to; by default
    the one folder given, or the folder holding every path. When the whole raw folder is
    ingested (``raw_root``, or the ``raw`` folder beside ``out_dir``), a report whose raw
    file is gone leaves the site (``take_down``).
    """
    catalog = catalog or {}
    paths = [Path(p) for p in paths]
    root = Path(raw_root) if raw_root is not None else common_folder(paths) or Path(".")
    files, refused = collect_raw_files(paths, root)
    # Every raw file was listed: a recorded one that is missing is gone, every catalog key
    # must name one.
    whole = any(p.is_dir() and os.path.samefile(p, root) for p in paths if root.exists())
    known = [f.key for f in files]
    if raw_root is not None and not whole and root.is_dir():
        known = [
            f.key for f in find_raw_files(root)[0] if Path(f.key).suffix.lower() in RAW_SUFFIXES
        ]
    entries, outcomes = catalog_entries(catalog, known, whole or raw_root is not None)
    outcomes += [Outcome(r.key, "refused", message=r.reason) for r in refused]

    manifest = load_manifest(out_dir)
    if out_dir.is_dir():
        for name in remove_abandoned_temp_files(out_dir):
            log.info("removed %s, left by an ingest that was stopped while writing", out_dir / name)
    groups, unread = group_by_bytes(files)
    outcomes += unread
    todo, claimed = [], {}
    for raw_sha, group in groups.items():
        keys = [raw.key for raw in group]
        if not whole:  # copies recorded earlier and not named this time count while they last
            record = manifest.get(f"{raw_sha[:ID_LENGTH]}.md")
            others = [p for p in recorded_raw_paths(record) if p not in keys]
            keys = sorted(keys + [p for p in others if _holds(root, p, raw_sha)])
        entry, doubled = entry_for_copies(keys, entries)
        outcomes += doubled
        if not force and is_up_to_date(raw_sha, keys, out_dir, manifest, entry):
            outcomes += [Outcome(key, "unchanged") for key in keys]
            claimed.update(dict.fromkeys(keys, f"{raw_sha[:ID_LENGTH]}.md"))
            continue
        todo.append((str(group[0].path), keys[0], keys[1:], entry))

    jobs = jobs or min(os.cpu_count() or 1, 8)
    if len(todo) < 16:
        jobs = 1
    results = _run_jobs(todo, jobs, progress)
    for (_, key, copies, entry), (_, markdown, report_dict, error) in zip(
        todo, results, strict=True
    ):
        if error:
            outcomes += [Outcome(k, "failed", message=error) for k in (key, *copies)]
            continue
        report = Report(**report_dict)
        raw_sha = report.provenance["sha256"]
        try:
            outcome = write_report(out_dir, report, markdown, manifest, raw_sha, force)
        except OSError as err:
            outcomes.append(Outcome(key, "failed", message=f"cannot write: {err.strerror}"))
            continue
        if outcome.status != "kept-hand-edit":
            manifest[f"{report.id}.md"]["catalog"] = _catalog_hash(entry)
        claimed.update(dict.fromkeys((key, *copies), f"{report.id}.md"))
        outcomes.append(outcome)
        for copy in copies:
            same = f"byte-identical to {key}: one report, {report.id}.md, records both paths"
            outcomes.append(Outcome(copy, outcome.status, outcome.report_file, warnings=[same]))

    # Takedowns only from the raw folder the reports come from: ingesting a batch folder
    # from elsewhere into content/reports adds reports and takes none down.
    beside = out_dir.parent / "raw"
    sweep = whole and (raw_root is not None or (beside.is_dir() and os.path.samefile(root, beside)))
    present = {f.key for f in files} if sweep else None
    gone = [(name, manifest.pop(name)) for name in gone_reports(manifest, claimed, present)]
    for name, record in gone:
        outcomes.append(take_down(out_dir, name, record, claimed))
    if sweep:  # after those: their files are gone by now
        for name, record in unrecorded_reports(out_dir, manifest, claimed, present):
            outcomes.append(take_down(out_dir, name, record, claimed))
            gone.append((name, record))
    outcomes.sort(key=lambda o: o.raw)
    if todo or gone:
        try:
            save_manifest(out_dir, manifest)
        except OSError as error:  # a read-only folder, a full disk: said once, after the files
            message = f"cannot write: {error.strerror}; the next ingest checks every report again"
            outcomes.append(
                Outcome(str(out_dir / MANIFEST), "failed", message=message, about_run=True)
            )
    return outcomes


def gone_reports(manifest: dict, claimed: dict[str, str], present: set[str] | None) -> list[str]:
    """The reports in the manifest none of whose raw paths still holds their bytes.

    A path no longer holds a report's bytes when this ingest found other bytes there
    (``claimed`` by another report: a new version) or, when every raw file was listed
    (``present``), when it is not there any more. A path this ingest could not read keeps
    its report: the last good version stays until the file is fixed.

    >>> manifest = {"a.md": {"raw_file": "兴隆镇.txt"}, "b.md": {"raw_file": "神河镇.txt"},
    ...             "c.md": {"raw_file": "宋家镇.txt", "raw_copies": ["副本/宋家镇.txt"]}}
    >>> gone_reports(manifest, {"兴隆镇.txt": "new.md"}, None)
    ['a.md']
    >>> gone_reports(manifest, {"兴隆镇.txt": "a.md"}, {"兴隆镇.txt", "副本/宋家镇.txt"})
    ['b.md']
    >>> gone_reports(manifest, {"改名/兴隆镇.txt": "a.md"}, {"改名/兴隆镇.txt"})  # renamed
    ['b.md', 'c.md']
    """
    gone = []
    current = set(claimed.values())  # a report this ingest found bytes for stays
    for name, record in manifest.items():
        if name in current:
            continue
        paths = recorded_raw_paths(record)
        own = [
            p for p in paths if claimed.get(p, name) == name and (present is None or p in present)
        ]
        if paths and not own:
            gone.append(name)
    return gone


#: Appended to a report taken down while it held hand edits: kept, and never published.
WITHDRAWN = ".withdrawn"


def unrecorded_reports(
    out_dir: Path, manifest: dict, claimed: dict[str, str], present: set[str]
) -> list[tuple[str, dict]]:
    """Reports the manifest does not know (it was lost or damaged, or the file is a curator's
    copy, ``x 副本.md``) whose raw files are all gone or belong to another report.

    Their front matter says where they came from. Without a record an untouched file cannot
    be told from a hand edit, so no output_sha256 is given: ``take_down`` keeps it aside.
    A file that cannot be read is left to the site build, which names it.
    """
    ours = set(manifest) | set(claimed.values())
    found = []
    for path in sorted(out_dir.glob("*.md")) if out_dir.is_dir() else []:
        if path.name in ours:
            continue
        try:
            meta, _ = split_front_matter(path.read_text(encoding="utf-8"), str(path))
        except (OSError, UnicodeDecodeError, FrontMatterError):
            continue
        paths = recorded_raw_paths(meta.get("provenance"))
        if paths and not any(
            p in present and claimed.get(p, path.name) == path.name for p in paths
        ):
            record = {"raw_file": paths[0], "raw_copies": paths[1:], "id": meta.get("id")}
            found.append((path.name, record))
    return found


def take_down(out_dir: Path, name: str, record: dict, claimed: dict[str, str]) -> Outcome:
    """Remove a report whose raw file is gone or holds new bytes, so it leaves the site.

    Its Markdown is deleted, unless it was edited by hand (or there is no record to tell):
    then it is moved aside to ``<id>.md.withdrawn`` (Pelican reads only ``.md``), so no edit
    is lost, and the message says so. Either way the raw file is the evidence: without it
    there is no report.
    """
    raw = recorded_raw_paths(record)[0]
    target = out_dir / name
    if raw in claimed and claimed[raw] == f"{record.get('id')}.md":  # cp x.md "x 副本.md"
        why = f"a copy of {claimed[raw]}, the report of {raw}"
    elif raw in claimed:
        why = f"the output of an earlier version of {raw}"
    else:
        why = f"its raw file {raw} is gone"
    if target.exists() and sha256_file(target) != record.get("output_sha256"):
        aside = target.with_name(name + WITHDRAWN)
        number = 1
        while aside.exists():
            number += 1
            aside = target.with_name(f"{name}{WITHDRAWN}-{number}")
        os.replace(target, aside)
        return Outcome(
            raw,
            "withdrawn",
            str(aside),
            f"{target} ({why}) was edited by hand: moved it to {aside.name}, which the site"
            " does not publish; carry its edits over, then delete it",
        )
    target.unlink(missing_ok=True)
    if raw in claimed:
        return Outcome(raw, "replaced", message=f"removed {name}, {why}")
    return Outcome(raw, "removed", message=f"{why}: removed its report {target} from the site")


def _run_jobs(todo, jobs, progress):
    bar = None
    if progress and len(todo) > 20:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="report", desc="ingest")
    results = []
    if jobs == 1:
        for item in todo:
            results.append(_convert_job(item))
            if bar:
                bar.update()
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for result in pool.map(_convert_job, todo, chunksize=8):
                results.append(result)
                if bar:
                    bar.update()
    if bar:
        bar.close()
    return results
