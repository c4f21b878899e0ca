"""Bylines: who a report credits, on a line of their own or glued to a paragraph.

``记者 张三``, ``■ 张三 李四``, ``…全面振兴。全媒体记者 王献伟 通讯员 程琪琪 文/图``,
``…取得实效。（张三 李四）`` are metadata and leave the text; a dateline byline
(``本网讯（通讯员 王密）``) is text the reader should see, so only its names are taken.
A sentence of the report is never a byline.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from . import squeeze
from .credit_forms import normalise_credit_marks, roles_before_names
from .field_rules import (
    CJK,
    COLON_MARK,
    DATE_TIME,
    PERSON_KINDS,
    FieldRules,
    load_field_rules,
)
from .gazetteer import is_place_name, is_town_name
from .lost_spaces import byline_spaces
from .names import (
    byline_forms,
    is_media,
    is_media_brand,
    is_organisation,
    is_person_name,
    is_place_word,
    name_before_filing_place,
    reads_as_heading,
    word_tags,
)
from .page import CRUMB_ARROWS
from .sources import clean_source, credit_line, is_source_name, strip_wrapping
from .spaced_names import aligned_names, join_spaced_names
from .value_reading import clean_token, read_value


@dataclass(frozen=True)
class Byline:
    """Who a byline credits, and by which rule it was read.

    ``rule`` (for the provenance record): ``labels`` (编辑：甲), ``roles`` (记者 甲),
    ``credit`` (甲 摄, 甲 文/图), ``bare-names`` (（甲 乙）), ``handle`` (@甲),
    ``unit`` (某某部编辑: a credit naming no person), prefixed ``trailing:`` or
    ``dateline:`` when found in a paragraph. ``rest`` is what the text held besides roles,
    names, organisations and dates; a text with a rest is not a clean byline (``is_byline_line``).
    """

    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    reviewers: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    source: str | None = None
    rule: str = ""
    rest: str = ""
    # The paper or site whose reporter wrote it (临沂晚报记者 甲, 大众网记者 甲): not a
    # credit of the report's source, but where it comes from when nothing else says.
    newsroom: str | None = None

    def __bool__(self) -> bool:
        return bool(
            self.authors or self.editors or self.reviewers or self.photographers or self.source
        )

    def as_fields(self) -> dict[str, list[str]]:
        """The byline as ``parse_field_line`` reports fields: kind → values, empty kinds left out."""
        found = {kind: list(getattr(self, kind)) for kind in PERSON_KINDS if getattr(self, kind)}
        if self.source:
            found["source"] = [self.source]
        return found


# --- bylines ------------------------------------------------------------------------------


def _role_kind(role: str, rules: FieldRules) -> str:
    role = squeeze(role)
    return rules.role_kind.get(role) or rules.label_kind.get(role) or rules.credit_kind[role]


def parse_byline(text: str, rules: FieldRules | None = None) -> Byline:
    """Read a byline: a whole line, a parenthesised credit, or a credit that closes a paragraph.

    Roles come before names (``记者 张三``, ``记者张三``, ``文/图 张三``,
    ``编辑：甲``); credits may come after them (``张三 摄``, ``张三 李四 文/图``,
    ``宋家镇供稿``); names may stand alone (``（张三 李四）``, ``■ 张三 李四``). A
    unit before a role is the reporter's title (``福建日报记者 吴洪``) and is
    skipped; an organisation credited as writer (``文/图：某某县融媒体中心``), a
    newsroom credited before its reporters (``大兴区融媒体中心 刘思远``) and a
    posting account (``@敦化融媒``) are the source. The result is falsy when the
    text credits nobody; ``rest`` holds what was not understood.

    >>> b = parse_byline('本报记者 王献伟 通讯员 程琪琪')
    >>> b.authors, b.rule
    (('王献伟', '程琪琪'), 'roles')
    >>> parse_byline('记者王献伟 通讯员程琪琪').authors, parse_byline('（通讯员 王密 方凤玲）').authors
    (('王献伟', '程琪琪'), ('王密', '方凤玲'))
    >>> parse_byline('文/图：平利县融媒体中心').source
    '平利县融媒体中心'
    >>> b = parse_byline('记者 王献伟 摄')
    >>> b.authors, b.photographers
    ((), ('王献伟',))
    >>> b = parse_byline('编辑：裴佳佳 审核：魏代琼 终审：方凤玲')
    >>> b.editors, b.reviewers
    (('裴佳佳',), ('魏代琼', '方凤玲'))
    >>> parse_byline('@刘民').authors
    ('刘民',)
    >>> b = parse_byline('宋家镇供稿')
    >>> b.source, b.authors
    ('宋家镇', ())
    >>> bool(parse_byline('近年来，平利县兴隆镇坚持党建引领')), bool(parse_byline('刘春芝（72岁）'))
    (False, False)
    >>> b = parse_byline('（光山县槐店乡人民政府：吴静怡）')
    >>> b.source, b.authors
    ('光山县槐店乡人民政府', ('吴静怡',))
    >>> b = parse_byline('（沙州镇：康萌）')
    >>> b.source, b.authors
    ('沙州镇', ('康萌',))
    """
    rules = rules or load_field_rules()
    if _CRUMB_STEP.search(text) or _AGED_PERSON.search(text):  # a breadcrumb; 刘春芝（72）
        return Byline(rest=text.strip())
    body = strip_wrapping(text)
    marked = body != text.strip()  # in brackets or after ■: plainly a credit
    body = normalise_credit_marks(body, rules)
    marks = (marked, aligned_names(body, rules) if marked else frozenset())  # （乔晓娜 方 圆）
    body = join_spaced_names(body, rules)  # 余  文 is a name, not 余 and the credit 文
    body = _unit_colon_as_space(body, marked, rules)  # （光山县槐店乡人民政府：吴静怡）
    pieces = roles_before_names(_byline_pieces(body, rules))  # 马小娟/文 尤志成/图 too
    credits = _Credits()
    for index in range(0, len(pieces), 2):
        before = pieces[index - 1][1] if index > 0 else None
        after = pieces[index + 1][1] if index + 1 < len(pieces) else None
        after_value = pieces[index + 2][1].strip(" )）】]") if index + 2 < len(pieces) else ""
        _read_byline_value(credits, pieces[index][1], before, after, after_value, marks, rules)
    if _photographed_by_all(pieces, rules):  # 通讯员 甲 海南日报记者 乙 摄: both took it
        credits.credited["photographers"][:0] = credits.credited["authors"]
        credits.credited["authors"] = []
    if any(squeeze(role) in rules.label_kind for kind, role in pieces if kind == "role"):
        if re.search(COLON_MARK, body):
            credits.rules_used.insert(0, "labels")
    rule = next(
        (
            r
            for r in ("handle", "labels", "roles", "credit", "bare-names", "unit")
            if r in credits.rules_used
        ),
        "",
    )
    # 融媒体中心 alone, 记者走基层：口子村之… (a headline's colon): no source
    named = [s for s in credits.sources + credits.units if is_source_name(s, rules)]
    return Byline(
        **{kind: tuple(dict.fromkeys(names)) for kind, names in credits.credited.items()},
        source=clean_source(named[0], rules) if named else None,  # 英都乡讯原创 → 英都乡讯
        rule=rule,
        rest=" ".join(credits.rest),
        newsroom=credits.newsrooms[0]
        if credits.newsrooms and (credits.credited["authors"] or rule == "unit")
        else None,
    )


def _unit_colon_as_space(body: str, marked: bool, rules: FieldRules) -> str:
    """A credit's unit set before its writer with a colon, read as with a space: a media
    centre or an office anywhere, a town only in brackets ((沙州镇:康萌) closing the text,
    round 84), since unbracketed 某镇：… opens a headline.

    >>> rules = load_field_rules()
    >>> _unit_colon_as_space('沙州镇：康萌', True, rules), _unit_colon_as_space('沙州镇：康萌', False, rules)
    ('沙州镇 康萌', '沙州镇：康萌')
    """
    unit = re.match(f"([{CJK}]{{3,30}})[:：]\\s*", body)
    if unit and (
        is_media(unit.group(1), rules)
        or credit_line(unit.group(1), rules)
        or (marked and is_town_name(unit.group(1)))
    ):
        return unit.group(1) + " " + body[unit.end() :]
    return body


def _byline_pieces(body: str, rules: FieldRules) -> list[tuple[str, str]]:
    """The byline cut at its roles: ("value", text) and ("role", role), values first and last."""
    pieces: list[tuple[str, str]] = []
    position = 0
    for match in rules.byline_pattern.finditer(body):
        pieces.append(("value", body[position : match.start()]))
        pieces.append(("role", match.group("role")))
        position = match.end()
    pieces.append(("value", body[position:]))
    return pieces


def _photographed_by_all(pieces: list[tuple[str, str]], rules: FieldRules) -> bool:
    """True when a photographer's 摄 closes a credit whose other roles are only reporters'
    titles: a caption's 通讯员 余军军 海南日报记者 苏建强 摄 credits the picture to both
    (round 57), as 记者 甲 乙 摄 does; a credit for the text among them (记者 甲 通讯员 乙
    文/摄, 本报记者 甲 报道 乙 摄) keeps its writers.

    >>> rules = load_field_rules()
    >>> parse_byline('通讯员 余军军 海南日报记者 苏建强 摄', rules).photographers
    ('余军军', '苏建强')
    >>> parse_byline('本报记者 张三 报道 李四 摄', rules).authors
    ('张三',)
    """
    roles = [text.strip() for kind, text in pieces if kind == "role"]
    return (
        len(roles) > 1
        and not pieces[-1][1].strip()
        and rules.credit_kind.get(squeeze(roles[-1])) == "photographers"
        and all(re.search(r"(?:记者|通讯员|实习生)$", role) for role in roles[:-1])
    )


@dataclass
class _Credits:
    """What a byline's values credit so far, read one value (between roles) at a time."""

    credited: dict[str, list[str]] = field(
        default_factory=lambda: {kind: [] for kind in PERSON_KINDS}
    )
    sources: list[str] = field(default_factory=list)
    # newsrooms credited before their reporters (某某融媒体中心 张三)
    units: list[str] = field(default_factory=list)
    # a reporter's title (临沂晚报记者 甲): see Byline.newsroom
    newsrooms: list[str] = field(default_factory=list)
    rest: list[str] = field(default_factory=list)
    rules_used: list[str] = field(default_factory=list)


def _read_byline_value(
    credits: _Credits,
    value: str,
    before: str | None,
    after: str | None,
    after_value: str,
    marks: tuple[bool, frozenset[str]],
    rules: FieldRules,
) -> None:
    """Read one value of a byline, between the role ``before`` and the role ``after``;
    ``marks``: whether the byline is plainly a credit, and the names it spaced out."""
    marked, aligned = marks
    alone = value.strip()  # 记者 何方 通讯员: one word between two roles is a person
    one_name = re.fullmatch(f"[{CJK}]{{2,3}}", alone) and alone[0] in rules.surnames
    if before and after is not None and one_name:
        aligned |= {alone}
    if not value.strip():
        return
    glued_to_role = after is not None and not value[-1:].isspace()
    prefix_kind = _role_kind(before, rules) if before else None
    postfix = _credit_after(
        after, after_value, bool(before or not glued_to_role), bool(one_name), rules
    )
    last = value.split()[-1] if glued_to_role and squeeze(after) == "报道" else ""
    if name := name_before_filing_place(last, rules):  # 王伟勋临沂报道: the place run on
        value = value[: -len(last)] + name
    reading = read_value(value, rules, bool(prefix_kind or postfix), marked and not after, aligned)
    _drop_what_is_not_a_credit(credits, reading, value, after, glued_to_role, rules)
    if reading.accounts:  # （@爱辉融媒 记者 李春燕）: the posting organisation's credit
        credits.sources.extend(reading.accounts)
        credits.rules_used.append("handle")
    # an organisation spaced between two roles is the first role's value (作者 管理学院党总支
    # 责任编辑 甲, round 45), not a unit of the second: a unit is glued to its role
    spaced_after_role = prefix_kind == "authors" and not glued_to_role and reading.organisations
    if (
        after is not None
        and not postfix
        and not (reading.names or reading.handles)
        and not spaced_after_role
    ):
        # the unit before a role: 兰州日报记者, @爱辉融媒 记者, 周口报业全媒体记者
        # A reporter's title, not a credit: 湖南日报记者 周晓岚 gives no source.
        if (not reading.rest or glued_to_role) and _role_kind(after, rules) != "reviewers":
            credits.rules_used.append("unit")  # 薛城融媒要闻部编辑: a credit without a person
            if _role_kind(after, rules) == "authors":  # the unit right before 记者
                tokens = re.split(r"[\s:：]+", value.strip())
                if len(tokens) > 1 and re.fullmatch(_BUREAU_WORDS, tokens[-1]):
                    tokens.pop()  # 法制周报 特派兴宁记者: the paper spaced off its bureau
                # 深圳特区报驻穗记者, 法制周报特派兴宁记者: the paper, not its bureau
                last = _BUREAU.sub("", clean_token(tokens[-1]))
                last = re.sub(r"^据(?=\S{2})", "", last)  # 据新华社记者 甲: the agency it cites
                last = first_outlet(last, rules)  # 仙桃日报、仙桃网记者: the paper
                # 湖南法治报全媒体见习记者: the paper, not its desk's kind (全媒体, 融媒体)
                last = re.sub(f"(?<=[{CJK}]{{2}})(?:{'|'.join(rules.reporter_kinds)})$", "", last)
                if is_media_brand(last, rules) or (  # 四川党的建设全媒体记者; not 标题(记者
                    glued_to_role  # nor a college's 通讯员 (文学与新闻学院通讯员: its staff)
                    and value[-1] not in "(（【"
                    and re.fullmatch(NEWSROOM, last)
                    and "通讯员" not in after
                ):  # after 来源： the paper is the source (（来源：深圳特区报 记者 甲）, round 78)
                    (credits.sources if prefix_kind == "source" else credits.newsrooms).append(last)
            return
    postfix_kind = rules.credit_kind[squeeze(postfix)] if postfix else None
    if prefix_kind and postfix_kind:
        kind = "photographers" if postfix_kind == "photographers" else prefix_kind
    else:
        kind = prefix_kind or postfix_kind
    if kind in ("date", "ignore"):
        return
    if kind == "source" and prefix_kind == "source":  # 来源：无线石家庄 names no person
        chunks = [c for c in re.split(r"[\s|丨｜]+", DATE_TIME.sub(" ", value)) if c]
        credits.sources.extend(
            clean_source(c, rules) for c in chunks[:1] if is_source_name(c, rules)
        )
        credits.rules_used.append("roles")
        return
    if before and squeeze(before) in _WRITER_LABELS and is_pen_name(value, reading, rules):
        reading.names, reading.rest = reading.rest, []  # 作者:苍松, 作者: 茶娃娃: a pen name
    _credit_names(credits, reading, kind, prefix_kind, postfix_kind, marked, rules)


#: A breadcrumb's arrow between two words, or two (中国共产党新闻>>综合报道, round 103: read as X
#: 综合报道, a credit): no byline has one (a bullet only opens a line).
_CRUMB_STEP = re.compile(rf"[^\s{CRUMB_ARROWS}]\s*[{CRUMB_ARROWS}]{{1,2}}\s*[^\s{CRUMB_ARROWS}]")
#: A person's age in brackets after the name (刘春芝（72）, 王德明（78岁）: round 108, a profile's
#: line over its text): the person the story is about, as a caption names one; no credit
#: prints a writer's age, and the age was dropped, leaving the name an author.
_AGED_PERSON = re.compile(rf"[{CJK}]{{2,4}}\s*[（(]\s*\d{{1,3}}\s*岁?\s*[)）]")


def _credit_after(
    after: str | None, after_value: str, leads: bool, one_name: bool, rules: FieldRules
) -> str | None:
    """The credit after a value that decides its kind (张三 摄, 田甜 编辑), or None: a credit
    with names after it that it ``leads`` (文/图 张三 …) is theirs, and 编辑 after no single
    name is a unit's role (薛城融媒要闻部编辑), not the value's credit.

    >>> rules = load_field_rules()
    >>> _credit_after('编辑', '', True, True, rules), _credit_after('编辑', '', True, False, rules)
    ('编辑', None)
    >>> _credit_after('文/图', '张三', True, True, rules), _credit_after('摄', '', True, False, rules)
    (None, '摄')
    """
    if not after or squeeze(after) not in rules.credit_kind:
        return None
    if after_value and leads:
        return None  # 文/图 张三 … : the credit leads the names after it
    return None if rules.credit_kind[squeeze(after)] == "editors" and not one_name else after


#: Labels under which a site prints whatever its writer signs: a pen name too.
_WRITER_LABELS = frozenset(("作者", "撰稿", "撰稿人", "撰文", "执笔"))


def is_pen_name(value: str, reading, rules: FieldRules) -> bool:
    """True when a writer's label holds one word that is no one's name by the surname table
    but nothing else either (作者:苍松, 作者: 茶娃娃: round 69): not a placeholder (佚名, 小编),
    an organisation, a place or a role. A site's writer signs as they please.

    >>> from township_reports.ingest.value_reading import read_value
    >>> rules = load_field_rules()
    >>> [is_pen_name(v, read_value(v, rules, True), rules) for v in ('苍松', '茶娃娃', '佚名', '小编', '泰顺')]
    [True, True, False, False, False]
    >>> is_pen_name('探索', read_value('探索', rules, True), rules)
    False
    """
    token = value.strip()
    return (
        not reading.names
        and reading.rest == [token]
        and bool(re.fullmatch(f"[{CJK}]{{2,4}}", token))
        and token not in rules.not_names
        and token not in rules.not_sources
        and squeeze(token) not in rules.label_kind
        and squeeze(token) not in rules.role_kind
        and not is_organisation(token, rules)
        and not (is_place_word(token) or is_place_name(token))
        and not word_tags().get(token, "").startswith("v")  # 作者:探索 (a spam network's word)
    )


def first_outlet(unit: str, rules: FieldRules) -> str:
    """The first of two outlets a reporter's title names together: a paper and its site
    (仙桃日报、仙桃网记者, 大众日报/大众网记者) employ one newsroom, and the paper, named
    first, is the source; anything else is left as it is.

    >>> rules = load_field_rules()
    >>> first_outlet('仙桃日报、仙桃网', rules), first_outlet('大众日报/大众网', rules)
    ('仙桃日报', '大众日报')
    >>> first_outlet('孟坝镇、兰州日报', rules), first_outlet('兰州日报', rules)
    ('孟坝镇、兰州日报', '兰州日报')

    A name joined by a dot (大众网·海报新闻记者 甲) is the newsroom's own brand, kept as
    printed, as a dateline's is (大众网·海报新闻讯): one outlet, one name in the archive.

    >>> first_outlet('大众网·海报新闻', rules), first_outlet('共享联盟·缙云', rules)
    ('大众网·海报新闻', '共享联盟·缙云')
    """
    parts = [p.strip() for p in re.split(r"[、/／]", unit)]
    if len(parts) > 1 and all(p and is_media(p, rules) for p in parts):
        return parts[0]
    return unit


def _drop_what_is_not_a_credit(
    credits: _Credits, reading, value: str, after: str | None, glued_to_role: bool, rules
) -> None:
    """Take out of ``reading`` the next reporter's paper and the place a story was filed from."""
    tokens = [clean_token(t) for t in re.split(r"[\s:：]+", value.strip())]
    last_token = tokens[-1]
    # a bare outlet word glued to the next role is the paper's, read as a name or not (滕昶 时报记者)
    bare_outlet = last_token in reading.names and last_token in rules.outlet_suffixes
    if (
        after
        and glued_to_role
        and reading.names
        and (last_token in reading.rest + reading.organisations or bare_outlet)
        and _role_kind(after, rules) == "authors"
        and squeeze(after) != "报道"  # 曲晓燕 威海报道: a place, below
    ):  # 曲杨 本溪新闻传媒集团记者 于海峰: the next reporter's paper, not text
        for found in (
            reading.rest,
            reading.organisations,
            *([reading.names] if bare_outlet else []),
        ):
            if last_token in found:
                found.remove(last_token)
        if "通讯员" not in after or is_media(last_token, rules):  # a college's 通讯员: its staff
            credits.newsrooms.append(last_token)
        # and the outlets listed before it (张文娟 新安晚报 安徽网 大皖客户端记者 韩立新)
        for token in reversed(tokens[:-1]):
            held = next((f for f in (reading.rest, reading.organisations) if token in f), None)
            if held is None or not is_media(token, rules):
                break
            held.remove(token)
    if after and squeeze(after) == "报道" and glued_to_role and (reading.rest or reading.names):
        # 通讯员 曲晓燕 威海报道: the place the story was filed from, not a credit
        # (阮浩报道 is a name and its credit: only a place name is dropped)
        for found in (reading.rest, reading.names):
            if (
                found
                and found[-1] == last_token
                and re.fullmatch(f"[{CJK}]{{2,4}}", last_token)
                and (
                    found is reading.rest
                    or is_place_word(last_token)
                    # 记者 甲 乙 丙 岳阳报道 (round 84): a gazetteer place after other names;
                    # a lone name stays (记者 高平报道 may be a reporter called 高平)
                    or (len(found) >= 2 and is_place_name(last_token))
                )
            ):
                found.pop()


def _credit_names(
    credits: _Credits, reading, kind, prefix_kind, postfix_kind, marked: bool, rules
) -> None:
    """Credit the value's names (and organisations) to ``kind``, or take them for a heading."""
    if kind is None:
        credits.rules_used.append("bare-names")
        kind = "authors"
        units = reading.organisations
        if (
            reading.names
            and len(units) == 1
            and not reading.rest
            and issues_the_text(units[0], rules)
        ):
            # （袁祖星 大华镇）: the writer's unit after the name, as （慈化镇 黄斐） before it
            reading.affiliations.append(units.pop())
        credits.rest.extend(reading.organisations)  # a bare organisation is not a credit
        headings = [n for n in reading.names if reads_as_heading(n)]
        if not marked and len(headings) == len(reading.names):
            # 强班子 alone on a line, or 强班子 严考核, is a heading; 朱明远 a byline, and
            # so is 阴小亿 隋继泉: beside a plain name, 阴 (an adjective to jieba) is a surname
            credits.rest.extend(headings)
            reading.names = []
    else:
        credits.rules_used.append("credit" if postfix_kind and not prefix_kind else "roles")
        if kind in ("authors", "source"):  # not 某某镇政府供图: pictures only
            credits.sources.extend(_REPRINTED.sub(r"\1", o) for o in reading.organisations)
    if reading.handles:
        credits.rules_used.append("handle")
    if kind == "source":
        kind = "authors"  # a person named after 供稿 wrote it
    if kind == "authors":  # 大兴区融媒体中心 刘思远, 慈化镇 黄斐: who issues it
        credits.units.extend(o for o in reading.affiliations if issues_the_text(o, rules))
    if kind in credits.credited:  # not 发布单位：… (an issuer, a field line's label)
        credits.credited[kind].extend(reading.names + reading.handles)
    credits.rest.extend(reading.rest)


#: A reprint's credit on a line of its own (据《农民日报》报道): the paper, without 据 and marks.
_REPRINTED = re.compile(r"^据\s*《?(\S{3,}?)》?$")


def issues_the_text(unit: str, rules: FieldRules | None = None) -> bool:
    """True for a unit named before a writer that issues the text (README, Sources): a
    newsroom, an office, a town (大兴区融媒体中心 刘思远, 安图县委组织部 朴英淑, 慈化镇 黄斐),
    and any organisation, a college's or a company's department too (党委宣传部 张微,
    中共景德镇市委党史办 彭仁华: labellers of rounds 40 to 47 read it so; session 21).

    >>> [issues_the_text(u) for u in ('慈化镇', '安图县委组织部', '大兴区融媒体中心', '党委宣传部', '张三')]
    [True, True, True, True, False]
    """
    rules = rules or load_field_rules()
    return (
        is_media(unit, rules)
        or bool(credit_line(unit, rules))
        or is_town_name(unit)
        or is_organisation(unit, rules)
    )


def is_byline_line(line: str, rules: FieldRules | None = None) -> bool:
    """True for a line that is a byline and nothing else (it can leave the body).

    Such lines sit under a headline or after the last paragraph: ``记者 张三``,
    ``（通讯员 张三 李四）``, ``■ 张三 李四``, ``文/图 张三``, ``张三 摄``. A line
    with anything besides roles, names and credits is text and stays.

    >>> [is_byline_line(x) for x in ['记者 王献伟', '■ 王献伟 程琪琪', '文/图：王密', '（刘民）']]
    [True, True, True, True]
    >>> [is_byline_line(x) for x in ['抓经济检验党建工作成效', '记者来到宋家镇采访', '平利县融媒体中心']]
    [False, False, False]
    """
    return byline_line(line, rules) is not None


#: A desk or outlet before a slash opening a byline line (大陆中心/…, 亚太新闻网/…): after it, 报导
#: is 报道 (byline_forms.yaml credit_spellings), and what follows the slash no place of filing.
_DESK_SLASH = re.compile(f"^[{CJK}]{{2,12}}(?:中心|网|社|台|报)\\s*[/／]")


def byline_line(line: str, rules: FieldRules | None = None) -> Byline | None:
    """The byline a line holds when it is a byline and nothing else (see ``is_byline_line``).

    >>> byline_line('记者 王献伟 通讯员 程琪琪').authors, byline_line('记者来到宋家镇采访') is None
    (('王献伟', '程琪琪'), True)
    >>> byline_line('大陆中心/吴禹庆报导').authors, byline_line('亚太新闻网/大陆新闻中心/综合报导').source
    (('吴禹庆',), '亚太新闻网')
    """
    rules = rules or load_field_rules()
    text = byline_spaces(line.strip())  # 通讯员?甲?乙: spaces lost
    if not text or len(text) > 60 or re.search("[。！？]", text):
        return None
    desk = strip_wrapping(text)  # 【亚太新闻网/大陆新闻中心/综合报导】: the whole line bracketed
    for spelt, usual in byline_forms()["credit_spellings"].items():  # 大陆中心/吴禹庆报导
        if _DESK_SLASH.match(desk) and desk.endswith(spelt):
            text = desk.removesuffix(spelt) + usual
    byline = parse_byline(text, rules)
    if byline.rule == "unit" and re.search("[?!]", line):
        return None  # 发生什么重大事件了?最近房山来了大批记者 (round 79): a flattened headline's question
    if not byline.rest and (bool(byline) or byline.rule == "unit"):
        # ——艾青 under a verse, ——习近平 under a quotation: who said it, not who wrote this;
        # a place's short name alone (昌吉 closing a county site's footer, round 77): no writer
        quoted = re.match("[—－-]", text) or (len(byline.authors) == 1 and is_place_name(text))
        return None if byline.rule == "bare-names" and quoted else byline
    return signature_line(text, rules)


def signature_line(line: str, rules: FieldRules | None = None) -> Byline | None:
    """The official who signs an article: the office, a space, the name, nothing else.

    A county site's column of officials' articles (书记谈振兴) prints the writer under the
    headline by office (``白马镇党委书记 刘志强``): the official is the author. Glued to
    the office (``街道党工委书记孙明浩``) the line is a portrait's caption, and a line with
    more than the office before the name is a sentence.

    >>> signature_line('白马镇党委书记 刘志强').authors
    ('刘志强',)
    >>> signature_line('街道党工委书记孙明浩') is None, signature_line('白马镇党委书记 带队') is None
    (True, True)
    """
    rules = rules or load_field_rules()
    match = rules.signature.match(line.strip())
    if not match or not is_person_name(match.group(2), rules):
        return None
    return Byline(authors=(match.group(2),), rule="signature")


NEWSROOM = f"[{CJK}《》]{{2,12}}"  # a newsroom glued to its reporter's role
#: A paper's bureau after its name (深圳特区报驻穗, 人民日报驻广东记者站), or the place it sent
#: its reporter to (法制周报特派兴宁记者, round 60): not part of the name.
_BUREAU_WORDS = f"(?:驻[{CJK}]{{1,4}}?(?:记者站|站)?|特派[{CJK}]{{0,4}}?)"
_BUREAU = re.compile(f"(?<=[{CJK}》]){_BUREAU_WORDS}$")


def with_rule(byline: Byline, where: str) -> Byline:
    """The byline with where on the page it was read prefixed to its rule, for evidence."""
    return dataclasses.replace(byline, rule=f"{where}:{byline.rule}")
