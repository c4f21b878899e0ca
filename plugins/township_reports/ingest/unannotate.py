"""Drop the pinyin that a site's script converter appended after converted characters.

Some government sites serve a traditional-script page made by a converter that
writes the reading after every character it changed: ``鎮(zhèn)``, ``網(wǎng)``.
Those annotations are not part of the report. Only a parenthesis that holds a
single valid pinyin syllable, directly after a Chinese character, is removed:
``(通訊員 王密)``, ``(社区)`` or ``(AD)`` are text and stay. Some pages gloss whole
words instead (``打湿(dǎshī)``): a parenthesis of two to four toned syllables written
together goes too, when as many Chinese characters stand before it.
"""

from __future__ import annotations

import re
import unicodedata

from .repair import ILLEGIBLE

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
#: A Chinese character, or the mark repair.py sets for one it could not read (□): the mark
#: keeps the character's place, so the reading the converter wrote after it goes too.
_CHARACTER = f"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff{ILLEGIBLE}]"
#: The reading in round brackets, or in square ones a mirror uses instead (這【zhè】, round 71).
_CANDIDATE = re.compile(
    rf"(?<={_CHARACTER})(?:[(（] ?(?=[a-z{_TONED}]+ ?[)）])|【 ?(?=[a-z{_TONED}]+ ?】))"
    rf"([a-z{_TONED}]{{1,24}}) ?[)）】]"
)
_HAN = re.compile(_CHARACTER)
_SYLLABLE = re.compile(
    r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ui|ao|ou|iu|ie|ve|ue"
    r"|er|an|en|in|un|vn|ia|ua|uo|a|o|e|i|u|v)$|^(?:ng|hm|m|n)$"
)


def is_pinyin_syllable(word: str) -> bool:
    """True when word is one pinyin syllable, tone marks allowed.

    >>> [is_pinyin_syllable(w) for w in ('zhèn', 'wǎng', 'lǜ', 'shí', 'xx', 'AD', '社区')]
    [True, True, True, True, False, False, False]
    """
    bare = unicodedata.normalize("NFD", word.replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v"))
    bare = "".join(ch for ch in bare if not unicodedata.combining(ch))
    bare = bare.replace("ü", "v")
    return bool(_SYLLABLE.match(bare))


def pinyin_syllable_count(word: str) -> int:
    """How many pinyin syllables a gloss written without spaces holds; 0 if it is not pinyin.

    A word gloss always carries tone marks (an untoned run of letters may be English).

    >>> pinyin_syllable_count('zhèn'), pinyin_syllable_count('dǎshī'), pinyin_syllable_count('gǔmiàn')
    (1, 2, 2)
    >>> pinyin_syllable_count('gold'), pinyin_syllable_count('dangjian')
    (0, 0)
    """
    if is_pinyin_syllable(word):
        return 1
    if not any(ch in _TONED for ch in word):
        return 0

    def split(rest: str, depth: int) -> int:
        if not rest:
            return 0
        if depth == 4:
            return -1
        for end in range(min(6, len(rest)), 0, -1):
            if is_pinyin_syllable(rest[:end]):
                tail = split(rest[end:], depth + 1)
                if tail >= 0:
                    return tail + 1
        return -1

    count = split(word, 0)
    return count if count >= 2 else 0


def strip_pinyin_annotations(text: str) -> tuple[str, int]:
    """Remove converter pinyin after Chinese characters; return (text, how many removed).

    >>> strip_pinyin_annotations('本網(wǎng)訊(通訊員 王密)近年來')
    ('本網訊(通訊員 王密)近年來', 1)
    >>> strip_pinyin_annotations('宋家鎮(zhèn):“五聚焦”扎實(shí)推進(jìn)')
    ('宋家鎮:“五聚焦”扎實推進', 3)
    >>> strip_pinyin_annotations('村(社区)各自出招,建立镇、管区、村(社区)三级管理体系')
    ('村(社区)各自出招,建立镇、管区、村(社区)三级管理体系', 0)
    >>> strip_pinyin_annotations('被露水打湿(dǎshī),鼓面(gǔmiàn)发亮')
    ('被露水打湿,鼓面发亮', 2)

    Some converters pad the reading with a space (``會(huì )``): it goes all the same.

    >>> strip_pinyin_annotations('中共蘇州縣工作委員會(huì )舊址')
    ('中共蘇州縣工作委員會舊址', 1)

    A character byte damage made illegible (□, repair.py) keeps its place, and its reading goes:

    >>> strip_pinyin_annotations('在合作社工作的村民王宝珍□（duì）记者说')
    ('在合作社工作的村民王宝珍□记者说', 1)

    A page converted twice carries two readings (``的(de)(de)``): both go.

    >>> strip_pinyin_annotations('小湾村的(de)(de)蓝靛产业')
    ('小湾村的蓝靛产业', 2)

    A mirror that sets the reading in 【】 instead (``这【zhè】背后``, round 71) loses it the same
    way; a bracketed word is text (【new】 is no syllable, 【乡村振兴】 no reading).

    >>> strip_pinyin_annotations('这【zhè】背后，麦岭镇【zhèn】副镇长称【chēng】')
    ('这背后，麦岭镇副镇长称', 3)
    >>> strip_pinyin_annotations('村里【new】上线了【乡村振兴】专栏')
    ('村里【new】上线了【乡村振兴】专栏', 0)

    On a converter's page (three readings or more), a toned reading after a character that
    byte damage turned into a letter or a mark goes too; an untoned word in brackets stays:

    >>> strip_pinyin_annotations('興華鄉(xiāng)貝喊l(fā)村婦(fù)女參(cān)加培訓?,F(xiàn)在,Wi-Fi(wifi)')
    ('興華鄉貝喊l村婦女參加培訓?,F在,Wi-Fi(wifi)', 5)
    """
    count = 0

    def drop(match: re.Match) -> str:
        nonlocal count
        syllables = pinyin_syllable_count(match.group(1))
        before = match.string[max(0, match.start() - syllables) : match.start()]
        if syllables and len(_HAN.findall(before)) == syllables:
            count += 1
            return ""
        return match.group(0)

    previous = None
    while previous != text:  # a second reading stands after the first: 的(de)(de)
        previous, text = text, _CANDIDATE.sub(drop, text)

    def drop_after_damage(match: re.Match) -> str:
        nonlocal count
        if not is_pinyin_syllable(match.group(1)):
            return match.group(0)  # a toned word in brackets that is no syllable stays, uncounted
        count += 1
        return ""

    if count >= _CONVERTED_PAGE:  # a converter's page: its toned readings go after damage too
        text = _READING_AFTER_DAMAGE.sub(drop_after_damage, text)
    return text, count


#: How many readings make a page a converter's: on such a page a toned syllable in brackets
#: after a character byte damage turned into a letter or a mark (春發(fā) read back as
#: 贝喊l(fā), 訓。現(xiàn) as ?,F(xiàn): round 95's mirrors) is the converter's reading too.
_CONVERTED_PAGE = 3
_READING_AFTER_DAMAGE = re.compile(
    rf"(?<=\S)[(（] ?((?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,6}}) ?[)）]"
)
