"""The catalogue: what search.js needs to list, sort, count and download results
without fetching any report's text.

An empty query lists every report (the catalogue view); any result list is sorted by
date, place or hits, its filter counts are those of the current results (faceted
counts), copies of one work are shown once, and "download these results" writes a CSV
of all of them. All of that needs a few facts about *every* result, so they live in
two kinds of small files, by report number (``t/<n>.json``'s number):

* ``cols/<k>.bin`` (``COLUMN_REPORTS`` reports each, a gram shard as ``pack_shard``
  writes it): per report its place as a number (``place_number``: sorting by it is
  sorting by division code, the order of the place pages), its initiatives and years as
  indexes into ``facets/top.json``'s lists, the number of its work's primary copy and,
  for a primary, its other copies' numbers.
  About 30 bytes a report at 300 generated reports (one file, 9 kB), 45 at 2,000 (four).
* ``rows/<k>.json`` (``ROW_REPORTS`` reports each): the catalogue line of each report,
  ``ROW_FIELDS`` (the columns of ``catalog.csv`` the index knows, but the initiatives,
  which ``cols/`` has), for the rows on screen and for the CSV download; fetched only
  for those. Small files (~5 kB): a page of the catalogue sorted by date needs one or
  two, sorted by place up to one per row (their numbers follow the dates).

The date order is ``rank.bin`` (already there for the ranking's tie-break).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .index_format import compact_json, pack_shard
from .records import SearchRecord, facet_values

#: Reports per ``cols/<k>.bin``: 20–45 bytes each (mostly the initiatives: the bench
#: corpus names 13 a report), so a file stays under ~26 kB.
COLUMN_REPORTS = 512
#: Reports per ``rows/<k>.json``: ~250 bytes each.
ROW_REPORTS = 20

#: A catalogue line: ``catalog.csv``'s columns that the index knows, under their names
#: there (``page_url`` relative to the site: the browser makes it absolute), but the
#: initiatives (in ``cols/``).
ROW_FIELDS = (
    "id",
    "title",
    "title_devised",
    "township",
    "county",
    "prefecture",
    "province",
    "division_code",
    "date",
    "date_precision",
    "date_estimate_earliest",
    "date_estimate_latest",
    "date_label",
    "page_url",
)
#: The downloaded CSV: a catalogue line with its initiatives, then the work it belongs
#: to (``copies``: how many copies of the report the archive holds; ``other_copies``:
#: their ids).
CSV_FIELDS = ROW_FIELDS[:-1] + ("initiatives", "page_url", "copies", "other_copies")


def place_number(code: str | None) -> int:
    """A division code as a number whose order is the code's: a county-level code is
    padded as if it were the county's first town, an unknown place is 0 (listed last).

    >>> place_number('610926104'), place_number('610926'), place_number(None)
    (610926104, 610926000, 0)
    >>> sorted(['610926104', '610926', '410922100'], key=place_number)
    ['410922100', '610926', '610926104']
    """
    if not code or not code.isdigit() or len(code) not in (6, 9):
        return 0
    return int(code.ljust(9, "0"))


def catalogue_row(record: SearchRecord) -> list:
    """A report's catalogue line, ``ROW_FIELDS`` in order.

    >>> r = SearchRecord('622ba3f881c0', '聚力起势 群“星”争辉', '', 'reports/622ba3f881c0.html',
    ...     province='河南省', prefecture='濮阳市', county='清丰县', township='城关镇',
    ...     division_code='410922100', date='2023-08-07T09:25:34', date_precision='second',
    ...     initiatives=['五星', '三会一课'])
    >>> catalogue_row(r)[:4], catalogue_row(r)[8:]
    (['622ba3f881c0', '聚力起势 群“星”争辉', False, '城关镇'], ['2023-08-07T09:25:34', 'second', None, None, '2023年8月7日 09:25:34', 'reports/622ba3f881c0.html'])
    """
    estimate = record.date_estimate or {}
    return [
        record.id,
        record.title,
        bool(record.title_devised),
        record.township,
        record.county,
        record.prefecture,
        record.province,
        record.division_code,
        record.date,
        record.date_precision,
        estimate.get("earliest"),
        estimate.get("latest"),
        record.date_label,
        record.url,
    ]


def catalogue_columns(
    numbered: Sequence[tuple[int, SearchRecord]], slots: int, top: Mapping[str, list]
) -> dict[str, list[int]]:
    """Every report number's place, initiatives, years and work, as ``cols/`` holds them
    (a number no report holds: place 0, nothing, its own work).

    ``io``/``iv`` are the initiatives as offsets and values (the indexes of
    ``top['initiative']``: report n has ``iv[io[n]:io[n+1]]``), ``yo``/``yv`` the years,
    ``co``/``cv`` a primary copy's other copies (so a query whose results are a few
    reports loads only the files that hold them and their primaries).

    >>> a = SearchRecord('a', '', '', '', division_code='610926104', initiatives=['三联'],
    ...                  date='2023-01-02')
    >>> b = SearchRecord('b', '', '', '', initiatives=['五星', '三联'], work='a')
    >>> top = {'initiative': [['三联', '三联', 2], ['五星', '五星', 1]],
    ...        'year': [['2023', '2023年', 1], ['不详', '年代不详', 1]]}
    >>> catalogue_columns([(0, a), (2, b)], 3, top)  # doctest: +NORMALIZE_WHITESPACE
    {'place': [610926104, 0, 0], 'io': [0, 1, 1, 3], 'iv': [0, 1, 0], 'yo': [0, 1, 1, 2],
     'yv': [0, 1], 'work': [0, 1, 0], 'co': [0, 1, 1, 1], 'cv': [2]}
    """
    ids = {kind: {o[0]: i for i, o in enumerate(top[kind])} for kind in ("initiative", "year")}
    number_of = {record.id: n for n, record in numbered}
    place, work = [0] * slots, list(range(slots))
    initiatives: list[list[int]] = [[] for _ in range(slots)]
    years: list[list[int]] = [[] for _ in range(slots)]
    for n, record in numbered:
        place[n] = place_number(record.division_code)
        work[n] = number_of.get(record.work, n)
        values = facet_values(record)
        initiatives[n] = [ids["initiative"][key] for key, _, _ in values["initiative"]]
        years[n] = [ids["year"][key] for key, _, _ in values["year"]]
    copies: list[list[int]] = [[] for _ in range(slots)]
    for n, _ in numbered:
        if work[n] != n:
            copies[work[n]].append(n)
    io, iv = _offsets(initiatives)
    yo, yv = _offsets(years)
    co, cv = _offsets(copies)
    return {
        "place": place,
        "io": io,
        "iv": iv,
        "yo": yo,
        "yv": yv,
        "work": work,
        "co": co,
        "cv": cv,
    }


def _offsets(lists: list[list[int]]) -> tuple[list[int], list[int]]:
    """Lists as (offsets, values): list i is ``values[offsets[i]:offsets[i + 1]]``.

    >>> _offsets([[4], [], [1, 2]])
    ([0, 1, 1, 3], [4, 1, 2])
    """
    offsets, values = [0], []
    for items in lists:
        values += items
        offsets.append(len(values))
    return offsets, values


def column_files(columns: Mapping[str, list[int]], per_file: int = COLUMN_REPORTS) -> dict:
    """``cols/<k>.bin`` by name: report numbers ``k * per_file`` on, their offsets
    starting from 0 in each file.

    >>> from .index_format import unpack_shard
    >>> cols = {'place': [1, 2, 3], 'io': [0, 1, 1, 3], 'iv': [5, 6, 7],
    ...         'yo': [0, 1, 2, 3], 'yv': [0, 0, 1], 'work': [0, 1, 1],
    ...         'co': [0, 0, 1, 1], 'cv': [2]}
    >>> files = column_files(cols, per_file=2)
    >>> unpack_shard(files['cols/1.bin'])  # doctest: +NORMALIZE_WHITESPACE
    {'place': [[3]], 'io': [[0, 2]], 'iv': [[6, 7]], 'yo': [[0, 1]], 'yv': [[1]],
     'work': [[1]], 'co': [[0, 0]], 'cv': [[]]}
    """
    slots = len(columns["place"])
    out = {}
    for k, start in enumerate(range(0, max(slots, 1), per_file)):
        end = min(start + per_file, slots)
        shard = {name: (columns[name][start:end], False) for name in ("place", "work")}
        for off, val in (("io", "iv"), ("yo", "yv"), ("co", "cv")):
            first, last = columns[off][start], columns[off][end]
            shard[off] = ([o - first for o in columns[off][start : end + 1]], False)
            shard[val] = (columns[val][first:last], False)
        out[f"cols/{k}.bin"] = pack_shard({name: [shard[name]] for name in columns})
    return out


def row_files(
    numbered: Sequence[tuple[int, SearchRecord]], slots: int, per_file: int = ROW_REPORTS
) -> dict[str, str]:
    """``rows/<k>.json`` by name: the catalogue lines of report numbers ``k * per_file``
    on (null where no report has the number).

    >>> a = SearchRecord('a', '兴隆镇：三联促发展', '', 'reports/a.html')
    >>> files = row_files([(1, a)], 3, per_file=2)
    >>> sorted(files), files['rows/0.json'][:33]
    (['rows/0.json', 'rows/1.json'], '[null,["a","兴隆镇：三联促发展",false,null')
    """
    rows: list[list | None] = [None] * slots
    for n, record in numbered:
        rows[n] = catalogue_row(record)
    return {
        f"rows/{k}.json": compact_json(rows[start : start + per_file])
        for k, start in enumerate(range(0, max(slots, 1), per_file))
    }
