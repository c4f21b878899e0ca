"""What sites set before a headline, cut off it: a list's number, a post's mark of how it
came (原创), a column or outlet before a bar (今日点击 |, 浙江日报|), the place a city channel
files the story under (兴化|, [远安]), an outlet in title marks (《铜陵日报》：) or before a
colon (中国新闻网：). A series tag (【奋斗百年路】) or a column the headline belongs to
(社区书记说|) is the headline's own and stays. headline.clean_headline asks ``without_prefix``.
"""

from __future__ import annotations

import re

from .gazetteer import is_place_name, is_town_name
from .page import PageRoles, han_count, load_page_roles
from .site_names import is_outlet_and_channel, is_outlet_name, is_site_name

#: A menu's item numbered as a list when a page is flattened (1. 首页, 2、基层党建).
LIST_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.、．)）]\s*")
#: A column, outlet or place before a bar (今日点击 |, 浙江日报|, 兴化|); a series stays (社区书记说|).
_BAR_COLUMN = re.compile(r"^[^：:|｜]{2,8}\s*[|｜]\s*")
#: A self-media post's mark of how it came, spaced off before the headline (原创 中俄边境密山…,
#: rounds 57 and 61; bracketed, 【原创】 is a place tag's kind below).
_SPACED_MARK = re.compile(r"^(?:原创|独家|转载|转发|转帖)\s+(?=\S)")
# A bracketed tag opening a headline: a place (a city channel's 【兴化】, [远安]) or a series
# (「图文」冷库建设…, round 83: corner brackets too); an outlet's channel makes it longer
# (【运输人网-物流业发展】, round 93)
_PLACE_TAG = re.compile(r"^[【\[「]\s*([^【】\[\]「」]{2,8}?|[^【】\[\]「」]{9,14}?)\s*[】\]」]\s*")
# An outlet in title marks opening a headline (《铜陵日报》：五松镇开展…, round 73): the paper a
# government site copied the story from, as 【安徽日报】 marks it; or said to have run it
# (《湖北日报》报道黄梅县濯港镇：…, 《人民日报》头版刊发…, round 75).
_OUTLET_IN_TITLE_MARKS = re.compile(
    r"^《([^《》]{2,10})》\s*(?:[:：|｜]|(?:头版|头条)*(?:报道|刊发|刊登)\s*[:：]?)\s*"
)
# An outlet named before a colon, no title marks (中国新闻网：三代邮递员坚守56年…, 纵览新闻：…,
# round 83; 天津滨海时报：…, round 79): an aggregator's repost says whose story it runs so.
_OUTLET_BEFORE_COLON = re.compile(r"^([^\s:：|｜《》【】\[\]“”\"，,。]{3,10})\s*[:：]\s*")


def without_prefix(text: str, cut: list[str], roles: PageRoles | None = None) -> str:
    """A headline without what a site set before it, which goes into ``cut``: a list's
    number (2. ), a column or outlet before a bar, the place a city channel files the story
    under (兴化|…, [远安] …), an outlet in title marks (《铜陵日报》：), a column label; a series
    tag naming no place, and a law or book in title marks, stay.

    >>> cut = []
    >>> without_prefix('兴化|探索虾蟹混养模式 致力强村富民', cut, load_page_roles()), cut
    ('探索虾蟹混养模式 致力强村富民', ['兴化|'])
    >>> without_prefix('[远安] 嫘祖镇：聚焦茶叶产业发展 全力推进乡村振兴', [], load_page_roles())
    '嫘祖镇：聚焦茶叶产业发展 全力推进乡村振兴'
    >>> without_prefix('社区书记说|老胡同里的“家门口”议事厅', [], load_page_roles())
    '社区书记说|老胡同里的“家门口”议事厅'
    >>> without_prefix('《铜陵日报》：五松镇开展爱老敬老文明实践志愿服务', [], load_page_roles())
    '五松镇开展爱老敬老文明实践志愿服务'
    >>> without_prefix('《湖北日报》报道黄梅县濯港镇：四步织密“互廉网”', [], load_page_roles())
    '黄梅县濯港镇：四步织密“互廉网”'
    >>> without_prefix('《乡村振兴促进法》：村民身边的法律课', [], load_page_roles())
    '《乡村振兴促进法》：村民身边的法律课'
    """
    prefixes = (
        LIST_NUMBER,
        _SPACED_MARK,
        _BAR_COLUMN,
        _PLACE_TAG,
        _OUTLET_IN_TITLE_MARKS,
        _OUTLET_BEFORE_COLON,
    )
    roles = roles or load_page_roles()
    for pattern in (*prefixes, roles.column_prefix):
        match = pattern.match(text)
        if match and pattern is _BAR_COLUMN and not _names_column_or_site(match.group(0), roles):
            continue  # 社区书记说|…, 探村·vlog | …: a series the headline belongs to stays
        if match and pattern is _PLACE_TAG and not _names_place_or_mark(match.group(1), roles):
            continue  # 【奋斗百年路】…: a series tag, not a place
        if match and pattern is _OUTLET_IN_TITLE_MARKS and not is_outlet_name(match.group(1)):
            continue  # 《乡村振兴促进法》：…, a law or a book the headline names
        if match and pattern is _OUTLET_BEFORE_COLON and not _names_outlet_only(match.group(1)):
            continue  # 盛泽总商会：…, 龙山镇：…: the headline's own subject
        if match and han_count(text[match.end() :]) >= 6:
            cut.append(match.group(0).strip())
            text = text[match.end() :]
    return text


def _names_place_or_mark(tag: str, roles: PageRoles) -> bool:
    """A place's or outlet's tag (``_names_place_or_outlet``), the site's mark of how the
    page came (【转发】, 【原创】: ``trailing_words``), or a news channel naming no Party work
    (a forum thread's type, [本地资讯], round 87; ``column_prefix_words``), cut before a
    headline alike.

    >>> [_names_place_or_mark(t, load_page_roles()) for t in ('转发', '原创', '兴化', '党建引领')]
    [True, True, True, False]
    >>> [_names_place_or_mark(t, load_page_roles()) for t in ('本地资讯', '今日要闻', '党建动态')]
    [True, True, False]
    """
    channel = tag.endswith(roles.column_endings) and not any(w in tag for w in roles.topic_words)
    return tag in roles.trailing_words or channel or _names_place_or_outlet(tag)


def _names_place_or_outlet(tag: str) -> bool:
    """Whether a bracketed tag before a headline names where the story is filed, not the
    series it belongs to: a county's, city's or province's channel (【兴化】, 【甘肃】) or the
    outlet a site reposts it from (【安徽日报】天长：…, 【山西日报】…: a government site's
    repost mark, its outlet named by an outlet's ending, fields.yaml ``outlet_suffixes``; the
    outlet is the page's source), perhaps with the channel that ran it (【新华网-安徽频道】,
    ``is_outlet_and_channel``). A column (【党建引领】) or a series (【奋斗百年路】) is the
    headline's own, and so is a town's name: on a county site's town news (【寨沙镇】开展
    “计生协会会员日”宣传服务活动, 【五一街道】 建设“雪亮工程”…, round 80's development
    pages) it is the headline's subject, which labellers keep.

    >>> [_names_place_or_outlet(t) for t in ('兴化', '安徽日报', '奋斗百年路', '寨沙镇', '日报')]
    [True, True, False, False, False]
    >>> _names_place_or_outlet('新华网-安徽频道'), _names_place_or_outlet('乡村振兴在青海-海东篇')
    (True, False)
    """
    if is_town_name(tag):
        return False
    if len(tag) > 8:  # only an outlet and its channel run so long
        return is_outlet_and_channel(tag)
    return is_place_name(tag) or is_outlet_name(tag, longest=10) or is_outlet_and_channel(tag)


def _names_outlet_only(prefix: str) -> bool:
    """Whether the words before a headline's colon are an outlet's name and no place's
    (中国新闻网, 纵览新闻, 天津滨海时报), not the headline's subject (龙山镇, 盛泽总商会).

    >>> [_names_outlet_only(t) for t in ('中国新闻网', '纵览新闻', '盛泽总商会', '龙山镇', '日报')]
    [True, True, False, False, False]
    """
    return is_outlet_name(prefix, longest=10) and not is_place_name(prefix)


def _names_column_or_site(prefix: str, roles: PageRoles) -> bool:
    """True for what a site puts before a headline with a bar that is not the headline's:
    its column (今日点击 |), an outlet's name (浙江日报|) or the place a city channel files
    the story under (兴化|)."""
    prefix = prefix.strip(" |｜\u3000")
    return (
        is_site_name(prefix, roles)
        or prefix.endswith(roles.column_endings)
        or is_place_name(prefix)
    )
