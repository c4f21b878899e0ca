"""Pull labelled fields and bylines out of a report: date, source, authors, editors.

Labels, byline roles and credits are data (``data/fields.yaml``); surnames are
data (``data/surnames.txt``). A field line
(``作者:刘民 发布时间:2011-09-14 09:09 来源:本站原创``) leaves the body and
becomes metadata; a byline line (``记者 张三``, ``■ 张三 李四``) or a byline
glued to the last paragraph (``…乡村全面振兴。全媒体记者 王献伟 通讯员 程琪琪
文/图``, ``…取得实效。（张三 李四）``) is metadata too. A dateline byline such as
``本网讯（通讯员 王密）`` is text the reader should see, so it stays in the body
and only the names are taken.

What this module must never do: take a word for a person (``本报``, ``宣传办``,
``我来说两句``), take an organisation for an author (``文/图：某某县融媒体中心`` is
a source), or call a sentence of the report a byline. When in doubt it takes
nothing: a missing author is a gap, a wrong one is a false statement.
Input is simplified text. Every function here is pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from . import squeeze
from .bracketed_fields import bracketed_parts, fields_in_parts, unbracket_labels, unjoined_labels
from .bylines import Byline, is_pen_name, issues_the_text, parse_byline
from .field_rules import (
    BARS,
    BRACKETS,
    BULLETS,
    CJK,
    DATE_TIME,
    FieldRules,
    load_field_rules,
)
from .hosts import HOST_NAME, host_word, pinyin_of
from .lost_spaces import field_line_spaces
from .names import is_organisation, is_person_name
from .sources import (
    clean_source,
    closing_outlet,
    credit_line,
    is_source_name,
    strip_wrapping,
)
from .spaced_names import join_spaced_names
from .stamps import (
    SITE_ADDRESS,
    cited_or_posted,
    labelled_source_first,
    posting_stamp,
    unlabelled_field_line,
)
from .stated_dates import find_dates
from .value_reading import editing_offices, read_value


@dataclass
class Fields:
    """Metadata found in labelled lines and bylines (lists keep source order, no repeats)."""

    date: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    reviewers: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    newsroom: list[str] = field(default_factory=list)  # see Byline.newsroom
    credit: list[str] = field(default_factory=list)  # 供稿：某某镇: a source after any 来源
    issuer: list[str] = field(default_factory=list)  # a CMS's 发布机构: the last resort
    # the organisation signing the text off (某某社区党群服务中心 通讯员：甲 2021年6月15日):
    # a source, and the place when the text itself never names its town
    signed: list[str] = field(default_factory=list)

    def add(self, kind: str, values: list[str]) -> None:
        target = getattr(self, kind)
        target.extend(v for v in values if v and v not in target)

    def add_all(self, found: dict[str, list[str]]) -> None:
        """Add every kind a reader found (a field line parsed, a byline's credits)."""
        for kind, values in found.items():
            self.add(kind, values)

    def drop_outlet_as_author(self) -> bool:
        """An author who is the source by name and no person is the outlet credited in both
        slots (来源:一周天水 作者:一周天水, a city portal's copy, round 93), not a writer; True
        when one was dropped.

        >>> found = Fields(source=['一周天水'], authors=['一周天水', '王丽'])
        >>> found.drop_outlet_as_author(), found.authors
        (True, ['王丽'])

        So is a site's name whose pinyin is its address (来源:shuguojinxiu.com 作者:蜀国锦绣).

        >>> found = Fields(source=['shuguojinxiu.com'], authors=['蜀国锦绣'])
        >>> found.drop_outlet_as_author(), found.authors
        (True, [])
        """
        hosts = {host_word(s) for s in self.source} - {None}
        kept = [
            a
            for a in self.authors
            if is_person_name(a) or (a not in self.source and not (hosts and pinyin_of(a) in hosts))
        ]
        dropped, self.authors = len(kept) < len(self.authors), kept
        return dropped

    def names_before_hosts(self) -> bool:
        """Put a source the page names (来源:清远日报) before one it gives only as a host
        address (来源:shuguojinxiu.com): an address is most often the site printing its own
        stamp, a name where the text comes from.

        >>> found = Fields(source=['www.okzjj.com', '张家界日报'])
        >>> found.names_before_hosts(), found.source
        (True, ['张家界日报', 'www.okzjj.com'])

        True when the order changed.
        """
        before = list(self.source)
        self.source.sort(key=lambda s: bool(HOST_NAME.fullmatch(s)))
        return self.source != before

    def add_byline(self, byline: Byline | None) -> None:
        """Add what a byline credits (nothing for None)."""
        if byline is None:
            return
        self.add_all(byline.as_fields())
        if byline.newsroom:
            self.add("newsroom", [byline.newsroom])


def parse_field_line(line: str, rules: FieldRules | None = None) -> dict[str, list[str]] | None:
    """Read a line of labelled fields; None when the line is not one.

    CMS templates print their fields as ``label：value`` pairs, several on one
    line, glued together or spaced out, sometimes after a bare date; WeChat
    reposts use 丨 for the colon. An empty label (``作者：来源：宋家镇``) gives
    nothing and does not take the next label's value. A line whose labels
    yield nothing but prose (``图：村民在田间劳作``) is not a field line.

    >>> parse_field_line('时间:2023-07-25 10:50作者:方凤玲来源:宋家镇')
    {'date': ['2023-07-25 10:50'], 'authors': ['方凤玲'], 'source': ['宋家镇']}
    >>> parse_field_line('【责任编辑:魏代琼】')
    {'editors': ['魏代琼']}
    >>> parse_field_line('来源：平利县融媒体中心 2024-03-05 作者：张三 李四')
    {'source': ['平利县融媒体中心'], 'date': ['2024-03-05'], 'authors': ['张三', '李四']}
    >>> parse_field_line('2022-07-15 08:08:54 来源：白河县人民政府 责任编辑：陈玮 我来说两句 |')
    {'date': ['2022-07-15 08:08:54'], 'source': ['白河县人民政府'], 'editors': ['陈玮']}
    >>> parse_field_line('桂林日报 新闻    时间：2024年03月05日    来源：桂林日报')
    {'date': ['2024年03月05日'], 'source': ['桂林日报']}
    >>> parse_field_line('2022/03/03/ 15:19 来源:定西日报 通讯员 郎佐民')
    {'date': ['2022/03/03'], 'source': ['定西日报'], 'authors': ['郎佐民']}
    >>> parse_field_line('www.scol.com.cn  (2018-06-27 17:21:47)  来源:四川在线-达州频道')
    {'date': ['2018-06-27 17:21:47'], 'source': ['四川在线-达州频道']}
    >>> parse_field_line('作者：来源：宋家镇')
    {'source': ['宋家镇']}
    >>> parse_field_line('贵州文化网 发表于：2026-01-01 00:40:59 来源：贵州文化网 作者：杨晓芸 点击： 评论：0')
    {'date': ['2026-01-01 00:40:59'], 'source': ['贵州文化网'], 'authors': ['杨晓芸']}

    >>> parse_field_line('《西藏日报》(2023年08月14日 02 版)')
    {'source': ['西藏日报'], 'date': ['2023年08月14日']}
    >>> parse_field_line('抓经济检验党建工作成效') is None
    True
    >>> parse_field_line('图：村民在田间劳作') is None
    True
    """
    rules = rules or load_field_rules()
    if parts := bracketed_parts(line):  # (来源:人民网)【原标题:土豆熟了,咱乐】
        return fields_in_parts(parts, rules)
    text = field_line_spaces(strip_wrapping(unjoined_labels(unbracket_labels(line, rules), rules)))
    text = _colon_after_spaced_source(text, rules)
    if len(text) > 160:
        return None
    if cited := cited_or_posted(text, rules):  # 《西藏日报》（2023年08月14日 02 版）
        return cited
    if (
        len(bare := squeeze(text)) >= 2
        and bare in rules.label_kind
        and bare not in rules.prose_labels
    ):
        return {}  # 内容来源 alone on its line, its value under it (a WeChat post's tail)
    matches = list(rules.label_pattern.finditer(text))
    if not matches or _labels_no_field(text, matches[0].start()):  # a notice or a lede
        return unlabelled_field_line(text, rules) if not matches else None
    found: dict[str, list[str]] = {}
    rest: list[str] = []

    def add(kind: str, values: list[str]) -> None:
        for v in values:
            if v and v not in found.setdefault(kind, []):
                found[kind].append(v)

    prefix = text[: matches[0].start()].strip(" |丨｜\u3000" + BULLETS + "".join(BRACKETS))
    if not _read_prefix(prefix, len(matches), add, rules):
        return None
    for match, following in zip(matches, matches[1:] + [None], strict=True):
        value = text[match.end() : following.start() if following else len(text)].strip()
        kind = rules.label_kind[squeeze(match.group(1))]
        _read_field_value(kind, _opens_next_field(value, following), add, rest, rules)
    found = {kind: values for kind, values in found.items() if values}
    if len(found.get("source", ())) > 1:
        found["source"] = labelled_source_first(found["source"], prefix, rules)
    junk = sum(len(r) for r in rest)
    if junk > 15:
        return None
    if not found and rest:
        # 作者：本站编辑 is a CMS field with a useless value, but 图：村民在田间劳作 is a
        # caption and 记者：请问… an interview: labels that also open prose need a value.
        if squeeze(matches[0].group(1)) in rules.prose_labels or junk > 8:
            return None
    return found


#: An empty label's "value" that is the next label, one no table lists (点击次数:, 文章编号:),
#: with at most a widget's word or a count after it: no value (issue 9: an empty label must
#: not take the next label's value; round 36 found 来源: 点击次数:关闭 read as the source).
_LABEL_ALONE = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]\s*(?:[\u4e00-\u9fff]{0,2}|\d*)")

#: A bracket opened and never closed before the next label: its own label's first words.
_OPENED_BRACKET = re.compile(r"^[【\[〔][^】\]〕]*$")


def _opens_next_field(value: str, following: re.Match | None) -> str:
    """A label's value, or "" when it is only the opening of the next field.

    A template that sets each field in brackets and leaves a value empty runs the next
    field's bracket on (【信息来源:【信息时间:2024-05-09 16:38 】): 【信息 opens the field 信息时间,
    so 信息来源 is empty. A value whose bracket closes, or that stands apart from the next
    label, is a value.

    >>> line = '【信息来源:【信息时间:2024-05-09 16:38'
    >>> _opens_next_field('【信息', load_field_rules().label_pattern.search(line, 8))
    ''
    >>> _opens_next_field('【冰城', None), _opens_next_field('【冰城】', None)
    ('【冰城', '【冰城】')

    An empty label followed by a label no table lists (来源: 点击次数:关闭) holds that label,
    maybe with a widget's word: no value either (``_LABEL_ALONE``).

    >>> _opens_next_field('点击次数:关闭', None), _opens_next_field('平利县融媒体中心', None)
    ('', '平利县融媒体中心')
    """
    glued = following is not None and not following.string[following.start() - 1].isspace()
    if _LABEL_ALONE.fullmatch(value):
        return ""
    return "" if glued and _OPENED_BRACKET.match(value) else value


def _labels_no_field(text: str, first_label: int) -> bool:
    """True when a line holding labels is no field line for what stands before its first one.

    A copyright notice quotes the label its own stories carry (注明“来源：秦岭网”), and a
    lede opens with its dateline and the credit in brackets (…讯(通讯员:甲…) 11月20日,…。):
    neither labels this page's fields.

    >>> notice = '1. 本网刊发的注明“来源:秦岭网”的稿件,著作权归本网所有。'
    >>> _labels_no_field(notice, notice.index('来源'))
    True
    >>> line = '大学生新闻中心讯(通讯员:古丽米热 摄影:李浩然) 11月20日,工作队在村里举办培训会。'
    >>> _labels_no_field(line, 9), _labels_no_field('来源：秦岭网 作者：王密', 0)
    (True, False)
    """
    before = text[:first_label]
    return before.rstrip().endswith(_OPENING_QUOTES) or bool(
        _DATELINE_BEFORE.search(before) and "。" in text
    )


#: A dateline's close right before the first label (…讯(通讯员:甲…): the lede's credit.
_DATELINE_BEFORE = re.compile(r"[\u4e00-\u9fff](?:讯|电)\s*[（(【\[]\s*$")
#: Quotation marks opening right before a label: the label is quoted (a notice), not used.
_OPENING_QUOTES = ("“", "「", "『", '"', "‘")


def _read_prefix(prefix: str, labels: int, add, rules: FieldRules) -> bool:
    """Read what stands before the first label; False when it makes the line a sentence.

    Before the first label: nothing, a date, brackets (【责任编辑：乌云】 打印), the
    account a WeChat post names (@全体居民 来源：…), or the site's own address before a
    date (www.scol.com.cn  (2018-06-27 17:21:47)  来源：…), or the page's buttons:

    >>> parse_field_line('【我要纠错】 责任编辑:陈晓峰'), parse_field_line('【纠错】 【责任编辑:谷婷婷 王晓飞】')
    ({'editors': ['陈晓峰']}, {'editors': ['谷婷婷', '王晓飞']})
    """
    prefix = SITE_ADDRESS.sub("", prefix).strip(" ()（）[]")
    posted = posting_stamp(prefix, rules) if prefix else None
    buttons = [w for w in re.split(r"[\s【】\[\]]+", prefix) if w]
    if buttons and all(w in rules.not_sources for w in buttons):
        return True  # 【我要纠错】 责任编辑：… : the page's buttons before its fields
    if posted:  # 原创 柯桥发布 2024-04-02 16:31 来源：澎湃新闻·澎湃号·政务
        for kind, values in posted.items():
            add(kind, values)
    elif prefix and not re.fullmatch(r"@\S{1,20}", prefix):
        prefix = re.sub(
            r"\s*(?:星期|周)[一二三四五六日天]$", "", prefix
        )  # 2025-05-14 08:12:30 星期三
        date = DATE_TIME.fullmatch(prefix) or (
            re.fullmatch(r"[\d/\-.:：\s年月日]{8,24}", prefix) and DATE_TIME.search(prefix)
        )
        if date:  # 2022/03/03/ 15:19 来源：… : a date, however punctuated, before the fields
            add("date", [date.group(0)])
        elif re.fullmatch(r"[\d/\-.:：\s]{8,24}", prefix):
            pass  # 24-03-27 09:18 来源：…: a stamp dating reads (two-digit year), not text
        elif re.fullmatch(r"(?:\d{8}|第?\s*\d{1,4})\s*期", prefix):
            pass  # an e-paper's issue label (20240315期来自：天津日报): dating reads it
        elif re.fullmatch(r"[\u4e00-\u9fff]{2}[:：][^\s，。！？,]{2,24}", prefix):
            pass  # 媒体:昆明信息港 作者:内详: a field this reader has no label for, then its own
        elif not (labels >= 2 and len(prefix) <= 12 and not re.search(r"[。，！？,]", prefix)):
            return False  # one label after other text: a sentence, not a field line
        # else: a paper's name and column before its fields (桂林日报 新闻  时间：… 来源：…)
    return True


def outlet_after_time(rest: str, rules: FieldRules) -> list[str]:
    """The outlet a template prints after the time in its date field, with no label of its
    own (时间: 2024-09-13 09:42:51 雅安日报): the slot where a 来源 value stands, so the
    outlet is the source. Only a paper, site or app named on its own, set apart by a space
    (``sources.closing_outlet``); a spam brand (德清装修网) or anything longer is not one.

    >>> rules = load_field_rules()
    >>> outlet_after_time(' 雅安日报', rules), outlet_after_time(' 德清装修网', rules)
    (['雅安日报'], [])
    >>> outlet_after_time('雅安日报', rules), outlet_after_time(' 阅读 35', rules)
    ([], [])

    A feed's middle dot parts them too (2023-04-15 14:37·河南日报, the account after the time):

    >>> outlet_after_time('·河南日报', rules)
    ['河南日报']
    """
    if not re.match(r"\s|\s*[·•・]", rest):
        return []
    outlet = closing_outlet(rest.strip().lstrip("·•・ "), rules)
    return [outlet] if outlet and is_source_name(outlet, rules) else []


#: An app's word parted from its brand by a space (来源:冰城 +客户端, 冰城+ 客户端): one name.
_APP_WORD = re.compile(r"[+＋]?(?:客户端|APP|App|app)")


#: A reporter's role closing a 来源 value before the reporter's name (九江报业融媒记者 沈明杰).
_REPORTER_ROLE_AFTER = re.compile(r"(?:全媒体|首席|特约|见习|实习)?(?:记者|通讯员)$")


def _opens_on_a_stamp(value: str) -> bool:
    """True for a date value opening on a date dating reads, spaced off what follows: a
    stamp with the page's counter after it (06/18/2022  浏览 40 次, round 95), not a sentence.

    >>> _opens_on_a_stamp('06/18/2022    浏览 40 次'), _opens_on_a_stamp('3月5日上午，镇党委召开会议')
    (True, False)
    """
    dates = find_dates(value)
    return bool(dates) and dates[0][0] == 0 and bool(re.match(r"\s{2,}|$", value[dates[0][1] :]))


#: 来源 spaced from its value with no colon, other fields labelled after it on the line
#: (来源 东方网    顾一琼     发表时间:06/18/2022, round 95).
_SPACED_SOURCE = re.compile(r"^(来源)\s{1,4}(?=[\u4e00-\u9fff])")


def _colon_after_spaced_source(text: str, rules: FieldRules) -> str:
    """``text`` with a colon after a 来源 spaced from its value, when a labelled field follows
    on the line: a meta line that left out one colon. A sentence opening on 来源 stays.

    >>> _colon_after_spaced_source('来源 东方网    顾一琼     发表时间:06/18/2022', load_field_rules())
    '来源:东方网    顾一琼     发表时间:06/18/2022'
    >>> _colon_after_spaced_source('来源 于群众的意见，镇党委逐条整改。', load_field_rules())
    '来源 于群众的意见，镇党委逐条整改。'
    """
    prose = re.search(r"[，。！？；]", text)  # a meta line holds no clause marks
    if _SPACED_SOURCE.match(text) and rules.label_pattern.search(text) and not prose:
        return _SPACED_SOURCE.sub(r"\1:", text, count=1)
    return text


def _first_of_listed(source: str, rules: FieldRules) -> str:
    """The first of two or more offices or outlets a 来源 value lists with 、 (娄底市直机关工委、
    娄底市人大常委会机关, round 95), as a reporter's two outlets give the first (README); a
    name holding 、 otherwise stays whole.

    >>> _first_of_listed('娄底市直机关工委、娄底市人大常委会机关', load_field_rules())
    '娄底市直机关工委'
    >>> _first_of_listed('党建、组织', load_field_rules())
    '党建、组织'
    """
    parts = source.split("、")
    if len(parts) > 1 and all(len(p) >= 4 and is_organisation(p, rules) for p in parts):
        return parts[0]
    return source


@cache
def _office_then_name(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """An office's name (ending in one of ``organisation_suffixes``) run into a writer's
    two- or three-character name; built once per suffix table, not once per label."""
    return re.compile(rf"(\S{{4,30}}(?:{'|'.join(map(re.escape, suffixes))}))([{CJK}]{{2,3}})")


def _office_before_writer(chunks: list[str], rules: FieldRules) -> list[str]:
    """A 来源 value's chunks with the paper before its reporter's role (九江报业融媒记者 沈明杰)
    or an office before its writer's name, run together (合江县先滩镇关工委办公室张思琪: round
    92), cut where they join: the newsroom or office is the source, the writer a chunk of
    its own, read as an author after the source is.

    >>> rules = load_field_rules()
    >>> _office_before_writer(['合江县先滩镇关工委办公室张思琪'], rules)
    ['合江县先滩镇关工委办公室', '张思琪']
    >>> _office_before_writer(['九江报业融媒记者', '沈明杰'], rules)
    ['九江报业融媒', '沈明杰']
    >>> _office_before_writer(['平利县融媒体中心'], rules), _office_before_writer(['人民日报海外版'], rules)
    (['平利县融媒体中心'], ['人民日报海外版'])
    """
    role = _REPORTER_ROLE_AFTER.search(chunks[0]) if len(chunks) > 1 else None
    if role and role.start() >= 2:
        return [chunks[0][: role.start()], *chunks[1:]]
    glued = _office_then_name(rules.organisation_suffixes).fullmatch(chunks[0]) if chunks else None
    if glued and is_organisation(glued[1], rules) and is_person_name(glued[2], rules):
        return [glued[1], glued[2], *chunks[1:]]
    return chunks


def _outlet_apart(value: str, rules: FieldRules) -> str:
    """An editor's value with a site's name run into the editor's set apart from it.

    >>> parse_field_line('责任编辑:韶山文明网馨玫'), parse_field_line('责任编辑:韶山文明网')
    ({'editors': ['馨玫']}, {})
    """
    glued = _office_then_name(rules.outlet_suffixes).fullmatch(value)  # round 90
    return f"{glued[1]} {glued[2]}" if glued else value


def _read_field_value(kind, value, add, rest, rules) -> None:
    """File one label's value under its kind (see parse_field_line).

    >>> parse_field_line('来源:冰城 +客户端    2021/11/11'), parse_field_line('(来源:九江报业融媒记者 沈明杰)')
    ({'source': ['冰城 +客户端'], 'date': ['2021/11/11']}, {'source': ['九江报业融媒'], 'authors': ['沈明杰']})
    >>> parse_field_line('时间:2019-11-23 来源:www.dygbzy.com 作者:国际法')
    {'date': ['2019-11-23'], 'source': ['www.dygbzy.com'], 'authors': ['国际法']}

    An organisation under an authors label (文/图：某某融媒体中心, 供稿：某某镇人民政府) is a
    ``credit``, a source after any 来源 value; under an editor's, an ``editing_offices`` issuer:

    >>> parse_field_line('文/图：平利县融媒体中心'), parse_field_line('（供稿：茂兰镇人民政府）')
    ({'credit': ['平利县融媒体中心']}, {'credit': ['茂兰镇人民政府']})
    """
    if not value or kind == "ignore":
        return
    if kind == "date":
        match = DATE_TIME.search(value)
        if match:
            add("date", [match.group(0).strip()])
            add("source", outlet_after_time(value[match.end() :], rules))
        elif len(value) <= 20 or _opens_on_a_stamp(value):  # kept as written, so that
            add("date", [re.split(r"\s{2,}|[|丨｜]", value)[0]])  # dating says if it is one
        else:
            rest.append(value)  # 时间：3月5日上午，镇党委召开…: a sentence, not a field
        return
    if kind == "issuer":  # | 发布机构 | 博鳌镇 |: kept apart, the source of last resort
        chunks = [c for c in re.split(rf"[\s{BARS}]+", value) if c]
        issuer = clean_source(chunks[0], rules) if chunks else ""
        add("issuer", [issuer] if issuer and is_source_name(issuer, rules) else [])
        rest.extend(chunks[1:])
        return
    if kind == "source":
        dates = [m.group(0).strip() for m in DATE_TIME.finditer(value)]
        chunks = [c for c in re.split(rf"[\s{BARS}]+", DATE_TIME.sub(" ", value)) if c]
        if (
            len(chunks) > 1
            and chunks[0].rstrip(":：") in rules.source_platforms
            and chunks[1] not in rules.not_sources  # 百家号 打印内容: the print button
        ):
            chunks = [chunks[0] + chunks[1], *chunks[2:]]  # 抖音号 平利融媒: one account
        elif len(chunks) > 1 and _APP_WORD.fullmatch(chunks[1]):
            chunks = [f"{chunks[0]} {chunks[1]}", *chunks[2:]]  # 冰城 +客户端: one app, as printed
        elif len(chunks) > 2 and chunks[1] in ("-", "－"):  # 商洛之窗 - 商洛日报: dash-joined
            chunks = [f"{chunks[0]}-{chunks[2]}", *chunks[3:]]
        chunks = _office_before_writer(chunks, rules)
        source = _first_of_listed(clean_source(chunks[0], rules) if chunks else "", rules)
        if source and (is_source_name(source, rules) or HOST_NAME.fullmatch(source)):
            add("source", [source])
        add("date", dates)
        # 来源：浙江在线 杜晓峰: a name after the source wrote it; a two-character name may be
        # spaced as a paper sets it (来源:人民日报 | 朱 虹  2018年…, round 57)
        for chunk in join_spaced_names(" ".join(chunks[1:]), rules).split():
            if is_person_name(chunk, rules):
                add("authors", [chunk])
            elif re.search(f"[{CJK}]", chunk) and chunk != source:  # a URL is furniture;
                rest.append(chunk)  # the outlet printed again is its account (潮新闻 潮新闻)
        return
    if kind == "authors" and rules.byline_pattern.search(value):  # 作者：兰州日报记者 张俊峰
        byline = parse_byline(value, rules)
        for found_kind, values in byline.as_fields().items():
            add(found_kind, values)
        add("newsroom", [byline.newsroom] if byline.newsroom else [])
        add("date", [m.group(0).strip() for m in DATE_TIME.finditer(value)])
        rest.extend(byline.rest.split())
        return
    reading = read_value(
        _outlet_apart(value, rules) if kind == "editors" else value, rules, after_role=True
    )
    if kind == "authors" and is_pen_name(value, reading, rules):  # 作者:苍松: signed so
        reading.names, reading.rest = reading.rest, []
    add(kind, reading.names + reading.handles)
    add("issuer", editing_offices(reading.organisations, rules) if kind == "editors" else [])
    if kind == "authors":  # 文/图：某某县融媒体中心; an organisation's photos (供图) are not
        add("credit", reading.organisations + reading.accounts)
        # 作者:孙东亚 汲滩镇 朱向晖: the town before a writer issues the text, as in a credit
        add("credit", [a for a in reading.affiliations if issues_the_text(a, rules)])
    add("date", reading.dates)
    rest.extend(reading.rest)


#: A disclosure catalogue's index number alone on its line (索引号 of the national standard:
#: the office's code, the year, a serial), its label lost: • 729592848/2017-00034
_INDEX_NUMBER = re.compile(rf"^[\s{BULLETS}]*[0-9A-Z]{{8,18}}/\d{{4}}-\d{{3,6}}\s*$")


def issuer_under_index_number(line: str, below: str) -> dict | None:
    """The issuing office a disclosure catalogue prints under its index number when a
    scrape dropped the labels (索引号 / 发布机构): a value list, office second.

    >>> issuer_under_index_number('  • 729592848/2017-00034', '  • 新郑市龙湖镇人民政府')
    {'issuer': ['新郑市龙湖镇人民政府']}
    >>> issuer_under_index_number('  • 729592848/2017-00034', '  • 工作,工作信息') is None
    True
    """
    office = credit_line(below) if _INDEX_NUMBER.match(line) else None
    return {"issuer": [office]} if office else None


def value_below_label(line: str, below: str, rules: FieldRules | None = None) -> dict | None:
    """The source a template prints on the line under its own label (``来源:`` / ``道口镇党政办``).

    Some county CMS templates and disclosure tables set each label and its value on lines
    of their own (``发布时间:`` / ``2017-03-09`` / ``作者:`` / ``来源:`` / ``道口镇党政办``), a
    blank line between them on some (``• 信息来源:`` / `` `` / ``蔡集镇人民政府``). The line
    under an empty 来源 label is its value only when it is a name: no sentence, no label of
    its own, no date, no person; an organisation or outlet by its ending. A 发文机构 cell is
    left alone: on such tables it names the site itself (``县政府网站``), the host.

    >>> value_below_label('来源:', '道口镇党政办'), value_below_label('• 信息来源:', '    蔡集镇人民政府')
    ({'source': ['道口镇党政办']}, {'source': ['蔡集镇人民政府']})
    >>> value_below_label('来源：', '1月13日，宁远县仁和镇召开述职评议会') is None
    True
    >>> [value_below_label('来源:', x) for x in ['• 发文机构:', '2020-01-15', '王程程', '本站']]
    [None, None, None, None]
    >>> value_below_label('作者:', '道口镇党政办') is None, value_below_label('来源:本站', '人民网') is None
    (True, True)
    >>> value_below_label('• 发文机构:', '    县政府网站') is None
    True
    >>> value_below_label('内容来源', '绍兴农业农村')  # a WeChat post's tail, label alone
    {'source': ['绍兴农业农村']}
    """
    rules = rules or load_field_rules()
    label_line = strip_wrapping(line).strip()
    label = rules.label_pattern.fullmatch(label_line)  # 来源: / 内容来源 (no colon at all)
    kind = rules.label_kind.get(squeeze(label.group(1) if label else label_line))
    value = strip_wrapping(below).strip()
    if kind != "source" or not 2 <= len(value) <= 30:
        return None
    if re.search(r"[。，,！？!?；;：:\s]", value) or DATE_TIME.search(value):
        return None  # a sentence, a date, or a field line of its own
    name = clean_source(value, rules)
    if not is_source_name(name, rules) or not is_organisation(name, rules):
        return None
    return {"source": [name]}


def is_credit_paragraph(paragraph: str, rules: FieldRules | None = None) -> bool:
    """True for a paragraph that is only credits (总审丨甲 统筹丨乙 责编丨丙), no sentence.

    >>> is_credit_paragraph('总审丨高明远 统筹丨刘一 编校丨林夕 责编丨韩冰')
    True
    >>> is_credit_paragraph('镇党委书记在点评时说，支部必须“沉下去”。')
    False
    """
    rules = rules or load_field_rules()
    if re.search("[。！？]", paragraph):
        return False
    found = parse_field_line(paragraph, rules)
    return bool(found) and any(found.get(k) for k in ("editors", "reviewers", "authors"))
