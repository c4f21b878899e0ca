"""Characters a report must not carry: control characters and invisible formatting.

Scraped text picks up characters nobody typed on purpose: a Word soft line break
(U+000B), a byte that a broken converter turned into U+0001, a U+FFFF left by a
bad decoder, a zero-width space a CMS puts between characters to defeat copying,
a right-to-left override pasted from a chat message. The first kind cannot
appear in XML 1.0 at all: one of them in a title stops the feed writer, or makes
a feed no reader can parse. The second kind is invisible and can make a title
read differently from what it says (``U+202E`` reverses what follows), or split a
town's name so that neither search nor the place index finds it. Chinese text
never needs either kind.

Ingest removes both (``remove_control_characters``, ``remove_invisible_formatting``)
and records what it removed in the report's provenance. Hand-edited Markdown and
catalog values never pass through ingest, so the feed and sitemap writers guard
with ``xml_safe`` too. This module only removes characters from text; it never
adds, reorders or replaces a visible one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

#: Characters no report needs and XML 1.0 forbids or discourages: C0 controls but tab
#: and line ends, DEL, C1 controls, lone surrogates (left by a bad decode) and the
#: Unicode non-characters (U+FDD0–U+FDEF and the last two code points of every plane).
CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)

#: Invisible formatting: bidirectional embeddings, overrides, isolates and marks, and
#: zero-width spaces, joiners and the BOM used as a zero-width no-break space.
INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def code_point(char: str) -> str:
    """How provenance names a character nobody can see: its code point and Unicode name.

    >>> code_point('\\u202e')
    'U+202E RIGHT-TO-LEFT OVERRIDE'
    >>> code_point('\\x01')
    'U+0001'
    """
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".rstrip()


def remove_control_characters(text: str) -> tuple[str, Counter]:
    """Remove control characters and non-characters; return (text, removed by code point).

    Even a vertical tab (Word's soft return) is removed, not made a line break: a line
    is a paragraph here, and a sentence cut in two leaves a short line the page model
    may take for a headline. Chinese needs no space where it stood.

    >>> text, removed = remove_control_characters('兴隆镇党委\\x01严格落实“三会一课”\\x0b制度\\uffff')
    >>> text
    '兴隆镇党委严格落实“三会一课”制度'
    >>> sorted(removed.items())
    [('U+0001', 1), ('U+000B', 1), ('U+FFFF', 1)]

    Tabs and line breaks are text, and stay:

    >>> remove_control_characters('宋家镇\\t“五聚焦”\\n扎实推进')[0]
    '宋家镇\\t“五聚焦”\\n扎实推进'
    """
    removed: Counter = Counter()

    def drop(match: re.Match) -> str:
        char = match.group()
        removed[code_point(char)] += 1
        return ""

    return CONTROL.sub(drop, text), removed


def remove_invisible_formatting(text: str) -> tuple[str, Counter]:
    """Remove bidi controls and zero-width characters; return (text, removed by code point).

    Chinese never needs them. The one place a joiner means something, inside an emoji
    sequence (👨‍🌾), is no exception here: emoji are page chrome (chrome_patterns.yaml),
    and a joiner left between removed emoji would only be an invisible leftover.

    >>> text, removed = remove_invisible_formatting('兴隆\\u200b镇\\u202e党建\\u202c工作')
    >>> text
    '兴隆镇党建工作'
    >>> sorted(removed)
    ['U+200B ZERO WIDTH SPACE', 'U+202C POP DIRECTIONAL FORMATTING', 'U+202E RIGHT-TO-LEFT OVERRIDE']

    Visible text is left alone, full-width and ideographic spaces included:

    >>> remove_invisible_formatting('宋家镇\\u3000“五聚焦”')[0]
    '宋家镇\\u3000“五聚焦”'
    """
    removed: Counter = Counter()

    def drop(match: re.Match) -> str:
        removed[code_point(match.group())] += 1
        return ""

    return INVISIBLE.sub(drop, text), removed


def xml_safe(text: str) -> str:
    """Text with every character XML 1.0 cannot carry removed: the feed and sitemap guard.

    >>> xml_safe('兴隆镇\\x01党建\\uffff报道')
    '兴隆镇党建报道'
    """
    return CONTROL.sub("", text)
