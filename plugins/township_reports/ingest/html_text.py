"""HTML → plain text, one parser for the whole plugin, with the options its callers differ in.

Three callers read text out of HTML, for different ends:

- ingest (``htmlpage``): a saved web page, as its reader sees it; ``<head>``, scripts,
  forms and the like are not text, and paragraphs stay apart by a blank line
  (``SAVED_PAGE``);
- the site (``reader``, ``archive``): a report's rendered body, one block per line, for
  summaries and concordances (``BODY_LINES``);
- the search index (``site/search/records``): the rendered body as a browser lays it
  out, runs of spaces and line breaks inside a block collapsed to one space
  (``SEARCH_TEXT``).

Each option is what that caller always did, so every output is byte for byte what it
was. It lives in ``ingest/`` because ingest reads saved pages with it: a change here is a
change of the pipeline version, which re-ingests every report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser


@dataclass(frozen=True)
class TextOptions:
    """How to read text out of HTML.

    ``blocks``: tags that start and end a line; ``skip``: tags whose content is not text;
    ``layout``: how the lines are tidied: ``page`` (each line stripped, at most one blank
    line in a row), ``lines`` (each line stripped, blank lines dropped) or ``browser``
    (a block per line, whitespace inside a block collapsed to one space).
    """

    blocks: frozenset[str]
    skip: frozenset[str] = frozenset()
    layout: str = "lines"


SAVED_PAGE = TextOptions(
    blocks=frozenset(
        "p div br li tr h1 h2 h3 h4 h5 h6 section article header footer title "
        "table ul ol dd dt blockquote pre nav aside form".split()
    ),
    skip=frozenset("head script style noscript template svg iframe select option button".split()),
    layout="page",
)
BODY_LINES = TextOptions(
    blocks=frozenset("p h1 h2 h3 h4 h5 h6 li br div blockquote".split()), layout="lines"
)
SEARCH_TEXT = TextOptions(
    blocks=frozenset(
        "address article aside blockquote br dd details div dl dt figcaption figure footer "
        "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th "
        "tr ul".split()
    ),
    skip=frozenset("script style template".split()),
    layout="browser",
)


class _TextOfHtml(HTMLParser):
    """The text of HTML, a line break at each start and end of a block tag."""

    def __init__(self, options: TextOptions) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks, self.skip = options.blocks, options.skip
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.skip:
            self.skipping += 1
        elif tag in self.blocks:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.skip:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.blocks:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str, options: TextOptions = BODY_LINES) -> str:
    """The text of ``html``, read as ``options`` say.

    A saved page: what is not text left out, paragraphs apart by one blank line.

    >>> page = '<html><head><title>网站</title></head><body><h1>宋家镇</h1><script>alert(1)</script><p>今年以来&amp;</p></body></html>'
    >>> html_to_text(page, SAVED_PAGE)
    '宋家镇\\n\\n今年以来&'

    A rendered report body: one block per line, entities decoded.

    >>> body = '<h2>抓经济</h2>\\n<p>严格落实&lt;三会一课&gt; 与 *星号*\\n续行</p>'
    >>> html_to_text(body, BODY_LINES)
    '抓经济\\n严格落实<三会一课> 与 *星号*\\n续行'

    The same body as a browser shows it (and the search index finds it): the line break
    inside the paragraph is a space.

    >>> html_to_text(body, SEARCH_TEXT)
    '抓经济\\n严格落实<三会一课> 与 *星号* 续行'
    """
    parser = _TextOfHtml(options)
    parser.feed(html)
    # Rendered bodies end with a closing tag, so closing (which hands over text held back
    # after a last '&') changes nothing for them; a saved page may end in text.
    parser.close()
    text = "".join(parser.parts)
    if options.layout == "page":
        lines = [line.strip() for line in text.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if options.layout == "lines":
        lines = (line.strip() for line in text.split("\n"))
        return "\n".join(line for line in lines if line)
    if options.layout == "browser":
        blocks = (re.sub(r"[ \t\r\n\f]+", " ", block).strip() for block in text.split("\n\n"))
        return "\n".join(block for block in blocks if block)
    raise ValueError(f"unknown text layout {options.layout!r}")
