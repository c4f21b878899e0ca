"""Field lines whose labels a template sets in brackets: 【来源】:经典重庆 【时间】:… (each label
bracketed), and (来源:人民网)【原标题:…】 (each field bracketed, side by side); and two labels
sharing one value (作者/编辑:林渺泉, 撰稿、摄影:王栋). All are read as the plain label lines
fields.py reads (parse_field_line calls these first).

>>> from township_reports.ingest.fields import parse_field_line
>>> parse_field_line('编辑：裴佳佳 审核：魏代琼 终审：方凤玲')
{'editors': ['裴佳佳'], 'reviewers': ['魏代琼', '方凤玲']}
"""

from __future__ import annotations

import functools
import re

from .field_rules import FieldRules, load_field_rules  # noqa: F401  (the examples read the rules)


def bracketed_parts(line: str) -> list[str]:
    """The bracketed parts of a line made of two or more brackets side by side, else [].

    >>> bracketed_parts('(来源:人民网)【原标题:土豆熟了,咱乐】'), bracketed_parts('（来源：人民网）')
    (['(来源:人民网)', '【原标题:土豆熟了,咱乐】'], [])
    """
    parts = _BRACKETED_PARTS.findall(line)
    return parts if len(parts) > 1 and "".join(parts) == line.strip() else []


#: A bracketed part of a line set as brackets side by side: (来源:人民网)【原标题:…】
_BRACKETED_PARTS = re.compile(r"\s*[（(【\[][^（）()【】\[\]]+[)）】\]]\s*")


def fields_in_parts(parts: list[str], rules: FieldRules) -> dict[str, list[str]] | None:
    """The fields of a line of bracketed parts, each read on its own; None when none is one.

    >>> fields_in_parts(['(来源:人民网)', '【原标题:土豆熟了,咱乐】'], load_field_rules())
    {'source': ['人民网']}
    """
    from .fields import parse_field_line

    found: dict[str, list[str]] = {}
    read = [parse_field_line(part.strip(), rules) for part in parts]
    for fields in filter(None, read):
        for kind, values in fields.items():
            found.setdefault(kind, []).extend(v for v in values if v not in found[kind])
    return found if any(fields is not None for fields in read) else None


def unbracket_labels(line: str, rules: FieldRules) -> str:
    """A line with each label a template sets in brackets (【来源】:经典重庆 【时间】:…) written
    as a plain label (来源：经典重庆 时间：…); a bracketed word that is no label stays.

    >>> unbracket_labels('【来源】:经典重庆   【时间】2025/8/11', load_field_rules())
    '来源：经典重庆   时间：2025/8/11'
    """
    if "】" not in line and "]" not in line:
        return line
    return rules.bracketed_label.sub(r"\1：", line)


def unjoined_labels(line: str, rules: FieldRules) -> str:
    """A line with two labels joined before one value (作者/编辑:林渺泉, (撰稿、摄影:王栋): a
    college site's credit, rounds 47 and 48) written as two labels each with the value; a
    label of its own with a slash in it (文/图:) stays.

    >>> rules = load_field_rules()
    >>> unjoined_labels('作者/编辑:林渺泉', rules), unjoined_labels('(撰稿、摄影:王栋)', rules)
    ('作者:林渺泉 编辑:林渺泉', '(撰稿:王栋 摄影:王栋)')
    >>> unjoined_labels('文/图:张三', rules)
    '文/图:张三'
    """
    if not re.search(r"[/／、]", line):
        return line

    def both(match: re.Match) -> str:
        if f"{match['a']}/{match['b']}" in rules.label_kind:  # 文/图: one label
            return match.group(0)
        return f"{match['a']}{match['colon']}{match['value']} {match['b']}{match['colon']}{match['value']}"

    return _joined_labels(tuple(rules.label_kind)).sub(both, line)


@functools.cache
def _joined_labels(labels: tuple[str, ...]) -> re.Pattern:
    words = "|".join(
        sorted(map(re.escape, (w for w in labels if len(w) >= 2)), key=len, reverse=True)
    )
    return re.compile(
        rf"(?P<a>{words})[/／、](?P<b>{words})(?P<colon>\s*[:：])\s*(?P<value>[^\s:：|丨｜()（）]+)"
    )
