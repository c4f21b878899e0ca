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

from . import DATA, dechrome, doubt_calibration, doubts, fields, initiatives, schema, structure
from .above_dateline import cut_above_dateline
from .as_captured import captured_blocks
from .capture import Capture
from .catalog import apply_overrides
from .character_references import decode_character_references
from .characters import remove_control_characters, remove_invisible_formatting
from .decode import decode_report_bytes, looks_like_html
from .era_markers import estimate_date
from .gazetteer import is_place_name
from .glued_meta import unglued_meta_lines
from .headline import HEADLINE_THRESHOLD
from .htmlpage import HtmlPage, read_html_page
from .injected import strip_injected_keywords
from .reading import read_body, read_page, weigh_markup
from .repair import repair_lost_gbk_lead_bytes
from .report import Report
from .simplify import detect_script, to_simplified, two_way_characters
from .spliced_brands import without_spliced_brands
from .stamps import without_greeted_host
from .trace import Trace
from .unannotate import strip_pinyin_annotations
from .unread_source import source_left_unread

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


def ingest_text(text: str, raw_name: str = "page.txt") -> Report:
    """The report a raw file holding ``text`` (UTF-8) would give: a page pasted in a REPL, a
    doctest or a test, without a file.

    >>> ingest_text('沙河镇召开党建工作会\\n近日，沙河镇召开党建工作会，部署全年党建工作。').title
    '沙河镇召开党建工作会'
    """
    return ingest_bytes(text.encode("utf-8"), raw_name)


def ingest_bytes(
    raw: bytes,
    raw_name: str,
    catalog_entry: dict | None = None,
    raw_copies: list[str] = (),
    capture: Capture | None = None,
) -> Report:
    """Turn one raw report into a Report (pure: reads nothing, writes nothing).

    ``raw_name`` is the raw file's path inside content/raw/; ``raw_copies`` the paths of
    byte-identical copies of it (one report records them all); ``capture`` what a web
    archive recorded of the page (capture.py). One line a step, each recording in
    ``trace`` what it changed: that record is the report's provenance.
    """
    trace = Trace()
    text = decoded(raw, trace, capture.charset if capture else None)
    text, markup = readable_text(text, trace)
    text, repairs = repaired(text, trace)
    text = unannotated(text, trace)
    text, split = unglued_meta_lines(text)  # 标题 发表时间:… 浏览次数:91 近日，… on one line
    trace.step("glued_meta", split, unit="lines")
    script = detect_script(text)
    original, simplified = simplified_lines(text, script, trace)
    lines, kept = dechromed(original, simplified, trace)
    found = fields.Fields()
    reading = read_page(lines, kept, found, trace)
    without_greeted_host(lines, found, reading.evidence)  # 欢迎来到X! over "2016-09-01 X"
    blocks, paragraphs = read_body(reading, found, trace)
    cut_above_dateline(blocks, paragraphs, trace)  # captions or spam over 本报讯…
    title, stated = reading.title, reading.stated
    if markup is not None:
        title, stated = weigh_markup(markup, title, stated, reading.evidence, found, trace)
    openings = [*paragraphs[:1], *reading.header]
    source_left_unread(simplified, openings, paragraphs, found, reading.evidence, trace)
    if found.drop_outlet_as_author() and not found.authors:
        reading.evidence.pop("authors", None)  # the line credited the outlet, no writer
    plain = "\n".join(text for _, text in blocks)
    resolution = placed(
        plain,
        placing_title(title, reading.evidence),
        stated,
        reading.furniture,
        trace,
        found.signed,
    )
    title_devised = not title
    if title_devised:  # why: the header lines weighed and none taken (inspect --json shows it)
        reading.evidence["title"] = devised_evidence(trace.weighed.get("title", ()))
    title = title or devised_title(resolution.place, paragraphs)
    names = initiatives_named(title, plain, reading.evidence, trace)
    estimate = estimated_date(title, plain, stated, trace, capture)
    second_looks(simplified, reading, found, title, title_devised, blocks, trace)
    report = Report(
        id=report_id(raw),
        title=title,
        title_devised=title_devised,
        body=structure.markdown_body(blocks) if blocks else "",
        **place_fields(resolution.place),
        date=stated.iso if stated else None,
        date_precision=stated.precision if stated else None,
        date_estimate=estimate,
        authors=found.authors,
        editors=found.editors,
        source=found.source[0] if found.source else None,
        initiatives=names,
        script=script,
        provenance=provenance(raw, raw_name, raw_copies, trace, repairs, reading, resolution),
    )
    if markup is not None and markup.url:
        report.url = markup.url
        reading.evidence["url"] = {"rule": markup.evidence.get("url", "page markup")}
    if capture is not None:
        captured(report, capture, reading.evidence, trace)
    if catalog_entry:
        apply_overrides(report, catalog_entry)
    report.as_captured = captured_text(script, report.title, blocks, original, simplified)
    return report


def captured_text(
    script: str, title: str, blocks: list, original: list[str], simplified: list[str]
) -> str | None:
    """The headline and body as captured, for a source not in simplified script (the
    report page's 原文字形 view): Markdown like the body, the headline a ``# `` line."""
    if script == "simplified":
        return None
    title, blocks = captured_blocks(title, blocks, original, simplified)
    return f"# {structure.escape_markdown_text(title)}\n\n" + structure.markdown_body(blocks)


def decoded(raw: bytes, trace: Trace, declared: str | None = None) -> str:
    """The raw bytes as text, in the encoding they were saved in (decode.py), or the one
    the server declared for a captured page."""
    text, encoding = decode_report_bytes(raw, declared)
    trace.step("decode", 1, encoding=encoding)
    return text


def readable_text(text: str, trace: Trace) -> tuple[str, HtmlPage | None]:
    """The text without control or invisible characters; a saved page reduced to its story,
    a text page's character references decoded (character_references.py).

    trafilatura keeps the story and the field lines; the markup's own title, date,
    authors and address come along as candidates (htmlpage.py, README: measured).
    """
    removed = {"control_characters": Counter(), "invisible_characters": Counter()}
    text = remove_unwanted_characters(text, removed)
    markup = None
    if looks_like_html(text):
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
    else:  # a text page may keep its markup's references (&ldquo;红色网格&rdquo;, &nbsp;)
        text, references = decode_character_references(text)
        if references:
            trace.step("character_references", references)
            text = remove_unwanted_characters(text, removed)  # &#1; spells a control character
    for step, counts in removed.items():
        if counts:  # like page furniture: recorded when there was something to remove
            trace.step(
                step, counts.total(), removed=[f"{c} ×{n}" for c, n in sorted(counts.items())]
            )
    return text, markup


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


def repaired(text: str, trace: Trace) -> tuple[str, list]:
    """Characters a GBK round trip lost, put back (repair.py); a doubtful one is for review."""
    text, repairs, warnings = repair_lost_gbk_lead_bytes(text)
    for warning in warnings:
        trace.review("body", warning)
    trace.step("repair", sum(r.count for r in repairs))
    return text, repairs


def unannotated(text: str, trace: Trace) -> str:
    """Pinyin annotations a page added for reading aloud, removed (unannotate.py)."""
    text, annotations = strip_pinyin_annotations(text)
    trace.step("unannotate", annotations)
    return text


def simplified_lines(text: str, script: str, trace: Trace) -> tuple[list[str], list[str]]:
    """The lines as written, and simplified (letter-spaced words joined up; 著 read zhe as
    着 and 畬 as 畲 when the report was written in traditional script)."""
    original = text.split("\n")
    simplify = to_simplified
    if script == "traditional":  # not "mixed": a simplified page's 著 is meant
        simplify = lambda line: two_way_characters(to_simplified(line))  # noqa: E731
    simplified = [dechrome.join_letter_spaced(simplify(line)) for line in original]
    changed = sum(a != b for a, b in zip(original, simplified, strict=True))
    trace.step("simplify", changed, unit="lines")
    return original, simplified


def dechromed(
    original: list[str], simplified: list[str], trace: Trace
) -> tuple[list[str], list[int]]:
    """Every line without its inline furniture, and the indices of the lines not chrome.

    Inline furniture first (tags, watermarks, spam brands glued to a headline), so the
    line rules judge what is left; only the removals from lines that stay are recorded.
    """
    simplified, injected = strip_injected_keywords(simplified)
    simplified, spliced = without_spliced_brands(simplified)  # 必赢766net手机版党总支…
    injected += spliced
    inline = [dechrome.strip_inline_chrome(line) for line in simplified]
    cleaned = [line for line, _ in inline]
    credited = frozenset(
        i for i, (_, found) in enumerate(inline) if any(r == "photo credit" for r, _ in found)
    )
    kept, removed = dechrome.strip_page_chrome(original, cleaned, credited=credited)
    kept, removed = _notices_naming_an_original(original, cleaned, kept, removed)
    kept, removed = _summary_with_no_story(original, cleaned, kept, removed)
    removed += injected + [found for i in kept for found in inline[i][1]]
    trace.step("dechrome", len(removed), removed=[{"rule": r, "text": t} for r, t in removed])
    return cleaned, kept


def _notices_naming_an_original(
    original: list[str], lines: list[str], kept: list[int], removed: list[tuple[str, str]]
) -> tuple[list[int], list[tuple[str, str]]]:
    """Put back the repost notices that name the report's original (本文为某某发布原创文章，
    转载请联系授权): to the body they are furniture, but they are also the source's field
    line, which the reading step takes out of the body as a credit. A notice naming no
    one (本站原创, 如有侵权请联系删除) stays chrome. ``original`` are the lines as printed,
    ``lines`` the same simplified.
    """
    from .reprint_credits import original_notice

    back = {
        i
        for i, line in enumerate(lines)
        if i not in kept and line.strip() and original_notice(line.strip())
    }
    if not back:
        return kept, removed
    texts = {original[i].strip() for i in back}  # removals are recorded as printed
    return sorted({*kept, *back}), [r for r in removed if r[1] not in texts]


#: The chrome rule of an editor's summary over the story it repeats (chrome_patterns.yaml).
SUMMARY_RULE = "summary repeating the story"
_SUMMARY_LABEL = re.compile(
    r"^\s*[\[【〔]?\s*(?:摘要|内容摘要|内容提要|提要|概要|核心提示|导读|简介)\s*[\]】〕:：]?\s*"
)


def _summary_with_no_story(
    original: list[str], lines: list[str], kept: list[int], removed: list[tuple[str, str]]
) -> tuple[list[int], list[tuple[str, str]]]:
    """Put back an editor's summary (核心提示：眼下，河北省滦南县青坨营镇的5000多亩西瓜…) when no
    line of prose is left without it: a copy that kept only the summary of the story it
    repeats keeps it as its text (round 66), rather than no text at all. Its label goes
    from ``lines`` (眼下，河北省滦南县… is the text).
    """
    from .page import reads_as_prose

    if any(reads_as_prose(lines[i]) for i in kept):
        return kept, removed
    summaries = {text for rule, text in removed if rule == SUMMARY_RULE}
    back = {i for i, line in enumerate(original) if i not in kept and line.strip() in summaries}
    if not back:
        return kept, removed
    for i in back:
        lines[i] = _SUMMARY_LABEL.sub("", lines[i], count=1)
    return sorted({*kept, *back}), [r for r in removed if r[1] not in summaries]


def placing_title(title: str, evidence: dict) -> str:
    """The title the place step reads: with the places clean_headline cut off the headline's
    line (a city channel's 兴化|…, [远安] …), which say where the site files the story.

    >>> placing_title('探索虾蟹混养模式 致力强村富民', {'title': {'cut': ['兴化|']}})
    '兴化 探索虾蟹混养模式 致力强村富民'
    >>> placing_title('凤州镇被认定为全国乡村治理示范镇', {'title': {'cut': ['今日点击 |']}})
    '凤州镇被认定为全国乡村治理示范镇'
    """
    cut = [part.strip(" |｜[]【】") for part in (evidence.get("title") or {}).get("cut", ())]
    return " ".join([*(part for part in cut if is_place_name(part)), title])


def placed(
    plain: str, title: str, stated, furniture: list[str], trace: Trace, signed: list[str] = ()
):
    """Where the report is from (places.py), with what made the choice doubtful.

    Furniture (banners, breadcrumbs, footer addresses) often names the site's region:
    it helps choose among same-named towns, as does the region its filing numbers name
    (filing_numbers.py: 皖公网安备 34082202000141号 is 怀宁县's). Two kinds of line are read as text only when
    the text names no town of its own: the organisation signing it off (``signed``:
    笋岗街道湖景社区党群服务中心 under a post that names only its community) wrote it where
    it works; then every line around the story (a photograph's caption over the lede,
    青海省祁连县达玉村…一处饲棚。 记者 某某摄; a byline naming its community; a headline the
    page model left in the header), which is where a page names its town when the story
    itself does not (session 21: four held, one development and three pending pages,
    none placed wrong; a warning says so). A spam copy's ad line (河北11选五开奖结果 over a
    贵州 town's story, round 104) names its lottery's province, not the site's: a line the
    body doubts as an ad (doubt_body.spam_ad) is no region.
    """
    from .doubt_body import spam_ad
    from .filing_numbers import filing_context
    from .gazetteer import load_gazetteer
    from .places import resolve_place

    year = int(stated.iso[:4]) if stated else None
    furniture = [line for line in furniture if spam_ad(line) is None]  # 河北11选五开奖结果 www…
    filed = filing_context(furniture, load_gazetteer())
    context = "\n".join([*furniture, *filed])
    resolution = resolve_place(plain, title=title, year=year, context=context)
    fallbacks = [(signed, f"乡镇取自文末落款单位“{signed[0]}”", False)] if signed else []
    fallbacks.append(
        (furniture, "正文未提及乡镇，乡镇取自正文以外的行（图片说明、署名、页眉）", True)
    )
    for lines, note, warn in fallbacks:
        if not lines or (resolution.place is not None and resolution.place.township is not None):
            continue
        text = plain + "\n" + "\n".join(lines)
        around = resolve_place(text, title=title, year=year, context=context)
        if around.place is not None and around.place.township is not None:
            resolution = dataclasses.replace(around, evidence=(*around.evidence, note))
            if warn:  # a signing-off unit is the writer's own; lines around the story are weaker
                trace.warnings.append(note)
    if filed and resolution.place is not None:  # the region weighed, said as such
        resolution = dataclasses.replace(resolution, evidence=(*resolution.evidence, *filed))
    for warning in resolution.warnings:
        trace.review("place", warning)
    place = resolution.place
    if place is None or place.township is None:
        trace.review("place", "文中未识别出乡镇：列为未定位（unplaced）")
    return resolution


def devised_evidence(weighed) -> dict:
    """A devised title's evidence: that it was devised, and the best header lines weighed as
    the headline with their scores, so a curator sees what ingest turned down and why.

    >>> devised_evidence([('家风家训', 0.3), ('首页', -1.0), ('“晒”上墙', 0.0)])
    {'rule': 'devised from the place and the lede: no header line scored as a headline (threshold 0.5)', 'weighed': [{'text': '家风家训', 'score': 0.3}, {'text': '“晒”上墙', 'score': 0.0}, {'text': '首页', 'score': -1.0}]}
    """
    best = sorted(weighed, key=lambda pair: -pair[1])[:3]
    rule = (
        "devised from the place and the lede: no header line scored as a headline"
        f" (threshold {HEADLINE_THRESHOLD})"
    )
    return {"rule": rule} | (
        {"weighed": [{"text": text, "score": round(score, 2)} for text, score in best]}
        if best
        else {}
    )


def devised_title(place, paragraphs: list[str]) -> str:
    """A title for a report that has none: the place, and the lede clause about 党建
    (the clause alone when it names the town itself: no 玛艾镇：玛艾镇坚持…).

    >>> from township_reports.ingest.places import Location
    >>> place = Location(township="玛艾镇", county="碌曲县")
    >>> devised_title(place, ["近年来，碌曲县玛艾镇坚持以高质量党建引领经济社会发展，不断夯实基层基础。"])
    '碌曲县玛艾镇坚持以高质量党建引领经济社会发展'
    >>> devised_title(place, ["今年以来，该镇以党建引领乡村振兴，成效明显。"])
    '碌曲县玛艾镇：该镇以党建引领乡村振兴'
    """
    label = (place.county or "") + place.township if place and place.township else ""
    first = paragraphs[0] if paragraphs else ""
    sentence = re.split(r"[。！？]", first, maxsplit=1)[0]
    clauses = [c.strip() for c in re.split(r"[，；]", sentence) if c.strip()]
    topic = next((c for c in reversed(clauses) if "党建" in c), None)
    if topic is None:
        topic = "党建工作报道"
    if not label or place.township in topic:
        return topic
    return f"{label}：{topic}"


def initiatives_named(title: str, plain: str, evidence: dict, trace: Trace) -> list[str]:
    """The initiatives the report names, most weighty first (initiatives.py).

    The evidence keeps, for each name, the rule that found it; a candidate only a
    weak rule found is kept there (marked 待核), left out of the initiatives and put on
    the review list, so no page is made for it until a curator confirms it.
    """
    text = title + "\n" + plain
    mentions = initiatives.find_mentions(text)
    ranked = initiatives.rank_mentions(mentions)
    weak = initiatives.unconfirmed(mentions, text)
    if ranked:
        evidence["initiatives"] = {
            name: f"{rule} ×{n}" + ("（待核）" if name in weak else "") for name, n, rule in ranked
        }
    for name, why in weak.items():
        trace.review("initiatives", f"举措候选“{name}”{why}：确认后可在 content/catalog.yaml 补入")
    return [name for name, _, _ in ranked if name not in weak]


def estimated_date(
    title: str, plain: str, stated, trace: Trace, capture: Capture | None = None
) -> dict | None:
    """A span of years from era markers, for a report that states no date (era_markers.py),
    ending no later than the day the page was captured."""
    estimate = None if stated else estimate_date(title + "\n" + plain)
    if not stated and capture is not None:
        estimate = bounded_by_capture(estimate, capture)
    if not stated and estimate is None:
        trace.warnings.append("未注明日期，也无可推断年代的标志：年代不详")
    return estimate


def bounded_by_capture(estimate: dict | None, capture: Capture) -> dict:
    """An estimate that ends no later than the capture: a page existed when it was fetched.

    >>> c = Capture(url="http://www.pingli.gov.cn/a.html", captured="2024-05-20T08:15:00Z")
    >>> bounded_by_capture({"earliest": "2022-10-22", "latest": None, "evidence": []}, c)["latest"]
    '2024-05-20'
    >>> bounded_by_capture(None, c)["evidence"][0]["note"]
    '网页于2024-05-20存档：发表不晚于此日。'
    """
    day = capture.captured[:10]
    estimate = dict(estimate or {"earliest": None, "latest": None, "evidence": []})
    if estimate.get("latest") and estimate["latest"] <= day:
        return estimate
    estimate["latest"] = day
    evidence = {"marker": "网页存档", "earliest": None, "latest": day, "quote": capture.url}
    evidence["note"] = f"网页于{day}存档：发表不晚于此日。"
    estimate["evidence"] = [*estimate.get("evidence", []), evidence]
    return estimate


def captured(report: Report, capture: Capture, evidence: dict, trace: Trace) -> None:
    """The address and capture time a web archive recorded, and what they say of the date.

    The address the page was fetched from is where it was, whatever its markup claims;
    a stated date after the capture cannot be the publication date (a page's own
    today-date, or a wrong year), so it goes on the review list.
    """
    report.url, report.captured = capture.url, capture.captured
    evidence["url"] = {"rule": "web archive capture (WARC-Target-URI)"}
    report.provenance["capture"] = {
        key: value
        for key, value in (
            ("warc", capture.warc),
            ("payload_digest", capture.payload_digest),
            ("content_type", capture.content_type),
        )
        if value
    }
    day = capture.captured[:10]
    if report.date and report.date[:10] > day:
        trace.review(
            "date", f"载明日期{report.date[:10]}晚于网页存档日期{day}：可能是网页当天日期或年份有误"
        )


def second_looks(simplified, reading, found, title, title_devised, blocks, trace) -> None:
    """Put on the review list what the checks on the finished fields doubt (doubts.py), and
    take off it the notes measured to be nearly always right (doubt_calibration.py)."""
    finished = doubts.Finished(
        page_lines=tuple(simplified),
        header=tuple(reading.header),
        furniture=tuple(reading.furniture),
        title=title,
        title_devised=title_devised,
        source=found.source[0] if found.source else None,
        authors=tuple(found.authors),
        editors=tuple(found.editors),
        blocks=tuple(blocks),
        title_rule=(reading.evidence.get("title") or {}).get("rule", ""),
        title_candidates=tuple(trace.weighed.get("title", ())),
    )
    for name, reason in doubts.doubts(finished):
        trace.review(name, reason)
    trace.reviews = doubt_calibration.kept(trace.reviews)


def place_fields(place) -> dict:
    """The report's place fields (``schema.PLACE_FIELDS``), all None for a report no town was found for."""
    return {key: getattr(place, key) if place else None for key in schema.PLACE_FIELDS}


def provenance(raw, raw_name, raw_copies, trace, repairs, reading, resolution) -> dict:
    """Where the report came from and what each step did: the report page shows it."""
    return {
        "raw_file": raw_name,
        **({"raw_copies": list(raw_copies)} if raw_copies else {}),
        "sha256": hashlib.sha256(raw).hexdigest(),
        "steps": trace.steps,
        "repairs": [
            {"kind": r.kind, "before": r.before, "after": r.after, "count": r.count}
            for r in repairs
        ],
        "evidence": reading.evidence,
        "places_evidence": list(resolution.evidence),
        "warnings": trace.warnings,
        "review": trace.reviews,
    }
