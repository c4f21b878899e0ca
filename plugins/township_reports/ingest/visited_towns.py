"""Which towns a report names only as where its people went: a town written right after a
verb of going or borrowing (到, 赴, 学习 …: place_words.yaml ``visit_verbs``) with another town
named earlier in the same sentence (``is_visited``), and the towns listed after it
(``listed_after_visited``). mentions.read_mentions marks them; town_choice.py counts a
visited town's mentions for less than its host's. Moved out of mentions.py when it reached
the 600-line limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .written_forms import PLACE_WORDS

if TYPE_CHECKING:
    from .mentions import Mention

VISIT_VERBS = tuple(PLACE_WORDS["visit_verbs"])
# Where a sentence ends, for "another town earlier in the same sentence".
SENTENCE_ENDS = "。！？；\n"
#: What joins the towns of a list: 大鳌镇、沙堆镇, 大鳌镇和沙堆镇
LIST_JOINERS = ("、", "和", "及", "与", "以及")


def is_visited(text: str, start: int, earlier: list[Mention]) -> bool:
    """True when the town named at ``start`` is where another town's people went: a verb
    of going stands right before it and a town is named earlier in the same sentence.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> text = '义亭镇党政代表到婺城区蒋堂镇开展结对共建调研活动'
    >>> from township_reports.ingest.mentions import read_mentions
    >>> is_visited(text, 8, list(read_mentions(text[:3], gazetteer)))
    True
    >>> is_visited('市人大副主任到八都镇调研', 7, [])        # no town visits: 八都镇 is the subject
    False
    >>> is_visited('近年来义亭镇坚持', 3, list(read_mentions('义亭镇', gazetteer)))
    False
    """
    before = text[max(0, start - 3) : start]
    verb = next((verb for verb in VISIT_VERBS if before.endswith(verb)), None)
    if verb is None or (verb == "来" and before[-2:-1] in "以年后未原本近从向"):
        return False
    sentence_start = max(text.rfind(end, 0, start) for end in SENTENCE_ENDS) + 1
    return any(m.towns and sentence_start <= m.start < start for m in earlier)


def listed_after_visited(text: str, start: int, earlier: list[Mention]) -> bool:
    """True when the town named at ``start`` is listed right after a visited town (冲蒌镇赴新会
    大鳌镇、沙堆镇开展学习交流活动, round 75: the verb stands before the first town of the list
    only, and 沙堆镇, named with its county more often than the host, had become the report's).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.mentions import read_mentions
    >>> text = '冲蒌镇赴新会大鳌镇、沙堆镇开展学习交流活动'
    >>> [(m.name, m.visited) for m in read_mentions(text, load_gazetteer()) if m.towns]
    [('冲蒌镇', False), ('大鳌镇', True), ('沙堆镇', True)]
    """
    last = earlier[-1] if earlier else None
    return bool(last and last.visited and text[last.end : start] in LIST_JOINERS)
