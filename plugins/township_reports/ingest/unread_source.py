"""The last resort for a report's source: a 来源 label, a dateline or a date line's outlet
the readers left.

The field, byline and dateline readers name a source from the lines they understand; a page
may still print one where none of them looks (a meta line run into a breadcrumb, a dateline
of a shape they do not trust). The review checks of doubt_source.py find those; when nothing
else named a source, the outlet they find is taken, and the report stays on the review list.
Moved out of reading.py (session 20) when that module reached its size limit.
"""

from __future__ import annotations

import re

from . import fields, sources
from .doubt_source import any_dateline_outlet, labelled_source, load_doubt_rules, reporter_outlet
from .field_rules import DATE_TIME, OWN_PAPER, load_field_rules
from .page import CRUMB_STEP
from .page_roles import load_page_roles
from .site_names import is_outlet_and_channel, is_outlet_name
from .stamps import greeted_hosts
from .trace import Trace


def source_left_unread(
    page_lines: list[str],
    openings: list[str],
    paragraphs: list[str],
    found: fields.Fields,
    evidence: dict,
    trace: Trace,
) -> None:
    """The last resort for a source: a 来源 label or a dateline the readers above left.

    A meta line run into a breadcrumb (您当前的位置 : 洛阳网 > … 来源: 洛阳网-洛阳日报 2020.02.10)
    or into the site's banner and address (交口县政府 www.jiaokou.gov.cn 2019-04-19 10:06
    来源:吕梁日报 放大 正常 缩小) reads as no field line: text stands before its label. A
    dateline in a shape sources.dateline_outlet does not trust (海南网台讯, 海南网台消息(…): on
    a header line of its own) is left too. The
    checks that would flag such a page for review (doubt_source: ``labelled_source``, which
    skips a photograph's 图片来源, and ``any_dateline_outlet``) name the outlet; when nothing
    else named a source it is taken, and the page stays on the review list for a curator.

    Labels naming two outlets are a list of other articles (05-05 来源:华夏时讯 | 编辑:…),
    not this page's word: none is taken. A dateline's name must end as an office or outlet
    does (海南网台, not 四川巴中, a place); a Latin name counts only as a word (yiming, a
    county portal's account), not as a domain (faq.xmkoe.com, a spam copy's own host) nor as
    a link's scheme (来源:http://…, cut at its colon). Last, the one outlet printed with no
    label on the date's own line (``outlet_on_date_line``), a meta line's, not an e-paper's;
    before it, an outlet a repost marks in black brackets or before the headline's colon
    (``repost_mark_outlet``); after it, the outlet whose reporter a sentence of the text shows
    at work (``_reporters_outlet``: the README's "the paper whose reporter wrote it").
    """
    if found.source:
        return
    rules, checks = load_field_rules(), load_doubt_rules()
    labels = {labelled_source([line]) for line in page_lines} - {None}
    # where the doubt check looks for a dateline: the first paragraph, then the header's lines
    dateline = next(filter(None, map(any_dateline_outlet, openings)), None)
    if len(labels) == 1:
        value = sources.clean_source(labels.pop())
        rule, reason = "a 来源 label elsewhere on the page", "页面别处的来源标注"
        named = sources.is_source_name(value, rules) or (
            re.fullmatch(r"[A-Za-z]{3,30}", value) and value.lower() not in ("http", "https")
        )  # 来源:http://www.taihainet.com/news/…: a link's scheme, cut at its colon
    elif dateline:
        value = sources.clean_source(dateline)
        rule, reason = "a dateline of a shape the readers do not trust", "电头"
        ending = checks.org_ending.search(value) and not checks.org_ending.fullmatch(value)
        named = ending and sources.is_source_name(value, rules) and not value.endswith(OWN_PAPER)
    elif marked := repost_mark_outlet(evidence.get("title") or {}, openings[:1]):
        value, named = marked, True
        rule, reason = "an outlet a repost marks before its headline or text", "转载标记中的媒体名"
    elif on_date_line := _unstamped_date_line_outlet(evidence.get("date") or {}, page_lines):
        value, named = on_date_line, True
        rule, reason = "the outlet printed on the date's line", "日期行上的媒体名"
    elif at_work := _reporters_outlet(paragraphs, checks):
        value, named = at_work, True
        rule, reason = "the outlet whose reporter the text shows at work", "正文所称记者的媒体"
    else:
        return
    if named:
        found.add("source", [value])
        evidence["source"] = {"rule": f"{rule} (no reader named a source)"}
        trace.review("source", f"来源取自{reason}“{value}”（未在字段行中读出），请核对")


def repost_mark_outlet(title_evidence: dict, openings: list[str]) -> str | None:
    """The outlet a repost marks in black brackets, perhaps with its channel: before the
    headline, where headline_labels cut it (【安徽日报】天长：…, 【新华网-安徽频道】巢湖：…),
    or opening the text as a dateline with no 讯 (【运输人网-物流业发展】近年来，…: round 93).
    An outlet set before the headline's colon marks a repost the same way (农民日报:井龙村第一
    书记…, an aggregator's copy, round 100; 《铜陵日报》：…).

    >>> repost_mark_outlet({"cut": ["【新华网-安徽频道】"]}, []), repost_mark_outlet({}, ["【运输人网-物流业发展】近年来，快递物流业"])
    ('新华网-安徽频道', '运输人网-物流业发展')
    >>> repost_mark_outlet({"cut": ["农民日报:"]}, []), repost_mark_outlet({"cut": ["《铜陵日报》："]}, [])
    ('农民日报', '铜陵日报')
    >>> repost_mark_outlet({"cut": ["【奋斗百年路】"]}, ["【党建引领】近年来，"]) is None
    True
    >>> repost_mark_outlet({"cut": ["正在阅读："]}, []) is None
    True
    """
    cuts = title_evidence.get("cut", [])
    tags = [re.fullmatch(r"【([^【】]{3,16})】", cut) for cut in cuts]
    tags += [re.fullmatch(r"《?([^《》【】:：\s]{3,10})》?\s*[:：]\s*", cut) for cut in cuts]
    tags += [re.match(r"\s*【([^【】]{3,16})】(?=[\u4e00-\u9fff“])", line) for line in openings]
    names = [tag.group(1) for tag in tags if tag]
    return next((n for n in names if is_outlet_name(n) or is_outlet_and_channel(n)), None)


def _unstamped_date_line_outlet(dated: dict, page_lines: list[str]) -> str | None:
    """The outlet on the chosen date's line (``outlet_on_date_line``) when that line is a meta
    line's, never an e-paper record's or masthead's (their paper is the host, README), and
    not the name the banner greets visitors by (the host's own stamp), nor a column the page's
    breadcrumb names (首页 > 实时新闻 > 正文 over 2020年05月09日 实时新闻 ⁄ 共 1656字: a blog
    theme's category beside the date, round 103).

    >>> crumb = ['现在的位置: 首页 > 实时新闻 > 正文', '2020年05月09日 实时新闻 ⁄ 共 1656字']
    >>> _unstamped_date_line_outlet({'rule': 'date line with a name', 'text': crumb[1]}, crumb) is None
    True
    """
    meta = dated.get("rule") in ("short line above the body", "date line with a name")
    outlet = outlet_on_date_line(dated.get("text")) if meta else None
    if not outlet or outlet in greeted_hosts(page_lines):
        return None
    steps = {
        step for line in page_lines if CRUMB_STEP.search(line) for step in CRUMB_STEP.split(line)
    }
    return None if outlet in steps else outlet


def outlet_on_date_line(text: str | None) -> str | None:
    """The one outlet a page prints on its date's own line with no label, where other
    templates set a 来源 value (2024-12-13 18:03:07 陕西党建网 2122℃; 乡村振兴 | 学习强国
    2025-06-09 17:47: rounds 86 and 88): a paper, a site or a platform by its name or its
    ending, set apart by spaces or bars; none when two are printed or none.

    >>> outlet_on_date_line('2024-12-13 18:03:07 陕西党建网 2122℃'), outlet_on_date_line('乡村振兴 | 学习强国 2025-06-09 17:47')
    ('陕西党建网', '学习强国')
    >>> outlet_on_date_line('2024-03-05 10:21 张兰镇发布'), outlet_on_date_line('2024-03-05 人民网 新华网') is None
    (None, True)
    """
    if not text:
        return None
    rules, portals = load_field_rules(), load_page_roles().portal_names
    outlets = [
        token
        for token in re.split(r"[\s|｜丨]+", DATE_TIME.sub(" ", text))
        if token in portals or (is_outlet_name(token) and sources.is_source_name(token, rules))
    ]
    return outlets[0] if len(outlets) == 1 else None


def _reporters_outlet(paragraphs: list[str], checks) -> str | None:
    """The first outlet whose reporter a sentence of the text shows at work, read by the
    review check that flags it (doubt_source.reporter_outlet: 海南日报记者来到留客村,
    接受封面新闻记者采访时); a photograph's credit (海口日报记者 符晓岚 摄) is no sentence.
    Only the body's paragraphs are read, as that check reads them: a sentence in a
    related-stories list below the copy is another story's (session 54; no survey page
    changed).

    >>> from .doubt_source import load_doubt_rules
    >>> _reporters_outlet(['1月18日，海南日报记者来到留客村，村党支部书记正和党员们商量。'], load_doubt_rules())
    '海南日报'
    >>> _reporters_outlet(['党员在华侨街上清扫积水。海口日报记者 符晓岚 摄'], load_doubt_rules()) is None
    True
    """
    for paragraph in paragraphs:
        text = paragraph.strip()
        if "。" in text and len(text) >= 20 and not checks.photo_credit.search(text):
            if outlet := reporter_outlet(text, checks):
                return outlet
    return None
