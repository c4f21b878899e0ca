"""The site half: the Pelican plugin that turns content/reports/*.md into the archive.

Read in build order: ``reader`` (a report's Markdown → a Pelican article), ``archive``
and ``facets`` (the archive model: places, initiatives, years), ``generator`` (the
Pelican generator) writing ``pages`` (the page families), ``datafiles`` (downloads),
``feeds`` (feeds, sitemap) through ``cache`` (what a rebuild may skip), and ``search/``
(the search index). It never writes under content/: the reports are ingest's.
"""
