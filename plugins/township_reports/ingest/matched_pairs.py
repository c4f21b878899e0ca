"""Headlines set as a matched pair of phrases (圆桌议事听心声 暖“新”服务送上门, 古镇焕新颜，党建聚合力):
a paper's main line (主题) takes this form, on one line or broken over two. Split out of
headline_forms.py when that module reached its size limit.
"""

from __future__ import annotations

import re

from .page import han_count, load_page_roles

#: The two halves of a headline's matched pair: a comma or a space between them.
_PAIR_SEPARATOR = re.compile(r"[，,]|[ \u3000]+")
#: What a half of a matched pair holds besides Chinese: quotation marks only.
_PAIR_HALF = re.compile(r"^[\u4e00-\u9fff“”‘’\"]+$")


def is_matched_pair(text: str) -> bool:
    """True for a headline of two matched phrases, set apart by a space or a comma
    (圆桌议事听心声 暖“新”服务送上门, 古镇焕新颜，党建聚合力): 5–12 characters each, lengths
    within one, nothing but Chinese and quotation marks in either. A paper's main line (主题)
    takes this form; a kicker (引题) over it says in one phrase who did what where
    (上城区关爱新就业群体出实招), and a caption under it says who was there.

    >>> is_matched_pair('圆桌议事听心声 暖“新”服务送上门'), is_matched_pair('古镇焕新颜，党建聚合力')
    (True, True)
    >>> is_matched_pair('上城区关爱新就业群体出实招'), is_matched_pair('张兰镇：党建引领绘就乡村振兴新画卷')
    (False, False)
    >>> is_matched_pair('“小哥议事会”上，快递员和外卖骑手围坐交流'), is_matched_pair('甘孜新闻 稻城新闻')
    (False, False)
    """
    halves = _PAIR_SEPARATOR.split(text.strip())
    if len(halves) != 2 or not all(is_pair_half(h) for h in halves):
        return False
    return abs(han_count(halves[0]) - han_count(halves[1])) <= 1


def is_pair_half(text: str) -> bool:
    """One phrase of a headline's matched pair: 5–12 characters of a phrase (``_is_phrase``).

    >>> is_pair_half('春风拂暖催新绿'), is_pair_half('为民办实事'), is_pair_half('党员')
    (True, True, False)
    """
    return 5 <= han_count(text) <= 12 and _is_phrase(text)


def _is_phrase(text: str) -> bool:
    """True for one phrase of a matched pair: Chinese and quotation marks only, its quotation
    closed within it (a space inside a quotation, 践行‘两会’精神 争做雷锋标兵, parts nothing),
    and no site's or column's name (安徽文明网 中国文明网 is two banners).

    >>> _is_phrase('暖“新”服务送上门'), _is_phrase('房山镇开展“践行‘两会’精神'), _is_phrase('安徽文明网')
    (True, False, False)
    """
    from .headline import is_site_name

    return (
        bool(_PAIR_HALF.match(text))
        and text.count("“") == text.count("”")
        and text.count("‘") == text.count("’")
        and not is_site_name(text, load_page_roles())
        and not text.endswith(("网", "新闻", "动态", "要闻", "快讯"))
    )


def halves_of_a_pair(upper: str, lower: str) -> bool:
    """True for two header lines that are the phrases of one matched pair (``is_matched_pair``):
    a couplet headline broken after its first phrase (守护民族团结花 / 共建和美幸福镇). Stricter
    than a pair on one line: the phrases are of one length and hold no quotation, since a kicker
    over its main line is often nearly as long (富川朝东镇念好“党建经” / 脐橙产业结出“富民果”), and a
    headline printed twice is no pair.

    >>> halves_of_a_pair('守护民族团结花', '共建和美幸福镇'), halves_of_a_pair('党建聚民心', '产业富乡邻')
    (True, True)
    >>> halves_of_a_pair('富川朝东镇念好“党建经”', '脐橙产业结出“富民果”')
    False
    >>> halves_of_a_pair('中越边境拉祜寨的脱贫嬗变', '中越边境拉祜寨的脱贫嬗变')
    False
    """
    upper, lower = upper.strip(), lower.strip()
    return (
        upper != lower
        and han_count(upper) == han_count(lower)
        and not re.search(r"[“”‘’\"]", upper + lower)
        and is_matched_pair(upper + " " + lower)
    )
