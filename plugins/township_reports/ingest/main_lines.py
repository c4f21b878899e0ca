"""The forms of a paper's main headline line (主题), as against the line explaining it.

A paper sets a figurative main line with a plain line that says who did what where: a
subtitle under it or a kicker over it (headline_forms.paired_headline). Flattened, which of
two such lines is the main one shows only in the main line's own forms: two matched
clauses (古镇焕新颜，党建聚合力), or a turn on quoted figures (“小厕所”改出“大民生”,
“香榧币”唤醒环保动力). A plain line (老典型焕发新活力) may as well be a kicker.
"""

from __future__ import annotations

import re

from .page import han_count

#: What a line must score to be taken as a headline at all (headline.HEADLINE_THRESHOLD), and
#: a main line under its kicker (headline_forms.paired_headline): defined here, below both.
SCORES_AS_HEADLINE = 0.5

#: A line turning on one or two quoted figures, with no clause break of its own.
_QUOTED_FIGURE = re.compile(
    r"[^“”，,。：:；;！？!?]*“[^“”]{1,8}”[^“”，,。：:；;！？!?]*"
    r"(?:“[^“”]{1,8}”[^“”，,。：:；;！？!?]*)?"
)


def is_couplet(text: str) -> bool:
    """Two matched clauses, a main line's form: 古镇焕新颜，党建聚合力 (3–10 characters each,
    lengths within one).

    >>> is_couplet('古镇焕新颜，党建聚合力'), is_couplet('老典型焕发新活力'), is_couplet('党建引领，推动村集体经济发展壮大')
    (True, False, False)
    """
    halves = re.split(r"[，,]", text)
    sizes = [han_count(h) for h in halves]
    return len(halves) == 2 and all(3 <= n <= 10 for n in sizes) and abs(sizes[0] - sizes[1]) <= 1


def is_quoted_figure(text: str) -> bool:
    """A short line turning on one or two quoted figures (4–16 characters), the other
    form of a main line; a line of clauses, or a quote that is a whole sentence, is not.

    >>> is_quoted_figure('“小厕所”改出“大民生”'), is_quoted_figure('“香榧币”唤醒环保动力')
    (True, True)
    >>> is_quoted_figure('老典型焕发新活力'), is_quoted_figure('“我们村的路修好了，出门不再难”')
    (False, False)
    """
    return 4 <= han_count(text) <= 16 and bool(_QUOTED_FIGURE.fullmatch(text.strip()))


def is_main_line_form(text: str) -> bool:
    """Either form of a main line (see the module's docstring).

    >>> is_main_line_form('古镇焕新颜，党建聚合力'), is_main_line_form('老典型焕发新活力')
    (True, False)
    """
    return is_couplet(text) or is_quoted_figure(text)


def is_main_under_kicker(upper: str, lower: str) -> bool:
    """True when a line under one saying who did what where is the main line and the upper
    its kicker (引题): shorter, a phrase with no clause break, colon or bar of its own. The
    caller has checked that the upper names the town and the lower no place. Of 13 such
    pairs in development pages and fixtures (session 52), 8 labels take the lower line, one
    the upper (another story's headline, naming its city), one joins them.

    >>> is_main_under_kicker('义乌大陈镇以“共富联盟”串起九个村', '衬衫小镇的抱团路')
    True
    >>> is_main_under_kicker('万宁万城镇组建党员清洁小分队', '党员清洁小分队在万隆社区华侨街上清扫积水和落叶')
    False

    An upper line led by its place and a colon is the headline, the lower its deck (马坝镇：乡村
    大舞台唱出文明新风 / 戏曲进村 文明入户: five labels of six, session 51):

    >>> is_main_under_kicker('马坝镇：乡村大舞台唱出文明新风', '戏曲进村 文明入户')
    False
    """
    clause = re.search(r"[：:|｜丨，,。；;]", lower) or re.search(r"[：:|｜丨]", upper)
    return 6 <= han_count(lower) < han_count(upper) and not clause
