"""Datelines that name the outlet and the place a report was filed from, with no date.

A prefecture's news site files its county correspondents' reports under its name and the
county (娄底新闻网双峰讯（通讯员 甲）…): the outlet is the report's source, as in a dated
dateline (``sources.dateline_outlet``). The place must be a gazetteer place (or a province
and a county run together, 湖南双峰): 讯 after anything else is a word (通讯员, 资讯) or names
no outlet. A periodical's name in title marks before the place (《警察与法治》广东讯 甲) is
left alone: the golden set labels that form both ways (ea-035 null on the magazine's own
site, a development page its magazine), so it waits for a settled label. Forms and counts:
PATTERNS.md, "Session 7 rules (C: sources and bylines)".

A county app names itself by a platform word and its place (云上十堰讯, 爱东营讯:
``app_dateline_outlet``, moved here from sources.py in session 44), the place being the name.

A dateline whose credit follows in brackets is a dateline whatever the outlet's name ends
in: a brand with no outlet ending (文明风3月15日讯（通讯员 甲）, 新华财经海口7月14日电（甲）,
三峡秭归讯（甲 乙）) names the outlet all the same (``branded_dateline_outlet``; PATTERNS.md,
"Session 11").
"""

from __future__ import annotations

import functools
import re

from . import alternation
from .field_rules import OWN_PAPER, load_field_rules
from .gazetteer import is_place_name


@functools.cache
def _outlet() -> str:
    """An outlet's name by its ending (娄底新闻网, 中国发展网), never the paper's own word."""
    suffixes = alternation(load_field_rules().outlet_suffixes)
    return rf"(?!{'|'.join(OWN_PAPER)})[\u4e00-\u9fff]{{1,10}}(?:{suffixes})"


@functools.cache
def _app_prefixes() -> str:
    """The platform words a county app's brand opens with (云上, 掌上, …)."""
    return "|".join(map(re.escape, load_field_rules().app_brand_prefixes)) or "(?!)"


@functools.cache
def _placed_dateline() -> re.Pattern:
    outlet = _outlet()
    # 消息 as 讯 when the credit's bracket follows (四川在线泸州消息(甲 乙), round 70) or the
    # lede after a space or comma (安徽网池州消息 近日，…, round 95); 消息称 is prose
    return re.compile(
        rf"^\s*[（(]?({outlet})([\u4e00-\u9fff]{{2,6}})(?:讯|消息(?=\s*[（(]|\s|[，,]))"
    )


@functools.cache
def _app_dateline() -> re.Pattern:
    prefixes = _app_prefixes()
    return re.compile(
        rf"^\s*[（(]?((?:{prefixes})([\u4e00-\u9fff]{{2,4}}?))"
        r"(?:(?:\d{1,2}月\d{1,2}日)?讯|报道(?=.)(?![称了的中说显指过]))"  # not 报道称, 报道了…
    )


def app_after_outlet(rest: str) -> str | None:
    """The app a paper's dateline names after the paper, before the date: the paper's own
    app, whose name the dateline gives with the paper's (长沙晚报掌上长沙6月7日讯: the source
    is 长沙晚报掌上长沙, as a 来源 line gives paper and app). ``rest`` is what follows the
    paper's name. A place there (红网时刻娄底9月18日讯) is where the report was filed.

    >>> app_after_outlet('掌上长沙6月7日讯(全媒体记者 甲)'), app_after_outlet('娄底9月18日讯')
    ('掌上长沙', None)
    >>> app_after_outlet('掌上明珠6月7日讯') is None
    True
    """
    prefixes = _app_prefixes()
    app = re.match(
        rf"\s?((?:{prefixes})([\u4e00-\u9fff]{{2,4}}?))(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}\s?日",
        rest,
    )
    return app.group(1) if app and is_place_name(app.group(2)) else None


def app_dateline_outlet(line: str) -> str | None:
    """The county app a dateline names by its brand: a platform word and a place.

    Hubei's county and prefecture apps are named 云上 and the place (云上十堰, 云上宜都) and
    file their reports under that name, with no outlet ending the ending rule could see
    (``app_brand_prefixes`` in fields.yaml). Only a gazetteer place after the word makes an
    app's name; the word before other words (云上看 …) is prose.

    >>> app_dateline_outlet('云上十堰讯 记者 王静怡 通讯员 黄佳琪 报道:在茅箭区武当路街办')
    '云上十堰'
    >>> app_dateline_outlet('云上宜都讯(通讯员 甲)近日'), app_dateline_outlet('云上看展讯 近日')
    ('云上宜都', None)
    >>> app_dateline_outlet('云上嘉鱼报道(全媒体记者雷平 通讯员梁宁)8月3日，')
    '云上嘉鱼'

    The date may follow 报道 after a space, with no credit (云上咸安报道 8月19日，…: round 71):

    >>> app_dateline_outlet('云上咸安报道 8月19日,在黄荆塘村理论宣讲室里'), app_dateline_outlet('云上咸安报道称')
    ('云上咸安', None)

    Or the lede, after a space or glued (云上咸安报道清明假至，…: round 90's copies):
    >>> app_dateline_outlet('云上咸安报道 为推动居民形成良好风尚'), app_dateline_outlet('云上咸安报道清明假至，')
    ('云上咸安', '云上咸安')
    >>> app_dateline_outlet('云上咸安报道了此事'), app_dateline_outlet('云上咸安报道的内容')
    (None, None)
    >>> app_dateline_outlet('曲阜讯 近日，某镇召开大会') is None
    True
    """
    match = _app_dateline().match(line)
    return match.group(1) if match and is_place_name(match.group(2)) else None


#: A dateline and the credit in brackets right after it: 文明风3月15日讯（通讯员 甲）
_BRANDED_DATELINE = re.compile(
    r"^\s*[（(]?([\u4e00-\u9fff]{2,14}?)\s?((?:\d{4}年)?\d{1,2}月\d{1,2}日)?\s?(?:讯|电)"
    r"\s*(?:[（(][\u4e00-\u9fff、，, ]{2,30}[）)]|【[\u4e00-\u9fff、，, ]{2,30}】)"  # 新天水讯【记者 甲】
)
#: A name ending so is an office or a place, not a brand (某某镇党委3月5日讯, 某某村6月2日讯).
_NOT_A_BRAND = re.compile(r"(?:镇|乡|村|县|市|区|街道|社区|党委|政府|办|委|局|所|站)$")


def branded_dateline_outlet(line: str) -> str | None:
    """The outlet a dateline names, its credit in brackets after it, when the name has no
    outlet ending for the other dateline readers to know it by: a site's or an app's
    brand, dated with the place it was filed from after it or not, or undated.

    >>> branded_dateline_outlet('文明风3月15日讯(通讯员黄志宏)3月14日，')
    '文明风'
    >>> branded_dateline_outlet('新华财经海口7月14日电(苏婧)近日，海口市琼山区三门坡镇')
    '新华财经'

    Without a date, the name before 讯 is the brand whole (an app named for its place):

    >>> branded_dateline_outlet('三峡秭归讯(记者 史丽 通讯员 周宗桥)一江碧水荡漾')
    '三峡秭归'
    >>> branded_dateline_outlet('新天水讯【记者王军祥 郭艳秋】4月12日，')
    '新天水'

    A place alone, the paper's own 本报, an office, or no credit after it names no brand:

    >>> [branded_dateline_outlet(x) for x in ['海口7月14日电(苏婧)', '本报3月15日讯(记者 甲)']]
    [None, None]
    >>> [branded_dateline_outlet(x) for x in ['长安镇党委3月5日讯(甲)', '文明风3月15日讯 近日']]
    [None, None]
    >>> [branded_dateline_outlet(x) for x in ['公共讯(陈琪 姚进忠)', '秭归讯(史丽)', '本网唐山讯(甲)']]
    [None, None, None]
    """
    match = _BRANDED_DATELINE.match(line[:60])
    if not match:
        return None
    brand, dated = match.group(1), match.group(2)
    if dated:  # the place it was filed from stands between the brand and the date
        brand = brand[
            : next((i for i in range(2, len(brand) - 1) if is_filing_place(brand[i:])), None)
        ]
    elif len(brand) < 3:  # 公共讯（甲）: too short to be a brand without a date to place it
        return None
    if brand.startswith("本") or is_filing_place(brand) or _NOT_A_BRAND.search(brand):
        return None
    return brand


def is_filing_place(text: str) -> bool:
    """True for a place a dateline says the report was filed from: a gazetteer place, or a
    province's name and a county's run together (湖南双峰).

    >>> [is_filing_place(x) for x in ['双峰', '湖南双峰', '通', '乡村', '']]
    [True, True, False, False, False]
    """
    if len(text) < 2:
        return False
    if is_place_name(text):
        return True
    return any(
        is_place_name(text[:cut]) and is_place_name(text[cut:]) for cut in range(2, len(text) - 1)
    )


def placed_dateline_outlet(line: str) -> str | None:
    """The outlet a dateline names before the place it was filed from and 讯, no date between.

    >>> placed_dateline_outlet('娄底新闻网双峰讯(通讯员 黄思远)入冬以后，村道亮起了路灯')
    '娄底新闻网'
    >>> placed_dateline_outlet('湘潭在线湖南韶山讯（通讯员 甲）'), placed_dateline_outlet('《警察与法治》广东讯 黄志明')
    ('湘潭在线', None)

    A word holding 讯 after an outlet (通讯员), a place alone, the paper's own 本报 and
    words that are no place are no such dateline:

    >>> [placed_dateline_outlet(x) for x in ['人民网通讯员 王密', '曲阜讯 近日，', '本报双峰讯 近日']]
    [None, None, None]
    >>> placed_dateline_outlet('娄底新闻网快讯 近日，') is None
    True
    >>> placed_dateline_outlet('四川在线泸州消息(李明 王善)近日，'), placed_dateline_outlet('四川在线泸州消息称')
    ('四川在线', None)
    >>> placed_dateline_outlet('安徽网池州消息 近日，贵池区牌楼镇'), placed_dateline_outlet('安徽网传来好消息 近日')
    ('安徽网', None)
    >>> placed_dateline_outlet('晚报临沂消息 夜幕降临，'), placed_dateline_outlet('晚报临沂讯 近日')
    (None, None)
    """
    match = _placed_dateline().match(line[:60])
    if not match or match.group(1) in load_field_rules().outlet_suffixes:
        return None  # 晚报临沂消息: the paper's own short name, as 晚报讯 (no outlet named)
    return match.group(1) if is_filing_place(match.group(2)) else None


#: A dateline set in 【】 with its full date: the brackets and the date make it one, whatever
#: the outlet's name ends with; a time zone before the date (北京时间) is no part of the name.
_BRACKETED_DATELINE = re.compile(
    r"^\s*【([\u4e00-\u9fff·]{2,12}?)(?:北京时间)?\d{4}年\d{1,2}月\d{1,2}日[讯电]】"
)


def bracketed_dateline_outlet(line: str) -> str | None:
    """The outlet of a dateline set in 【】 with its year (【新唐人2011年4月25日讯】, an overseas
    station's and paper's form: round 58), as printed, though its name has no outlet's ending.

    >>> bracketed_dateline_outlet('【新唐人北京时间2020年10月20日讯】近日，黑龙江鸡西市鸡东县')
    '新唐人'
    >>> bracketed_dateline_outlet('【大纪元2020年10月20日讯】'), bracketed_dateline_outlet('【党建引领】近日')
    ('大纪元', None)
    >>> bracketed_dateline_outlet('【大澳门威尼斯人赌场官网2020年08月29日讯】') is None  # a spam brand
    True
    """
    match = _BRACKETED_DATELINE.match(line)
    spam = load_field_rules().spam_source_words  # 【大澳门威尼斯人赌场官网2020年08月29日讯】
    return match.group(1) if match and not any(w in match.group(1) for w in spam) else None


def unnamed_outlet_dateline(line: str) -> str | None:
    """The outlet a dateline names when its name has no outlet's ending: by the place it was
    filed from, by a brand three characters long or more, or by the brackets around it."""
    return (
        placed_dateline_outlet(line)
        or branded_dateline_outlet(line)
        or bracketed_dateline_outlet(line)
    )


#: An outlet's name opening the text, a space between it and the lede (中国发展网 作为“全省唯一”…,
#: round 103): a dateline a copy printed without its 讯. The lede runs on to its first clause
#: mark with no space or colon, where a menu's next item is short (行业新闻  通知公告  产地新闻)
#: and an e-paper's list of the page's headlines has its colons (大理时讯综合新闻 上关镇:党员…).
@functools.cache
def _outlet_then_lede() -> re.Pattern:
    return re.compile(
        rf"^\s*({_outlet()})[ \u3000]+(?=[\u4e00-\u9fff“][^\s:：|｜丨]{{14,80}}?[，。])"
    )


def outlet_before_lede(line: str) -> str | None:
    """The outlet a line opens with, a space before the lede, or None (see the pattern above).

    >>> outlet_before_lede('中国发展网 作为“全省唯一、全国少有”的整乡整体易地扶贫搬迁，因搬迁规模大')
    '中国发展网'
    >>> outlet_before_lede('行业新闻  通知公告  产地新闻  各省新闻') is None
    True
    >>> outlet_before_lede('大理时讯综合新闻 上关镇:党员带头守护洱海源头清水 州委宣传部召开理论学习中心组学习') is None
    True
    >>> outlet_before_lede('晚报 近日，镇党委组织党员干部走访慰问困难群众') is None
    True
    """
    from .sources import names_outlet  # sources reads the datelines here

    spaced = _outlet_then_lede().match(line)
    return spaced[1] if spaced and names_outlet(spaced[1]) else None
