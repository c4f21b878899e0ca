"""A site's own name where a headline stands or after it: a banner, a column, a portal.

An HTML title joins the headline and the site's name (``headline_站点名``, ``… - 某某网``);
a banner line holds the name alone. ``is_site_name`` tells a name by its ending
(``page_roles.yaml`` ``site_suffixes``) or as a known column or portal; ``strip_site_name``
cuts the names joined after a headline, and a part naming outlets alone.
"""

from __future__ import annotations

import re

from .dechrome import load_chrome_rules
from .page import PageRoles, han_count, han_pairs, load_page_roles


def strip_site_name(line: str, roles: PageRoles | None = None) -> tuple[str, str | None]:
    """Cut a site name joined to a headline (an HTML title): ``headline_站点名``.

    >>> strip_site_name('张兰镇：党建引领绘就乡村振兴新画卷_介休市人民政府')
    ('张兰镇：党建引领绘就乡村振兴新画卷', '介休市人民政府')
    >>> strip_site_name('兴隆镇 - 平利县融媒体中心')
    ('兴隆镇', '平利县融媒体中心')
    >>> strip_site_name('党建+产业 双轮驱动')
    ('党建+产业 双轮驱动', None)

    After the headline, a column's name is cut too (…美化环境_环球简讯, …送水-【新闻】):
    a short part ending in a column word (``column_endings``) or 新闻.

    >>> strip_site_name('吉首太平镇自组抗旱应急队为村民送水-【新闻】')
    ('吉首太平镇自组抗旱应急队为村民送水', '【新闻】')

    A short part after an underscore is a channel, whatever it ends in (a place's, a
    topic's): an underscore joins an HTML title's parts, never a printed headline's words.

    >>> strip_site_name('梨树县榆树台镇：多措并举打出黑土地保护“组合拳”_吉林')
    ('梨树县榆树台镇：多措并举打出黑土地保护“组合拳”', '吉林')

    A spam mirror joins its site's name and its login page's on, each after its own dash:

    >>> strip_site_name('求吉玛乡今年还要再减牛9000头-开云(中国)Kaiyun·官方网站 - 登录入口')
    ('求吉玛乡今年还要再减牛9000头', '登录入口')

    One dash joins a portal on as well, and a channel before it; a subtitle's dash stays:

    >>> strip_site_name('岳壁乡：小车间带动大产业—山西频道—人民网')
    ('岳壁乡：小车间带动大产业', '人民网')
    >>> strip_site_name('坚守初心显担当——记平遥县岳壁乡党委书记张建华')
    ('坚守初心显担当——记平遥县岳壁乡党委书记张建华', None)

    A part after the headline holding a spam site's keyword (chrome_patterns.yaml ``spam``) goes:

    >>> strip_site_name('海外华媒参访忠县“三峡橘海”|国产在线精品视频')[0]
    '海外华媒参访忠县“三峡橘海”'

    So does a part naming outlets and nothing else, a site and its paper joined by a dot
    (round 39); a headline's own part after a bar stays:

    >>> strip_site_name('文明之花开满九龙江畔 | 县域经济网·中国县域经济报')
    ('文明之花开满九龙江畔', '县域经济网·中国县域经济报')
    >>> strip_site_name('院坝会上议出“新规矩”|万千气象看四川')[1] is None
    True
    >>> strip_site_name('龙山镇：党建引领产业兴 | 龙山发布')  # a place's account
    ('龙山镇：党建引领产业兴', '龙山发布')
    """
    roles = roles or load_page_roles()
    parts = roles.title_separators.split(line)
    if len(parts) < 2:
        return line, None
    columns = (*roles.column_endings, "新闻")
    kept = [
        p
        for n, p in enumerate(parts)
        if not is_site_name(p.strip(), roles)
        and not (n and len(name := p.strip(" 【】[]")) <= 8 and name.endswith(columns))
        and not (n and f"_{p}" in line and len(name) <= 4)  # …“组合拳”_吉林: a channel
        and not (n and _spam_tag(p, roles))  # …振兴|小荡货哦灬…: a spam site's tag
        and not (
            n and _names_outlets_only(p, last=n == len(parts) - 1)
        )  # … | 县域经济网·中国县域经济报
    ]
    if len(kept) == len(parts) or not kept:
        return line, None
    if all(_names_outlets_only(p, last=True) for p in kept):
        return line, None  # 中国竹网 - 竹业行业门户网站 !: a banner whole, its name and motto
    cut = [p.strip() for p in parts if p not in kept]
    run = _kept_run(line, parts, kept, roles)
    if run:  # 就恋这把土 卷雪踏歌行——访全国文明村… - 农业资讯: the subtitle's dash stays
        return run, cut[-1]
    # a mirror's title may join two names on (…头-开云(中国)Kaiyun·官方网站 - 登录入口)
    return strip_site_name(max(kept, key=han_count).strip(), roles)[0], cut[-1]


def _kept_run(line: str, parts: list[str], kept: list[str], roles: PageRoles) -> str | None:
    """The headline as printed when the parts kept stand together, the names cut all
    before or after them: a headline with its subtitle after a dash keeps both.

    >>> parts = ['就恋这把土 卷雪踏歌行', '访全国文明村蛟河市天北镇高家屯村', '农业资讯']
    >>> _kept_run('就恋这把土 卷雪踏歌行——访全国文明村蛟河市天北镇高家屯村 - 农业资讯', parts, parts[:2], load_page_roles())
    '就恋这把土 卷雪踏歌行——访全国文明村蛟河市天北镇高家屯村'
    """
    flags = [p in kept for p in parts]
    first, last = flags.index(True), len(flags) - 1 - flags[::-1].index(True)
    if len(kept) < 2 or not all(flags[first : last + 1]):
        return None
    separators = list(roles.title_separators.finditer(line))
    start = separators[first - 1].end() if first else 0
    end = separators[last].start() if last < len(separators) else len(line)
    return line[start:end].strip()


def _spam_tag(part: str, roles: PageRoles) -> bool:
    """A spam site's keyword (chrome_patterns.yaml) or mark (page_roles.yaml) in a title part."""
    return bool(load_chrome_rules().spam.search(part)) or any(
        m in part for m in roles.spam_tag_marks
    )


#: A banner's English rendering after the Chinese name (调兵山市人民政府 The People's Government
#: of Diaobingshan Municipality, round 80): the same banner, in a second language.
_ENGLISH_RENDERING = re.compile(r"(?<=[\u4e00-\u9fff])\s+[A-Za-z][A-Za-z'’.\- ]{8,}$")


def is_site_name(text: str, roles: PageRoles | None = None) -> bool:
    """True for a banner: a site, paper or portal's own name, or a column name.

    >>> [is_site_name(x) for x in ('介休市人民政府', '中国共产党新闻网', '平利县融媒体中心', '乡镇动态')]
    [True, True, True, True]
    >>> is_site_name('张兰镇：党建引领绘就乡村振兴新画卷')
    False

    A banner may carry its name in English too; a headline with English words is none:

    >>> is_site_name("调兵山市人民政府 The People's Government of Diaobingshan Municipality")
    True
    >>> is_site_name('台盘村“村BA”火了 Village Basketball Games')
    False
    """
    roles = roles or load_page_roles()
    text = re.sub(r"[\s　]+", "", _ENGLISH_RENDERING.sub("", text)).rstrip("!！")
    if text in roles.column_names or text in roles.portal_names:
        return True
    if _outlets_alone(text):
        return True
    return len(text) <= 24 and text.endswith(roles.site_suffixes) and "：" not in text


def _outlets_alone(text: str) -> bool:
    """True for a line that is only outlets joined by a dot, a paper and its app (山东商报·
    速豹新闻, set between a headline and its date, round 96): who printed the report, never
    its headline. One name alone is not enough: a headline may end as a site's name does
    (织密汛期安全网).

    >>> _outlets_alone('山东商报·速豹新闻'), _outlets_alone('速豹新闻'), _outlets_alone('职教力量·双向奔赴')
    (True, False, False)
    """
    parts = text.split("·")
    return 2 <= len(parts) <= 3 and all(is_outlet_name(part) for part in parts)


#: A single dash joining a short part onto the end of a headline (…走访见闻-全球观点,
#: …倡导移风易俗 -凯发k8天生赢家一触即发): not a subtitle's dash (——), not a range (1-8月).
_DASH_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff”）)])\s*[-－–]\s*(?P<tail>[^-－–—\s，。；！？,;!?][^-－–—，。；！？,;!?]{1,23})$"
)


def cut_unshared_tail(text: str, body_pairs: set[str]) -> tuple[str, str | None]:
    """A headline without a part a single dash joins on after it that shares no word with
    the story: a site's channel or a spam brand's slogan no one has listed
    (``is_site_name`` and the spam words know the listed ones). A headline's own words after
    a dash are the story's words too (中国-东盟博览会 in a story about it).

    >>> body = set(han_pairs('加西村坐落在凌云县下甲镇的群山之中，村民养蚕种桑。'))
    >>> cut_unshared_tail('石山里的“桑蚕+”——桂西山村走访见闻-全球观点', body)
    ('石山里的“桑蚕+”——桂西山村走访见闻', '全球观点')
    >>> cut_unshared_tail('下甲镇：小桑蚕织出致富路-加西村见闻', body)
    ('下甲镇：小桑蚕织出致富路-加西村见闻', None)
    >>> cut_unshared_tail('1-8月全镇蚕茧收入增长三成', body)
    ('1-8月全镇蚕茧收入增长三成', None)
    """
    tail = _DASH_TAIL.search(text)
    if not tail or han_count(text[: tail.start()]) < 8 or han_count(tail.group("tail")) < 2:
        return text, None
    if set(han_pairs(tail.group("tail"))) & body_pairs:
        return text, None
    return text[: tail.start()].rstrip(), tail.group("tail").strip()


def _names_outlets_only(part: str, last: bool = False) -> bool:
    """Whether a title part is outlets' names alone, joined by a dot (县域经济网·中国县域经济报):
    each ends as an outlet's name does (fields.yaml ``outlet_suffixes``). The line's last
    part may name one (…山村再无“二华” — 新京报, round 55): the paper the page copied; any
    part after the headline may be a place's account or app (…可换商品 | 德州云-德州晚报全媒体,
    round 82).

    >>> _names_outlets_only('德州云'), _names_outlets_only('新京报'), _names_outlets_only('新京报', last=True)
    (True, False, True)
    """
    from .sources import closing_outlet  # a place's account (龙山发布) ends the line too

    names = [name for name in re.split(r"[·・]", part.strip()) if name]
    if len(names) == 1 and closing_outlet(names[0]) == names[0] and not is_outlet_name(names[0]):
        return True  # 德州云, 龙山发布: a place's own account, wherever it stands
    return len(names) >= (1 if last else 2) and all(
        is_outlet_name(name) or (last and closing_outlet(name) == name) for name in names
    )


def is_outlet_name(name: str, longest: int = 12) -> bool:
    """An outlet's name and nothing else: Chinese, ending as an outlet's name does (fields.yaml
    ``outlet_suffixes``), and at least two characters more than the ending (安徽日报, 新京报,
    新华网; not 日报). One character and 报 is a kind of notice, no paper: 喜报, 捷报, 简报
    (【喜报】盐山镇成为…千强乡镇, round 70: the headline's own word, not a repost's outlet).

    >>> [is_outlet_name(n) for n in ('新京报', '安徽日报', '新华网', '日报', '喜报', '党员带头')]
    [True, True, True, False, False, False]

    A utility's name may end as an outlet's does (湖北红安国网, 南方电网: fields.yaml
    ``not_outlet_endings``); it is none.

    >>> [is_outlet_name(n) for n in ('湖北红安国网', '南方电网', '中国新闻网')]
    [False, False, True]
    """
    from .field_rules import load_field_rules
    from .sources import names_outlet  # sources reads headlines' words; import when asked

    if re.fullmatch(rf"[\u4e00-\u9fff]{{2,{longest}}}", name) is None:
        return False
    rules = load_field_rules()
    if name.endswith(rules.not_outlet_endings):  # 湖北红安国网: the State Grid's, no newsroom
        return False
    endings = [end for end in rules.outlet_suffixes if name.endswith(end)]
    return bool(endings) and len(name) - len(max(endings, key=len)) >= 2 and names_outlet(name)


#: A portal's channel after its name and a dash or dot (新华网-安徽频道, 运输人网-物流业发展).
_OUTLET_AND_CHANNEL = re.compile(r"([\u4e00-\u9fff]{3,10})\s*[-－—·]\s*[\u4e00-\u9fff]{2,8}")


def is_outlet_and_channel(name: str) -> bool:
    """An outlet's name and the channel that ran the story, joined by a dash or dot, as a
    portal's repost mark prints them (【新华网-安徽频道】巢湖：…, a forum copy, round 93;
    【运输人网-物流业发展】近年来，… opening an aggregator's text): the outlet is the first
    part (``is_outlet_name``); a place's or a series' words before the dash are none.

    >>> [is_outlet_and_channel(n) for n in ('新华网-安徽频道', '运输人网-物流业发展', '人民网·安徽频道')]
    [True, True, True]
    >>> [is_outlet_and_channel(n) for n in ('新华网', '巢湖市-扶贫车间', '奋斗百年路-乡村篇')]
    [False, False, False]
    """
    match = _OUTLET_AND_CHANNEL.fullmatch(name)
    return bool(match) and is_outlet_name(match.group(1))
