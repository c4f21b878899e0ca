"""Drop the pinyin that a site's script converter appended after converted characters.

Some government sites serve a traditional-script page made by a converter that
writes the reading after every character it changed: ``鎮(zhèn)``, ``網(wǎng)``.
Those annotations are not part of the report. Only a parenthesis that holds a
single valid pinyin syllable, directly after a Chinese character, is removed:
``(通訊員 王密)``, ``(社区)`` or ``(AD)`` are text and stay.
"""

from __future__ import annotations

import re
import unicodedata

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_CANDIDATE = re.compile(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（]([a-z" + _TONED + r"]{1,7})[)）]"
)
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


def strip_pinyin_annotations(text: str) -> tuple[str, int]:
    """Remove converter pinyin after Chinese characters; return (text, how many removed).

    >>> strip_pinyin_annotations('本網(wǎng)訊(通訊員 王密)近年來')
    ('本網訊(通訊員 王密)近年來', 1)
    >>> strip_pinyin_annotations('宋家鎮(zhèn):“五聚焦”扎實(shí)推進(jìn)')
    ('宋家鎮:“五聚焦”扎實推進', 3)
    >>> strip_pinyin_annotations('村(社区)各自出招,建立镇、管区、村(社区)三级管理体系')
    ('村(社区)各自出招,建立镇、管区、村(社区)三级管理体系', 0)
    """
    count = 0

    def drop(match: re.Match) -> str:
        nonlocal count
        if is_pinyin_syllable(match.group(1)):
            count += 1
            return ""
        return match.group(0)

    return _CANDIDATE.sub(drop, text), count
