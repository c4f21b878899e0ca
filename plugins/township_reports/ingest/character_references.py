"""HTML character references a scraper left in a text page, decoded.

A page saved as text keeps what its markup spelled with references: ``&ldquo;红色网格&rdquo;``,
``党员干部&mdash;&mdash;网格员``, ``&nbsp;&nbsp;`` at a paragraph's end. Left alone, a reader sees
the codes, the punctuation step turns their semicolons into ``；``, and a quoted programme's
name is no longer quoted (the initiative readers look for “…”). Some copies lost the
ampersand and the semicolon too, and print the bare name between Chinese words
(``琼海ldquo网红村rdquo沙``: round 34), or only the ampersand (``中国网middot;美丽江苏讯``:
round 108).

Python's ``html.unescape`` decodes the references (named, decimal, hexadecimal); a bare name
is read only between Chinese characters, where no English word stands. What the
references spell is plain text from then on: the page is rendered with everything escaped
(structure.py, the templates), so ``&lt;script&gt;`` becomes visible text, never markup,
and the tag-remnant rules of dechrome.py see ``<p>`` as they would in any other copy.
"""

from __future__ import annotations

import html
import re

#: A character reference as markup writes it: &name; &#123; &#x7b; (the semicolon kept:
#: a bare ``&copy`` inside a URL's query is an address, not a reference).
REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,9}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
#: The names a copy prints bare, without & and ;, between Chinese words.
_BARE = {
    "ldquo": "“",
    "rdquo": "”",
    "lsquo": "‘",
    "rsquo": "’",
    "mdash": "—",
    "hellip": "…",
    "middot": "·",
    "nbsp": " ",
}
_CJK = r"\u3400-\u9fff“”‘’"
_BARE_NAME = re.compile(rf"(?<=[{_CJK}])({'|'.join(_BARE)});?(?=[{_CJK}])")


def decode_character_references(text: str) -> tuple[str, int]:
    """``text`` with its character references decoded; how many were.

    >>> decode_character_references('张兰镇&ldquo;红色网格&rdquo;推开，党员&mdash;&mdash;网格员&nbsp;')
    ('张兰镇“红色网格”推开，党员——网格员 ', 5)
    >>> decode_character_references('琼海ldquo网红村rdquo沙美村')
    ('琼海“网红村”沙美村', 2)
    >>> decode_character_references('中国网middot;美丽江苏讯')
    ('中国网·美丽江苏讯', 1)

    An unknown name, a bare name in Latin text, and an address's query stay as they are:

    >>> decode_character_references('&madeup; the nbsp key, index.php?a=1&copy=2')
    ('&madeup; the nbsp key, index.php?a=1&copy=2', 0)
    """
    count = 0

    def decoded(match: re.Match) -> str:
        nonlocal count
        character = html.unescape(match.group(0))
        if character == match.group(0):
            return character  # not a reference html knows
        count += 1
        return " " if character == "\xa0" else character

    def bare(match: re.Match) -> str:
        nonlocal count
        count += 1
        return _BARE[match.group(1)]

    if "&" in text:
        text = REFERENCE.sub(decoded, text)
    return _BARE_NAME.sub(bare, text), count
