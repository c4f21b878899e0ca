"""The report's fields, defined once: what each is, and who writes, reads and shows it.

Every other list of a report's fields is derived from ``FIELDS`` here: the ``Report``
ingest fills and the front matter it writes (``report.py``), the fields a curator's
catalog entry may set (``catalog.py``), the site's reader and its checks
(``site/reader.py``), ``township-reports inspect`` (``cli.py``), the search index's
records (``site/search/records.py``) and the columns of ``catalog.csv`` with their
meanings for ``data.html`` (``site/datafiles.py``). Add a field here and every one of
them has it; the tests check FRONT_MATTER.md documents it.

It lives in ``ingest/`` because ingest writes the contract, and the pipeline version is
a hash of this package: a changed schema re-ingests every report. The site imports it
from here, as it imports ``split_front_matter``. It must never import from ``site/``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

#: How the site checks a value a hand edit may have put under a key (``reader.field_problem``):
#: text, flag (true/false), code (6- or 9-digit division code), date (ISO 8601),
#: precision (second … year), estimate ({earliest, latest, evidence}), list (of text),
#: mapping, provenance (the mapping ingest records what it did in).
KINDS = ("text", "flag", "code", "date", "precision", "estimate", "list", "mapping", "provenance")

#: The empty value of a kind, where it is not None: a fresh container, or false.
_EMPTY = {"list": list, "mapping": dict, "provenance": dict, "flag": bool}
#: ``Field.default`` of a field a Report cannot be made without.
NO_DEFAULT = dataclasses.MISSING


@dataclass(frozen=True)
class Column:
    """One column of ``catalog.csv``: its name, its meaning (``data.html``) and where its
    value is in the site's report dict.

    ``key`` is the path to the value (``("provenance", "sha256")``); ``shape`` how the value
    is written in a cell: ``text`` (empty when null), ``flag`` (true/false), ``list``
    (joined with ；), ``json`` (a mapping as JSON, empty when empty), ``markers`` (the
    ``marker`` of each item of a list, joined with ；).
    """

    name: str
    guide: str
    key: tuple[str, ...] = ()
    shape: str = "text"


@dataclass(frozen=True)
class Field:
    """One field of a report.

    ``type``: the Python type a Report (and a catalog entry) gives it;
    ``default``: what a Report starts with when ingest does not set it (``NO_DEFAULT``:
    ingest must set it; None: the kind's empty value, ``empty()``);
    ``required``: null is not allowed in the front matter (the site refuses the file);
    ``front_matter``: written in the YAML front matter (everything but the body);
    ``catalog``: a curator's catalog entry (content/catalog.yaml) may set it;
    ``inspect``: printed by ``township-reports inspect``;
    ``search``: kept in the search index's record of the report;
    ``place``: part of where the report is from (``Location``);
    ``columns``: its columns in ``catalog.csv`` (none: not in the download).
    """

    name: str
    kind: str
    type: object
    default: object = None
    required: bool = False
    front_matter: bool = True
    catalog: bool = False
    inspect: bool = True
    search: bool = False
    place: bool = False
    columns: tuple[Column, ...] = ()

    def empty(self):
        """The value of a field nobody set: None, false, or an empty list or mapping.

        >>> BY_NAME["authors"].empty(), BY_NAME["title_devised"].empty(), BY_NAME["date"].empty()
        ([], False, None)
        """
        return _EMPTY[self.kind]() if self.kind in _EMPTY else None


def _column(name: str, guide: str, shape: str = "text") -> tuple[Column, ...]:
    return (Column(name, guide, (name,), shape),)


#: The report's fields, in the order of the front matter (FRONT_MATTER.md), then the body.
FIELDS: tuple[Field, ...] = (
    Field(
        "id",
        "text",
        str,
        default=NO_DEFAULT,
        required=True,
        search=True,
        columns=_column(
            "id", "报道编号：原始文件字节的 sha256 前 12 位，决定网址与引用键，永不改变"
        ),
    ),
    Field(
        "title",
        "text",
        str,
        default=NO_DEFAULT,
        required=True,
        catalog=True,
        search=True,
        columns=_column("title", "标题（原文标题，或整理者拟定的标题）"),
    ),
    Field(
        "title_devised",
        "flag",
        bool,
        default=NO_DEFAULT,
        search=True,
        columns=_column("title_devised", "标题是否为整理者拟定（true 时页面以〔〕标示）", "flag"),
    ),
    Field(
        "township",
        "text",
        str | None,
        catalog=True,
        search=True,
        place=True,
        columns=_column("township", "乡镇（街道）"),
    ),
    Field(
        "township_as_written",
        "text",
        str | None,
        place=True,
        columns=_column(
            "township_as_written", "文中所写的乡镇名称（与今名不同时，例如侯寨乡→今侯寨街道）"
        ),
    ),
    Field(
        "county",
        "text",
        str | None,
        catalog=True,
        search=True,
        place=True,
        columns=_column("county", "县级单位（现名）"),
    ),
    Field(
        "county_as_written",
        "text",
        str | None,
        place=True,
        columns=_column(
            "county_as_written", "报道发布时的县级名称（如后来改名，例如旬阳县→旬阳市）"
        ),
    ),
    Field(
        "prefecture",
        "text",
        str | None,
        catalog=True,
        search=True,
        place=True,
        columns=_column("prefecture", "地级单位"),
    ),
    Field(
        "province",
        "text",
        str | None,
        catalog=True,
        search=True,
        place=True,
        columns=_column("province", "省级单位"),
    ),
    Field(
        "division_code",
        "code",
        str | None,
        catalog=True,
        search=True,
        place=True,
        columns=_column("division_code", "统计用区划代码：乡镇 9 位，只知到县时 6 位"),
    ),
    Field(
        "date",
        "date",
        str | None,
        catalog=True,
        search=True,
        columns=_column("date", "原文载明的发布时间（ISO 8601）；未载明则为空"),
    ),
    Field(
        "date_precision",
        "precision",
        str | None,
        catalog=True,
        search=True,
        columns=_column("date_precision", "发布时间的精度：second、minute、day、month、year"),
    ),
    Field(
        "date_estimate",
        "estimate",
        dict | None,
        search=True,
        columns=(
            Column(
                "date_estimate_earliest",
                "未载明日期时，推断的最早日期",
                ("date_estimate", "earliest"),
            ),
            Column("date_estimate_latest", "推断的最晚日期", ("date_estimate", "latest")),
            Column(
                "date_estimate_evidence",
                "推断依据（时代标记词，以“；”分隔）",
                ("date_estimate", "evidence"),
                "markers",
            ),
            # Derived by the site from date, date_precision and date_estimate.
            Column("date_label", "网页上显示的日期（推断者标“约…（推断）”）", ("date_label",)),
        ),
    ),
    Field(
        "authors",
        "list",
        list[str],
        catalog=True,
        columns=_column("authors", "作者、记者、通讯员（以“；”分隔）", "list"),
    ),
    Field(
        "editors",
        "list",
        list[str],
        catalog=True,
        columns=_column("editors", "责任编辑（以“；”分隔）", "list"),
    ),
    Field("source", "text", str | None, catalog=True, columns=_column("source", "原文所载来源")),
    Field(
        "initiatives",
        "list",
        list[str],
        catalog=True,  # a curator confirms a candidate from the review list (issue 9, wh)
        search=True,
        columns=_column("initiatives", "报道提到的举措（规范名，以“；”分隔）", "list"),
    ),
    Field(
        "script",
        "text",
        str,
        default="simplified",
        columns=_column("script", "原始文本的字体：traditional 繁体、simplified 简体、mixed 混合"),
    ),
    Field(
        "provenance",
        "provenance",
        dict,
        # inspect prints its parts apart: repairs, every field's evidence, warnings, review
        inspect=False,
        columns=(
            Column(
                "raw_file",
                "原始文件在 content/raw/ 下的路径（可从网站下载原样文件）",
                ("provenance", "raw_file"),
            ),
            Column("sha256", "原始文件的 sha256", ("provenance", "sha256")),
            Column("warnings", "整理时的警告（以“；”分隔）", ("provenance", "warnings"), "list"),
        ),
    ),
    Field(
        "overrides",
        "mapping",
        dict,
        columns=_column(
            "overrides", "由目录文件 content/catalog.yaml 补充或更正的字段（JSON）", "json"
        ),
    ),
    Field(
        "url",
        "text",
        str | None,
        catalog=True,
        columns=_column("url", "原始网址（网络存档的抓取网址、网页的规范链接，或目录文件提供）"),
    ),
    # When the page was fetched (a web archive's WARC-Date, ISO 8601 UTC): the access date
    # a citation gives, and the latest the report can have been published.
    Field(
        "captured",
        "text",
        str | None,
        catalog=True,
        columns=_column("captured", "网页存档时间（ISO 8601，UTC）：引用时作为访问日期"),
    ),
    # When the report entered the archive (ISO date, UTC): recorded once, at its first ingest,
    # and kept through re-ingests, re-scrapes of its raw file and hand edits (run.py
    # ``first_added``). Feeds give it as Atom's ``updated``; it is never a publication date.
    Field(
        "added",
        "date",
        str | None,
        columns=_column("added", "收录日期：报道首次整理进本档案的日期（此后不变；不是发布时间）"),
    ),
    # The escaped Markdown after the front matter, one paragraph per line.
    Field(
        "body", "text", str, default=NO_DEFAULT, required=True, front_matter=False, inspect=False
    ),
    # The headline (a "# " line) and body in the script the source was captured in, for a
    # source not in simplified script (as_captured.py); ingest writes it beside the report
    # as <id>.orig.txt, so the Markdown people grep holds one script. None: simplified.
    Field("as_captured", "text", str | None, front_matter=False, inspect=False),
)

BY_NAME = {f.name: f for f in FIELDS}

#: A few consumers have always listed some fields in another order than the front
#: matter's; they keep it, so what they write stays byte for byte what it was (a
#: curator's overrides mapping in the Markdown, catalog.json, catalog.csv columns that
#: scripts may read by position, the search index's version). Each is a list of moves: (field, the field it comes
#: right after), applied in turn to the front matter's order.
ORDER_MOVES = {
    # the site's report dict, hence catalog.json: the names as today before the names as written
    "site": (("county", "township"), ("initiatives", "editors")),
    "catalog.csv": (("county", "township"),),
    # what a catalog entry corrects first: title and date, then who, then where
    "catalog": (
        ("date", "title"),
        ("date_precision", "date"),
        ("url", "date_precision"),
        ("source", "url"),
        ("authors", "source"),
        ("editors", "authors"),
    ),
    "inspect": (("url", "script"), ("captured", "url")),
    # the search index's version digests each record's fields in this order: another order
    # would give every published index a new version (and readers' browsers fetch it anew)
    "search": (
        ("date", "title"),
        ("date_precision", "date"),
        ("date_estimate", "date_precision"),
        ("province", "date_estimate"),
        ("prefecture", "province"),
        ("county", "prefecture"),
        ("township", "county"),
        ("division_code", "township"),
        ("initiatives", "division_code"),
        ("title_devised", "initiatives"),
    ),
}


def ordered(names, moves=()) -> tuple[str, ...]:
    """``names`` with each (name, after) of ``moves`` taken out and put right after ``after``.

    >>> ordered(["township", "township_as_written", "county"], [("county", "township")])
    ('township', 'county', 'township_as_written')
    """
    names = list(names)
    for name, after in moves:
        names.remove(name)
        names.insert(names.index(after) + 1, name)
    return tuple(names)


def names(where: str, order: str | None = None) -> tuple[str, ...]:
    """The names of the fields with the flag ``where`` set, in the front matter's order
    or in that of ``ORDER_MOVES[order]``.

    >>> names("catalog")[:4], names("catalog", "catalog")[:4]
    (('title', 'township', 'county', 'prefecture'), ('title', 'date', 'date_precision', 'url'))
    """
    chosen = [f.name for f in FIELDS if getattr(f, where)]
    return ordered(chosen, ORDER_MOVES.get(order, ()) if order else ())


#: The keys of the front matter, in the order ingest writes them.
FRONT_MATTER_KEYS = names("front_matter")
#: The fields that say where a report is from (ingest's ``Location``).
PLACE_FIELDS = names("place")
#: The levels of the statistical division, largest first, each with the place field that
#: names a report's unit of that level. A unit is its division code, never its name.
DIVISION_LEVELS = (
    ("province", "province"),
    ("prefecture", "prefecture"),
    ("county", "county"),
    ("town", "township"),
)


def division_chain(code: str) -> list[tuple[str, str]]:
    """(level, code) of each unit a division code lies in, largest first: the province,
    prefecture and county codes are the town's 9-digit code cut and padded with zeros.

    >>> division_chain("610981111")
    [('province', '610000'), ('prefecture', '610900'), ('county', '610981'), ('town', '610981111')]
    >>> [level for level, _ in division_chain("610981")]
    ['province', 'prefecture', 'county']
    """
    codes = (code[:2] + "0000", code[:4] + "00", code[:6], code)
    chain = [(level, c) for (level, _), c in zip(DIVISION_LEVELS, codes, strict=True)]
    return chain if len(code) > 6 else chain[:3]


def download_columns() -> tuple[Column, ...]:
    """The report's columns in ``catalog.csv``, in order (the site adds its own after them).

    >>> [c.name for c in download_columns()][9:16]
    ['division_code', 'date', 'date_precision', 'date_estimate_earliest', 'date_estimate_latest', 'date_estimate_evidence', 'date_label']
    """
    order = ordered([f.name for f in FIELDS if f.columns], ORDER_MOVES["catalog.csv"])
    return tuple(column for name in order for column in BY_NAME[name].columns)


def dataclass_field(f: Field, empty: bool = False, kw_only: bool = False) -> tuple:
    """``(name, type, dataclasses.field)`` for ``dataclasses.make_dataclass``: with the
    field's ``default`` (``NO_DEFAULT``: none; a list or mapping starts empty), or with
    ``empty`` its empty value (what a reader takes a missing key for); ``kw_only``: given
    by keyword only.

    >>> dataclass_field(BY_NAME["authors"])[2].default_factory()
    []
    >>> dataclass_field(BY_NAME["title_devised"])[2].default is NO_DEFAULT
    True
    >>> dataclass_field(BY_NAME["title_devised"], empty=True)[2].default
    False
    """
    if f.default is NO_DEFAULT and not empty:
        return (f.name, f.type, dataclasses.field(kw_only=kw_only))
    default = f.empty() if empty or f.default is None else f.default
    if isinstance(default, (list, dict)):
        return (f.name, f.type, dataclasses.field(default_factory=type(default), kw_only=kw_only))
    return (f.name, f.type, dataclasses.field(default=default, kw_only=kw_only))
