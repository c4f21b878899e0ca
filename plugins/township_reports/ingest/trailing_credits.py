"""The credit closing a report's last paragraph: who wrote it, and where it comes from.

Scrapers flatten the credit under a report into its last paragraph: a byline in brackets
(…取得实效。（王密 刘民）), a 来源 (…。（来源：平山县融媒体中心）), an organisation alone
(…征兵工作。（赤峰日报）, …见效。（丁当镇）), or the town a writer works for before the
writer (…保收战。（金神镇 张秀）: bylines.py reads that unit). README's source rule: an organisation credit is the
source after any 来源; a 来源 closing the text is the original's, before one above it.
"""

from __future__ import annotations

import functools
import re

from . import bylines, fields, reprint_credits, sign_offs, sources, squeeze
from .bylines import Byline
from .dateline_bylines import cut_names
from .field_rules import FieldRules, load_field_rules
from .names import glued_names, is_organisation, is_person_name
from .trace import Trace

#: An organisation alone in brackets after the last sentence (…征兵工作。（赤峰日报）).
_BRACKETED_AT_END = re.compile(r"(?:(?<=[。！？”])|^)\s*[（(]([\u4e00-\u9fff·]{2,20})[）)]\s*$")
#: ...or an office glued on after the last stop, its line break lost (…确保镇域安全稳定大局。
#: 丁集镇党政办, round 94): only a name ending as an office does (办, 办公室), never a sentence.
_OFFICE_AT_END = re.compile(r"(?<=[。！？”])\s*([\u4e00-\u9fff]{2,14}(?:办|办公室))\s*$")


#: A tail closing on a clause mark: a sentence the copy cut off there.
_CUT_OFF = re.compile(r"[，,、；;]\s*$")


#: A closing credit a copy cut inside its last name: its bracket never closed (…。(李雪梅 程).
_UNCLOSED_AT_END = re.compile(r"(?<=[。！？”])\s*[（(]([^（）()。！？]{2,30})$")
# A closing parenthesis may be followed by a watermark a spam copy glued on (…）ak47LQ); a
# copy that cut the last sentence's stop leaves a comma before it (…产生大效益,(某镇 甲 乙): round 76),
# and an encoder a ? after it where a space was (…促进了和谐。(周湘娥)?, round 102).
_TRAILING_PARENTHESES = re.compile(
    r"(?:(?<=[。！？”…」，,])|^)\s*([（(【][^（）()【】]{1,60}[）)】])\s*[A-Za-z0-9]{0,12}[\s?？]*$"
)
# A closing quote ends a sentence only after a stop (…。” ); 示范户”“文明 runs on.
_SENTENCE_END = re.compile(r"[。！？…」]”?")


def trailing_byline(paragraph: str, rules: FieldRules | None = None) -> tuple[str, Byline | None]:
    """Cut a byline that closes the last paragraph; return (paragraph without it, byline).

    Scrapers flatten the credit under a report into its last paragraph, either
    in parentheses (``…取得实效。（张三 李四）``) or bare after the last sentence
    (``…乡村全面振兴。全媒体记者 王献伟 通讯员 程琪琪 文/图``). Only a tail that
    is wholly a byline is cut; a parenthesis that says something stays.

    >>> trailing_byline('以扎实的党组织建设助推乡村全面振兴。全媒体记者 王献伟 通讯员 程琪琪 文/图')[1].authors
    ('王献伟', '程琪琪')
    >>> cut, byline = trailing_byline('推动党建工作取得实效。（王密 刘民）')
    >>> cut, byline.authors, byline.rule
    ('推动党建工作取得实效。', ('王密', '刘民'), 'trailing:bare-names')
    >>> trailing_byline('推动党建工作取得实效。（文/图：平利县融媒体中心）')[1].source
    '平利县融媒体中心'
    >>> trailing_byline('各村（社区）各自出招，取得实效。（完）')
    ('各村（社区）各自出招，取得实效。（完）', None)
    >>> trailing_byline('奋力实现太要镇追赶超越。')
    ('奋力实现太要镇追赶超越。', None)
    >>> trailing_byline('推行积分制度。组织评选“庭院经济示范户”“文明')[1] is None
    True
    >>> trailing_byline('他带着工具和原料去报到。 毕业后，')[1] is None
    True

    Two names of one length a copy glued together after the last sentence are split as under
    a label (names.glued_names: both halves a surname and a given name):

    >>> trailing_byline('党建办负责人张梅梅说。马路遥刘西光')[1].authors
    ('马路遥', '刘西光')
    >>> trailing_byline('让老人们感受到温暖。(李雪梅 程')[1].authors
    ('李雪梅',)
    >>> trailing_byline('党建办负责人张梅梅说。严管厚爱')[1] is None
    True
    """
    rules = rules or load_field_rules()
    candidates = []
    inner = _TRAILING_PARENTHESES.search(paragraph)
    if inner:
        candidates.append((inner.start(), inner.group(1)))
    end = next(reversed(list(_SENTENCE_END.finditer(paragraph))), None)
    tail_start = end.end() if end else 0
    tail = paragraph[tail_start:]
    # a tail closing on a comma is a sentence the copy cut off (…。 毕业后，), never a credit
    if (
        tail.strip()
        and len(tail) <= 60
        and (end or len(paragraph) <= 60)
        and not _CUT_OFF.search(tail)
    ):
        candidates.append((tail_start, tail))
    for start, text in candidates:
        text = _unit_glued_to_name(text, rules) or text
        byline = _credit_then_labels(text, rules) or bylines.parse_byline(text, rules)
        if byline and not byline.rest:
            return paragraph[:start].rstrip(), bylines.with_rule(byline, "trailing")
    unclosed = _UNCLOSED_AT_END.search(paragraph)  # …的温暖。(李雪梅 程: the copy cut here
    if unclosed and (names := cut_names(unclosed.group(1), rules)):
        return paragraph[: unclosed.start()].rstrip(), Byline(
            authors=names, rule="trailing:cut-names"
        )
    bare = tail.strip()  # …张梅梅说。马路遥刘西光: spaces lost; not 安康新闻网 (2 + 3: whose?)
    glued = end and len(bare) in (4, 6) and not is_organisation(bare) and glued_names(bare, rules)
    if glued:
        return paragraph[:tail_start], Byline(authors=tuple(glued), rule="trailing:glued-names")
    return paragraph, None


def _unit_glued_to_name(text: str, rules: FieldRules) -> str | None:
    """A bracketed credit of a unit run into its writer's name (（塔庄镇颜智胜）, （医师报陈远航）:
    rounds 76, 80), with the space put back so that it reads as （孟坝镇 刘晓燕） does; None for
    any other text. The unit must end as an organisation does and the rest be a person's name,
    so a phrase stays a phrase; a reprint's credit (（摘自中安在线安庆讯）) names no writer.

    >>> rules = load_field_rules()
    >>> _unit_glued_to_name('（塔庄镇颜智胜）', rules), _unit_glued_to_name('（医师报陈远航）', rules)
    ('（塔庄镇 颜智胜）', '（医师报 陈远航）')
    >>> _unit_glued_to_name('（化龙镇政府）', rules), _unit_glued_to_name('（摘自中安在线安庆讯）', rules)
    (None, None)
    """
    if _reprint_credit().search(text):
        return None
    for unit, name in _glued_unit_splits(text):
        if is_organisation(unit, rules) and is_person_name(name, rules, after_role=True):
            return f"（{unit} {name}）"
    return None


@functools.cache
def _reprint_credit() -> re.Pattern:
    """A reprint's credit, where the text was taken from and not who wrote it: a bracket that
    opens with a source label (摘自, 转自 …: fields.yaml) or 据, or closes on a dateline's word."""
    opening = "|".join(map(re.escape, (*load_field_rules().labels_of("source"), "据")))
    return re.compile(rf"^\s*[（(](?:{opening})|(?:讯|电|消息|报道)[)）]\s*$")


def _glued_unit_splits(text: str) -> list[tuple[str, str]]:
    """Each way to read a bracket's text as a unit (three characters or more) and a name of
    three or two characters, the three-character name first."""
    inner = re.fullmatch(r"\s*[（(]([\u4e00-\u9fff]{5,19})[)）]\s*", text)
    if not inner:
        return []
    words = inner.group(1)
    return [(words[:-n], words[-n:]) for n in (3, 2) if len(words) - n >= 3]


#: A bracketed credit, then labelled fields after it: （宣传办 赵德科） 编辑：李海燕.
_BRACKETED_THEN_LABELS = re.compile(r"^\s*([（(][^（）()]{2,30}[)）])\s*(\S+\s*[:：].*)$")


def _credit_then_labels(text: str, rules: FieldRules) -> Byline | None:
    """The byline of a bracketed credit with labelled fields after it, each read on its own:
    read as one, the labels take the bracket for a reporter's title and drop its writer.

    >>> b = _credit_then_labels('（宣传办 赵德科） 编辑：李海燕 |', load_field_rules())
    >>> b.authors, b.source, b.editors
    (('赵德科',), '宣传办', ('李海燕',))
    """
    match = _BRACKETED_THEN_LABELS.match(text)
    if not match:
        return None
    credit, labels = (bylines.parse_byline(part, rules) for part in match.groups())
    if not (credit and labels) or credit.rest or labels.rest:
        return None
    return Byline(
        authors=credit.authors + labels.authors,
        editors=credit.editors + labels.editors,
        reviewers=credit.reviewers + labels.reviewers,
        photographers=credit.photographers + labels.photographers,
        source=credit.source or labels.source,
        rule=labels.rule,
    )


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
    >>> organisation_closing_text('确保镇域安全稳定大局。丁集镇党政办'), organisation_closing_text('确保大局。丁集镇党委')
    (('确保镇域安全稳定大局。', '丁集镇党政办'), None)
    """
    match = _BRACKETED_AT_END.search(paragraph) or _OFFICE_AT_END.search(paragraph)
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
    cut, origin = reprint_credits.trailing_reprint_credit(blocks[last][1])
    if origin:  # …激发党员干事热情。（据宏村镇人民政府消息）: where the text comes from
        trace.step("credit", 1, removed=[blocks[last][1][len(cut) :].strip()])
        blocks[last] = ("p", cut)
        if not found.source:
            evidence["source"] = {"rule": "据…消息 closing the text"}
        found.add("source", [origin])
    cut, byline = trailing_byline(blocks[last][1])
    if byline and byline.rule == "trailing:glued-names" and found.authors:
        byline = None  # a 作者 label named the writers: …谁还愿意…？马各庄东 is a cut-off village
    # …增强工作的延续性和严肃性。(毕绍东) / 文件下载 / 如果您对该政策文件有疑问，…: the text's
    # closing credit with the page's leftovers under it
    earlier = reversed(paragraphs[-4:-1]) if not (byline or found.authors) else ()
    for index in earlier:
        cut, byline = trailing_byline(blocks[index][1])
        if byline:
            last = index
            break
    first = paragraphs[0]
    if not byline and not found.authors and first != last:
        # a copy that moved the closing paragraph to the top keeps its credit there:
        # …办实事，切实打通联系服务群众的通道。(李慧敏) / 近年来，…
        last = first
        cut, byline = trailing_byline(blocks[first][1])
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
    found.add("source", [sources.clean_source(organisation)])  # （摘自安庆日报）: 安庆日报


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
