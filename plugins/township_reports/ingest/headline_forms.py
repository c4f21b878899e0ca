"""Headlines printed in two lines, or named only by a wrapper: which words are the title.

A paper sets a main line with a kicker over it or a subtitle under it; a content farm
names the headline of the report it copied inside its own boilerplate. These rules read
those forms for the headline chooser (headline.py); they never invent a title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .field_rules import BARS, load_field_rules
from .gazetteer import is_place_name, village_counties
from .headline_kinds import ends_unfinished, line_right_below
from .main_lines import SCORES_AS_HEADLINE, is_main_line_form, is_main_under_kicker
from .matched_pairs import halves_of_a_pair, is_matched_pair
from .page import PageRoles, Zones, han_count, load_page_roles
from .second_print import JOINED_SECOND_PRINT

if TYPE_CHECKING:
    from .headline import HeadlineCandidate


def is_undashed_subtitle(headline: str, line: str, roles: PageRoles | None = None) -> bool:
    """True for a line under a headline that is its subtitle though printed without the
    dash: short, no sentence or colon in it, and closing on a reportage's genre word
    (…侧记, …见闻, ``subtitle_endings`` in page_roles.yaml). A line under a headline is as
    often a photo caption or the lede; neither ends on a genre word, and a headline that
    ends on one (…乡村振兴纪实) has no subtitle of that kind under it.

    >>> is_undashed_subtitle('“美丽乡村”带来“美丽生活”', '安徽省六安市金安区东河口镇美丽乡村建设侧记')
    True
    >>> is_undashed_subtitle('“美丽乡村”带来“美丽生活”', '东河口镇党员在牌楼村清理河道')
    False
    >>> is_undashed_subtitle('张兰镇：党建引领绘就新画卷', '近年来，张兰镇紧紧围绕乡村振兴纪实')
    False

    A profile's subtitle opens with 记 instead (``subtitle_openings``) and names whom it
    portrays; 记者 opens a byline, not a subtitle:

    >>> is_undashed_subtitle('“心里装着乡亲们，事就能干好”', '记伊吾县下马崖乡中心村党支部书记阿不都瓦依提·而格乃')
    True
    >>> is_undashed_subtitle('党员带头清“四乱”', '记者 王敏 通讯员 李响')
    False
    """
    roles = roles or load_page_roles()
    line, headline = line.strip(), headline.strip()
    return (
        (line.endswith(roles.subtitle_endings) or is_profile_subtitle(line, roles))
        and 6 <= han_count(line) <= 30
        and not re.search(r"[，,。：:！？!?；;—-]", line)  # a dashed one is read as such
        and han_count(headline) >= 4
        and not headline.endswith((*roles.subtitle_endings, "：", ":", "，", ",", "。"))
    )


def is_profile_subtitle(line: str, roles: PageRoles | None = None) -> bool:
    """True for a line opening on a profile's 记 (记某县某村党支部书记某某): the subtitle of a
    portrait, never its lede (a lede is a sentence) nor a byline (记者 …).

    >>> is_profile_subtitle('记张春贤与江格勒斯乡四位村民的会面'), is_profile_subtitle('记者 王敏')
    (True, False)
    """
    roles = roles or load_page_roles()
    line = line.strip()
    return (
        line.startswith(roles.subtitle_openings)
        and not line.startswith("记者")
        and not re.search(r"[\s，,。：:；;！？!?]", line)
    )


#: A subtitle whose dash the page printed after it (…让村民从旁观者变成参与者——).
TRAILING_DASH = re.compile(r"(?:——|--|－－)\s*$")
#: The least a subtitle printed with its dash at the end holds: a kicker cut off by its dash
#: (乡村振兴影像记——) is a short series name.
_DASH_END_SUBTITLE_MIN = 10


def is_dash_end_subtitle(headline: str, line: str, next_is_free: bool) -> bool:
    """True for a line under a headline that is its subtitle printed with the dash at its
    end (村里有了“积分银行” / 华店镇推行“红黑榜”评比，让村民从旁观者变成参与者——), as an
    e-paper sets a right-aligned subtitle. The same mark closes a series kicker whose main
    line follows it (乡村振兴影像记—— / main line); so only a long line, under a headline,
    with no other free header line under it (the byline, the date or the text come next).

    >>> is_dash_end_subtitle('村里有了“积分银行”', '华店镇推行“红黑榜”评比，让村民从旁观者变成参与者——', False)
    True
    >>> is_dash_end_subtitle('村里有了“积分银行”', '乡村振兴影像记——', False)
    False
    >>> is_dash_end_subtitle('村里有了“积分银行”', '华店镇推行“红黑榜”评比，让村民从旁观者变成参与者——', True)
    False
    """
    headline, line = headline.strip(), line.strip()
    return (
        not next_is_free
        and bool(TRAILING_DASH.search(line))
        and not TRAILING_DASH.search(headline)
        and han_count(line) >= _DASH_END_SUBTITLE_MIN
        and han_count(headline) >= 4
        and not headline.endswith(("：", ":", "，", ",", "。"))
        and "。" not in line
    )


#: Words a place name ends with when a headline names its unit (邵武市和平镇, 义乌大陈镇).
_UNIT_ENDINGS = ("镇", "乡", "街道", "县", "市", "区", "旗")


def names_a_place(text: str) -> bool:
    """True when a headline line names a town or county of the gazetteer.

    >>> names_a_place('邵武市和平镇以“红色引擎”激活乡村治理'), names_a_place('衬衫小镇的抱团路')
    (True, False)
    """
    from .gazetteer import load_gazetteer
    from .mentions import read_mentions

    mentions = read_mentions(text, load_gazetteer(), "title")
    return any(m.name.endswith(_UNIT_ENDINGS) for m in mentions)


#: A headline's place lead: the place, then a colon, then the headline's words.
_PLACE_LEAD = re.compile(r"^(?P<lead>[\u4e00-\u9fff“”]{2,16})\s*[:：]\s*\S")


def place_lead(text: str) -> str | None:
    """The place a headline opens with before its colon (黄河乡：…, 乳山市育黎镇：…), when it names
    a town or county of the gazetteer; else None (单位：…, 正在阅读：… name none).

    >>> place_lead('黄河乡：牧民管护员当起“政策宣讲员”'), place_lead('单位：黄河乡人民政府')
    ('黄河乡', None)
    """
    lead = _PLACE_LEAD.match(text)
    return lead.group("lead") if lead and names_a_place(lead.group("lead")) else None


#: The most a county's short name before a town takes (仁怀坛厂街道: 仁怀).
_SHORT_COUNTY = 4


def is_place_tag(text: str) -> bool:
    """True for a line that is a place's name and nothing else: an e-paper's section tag
    over its story (仁怀坛厂街道 / 邻里驿站集民意 干部下沉解民忧), a page's region label.

    A headline says what happened somewhere; a town's name alone (with its county or a
    county's short name before it) says nothing, so it is never the headline, however
    much of the body it shares.

    >>> is_place_tag('仁怀坛厂街道'), is_place_tag('邵武市和平镇'), is_place_tag('吴店镇')
    (True, True, True)
    >>> is_place_tag('和平镇党建引领乡村振兴'), is_place_tag('走进吴店镇')
    (False, False)

    A county's or a prefecture's name alone is the banner of a site about it (凌源市 over a
    forum's copy of a county paper), no headline either:

    >>> is_place_tag('凌源市'), is_place_tag('朝阳市'), is_place_tag('凌源市委')
    (True, True, False)
    """
    from .gazetteer import load_gazetteer
    from .mentions import read_mentions

    squeezed = re.sub(r"[\s　]+", "", text)
    if not squeezed or re.search(r"[^\u4e00-\u9fff]", squeezed):
        return False
    if is_place_name(squeezed):
        return True
    gazetteer = load_gazetteer()
    mentions = read_mentions(squeezed, gazetteer, "title")
    towns = [m for m in mentions if m.towns and m.name.endswith(("镇", "乡", "街道"))]
    if not towns or towns[-1].end != len(squeezed):
        return False
    town, prefix = towns[-1], squeezed[: towns[-1].start]
    counties = [m for m in mentions if m.counties and m.end <= town.start]
    if counties:  # 邵武市和平镇: the county named in full right before it
        return counties[0].start == 0 and counties[-1].end == town.start
    # 仁怀坛厂街道: nothing before the town, or the short name of a county it lies in
    homes = {gazetteer.counties[t.county_code].name for t in town.towns}
    return not prefix or (
        len(prefix) <= _SHORT_COUNTY and any(name.startswith(prefix) for name in homes)
    )


def paired_headline(
    best: HeadlineCandidate,
    candidates: list[HeadlineCandidate],
    lines: list[str],
    confident: float,
) -> tuple[tuple[int, ...], str, str] | None:
    """A headline printed as two lines, one figurative, one saying who did what where.

    A paper sets a main line (主题) with a line that explains it: above it, a kicker
    (引题: ``义乌大陈镇以“共富联盟”串起九个村`` / ``衬衫小镇的抱团路``); under it, a subtitle
    (副题: ``古镇焕新颜，党建聚合力`` / ``邵武市和平镇以“红色引擎”激活乡村治理``): short header
    lines one above the other; the explaining one names the town, the main line does not. A
    kicker is not part of the title; a subtitle is, joined: 主题——副题, as a citation gives
    it. Which of two such lines is the main one the flattened text cannot always say
    (老典型焕发新活力 over 大寨镇推行…: a kicker), so a line over the one naming the town is
    taken as the main line only when it is a couplet of two matched clauses (古镇焕新颜，党建
    聚合力) or turns on quoted figures (“小厕所”改出“大民生”), the main line's own forms
    (main_lines.py); both confident headlines (no banner or menu). Two lines that are the
    phrases of one matched pair (守护民族团结花 / 共建和美幸福镇) are joined with a space when
    the chosen one is confident and the other scored above nothing: a half alone is short and
    shares few words. Returns (text, lines, reason), or None when no other line completes it.

    >>> from township_reports.ingest.headline import choose_headline, Zones
    >>> body = ['近年来，邵武市和平镇坚持以党建引领基层治理，推动古镇保护和乡风文明，党建聚合力不断增强。']
    >>> page = ['古镇焕新颜,党建聚合力', '', '邵武市和平镇以“红色引擎”激活乡村治理', '2024年10月09日15:20']
    >>> choose_headline(page + body, {3: 'date'}, Zones(4, 5))[0].text
    '古镇焕新颜,党建聚合力——邵武市和平镇以“红色引擎”激活乡村治理'

    A confident line naming the town over a shorter headline-like phrase naming no place is a
    kicker over the main line taken (义乌大陈镇以… / 衬衫小镇的抱团路: main_lines.py).
    """

    for other in candidates:
        if other is best:
            continue
        upper, lower = (best, other) if best.index < other.index else (other, best)
        beside = line_right_below(upper, candidates, lines) is lower
        if beside and best.score >= confident and other.score > 0:
            if halves_of_a_pair(upper.text, lower.text):  # 守护民族团结花 / 共建和美幸福镇
                return (
                    upper.text + " " + lower.text,
                    upper.lines + lower.lines,
                    "a matched pair printed as two lines",
                )
        if not beside or "——" in best.text + other.text or other.score < SCORES_AS_HEADLINE:
            continue
        placed = names_a_place(upper.text), names_a_place(lower.text)
        kicker = placed == (True, False) and best is upper
        if kicker and is_main_under_kicker(upper.text, lower.text):  # 引题 over 主题
            return lower.text, upper.lines + lower.lines, "a main line under its kicker (引题)"
        if other.score < confident:
            continue
        if re.search(r"\s", best.text + other.text) and not _couplet_over(best, other):
            continue  # a menu row or a headline with its own spaced parts
        if placed == (False, True) and is_main_line_form(upper.text):  # its subtitle under it
            return (
                upper.text + "——" + lower.text,
                upper.lines + lower.lines,
                "a main line with its subtitle under it (主题——副题)",
            )
    return None


def _couplet_over(one: HeadlineCandidate, other: HeadlineCandidate) -> bool:
    """True when the upper of two lines is a main line set as two phrases parted by one space
    (“零彩礼”婚约 为幸福加分, round 86) and the lower has no space: a couplet, not a menu row."""
    upper, lower = (one, other) if one.index < other.index else (other, one)
    phrases = upper.text.split()
    return (
        len(phrases) == 2 and min(map(han_count, phrases)) >= 3 and not re.search(r"\s", lower.text)
    )


def framed_headline(chrome: list[str], roles: PageRoles | None = None) -> str | None:
    """The headline a content farm's wrapper line names, when the page prints no other.

    >>> framed_headline(['古镇里的党员议事会?来源:云南网 接下来我们就来聊聊关于古镇里的党员议事会?以下内容大家不妨参考一二希望能帮到您!'])
    '古镇里的党员议事会'
    >>> framed_headline(['以下内容大家不妨参考一二']) is None
    True
    """
    roles = roles or load_page_roles()
    for line in chrome:
        match = roles.framing_headline.search(line)
        if match:
            return match.group("headline").strip()
    return None


#: A phrase of a verse-layout page: short, no stop, question or exclamation inside it.
_PHRASE_STOP = re.compile(r"[。！？!?；;]")


def verse_headline(lines: list[str], start: int, end: int) -> int | None:
    """The headline line of a page printed one phrase per line, or None.

    A video script or a poster's text is set a phrase to a line, with no prose line and no
    header: the page model then finds no header above the text, and its first line is the
    title the script opens with (``山路弯弯通富路`` / ``初夏的重庆市石柱土家族自治县`` /
    ``沙子镇星光村`` / …). Only when every line of the text is such a phrase (at least eight,
    none over 24 characters, none holding a stop) and the first is short and unpunctuated;
    a page with one prose line is a report, whose first short line is as often its lede.

    >>> script = ['山路弯弯通富路', '初夏的重庆市石柱土家族自治县', '沙子镇星光村', '茶园连片、稻田青青',
    ...           '2021年起,市里一家国有企业', '与星光村结对帮扶', '给村子送来了项目和信心', '为了把村党组织建强']
    >>> verse_headline(script, 0, len(script))
    0
    >>> verse_headline(['山路弯弯通富路', '近年来，沙子镇坚持以党建引领乡村振兴，把村党组织建强。'] + script[1:], 0, 9) is None
    True
    """
    phrases = [i for i in range(start, end) if lines[i].strip()]
    if len(phrases) < 8:
        return None
    if any(han_count(lines[i]) > 24 or _PHRASE_STOP.search(lines[i]) for i in phrases):
        return None
    first = lines[phrases[0]].strip()
    if not 4 <= han_count(first) <= 16 or re.search(r"[，,、：:\d]", first):
        return None
    return phrases[0]


def cut_page_part(text: str, roles: PageRoles | None = None) -> tuple[str, list[str]]:
    """A headline without the page number an aggregator paginates a long story with, and
    what was cut (``page_part`` in page_roles.yaml: ``( 二 )``, spaced inside half-width
    brackets). The number is the page's, not the headline's, as ``（组图）`` is; a part number
    printed with the headline (``（二）``, ``（上篇）``) is its own and stays.

    >>> cut_page_part('陕西宝鸡:党建联席会让社区和驻区单位成了一家人( 二 )')
    ('陕西宝鸡:党建联席会让社区和驻区单位成了一家人', ['( 二 )'])
    >>> cut_page_part('乡村振兴看变化（二）')
    ('乡村振兴看变化（二）', [])
    """
    roles = roles or load_page_roles()
    part = roles.page_part.search(text) if roles.page_part else None
    if not part or han_count(text[: part.start()]) < 6:
        return text, []
    return text[: part.start()], [part.group(0).strip()]


def below_original_headline(scored: list[HeadlineCandidate]) -> None:
    """Mark down a header line set under a ``原标题：`` line: the original's own text.

    A repost names the report's earlier headline (原标题：小积分撬动乡村治理新风尚) at the
    top of the copied text, under its own headline and meta line; what follows is the
    original's first line (its subtitle or first heading: 前进村的“爱心超市”), no headline
    of the page's. Each such line loses 0.3, as the 原标题 line itself does, so that the
    page's headline above both wins; a line joined to the 原标题 line (its ——subtitle) is
    part of that candidate and is left alone.

    >>> from township_reports.ingest.headline import choose_headline, Zones
    >>> page = ['喇嘛甸镇前进村 “爱心超市”凭分换物', '2023-05-22 09:18:26 来源:大庆让胡路', '原标题:小积分撬动乡村治理新风尚',
    ...         '前进村的“爱心超市”', '让胡路区喇嘛甸镇前进村，村委会一楼有间不大的屋子，货架上摆着米面，不标价只标分数，前进村的“爱心超市”凭分换物。']
    >>> choose_headline(page, {1: 'field'}, Zones(4, 5))[0].text
    '喇嘛甸镇前进村 “爱心超市”凭分换物'
    """
    marks = [c.index for c in scored if "原标题" in c.cut]
    if not marks:
        return
    for candidate in scored:
        if candidate.index > min(marks) and "原标题" not in candidate.cut and candidate.score > 0:
            candidate.score -= 0.3
            candidate.reasons.append("under the 原标题 line: the original's own text (-0.3)")


#: What a kicker over a main line loses: a paper's main line under it is the headline.
_KICKER_PENALTY = 0.2


def below_kicker(scored: list[HeadlineCandidate], lines: list[str]) -> None:
    """Mark down a kicker (引题) set right over a main line of two matched phrases.

    A paper sets its headline as a one-phrase kicker saying who did what
    (上城区关爱新就业群体出实招), the main line under it in two matched phrases (圆桌议事听心声
    暖“新”服务送上门), and often a photograph's caption under both. The kicker is not part of
    the title (README), though it shares as much with the text as the main line. A line over
    such a pair loses 0.2 when it is a single phrase with no mark in it: a headline with a
    lead (马坝镇：…) or a comma is a headline of its own, whatever deck stands under it.

    >>> from township_reports.ingest.headline import choose_headline, Zones
    >>> page = ['上城区关爱新就业群体出实招', '圆桌议事听心声 暖“新”服务送上门',
    ...         '上城区四季青街道党工委举办“小哥议事会”，请快递员和外卖骑手为新就业群体服务出实招、议心声。']
    >>> choose_headline(page, {}, Zones(2, 3))[0].text
    '圆桌议事听心声 暖“新”服务送上门'
    """
    for upper in scored:
        lower = line_right_below(upper, scored, lines)
        if lower is None or upper.score <= 0 or lower.score <= 0:
            continue
        if not is_matched_pair(lower.text):
            continue
        if re.search(r"[\s，,。：:；;！？!?、|｜—-]", upper.text) or han_count(upper.text) < 6:
            continue
        upper.score -= _KICKER_PENALTY
        upper.reasons.append(
            f"a kicker over a main line of two matched phrases (-{_KICKER_PENALTY})"
        )


#: A village or community's name (two to four characters) closing a town's line.
_VILLAGE_AFTER_TOWN = re.compile(r"^(.+?(?:镇|乡|街道))([\u4e00-\u9fff]{1,3}(?:村|社区|居委会))$")


def below_village_line(scored: list[HeadlineCandidate], lines: list[str]) -> None:
    """Mark down a village's place line set right over the headline (平定县冶西镇东庄村 /
    小陈醋酿出致富大产业): a city paper's rural page names the village it went to above each
    story, as an e-paper's section tag names a town (``is_place_tag``). It shares every word
    with the text, but says nothing happened; a village profile titled with the name alone
    (崇明区竖新镇前卫村, nothing under it) keeps it.

    >>> from township_reports.ingest.headline import choose_headline, Zones
    >>> page = ['平定县冶西镇东庄村', '小陈醋酿出致富大产业', '8月上旬，走进平定县冶西镇东庄村，一股浓浓的醋香扑面而来，村里的陈醋合作社正忙着灌装。']
    >>> choose_headline(page, {}, Zones(2, 3))[0].text
    '小陈醋酿出致富大产业'
    >>> choose_headline(page[:1] + page[2:], {}, Zones(1, 2))[0].text
    '平定县冶西镇东庄村'
    """
    for upper in scored:
        village = _VILLAGE_AFTER_TOWN.match(re.sub(r"[\s　]+", "", upper.text))
        if upper.score <= 0 or not village or village.group(2).endswith("乡村"):
            continue  # 和平镇美丽乡村 names no village
        lower = line_right_below(upper, scored, lines)
        if lower is None or lower.score <= 0 or not is_place_tag(village.group(1)):
            continue
        upper.score -= 1.0
        upper.reasons.append("a village's place line over the headline (-1.0)")


#: A headline's lead: a place named before a colon (文昌东郊镇城内村：), Chinese only.
_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,14}[：:]$")
_BAR = re.compile(f"[{BARS}]")


def with_printed_lead(
    best: HeadlineCandidate, viable: list[HeadlineCandidate], roles: PageRoles | None = None
) -> tuple[str, tuple[int, ...], str] | None:
    """The headline as printed with its place lead, when the page prints it twice and one
    print drops the lead (``改善人居环境红榜 | 文昌东郊镇城内村:党员带头清院落…`` at the top,
    ``党员带头清院落…`` over the text): the fuller print is the title, the column label before
    its bar cut (README: a column label before ``|`` is not part of the title). Only a lead
    naming a town or county before a colon is taken back; a page's label with a colon
    (``正在阅读：``, ``今日热点：``), a series tag or a bracketed label before the shorter print
    is not the headline's, and is left to the scorer.
    Returns (text, lines, reason) or None.

    >>> from township_reports.ingest.headline import HeadlineCandidate
    >>> short = HeadlineCandidate(4, '党员带头清院落 村规民约管出好环境', 0.83, lines=(4,))
    >>> full = HeadlineCandidate(0, '改善人居环境红榜 | 文昌东郊镇城内村:党员带头清院落 村规民约管出好环境', 0.83, lines=(0,))
    >>> with_printed_lead(short, [full, short])[0]
    '文昌东郊镇城内村:党员带头清院落 村规民约管出好环境'
    >>> tagged = HeadlineCandidate(0, '【红榜】党员带头清院落 村规民约管出好环境', 0.83, lines=(0,))
    >>> with_printed_lead(short, [tagged, short]) is None
    True
    >>> reading = HeadlineCandidate(0, '正在阅读：党员带头清院落 村规民约管出好环境', 0.83, lines=(0,))
    >>> with_printed_lead(short, [reading, short]) is None
    True

    The print over the text may carry the subtitle the upper one lacks (贵港:农家书屋成… at the
    top; 农家书屋成… / ——记… over the text): the lead goes before the whole title.

    >>> dashed = HeadlineCandidate(6, '农家书屋成农民致富“加油站——记大岭乡江兴村农家书屋', 1.1, lines=(6, 8))
    >>> led = HeadlineCandidate(2, '贵港:农家书屋成农民致富“加油站', 1.0, lines=(2,))
    >>> with_printed_lead(dashed, [led, dashed])[0]
    '贵港:农家书屋成农民致富“加油站——记大岭乡江兴村农家书屋'

    So is a village the gazetteer tells by its name (徐慕村:…, round 108); 美丽乡村: is a column.

    >>> short = HeadlineCandidate(2, '网格员助力反电诈 共建和谐生活圈', 0.9, lines=(2,))
    >>> village = HeadlineCandidate(0, '徐慕村:网格员助力反电诈 共建和谐生活圈', 0.8, lines=(0,))
    >>> column = HeadlineCandidate(0, '美丽乡村:网格员助力反电诈 共建和谐生活圈', 0.8, lines=(0,))
    >>> with_printed_lead(short, [village, short])[0], with_printed_lead(short, [column, short])
    ('徐慕村:网格员助力反电诈 共建和谐生活圈', None)
    """
    roles = roles or load_page_roles()
    main = best.text.split("——")[0]
    for other in viable:
        if other is best or other.text == main or not other.text.endswith(main):
            continue
        lead = _BAR.split(other.text[: -len(main)])[-1].strip()
        named = names_a_place(lead) or is_place_name(lead[:-1])  # 贵港: a city by its short name
        named = named or lead[:-1] in village_counties()  # 徐慕村: a village of the gazetteer
        named = named and not load_field_rules().byline_pattern.search(lead)  # 陕西日报记者甲:
        if _LEAD.match(lead) and not roles.column_prefix.match(lead) and named:
            return (
                lead + best.text,
                tuple(sorted(set(best.lines + other.lines))),
                "printed again with its place lead, the fuller print taken",
            )
    return None


#: Reasons for a headline joined from two lines by a form met on few pages: the title goes
#: on the review list (reading.choose_title), since the same lines can read otherwise.
JOINED_DASH_END = "a subtitle printed with its dash after it, joined: 主题——副题"
REVIEWED_JOINS = (JOINED_DASH_END, JOINED_SECOND_PRINT)


def mark_joined(best: HeadlineCandidate, lines: list[str]) -> None:
    """Note on a headline joined from two lines by a form met on few pages (a subtitle with
    its dash after it) which form joined it, so that the title goes on the review list: the
    same two lines can be a kicker and its main line."""
    if len(best.lines) != 2:
        return
    if TRAILING_DASH.search(lines[best.lines[1]].strip()):
        best.reasons.append(JOINED_DASH_END)


def free_header_lines(
    lines: list[str], roles_of: dict[int, str], zones: Zones, roles: PageRoles | None = None
) -> list[tuple[tuple[int, ...], str]]:
    """The header lines no other role claimed, as (line indices, text).

    A headline broken after its lead (``奉节白龙村：`` / ``一个市级贫困村的乡村振兴探索``)
    or after a comma is one candidate spanning both lines (a label such as ``今天是：``
    is not a lead), and so is a headline with its subtitle (``——记…``) on the next line:
    a citation gives the title with its subtitle. A subtitle printed with its dash after it
    is joined the same way (``is_dash_end_subtitle``). Two short matched lines
    (守护民族团结花 / 共建和美幸福镇) are not joined: on a page nobody had seen, two captions
    at the top of the text had that shape (PATTERNS.md xk, "After merging").

    >>> from township_reports.ingest.page import Zones
    >>> free_header_lines(['奉节白龙村：', '', '一个贫困村的乡村振兴探索', '本报记者 张国勇'], {3: 'byline'}, Zones(4, 4))
    [((0, 2), '奉节白龙村：一个贫困村的乡村振兴探索')]
    >>> free_header_lines(['观山湖区世纪城街道——', '召开党建引领基层治理联席会', '来源:贵阳日报'], {2: 'field'}, Zones(3, 3))
    [((0, 1), '观山湖区世纪城街道——召开党建引领基层治理联席会')]
    >>> free_header_lines(['乡村振兴影像记——', '稻田里的党员突击队', '来源:贵阳日报'], {2: 'field'}, Zones(3, 3))
    [((0,), '乡村振兴影像记——'), ((1,), '稻田里的党员突击队')]
    >>> free_header_lines(['香菇万里香华夏美名扬', '时间:2019-10-08 作者:许贵元', '来自“中国香菇第一乡”平安城镇的报告'], {1: 'field'}, Zones(3, 3))
    [((0, 2), '香菇万里香华夏美名扬——来自“中国香菇第一乡”平安城镇的报告')]
    >>> free_header_lines(['坚守初心显担当', '发布时间：2023-05-06', '——记平遥县岳壁乡党委书记张建华'], {1: 'date'}, Zones(3, 3))
    [((0, 2), '坚守初心显担当——记平遥县岳壁乡党委书记张建华')]
    >>> free_header_lines(['村里有了“积分银行”', '', '华店镇推行“红黑榜”评比，让村民从旁观者变成参与者——', '□本报记者张晓峰'], {3: 'byline'}, Zones(4, 4))
    [((0, 2), '村里有了“积分银行”——华店镇推行“红黑榜”评比，让村民从旁观者变成参与者')]
    """
    from .headline import is_site_name

    roles = roles or load_page_roles()
    free = [
        (i, lines[i].strip())
        for i in range(zones.body_start)
        if lines[i].strip() and i not in roles_of
    ]
    joined: list[tuple[tuple[int, ...], str]] = []
    skip = set()
    for position, (index, text) in enumerate(free):
        if index in skip:
            continue
        after = free[position + 1] if position + 1 < len(free) else None
        between = [j for j in range(index + 1, after[0]) if lines[j].strip()] if after else []
        place_dash = is_place_dash_lead(text)  # 观山湖区世纪城街道—— / the rest of the headline
        lead = (
            text.endswith(("：", ":"))
            and han_count(text) <= 14
            and not is_site_name(text[:-1], roles)
        ) or place_dash  # not 承德网群：
        broken = (text.endswith(("，", ",")) and han_count(text) <= 30) or ends_unfinished(text)
        dashed = bool(after) and bool(_SUBTITLE_DASH.match(after[1])) and han_count(text) >= 4
        undashed = bool(after) and is_undashed_subtitle(text, after[1], roles)
        # nothing between, or only the meta line before a subtitle (香菇万里香华夏美名扬 /
        # 时间:… 作者:… / 来自…的报告; 坚守初心显担当 / 发布时间:… / ——记…党委书记…)
        under_meta = undashed or (dashed and not re.search(r"[。！？!?]", after[1]))
        adjacent = after and all(
            under_meta and roles_of.get(j) in ("field", "date") for j in between
        )
        dash_end = bool(after) and is_dash_end_subtitle(
            text, after[1], _next_is_free(lines, roles_of, after[0], zones)
        )
        furniture = not place_dash and any(p.search(text) for _, p in roles.not_headline)
        if adjacent and (lead or broken or dashed or undashed or dash_end) and not furniture:
            following = _SUBTITLE_DASH.sub("——", after[1]) if dashed else after[1]
            following = "——" + following if undashed else following
            if dash_end:  # 主题 / 副题—— : the dash printed after the subtitle goes between
                following = "——" + TRAILING_DASH.sub("", following).strip()
            joined.append(((index, after[0]), text.rstrip() + following))
            skip.add(after[0])
            continue
        joined.append(((index,), text))
    return joined


def is_place_dash_lead(text: str) -> bool:
    """True for a headline's place lead printed on its own line with a dash after it
    (``观山湖区世纪城街道——`` over ``召开党建引领基层治理联席会``), as an e-paper breaks a long
    headline: the lead and the line under it are one headline, joined with the dash, as a
    lead ending in ``：`` is. The same dash closes a series kicker (``乡村振兴影像记——``)
    over a main line that is a headline of its own; a kicker names no place, so only a
    line that is a place's name and nothing else (``is_place_tag``) before its dash leads.

    >>> is_place_dash_lead('观山湖区世纪城街道——'), is_place_dash_lead('仁怀坛厂街道--')
    (True, True)
    >>> is_place_dash_lead('乡村振兴影像记——'), is_place_dash_lead('观山湖区世纪城街道')
    (False, False)
    """
    text = text.strip()
    lead = TRAILING_DASH.sub("", text)
    return lead != text and is_place_tag(lead)


def _next_is_free(lines: list[str], roles_of: dict[int, str], index: int, zones: Zones) -> bool:
    """True when the next filled line under ``index`` is another free header line (no role,
    above the text): a line under which the byline, the date or the text follow is the
    last of the header's free lines."""
    following = next((j for j in range(index + 1, len(lines)) if lines[j].strip()), None)
    return following is not None and following < zones.body_start and following not in roles_of


#: A subtitle's dash: —— (or -- as typed, or its two strokes set apart: — —记…), or one —
#: before Chinese (—基层党建巡礼系列报道之五).
_SUBTITLE_DASH = re.compile(r"^(?:——|--|－－|—[ \u3000]+—|—(?=[\u4e00-\u9fff“《]))")
