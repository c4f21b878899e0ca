"""Towns merged away since 2015 (撤并): a report written before names a town today's
gazetteer lacks, and its county is still certain.

Sichuan's 2019–20 reform alone merged about a third of its towns: a 2016 report about 牧马镇
(彭山区) found no town and was left unplaced. ``data/gazetteer_former_towns.tsv`` lists the
towns the statistical snapshots show and the 2023 codes no longer do (make_former_towns.py).
The snapshots never say which town of today took one over, so a report that names one, and
no town of today, is placed at the county (its 6-digit code) under the town's name as it was,
which is what the report is about and what labellers of real pages write (牧马镇, 港二口镇,
凌津滩镇: rounds 73 and 81), and the place goes on the review list.

A former name is read as running text writes a town: not inside 乡村 (促进乡村振兴 holds a
former 促进乡), and a 乡 not when its stem is a common word (中心乡, 回族乡), which a text
writes for other reasons. A name that was a town in more than one county names none of them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path

from . import DATA
from .gazetteer import Gazetteer, Location, read_tsv_rows
from .town_choice import Tally, place_of_county
from .town_stems import common_word
from .written_forms import township_stem

#: After a town's 乡, the characters that make it a word: 乡村, 乡镇, 乡亲, 乡土, 乡贤 …
_XIANG_WORDS = "村镇里亲土贤愁情音邻野风间下"


@functools.cache
def load_former_towns(path: Path = DATA / "gazetteer_former_towns.tsv") -> dict[str, tuple]:
    """name → ((county code, last cut-off showing it), …), from the generated table."""
    rows: dict[str, list[tuple[str, str]]] = {}
    for name, county_code, last_seen in read_tsv_rows(path, "name\tcounty_code\tlast_seen"):
        rows.setdefault(name, []).append((county_code, last_seen))
    return {name: tuple(counties) for name, counties in rows.items()}


@functools.cache
def _former_name_pattern() -> re.Pattern:
    names = sorted(load_former_towns(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def former_towns_named(text: str) -> list[tuple[str, str, str]]:
    """(name, county code, last cut-off) of each former town ``text`` names as a town, in
    order of first mention; a name several counties had is left out.

    >>> former_towns_named('近日，彭山区牧马镇团委迅速调整工作思路。牧马镇党委要求…')
    [('牧马镇', '511403', '2019-10-31')]
    >>> former_towns_named('镇党委以党建促进乡村振兴，推动中心乡镇建设。')
    []
    """
    former = load_former_towns()
    found: dict[str, tuple[str, str, str]] = {}
    for match in _former_name_pattern().finditer(text):
        name = match.group(0)
        after = text[match.end() : match.end() + 1]
        stem = township_stem(name)
        if name.endswith("乡") and after and after in _XIANG_WORDS:
            continue  # 促进乡村振兴
        if name.endswith("乡") and common_word(stem):
            continue  # 中心乡, 回族乡: a word and 乡, written for other reasons (牧马镇 is a town)
        if len(former[name]) == 1 and name not in found:
            county_code, last_seen = former[name][0]
            found[name] = (name, county_code, last_seen)
    return list(found.values())


def is_tail_of_former_name(text: str, start: int, end: int) -> bool:
    """True when the town name at ``text[start:end]`` is only the tail of a longer former
    town's name written there: 两岔河乡 (merged into 巨龙镇 in 2016) holds 岔河乡, a town of
    峨山县 in another province, which placed a round 106 report there with confidence.
    The longer name is what the text wrote; the town inside it is no mention.

    >>> text = '近期，两岔河乡党委、政府及乡团委开展环境整治总动员'
    >>> is_tail_of_former_name(text, 4, 7), is_tail_of_former_name('近期，岔河乡党委', 3, 6)
    (True, False)
    """
    lengths = _former_name_lengths()
    return any(
        size > end - start and text[end - size : end] in load_former_towns()
        for size in lengths
        if size <= end
    )


@functools.cache
def _former_name_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(name) for name in load_former_towns()}))


def place_of_former_town(
    text: str, gazetteer: Gazetteer, tally: Tally | None = None
) -> tuple[Location | None, list[str], list[str]]:
    """The county of the former towns ``text`` names, when they all lie in one and in the
    prefecture and province the text names, if it names any, and the town's name when it
    names one; with its evidence and the review warning that today's town is not known.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> place, evidence, warnings = place_of_former_town('牧马镇团委调整工作思路', load_gazetteer())
    >>> place.county, place.township, place.division_code, evidence
    ('彭山区', '牧马镇', '511403', ['牧马镇（已撤并：统计用区划代码2019-10-31后不再列出），属彭山区'])
    """
    named = [
        (name, code, seen)
        for name, code, seen in former_towns_named(text)
        if tally is None or _within_named_parents(gazetteer.counties[code], tally)
    ]
    counties = {county_code for _, county_code, _ in named}
    if len(counties) != 1:
        return None, [], []
    county = gazetteer.counties[counties.pop()]
    evidence = [
        f"{name}（已撤并：统计用区划代码{last_seen}后不再列出），属{county.name}"
        for name, _, last_seen in named
    ]
    names = "、".join(name for name, _, _ in named)
    warning = f"{names}已撤并，现行区划中没有：只定位到{county.name}，请核对其今属乡镇"
    place = place_of_county(county)
    if len(named) == 1:
        place = replace(place, township=named[0][0])
    return place, evidence, [warning]


def _within_named_parents(county, tally: Tally) -> bool:
    """True unless the text names prefectures (or provinces) and none of them is the
    county's: a former town elsewhere is another place the text mentions, not its own."""
    if tally.prefectures and not tally.prefectures[county.prefecture_code]:
        return False
    return not tally.provinces or bool(tally.provinces[county.province_code])
