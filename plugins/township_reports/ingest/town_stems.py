"""A town the text calls only by its long stem, in a county the text has settled.

A report may name its town once in full and then by its stem; some never write the full
name at all (敖鲁古雅 for 敖鲁古雅鄂温克民族乡, under 根河市 named nine times: issue 9's round
13). The lookup reads full names only, so such a report stays at county level. A stem of
four characters or more is a name, not a word: over the committed, pending and development
pages, 19 of 20 such stems written in a text that names the town's county were the
labelled town; the other stood inside a longer name (巴音郭楞 of 巴音郭楞蒙古自治州, whose
巴音郭楞乡 is another town), which is why the stem is looked for only outside the names
the gazetteer reads. The town so found stays on the review list: it is read, not written.

A shorter stem names the town where the text writes it before one of the town's own offices
or schools (汇湾供电所, 六里坪派出所, 马坡学校; ``town_offices`` in place_words.yaml): probed in
session 22 on every labelled page placed in a county with no town, it turned three development
pages and two held ones (counts only) right, and no page wrong. So does a short stem the text
writes three times or more (session 26: five development pages and four held ones right, none
wrong). With no county named at all, a stem that no other town in the country has, written
three times or more beside its prefecture's or province's name, places a famous town's story
(``town_by_national_stem``).
"""

from __future__ import annotations

import functools
import re

from .gazetteer import Gazetteer, Location, Town
from .mentions import find_name_spans
from .name_or_word import is_common_word
from .names import word_tags
from .town_choice import place_of_town
from .written_forms import PLACE_WORDS, township_stem

#: The shortest stem read on its own (two- and three-character stems are words too often).
MIN_STEM = 4


def _outside_names(text: str, gazetteer: Gazetteer) -> str:
    """``text`` with every gazetteer name it holds blanked out."""
    chars = list(text)
    for start, end, _ in find_name_spans(text, gazetteer):
        chars[start:end] = "□" * (end - start)
    return "".join(chars)


def town_by_stem(
    place: Location, text: str, gazetteer: Gazetteer
) -> tuple[Location, str, str] | None:
    """The place, evidence and review warning when ``place`` is a county only and ``text``
    writes the long stem of exactly one of its towns outside any name, or a short stem before
    the town's own office (``_offices_named``) or right after the county's name
    (``_stems_after_county``); else None.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> from township_reports.ingest.town_choice import place_of_county
    >>> g = load_gazetteer()
    >>> county = place_of_county(g.counties['150785'])                   # 根河市
    >>> found = town_by_stem(county, '根河市委在敖鲁古雅举办驯鹿文化节', g)
    >>> found[0].township, found[1]
    ('敖鲁古雅鄂温克民族乡', '敖鲁古雅鄂温克民族乡（文中只写作敖鲁古雅，属根河市）')

    A stem inside a longer name is that name's, not the town's:

    >>> county = place_of_county(g.counties['652827'])                   # 和静县
    >>> town_by_stem(county, '巴音郭楞蒙古自治州和静县的一处山村', g) is None
    True
    """
    if place.township or not place.division_code or len(place.division_code) != 6:
        return None
    towns = gazetteer.towns_by_county.get(place.division_code, ())
    stems: list[tuple[str, Town]] = [
        (stem, town)
        for town in towns
        if len(stem := township_stem(town.name)) >= MIN_STEM and stem != town.name
    ]
    outside = _outside_names(text, gazetteer)
    found = {town.code: (stem, town) for stem, town in stems if stem in outside}
    found |= {town.code: (office, town) for office, town in _offices_named(towns, outside)}
    names = (place.county, *gazetteer.county_short_names.get(place.division_code, ()))
    found |= {town.code: (stem, town) for stem, town in _stems_after_county(towns, text, names)}
    found |= {town.code: (stem, town) for stem, town in _stems_repeated(towns, outside)}
    if len(found) != 1:
        return None
    stem, town = next(iter(found.values()))
    evidence = f"{town.name}（文中只写作{stem}，属{place.county}）"
    warning = f"乡镇由简称“{stem}”推定为{town.name}，文中未写全称"
    return place_of_town(town, gazetteer), evidence, warning


#: A town's own offices and schools, named by its stem (``town_offices`` in place_words.yaml).
_OFFICE = re.compile(
    "|".join(sorted(map(re.escape, PLACE_WORDS["town_offices"]), key=len, reverse=True))
)


def _offices_named(towns: tuple[Town, ...], outside: str) -> list[tuple[str, Town]]:
    """The county's towns whose short stem (two or three characters) the text writes right
    before one of the town's own offices (汇湾供电所, 六里坪派出所), outside any name.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> towns = load_gazetteer().towns_by_county['420324']                # 竹溪县
    >>> [(office, town.name) for office, town in _offices_named(towns, '汇湾供电所的师傅们')]
    [('汇湾供电所', '汇湾镇')]
    >>> _offices_named(towns, '汇湾的师傅们')
    []
    """
    offices = [(office.start(), office.group(0)) for office in _OFFICE.finditer(outside)]
    found = []
    for stem, town in _short_stems(towns):
        named = next((o for at, o in offices if outside[at - len(stem) : at] == stem), None)
        if named:
            found.append((stem + named, town))
    return found


def _stems_repeated(towns: tuple[Town, ...], outside: str) -> list[tuple[str, Town]]:
    """The county's towns whose short stem the text writes again and again outside any name
    (沙坪 sixteen times under 巴南区, 铜官 thirteen under 望城区: rounds 58-63), as a story
    about the town calls it; a common word does not count (is_common_word), unless jieba
    knows it as a place. Probed on every development page placed in a county with no town:
    5 right, none wrong.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> towns = load_gazetteer().towns_by_county['430112']                # 望城区
    >>> [(s, t.name) for s, t in _stems_repeated(towns, '铜官窑火不熄，铜官陶艺人多，铜官古镇游客如织')]
    [('铜官', '铜官街道')]
    >>> _stems_repeated(towns, '铜官窑火不熄，铜官陶艺人多')
    []
    """
    return [
        (stem, town)
        for stem, town in _short_stems(towns)
        if outside.count(stem) >= MIN_STEM_MENTIONS and not _a_word(stem)
    ]


def common_word(stem: str) -> bool:
    """True for a stem jieba knows as a common word and not as a place (人民, 光明; 燕郊 is ns)."""
    return is_common_word(stem) and word_tags().get(stem) != "ns"


def _a_word(stem: str) -> bool:
    """True for a two-character stem that is a common word (``common_word``): no evidence of
    a town when written alone. A stem of three characters is a name even where jieba counts it
    often (杨柳青, 毛坦厂: development +2 towns, none lost; held unchanged)."""
    return len(stem) < 3 and common_word(stem)


def _short_stems(towns: tuple[Town, ...]) -> list[tuple[str, Town]]:
    """Each town's stem of two or three characters, too short to read on its own (MIN_STEM)."""
    stems = ((township_stem(town.name), town) for town in towns)
    return [(stem, town) for stem, town in stems if 2 <= len(stem) < MIN_STEM and stem != town.name]


def with_town_stem(
    place: Location | None,
    evidence: list[str],
    warnings: list[str],
    text: str,
    gazetteer: Gazetteer,
) -> tuple[Location | None, list[str], list[str]]:
    """``place`` with its town read from a stem (``town_by_stem``), and the
    evidence and review warning that say so; all three unchanged when there is none."""
    found = town_by_stem(place, text, gazetteer) if place else None
    if found is None:
        return place, evidence, warnings
    town_place, said, doubt = found
    return town_place, [*evidence, said], [*warnings, doubt]


def _stems_after_county(
    towns: tuple[Town, ...], text: str, county_names: tuple[str, ...]
) -> list[tuple[str, Town]]:
    """The county's towns whose short stem the text writes right after the county's full or
    short name (黎平县肇兴侗寨, 三河市燕郊一炸鸡店, round 58): a town is named inside its
    county. A stem that is a common word counts only where jieba's dictionary knows it as a
    place (燕郊 ns; 人民 of 平利县人民医院 is no town's).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> towns = load_gazetteer().towns_by_county['522631']               # 黎平县
    >>> [(stem, town.name) for stem, town in _stems_after_county(towns, '贵州黎平县肇兴侗寨', ('黎平县', '黎平'))]
    [('肇兴', '肇兴镇')]
    >>> _stems_after_county(towns, '黎平县人民医院的医生', ('黎平县', '黎平'))
    []
    """
    ends = {m.end() for name in county_names if name for m in re.finditer(re.escape(name), text)}
    return [
        (stem, town)
        for stem, town in _short_stems(towns)
        if any(text.startswith(stem, at) for at in ends) and not common_word(stem)
    ]


#: How often a text must write a town's stem to be read as being about that town, when it
#: names no county: a passing mention (a school in a neighbouring town: 田家河小学, twice on a
#: development page of round 51) is not the report's town.
MIN_STEM_MENTIONS = 3
#: The longest stem looked for.
_LONGEST_STEM = 6


@functools.cache
def _stems_of_one_town(gazetteer: Gazetteer) -> dict[str, Town]:
    """Stem → town, for the stems that belong to one town in the whole country and are no
    county's, prefecture's or province's name or short name (古田 is 古田县's too)."""
    by_stem: dict[str, list[Town]] = {}
    for town in gazetteer.towns.values():
        stem = township_stem(town.name)
        if 2 <= len(stem) <= _LONGEST_STEM and stem != town.name:
            by_stem.setdefault(stem, []).append(town)
    parents = {
        *gazetteer.counties_by_name,
        *gazetteer.prefectures_by_name,
        *gazetteer.provinces_by_name,
    }
    for names in (
        gazetteer.county_short_names,
        gazetteer.prefecture_short_names,
        gazetteer.province_short_names,
    ):
        parents.update(name for short in names.values() for name in short)
    return {
        stem: towns[0] for stem, towns in by_stem.items() if len(towns) == 1 and stem not in parents
    }


def town_by_national_stem(text: str, gazetteer: Gazetteer) -> tuple[Location, str, str] | None:
    """The place, evidence and review warning when a text that names no place at all writes
    one town's stem again and again (湄洲 for 湄洲镇, 毛坦厂 for 毛坦厂镇: a famous town's story
    copied onto mirrors of rounds 50-63) and names the town's prefecture or province: the stem
    is that town's if no other town in the country has it, it is no county's or province's
    name, and it is no two-character common word (``_a_word``). Probed before it was built on every labelled development
    page the places stage left without a town: 11 placed right, none wrong (with two mentions
    instead of three, 12 right and 1 wrong).

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> text = '莆田湄洲岛上，湄洲妈祖文化旅游节开幕。湄洲的渔民党员带头参与志愿服务。'
    >>> found = town_by_national_stem(text, load_gazetteer())
    >>> found[0].township, found[0].county, found[1]
    ('湄洲镇', '秀屿区', '湄洲镇（文中只写作湄洲，提及3次，文中提到莆田）')
    >>> town_by_national_stem('湄洲妈祖文化旅游节开幕，湄洲的渔民，湄洲岛。', load_gazetteer()) is None
    True
    """
    stems = _stems_of_one_town(gazetteer)
    outside = _outside_names(text, gazetteer)
    counts: dict[str, int] = {}
    for at in range(len(outside)):
        for word in (outside[at : at + size] for size in range(2, _LONGEST_STEM + 1)):
            if word in stems:
                counts[word] = counts.get(word, 0) + 1
    found = []
    for stem, count in counts.items():
        if count < MIN_STEM_MENTIONS or _a_word(stem):
            continue
        county = gazetteer.counties[stems[stem].county_code]
        parents = (
            county.prefecture,
            *gazetteer.prefecture_short_names.get(county.prefecture_code, ()),
            county.province,
            *gazetteer.province_short_names.get(county.province_code, ()),
        )
        vouched = [name for name in parents if name and name in text]
        if vouched:
            found.append((stem, count, vouched[0]))
    if len(found) != 1:
        return None
    stem, count, vouched = found[0]
    town = stems[stem]
    evidence = f"{town.name}（文中只写作{stem}，提及{count}次，文中提到{vouched}）"
    warning = f"乡镇与县由简称“{stem}”推定为{town.name}，文中未写全称与县名"
    return place_of_town(town, gazetteer), evidence, warning
