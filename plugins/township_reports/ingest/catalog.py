"""The curators' catalog (content/catalog.yaml): loading it safely, and applying an entry.

A catalog entry corrects what ingest extracted (a title, a date, the original URL);
each correction is recorded as an override beside the value it replaced. The catalog
is a file anyone may edit, so it is read with a loader that refuses what YAML could do
beyond plain data (aliases, anchors, foreign tags), and every problem names the line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import typing
from pathlib import Path

import yaml

from .characters import remove_control_characters, remove_invisible_formatting
from .errors import IngestError
from .report import CATALOG_FIELDS, Report, catalog_schema
from .stated_dates import parse_stated_date


class CatalogError(IngestError):
    """A catalog that cannot be read at all: the message names the file and the line."""


#: The only tags a catalog may spell out: YAML's own, for text, numbers, dates, lists, maps.
_CATALOG_TAGS = {None, "!"} | {
    f"tag:yaml.org,2002:{kind}" for kind in "str int float bool null timestamp seq map".split()
}


class _CatalogLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing anchors, aliases and tags of other types.

    An alias bomb (``a: &a [x, x]``, ``b: &b [*a, *a]`` … nine levels deep) is a few
    lines that expand to gigabytes; a catalog never needs to repeat a value by
    reference, so the first anchor or alias is an error, before anything is built.
    A tag such as ``!!python/object`` asks for an object no catalog holds.
    """

    def compose_node(self, parent, index):
        event = self.peek_event()
        problem = None
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            problem = "anchors and aliases (&name, *name) are not allowed: write each value out"
        elif getattr(event, "tag", None) not in _CATALOG_TAGS:
            problem = f"the tag {event.tag} is not allowed: a catalog holds text, dates and lists"
        if problem:
            raise yaml.MarkedYAMLError(problem=problem, problem_mark=event.start_mark)
        return super().compose_node(parent, index)


def load_catalog(path: Path) -> tuple[dict, list[str]]:
    """The catalog of overrides (content/catalog.yaml): (entries by raw file name, problems).

    A problem in one entry (a field it may not set, a value of the wrong type) is one
    line naming the file and the line; that entry is left out, so its report is built
    from its text alone, and the caller fails the run. A catalog that cannot be read
    at all (not YAML, an alias, not a mapping) raises ``CatalogError``.
    """
    if not path.exists():
        return {}, []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text; re-save it as UTF-8"
        raise CatalogError(f"{path}: cannot read: {reason}") from error
    loader = _CatalogLoader(text)
    try:
        root = loader.get_single_node()
        reports = _catalog_reports_node(root, path)
        entries, problems, lines = {}, [], {}
        for key_node, entry_node in reports.value if reports else []:
            name = str(loader.construct_object(key_node, deep=True))
            entry, found = catalog_entry(loader, entry_node)
            line = key_node.start_mark.line + 1
            if name in lines:  # YAML would silently keep the later one
                found = [(line, f"listed twice (first at line {lines[name]}): merge the two")]
                entries.pop(name, None)
            lines.setdefault(name, line)
            problems += [f"{path}:{at or line}: {name}: {problem}" for at, problem in found]
            if not found and lines[name] == line:
                entries[name] = entry
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(error, "problem", None) or str(error)
        context, context_mark = (
            getattr(error, "context", None),
            getattr(error, "context_mark", None),
        )
        if context and context_mark:  # an unclosed quote: say where it opened
            problem += f" ({context} from line {context_mark.line + 1})"
        raise CatalogError(f"{where}: cannot read the catalog: {problem}") from error
    finally:
        loader.dispose()
    return entries, problems


def _catalog_reports_node(root, path: Path):
    """The ``reports:`` mapping node of a catalog, None when there is none yet."""
    if root is None or (isinstance(root, yaml.ScalarNode) and root.value == ""):
        return None
    line = root.start_mark.line + 1
    if not isinstance(root, yaml.MappingNode):
        raise CatalogError(f"{path}:{line}: the catalog must be a mapping with one key, reports:")
    for key, value in root.value:
        if key.value != "reports":
            line = key.start_mark.line + 1
            raise CatalogError(
                f"{path}:{line}: unknown key {key.value!r}; the catalog has only reports:"
            )
        if isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null"):
            return None
        if not isinstance(value, yaml.MappingNode):
            line = value.start_mark.line + 1
            raise CatalogError(f"{path}:{line}: reports: must map raw file names to fields")
        return value
    return None


def catalog_entry(loader: yaml.SafeLoader, node) -> tuple[dict, list[tuple[int | None, str]]]:
    """One catalog entry checked against ``catalog_schema``: (entry, [(line, problem)]).

    Values are typed as the Report types them; YAML's readings of unquoted text (a date,
    a number) become the strings the Report holds.
    """
    if not isinstance(node, yaml.MappingNode):
        return {}, [
            (None, "expected the fields to set (title: …, url: …), found a list or a value")
        ]
    schema, entry, problems = catalog_schema(), {}, []
    for key_node, value_node in node.value:
        key, line = key_node.value, key_node.start_mark.line + 1
        if key in entry:
            problems.append((line, f"{key}: set twice in one entry"))
            continue
        if key not in schema:
            problems.append(
                (line, f"unknown field {key!r}; a catalog entry sets {', '.join(schema)}")
            )
            continue
        try:
            entry[key] = catalog_value(
                key, loader.construct_object(value_node, deep=True), schema[key]
            )
        except ValueError as error:
            problems.append((line, str(error)))
    return entry, problems


def catalog_value(name: str, value, kind):
    """A catalog value as the Report holds it, or ValueError saying what is wrong with it.

    >>> catalog_value("date", dt.date(2021, 11, 2), str | None), catalog_value("authors", "王密", list[str])
    ('2021-11-02', ['王密'])
    >>> catalog_value("editors", 7, list[str])
    Traceback (most recent call last):
    ...
    ValueError: editors: expected a list of names like [王密, 程琪琪], found 7
    >>> catalog_value("title", ["兴隆镇", "三会一课"], str)
    Traceback (most recent call last):
    ...
    ValueError: title: expected text, found a list: ['兴隆镇', '三会一课']
    >>> catalog_value("title", "", str)
    Traceback (most recent call last):
    ...
    ValueError: title: is empty; delete the line to keep what ingest found
    """
    optional = type(None) in typing.get_args(kind)
    if value is None:
        if optional:
            return None
        raise ValueError(f"{name}: is empty; delete the line to keep what ingest found")
    if typing.get_origin(kind) is list:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) and v.strip() for v in items):
            raise ValueError(
                f"{name}: expected a list of names like [王密, 程琪琪], found {value!r}"
            )
        return [_catalog_text(name, v) for v in items]
    if isinstance(value, dt.date):  # YAML reads an unquoted 2021-11-02 as a date
        value = value.isoformat()
    elif isinstance(value, int) and not isinstance(value, bool):  # an unquoted division code
        value = str(value)
    if not isinstance(value, str):
        found = {list: "a list", dict: "a mapping"}.get(type(value), type(value).__name__)
        raise ValueError(f"{name}: expected text, found {found}: {value!r}")
    value = _catalog_text(name, value)
    if name == "date" and parse_stated_date(value) is None:
        raise ValueError(f"date: {value!r} is not a date (use 2023-07-25)")
    return value


def _catalog_text(name: str, value: str) -> str:
    """A catalog string: not blank, without characters that would be removed from a report."""
    if not value.strip():
        raise ValueError(f"{name}: is empty; delete the line to keep what ingest found")
    for removed in (remove_control_characters(value)[1], remove_invisible_formatting(value)[1]):
        if removed:
            raise ValueError(
                f"{name}: contains {', '.join(removed)}, which no reader can see; delete it"
            )
    return value


def apply_overrides(report: Report, entry: dict) -> None:
    """Set fields from a catalog entry, recording each as an override with what was extracted.

    >>> r = Report(id='x', title='宋家镇', title_devised=False, body='')
    >>> apply_overrides(r, {'url': 'https://example.org/a.html', 'note': '原网页地址'})
    >>> r.url, r.overrides['url']
    ('https://example.org/a.html', {'value': 'https://example.org/a.html', 'extracted': None, 'note': '原网页地址'})
    """
    note = entry.get("note")
    unknown = set(entry) - set(catalog_schema())
    if unknown:
        raise IngestError(
            f"catalog entry sets unknown field(s) {sorted(unknown)}; allowed: {', '.join(catalog_schema())}"
        )
    for key in CATALOG_FIELDS:
        if key not in entry:
            continue
        value = entry[key]
        if key == "date" and value is not None:
            value = str(value)
            stated = parse_stated_date(value)
            if stated is None:
                raise IngestError(f"catalog date {value!r} is not a date (use 2023-07-25)")
            report.date_precision = entry.get("date_precision", stated.precision)
            report.date_estimate = None
            value = stated.iso
        if key == "title":
            report.title_devised = False
        record = {"value": value, "extracted": getattr(report, key)}
        if note:
            record["note"] = note
        report.overrides[key] = record
        setattr(report, key, value)


def catalog_hash(entry: dict | None) -> str | None:
    if not entry:
        return None
    return hashlib.sha256(json.dumps(entry, sort_keys=True, default=str).encode()).hexdigest()[:16]
