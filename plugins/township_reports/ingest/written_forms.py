"""How reports write place names: a town's stem and the older or shorter forms of its
name (侯寨乡 for 侯寨街道, 马坊镇 for 马坊地区, 户撒乡 for 户撒阿昌族乡), a county's short
name (义乌, 镇沅县). Pure functions of a name, with the words they need from
``data/place_words.yaml``; the gazetteer (``gazetteer.py``) applies them to every unit.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import yaml

from . import DATA

# Words that collide with gazetteer names (see the comments in the data file).
PLACE_WORDS = yaml.safe_load((DATA / "place_words.yaml").read_text(encoding="utf-8"))
TOWNSHIP_SUFFIXES = tuple(PLACE_WORDS["township_suffixes"])
WORD_CHARS_AFTER_XIANG = frozenset(PLACE_WORDS["chars_after_xiang"])
COMMON_WORDS_THAT_ARE_PLACE_NAMES = frozenset(PLACE_WORDS["common_words"])
VARIANT_CHARS = str.maketrans(PLACE_WORDS["variant_chars"])
VARIANT_CHARS_WRITTEN = tuple(PLACE_WORDS["variant_chars"])
ETHNIC_NAMES = tuple(sorted(PLACE_WORDS["ethnic_names"], key=len, reverse=True))
#: What a name ends with when it ends with an ethnic group's name (with 族, or a long name alone).
_ETHNIC_ENDINGS = tuple(
    word
    for ethnic in ETHNIC_NAMES
    for word in (ethnic + "族",) + ((ethnic,) if len(ethnic) >= 3 else ())
)
COUNTY_LEVEL_WORDS = tuple(PLACE_WORDS["county_level_words"])
#: Stems of X地区 that name a zone, not a town's 地区办事处 (保税区地区, 产业园地区, 水库地区).
DISTRICT_OFFICE_NOT_TOWN = tuple(PLACE_WORDS["district_office_not_town"])
PREFECTURE_LEVEL_WORDS = tuple(PLACE_WORDS["prefecture_level_words"])
PROVINCE_LEVEL_WORDS = tuple(PLACE_WORDS["province_level_words"])


def strip_ethnic_names(name: str) -> str:
    """``name`` without the ethnic group names at its end (彝族哈尼族拉祜族, 满族, 鄂伦春).

    >>> strip_ethnic_names('镇沅彝族哈尼族拉祜族'), strip_ethnic_names('鄂伦春')
    ('镇沅', '鄂伦春')
    >>> strip_ethnic_names('喇叭沟门满族'), strip_ethnic_names('新疆维吾尔')
    ('喇叭沟门', '新疆')
    >>> strip_ethnic_names('七里水')
    '七里水'
    """
    if not name.endswith(_ETHNIC_ENDINGS):
        return name  # the common case, in one C-level test (41,352 towns at load)
    stripped = True
    while stripped:
        stripped = False
        for ethnic in ETHNIC_NAMES:
            # 鄂伦春自治旗 and 新疆维吾尔自治区 drop 族; one- and two-character names
            # only count with it (七里水乡 is no 水族 township)
            for word in (ethnic + "族",) + ((ethnic,) if len(ethnic) >= 3 else ()):
                rest = name[: -len(word)]
                if name.endswith(word) and len(rest) >= 2:
                    name, stripped = rest, True
                    break
            if stripped:
                break
    return name


def short_name(name: str, level_words: Iterable[str]) -> str | None:
    """The name without its level word and ethnic groups, as running text shortens it;
    None when less than two characters would remain (随县, 和县 have no short name).

    >>> short_name('义乌市', COUNTY_LEVEL_WORDS), short_name('随县', COUNTY_LEVEL_WORDS)
    ('义乌', None)
    >>> short_name('镇沅彝族哈尼族拉祜族自治县', COUNTY_LEVEL_WORDS)
    '镇沅'
    >>> short_name('海西蒙古族藏族自治州', PREFECTURE_LEVEL_WORDS)
    '海西'
    >>> short_name('广西壮族自治区', PROVINCE_LEVEL_WORDS)
    '广西'
    """
    for word in level_words:
        if name.endswith(word):
            stem = strip_ethnic_names(name[: -len(word)])
            return stem if len(stem) >= 2 else None
    return None


def _without_ethnic_names(stem: str) -> str:
    """A town's stem without its ethnic groups, also where the level word is 民族乡 (or
    少数民族乡) after the group's name: 南伊珞巴民族乡 is 南伊 to running text (南伊乡)."""
    for word in ("少数民族", "民族"):
        base = stem[: -len(word)]
        if stem.endswith(word) and base:
            grouped = base if base.endswith("族") else base + "族"
            stripped = strip_ethnic_names(grouped)
            if stripped != grouped:
                return stripped
    return strip_ethnic_names(stem)


@functools.cache
def township_stem(name: str) -> str:
    """A town's name without its level word (侯寨 of 侯寨街道, 喇叭沟门 of 喇叭沟门满族乡).

    >>> township_stem('侯寨街道'), township_stem('二道桥片区'), township_stem('喇叭沟门满族乡')
    ('侯寨', '二道桥', '喇叭沟门')
    >>> township_stem('南伊珞巴民族乡'), township_stem('东固畲族少数民族乡'), township_stem('金坪民族乡')
    ('南伊', '东固', '金坪民族')

    Beijing's 地区办事处 and the 镇 or 乡 of the same seat are one body with two names
    (马坊地区 is 马坊镇), so 地区 is a level word too, unless the stem is a zone:

    >>> township_stem('马坊地区'), township_stem('东部产业园地区')
    ('马坊', '东部产业园地区')
    """
    if name.endswith("地区") and len(name) > 3 and not name[:-2].endswith(DISTRICT_OFFICE_NOT_TOWN):
        return name[:-2]
    for suffix in ("街道", "片区", "苏木", "镇", "乡"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return _without_ethnic_names(name[: -len(suffix)])
    return name


def township_variants(name: str) -> list[str]:
    """Other ways reports write a town: each form of ``level_variants``, and each again
    with a character official names write two ways (``name_character_pairs``): 闫庄镇 for
    莒县's 阎庄街道.

    >>> township_variants('阎庄街道')[:4]
    ['阎庄镇', '阎庄乡', '阎庄街', '阎庄办事处']
    >>> [form for form in township_variants('阎庄街道') if '闫' in form][:3]
    ['闫庄街道', '闫庄镇', '闫庄乡']
    >>> township_variants('碱滩镇')
    ['碱滩乡']
    """
    forms = level_variants(name)
    if not any(char in name for char in _WRITTEN_TWO_WAYS):
        return forms
    swapped = [form.translate(_OTHER_WAY) for form in (name, *forms)]
    return forms + [form for form in swapped if form not in forms]


#: Characters official place names write two ways (阎/闫), each to its other form.
_WRITTEN_TWO_WAYS = {
    a: b for pair in PLACE_WORDS["name_character_pairs"] for a, b in (pair, pair[::-1])
}
_OTHER_WAY = str.maketrans(_WRITTEN_TWO_WAYS)


def level_variants(name: str) -> list[str]:
    """Other ways reports write a town: the form before a reorganisation (撤乡设镇 turns
    X乡 into X镇, 撤镇设街 X镇 into X街道), a street's everyday name (海棠街 for
    海棠街道, 民意街道 for 民意街街道) or its office's (会昌办事处, 会昌办: older reports
    name a street by its 街道办事处), a Xinjiang 片区 called 街道, a 民族乡 without
    its ethnic name.

    >>> level_variants('侯寨街道')
    ['侯寨镇', '侯寨乡', '侯寨街', '侯寨办事处', '侯寨办']
    >>> level_variants('民意街街道')[:4], level_variants('二道桥片区')
    (['民意街镇', '民意街乡', '民意街道', '民意街'], ['二道桥街道'])
    >>> level_variants('李千户镇'), level_variants('喇叭沟门满族乡')
    (['李千户乡'], ['喇叭沟门乡'])
    >>> level_variants('道口镇街道')
    ['道口镇', '道口镇镇', '道口镇乡', '道口镇街']
    >>> level_variants('马坊地区'), level_variants('杨镇地区')
    (['马坊镇', '马坊乡'], ['杨镇'])
    """
    stem = township_stem(name)
    if len(stem) < 2:
        return []
    if name.endswith("地区") and stem != name:
        return [stem] if stem.endswith(("镇", "乡")) else [stem + "镇", stem + "乡"]
    if name.endswith("街道"):
        if stem.endswith(("镇", "乡")):  # 撤镇设街 kept the old name: 道口镇街道
            return [stem, stem + "镇", stem + "乡", stem + "街"]
        offices = [stem + "办事处", stem + "办"]  # a street by its office: 会昌办 (孟州市)
        if stem.endswith("街"):
            return [stem + "镇", stem + "乡", stem[:-1] + "街道", stem, *offices]
        return [stem + "镇", stem + "乡", stem + "街", *offices]
    if name.endswith("片区"):
        return [stem + "街道"]
    if name.endswith("镇"):
        return [stem + "乡"]
    if name.endswith("乡") and stem + "乡" != name:
        return [stem + "乡", *ethnic_township_forms(name)]
    return []


#: How the gazetteer writes some ethnic townships (东固畲族少数民族乡, 查巴奇鄂温克民族乡),
#: where their own name and the reports say X族乡 (东固畲族乡, 查巴奇鄂温克族乡).
_ETHNIC_TOWNSHIP_LEVELS = ("族少数民族乡", "少数民族乡", "民族乡")


def ethnic_township_forms(name: str) -> list[str]:
    """The X族乡 form of an ethnic township the gazetteer writes with 民族乡.

    >>> ethnic_township_forms('东固畲族少数民族乡'), ethnic_township_forms('查巴奇鄂温克民族乡')
    (['东固畲族乡'], ['查巴奇鄂温克族乡'])
    >>> ethnic_township_forms('金坪民族乡'), ethnic_township_forms('喇叭沟门满族乡')
    ([], [])
    """
    for level in _ETHNIC_TOWNSHIP_LEVELS:
        if name.endswith(level):
            group = name[: -len(level)] + "族"
            group = group[:-1] if group.endswith("族族") else group
            return [group + "乡"] if strip_ethnic_names(group) != group else []
    return []


def county_variants(name: str) -> list[str]:
    """Other forms reports write for a county-level unit: an autonomous county's short
    form that keeps its level word (镇沅县, 本溪县), and the 县 that a city or district
    was before 撤县设市/撤县设区 (腾冲县 for 腾冲市, 双流县 for 双流区). A variant that is
    some unit's real name is dropped when the gazetteer is loaded (朝阳县 is real).

    >>> county_variants('镇沅彝族哈尼族拉祜族自治县'), county_variants('鄂伦春自治旗')
    (['镇沅县'], [])
    >>> county_variants('义乌市'), county_variants('西城区')
    (['义乌县'], ['西城县'])
    """
    for word, level in (("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(word):
            stem = strip_ethnic_names(name[: -len(word)])
            if stem != name[: -len(word)] and len(stem) >= 2:
                return [stem + level]
            return []
    if name.endswith(("市", "区")) and len(name) >= 3:
        return [name[:-1] + "县"]
    return []


def is_same_body_name(written: str, town_name: str) -> bool:
    """True when ``written`` is the other name of the same body, not a former one that
    might have passed to another unit: a street that kept its town's name (道口镇 for
    道口镇街道, 撤镇设街) and Beijing's 地区办事处, one body with its 镇 or 乡 (马坊镇
    for 马坊地区). Such a name stands for the town as firmly as for a namesake elsewhere;
    other former forms (X乡 for X镇, X镇 for X街道) count only where the county is named.

    >>> is_same_body_name('道口镇', '道口镇街道'), is_same_body_name('马坊镇', '马坊地区')
    (True, True)
    >>> is_same_body_name('龙潭镇', '龙潭街道'), is_same_body_name('清水乡', '清水镇')
    (False, False)
    """
    if town_name == written + "街道":
        return True
    return town_name.endswith("地区") and written in township_variants(town_name)
