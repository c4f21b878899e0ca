"""A town written right after its county the way the gazetteer does not spell it: its
stem and another level word (侯寨乡 for 侯寨街道), one character miswritten (田师付镇 for
田师傅镇), one more character (郭勒木德尔镇, a page's slip), or one character spelt by its parts or left
blank (干(石览)镇 for 干览镇). The county written before it is what makes this safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import County, Gazetteer, Town
from .written_forms import ETHNIC_NAMES, township_stem

# A character the page could not print: spelt by its parts in brackets (干(石览)镇 for
# 干𬒗镇, [石览], （氵替）), or left as □ or ?. Components are two or three characters.
UNKNOWN_CHAR = re.compile(r"[(（\[［【〔][\u4e00-\u9fff]{2,3}[)）\]］】〕]|[□?？]")


def end_of_stem_with_unknown_char(text: str, position: int, stem: str) -> int | None:
    """Where ``stem`` ends in ``text`` at ``position`` when one of its characters after
    the first is written as an unknown (see ``UNKNOWN_CHAR``) and all others agree; else
    None. A rare character (𬒗, 𬇙) is often missing from a site's font or the scraper's
    encoding, and the gazetteer may write a common stand-in (干览镇).

    >>> end_of_stem_with_unknown_char('定海区干(石览)镇西码头村', 3, '干览')
    8
    >>> end_of_stem_with_unknown_char('定海区干□镇', 3, '干览'), end_of_stem_with_unknown_char('干部(石览)镇', 0, '干览')
    (5, None)
    """
    for index in range(1, len(stem)):
        if not text.startswith(stem[:index], position):
            return None
        unknown = UNKNOWN_CHAR.match(text, position + index)
        if unknown and text.startswith(stem[index + 1 :], unknown.end()):
            return unknown.end() + len(stem) - index - 1
    return None


# A level word right after a town's stem; after a stem of three characters or more, maybe
# after one more character (郭勒木德尔镇 for 郭勒木德镇). A town's old streets kept as a sight
# are its 古镇 (浮梁县瑶里古镇 for 瑶里镇: round 33); the county before it says which.
# The level word, maybe after the ethnic groups a town's own name carries and the gazetteer
# leaves out (莘县张鲁回族镇 for 张鲁镇, 肇源县超等蒙古族乡 for 超等乡; rounds 42 and zd).
_ETHNIC_GROUPS = "(?:(?:" + "|".join(ETHNIC_NAMES) + ")族)*"
LEVEL_WORD = re.compile(_ETHNIC_GROUPS + "(?:街道|片区|苏木|办事处|古镇|镇|乡|街)")
LEVEL_WORD_AFTER_LONG_STEM = re.compile(".?" + LEVEL_WORD.pattern)


def town_written_after_county(
    text: str, position: int, counties: Iterable[County], gazetteer: Gazetteer
) -> tuple[int, Town] | None:
    """The town of one of ``counties`` that ``text`` writes at ``position``, spelled as
    the gazetteer does not: its stem and any level word (侯寨乡 for 侯寨街道, 郭勒木德尔镇
    for 郭勒木德镇), or, for a stem of three characters or more, with one character
    miswritten (田师付镇 for 田师傅镇). Returns the end of the written name and the
    town, or None when no town or more than one fits.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> county = gazetteer.counties_by_name['本溪满族自治县']
    >>> end, town = town_written_after_county('本溪满族自治县田师付镇铁刹山村', 7, county, gazetteer)
    >>> end, town.name
    (11, '田师傅镇')
    >>> town_written_after_county('本溪满族自治县人民政府', 7, county, gazetteer) is None
    True
    >>> county = gazetteer.counties_by_name['浮梁县']
    >>> end, town = town_written_after_county('浮梁县瑶里古镇开展现场研学', 3, county, gazetteer)
    >>> end, town.name
    (7, '瑶里镇')
    >>> county = gazetteer.counties_by_name['莘县']
    >>> end, town = town_written_after_county('莘县张鲁回族镇党委副书记', 2, county, gazetteer)
    >>> end, town.name
    (7, '张鲁镇')
    """
    options = []
    first = text[position : position + 1]
    for county in counties:
        for town in gazetteer.towns_by_county.get(county.code, ()):
            stem = township_stem(town.name)
            if len(stem) < 2 or stem[0] != first:
                continue
            written = text[position : position + len(stem)]
            differing = sum(a != b for a, b in zip(written, stem, strict=False))
            stem_end = position + len(stem)
            if len(written) < len(stem) or differing > (1 if len(stem) >= 3 else 0):
                stem_end = end_of_stem_with_unknown_char(text, position, stem)
                if stem_end is None:
                    continue
                differing = 1
            pattern = LEVEL_WORD_AFTER_LONG_STEM if len(stem) >= 3 and not differing else LEVEL_WORD
            level = pattern.match(text, stem_end)
            if level:
                options.append((not differing, len(stem), level.end(), town))
    if not options:
        return None
    options.sort(key=lambda option: option[:2], reverse=True)
    if len(options) > 1 and options[0][:2] == options[1][:2]:
        return None
    return options[0][2], options[0][3]
