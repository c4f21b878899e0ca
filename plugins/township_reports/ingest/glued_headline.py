"""A headline a scraper glued to the lede, and the credit run that is never one.

Some pages lose the line break after the headline, so the first paragraph starts with it
(开展“四户联帮”活动 双龙镇党员争当致富“领头羊”“村里的党员…”近日，…): the head is split off
where a lede opens. Split from ``headline`` (the scoring of headline lines), whose reading
of the first paragraph calls it.
"""

from __future__ import annotations

import re

from .field_rules import load_field_rules
from .headline_forms import names_a_place
from .headline_kinds import opens_on_purpose
from .matched_pairs import is_matched_pair, is_pair_half
from .page import HAN, han_count, reads_as_prose

#: The time words a lede opens with (近日，…; 近年来，…).
_TIME_OPENING = "近日|近年来|今年以来|日前|连日来"
_LEDE_OPENING = re.compile(
    rf"“|本报讯|本网讯|(?P<dateline>[\u4e00-\u9fff]{{0,10}}讯)|{_TIME_OPENING}"
)


#: A headline's place lead before its colon, kept in a glued headline:
#: split_glued_headline('安陆市李店镇：共筑免疫长城 守护健康未来本网讯 通讯员 易艳 4月24日，…')
#: gives ('安陆市李店镇：共筑免疫长城 守护健康未来', '本网讯 通讯员 易艳 4月24日，…').
_PLACE_LEAD = re.compile(r"[\u4e00-\u9fff]{2,14}[：:]")

_QUOTED_SPEECH = re.compile(r"“[^”]{0,80}[，。！？；,.!?;][^”]{0,160}”")


#: A head ending on a word that wants what follows it: a function word, a preposition, or a
#: coverb (六塔乡党委政府以 | “不烧一把火、不冒一处烟”为禁烧目标: round 87): the quotation
#: after it is its object, not speech opening a lede.
_OBJECT_WANTED = (
    *"的了把在和与对为是将向从被让使及以于由用按给凭据经",
    *"通过 围绕 依托 按照 根据 结合 借助 立足 紧扣 聚焦 坚持".split(),
)


def _opens_a_lede(head: str, rest: str) -> bool:
    """True when ``rest`` opens a story rather than continuing ``head``'s sentence.

    A quotation that opens a lede is speech (it holds a comma or a stop); a quoted
    term (作为乡村振兴的“第一引擎”，) continues the sentence, and so does a head that
    ends in a function word, or one a time word and a preposition follow (…近日在…).

    >>> _opens_a_lede('一年一度的“闹春田”', '近日在福建省龙岩市长汀县童坊镇举河村举行。')
    False
    >>> _opens_a_lede('春风拂暖催新绿,植树造林正当时', '近日,张家川镇组织党员干部开展义务植树。')
    True
    >>> _opens_a_lede('六塔乡党委政府以', '“不烧一把火，不冒一处烟”为禁烧目标，秸秆禁烧工作早行动。')
    False
    """
    if head.endswith(_OBJECT_WANTED):
        return False
    if _ADVERB_THEN_PREPOSITION.match(rest):
        return False  # 一年一度的“闹春田”近日在福建省…: the head is the sentence's subject
    return not rest.startswith("“") or bool(_QUOTED_SPEECH.match(rest))


def _lede_opening(line: str, position: int, not_after: str) -> re.Match | None:
    """Where a lede may open at ``position`` (a quotation, a dateline, 近日…), or None. A
    dateline's outlet (…讯) starts after no Chinese character, or the split is inside its
    name (荆楚网客户端—荆楚 | 网讯); 讯 before 员 is 通讯员, a credit word, no dateline."""
    opening = _LEDE_OPENING.match(line, position) if position >= 8 else None
    if opening and opening.group("dateline"):
        after = line[opening.end() : opening.end() + 1]
        if HAN.match(line, position - 1) or (after and after in not_after):
            return None
    return opening


#: A time word run on into a preposition (近日在, 日前于): the sentence goes on from its subject;
#: a lede opening with one parts it off with a comma (近日，…) or names its actor (近日张家川镇…).
_ADVERB_THEN_PREPOSITION = re.compile(rf"(?:{_TIME_OPENING})[在于从到对向为将把被由与和跟同]")


_DAY_AT_END = re.compile(r"\d{1,2}月\d{1,2}日$")
# A dated dateline closing the head (东北网宝清5月20日讯 | 连日来…): the place may stand
# after the date (中国江苏网12月17日扬州讯); a headline ending in 喜讯 has no date before it.
_DATELINE_AT_END = re.compile(r"\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,6}?(?:讯|电)$")


#: A run before the lede that credits it (本报记者 甲 通讯员 乙): never its headline.
_CREDIT_HEAD = re.compile(r"记者|通讯员|作者|编辑|来源|摄影?$")


def is_credit_head(text: str) -> bool:
    """True for a run before the lede that credits it (本报记者 甲 通讯员 乙): who wrote it,
    never its headline.

    >>> is_credit_head('本报记者 王晓东 通讯员 李红梅'), is_credit_head('党员带头种新茶 荒坡变成致富园')
    (True, False)
    """
    return bool(_CREDIT_HEAD.search(text))


def _pair_comma(line: str, position: int) -> bool:
    """True when the comma at ``position`` parts the two phrases of a headline's matched pair
    (春风拂暖催新绿,植树造林正当时 | 近日,…): the search for the lede goes on past it, and a
    split after it is taken only when the head is such a pair; a sentence's comma ends it.

    >>> split_glued_headline('春风拂暖催新绿,植树造林正当时近日,张家川镇组织党员干部、志愿者群众等500余人开展义务植树。')[0]
    '春风拂暖催新绿,植树造林正当时'
    >>> split_glued_headline('为民办实事，党员干部连日来深入田间地头，帮助群众解决生产难题。') is None
    True
    """
    return line[position] in "，," and is_pair_half(line[:position])


def split_glued_headline(line: str) -> tuple[str, str] | None:
    """A headline a scraper glued to the lede, split off: (headline, lede) or None.

    Some pages lose the line break after the headline, so the first paragraph starts
    with it: a run without a comma or stop, then the lede opening with a quotation,
    a dateline or 近日/近年来. Quotation marks inside the headline are balanced.

    >>> head, lede = split_glued_headline('开展“四户联帮”活动 双龙镇党员争当致富“领头羊”“村里的党员带头把猕猴桃种出了名堂，我们跟着种心里有底。”近日，在花垣县双龙镇的猕猴桃基地，村民一边剪枝一边说。')
    >>> head, lede[:12]
    ('开展“四户联帮”活动 双龙镇党员争当致富“领头羊”', '“村里的党员带头把猕猴桃')
    >>> split_glued_headline('近年来，介休市张兰镇紧紧围绕乡村振兴战略，坚持以党建为引领。') is None
    True
    >>> split_glued_headline('本网讯（通讯员 王密）近年来，平利县兴隆镇坚持“生态立镇”的实施路径，以党建引领发展。') is None
    True
    >>> split_glued_headline('圣水峪镇坚持把党建引领作为乡村振兴的“第一引擎”，建立健全“三联五共”工作机制，强化村村联合。') is None
    True
    >>> split_glued_headline('红网时刻湘西6月12日讯（通讯员 石晓丽）6月11日，花垣县双龙镇党委组织党员开展主题党日活动。') is None
    True

    A dateline is never cut inside its date, however long the outlet's name before it
    (红网时刻张家界3月29 | 日讯…):

    >>> split_glued_headline('红网时刻张家界3月29日讯（通讯员 王莉荀）3月26日上午，永定区天门山镇举行了一场新闻宣传工作座谈会。') is None
    True

    nor taken for a headline when a space parts it from a lede that opens with 连日来 or 近日
    (an outlet, the place it filed from, the day):

    >>> split_glued_headline('东北网宝清5月20日讯 连日来,宝清县七星泡镇组织机关党员干部深入各村。') is None
    True

    An outlet's dateline opens at a boundary: where a name runs on into 讯 there is no cut
    inside it (a two-part outlet, 荆楚网客户端—荆楚 | 网讯, is a dateline, not a headline):

    >>> split_glued_headline('荆楚网客户端—荆楚网讯（通讯员 程润 刘君慧）“四面茶花三面桑，一村山色半村湖。”英山县石头咀镇') is None
    True

    and two outlets parted by a space before 讯 are a dateline too:

    >>> split_glued_headline('安徽网 大皖客户端讯 “老人家，这是防诈骗宣传单，千万别信。”5月20日，在萧县官桥镇') is None
    True

    A headline of two matched phrases keeps its comma (``_pair_comma``), one opening with
    its place's lead its colon (安陆市李店镇：… 本网讯 通讯员 甲…, round 82; ``_PLACE_LEAD``).
    """
    if _LEDE_OPENING.match(line):
        return None  # the lede itself opens the line (本网讯（通讯员 王密）近年来…)
    depth, splits, comma = 0, [], None
    lead, not_after = _PLACE_LEAD.match(line), load_field_rules().not_after_dateline
    for position, char in enumerate(line[:48]):
        comma = position if comma is None and _pair_comma(line, position) else comma
        at_lead = lead is not None and position == lead.end() - 1 and names_a_place(lead.group(0))
        if char in "，。！？；：,;:!?（()）" and position != comma and not at_lead:
            break
        opening = _lede_opening(line, position, not_after) if depth == 0 else None
        if opening:
            head, rest = line[:position].strip(), line[position:]
            dateline = rest.startswith(("讯", "电", "消息")) or _DAY_AT_END.search(head)
            dateline = dateline or head[-1:].isdigit()  # a date cut in two: …3月29 | 日讯
            dateline = dateline or _DATELINE_AT_END.search(head)  # …5月20日讯 | 连日来，
            # the whole head a dateline by fields.yaml's own form (安徽网 大皖客户端讯)
            dateline = dateline or load_field_rules().dateline.fullmatch(head)
            if (
                not dateline  # 红网时刻湘西6月12日讯(…): the outlet's dateline, no headline
                and not is_credit_head(head)  # 本报记者 甲 通讯员 乙 近日，…
                and not opens_on_purpose(head)  # 为纵深推进…党组织“融合聚力，争先创优”…
                and han_count(head) >= 8
                and reads_as_prose(rest)
                and _opens_a_lede(head, rest)
                and (comma is None or is_matched_pair(head))
            ):
                splits.append((head, rest))
        if char == "“":
            depth += 1
        elif char == "”":
            depth = max(0, depth - 1)
    # The last opening before the first comma or stop: a headline may quote a phrase itself.
    if splits:
        return splits[-1]
    return None
