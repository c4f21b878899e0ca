"""The credit closing a report's last paragraph: who wrote it, and where it comes from.

Scrapers flatten the credit under a report into its last paragraph: a byline in brackets
(…取得实效。（王密 刘民）), a 来源 (…。（来源：平山县融媒体中心）), an organisation alone
(…征兵工作。（赤峰日报）, …见效。（丁当镇）), or the town a writer works for before the
writer (…保收战。（金神镇 张秀）: bylines.py reads that unit). README's source rule: an organisation credit is the
source after any 来源; a 来源 closing the text is the original's, before one above it.
"""

from __future__ import annotations

import re

from . import bylines, fields, sign_offs, sources
from .field_rules import load_field_rules, squeeze
from .names import is_organisation
from .trace import Trace

#: An organisation alone in brackets after the last sentence (…征兵工作。（赤峰日报）).
_BRACKETED_AT_END = re.compile(r"(?:(?<=[。！？”])|^)\s*[（(]([\u4e00-\u9fff·]{2,20})[）)]\s*$")


def organisation_closing_text(paragraph: str) -> tuple[str, str] | None:
    """(the paragraph without it, the organisation) for an organisation alone in brackets
    closing the last paragraph: an outlet, an office or a town (README: an organisation
    credit, as （丁当镇） on a line of its own is). A bracket that says something stays.

    >>> organisation_closing_text('力争圆满完成征兵工作。（赤峰日报）')
    ('力争圆满完成征兵工作。', '赤峰日报')
    >>> organisation_closing_text('推动工作落地见效。(丁当镇)'), organisation_closing_text('老有所乐。 (民政局)')
    (('推动工作落地见效。', '丁当镇'), ('老有所乐。', '民政局'))
    >>> organisation_closing_text('各村各自出招，取得实效。（完）'), organisation_closing_text('共建成示范点12个。（二〇二三年）')
    (None, None)
    """
    match = _BRACKETED_AT_END.search(paragraph)
    if not match:
        return None
    named = match.group(1)
    office = (
        is_organisation(named)
        and not named.startswith("据")
        and sources.is_source_name(named, load_field_rules())
    )
    if not (bylines.issues_the_text(named) or office):
        return None  # (民政局) closing a city's report is its office's credit (round 30)
    return paragraph[: match.start()].rstrip(), named


def take_trailing_byline(blocks: list, found: fields.Fields, evidence: dict, trace: Trace) -> None:
    """Cut a byline closing the last paragraph (…。（记者 王敏）), taking its names and source."""
    paragraphs = [i for i, (kind, _) in enumerate(blocks) if kind == "p"]
    last = paragraphs[-1]
    cut, origin = sources.trailing_reprint_credit(blocks[last][1])
    if origin:  # …激发党员干事热情。（据宏村镇人民政府消息）: where the text comes from
        trace.step("credit", 1, removed=[blocks[last][1][len(cut) :].strip()])
        blocks[last] = ("p", cut)
        if not found.source:
            evidence["source"] = {"rule": "据…消息 closing the text"}
        found.add("source", [origin])
    cut, byline = bylines.trailing_byline(blocks[last][1])
    # …增强工作的延续性和严肃性。(毕绍东) / 文件下载 / 如果您对该政策文件有疑问，…: the text's
    # closing credit with the page's leftovers under it
    earlier = reversed(paragraphs[-4:-1]) if not (byline or found.authors) else ()
    for index in earlier:
        cut, byline = bylines.trailing_byline(blocks[index][1])
        if byline:
            last = index
            break
    first = paragraphs[0]
    if not byline and not found.authors and first != last:
        # a copy that moved the closing paragraph to the top keeps its credit there:
        # …办实事，切实打通联系服务群众的通道。(李慧敏) / 近年来，…
        last = first
        cut, byline = bylines.trailing_byline(blocks[first][1])
    if not byline:
        _take_organisation_closing_text(blocks, found, evidence, trace)
        return
    credit = blocks[last][1][len(cut) :].strip()
    trace.step("byline", 1, removed=[credit], rule=byline.rule)
    if cut:
        blocks[last] = ("p", cut)
    else:
        del blocks[last]
    if byline.source and byline.rule.endswith("labels") and _names_its_source(credit):
        # …。（来源：平山县融媒体中心）: a 来源 closing the text is the original's
        # credit, before one above the headline (the reposting app's); an organisation's
        # credit there (文/图：…, 作者单位：…) comes after a 来源, as anywhere (README order)
        found.source.insert(0, byline.source)
    elif byline.source:  # an organisation's credit (清远日报社编发): after any 来源
        found.add("source", [byline.source])
    elif signed := sign_offs.sign_off_organisation(credit):
        # …常态化。 某某社区党群服务中心 通讯员：甲 2021年6月15日: the organisation signing
        # the post off credits it (README: an organisation credit), after any 来源
        if not found.source:
            evidence["source"] = {"rule": "the organisation signing the text off", "text": credit}
        found.add("source", [signed])
        found.add("signed", [signed])
    found.add_byline(byline)
    evidence["authors"] = {"rule": byline.rule, "text": credit}


def _take_organisation_closing_text(
    blocks: list, found: fields.Fields, evidence: dict, trace: Trace
) -> None:
    """Cut an organisation alone in brackets closing the text (organisation_closing_text)
    and take it as the source, after any 来源."""
    last = max(i for i, (kind, _) in enumerate(blocks) if kind == "p")
    closing = organisation_closing_text(blocks[last][1])
    if closing is None:
        return
    cut, organisation = closing
    trace.step("credit", 1, removed=[blocks[last][1][len(cut) :].strip()])
    if cut:
        blocks[last] = ("p", cut)
    else:  # （民政局） split off onto a line of its own
        del blocks[last]
    if not found.source:
        evidence["source"] = {"rule": "an organisation in brackets closing the text"}
    found.add("source", [organisation])


def _names_its_source(credit: str) -> bool:
    """True when a credit labels where the text comes from (来源：, 稿源：), not who wrote it.

    >>> _names_its_source('（来源：平山县融媒体中心）'), _names_its_source('（作者单位：宁河区融媒体中心）')
    (True, False)
    """
    rules = load_field_rules()
    return any(
        rules.label_kind[squeeze(m.group(1))] == "source"
        for m in rules.label_pattern.finditer(credit)
    )
