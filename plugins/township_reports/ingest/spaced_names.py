"""Names a page spaced out inside, closed up before a byline is read.

A page aligns a two-character name with three-character ones by a space (``杨 雪``), or
loses its alignment and spaces a three-character name after its surname (``李 海燕``): a
lone character is nobody's name, so the two are one name when the first is a surname.
"""

from __future__ import annotations

import re

from .field_rules import FieldRules, load_field_rules

_SPACED_PAIR = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,4}([\u4e00-\u9fff])(?![\u4e00-\u9fff])"
)


def join_spaced_names(value: str, rules: FieldRules | None = None) -> str:
    """Close up a two-character name a page spaced out to align it with three-character
    ones (``杨 雪``, ``白　婷``), when its first character is a surname.

    >>> join_spaced_names('鲁万涛 记者 杨 雪'), join_spaced_names('通讯员 白　婷')
    ('鲁万涛 记者 杨雪', '通讯员 白婷')
    >>> join_spaced_names('图 文 李四')
    '图 文 李四'
    >>> join_spaced_names('本报记者 李 海燕'), join_spaced_names('编辑: 万 先觉 阅读量:9417')
    ('本报记者 李海燕', '编辑: 万先觉 阅读量:9417')
    >>> join_spaced_names('文 李四'), join_spaced_names('记者 王 记者')
    ('文 李四', '记者 王 记者')
    """
    rules = rules or load_field_rules()
    words = {*rules.role_kind, *rules.credit_kind, *rules.label_kind}

    def close(match: re.Match) -> str:
        first, second = match.groups()
        return first + second if first in rules.surnames else match.group(0)

    def close_surname(match: re.Match) -> str:
        first, second = match.groups()
        if first in rules.surnames and first not in words and second not in words:
            return first + second
        return match.group(0)

    return _SPACED_SURNAME.sub(close_surname, _SPACED_PAIR.sub(close, value))


#: A three-character name with a space after its surname (本报记者 李 海燕, 编辑: 万 先觉: a
#: page's alignment gone wrong; session 10, two sites): a lone surname is nobody's name.
_SPACED_SURNAME = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff]{2})(?![\u4e00-\u9fff])"
)


def aligned_names(value: str, rules: FieldRules | None = None) -> frozenset[str]:
    """The two-character names ``value`` spaces out to align them (``方 圆`` in a credit's
    column of names, （乔晓娜 方 圆 胡丰旺）, round 27): a page pads names, never words, so
    方圆 is a name there though it is a word elsewhere.

    >>> sorted(aligned_names('乔晓娜 方 圆 胡丰旺')), sorted(aligned_names('图 文 李四'))
    (['方圆'], [])
    """
    rules = rules or load_field_rules()
    return frozenset(
        first + second for first, second in _SPACED_PAIR.findall(value) if first in rules.surnames
    )
