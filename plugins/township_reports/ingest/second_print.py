"""A subtitle a page prints only under the second print of its headline.

Government sites print the headline twice: once in the title bar over the 来源 and
发布时间 line, once over the text itself, and set the subtitle (副题) on its own line under
that second print only, without a dash (西阳镇召开驻镇帮镇扶村工作推进会 / 凝心聚力推动乡村
全面振兴). The title is then the two joined, 主题——副题 (README), as a citation gives it.
A photograph's caption stands there too, so only a phrase that reads as no caption (no
people at work, no scene word, no sentence) and is the last line before the text is taken,
and the joined title goes on the review list.

How prints decide ties is here too (``tie_rank``, ``best_headline``): a line the page
prints twice outranks one it prints once at an equal score, and of the chosen headline's
prints the one nearest the story is taken.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import squeeze
from .caption_shapes import is_caption_sentence, is_scene_caption
from .gazetteer import is_place_name, is_town_name
from .page import han_count

if TYPE_CHECKING:
    from .headline import HeadlineCandidate

#: Why the headline was joined, so that it goes on the review list (headline_forms).
JOINED_SECOND_PRINT = "a subtitle under the headline's second print, joined: 主题——副题"
#: Reasons the scorer gives a line that is a caption's or a person's, never a subtitle's.
_CAPTION_REASONS = ("caption", "photograph", "person", "signature")
_MARKS = re.compile(r"[，,。：:！？!?；;、|｜丨—\-“”【】（）()]")
#: The fewest and most Chinese characters of such a subtitle.
SUBTITLE_HANS = (6, 24)
#: The reasons headline.score_headline gives a line for how often the header prints it and
#: where it stands, read by the tie-break here and the markdowns of headline_kinds: one spelling.
PRINTED_TWICE = "printed twice in the header"
ABOVE_DATED = ("stands right above the field", "stands right above the date")
ABOVE_META = (*ABOVE_DATED, "stands right above the byline")


def subtitle_under_second_print(
    best: HeadlineCandidate,
    scored: list[HeadlineCandidate],
    lines: list[str],
    body_start: int,
    threshold: float,
) -> tuple[str, tuple[int, ...]] | None:
    """(title, lines) with the subtitle under the headline's second print joined, or None.

    >>> from township_reports.ingest.headline import choose_headline, Zones
    >>> page = ['西阳镇召开驻镇帮镇扶村工作推进会', '来源:本网  发布时间:2022-03-18 09:12:05', '',
    ...         '西阳镇召开驻镇帮镇扶村工作推进会', '', '凝心聚力推动乡村全面振兴', '',
    ...         '3月16日，西阳镇召开乡村振兴驻镇帮镇扶村工作推进会，部署今年重点任务，推动乡村全面振兴。']
    >>> choose_headline(page, {1: 'field'}, Zones(7, 8))[0].text
    '西阳镇召开驻镇帮镇扶村工作推进会——凝心聚力推动乡村全面振兴'

    A caption under the second print is not a subtitle:

    >>> page[5] = '党员干部在村道旁清理杂草'
    >>> choose_headline(page, {1: 'field'}, Zones(7, 8))[0].text
    '西阳镇召开驻镇帮镇扶村工作推进会'
    """
    prints = [c for c in scored if c.text == best.text]
    if len(prints) < 2 or "——" in best.text:
        return None
    last = max(prints, key=lambda c: c.index)
    after = [c for c in scored if c.index > last.lines[-1]]
    if len(after) != 1:
        return None  # the subtitle is the one free line between the second print and the text
    sub = after[0]
    between = range(sub.lines[-1] + 1, body_start)
    if (
        sub.score < threshold
        or any(word in reason for reason in sub.reasons for word in _CAPTION_REASONS)
        or not SUBTITLE_HANS[0] <= han_count(sub.text) <= SUBTITLE_HANS[1]
        or _MARKS.search(sub.text)
        or is_scene_caption(sub.text)
        or is_caption_sentence(sub.text)
        or any(lines[j].strip() for j in between)
    ):
        return None
    return best.text + "——" + sub.text, tuple(sorted({*best.lines, *sub.lines}))


def tie_rank(candidate: HeadlineCandidate) -> tuple[float, bool, bool, int]:
    """How candidates rank, ties on score broken by where the page sets each: a line printed
    twice in the header (the page's own title and its printed headline), then one standing
    right over the date, byline or field line (a headline's place), then the one nearest
    the story. A photograph's caption sits between the headline and the text and, printed
    once, used to win every tie by standing nearer (微山县西平镇…“就业圈” three times, then
    its picture's 西平镇辖区企业为群众提供…岗位 over the byline: round 91).

    >>> from township_reports.ingest.headline import HeadlineCandidate
    >>> head = HeadlineCandidate(0, '微山县西平镇党建引领打造家门口“就业圈”', 1.1, ['printed twice in the header (+0.2)'])
    >>> caption = HeadlineCandidate(3, '西平镇辖区企业为群众提供家门口的就业岗位', 1.1, ['stands right above the byline (+0.2)'])
    >>> max([head, caption], key=tie_rank).index
    0
    >>> dated = HeadlineCandidate(0, '“晨·夕”红色宣讲团赴金狮社区拜访老党员', 1.1, ['stands right above the field (+0.2)'])
    >>> over_text = HeadlineCandidate(3, '团队成员参观党群服务中心', 1.1, ['stands right above the body (+0.2)'])
    >>> max([dated, over_text], key=tie_rank).index
    0
    """
    reasons = candidate.reasons
    return (
        round(candidate.score, 2),
        any(r.startswith(PRINTED_TWICE) for r in reasons),
        any(r.startswith(ABOVE_META) for r in reasons),
        candidate.index,
    )


def best_headline(viable: list[HeadlineCandidate]) -> HeadlineCandidate:
    """The best of the viable candidates (``tie_rank``), and of its prints the one nearest
    the story: a headline printed over the date and again over the text is the same
    headline, and the upper print may carry a banner run into it (浉河区党建网 …).

    >>> from township_reports.ingest.headline import HeadlineCandidate
    >>> top = HeadlineCandidate(0, '浉河港镇郝家冲村党支部“三会一课”见闻', 0.99, ['stands right above the date (+0.2)'])
    >>> again = HeadlineCandidate(10, top.text, 0.99, ['stands right above the body (+0.2)'])
    >>> best_headline([top, again]).index
    10
    """
    best = max(viable, key=tie_rank)
    prints = [
        c for c in viable if c.text == best.text and round(c.score, 2) == round(best.score, 2)
    ]
    return max(prints, key=lambda c: c.index)


#: A column's name as a line of its own prints it: a few Chinese characters, no mark.
_COLUMN_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}$")


def without_glued_column(
    best: HeadlineCandidate, viable: list[HeadlineCandidate], lines: list[str]
) -> HeadlineCandidate | None:
    """The headline's other print when the chosen one is it with the column's name run
    before it: a spam copy's template sets its column (a keyword: 船浆) alone over the
    headline, then prints the two glued over the text (船浆 / 建功祖国蓝色海疆(组图) /
    发布时间:… / 船浆建功祖国蓝色海疆(组图), round 100). Only a name the page prints alone on
    a line above, and no place's (a place lead is the headline's own: ``with_printed_lead``).

    >>> from township_reports.ingest.headline import HeadlineCandidate
    >>> page = ['船浆', '', '建功祖国蓝色海疆', '发布时间:2021-08-07 01:08', '船浆建功祖国蓝色海疆']
    >>> short = HeadlineCandidate(2, '建功祖国蓝色海疆', 0.5, lines=(2,))
    >>> glued = HeadlineCandidate(4, '船浆建功祖国蓝色海疆', 0.7, lines=(4,))
    >>> without_glued_column(glued, [short, glued], page).text
    '建功祖国蓝色海疆'
    >>> page[0] = '潭门镇'  # a town's banner over its own headline
    >>> placed = HeadlineCandidate(4, '潭门镇建功祖国蓝色海疆', 0.7, lines=(4,))
    >>> without_glued_column(placed, [short, placed], page) is None
    True
    """
    above = {line.strip() for line in lines[: best.lines[0]] if line.strip()}
    for other in viable:
        prefix = best.text[: -len(other.text)] if best.text.endswith(other.text) else ""
        if (
            other is not best
            and _COLUMN_NAME.match(prefix)
            and prefix in above
            and not (is_place_name(prefix) or is_town_name(prefix))
        ):
            return other
    return None


#: The fewest Chinese characters of a headline's half printed on a line of its own.
HALF_MIN_HANS = 4


def whole_print_of_split(
    best: HeadlineCandidate, viable: list[HeadlineCandidate], scored: list[HeadlineCandidate]
) -> HeadlineCandidate | None:
    """The headline's whole print when the chosen line is only its second half: a page that
    prints the headline whole over its date sets it again over the text in two lines (一条龙灯
    一条花灯 花园村邀你共赏迎灯盛宴 / 发布时间:… / 一条龙灯  一条花灯 / 花园村邀你共赏迎灯盛宴,
    round 102). Only where the line right above the chosen one is the rest of the whole print.

    >>> from township_reports.ingest.headline import HeadlineCandidate
    >>> whole = HeadlineCandidate(8, '一条龙灯 一条花灯 花园村邀你共赏迎灯盛宴', 0.98, lines=(8,))
    >>> upper = HeadlineCandidate(12, '一条龙灯  一条花灯', 0.67, lines=(12,))
    >>> lower = HeadlineCandidate(14, '花园村邀你共赏迎灯盛宴', 1.0, lines=(14,))
    >>> whole_print_of_split(lower, [whole, upper, lower], [whole, upper, lower]).index
    8
    >>> whole_print_of_split(lower, [upper, lower], [upper, lower]) is None  # printed split only
    True
    """
    above = [c for c in scored if c.index < best.index]
    if not above:
        return None
    upper = max(above, key=lambda c: c.index)
    if han_count(upper.text) < HALF_MIN_HANS:  # a phrase, not a column's name (船浆)
        return None
    split = squeeze(upper.text + best.text)
    return next(
        (c for c in viable if c is not best and c is not upper and squeeze(c.text) == split),
        None,
    )


def print_to_take(
    best: HeadlineCandidate,
    viable: list[HeadlineCandidate],
    scored: list[HeadlineCandidate],
    lines: list[str],
) -> HeadlineCandidate:
    """Of the chosen headline's prints, the one to take: its whole print where the chosen line
    is half of it (``whole_print_of_split``), then the print without a column's name glued
    before it (``without_glued_column``)."""
    best = whole_print_of_split(best, viable, scored) or best
    return without_glued_column(best, viable, lines) or best
