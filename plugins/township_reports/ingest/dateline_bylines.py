"""The byline a dateline opens a report with: 本报讯（记者 甲 通讯员 乙）, 东南网7月15日讯(…),
【全媒体记者 甲 报道】. The dateline is text the reader should see, so only its names are
taken (``dateline_byline``); an opening bracket of names (``opening_credit``) and the names a
damaged copy cut inside a bracket (``cut_names``) are read the same way. Moved out of
bylines.py (which reads bylines on lines of their own or glued to a paragraph) when both
grew past the 600-line limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bylines import Byline, parse_byline, with_rule
from .credit_forms import (
    OPENING_BYLINE,
    before_the_lede,
    glued_credit_run,
    opening_credit_form,
    unclosed_opening_credit,
)
from .field_rules import CJK, FieldRules, load_field_rules
from .gazetteer import is_place_name
from .names import is_person_name
from .page_roles import load_page_roles
from .sources import strip_wrapping
from .value_reading import read_value


def dateline_byline(paragraph: str, rules: FieldRules | None = None) -> Byline | None:
    """The byline in the dateline that opens a report; the paragraph itself is kept.

    ``本报讯（记者 甲 通讯员 乙）`` is part of the report as printed: the reader
    should see it, so only the names are taken. Datelines vary
    (``中华龙都网讯``, ``东南网7月15日讯``, ``新华社北京3月5日电``) and some
    reports open with the parenthesis alone.

    >>> dateline_byline('本网讯（通讯员 王密）近年来，平利县兴隆镇坚持').authors
    ('王密',)
    >>> dateline_byline('东南网7月15日讯(福建日报记者 吴洪 通讯员 王银华)13日下午').authors
    ('吴洪', '王银华')
    >>> dateline_byline('【全媒体记者 刘晓川 报道】9月14日，').authors
    ('刘晓川',)
    >>> dateline_byline('本报讯 记者 王密 通讯员 刘民 报道：近日，宋家镇').authors
    ('王密', '刘民')
    >>> dateline_byline('本报讯 记者从县委组织部获悉，全县') is None
    True
    >>> dateline_byline('淮安日报讯（淮安日报全媒体记者 孙倩 通讯员 杨柳）锣鼓一响').authors
    ('孙倩', '杨柳')
    >>> dateline_byline('荆楚网客户端—荆楚网讯（通讯员 程润 刘君慧）“四面茶花三面桑').authors
    ('程润', '刘君慧')
    >>> dateline_byline('鄂东晚报全媒体(通讯员何莹 王剑 梁辰)翠绿的茶场环绕着水库').authors
    ('何莹', '王剑', '梁辰')
    >>> dateline_byline('鲁网12月31日讯记者卜宪国 肖宗辉    通讯员   今年以来，张楼镇').authors
    ('卜宪国', '肖宗辉')
    >>> dateline_byline('《警察与法治》广东讯 黄志明').authors
    ('黄志明',)
    >>> dateline_byline('（一）强化组织建设，全镇') is None
    True
    >>> dateline_byline('中新网新疆新闻11月21日电(吾木尔汗)几场冬雪覆盖巴里坤大草原').authors
    ('吾木尔汗',)
    >>> dateline_byline('中国甘肃网3月27日讯 据兰州日报报道 （记者 杜文博）入春以来，').authors
    ('杜文博',)
    >>> dateline_byline('神农架新闻网(神农架融媒体中心)(记者 严筱钧 通讯员 袁锐)1月10日,').authors
    ('严筱钧', '袁锐')
    >>> dateline_byline('中原经济协作区网讯:( 记者 姬占金 通讯员 沃倩倩、齐雄)走进磁州镇').authors
    ('姬占金', '沃倩倩', '齐雄')
    >>> dateline_byline('本报讯（中秋将至）近日，') is None
    True
    >>> dateline_byline('中国江西网讯 李悭、记者李运辉报道：9月30日下午，').authors
    ('李悭', '李运辉')
    >>> dateline_byline('本报记者冯毅松通讯员乔晶日前，记者在黎城县洪井镇北社村看到').authors
    ('冯毅松', '乔晶')
    >>> dateline_byline('记者从县委组织部获悉，近日全县') is None
    True
    >>> dateline_byline('随州日报特约记者 彭晓华 通讯员 张婷 深秋时节，广水市').newsroom
    '随州日报'
    >>> dateline_byline('近年来，平利县兴隆镇坚持') is None
    True
    """
    rules = rules or load_field_rules()
    if glued := glued_credit_run(paragraph, rules):  # 甲/文 乙/摄影 又到一年…
        return with_rule(glued, "dateline")
    opening = OPENING_BYLINE.match(paragraph)
    if opening:  # 本报记者冯毅松通讯员乔晶日前，记者在…: the byline glued to the lede
        byline = parse_byline(opening.group(1), rules)
        if byline.authors and not byline.rest:
            return with_rule(byline, "dateline")
    if names_first := _names_reporting(paragraph, rules):  # 吴晓青报道 江苏吴江绸都盛泽…
        return names_first
    start = rules.dateline.match(paragraph)
    after = paragraph[start.end() :] if start else paragraph
    if start:  # 神农架新闻网讯(神农架融媒体中心)(记者 甲): the parent's, then the reporters'
        after = _PARENT_BRACKET.sub("", after, count=1)
    # a colon may stand between: 中原经济协作区网讯:( 记者 甲 通讯员 乙、丙)走进…
    inner = re.match(r"\s*(?:[:：]\s*)?(?:[（(][^（）()]{2,60}[）)]|【[^【】]{2,60}】)", after)
    text = inner.group(0).strip() if inner else _bare_byline(after, rules) if start else ""
    byline = parse_byline(text, rules) if text else Byline()
    if start and inner and (byline.rest or not byline) and not rules.byline_pattern.search(text):
        # 中新网新疆新闻11月21日电(吾木尔汗): the parenthesis after a dateline is the
        # reporter's place, so a name without a surname counts there, as after a role
        reading = read_value(strip_wrapping(text), rules, after_role=True)
        if reading.names and not (reading.rest or reading.organisations):
            byline = Byline(authors=tuple(reading.names), rule="bare-names")
    if start and not inner and (cut := _cut_bracket_names(after, rules) or _unclosed(after, rules)):
        return with_rule(Byline(authors=cut, rule="cut-bracket"), "dateline")
    if byline.rest or not byline:  # 〔记者甲／台南报导〕, 某某网:(甲): credits of other forms
        return _other_credit_forms(paragraph, rules)
    return with_rule(byline, "dateline")


def _other_credit_forms(paragraph: str, rules: FieldRules) -> Byline | None:
    """The credit of an opening the bracket readers found none in: names glued between a 讯
    dateline and 报道：, a flattened wire title's reporters, then the forms credit_forms reads."""
    return (
        _glued_names_reporting(paragraph, rules)
        or _wire_title_byline(paragraph, rules)
        or opening_credit_form(paragraph, rules)
    )


#: A 讯 dateline with the writers' names glued after it and 报道 and a colon closing them
#: (本网讯旷诗婕报道:为深入…, round 103): no role, no bracket, no space.
_GLUED_NAMES_REPORTING = re.compile(
    rf"^\s*[{CJK}·]{{1,16}}?讯\s*((?:[{CJK}]{{2,3}}[、\s]){{0,2}}[{CJK}]{{2,3}})\s*报道\s*[:：]"
)


#: A wire's dateline with its story's title (新华社…电 题：…), then its reporters set off by
#: wide spaces where a flattened copy lost the line breaks (…电 题：这儿有诗和远方  记者 刘鹏  “…).
_WIRE_TITLE_BYLINE = re.compile(
    rf"^[^\s]{{2,24}}?电\s*题\s*[:：][^\n]{{4,80}}?\s{{2,}}((?:[{CJK}]{{0,6}}记者|通讯员)\s*[{CJK}、 ]{{2,24}}?)\s{{2,}}\S"
)


def _wire_title_byline(paragraph: str, rules: FieldRules) -> Byline | None:
    """The reporters a wire's title line names after it, in a copy flattened to one line.

    >>> _wire_title_byline('贵州晴隆11月20日电 题：这儿有诗和远方  记者 刘鹏  “翻开家门便是诗和远方。”', load_field_rules()).authors
    ('刘鹏',)
    """
    wire = _WIRE_TITLE_BYLINE.match(paragraph)
    byline = parse_byline(wire.group(1), rules) if wire else None
    return with_rule(byline, "dateline") if byline and byline.authors and not byline.rest else None


def _glued_names_reporting(paragraph: str, rules: FieldRules) -> Byline | None:
    """The writers a 讯 dateline names glued between it and 报道：, each a person's name by
    its surname (a place's name, 云上咸安报道, is the outlet's), or None.

    >>> _glued_names_reporting('本网讯旷诗婕报道:为深入学习贯彻', load_field_rules()).authors
    ('旷诗婕',)
    >>> _glued_names_reporting('本网讯道县报道:为深入学习贯彻', load_field_rules()) is None
    True
    """
    glued = _GLUED_NAMES_REPORTING.match(paragraph)
    if not glued:
        return None
    names = re.split(r"[、\s]", glued.group(1))
    if not all(is_person_name(name, rules) and not is_place_name(name) for name in names):
        return None
    return with_rule(Byline(authors=tuple(names), rule="names-reporting"), "dateline")


#: A paragraph opening with its writers' names and 报道, the lede after a space, no dateline
#: before them (吴晓青报道 江苏吴江绸都盛泽是…, round 69).
_NAMES_REPORTING = re.compile(r"^\s*((?:[\u4e00-\u9fff]{2,4}[\s、]?){1,3}报道)\s+(?=\S)")


def _names_reporting(paragraph: str, rules: FieldRules) -> Byline | None:
    """The byline of a paragraph that opens with its writers' names and 报道, or None.

    >>> _names_reporting('吴晓青报道 江苏吴江绸都盛泽是全国著名的纺织重镇', load_field_rules()).authors
    ('吴晓青',)
    >>> _names_reporting('新华社报道 江苏吴江绸都盛泽是全国著名的纺织重镇', load_field_rules()) is None
    True

    A county app named for its county reports too (云上咸安报道 8月19日，…, round 71): a "name"
    that is a place's is the outlet's, and no writer is credited.

    >>> _names_reporting('云上咸安报道 8月19日，在黄荆塘村理论宣讲室里', load_field_rules()) is None
    True
    """
    names_first = _NAMES_REPORTING.match(paragraph)
    if names_first and _names_then_credit(names_first.group(1), rules):
        byline = parse_byline(names_first.group(1), rules)
        return None if any(map(is_place_name, byline.authors)) else with_rule(byline, "dateline")
    return None


#: An outlet's parent in brackets between a dateline and its reporters' bracket.
_PARENT_BRACKET = re.compile(r"^\s*[（(][\u4e00-\u9fff]{2,12}[）)](?=\s*[（(])")
#: A dateline's bracket that a damaged copy cut inside its last name: no closing bracket
#: before the stop (人民网黄山4月13日电(汪瑞华、张。4月12日，…).
_CUT_BRACKET = re.compile(r"\s*[（(]([^（）()。，,：:]{2,30})。")


def _cut_bracket_names(after: str, rules: FieldRules) -> tuple[str, ...]:
    """The whole names in a dateline's bracket a copy cut short (``cut_names``)."""
    cut = _CUT_BRACKET.match(after)
    return cut_names(cut.group(1), rules) if cut else ()


def _unclosed(after: str, rules: FieldRules) -> tuple[str, ...]:
    """The names of a dateline's reporters' bracket whose closing bracket a copy lost, the role
    first and the lede run on after a space, a credit or a damaged stop (…讯(记者 杜秀萍 专栏今年
    两会，…; …讯(记者 张苹 摄影报道沿栖霞市…; …讯(通讯员 李文?。?月24日: rounds 45, 53, 56).

    >>> _unclosed('(记者 杜秀萍 专栏今年两会，对于全国人大代表', load_field_rules())
    ('杜秀萍',)
    >>> _unclosed('(记者 张苹 摄影报道沿栖霞市亭口镇驻地', load_field_rules())
    ('张苹',)
    >>> _unclosed('(记者 王敏)11月5日', load_field_rules()), _unclosed('(中秋将至 近日', load_field_rules())
    ((), ())
    """
    bracket = re.match(r"\s*[（(]([^（）()]{2,40})", after)
    if not bracket or re.search(r"[）)]", after.partition("。")[0]):
        return ()
    if not rules.byline_pattern.match(bracket.group(1).strip()):
        return ()  # no role opens it: names alone there may be the lede's first words
    text = re.split(r"[。?？]|(?<=摄影报道)|(?<=报道)", bracket.group(1))[0]
    byline = parse_byline(_before_a_spaced_lede(text, rules), rules)
    return byline.authors if byline.authors and not byline.rest else ()


def cut_names(inner: str, rules: FieldRules) -> tuple[str, ...]:
    """The whole names in a bracket a copy cut inside its last name, the cut one left out
    (it cannot be cited as a name): ``汪瑞华、张`` in a dateline, ``李雪梅 程`` closing the
    text; () unless the bracket lists names and nothing else.

    >>> cut_names('汪瑞华、张', load_field_rules()), cut_names('李雪梅 程', load_field_rules())
    (('汪瑞华',), ('李雪梅',))
    >>> cut_names('中秋将至', load_field_rules()), cut_names('下转第二版', load_field_rules())
    ((), ())
    """
    if not re.search(r"[、\s]", inner.strip()):
        return ()
    reading = read_value(inner.strip(), rules, after_role=True)
    if reading.organisations or len(reading.rest) > 1 or any(len(r) > 1 for r in reading.rest):
        return ()
    return tuple(reading.names)


def _bare_byline(after: str, rules: FieldRules) -> str:
    """A bare byline after a dateline, spaced off or glued on by its role (…讯记者 甲 乙
    通讯员): 本报讯 记者 甲 通讯员 乙 报道：…, 《警察与法治》广东讯 黄志明; names alone only
    when nothing follows them (本报讯 张三说，… is the report speaking); or ""."""
    # glued on by any reporter's role the rules know (咸宁网讯通迅员甲、乙报道：, round 81)
    bare = re.match(
        rf"(?:\s+|(?={rules.newsroom_role}))([^，,。：:（(\d]{{2,40}})(?=[，,。：:\d]|$)", after
    )
    if bare and (
        rules.byline_pattern.match(_NAMES_BEFORE_ROLE.sub("", bare.group(1)))
        or bare.end() == len(after)
        or _names_then_credit(bare.group(1), rules)
    ):
        return _before_a_spaced_lede(before_the_lede(bare.group(1), after[bare.start(1) :]), rules)
    return ""


def _names_then_credit(text: str, rules: FieldRules) -> bool:
    """Names closed by a writer's credit and nothing else (本报讯 夏之明摄影报道 11月11日，…,
    round 37): the credit speaks for the names as a role before them would.

    >>> _names_then_credit('夏之明摄影报道 ', load_field_rules()), _names_then_credit('张三说 ', load_field_rules())
    (True, False)
    """
    byline = parse_byline(text.strip(), rules)
    return bool(byline.authors) and not byline.rest and byline.rule == "credit"


def _before_a_spaced_lede(text: str, rules: FieldRules) -> str:
    """A bare byline without the lede's first words a space set apart from it (荆楚网（湖北日报网）
    通讯员杨飞、彭荣莉 进入6月下旬，…, round 39): the words after the last space go while the
    rest reads as roles and names alone."""
    while parse_byline(text, rules).rest:
        shorter = re.sub(r"\s+\S+\s*$", "", text.strip())
        if shorter == text.strip():
            break  # no space left
        byline = parse_byline(shorter, rules)
        if byline.rest or not byline.authors:
            break  # what stands before the space is no byline alone
        text = shorter
    return text


#: Names listed before the first role of a bare byline (中国江西网讯 李悭、记者李运辉报道：),
#: which the role then credits with the rest (session 10's county probe).
_NAMES_BEFORE_ROLE = re.compile(rf"^(?:[{CJK}·]{{2,4}}、)+")
_OPENING_BRACKET = re.compile(r"^\s*[（(]([^（）()]{2,60})[)）]")


def opening_credit(paragraph: str, rules: FieldRules | None = None) -> str | None:
    """The bracketed credit a paragraph opens with when no dateline stands before it.

    ``（记者 王敏 通讯员 李响）11月5日，…`` opens with who wrote it, not with the
    report's words: it can leave the text once its names are taken. After a dateline
    (``本报讯（记者 甲）``) the credit is part of the report as printed and stays.

    >>> opening_credit('（记者王敏 通讯员李响）11月5日，在肥西县三河镇')
    '（记者王敏 通讯员李响）'
    >>> opening_credit('本报讯（记者 王敏）11月5日') is None, opening_credit('（一）强化组织建设') is None
    (True, True)
    >>> opening_credit('（图文编辑 周晓岚）4月9日，兰考县东坝头镇召开擂台会')
    '（图文编辑 周晓岚）'
    """
    rules = rules or load_field_rules()
    match = _OPENING_BRACKET.match(paragraph)
    if not match:  # (通讯员  王俊梅为深入…: its closing bracket lost
        return unclosed_opening_credit(paragraph, rules)
    byline = parse_byline(match.group(0).strip(), rules)
    credited = byline.authors or byline.editors  # （图文编辑 周晓岚）4月9日，…: an editor's too
    return match.group(0) if credited and not byline.rest else None


def dateline_byline_names(paragraph: str, rules: FieldRules | None = None) -> list[str]:
    """Authors in a dateline byline that opens a report (the text itself is kept).

    >>> dateline_byline_names('本网讯（通讯员 王密）近年来，平利县兴隆镇坚持')
    ['王密']
    >>> dateline_byline_names('近年来，平利县兴隆镇坚持')
    []
    """
    byline = dateline_byline(paragraph, rules)
    return list(byline.authors) if byline else []


#: A wire dateline (place, day and 电, maybe the outlet before the place) with its reporters'
#: bracket, set inside a paragraph: ``中新网银川3月14日电 (李佩珊 刘香君)``. Not after 据
#: (据新华社北京3月5日电 is a lead-in quoting another report: ``wire_dateline_inside``).
_WIRE_INSIDE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,6}(?:网|社))?[\u4e00-\u9fff]{2,8}?\d{1,2}月\d{1,2}日电\s*(?=[（(])"
)


def wire_dateline_inside(paragraphs: list[str], rules: FieldRules | None = None) -> Byline | None:
    """The byline of a wire dateline a scrambled copy left inside a paragraph, when no
    paragraph opens with a dateline: a spam copy shuffles the story's sentences and glues its
    junk before them (…关系更近了, 中新网银川3月14日电 (甲 乙)“时间可以…; 黄色游戏中新网南平5月
    14日电 (记者 甲)…: rounds 84, 85), so the dateline stands mid-paragraph or lower down.

    >>> byline = wire_dateline_inside(['邻里之间的关系更近了， 中新网银川3月14日电 （李佩珊 刘香君）“时间”'])
    >>> byline.authors, byline.source
    (('李佩珊', '刘香君'), '中新网')
    >>> wire_dateline_inside(['据新华社北京3月5日电（记者 张三）全国两会开幕。']) is None
    True
    """
    rules = rules or load_field_rules()
    for paragraph in paragraphs:
        for wire in _WIRE_INSIDE.finditer(paragraph):
            if "据" in paragraph[max(0, wire.start() - 6) : wire.start() + 1]:
                continue
            byline = dateline_byline(paragraph[wire.start() :], rules)
            if byline and byline.authors:
                portal = _portal_in(wire.group(0))  # 黄色游戏中新网南平…: junk glued on
                byline = replace(byline, source=byline.source or portal)
                return with_rule(byline, "wire dateline inside a paragraph")
    return None


def _portal_in(dateline: str) -> str | None:
    """The national or provincial portal a wire dateline names (中新网, 中国新闻网), wherever
    it stands in it: a spam copy may glue its junk on before it; the longest name wins.

    >>> _portal_in('黄色游戏中新网南平5月14日电 '), _portal_in('宁德6月19日电 ')
    ('中新网', None)
    """
    names = [name for name in load_page_roles().portal_names if name in dateline]
    return max(names, key=len) if names else None
