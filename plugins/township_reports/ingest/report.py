"""The Report: one plain data object per raw file, and its Markdown form.

The Markdown file is a product in itself (people grep it): YAML front matter in
a fixed key order (see FRONT_MATTER.md), then the escaped body. Rendering is
deterministic: the same Report always gives the same bytes.
"""

from __future__ import annotations

import re
from dataclasses import asdict, make_dataclass

import yaml

from . import schema

#: The keys of the front matter, in the order they are written (``schema.FIELDS``).
FRONT_MATTER_KEYS = schema.FRONT_MATTER_KEYS


def _front_matter(self) -> dict:
    """The front matter of this report: its fields but the body, in the schema's order."""
    data = asdict(self)
    return {key: data[key] for key in FRONT_MATTER_KEYS}


#: Everything ingest learnt about one raw report: one attribute per field of
#: ``schema.FIELDS`` (id, title, title_devised and body must be given; keywords only).
Report = make_dataclass(
    "Report",
    [schema.dataclass_field(f, kw_only=True) for f in schema.FIELDS],
    namespace={
        "front_matter": _front_matter,
        "__doc__": "Everything ingest learnt about one raw report.",
    },
)
Report.__module__ = __name__


#: The Report fields a catalog entry (content/catalog.yaml) may set: facts a report's
#: text does not hold, in the order they are applied (and recorded in ``overrides``).
#: ``note`` (free text) says where the facts come from.
CATALOG_FIELDS = schema.names("catalog", order="catalog")


def catalog_schema() -> dict[str, object]:
    """Each field a catalog entry may set, with its type: the type the Report gives it.

    >>> catalog_schema()["editors"], catalog_schema()["title"], catalog_schema()["township"]
    (list[str], <class 'str'>, str | None)
    """
    return {**{name: schema.BY_NAME[name].type for name in CATALOG_FIELDS}, "note": str | None}


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """Block style for the top level, flow style for short leaf lists and dicts.

    libyaml's emitter when PyYAML has it: the same bytes, several times faster.
    """


_NEEDS_QUOTES = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


def _represent_str(dumper, value):
    # Line breaks YAML knows (\x85, \u2028 …) and control characters survive only double-quoted.
    style = '"' if _NEEDS_QUOTES.search(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_front_matter(data: dict) -> str:
    """YAML for the front matter: valid, deterministic, Chinese left readable.

    >>> print(dump_front_matter({'title': '潼关县太要镇：党建引领激发乡村振兴新动能', 'authors': ['王献伟', '程琪琪'], 'division_code': '610522102'}), end='')
    title: 潼关县太要镇：党建引领激发乡村振兴新动能
    authors: [王献伟, 程琪琪]
    division_code: '610522102'
    """
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
        width=4096,
    )


def render_markdown(report: Report) -> str:
    """The whole Markdown file for a report."""
    return f"---\n{dump_front_matter(report.front_matter())}---\n\n{report.body}"


class FrontMatterError(ValueError):
    """A report file whose front matter breaks the contract in FRONT_MATTER.md."""


def _yaml_problem(error: yaml.YAMLError) -> str:
    """A YAML error in one line, with its line in the report file (PyYAML's spans five).

    >>> try:
    ...     yaml.load("id: e0089f6acc92\\ntitle: [神河镇\\n", Loader=_Loader)
    ... except yaml.YAMLError as error:
    ...     print(_yaml_problem(error))
    line 4: front matter is not valid YAML: did not find expected ',' or ']' (see FRONT_MATTER.md)
    """
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).replace("\n", " ")
    where = f"line {mark.line + 2}: " if mark is not None else ""  # + the opening '---'
    return f"{where}front matter is not valid YAML: {problem} (see FRONT_MATTER.md)"


def split_front_matter(text: str, source: str = "<report>") -> tuple[dict, str]:
    """Split a report file into its front matter (a dict) and its Markdown body.

    >>> meta, body = split_front_matter("---\\nid: e1d72b0bcc09\\ntitle: 标题\\n---\\n\\n正文。\\n")
    >>> meta["id"], body
    ('e1d72b0bcc09', '正文。\\n')
    >>> split_front_matter("正文", "x.md")
    Traceback (most recent call last):
    ...
    township_reports.ingest.report.FrontMatterError: x.md: line 1: expected '---' opening the YAML front matter (see FRONT_MATTER.md)
    """
    text = text.removeprefix("\ufeff")
    if not text.startswith("---\n"):
        raise FrontMatterError(
            f"{source}: line 1: expected '---' opening the YAML front matter (see FRONT_MATTER.md)"
        )
    end = text.find("\n---\n", 3)
    if end == -1:
        raise FrontMatterError(f"{source}: no closing '---' line after the YAML front matter")
    try:
        # libyaml's loader: the pure-Python one took half of a 1,000-report site build
        meta = yaml.load(text[4 : end + 1], Loader=_Loader)
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"{source}: {_yaml_problem(exc)}") from exc
    if not isinstance(meta, dict):
        raise FrontMatterError(f"{source}: front matter must be a YAML mapping of keys to values")
    return meta, text[end + 5 :].lstrip("\n")
