"""A report printed one phrase to a line under its meta line, read as text.

A phone account lays its text out a phrase to a line, most lines with no mark at their end
(6月16日 / 内蒙古日报社庆祝建党100周年 / … / 和走进新时代的幸福生活。): no line is long enough to
read as prose, so the page model puts the whole run in the header, and the report loses its
opening (round 35: fifty lines of a report became page furniture and a line of it the
headline). Under the page's meta line (its date, source or byline), a run of such lines is
the text when it is long and some of its lines close a sentence; a header's own lines (a
menu, a list of other stories) stand above the meta line, or close no sentence.
"""

from __future__ import annotations

import re

from .page import Zones, han_count

#: How many phrase lines make a text, and how many of them must close a sentence.
MIN_PHRASE_LINES = 6
MIN_SENTENCE_ENDS = 2
_SENTENCE_END = re.compile(r"[。！？!?…”]$")


def text_in_phrase_lines(lines: list[str], zones: Zones, roles_of: dict[int, str]) -> Zones:
    """The zones with the body starting right under the meta line when the lines between
    are a text printed a phrase to a line.

    >>> lines = ['敖鲁古雅这百年', '2024-05-22 13:10 来源:爱美欣', '6月16日', '内蒙古日报社庆祝建党100周年',
    ...          '东路采访组来到根河市', '走进敖鲁古雅使鹿部落', '和走进新时代的幸福生活。', '“西阿牙!”',
    ...          '这是鄂温克语“你好”的意思', '包含着神秘的敖鲁古雅对客人的诚挚祝福。', '过去，使鹿鄂温克人在原始森林中从事传统的狩猎生活，…']
    >>> text_in_phrase_lines(lines, Zones(10, 11), {1: 'field'})
    Zones(body_start=2, body_end=11)

    A list of other stories under the meta line closes no sentence, and stays in the header:

    >>> lines[2:10] = ['相关新闻', '敖鲁古雅使鹿部落迎来游客', '根河市召开党建工作会', '冷极村开展冰雪节',
    ...                '满归镇党员冬训开班', '阿龙山镇清雪保畅通', '金河镇开展森林防火宣传', '得耳布尔镇召开会议']
    >>> text_in_phrase_lines(lines, Zones(10, 11), {1: 'field'})
    Zones(body_start=10, body_end=11)
    """
    meta = max(
        (
            i
            for i, role in roles_of.items()
            if i < zones.body_start and role in ("field", "date", "byline")
        ),
        default=None,
    )
    if meta is None:
        return zones
    between = [
        i for i in range(meta + 1, zones.body_start) if lines[i].strip() and i not in roles_of
    ]
    texts = [lines[i].strip() for i in between]
    if (
        len(texts) >= MIN_PHRASE_LINES
        and sum(bool(_SENTENCE_END.search(t)) for t in texts) >= MIN_SENTENCE_ENDS
        and all(han_count(t) <= 48 for t in texts)
    ) or _verse_opening(texts):
        return Zones(between[0], zones.body_end)
    return zones


#: A clause mark between words inside a line (海岸线狭长绵延、大海水天一色).
_INNER_CLAUSE = re.compile(r"[\u4e00-\u9fff][、，,][\u4e00-\u9fff]")


def _verse_opening(texts: list[str]) -> bool:
    """True for a feature's opening set as verse under the meta line: three or more short
    lines, no field's colon, bar or figure among them, two or more listing clauses
    (海岸线狭长绵延、大海水天一色 / 渔港舟船云集、游人络绎不绝 / 这里是 / 霞浦县三沙镇, round 37).
    Over every labelled page, the lines between a meta line and the text that have this
    shape were that page's opening, and no other page's lines had it.

    >>> _verse_opening(['海岸线狭长绵延、大海水天一色', '渔港舟船云集、游人络绎不绝', '这里是', '霞浦县三沙镇'])
    True
    >>> _verse_opening(['党建引领、产业兴旺', '编辑：王芳', '责任编辑：李明'])
    False
    """
    return (
        len(texts) >= 3
        and all(han_count(t) <= 20 and not re.search(r"[:：|｜\d]", t) for t in texts)
        and sum(bool(_INNER_CLAUSE.search(t)) for t in texts) >= 2
    )
