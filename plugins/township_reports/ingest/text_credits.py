"""Credits in and around the text: the dateline's byline, a reprint's lead-in, the paper a
dateline or masthead names, and the credit paragraphs closing the text.

Each reader takes what it read out of the body's blocks and into the fields, with its
evidence. Split from ``reading`` (the page's shape) when that module reached its size limit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import dateline_bylines, fields, reprint_credits, slot_headline, sources
from .field_rules import load_field_rules
from .trace import Trace

if TYPE_CHECKING:
    from .reading import PageReading


def add_credits_as_sources(found: fields.Fields) -> None:
    """An organisation's credit (供稿：茂兰镇人民政府) is a source after every 来源 value,
    above the text or under it (README.md's source rule: a 来源 value, else a credit)."""
    found.add("source", [c for c in found.credit if not slot_headline.is_lead_headline(c)])


DATELINE_DEPTH = 5  #: menu text or a column's intro (【开栏语】…, round 64) may stand above one


def take_dateline_byline(
    blocks: list, paragraphs: list[str], found: fields.Fields, evidence: dict, trace: Trace
) -> None:
    """Names from a dateline byline (本报讯（记者 甲 通讯员 乙）…, kept in the text) in the first
    few paragraphs (menu text may stand above); an opening credit before the text is cut."""
    for text in paragraphs[:DATELINE_DEPTH]:
        byline = next(filter(None, map(dateline_bylines.dateline_byline, _readings(text))), None)
        if byline:
            found.add_byline(byline)
            evidence.setdefault("authors", {"rule": byline.rule, "text": text[:40]})
            opening = dateline_bylines.opening_credit(text)
            if opening:  # （记者王敏 通讯员李响）11月5日，…: a credit, not the report's words
                at = next(i for i, block in enumerate(blocks) if block == ("p", text))
                blocks[at] = ("p", text[len(opening) :].lstrip())
                trace.step("byline", 1, removed=[opening.strip()], rule=byline.rule)
            break
    else:  # none opens with one: a scrambled copy's wire dateline inside a paragraph
        if byline := dateline_bylines.wire_dateline_inside(paragraphs):
            found.add_byline(byline)
            evidence.setdefault("authors", {"rule": byline.rule})


#: A column's tag opening the lede (【深入学习贯彻党的二十大精神·走进乡村看振兴】  光明日报记者 甲
#: “开江喽！”…, round 54): the dateline or byline under it is read as if it opened the text.
_LEDE_TAG = re.compile(r"^【[^【】。！？]{2,40}】\s*")


def _readings(paragraph: str) -> tuple[str, ...]:
    """The paragraph as printed and, when a column's tag opens it, without the tag: the two
    ways a dateline reader is asked of it, the tagless one only when there is a tag.

    >>> _readings('【走进乡村看振兴】  光明日报记者 张士英  “开江喽！”'), _readings('本报讯 近日')
    (('【走进乡村看振兴】  光明日报记者 张士英  “开江喽！”', '光明日报记者 张士英  “开江喽！”'), ('本报讯 近日',))
    """
    untagged = _LEDE_TAG.sub("", paragraph)
    return (paragraph, untagged) if untagged != paragraph else (paragraph,)


def take_opening_reprint(blocks: list, found: fields.Fields, evidence: dict, trace: Trace) -> None:
    """Cut a 据…消息 lead-in opening the first paragraph: a dateline naming the source."""
    first = next((i for i, (kind, _) in enumerate(blocks) if kind == "p"), None)
    if first is None:
        return
    cut, origin = reprint_credits.leading_reprint_credit(blocks[first][1])
    if origin:
        trace.step("credit", 1, removed=[blocks[first][1][: -len(cut) or None].strip()])
        blocks[first] = ("p", cut)
        if not found.source:
            evidence["source"] = {"rule": "据…消息 opening the text"}
        found.add("source", [origin])


def name_source_from_page(
    paragraphs: list[str], reading: PageReading, found: fields.Fields, publisher_rule: str
) -> str | None:
    """The paper the dateline, the e-paper's masthead or a journal's issue line names, for
    the caller to add when no credit under the text names a source; else None, and the
    posting account under the headline (or the paper named before it: ``publisher_rule``
    says which) is added now."""
    first = paragraphs[0] if paragraphs else ""
    named = (
        sources.publication_named(p, reading.header, reading.furniture) for p in _readings(first)
    )
    publication = (
        next(filter(None, named), None)
        or next(  # else a dateline as far down as its byline is read (under a column's intro)
            filter(None, map(sources.dateline_outlet, paragraphs[1:DATELINE_DEPTH])), None
        )
    )
    if publication:
        return publication
    if reading.publisher and sources.is_source_name(reading.publisher, load_field_rules()):
        found.add("source", [reading.publisher])
        reading.evidence["source"] = {"rule": publisher_rule}
    return None


def take_closing_credits(blocks: list, found: fields.Fields, evidence: dict, trace: Trace) -> None:
    """Cut the credit paragraphs and the issuing office that close the text, as fields."""
    while len(blocks) > 1 and fields.is_credit_paragraph(blocks[-1][1]):
        # 总审丨高明远 统筹丨刘一 编校丨林夕 责编丨韩冰, left as a paragraph by a flattened
        # page: the credits of the text above, read as fields
        credits = blocks.pop()[1]
        found.add_all(fields.parse_field_line(credits) or {})
        trace.step("fields", 1, lines=[credits])
    add_credits_as_sources(found)
    closing = blocks[-1][1] if len(blocks) > 1 else ""
    credited = reprint_credits.closing_credit(closing) if closing else None
    if credited:  # 辽宁省盘锦市双台子区委组织部, 上观新闻 alone under the text: who issued it
        # (本文为山东武警原创文章，转载请联系授权): the original's own notice names it too
        trace.step("credit", 1, removed=[blocks[-1][1]])
        del blocks[-1]
        if not found.source:
            evidence["source"] = {"rule": "the office named under the text", "text": credited}
        found.add("source", [credited])  # after a labelled 来源, which speaks first
