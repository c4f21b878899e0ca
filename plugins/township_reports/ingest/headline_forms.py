"""Headlines printed in two lines, or named only by a wrapper: which words are the title.

A paper sets a main line with a kicker over it or a subtitle under it; a content farm
names the headline of the report it copied inside its own boilerplate. These rules read
those forms for the headline chooser (headline.py); they never invent a title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .page import PageRoles, han_count, load_page_roles

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


def is_couplet(text: str) -> bool:
    """Two matched clauses, a main line's form: 古镇焕新颜，党建聚合力 (3–10 characters each,
    lengths within one).

    >>> is_couplet('古镇焕新颜，党建聚合力'), is_couplet('老典型焕发新活力'), is_couplet('党建引领，推动村集体经济发展壮大')
    (True, False, False)
    """
    halves = re.split(r"[，,]", text)
    sizes = [han_count(h) for h in halves]
    return len(halves) == 2 and all(3 <= n <= 10 for n in sizes) and abs(sizes[0] - sizes[1]) <= 1


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
    """
    from .gazetteer import load_gazetteer
    from .mentions import read_mentions

    squeezed = re.sub(r"[\s　]+", "", text)
    if not squeezed or re.search(r"[^\u4e00-\u9fff]", squeezed):
        return False
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
    viable: list[HeadlineCandidate],
    lines: list[str],
    confident: float,
) -> tuple[tuple[int, ...], str, str] | None:
    """A headline printed as two lines, one figurative, one saying who did what where.

    A paper sets a main line (主题) with a line that explains it: above it, a kicker
    (引题: ``义乌大陈镇以“共富联盟”串起九个村`` / ``衬衫小镇的抱团路``); under it, a subtitle
    (副题: ``古镇焕新颜，党建聚合力`` / ``邵武市和平镇以“红色引擎”激活乡村治理``). Flattened,
    both are short header lines one above the other. The explaining line names the town;
    the main line does not. A kicker is not part of the title; a subtitle is, joined:
    主题——副题, as a citation gives it. Which of two such lines is the main one the
    flattened text cannot always say (老典型焕发新活力 over 大寨镇推行…: a kicker), so a
    line over the one naming the town is taken as the main line only when it is a couplet
    of two matched clauses (古镇焕新颜，党建聚合力), the main line's own form. Both lines
    must be confident headlines on their own (a banner or a menu is not). Returns
    (text, lines, reason), or None when the two lines do not differ so.

    >>> from township_reports.ingest.headline import choose_headline, Zones
    >>> body = ['近年来，邵武市和平镇坚持以党建引领基层治理，推动古镇保护和乡风文明，党建聚合力不断增强。']
    >>> page = ['古镇焕新颜,党建聚合力', '', '邵武市和平镇以“红色引擎”激活乡村治理', '2024年10月09日15:20']
    >>> choose_headline(page + body, {3: 'date'}, Zones(4, 5))[0].text
    '古镇焕新颜,党建聚合力——邵武市和平镇以“红色引擎”激活乡村治理'

    A line naming the town over one that does not stays the headline: it may be a kicker
    over the main line (义乌大陈镇以“共富联盟”串起九个村 / 衬衫小镇的抱团路), but the line
    under a headline is as often a photo caption (X村全貌) or a column's name, and a kicker
    is a real part of the headline where a caption is not one at all. So no kicker is
    dropped here; the headline scorer alone chooses between such lines.
    """

    def adjacent(upper: HeadlineCandidate, lower: HeadlineCandidate) -> bool:
        between = range(upper.lines[-1] + 1, lower.lines[0])
        return upper.lines[-1] < lower.lines[0] and not any(lines[j].strip() for j in between)

    for other in viable:
        if other is best or "——" in best.text + other.text or other.score < confident:
            continue
        if re.search(r"\s", best.text + other.text):
            continue  # a menu row or a headline with its own spaced parts
        upper, lower = (best, other) if best.index < other.index else (other, best)
        if not adjacent(upper, lower):
            continue
        placed = names_a_place(upper.text), names_a_place(lower.text)
        if placed == (False, True) and is_couplet(upper.text):  # its subtitle under it
            return (
                upper.text + "——" + lower.text,
                upper.lines + lower.lines,
                "a main line with its subtitle under it (主题——副题)",
            )
    return None


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
