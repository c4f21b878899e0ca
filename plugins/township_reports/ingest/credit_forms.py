"""Opening credits that are not a dateline: the reporter's bracket of the Taiwan and overseas
press (〔记者甲／台北报导〕) and an outlet's name with a colon before the bracketed writer
(山东法制传媒网:(甲)为加强…). ``dateline_bylines.dateline_byline`` asks these when it finds no
dateline; like a dateline's byline, the credit stays in the text and only its names are taken.
Also here: the name/文 run a flattened page glues before the first words, where a bare
byline after a dateline ends when an empty role runs it on into the lede, and how a credit's
marks are written (``normalise_credit_marks``, moved from bylines.py in session 43), and a
byline that sets each name before its role (``roles_before_names``, session 45).

Forms and counts: tests/corpus/PATTERNS.md, "Round 13 rules (body2)".
"""

from __future__ import annotations

import re

from . import alternation
from .field_rules import CJK, FieldRules, load_field_rules
from .headline_kinds import opens_as_lede, opens_on_purpose
from .names import byline_forms

#: A report that opens with its byline and no dateline, glued to the lede's first words
#: (本报记者 甲 通讯员 乙日前，…). The newsroom may be an outlet named by its ending (封面新闻记者
#: 甲 摄影报道 6月26日下午，…; ``outlet_suffixes`` in fields.yaml): the paper whose reporter
#: wrote it, as in ◎临沂晚报记者 甲. Session 7's forms: PATTERNS.md, "Session 7 rules (C …)".
#: Or the byline closes with 报道 and a comma or colon (记者王刚报道，为做好…, round 21).
OPENING_BYLINE = re.compile(
    r"^((?:[\u4e00-\u9fff]{2,3}\s+){0,3}(?:"  # names before it: 徐振宇 自贡融媒记者 兰艳 连日来，
    + alternation(load_field_rules().reporter_kinds)
    + r"|[\u4e00-\u9fff·]{2,12}?(?:"
    + alternation(load_field_rules().outlet_suffixes)
    + r")(?:"
    + alternation(load_field_rules().reporter_kinds)
    # or the city whose newsroom it is (扎兰屯市记者甲、乙通讯员丙报道:…, round 86)
    + r")?|[\u4e00-\u9fff]{2,6}[市县区旗])?(?:记者|通讯员)\s*[\u4e00-\u9fff·\s、]{2,30}?)"  # 通讯员 甲 报道 为确保…: round 30
    # a date with its year word (齐鲁晚报记者杜洪雷今年4月15日是…, round 91)
    r"(?=日前|近日|近年来|今年以来|连日来|近期|昨天|今天|(?:今年|去年|\d{4}年)?\d{1,2}月\d{1,2}日"
    r"|\s*报道\s*[，,:：]|\s+报道\s+"
    # or a space before the lede's first words, after a name of two or three characters (随州日报
    # 特约记者 彭晓华 通讯员 张婷 深秋时节，…, round 42); not after a role (记者 甲 通讯员 乙昨天)
    r"|(?:(?<=[\s者员][\u4e00-\u9fff]{2})|(?<=[\s者员][\u4e00-\u9fff]{3}))(?<!记者)(?<!通讯员)"
    r"\s+[\u4e00-\u9fff“‘\"]{4})"
)
#: A reporter's bracket: the role 记者, the name, an optional ／place, and the credit 报导 or
#: 报道 (综合报导: compiled), in 〔〕, [] or 【】. Without both the role and the credit a
#: bracket is something else (〔摘要〕, 〔关键词〕, 【党建引领】).
_REPORTER_BRACKET = re.compile(
    rf"[〔\[【]\s*((?:本报|特约|实习)?记者\s*[{CJK}·\s]{{2,12}}?)"
    rf"(?:\s*[/／]\s*([{CJK}]{{2,6}}?))?\s*((?:综合|连线|专题)?报[导道])\s*[〕\]】]"
)
#: An outlet, a colon and the bracket of names that open the lede (山东法制传媒网:(甲)); the
#: colon may be missing (新疆民生网(甲)2018年9月3日，…, round 32's dev review).
_OUTLET_COLON = re.compile(rf"^\s*([{CJK}·]{{2,20}})\s*[:：]?\s*([（(][^（）()]{{2,30}}[）)])")


def reporter_bracket(paragraph: str, rules: FieldRules | None = None):
    """The byline of a 〔记者甲／台南报导〕 bracket in the head of a paragraph (before its first
    full stop), or None. A scraper may glue the headline before it on the same line, so the
    bracket is looked for, not only at the start; the place after the slash is where the story
    was filed from, not a name.

    >>> reporter_bracket('〔记者周明华／台南报导〕台南市安南区志工队昨天走进社区，').authors
    ('周明华',)
    >>> reporter_bracket('台胞公寓成立志愿服务队 〔记者林秀芬综合报导〕福州市岳峰镇桂溪社区').authors
    ('林秀芬',)
    >>> reporter_bracket('〔摘要〕基层治理是国家治理的基石。') is None
    True
    >>> reporter_bracket('镇党委书记说。〔记者林秀芬报导〕') is None  # not in the head
    True
    """
    from .bylines import parse_byline, with_rule  # bylines asks this module: import on call

    rules = rules or load_field_rules()
    head = re.split(r"[。！？]", paragraph, maxsplit=1)[0][:120]
    match = _REPORTER_BRACKET.search(head)
    if not match:
        return None
    credit = match.group(3)
    for spelt, usual in (byline_forms().get("credit_spellings") or {}).items():  # 综合报导
        credit = credit.replace(spelt, usual)
    byline = parse_byline(f"{match.group(1).strip()} {credit}", rules)
    return with_rule(byline, "bracket") if byline.authors and not byline.rest else None


def outlet_colon_credit(paragraph: str, rules: FieldRules | None = None):
    """The names in the bracket after an outlet's name and a colon that open a paragraph
    (山东法制传媒网:(张雪莹)为加强…: the site's own form of 某某网讯（甲）), or None.

    The name before the colon must end as an outlet does (网, 日报, 电视台 …: fields.yaml's
    ``outlet_suffixes``), and the bracket must hold only names or a byline.

    >>> outlet_colon_credit('山东法制传媒网:(赵海燕)为提升基层依法治理能力，近日，').authors
    ('赵海燕',)
    >>> outlet_colon_credit('新疆民生网(齐欣煜)2018年9月3日，乌鲁木齐海关').authors
    ('齐欣煜',)
    >>> outlet_colon_credit('镇党委：（一）强化组织建设') is None
    True
    >>> outlet_colon_credit('活动现场：（王家村）村民们') is None
    True
    """
    from .bylines import parse_byline, with_rule

    rules = rules or load_field_rules()
    match = _OUTLET_COLON.match(paragraph)
    if not match or not match.group(1).endswith(rules.outlet_suffixes):
        return None
    byline = parse_byline(match.group(2), rules)
    return with_rule(byline, "outlet") if byline.authors and not byline.rest else None


#: A byline's mark, the writers' names spaced, then the lede run on after a space (□贾燕飞 李飞
#: 六月的泽州县…): the issue's ``■ 甲 乙`` byline, flattened into the first paragraph (round 36).
_MARKED_NAMES = re.compile(
    r"^\s*[□■◎●◆]\s*((?:[\u4e00-\u9fff·]{2,4}\s+){1,4})(?=[\u4e00-\u9fff“\d])"
)


def marked_names(paragraph: str, rules: FieldRules | None = None):
    """The names after a byline's mark that open a paragraph, every one a person's, or None.

    >>> marked_names('□贾燕飞 李飞 六月的泽州县柳树口镇，流金似火').authors
    ('贾燕飞', '李飞')
    >>> marked_names('■党员 干部 齐上阵，清理河道垃圾') is None
    True
    """
    from .bylines import Byline, with_rule
    from .names import is_person_name

    match = _MARKED_NAMES.match(paragraph)
    names = tuple(match.group(1).split()) if match else ()
    if not names or not all(is_person_name(name, rules) for name in names):
        return None
    return with_rule(Byline(authors=names, rule="bare-names"), "marked")


def opening_credit_form(paragraph: str, rules: FieldRules | None = None):
    """Any form above, for ``dateline_bylines.dateline_byline``; None when the paragraph has none."""
    if unclosed := unclosed_opening_credit(paragraph, rules):
        from .bylines import parse_byline, with_rule  # bylines asks this module: import on call

        closed = unclosed.strip() + ("）" if unclosed.strip().startswith("（") else ")")
        return with_rule(parse_byline(closed, rules), "dateline")
    return (
        reporter_bracket(paragraph, rules)
        or outlet_colon_credit(paragraph, rules)
        or marked_names(paragraph, rules)
    )


def unclosed_opening_credit(paragraph: str, rules: FieldRules | None = None) -> str | None:
    """An opening bracket of roles and names whose closing bracket a copy lost, the lede run
    on right after the last name ((通讯员  王俊梅为深入学习…, round 86): the credit, to be read
    and cut as a closed one is; None unless what follows opens as a lede does.

    >>> unclosed_opening_credit('(通讯员  王俊梅为深入学习宣传贯彻党的十九大精神，进一步丰富群众生活')
    '(通讯员  王俊梅'
    >>> unclosed_opening_credit('(通讯员  王俊梅)为深入学习'), unclosed_opening_credit('(中秋将至 近日，镇里')
    (None, None)
    """
    from .bylines import parse_byline  # bylines asks this module: import on call

    rules = rules or load_field_rules()
    bracket = re.match(r"\s*[（(]([^（）()。，,：:]{2,40})", paragraph)
    if not bracket or not rules.byline_pattern.match(bracket.group(1).strip()):
        return None  # no role opens it: names alone there may be the lede's first words
    for end in range(bracket.end(1), bracket.start(1) + 1, -1):
        rest = paragraph[end:]
        if opens_as_lede(rest) or opens_on_purpose(rest):
            byline = parse_byline(paragraph[bracket.start(1) : end].strip(), rules)
            return paragraph[:end] if byline.authors and not byline.rest else None
    return None


#: A credit run a flattened page glues before the report's first words: each name followed
#: by its credit mark (四川在线记者 甲/文 乙/摄影 又到一年…), the writer's first.
_CREDIT_RUN = re.compile(
    r"(?:^|\s)((?:[^\s，。,]{0,12}?记者\s*)?[\u4e00-\u9fff·]{2,6}\s*/\s*文"
    r"(?:\s+[\u4e00-\u9fff·]{2,6}\s*/\s*(?:摄影|摄|图))*)(?=\s+\S)"
)


def glued_credit_run(paragraph: str, rules: FieldRules | None = None):
    """The name/文 byline a flattened page glued before the report's first words (before its
    first sentence mark, where a name with ``/文`` is a credit); the text is kept.

    >>> glued_credit_run('消息来源：四川在线 四川在线记者 韩思琪/文 马骁/摄影 又到一年快递高峰期，').authors
    ('韩思琪',)
    >>> glued_credit_run('又到一年快递高峰期，驿站里 甲/文 乙/摄影 说') is None
    True
    """
    head = re.split(r"[，。,！？；]", paragraph, maxsplit=1)[0][:80]
    if match := _CREDIT_RUN.search(head):
        from .bylines import parse_byline  # bylines asks this module: import on call

        byline = parse_byline(match.group(1).strip(), rules or load_field_rules())
        return byline if byline.authors and not byline.rest else None
    return None


def before_the_lede(byline: str, following: str) -> str:
    """A bare byline without the lede's opening words its credit ran on into, where an
    empty role left no comma between them (记者 甲 乙    通讯员   今年以来，…).

    >>> before_the_lede('记者 甲 乙    通讯员   今年以来', '记者 甲 乙    通讯员   今年以来，张楼镇')
    '记者 甲 乙    通讯员'
    """
    for gap in re.finditer(r"\s+", byline):
        if opens_as_lede(following[gap.end() :]):
            return byline[: gap.start()]
    return byline


def normalise_credit_marks(text: str, rules: FieldRules | None = None) -> str:
    """A credit written with a middle dot (文·图) in its slash form (文/图), so that it reads
    as the credit it is; ``credit_marks`` in byline_forms.yaml. Magazines print ``□文·图/本刊
    记者 甲``; a dot inside a name (阿依古丽·买买提) is left alone.

    >>> normalise_credit_marks('文·图/本刊记者 拉姆'), normalise_credit_marks('阿依古丽·买买提')
    ('文/图/本刊记者 拉姆', '阿依古丽·买买提')

    A bar before where the reporter filed from is a space (记者 李勇︱广东惠州报道, round 91):
    >>> normalise_credit_marks('记者 李勇︱广东惠州报道'), normalise_credit_marks('文/图 李勇')
    ('记者 李勇 广东惠州报道', '文/图 李勇')

    A box between two names is a paper's space (消费日报记者 冯举□徐彩琴, round 97):
    >>> normalise_credit_marks('消费日报记者 冯举□徐彩琴'), normalise_credit_marks('□本报记者 甲')
    ('消费日报记者 冯举 徐彩琴', '□本报记者 甲')

    and a magazine's or weekly's note of where the reporter filed from after the names goes
    (本刊记者/刘炎迅(发自河南上蔡), 南方周末记者 甲 发自北京: round 91); it names no one:
    >>> normalise_credit_marks('本刊记者/刘炎迅(发自河南上蔡)'), normalise_credit_marks('记者 王婧 发自北京')
    ('本刊记者/刘炎迅', '记者 王婧')

    So does the picture agency a photo credit names in brackets after it (周峰摄（人民图片网）,
    round 108): whose picture it is, not the report's source; read as a name, 周峰摄 was an author.
    >>> normalise_credit_marks('周峰摄（人民图片网）'), normalise_credit_marks('周峰 摄 (新华网)')
    ('周峰摄', '周峰 摄')
    """
    rules = rules or load_field_rules()
    text = re.sub(rf"(?<=[{CJK}]{{2}})\s*[□■]\s*(?=[{CJK}]{{2}})", " ", text)  # 甲□乙
    text = re.sub(rf"\s*[︱|｜丨/／]\s*(?=[{CJK}]{{2,8}}报[道导]\s*$)", " ", text)
    text = re.sub(rf"\s*[（(]?\s*发自\s*[{CJK}]{{2,12}}\s*[)）]?\s*$", "", text)
    text = re.sub(rf"(?:(?<=摄)|(?<=摄影))\s*[（(][{CJK}A-Za-z·]{{2,12}}[)）]\s*$", "", text)
    for dotted, slashed in rules.credit_marks:
        text = re.sub(rf"(?<![{CJK}]){re.escape(dotted)}", slashed, text)
    return text


def roles_before_names(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A byline's pieces (value, role, value, …) with its roles set before their names when
    it sets each name before its own role with a slash (马小娟/文 尤志成/图 付文如/审核,
    round 96): every role is then read as the name's it follows, and none leads the next
    name; any other byline's pieces as they are.

    >>> roles_before_names([('value', '马小娟/'), ('role', '文'), ('value', ' 尤志成/'), ('role', '图'),
    ...                     ('value', ' 付文如/'), ('role', '审核'), ('value', '')])[:5]
    [('value', ''), ('role', '文'), ('value', '马小娟 '), ('role', '图'), ('value', '尤志成 ')]
    >>> roles_before_names([('value', ''), ('role', '文/图'), ('value', ' 张三 李四')])
    [('value', ''), ('role', '文/图'), ('value', ' 张三 李四')]
    """
    values = [text for kind, text in pieces if kind == "value"]
    if not (
        len(values) >= 3
        and values[0].strip()
        and not values[-1].strip()
        and all(re.search(r"[/／]\s*$", text) for text in values[:-1])
    ):
        return pieces
    turned = [
        (("role", role), ("value", value.strip(" /／") + " "))
        for (_, value), (_, role) in zip(pieces[0:-1:2], pieces[1::2], strict=True)
    ]
    return [("value", ""), *(piece for pair in turned for piece in pair)]
