"""Feeds and the sitemap: the Atom feeds ``pages.feed_pages`` declares (made by
``atom.py``), ``sitemap.xml`` and ``robots.txt``.

``CachingWriter`` is the Pelican writer of the whole build: it skips the pages the
``PageCache`` knows are current and records every file in the ``OutputManifest``.
``Feeds`` is a part of ``generator.ArchiveGenerator`` (it uses its ``feeds``, ``pages``,
``articles``, ``page_cache`` and ``site_url``).
"""

from __future__ import annotations

from markupsafe import escape
from pelican.writers import Writer

from ..ingest.characters import xml_safe
from . import atom


class CachingWriter(Writer):
    """Pelican's writer, skipping pages the ``PageCache`` in the context knows are current,
    and recording every file in the ``OutputManifest`` before it is written."""

    def write_file(self, name, template, context, *args, **kwargs):
        cache = context.get("township_page_cache")
        _record(context, name)
        if cache is not None and name and cache.fresh(name):
            return
        result = super().write_file(name, template, context, *args, **kwargs)
        if cache is not None and name:
            cache.written(name)
        return result


def _record(context, name) -> None:
    manifest = context.get("township_output_manifest")
    if manifest is not None and name:
        manifest.add(name)


def get_writer(pelican):
    return CachingWriter


class Feeds:
    """The feeds and the sitemap of ``ArchiveGenerator``."""

    def _write_feeds(self):
        """Each feed of ``pages.feed_pages`` not current in the page cache; a report's entry
        is made once, whatever the number of feeds it is in."""
        cache, site = self.page_cache, self.site_url
        sitename, lang = self.settings.get("SITENAME", ""), self.context["HTML_LANG"]
        entries: dict[str, tuple[str, str] | None] = {}

        def entry_of(report):
            if report["id"] not in entries:
                updated = atom.updated(report)
                entries[report["id"]] = updated and (updated, atom.entry(report, site))
            return entries[report["id"]]

        for feed in self.feeds:
            if cache.fresh(feed.url):
                continue
            items = [e for e in map(entry_of, feed.context["reports"]) if e]
            title = f"{sitename} - {feed.context['title']}" if sitename else feed.context["title"]
            self._file(feed.url, atom.feed(title, feed.url, site, items, lang))
            cache.written(feed.url)

    def _write_sitemap(self):
        """Every page, in the order of its URL: two builds of the same archive write the
        same bytes (the articles' order is not fixed for reports of the same date)."""
        pages = ["index.html"] + [a.facts["page"] for a in self.articles]
        pages += [p.url for p in self.pages if not p.absolute_urls]
        # xml_safe: a page's name can come from a hand-edited id or a place code.
        locs = sorted({xml_safe(f"{self.site_url}/{p.removesuffix('index.html')}") for p in pages})
        urls = "".join(f"<url><loc>{escape(loc)}</loc></url>\n" for loc in locs)
        self._file(
            "sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{urls}</urlset>\n",
        )
        self._file("robots.txt", f"User-agent: *\nAllow: /\nSitemap: {self.site_url}/sitemap.xml\n")
