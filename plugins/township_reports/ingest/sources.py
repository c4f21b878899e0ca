"""The source of a report: a 来源 value cleaned, or the paper its dateline or masthead names.

A report reposted by an app names the app above the headline and the original paper
in its dateline (本报讯, 据临沂日报报道) or an e-paper's masthead: the original is the
source. Input is simplified text; every function here is pure.
"""

from __future__ import annotations

import re

from . import alternation, page_roles, paper_pages
from .field_rules import BRACKETS, BULLETS, CJK, OWN_PAPER, FieldRules, load_field_rules
from .gazetteer import is_place_name, load_gazetteer
from .placed_datelines import (
    app_after_outlet,
    app_dateline_outlet,
    outlet_before_lede,
    unnamed_outlet_dateline,
)


def strip_wrapping(text: str) -> str:
    """The text without one pair of brackets around it and without leading bullets."""
    text = text.strip()
    if text[:1] in BRACKETS and text.endswith(BRACKETS[text[0]]):
        text = text[1:-1].strip()
    return text.lstrip(BULLETS + " \u3000")


def is_source_name(value: str, rules: FieldRules) -> bool:
    """True unless a 来源 value names nothing: 本站, 网络, a code such as sp20250217, only
    the platform an account posted on (澎湃新闻·澎湃号·政务), or a person (来源：王程程, a
    poster's name where the template expected an outlet; a place such as 张家港 stays).

    >>> rules = load_field_rules()
    >>> [is_source_name(v, rules) for v in ['兰州日报', '张家港', '王程程', '本站']]
    [True, True, False, False]

    A spam copy's own brand where the 来源 was (星辰体育app下载官网, 德清装修网) is the
    host, not a source (``spam_source_words`` in fields.yaml):

    >>> [is_source_name(v, rules) for v in ['下载官网', '德清装修网', '德清新闻网']]
    [False, False, True]
    >>> [is_source_name(v, rules) for v in ['平利县人民政府官网', '新湖南app', '头条号作者']]
    [True, True, False]

    An e-paper's page line before its issue date (第A04版:区县新闻  2016年09月07日) names
    the page and its column, a colon inside a headline's words (江西:党员突击队) no outlet:

    >>> [is_source_name(v, rules) for v in ['第A04版:区县新闻', '第3版', '江西:党员突击队']]
    [False, False, False]

    A forum's button where it sets the posting account, and a template's choices left unchosen:

    >>> is_source_name('[复制链接]', rules), is_source_name('【打印本页】', rules), is_source_name('原创/投稿/转载', rules)
    (False, False, False)
    """
    return (
        len(re.findall(f"[{CJK}]", value)) >= 2  # 来源: 已访问: cut at a counter's 访问
        # 第A04版:区县新闻: an e-paper's page; 江西:党员突击队: a headline's words, no outlet
        and not (paper_pages.EPAPER_PAGE.search(value) or re.search(f"[{CJK}][:：][{CJK}]", value))
        and not all(w in rules.not_sources for w in re.split(r"[/／、]", value.strip("[]【】 ")))
        and not any(word in value for word in rules.spam_source_words)
        and not is_platform(value, rules)
        and not _a_person(value.strip(), rules)
        and not value.strip().endswith("作者")  # 本文为头条号作者原创: an account, unnamed
    )


def _a_person(value: str, rules: FieldRules) -> bool:
    from .names import is_person_name

    return is_person_name(value, rules) and not is_place_name(value)


def is_platform(value: str, rules: FieldRules | None = None) -> bool:
    """True for a platform that carries accounts, not an account (上游号, 澎湃新闻·澎湃号·政务).

    >>> [is_platform(v) for v in ['上游号', '澎湃新闻·澎湃号·政务', '微信公众号', '巫山发布', '新湖南客户端']]
    [True, True, True, False, False]
    """
    rules = rules or load_field_rules()
    parts = [p for p in re.split(r"[·・•\s]+", value.strip()) if p]
    return bool(parts) and any(
        p in rules.source_platforms or re.fullmatch(f"[{CJK}]{{2,3}}号", p) for p in parts
    )


def credit_line(line: str, rules: FieldRules | None = None) -> str | None:
    """The organisation a line under the last paragraph credits, when it is nothing else.

    County and township sites often close a report with the issuing office's
    name on a line of its own, in place of a 来源 label: that office is the
    report's source, and the line is not text.

    >>> credit_line('辽宁省盘锦市双台子区委组织部'), credit_line('（中共平利县委宣传部）')
    ('辽宁省盘锦市双台子区委组织部', '中共平利县委宣传部')
    >>> credit_line('兴隆镇人民政府 供稿'), credit_line('（据宏村镇人民政府消息）')
    ('兴隆镇人民政府', '宏村镇人民政府')
    >>> [credit_line(x) for x in ['强化基层党组织', '党建引领促振兴', '全镇召开党委会。']]
    [None, None, None]

    An office that produced the report signs it so too (青岛西海岸新区融媒体中心出品), its
    bracket sometimes half lost (round 96):

    >>> credit_line('青岛西海岸新区融媒体中心出品)')
    '青岛西海岸新区融媒体中心'
    """
    rules = rules or load_field_rules()
    text = strip_wrapping(line).strip()
    if text.endswith(("）", ")")) and not re.search("[（(]", text):  # its opening bracket lost
        text = text[:-1]
    text = re.sub(r"\s*(?:供稿|出品)$", "", text)
    reprint = REPRINT.fullmatch(text.rstrip("。."))
    if reprint:  # （据宏村镇人民政府消息）: the office or paper it comes from
        return reprint.group(1)
    if len(text) > 30 or not rules.credit_line.fullmatch(text):
        return None
    return text


def closing_outlet(paragraph: str, rules: FieldRules | None = None) -> str | None:
    """The outlet a report's last paragraph names when that is all it holds: a news site,
    paper or app (上观新闻, 海南日报) or a government account (邛崃发布): reposts and
    copies close the text with where it came from, in place of a 来源 label.

    Asked only of the paragraph that closes the text (a footer's list of links is not
    one); a place's account is its place's short name and 发布, its app the name and 云
    (fields.yaml ``place_account_endings``).

    >>> closing_outlet('上观新闻'), closing_outlet('邛崃发布'), closing_outlet('（平利发布）')
    ('上观新闻', '邛崃发布', '平利发布')
    >>> closing_outlet('德州云'), closing_outlet('风云')
    ('德州云', None)
    >>> [closing_outlet(x) for x in ['新闻发布', '党委书记说。', '孟坝镇', '大发快三官网', '德清装修网']]
    [None, None, None, None, None]

    A paper's name in title marks is the print original a site copied (《中国质量报》, round
    86); a book or a law so marked is no paper:

    >>> closing_outlet('《中国质量报》'), closing_outlet('《中华人民共和国农村土地承包法》')
    ('中国质量报', None)

    A source word may stand before the outlet with no label's colon (源于凉山新闻网, 摘自…):

    >>> closing_outlet('源于凉山新闻网'), closing_outlet('摘自安庆日报'), closing_outlet('来自群众')
    ('凉山新闻网', '安庆日报', None)
    """
    from .names import is_media

    rules = rules or load_field_rules()
    text = _SOURCE_WRAPPING.sub("", strip_wrapping(paragraph)).strip()
    if paper := re.fullmatch(f"《([{CJK}]{{2,10}}报)》", text):
        return paper.group(1)
    if not re.fullmatch(f"[{CJK}]{{2,12}}", text):
        return None
    if is_media(text, rules) and text.endswith(
        tuple(s for s in rules.media_suffixes if len(s) > 1)
    ):  # 上观新闻, 海南日报; not any name in 网 (大发快三官网, 德清装修网: a spam copy's host)
        return text
    ending = next((end for end in rules.place_account_endings if text.endswith(end)), "")
    return text if ending and is_place_name(text.removesuffix(ending)) else None


#: Marks around a 来源 value, and around a newsroom glued to its reporter's role: a reprint's 据
#: before it and the bar a WeChat credit sets after it (据海南日报客户端丨见习记者 甲, round 38).
_SOURCE_WRAPPING = re.compile(
    r"^(?:单位|机构)\s*[:：]\s*|^(?:(?:文|图|文图|图文)(?:\s*[、/／]\s*(?:文|图))?)?\s*[/／]\s*(?=[\u4e00-\u9fff])|^图片(?:来自|来源于?)网络|^(?:互联网|网络)\s*[-—－]+\s*(?=[\u4e00-\u9fff])|^[【\[（(「『]*(?:据|摘自|转自|选自|转载自|转引自|原载|来源于|源于|源自|来自)(?=[《“\u4e00-\u9fff]{4})|^[【\[（(「『]+|^[-—－?？]+\s*|[】\]）)」』（(]+[;；,，]?$|\s*[丨|｜]$"
)
_TITLE_MARKS = re.compile(
    r"^(?:\d{4}年\d{1,2}月\d{1,2}日)?[《“「『\"](.+?)[》”」』\"](?:第?[A-Z]?\d{1,2}版)?$"
)
_SOURCE_TAIL = re.compile(
    r"(?:原创|进入论坛|手机读报|手机版|我要评论|我来说两句|打印|关闭|字号|分享|收藏|今日推荐|推荐阅读)+$|(?:我要评论|我来说两句).*$"
    # an outlet's 综合 (北晚新视觉网综合, round 40): it compiled the story, and is the source
    r"|(?<=[网报台])综合$"
    # the site's repost notice glued on, to the end (…转载请注明地址:http://…); its address, bare
    # or in brackets with the text run on after it (倍可亲(backchina.com)北京市…, round 55)
    r"|\s*(?:转载请|请)(?:注明|联系|保留).*$|(?<=[\u4e00-\u9fff])\s*(?:https?://)?www\.[\w.-]+/?$"
    r"|(?<=[\u4e00-\u9fff])\s*[（(](?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?(?:[）)].*)?$"
)


def clean_source(value: str, rules: FieldRules | None = None) -> str:
    """A 来源 value without the furniture glued to it.

    >>> clean_source('晋中新闻网进入论坛手机读报'), clean_source('天山网-新疆日报原创')
    ('晋中新闻网', '天山网-新疆日报')
    >>> clean_source('【冰城'), clean_source('单位：伊犁边境管理支队'), clean_source('原创')
    ('冰城', '伊犁边境管理支队', '原创')
    >>> clean_source('--琼中县长征镇'), clean_source('【央视新闻客户端】;')  # rounds 63, 64
    ('琼中县长征镇', '央视新闻客户端')
    >>> clean_source('互联网--台州日报'), clean_source('互联网')  # a CMS's placeholder first (round 101)
    ('台州日报', '互联网')
    >>> clean_source('德州日报」'), clean_source('《人民日报》(')  # 「本文来源:德州日报」; …》(2022年…版)
    ('德州日报', '人民日报')
    >>> clean_source('北晚新视觉网综合'), clean_source('综合')
    ('北晚新视觉网', '综合')
    >>> clean_source('据海南日报客户端丨'), clean_source('据报'), clean_source('（摘自安庆日报）')  # 据海南日报客户端丨见习记者 甲
    ('海南日报客户端', '据报', '安庆日报')
    >>> clean_source('文、图/羊城晚报'), clean_source('/羊城晚报')  # 文/羊城晚报全媒体记者 甲: the paper
    ('羊城晚报', '羊城晚报')
    >>> clean_source('安徽经济网转载请注明地址:http://www.abmjc.com/'), clean_source('川南经济网www.chuannane.com')
    ('安徽经济网', '川南经济网')

    A paper's or an account's name comes without its marks, an account without
    the platform it posts on, named before or after it:

    >>> clean_source('《湖南日报》'), clean_source('微信公众号“平利发布”'), clean_source('2016年6月9日《大理日报》A2版')
    ('湖南日报', '平利发布', '大理日报')
    >>> clean_source('新湖南客户端'), clean_source('微信'), clean_source('大美梁邱微信公众号')
    ('新湖南客户端', '微信', '大美梁邱')

    An office's credit word glued to its name (来源：罗江区地方志办公室供稿) goes too:

    >>> clean_source('罗江区地方志办公室供稿'), clean_source('供稿')
    ('罗江区地方志办公室', '供稿')
    """
    rules = rules or load_field_rules()
    cleaned = _SOURCE_TAIL.sub("", _SOURCE_WRAPPING.sub("", value.strip())).strip()
    cleaned = compiled_from(cleaned)
    credit = next(
        (c for c, k in rules.credit_kind.items() if k == "source" and cleaned.endswith(c)), ""
    )
    if credit and len(cleaned) > len(credit) + 1:  # 某镇供稿, 清远日报社编发: the office
        cleaned = cleaned[: -len(credit)].rstrip()
    for platform in rules.source_platforms:
        account = cleaned[len(platform) :].lstrip(" :：")
        if cleaned.startswith(platform) and re.match(f'[{CJK}《“「『"]', account):
            cleaned = account
            break
        account = cleaned[: -len(platform)].rstrip()  # 大美梁邱微信公众号: after it too
        if cleaned.endswith(platform) and re.search(f'[{CJK}》”」』"]{{2}}$', account):
            cleaned = account
            break
    marked = _TITLE_MARKS.match(cleaned)
    if marked:
        cleaned = marked.group(1).strip()
    return _first_outlet(cleaned) or value.strip()


#: An office or outlet by its ending (统战部, 藏区办, 宣传部, 日报): what a 来源 list is made of.
_OFFICE = re.compile(
    rf"[{CJK}]{{1,16}}(?:部|办|委|局|厅|中心|{alternation(load_field_rules().outlet_suffixes)})"
)


def _first_outlet(value: str) -> str:
    """The outlet a 来源 value names first, where the value says more (township pages of
    session 10's probe): a list parted by a slash (滨州日报/滨州网 → 滨州日报, as README reads
    、; a first name with no outlet ending, an app's brand, stays with the list), a parent
    in brackets (荆楚网（湖北日报网） → 荆楚网, as in a dateline), or the first paragraph run
    on after the name (川观新闻发展“一村一品”，推动… → 川观新闻) or a note after a comma.

    >>> _first_outlet('滨州日报/滨州网'), _first_outlet('荆楚网(湖北日报网'), _first_outlet('法治日报-法治网')
    ('滨州日报', '荆楚网', '法治日报-法治网')
    >>> _first_outlet('川观新闻发展“一村一品”，推动乡村特色产业发展是做好“土特产”文章的重要途径。')
    '川观新闻'
    >>> _first_outlet('微祁门,信息贵在分享,如涉及版权问题'), _first_outlet('中国共产党新闻网（人民网）')
    ('微祁门', '中国共产党新闻网')
    >>> _first_outlet('四川省委统战部、藏区办'), _first_outlet('天水日报、武山发布'), _first_outlet('张三、李四')
    ('四川省委统战部', '天水日报、武山发布', '张三、李四')
    """
    first, *rest = re.split(r"\s*[/／]\s*", value, maxsplit=1)
    if rest and re.fullmatch(_PUBLICATION, first):  # not an app's brand alone (石榴云/…)
        value = first
    # two offices listed with 、 (四川省委统战部、藏区办, round 43): the first, as with outlets
    first, *rest = value.split("、", 1)
    if rest and _OFFICE.fullmatch(first) and _OFFICE.fullmatch(rest[0].strip()):
        value = first
    parent = re.match(rf"({_PUBLICATION})\s*[（(][^（）()]{{2,12}}[）)]?$", value)
    if parent:
        value = parent.group(1)
    head = re.split(r"[，。,；;！？]", value, maxsplit=1)[0].strip()
    if head != value and len(value) > 20 and (outlet := re.match(_PUBLICATION, value)):
        return outlet.group(0)
    return head if len(head) >= 2 else value


_COMPILED_FROM = re.compile(r"^(?:本站|本网)?综合(?:整理)?自\s*(\S.*)$")


def compiled_from(value: str) -> str:
    """The first outlet a compilation credit names (综合自天水日报、武山发布 → 天水日报).

    A site that stitches a report together from others says so in its 来源 (综合自X、Y): the
    text comes from the outlets it names, and the first named is the source. A compilation
    naming nothing (本站综合, 综合整理) is the site's own and names no source: those stay as
    they are, for ``not_sources`` to refuse.

    >>> compiled_from('综合自天水日报、武山发布'), compiled_from('本站综合整理自《甘肃日报》')
    ('天水日报', '甘肃日报')
    >>> compiled_from('本站综合'), compiled_from('综合整理'), compiled_from('天水日报')
    ('本站综合', '综合整理', '天水日报')
    """
    match = _COMPILED_FROM.match(value.strip())
    if not match:
        return value
    first = re.split(r"[、，,；;/｜|\s]+|(?<=[》”])和|(?<=[》”])及", match.group(1))[0]
    return first.strip('《》“”"') or value


def names_outlet(name: str, rules: FieldRules | None = None) -> bool:
    """False for a dateline outlet that is only an outlet's ending (晚报讯, 融媒讯, 新闻讯):
    a site's own dateline that names nothing; the host then speaks, not a source.

    >>> [names_outlet(x) for x in ['晚报', '融媒', '合肥晚报', '集安融媒', '海峡消费报']]
    [False, False, True, True, True]
    >>> [names_outlet(x) for x in ['导报', '兰溪导报']]
    [False, True]
    """
    rules = rules or load_field_rules()
    return name not in rules.outlet_suffixes


_ONE_OUTLET = (  # the longest outlet: 红网时刻娄底…讯; an app too (上游新闻); never the paper's own word
    rf"(?!{'|'.join(OWN_PAPER)})[\u4e00-\u9fff]{{1,10}}(?:{alternation(load_field_rules().outlet_suffixes)})"
    + "".join(f"(?<!{word})" for word in OWN_PAPER)
)
# Two outlets joined by a dot (读特客户端·深圳新闻网讯) or a dash (第1眼-重庆广电消息, 商洛日报 - 商洛之窗讯):
# one names the outlet by its ending, the other may be a brand with none; kept whole (README, Sources).
_DASH_JOINED = r"[\u4e00-\u9fff\d]{1,8}[-－—]"
_PUBLICATION = (
    rf"(?:{_DASH_JOINED})?{_ONE_OUTLET}"
    rf"(?:[·・•](?:{_ONE_OUTLET}|[一-龥]{{2,6}})|\s*[-－—]\s*[一-龥]{{2,6}})?"
)
_WIRE = r"(?!本报|本网|本台)[\u4e00-\u9fff]{1,6}?(?:网|社|报|台)网?"  # a paper's site: 中国日报网


def _channel_names() -> str:
    """A national site's regional channel after its name (中新网江苏新闻, 中新网河南新闻): a
    province's short name and the channel word (``wire_channel_words`` in fields.yaml)."""
    provinces = {n for names in load_gazetteer().province_short_names.values() for n in names}
    provinces = sorted((n for n in provinces if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n)), key=len)
    words = load_field_rules().wire_channel_words
    return f"(?:{'|'.join(provinces[::-1])})(?:{'|'.join(map(re.escape, words))})"


#: Symbols a spam copy sets between the characters of a name to dodge matching (参考消息☉网).
_SPAM_MARKS = re.compile(r"(?<=[\u4e00-\u9fff])[☉★☆◎◉●○◆◇■□▲△※♂♀]+(?=[\u4e00-\u9fff])")
#: What a dateline sets in brackets after an outlet: its parent (荆楚网（湖北日报网）) or its
#: address (安徽财经网(zgstyb.cn), in a list of three: 市场星报、安徽财经网(zgstyb.cn)、掌中安徽讯).
_ASIDE = r"[（(](?:[\u4e00-\u9fff]{2,12}|[A-Za-z0-9.-]{4,30})[）)]"
_DATELINE_PUBLICATION = re.compile(
    # the date may be written with its year (读特客户端·深圳新闻网2023年3月16日讯), or its hour (华龙网4月5日20时讯)
    # two outlets parted by a space, a slash or 、: the first (安徽网 大皖客户端讯, 滨州日报/滨州网讯, 中安在线、中安新闻客户端讯); a brand first, whole (石榴云/新疆日报讯); a portal's county station, whole (红网城步站3月10日讯)
    rf"^\s*[（(]?(?:({_PUBLICATION}(?:[\u4e00-\u9fff]{{2,4}}站)?|[\u4e00-\u9fff]{{2,6}}[/／]{_ONE_OUTLET})"
    rf"(?:{_ASIDE})?(?:[\s/／、](?:{_ONE_OUTLET}|[\u4e00-\u9fff]{{2,6}})(?:{_ASIDE})?){{0,3}}(?:\s?[\u4e00-\u9fff]{{0,4}}?(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}\s?日(?:\d{{1,2}}[时点])?[\u4e00-\u9fff]{{0,6}}?)?(?:讯|消息|(?<=日)报道(?![了过的称])"
    # or the reporters right after the parent's bracket (荆楚网（湖北日报网）通讯员 甲 乙, round 39)
    rf"|(?<=[）)])(?=\s*{load_field_rules().newsroom_role}))"
    # a space may part the outlet from the place (中新网 江西广昌2月18日电, as copies print it)
    rf"|({_WIRE}(?:{_channel_names()})?)\s?[\u4e00-\u9fff]{{0,8}}?\d{{1,2}}月\d{{1,2}}日电)"
)
#: A reprint's close: marks, an account's platform (据“北京怀柔”微信公众号消息, round 79), the day and page.
_REPRINT_CLOSE = rf"[》”]?\s*(?:{alternation(load_field_rules().source_platforms)})?\s*(?:\d{{1,2}}月\d{{1,2}}日)?(?:头版头条|头版|头条)?\s*(?:报道|消息)"
#: 据福建日报报道, 据江孜县融媒体中心消息, 据“龙山发布”消息 (any quoted name: an account's): the origin.
REPRINT = re.compile(  # the outlet may stand in title marks: 据《人民日报》报道
    rf"据\s*[《“]?({_PUBLICATION}(?={_REPRINT_CLOSE})|[\u4e00-\u9fff]{{2,14}}?"
    rf"(?:{'|'.join(map(re.escape, load_field_rules().reprint_offices))})"
    rf"|(?<=“)[^“”《》\s]{{2,16}}(?=”{_REPRINT_CLOSE})){_REPRINT_CLOSE}"
)
#: A 来源 label opening a flattened paragraph, its outlet parted from the credit and the text
#: by a space (消息来源:四川在线 四川在线记者 甲/文 …): the outlet, known by its ending.
_LABELLED_OPENING = re.compile(
    rf"^\s*(?:消息来源|新闻来源|稿件来源|信息来源|文章来源|来源)\s*[:：]\s*({_ONE_OUTLET})\s"
)
#: A periodical's issue line on a journal aggregator: 党的生活（江苏） 2023年6期
_PERIODICAL_ISSUE = re.compile(r"^\s*([^\s\d，。：:]{2,16})\s+\d{4}\s*年\s*第?\s*\d{1,2}\s*期\s*$")


_NEWSROOM_ROLE = load_field_rules().newsroom_role  # 本报记者, 全媒体通讯员 …
#: An outlet (known by its ending) followed by what only a credit prints after a name: its
#: reporters in brackets or after a bar, 报道, the posting time's label, 发表于, or a day and
#: time, no label (霞浦融媒 霞浦新闻网 2025年01月09日 16:06: WeChat; 澎湃新闻2024-03-22 21:00).
_CREDITED_OUTLET = re.compile(
    rf"^\s*(?:(?:{alternation(page_roles.load_page_roles().column_names)})\s+)?[《]?({_PUBLICATION})[》]?(?:"
    rf"(?:报道|[（(][\u4e00-\u9fff]{{2,12}}[）)])?\s*[（(【]\s*{_NEWSROOM_ROLE}"  # …网(某中心)(记者 甲)
    rf"|\s*[|｜丨]\s*(?:{_NEWSROOM_ROLE}|作者|文)"  # 北京日报客户端 | 记者 甲 通讯员 乙
    r"|\s*(?:发布时间|发布日期|发表时间)\s*[:：]|\s+(?:时间|日期)\s*[:：]"  # 绵阳在线     发布时间:2020-10-06
    r"|报道\s+(?=[\u4e00-\u9fff])|\s+发表于\s"  # 中国水产门户网报道 兴化市…; 永泰便民网 发表于 2019-…
    rf"|(?:\s+{_PUBLICATION})?\s*\d{{4}}[-年/.]\d{{1,2}}[-月/.]\d{{1,2}}日?\s+\d{{1,2}}:\d{{2}})"
    rf"|^\s*【({_PUBLICATION})】\s*$"  # 【都江堰市融媒体中心】 alone on its line; a bare name: the host's
)
#: The outlet whose reporter learnt the news (实况新闻—重庆时报记者从茄子溪街道了解到).
_REPORTER_LEARNT = re.compile(
    rf"(?:^|[，。,；;\s])[《]?({_PUBLICATION})[》]?{_NEWSROOM_ROLE}"
    r"(?:近日|日前|今天|今日|昨天|昨日|\d{1,2}月\d{1,2}日)?从[^，。,；]{2,30}?(?:了解到|获悉|获知)"
)


def credited_outlet(line: str) -> str | None:
    """The outlet a credit names by what follows it, where no dateline or label does.

    A credit names its outlet before the reporters or the posting time, or alone in brackets;
    an outlet is known by its ending (``outlet_suffixes``): 新闻网（记者 甲） names nothing.

    >>> credited_outlet('南京日报报道（记者 毛庆 通讯员 张先才）“想不到新城建得这么漂亮”。')
    '南京日报'
    >>> credited_outlet('鄂东晚报全媒体（通讯员 何莹 王剑）翠绿的茶场环绕着水库')
    '鄂东晚报全媒体'
    >>> credited_outlet('北京日报客户端 | 记者 褚英硕 通讯员 贾元杰'), credited_outlet('【都江堰市融媒体中心】')
    ('北京日报客户端', '都江堰市融媒体中心')
    >>> credited_outlet('绵阳在线     发布时间:2020-10-06'), credited_outlet('永泰便民网 发表于 2019-5-13')
    ('绵阳在线', '永泰便民网')

    The posting time's label may be glued to the outlet (中国电力网发布时间:…, round 43), and
    an outlet may open the text with 报道 and a space (round 38's trade site):

    >>> credited_outlet('中国电力网发布时间:2020-05-21 13:00:29'), credited_outlet('中国水产门户网报道 兴化市')
    ('中国电力网', '中国水产门户网')
    >>> credited_outlet('新闻网(记者 任俊)8月12日报道 昨日'), credited_outlet('镇党委（记者 甲）') is None
    (None, True)
    >>> credited_outlet('霞浦融媒 霞浦新闻网 2025年01月09日 16:06'), credited_outlet('澎湃新闻2024-03-22 21:00')
    ('霞浦融媒', '澎湃新闻')
    >>> credited_outlet('洛阳新闻网') is None
    True

    A reporter who learnt the news from an office names the outlet inside the text:

    >>> credited_outlet('今年春节，实况新闻—重庆时报记者从茄子溪街道了解到，新港社区')
    '实况新闻—重庆时报'
    """
    text = _SPAM_MARKS.sub("", line)
    match = _CREDITED_OUTLET.match(text[:80]) or _REPORTER_LEARNT.search(text[:200])
    outlet = next((g for g in match.groups() if g), None) if match else None
    return outlet if outlet and names_outlet(outlet) else None


def publication_named(paragraph: str, header: list[str], around: list[str] = ()) -> str | None:
    """The paper or site a report names as its origin when no 来源 label says so.

    A reprint names its original (``台海网5月20日讯 据福建日报报道``); else the dateline
    that opens the story names it (``淮安日报讯（…）``, a wire service's
    ``中新网林芝6月18日电``), a journal aggregator's issue line (``党的生活（江苏） 2023年6期``), and
    an e-paper's masthead above the headline (``沈阳日报　2024年07月03日　第A06版``).
    ``本报讯`` names nothing (the masthead does); a portal's or mirror's own banner is
    the host, not the origin, so only a paper's own page names its paper.

    >>> publication_named('淮安日报讯（淮安日报全媒体记者 孙倩）锣鼓一响', [])
    '淮安日报'
    >>> publication_named('中新网林芝6月18日电 题：雪域小镇的“红色引擎”', []), publication_named('新华社北京3月5日电（记者 甲）', [])
    ('中新网', '新华社')
    >>> publication_named('台海网5月20日讯 据福建日报报道 谷雨过后，武夷山市星村镇', [])
    '福建日报'
    >>> publication_named('（中国乡镇网讯）为充分发挥党员先锋模范作用', [])
    '中国乡镇网'
    >>> publication_named('凤阳县小岗村是中国农村改革的发源地', ['据《农民日报》5月8日头版头条报道'])
    '农民日报'

    A flattened page may open its text with the 来源 label, the outlet set apart by a space:

    >>> publication_named('消息来源:四川在线 四川在线记者 韩思琪/文 又到一年快递高峰期,牛市口街道', [])
    '四川在线'
    >>> publication_named('来源:牛市口街道 又到一年快递高峰期,街角的爱心驿站成了歇脚处', []) is None
    True

    A site run by a paper names its parent in brackets (荆楚网（湖北日报网）讯, as a
    traditional page prints it 荊楚網(湖北日報網)訊 before simplification): the site is
    the dateline's outlet.

    >>> publication_named('荆楚网（湖北日报网）讯（记者 甲 通讯员 乙）近日，', [])
    '荆楚网'
    >>> publication_named('荆楚网（湖北日报网）通讯员杨飞、彭荣莉 进入6月下旬，', [])
    '荆楚网'
    >>> publication_named('近日，某镇', ['党的生活（江苏） 2023年6期'])
    '党的生活（江苏）'

    The paper's own page names it in other ways (``paper_pages.paper_of_page``).
    """
    reprint = REPRINT.search(paragraph[:60]) or next(
        (m for line in header if (m := REPRINT.match(line.strip()))), None
    )  # 台海网5月20日讯 据福建日报报道: the site reprints the paper; or on a line of its own
    if reprint:
        return reprint.group(1)
    labelled = _LABELLED_OPENING.match(paragraph)  # 消息来源:四川在线 四川在线记者 甲/文 …
    if labelled and names_outlet(labelled.group(1)):
        return labelled.group(1)
    for line in [paragraph, *header]:  # a wire dateline may stand on the headline's line
        if outlet := dateline_outlet(line):
            return outlet
    for line in [paragraph, *header]:  # 南京日报报道（记者 甲）, 绵阳在线  发布时间：…, 据…丨记者
        if outlet := credited_outlet(line):
            return clean_source(outlet)
    for line in header:
        match = _PERIODICAL_ISSUE.match(line)
        if match:
            return match.group(1)
    paper = paper_pages.paper_of_page(paragraph, header, around)
    # 语音播报 ends in 报 like a paper: a page's widget is no source (not_sources)
    return paper if paper and is_source_name(paper, load_field_rules()) else None


def dateline_outlet(line: str) -> str | None:
    """The outlet a dateline opening the line names, the place before or after the date.

    >>> dateline_outlet('中国台湾网1月19日芜湖讯（记者 陈思远）“希望更多的人关注乡村建设')
    '中国台湾网'
    >>> dateline_outlet('红网时刻娄底9月18日讯（通讯员 甲）'), dateline_outlet('1月19日芜湖讯 近日')
    ('红网时刻', None)

    A media centre's short brand is its dateline's outlet; a bare ending names nothing:

    >>> dateline_outlet('集安融媒讯（记者 甲 通讯员 乙）入秋以来'), dateline_outlet('晚报讯 近日，')
    ('集安融媒', None)

    A national site's regional channel is kept as printed (the channel wrote it), and a
    copy that parts the outlet from the place with a space still names the outlet:

    >>> dateline_outlet('中新网江苏新闻3月9日电(陆思涵)搭凉棚、装雨棚'), dateline_outlet('中新网南京3月9日电')
    ('中新网江苏新闻', '中新网')
    >>> dateline_outlet('中新网 江西广昌2月18日电 题:塘坊镇“莲”通产业路')
    '中新网'
    >>> dateline_outlet('中国日报网7月10日电(记者 潘一侨) 贵州有着丰富的野生刺梨资源')
    '中国日报网'

    Two outlets joined by a dot are named together, as printed; a date may carry its year;
    a site's county station (分站) is an outlet of its own:

    >>> dateline_outlet('读特客户端·深圳新闻网2023年3月16日讯(记者 邓雨桐)3月14日')
    '读特客户端·深圳新闻网'
    >>> dateline_outlet('湖南日报·新湖南客户端3月22日讯(记者 甲)今天，')
    '湖南日报·新湖南客户端'
    >>> dateline_outlet('安徽网 大皖客户端讯 “老人家，这是防诈骗宣传单。”')
    '安徽网'
    >>> dateline_outlet('滨州日报/滨州网讯 8月10日'), dateline_outlet('石榴云/新疆日报讯(记者 王晶晶)')
    ('滨州日报', '石榴云/新疆日报')
    >>> dateline_outlet('市场星报、安徽财经网(zgstyb.cn)、掌中安徽讯(方慧敏 记者 汪立新)春日的')
    '市场星报'

    Two outlets joined by a dash are named together too, with 消息 as with 讯; the first
    may be an app's brand with no outlet ending, the second is an outlet by its ending:

    >>> dateline_outlet('第1眼-重庆广电消息，受上游强降雨影响，合川区太和镇')
    '第1眼-重庆广电'
    >>> dateline_outlet('梧州零距离网-梧州日报讯（记者 甲）'), dateline_outlet('商洛日报 - 商洛之窗讯 (记者 乙)')
    ('梧州零距离网-梧州日报', '商洛日报-商洛之窗')
    >>> dateline_outlet('半岛网1月24日消息 近日，市北区即墨路街道'), dateline_outlet('好消息，村里通了路')
    ('半岛网', None)
    >>> dateline_outlet('红网湘潭县分站1月24日讯(通讯员 谭思雨)1月22日'), dateline_outlet('分站讯 近日')
    ('红网湘潭县分站', None)

    A county app's brand and its place (``app_dateline_outlet``); a place alone is no outlet:

    >>> dateline_outlet('云上十堰讯 记者 王静怡 报道:在茅箭区'), dateline_outlet('曲阜讯 近日，')
    ('云上十堰', None)
    >>> dateline_outlet('长沙晚报掌上长沙6月7日讯(记者 舒元臻)')  # the paper's app (app_after_outlet)
    '长沙晚报掌上长沙'

    A site that dates its own reports says 报道 after the day (参考消息网6月2日报道), and a
    spam copy sets a symbol inside the outlet's name (参考消息☉网), dropped:

    >>> dateline_outlet('参考消息☉网6月2日报道 (文/洛桑)'), dateline_outlet('镇党委6月2日报道 近日')
    ('参考消息网', None)

    The place a report was filed from, with no date (``placed_datelines``):

    >>> dateline_outlet('娄底新闻网双峰讯(通讯员 甲)'), dateline_outlet('湘潭在线韶山讯(甲)')
    ('娄底新闻网', '湘潭在线')
    >>> dateline_outlet('【慧聪热泵网讯】日前，记者来到'), dateline_outlet('【中国幕墙网7月29 日消息】7月1日，')
    ('慧聪热泵网', '中国幕墙网')
    """
    # 导读中国农业新闻网讯…; a dateline in black brackets (【慧聪热泵网讯】日前，…: round 79), its
    # brackets kept for the reader of an outlet named without an ending (【新唐人2011年4月25日讯】)
    line = re.sub(r"^\s*(?:导读|摘要|内容提要|核心提示)\s*[:：]?", "", line)
    opened = re.sub(r"^\s*【(?=[^【】]{2,30}(?:[讯电]|消息)】)", "", line)
    unmarked = _SPAM_MARKS.sub("", opened[:60])
    match = _DATELINE_PUBLICATION.match(unmarked)
    outlet = (match.group(1) or match.group(2)) if match else None
    if outlet and names_outlet(outlet):
        app = app_after_outlet(unmarked[match.end(1 if match.group(1) else 2) :])  # 掌上长沙
        return re.sub(r"\s*([-－—])\s*", r"\1", outlet) + (app or "")  # 商洛日报 - 商洛之窗: one
    return app_dateline_outlet(line) or unnamed_outlet_dateline(line) or outlet_before_lede(line)
