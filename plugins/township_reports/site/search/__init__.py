"""Search index: grep semantics for a static site, in either script.

Job: at build time, turn every report's title and body (the text a reader sees, not the
Markdown escapes) into a set of small static files under ``output/search/`` that let
``theme/static/js/search.js`` answer, in the browser, *exactly* the question
``grep -F`` would: which reports contain this string?  Traditional and simplified
queries fold to one form; full-width and half-width forms fold to one form; spaces in
a query mean AND.

Why not Pagefind: measured on a 2,714-page Chinese site, Pagefind 1.5.2 found 党建 on
717 of the 2,714 pages that contain it, found nothing for 一课 (inside 三会一课) and did
not fold 黨建 to 党建.  A word index can only find words its segmenter produced; a
character n-gram index finds every substring.

The design (every name below is relative to ``output/search/``; gram shards are small
binary files, see ``pack_shard``; everything else is JSON).  Every file but
``meta.json`` is stored gzip-compressed under its name plus ``.gz`` (``g/3.bin.gz``,
``t/12.json.gz``: ``index_format.stored_name``) and search.js inflates it with the
browser's ``DecompressionStream``: a host that stores files as they are (GitHub Pages
counts bytes on disk) carries 44 % of the bytes (1,000 generated reports: 19.6 MB →
8.6 MB, the same 2,070 files), and a query fetches less from any host.

* ``meta.json`` the manifest (counts, shard counts, a version for cache busting).
* ``fold/<k>.json`` the traditional→simplified character map, generated from the
  official OpenCC binding by converting every CJK code point on its own, plus the few
  OpenCC phrases whose simplified form is not the character-by-character one
  (回覆 → 回复); split by code point, so a query loads the part for its characters.
* ``g/<k>.bin`` *gram → documents*: every character and every character bigram, with
  its number of occurrences in the report and in its title.  A 1- or 2-character
  query is answered exactly from here (a 2-character string occurs in a text exactly
  where its bigram does), with the counts needed for ranking, without any text.
* ``p/<k>.bin`` *bigram → documents → positions* (each report's first position, then
  the gaps: ``position_gaps``).  A longer query is answered from
  the positions of the bigrams that cover it (offsets 0, 2, 4, …, n-2): the text holds
  the query at p exactly when each covering bigram sits at p + its offset, so this is a
  verification, not a guess.  Positions are counted from the start of the body; the
  title sits at negative positions, so "hit in the title" is ``p < 0``.
* ``t/<n>.json`` one small file per report (title, body, place, date, URL) fetched only
  for the results on screen, to cut excerpts.
* ``rank.bin`` every report number's place in date order, the ranking's tie-break.
* ``facets/top.json`` and ``facets/<kind>/<k>.json`` the filters: each value's
  report numbers, its children (province → prefectures → counties → towns) and its parent.
* ``cols/<k>.bin`` and ``rows/<k>.json`` the catalogue (``catalogue``): every report's
  place, initiatives, years and work, and its catalogue line, so that an empty query
  lists every report, results sort by date or place, filter counts follow the results,
  copies of one work show once and the results download as CSV, without any text.

Gram files are sharded by an FNV-1a hash of the gram, sized so that a shard is around
``SEARCH_SHARD_BYTES`` before compression; a query fetches one shard per distinct gram
it needs.

Why one text file per report, not several a file: a page of 20 results fetches 20
texts (~3 kB each compressed); texts sharded 8 a file compress 2.5× better on the
generated corpus, but only because it recombines the paragraphs of five seeds (real
reports share far less), and a page of results would fetch up to 20 files of 8 texts.
At 10,000 reports ``t/`` is 10,000 of the 80,000 files the site may have.

Report numbers are stable: a full build numbers the reports newest first; an *update*
(a few reports added, changed or removed since the last build) keeps every other
report's number, gives new reports the numbers removed ones left, and rewrites only the
shards of the grams whose postings changed.  An editor's note appended to one report
of 10,000 rewrites a few dozen files instead of 17,000.  Because numbers no longer follow
the dates after an update, the date order is a file of its own (``rank.bin``).

The folding used for the text (``fold_text``) maps one UTF-16 code unit to one, so a
position in the folded text is a position in the text on screen (excerpts highlight the
right characters).  The query folding (``fold_query``) may also rewrite phrases.  Both
are implemented twice, here and in search.js, from the same tables; the browser
tests check that they agree.

The package never changes a report; it only reads articles and writes under
``output/search/``.  Settings (with defaults): ``SEARCH_SHARD_BYTES = 32768``,
``SEARCH_PAGE_SIZE = 20`` (results rendered per page), ``SEARCH_SAVE_AS = 'search.html'``,
``SEARCH_BACKGROUND = True`` (build in a forked process while Pelican writes pages),
``SEARCH_ENABLED = True`` (False: no index, e.g. for a quick preview).

Modules, in the order a build uses them: ``fold`` (the folding tables), ``records`` (a
report as the index sees it: text, front matter, filter values), ``index_format``
(grams, shards and every file search.js reads), ``catalogue`` (``cols/``, ``rows/``), ``build`` (full build, update in place,
state file), ``pelican_glue`` (the Pelican signals, the forked build); ``query`` is the
same search in Python, used by the tests and the bench, never by the site.
"""
