"""What a site sets around a headline on the headline's own line, cut off it.

Before it: a list's number, a post's mark of how it came (原创), a column or outlet before a
bar (今日点击 |, 浙江日报|), the place a city channel files the story under (兴化|, [远安]), an
outlet in title marks (《铜陵日报》：) or before a colon (中国新闻网：), a repost's outlet and
channel in brackets (【新华网-安徽频道】), a spam copy's brand (…官方网站【…】, hotjav…,
华宇登录线路_…), a story's format or genre (视频|, 消息：), a short label before the headline's
own lead (正在阅读：勉县：…), a column label before a spaced bar (共富党建联盟 | 乳山市育黎镇：…).
After it: a site's label (… [热点], …《新闻》, …新模式：天天短讯). A series tag (【奋斗百年路】) or
a column the headline belongs to (社区书记说|) is the headline's own and stays.
headline.clean_headline asks ``without_prefix``, ``cut_column_label`` and ``trailing_label``.
Session 43 joined headline_prefixes.py and the labels headline_kinds.py and headline.py held.
"""

from __future__ import annotations

import functools
import re

from . import alternation
from .gazetteer import is_place_name, is_town_name
from .headline_kinds import kind_words
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


@functools.cache
def _format_tag() -> re.Pattern:
    words = alternation(kind_words("format_tags"))
    return re.compile(rf"^\s*[【\[]?(?:{words})[】\]]?\s*[|｜丨:：！!]\s*(?=\S)")


#: A site's own name glued before the headline's tag or quote, known by its 官方网站 (a spam
#: copy's brand); 上庄镇官网上线… is a headline's own words, and so is a main line a comma or
#: dash runs on before the brand (传薪火初心,塑红色基因——williamhill官网“晨·夕”…: round 88).
_SITE_BRAND_LEAD = re.compile(r"^[^【“《\s:：,，—]{2,40}?(?:官方网站|官网)\s*(?=[【“《])")
#: A spam copy's brand in lower-case letters glued before the headline (hotjav湖南新田让撂荒
#: 高岸田变“金土地”, round 93): no headline of the golden tables or the surveys opens with letters.
_LATIN_BRAND_LEAD = re.compile(r"^[a-z][a-z0-9]{3,15}(?=[\u4e00-\u9fff“【《])")
#: A site's name an HTML title sets before the headline with an underscore (华宇登录线路_南京
#: 江宁：…, round 93); a spam brand's when it ends as one does (chrome_patterns.yaml
#: ``spliced_brands`` endings: 登录, 线路, 官网…).
_UNDERSCORE_LEAD = re.compile(r"^([^_\s【“《:：]{2,16})_(?=[\u4e00-\u9fff【“《])")
# A column label a template joins to the headline with a bar set between spaces (a bullet
# may open it): 共富党建联盟 | 乳山市育黎镇：…, • 乡村振兴齐鲁样板——村村有好戏 | 泰安市…村：….
_SPACED_BAR_LABEL = re.compile(r"^\s*[•·●▪]?\s*(?P<label>[^|｜丨:：]{2,24}?)\s+[|｜]\s+(?=\S)")
# A short label before a colon, set over a headline that has a lead and a colon of its own
# (正在阅读：勉县：…, 重要提示：中国首饰之都汕尾梅陇：…, 本港台直播：井陉县小作镇村民：…: rounds
# 55-68, six development titles, none right): a headline has one lead, so the first is the page's.
# A dash may join the label on as well (村集体经济--怀宁马庙:“飞地经济”促增收, round 70).
_COLON_LABEL = re.compile(
    r"^[^：:|｜丨\s“”《》【】—-]{2,8}\s*(?:[：:]|--|——)\s*(?=[^：:“”—-]{2,20}[：:]\s*\S)"
)


def cut_column_label(text: str, cut: list[str] | None = None) -> tuple[str, list[str]]:
    """A headline without the column label a template sets before it with a spaced bar,
    when what follows the bar is a whole headline with its place lead (README: a column
    label before ``|`` is not part of the title). A series tag the editor typed into the
    headline (党建调研行丨山西阳城：…, 乡村振兴潮州行㉑|潮安龙湖：…) is set without spaces and
    stays, and so does a label before a headline with no place lead (街道书记话发展 | 守好…);
    a story's format before a bar (视频|…, 图集丨…) goes whatever follows, and a genre's
    label before an exclamation mark a copy put for its colon (消息！狠抓耕地流出整治…, round 93).
    What was cut is added to ``cut``; an underscore a removed spam brand left before the
    headline (好运来娱乐平台_【…】…) goes too, and a spam brand in lower-case letters glued before
    it (``_LATIN_BRAND_LEAD``) or joined to it by an underscore (``_UNDERSCORE_LEAD``).

    >>> cut_column_label('共富党建联盟 | 乳山市育黎镇：党建联盟添动力 村庄抱团齐发展')
    ('乳山市育黎镇：党建联盟添动力 村庄抱团齐发展', ['共富党建联盟 |'])
    >>> cut_column_label('• 乡村振兴齐鲁样板——村村有好戏 | 泰安市岱岳区祝阳镇大路官庄村：“喜雨亭”里话振兴')[0]
    '泰安市岱岳区祝阳镇大路官庄村：“喜雨亭”里话振兴'
    >>> cut_column_label('正在阅读：勉县：油菜花竞相绽放，乡村旅游“扮靓”乡村')
    ('勉县：油菜花竞相绽放，乡村旅游“扮靓”乡村', ['正在阅读：'])
    >>> cut_column_label('视频|镇村干部下田头：香城镇组织党员农机手抢收抢种')
    ('镇村干部下田头：香城镇组织党员农机手抢收抢种', ['视频|'])
    >>> cut_column_label('党建调研行丨山西阳城：老煤镇如何转型')[1], cut_column_label('街道书记话发展 | 守好老城烟火气')[1]
    ([], [])
    >>> cut_column_label('_【陶家屯镇蓝旗堡子村】“积分超市”换来', ['好运来娱乐平台'])
    ('【陶家屯镇蓝旗堡子村】“积分超市”换来', ['好运来娱乐平台'])
    >>> cut_column_label('英国.立博ladbrokes（中国）官方网站【行走田野 发现安徽】“茶叶书记”的“共富经”')[0]
    '【行走田野 发现安徽】“茶叶书记”的“共富经”'
    >>> cut_column_label('传薪火初心,塑红色基因——williamhill官网“晨·夕”红色宣讲团赴徐州金狮社区')[1]
    []
    >>> cut_column_label('hotjav湖南新田让撂荒高岸田变“金土地”'), cut_column_label('5G信号覆盖全镇18个行政村')[1]
    (('湖南新田让撂荒高岸田变“金土地”', ['hotjav']), [])
    >>> cut_column_label('华宇登录线路_南京江宁：第九届湖熟菊花展即将开幕')
    ('南京江宁：第九届湖熟菊花展即将开幕', ['华宇登录线路_'])
    >>> cut_column_label('河北快3开奖直播:庆云镇提升文化自信结累累硕果')
    ('庆云镇提升文化自信结累累硕果', ['河北快3开奖直播:'])
    """
    from .headline_forms import place_lead

    text, cut = text.lstrip("_ "), list(cut or [])
    brand = _SITE_BRAND_LEAD.match(text) or _LATIN_BRAND_LEAD.match(text)  # a spam brand
    joined = _UNDERSCORE_LEAD.match(text)
    if joined and _ends_as_spam_brand(joined.group(1)):
        brand = joined
    if brand and han_count(text[brand.end() :]) >= 8:
        text, cut = text[brand.end() :], [*cut, brand.group(0).strip()]
    lead = _LEAD_BEFORE_COLON.match(text)
    if lead and han_count(text[lead.end() :]) >= 8 and _names_spam_site(lead.group(1)):
        text, cut = text[lead.end() :], [*cut, lead.group(0).strip()]  # 河北快3开奖直播：…
    tag = _format_tag().match(text)
    if tag and han_count(text[tag.end() :]) >= 8:
        return text[tag.end() :], [*cut, text[: tag.end()].strip()]
    colon = _COLON_LABEL.match(text)
    if colon and han_count(text[colon.end() :]) >= 8:  # 正在阅读：勉县：油菜花竞相绽放…
        return text[colon.end() :], [*cut, text[: colon.end()].strip()]
    label = _SPACED_BAR_LABEL.match(text)
    if not label:
        return text, cut
    rest = text[label.end() :]
    if not place_lead(rest) or han_count(rest) < 8:
        return text, cut
    return rest, [*cut, text[: label.end()].strip()]


#: What stands before a headline's first colon: a place lead, a column label, or a spam
#: site's keyword (河北快3开奖直播：庆云镇…, round 104).
_LEAD_BEFORE_COLON = re.compile(r"^([^：:“”《》【】\s]{2,16})\s*[：:]\s*(?=\S)")


def _names_spam_site(lead: str) -> bool:
    """Whether a headline's lead holds a spam site's phrase, the ones no report holds
    (doubt_body.yaml ``spam_ad``: 开奖直播, 六合彩, 博彩, 百家乐…), so it is the copy's keyword,
    not the story's. A cue that is a report's word too (足球, 娱乐, 世界杯) is not enough: a
    lead like 足球进校园： is the headline's own.

    >>> _names_spam_site('河北快3开奖直播'), _names_spam_site('庆云镇'), _names_spam_site('足球进校园')
    (True, False, False)
    """
    from .doubt_body import spam_ad

    return spam_ad(lead) is not None


def _ends_as_spam_brand(name: str) -> bool:
    """Whether a name ends as a spliced spam brand's does (chrome_patterns.yaml
    ``spliced_brands`` endings, letters or digits after one allowed: 华宇登录线路, 永利官网88).

    >>> _ends_as_spam_brand('华宇登录线路'), _ends_as_spam_brand('南京江宁')
    (True, False)
    """
    from .dechrome import load_chrome_rules  # dechrome reads headlines' kinds

    ending = load_chrome_rules().brand_ending
    return any(m.end() == len(name) for m in ending.finditer(name))


def is_trailing_label(word: str, roles: PageRoles) -> bool:
    """True for a word a site prints after a headline: a column or a label (焦点快讯,
    今日头条, 置顶) or a portal's own name (…暖民心 琼海市人民政府网)."""
    return (
        word in roles.column_names
        or word in roles.trailing_words
        or (is_site_name(word, roles) and len(word) >= 6)
        # a site's own column name (焦点快讯, 今日头条): short, ending in a column word
        or (len(word) <= 6 and word.endswith(roles.column_endings))
    )


#: A site's category word in ASCII brackets, or a site's address, after a headline and a space.
_SITE_TAG = re.compile(
    r"\[[\u4e00-\u9fff]{2,4}\]|(?:www\.)?[a-z0-9-]{2,30}\.(?:com|cn|net|org|cc|top|vip)(?:\.cn)?"
)
#: A column an aggregator joins after the headline with a colon (…新模式：天天短讯, round 94).
_COLON_COLUMN = re.compile(r"\s*[:：]\s*([\u4e00-\u9fff]{2,6})$")
#: A label glued after a headline in title marks (…观众直呼轧板《新闻》: a copying site's tag, round 86).
_MARKED_TAIL = re.compile(r"《([\u4e00-\u9fff]{2,4})》$")


def trailing_label(text: str, roles: PageRoles) -> str | None:
    """The label a site prints after a headline, set apart by a space (… [热点]) or glued on
    in title marks (…受热捧《新闻》); a book's or a show's title closing a headline
    (…上演《白毛女》) is no label and stays.

    >>> roles = load_page_roles()
    >>> trailing_label('古蔺首个村级春晚受热捧《新闻》', roles), trailing_label('村里的剧团首演《白毛女》', roles)
    ('《新闻》', None)

    So is any short word a site sets in ASCII brackets after the headline (龙井茶的炒茶技艺
    [生活]), and the copying site's own address (…这个寒假他们过得不一样 99xcs.com: round 92).

    >>> trailing_label('龙井茶的炒茶技艺 [生活]', roles), trailing_label('这个寒假他们过得不一样 99xcs.com', roles)
    ('[生活]', '99xcs.com')

    An aggregator's column joined on with a colon goes too (…新模式：天天短讯, round 94); a
    headline's own words after its colon stay.

    >>> trailing_label('林峪村探索实施“抱团互助养老”新模式：天天短讯', roles)
    '：天天短讯'
    >>> trailing_label('林峪村探索实施“抱团互助养老”新模式：老人不出村', roles) is None
    True
    """
    words = text.split()
    last = words[-1] if len(words) > 1 else ""
    column = _COLON_COLUMN.search(text)  # …新模式：天天短讯, an aggregator's column after a colon
    if column and han_count(text[: column.start()]) >= 8 and is_trailing_label(column[1], roles):
        return column.group(0)
    if last and (
        is_trailing_label(last.strip("[]【】"), roles)
        or (_SITE_TAG.fullmatch(last) and han_count(text) - han_count(last) >= 6)
    ):
        return last
    marked = _MARKED_TAIL.search(text)
    if marked and han_count(text[: marked.start()]) >= 6:
        word = marked.group(1)
        return marked.group(0) if word == "新闻" or is_trailing_label(word, roles) else None
    return None
