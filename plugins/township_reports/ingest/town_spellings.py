"""A town written right after its county the way the gazetteer does not spell it: its
stem and another level word (侯寨乡 for 侯寨街道), one character miswritten (田师付镇 for
田师傅镇), one more character (郭勒木德尔镇, a page's slip), or one character spelt by its parts or left
blank (干(石览)镇 for 干览镇). The county written before it is what makes this safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import County, Gazetteer, Town
from .written_forms import ETHNIC_NAMES, is_same_body_name, township_stem

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
_ETHNIC = "(?:" + "|".join(ETHNIC_NAMES) + ")"
_ETHNIC_GROUPS = f"(?:{_ETHNIC}族)*"
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


#: The ethnic groups an ethnic township's legal name carries before its level word (八岔
#: 赫哲族乡, 伊车嘎善锡伯族乡, 勒门巴民族乡), one or several, with 族 or as 民族.
ETHNIC_TOWN_ENDING = re.compile(f"((?:{_ETHNIC}族)*{_ETHNIC}(?:族|民族)(?:民族)?)(乡|镇|苏木)")


def towns_written_with_ethnic_groups(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, the gazetteer's name) of each ethnic township ``text`` writes by its
    legal name where the gazetteer holds only the short one: the statistics table behind it
    leaves the ethnic groups out of some names (八岔乡 for 同江市's 八岔赫哲族乡, 伊车嘎善乡 for
    伊车嘎善锡伯族乡), so the full name, which the text writes, is found nowhere. The stem is
    the longest run of characters before the groups that makes a known name with the level
    word; a full name the gazetteer knows (满族屯满族乡) is left to the name index.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> text = '乌苏里江畔的八岔赫哲族乡，满族屯满族乡'
    >>> [(text[s:e], name) for s, e, name in towns_written_with_ethnic_groups(text, load_gazetteer())]
    [('八岔赫哲族乡', '八岔乡')]
    """
    found = []
    for match in ETHNIC_TOWN_ENDING.finditer(text):
        start, level = match.start(), match.group(2)
        for length in range(6, 1, -1):
            stem = text[max(0, start - length) : start]
            if len(stem) < length or not re.fullmatch(r"[\u4e00-\u9fff]+", stem):
                continue
            if stem + text[start : match.end()] in gazetteer.towns_by_name:
                break  # its full name is known: the name index finds it
            if stem + level in gazetteer.towns_by_name:
                found.append((start - length, match.end(), stem + level))
                break
    return found


def with_ethnic_towns(
    text: str, spans: list[tuple[int, int, str]], gazetteer: Gazetteer
) -> list[tuple[int, int, str]]:
    """The name spans of ``text`` with each ethnic township written by its legal name the
    gazetteer shortens (``towns_written_with_ethnic_groups``) in place of the spans inside it."""
    ethnic = towns_written_with_ethnic_groups(text, gazetteer)
    kept = [s for s in spans if not any(a < s[1] and s[0] < b for a, b, _ in ethnic)]
    return sorted(kept + ethnic)


def is_legal_name_of(written: str, short: str) -> bool:
    """True when ``written`` is the township's legal name where the gazetteer has the
    statistics table's: an ethnic township with the ethnic groups its name carries (八岔赫哲族乡
    for 八岔乡), or the 镇 or 乡 of a Beijing 地区办事处, one body with two names (王平镇 for
    王平地区: the 地区 is the office the statistics bureau counts, the 镇 the township;
    labellers of four real Beijing pages in rounds 69–79 wrote the 镇 or 乡 each time).

    >>> is_legal_name_of('八岔赫哲族乡', '八岔乡'), is_legal_name_of('八岔乡', '八岔乡')
    (True, False)
    >>> is_legal_name_of('王平镇', '王平地区'), is_legal_name_of('崔各庄乡', '崔各庄地区')
    (True, True)
    >>> is_legal_name_of('王平地区', '王平镇'), is_legal_name_of('东部产业园镇', '东部产业园地区')
    (False, False)
    """
    if short.endswith("地区"):
        return written.endswith(("镇", "乡")) and is_same_body_name(written, short)
    match = ETHNIC_TOWN_ENDING.search(written)
    return (
        bool(match)
        and match.end() == len(written)
        and written[: match.start()] + match.group(2) == short
    )
