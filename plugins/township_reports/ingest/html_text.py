"""HTML → plain text, one parser for the whole plugin, with the options its callers differ in.

Three callers read text out of HTML, for different ends:

- ingest (``htmlpage``): a saved web page, as its reader sees it; ``<head>``, scripts,
  forms and the like are not text, paragraphs stay apart by a blank line, and a picture
  leaves its file's name where it stood, so that its caption can be told (``SAVED_PAGE``);
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
    (a block per line, whitespace inside a block collapsed to one space); ``images``:
    whether a picture leaves its file's name on a line of its own (``image_file_name``).
    """

    blocks: frozenset[str]
    skip: frozenset[str] = frozenset()
    layout: str = "lines"
    images: bool = False


SAVED_PAGE = TextOptions(
    blocks=frozenset(
        "p div br li tr h1 h2 h3 h4 h5 h6 section article header footer title "
        "table ul ol dd dt blockquote pre nav aside form".split()
    ),
    skip=frozenset("head script style noscript template svg iframe select option button".split()),
    layout="page",
    images=True,
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
        self.blocks, self.skip, self.images = options.blocks, options.skip, options.images
        self.parts: list[str] = []
        self.skipping = 0
        self.picture: int | None = None  # where the last picture's file name was written

    def handle_starttag(self, tag, attrs):
        if tag in _HEADING_TAGS and self.picture is not None:
            # a heading under a picture (<h3>, or a paragraph in bold) is no caption of it
            self.parts[self.picture] = "\n"
            self.picture = None
        if tag in self.skip:
            self.skipping += 1
        elif tag in self.blocks:
            self.parts.append("\n")
        elif tag == "img" and self.images and not self.skipping:
            if name := image_file_name(dict(attrs)):
                self.picture = len(self.parts)
                self.parts.append(f"\n{name}\n")

    def handle_endtag(self, tag):
        if tag in self.skip:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.blocks:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)
            if data.strip():
                self.picture = None


#: Tags that make the text under a picture a heading, not its caption.
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6 strong b".split())
#: A line ``image_file_name`` wrote: a picture's file name alone.
IMAGE_LINE = re.compile(r"(?i)[\w.%-]{1,80}\.(?:jpe?g|png|gif|bmp|webp)")
#: The formats a picture's address names (a WeChat picture's wx_fmt=jpeg, no extension).
_IMAGE_FORMAT = re.compile(r"(?i)\.(jpe?g|png|gif|bmp|webp)$|[?&]wx_fmt=(jpe?g|png|gif|webp)")


def image_file_name(attrs: dict) -> str:
    """The file name a picture's address ends in, as a text copy of the page prints it where
    the picture stood (未命名-1.jpg), or "" when the address names no picture format.

    A saved page's markup says where its pictures stand, and a caption is the short line
    right under one: the text pipeline tells a caption from a heading by a file name on
    the line above (lone_captions.py), as on a flattened copy. Only the plain name is
    kept: no address, nothing a page could load.

    >>> image_file_name({'src': '/uploads/2025/03/zl01.jpg?v=2', 'alt': '图片'})
    'zl01.jpg'
    >>> image_file_name({'data-src': 'https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg'})
    '640.jpeg'
    >>> image_file_name({'src': 'data:image/png;base64,iVBOR'}), image_file_name({'src': '/captcha.php'})
    ('', '')
    """
    address = attrs.get("src") or attrs.get("data-src") or ""
    if address.startswith("data:"):
        return ""
    path = address.split("#")[0]
    bare = path.split("?")[0]  # the address without its query
    stem = bare.rstrip("/").rsplit("/", 1)[-1]
    found = _IMAGE_FORMAT.search(bare) or _IMAGE_FORMAT.search(path)
    if not found or not re.fullmatch(r"[\w.%-]{1,80}", stem):
        return ""
    return stem if found.group(1) else f"{stem}.{found.group(2).lower()}"


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
