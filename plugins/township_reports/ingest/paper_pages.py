"""The paper a newspaper's own page names: its masthead, footer or e-paper trailer.

A paper's site and its e-paper print the paper's name where no dateline or 来源 does: the
masthead over the page (沈阳日报 第A06版), the owner in the footer (主办:劳动午报社), the
record its publishing system leaves under the text (… 周口晚报 content_231147.html …). A
story of the paper's own (本报讯, or its staff's byline on its e-paper page) comes from that
paper; anything else on the page is the host's. Pure functions of the page's lines.
"""

from __future__ import annotations

import re

_PAPER = r"(?!本报)[\u4e00-\u9fff]{1,10}?(?:日报|晚报|时报|商报|早报|都市报|农民报|报)"
#: An e-paper's page line (第A04版): a page of a paper, not an outlet.
EPAPER_PAGE = re.compile(r"第\s*[A-Z]?\d{1,3}\s*版")
# 本报讯, 本报记者, and with a place or date before 讯: 本报芜湖1月19日讯, 本报拉萨讯
_THIS_PAPER = re.compile(
    r"^\s*[（(【]?本报(?:[\u4e00-\u9fff]{0,6}?(?:\d{1,2}月\d{1,2}日)?[\u4e00-\u9fff]{0,6}?讯"
    r"|记者|消息)"
)
# Where a paper's own site names it: a welcome banner, a copyright line, the owner its
# footer names (主办:劳动午报社, 主办单位：X日报社), or the name standing alone between
# spaces (an e-paper's list of pages; Copyright © 2016 X日报社 All Rights Reserved).
_HOST_PAPER = re.compile(
    r"(?:(?P<owner>欢迎您?(?:阅览|访问|浏览|光临|阅读|来到)|(?:版权所有|主办(?:单位)?)\s*[:：]?\s*)"
    r"|(?:^|(?<=\s)))"
    # 数字报, 电子报, 手机报: the kind of edition (荆门日报 数字报), not another paper
    r"(?P<paper>(?!本报|(?:数字|电子|手机)报)[\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|商报|都市报|报)社?)"
    r"(?=\s|$|[，。,])"
)
# 赣南日报 2024年11月12日 第002版, or as a document site breadcrumbs it: 赣南日报/2024 年/11 月/…
_MASTHEAD = re.compile(
    rf"^\s*({_PAPER})(?:$|[\s\u3000]*[\s\u3000/／|｜][\s\u3000]*(?:\d{{4}}\s*[年.-]|第\s*[A-Z]?\d))"
)
#: A periodical's registration: 国内统一刊号：CN51-0019, CN 11-0000/(F)
_REGISTRATION = re.compile(r"国内统一(?:连续出版物)?刊号|\bCN\s?\d{2}\s?[-－—]\s?\d{4}")
_REGISTRATION_PAPER = re.compile(rf"(?<![\u4e00-\u9fff])({_PAPER})社?(?:编辑)?出版")


def paper_of_page(paragraph: str, header: list[str], around: list[str] = ()) -> str | None:
    """The paper whose own page this is, when the story is the paper's: the masthead above an
    e-paper page's headline, the paper its trailer registers, or, for a story the paper's staff
    wrote (本报讯, or on an e-paper page a reporter's byline naming no outlet), the one paper
    the page names.

    >>> paper_of_page('本报讯（记者 甲）近日', ['沈阳日报\u30002024年07月03日\u3000第A06版\u3000区县'])
    '沈阳日报'
    >>> paper_of_page('本报讯（记者 甲）近日', ['青浦报', '第02版：综合新闻'])
    '青浦报'
    >>> paper_of_page('近日，某镇', ['六盘水新闻网', '平顶山新闻网  平顶山日报  平顶山晚报']) is None
    True

    ``本报讯`` on a paper's own site names the one paper the page names around it
    (``欢迎您阅览天门日报``, ``版权所有：三峡日报社``), when it names only one:

    >>> paper_of_page('本报讯(记者 向杰)7日，', ['欢迎您阅览三峡日报 您是第', '当前版:04版'])
    '三峡日报'
    >>> paper_of_page('本报讯 近日，', [], ['2024-03-06 2 2 滁州日报 content_109481.html'])
    '滁州日报'
    >>> paper_of_page('本报芜湖1月19日讯（记者 甲）', ['版权所有：芜湖日报社'])
    '芜湖日报'
    >>> paper_of_page('本报讯 近日，', ['平顶山日报  平顶山晚报']) is None
    True

    An e-paper page names its paper without 本报讯 too (□记者 甲 over the text, the paper only
    in the trailer or the masthead):

    >>> paper_of_page('3月13日，淮阳区冯塘乡刘庄行政村', ['第A03版:民生 PDF版', '□记者 杨晓东'],
    ...                   ['2024-03-15 3 3 周口晚报 content_231147.html 1 村里来了 /enpproperty-->'])
    '周口晚报'
    >>> paper_of_page('早上7时30分，德清县新市镇后皋村', ['浙江日报 数字报纸', '00004版:要闻', '报道组 李剑民 报道'])
    '浙江日报'
    >>> paper_of_page('“修这条水渠要占哪几家的地”', ['陈晓宇'],
    ...                   ['--> 2024-04-08 1 1 遵义日报 content_000000.html 1 院坝议事会 /enpproperty-->']) is None
    True

    An e-paper that prints its name only in the trailer under the page names it with
    its registration number (国内统一刊号), which only the paper's own page prints:

    >>> [paper_of_page('近日', [], [x]) for x in ['国内统一刊号:CN51-0000 金堂日报社出版', '金堂日报社出版的书']]
    ['金堂日报', None]
    """
    if any(EPAPER_PAGE.search(line) for line in header):
        for line in header:
            match = _MASTHEAD.match(line)
            if match:
                return match.group(1)
    trailer = _paper_in_trailer([*header, *around])
    if trailer:
        return trailer
    if _THIS_PAPER.match(paragraph) or (
        is_epaper_page([*header, *around]) and any(_STAFF_BYLINE.match(x) for x in header)
    ):
        return _host_paper([*header, *around])
    return None


#: A byline crediting the paper's own staff, no outlet named: □记者 杨晓东, 报道组 李剑民 报道.
_STAFF_BYLINE = re.compile(r"^[\s□■◎●◆]*(?:本报)?(?:记者|报道组)(?![站部])")


#: What only an e-paper's own page prints: its page line (第A03版:民生, 00004版:要闻) and the
#: trailer its publishing system leaves under the text (… 周口晚报 content_231147.html … /enpproperty-->).
_EPAPER_MARK = re.compile(
    r"第\s*[A-Z]?\d{1,3}\s*版|(?<![\d-])\d{2,5}\s*版\s*[:：]|content_\d+\.html?\b.*enpproperty"
)


def is_epaper_page(lines: list[str]) -> bool:
    """True for a paper's own e-paper page: a page line or its publishing system's trailer.

    On such a page a story by the paper's own staff is the paper's, with or without 本报讯:
    a reporter's byline with no outlet (□记者 杨晓东, 报道组 甲 报道) credits the paper whose
    page it is (README: the paper whose reporter wrote it), named in its masthead or trailer
    (``_host_paper``). A bare name over the text (陈晓宇) credits no paper: the page's paper
    is then the host, and no source is read.

    >>> is_epaper_page(['2024年03月15日', '第A03版:民生 PDF版']), is_epaper_page(['00004版:要闻'])
    (True, True)
    >>> is_epaper_page(['2024-03-15 3 3 周口晚报 content_231147.html 1 村里来了“法律明白人” /enpproperty-->'])
    True
    >>> is_epaper_page(['2024-03-15 09:30  来源：周口晚报', '共3页'])
    False
    """
    return any(_EPAPER_MARK.search(line) for line in lines)


def _host_paper(lines: list[str]) -> str | None:
    """The one paper a paper's own page names: the one its welcome or copyright line names
    (版权所有：芜湖日报社), else the one it names at all; None when it names several.

    >>> _host_paper(['芜湖日报数字报 | 芜湖新闻网 | 大江晚报', '版权所有：芜湖日报社　皖ICP备'])
    '芜湖日报'
    >>> _host_paper(['平顶山日报  平顶山晚报']) is None
    True

    An e-paper's footer names its owner (主办:劳动午报社 运营管理:劳动午报社), the paper
    of a 本报讯; an office that runs a county's paper names no paper:

    >>> _host_paper(['返回京工网 版面导航', '主办:劳动午报社 运营管理:劳动午报社 版权所有©2013-2014'])
    '劳动午报'
    >>> _host_paper(['主办:中共永城市委宣传部 承办:永城市融媒体中心']) is None
    True
    >>> _host_paper(['荆门日报 数字报', 'Copyright © 2016 荆门日报社 All Rights Reserved'])
    '荆门日报'
    """
    matches = [m for line in lines for m in _HOST_PAPER.finditer(line)]
    for found in ([m for m in matches if m.group("owner")], matches):
        papers = {re.sub("社$", "", m.group("paper")) for m in found}
        if len(papers) == 1:
            return papers.pop()
    return None


def _paper_in_trailer(lines: list[str]) -> str | None:
    """The paper an e-paper's trailer names with its registration (国内统一刊号:CN…  X报社出版)."""
    for line in lines:
        match = _REGISTRATION_PAPER.search(line) if _REGISTRATION.search(line) else None
        if match:
            return match.group(1)
    return None
