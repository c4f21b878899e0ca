"""Header lines that look like a headline and are not one, or that wrap one.

Kinds that recur on real pages of many sites (PATTERNS.md, "Session 7 rules (T:
headlines)"): the report's first sentence set apart above the text (不久前，…), a
photograph's caption in round brackets or a ``——记…`` subtitle standing where no main
line is printed, and a column label a template joins to a headline with a spaced bar
(``共富党建联盟 | 乳山市育黎镇：…``). The headline chooser (headline.py) asks these; the
time openings are ``lede_time_openings`` in ``data/headline_kinds.yaml``.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from . import DATA, alternation, squeeze
from .caption_shapes import is_bracketed_caption, is_caption_sentence, shows_people_at_work
from .lede_words import lede_time_words
from .page import Zones, han_count, load_page_roles
from .photo_positions import marked_positions
from .second_print import ABOVE_DATED, PRINTED_TWICE

if TYPE_CHECKING:
    from .headline import HeadlineCandidate


@functools.cache
def _kinds(path: Path = DATA / "headline_kinds.yaml") -> dict:
    """The data file, read once for every pattern below."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def kind_words(key: str) -> list[str]:
    """One list of the data file (headline_kinds.yaml), for the modules that share it."""
    return _kinds()[key]


@functools.cache
def _forum_endings() -> tuple[str, ...]:
    return tuple(sorted(_kinds()["forum_endings"], key=len, reverse=True))


@functools.cache
def _interview_label() -> re.Pattern:
    return re.compile(rf"^\s*(?:{alternation(_kinds()['interview_labels'])})\s*[:：]")


def ends_unfinished(text: str) -> bool:
    """True for a header line ending on a word that wants what follows it (``unfinished_endings``):
    a headline broken across two lines, its rest on the next.

    >>> ends_unfinished('中庚党建 中庚环球创意中心被确定为第一批'), ends_unfinished('幸福落脚点')
    (True, False)

    A sentence saying what something is (是 … 的) is finished (``finished_with_de``):

    >>> ends_unfinished('新闻是有分量的'), ends_unfinished('党建引领下的乡村振兴新路上的')
    (False, True)
    """
    text = text.strip()
    return (
        6 <= han_count(text) <= 30
        and bool(re.search(_kinds()["unfinished_endings"], text))
        and not re.search(_kinds()["finished_with_de"], text)
    )


@functools.cache
def _purpose_opening() -> re.Pattern:
    return re.compile(rf"^为了?(?:{alternation(_kinds()['lede_purpose_words'])})")


def opens_on_purpose(text: str) -> bool:
    """True for a line opening on what its sentence sets out to do (为纵深推进…, 为进一步…):
    a lede's first words; a headline naming whom it serves (为民办实事) stays one.

    >>> opens_on_purpose('为纵深推进娄底市直机关基层党组织'), opens_on_purpose('为民办实事 解群众急难愁盼')
    (True, False)
    """
    return bool(_purpose_opening().match(text.strip()))


@functools.cache
def _lede_opening() -> re.Pattern:
    data = _kinds()
    words = lede_time_words()
    periods = alternation(data["lede_period_endings"])
    dated = r"(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日(?:上午|下午|晚上?|早上|凌晨|中午)?"
    return re.compile(rf"^(?:{words}|{dated}|[\u4e00-\u9fff]{{1,6}}(?:{periods}))\s*[，,]")


def opens_as_lede(text: str) -> bool:
    """True for a line that opens on when things happened, then a comma: a report's
    first sentence (its lede), never a headline, which says what happened.

    >>> opens_as_lede('不久前，永和镇政府旁的居民不太明白：镇政府怎么每天都有人出入')
    True
    >>> opens_as_lede('12日，新民市张家屯镇柴家窝堡村，村民们趁着雨停补种白菜')
    True
    >>> opens_as_lede('入夏以来，石门镇党员志愿者每天清晨巡河')
    True

    A headline that names a time without the comma, or a time inside it, is left alone:

    >>> opens_as_lede('今年以来石门镇新建党群服务站12个'), opens_as_lede('石门镇：近日，党员巡河忙')
    (False, False)
    """
    return bool(_lede_opening().match(text.strip()))


# Speech quoted whole on its line, clauses and all (“三百多斤，下午就拉到镇上去！”): a lede's
# opening words. A headline may open with a quotation (“白天是老板，晚上是网格员”，佛山…) or be
# a quoted name (“乡亲的事就是党员的事”), but none is a quoted sentence and nothing else.
_QUOTED_SPEECH = re.compile(r"^[“\"「][^”\"」]*[，,][^”\"」]*[。！？!?…]?[”\"」][。！？!?]?$")

# A line of dialogue: a short question, exclamation or statement quoted whole (“你这菜是哪的
# 啦？”, “复兴的柑橘红了。”). Two such lines together open a report with its talk (a WeChat
# feature's opening, round 38; a friend-circle's posts quoted one a line, round 104); a
# headline may be one quoted line, never one of a pair, and never ends on a full stop.
_QUOTED_LINE = re.compile(r"^[“\"「][^”\"」]{2,40}[！？!?。][”\"」]$")


def in_dialogue(lines: list[str], index: int) -> bool:
    """True for a quoted question or exclamation next to another one, blank lines aside.

    >>> in_dialogue(['记者 卉平', '“你这菜是哪的啦？”', '', '“福如东的哇！”'], 3)
    True
    >>> in_dialogue(['“你幸福吗？”', '——记平乐县桥亭乡党委书记'], 0)
    False
    >>> in_dialogue(['“复兴的柑橘红了。”', '“这批柑橘明天要去国外了。”'], 0)
    True
    """
    if not _QUOTED_LINE.match(lines[index].strip()):
        return False
    filled = [i for i, line in enumerate(lines) if line.strip()]
    at = filled.index(index)
    near = filled[max(at - 1, 0) : at] + filled[at + 1 : at + 2]
    return any(_QUOTED_LINE.match(lines[i].strip()) for i in near)


#: What each kind of line loses as a headline candidate, and why.
_LEDE_PENALTY = 0.6
_CAPTION_PENALTY = 1.0
_LONE_SUBTITLE_PENALTY = 0.4
#: A subtitle's opening: its dash, or 记 with the dash lost (记苍梧县六堡镇山坪村党支部书记…,
#: round 42); 记者, 记住, 记忆, 记录, 记得 open a headline's own words.
_LONE_SUBTITLE = re.compile(r"^(?:——|--|记(?!者|住|忆|录|得))")


def below_lone_lines(scored: list[HeadlineCandidate], threshold: float) -> None:
    """Mark down header lines that are never the headline on their own: a lede (不久前，…, or
    speech quoted whole), a photograph's caption in round brackets (（路边装好的路灯）) and a dashed subtitle
    (——记…) with no main line above it that could be the headline. None of the ~900
    headlines labelled so far has any of these shapes; the lines stand above the text on
    pages that print no headline, or under the one they print.

    >>> from township_reports.ingest.headline import HeadlineCandidate
    >>> head = HeadlineCandidate(0, '兴宁“村鸭”如何游向珠三角？', 0.9)
    >>> lede = HeadlineCandidate(2, '不久前，永和镇居民不太明白：镇政府怎么每天都有人出入', 0.94)
    >>> below_lone_lines([head, lede], 0.5); round(lede.score, 2)
    0.34
    >>> lone = HeadlineCandidate(0, '——记丙安镇艾华村驻村第一书记的为民情怀', 0.5)
    >>> below_lone_lines([lone], 0.5); round(lone.score, 2)
    0.1
    >>> main = HeadlineCandidate(0, '蜂蜜卖出去了', 0.9)
    >>> under = HeadlineCandidate(1, '——记丙安镇艾华村驻村第一书记的为民情怀', 0.5)
    >>> below_lone_lines([main, under], 0.5); round(under.score, 2)
    0.5
    >>> speech = HeadlineCandidate(1, '“三百多斤，下午就拉到镇上的加工厂去！”', 0.9)
    >>> named = HeadlineCandidate(0, '“乡亲的事就是党员的事”', 0.9)
    >>> below_lone_lines([named, speech], 0.5); round(speech.score, 2), round(named.score, 2)
    (0.3, 0.9)
    """
    for candidate in scored:
        if candidate.score <= 0:
            continue
        if opens_as_lede(candidate.text):
            candidate.score -= _LEDE_PENALTY
            candidate.reasons.append(f"opens as a lede (近日，…) (-{_LEDE_PENALTY})")
        elif _QUOTED_SPEECH.match(candidate.text.strip()) or _quoted_pair(candidate, scored):
            candidate.score -= _LEDE_PENALTY
            candidate.reasons.append(f"speech quoted whole (a lede's words) (-{_LEDE_PENALTY})")
        elif is_bracketed_caption(candidate.text):
            candidate.score -= _CAPTION_PENALTY
            candidate.reasons.append(f"a caption in round brackets (-{_CAPTION_PENALTY})")
        elif _LONE_SUBTITLE.match(candidate.text) and not any(
            other.index < candidate.index and other.score >= threshold for other in scored
        ):
            candidate.score -= _LONE_SUBTITLE_PENALTY
            candidate.reasons.append(
                f"a subtitle with no main line above it (-{_LONE_SUBTITLE_PENALTY})"
            )
    below_page_lines(scored, threshold)  # a time stamp, a forum banner, a short line over the text


# A time stamp a source line carries (大众新闻·农村大众 07-10原创, 04-08 16:20): a month and a day
# written with two digits each and a hyphen, or a clock time. No labelled headline holds one (a
# headline's span of years or ages, 2023-2024年, 3-6岁, is written otherwise).
_STAMP = re.compile(
    r"(?<![\d-])(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])(?![\d-])|(?<!\d)[0-2]?\d:[0-5]\d(?!\d)"
)
#: The fewest Chinese characters a line needs to be credited for standing right over the text
#: when a headline stands above it: shorter, it is as often a section line or a caption there.
_SHORT_LINE = 8
_ABOVE_TEXT = "stands right above the body"


def is_forum_banner(text: str) -> bool:
    """True for a place's forum naming itself (上高县论坛): a banner over a reposted story.

    >>> is_forum_banner('上高县论坛'), is_forum_banner('陆良论坛')
    (True, True)
    >>> is_forum_banner('石门镇举办首届乡村振兴论坛'), is_forum_banner('乡村振兴论坛')
    (False, False)
    """
    from .headline_forms import is_place_tag, names_a_place

    text = squeeze(text)
    ending = next((e for e in _forum_endings() if text.endswith(e)), None)
    if not ending or han_count(text) > 12:
        return False
    place = text[: -len(ending)]
    return bool(place) and (is_place_tag(place) or _is_county_seat(place) or names_a_place(place))


def _is_county_seat(name: str) -> bool:
    """True for a county's or city's name alone, full or short (上高县, 陆良).

    >>> _is_county_seat('上高县'), _is_county_seat('陆良'), _is_county_seat('乡村振兴')
    (True, True, False)
    """
    from .gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    return name in gazetteer.counties_by_name or any(
        name in shorts for shorts in gazetteer.county_short_names.values()
    )


def below_page_lines(scored: list[HeadlineCandidate], threshold: float) -> None:
    """Mark down header lines a page prints around its headline that are not one: a source
    line with a time stamp (大众新闻·农村大众 07-10原创), a place's forum banner (上高县论坛),
    an interview's label line (受访对象：…), a photograph's caption marking where people stand
    (陈某（左五）带领…), and a short line standing right over the text or the date
    under a line that scores as a headline,
    which loses the credit for its place (a section line 幸福落脚点, a caption 美丽的某某镇
    under the printed headline: the headline is printed above the photographs and sections;
    the account that posted it over its date, 文山州关工委 / 2026-01-16: round 92).

    >>> from township_reports.ingest.headline import HeadlineCandidate
    >>> stamp = HeadlineCandidate(0, '大众新闻·农村大众 07-10原创', 0.6)
    >>> below_page_lines([stamp], 0.5); round(stamp.score, 2)
    -0.4
    >>> head = HeadlineCandidate(2, '第一书记的“家事”', 0.9)
    >>> short = HeadlineCandidate(6, '幸福落脚点', 0.82, ['stands right above the body (+0.2)'])
    >>> below_page_lines([head, short], 0.5); round(short.score, 2)
    0.62
    >>> account = HeadlineCandidate(4, '文山州关工委', 1.0, ['stands right above the date (+0.2)'])
    >>> below_page_lines([head, account], 0.5); round(account.score, 2)
    0.8
    >>> alone = HeadlineCandidate(6, '幸福落脚点', 0.82, ['stands right above the body (+0.2)'])
    >>> below_page_lines([alone], 0.5); round(alone.score, 2)
    0.82
    >>> who = HeadlineCandidate(3, '受访对象：岑溪市归义镇美仑村村民 冼德文', 0.7)
    >>> below_page_lines([who], 0.5); round(who.score, 2)
    -0.3
    """
    for candidate in scored:
        if candidate.score <= 0:
            continue
        if _STAMP.search(candidate.text):
            candidate.score -= 1.0
            candidate.reasons.append("holds a time stamp (a source or time line) (-1.0)")
        elif is_forum_banner(candidate.text):
            candidate.score -= 1.0
            candidate.reasons.append("a place's forum banner (-1.0)")
        elif _interview_label().match(candidate.text):  # 受访对象：某某（镇党委书记）
            candidate.score -= 1.0
            candidate.reasons.append("an interview's label line (-1.0)")
        elif marked_positions(candidate.text):  # 陈某（左五）带领村干部…: a photograph's
            candidate.score -= 1.0
            candidate.reasons.append("marks where people stand in a photograph (-1.0)")
        elif (
            han_count(candidate.text) < _SHORT_LINE
            and any(r.startswith((_ABOVE_TEXT, *ABOVE_DATED)) for r in candidate.reasons)
            and any(o.index < candidate.index and o.score >= threshold for o in scored)
        ):
            candidate.score -= 0.2
            candidate.reasons.append("a short line over the text, a headline above it (-0.2)")
    under_dated_headline(scored, threshold)


def under_dated_headline(scored: list[HeadlineCandidate], threshold: float) -> None:
    """Mark down a line printed twice under the date line when a headline stands right over
    that line: a photograph's alt text and its caption (人民网: 湖北五峰：一片叶子富了一方百姓 /
    2024年09月05日14:28 / 大栗树村“黄鹤楼五峰雪茄产业园” twice over the text, round 90). A
    headline printed twice is printed over the date, or once above it and again below.

    >>> from township_reports.ingest.headline import HeadlineCandidate
    >>> head = HeadlineCandidate(3, '湖北五峰：一片叶子富了一方百姓', 1.0, ['stands right above the date (+0.2)'])
    >>> alt = HeadlineCandidate(9, '大栗树村“黄鹤楼五峰雪茄产业园”', 1.3,
    ...                         ['printed twice in the header (+0.2)', 'stands right above the body (+0.2)'])
    >>> under_dated_headline([head, alt], 0.5); round(alt.score, 2)
    0.9
    >>> again = HeadlineCandidate(9, '湖北五峰：一片叶子富了一方百姓', 1.3, ['printed twice in the header (+0.2)'])
    >>> under_dated_headline([head, again], 0.5); round(again.score, 2)
    1.3
    >>> top = HeadlineCandidate(0, '太爽了！五华这个村晒晒太阳就有钱赚', 0.8, ['printed twice in the header (+0.2)'])
    >>> outlet = HeadlineCandidate(1, '光伏产业网讯', 0.9, ['stands right above the field (+0.2)'])
    >>> second = HeadlineCandidate(3, top.text, 0.8, ['printed twice in the header (+0.2)'])
    >>> under_dated_headline([top, outlet, second], 0.5); round(second.score, 2)
    0.8
    """
    heads = [
        c
        for c in scored
        if c.score >= threshold and any(r.startswith(ABOVE_DATED) for r in c.reasons)
    ]
    for candidate in scored:
        above = [h for h in heads if h.index < candidate.index and h.text != candidate.text]
        first = min(c.index for c in scored if c.text == candidate.text)
        if (
            above
            and any(r.startswith(PRINTED_TWICE) for r in candidate.reasons)
            and all(first > h.index for h in above)  # both prints under the dated line
        ):
            candidate.score -= 0.4
            candidate.reasons.append(
                "printed twice under a dated headline (a photograph's alt text and caption) (-0.4)"
            )


def lede_above_body(lines: list[str], zones: Zones, roles_of: dict[int, str]) -> Zones:
    """Where the body starts once a lede set apart above it is in it: the nearest filled
    line over the text, given no role (not the headline, no field), that opens as a lede
    (不久前，… with no stop where the page dropped it) or that quotes speech whole is the
    report's first sentence, not furniture to remove; so is each such line above it. A lead photograph's caption opens with its day too (4月26日，党员
    志愿者在村口巡查。): a line shaped as one stays where the page model put it.

    >>> lines = ['兴宁“村鸭”如何游向珠三角？', '', '不久前，永和镇居民不太明白：镇政府怎么每天都有人出入', '',
    ...          '很快，有人认出了何海波，他是永和镇政府新农办的一名干部，对全镇情况了然于胸。']
    >>> lede_above_body(lines, Zones(4, 5), {0: 'headline'})
    Zones(body_start=2, body_end=5)
    >>> lede_above_body(lines, Zones(4, 5), {0: 'headline', 2: 'headline'})
    Zones(body_start=4, body_end=5)
    >>> lines[2] = '4月26日，党员志愿者在村口巡查。'
    >>> lede_above_body(lines, Zones(4, 5), {0: 'headline'})
    Zones(body_start=4, body_end=5)

    Speech the report opens with, quoted line by line over it, is its text too:

    >>> lines = ['——记赤水市丙安镇艾华村驻村第一书记的帮扶故事', '“周书记，今天的竹笋收了多少斤？”',
    ...          '“三百多斤，下午就拉到镇上的加工厂去！”', '这是近日艾华村村部门口的一段对话，说话的是驻村第一书记。']
    >>> lede_above_body(lines, Zones(3, 4), {})
    Zones(body_start=1, body_end=4)
    """
    start = zones.body_start
    while True:
        above = start - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        if above < 0 or above in roles_of:
            return Zones(start, zones.body_end)
        if not (_opens_the_report(lines[above]) or in_dialogue(lines, above)):
            return Zones(start, zones.body_end)
        start = above


def _quoted_pair(candidate, scored) -> bool:
    """True for a candidate quoted line next to another (one of a dialogue's lines)."""
    lines = {
        c.index: c.text
        for c in scored
        if c.index in range(candidate.index - 2, candidate.index + 3)
    }
    texts = [lines.get(i, "") for i in range(candidate.index - 2, candidate.index + 3)]
    return in_dialogue(texts, 2)


# An interview's question, its asker labelled (记者：江书记，您好。您什么时候到村里工作的？):
# the interview's text, not a field line (round 42; names.py no longer reads 江书记 as a name).
_INTERVIEW_QUESTION = re.compile(r"^(?:本报)?(?:记者|主持人|问)\s*[:：].{2,80}[?？]$")


#: A clause that runs on to the paragraph under it: a comma inside, a colon closing it; or a
#: sentence the page wrapped mid-phrase, a comma inside and a word that never ends a line of
#: its own closing it (今年3月5日是全国第60个“学雷锋纪念日”，也是第 / 24个…: round 74).
_INTRODUCES_NEXT = re.compile(
    r"^[^。！？:：]{4,60}[，,][^。！？:：]{2,40}[:：]$|^[^。！？]{8,60}[，,][^。！？]{2,40}[第的和与及把被将]$"
)


def _opens_the_report(line: str) -> bool:
    """A free line over the text that is the report's own opening: a lede (不久前，…) shaped as
    no caption, speech quoted whole (“三百多斤，下午就拉到镇上去！”), an interview's first
    question (记者：您是什么时候到村里工作的？), or a clause running on to the paragraph under it."""
    text = line.strip()
    if _QUOTED_SPEECH.match(text) or _sets_the_scene(text) or _INTERVIEW_QUESTION.match(text):
        return True
    if _INTRODUCES_NEXT.match(text):  # 苏北的一个小镇——耿车镇,最近“冒尖”了: (round 59)
        return True
    if asks_questions(text):  # 居民小区如何规范文明养宠？如何做好流浪猫治理？… (round 94)
        return True
    if han_count(text) < 10 or is_caption_sentence(text) or shows_people_at_work(text):
        return False
    return opens_as_lede(text)


def asks_questions(text: str) -> bool:
    """A line of two questions or more, ending on one (居民小区如何规范文明养宠？如何做好流浪猫
    治理？如何建设人宠友好社区？, round 94): a lede opens so, set over the text; none of 1,619
    labelled headlines asks two questions (小区猫狗增多，如何管理？上海闵行召开… asks one).

    >>> asks_questions('居民小区如何规范文明养宠？如何做好流浪猫治理？'), asks_questions('小区猫狗增多，如何管理？上海闵行召开议事会')
    (True, False)
    """
    return text.endswith(("？", "?")) and text.count("？") + text.count("?") >= 2


def _sets_the_scene(text: str) -> bool:
    """A short opening sentence setting the season or the place, two clauses and a stop,
    that names nobody at work (万物初盈，正是插秧好时节。 滹沱河两岸滩地肥美，稻麦两熟。): the
    report's first paragraph set apart over the text. A caption shows people (caption_subjects);
    a site's greeting or slogan welcomes, links or tags (您好，欢迎访问…！, 【视觉某地】…).
    Over every labelled page: four such lines were openings, none was furniture. Three
    clauses of two characters are one too (雨急，夜黑，路窄。: round 33).

    >>> _sets_the_scene('万物初盈，正是插秧好时节。'), _sets_the_scene('一个时代的改革画卷，底色是民心。')
    (True, True)
    >>> _sets_the_scene('雨急，夜黑，路窄。'), _sets_the_scene('欢迎您，访问。')
    (True, False)
    >>> _sets_the_scene('全民卖荔枝——这是当下根子镇百姓的日常写照。')
    True
    >>> _sets_the_scene('镇党群服务中心里，老党员为游客讲述边境故事。'), _sets_the_scene('您好，欢迎访问某某网！')
    (False, False)
    """
    return (
        (
            8 <= han_count(text) <= 40
            or (6 <= han_count(text) and len(re.findall("[，,]", text)) >= 2)
        )
        and bool(re.search(r"[。！!]$", text))
        and bool(re.search(r"[，,]|——", text))  # 全民卖荔枝——这是…的日常写照。 (round 48)
        and not re.search(r"[【】\[\]]", text)
        and not any(word in text for word in _kinds()["greeting_words"])
        and not any(subject in text for subject in load_page_roles().caption_subjects)
    )


#: A run of short parts after commas closing a headline: a site's keywords for the page.
_COMMA_TAIL = re.compile(r"(?:[，,][^，,。！？、\s]{2,6}){2,}$")
#: The endings of a column or a site's name among such keywords (农业资讯), and the
#: country a national site files its pages under (中国).
_COLUMN_ENDINGS = ("资讯", "新闻", "频道", "网", "报", "中国")


def keyword_tail(text: str) -> re.Match | None:
    """The keywords a page appends to its headline after commas (…守护群众生命安全，田坝镇，
    巫溪县，谢续学; …担起治水重任(图),农业资讯,中国: rounds 25, 26), when every part names a
    place, a person or a column; a headline's own clauses (路通了，灯亮了，水清了) name none.

    >>> keyword_tail('闻“汛”而动 守护群众生命安全，田坝镇，巫溪县，谢续学').group(0)
    '，田坝镇，巫溪县，谢续学'
    >>> keyword_tail('民间河长担起治水重任(图),农业资讯,中国').group(0)
    ',农业资讯,中国'
    >>> keyword_tail('村里路通了，灯亮了，水清了') is None
    True
    """
    from .gazetteer import is_place_name, is_town_name
    from .names import is_person_name

    tail = _COMMA_TAIL.search(text)
    if not tail or han_count(text[: tail.start()]) < 8:
        return None
    parts = re.split("[，,]", tail.group(0))[1:]
    named = all(
        is_town_name(part)
        or is_place_name(part)
        or is_person_name(part)
        or part.endswith(_COLUMN_ENDINGS)
        for part in parts
    )
    return tail if named else None


#: Words a headline's own closing place follows (走进赤峰, 情系鄂尔多斯, 大美赤峰): the place
#: is then the headline's, not a channel's.
_BEFORE_OWN_PLACE = "在到进看游赴访至往于回来去向和与的是美系"


def channel_tail(text: str) -> re.Match | None:
    """A prefecture's name a regional site glues to the end of the headline for its city
    channel (…乡村振兴展新姿鄂尔多斯, 忙农镇缘何成为“牦牛镇”赤峰: rounds 33 and 38), when the
    headline names a town or county of that prefecture before it. None of the 1,300 labelled
    headlines of the development, committed and pending pages ends on a prefecture's name.

    >>> channel_tail('忙农镇缘何成为“牦牛镇”赤峰').group(0)
    '赤峰'
    >>> channel_tail('鄂尔多斯展旦召苏木：党建引领产业旺 乡村振兴展新姿鄂尔多斯').group(0)
    '鄂尔多斯'
    >>> channel_tail('忙农镇的牛产业带火了一方乡村 走进赤峰'), channel_tail('党建引领产业旺 乡村振兴展新姿赤峰')
    (None, None)
    """
    from .gazetteer import load_gazetteer
    from .mentions import read_mentions

    gazetteer = load_gazetteer()
    for code, names in gazetteer.prefecture_short_names.items():
        for name in names:
            head = text[: -len(name)]
            if not text.endswith(name) or han_count(head) < 8 or head[-1] in _BEFORE_OWN_PLACE:
                continue
            for mention in read_mentions(head, gazetteer, "title"):
                counties = [
                    *mention.counties,
                    *(gazetteer.counties[town.county_code] for town in mention.towns),
                ]
                if code in mention.prefecture_codes or any(
                    county.prefecture_code == code for county in counties
                ):
                    return re.search(f"{re.escape(name)}$", text)
    return None


#: One em dash between two runs of words (…助力高质量发展—大塘镇委党校举办…培训班): a subtitle's
#: dash typed once, where Chinese sets two (——).
_LONE_DASH = re.compile(r"(?<=[\u4e00-\u9fff”》）])(?<!—)\s*—\s*(?!—)(?=[\u4e00-\u9fff“《（])")


def with_subtitle_dash(text: str) -> str:
    """A headline whose subtitle follows one em dash, with the dash set as Chinese sets it
    (——; README: 主题——副题). A dash linking two names (中国—东盟博览会, 京津冀—雄安) has
    a short side and stays.

    >>> with_subtitle_dash('关爱老人 品尝鲜美粽子 传承端午文化—记泥沟村第一书记活动记实')
    '关爱老人 品尝鲜美粽子 传承端午文化——记泥沟村第一书记活动记实'
    >>> with_subtitle_dash('中国—东盟博览会农业展区设立乡村振兴馆')
    '中国—东盟博览会农业展区设立乡村振兴馆'
    """
    dashes = list(_LONE_DASH.finditer(text))
    if len(dashes) != 1 or "——" in text:
        return text
    dash = dashes[0]
    if han_count(text[: dash.start()]) < 6 or han_count(text[dash.end() :]) < 6:
        return text
    return text[: dash.start()] + "——" + text[dash.end() :]


def line_right_below(upper, scored: list, lines: list[str]):
    """The candidate set right under ``upper`` with no filled line between them, or None:
    the line a kicker, a village's place line or a place-led headline stands over."""
    lower = next((c for c in scored if c.index > upper.lines[-1]), None)
    if lower is None or any(lines[j].strip() for j in range(upper.lines[-1] + 1, lower.lines[0])):
        return None
    return lower


#: What a deck under a headline with its place lead loses.
_DECK_PENALTY = 0.2


def below_place_led_headline(scored: list, lines: list[str]) -> None:
    """Mark down a deck set right under a headline that opens on its place (马坝镇：乡村大舞台
    唱出文明新风 / 戏曲进村 文明入户, over the dateline): the line under it names no place and has
    no lead of its own, stands nearer the text and would win on that alone. Of six such
    pairs in development pages and fixtures (session 51), five labels take the upper line
    alone, one joins the two, none takes the deck alone.

    >>> from township_reports.ingest.headline import choose_headline, Zones
    >>> page = ['马坝镇：乡村大舞台唱出文明新风', '戏曲进村 文明入户',
    ...         '近年来，马坝镇党委在全镇开展“村村有戏”活动，由各村文艺队自编自演，把文明新风唱进百姓心里。']
    >>> choose_headline(page, {}, Zones(2, 3))[0].text
    '马坝镇：乡村大舞台唱出文明新风'
    >>> choose_headline(['正在阅读：乡村大舞台唱出文明新风', *page[1:]], {}, Zones(2, 3))[0].text
    '戏曲进村 文明入户'
    """
    from .headline_forms import names_a_place, place_lead  # headline_forms reads this module

    for upper in scored:
        lower = line_right_below(upper, scored, lines)
        if lower is None or upper.score <= 0 or lower.score <= 0 or not place_lead(upper.text):
            continue
        if re.search(r"[：:]", lower.text) or names_a_place(lower.text):
            continue
        lower.score -= _DECK_PENALTY
        lower.reasons.append(f"a deck under a headline with its place lead (-{_DECK_PENALTY})")
