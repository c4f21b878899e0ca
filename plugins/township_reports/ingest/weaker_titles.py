"""Where a page names its headline when no header line is one: weaker sources, each reviewed.

When the headline chooser (headline.py) finds no headline line above the text, a page may
still name its headline elsewhere: a content farm's wrapper line (接下来我们就来聊聊关于X?),
a meta line's 作者 slot, the last item of its breadcrumb (当前位置: 首页 > 新闻 > X, or
首页 » 问答 » X), or its reading-now widget (正在阅读: X, under the text), long enough to be
a headline (a related-news list or a summary pushed the printed headline into what reads
as text, or a mirror dropped it). The title so found is not devised, and goes on the review
list with a note naming where it came from.
"""

from __future__ import annotations

import re

from . import headline, headline_forms, slot_headline
from .page import CRUMB_ARROWS, han_count
from .page_roles import load_page_roles
from .trace import Trace

# A breadcrumb (当前位置: 首页 > 新郑新闻 > X, 您现在的位置:首页 > 新闻 > X): its last item.
_BREADCRUMB = re.compile(
    rf"^(?:您|你)?的?(?:当前|现在)?(?:的|所在)?位置\s*[:：].*?[{CRUMB_ARROWS}]\s*(?P<tail>[^{CRUMB_ARROWS}]+?)\s*$"
    # or a path from the home page with no label (首页 » 问答 » 问答 » X): two steps at least
    rf"|^首页(?:\s*[{CRUMB_ARROWS}]\s*[^{CRUMB_ARROWS}]+?){{2,}}?\s*[{CRUMB_ARROWS}]\s*(?P<bare>[^{CRUMB_ARROWS}]+?)\s*$"
)
#: The mark some sites print after the current page's item (… > 畲乡党员当起“茶管家” 正文).
_PAGE_MARK = re.compile(r"\s+(?:正文|详情|详情页|内容)$")
#: The fewest Chinese characters a breadcrumb's last item needs to be a headline (columns
#: such as 乡镇动态, 政务要闻 and 正文 are shorter, and are never headlines anyway).
_MIN_HEADLINE = 8


def breadcrumb_headline(page_lines: list[str]) -> str | None:
    """The headline a breadcrumb ends with: its last item, long enough to be one (8+ Chinese
    characters) and no column (乡镇动态, 正文), site, source or date line. On every labelled
    page whose breadcrumb ends so (7 real and fixture pages of 4 sites), it is the headline,
    printed again on a line of its own or not (PATTERNS.md, "Session 7 rules, second pass").

    >>> page = ['您现在的位置:首页 > 新闻 > 东庄坨村的虾塘丰收了', '新闻', '荣膺称号!某企业获国家级认可',
    ...         '东庄坨村的虾塘丰收了', '发布时间:2022/07/07', '驱车从市区出发，一路向东。']
    >>> breadcrumb_headline(page)
    '东庄坨村的虾塘丰收了'
    >>> breadcrumb_headline(['当前位置: 首页 > 乡镇动态', '乡镇动态', '驱车从市区出发，一路向东。']) is None
    True
    >>> breadcrumb_headline(['首页 » 问答 » 问答 » 芦洲乡党建引领柑橘产业兴村富民', '4月20日一早，基地就热闹起来。'])
    '芦洲乡党建引领柑橘产业兴村富民'
    >>> breadcrumb_headline(['您的当前位置:首页 > 百科 > 畲乡党员当起“茶管家” 正文', '立秋刚过。'])
    '畲乡党员当起“茶管家”'
    >>> breadcrumb_headline(['首页 > 洛阳新闻  来源: 洛阳网-洛阳日报 2021.05.17', '驱车从市区出发。']) is None
    True
    """
    for line in page_lines:
        crumb = _BREADCRUMB.match(line.strip())
        if not crumb:
            continue
        tail = _without_column(
            _PAGE_MARK.sub("", (crumb.group("tail") or crumb.group("bare")).strip())
        )
        if re.search(r"[:：]\s*$|来源|发布", tail):
            return None
        return tail if _reads_as_headline(tail) else None
    return None


def _without_column(tail: str) -> str:
    """A breadcrumb's last item without the column a scrape ran into it, its arrow lost
    (…>>新闻中心>>乡镇动态护林防火 从我做起, round 110): a column named as news columns are
    (动态, 快讯, 新闻, 要闻, 风采: page_roles.yaml ``column_names``), never a headline's opening.

    >>> _without_column('乡镇动态护林防火 从我做起'), _without_column('乡村振兴看东庄坨村的虾塘')
    ('护林防火 从我做起', '乡村振兴看东庄坨村的虾塘')
    """
    for column in sorted(load_page_roles().column_names, key=lambda c: (-len(c), c)):
        if column.endswith(_COLUMN_ENDINGS) and len(column) >= 4 and tail.startswith(column):
            return tail[len(column) :].lstrip()
    return tail


#: How a news column's name ends (乡镇动态, 各镇快讯, 本地新闻, 时政要闻, 基层风采).
_COLUMN_ENDINGS = ("动态", "快讯", "新闻", "要闻", "风采")


def _reads_as_headline(text: str) -> bool:
    """Whether what a page's navigation names (a breadcrumb's last item, a reading-now widget)
    can be its headline: 8+ Chinese characters, and nothing that is never one (a spam brand)."""
    return han_count(text) >= _MIN_HEADLINE and not headline.is_never_a_headline(text)


#: A site's reading-now widget naming the page it shows (正在阅读: 八甲镇抢抓冬春时节开展…).
_READING_NOW = re.compile(r"^(?:您|你)?正在(?:阅读|浏览)\s*[:：]\s*(?P<title>\S.*?)\s*$")


def reading_now_headline(page_lines: list[str]) -> str | None:
    """The headline a page's reading-now widget names, long enough to be one (8+ Chinese
    characters, as a breadcrumb's last item), and no spam copy's brand.

    >>> reading_now_headline(['扫描二维码随身看资讯', '正在阅读: 八甲镇抢抓冬春时节开展水塘河道清淤工作'])
    '八甲镇抢抓冬春时节开展水塘河道清淤工作'
    >>> reading_now_headline(['正在阅读:乐发lv-(中国)360百科']) is None
    True
    """
    for line in page_lines:
        found = _READING_NOW.match(line.strip())
        if found:
            return found.group("title") if _reads_as_headline(found.group("title")) else None
    return None


def weaker_title(page_lines: list[str], body_start: int, evidence: dict, trace: Trace) -> str:
    """The headline a content farm's wrapper line names (接下来我们就来聊聊关于X?以下内容…),
    a meta line's 作者 slot holds (both in the header above ``body_start``) or the page's
    breadcrumb ends with and prints again, when the page prints no other, or "". Not
    devised after all, so the review note saying so is replaced by one naming the weaker
    source."""
    header = page_lines[:body_start]
    for find, lines, rule, note in (
        (
            headline_forms.framed_headline,
            header,
            "the headline a content farm's wrapper line names",
            "标题取自转载页的引导语",
        ),
        (
            slot_headline.slot_headline,
            header,
            "a headline printed in a meta line's 作者 slot",
            "标题取自信息栏的作者位置",
        ),
        (
            breadcrumb_headline,
            page_lines,
            "the breadcrumb's last item",
            "标题取自页面导航（面包屑）的末项",
        ),
        (
            reading_now_headline,
            page_lines,
            "the page's reading-now widget",
            "标题取自页面的“正在阅读”栏",
        ),
    ):
        title = find(lines)
        if title:
            if find is breadcrumb_headline and not printed_again(title, page_lines):
                note = "标题仅见于页面导航（面包屑）的末项，页面未另行印出"
            evidence["title"] = {"rule": rule}
            trace.reviews = [r for r in trace.reviews if r["field"] != "title"]
            trace.review("title", f"{note}：“{title}”")
            return title
    return ""


def printed_again(title: str, page_lines: list[str]) -> bool:
    """True when the page prints the breadcrumb's last item on a line of its own too: the
    headline it names is then the page's, and the review list need not send a curator to
    it (data/doubt_calibration.yaml). A last item printed nowhere else may carry what the
    site glued on (a forum copy's …增收有门道人民资) and stays on the review list.

    >>> printed_again('东庄坨村的虾塘丰收了', ['首页 > 新闻 > 东庄坨村的虾塘丰收了', '东庄坨村的虾塘丰收了'])
    True
    >>> printed_again('牛营子镇党员带头建棚人民资', ['首页 » 常识 » 牛营子镇党员带头建棚人民资', '本报讯'])
    False
    """
    return sum(title in line for line in page_lines) >= 2
