"""Field lines whose labels a template sets in brackets: 【来源】:经典重庆 【时间】:… (each label
bracketed), and (来源:人民网)【原标题:…】 (each field bracketed, side by side). Both are read as
the plain label lines fields.py reads (parse_field_line calls these first).

>>> from township_reports.ingest.fields import parse_field_line
>>> parse_field_line('编辑：裴佳佳 审核：魏代琼 终审：方凤玲')
{'editors': ['裴佳佳'], 'reviewers': ['魏代琼', '方凤玲']}
"""

from __future__ import annotations

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
