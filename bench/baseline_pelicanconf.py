"""Plain Pelican: the baseline that bench/run.py compares the archive's build with.

Pelican's default theme (notmyidea), no plugin, default settings, run on the same
report bodies as the archive. Plain Pelican cannot read our YAML front matter, so
bench/run.py rewrites each ``content/reports/<id>.md`` with Pelican's native
``Key: value`` header instead (the body is byte for byte the same):

    Title:    title
    Date:     the stated date, else the estimate's earliest bound, else 1970-01-01
              (the same sort date the archive's reader gives Pelican)
    Slug:     id
    Category: province ("未定位" when unplaced)
    Tags:     initiatives
    Authors:  authors

These are the fields that have a Pelican equivalent, so the default theme builds
what a plain-Pelican version of the archive would have: a page per report, an
index, category (province), tag (initiative), author and archive pages, feeds.
The rest of the front matter (provenance, place codes, date estimates) has no
Pelican meaning and is left out; it is parsed in the archive's build, which is
part of what the comparison measures.

PATH, OUTPUT_PATH and CACHE_PATH are given on the command line by bench/run.py.
"""

SITENAME = "乡镇党建报道档案 (plain Pelican baseline)"
SITEURL = ""
RELATIVE_URLS = True  # as pelicanconf.py
DEFAULT_LANG = "zh-CN"
TIMEZONE = "Asia/Shanghai"

ARTICLE_PATHS = ["reports"]
PAGE_PATHS = []
STATIC_PATHS = []
IGNORE_FILES = [".#*", "*.new", "*.tmp"]

# No plugin: an empty list also stops Pelican from loading namespace plugins it finds installed.
PLUGINS = []

# The same content cache settings as pelicanconf.py, so cold and warm runs compare like with like.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CHECK_MODIFIED_METHOD = "mtime"

WITH_FUTURE_DATES = True
DELETE_OUTPUT_DIRECTORY = False
