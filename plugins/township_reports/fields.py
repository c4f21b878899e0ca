"""Pull labelled fields and bylines out of a report: date, source, authors, editors.

Labels and byline roles are data (``data/fields.yaml``). A field line
(``作者:刘民 发布时间:2011-09-14 09:09 来源:本站原创``) leaves the body and
becomes metadata; a byline glued to the last paragraph
(``…乡村全面振兴。全媒体记者 王献伟 通讯员 程琪琪 文/图``) is cut off it. A
dateline byline such as ``本网讯（通讯员 王密）`` is text the reader should
see, so it stays in the body and only the name is taken.
Input is simplified text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"
_NAME = r"[\u4e00-\u9fff·]{2,4}"


@dataclass(frozen=True)
class FieldRules:
    label_kind: dict
    label_pattern: re.Pattern
    roles: tuple[str, ...]
    credits: tuple[str, ...]
    dateline: re.Pattern
    trailing_byline: re.Pattern
    role_name: re.Pattern


@dataclass
class Fields:
    """Metadata found in labelled lines and bylines (lists keep source order, no repeats)."""

    date: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)

    def add(self, kind: str, values: list[str]) -> None:
        target = getattr(self, kind)
        target.extend(v for v in values if v and v not in target)


@functools.cache
def load_field_rules(path: Path = DATA / "fields.yaml") -> FieldRules:
    """Compile the labels and byline rules data file (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    label_kind = {label: kind for kind, labels in data["labels"].items() for label in labels}
    labels = sorted(label_kind, key=len, reverse=True)
    label_pattern = re.compile("(" + "|".join(labels) + r")\s*[:：]\s*")
    roles = tuple(sorted(data["byline_roles"], key=len, reverse=True))
    credits = tuple(sorted(data["byline_credits"], key=len, reverse=True))
    role_alt = "|".join(map(re.escape, roles))
    credit_alt = "|".join(map(re.escape, credits))
    trailing = re.compile(
        rf"(?<=[。！？”])\s*((?:(?:{role_alt})\s*{_NAME}(?:[\s、，]+{_NAME})*\s*)+)(?:{credit_alt})?\s*$"
    )
    role_name = re.compile(rf"(?:{role_alt})\s*((?:{_NAME})(?:[\s、，]+{_NAME})*)")
    return FieldRules(
        label_kind, label_pattern, roles, credits, re.compile(data["dateline"]), trailing, role_name
    )


def split_names(value: str) -> list[str]:
    """Split a names field into names.

    >>> split_names('王献伟 程琪琪')
    ['王献伟', '程琪琪']
    >>> split_names('刘民、方凤玲')
    ['刘民', '方凤玲']
    """
    return [n for n in re.split(r"[\s、，,;；/]+", value.strip()) if n]


def parse_field_line(line: str, rules: FieldRules | None = None) -> dict[str, list[str]] | None:
    """Read a line of labelled fields; None when the line is not one.

    >>> parse_field_line('时间:2023-07-25 10:50作者:方凤玲来源:宋家镇')
    {'date': ['2023-07-25 10:50'], 'authors': ['方凤玲'], 'source': ['宋家镇']}
    >>> parse_field_line('【责任编辑:魏代琼】')
    {'editors': ['魏代琼']}
    >>> parse_field_line('抓经济检验党建工作成效') is None
    True
    """
    rules = rules or load_field_rules()
    text = line.strip()
    if text.startswith("【") and text.endswith("】"):
        text = text[1:-1].strip()
    if len(text) > 120:
        return None
    matches = list(rules.label_pattern.finditer(text))
    if not matches or matches[0].start() != 0:
        return None
    found: dict[str, list[str]] = {}
    for match, following in zip(matches, matches[1:] + [None], strict=True):
        end = following.start() if following else len(text)
        value = text[match.end() : end].strip()
        kind = rules.label_kind[match.group(1)]
        if kind in ("authors", "editors", "photographers"):
            values = split_names(value)
        else:
            values = [value] if value else []
        if values:
            found.setdefault(kind, []).extend(values)
    return found


def cut_trailing_byline(paragraph: str, rules: FieldRules | None = None) -> tuple[str, list[str]]:
    """Cut a byline glued to the end of the last paragraph; return (paragraph, names).

    >>> cut_trailing_byline('以扎实的党组织建设助推乡村全面振兴。全媒体记者 王献伟 通讯员 程琪琪 文/图')
    ('以扎实的党组织建设助推乡村全面振兴。', ['王献伟', '程琪琪'])
    >>> cut_trailing_byline('奋力实现太要镇追赶超越。')
    ('奋力实现太要镇追赶超越。', [])
    """
    rules = rules or load_field_rules()
    match = rules.trailing_byline.search(paragraph)
    if not match:
        return paragraph, []
    return paragraph[: match.start()].rstrip(), _names_after_roles(match.group(1), rules)


def dateline_byline_names(paragraph: str, rules: FieldRules | None = None) -> list[str]:
    """Names in a dateline byline that opens a report (the text itself is kept).

    >>> dateline_byline_names('本网讯（通讯员 王密）近年来，平利县兴隆镇坚持')
    ['王密']
    >>> dateline_byline_names('近年来，平利县兴隆镇坚持')
    []
    """
    rules = rules or load_field_rules()
    start = rules.dateline.match(paragraph)
    if not start:
        return []
    rest = paragraph[start.end() :]
    inner = re.match(r"\s*[（(]([^）)]{2,40})[）)]", rest)
    if not inner:
        return []
    return _names_after_roles(inner.group(1), rules)


def _names_after_roles(byline: str, rules: FieldRules) -> list[str]:
    """The person names in a byline, role words and credits left out."""
    names = []
    for role in rules.role_name.finditer(byline):
        names.extend(
            n for n in split_names(role.group(1)) if n not in rules.roles and n not in rules.credits
        )
    return names
