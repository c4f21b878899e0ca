"""Spaces a re-encoding turned into ``?``: the separators of a field line or a byline.

A page saved through GBK loses every character GBK lacks, the no-break spaces a CMS sets
between its fields and between a byline's names among them, and the encoder writes ``?``
for each (``2019-11-14 08:53:04? ?来源:福建日报 责任编辑:甲``, ``定西日报通讯员?甲?乙``).
Read as text, the ``?`` glues the date to the label and the names to each other; read as
the space it was, the line is the field line or byline it is. Only lines read as fields or
bylines are asked (a question in prose is never touched), and only a ``?`` a space could
stand for: next to a space, after a digit, or between two Chinese characters in a byline.
A ``?`` before Latin letters is the byte damage ``repair`` reads (日?qǐng)?bào)), left alone.
Forms and counts: PATTERNS.md, "Session 7 rules (C: sources and bylines)".
"""

from __future__ import annotations

import re

#: A run of ? beside whitespace, after a digit, or before a space or another ?.
_FIELD_GAP = re.compile(r"(?:(?<=[\d\s])\?+|\?+(?=[\s?]))(?![a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])")
#: One ? between two Chinese characters (a byline's names run together with it).
_NAME_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff])")


def field_line_spaces(text: str) -> str:
    """A field line with the ``?`` that stand for its spaces made spaces again.

    >>> field_line_spaces('2019-11-14 08:53:04? ?来源:福建日报 责任编辑:陈明辉')
    '2019-11-14 08:53:04   来源:福建日报 责任编辑:陈明辉'
    >>> field_line_spaces('来源:定西日?qǐng)?bào)'), field_line_spaces('来源:你们村的路修好了吗?')
    ('来源:定西日?qǐng)?bào)', '来源:你们村的路修好了吗?')
    """
    return _FIELD_GAP.sub(lambda m: " " * len(m.group(0)), text) if "?" in text else text


def byline_spaces(text: str) -> str:
    """A byline with the ``?`` between its role and names made spaces again.

    >>> byline_spaces('定西日报通讯员?许文博?何春燕'), byline_spaces('记者?王密 2019-11-14?')
    ('定西日报通讯员 许文博 何春燕', '记者 王密 2019-11-14 ')
    >>> byline_spaces('定西日?qǐng)?bào)通讯员 许文博')
    '定西日?qǐng)?bào)通讯员 许文博'
    """
    if "?" not in text:
        return text
    return field_line_spaces(_NAME_GAP.sub(" ", text))
