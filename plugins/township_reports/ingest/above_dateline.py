"""What a page sets above the dateline that opens its report.

A report starts at its dateline (本报讯, 邵阳新闻网讯（通讯员 甲）, 中新网天津12月12日电):
paragraphs a page sets above it are the pictures' captions the page floated over the text
(黄荆乡长香村村民在干涸的塘里寻找水源，…), a mirror's spam or notices, or a copy of the lede
a repost printed twice, never the report's first words. Headings stay (a headline printed
again above the text); a paragraph that cites an outlet (据新华社报道，…) is a sentence, not
a dateline, and marks nothing. A paragraph of three sentences or more above it is the
paper's own note on the report (an editor's note, a summary) and stays.
"""

from __future__ import annotations

import re

from .sources import dateline_outlet
from .text_credits import DATELINE_DEPTH
from .trace import Trace

#: A dateline naming no outlet: the paper's own 本报讯, or a date and a place (1月19日芜湖讯).
_OWN_DATELINE = re.compile(
    r"^[（(]?(?:本(?:报|网|台|站|刊)|[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,6})讯"
)


#: Where a sentence ends.
_SENTENCE_END = re.compile(r"[。！？]")
#: The most sentences a caption or a notice above the dateline holds; a paper's note holds more.
CAPTION_SENTENCES = 2


def sentences(paragraph: str) -> int:
    """How many sentences a paragraph holds (the last may lack its stop).

    >>> sentences('黄荆乡南山村村民在山塘边取水。'), sentences('编者按：今年夏天旱情重。党员冲在一线。本报推出系列报道')
    (1, 3)
    """
    return len(_SENTENCE_END.findall(paragraph.rstrip("。！？"))) + 1


def opens_report(paragraph: str) -> bool:
    """True for a paragraph that opens with a dateline.

    >>> opens_report('邵阳新闻网讯 （通讯员 李爱民） 7月27日，邵阳县黄荆乡村民临时掘井寻找水源。')
    True
    >>> opens_report('本网讯 针对近期的强降雨天气，江镇镇切实加强地质灾害点巡查力度')
    True
    >>> opens_report('据新华社3月5日报道，黄荆乡旱情十分严峻。'), opens_report('好消息，村里通了路')
    (False, False)
    """
    return bool(_OWN_DATELINE.match(paragraph) or dateline_outlet(paragraph))


def above_dateline(blocks: list[tuple[str, str]]) -> list[int]:
    """Indexes of the paragraphs set above the dateline that opens the report.

    >>> above_dateline([('p', '黄荆乡南山村村民刘件生一家在山塘边临时挖掘的水坑里取水。'),
    ...                 ('h2', '邵阳县黄荆乡村民掘井抗旱'),
    ...                 ('p', '邵阳新闻网讯 （通讯员 李爱民） 7月27日，邵阳县黄荆乡村民临时掘井寻找水源。'),
    ...                 ('p', '黄荆乡有10个村6000多人饮水靠政府部门送水。')])
    [0]

    A report whose first paragraph is its dateline, or whose text never opens with one,
    loses nothing; nor does a report that quotes a paper's dateline further down:

    >>> above_dateline([('p', '本报讯 近日，官地坪镇富平村召开应对连旱工作会。')])
    []
    >>> above_dateline([('p', '7月27日，邵阳县黄荆乡村民临时掘井寻找水源。'),
    ...                 ('p', '据新华社3月5日报道，黄荆乡旱情十分严峻。')])
    []

    The paper's note above its dateline (an editor's note of three sentences) stays:

    >>> above_dateline([('p', '编者按：今年夏天旱情重。党员干部冲在一线。本报今起推出系列报道。'),
    ...                 ('p', '本报讯 7月27日，邵阳县黄荆乡村民临时掘井寻找水源。')])
    []
    """
    paragraphs = [i for i, (kind, _) in enumerate(blocks) if kind == "p"]
    # as deep as the byline reader looks: below, a paragraph opening like one quotes another
    for depth, at in enumerate(paragraphs[:DATELINE_DEPTH]):
        if opens_report(blocks[at][1]):
            above = paragraphs[:depth]
            return [i for i in above if sentences(blocks[i][1]) <= CAPTION_SENTENCES]
    return []


def cut_above_dateline(blocks: list[tuple[str, str]], paragraphs: list[str], trace: Trace) -> None:
    """Take out of ``blocks`` and ``paragraphs`` what stands above the report's dateline,
    recording it in the trace."""
    above = above_dateline(blocks)
    if above:
        removed = [blocks[i][1] for i in above]
        trace.step("above_dateline", len(above), removed=removed)
        blocks[:] = [block for i, block in enumerate(blocks) if i not in above]
        paragraphs[:] = [p for p in paragraphs if p not in removed]
