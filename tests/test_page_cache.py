"""The page cache can never publish a stale page, whatever a page shows (issue 11).

Every page is declared as data (``pages.Page``: URL, template, context) and keyed by a
digest of its context and template. The tests here are generated from the contexts
themselves, not from a list of fields:

- each field that any page of any family carries (every leaf of its context, and every
  list shortened) is changed, and the cached rebuild must equal a cold build;
- a template reads nothing but its context, the settings and the code's constants (a
  template reaching for the old global ``archive`` fails);
- a report, which a context holds by its content key, is made from nothing but what
  that key covers.

The builds run in this process (Pelican and the plugin imported once), on the five
seeds with the fixture edge cases, without the search index (no page shows it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import jinja2
import jinja2.meta
import pytest
from markupsafe import Markup
from pelican import Pelican
from pelican.settings import read_settings
from test_site import REPO, stage_content

from township_reports.site import generator, hrefs
from township_reports.site.archive import plain_report
from township_reports.site.cache import ContextError, context_digest
from township_reports.site.pages import Derived

THEME = REPO / "theme" / "templates"


# ---------------------------------------------------------------- the contexts, as leaves


def leaves(value, reports: set[int], path=()):
    """(path, value) of every field a context carries that a change can reach: scalars,
    and each list of two or more as a whole (shortened). A report is not entered: the context
    holds it by its content key (see ``test_a_report_is_made_from_what_its_key_covers``).
    """
    if isinstance(value, dict):
        if id(value) in reports:
            return
        for key, item in value.items():
            yield from leaves(item, reports, (*path, key))
    elif isinstance(value, list | tuple):
        if len(value) > 1 and isinstance(value, list):  # an empty feed is dated "now"
            yield (*path, "<shorter>"), value
        for i, item in enumerate(value):
            yield from leaves(item, reports, (*path, i))
    elif isinstance(value, Derived):  # computed from its arguments: they are the fields
        yield from leaves(value.args, reports, (*path, "<args>"))
    elif dataclasses.is_dataclass(value):  # KwicEntry, PlaceNode: the fields it is made from
        for item in dataclasses.fields(value):
            if item.init:
                yield from leaves(getattr(value, item.name), reports, (*path, f".{item.name}"))
    elif value is not None:  # None: no value of the right type to change it to
        yield path, value


def pattern(path) -> tuple:
    """A path with list positions left out: the field, not one occurrence of it."""
    return tuple("*" if isinstance(step, int) else step for step in path)


def changed(value):
    """Another value of the same type."""
    if isinstance(value, Markup):
        return Markup(f"{value}<i>改</i>")
    if isinstance(value, str):
        return value + "改"
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    raise TypeError(f"no change for a {type(value).__name__}")


def replaced(value, path):
    """``value`` with the field at ``path`` changed, copied along the path (so only the
    page whose context this is sees the change, not the others sharing a part)."""
    step, rest = path[0], path[1:]
    if step == "<shorter>":
        return value[:-1]
    if step == "<args>":
        return Derived(value.fn, *replaced(value.args, rest))
    if isinstance(step, str) and step.startswith("."):  # a field of a dataclass
        name = step[1:]
        new = replaced(getattr(value, name), rest) if rest else changed(getattr(value, name))
        return dataclasses.replace(value, **{name: new})
    if isinstance(value, dict):
        copy = dict(value)
    elif isinstance(value, tuple):
        copy = list(value)
    else:
        copy = list(value)
    copy[step] = replaced(value[step], rest) if rest else changed(value[step])
    return tuple(copy) if isinstance(value, tuple) else copy


def apply(context: dict, path) -> None:
    """Change the field at ``path`` in place in ``context`` (the dict the writer reads)."""
    top, rest = path[0], path[1:]
    context[top] = replaced(context[top], rest) if rest else changed(context[top])


# ---------------------------------------------------------------- builds in this process


class Declared:
    """Receives ``pages_declared``: records the pages, applies the changes planned."""

    def __init__(self):
        self.plan: dict[str, tuple] = {}  # page URL → path to change
        self.pages = []
        self.reports: set[int] = set()
        generator.pages_declared.connect(self.receive)

    def receive(self, gen, pages):
        # reports and work entries: a context holds both by their content keys
        self.reports = {id(r) for r in gen.archive.reports + gen.archive.works}
        for page in pages:
            if page.url in self.plan:
                apply(page.context, self.plan[page.url])
        # The generator lets go of a context once its page is written: keep a copy.
        self.pages = [dataclasses.replace(p, context=dict(p.context)) for p in pages]


def build(
    content: Path, output: Path, cache: Path, cold=False, theme=None, accessed="2026-12-01"
) -> None:
    override = {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "CACHE_PATH": str(cache),
        "LOAD_CONTENT_CACHE": not cold,
        "TOWNSHIP_CITATION_DATE": accessed,
        "SEARCH_ENABLED": False,
        "THEME": str(theme or REPO / "theme"),
    }
    Pelican(read_settings(str(REPO / "pelicanconf.py"), override=override)).run()


def differences(warm: Path, cold: Path) -> list[str]:
    made = {p.relative_to(cold) for p in cold.rglob("*") if p.is_file()}
    kept = {p.relative_to(warm) for p in warm.rglob("*") if p.is_file()}
    bad = sorted(str(p) for p in made ^ kept)
    bad += sorted(str(p) for p in made & kept if (warm / p).read_bytes() != (cold / p).read_bytes())
    return bad


def family(page) -> str:
    return page.template


def plan_rounds(pages, reports) -> tuple[list[dict[str, tuple]], dict[str, set]]:
    """Rounds of changes, at most one per page a round, until every field of every
    family has been changed once: in each round, each page changes a field of its family
    that no page has changed yet."""
    todo = {}  # family → pattern → [(url, path)] where it occurs
    for page in pages:
        for path, _ in leaves(page.context, reports):
            todo.setdefault(family(page), {}).setdefault(pattern(path), []).append((page.url, path))
    fields = {name: set(found) for name, found in todo.items()}
    rounds = []
    while any(todo.values()):
        plan = {}
        for found in todo.values():
            for field in list(found):
                url, path = next(((u, p) for u, p in found[field] if u not in plan), (None, None))
                if url is not None:
                    plan[url] = path
                    del found[field]
        rounds.append(plan)
    return rounds, fields


@pytest.fixture(scope="module")
def declared():
    receiver = Declared()
    yield receiver
    generator.pages_declared.disconnect(receiver.receive)


def test_every_field_of_every_page_family_is_in_its_key(tmp_path, declared):
    """Change each field each family's context carries, one occurrence at a time, and
    the cached rebuild writes exactly what a cold build writes."""
    content = stage_content(tmp_path)
    warm, cache = tmp_path / "warm", tmp_path / "cache"
    build(content, warm, cache)
    rounds, fields = plan_rounds(declared.pages, declared.reports)
    families = {family(p) for p in declared.pages}
    assert {"index", "place", "initiative", "year", "matrix", "article", "feed"} <= (families)
    for page in declared.pages:  # a family no change reaches shows reports only (or nothing)
        if family(page) not in fields:
            shown = [
                v
                for value in page.context.values()
                for v in (value if isinstance(value, list) else [value])
            ]
            assert all(id(v) in declared.reports for v in shown), page.url
    for n, plan in enumerate(rounds):
        declared.plan = plan
        before = {p: p.stat().st_mtime_ns for p in warm.rglob("*.html")}
        build(content, warm, cache)
        kept = [p for p, when in before.items() if p.stat().st_mtime_ns == when]
        assert kept, f"round {n}: every page was rewritten: the cache is not exercised"
        cold = tmp_path / f"cold-{n}"
        build(content, cold, tmp_path / f"cold-cache-{n}", cold=True)
        stale = differences(warm, cold)
        assert not stale, f"changed {sorted(plan.items())[:3]}…: stale {stale[:5]}"
        shutil.rmtree(cold)
    declared.plan = {}
    counted = {name: len(found) for name, found in fields.items()}
    assert sum(counted.values()) > 100, counted


def test_an_edited_template_renders_again_every_page_it_makes(tmp_path, declared):
    """Each template of the theme edited in turn (every closing tag marked, so the parts
    kept as fragments change too): the cached rebuild equals a cold build."""
    content, theme = stage_content(tmp_path), tmp_path / "theme"
    shutil.copytree(REPO / "theme", theme)
    warm, cache = tmp_path / "warm", tmp_path / "cache"
    build(content, warm, cache, theme=theme)
    for n, template in enumerate(sorted((theme / "templates").glob("*.html"))):
        source = template.read_text(encoding="utf-8")
        template.write_text(source.replace("</", "改</"), encoding="utf-8")
        build(content, warm, cache, theme=theme)
        cold = tmp_path / f"cold-{n}"
        build(content, cold, tmp_path / f"cold-cache-{n}", cold=True, theme=theme)
        stale = differences(warm, cold)
        assert not stale, f"{template.name} edited: stale {stale[:5]}"
        template.write_text(source, encoding="utf-8")
        shutil.rmtree(cold)


def test_a_new_access_date_renders_only_what_shows_it(tmp_path, declared):
    """The citation access date is a context value of the report pages and their
    citation files, not a build-wide input: on a new day nothing else is rendered but
    the CSL-JSON and BibTeX downloads of every citation and data.html, which gives their
    sha256."""
    content, warm, cache = stage_content(tmp_path), tmp_path / "warm", tmp_path / "cache"

    def rewritten(accessed: str) -> set[str]:
        before = {p: p.stat().st_mtime_ns for p in warm.rglob("*") if p.is_file()}
        build(content, warm, cache, accessed=accessed)
        return {
            p.relative_to(warm).as_posix() for p, t in before.items() if p.stat().st_mtime_ns != t
        }

    build(content, warm, cache, accessed="2026-12-01")
    every_build = rewritten("2026-12-01")  # not cached: sitemap, data tables, the record
    showing = {
        page.url
        for page in declared.pages
        if any(type(v) is dt.date for v in page.context.values())
    }
    assert showing and all(u.startswith("reports/") for u in showing), showing
    citations = {"downloads/citations.csl.json", "downloads/citations.bib", "data.html"}
    assert rewritten("2026-12-02") - every_build == showing | citations
    cold = tmp_path / "cold"
    build(content, cold, tmp_path / "cold-cache", cold=True, accessed="2026-12-02")
    assert differences(warm, cold) == []


def test_reprints_found_render_again_every_page_that_counts_their_work(tmp_path):
    """Two reprints of seed 003 arrive: the pages that count its work (its places, year,
    initiatives, home) and the data tables say so at the next cached build, as a cold
    build does, although the seed's own report did not change."""
    from township_reports.ingest.run import ingest_paths

    content, warm, cache = stage_content(tmp_path), tmp_path / "warm", tmp_path / "cache"
    build(content, warm, cache)
    town = warm / "places" / "610929105.html"
    assert "份转载/副本" not in town.read_text(encoding="utf-8")
    reprints = sorted((REPO / "tests" / "fixtures" / "reprints").iterdir())
    for raw in reprints:
        shutil.copy(raw, content / "raw" / raw.name)
    converted = tmp_path / "converted"  # ingested apart: the fixture reports stay as they are
    raw_files = [content / "raw" / raw.name for raw in reprints]
    ingest_paths(raw_files, converted, jobs=1, raw_root=content / "raw")
    for report in converted.glob("*.md"):
        shutil.copy(report, content / "reports" / report.name)
    build(content, warm, cache)
    assert "报道 1 篇（另有 2 份转载/副本未重复计数）" in town.read_text(encoding="utf-8")
    cold = tmp_path / "cold"
    build(content, cold, tmp_path / "cold-cache", cold=True)
    assert differences(warm, cold) == []


def test_the_catalog_is_written_again_only_when_a_row_changed(tmp_path):
    """catalog.csv and downloads/catalog.json are keyed by their rows' keys
    (``DataFiles._catalog_key``): kept when nothing changed, written again, as a cold
    build writes them, after one report's front matter changed."""
    content = stage_content(tmp_path)
    warm, cache = tmp_path / "warm", tmp_path / "cache"
    build(content, warm, cache)
    catalogs = [warm / "catalog.csv", warm / "downloads" / "catalog.json"]
    stamps = [path.stat().st_mtime_ns for path in catalogs]
    build(content, warm, cache)
    assert [path.stat().st_mtime_ns for path in catalogs] == stamps
    report = sorted((content / "reports").glob("*.md"))[0]
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("\ntitle: ", "\ntitle: 修订 ", 1), encoding="utf-8")
    build(content, warm, cache)
    assert "修订" in catalogs[0].read_text(encoding="utf-8")
    cold = tmp_path / "cold"
    build(content, cold, tmp_path / "cold-cache", cold=True)
    assert differences(warm, cold) == []


# ---------------------------------------------------------------- templates read their context


def theme_env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(THEME))
    env.filters.update(hrefs.FILTERS)  # as the build gives them (hrefs.add_filters)
    return env


#: What every template may read besides its context: Pelican's settings and context
#: (SITEURL, SITENAME … all in the build fingerprint), and the plugin's constants and
#: pure functions, which its code fingerprint covers.
GLOBALS = {
    "HTML_LANG",
    "STEP_LABELS",
    "SCRIPT_LABELS",
    "span_label",
    "cite",
    "fragment",
    "steps_in_brief",
}


def read_names(env: jinja2.Environment, name: str) -> set[str]:
    """The names a template reads from the context it is given (not those it sets itself:
    a top-level ``{% set %}``, ``{% import %}`` or macro is seen by its blocks as a context
    name)."""
    tree = env.parse((THEME / name).read_text(encoding="utf-8"))
    own = {
        n.name
        for node in tree.find_all(jinja2.nodes.Assign)
        for n in [node.target, *node.target.find_all(jinja2.nodes.Name)]
        if isinstance(n, jinja2.nodes.Name)
    }
    own |= {node.target for node in tree.find_all(jinja2.nodes.Import)}
    own |= {node.name for node in tree.find_all(jinja2.nodes.Macro)}
    return {n for n in jinja2.meta.find_undeclared_variables(tree) - own if not n.isupper()}


def test_templates_read_only_their_context(tmp_path, declared):
    """A template that reaches for anything but its page's context, a setting or a
    constant of the code (the old global ``archive``) fails here, by name."""
    content = stage_content(tmp_path)
    build(content, tmp_path / "out", tmp_path / "cache", cold=True)
    env = theme_env()
    contexts = {}
    for page in declared.pages:
        contexts.setdefault(page.template, set()).update(page.context)
    contexts["article"] = {"article"}  # its view is article.view, its own fields the report's
    allowed = GLOBALS | {"section"}
    for name, keys in contexts.items():
        if (THEME / f"{name}.html").is_file():  # else a feed or a citation file: made by code
            strays = read_names(env, f"{name}.html") - keys - allowed
            assert not strays, f"{name}.html reads {sorted(strays)}, not in its context"
    for name in ("_macros.html", "base.html"):
        assert read_names(env, name) <= allowed, name


def test_a_context_refuses_what_its_digest_cannot_see():
    """A value the digest cannot see into is an error, not a silent miss."""

    class Opaque:
        pass

    with pytest.raises(ContextError, match=r"Opaque at place\.reports\[0\]"):
        context_digest({"place": {"reports": [Opaque()]}}, {})
    with pytest.raises(ContextError):
        context_digest({"when": {1, 2}}, {})


def test_a_value_on_every_page_of_a_list_is_in_each_pages_key():
    """The pages of one list share a ``Derived`` over all its reports, encoded once a
    build (``cache._encode_digestible``): each page's key is the key it would have on its
    own, and a changed report changes the key of every page of the list."""
    reports = [{"id": "a"}, {"id": "b"}]
    counts = Derived(len, reports)
    pages = [{"items": [i], "counts": counts} for i in range(3)]

    def keys(report_keys, shared):
        return [context_digest(page, report_keys, shared) for page in pages]

    before = {id(reports[0]): "key-a", id(reports[1]): "key-b"}
    after = {id(reports[0]): "key-a", id(reports[1]): "key-b, edited"}
    assert keys(before, {}) == keys(before, None)
    assert all(old != new for old, new in zip(keys(before, {}), keys(after, {}), strict=True))


def test_a_report_is_made_from_what_its_key_covers():
    """A report's key digests its front matter, body HTML, URL and title (and the body's
    text, read from the same file): the report dict pages show is made from those alone."""

    class Source:
        __slots__ = ("report", "_content", "url", "title", "report_text")

    source = Source()
    source.report = {
        "id": "a",
        "title": "三会一课",
        "date": "2023-07-25",
        "division_code": "610926104",
        "province": "陕西省",
        "prefecture": "安康市",
        "county": "平利县",
        "township": "兴隆镇",
        "initiatives": ["三会一课"],
    }
    source._content, source.url, source.title = "<p>正文</p>", "reports/a.html", "三会一课"
    source.report_text = "正文"
    report = plain_report(source)
    assert report["display_title"] == "三会一课" and report["page"] == "reports/a.html"
