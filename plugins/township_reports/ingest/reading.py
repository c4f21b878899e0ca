"""Reading a page's shape: which lines are story, headline, date, fields and furniture.

The page model (page.py) finds the body, the header above it and the footer below;
here each line that is not story gets its role (field, byline, date line, caption,
headline, posting account), the publication date and the headline are chosen with
their evidence, and what a saved page's markup says is weighed against the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import (
    bylines,
    caption_shapes,
    close_rivals,
    dating,
    fields,
    flattened,
    glued_headline,
    header_bylines,
    headline,
    headline_forms,
    headline_kinds,
    names,
    newsroom_outlets,
    page,
    phrase_lines,
    repeats,
    reprint_credits,
    sources,
    squeeze,
    structure,
    text_credits,
    trailing_credits,
    weaker_titles,
    wire_headlines,
)
from .dated_headlines import headline_beside_date
from .field_rules import load_field_rules
from .flattened_tail import split_off_furniture
from .gazetteer import load_gazetteer
from .keyword_clouds import keyword_cloud
from .name_lines import glued_names_byline, names_byline
from .simplify import collapse_doubled_punctuation, restore_fullwidth_punctuation, to_simplified
from .stated_dates import StatedDate, is_date_line, parse_stated_date
from .trace import Trace


@dataclass
class PageReading:
    """What the page model read: the body's lines, the headline, the stated date, evidence."""

    body_lines: list[str]
    title: str
    stated: StatedDate | None
    evidence: dict
    header: list[str]
    furniture: list[str]
    publisher: str | None


def read_page(
    page_lines: list[str], kept: list[int], found: fields.Fields, trace: Trace
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
        stated = date_of_fields(found, evidence, trace)
    if date_evidence:
        evidence["date"] = dict(date_evidence, line=date_evidence["line"] + 1)
        evidence["date"]["disagreeing"] = [
            dict(other, line=other["line"] + 1) for other in date_evidence.get("disagreeing") or []
        ]
    zones = phrase_lines.text_in_phrase_lines(lines, zones, roles_of)  # 6月16日 / … a line each
    title, publisher = choose_title(lines, line_numbers, roles_of, zones, evidence, trace)
    title = wire_headlines.settle_with_wire(title, lines, line_numbers, zones, evidence, trace)
    zones = repeats.after_headline_prints(lines, zones, title)  # a gallery's prints
    zones = headline_kinds.lede_above_body(lines, zones, roles_of)  # 不久前，… set apart
    if not title:  # a content farm's wrapper names it, a 作者 slot holds it, a breadcrumb ends so
        title = weaker_titles.weaker_title(page_lines, body_span[0], evidence, trace)

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
    title, doubled = collapse_doubled_punctuation(title)  # 示范村,?—— → 示范村？——
    trace.step("punctuation", punctuated + n + doubled)
    # The whole header, furniture included: an e-paper's masthead and page lines are chrome.
    header = [line for line in page_lines[: body_span[0]] if line.strip()]
    kept_set = set(kept)
    chrome = [line for i, line in enumerate(page_lines) if i not in kept_set and line.strip()]
    # All but the headline (furniture, fields, bylines) may name the region the place step needs.
    around = [
        lines[i] for i, role in sorted(roles_of.items()) if role not in ("headline", "caption")
    ]
    return PageReading(
        body_lines, title, stated, evidence, header, chrome + furniture + around, publisher
    )


def _credited_under_text(lines: list[str], index: int, zones: page.Zones) -> str | None:
    """Who a line under the text credits: an issuing office on any line there, an outlet
    (上观新闻, 邛崃发布) or a town in brackets (（达帮乡）) only on the line right under the
    last paragraph (further down, a name alone on a line is more likely a footer's link)."""
    alone = not any(line.strip() for line in lines[zones.body_end : index])
    credited = reprint_credits.closing_credit(lines[index], alone=alone)
    if credited or not alone:
        return credited
    # （达帮乡） alone on the line under the text credits as it does glued after the last stop
    closing = trailing_credits.organisation_closing_text(lines[index].strip())
    return closing[1] if closing and not closing[0] else None


def _field_line(lines: list[str], index: int, roles_of: dict, field_lines: list) -> dict | None:
    """The fields of the line at ``index`` (fields.parse_field_line); for an empty label, the
    value printed under it, whose line becomes a field line too; for an office under a
    catalogue's index number, the issuer (fields.issuer_under_index_number)."""
    parsed = fields.parse_field_line(lines[index])
    if parsed is None:  # • 729592848/2017-00034 / • 某镇人民政府: a catalogue, labels lost
        return fields.issuer_under_index_number(lines[index - 1], lines[index]) if index else None
    below = _value_below(lines, index) if parsed == {} else None
    if below is None:
        return parsed
    roles_of[below[0]] = "field"
    field_lines.append(lines[below[0]].strip())
    return below[1]


def _value_below(lines: list[str], index: int) -> tuple[int, dict] | None:
    """(line index, fields) of a label's value printed under the empty label at ``index``,
    a blank line or two between allowed (fields.value_below_label)."""
    for below in range(index + 1, min(index + 4, len(lines))):
        if lines[below].strip():
            found = fields.value_below_label(lines[index], lines[below])
            return (below, found) if found else None
    return None


def assign_roles(
    lines: list[str],
    line_numbers: list[int],
    zones: page.Zones,
    dated: set[int],
    found: fields.Fields,
    trace: Trace,
) -> tuple[dict[int, str], dict]:
    """Give each line that is not story a role: field, byline, date or caption.

    Labelled fields and bylines are read into ``found`` wherever they stand; a line
    outside the body holding a date candidate (``dated``) is a date line; a bracketed
    or scene caption between paragraphs is a caption. Returns the roles by line index
    and the evidence of the names and source found (line and rule).
    """
    roles_of: dict[int, str] = {}
    field_lines = []
    byline_evidence: list[dict] = []
    labelled: dict[str, dict] = {}
    cloud = keyword_cloud(lines)
    for index, line in enumerate(lines):
        if index in roles_of:  # a value already read under its label (来源: / 道口镇党政办)
            continue
        parsed = _field_line(lines, index, roles_of, field_lines)
        byline = None if parsed is not None or index in cloud else bylines.byline_line(line)
        if byline is None and parsed is None:
            byline = header_byline(line, index < zones.body_start)
        if parsed is not None:
            field_lines.append(line.strip())
            roles_of[index] = "field"
            _take_field_line(
                parsed, line, line_numbers[index], index >= zones.body_end, found, labelled
            )
        elif index >= zones.body_end and (credited := _credited_under_text(lines, index, zones)):
            # 辽宁省盘锦市双台子区委组织部 alone under the text: the issuing office
            found.add("source", [credited])  # after any labelled 来源
            field_lines.append(line.strip())
            roles_of[index] = "field"
            labelled.setdefault(
                "source",
                {
                    "line": line_numbers[index],
                    "rule": "the office or outlet named under the text",
                    "text": line,
                },
            )
        elif byline is not None:  # parsed once: the line's byline, when it is nothing else
            found.add_byline(byline)
            field_lines.append(line.strip())
            roles_of[index] = "byline"
            byline_evidence.append({"line": line_numbers[index], "rule": byline.rule})
        elif (
            (index < zones.body_start or index >= zones.body_end)
            and (index in dated or is_date_line(line))
            and not headline_beside_date(line, "".join(lines[zones.body_start : zones.body_end]))
        ):  # 【2024.03.14】某镇开展…: a headline too
            roles_of[index] = "date"
        elif zones.body_start <= index < zones.body_end and (
            caption_shapes.is_bracketed_caption(line) or caption_shapes.is_scene_caption(line)
        ):  # between paragraphs only: a headline may end in 新风貌 too
            roles_of[index] = "caption"
    text_credits.add_credits_as_sources(found)
    trace.step("fields", len(field_lines), lines=field_lines)
    dates = [lines[i].strip() for i, role in sorted(roles_of.items()) if role == "date"]
    if dates:
        trace.step("date_line", len(dates), lines=dates)
    evidence = {k: v for k, v in labelled.items() if k in ("authors", "editors", "source")}
    if byline_evidence:
        evidence.setdefault("authors", byline_evidence[0])
    return roles_of, evidence


def _take_field_line(
    parsed: dict,
    line: str,
    line_number: int,
    under_text: bool,
    found: fields.Fields,
    labelled: dict,
) -> None:
    """Read a labelled field line into ``found``, with its evidence in ``labelled``.

    A 来源 under the text is the original's credit and goes first; one above the headline is
    often the reposting platform's (来源：多彩贵州网 … 来源：岑巩发布). A source given only as a
    host address (来源:www.okzjj.com) goes after any the page names.
    """
    found.add_all(parsed)
    for kind in parsed:
        labelled.setdefault(
            "source" if kind == "credit" else kind,
            {"line": line_number, "rule": "labelled field", "text": line},
        )
    if under_text and parsed.get("source"):
        found.source[:] = parsed["source"] + [s for s in found.source if s not in parsed["source"]]
    reordered = found.names_before_hosts()  # a host address yields to a name wherever it is
    if parsed.get("source") and found.source[0] in parsed["source"] and (under_text or reordered):
        labelled["source"] = {
            "line": line_number,
            "rule": "labelled field under the text" if under_text else "labelled field",
            "text": line,
        }


def header_byline(line: str, in_header: bool) -> bylines.Byline | None:
    """The byline a header line holds beside other words: glued after a bar at the end of a deck
    (``…聚焦|记者甲综合报道``) or to the lede's first clause (``本报记者 甲 通讯员 乙昨天傍晚,``): a
    credit, never the headline. Names run together (阮霖浩王博禹周小雷) are one on any line."""
    if not in_header:
        return glued_names_byline(line)
    glued = header_bylines.bar_byline(line) or header_bylines.colon_byline(line)  # 记者甲:标题
    found = glued[1] if glued else header_bylines.opening_byline(line) or names_byline(line)
    return found or glued_names_byline(line)


def _review_chosen_headline(
    best: headline.HeadlineCandidate, scored: list[headline.HeadlineCandidate], trace: Trace
) -> None:
    """Put a chosen headline on the review list when the scorer was unsure of it: a weak
    score, two lines joined by a rare form, or another line scored close to it."""
    if best.score < headline.HEADLINE_CONFIDENT:
        trace.review("title", f"标题把握不大（{best.score:.2f}）：“{best.text}”")
    elif any(r in best.reasons for r in headline_forms.REVIEWED_JOINS):
        trace.review("title", f"标题由两行合成，请核对：“{best.text}”")
    elif (rival := close_rivals.close_rival(best, scored)) is not None:
        trace.review("title", f"另一行得分相近（{rival.score:.2f}）：“{rival.text}”，请核对")


def choose_title(
    lines: list[str],
    line_numbers: list[int],
    roles_of: dict[int, str],
    zones: page.Zones,
    evidence: dict,
    trace: Trace,
) -> tuple[str, str | None]:
    """The headline (or "" when the title must be devised) and the posting account under it.

    The best-scored free header line; failing that, a headline glued to the lede split
    off it. A weak or split headline goes on the review list; the lines taken get the
    role ``headline`` (and ``account``) in ``roles_of``; the lede line loses a split-off
    headline in ``lines``.
    """
    best, scored = headline.choose_headline(lines, roles_of, zones)
    trace.weighed["title"] = [(c.text, c.score) for c in scored]
    if best is not None:
        for index in best.lines:
            roles_of[index] = "headline"
        evidence["title"] = {
            "line": line_numbers[best.index],
            "score": round(best.score, 2),
            "rule": "; ".join(best.reasons),
        } | ({"cut": best.cut} if best.cut else {})  # 兴化|…: what the site put around it
        _review_chosen_headline(best, scored, trace)
        account = headline.account_line(lines, roles_of, best.lines[-1], zones)
        if account is None:
            # 浙江日报|宁波奉化：产业园里…: the paper a portal names before the headline
            # (a portal's own name after it, …暖民心 琼海市人民政府网, is the host)
            paper = next(
                (
                    c
                    for c in best.cut
                    if names.is_media(c.strip(" |｜"))
                    and _stands_before(c.strip(" |｜"), best.text, lines[best.lines[0]])
                ),
                None,
            )
            if paper:
                evidence["publisher"] = "the paper named before the headline"
            return best.text, paper and paper.strip(" |｜")
        roles_of[account] = "account"
        return best.text, sources.strip_wrapping(lines[account])  # • 乡村干部报
    below = headline.labelled_title_below(lines, zones)
    original = None if below else flattened.original_headline_below(lines, zones)
    if below or original:  # 标题：… in an info table, or a repost's 原标题：…, under the text
        index, title = below or original
        roles_of[index] = "headline"
        rule = "labelled 标题 under the text" if below else "原标题 under the text"
        evidence["title"] = {"line": line_numbers[index], "rule": rule}
        if original:
            trace.review("title", f"页首无标题，取文后原标题：“{title}”")
        return title, None
    if zones.body_start < zones.body_end:
        first = lines[zones.body_start]
        glued = glued_headline.split_glued_headline(first) or flattened.headline_before_space(first)
        if glued:
            (title, _), lines[zones.body_start] = headline.clean_headline(glued[0]), glued[1]
            evidence["title"] = {
                "line": line_numbers[zones.body_start],
                "rule": "headline glued to the lede, split off",
            }
            trace.review("title", f"标题与首段相连，已拆分：“{title}”")
            return title, None
    verse = headline_forms.verse_headline(lines, zones.body_start, zones.body_end)
    if verse is not None and not scored:  # a script set a phrase to a line, no header
        roles_of[verse] = "headline"
        evidence["title"] = {
            "line": line_numbers[verse],
            "rule": "the first line of a page set one phrase per line",
        }
        trace.review("title", f"逐行短句页面，取首行为标题：“{lines[verse].strip()}”")
        return lines[verse].strip(), None
    if scored:
        trace.review("title", "页首各行都不像标题：标题为拟定")
    return "", None


def _stands_before(name: str, headline_text: str, line: str) -> bool:
    """True when ``name`` is printed before the headline on its line (浙江日报|…).

    >>> _stands_before('海南日报', '琼海博鳌：小镇党员暖民心', '海南日报|琼海博鳌：小镇党员暖民心 琼海市人民政府网')
    True
    >>> _stands_before('琼海市人民政府网', '琼海博鳌：小镇党员暖民心', '海南日报|琼海博鳌：小镇党员暖民心 琼海市人民政府网')
    False
    """
    at, head = line.find(name), line.find(headline_text[:6])
    return at >= 0 and (head < 0 or at < head)


def markup_candidates(
    markup, title: str, stated: StatedDate | None, evidence: dict, trace: Trace
) -> tuple[str, StatedDate | None]:
    """Title and date of a saved page, weighing what its markup says against the text.

    The page's own headline wins unless it is missing or shares nothing with the
    markup's title (then the page model took a wrong line), and the markup's title is
    itself a possible headline (not ``1. 首页``, a menu's first item); the text's date wins
    (it carries the time of day) unless the markup's head or URL names another day.
    """
    marked_title = restore_fullwidth_punctuation(to_simplified(markup.title or ""))[0].strip()
    if marked_title and title and headline.is_never_a_headline(marked_title):
        marked_title = ""  # a menu item or a site's name in <title>: the printed headline stands
    squeezed = squeeze(title), squeeze(marked_title)
    if marked_title and not (squeezed[0] in squeezed[1] or squeezed[1] in squeezed[0]):
        if title:
            trace.review("title", f"页面标记的标题“{marked_title}”与正文标题“{title}”不同：取前者")
        title = marked_title
        evidence["title"] = {"rule": markup.evidence.get("title", "page markup")}
    marked = parse_stated_date(markup.date) if markup.date else None
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


def read_body(
    reading: PageReading, found: fields.Fields, trace: Trace
) -> tuple[list[tuple[str, str]], list[str]]:
    """The body's blocks (paragraphs and headings) with its credits taken out, and its
    paragraphs as they were read (a devised title quotes the first).

    Credits stand in the text itself as often as in field lines: a dateline byline
    (本报讯（记者 甲 通讯员 乙）…), a paragraph of credits at the end, the issuing office
    alone under the text, a byline closing the last paragraph. Their names and source go
    into ``found``; what is cut from the text is recorded in the trace.
    """
    body_lines = list(reading.body_lines)  # the reading stays as read: a copy is cut
    opening = next((i for i, line in enumerate(body_lines) if line.strip()), None)
    reprinted = opening is not None and repeats.headline_print_opening(
        body_lines[opening], reading.title
    )
    if reprinted:  # …“新主人”（通讯员 王 欢） 10月17日，…: the headline run into the lede
        body_lines[opening] = reprinted
        trace.step("headline_in_lede", 1, removed=[reading.title])
    blocks = structure.paragraphs_and_headings(body_lines)
    paragraphs = [text for kind, text in blocks if kind == "p"]
    evidence = reading.evidence
    text_credits.take_dateline_byline(blocks, paragraphs, found, evidence, trace)
    text_credits.take_opening_reprint(blocks, found, evidence, trace)
    publisher_rule = evidence.pop("publisher", "the posting account under the headline")
    # README's order: a 来源 value, else an organisation's credit (文/沈家营镇党委 under the text),
    # else the paper the dateline, masthead or journal line names, added after those credits.
    named = None
    if not found.source:
        named = text_credits.name_source_from_page(paragraphs, reading, found, publisher_rule)
    text_credits.take_closing_credits(blocks, found, evidence, trace)
    if paragraphs:
        trailing_credits.take_trailing_byline(blocks, found, evidence, trace)
    if named and not found.source:
        found.add("source", [named])
        evidence["source"] = {"rule": "the paper named in the dateline or the e-paper masthead"}
    rules = load_field_rules()
    # □晚报记者 甲 under 本报讯: a bare outlet ending is the paper's own 本报, naming nobody; a
    # city's name alone (扎兰屯市记者 甲, round 86) is where the reporters work, no outlet
    newsroom = [
        n
        for n in map(newsroom_outlets.newsroom_outlet, found.newsroom)
        if sources.is_source_name(n, rules)
        and sources.names_outlet(n, rules)
        and n not in load_gazetteer().counties_by_name
        and n not in load_gazetteer().prefectures_by_name
    ]
    if not found.source and newsroom:  # ◎临沂晚报记者 甲, nothing else (not 全媒体通讯员 甲)
        found.add("source", newsroom[:1])
        evidence["source"] = {"rule": "the paper whose reporter wrote it"}
    if not found.source and found.issuer:  # a CMS's 发布机构, when nothing else names one
        found.add("source", found.issuer[:1])
        evidence["source"] = {"rule": "the issuing office a CMS names (发布机构, 编辑：某某镇)"}
    dropped = split_off_furniture(blocks)  # a flattened page's footer, a caption's credit
    if dropped:
        trace.step("furniture_at_end", len(dropped), removed=[blocks[i][1] for i in dropped])
        blocks[:] = [block for i, block in enumerate(blocks) if i not in dropped]
    trace.step(
        "structure",
        len(blocks),
        paragraphs=sum(1 for k, _ in blocks if k == "p"),
        headings=sum(1 for k, _ in blocks if k == "h2"),
    )
    return blocks, paragraphs


def date_of_fields(found: fields.Fields, evidence: dict, trace: Trace) -> StatedDate | None:
    """The date a field line or stamp gave when the date reader chose no line: a stamp the
    field readers took (e三明 2019-08-08 11:24:07 三明日报 阅读, round 37) that the date reader's
    line rules missed speaks for itself, if it is a date; else the review says it is none."""
    stated = parse_stated_date(found.date[0])
    if stated is None:
        trace.review("date", f"日期字段“{found.date[0]}”不是有效日期")
    else:
        evidence["date"] = {"rule": "the date of a field line or stamp", "text": found.date[0]}
    return stated


def weigh_markup(
    markup, title: str, stated, evidence: dict, found: fields.Fields, trace: Trace
) -> tuple[str, StatedDate | None]:
    """Title and date weighed against a saved page's markup; its authors when none were read."""
    title, stated = markup_candidates(markup, title, stated, evidence, trace)
    if markup.authors and not found.authors:
        found.add("authors", [to_simplified(name) for name in markup.authors])
        evidence["authors"] = {"rule": markup.evidence.get("authors", "page markup")}
    return title, stated
