"""A page's meta line run together with its headline and its first paragraph.

A scraper that drops a page's line breaks can leave the headline, the meta line and the
lede on one line: ``志愿服务践初心 义务清雪便出行 发表时间:2020-12-07 浏览次数:91 为进一步
消除雨雪天气不利影响，…``. Read as one paragraph, the page has no headline, no date and
a counter in its text. The meta run is told by its own shape, on any site: a date label
(or a date) after a space, its date, then only labelled fields (浏览次数:91, 来源:…), then
a space and prose. The line is split there into headline, meta line and lede, and the
usual readers take it from there. Issue 9, session 12 (PATTERNS.md, "Session 12").
"""

from __future__ import annotations

import functools
import re

from .bylines import byline_line
from .field_rules import load_field_rules
from .lede_words import lede_time_words
from .page import ORIGINAL_TITLE_LABEL, han_count, reads_as_prose
from .simplify import to_simplified
from .stated_dates import DATE_SPAN

#: A field label's colon, ASCII or full width (a date as a meta line prints it is DATE_SPAN).
_COLON = r"[:：]"


@functools.cache
def _date_labels() -> tuple[str, ...]:
    """The date labels a meta run opens with (fields.yaml's, those naming a time or a day:
    发布时间, 见报日期, 时间 …), longest first; a bare 时间 or 日期 needs a full date after it."""
    labels = [x for x in load_field_rules().labels_of("date") if x.endswith(("时间", "日期"))]
    return tuple(sorted(labels, key=len, reverse=True))


#: A date label as CMSs coin them, a verb before 时间 or 日期 (编稿时间, 录入时间, 签发日期).
_ANY_DATE_LABEL = r"[\u4e00-\u9fff]{2}(?:时间|日期)"
#: Where a headline glued before the run may be: Chinese characters, spaces and a
#: headline's marks, no clause mark (a clause is the lede, not a headline).
_HEAD = r"[^，。；！？,;!?]{6,60}?"
#: Before a meta run's date, a headline may also cry out or ask (点赞!大麻镇妇联获评…
#: 2022-03-24 13:04:01 来源:…, round 95): the date and the fields after it say the line is a
#: page's head, and a lede glued there would still hold a comma or a stop.
_HEAD_BEFORE_META = r"[^，。；,;]{6,60}?"


@functools.cache
def _label_alternation() -> str:
    """Every field label as one regex alternation, longest first (发布时间 before 时间)."""
    return "|".join(sorted(map(re.escape, load_field_rules().label_kind), key=len, reverse=True))


@functools.cache
def _meta_run() -> re.Pattern:
    """The meta run's regex: a date label and date (or a date alone, then a field), then
    labelled fields, each value a run without spaces (or empty)."""
    labels, date_labels = _label_alternation(), "|".join(_date_labels())
    field = rf"(?:{labels}){_COLON}[^\s:：]{{0,24}}"
    # a date label of any CMS's coining (编稿时间:2017-12-06 来源:… 作者:…, round 98) or a date
    # alone opens the run only with a labelled field after it: 活动时间:… opens a sentence too
    opening = (
        rf"(?:(?:{date_labels}){_COLON}\s*{DATE_SPAN}"
        rf"|(?:{_ANY_DATE_LABEL}{_COLON}\s*)?{DATE_SPAN}(?=\s+(?:{labels}){_COLON}))"
    )
    # a two-word date label may follow the headline with no space (…帮扶困难群众发布时间:…)
    # or a full date with its field after it (…捐款捐物2012-10-08 00:00:00 来源:…, round 52)
    glued = (
        rf"(?=(?:{'|'.join(label for label in _date_labels() if len(label) == 4)}){_COLON})"
        r"|(?<=[\u4e00-\u9fff”])(?=\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s)"
    )
    return re.compile(
        rf"^(?P<head>{_HEAD_BEFORE_META}(?:\s+|{glued}))?(?P<meta>{opening}(?:\s*{field})*)"
        # the lede after a space, glued on right after the date's last digit, or right after
        # the last value when it opens on a time word and a comma (来源:i内江连日来,东兴区…)
        rf"(?:(?:\s+|(?<=\d)(?=[\u4e00-\u9fff“])|(?<=[^:：\s])(?=(?:{lede_time_words()})[，,]))"
        r"(?P<lede>\S.*))?$"
    )


@functools.cache
def _source_before_lede() -> re.Pattern:
    """A source's field opening a line, the lede after a space (本文转自:吉林日报 近年来，…),
    right after the site's address in brackets (来源:倍可亲(backchina.com)北京市…, round 55),
    or opening on its day with no space (转自:草原云5月9日,在…, round 60).
    Only a source's: names after 作者: are spaced (作者:张三 李四), an outlet rarely is."""
    sources = load_field_rules().labels_of("source")
    labels = "|".join(sorted(map(re.escape, sources), key=len, reverse=True))
    value = (
        r"(?:[^\s:：]{2,24}(?=\s)|[^\s:：（(]{2,24}[（(][a-z0-9.-]+\.[a-z]{2,6}[）)]"
        # or the lede's day right after the outlet (转自:草原云5月9日,在鄂尔多斯市…, round 60)
        r"|[^\s:：，,\d]{2,24}(?=\d{1,2}月\d{1,2}日[，,])"
        # or the lede's time word (来源:i内江连日来,东兴区白合镇…, round 88)
        rf"|[^\s:：，,]{{2,24}}?(?=(?:{lede_time_words()})[，,]))"
    )
    return re.compile(rf"^(?P<meta>(?:{labels}){_COLON}\s*{value})\s*(?P<lede>\S.*)$")


#: A byline that closes on 报道 after its names and the place it was filed from, the lede run
#: on after a space (红网时刻新闻通讯员 胡晨欣 郴州报道 春日里的桂东县青山乡，…; round 37, two
#: mirrors): on its own line the byline readers take it, names, outlet and all.
_BYLINE_BEFORE_LEDE = re.compile(
    r"^(?P<meta>[^\s，。,：:]{0,16}?(?:记者|通讯员)\s*(?:[\u4e00-\u9fff·]{2,4}\s+){1,4}"
    r"[\u4e00-\u9fff]{0,4}报道)\s+(?P<lede>\S.*)$"
)


@functools.cache
def _fields_then_date() -> re.Pattern:
    """A meta line that lists its fields first and closes on its date, the lede run on right
    after the date or a space (文章来源:花垣县融媒体中心 作者:杨泽江 孟欣 向炳橙 时间:2022-10-14
    13:30:21“各位父老乡亲…”, round 69): a value may hold spaces here (names after 作者:), as
    the next label or the date label closes it."""
    labels, date_labels = _label_alternation(), "|".join(_date_labels())
    return re.compile(
        rf"^(?P<meta>(?:(?:{labels}){_COLON}[^:：]{{0,40}}?\s+)+(?:{date_labels}){_COLON}\s*{DATE_SPAN})"
        r"(?:\s+|(?<=\d)(?=[\u4e00-\u9fff“\"]))(?P<lede>\S.*)$"
    )


#: A headline, a newsroom's byline and the lede a forum repost runs together after its source
#: (巴宜区米瑞乡通麦村—— 产业成果“走出去” 群众腰包“鼓起来” 本报通讯员 甲 本报记者 乙 丙 “欢迎…”,
#: round 72): the byline opens on a reporter's role after a space, each name set apart; a paper
#: may mark it with a square (村官述评“晒工作” 干部群众来打分 ■记者 甲 “2014年，…”, round 72).
_HEAD_BYLINE_LEDE = re.compile(
    rf"^(?P<head>{_HEAD})\s+(?P<byline>(?:[■□]\s*)?(?:(?:本报|本网|本台)?(?:见习)?(?:记者|通讯员)\s*"
    r"(?:[\u4e00-\u9fff·]{2,4}\s+){1,4}){1,3})(?P<lede>\S.*)$"
)


def _headline_byline_lede(text: str, marked: bool = False) -> list[str] | None:
    """[headline, byline, lede] when a run holds the three in order, or None; with ``marked``,
    only when a square marks the byline (a line with no source before it: a dateline's
    bracket holds spaced names too, 梧州日报讯(记者 甲 通讯员 乙 丙)随着…, and is no headline).

    >>> _headline_byline_lede('通麦村—— 苹果“走出去” 腰包“鼓起来” 本报通讯员 赖欧 本报记者 谢筱纯 张猛 '
    ...                       '“欢迎直播间家人们的支持，今天为大家带来的是通麦村的糖心苹果。”11月18日，直播开始。')[:2]
    ['通麦村—— 苹果“走出去” 腰包“鼓起来”', '本报通讯员 赖欧 本报记者 谢筱纯 张猛']
    >>> _headline_byline_lede('近日 记者 走访 发现，村里的苹果卖得很好，村民们都说好，党员带头干。') is None
    True
    """
    match = _HEAD_BYLINE_LEDE.match(text.strip())
    if not match or not 6 <= han_count(match.group("head")) <= 40:
        return None
    if re.search(r"[（(【\[]", match.group("head")) or (
        marked and match.group("byline")[0] not in "■□"
    ):
        return None
    if not reads_as_prose(match.group("lede")):
        return None
    byline = byline_line(match.group("byline").strip())
    parts = [match.group(name).strip() for name in ("head", "byline", "lede")]
    return parts if byline and byline.authors and not byline.rest else None


def _byline_before_lede(line: str) -> tuple[str, str] | None:
    """(byline, lede) when a line opens with a byline closing on 报道 and goes on as prose."""
    match = _BYLINE_BEFORE_LEDE.match(line.strip())
    if not match or not reads_as_prose(match.group("lede")):
        return None
    byline = byline_line(match.group("meta"))
    return (match.group("meta"), match.group("lede")) if byline and byline.authors else None


#: A repost's note of the headline it replaced, the lede run on after a run of spaces
#: (原标题:从0到61的转变    “这真是一件大实事…”, round 45): the note may hold one space.
_ORIGINAL_TITLE_BEFORE_LEDE = re.compile(
    rf"^(?P<meta>{ORIGINAL_TITLE_LABEL}\s*{_COLON}\s*\S(?:[^\s]|\s(?!\s))*?)\s{{2,}}(?P<lede>\S.*)$"
)


def split_glued_meta(line: str) -> list[str] | None:
    """The headline, meta line and lede a flattened line holds, or None.

    The headline must read as one (6 to 40 Chinese characters, no clause mark) and the
    lede as prose; a line that is only a meta run is left alone (it is a meta line).

    >>> split_glued_meta('志愿服务践初心 义务清雪便出行---玻璃山镇志愿者清扫道路积雪 发表时间:2020-12-07 '
    ...                  '浏览次数:91 为进一步消除雨雪天气不利影响，保障群众出行安全，近日，玻璃山镇组织志愿者清扫积雪。')
    ['志愿服务践初心 义务清雪便出行---玻璃山镇志愿者清扫道路积雪', '发表时间:2020-12-07 浏览次数:91', '为进一步消除雨雪天气不利影响，保障群众出行安全，近日，玻璃山镇组织志愿者清扫积雪。']
    >>> split_glued_meta('白马镇召开秋种工作动员会 2023-09-14 10:20 来源:白马镇 作者:王芳')
    ['白马镇召开秋种工作动员会', '2023-09-14 10:20 来源:白马镇 作者:王芳']
    >>> split_glued_meta('点赞!白马镇妇联获评省级示范乡镇(街道)妇联 2022-03-24 13:04:01  来源:宿迁市人民政府')
    ['点赞!白马镇妇联获评省级示范乡镇(街道)妇联', '2022-03-24 13:04:01  来源:宿迁市人民政府']
    >>> split_glued_meta('——民革双阳区支部“化肥接力”帮扶困难群众发布时间:2025-04-23 15:11:33 来源:团结报')
    ['——民革双阳区支部“化肥接力”帮扶困难群众', '发布时间:2025-04-23 15:11:33 来源:团结报']
    >>> split_glued_meta('发布时间:2023-09-14 来源:白马镇')  # a meta line already
    >>> split_glued_meta('来源:白马镇 作者:王芳 发布时间:2023-09-14')
    >>> split_glued_meta('本文转自:吉林日报 近年来,为发展壮大村级集体经济,牛心镇以党支部为引领,带头种植榛蘑。')
    ['本文转自:吉林日报', '近年来,为发展壮大村级集体经济,牛心镇以党支部为引领,带头种植榛蘑。']
    >>> split_glued_meta('来源:安徽网 大皖客户端 近日,白马镇组织党员志愿者开展环境整治,清理垃圾十余吨。')
    >>> split_glued_meta('来源:倍可亲(backchina.com)北京市怀柔区琉璃庙镇位于京北山区,当晚降下暴雨。')
    ['来源:倍可亲(backchina.com)', '北京市怀柔区琉璃庙镇位于京北山区,当晚降下暴雨。']
    >>> split_glued_meta('转自:草原云5月9日,在杭锦旗独贵塔拉镇的治沙项目区,党员群众正在压沙造林。')
    ['转自:草原云', '5月9日,在杭锦旗独贵塔拉镇的治沙项目区,党员群众正在压沙造林。']
    >>> split_glued_meta('时间:2025-08-07 10:44:37 来源:i内江连日来,东兴区白合镇龙井村党群服务中心充满欢歌笑语。')
    ['时间:2025-08-07 10:44:37 来源:i内江', '连日来,东兴区白合镇龙井村党群服务中心充满欢歌笑语。']
    >>> split_glued_meta('文章来源:花垣县融媒体中心 作者:杨泽江 孟欣 时间:2022-10-14 13:30:21“各位父老乡亲，'
    ...                  '暂时不要去赶集了。”10月6日，雅酉镇高务村党支部书记早早来到村口。')
    ['文章来源:花垣县融媒体中心 作者:杨泽江 孟欣 时间:2022-10-14 13:30:21', '“各位父老乡亲，暂时不要去赶集了。”10月6日，雅酉镇高务村党支部书记早早来到村口。']
    >>> split_glued_meta('会议时间:2023年9月14日，镇党委召开会议，研究部署秋种工作，各村书记参加。')
    >>> split_glued_meta('时间:2023-08-03面对连续强降雨天气,怀柔区北房镇组织党员干部、志愿者下沉村居一线。')
    ['时间:2023-08-03', '面对连续强降雨天气,怀柔区北房镇组织党员干部、志愿者下沉村居一线。']
    >>> split_glued_meta('红网时刻新闻通讯员 胡晨欣 郴州报道 春日里的桂东县青山乡，云雾绕着青翠山峦，党员带着村民移栽黄精苗。')
    ['红网时刻新闻通讯员 胡晨欣 郴州报道', '春日里的桂东县青山乡，云雾绕着青翠山峦，党员带着村民移栽黄精苗。']
    >>> split_glued_meta('记者 发现 这里报道 一件事，村民们都说好，党员带头干。') is None
    True
    >>> split_glued_meta('原标题:从0到61的转变    “这真是一件大实事、大好事，做到了我们的心坎里。”家住上海的王阿姨说。')
    ['原标题:从0到61的转变', '“这真是一件大实事、大好事，做到了我们的心坎里。”家住上海的王阿姨说。']
    """
    if byline := _byline_before_lede(line):
        return list(byline)
    original = _ORIGINAL_TITLE_BEFORE_LEDE.match(line.strip())
    if original and reads_as_prose(original.group("lede")):
        return [original.group("meta"), original.group("lede")]
    if match := _fields_then_date().match(line.strip()):
        head, meta, lede = "", match.group("meta"), match.group("lede")
    elif match := _meta_run().match(line.strip()):
        head, meta, lede = (match.group(name) for name in ("head", "meta", "lede"))
    elif match := _source_before_lede().match(line.strip()):
        head, meta, lede = "", match.group("meta"), match.group("lede")
        if re.search(r"\s", re.split("[，。,]", lede)[0]):
            # a headline and its byline may follow the source on a forum repost's one line
            rest = _headline_byline_lede(lede)
            return [meta.strip(), *rest] if rest else None  # 来源:安徽网 大皖客户端 近日，…
    else:  # or a headline, its byline and the lede, no meta line between
        return _headline_byline_lede(line, marked=True)
    head = head.strip() if head else ""
    labelled = load_field_rules().label_pattern
    if head and (not 6 <= han_count(head) <= 40 or labelled.search(head)):
        return None  # 来源:白马镇 作者:王芳 before 发布时间: is one meta line, already apart
    if lede and (not reads_as_prose(lede) or labelled.match(lede)):
        return None
    if not lede and (han_count(head) < 8 or re.search("[:：]", head)):
        return None  # 所在地区:陕西 / 桂林日报 新闻 before a meta run: the meta line's own
    return [part for part in (head, meta.strip(), lede) if part]


def unglued_meta_lines(text: str) -> tuple[str, int]:
    """``text`` with each glued meta run split onto lines of its own; how many were split.

    The text may be in either script: labels are matched on the simplified line, and the
    line as written is split at the same places (both have the same length; a line whose
    simplified form does not is left alone).
    """
    out, split = [], 0
    for line in text.split("\n"):
        simple = to_simplified(line)
        parts = split_glued_meta(simple) if len(simple) == len(line) else None
        if parts is None:
            out.append(line)
            continue
        split += 1
        start = len(simple) - len(simple.lstrip())
        for number, part in enumerate(parts):
            at = simple.index(part, start)
            out.extend([""] if number else [])  # a blank line: each part a block of its own
            out.append(line[at : at + len(part)])
            start = at + len(part)
    return "\n".join(out), split
