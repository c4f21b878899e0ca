"""How a page writes a value into the query string of a link (``search.html?initiative=…``).

Escaped only where it must be: the characters that would end or split the value, change
what a form decoder reads (``+`` is a space to it, ``%`` starts an escape), or end the
attribute, and whatever a reader cannot see. Chinese characters stay as they are: an
``href`` with them is a valid URL string (WHATWG URL standard), the browser encodes them
as UTF-8 when it follows the link, and ``URLSearchParams`` (search.js) decodes them to
the same value. Percent-encoded, each character took 9 bytes instead of 3: ~12 MB of the
place and initiative pages at 10,000 reports (issue 12).

It must never leave a character that could end the attribute or the value: ``&``, ``<``,
``>`` and quotes are percent-encoded here, before the template's autoescape would see
them, so a value from a source is never markup and never a second parameter.
"""

from __future__ import annotations

import functools
from urllib.parse import quote

#: ASCII that ends, splits or changes a query value (``&`` ``=`` ``#`` ``+`` ``%``), or
#: that a URL parser encodes by itself or an HTML attribute cannot hold as it is (space,
#: quotes, ``<`` ``>``, backslash, backtick).
MUST_ESCAPE = frozenset("%&#+= \"'<>\\`")


@functools.lru_cache(maxsize=8192)
def query_value(value) -> str:
    """``value`` as a query-string value: the few characters that must be escaped as
    UTF-8 percent escapes, control, separator and format characters too; the rest as it is.

    >>> query_value("三会一课")
    '三会一课'
    >>> query_value("党委+专业合作社+农户")
    '党委%2B专业合作社%2B农户'
    >>> query_value("1&2=3 #4%")
    '1%262%3D3%20%234%25'
    >>> query_value("学习\\u200b<党章>")  # a zero-width space a reader would never see
    '学习%E2%80%8B%3C党章%3E'
    >>> query_value(610981111)
    '610981111'
    """
    return "".join(
        quote(ch, safe="") if ch in MUST_ESCAPE or not ch.isprintable() else ch for ch in str(value)
    )


#: The filters the theme's templates use, by name.
FILTERS = {"query_value": query_value}


def add_filters(generator) -> None:
    """Give every generator's templates ``FILTERS`` (Pelican makes one Jinja environment
    per generator; the report pages and the facet pages both link to search.html with
    filters)."""
    generator.env.filters.update(FILTERS)
