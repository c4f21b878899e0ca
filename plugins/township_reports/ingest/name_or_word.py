"""When a place name in a report is an ordinary word instead: a one-character town (兴镇
in 旅游兴镇), 平安乡 before 村 (平安乡村), a generic unit (开发区), a county that is a
word (和县 in 省委和县委), a name read across two words (奏响水乡 is 奏响 + 水乡). Such a
name counts only next to its parent, or not at all.
"""

from __future__ import annotations

import re

from .dictionary import general_tokenizer
from .written_forms import (
    COMMON_WORDS_THAT_ARE_PLACE_NAMES,
    PLACE_WORDS,
    TOWNSHIP_SUFFIXES,
    WORD_CHARS_AFTER_XIANG,
)

FUNCTION_CHARS_BEFORE_PLACES = frozenset(PLACE_WORDS["function_chars_before_places"])


def is_weak_town_name(name: str, next_char: str) -> bool:
    """True when a town name here is more likely an ordinary word than the town.

    Such a name counts only when written right after its county (平利县兴镇).

    >>> is_weak_town_name('兴镇', '”')          # 旅游兴镇: one-character name
    True
    >>> is_weak_town_name('平安乡', '村')       # 提升平安乡村: the word 乡村
    True
    >>> is_weak_town_name('开发区', '')         # township-level, but a generic word
    True
    >>> is_weak_town_name('兴隆镇', '坚')       # 平利县兴隆镇坚持…
    False
    """
    return (
        len(name) <= 2
        or not name.endswith(TOWNSHIP_SUFFIXES)
        or (name.endswith("乡") and next_char in WORD_CHARS_AFTER_XIANG)
        or name in COMMON_WORDS_THAT_ARE_PLACE_NAMES
    )


def is_weak_county_name(name: str, text: str = "", start: int = -1) -> bool:
    """True when a county name is also an ordinary word (和县 in 省委和县委, 城区, 新城区).

    Such a name counts only next to its prefecture or province, or before one of its towns,
    unless its sentence (``text`` at ``start``) reads it as a word of its own
    (``reads_as_county_word``).

    >>> is_weak_county_name('和县'), is_weak_county_name('新城区'), is_weak_county_name('白河县')
    (True, True, False)
    >>> is_weak_county_name('黟县', '宏村还是黟县的利税大户', 4)
    False
    """
    weak = len(name) <= 2 or name in COMMON_WORDS_THAT_ARE_PLACE_NAMES
    return weak and not (start >= 0 and reads_as_county_word(text, start, name))


def reads_as_county_word(text: str, start: int, name: str) -> bool:
    """True when a two-character county name written 某县 (黟县, 滑县, 忠县) is a word of its own
    in its clause as jieba's general dictionary cuts it: 宏村还是黟县的利税大户 (黟县), not
    河南县域经济 (河南 + 县域), 新县城建设 (新 + 县城) or 南县委书记. A conjunction or a
    preposition is never a county's first character here (镇党委和县人民政府 is 和 + 县人民政府,
    though jieba reads 和县): 和县 stays weak. 城区, 矿区, 郊区 are words wherever they stand.

    >>> reads_as_county_word('宏村还是黟县的利税大户', 4, '黟县'), reads_as_county_word('河南县域经济', 1, '南县')
    (True, False)
    >>> reads_as_county_word('新县城建设', 0, '新县'), reads_as_county_word('镇党委和县人民政府', 3, '和县')
    (False, False)
    """
    if len(name) != 2 or not name.endswith("县") or name[0] in FUNCTION_CHARS_BEFORE_PLACES:
        return False
    left = _CLAUSE_BREAK.split(text[max(0, start - 16) : start])[-1]
    right = _CLAUSE_BREAK.split(text[start : start + 16])[0]
    offset = 0
    for word in general_tokenizer().cut(left + right, HMM=False):
        if offset >= len(left):
            return offset == len(left) and word == name
        offset += len(word)
    return False


#: What ends a clause around a county name read by jieba.
_CLAUSE_BREAK = re.compile(r"[，。！？；：、,.!?;:\s“”《》（）()【】]")


def is_inside_phrase(text: str, start: int, name: str) -> bool:
    """True when a town name at ``start`` reads better as the tail of one word and the
    head of the next: the character before it and its first character form a common
    word, and so do its second and third (奏响 + 水乡 in 奏响水乡振兴, 走进 + 乡镇).
    Verbs ending in a character that starts a town's name (打响, 唱响, 吹响, 走进) meet
    names whose rest is a word (水乡, 古镇). Both words must be common in jieba's general
    dictionary (``phrase_word_min_count``), so a rare pair keeps the town (来函谷关镇).

    >>> is_inside_phrase('奋楫扬帆，奏响水乡振兴“协奏曲”', 6, '响水乡')
    True
    >>> is_inside_phrase('近日，响水乡召开', 3, '响水乡'), is_inside_phrase('县来函谷关镇观摩', 1, '函谷关镇')
    (False, False)
    >>> is_inside_phrase('致力于家乡人民文化生活', 2, '于家乡'), is_inside_phrase('慰问于家乡老党员', 2, '于家乡')
    (True, False)

    A conjunction or preposition before a name is a word of its own (城关镇和平山镇 is
    two towns, though 和平 and 山镇 are words); a name right after another place name is
    read with it (广州市南村镇: 市南 + 村镇 would be words too), so read_mentions does
    not ask there.

    >>> is_inside_phrase('城关镇和平山镇', 4, '平山镇')
    False
    """
    if start == 0 or len(name) < 3 or text[start - 1] in FUNCTION_CHARS_BEFORE_PLACES:
        return False
    # or a common word and the name's first character make a word of the dictionary
    # (致力 + 于 in 致力于家乡人民: not 于家乡, round 90; 致力于 is listed, though rarely counted)
    head = text[max(0, start - 2) : start]
    joined = is_common_word(head) and general_tokenizer().FREQ.get(head + name[0], 0) > 0
    return (joined or is_common_word(text[start - 1] + name[0])) and is_common_word(name[1:3])


def is_common_word(word: str) -> bool:
    """True for a word at least ``phrase_word_min_count`` times in jieba's general dictionary
    (走进 2742, 水乡 447, 牧业 489), where a place's own name is rare or absent (谷关 3, 松杉).

    >>> is_common_word('牧业'), is_common_word('松杉'), is_common_word('走进')
    (True, False, True)
    """
    return general_tokenizer().FREQ.get(word, 0) >= PLACE_WORDS["phrase_word_min_count"]


def reads_across_pieces(pieces: tuple[str, ...] | list[str]) -> bool:
    """True when common words run across two or more of the cuts between ``pieces``: the
    pieces are a phrase cut up, not names run together. 记者从市文化旅游部门获悉 (round 53)
    cuts by the surname table into 从市 文化旅 游部 门获悉, but 旅游 and 部门 span the cuts;
    between names run together (周海涛陈晓梅顾一鸣) a cut rarely makes a word, and one that
    does (建国|王丽华: 国王) is not enough to doubt them.

    >>> reads_across_pieces(['从市', '文化旅', '游部', '门获悉'])
    True
    >>> reads_across_pieces(['周海涛', '陈晓梅', '顾一鸣']), reads_across_pieces(['张建国', '王丽华', '李强'])
    (False, False)
    """
    cuts = [left[-1] + right[0] for left, right in zip(pieces, pieces[1:], strict=False)]
    return sum(map(is_common_word, cuts)) >= 2


def reads_as_words(name: str) -> bool:
    """True when jieba cuts ``name`` into two or more pieces that are all common words: a
    phrase that happens to be some village's name (发展乡村 is a village of 伊宁市, and
    发展 and 乡村 are words), not a name a text uses as one (塘约村, 斯拉河村).

    >>> reads_as_words('发展乡村'), reads_as_words('塘约村'), reads_as_words('斯拉河村')
    (True, False, False)
    """
    pieces = general_tokenizer().lcut(name, HMM=False)
    return len(pieces) >= 2 and all(len(p) >= 2 and is_common_word(p) for p in pieces)
