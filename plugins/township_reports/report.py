"""The Report: one plain data object per raw file, and its Markdown form.

The Markdown file is a product in itself (people grep it): YAML front matter in
a fixed key order (see FRONT_MATTER.md), then the escaped body. Rendering is
deterministic: the same Report always gives the same bytes.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

import yaml

FRONT_MATTER_KEYS = (
    "id title title_devised township county county_as_written prefecture province "
    "division_code date date_precision date_estimate authors editors source "
    "initiatives script provenance overrides url"
).split()


@dataclass
class Report:
    """Everything ingest learnt about one raw report."""

    id: str
    title: str
    title_devised: bool
    body: str  # escaped Markdown, one paragraph per line
    township: str | None = None
    county: str | None = None
    county_as_written: str | None = None
    prefecture: str | None = None
    province: str | None = None
    division_code: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_estimate: dict | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source: str | None = None
    initiatives: list[str] = field(default_factory=list)
    script: str = "simplified"
    provenance: dict = field(default_factory=dict)
    overrides: dict = field(default_factory=dict)
    url: str | None = None

    def front_matter(self) -> dict:
        data = asdict(self)
        return {key: data[key] for key in FRONT_MATTER_KEYS}


class _Dumper(yaml.SafeDumper):
    """Block style for the top level, flow style for short leaf lists and dicts."""


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


def split_front_matter(markdown: str) -> tuple[dict, str]:
    """Read a report file back: (front matter, body).

    >>> split_front_matter('---\\ntitle: 宋家镇\\n---\\n\\n聚焦党的建设。\\n')
    ({'title': '宋家镇'}, '聚焦党的建设。\\n')
    """
    if not markdown.startswith("---\n"):
        raise ValueError("no YAML front matter (the file must start with a line '---')")
    end = markdown.find("\n---\n", 4)
    if end < 0:
        raise ValueError("front matter is not closed by a line '---'")
    data = yaml.safe_load(markdown[4 : end + 1]) or {}
    return data, markdown[end + 5 :].lstrip("\n")
