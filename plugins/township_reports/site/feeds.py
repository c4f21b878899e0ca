"""Feeds and the sitemap: Atom feeds of all reports, of each place and of each initiative;
``sitemap.xml`` and ``robots.txt``.

``CachingWriter`` is the Pelican writer of the whole build: it skips the pages and feeds
the ``PageCache`` knows are current and records every file in the ``OutputManifest``.
``Feeds`` is a part of ``generator.ArchiveGenerator`` (it uses its ``feeds``, ``pages``,
``articles`` and ``site_url``).
"""

from __future__ import annotations

from markupsafe import escape
from pelican.writers import Writer

from ..ingest.characters import xml_safe


class CachingWriter(Writer):
    """Pelican's writer, skipping pages and feeds the ``PageCache`` in the context knows are
    current, and recording every file in the ``OutputManifest`` before it is written.

    Its feeds carry titles as text and only characters XML 1.0 allows (see ``_guarded``).
    """

    def write_file(self, name, template, context, *args, **kwargs):
        cache = context.get("township_page_cache")
        _record(context, name)
        if cache is not None and name and cache.fresh(name):
            return
        result = super().write_file(name, template, context, *args, **kwargs)
        if cache is not None and name:
            cache.written(name)
        return result

    def write_feed(self, elements, context, path=None, *args, **kwargs):
        cache = context.get("township_page_cache")
        _record(context, path)
        if cache is not None and path and cache.fresh(path):
            return None
        result = super().write_feed(elements, context, path, *args, **kwargs)
        if cache is not None and path:
            cache.written(path)
        return result

    def _create_new_feed(self, feed_type, feed_title, context):
        feed = super()._create_new_feed(feed_type, feed_title, context)
        title = f"{context['SITENAME']} - {feed_title}" if feed_title else context["SITENAME"]
        feed.feed = _guarded(dict(feed.feed, title=title))
        return feed

    def _add_item_to_the_feed(self, feed, item):
        super()._add_item_to_the_feed(feed, item)
        # Pelican strips tags from the title (``Markup.striptags``): 学习<党章>心得 would
        # lose 党章. Our titles are plain text, and the feed writer escapes them.
        feed.items[-1] = _guarded(dict(feed.items[-1], title=item.title))


def _guarded(values: dict) -> dict:
    """A feed's or an entry's fields without characters XML 1.0 forbids (characters.py).

    Hand-edited Markdown and catalog values never pass through ingest, and one U+0001 in
    a title makes the feed writer raise (U+FFFF makes it write a feed no reader parses).

    >>> _guarded({"title": "兴隆镇\x01党建报道", "categories": ["报道\uffff"], "ttl": None})
    {'title': '兴隆镇党建报道', 'categories': ['报道'], 'ttl': None}
    """

    def safe(value):
        if isinstance(value, str):
            return xml_safe(value)
        if isinstance(value, list | tuple):
            return type(value)(safe(v) for v in value)
        return value

    return {key: safe(value) for key, value in values.items()}


def _record(context, name) -> None:
    manifest = context.get("township_output_manifest")
    if manifest is not None and name:
        manifest.add(name)


def get_writer(pelican):
    return CachingWriter


class Feeds:
    """The feeds and the sitemap of ``ArchiveGenerator``."""

    def _write_feeds(self, writer):
        """Each feed of ``pages.feed_pages``: its title and its reports, as Pelican writes them."""
        context = dict(self.context, SITEURL=self.site_url, FEED_DOMAIN=self.site_url)
        by_id = {a.report["id"]: a for a in self.articles}
        for feed in self.feeds:
            articles = [by_id[r["id"]] for r in feed.context["reports"]]
            # Pelican titles a feed "SITENAME - feed_title".
            writer.write_feed(articles, context, feed.url, feed_title=feed.context["title"])

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
