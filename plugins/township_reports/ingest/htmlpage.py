"""Read a saved HTML page with the libraries made for it: trafilatura and htmldate.

A saved page is more than its visible text: the ``<title>``, the ``<meta>`` dates and
authors, the canonical address and the browser's ``saved from url=`` mark say what the
page is, and the markup says where the story ends and the menus begin. trafilatura
(main text, title, author, site name) and htmldate (publication date from markup and
URL) read those; this module asks them, keeps what each gave with its evidence, and
hands ingest plain values. It decides nothing about the report: the text still goes
through the text pipeline (repair → … → read_page), and title, date, authors and URL
are *candidates* that ingest weighs against what the page prints.

It must never fetch, never read the clock and never keep state between calls: the
same page gives the same ``HtmlPage`` on every machine and every day, so a raw file
whose bytes did not change converts to the same Markdown. That is why both libraries
get a fixed ``max_date`` (htmldate's default is *today*) and a parsed tree (htmldate
downloads a string that starts with ``http``), and why trafilatura's deduplication
cache stays off. The libraries are imported on the first call, so only ``.html``
files pay their import (~0.3 s once per process).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import squeeze
from .bylines import is_byline_line
from .fields import parse_field_line
from .headline import is_site_name, strip_site_name
from .html_text import IMAGE_LINE, SAVED_PAGE, html_to_text
from .names import is_media, is_person_name
from .sources import credit_line
from .stated_dates import is_date_line, parse_stated_date

#: The latest publication date believed. Fixed, never "today", so output never depends
#: on the day ingest runs; move it forward (a code change, so every report re-ingests)
#: when reports from after it arrive.
MAX_DATE = "2030-12-31"
#: The earliest: county government sites and media centres go back to the late 1990s.
MIN_DATE = "1995-01-01"

#: What trafilatura is asked for: main text with tables (info-disclosure pages keep
#: their fields in one), without reader comments, no deduplication cache (state
#: between calls would make output depend on what was ingested before).
_TRAFILATURA_OPTIONS = dict(
    with_metadata=True,
    include_comments=False,
    include_tables=True,
    deduplicate=False,
)

_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
#: Labels that mark a credit line as someone else's than the writer's (an editor,
#: a reviewer, a source): trafilatura's author heuristics pick these up on Chinese CMS.
#: An e-paper system's record of the article (Founder's 方正 e-paper), an HTML comment
#: holding its date: <!--enpproperty <articleid>…</articleid><date>2025-06-10</date>…-->
_ARTICLE_RECORD = re.compile(
    r"<!--\s*enpproperty\b.*?<date>\s*([^<]{8,30}?)\s*</date>.*?-->", re.I | re.S
)
_NOT_WRITER_LABELS = re.compile(r"编辑|责编|审核|审校|校对|初审|复审|终审|来源|稿源|摄影|签发")
_NAME_SEPARATORS = re.compile(r"[\s,，、;；/|｜]+")
_WRAPPING = re.compile(r"^[【\[（(]+|[】\]）)]+$")
#: Role words that stand before writers' names in a byline (记者 孙立伟 通讯员 赵文博).
_WRITER_ROLES = re.compile(
    r"^(?:\S{0,4}记者|通讯员|特约通讯员|实习生|作者|撰稿|文|图|文图|文/图)[:：]?$"
)


@dataclass(frozen=True)
class HtmlPage:
    """What a saved HTML page says about itself, each value with where it came from.

    ``text`` is what the text pipeline should read in place of the whole page: the
    main text, one block per line in reading order, headline first, with the page's
    field lines (发布时间…, 责任编辑…) where they stood; ``main_text`` is trafilatura's
    main text alone. ``date`` is ISO (``2024-04-18``) or None; ``authors`` are
    writers' names from markup; ``evidence`` maps each field found to the library and
    markup that gave it (``{"date": "htmldate: <head> (meta or JSON-LD)", ...}``).
    """

    text: str
    main_text: str
    title: str | None
    date: str | None
    authors: tuple[str, ...]
    sitename: str | None
    url: str | None
    evidence: dict[str, str] = field(default_factory=dict)


def _extract(tree, url: str | None):
    """trafilatura's reading of the page (main text, title, authors, site name), or None."""
    import trafilatura

    # htmldate inside trafilatura reads the clock unless given max_date; a fresh dict
    # each call, since trafilatura writes the URL into it.
    date_params = {
        "original_date": True,
        "extensive_search": False,
        "max_date": MAX_DATE,
        "min_date": MIN_DATE,
    }
    return trafilatura.bare_extraction(
        tree, url=url, date_extraction_params=date_params, **_TRAFILATURA_OPTIONS
    )


def read_html_page(html: str) -> HtmlPage:
    """Read a saved page: main text, title, date, authors, site name and address.

    A county government CMS page: the ``<title>`` carries the site's name, the
    publication date sits in a ``<meta>``, the menus and the footer are furniture.

    >>> page = read_html_page('''<!DOCTYPE html><html lang="zh-CN"><head>
    ... <meta charset="utf-8"><title>张兰镇：党建引领绘就乡村振兴新画卷_介休市人民政府</title>
    ... <meta name="PubDate" content="2025-03-13 09:51">
    ... <link rel="canonical" href="https://www.jiexiu.gov.cn/xwzx/xzdt/content_8841.html">
    ... </head><body>
    ... <div class="nav"><a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/zwgk/">政务公开</a></div>
    ... <div class="article"><h1>张兰镇：党建引领绘就乡村振兴新画卷</h1>
    ... <div class="info">发布时间：2025-03-13 09:51　来源：张兰镇</div>
    ... <div class="content">
    ... <p>近年来，介休市张兰镇紧紧围绕乡村振兴目标，把党建工作贯穿产业发展全过程，推动村党支部领办合作社。</p>
    ... <p>全镇各村党支部结合本村实际，探索“党支部+合作社+农户”模式，带动群众增收致富，村集体收入逐年增加。</p>
    ... </div><div class="editor">责任编辑：王五</div></div>
    ... <div class="footer">主办单位：介休市人民政府办公室 晋ICP备05001234号</div>
    ... </body></html>''')
    >>> page.title, page.date, page.url
    ('张兰镇：党建引领绘就乡村振兴新画卷', '2025-03-13', 'https://www.jiexiu.gov.cn/xwzx/xzdt/content_8841.html')
    >>> page.evidence['title'], page.evidence['date'], page.evidence['url']
    ('trafilatura: <h1>', 'htmldate: <head> (meta or JSON-LD)', 'canonical link')

    The text keeps the page's field lines around the main text, which trafilatura
    alone drops; on a page this short trafilatura falls back to a recall pass and
    keeps the menu line too, which the text pipeline's chrome rules remove.

    >>> print(page.text)
    首页 | 新闻中心 | 政务公开
    张兰镇：党建引领绘就乡村振兴新画卷
    发布时间：2025-03-13 09:51　来源：张兰镇
    近年来，介休市张兰镇紧紧围绕乡村振兴目标，把党建工作贯穿产业发展全过程，推动村党支部领办合作社。
    全镇各村党支部结合本村实际，探索“党支部+合作社+农户”模式，带动群众增收致富，村集体收入逐年增加。
    责任编辑：王五

    A page with no date in its markup or URL: htmldate takes a full timestamp from the
    text, and the evidence says so (dating.py reads the same line, with its label).

    >>> page = read_html_page('<html><body><h1>宋家镇开展主题党日活动</h1><p>发布时间：2023-07-25</p>'
    ...     '<p>七月以来，宋家镇各村党支部围绕“五聚焦”开展主题党日活动，组织党员学习讨论。</p></body></html>')
    >>> page.date, page.evidence['date']
    ('2023-07-25', 'htmldate: page body (date element or timestamp in the text)')
    """
    import htmldate
    import trafilatura

    evidence: dict[str, str] = {}
    tree = trafilatura.load_html(_as_document(html))
    if tree is None:
        text = html_to_text(html, SAVED_PAGE)
        return HtmlPage(text, "", None, None, (), None, None, {"text": "not HTML to trafilatura"})
    url, evidence["url"] = _page_url(html, tree)
    document = _extract(tree, url)
    title, evidence["title"] = _title(tree, document)
    main_lines = _text_lines(document.text if document is not None else "")
    page_text = html_to_text(html, SAVED_PAGE)
    title, printed = _printed_headline(title, _text_lines(page_text))
    if printed:
        evidence["title"] += f"; {printed}"
    lines, evidence["text"] = _main_text_in_page_order(page_text, main_lines, title)
    evidence["text"] = f"trafilatura {trafilatura.__version__}: {evidence['text']}"
    date, evidence["date"] = _article_record_date(html) or _publication_date(tree, url, htmldate)
    authors, evidence["authors"] = _authors(document)
    sitename = (document.sitename or None) if document is not None else None
    evidence["sitename"] = "trafilatura: og:site_name / publisher markup" if sitename else ""
    return HtmlPage(
        text="\n".join(lines),
        main_text="\n".join(main_lines),
        title=title,
        date=date,
        authors=authors,
        sitename=sitename,
        url=url,
        evidence={key: value for key, value in evidence.items() if value},
    )


def _as_document(html: str) -> str:
    """A fragment a scraper saved (``<p>…</p><p>…</p>``) wrapped into a document.

    trafilatura rejects a bare fragment as "not HTML"; a wrapper changes nothing else.

    >>> _as_document('<p>宋家镇</p>')
    '<html><body><p>宋家镇</p></body></html>'
    >>> _as_document('<!DOCTYPE html><html><body><p>宋家镇</p></body></html>')[:15]
    '<!DOCTYPE html>'
    """
    if re.search(r"<(?:html|body)[\s>]", html[:4096], re.I):
        return html
    return f"<html><body>{html}</body></html>"


def _page_url(html: str, tree) -> tuple[str | None, str]:
    """The page's own address: canonical link, og:url, or the browser's saved-from mark.

    Browsers that "save page as" write ``<!-- saved from url=(0042)https://… -->`` at
    the top; no library reads it, and on a saved page it is often the only address.

    >>> from lxml import html as lxml_html
    >>> _page_url('<!-- saved from url=(0036)https://www.xtx.gov.cn/a/123.html -->',
    ...           lxml_html.fromstring('<html><body><p>x</p></body></html>'))
    ('https://www.xtx.gov.cn/a/123.html', 'saved from url= comment')
    """
    for xpath, how in (
        ('//link[@rel="canonical"]/@href', "canonical link"),
        ('//meta[@property="og:url"]/@content', "og:url meta"),
    ):
        for value in tree.xpath(xpath):
            if value.strip().startswith(("http://", "https://")):
                return value.strip(), how
    saved = _SAVED_FROM.search(html[:4096])
    if saved and saved.group(1).startswith(("http://", "https://")):
        return saved.group(1), "saved from url= comment"
    return None, ""


def _title(tree, document) -> tuple[str | None, str]:
    """The headline from the markup, with an HTML title's ``_站点名`` cut off.

    trafilatura takes og:title, then the one ``<h1>``, then ``<title>``; a CMS title
    joins the site's name to the headline, which the page model's site-name rule
    (data/page_roles.yaml) cuts as it does on a text page.
    """
    if document is None or not document.title:
        return None, ""
    title = re.sub(r"\s+", " ", document.title).strip()
    cut, site = strip_site_name(title)
    how = "trafilatura: " + _title_source(tree, title)
    if site and title.startswith(site) and is_media(site):
        # 海南日报|琼海博鳌：…: the paper that printed the story, kept for the page
        # model, which takes a paper before the headline's bar as its publisher
        return title, how + f"; the paper “{site}” before the headline kept"
    if site is None:
        cut, site = _strip_hyphenated_site_name(title)
    if site:
        how += f"; site name “{site}” cut"
    return cut or None, how


#: What may join a headline to a site's name in an HTML title.
_JOINERS = tuple("-－_|｜—:：·")


def _printed_headline(title: str | None, page_lines: list[str]) -> tuple[str | None, str]:
    """The headline as the page prints it, when the HTML title is it plus a site's name.

    Sites whose names no rule knows (``-新华网``) still print the headline alone in
    the page, so a page line that the title starts with, followed by a joiner, is it.

    >>> _printed_headline('武汉的声音：有英勇的你，才有英雄的城！-新华网',
    ...                   ['首页', '武汉的声音：有英勇的你，才有英雄的城！', '2020-02-19 20:29:58'])
    ('武汉的声音：有英勇的你，才有英雄的城！', 'printed in the page without “-新华网”')
    >>> _printed_headline('宋家镇', ['宋家'])
    ('宋家镇', '')
    """
    if not title:
        return title, ""
    squeezed = squeeze(title)
    for line in page_lines:
        printed = squeeze(line)
        if len(printed) >= 6 and squeezed.startswith(printed) and len(printed) < len(squeezed):
            rest = squeezed[len(printed) :]
            if rest.startswith(_JOINERS) or is_site_name(rest):  # …暖民心 琼海市人民政府网
                return line.strip(), f"printed in the page without “{rest}”"
    return title, ""


def _strip_hyphenated_site_name(title: str) -> tuple[str, str | None]:
    """Cut ``headline-站点名`` (a hyphen without spaces), when what follows is a site name.

    The page model's separators need spaces around a hyphen, since a headline may hold
    one (``党建-产业``); here the part cut must read as a site name, so it is safe.

    >>> _strip_hyphenated_site_name('东峡乡：“三级书记”抓党建 生态保护有底气-湟源县人民政府网')
    ('东峡乡：“三级书记”抓党建 生态保护有底气', '湟源县人民政府网')
    >>> _strip_hyphenated_site_name('“党建-产业”双轮驱动')
    ('“党建-产业”双轮驱动', None)
    """
    for hyphen in ("-", "－"):
        head, found, tail = title.rpartition(hyphen)
        if found and head.strip() and is_site_name(tail.strip()):
            return head.strip(), tail.strip()
    return title, None


def _title_source(tree, title: str) -> str:
    squeezed = squeeze(title)
    for xpath, name in (
        ('//meta[@property="og:title"]/@content', "og:title meta"),
        ("//h1//text()", "<h1>"),
        ("//title/text()", "<title>"),
    ):
        if any(squeezed == squeeze(v) for v in tree.xpath(xpath)) or (
            name == "<h1>" and squeezed == squeeze("".join(tree.xpath(xpath)))
        ):
            return name
    return "markup"


def _article_record_date(html: str) -> tuple[str, str] | None:
    """The date an e-paper system recorded for the article in a comment of the page: the
    issue date, which neither htmldate nor the visible text may carry.

    >>> _article_record_date('<h1>花马池镇</h1><!--enpproperty <articleid>160218</articleid>'
    ...     '<date>2025-06-10</date><author></author><nodename>第03版</nodename>/enpproperty-->')
    ('2025-06-10', 'e-paper article record (enpproperty comment)')
    >>> _article_record_date('<!-- <date>2025-06-10</date> -->') is None
    True
    """
    match = _ARTICLE_RECORD.search(html)
    stated = parse_stated_date(match.group(1)) if match else None
    return (stated.iso[:10], "e-paper article record (enpproperty comment)") if stated else None


def _publication_date(tree, url: str | None, htmldate) -> tuple[str | None, str]:
    """The publication date htmldate reads, and where: the URL, the ``<head>``, the body.

    ``extensive_search=False``: htmldate's free-text scan takes any date on the page
    (on our fixtures it read 2022年起 in a story as 2022-01-01); without it htmldate
    reads the URL, ``<meta>``, JSON-LD, ``<time>`` and date-classed elements, and a
    full timestamp in the text. ``original_date=True`` prefers the first publication
    over an update. The URL alone, then the ``<head>`` alone, are asked first, so the
    evidence says which gave the date: a ``<head>`` date is the CMS's own record, a
    body date is what dating.py reads too, with its labels and zones.

    >>> import htmldate
    >>> from lxml.html import fromstring
    >>> _publication_date(fromstring('<html><head><meta name="PubDate" content="2024-04-18 10:36">'
    ...     '</head><body><p>x</p></body></html>'), None, htmldate)
    ('2024-04-18', 'htmldate: <head> (meta or JSON-LD)')
    >>> _publication_date(fromstring('<html><body><p>x</p></body></html>'),
    ...     'http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm', htmldate)
    ('2020-02-19', 'htmldate: URL')
    """
    from copy import deepcopy

    from lxml.html import fromstring

    options = dict(extensive_search=False, original_date=True, max_date=MAX_DATE, min_date=MIN_DATE)
    head_only = deepcopy(tree)
    for body in head_only.findall("body"):
        head_only.remove(body)
    stages = (
        (fromstring("<html><body></body></html>") if url else None, "htmldate: URL"),
        (head_only, "htmldate: <head> (meta or JSON-LD)"),
        (tree, "htmldate: page body (date element or timestamp in the text)"),
    )
    for stage_tree, how in stages:
        if stage_tree is None:
            continue
        date = htmldate.find_date(stage_tree, url=url or "", **options)
        if date is not None:
            return date, how
    return None, ""


def _authors(document) -> tuple[tuple[str, ...], str]:
    """Writers' names from trafilatura's author field, without editors and organisations.

    trafilatura reads ``<meta name="author">``, JSON-LD and elements classed
    ``author``/``byline``; on Chinese CMS those hold editors (【责任编辑：韩雪】) and
    site names as often as writers, so a credit with another role's label is dropped,
    and only words that the text pipeline's name rule (fields.py) takes for a
    person's name are kept: an organisation in ``<meta name="author">`` is not one.

    >>> class D: author = '黄晓萍 苏建辉'
    >>> _authors(D())
    (('黄晓萍', '苏建辉'), 'trafilatura: author markup')
    >>> class F: author = '记者 孙立伟 通讯员 赵文博'
    >>> _authors(F())[0]
    ('孙立伟', '赵文博')
    >>> class G: author = '原州区融媒体中心'
    >>> _authors(G())
    ((), 'trafilatura author “原州区融媒体中心” dropped: not a name (fields.py)')
    >>> class E: author = '【责任编辑：韩雪'
    >>> _authors(E())
    ((), 'trafilatura author “【责任编辑：韩雪” dropped: an editor or source credit')
    """
    raw = (getattr(document, "author", None) or "").strip() if document is not None else ""
    if not raw:
        return (), ""
    if _NOT_WRITER_LABELS.search(raw):
        return (), f"trafilatura author “{raw}” dropped: an editor or source credit"
    words = [
        word
        for part in _NAME_SEPARATORS.split(_WRAPPING.sub("", raw))
        if (word := part.strip("：: ")) and not _WRITER_ROLES.match(word)
    ]
    names = tuple(word for word in words if is_person_name(word))
    if not names:
        return (), f"trafilatura author “{raw}” dropped: not a name (fields.py)"
    how = "trafilatura: author markup"
    if len(names) < len(words):
        how += f"; not names: {'、'.join(w for w in words if w not in names)}"
    return names, how


#: Below this share of trafilatura's main text found line for line in the page's text,
#: the two readings of the page disagree, and trafilatura's own blocks are used.
MIN_COVERAGE = 0.8
#: A page line this short counts as main text only when it is a whole block of it:
#: ``首页`` or ``|`` is inside many a story, as a substring.
SHORT_LINE = 8
#: Lines up to this long between the headline and the story are kept for the page model:
#: a subtitle (——记…) belongs to the headline, and only the page model can tell.
HEADER_LINE = 60


def _main_text_in_page_order(
    page_text: str, main_lines: list[str], title: str | None
) -> tuple[list[str], str]:
    r"""The page's lines that trafilatura calls main text, plus its headline and field lines.

    trafilatura is good at telling a story from menus, related lists and footers, and
    it treats the line under the headline (``发布时间：… 来源：…``) and the editor line
    (``责任编辑：…``) as boilerplate too; but those lines are where the date with its
    time, the source, the editors and the bylines are printed, and the text pipeline
    reads them. So a line of the whole page is kept when it is a block of the main
    text, the headline, a short line between the headline and the story (a subtitle),
    or a field, byline, credit or date line (fields.py, dating.py), in the page's own order: the page
    model then sees a page of the usual shape (headline, field line, body, editor
    line) without the furniture around it.

    >>> page = "首页 | 新闻中心\n翟镇议事厅\n发布时间：2024-04-18 10:36\n村里的事大家商量着办，议定结果张榜公示。\n责任编辑：刘洋\n相关新闻"
    >>> _main_text_in_page_order(page, ["村里的事大家商量着办，议定结果张榜公示。"], "翟镇议事厅")[0]
    ['翟镇议事厅', '发布时间：2024-04-18 10:36', '村里的事大家商量着办，议定结果张榜公示。', '责任编辑：刘洋']

    When trafilatura finds nothing, the page's whole text is returned, as before.

    >>> _main_text_in_page_order("宋家镇\n今年以来", [], None)
    (['宋家镇', '今年以来'], 'no main text found: the whole page text')
    """
    page_lines = _text_lines(page_text)
    if not main_lines:
        return page_lines, "no main text found: the whole page text"
    blocks = {squeeze(line) for line in main_lines}
    main = "".join(squeeze(line) for line in main_lines)
    headline = squeeze(title) if title else None
    kept: list[str] = []
    field_lines: list[tuple[bool, str]] = []  # (before the story starts?, line)
    covered = 0
    under_headline = False
    for line in page_lines:
        squeezed = squeeze(line)
        if squeezed == headline:
            kept.append(line)
            under_headline = covered == 0
        elif squeezed in blocks or (len(squeezed) >= SHORT_LINE and squeezed in main):
            kept.append(line)
            covered += len(squeezed)
            under_headline = False
        elif (
            parse_field_line(line) is not None
            or is_date_line(line)
            or is_byline_line(line)  # ◆文/记者 邓晓彤 通讯员 黄嘉俊, ◆清远日报社编发
            or credit_line(line)
        ):
            kept.append(line)
            field_lines.append((covered == 0, line))
        elif covered and IMAGE_LINE.fullmatch(squeezed):
            kept.append(line)  # where a picture stands in the story: its caption is under it
        elif under_headline and len(squeezed) <= HEADER_LINE:
            # between the headline and the story: a subtitle, a 字号 bar; the page
            # model tells them apart, as it does on a text page
            kept.append(line)
    if covered < MIN_COVERAGE * len(main):
        # trafilatura joined or split the page's blocks differently (tables, <br> runs):
        # its own blocks, with the field lines where they stood, above or below the story.
        kept = [line for above, line in field_lines if above]
        kept += main_lines + [line for above, line in field_lines if not above]
        how = f"{len(main_lines)} blocks of trafilatura's own ({covered / len(main):.0%} found in the page)"
    else:
        how = f"{len(kept) - len(field_lines)} headline and main-text lines"
    if title and not any(squeeze(line) == headline for line in kept):
        kept.insert(0, title)
    return kept, f"{how} and {len(field_lines)} field lines kept"


def _text_lines(text: str) -> list[str]:
    """trafilatura's text as blocks, one a line, blank and space-only lines dropped."""
    return [line.strip() for line in text.split("\n") if line.strip()]
