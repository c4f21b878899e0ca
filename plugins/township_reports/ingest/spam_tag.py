"""A spam run a content farm sets in brackets before the headline it copied.

Spam mirrors glue an advertiser's run (a product phrase and a four-character idiom,
``【护肤保养小窍门 心灵手巧】``) before the copied headline, and scatter the same run
through the text, mid-sentence, unquoted. A paper's series tag (``【乡村振兴在青海】``)
stands before its headline too, but the text never runs it into a sentence bare: when the
report names its series, it quotes it. So a bracketed tag whose very words recur bare
inside the text is the spam run, not part of the title.
"""

from __future__ import annotations

import re

_LEADING_TAG = re.compile(r"^[【\[]([^【】\[\]]{4,24})[】\]]\s*")
#: What a text sets right before a name it quotes or titles.
_QUOTING = tuple("“‘「《【\"'")


def injected_tag(headline: str, text: str) -> str | None:
    """The leading bracketed tag of ``headline`` when ``text`` runs its words bare into a
    sentence (a spam run), else None.

    >>> text = '10月23日重阳节当天,石马村党群服务中心里热气腾腾,护肤保养小窍门 心灵手巧为老人准备饺子宴。'
    >>> injected_tag('【护肤保养小窍门 心灵手巧】重阳饺子宴 暖了老人心', text)
    '【护肤保养小窍门 心灵手巧】'

    A series tag the text names in quotes, or not at all, is the headline's:

    >>> injected_tag('【乡村振兴在青海】答好乡村振兴的“小庄考卷”', '本网推出“乡村振兴在青海”系列报道。')
    >>> injected_tag('【奋斗百年路 启航新征程】党员带头种新茶', '春分刚过,茶山上已是一片新绿。')

    A place's tag (the village or branch the report is about) recurs bare in any text
    about it, and an advertiser's run never names a town: it stays.

    >>> injected_tag('【陶家屯镇蓝旗堡子村】“积分超市”换来', '陶家屯镇蓝旗堡子村地处新民市东北部。')
    """
    from .headline_forms import names_a_place

    tag = _LEADING_TAG.match(headline)
    if not tag or not headline[tag.end() :].strip():
        return None
    words = tag.group(1).strip()
    if names_a_place(words):
        return None
    for found in re.finditer(re.escape(words), text):
        before = text[found.start() - 1 : found.start()]
        if before and before not in _QUOTING:
            return tag.group(0).strip()
    return None
