"""The site half: the Pelican plugin that turns content/reports/*.md into the archive.

It never writes under content/: the reports are ingest's.
"""
