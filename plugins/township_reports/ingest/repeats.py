"""Lines a page prints again around the report's paragraphs: copies of its headline, and
of its lead above the text (a CMS's summary field).

A copied page (a spam copy, an aggregator's repost) may set the report's headline again
as a divider between its paragraphs, or print it once more under the text, where a
scraper keeps it as a line of the body. The headline itself, above the text, is left to
the headline reader; only its later copies go. Written for issue 9, round 13 (body),
PATTERNS.md.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate

from .page import CRUMB_ARROWS, CRUMB_STEP, HAN, Zones, han_count, han_pairs, reads_as_prose
from .text_end import REPORT_DATELINE

#: A line above the text this long (Chinese characters) repeated below it is no heading
#: the report happens to repeat (总结, 强化组织) but the page's own headline.
HEADLINE_COPY_MIN = 8
#: ...and this share of its character pairs at least is found in the text, as a
#: headline's are; a reader's navigation bar (上一篇 下一篇 放大 缩小) shares none.
HEADLINE_SHARE_MIN = 0.25

_SPACING = re.compile(r"[\s\u3000]+")
#: A sentence's end: a lead has one, a headline printed again has none.
_STOP_AT_END = re.compile(r"[。！？!?]\s*$")


def headline_copies(stripped: list[str], drop: set[int]) -> list[int]:
    """Lines after the text's first paragraph that repeat a line standing above it.

    Only a line that is not prose, of at least ``HEADLINE_COPY_MIN`` Chinese characters,
    whose words the text takes up (``HEADLINE_SHARE_MIN``), is looked for below: the
    headline, a kicker. The copy above the text stays (it is the headline); a section
    heading below that repeats nothing above the text stays, and so does a navigation bar
    printed above and below the text (its words are not the report's).

    >>> page = ['潍坊滨海区大家洼街道：“党员联户+网格服务”双向发力', '记者 宋佳音',
    ...         '入冬以来，大家洼街道各村网格里随处可见党员入户走访的身影。',
    ...         '潍坊滨海区大家洼街道：“党员联户+网格服务”双向发力',
    ...         '精细划分网格，让服务有人抓。街道推行党员联系户办法，每名党员联系8至12户。',
    ...         '精细划分网格，让服务有人抓']
    >>> headline_copies(page, set())
    [3]
    >>> headline_copies(page[:3] + page[4:], set())
    []
    >>> headline_copies(['上一篇 下一篇 放大 缩小 默认 返回目录'] + page[2:3] + ['上一篇 下一篇 放大 缩小 默认 返回目录'], set())
    []

    A headline with commas reads as prose; printed again whole, with no full stop, as each
    picture's alt text (闪闪红星照童心,…,助力乡村振兴, round 47), it is the headline still:

    >>> head = '闪闪红星照童心，胃肠外科党支部健康巴士开进侗乡，助力乡村振兴'
    >>> headline_copies([head, '近日，胃肠外科党支部来到乐江镇西腰村开展义诊，助力乡村振兴。', head, '捐赠仪式'], set())
    [2]

    A copy with the site's name joined on, as an HTML title has it, is a copy still
    (…开展“我为群众办实事”走访 - 莱芜生活网 between two paragraphs, pending xs-013):

    >>> lede = '近日，羊里街道辛兴东北村党支部组织党员干部开展“我为群众办实事”入户走访。'
    >>> head = '羊里街道辛兴东北村党支部开展“我为群众办实事”走访'
    >>> headline_copies([head, lede, head + ' - 莱芜生活网', '走访中，党员干部发现村西生产路有两处塌陷。'], set())
    [2]
    """
    filled = [i for i, text in enumerate(stripped) if text and i not in drop]
    texts = [stripped[i] for i in filled]
    again = _printed_again(texts, [_SPACING.sub("", text) for text in texts])
    first_prose = next(
        (
            i
            for i, repeated in zip(filled, again, strict=True)
            if reads_as_prose(stripped[i]) and not repeated
        ),
        None,
    )
    if first_prose is None:
        return []
    text = "".join(stripped[i] for i in filled if i >= first_prose and reads_as_prose(stripped[i]))
    above = {
        _SPACING.sub("", stripped[i])
        for i in filled
        if i < first_prose
        and han_count(stripped[i]) >= HEADLINE_COPY_MIN
        and _share_in(stripped[i], text) >= HEADLINE_SHARE_MIN
    }
    from .site_names import strip_site_name  # site_names reads the page roles repeats does not

    def forms(line: str) -> set[str]:  # as printed, and without a site's name joined on
        return {_SPACING.sub("", line), _SPACING.sub("", strip_site_name(line)[0])}

    return [
        i
        for i in filled
        if i > first_prose and any(_copies(f, a) for f in forms(stripped[i]) for a in above)
    ]


#: The most a copy of the headline adds to it, in one run: a province or a county
#: (建管并举力保“久美”——江苏常熟市古里镇下甲村…, a spam copy's repeat, round 21).
_INSERTED_MAX = 4


def _copies(line: str, headline: str) -> bool:
    """True when ``line`` is ``headline``, or ``headline`` with one short run put in.

    >>> _copies('志愿服务厚植乡风——江苏常熟市古里镇下甲村', '志愿服务厚植乡风——常熟市古里镇下甲村')
    True
    >>> _copies('志愿服务厚植乡风', '志愿服务厚植乡风——常熟市古里镇下甲村')
    False
    """
    extra = len(line) - len(headline)
    if extra == 0:
        return line == headline
    if not 0 < extra <= _INSERTED_MAX:
        return False
    start = next(
        (i for i, (a, b) in enumerate(zip(line, headline, strict=False)) if a != b), len(headline)
    )
    return line[:start] + line[start + extra :] == headline


def _share_in(line: str, text: str) -> float:
    """The share of the line's Chinese character pairs that the text holds.

    >>> round(_share_in('党员联户双向发力', '大家洼街道探索党员联户工作模式'), 2)
    0.43
    """
    pairs = han_pairs(line)
    return sum(p in text for p in pairs) / len(pairs) if pairs else 0.0


#: Marks a CMS drops or changes when it copies the lead into a page's summary: quotes
#: (“支部联建”“党员联户” → 支部联建、党员联户) and spacing.
_COPY_NOISE = re.compile(r"[“”‘’\"'、\s\u3000]")
#: A copy of the lead this long (characters, after the noise is gone) is no coincidence.
LEAD_COPY_MIN = 30
#: How a summary cut at a fixed length ends: dots, or a character entity cut through.
_CUT_SHORT = re.compile(r"(?:[.…]+|&[#a-zA-Z0-9]{0,7})$")


#: The fewest prose lines, in order, that make a second print of the text (one line printed
#: again is a lead's copy or a headline's: ``lead_copies``, ``headline_copies``).
SECOND_PRINT_MIN = 2


def second_print(stripped: list[str], drop: set[int]) -> list[int]:
    """Lines that print the text a second time, the same prose lines in the same order: a
    page that set the whole report twice (a county site's item page, round 99). The first
    print stays; before this, its lines read as a lead copied above the text and were cut,
    and the second print's closing credit went with them.

    >>> page = ['12月4日是国家宪法日。木塔乡人大组织人大代表开展宪法宣传活动。',
    ...         '活动分三个小组，进村入户发放宣传资料，让宪法精神深入人心。(木塔乡人大)']
    >>> second_print(page + page, set())
    [2, 3]
    >>> second_print([page[0], '编者按', page[0]], set())
    []
    """
    filled = [i for i, text in enumerate(stripped) if text.strip() and i not in drop]
    keys = [_SPACING.sub("", stripped[i]) for i in filled]
    # only the text's first prose line opens a second print
    first = next((n for n, i in enumerate(filled) if reads_as_prose(stripped[i])), None)
    if first is None:
        return []
    for again in range(first + 1, len(keys)):
        run = 0  # how many lines from ``again`` on repeat those from ``first`` on
        while (
            first + run < again
            and again + run < len(keys)
            and keys[first + run] == keys[again + run]
        ):
            run += 1
        if run >= SECOND_PRINT_MIN:
            return filled[again : again + run]
    return []


def lead_copies(stripped: list[str], drop: set[int]) -> list[int]:
    """Lines above the text that are its lead copied again: a CMS's summary field.

    A site's template prints the article's description (its first paragraphs, quote
    marks and paragraph breaks dropped, cut at a fixed length) above the text, often
    glued to a field or the headline before it (``作者:甲 乙 今年以来,…``, ``标题:“真没想到…``).
    What follows, quotes and spaces gone, is found again word for word in the lines below
    it. A line the text does not repeat stays, whatever its length; so does a line printed
    again whole as a line of its own with no full stop (a headline with commas a CMS repeats
    as each picture's alt text, 闪闪红星照童心,…开进侗乡,助力乡村振兴, round 47): a lead
    ends its sentence.

    >>> page = ['作者:汪海洋 李静 今年以来,三河镇推行支部联建、党员联户,为古镇注入红色动能。 以支部联建抓项目,该镇党委组织',
    ...         '今年以来,三河镇推行“支部联建”“党员联户”,为古镇注入“红色动能”。',
    ...         '以支部联建抓项目,该镇党委组织古镇社区与周边村党组织开展联建。']
    >>> lead_copies(page, set())
    [0]
    >>> lead_copies(page[1:], set()), lead_copies([(page[1] + page[2])[:50] + '...', *page[1:]], set())
    ([], [0])
    >>> lead_copies([(page[1] + page[2])[:50] + '&rd', *page[1:]], set())
    [0]
    >>> lead = '“肩上的责任更重了。”9月25日，当选党代表的潭门村党支部书记王书茂说。'
    >>> lead_copies([lead, '编者按', '本报从今天起开设“代表风采”栏目，介绍我省十名党员代表。', lead], set())
    [0]
    >>> headline = '闪闪红星照童心,胃肠外科党支部健康巴士开进侗乡,助力乡村振兴'
    >>> lead_copies([headline, '为进一步将党建品牌融入乡村振兴战略,党支部来到西腰村。', headline, '捐赠仪式'], set())
    []
    """
    filled = [i for i, text in enumerate(stripped) if text and i not in drop]
    # the lines below each line, noise removed, as one string searched from an offset: the
    # noise is single characters, so cleaning line by line equals cleaning the joined text,
    # and a page of many lines is read once, not once per line
    cleaned = [_COPY_NOISE.sub("", stripped[i]) for i in filled]
    text_below, below_from = "".join(cleaned), list(accumulate(map(len, cleaned)))
    again = _printed_again([stripped[i] for i in filled], cleaned)
    found = []
    for position, index in enumerate(filled):
        text = stripped[index]
        if again[position]:
            continue  # a headline printed again whole as a line of its own, no stop
        starts = [0] + [m.end() for m in re.finditer(r"[\s:：]+", text)]
        for start in starts[:4]:
            copy = _CUT_SHORT.sub("", _COPY_NOISE.sub("", text[start:]))  # 清扫街..., “党姓&rd
            if (
                len(copy) >= LEAD_COPY_MIN
                and reads_as_prose(copy)
                and text_below.find(copy, below_from[position]) >= 0
            ):
                found.append(index)
                break
    return found


def _printed_again(texts: list[str], keys: list[str]) -> list[bool]:
    """For each line, whether it is printed again whole (its ``key`` found on another line)
    with no full stop: a headline a CMS repeats as each picture's alt text (闪闪红星照童心,…,
    round 47), which a lead, ending its sentence, never is.

    >>> _printed_again(['甲镇，乙村', '近日，乙村开会。', '甲镇，乙村'], ['甲镇乙村', '近日乙村开会', '甲镇乙村'])
    [True, False, True]
    """
    counts = Counter(keys)
    return [
        counts[key] > 1 and not _STOP_AT_END.search(text)
        for text, key in zip(texts, keys, strict=True)
    ]


#: A breadcrumb: two steps or more parted by an arrow (首页 > 专题报道 > 聚焦党代会).
_CRUMB = re.compile(
    rf"[{CRUMB_ARROWS}]\s*[^{CRUMB_ARROWS}]+[{CRUMB_ARROWS}]|^\s*[{CRUMB_ARROWS}]|(?:当前位置|您的位置|所在位置)"
)
#: The longest column name (Chinese characters) a page sets as its heading.
COLUMN_HEADING_MAX = 8


def column_headings(lines: list[str], drop: set[int]) -> list[int]:
    """Lines over a breadcrumb that repeat its last step: the column's name, which a CMS
    sets as the page's heading above the breadcrumb (聚焦党代会 / 当前位置:首页 > 专题报道 >
    聚焦党代会 / 与“白茶仙子”品茶, round 47), never the headline. Only a short name with no
    mark in it counts, and only with another line under the breadcrumb that could be the
    headline (no prose, no meta line): a breadcrumb also ends in the headline printed again, and a
    headline over its breadcrumb stays. ``lines`` are the page's lines as printed: the
    breadcrumb may be furniture already (in ``drop``).

    >>> page = ['聚焦党代会', '当前位置:首页', ' >  专题报道  >  聚焦党代会', '与“白茶仙子”品茶', '发布时间:2012-02-27']
    >>> column_headings(page, set())
    [0]
    >>> lede = '近日，张兰镇党委组织全镇党员开展志愿服务，为群众办实事。'
    >>> column_headings(['张兰镇党建新画卷', '首页 > 乡镇动态 > 张兰镇党建新画卷', lede], set())
    []
    """
    found = []
    for index, line in enumerate(lines):
        if not _CRUMB.search(line):
            continue
        last = CRUMB_STEP.split(line.strip())[-1].strip()
        if not last or han_count(last) > COLUMN_HEADING_MAX or re.search(r"[^\w\s]", last):
            continue
        below = next((t for t in lines[index + 1 :] if t.strip() and not _CRUMB.search(t)), "")
        if not below or reads_as_prose(below) or re.search(r"[:：]", below) or han_count(below) < 4:
            continue  # no headline under the breadcrumb: text, a meta line (发布时间:…)
        above = [j for j in range(index) if lines[j].strip() and j not in drop]
        heading = next((j for j in reversed(above) if not _CRUMB.search(lines[j])), None)
        if heading is not None and _SPACING.sub("", lines[heading]) == _SPACING.sub("", last):
            found.append(heading)
    return found


def after_headline_prints(lines: list[str], zones: Zones, title: str) -> Zones:
    """``zones`` with the body starting after the last print of the headline above the text's
    first paragraph: a picture gallery prints the headline as each picture's alt text, with
    the picture's caption under it (喜看青青柳色新 / 杨柳青年画作品“莲年有余”。 / 喜看青青柳色新 /
    航拍杨柳青古镇。 …, round 57), and the text starts only after the last picture. What stands
    between the prints is the gallery's, never the text's; lines after the last print stay.

    >>> head = '喜看青青柳色新（人民眼·特色小镇建设）'
    >>> page = [head, head, '杨柳青年画作品“莲年有余”。', head, '航拍杨柳青古镇。', head,
    ...         '徜徉古镇杨柳青，声声古琴音从青砖灰瓦间溢出，沿运河一路飘远。']
    >>> after_headline_prints(page, Zones(1, 7), head)
    Zones(body_start=6, body_end=7)
    >>> after_headline_prints(page[:2] + page[6:], Zones(1, 3), head)
    Zones(body_start=2, body_end=3)
    """
    key = "".join(HAN.findall(title))
    if len(key) < HEADLINE_COPY_MIN:
        return zones
    last = None
    for index in range(zones.body_start, zones.body_end):
        text = lines[index].strip()
        if text and reads_as_prose(text):
            break
        if text and "".join(HAN.findall(text)) == key:
            last = index
    if last is None or last + 1 >= zones.body_end:
        return zones
    return Zones(last + 1, zones.body_end)


def headline_print_opening(paragraph: str, title: str) -> str | None:
    """The text's first paragraph without the headline a page printed again at its start,
    or None when it does not open so.

    A flattened copy may run the headline into its lede, where the page's own headline
    line above already gave the title (…“新主人”（通讯员 王 欢） 10月17日，…; …成为“树主”长沙
    晚报掌上长沙6月9日讯（全媒体记者 贺文兵…）…: round 104). With the headline cut, the lede's
    dateline and credit open the paragraph, where they are read. The headline must be
    followed by what opens a lede: a space, a bracketed credit or a dateline; a sentence
    that opens with the headline's words and goes on (…“新主人”，这是…) stays whole.

    >>> head = '大垭乡助力乡村产业发展 60棵柑橘树有了“新主人”'
    >>> headline_print_opening(head + '（通讯员 王 欢） 10月17日，大垭乡干部前往柑橘基地。', head)
    '（通讯员 王 欢） 10月17日，大垭乡干部前往柑橘基地。'
    >>> headline_print_opening('认领一棵桃树收获一份甜蜜，宁乡这个村邀你成为“树主”长沙晚报6月9日讯（记者 贺文兵）初夏时节。',
    ...                        '认领一棵桃树收获一份甜蜜，宁乡这个村邀你成为“树主”')
    '长沙晚报6月9日讯（记者 贺文兵）初夏时节。'
    >>> headline_print_opening(head + '，这是大垭乡开启党建联盟的新模式。', head) is None
    True
    """
    key = _SPACING.sub("", title)
    if han_count(key) < HEADLINE_COPY_MIN:
        return None
    matched, position = 0, 0
    while matched < len(key) and position < len(paragraph):
        if paragraph[position] == key[matched]:
            matched += 1
        elif not paragraph[position].isspace():
            return None
        position += 1
    rest = paragraph[position:]
    if matched < len(key) or han_count(rest) < HEADLINE_COPY_MIN:
        return None
    opening = rest.lstrip()
    if rest[:1].isspace() or opening[:1] in "（(〔【[" or REPORT_DATELINE.match(opening):
        return opening
    return None
