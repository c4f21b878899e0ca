"""Pelican settings for publishing (`make publish`): absolute URLs for feeds and citations.

Set SITEURL in the environment to the address the site is served from, e.g.
`SITEURL=https://example.org/township-reports make publish`.
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "https://township-reports.example.org").rstrip("/")
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False
# Not wiped: the plugin removes what earlier builds wrote and this one does not (its
# record is output/.township-output.json), and keeps files of your own (a CNAME).
DELETE_OUTPUT_DIRECTORY = False
LOAD_CONTENT_CACHE = False
