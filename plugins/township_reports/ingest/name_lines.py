"""A header line of people's names and nothing else: a byline that prints no role.

A county media centre's or a university's page prints its writers under the headline by
name alone: spaced (``沈雨桐 吴建锋``), joined by a plus (``满天飞+李树明``), or with the
outlet's brand between them (``曹博成 雅安观察 廖诗雪``). The spaced form was read before;
the other two were taken for the headline. Counted over every labelled page (session 17,
committed, pending and development): 17 header lines of two or more names and at most one
other word, every one labelled as the page's authors, none as its headline.
"""

from __future__ import annotations

import re

from .bylines import Byline
from .names import glued_run, is_person_name, word_tags
from .spaced_names import join_spaced_names

#: What stands between the names: spaces, a plus, an enumeration comma.
_BETWEEN = re.compile(r"[\s+＋、]+")
_WORD = re.compile(r"[\u4e00-\u9fff·]{2,8}")


def names_and_other(line: str) -> tuple[tuple[str, ...], str | None] | None:
    """The names a line of names prints, and the one other word it may hold; else None.

    >>> names_and_other('满天飞+李树明'), names_and_other('曹博成 雅安观察 廖诗雪')
    ((('满天飞', '李树明'), None), (('曹博成', '廖诗雪'), '雅安观察'))
    >>> names_and_other('党建+产业'), names_and_other('强化组织 建强支部 服务群众')
    (None, None)

    Two-character names spaced out to align with a three-character one are closed up first
    (楊 超 賀 琳 王美慧, a county media centre's page, round 39), and two such names a page's
    letter-spacing repair ran together are two names:

    >>> names_and_other('杨 超 贺 琳 王美慧'), names_and_other('杨超贺琳 王美慧')[0]
    ((('杨超', '贺琳', '王美慧'), None), ('杨超', '贺琳', '王美慧'))
    >>> names_and_other('边看边记')
    """
    spaced = [word for word in _BETWEEN.split(join_spaced_names(line.strip())) if word]
    # only beside another word: a line of one such word is a column's (边看边记), not two names
    words = (
        [part for word in spaced for part in _two_names_or_word(word)]
        if len(spaced) > 1
        else spaced
    )
    if not 2 <= len(words) <= 6 or not all(_WORD.fullmatch(word) for word in words):
        return None
    names = tuple(word for word in words if is_person_name(word))
    others = [word for word in words if word not in names]
    if len(names) < 2 or len(others) > 1:
        return None
    return names, (others[0] if others else None)


def _two_names_or_word(word: str) -> tuple[str, ...]:
    """Four characters that are two two-character names (杨超贺琳), as two; else the word."""
    halves = (word[:2], word[2:])
    if len(word) == 4 and not is_person_name(word) and all(map(is_person_name, halves)):
        return halves
    return (word,)


def names_byline(line: str) -> Byline | None:
    """The writers a header line of names credits (its other word, a brand, is not read).

    >>> names_byline('满天飞+李树明').authors
    ('满天飞', '李树明')
    """
    found = names_and_other(line)
    return Byline(authors=found[0], rule="bare-names") if found else None


def glued_names_byline(line: str) -> Byline | None:
    """The writers of a line in or under the text that is three names or more run together and
    nothing else (``names.glued_run``): between the deck and the text (round 71), or closing
    it (round 79). Only names of three characters none of which jieba knows as a word: a
    headline or a heading cut into such pieces has words among them (林伟周与凤凰单丛茶: 凤凰).

    >>> glued_names_byline('阮霖浩王博禹周小雷').authors, glued_names_byline('乡村文明焕发新气象')
    (('阮霖浩', '王博禹', '周小雷'), None)
    >>> glued_names_byline('林伟周与凤凰单丛茶'), glued_names_byline('党政机关标识')
    (None, None)
    """
    names, tags = glued_run(line.strip()) or [], word_tags()
    if not names or any(len(n) != 3 or not tags.get(n, "nr").startswith("nr") for n in names):
        return None
    return Byline(authors=tuple(names), rule="bare-names")
