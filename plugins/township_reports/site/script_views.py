"""A report in the other script: its text as captured and its 繁體 reading view, each its
own small page beside the report's. Every report has one 繁體 view:

- ``reports/<id>.orig.html`` (a source not captured in simplified script): the cleaned text
  in the characters the source had (``content/reports/<id>.orig.txt``, written by
  ingest's ``as_captured.py``): what a scholar quotes. For a source in traditional
  script it *is* the report's 繁體 view (the link reads 繁體（原文字形）).
- ``reports/<id>.hant.html`` (a simplified or mixed source): the simplified text
  converted with OpenCC ``s2t`` at build time, for readers in Hong Kong and Taiwan. A
  reading aid, not evidence: s2t guesses where simplification merged characters (干 is
  乾, 幹 or 干). A traditional source gets none: beside its faithful traditional text a
  reconverted one is redundant, and it was ~5 KB a report (issue 12's byte bound).

Pages of their own, linked by a plain link: the report page stays within its size bound
and works without JavaScript. Neither is in the sitemap nor the search index (the
report page is the one to find; the index already folds both scripts into one).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from markupsafe import Markup

from ..ingest.as_captured import SUFFIX, companion_name
from ..ingest.structure import unescape_markdown_text
from . import pages as families  # Page and Derived (pages.py links to the views in turn)
from .reader import body_html

#: What each view is, as its page says it (the view's key is the page's suffix).
VIEWS = {
    "hans": {"label": "简体", "lang": "zh-Hans", "note": ""},
    "hant": {
        "label": "繁體",
        "lang": "zh-Hant",
        "note": "繁體閱讀版：由简体整理稿经 OpenCC（s2t）自动转换，供港澳台读者阅读；"
        "简繁并非一一对应（如“干”可对应乾、幹、干），引用请据原文字形或原始文件。",
    },
    "orig": {
        "label": "原文字形",
        # the link's label where the text as captured is the report's 繁體 view
        "label_as_hant": "繁體（原文字形）",
        "lang": "zh-Hant",
        "note": "原文字形：按采集时的繁体字保留（未经简繁转换），"
        "已去除拼音注音、网页杂项与署名行，标点已恢复为全角。",
    },
}


@functools.cache
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    """Simplified → traditional with OpenCC s2t, for reading (never for quoting).

    OpenCC changes Chinese characters only, never ``<``, ``&`` or a tag: converting a
    rendered body keeps it exactly as safe as it was.

    >>> to_traditional('<p>兴隆镇党委落实“三会一课”&lt;制度&gt;</p>')
    '<p>興隆鎮黨委落實“三會一課”&lt;制度&gt;</p>'
    """
    return _s2t().convert(text)


def view_url(report_id: str, view: str) -> str:
    """The URL of a report in one of its views.

    >>> view_url('e0089f6acc92', 'hans'), view_url('e0089f6acc92', 'orig')
    ('reports/e0089f6acc92.html', 'reports/e0089f6acc92.orig.html')
    """
    return f"reports/{report_id}.html" if view == "hans" else f"reports/{report_id}.{view}.html"


def captured_path(article) -> Path:
    """Where ingest put a report's text as captured (beside its Markdown)."""
    return Path(article.source_path).with_name(companion_name(article.report["id"]))


def captured_stamps(folders) -> dict[str, tuple[int, int]]:
    """Every text as captured in ``folders`` (the reports' folders), path → (mtime in ns,
    size): one listing a folder, not a look at the disk for each report, and what a
    view page's key covers, so the text is read only when its page is written."""
    stamps = {}
    for folder in folders:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(SUFFIX) and entry.is_file():
                    stat = entry.stat()
                    stamps[entry.path] = (stat.st_mtime_ns, stat.st_size)
    return stamps


def has_captured(article) -> bool:
    """True when the report's source was not simplified and ingest kept its text as
    captured (``article.captured``: its stamp, set by the generator from one listing)."""
    return article.report.get("script") not in (None, "simplified") and bool(
        getattr(article, "captured", None)
    )


def view_keys(script: str | None, captured: bool, reading_view: bool = True) -> list[str]:
    """Which views a report offers, from its source's script, whether its text as captured
    exists, and ``reading_view`` (the setting ``TOWNSHIP_TRADITIONAL_VIEW``).

    A traditional source's text as captured is its 繁體 view, so it gets no s2t page; a
    mixed source's is partly simplified, so it keeps the s2t page beside it.

    >>> view_keys("simplified", False), view_keys("mixed", True), view_keys("traditional", True)
    (['hans', 'hant'], ['hans', 'hant', 'orig'], ['hans', 'orig'])

    A traditional source ingested before texts as captured were kept still has a 繁體
    view; with the setting off only the texts as captured are written:

    >>> view_keys("traditional", False), view_keys("simplified", False, False)
    (['hans', 'hant'], ['hans'])
    >>> view_keys("traditional", True, False), view_keys("mixed", True, False)
    (['hans', 'orig'], ['hans', 'orig'])
    """
    whole = captured and script == "traditional"
    return ["hans"] + ["hant"] * (reading_view and not whole) + ["orig"] * captured


def views_of(article, reading_view: bool = True) -> list[tuple[str, str, str]]:
    """The views a report offers, (key, label, URL), for the link row on each of them
    (``reading_view``: the setting ``TOWNSHIP_TRADITIONAL_VIEW``)."""
    script = article.report.get("script")
    keys = view_keys(script, has_captured(article), reading_view)
    report_id = article.report["id"]
    return [(key, view_label(key, script), view_url(report_id, key)) for key in keys]


def view_label(key: str, script: str | None) -> str:
    """A view's label in the link row: the text as captured of a traditional source is
    the report's 繁體 view, and says so.

    >>> view_label("orig", "traditional"), view_label("orig", "mixed"), view_label("hant", "simplified")
    ('繁體（原文字形）', '原文字形', '繁體')
    """
    view = VIEWS[key]
    return view["label_as_hant"] if key == "orig" and script == "traditional" else view["label"]


def traditional_view(title: str, body: str) -> dict:
    """The 繁體 reading view of a report: its title and rendered body, converted.

    >>> traditional_view('神河镇“升级晋档”', '<p>抓经济检验党建工作成效</p>')
    {'title': '神河鎮“升級晉檔”', 'body': Markup('<p>抓經濟檢驗黨建工作成效</p>')}
    """
    return {"title": to_traditional(title), "body": Markup(to_traditional(body))}


def captured_view_of(path: str, stamp: tuple[int, int]) -> dict:
    """``captured_view`` of the file at ``path`` (``stamp``: its mtime and size, so a
    page's key changes when the file does)."""
    return captured_view(Path(path).read_text(encoding="utf-8"))


def captured_view(text: str) -> dict:
    """The page's title and body from a text as captured (``# `` headline, then Markdown
    written like a report's body: every character escaped).

    >>> captured_view('# 神河鎮“升級晉檔”\\n\\n## 抓經濟\\n\\n鎮黨委&lt;制定&gt;。\\n')
    {'title': '神河鎮“升級晉檔”', 'body': Markup('<h2>抓經濟</h2>\\n<p>鎮黨委&lt;制定&gt;。</p>')}
    """
    head, _, body = text.partition("\n\n")
    title = unescape_markdown_text(head.removeprefix("# "))
    return {"title": title, "body": Markup(body_html(body))}


def script_pages(articles, reading_view: bool = True) -> list:
    """Each report's other-script pages, as ``view_keys`` says: its text as captured when
    it has one, and the s2t 繁體 reading view unless that text is already traditional or
    ``reading_view`` is off (``pages.Page``s, written like the facet pages but left out of
    the sitemap).

    The page's text is made when it is rendered (``Derived``): a build with nothing
    changed converts nothing. Its key covers what it is made from: the report's title and
    body, or the text as captured.
    """
    Derived = families.Derived
    pages = []
    for article in articles:
        report = article.facts
        views = views_of(article, reading_view)
        common = {
            "report": {
                "id": report["id"],
                "page": report["page"],
                "title_devised": report.get("title_devised", False),
                "town_label": report.get("town_label"),
                "date_label": report.get("date_label"),
            },
            "views": views,
        }
        keys = [key for key, _, _ in views]
        if "hant" in keys:
            text = Derived(traditional_view, article.title, article._content or "")
            pages.append(_view_page(report["id"], "hant", common, text))
        if "orig" in keys:
            text = Derived(captured_view_of, str(captured_path(article)), article.captured)
            pages.append(_view_page(report["id"], "orig", common, text))
    return pages


def _view_page(report_id: str, view: str, common: dict, text):
    return families.Page(
        view_url(report_id, view),
        "report_script",
        {**common, "view": {"key": view, **VIEWS[view]}, "text": text},
    )
