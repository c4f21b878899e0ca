"""Prose above a page's meta line that is not the report: a site's blurb, a spam copy's
keyword string, a list of other stories, each long enough to read as a paragraph.

A report's meta line (时间：2024年11月14日 点击次数：209, 发布日期：… 来源：…) sits between
its headline and its text. Where a prose-shaped line stands above it, the body either began
there (a lede printed before the meta line, 近日，兰考县三义寨乡开展… over 来源：开封日报 …
发布时间：…) or the line is the page's, not the report's: a county portal's profile of the
county in its header (封丘县地处河南省东北部，为河南省新乡市辖县，…), a hijacked copy's
keyword string, a column of video links. The report's own lede shares its words with the
text below the meta line; the page's lines share next to none. Counted over every labelled
page (committed and pending fixtures, development pages of rounds 13 to 21; PATTERNS.md,
"Session 10"): of 22 pages of 14 sites with prose above a dated meta line near the top of the
text, the text began above it on 6, each sharing 65 % or more of its character pairs with the
text below, and below it on 16 (keyword strings, a county's profile, a column of video
links), each sharing 5 % or less.
"""

from __future__ import annotations

import re

from . import alternation
from .page import han_count, han_pairs, load_page_roles, reads_as_prose

#: A meta line: a date's label and a year (发布时间：2024-01-17, 时间:2024年11月14日,
#: 更新时间:2021-09-14, 发帖时间:2025-09-07: every such label ends in 时间 or 日期), or a
#: bare date with a source or author label after it, short, as a page's header prints it.
_META_LINE = re.compile(
    r"(?:时间|日期)\s*[:：]\s*\d{4}"
    # or a bare date opening the line, a source or author label after it (2021-09-16 09:38:31来源:作者:)
    r"|^\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[\d:\s]{0,10}(?:来源|作者|稿源)\s*[:：]"
)
_META_MAX_CHARS = 100
#: How far below the body's first line a meta line may stand and still be the header's.
_LOOK_AHEAD = 10
#: The share of the prose's character pairs found in the text below the meta line, under
#: which it is the page's and not the report's (measured: a real lede 0.65 and more, the
#: page's lines 0.05 and less).
_MAX_SHARED = 0.25


def prose_below_meta_line(lines: list[str], prose: list[int]) -> list[int]:
    """The prose lines (indices into ``lines``) with those above a dated meta line dropped
    when they share next to nothing with the prose below it (a site's blurb, a keyword
    string), so the body starts under the meta line. Only the header's first meta line: under
    one already above the text, a dated line is the text's (a record it quotes, 时间:2015年2月14日
    / 地点:…, round 98).

    >>> page = ['欢迎访问', '封丘县地处河南省东北部，为河南省新乡市辖县，南北长38.2公里，东西宽48.7公里，辖19个乡镇。',
    ...         '党员干部齐发力 全力以“复”正当时', '时间：2024年11月14日 点击次数：209',
    ...         '连日来，潘店镇紧盯农田水利建设，党员干部深入田间地头、沟渠河道，清淤疏浚、平整土地。',
    ...         '建设现场，潘店镇党员干部以身作则，率先垂范，积极投身农田水利建设第一线。']
    >>> prose_below_meta_line(page, [1, 4, 5])
    [4, 5]

    A lede printed above the meta line shares the text's words and stays:

    >>> page = ['近日，兰考县三义寨乡开展人居环境大提升活动，乡党委组织党员干部清理村内垃圾杂物。',
    ...         '来源：开封日报 作者：鲁杰 发布时间：2024-01-17 09:50:53',
    ...         '活动中，三义寨乡党员干部带头清理村内垃圾杂物，人居环境大提升活动在各村展开。',
    ...         '三义寨乡党委表示，将持续开展人居环境整治，让村庄干净整洁。']
    >>> prose_below_meta_line(page, [0, 2, 3])
    [0, 2, 3]
    """
    if not prose or any(_META_LINE.search(line) for line in lines[: prose[0]]):
        return prose  # the header's meta line is above the text: a dated line in it is the text's
    for meta in range(prose[0] + 1, min(len(lines), prose[0] + _LOOK_AHEAD)):
        line = lines[meta].strip()
        if not (_META_LINE.search(line) and len(line) <= _META_MAX_CHARS):
            continue
        if reads_as_prose(line):
            return prose
        above = [i for i in prose if i < meta]
        below = [i for i in prose if i > meta]
        if len(below) < 2:
            return prose
        text_pairs = {pair for i in below for pair in han_pairs(lines[i])}
        above_pairs = {pair for i in above for pair in han_pairs(lines[i])}
        if above_pairs and len(above_pairs & text_pairs) / len(above_pairs) < _MAX_SHARED:
            return below
        return prose
    return prose


def prose_below_editors_note(lines: list[str], prose: list[int]) -> list[int]:
    """The prose lines with an editor's note above the headline dropped (按：开展“两学一做”
    学习教育是…特推出《甜城先锋》专栏… / 里木店镇永丰村党组织带领村民走上致富路 / 近年来，…):
    a column's words on every story it runs, not the report's first paragraph. Only when a
    line shaped as a headline stands between the note and the text; a note under the
    headline is left where the page model puts it.

    >>> page = ['按：开展“两学一做”学习教育是中央深化党内教育的又一次重要实践，特推出《甜城先锋》专栏。',
    ...         '里木店镇永丰村党组织带领村民走上致富路', '近年来，里木店镇永丰村党总支积极探索支部+合作社+基地+农户的党建工作模式。']
    >>> prose_below_editors_note(page, [0, 2])
    [2]
    >>> prose_below_editors_note(page[1:], [1]), prose_below_editors_note(['按照镇党委部署，各村党支部开展清扫活动，党员带头。', page[1], page[2]], [0, 2])
    ([1], [0, 2])
    """
    labels = alternation(load_page_roles().editors_note_labels)
    if len(prose) < 2 or not re.match(rf"^\s*[【\[]?(?:{labels})[】\]]?\s*[:：]", lines[prose[0]]):
        return prose
    between = [lines[i].strip() for i in range(prose[0] + 1, prose[1]) if lines[i].strip()]
    if any(8 <= han_count(line) <= 48 and not re.search("[。！？，,]", line) for line in between):
        return prose[1:]
    return prose


def clauses_below_meta_line(lines: list[str], clauses: list[int]) -> list[int]:
    """A text printed a clause to a line (``page.text_in_clause_lines``) starts under the
    meta line that stands among its lines: a headline above it may end as a clause does
    (…有“声”有“色”！一起去看看周窝村“音符中的小康”, round 53) but is the header's.

    >>> page = ['首页>新闻中心', '音乐小镇有“声”有“色”！一起去看看“音符中的小康”', '发布日期:2021-07-19 08:27:50',
    ...         '动人的旋律、活力的现场，', '跟着节奏你会情不自禁地打起节拍……', '欢迎来到河北衡水周窝音乐小镇。',
    ...         '在这里，音乐才是正确的打开方式。']
    >>> clauses_below_meta_line(page, [1, 3, 4, 5, 6])
    [3, 4, 5, 6]
    """
    between = range(clauses[0] + 1, clauses[-1]) if clauses else range(0)
    meta = next(
        (
            i
            for i in between
            if _META_LINE.search(lines[i]) and len(lines[i].strip()) <= _META_MAX_CHARS
        ),
        None,
    )
    below = [i for i in clauses if meta is not None and i > meta]
    return below if len(below) >= 4 else clauses


#: A dateline, its byline in brackets and the lede's first words with no punctuation after them
#: (本网赤峰安庆3月2日专电（郑宇昕）百姓和企业来政府办事都会面临这样, round 78)
_WRAPPED_DATELINE = re.compile(
    r"^[\u4e00-\u9fff\d]{2,20}?(?:讯|电)\s*[（(][^（）()]{2,30}[）)]\s*[\u4e00-\u9fff]{4,}$"
)


def dateline_wrapped_above(lines: list[str], start: int) -> bool:
    """True when the line above the text's first prose line is the report's opening, its
    dateline and byline and first words, cut by a page that wraps its text at a fixed width
    before any punctuation: the two lines are as long as each other, as wrapped lines are.

    >>> dateline_wrapped_above(['本网赤峰安庆3月2日专电(郑宇昕)百姓和企业来政府办事都会面临这样',
    ...                         '的难题:去了不知道找哪个部门,不知道需要准备哪些材料,不熟悉流程'], 1)
    True
    >>> dateline_wrapped_above(['本网讯（记者 王明）龙山镇召开党建工作推进会',
    ...                         '近日，龙山镇党委组织各村党支部书记召开产业发展推进会，部署下一阶段茶叶基地建设工作。'], 1)
    False
    """
    above, first = lines[start - 1].strip(), lines[start].strip()
    return bool(_WRAPPED_DATELINE.match(above)) and abs(len(above) - len(first)) <= 3
