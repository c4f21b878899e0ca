"""A model of a news page: its zones (header, body, footer), prose and captions.

A scraped report is a page, not a text: above the story sit a site banner, a menu,
a breadcrumb, the headline, a line of date, source and author; below it, bylines,
editors, copyright and contact lines. Sites differ in every detail, but the shape is
the same everywhere, so this module reads the shape rather than strings seen on one
site: the body is the run of lines that read as prose; the header is what precedes
it; the headline is the header line that *looks* like one (length, punctuation, what
it shares with the body, where it stands) and does not look like a banner, a column
name, an e-paper line or a contact line (vocabularies in ``data/page_roles.yaml``).
Every choice keeps its evidence, and a weak choice says so, so that a curator can
review it rather than trust it.
The headline itself is chosen in headline.py.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import squeeze
from .lede_words import lede_time_words
from .page_roles import PageRoles, load_page_roles  # noqa: F401  (re-exported)
from .text_end import REPORT_DATELINE, prose_above_editor_line

HAN = re.compile(r"[\u4e00-\u9fff]")
#: The arrows a breadcrumb parts its steps with (首页 > 新闻 > X, 首页 » 问答, 首页＞要闻): one
#: definition for every reader of breadcrumbs (headline, column heading, place).
CRUMB_ARROWS = ">＞»›"
CRUMB_STEP = re.compile(rf"\s*[{CRUMB_ARROWS}]\s*")  # one step's parting, with its spaces
_SENTENCE_PUNCTUATION = re.compile(r"[。！？；!?;]|[，,]")
_SENTENCE_END = tuple("。！？…”」』!?")
_RUNS_ON = (*_SENTENCE_END, "；", ";", "，", ",", "、", "：", ":", ".")  # a line running on
#: The longest headline (in Chinese characters) that still reads as one without a stop.
HEADLINE_MAX_HANS = 48


def han_count(text: str) -> int:
    """How many Chinese characters a line has.

    >>> han_count('2023-07-25 10:50 作者:方凤玲')
    5
    """
    return len(HAN.findall(text))


def han_pairs(text: str) -> list[str]:
    """The pairs of Chinese characters a text runs through, other characters left out:
    what a caption, a copied headline or a headline shares with the story, counted so that
    word order and the small words between do not matter.

    >>> han_pairs('党员联户 双向发力！')
    ['党员', '员联', '联户', '户双', '双向', '向发', '发力']
    """
    hans = "".join(HAN.findall(text))
    return [hans[i : i + 2] for i in range(len(hans) - 1)]


def reads_as_prose(line: str) -> bool:
    """True for a line of running text: long, Chinese, with sentence punctuation inside.

    The body of every report is prose; headlines, banners, menus and field lines are not.

    >>> reads_as_prose('今年以来,潼关县太要镇深入贯彻落实党的二十大精神,在加强党的建设方面想点子、出实招。')
    True
    >>> reads_as_prose('潼关县太要镇:党建引领激发乡村振兴新动能')
    False
    >>> reads_as_prose('亚尔镇：党员中心户当好“连心桥”，葡萄园里传来好消息！')
    False
    >>> reads_as_prose('首页 | 新闻中心 | 政务公开 | 政务服务 | 互动交流 | 走进某县 | 专题专栏')
    False
    >>> reads_as_prose('甘孜新闻 稻城新闻 乡城新闻 巴塘新闻 理塘新闻 色达新闻 丹巴新闻 九龙新闻 雅江新闻 道孚新闻 炉霍新闻 新龙新闻 德格新闻')
    False

    However long, a line with no clause punctuation at all is no paragraph: an e-paper's
    list of the issue's other headlines run together above the story is not its text.

    >>> reads_as_prose('我市收听收看全市疫情防控指挥部电视电话会议市长到洗耳河巡河调研持续巩固疫情防控'
    ...                '工作成果驻村书记来站台 山货走进大郑州工作队帮俺架起连心桥小兔子撬动大产业')
    False

    A long line that opens on a lede's time (近日, 6月5日) is the text's first sentence even
    when it holds one clause and lost its stop:

    >>> reads_as_prose('近日“赓续中华文脉谱写铸牢华章”2025年常熟市民族团结进步宣传月启动仪式在董浜举行')
    True

    A feature's opening scene may trail off in an ellipsis, its only stop (round 110):

    >>> reads_as_prose('苗寨屋檐下的大红灯笼迎风飘扬，屋内火塘上一串串新熏的腊肉还在往下滴油……')
    True
    """
    line = line.strip()
    hans = han_count(line)
    if hans < 20:
        return False
    if hans <= 32 and "。" not in line and line.endswith(("！", "？", "!", "?")):
        return False  # a headline that calls out: 龙泉关镇：村支书上台“比武”，比出干劲比出实招！
    marks = len(_SENTENCE_PUNCTUATION.findall(line)) + line.endswith("…")
    if TABLE_TITLE.match(line):
        return False
    if marks < 2 and hans >= LEDE_HANS and _timed_opening().match(line):
        return True  # 近日“赓续中华文脉…”2025年常熟市…启动仪式在董浜举行 (round 103): one clause
    if marks == 0:
        return False  # a row of items (甘孜新闻 稻城新闻 …), a run of other stories' headlines

    return (marks >= 2 and hans >= 0.6 * len(line)) or hans >= 70


#: The fewest characters of a one-clause line opening with a lede's time that make it the
#: lede: longer than a headline runs.
LEDE_HANS = 32


@functools.cache
def _timed_opening() -> re.Pattern:
    """A lede's time opening (lede_words: 近日, 日前, 今年以来…; or 6月5日). A dateline's 讯 or
    电 is not asked, since a run of other stories' headlines may hold 电视 early on
    (我市收听收看…电视电话会议)."""
    return re.compile(rf"^(?:{lede_time_words()}|\d{{1,2}}月\d{{1,2}}日)")


def headline_shaped(line: str) -> bool:
    """True for a line with commas that is a headline all the same: no 。 in it, and it
    ends without a stop, or asks (or calls out) before its subtitle.

    Only the first line of prose on a page can be one (a later line without a stop is a
    paragraph cut short by the scrape, and stays text).

    >>> headline_shaped('村集体没钱办事，党支部如何“破题”？——单县浮岗镇一个后进村的翻身记')
    True
    >>> headline_shaped('“白天是老板,晚上是网格员”,佛山乐从这群党员商户把服务送到家门口')
    True
    >>> headline_shaped('今年以来,太要镇深入贯彻落实党的二十大精神,在加强党的建设方面想点子、出实招。')
    False
    >>> headline_shaped('雪崩已致13人遇难!搜救者:“现场白茫茫一片”'), headline_shaped('他说:“都埋平了。”')
    (True, False)
    >>> headline_shaped('聚力同心 服务为民,共绘民族团结新愿景 —甘其毛都镇举行“弘扬雷锋精神,繁荣志愿服务”活动'
    ...                 '暨“北疆红石榴”志愿服务队成立仪式')
    True
    """
    line = line.strip()
    # a main line and its subtitle after a dash may each be as long as a headline (聚力同心
    # 服务为民,共绘民族团结新愿景 —甘其毛都镇举行…志愿服务队成立仪式, round 74)
    parts = re.split(r"——|--|\s—|—(?=[\u4e00-\u9fff“])", line, maxsplit=1)
    if any(han_count(part) > HEADLINE_MAX_HANS for part in parts) or "。" in line:
        return False
    headline = parts[0].rstrip()
    # it asks or calls out, or simply stops (trailing off …… it is a lede as often: text), or
    # closes on a quotation with no stop of its own (搜救者：“…都埋平了”; a sentence's: 了。”)
    quoted = line.endswith(("”", "」", "』")) and not line[:-1].endswith(_SENTENCE_END)
    return headline.endswith(("！", "？", "!", "?")) or not line.endswith(_RUNS_ON) or quoted


def _may_be_headline(line: str) -> bool:
    """A line above the text that could be the headline itself: mostly Chinese, 8 to 48
    characters, no full stop. When one stands there, the first line of prose is the lede
    even if it is shaped like a headline: text is never taken for a headline lightly. A
    breadcrumb is none (您的当前位置:首页 >, round 72), whatever its length."""
    text = squeeze(line)
    hans = han_count(text)
    crumb = any(arrow in text for arrow in CRUMB_ARROWS)
    return (
        8 <= hans <= HEADLINE_MAX_HANS
        and "。" not in text
        and hans >= 0.7 * len(text)
        and not crumb
    )


def closes_prose(line: str) -> bool:
    """True for a short line that ends a sentence: the body can end with one.

    >>> closes_prose('让党旗在乡村振兴一线高高飘扬！'), closes_prose('版权所有 某某县人民政府')
    (True, False)

    A title labelled under the text (标题:“…”) ends with a quote but is the page's note:

    >>> closes_prose('标题:“禹王台区南郊乡多措并举做好秸秆禁烧工作”')
    False

    The sentence may carry its writer's credit in brackets, glued on (…负责同志陪同调研。(编辑
    高慧渊), round 48): the credit is read off the last paragraph (trailing_credits).

    >>> closes_prose('学校团委负责同志陪同调研。(编辑 高慧渊)'), closes_prose('(编辑 高慧渊)')
    (True, False)
    """
    line = _GLUED_CREDIT.sub("", line.strip())
    titled = _TITLE_LABEL.match(line) or TABLE_TITLE.match(line)
    return han_count(line) >= 8 and line.endswith(_SENTENCE_END) and not titled


#: A bracket closing a sentence's line: its writer's or editor's credit (（编辑 高慧渊）).
_GLUED_CREDIT = re.compile(r"(?<=[。！？!?”])\s*[（(][^（）()]{1,24}[)）]$")


TITLE_LABELS = r"标\s*题|题\s*目|文章标题"  # 标题：X under a text (headline.labelled_title_below)
#: An open-government table's 名称 cell (| 名称: | 禁牧巡查不松懈 | 文号: |, rounds 64–65; 信息名称 | … |
#: 内容概述 | 为了…。|, round 77; [ 名 称 ] | …, round 87): the title, as 标题 gives one; never text.
TABLE_TITLE = re.compile(
    r"^\|?\s*\[?\s*(?:(?:信息|文件|文章)?名\s*称|标\s*题)\s*\]?\s*[:：]?\s*\|\s*([^|]+?)\s*(?:\||$)"
)
#: A repost's note of the headline it replaced: 原标题：…, or 原题目：… (round 41)
ORIGINAL_TITLE_LABEL = r"原(?:标题|题目)"
_TITLE_LABEL = re.compile(rf"^(?:{TITLE_LABELS}|{ORIGINAL_TITLE_LABEL})\s*[:：]")


def opens_prose(line: str) -> bool:
    """True for a short line right above the text that is its first line all the same:
    a one-sentence lede (…。), or a clause that runs on into the text with a semicolon
    (曾经，这里山高路远，村民出门要蹚水过河； / 如今，走进…). A headline never ends
    with ； or ，, and a line cut from the text by a blank line is not asked about.

    >>> opens_prose('曾经，这里山高路远，村民出门要蹚水过河；')
    True

    A clause cut by the page's own line break runs on with a comma, even when the
    byline is glued before it (本报记者 甲 通讯员 乙昨天傍晚， / 金山区…村的礼堂里…):

    >>> opens_prose('本报记者 陈嘉禾 通讯员 蒋明华昨天傍晚，'), opens_prose('发布时间：2023-05-06，')
    (True, False)
    >>> opens_prose('党建引领激活山村治理'), opens_prose('关键词：党建；')
    (False, False)
    """
    line = line.strip()
    if line.endswith(("。", "。”")):
        return closes_prose(line)
    if opens_with_a_saying(line):
        return True
    if ":" in line or "：" in line:
        return False
    if line.endswith(("，", ",")):
        return han_count(line) >= 4  # a clause the page wrapped before its text goes on
    return line.endswith("；") and "，" in line and han_count(line) >= 8


_QUOTE_OPEN = ("“", "「", '"')
_QUOTE_CLOSE = ("”", "」", '"')
_CLAUSE = re.compile(r"[，,、；;]")


def opens_with_a_saying(line: str) -> bool:
    """True for a quoted saying right above the text that opens the report: a rhyme or a
    villager's words in three or more clauses, the quotation running to the line's end
    (“山高路又远，出门全靠腿，一年忙到头，粮食不够吃！” / 往日的…村，…). A spam copy may
    garble its closing mark (…吃�！�); a headline that opens with a quotation goes on
    after it (“白天是老板,晚上是网格员”,佛山乐从这群党员商户…), and one of two clauses
    is a slogan, so neither is taken.

    >>> opens_with_a_saying('“山高路又远，出门全靠腿，一年忙到头，粮食不够吃\ufffd！\ufffd')
    True
    >>> opens_with_a_saying('“以前开会没人来，现在不叫自己来，党员带头大家跟！”')
    True
    >>> opens_with_a_saying('“白天是老板，晚上是网格员”，佛山乐从这群党员商户把服务送到家门口')
    False
    >>> opens_with_a_saying('“党建引领，产业兴旺”')
    False
    """
    line = line.strip()
    if not line.startswith(_QUOTE_OPEN) or han_count(line) < 8:
        return False
    inside = line[1:]
    closing = [i for i, ch in enumerate(inside) if ch in _QUOTE_CLOSE]
    tail = inside[closing[0] + 1 :] if closing else ""
    if re.search(r"[\u4e00-\u9fff]", tail) or "：" in inside or ":" in inside:
        return False  # the quotation is part of a longer line: a headline or a field
    return len(_CLAUSE.findall(inside)) >= 2


#: How a paragraph opens that goes on from the sentence above it (这是…, 说这话的是…).
_GOES_ON = re.compile(r"^(?:这|那|此|他|她|它|说这话的|如今|而今|然而|而|但|正是|就是)")
#: A sentence that opens with a date or names a photograph: a caption's opening.
_CAPTION_OPENING = re.compile(r"^(?:\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|图为|图片|上图|下图)")


def is_lede_sentence(line: str) -> bool:
    """True for a line that could be a report's one-sentence lede set apart by a blank
    line: a sentence of two clauses or more that stops with 。, shaped like no caption
    (no date or 图为 opening it, no scene word ending it, no one shown at work in a place,
    no one's position in a photograph). A headline never ends with 。.

    >>> is_lede_sentence('有一种责任，一经扛起，再难放下。')
    True
    >>> is_lede_sentence('索花村新貌。'), is_lede_sentence('4月26日，党员志愿者在村口巡查，清理垃圾。')
    (False, False)
    >>> is_lede_sentence('村支书上台“比武”，比出干劲比出实招！')
    False
    """
    text = line.strip()
    if not text.endswith(("。", "。”")) or not 8 <= han_count(text) <= 40:
        return False
    if (
        not _CLAUSE.search(text)
        or re.search(r"[:：]|摄|供图", text)
        or _CAPTION_OPENING.match(text)
    ):
        return False
    from .caption_shapes import is_scene_caption, people_at_work  # captions ask page's counts

    bare = text.rstrip("。”")
    return not (is_scene_caption(bare) or people_at_work().match(bare))


def filled_above(lines: list[str], index: int) -> int:
    """The index of the nearest line above ``index`` that is not blank, or -1.

    >>> filled_above(['标题', '', '', '正文'], 3), filled_above(['', '正文'], 1)
    (0, -1)
    """
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return above


#: A dateline's line this long at least is a lede, not a dateline's stub left over a caption.
LEDE_MIN_HAN = 20


def lede_across_blank(lines: list[str], start: int) -> int:
    """Where the body starts once a one-sentence lede set apart by a blank line is in it.

    A feature story opens with a line of its own (有一种责任，一经扛起，再难放下。),
    a blank line, then the text; a lead photograph's caption stands in the same place.
    The lede is taken only when it reads as one (is_lede_sentence) and either says
    more than a caption does (three clauses or more) or the text goes on from it
    (这是…, 说这话的是…); never when the text opens with its dateline (本报讯…), which
    is where a report begins.

    >>> lede_across_blank(['石门村的“老支书”', '有一种责任，一经扛起，再难放下。', '',
    ...     '这是石门村党支部书记王德明常说的一句话，他在村里干了二十年，带着村民修路建园。'], 3)
    1
    >>> lede_across_blank(['石门村的“老支书”', '王德明在果园里查看长势，村民围在一旁。', '',
    ...     '本报讯 近日，石门村党支部书记王德明带领党员在果园开展技术指导，帮助村民解决难题。'], 3)
    3

    A lede that opens with its dateline is where the report begins, whatever a scrape left in
    it (Latin brand names, an ellipsis closing it: round 71's mirror of a wire story):

    >>> lede_across_blank(['销往全球 襄城有个鞋业小镇正崛起', '中新网河南新闻9-21电 (王宇 张甜甜)年产鞋800万双,'
    ...     '生产Next、Marks and spencer、Ted baker等世界品牌鞋,销往全球多地……', '',
    ...     '河南省襄城县麦岭镇，曾经传统的农业乡镇，因发展制鞋产业完成华丽转型。'], 3)
    1
    """
    above = filled_above(lines, start)
    if above >= 0 and above < start - 1 and REPORT_DATELINE.match(lines[above].strip()):
        return above if han_count(lines[above]) >= LEDE_MIN_HAN else start
    if above < 0 or above == start - 1 or not is_lede_sentence(lines[above]):
        return start
    text = lines[start].strip()
    if REPORT_DATELINE.match(text):
        return start
    clauses = len(_CLAUSE.findall(lines[above])) + 1
    return above if clauses >= 3 or _GOES_ON.match(text) else start


def clause_across_blank(lines: list[str], start: int) -> int:
    """Where the body starts once a clause that runs on into the text across blank lines
    is in it: a spam copy breaks a report's sentences at their commas and sets its own
    lines between the pieces (龙兴镇是一座…古镇， / [keyword, removed] / ，每逢周末…).
    A headline or a field line never ends with a comma, nor with a lede's parallel line's ；.

    >>> clause_across_blank(['龙兴镇：古镇党员上街服务', '', '龙兴镇是一座有着数百年历史的古镇，', '',
    ...     '，每逢周末游客众多，古镇社区党委组织党员在主要街巷轮流值守，劝导游客文明游览。'], 4)
    2
    >>> clause_across_blank(['龙兴镇：古镇党员上街服务', '', '党员在主要街巷轮流值守，劝导游客文明游览。'], 2)
    2
    """
    above = filled_above(lines, start)
    text = lines[above].strip() if above >= 0 else ""
    if above == start - 1 or not text.endswith(("，", ",", "；", ";")) or re.search("[:：]", text):
        return start
    return above if han_count(text) >= 4 else start


def caption_above_dateline(lines: list[str], start: int) -> int:
    """Where the body starts when photographs' captions stand over a text that opens with its
    dateline: a report begins at 本报讯 / 某某网…讯, so short sentences above it (寨子镇党员志愿
    者在村口清扫积雪，村民也拿起扫帚一起干。) are the lead photos' captions, prose or not.

    >>> caption_above_dateline(['寨子镇：党员扫雪保畅通', '寨子镇党员志愿者在村口清扫积雪，村民也拿起扫帚一起干。', '',
    ...     '本报讯（通讯员 刘佳宁）1月21日，一场大雪过后，寨子镇各村党员志愿者一早上街清扫积雪。'], 1)
    3
    >>> caption_above_dateline(['近日，寨子镇组织党员志愿者清扫积雪，确保群众出行安全。', '',
    ...     '镇党委要求各村党支部把扫雪作为服务群众的具体行动，党员和干部分段包干。'], 0)
    0
    >>> caption_above_dateline(['首家“四站融合”服务站点运行。', '村民在站点购物。', '红网湘潭县分站5月27日讯'], 0)
    2
    """
    from .caption_shapes import is_caption_sentence, is_clause_caption  # they ask page's counts

    if start >= len(lines) or not is_caption_sentence(lines[start]):
        return start
    below = start + 1  # two or three captions may stand there (round 25: …分站…讯 under two)
    while below < min(len(lines), start + 6) and (
        not lines[below].strip() or is_caption_sentence(lines[below])
    ):
        below += 1
    opening = lines[below].strip() if below < len(lines) else ""
    dated = _FULL_DATE_OPENING.match(opening) and is_clause_caption(lines[start])
    return below if REPORT_DATELINE.match(opening) or dated else start


#: A lede opening on its full date (2020年12月29日下午，…): under a one-clause sentence, that
#: sentence is the lead photograph's caption, as over a dateline (round 93).
_FULL_DATE_OPENING = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日")


@dataclass(frozen=True)
class Zones:
    """Where the body starts and ends (indices into the page's lines; end exclusive)."""

    body_start: int
    body_end: int


def find_zones(lines: list[str]) -> Zones:
    """Split a page into header [0, start), body [start, end) and footer [end, …).

    >>> find_zones(['某某县人民政府', '张兰镇：党建引领绘就新画卷', '发布时间：2025-03-13',
    ...             '近年来，张兰镇紧紧围绕乡村振兴战略，坚持以党建为引领，将党建工作与业务工作深度融合。',
    ...             '强化组织建设', '镇党委精心组织村党支部书记、党员骨干定期开展专题培训，提升理论水平。',
    ...             '（张三 李四）', '版权所有：某某县人民政府'])
    Zones(body_start=3, body_end=6)
    """
    prose = [i for i, line in enumerate(lines) if reads_as_prose(line)]
    if (
        len(prose) > 1
        and headline_shaped(lines[prose[0]])
        and not any(_may_be_headline(line) for line in lines[: prose[0]])
    ):
        prose = prose[1:]  # a headline with commas above the text (…如何“破题”？——…)
    # header_blurbs reads lines as this module does, so it is imported here, not above
    from .header_blurbs import (
        clauses_below_meta_line,
        dateline_wrapped_above,
        prose_below_editors_note,
        prose_below_meta_line,
    )

    prose = prose_below_meta_line(lines, prose_below_editors_note(lines, prose))
    # a text printed one clause to a line, under its meta line
    prose = prose or clauses_below_meta_line(lines, text_in_clause_lines(lines))
    if not prose:
        return Zones(0, len(lines))
    prose = prose_above_editor_line(lines, prose)  # 责编：… closes the text (round 95)
    start = prose[0]
    while start > 0:
        if opens_prose(lines[start - 1]) or dateline_wrapped_above(lines, start):
            start -= 1  # a one-sentence lede is body too, and so is a clause running into the text
            continue
        above = clause_across_blank(lines, start)
        if above == start:
            break
        start = above
    start = caption_above_dateline(lines, lede_across_blank(lines, start))
    end = prose[-1] + 1
    while end < len(lines) and (
        not lines[end].strip() or closes_prose(lines[end]) or heading_over_last_words(lines, end)
    ):
        end += 1
    while end > prose[-1] + 1 and not lines[end - 1].strip():
        end -= 1
    return Zones(start, end)


def heading_over_last_words(lines: list[str], index: int) -> bool:
    """True for a section heading under the last paragraph with a short closing sentence
    under it (党员带头进社区 / 据悉，街道将持续开展宣传教育。): the text's last section, too short
    to read as prose, not the page's footer.

    >>> heading_over_last_words(['党员带头进社区', '', '据悉，街道将持续开展宣传教育。'], 0)
    True
    >>> heading_over_last_words(['党员带头进社区', '版权所有 某某县人民政府'], 0)
    False
    """
    heading = lines[index].strip()
    below = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    return (
        4 <= han_count(heading) <= 20
        and not re.search(r"[，。！？；：,.!?;:|｜]", heading)
        and closes_prose(below)
        and bool(re.search(r"[，,]", below))
    )


#: How many lines of clauses make a text printed one clause to a line.
CLAUSE_LINES_OF_A_TEXT = 4


def text_in_clause_lines(lines: list[str]) -> list[int]:
    """The lines of a text a phone account prints one clause to a line (北京的东北方向， /
    有一个位于深山区的小村庄， / …): no line is long enough to read as prose, but each ends
    as a clause or a sentence does; [] unless a page has several such lines.

    >>> text_in_clause_lines(['发现传统古村落——黄峪口', '', '北京的东北方向,', '', '有一个位于深山区的小村庄,',
    ...                       '村民们生活在一条狭长山谷内,', '它就是——密云区石城镇黄峪口村。'])
    [2, 4, 5, 6]
    >>> text_in_clause_lines(['首页 | 新闻中心', '张兰镇：党建引领绘就新画卷', '发布时间：2025-03-13'])
    []
    """
    clauses = [i for i, line in enumerate(lines) if opens_prose(line) or closes_prose(line)]
    return clauses if len(clauses) >= CLAUSE_LINES_OF_A_TEXT else []
