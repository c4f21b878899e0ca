"""The ingest pipeline: raw report bytes → Report (pure: reads nothing, writes nothing).

The recipe, top to bottom (each step a small module, each recorded in the
report's provenance with what it changed):

    decode → characters → (html → text) → repair → unannotate → simplify → dechrome → fields
    → punctuation → structure → places → initiatives → dating → overrides

Writing the reports (and never writing a raw file) is run.py's job.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.metadata
import re
from collections import Counter
from pathlib import Path

from . import DATA, dating, dechrome, fields, initiatives, structure
from .catalog import apply_overrides
from .characters import remove_control_characters, remove_invisible_formatting
from .decode import decode_report_bytes, looks_like_html
from .htmlpage import read_html_page
from .reading import _field_rules_kinds, markup_candidates, read_page
from .repair import repair_lost_gbk_lead_bytes
from .report import Report
from .simplify import detect_script, to_simplified
from .trace import Trace
from .unannotate import strip_pinyin_annotations

#: This package: every file in it is part of the pipeline version.
PACKAGE = Path(__file__).resolve().parent
ID_LENGTH = 12


def report_id(raw: bytes) -> str:
    """A report's stable id: the start of the sha256 of its raw bytes.

    >>> report_id('本網(wǎng)訊'.encode())
    '705f9ff77ab2'
    """
    return hashlib.sha256(raw).hexdigest()[:ID_LENGTH]


@functools.cache
def pipeline_version() -> str:
    """A hash of the ingest code and data: a change to either re-ingests every report.

    Every file of this package and of ``data/`` counts, found by looking, not from a
    list: a new step or vocabulary can never be forgotten, so changed code always
    re-ingests. A new version of an HTML library can change a saved page's text: their
    versions count too.
    """
    digest = hashlib.sha256()
    paths = sorted(
        path
        for folder in (PACKAGE, DATA)
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )
    for path in paths:
        digest.update(path.relative_to(PACKAGE.parent).as_posix().encode())
        digest.update(path.read_bytes())
    for library in HTML_LIBRARIES:
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
    trace = Trace()
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
