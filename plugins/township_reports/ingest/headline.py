"""The headline of a page: the header line that looks like one, chosen by its features.

Length, punctuation, what it shares with the body, where it stands; and not a banner,
a site name, a column name, an e-paper line or a contact line (``data/page_roles.yaml``).
A headline glued to the lede is split off it (``glued_headline``); the posting account under a headline
(巫山发布) is found too. Every choice keeps its score and reasons, and a weak one says
so, so that a curator can review it rather than trust it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import squeeze
from .caption_shapes import is_caption_sentence, shows_people_at_event, shows_people_at_work
from .dated_headlines import undated
from .dechrome import load_chrome_rules
from .headline_forms import (
    below_kicker,
    below_original_headline,
    below_village_line,
    cut_page_part,
    free_header_lines,
    is_place_tag,
    mark_joined,
    paired_headline,
    with_printed_lead,
)
from .headline_kinds import (
    asks_questions,
    below_lone_lines,
    below_place_led_headline,
    channel_tail,
    keyword_tail,
    with_subtitle_dash,
)
from .headline_labels import LIST_NUMBER, cut_column_label, trailing_label, without_prefix
from .lone_captions import is_visit, lone_caption_shape
from .main_lines import SCORES_AS_HEADLINE
from .matched_pairs import is_matched_pair
from .name_lines import names_and_other
from .names import is_person_name
from .page import (
    ORIGINAL_TITLE_LABEL,
    TABLE_TITLE,
    TITLE_LABELS,
    PageRoles,
    Zones,
    han_count,
    han_pairs,
    load_page_roles,
)
from .second_print import (
    JOINED_SECOND_PRINT,
    PRINTED_TWICE,
    best_headline,
    print_to_take,
    subtitle_under_second_print,
)
from .site_names import cut_unshared_tail, is_outlet_name, is_site_name, strip_site_name
from .spam_tag import injected_tag

#: A headline at or above this score is taken; below it, the title is devised.
HEADLINE_THRESHOLD = SCORES_AS_HEADLINE
#: Between the threshold and this score, the headline is taken but goes on the review list.
HEADLINE_CONFIDENT = 0.7


def bigrams(text: str) -> set[str]:
    """The Chinese character bigrams of a text (what a headline shares with its story)."""
    return set(han_pairs(text))


@dataclass
class HeadlineCandidate:
    """A header line scored as a possible headline, with the reasons for its score."""

    index: int
    text: str
    score: float
    reasons: list[str] = field(default_factory=list)
    lines: tuple[int, ...] = ()
    cut: list[str] = field(default_factory=list)  # what clean_headline cut off its line


def is_never_a_headline(text: str, roles: PageRoles | None = None) -> bool:
    """True for a line no page prints as its headline: furniture (navigation, contact
    lines, e-paper page lines …) or a site or column name, a menu item's list number
    aside. A saved page's ``<title>`` is sometimes such a line (a CMS that titles every
    page with its menu's first item), and must then not displace the printed headline.

    >>> [is_never_a_headline(x) for x in ('1. 首页', '首页 > 基层党建', '平利县人民政府')]
    [True, True, True]
    >>> is_never_a_headline('聚力起势 群“星”争辉 激活乡村振兴新动能')
    False

    A summary's or the keywords' label line is the page's, however short:

    >>> [is_never_a_headline(x) for x in ('核心提示:水源 党员 河道', '关键词：基层党建;网格化治理')]
    [True, True]
    >>> is_never_a_headline('小关键词撬动大治理')
    False
    """
    roles = roles or load_page_roles()
    return any(p.search(text) for _, p in roles.not_headline) or is_site_name(
        LIST_NUMBER.sub("", text), roles
    )


_HASHTAG = re.compile(r"^#[^#\n]{1,30}#\s*")
#: A headline set in 【】 as a whole, perhaps with its own series tag inside (【【大国“粮”策】复兴
#:小站稻… 】, round 61).
_WHOLLY_BRACKETED = re.compile(r"^【(?:[^【】]|【[^【】]{1,20}】){6,}】$")
# Decoration after a headline: a row of symbols, or a menu bar left dangling (…渡口 |, …牧民生金|).
# Symbols around a headline: a run closing it, a bar after it, a list bullet a flattened page
# leaves before it (- 某镇召开…, • 某镇…), and a menu's bar left before it (| 某乡开展…, round 71).
#: An app's emoji, with their joiners and spaces, around a headline (🧑【活力中国调研行】…✋, round 57).
_EMOJI = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\s]+"
_WRAPPING_SYMBOLS = re.compile(
    r"[\s*＊#＃=~～_]{2,}$|\s*[|｜丨]\s*$|"
    # a list's mark of a headline it cut, spaced off (…对义堂镇木业调研 ..., round 69)
    r"\s+(?:\.{3,}|…+)$|^\s*[-•·▪■◆●★>»|｜]+\s+(?=[\u4e00-\u9fff“【《])"
    r"|^[，,、；;]+"  # a clause mark a copy left before it (，崇武镇，左手古城…, round 61)
    r"|^[|｜]+(?=[\u4e00-\u9fff“【《])"  # a breadcrumb's bar, unspaced (|湖南娄底…, round 97)
    # or a list's hyphen or dot glued on (-天津北辰区 …, round 72); a glued ■ marks a feature's
    # subhead (■产业帮扶见实效, pending xn-006), never the headline
    r"|^[-－•·](?=[\u4e00-\u9fff“【《])"
    # a bullet or mark an encoder could not write, left as ? (?党建深度嵌入…, round 101)
    r"|^\?+(?=[\u4e00-\u9fff“【《])"
    # a host's domain before a colon (kaiyun.com：德州陵城区宋家镇…, a spam copy's, round 72)
    r"|^(?:[a-z0-9-]+\.)+(?:com|cn|net|org|cc|top|vip|xyz|info)\s*[:：]\s*(?=\S)"
    # a forum's marks of a post (顶, 转: [顶] [转] 辽宁新宾7.31大水…, round 61)
    r"|^(?:\[(?:顶|转|转贴|转帖|转载|原创|置顶|精华|推荐|分享|图文|组图)\]\s*)+"
    rf"|^{_EMOJI}|{_EMOJI}$"
)
_ORIGINAL_HEADLINE = re.compile(rf"^[（(【\[]?\s*{ORIGINAL_TITLE_LABEL}\s*[:：]\s*(.+?)[)）】\]]?$")
# A repost's note of the paper it copied, set before the headline (转载黑龙江日报：…)
_REPOSTED_FROM = re.compile(r"^(?:转载自?|转自|摘自)\s*([^\s:：，。“”]{2,16}?)\s*[:：]\s*")
_TRAILING_NOTE = re.compile(r"\s*[（(]([^（）()]{1,24})[)）]$")


# What a site notes after a headline: the media it carries (（组图）, (附视频)), or its
# keywords (…效能(网格化管理 农村)). A subtitle in brackets (（南庄镇红色物业走进老旧小区）)
# or a part number (（上篇）) is the headline's own.
def _is_credit(text: str) -> bool:
    from .names import is_organisation
    from .sources import credit_line

    return bool(credit_line(text)) or (is_organisation(text) and text.endswith(("党委", "党工委")))


_MEDIA_NOTE = re.compile(r"^[^，。]{0,4}(?:图|视频|音频|图文|VR|H5)[^，。]{0,2}$")
_KEYWORD_NOTE = re.compile(r"^\S{2,8}(?:\s+\S{2,8})+$")
# An aggregator's keyword tags after the headline: …服务零距离_党员_群众_镇党委
_KEYWORD_TAGS = re.compile(r"(?:_[^_\s]{1,8}){2,}$")


#: A series tag in ASCII brackets, as a page that flattened 【】 prints it.
_ASCII_SERIES_TAG = re.compile(r"^\[([\u4e00-\u9fff·]{2,20})\](?=[\u4e00-\u9fff“《])")


def clean_headline(text: str, roles: PageRoles | None = None) -> tuple[str, list[str]]:
    """A headline without what sites wrap it in; return (headline, what was cut).

    A column label before a bar (``今日点击 |``), a trailing column name or note (``当前头条``,
    ``（组图）``), symbols, a bullet and ``原标题：`` are the site's; a series tag (``【奋斗百年路】``,
    ``[奋斗百年路]`` flattened) is part of the headline and stays; a list's number (``2. ``) goes.

    >>> clean_headline('【乡村振兴在青海】答好乡村振兴的“小庄考卷”******')
    ('【乡村振兴在青海】答好乡村振兴的“小庄考卷”', [])
    >>> clean_headline('今日点击 | 凤州镇被认定为全国乡村治理示范镇')
    ('凤州镇被认定为全国乡村治理示范镇', ['今日点击 |'])
    >>> clean_headline('（原标题：漯河市源汇区：以“五星”支部创建赋能基层治理）')
    ('漯河市源汇区：以“五星”支部创建赋能基层治理', ['原标题'])
    >>> clean_headline('原题目：相逢新寨村：在热浪中品咂“中国咖啡第一村”的工会元素')[0]
    '相逢新寨村：在热浪中品咂“中国咖啡第一村”的工会元素'
    >>> clean_headline('射阳县合德镇以“党建+”助力乡村振兴纪实 当前头条')
    ('射阳县合德镇以“党建+”助力乡村振兴纪实', ['当前头条'])
    >>> clean_headline('#党建引领基层治理#【西兴街道：“红色网格”织密为民服务网】')
    ('西兴街道：“红色网格”织密为民服务网', ['#党建引领基层治理#'])
    >>> clean_headline('今日热点：曲梁镇“党建+服装”绘就产业振兴新图景')
    ('曲梁镇“党建+服装”绘就产业振兴新图景', ['今日热点：'])
    >>> clean_headline('最新快讯！龙泉关镇：村支书上台“比武”，比出干劲比出实招！')[0]
    '龙泉关镇：村支书上台“比武”，比出干劲比出实招！'
    >>> clean_headline('广水马坪镇：“五员”进网格 服务零距离_党员_群众_镇党委')[0]
    '广水马坪镇：“五员”进网格 服务零距离'
    >>> clean_headline('岑巩水尾镇：党员带头清“四乱” 村庄换新颜 焦点快讯')[0]
    '岑巩水尾镇：党员带头清“四乱” 村庄换新颜'
    >>> clean_headline('琼海博鳌：小镇党员“跑腿代办”暖民心 琼海市人民政府网')[0]
    '琼海博鳌：小镇党员“跑腿代办”暖民心'
    >>> clean_headline('“乡村振兴看八桂”系列报道⑦|漓江边的党员渡口 |')[0]
    '“乡村振兴看八桂”系列报道⑦|漓江边的党员渡口'
    >>> clean_headline('党建引领陶都蝶变佛山禅城（南庄镇红色物业走进老旧小区）')[0]
    '党建引领陶都蝶变佛山禅城（南庄镇红色物业走进老旧小区）'
    >>> clean_headline('网格化管理提升基层治理效能（网格化管理 农村）')[0]
    '网格化管理提升基层治理效能'
    >>> clean_headline('镇北村“党建+N”促发展 乡村振兴闯新路（尚志镇党委）')[0]
    '镇北村“党建+N”促发展 乡村振兴闯新路'
    >>> clean_headline('果核上雕出大世界 [热点]')
    ('果核上雕出大世界', ['[热点]'])
    >>> clean_headline('[顶] [转] 辽宁新宾7.31大水'), clean_headline('【【大国“粮”策】复兴小站稻 】')[0]
    (('辽宁新宾7.31大水', []), '【大国“粮”策】复兴小站稻')
    """
    roles = roles or load_page_roles()
    cut = []
    original = _ORIGINAL_HEADLINE.match(text)
    if original:
        text, cut = original.group(1).strip(), ["原标题"]
    text = _unwrapped(undated(text, cut), cut)  # 【2024.03.14】…: its date goes
    text = _WRAPPING_SYMBOLS.sub("", _cut_repost_note(text, cut, roles))
    text = _ASCII_SERIES_TAG.sub(r"【\1】", text)
    hashtag = _HASHTAG.match(text)
    if hashtag:
        cut.append(hashtag.group(0).strip())
        text = text[hashtag.end() :]
    if _WHOLLY_BRACKETED.match(text):
        text = text[1:-1].strip()
    text = without_prefix(text, cut, roles)  # 2. / 今日点击 | / 兴化| / a column label
    text, cut = cut_column_label(text, cut)  # 栏目 | 某镇：…, and a spam brand's _ left over
    tail = trailing_label(text, roles)  # … [热点], …直呼轧板《新闻》, …新模式：天天短讯
    if tail:
        cut.append(tail)
        text = text[: text.rindex(tail)].rstrip()
    tags = _KEYWORD_TAGS.search(text) or keyword_tail(text) or channel_tail(text)
    if tags and han_count(text[: tags.start()]) >= 6:
        cut.append(tags.group(0))
        text = text[: tags.start()]
    note = _TRAILING_NOTE.search(text)
    if (
        note
        and han_count(text[: note.start()]) >= 6
        and (
            _MEDIA_NOTE.match(note.group(1))
            or _KEYWORD_NOTE.match(note.group(1))
            or _is_credit(note.group(1))  # …乡村振兴闯新路（尚志镇党委）: who sent it in
        )
    ):
        cut.append(note.group(0).strip())
        text = text[: note.start()]
    return with_subtitle_dash(text.strip()), cut


def _cut_repost_note(text: str, cut: list[str], roles: PageRoles) -> str:
    """A headline without the repost's note of the paper it copied (转载黑龙江日报：…), which
    goes into ``cut``; a headline that only opens with the word (转载率提高了：…) stays.

    >>> cut = []
    >>> _cut_repost_note('转载黑龙江日报：“村民自治”看中兴——方正县大罗密镇中兴村纪事', cut, load_page_roles()), cut
    ('“村民自治”看中兴——方正县大罗密镇中兴村纪事', ['转载黑龙江日报：'])
    """
    reposted = _REPOSTED_FROM.match(text)
    if not (reposted and is_site_name(reposted.group(1), roles) and han_count(text) > 12):
        return text
    cut.append(reposted.group(0).strip())
    return text[reposted.end() :]


def _unwrapped(text: str, cut: list[str]) -> str:
    """A headline without the keyword a content farm wrapped it in (敖鲁古雅(「…」敖鲁古雅这百年……)),
    which goes into ``cut``: the keyword is found again inside the brackets.

    >>> _unwrapped('敖鲁古雅(「永远跟党走」敖鲁古雅这百年……)', [])
    '「永远跟党走」敖鲁古雅这百年……'
    >>> _unwrapped('蝶变禅城（南庄镇红色物业走进老旧小区）', [])
    '蝶变禅城（南庄镇红色物业走进老旧小区）'
    """
    wrapped = _KEYWORD_WRAPPER.match(text)
    if not (wrapped and wrapped.group(1) in wrapped.group(2) and han_count(wrapped.group(2)) >= 8):
        return text
    cut.append(wrapped.group(1))
    return wrapped.group(2).strip()


#: A content farm's keyword with the copied headline in brackets after it, the keyword
#: found again inside (round 35); a headline's own bracketed subtitle repeats no lead word.
_KEYWORD_WRAPPER = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[（(](.+)[)）]$")


# A line that hands over to a quotation: 党的二十届三中全会《决定》强调指出：
_SPEECH_LEAD = re.compile(r"(?:指出|强调|表示|提出|要求|说|写道|认为)\s*[：:]$")


#: An outlet's dateline standing alone where a headline might (光伏产业网讯, round 88).
_DATELINE_ALONE = re.compile(r"(.{2,14}?)(?:讯|电|消息)")


#: Caption shapes a headline has too: a person by office, people at a place (民警走进…公园宣讲…),
#: an event held (…采摘节在石桥镇举行): a caption only between paragraphs (lone_captions).
_SHARED_SHAPES = ("person", "people at a place", "event held")


def score_headline(
    index: int, text: str, body_bigrams: set[str], next_role: str, roles: PageRoles
) -> HeadlineCandidate:
    """Score one header line as the headline; the reasons say why (evidence)."""
    candidate = HeadlineCandidate(index, text, 0.4)

    def add(points: float, reason: str) -> None:
        candidate.score += points
        candidate.reasons.append(f"{reason} ({points:+.1f})")

    for name, pattern in roles.not_headline:
        if pattern.search(text):
            add(-1.0, name)
            return candidate
    if is_site_name(text, roles):
        add(-1.0, "site or column name")
        return candidate
    if is_place_tag(text):
        add(-1.0, "a place's name alone (an e-paper's section tag)")
        return candidate
    if (dateline := _DATELINE_ALONE.fullmatch(text)) and is_outlet_name(dateline[1]):
        add(-1.0, "an outlet's dateline alone (光伏产业网讯)")  # round 88: over its date line
        return candidate
    if names_and_other(text):
        add(-1.0, "names people and nothing else (a byline without roles)")
        return candidate
    caption = _caption_points(text)
    if caption:
        add(*caption[:2])
        if caption[2]:  # an official's signature: never a headline
            return candidate
    if "。" in _MAIN_LINE_STOP.sub("", text).rstrip("。"):  # 穷窝窝变金窝窝。——…纪事: a main line's
        add(-1.0, "holds a full sentence (a caption or the lede)")
        return candidate
    if text.startswith(("——", "—", "--", "―")):  # ―― (U+2015) as some pages print it
        add(-0.6, "a subtitle")
    hans = han_count(text)
    if hans < 5:
        add(-0.4, "too short for a headline")
    elif hans <= 48:
        add(0.1, "headline length")
    if _SPEECH_LEAD.search(text):
        add(-1.0, "introduces a quotation (…强调指出：)")
        return candidate
    if text.endswith(tuple("。；，、：:;,")) or text.count("，") + text.count(",") > 2:
        add(-0.4, "reads as a sentence")
    if is_caption_sentence(text):  # no labelled headline is one short sentence with its 。
        add(-0.6, "one short sentence, as a photograph's caption is")
    if asks_questions(text):  # 居民小区如何规范文明养宠？如何做好流浪猫治理？… (round 94)
        add(-0.6, "a string of questions, as a lede opens")
    shared = bigrams(text)
    if shared:
        overlap = len(shared & body_bigrams) / len(shared)
        if overlap >= 0.2:
            add(
                round(min(0.3, overlap * 0.5), 2),
                f"shares {overlap:.0%} of its bigrams with the body",
            )
        elif body_bigrams and overlap < 0.05:
            add(-0.2, "shares nothing with the body")
            if load_chrome_rules().brand_cue.search(text):  # 编纂: 东昌府天天棋牌主管网, round 89
                add(-1.0, "names a betting site's word and nothing of the story (a spam banner)")
    if any(word in text for word in roles.topic_words):
        add(0.1, "names the topic")
    if is_matched_pair(text):  # a main line's form, over a kicker's single phrase
        add(0.2, "two matched phrases (a main line)")
    if next_role in ("field", "date", "byline", "body"):
        add(0.2, f"stands right above the {next_role}")
    return candidate


def _caption_points(text: str) -> tuple[float, str, bool] | None:
    """(points, reason, final) for a header line shaped as a photograph's caption or an
    official's signature, or None: what score_headline takes off for it."""
    person = _PERSON_BY_OFFICE.search(text)
    if person and lone_caption_shape(text) == "person speaking":  # 社区党委第一书记万锦惠致辞
        return (
            -0.7,
            "a photograph's caption (a person speaking); no labelled headline has the shape",
            False,
        )
    if person and han_count(text) <= 20 and is_person_name(person.group(2)):
        if person.group(1) and not re.search(r"[\s，、：:]", text[: person.start()]):
            return -1.0, "an official's signature over the article (…党委书记 刘志强)", True
        return -0.4, "names a person by office (a portrait's caption)", False
    if shows_people_at_work(text):  # 记者在吉水县文峰镇泥田村采访, over the text
        # caught in the act (村民正在清理杂草, round 89): none of 938 labelled headlines says 正在
        act = "正在" in text
        reason = f"shows people at work{' now' * act} (a photograph's caption)"
        return (-0.7 if act else -0.4), reason, False
    if shows_people_at_event(text):  # “小哥议事会”上，快递员和外卖骑手围坐交流
        return -0.4, "shows people at an event (a photograph's caption)", False
    shape = lone_caption_shape(text)  # asked only when nothing above decided
    if shape and shape not in _SHARED_SHAPES and not is_visit(text):
        # 茅坪村一角, 满目青翠的山谷; not 王文华到新华镇龙口村调研指导… (a visit's headline, round 88)
        # as much as length, overlap, topic and place add up to (…协会全体成员合影, round 69)
        return -0.7, f"a photograph's caption ({shape}); no labelled headline has the shape", False
    return None


#: A main line's full stop before its subtitle's dash (杨林村，新事多，穷窝窝变金窝窝。——…纪事).
_MAIN_LINE_STOP = re.compile(r"。(?=\s*——)")
#: A line naming a person by office (泉城路街道党工委书记孙明浩): a portrait's caption.
#: With a space before the name and nothing but the office before it (白马镇党委书记 刘志强),
#: it is the signature line of an article the official wrote, never the headline.
_PERSON_BY_OFFICE = re.compile(
    r"(?:书记|主任|镇长|乡长|村长|区长|县长|局长|部长|主席|委员|站长|所长|队长)"
    r"(\s*)([\u4e00-\u9fff]{2,3})$"
)
_LABELLED_TITLE = re.compile(rf"^(?:{TITLE_LABELS})\s*[:：]\s*(.+)$")
_WIRE_TITLE = re.compile(r"^.{0,24}电\s*题\s*[:：]\s*")


def _without_site_names(
    text: str, body_bigrams: set[str], roles: PageRoles
) -> tuple[str, str | None, list[str]]:
    """A header line without the site names joined to it (``strip_site_name``) and without
    a part a dash joins on that the story never names (…走访见闻-全球观点: ``cut_unshared_tail``),
    that part as a list of what was cut (empty or one)."""
    text, site = strip_site_name(text, roles)
    text, tail = cut_unshared_tail(text, body_bigrams)
    return text, site, [tail] if tail else []


def choose_headline(
    lines: list[str], roles_of: dict[int, str], zones: Zones, roles: PageRoles | None = None
) -> tuple[HeadlineCandidate | None, list[HeadlineCandidate]]:
    """The best headline among the header's free lines, and every candidate scored.

    ``roles_of`` maps line indices already given a role (``field``, ``date``,
    ``byline``, ``chrome``) to it; the other header lines are candidates. A headline
    printed twice (an e-paper's list of titles, then the article's own) counts for more.

    >>> lines = ['介休市人民政府', '首页', '张兰镇：党建引领绘就乡村振兴新画卷', '发布时间：2025-03-13',
    ...          '近年来，张兰镇紧紧围绕乡村振兴战略，坚持以党建为引领，奋力绘就乡村振兴新画卷。']
    >>> best, scored = choose_headline(lines, {3: 'date'}, Zones(4, 5))
    >>> best.text, [c.index for c in scored]
    ('张兰镇：党建引领绘就乡村振兴新画卷', [0, 1, 2])
    """
    roles = roles or load_page_roles()
    body_text = "".join(lines[zones.body_start : zones.body_end])
    body_bigrams = bigrams(body_text)
    free = free_header_lines(lines, roles_of, zones, roles)
    seen: dict[str, int] = {}
    for _, text in free:
        key = squeeze(text)
        seen[key] = seen.get(key, 0) + 1
    scored = []
    for indices, raw_text in free:
        labelled = TABLE_TITLE.match(raw_text) or _LABELLED_TITLE.match(raw_text)
        text = labelled.group(1).strip() if labelled else raw_text
        text, wire = _WIRE_TITLE.sub("", text), _WIRE_TITLE.match(text)
        text, site, tail = _without_site_names(text, body_bigrams, roles)
        text, wrapping = clean_headline(text, roles)
        text, part = cut_page_part(text, roles)
        spam = injected_tag(text, body_text)  # 【护肤保养小窍门 心灵手巧】…, run into the text too
        text, wrapping = (
            (text[len(spam) :].strip(), [*wrapping, spam]) if spam else (text, wrapping)
        )
        last = indices[-1]
        following = next(
            (j for j in range(last + 1, len(lines)) if lines[j].strip()), zones.body_start
        )
        next_role = "body" if following >= zones.body_start else roles_of.get(following, "")
        candidate = score_headline(indices[0], text, body_bigrams, next_role, roles)
        banner = next(
            (n for n, p in roles.not_headline_as_printed if p.search(raw_text.strip())), None
        )
        if banner and candidate.score > 0:  # 【乡镇书记访谈】 alone: its brackets are cut above
            candidate.score = -1.0
            candidate.reasons.append(f"{banner} (-1.0)")
        # A name before the headline (浙江日报|…) is who printed it; one after it
        # (…_某某县人民政府) is the site's own title suffix, so it is not kept
        before = [site] if site and text not in raw_text[: raw_text.find(site)] else []
        candidate.lines, candidate.cut = indices, before + wrapping + part + tail
        if candidate.score > 0:
            if labelled:
                candidate.score += 0.4
                candidate.reasons.append("labelled 标题 (+0.4)")
            if seen[squeeze(raw_text)] > 1:
                candidate.score += 0.2
                candidate.reasons.append(f"{PRINTED_TWICE} (+0.2)")
            if part:  # …( 二 ): the story's headline; the page's heading and deck stand under it
                candidate.score += 0.6  # as decisive as a 标题 label: the page says so
                candidate.reasons.append("a multi-page story's headline, numbered (+0.6)")
            if "原标题" in wrapping or wire:  # the site's current headline, when there is one, wins
                candidate.score -= 0.3
                candidate.reasons.append("an earlier headline (原标题, a wire's 电 题：) (-0.3)")
        scored.append(candidate)
    below_original_headline(scored)
    below_kicker(scored, lines)
    below_place_led_headline(scored, lines)
    below_village_line(scored, lines)
    below_lone_lines(scored, HEADLINE_THRESHOLD)
    viable = [c for c in scored if c.score >= HEADLINE_THRESHOLD]
    if not viable:
        return None, scored
    best = print_to_take(best_headline(viable), viable, scored, lines)  # whole, no column glued
    _complete(best, viable, scored, lines, roles)
    second = subtitle_under_second_print(best, scored, lines, zones.body_start, HEADLINE_THRESHOLD)
    if second:  # 主题 (printed twice) / 副题 under the second print only
        best.text, best.lines = second
        best.reasons.append(JOINED_SECOND_PRINT)
    return best, scored


def _complete(
    best: HeadlineCandidate,
    viable: list[HeadlineCandidate],
    scored: list[HeadlineCandidate],
    lines: list[str],
    roles: PageRoles,
) -> None:
    """The chosen headline made whole from the other lines that print its parts: a
    subtitle under a main line, the place lead a second print keeps, the subtitle printed
    again under it."""
    paired = paired_headline(best, scored, lines, HEADLINE_CONFIDENT)  # a pair's half may score low
    if paired:
        best.text, best.lines, reason = paired
        best.reasons.append(reason)
    mark_joined(best, lines)
    led = with_printed_lead(best, viable, roles)
    if led:  # 栏目 | 某镇某村：主题 at the top, 主题 alone over the text
        best.text, best.lines, reason = led
        best.reasons.append(reason)
    # The headline printed again with its subtitle under it (原标题：X / ——Y), or the print
    # over the text, its place lead dropped, with the subtitle (贵港:X at the top, X / ——Y
    # over the text): the whole title is X——Y with the lead, as a citation gives it.
    for fuller in viable:
        head, dash, subtitle = fuller.text.partition("——")
        lead = best.text[: len(best.text) - len(head)]
        if (
            fuller is not best
            and head
            and dash
            and subtitle
            and "——" not in best.text
            and best.text.endswith(head)
            and (not lead or lead.endswith(("：", ":")))
        ):
            best.text, best.lines = best.text + dash + subtitle, best.lines + fuller.lines
            best.reasons.append("its subtitle printed under it again")
            break


def account_line(
    lines: list[str],
    roles_of: dict[int, str],
    after: int,
    zones: Zones,
    roles: PageRoles | None = None,
) -> int | None:
    """The index of a publishing account's name set between the headline and its date.

    News apps and media-centre pages print the account that posted the story on its own
    line under the headline, above the time (``今日邹平`` / ``2023-05-24 21:45``): a short
    name, no punctuation or digits, followed by the date line. Right under the headline, a
    place's account by its shape (大庆党建, 邛崃发布: ``sources.closing_outlet``) needs no
    date after it (a WeChat copy, round 90).

    >>> account_line(['明集镇：开展擂台赛', '今日邹平', '2023-05-24 21:45', '为进一步激活村党组织书记干事创业热情，推进实体强村。'],
    ...              {0: 'headline', 2: 'date'}, 0, Zones(3, 4))
    1
    >>> account_line(['铜鼓镇：支部联建', '巫山发布', '上游号', '2024-07-16 18:02', '盛夏时节，巫山县铜鼓镇的李子园里果实累累。'],
    ...              {0: 'headline', 3: 'date'}, 0, Zones(4, 5))
    1
    """
    from .sources import closing_outlet, is_platform

    roles = roles or load_page_roles()
    # the platform the account posts on may stand between it and the time (巫山发布 / 上游号)
    following = [
        i
        for i in range(after + 1, zones.body_start)
        if lines[i].strip() and not (i not in roles_of and is_platform(lines[i]))
    ]
    for position, index in enumerate(following):
        text = lines[index].strip()
        if index in roles_of:
            continue
        next_role = roles_of.get(following[position + 1]) if position + 1 < len(following) else None
        if (
            (next_role == "date" or (position == 0 and closing_outlet(text) == text))
            and 2 <= han_count(text) <= 8
            and not re.search(r"[\d，。：:、|｜]", text)
            and text not in roles.column_names
        ):
            return index
    return None


def labelled_title_below(lines: list[str], zones: Zones) -> tuple[int, str] | None:
    """A title a page labels under its text (标题：…, beside 来源：… in an info table):
    the line and the title, or None.

    >>> labelled_title_below(['偏岭镇近日开展村干部擂台比武。', '来源:鞍山新闻', '标题:偏岭镇开展村干部“擂台比武”'], Zones(0, 1))
    (2, '偏岭镇开展村干部“擂台比武”')
    >>> labelled_title_below(['南郊乡做好秸秆禁烧工作。', '标题:“南郊乡多措并举做好秸秆禁烧工作”'], Zones(0, 1))
    (1, '南郊乡多措并举做好秸秆禁烧工作')
    """
    for index in range(zones.body_end, len(lines)):
        labelled = _LABELLED_TITLE.match(lines[index].strip())
        if labelled and han_count(labelled.group(1)) >= 5:
            title = labelled.group(1).strip()
            quoted = re.fullmatch(r"[“\"「]([^“”\"「」]+)[”\"」]", title)  # 标题:“…”
            return index, quoted.group(1) if quoted else title
    return None
