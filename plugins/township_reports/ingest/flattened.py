"""Headlines a scraper's flattening hides, found where a page has no headline of its own.

A scraper that drops a page's line breaks leaves shapes no one site owns: the headline
run into the lede with only a space between them, and the original headline printed
only under a repost (原标题：…). Ingest reads these only when the header gives no
headline (the title would be devised), and puts what it finds on the review list.
Written for issue 9, session 8 (tests/corpus/PATTERNS.md, "Session 8: titles a
flattened page hides"). Session 6 had a space split (spaced_headline.py) and took it out:
on a held page of round 15 it split off a line that was no headline and lost the page's
author. This one splits only where no headline was found, at the last space before the
first clause mark, and asks the text to share the head's words; on that round's held
pages (and rounds 13–19's) it changes nothing.
"""

from __future__ import annotations

import re

from .bracketed_fields import bracketed_parts
from .glued_headline import is_credit_head
from .headline import clean_headline
from .page import Zones, han_count, han_pairs, reads_as_prose

#: A headline is at least this long and at most this long (Chinese characters).
HEADLINE_HANS = (8, 40)
#: ...and this share of its character pairs at least comes back in the text under it,
#: as a headline's words do; a spam phrase or a site's slogan shares none.
SHARED_WITH_TEXT = 0.2

#: Where a headline's run ends at the latest: a clause mark, or a bracket opening the
#: lede's credit (〔记者 甲〕, （通讯员 乙）), whose own spaces are no split.
_RUN_ENDS = re.compile(r"[，。；！？,;!?（(〔【\[]")
#: A run that is a dateline or a lede's opening words, never a headline (a credit is
#: told by glued_headline.is_credit_head, as for a headline glued to its lede).
_NOT_A_HEADLINE = re.compile(
    r"(?:讯|电|消息|报道|[日月年])$|^(?:本报|本网|近日|近年来|今年以来|日前|连日来)"
)
_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
#: A space, then the lede's bracketed credit (（记者 甲）, (图文编辑 乙)): where a headline that
#: holds commas ends on a flattened page (round 24's 【先锋要闻】…，让党员站在治理一线 (图文编辑 …)…).
_SPACED_CREDIT = re.compile(
    r"[ \t\u3000\u00a0]+(?=[（(〔][^）)〕]{0,4}(?:记者|通讯员|图文|文/图|文图|编辑|摄影|撰稿))"
)
_STOP = re.compile(r"[。！？!?]")


def headline_before_space(line: str) -> tuple[str, str] | None:
    """The headline a flattened page runs into its first paragraph with only a space
    between them: (headline, lede), or None.

    The split is the last space before the first clause mark or credit bracket (a
    headline may itself hold a space between its two phrases), outside quotation marks.
    What stands before it must be headline-sized, be no dateline or credit, and share its
    words with the text; what follows must read as prose.

    >>> headline_before_space('人勤产业兴茶园绿 大嗓门,动作麻利。初见西河镇梅子园村主任刘善斌,'
    ...                       '就被他的精气神吸引。村里的茶园产业这几年越做越大,群众增收有了底气。')[0]
    '人勤产业兴茶园绿'
    >>> headline_before_space('台胞公寓成立志愿服务队 举办爱心粽送暖活动 〔记者陈立翔综合报导〕'
    ...                       '岳峰镇桂溪社区台胞公寓于6月16日成立志愿服务队,台胞将发挥特长参与社区治理,'
    ...                       '为社区老人包爱心粽。')[0]
    '台胞公寓成立志愿服务队 举办爱心粽送暖活动'

    A dateline, a credit, or a phrase the text never takes up is no headline:

    >>> headline_before_space('中国台湾网9月18日沾化县消息 9月16日,山东省台办工作队联合下河乡党委,'
    ...                       '在下河乡开展党员志愿服务活动,为群众送去政策宣讲。') is None
    True
    >>> headline_before_space('北京哪家医院治疗最好 近日,岳峰镇桂溪社区组织党员志愿者开展入户走访,'
    ...                       '为独居老人送去慰问品。') is None
    True

    A headline holding commas ends where a space sets the lede's bracketed credit after it:

    >>> headline_before_space('东坝头镇：把支部建在黄河滩上，让党员站在治理一线 (图文编辑 周晓岚)4月9日，'
    ...                       '东坝头镇召开滩区村党支部书记擂台会，镇党委把支部建在黄河滩上，党员分片包户。')[0]
    '东坝头镇：把支部建在黄河滩上，让党员站在治理一线'
    """
    end = _RUN_ENDS.search(line)
    run = line[: end.start()] if end else line
    split = None
    for match in _SPACES.finditer(run):
        before = run[: match.start()]
        if before.strip() and before.count("“") == before.count("”"):  # not inside quotes
            split = match
    credit = _SPACED_CREDIT.search(line)
    if split is None and credit and not _STOP.search(line[: credit.start()]):
        split = credit  # a headline with commas, then its lede's credit: …，让党员站在治理一线 (图文编辑 甲)
    if split is None:
        return None
    head, lede = line[: split.start()].strip(), line[split.end() :].strip()
    if not HEADLINE_HANS[0] <= han_count(head) <= HEADLINE_HANS[1]:
        return None
    if _NOT_A_HEADLINE.search(head) or is_credit_head(head) or head.endswith(("：", ":")):
        return None
    if not reads_as_prose(lede):
        return None
    pairs = set(han_pairs(head))
    shared = len(pairs & set(han_pairs(lede))) / len(pairs) if pairs else 0.0
    return (head, lede) if shared >= SHARED_WITH_TEXT else None


#: A title set in book-title marks after 原标题： (原标题：《海岛织起“渔网格”》).
_IN_TITLE_MARKS = re.compile(r"^《([^《》]+)》$")


def original_headline_below(lines: list[str], zones: Zones) -> tuple[int, str] | None:
    """The original headline a repost prints under its first paragraph (原标题：…): the
    line and the headline, or None. A page whose header prints no headline of its own
    names the story only there.

    >>> page = ['第1眼-重庆广电消息,受上游强降雨影响,涪江水位快速上涨,合川太和镇连夜转移群众。',
    ...         '截至今天上午10点,太和镇共出动党员干部近300名,帮助662户群众完成转移。',
    ...         '原标题:涪江水位快速上涨 合川太和镇连夜转移低洼地带群众', '【免责声明】转载稿件']
    >>> original_headline_below(page, Zones(0, 2))
    (2, '涪江水位快速上涨 合川太和镇连夜转移低洼地带群众')
    >>> original_headline_below(['原标题:', '吉林省大安市叉干镇党委书记 朱寄铭:今天敞开心里说。'], Zones(1, 2))

    It may stand in brackets, beside the source in its own (round 75):

    >>> original_headline_below(['连日来，沟湾村种植户正收获马铃薯。',
    ...     '(来源:中国张掖网)【原标题:民乐南丰乡沟湾村5000亩马铃薯喜获丰收 】'], Zones(0, 1))
    (1, '民乐南丰乡沟湾村5000亩马铃薯喜获丰收')
    """
    for index in range(zones.body_start + 1, len(lines)):
        line = lines[index].strip()
        for part in bracketed_parts(line) or [line]:
            title, cut = clean_headline(
                part.strip()
            )  # the one reader of 原标题：, bracketed or not
            title = _IN_TITLE_MARKS.sub(r"\1", title)
            if "原标题" in cut and HEADLINE_HANS[0] <= han_count(title) <= 2 * HEADLINE_HANS[1]:
                return index, title
    return None
