"""A report in the other script: its 繁體 reading view and, for a traditional source, its
text as captured. Each is its own small page beside the report's.

Two different things, and each page says which it is:

- ``reports/<id>.hant.html`` (every report): the simplified text converted with OpenCC
  ``s2t`` at build time, for readers in Hong Kong and Taiwan. A reading aid, not
  evidence: s2t guesses where simplification merged characters (干 is 乾, 幹 or 干).
- ``reports/<id>.orig.html`` (a source captured in traditional script): the cleaned text
  in the characters the source had (``content/reports/<id>.orig.txt``, written by
  ingest's ``as_captured.py``): what a scholar quotes.

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


def views_of(article, reading_view: bool = True) -> list[tuple[str, str, str]]:
    """The views a report offers, (key, label, URL), for the link row on each of them
    (``reading_view``: the setting ``TOWNSHIP_TRADITIONAL_VIEW``)."""
    keys = ["hans"] + (["hant"] if reading_view else [])
    keys += ["orig"] if has_captured(article) else []
    report_id = article.report["id"]
    return [(key, VIEWS[key]["label"], view_url(report_id, key)) for key in keys]


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
    """Each report's 繁體 reading view (unless ``reading_view`` is off: the setting
    ``TOWNSHIP_TRADITIONAL_VIEW``, a page per report), and its text as captured when it has
    one (``pages.Page``s, written like the facet pages but left out of the sitemap).

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
        if reading_view:
            text = Derived(traditional_view, article.title, article._content or "")
            pages.append(_view_page(report["id"], "hant", common, text))
        if views[-1][0] == "orig":
            text = Derived(captured_view_of, str(captured_path(article)), article.captured)
            pages.append(_view_page(report["id"], "orig", common, text))
    return pages


def _view_page(report_id: str, view: str, common: dict, text):
    return families.Page(
        view_url(report_id, view),
        "report_script",
        {**common, "view": {"key": view, **VIEWS[view]}, "text": text},
    )
