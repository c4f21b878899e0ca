"""The archive's own pages and data files, written by a Pelican generator.

Runs after Pelican has read the reports (``ArticlesGenerator``), builds the archive model
from plain report dicts (``archive.py``, ``facets.py``) and writes, under the output
folder (the page families in ``pages.py``, the data files and downloads in
``datafiles.py``, feeds and sitemap in ``feeds.py``, the caches in ``cache.py``):

=====================================  ==============================================
``index.html``                         home: counts, chart, newest, initiatives, provinces
``places/index.html``                  provinces (the tree a level at a time), unplaced
``places/<code>.html``                 one page per province/prefecture/county/town
``initiatives/index.html``             initiatives, most widespread first
``initiatives/<slug>.html``            aliases, year chart, provinces, concordance
``years/index.html``, ``years/<y>.html``  stated and estimated dates kept apart
``years/unknown.html``                 年代不详
``matrix.html``, ``matrix/<code>.html``  provinces; a province's towns × initiatives
``<list>/page-<n>.html``               the next pages of a long list (``paging.py``)
``data.html``                          what each data file and column means
``review.html``                        reports whose metadata ingest was unsure of
``catalog.csv|json``, ``initiatives.csv``, ``places.csv``
``raw/<path>``                         each raw file, byte for byte (see ``rawfiles.py``)
``feeds/all.atom.xml``, ``feeds/places/<code>.atom.xml``, ``feeds/initiatives/<slug>.atom.xml``
``sitemap.xml``, ``robots.txt``, ``404.html``
``map.html``, ``map/<code>.html``      where the reports come from (``map_pages.py``)
``reports/<id>.orig.html|.hant.html``  a report in 繁體 (``script_views.py``; not in the sitemap)
=====================================  ==============================================

Settings (defaults): ``TOWNSHIP_INITIATIVES_FILE`` (the plugin's
``data/initiatives.yaml``), ``TOWNSHIP_CITATION_DATE`` (access date printed in
citations; default: the build date), ``TOWNSHIP_NEWEST_COUNT = 10``,
``TOWNSHIP_SITE_URL`` (absolute base for feeds, sitemap and citations; default
``FEED_DOMAIN`` or ``SITEURL``).

Rebuilds: with ``CACHE_CONTENT``, every page, feed and citation file is declared as
data (``pages.Page``: URL, template, context) and keyed by a digest of its context and
template (``cache.page_key``); a rebuild renders only those whose key changed, so after
one report changed it rewrites that report's pages and the pages that list it. Files a
build no longer makes (a removed report's pages) are deleted by ``output_manifest``,
whose record lives in the output folder, not in the cache.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

import jinja2
from blinker import signal
from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator

from . import citations, facets, long_lived, script_views
from .archive import build_archive, content_keys, neighbours, plain_report, vocabulary_entries
from .cache import (
    FragmentCache,
    PageCache,
    TemplateFingerprints,
    digest,
    fingerprint,
    page_key,
)
from .copies import copies_of
from .datafiles import DataFiles, works_by_report
from .date_display import span_label
from .feeds import Feeds, get_writer
from .map_pages import map_pages
from .output_manifest import OutputManifest, theme_static_names
from .pages import (
    SCRIPT_LABELS,
    STEP_LABELS,
    facet_pages,
    feed_pages,
    report_pages,
    steps_in_brief,
)
from .script_views import captured_stamps, script_pages

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
CITATION_STYLES = {"gbt7714": citations.gbt7714, "bibtex": citations.bibtex}

#: Sent with every page declared (``pages=``), before the pages are keyed: a plugin may
#: add pages or change what a context holds here, and the keys follow (the page cache
#: test changes each field of each family's contexts through it).
pages_declared = signal("township_pages_declared")


def bcp47(tag: str) -> str:
    """Pelican lowercases DEFAULT_LANG; the ``lang`` attribute reads best in canonical case.

    >>> bcp47("zh-cn"), bcp47("zh-hans-cn"), bcp47("en")
    ('zh-CN', 'zh-Hans-CN', 'en')
    """
    parts = tag.replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    return "-".join(out)


def cite(style: str, report: dict, url: str, accessed: dt.date) -> str:
    """A report's citation in ``style`` (``gbt7714`` or ``bibtex``); the report page calls
    it with its context's values, so only the report pages being rendered pay for it."""
    return CITATION_STYLES[style](report, url, accessed)


class ArchiveGenerator(DataFiles, Feeds, Generator):
    """Writes the facet pages, data files, citations, feeds and sitemap."""

    def generate_context(self):
        s = self.settings
        self.site_url = (
            s.get("TOWNSHIP_SITE_URL") or s.get("FEED_DOMAIN") or s.get("SITEURL") or ""
        ).rstrip("/") or "http://localhost:8000"
        accessed = s.get("TOWNSHIP_CITATION_DATE") or dt.date.today()
        self.accessed = dt.date.fromisoformat(accessed) if isinstance(accessed, str) else accessed
        self.vocabulary = vocabulary_entries(
            Path(s.get("TOWNSHIP_INITIATIVES_FILE") or DATA_DIR / "initiatives.yaml")
        )
        self.articles = list(self.context.get("articles") or [])
        reports = [plain_report(a) for a in self.articles]
        self.archive = build_archive(reports, self.vocabulary, self.site_url)
        self.works_of = works_by_report(self.archive.groups)
        long_lived.keep()  # the archive lives until the end of the build
        self._attach_facts()
        self._link_raw_files(Path(self.path) / "raw")
        long_lived.keep()
        self._declare_pages()
        long_lived.keep()  # the pages declared, and (forked next) the search index's input
        self.output_manifest = OutputManifest(self.output_path)
        for name in theme_static_names(s, self.theme):
            self.output_manifest.add(name)  # copied by Pelican's StaticGenerator, after us
        self.context["township_output_manifest"] = self.output_manifest
        # Templates get what they show through their page's context: no global archive.
        self.context.pop("archive", None)
        self.context["HTML_LANG"] = bcp47(s.get("DEFAULT_LANG", "zh-CN"))
        self.context["SCRIPT_LABELS"] = SCRIPT_LABELS
        self.context["span_label"] = span_label
        self.context["STEP_LABELS"] = STEP_LABELS
        self.context["steps_in_brief"] = steps_in_brief
        self.context["cite"] = cite
        self.context["fragment"] = jinja2.pass_context(
            lambda context, *key, caller: self.fragment(context, *key, caller=caller)
        )

    def _attach_facts(self) -> None:
        """Give each article its report (as the archive holds it), place trail, the
        previous and next report of its town, and the URLs of its downloads."""
        by_id = {r["id"]: r for r in self.archive.reports}
        trails = {r["id"]: facets.place_trail(r) for r in self.archive.reports}
        pairs = neighbours(self.archive, trails)
        folders = {os.path.dirname(article.source_path) for article in self.articles}
        captured = captured_stamps(folders)
        for article in self.articles:
            article.captured = captured.get(str(script_views.captured_path(article)))
            report = by_id[article.report["id"]]
            article.facts = report
            article.trail = trails[report["id"]]
            article.previous_in_town, article.next_in_town = pairs[report["id"]]

    def fragment(self, context, *key, caller) -> Markup:
        """A part of a page kept between builds (see ``FragmentCache``): in a template,
        ``{% call fragment(kind, key) %}…{% endcall %}`` renders the body only if no build
        rendered it under this key (with this template and the page's ``SITEURL``) before.

        The key must name everything else the body shows; for a report, its key in
        ``report_keys``.
        """
        name = context["output_file"]
        template = self.template_prints.get(context.name or "", "")
        key = digest(context["SITEURL"], template, *key)
        return Markup(self.fragments.get(name, key, lambda: str(caller())))

    # -- the pages, declared, and their keys

    def _declare_pages(self):
        """Every page, feed and citation file as data (``pages.py``), and its cache key."""
        s = self.settings
        build = fingerprint(s)
        cache_dir = s.get("CACHE_PATH") if s.get("CACHE_CONTENT") else None
        load = bool(s.get("LOAD_CONTENT_CACHE"))
        self.page_cache = PageCache(cache_dir, self.output_path, build, load=load)
        self.fragments = FragmentCache(cache_dir, build, load=load)
        self.context["township_page_cache"] = self.page_cache
        # A report is made from its source file through the reader and settings (the
        # fingerprint covers both): its front matter, body HTML, URL and title.
        self.report_keys = {
            article.facts["id"]: digest(
                article.report, article._content, article.facts["page"], article.title
            )
            for article in self.articles
        }
        # A report is digested as its key, a work entry as its copies' keys.
        by_identity = content_keys(self.archive, self.report_keys)
        self.template_prints = TemplateFingerprints(self.env)
        archive, articles = self.archive, self.articles
        # Written while the pages are declared; data.html shows each file's size and
        # sha256, so the list its context holds is filled before any page is keyed.
        finish_downloads = self._start_downloads()
        downloads: list[dict] = []
        self.pages = facet_pages(
            archive,
            self.vocabulary,
            by_identity,
            s.get("TOWNSHIP_NEWEST_COUNT", 10),
            downloads,
        )
        self.feeds = feed_pages(archive, s.get("FEED_MAX_ITEMS"))
        by_id = {r["id"]: r for r in archive.reports}
        copies = copies_of(archive.groups, by_id, {e["id"]: e for e in archive.works})
        # The search index (built from the articles) shows each work once.
        primary = {copy: work.primary for work in archive.groups for copy in work.copies}
        for article in articles:
            article.work = primary.get(article.facts["id"], "")
        reading_view = s.get("TOWNSHIP_TRADITIONAL_VIEW", True)
        downloads_on = s.get("TOWNSHIP_DOWNLOADS", True)
        declared = report_pages(
            archive, articles, self.site_url, self.accessed, copies, reading_view, downloads_on
        )
        map_html, map_files = map_pages(archive)
        self.pages += map_html
        # Written like the facet pages, not in the sitemap: a report's other-script views
        # (the report page is the one to find) and the map's SVG files.
        self.unlisted = script_pages(articles, reading_view) + map_files
        declared += self.pages + self.unlisted + self.feeds
        downloads += finish_downloads()  # data.html's list, before any page is keyed
        pages_declared.send(self, pages=declared)
        keys = self.page_cache.keys
        shared: dict = {}  # a Derived on every page of its list is encoded once
        for page in declared:
            print_ = self.template_prints.get(page.template, page.template)
            keys[page.url] = page_key(print_, page.context, by_identity, shared)

    def _write_pages(self, writer) -> None:
        relative = self.settings.get("RELATIVE_URLS", False)
        for page in self.pages + self.unlisted:
            if page.absolute_urls:
                urls = {"relative_urls": False}
            else:
                urls = {"relative_urls": relative, "url": page.url, "page_name": page.url}
            template = self.get_template(page.template)
            writer.write_file(page.url, template, self.context, **urls, **page.context)
            # Written (or current): what it showed is not needed again, and an initiative
            # page's concordance is the largest thing a build would hold.
            page.context.clear()

    def generate_output(self, writer):
        # GitHub Pages runs Jekyll on a site without this file, and Jekyll would render the
        # published report sources (reports/<id>.md) as pages: serve every file as it is.
        self._file(".nojekyll", "")
        self._write_pages(writer)
        self._write_data()
        self._write_report_files()
        self._write_feeds()
        self._write_sitemap()
        cache = self.page_cache
        for name in cache.keys:  # the files still current were not written again
            self.output_manifest.add(name)
        stale = self.output_manifest.finish()
        if stale:
            log.info("township_reports: removed %d files no report makes any more", len(stale))
        cache.save()
        self.fragments.save(live=set(cache.keys))
        if cache.skipped:
            log.info("township_reports: %d pages and files unchanged, not rewritten", cache.skipped)


def keep_compiled_templates(generator) -> None:
    """Keep every generator's compiled templates in the content cache (Jinja's bytecode
    cache, keyed by each template's source), so a rebuild does not compile the theme's
    templates again: ~0.3 s of a one-report rebuild. Off with the content cache."""
    settings = generator.settings
    if settings.get("CACHE_CONTENT") and settings.get("CACHE_PATH"):
        folder = Path(settings["CACHE_PATH"]) / "jinja"
        folder.mkdir(parents=True, exist_ok=True)
        generator.env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))


def get_generators(pelican):
    signals.get_writer.connect(get_writer)
    return ArchiveGenerator
