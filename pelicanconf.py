"""Pelican settings for development builds (`make html`, `make serve`).

Every page is written by the township_reports plugin or by Pelican's article
generator; Pelican's category/tag/author/archive pages are switched off because the
places, initiatives and years facets replace them.
"""

SITENAME = "乡镇党建报道档案"
SITESUBTITLE = "Township Party-building reports: an archive"
DEFAULT_LANG = "zh-CN"  # not zh_CN: that breaks the lang attribute
TIMEZONE = "Asia/Shanghai"

# Links are relative, so `output/` works from `make serve`, any folder of a static
# host and a local test server alike. Feeds, the sitemap and citations need an
# absolute address: FEED_DOMAIN (publishconf.py sets the real one).
SITEURL = ""
RELATIVE_URLS = True
FEED_DOMAIN = "http://localhost:8000"

# Who a publisher writes to for a report to be taken down (README: Rights). Set it to a
# real address before publishing.
TOWNSHIP_TAKEDOWN_CONTACT = "takedown@example.org"

PATH = "content"
ARTICLE_PATHS = ["reports"]
PAGE_PATHS = []
# content/raw/ is published byte for byte by the plugin (raw/<path>, see rawfiles.py):
# a type not on its inert allow-list gets a .txt suffix, so a browser never runs a scraped
# page from our origin. A report taken down while edited by hand is <id>.md.withdrawn.
STATIC_PATHS = []
IGNORE_FILES = [".#*", "*.new", "*.tmp", "*.withdrawn"]

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["township_reports"]
THEME = "theme"
THEME_STATIC_DIR = "theme"

# Autoescape: nothing from a source reaches a page unescaped. Report bodies are
# rendered by the plugin's reader (raw HTML off) and marked safe in the template.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}

# Every report is in one language: two files with one id are a copy, never a translation
# (the plugin publishes one and reports the other as an error).
ARTICLE_TRANSLATION_ID = None
ARTICLE_URL = "reports/{slug}.html"
ARTICLE_SAVE_AS = "reports/{slug}.html"
ARTICLE_LANG_URL = "reports/{slug}-{lang}.html"
ARTICLE_LANG_SAVE_AS = "reports/{slug}-{lang}.html"
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
PAGE_SAVE_AS = ""
PAGE_LANG_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_PAGE_LANG_SAVE_AS = ""

# The facets (places, initiatives, years) replace these.
DIRECT_TEMPLATES = []  # index.html is written by the plugin
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
USE_FOLDER_AS_CATEGORY = False
DEFAULT_CATEGORY = "报道"

# Feeds are written by the plugin (site/atom.py): all reports, recently added, per province,
# prefecture, county and initiative (none per town), each of its first FEED_MAX_ITEMS.
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
# 10, as WordPress and most feed publishers give: a reader polls a feed and sees what is
# new. An entry is ~1.7 KB (a category per place and initiative); 50 a feed made feeds/
# ~72 MB at 10,000 reports and 20 ~33 MB (issue 12). Every report stays listed on its
# place, initiative and year pages, newest first.
FEED_MAX_ITEMS = 10

DEFAULT_PAGINATION = False
SUMMARY_MAX_LENGTH = None
TYPOGRIFY = False
# A report's date is a publication date, often years old: never hide it as "future".
WITH_FUTURE_DATES = True
DELETE_OUTPUT_DIRECTORY = False

# Content cache: ~30% faster rebuilds (ARCHITECTURE.md).
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = ".cache/pelican"
# Pelican gzips its content cache at level 9 by default: at 10,000 reports that is ~2.4 s
# of CPU on every build for a cache of ~220 MB that never leaves this machine.
GZIP_CACHE = False
