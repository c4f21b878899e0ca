"""Second looks at the source ingest named (or found none): reasons to put it on the review list.

See doubts.py for why these exist and how a check earns its place. On real pages nobody wrote
a rule from, most wrong sources are a source *missed*: the page names an outlet or an office
in a form the rules never met (a 来源 in chrome that was cut, an app's dateline, an e-paper's
trailer, an outlet glued to a reporter's name), and ingest says "no source" with the same
confidence as on a page that names none. So the checks look at the finished page for a
credit ingest left unused, and at the finished value for a name too vague to trace. They
do not choose a source (sources.py does), with one exception measured to help: when no
reader named one, a 来源 label or a dateline these checks see is taken as the source, and
stays on the review list (unread_source.source_left_unread).

Vocabularies are data (``data/doubt_source.yaml``). Input is the simplified page.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DATA, alternation
from .field_rules import CJK, load_field_rules
from .gazetteer import is_place_name


@dataclass(frozen=True)
class DoubtRules:
    """The compiled vocabularies of ``data/doubt_source.yaml``."""

    label: re.Pattern
    org_ending: re.Pattern
    not_sources: frozenset[str]
    spam: re.Pattern
    dateline: re.Pattern
    this_paper: tuple[str, ...]
    bare_ending: re.Pattern
    outlet_name_end: re.Pattern  # a dateline's 消息 needs a date or a name ending so
    outlet: re.Pattern
    host_line: re.Pattern
    generic: re.Pattern
    photo_credit: re.Pattern
    glued_letters: re.Pattern
    latin_name: re.Pattern
    reporter_unit: re.Pattern
    own_reporter: tuple[str, ...]
    prose_reporter: re.Pattern


@functools.cache
def load_doubt_rules(path: Path = DATA / "doubt_source.yaml") -> DoubtRules:
    """Read and compile the source checks' vocabularies, once."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    endings = alternation(data["outlet_endings"])
    no_space_before = "".join(re.escape(c) for c in data["not_before_xun"])
    fields = load_field_rules()  # the lists the field readers use too
    return DoubtRules(
        label=re.compile(
            # a label in a list of words (转载须注明来源、原标题、…: a copyright notice, round 95)
            # is no label: no value opens on a clause mark
            rf"(?:{alternation(data['labels'])})\s*[:：丨|]?\s*\|?\s*(?![、，,。；;])([^\s|:：]{{2,30}})"
        ),
        org_ending=re.compile(rf"(?:{alternation(data['org_endings'])})$"),
        not_sources=fields.not_sources,  # one list: fields.yaml
        spam=re.compile(alternation(data["spam_words"])),
        dateline=re.compile(
            r"^[\s□■●◎]*([^\s\d（(【\[，。,:：]{2,24}?)(?:\s+[^\s\d（(]{1,10}?)?\s*"
            rf"(\d{{1,2}}月\d{{1,2}}日)?(?<![{no_space_before}])"
            rf"(?:讯|电|(?<!日)报道(?=\s*[（(])|(消息)(?=[\s，,（(]))"
            rf"(?![{fields.not_after_dateline}])"
        ),
        this_paper=tuple(data["this_paper"]),
        bare_ending=re.compile(rf"(?:{endings}|融媒|网|报)"),
        outlet_name_end=re.compile(rf"(?:{endings}|融媒|网|报|台|广电)$"),
        outlet=re.compile(
            rf"(?:^|(?<=[\s《【\[（(|丨:：]))([{CJK}]{{2,8}}?(?:{endings})|"
            rf"{alternation(data['wire_names'])})"
            rf"(?=$|[\s》】\]）)|丨,，。:：A-Za-z0-9]|{alternation(data['credit_after'])})"
        ),
        host_line=re.compile(alternation(data["host_line_words"])),
        generic=re.compile(
            rf"^(?:{alternation(data['generic_levels'])})?"
            rf"(?:{alternation(data['generic_endings'])})$"
        ),
        photo_credit=re.compile(data["photo_credit"]),
        glued_letters=re.compile(data["glued_letters"]),
        latin_name=re.compile(data["latin_name"]),
        reporter_unit=re.compile(data["reporter_unit"]),
        own_reporter=tuple(data["this_paper"] + data["reporter_roles"]),
        prose_reporter=re.compile(
            rf"(?:^|(?<=[，。、；：“”\s（(,;:]))(?:{alternation(data['prose_outlet_openers'])})*"
            rf"([{CJK}]{{2,8}}?(?:{endings}|{alternation(data['prose_outlet_endings'])})"
            rf"(?:·[{CJK}]{{2,6}}?)?)(?:、[{CJK}]{{2,8}}?)?(?:{alternation(data['reporter_roles'])})?记者"
        ),
    )


#: What stands before a photograph's 来源 (图片来源：…): 图片 / 照片 / 图.
_PHOTO_CREDIT_BEFORE = re.compile(r"(?:图片|照片|图)\s*$")


def labelled_source(lines, rules: DoubtRules | None = None) -> str | None:
    """The office or outlet a 来源 / 发布机构 / 供稿 label names anywhere on the page, else None.

    The page's own words for where a text comes from: if ingest took no source, a curator
    should see why (the label stood in a CMS table chrome removal cut, or was glued to
    something the field reader did not know). A person, a time or a spam site's stamp after
    the label is no source, and an empty label names nothing.

    >>> labelled_source(['索引号 | 152525/2024-01562', '发布机构 | 额吉淖尔镇 | 文号 | |'])
    '额吉淖尔镇'
    >>> labelled_source(['发布时间:2025-03-06 来源: sp20250306', '来源：星辰体育app下载官网'])
    >>> labelled_source(['作者：赵文斌 来源：本站原创'])

    A name in Latin letters is a source too (文章来源:yiming, a county portal's account);
    an ending with no name before it (来源：发布, a CMS's empty account slot) names no one:

    >>> labelled_source(['文章来源:lixin 信息发布:安徽绩溪'])
    'lixin'

    >>> labelled_source(['来源：发布 时间：2024-03-05'])
    >>> labelled_source(['获得合法授权的，转载须注明来源、原标题、著作者名，不得变更核心内容。'])

    A photograph's credit (图片来源：…) names who took or lent the picture, not where the
    text comes from:

    >>> labelled_source(['会场 图片来源:明光市新闻中心'])
    """
    rules = rules or load_doubt_rules()
    for line in lines:
        for match in rules.label.finditer(line):
            value = match.group(1).strip("【】[]（）()")
            if (
                not _PHOTO_CREDIT_BEFORE.search(line[: match.start()])
                and value not in rules.not_sources
                and not rules.spam.search(value)
                and (
                    (rules.org_ending.search(value) and not rules.org_ending.fullmatch(value))
                    or rules.latin_name.fullmatch(value)
                )
            ):
                return value
    return None


def any_dateline_outlet(paragraph: str, rules: DoubtRules | None = None) -> str | None:
    """The outlet a dateline opening ``paragraph`` names (云上宜都讯, 中新网 江西广昌2月18日电), else None.

    Broader than ``sources.dateline_outlet``, which chooses the source and reads only the
    outlet shapes it trusts: this check must see the datelines that reading missed.
    A dateline is the report's own statement of who sent it. 本报讯 names the page's paper
    (its masthead, when printed, says which), a bare ending (晚报讯) or a place (曲阜讯, the
    paper's correspondent there) names no one; 通讯员 and 资讯 hold 讯 but are no dateline.

    >>> any_dateline_outlet('云上宜都讯（通讯员 覃明轩）今年以来，五眼泉镇把抓党建作为总开关。')
    '云上宜都'
    >>> any_dateline_outlet('中新网 江西广昌2月18日电 题:塘坊镇莲田翻耕忙')
    '中新网'
    >>> any_dateline_outlet('武山县融媒体中心2月4日讯（编辑 韦佳）山丹镇志愿服务队上路了。')
    '武山县融媒体中心'
    >>> [any_dateline_outlet(p) for p in ('本报讯（记者 王敏）近日，沙河镇', '曲阜讯 3月2日，尼山镇', '热点资讯 乡村观察')]
    [None, None, None]

    A paper's 报道 before the bracket of its writers is a dateline too (an old portal's copy);
    a portal's dated 报道 (网易山东6月3日报道（…）, nc-038) is its own, labelled null, and is left:

    >>> any_dateline_outlet('南京日报报道(记者 孙明 通讯员 王立)昨天，桠溪镇的村民代表')
    '南京日报'
    >>> any_dateline_outlet('镇里的做法被多家媒体报道，村民们很自豪。') is None
    True
    >>> any_dateline_outlet('网易山东6月3日报道（王蕾 孙浩然）沿着古运河岸边') is None
    True

    ``X消息，`` is a dateline as ``X讯`` is (半岛网1月24日消息, 今日竹山网消息), when a
    date stands before 消息 or the name ends as an outlet does; news in prose (传来好消息，)
    is none:

    >>> any_dateline_outlet('半岛网1月24日消息 近日，市北区即墨路街道'), any_dateline_outlet('今日竹山网消息 近日，宝丰镇')
    ('半岛网', '今日竹山网')
    >>> any_dateline_outlet('传来好消息，村里的路通了'), any_dateline_outlet('好消息，村里的路通了')
    (None, None)
    """
    rules = rules or load_doubt_rules()
    match = rules.dateline.match(paragraph or "")
    if not match:
        return None
    name = match.group(1)
    if match.group(3) and not (match.group(2) or rules.outlet_name_end.search(name)):
        return None  # 传来好消息，: news, not a dateline
    if (
        name.startswith(rules.this_paper)
        or rules.bare_ending.fullmatch(name)
        or is_place_name(name)
    ):
        return None
    return name


def credited_outlet(line: str, rules: DoubtRules | None = None) -> str | None:
    """The one outlet ``line`` names where it credits a report (新华社发, X晚报记者, an e-paper's
    trailer, a time stamp's paper), else None.

    The site's own banner is the host, never the source (README), so an outlet alone on its
    line, a line of several outlets (the site's menu of its papers) and a line of the site's
    furniture (主办, 版权, 当前位置, 扫码下载) are passed over; so is an outlet inside a
    sentence (该县依托融媒体中心建设), which is no credit.

    >>> credited_outlet('新华社发'), credited_outlet('时间: 2024-09-13 09:42:51 雅安日报')
    ('新华社', '雅安日报')
    >>> credited_outlet('2024-03-15 3 3 周口晚报 content_231147.html 1 村里来了“法律明白人” /enpproperty-->')
    '周口晚报'
    >>> credited_outlet('…都建立了红色物业管理办公室。解晓一 合肥晚报 ZAKER合肥记者 蒋瑜香')
    '合肥晚报'
    >>> [credited_outlet(x) for x in ('六盘水新闻网', '平顶山新闻网  平顶山日报  平顶山晚报', '遵义日报社 出版 国内统一刊号')]
    [None, None, None]
    >>> credited_outlet('据介绍，该县依托融媒体中心建设，创新管理模式。')

    A photograph's credit names the photograph's outlet, not the text's (labels leave the
    source empty: measured, task D, on 5 right fields of 5 and no wrong one):

    >>> credited_outlet('牧民在冬季培训班上学习政策。 青海日报记者 马明 摄')
    """
    rules = rules or load_doubt_rules()
    if rules.host_line.search(line) or rules.photo_credit.search(line.strip()):
        return None
    text = line.strip(" •·\u3000|")
    found = [match.group(1) for match in rules.outlet.finditer(text)]
    if len(found) != 1 or not text.replace(found[0], "").strip(" •·\u3000|"):
        return None
    return found[0]


#: The title rule (reading.choose_title) of a headline split off the lede it was glued to.
SPLIT_OFF = "headline glued to the lede, split off"


def glued_letters(source: str | None, rules: DoubtRules | None = None) -> str | None:
    """The Latin letters glued inside ``source`` (吴明林LFP安康新闻网: a byline and a mirror's
    watermark run into the outlet), else None.

    >>> glued_letters('李明LFP安康新闻网'), glued_letters('ZAKER合肥'), glued_letters(None)
    ('LFP', None, None)
    """
    rules = rules or load_doubt_rules()
    found = rules.glued_letters.search(source or "")
    return found.group()[1:-1] if found else None


def reporter_unit(line: str, rules: DoubtRules | None = None) -> str | None:
    """The unit a bracketed byline names its reporter by (（大众新闻·农村大众记者 刘真真）),
    when it is not the page's own paper (本报记者) or a reporter's rank (特约记者), else None.

    The byline rules take a reporter's unit as the source when the outlet tables know it for
    media; a unit they do not know leaves no source, with no doubt said.

    >>> reporter_unit('（乡村大众记者 王明 通讯员 李强）'), reporter_unit('（本报记者 王明）')
    ('乡村大众', None)
    >>> reporter_unit('近日，记者来到三江口村。'), reporter_unit('（特约记者 王明）')
    (None, None)
    """
    rules = rules or load_doubt_rules()
    for match in rules.reporter_unit.finditer(line):
        unit = match.group(1)
        if not unit.startswith(rules.own_reporter) and len(re.findall(f"[{CJK}]", unit)) >= 2:
            return unit
    return None


def reporter_outlet(paragraph: str, rules: DoubtRules | None = None) -> str | None:
    """The outlet whose reporter the text shows at work (澎湃新闻记者实地走访), else None.

    >>> reporter_outlet('在开放日活动中，澎湃新闻记者实地走访奉贤柘林镇。')
    '澎湃新闻'
    >>> reporter_outlet('10月10日，钱江晚报·小时新闻记者来到这栋小别墅。')
    '钱江晚报·小时新闻'
    >>> reporter_outlet('在接受封面新闻记者采访时，村支部书记证实了这件事。')
    '封面新闻'
    >>> reporter_outlet('11月28日，淮河早报、淮南网记者来到江黄村。')
    '淮河早报'
    >>> reporter_outlet('初夏时节，湖北日报全媒记者赴株林镇蹲点调研。')
    '湖北日报'

    The page's own paper (本报记者) and a reporter with no outlet are none:

    >>> reporter_outlet('本报记者来到村里。'), reporter_outlet('记者在现场看到，村民正忙着。')
    (None, None)
    """
    rules = rules or load_doubt_rules()
    match = rules.prose_reporter.search(paragraph)
    if not match or match.group(1).startswith(rules.own_reporter):
        return None
    return match.group(1)


def missed_source(finished, rules: DoubtRules | None = None) -> str | None:
    """Why a report with no source looks like one that has one, for a curator; else None.

    Three places a page states its source that ingest can miss: a 来源 label anywhere on the
    page, a dateline opening the text, an outlet credited in the lines around the text (the
    header, the furniture, the end of the last paragraph).

    >>> from .doubts import Finished
    >>> page = Finished(header=('五眼泉镇:建强支部堡垒',), title='五眼泉镇:建强支部堡垒',
    ...     blocks=(('p', '云上宜都讯（通讯员 覃明轩）今年以来，五眼泉镇'),))
    >>> missed_source(page)
    '电头“云上宜都”点名了发稿单位'
    >>> missed_source(Finished(title='沙河镇召开党建会', blocks=(('p', '本报讯 近日，沙河镇召开党建工作会。'),)))

    A headline split off the lede may have taken the dateline with it (《乡村周刊》…讯 cut
    after its first characters): the title is read back in front of the lede.

    >>> missed_source(Finished(title='《乡村振兴周刊》四川旺', title_rule=SPLIT_OFF,
    ...     blocks=(('p', '苍讯（李明 王强）旺苍县龙凤镇以党建引领人居环境整治。'),)))
    '电头“《乡村振兴周刊》四川旺苍”点名了发稿单位'
    """
    if finished.source:
        return None
    rules = rules or load_doubt_rules()
    label = labelled_source(finished.page_lines, rules)
    if label:
        return f"页面标注了“{label}”"
    first = next((text for kind, text in finished.blocks if kind == "p"), "")
    if finished.title_rule == SPLIT_OFF:  # the dateline may have gone with the headline
        first = finished.title + first
    for paragraph in (first, *finished.header):
        outlet = any_dateline_outlet(paragraph, rules)
        if outlet:
            return f"电头“{outlet}”点名了发稿单位"
    for line in finished.page_lines:
        unit = reporter_unit(line, rules)
        if unit and not rules.photo_credit.search(line.strip()):
            return f"署名“{line.strip()[:30]}”点名了记者所在的“{unit}”"
    around = [*finished.header, *finished.furniture]
    if finished.blocks:
        around.append(finished.blocks[-1][1][-40:])
    for line in around:
        outlet = credited_outlet(line, rules)
        if outlet:
            return f"页面在“{line.strip()[:30]}”中点名“{outlet}”"
    for kind, text in finished.blocks:
        outlet = reporter_outlet(text, rules) if kind == "p" else None
        if outlet:
            return f"文中写到“{outlet}记者”"
    return None


def generic_source(source: str | None, rules: DoubtRules | None = None) -> bool:
    """Whether ``source`` is only a level and an ending (县融媒体中心, 导报), naming no one.

    A reader cannot trace 县融媒体中心: which county? It is what a CMS's generic 来源 or a
    bare dateline (导报讯) leaves when the page's own name for itself was not read.

    >>> [generic_source(s) for s in ('县融媒体中心', '导报', '武山县融媒体中心', '宜州日报', None)]
    [True, True, False, False, False]
    """
    rules = rules or load_doubt_rules()
    return bool(source) and bool(rules.generic.match(source))


def damaged_source(source: str | None) -> str | None:
    """The byte damage left in ``source`` (a mirror's 定西日?qǐng)?bào), else None.

    ``repair`` restores a lost character from the page's own gloss of it (晚报(bào) elsewhere
    gives 报); a page that glosses it nowhere keeps the damage, and a source holding it is
    not the name the page printed: a curator can read it back at a glance.

    >>> damaged_source('定西日?qǐng)?bào'), damaged_source('定西日报'), damaged_source(None)
    ('?qǐng)?bào', None, None)
    """
    from .repair import damage_left

    return damage_left(source) if source else None


_STAMPED = re.compile(r"(?:19|20)\d\d[-/.年]\d{1,2}")
#: What may stand beside a name and its date on a stamp line: digits, date and time marks.
_STAMP_LEFT = re.compile(r"[\s\d:：年月日时分秒/.\-|丨•·]+")


def stamped_name(source: str | None, page_lines) -> int:
    """How many page lines set ``source`` beside a date with nothing else: a list whose
    every item carries the name and a date is the site's own stamp, its banner (an app's
    web page: 北京青年报客户端 2024-03-03 under this headline and under each related one),
    not a statement of where this text comes from. The convention reads such a name as the
    host (tests/corpus/README.md, Sources); ingest cannot tell the host, so it says so.

    >>> lines = ['北京青年报客户端 2024-03-03 16:24', '文/北京青年报记者 甲',
    ...     '北京青年报客户端 2024-04-26', '北京青年报客户端 2024-03-12']
    >>> stamped_name('北京青年报客户端', lines), stamped_name('北京青年报', lines)
    (3, 0)

    A labelled 来源 is the page's statement, however often it repeats:

    >>> stamped_name('东城区融媒体中心', ['来源：东城区融媒体中心 2024-03-03 16:24'] * 3)
    0
    """
    if not source:
        return 0
    return sum(
        1
        for line in page_lines
        if _STAMPED.search(line)
        and source in line
        and not _STAMP_LEFT.sub("", line.replace(source, "", 1))
    )


def source_doubts(finished) -> list[str]:
    """Reasons, in Chinese for curators, to doubt the report's source.

    >>> from .doubts import Finished
    >>> source_doubts(Finished(title='山丹镇志愿服务队上路', source='县融媒体中心',
    ...     blocks=(('p', '在山丹镇活跃着一支志愿服务队。'),)))
    ['来源存疑：“县融媒体中心”只是泛称，未说明是哪一家：请核对电头或页面署名']
    >>> source_doubts(None)
    []
    """
    if finished is None:
        return []
    reasons = []
    missed = missed_source(finished)
    if missed:
        reasons.append(f"来源存疑：{missed}，但未取到来源")
    letters = glued_letters(finished.source)
    if letters:
        reasons.append(
            f"来源存疑：“{finished.source}”中夹有字母“{letters}”，可能粘连了署名或水印，请对照原页"
        )
    damage = damaged_source(finished.source)
    if damage:
        reasons.append(f"来源存疑：“{finished.source}”含未能修复的字节损坏“{damage}”，请对照原页")
    stamps = stamped_name(finished.source, finished.page_lines)
    if stamps >= 3:  # the name beside every date of a list: the site's banner
        reasons.append(
            f"来源存疑：“{finished.source}”在页面上与{stamps}个日期并列，可能是网站自身的名称"
            "而非本文来源：请核对文中署名或电头"
        )
    if generic_source(finished.source):
        reasons.append(
            f"来源存疑：“{finished.source}”只是泛称，未说明是哪一家：请核对电头或页面署名"
        )
    return reasons
