"""The site: reader, facets and citations as functions, then a real Pelican build.

The build uses the fixture reports (tests/fixtures/reports: the five seeds as ingest
should render them) plus edge cases (tests/fixtures/edge), so the facts checked here do
not move when ingest improves; tests/browser checks the site built from content/.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "plugins"))  # township_reports, also when not pip-installed

from township_reports.ingest.html_text import BODY_LINES, html_to_text  # noqa: E402
from township_reports.site import citations, facets  # noqa: E402
from township_reports.site.date_display import date_label, sort_date  # noqa: E402
from township_reports.site.reader import body_html, read_report  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures"
XINGLONG = "91f79f6ef900"  # seed 000, 兴隆镇 (平利县): no stated date, devised title
TAIYAO = "9315f2c26fc9"  # seed 001, 太要镇: estimate 2023
SHENHE = "e0089f6acc92"  # seed 002, 神河镇: 2011-09-14 09:09
SONGJIA = "ed051efe3bbd"  # seed 003, 宋家镇: 2023-07-25 10:50
CHENGGUAN = "622ba3f881c0"  # seed 004, 城关镇 (清丰县): 2023-08-07 09:25:34
HOSTILE = "e49705eecd95"
XINGLONG_JINGYANG = "0e1a00000001"
UNPLACED = "0e1a00000002"


def fixture_reports(*folders: str) -> list[dict]:
    reports = []
    for folder in folders:
        where = FIXTURES / "reports" if folder == "reports" else FIXTURES / folder / "reports"
        for path in sorted(where.glob("*.md")):
            html, report = read_report(path)
            report["page"] = f"reports/{report['id']}.html"
            report["text"] = html_to_text(html, BODY_LINES)
            reports.append(report)
    return reports


def by_id(reports, ident):
    return next(r for r in reports if r["id"] == ident)


# ---------------------------------------------------------------- reader


def test_devised_title_is_kept_plain_and_flagged():
    _, report = read_report(FIXTURES / "reports" / f"{XINGLONG}.md")
    assert report["title_devised"] is True
    assert not report["title"].startswith("〔")
    assert facets.display_title(report) == f"〔{report['title']}〕"


def test_undated_report_sorts_by_estimate_but_keeps_no_stated_date():
    _, report = read_report(FIXTURES / "reports" / f"{XINGLONG}.md")
    assert report["date"] is None
    assert sort_date(report) == dt.datetime(2021, 1, 1)
    assert date_label(report) == "约2021–2022年（推断）"


def test_unquoted_yaml_dates_become_iso_strings(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\nid: abc\ntitle: t\ndate: 2023-08-07T09:25:34\n"
        "date_estimate: {earliest: 2021-01-01, latest: 2022-12-31}\n---\n\n正文\n",
        encoding="utf-8",
    )
    _, report = read_report(path)
    assert report["date"] == "2023-08-07T09:25:34"
    assert report["date_estimate"]["earliest"] == "2021-01-01"


def test_body_can_never_become_html_or_a_link():
    html = body_html("<script>alert(1)</script>\n\n[点此](javascript:alert(1)) <b>粗</b>")
    assert "<script" not in html and "<b>" not in html and "<a" not in html
    assert "&lt;script&gt;" in html


def test_front_matter_errors_name_the_file(tmp_path):
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: [unclosed\n---\n正文\n", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.md"):
        read_report(path)


# ---------------------------------------------------------------- facets


def test_same_town_name_in_two_counties_gets_two_places():
    reports = fixture_reports("reports", "edge")
    towns = [p for p in facets.build_places(reports).values() if p.name == "兴隆镇"]
    assert {p.code for p in towns} == {"610926101", "610423114"}
    assert all(p.url == f"places/{p.code}.html" for p in towns)


def test_estimates_are_grouped_apart_from_stated_dates():
    groups, undated = facets.build_years(fixture_reports("reports", "edge"))
    year = {g.year: g for g in groups}
    assert {r["township"] for r in year[2023].stated} == {"宋家镇", "城关镇"}
    assert {r["township"] for r in year[2023].estimated} == {"太要镇"}
    # 兴隆镇 (平利县) may be from 2021 or 2022: listed, as estimated, under both.
    assert [r["id"] for r in year[2021].estimated] == [XINGLONG]
    assert [r["id"] for r in year[2022].estimated] == [XINGLONG]
    assert XINGLONG not in {r["id"] for g in groups for r in g.stated}
    assert [r["id"] for r in undated] == [XINGLONG_JINGYANG]


def test_sanlian_is_used_by_xinglong_and_shenhe():
    initiatives = {i.name: i for i in facets.build_initiatives(fixture_reports("reports"))}
    assert {t.name for t in initiatives["三联"].towns} == {"兴隆镇", "神河镇"}
    assert {r["id"] for r in initiatives["三联"].reports} == {XINGLONG, SHENHE}


def test_initiatives_ordered_by_number_of_towns():
    initiatives = facets.build_initiatives(fixture_reports("reports"))
    counts = [len(i.towns) for i in initiatives]
    assert counts == sorted(counts, reverse=True)
    assert initiatives[0].name == "三会一课"  # 兴隆镇, 太要镇, 城关镇


def test_concordance_shows_how_each_town_uses_sanlian():
    reports = fixture_reports("reports")
    sanlian = [r for r in reports if "三联" in r["initiatives"]]
    sentences = {
        r["id"]: facets.sentences_mentioning(r["text"], ["三联共建", "三联"]) for r in sanlian
    }
    xinglong = ["".join(t for t, _ in s) for s in sentences[XINGLONG]]
    assert "扎实推动“三联”机制落地生根。" in xinglong
    shenhe = sentences[SHENHE]
    assert any(("三联共建", True) in s for s in shenhe)


def test_matrix_marks_exactly_the_initiatives_each_town_names():
    reports = fixture_reports("reports")
    places = facets.build_places(reports)
    initiatives = facets.build_initiatives(reports)
    matrix = facets.build_matrix(places, initiatives)
    names = [c.name for c in matrix.columns]
    for town, cells in matrix.rows:
        used = {names[i] for i, n in enumerate(cells) if n}
        assert used == set(town.reports[0]["initiatives"])


def test_initiative_slugs_are_ascii_unique_and_stable():
    names = ["三联", "7+X", "1+3+N", "三会一课", "a/b", "“五星”"]
    slugs = [facets.initiative_slug(n) for n in names]
    assert len(set(slugs)) == len(slugs)
    assert all(re.fullmatch(r"[0-9a-f]{10}", s) for s in slugs)
    assert facets.initiative_slug("三联") == "cc97c5dd2b"  # a URL, never to change


# ---------------------------------------------------------------- citations


def test_gbt7714_for_seed_002():
    report = by_id(fixture_reports("reports"), SHENHE)
    text = citations.gbt7714(report, "https://x.org/reports/e0089f6acc92.html", dt.date(2025, 3, 1))
    assert text == (
        "刘民. 神河镇“升级晋档”推动党建经济双丰收[EB/OL]. (2011-09-14)[2025-03-01]. "
        "https://x.org/reports/e0089f6acc92.html."
    )


def test_citations_never_pass_an_estimate_off_as_a_date():
    report = by_id(fixture_reports("reports"), XINGLONG)
    gbt = citations.gbt7714(report, "u", dt.date(2025, 3, 1))
    assert "[2021—2022]" in gbt and "(2021" not in gbt
    csl = citations.csl_json(report, "u", dt.date(2025, 3, 1))
    assert csl["issued"] == {"date-parts": [[2021], [2022]], "circa": True}
    assert "推断" in csl["note"]
    assert "推断" in citations.bibtex(report, "u", dt.date(2025, 3, 1))


# ---------------------------------------------------------------- the built site


def build(content: Path, output: Path, *extra_settings: str) -> Path:
    """Build ``content`` into ``output``; ``extra_settings``: ``NAME=json`` for Pelican's -e."""
    cmd = [sys.executable, "-m", "pelican", str(content), "-o", str(output)]
    cmd += ["-s", str(REPO / "pelicanconf.py"), "--fatal", "errors", "--ignore-cache"]
    cmd += [arg for setting in extra_settings for arg in ("-e", setting)]
    path = [str(REPO / "plugins"), os.environ.get("PYTHONPATH", "")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in path if p))
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"pelican failed:\n{done.stdout}\n{done.stderr}"
    return output


def stage_content(tmp: Path) -> Path:
    """The seeds' raw files with the fixture reports and edge cases, as a content folder."""
    content = tmp / "content"
    shutil.copytree(REPO / "content" / "raw", content / "raw")
    shutil.copytree(FIXTURES / "reports", content / "reports")
    for folder in ("reports", "raw"):
        for path in (FIXTURES / "edge" / folder).iterdir():
            shutil.copy(path, content / folder / path.name)
    return content


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("fixture-site")
    return build(stage_content(tmp), tmp / "output")


def read(site: Path, name: str) -> str:
    return (site / name).read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def section(html: str, ident: str) -> str:
    start = html.index(f'id="{ident}"')
    end = html.find("</section>", start)
    return html[start:end]


def initiative_page(site: Path, name: str) -> str:
    return read(site, f"initiatives/{facets.initiative_slug(name)}.html")


def content_security_policy(html: str) -> dict[str, list[str]]:
    """A page's CSP meta as {directive: sources}."""
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert meta, "the page has no Content-Security-Policy"
    return {d.split()[0]: d.split()[1:] for d in meta.group(1).split(";") if d.strip()}


def effective_source(policy: dict[str, list[str]], directive: str) -> list[str] | None:
    """What a browser allows for a fetch directive: its own sources, else default-src's
    (CSP 3: base-uri and form-action have no such fallback).

    >>> effective_source({"default-src": ["'self'"], "img-src": ["data:"]}, "script-src")
    ["'self'"]
    >>> effective_source({"default-src": ["'self'"], "img-src": ["data:"]}, "img-src")
    ['data:']
    """
    return policy.get(directive, policy.get("default-src"))


def test_every_page_is_zh_cn_with_a_search_box_and_no_inline_script(site):
    pages = list(site.rglob("*.html"))
    assert len(pages) > 30
    for page in pages:
        html = page.read_text(encoding="utf-8")
        if page.name == "search.html":
            continue  # the search page swaps in its own, larger form
        assert '<html lang="zh-CN">' in html, page
        # a GET form: the method is the default, not written (issue 12)
        assert re.search(r'<form role="search"[^>]*action="[^"]*search\.html">', html), page
        assert "method=" not in html[html.index('<form role="search"') :].split(">")[0], page
        assert re.search(r'<input type="search"[^>]* name="q"', html), page
        policy = content_security_policy(html)
        for directive in ("script-src", "style-src", "img-src", "font-src", "connect-src"):
            assert effective_source(policy, directive) == ["'self'"], (page, directive)
        assert effective_source(policy, "object-src") == ["'none'"], page
        assert policy["base-uri"] == policy["form-action"] == ["'self'"], page
        # A JSON-LD data block is never run (browsers execute only script types); any
        # other script element without src would be inline code.
        inline = r'<script(?![^>]*\bsrc=)(?![^>]*type="application/ld\+json")[^>]*>'
        assert not re.search(inline, html), f"inline script in {page}"


def test_rights_are_in_every_footer_and_whole_on_the_data_page(site):
    """Issue 14: the texts belong to their publishers, said on every page in a line that
    leads to the whole statement (licences and the takedown contact) on data.html."""
    for page in site.rglob("*.html"):
        if page.relative_to(site).parts[0] in ("raw", "theme"):
            continue
        html = page.read_text(encoding="utf-8")
        footer = html[html.index("<footer>") :]
        assert "报道原文版权归原发布者" in footer, page
        assert re.search(r'<a href="[^"]*data\.html#rights">', footer), page
    data = read(site, "data.html")
    rights = data[data.index('<h2 id="rights">') :]
    rights = rights[: rights.index("</p>")]
    for said in ("版权归原发布者所有", "CC0 1.0", "MIT", "takedown@example.org"):
        assert said in rights, said


def test_report_pages_live_at_their_id(site):
    for ident in (XINGLONG, TAIYAO, SHENHE, SONGJIA, CHENGGUAN):
        assert (site / "reports" / f"{ident}.html").is_file()


def test_undated_report_shows_its_estimate_and_evidence(site):
    html = read(site, f"reports/{XINGLONG}.html")
    assert "约2021–2022年（推断）" in html
    assert "持续抓好疫情防控" in html  # the quote the estimate rests on
    assert '<h1 class="devised">〔' in html
    assert "<time" not in html  # no machine-readable date is claimed


def test_stated_date_shows_its_precision(site):
    html = read(site, f"reports/{CHENGGUAN}.html")
    assert '<time datetime="2023-08-07T09:25:34">2023年8月7日 09:25:34</time>' in html
    assert "王献伟、程琪琪" in html and "崔莎莎" in html


def test_report_page_links_its_place_trail_and_initiatives(site):
    html = read(site, f"reports/{SHENHE}.html")
    trail = re.findall(r'href="\.\./places/(\d+)\.html">([^<]+)</a>', html)
    assert ("610000", "陕西省") in trail and ("610981111", "神河镇") in trail
    assert "（发布时称旬阳县）" in html
    assert f'href="../initiatives/{facets.initiative_slug("三联")}.html">三联</a>' in html


def test_report_page_shows_provenance_and_citations(site):
    html = read(site, f"reports/{SHENHE}.html")
    provenance = section(html, "provenance")
    assert "e0089f6acc92569a3eae462ba13b3364f9f1906656b3483c2422a848fa247198" in provenance
    assert "?guī)X" in provenance and "嶺" in provenance  # the recorded repair
    assert "用戶中心 | 手機版 | 繁體 本站支持IPV6" in provenance  # a recorded removal
    cite = section(html, "cite")
    assert "刘民. 神河镇“升级晋档”推动党建经济双丰收[EB/OL]. (2011-09-14)[" in cite
    assert "@online{e0089f6acc92," in cite
    assert not (site / "reports" / f"{SHENHE}.csl.json").exists()  # one download for all
    csl = {item["id"]: item for item in json.loads(read(site, "downloads/citations.csl.json"))}
    assert csl[SHENHE]["issued"] == {"date-parts": [[2011, 9, 14]]}
    assert len(csl) == 8
    # every report's entry in one file (a file a report was 10,000 files at 10,000 reports)
    assert "@online{e0089f6acc92," in read(site, "downloads/citations.bib")
    assert not (site / "reports" / f"{SHENHE}.bib").exists()


def test_provenance_shows_what_each_step_did_and_names_the_others_on_one_line(site):
    """A curator checks what a step removed; a step that changed nothing is a name on
    one line, not an entry of its own (issue 12: ~1 KB of every report page)."""
    provenance = section(read(site, f"reports/{HOSTILE}.html"), "provenance")
    steps = provenance[provenance.index('<ol class="steps">') : provenance.index("</ol>")]
    assert "删除网页框架 <code>dechrome</code>" in steps
    assert "删除的内容（1 项）" in steps and "&lt;script&gt;alert(" in steps
    assert "repair" not in steps and "unannotate" not in steps
    (unchanged,) = re.findall(r"<p>未作改动的步骤：(.*?)</p>", provenance)
    assert unchanged == "修复字节损坏 <code>repair</code>、删除转换器注音 <code>unannotate</code>"


def test_raw_files_download_unchanged(site):
    for raw in (REPO / "content" / "raw").iterdir():
        assert (site / "raw" / raw.name).read_bytes() == raw.read_bytes()
    html = read(site, f"reports/{SHENHE}.html")
    assert 'href="../raw/002_e1d72b0bcc09f689.txt" download=' in html


def test_static_hosts_serve_the_files_as_they_are(site):
    # without it GitHub Pages' Jekyll would render a published Markdown or text file
    assert (site / ".nojekyll").exists()


def test_raw_html_is_published_as_text_so_it_never_runs(site):
    source = FIXTURES / "edge" / "raw" / "edge_script.html"
    assert not (site / "raw" / "edge_script.html").exists()
    assert (site / "raw" / "edge_script.html.txt").read_bytes() == source.read_bytes()


def test_markdown_source_is_published_in_the_zip_the_report_page_links(site):
    """Not as ``reports/<id>.md`` beside each page (10,000 files and ~130 MB at 10,000
    reports, issue 12): in ``downloads/reports-markdown.zip``, which the page links."""
    assert not list((site / "reports").glob("*.md"))
    with zipfile.ZipFile(site / "downloads" / "reports-markdown.zip") as bundle:
        published = bundle.read(f"reports/{SHENHE}.md")
    assert published == (FIXTURES / "reports" / f"{SHENHE}.md").read_bytes()
    html = read(site, f"reports/{SHENHE}.html")
    assert 'href="../downloads/reports-markdown.zip" download' in html
    assert f"content/reports/{SHENHE}.md" in html


def test_previous_and_next_stay_in_the_same_town(site):
    # 平利县兴隆镇 has the seed report (约2021–2022) and the hostile one (2022-05-01).
    html = read(site, f"reports/{XINGLONG}.html")
    assert f'rel="next" href="../reports/{HOSTILE}.html"' in html
    assert 'rel="prev"' not in html
    assert 'class="pager"' not in read(site, f"reports/{SHENHE}.html")  # alone in its town


def test_nothing_from_a_source_reaches_a_page_unescaped(site):
    hostile = [
        '<script>alert("title")</script>',
        "<img src=x onerror=alert(1)>",
        "<b>来源</b>",
        "<i>x</i>",
        '<script>alert("removed")</script>',
        '<script>alert("warning")</script>',
        '<script>alert("unescaped body")</script>',
        "javascript:alert(1)</a>",
        'href="javascript:',
    ]
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for bad in hostile:
            assert bad not in html, f"{bad!r} unescaped in {page}"
        assert "<dd>49</dd>" not in html  # template syntax in a source is never evaluated
    report = read(site, f"reports/{HOSTILE}.html")
    assert "兴隆镇&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;“三会一课”" in report
    assert '<p>&lt;script&gt;alert("unescaped body")&lt;/script&gt;</p>' in report
    assert "{{ 7*7 }}" in report  # template syntax in a source stays text


def test_sanlian_page_lists_xinglong_and_shenhe_with_their_sentences(site):
    html = initiative_page(site, "三联")
    linked = set(re.findall(r'href="\.\./reports/(\w+)\.html"', html))
    assert linked == {XINGLONG, SHENHE}
    assert "扎实推动“<mark>三联</mark>”机制落地生根。" in html
    assert "<mark>三联共建</mark>" in html
    assert "支部联建、产业联盟、资源联享" in html  # the vocabulary's description
    for town in ("平利县兴隆镇", "旬阳市神河镇"):
        assert town in text_of(html)


def test_year_2023_keeps_stated_and_estimated_apart(site):
    html = read(site, "years/2023.html")
    stated, estimated = section(html, "stated"), section(html, "estimated")
    assert set(re.findall(r"reports/(\w+)\.html", stated)) == {SONGJIA, CHENGGUAN}
    assert set(re.findall(r"reports/(\w+)\.html", estimated)) == {TAIYAO}
    assert "约2023年（推断）" in estimated


def test_undated_reports_are_listed_under_nianfen_buxiang(site):
    html = read(site, "years/unknown.html")
    assert set(re.findall(r"reports/(\w+)\.html", html)) == {XINGLONG_JINGYANG}
    assert "年代不详" in read(site, "years/index.html")


def test_review_page_lists_reports_ingest_was_unsure_of_and_why(site):
    html = read(site, "review.html")
    assert set(re.findall(r"reports/(\w+)\.html", html)) == {UNPLACED}
    assert "文中未识别出乡镇" in text_of(html) and "<code>place</code>" in html
    assert 'href="./review.html"' in read(site, "data.html")


def test_two_xinglong_towns_have_two_pages(site):
    pinli = read(site, "places/610926101.html")
    jingyang = read(site, "places/610423114.html")
    assert XINGLONG in pinli and XINGLONG_JINGYANG not in pinli
    assert XINGLONG_JINGYANG in jingyang and XINGLONG not in jingyang
    assert "平利县" in pinli and "泾阳县" in jingyang


def test_town_page_lists_its_reports_initiatives_and_years(site):
    html = read(site, "places/610981111.html")
    assert set(re.findall(r"reports/(\w+)\.html", html)) == {SHENHE}
    for name in ("升级晋档", "三联", "一村一品"):
        assert f">{name}</a>" in html
    assert 'href="../years/2011.html"' in html


def test_place_tree_is_browsed_one_level_at_a_time_with_counts(site):
    """Each page lists the places one level below it, each with its count, never the
    subtree (which grows with the archive): province › prefecture › county › town."""
    html = read(site, "places/index.html")
    provinces = html[: html.index('id="unplaced"')]
    assert re.search(r'href="\.\./places/610000\.html">陕西省</a> <span>\d+<', provinces)
    assert 'href="../places/410000.html"' in provinces
    assert 'href="../places/610900.html"' not in provinces, (
        "prefectures belong on their province's page"
    )
    for parent, child, grandchild in (
        ("610000", "610900", "610926"),
        ("610900", "610926", "610926101"),
        ("610926", "610926101", None),
    ):
        children = section(read(site, f"places/{parent}.html"), "h-children")
        assert f'href="../places/{child}.html"' in children
        if grandchild:
            assert f'href="../places/{grandchild}.html"' not in children


def test_unplaced_reports_have_their_own_list(site):
    assert 'href="../places/unplaced.html"' in section(read(site, "places/index.html"), "unplaced")
    assert UNPLACED in read(site, "places/unplaced.html")


def test_no_category_tag_or_author_pages(site):
    for folder in ("category", "tag", "author", "categories.html", "tags.html", "authors.html"):
        assert not (site / folder).exists()


def test_catalog_has_one_row_per_report_with_documented_columns(site):
    raw = (site / "catalog.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens UTF-8 correctly
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 8
    row = next(r for r in rows if r["id"] == SHENHE)
    assert row["township"] == "神河镇" and row["county_as_written"] == "旬阳县"
    assert row["date"] == "2011-09-14T09:09" and row["authors"] == "刘民"
    assert row["markdown_path"] == f"content/reports/{SHENHE}.md"
    assert row["page_url"].endswith(f"/reports/{SHENHE}.html")
    xinglong = next(r for r in rows if r["id"] == XINGLONG)
    assert xinglong["date"] == "" and xinglong["date_estimate_earliest"] == "2021-01-01"
    documented = read(site, "data.html")
    for column in rows[0]:
        assert f"<code>{column}</code>" in documented, column
    catalog = json.loads(read(site, "downloads/catalog.json"))
    assert {r["id"] for r in catalog} == {r["id"] for r in rows}


def test_initiatives_and_places_csv(site):
    rows = list(csv.DictReader(io.StringIO(read(site, "initiatives.csv").lstrip("\ufeff"))))
    sanlian = next(r for r in rows if r["name"] == "三联")
    assert sanlian["towns"] == "2" and sanlian["slug"] == facets.initiative_slug("三联")
    places = list(csv.DictReader(io.StringIO(read(site, "places.csv").lstrip("\ufeff"))))
    assert {p["code"] for p in places if p["name"] == "兴隆镇"} == {"610926101", "610423114"}


def test_feeds_sitemap_robots_and_404(site):
    # what the feeds say is tested in test_feeds.py
    sitemap = ET.parse(site / "sitemap.xml").getroot()
    listed = [loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert listed == sorted(set(listed)), "sitemap.xml in URL order, each page once"
    locs = set(listed)
    assert f"http://localhost:8000/reports/{SHENHE}.html" in locs
    assert "http://localhost:8000/places/610926101.html" in locs
    assert "Sitemap: http://localhost:8000/sitemap.xml" in read(site, "robots.txt")
    assert "找不到这个页面" in read(site, "404.html")


def test_home_shows_counts_chart_newest_initiatives_and_places(site):
    html = read(site, "index.html")
    assert re.search(r"<dt>篇报道</dt><dd>8</dd>", html)
    assert '<svg class="timeline"' in html and 'class="bar-estimated"' in html
    newest = section(html, "h-newest")
    assert newest.index(CHENGGUAN) < newest.index(SONGJIA)
    assert 'href="./places/610926101.html"' in html and 'href="./places/610423114.html"' in html


def test_matrix_page_is_a_table_people_can_scan(site):
    """One table per province (matrix.html lists them), a row per town, and a used cell
    is a link to the reports behind its number: the search page with both filters."""
    assert 'href="./matrix/610000.html">陕西省</a>' in read(site, "matrix.html")
    html = read(site, "matrix/610000.html")
    assert '<th scope="row"><a href="../places/610926101.html">平利县兴隆镇</a></th>' in html
    assert '<th scope="row"><a href="../places/610423114.html">泾阳县兴隆镇</a></th>' in html
    assert 'href="../search.html?initiative=三联&town=610926101">1</a>' in html


def test_initiative_page_marks_years_known_only_by_estimate(site):
    html = initiative_page(site, "三联")
    assert "2011</a>" in html  # 神河镇: stated
    assert '2021<span class="aside">（推断）</span></a>' in html  # 兴隆镇: estimate only


def test_report_page_weight_stays_small(site):
    """HTML + CSS + JS a reader downloads for a report page (no fonts, no images)."""
    html = read(site, f"reports/{SHENHE}.html")
    assets = re.findall(r'<(?:link rel="stylesheet"|script)[^>]*(?:href|src)="\.\./([^"]+)"', html)
    assert assets == ["theme/css/site.css"]  # browsing needs no JavaScript
    weight = len(html.encode()) + sum((site / a).stat().st_size for a in assets)
    assert weight < 48_000, f"report page weighs {weight} bytes"


def set_front_matter(path: Path, **fields: str) -> None:
    """Rewrite some front-matter lines of a report (``key: value``, value as YAML text)."""
    text = path.read_text(encoding="utf-8")
    for key, value in fields.items():
        text, n = re.subn(rf"(?m)^{key}: .*$", f"{key}: {value}", text, count=1)
        assert n == 1, f"{path.name} has no {key} line"
    path.write_text(text, encoding="utf-8")


def report_in(content: Path, town: str) -> Path:
    return next(
        p
        for p in (content / "reports").glob("*.md")
        if f"\ntownship: {town}\n" in p.read_text(encoding="utf-8")
    )


# Edits a curator makes, one after another; each touches other pages and caches.
CURATOR_EDITS = {
    "title": lambda c: set_front_matter(
        report_in(c, "神河镇"), title="校订：神河镇“升级晋档”推动党建经济双丰收"
    ),
    "date": lambda c: set_front_matter(report_in(c, "神河镇"), date="2024-01-02T08:00"),
    "place": lambda c: set_front_matter(
        report_in(c, "宋家镇"),
        township="神河镇",
        county="旬阳市",
        county_as_written="旬阳县",
        division_code="'610981111'",
    ),
    "initiatives": lambda c: set_front_matter(
        report_in(c, "城关镇"), initiatives="[三联, 五星, 三会一课, 六馆六苑, 6+4, 三个百分百]"
    ),
    "removed": lambda c: report_in(c, "太要镇").unlink(),
}


def test_cached_rebuilds_after_edits_equal_cold_builds(tmp_path):
    """The rendered-page and fragment caches may skip work, never show a stale page:
    after each of a series of edits (title, date, place, initiatives, a report removed)
    a cached rebuild writes exactly what a cold build writes."""
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content, ignore=shutil.ignore_patterns(".manifest.json"))
    env = dict(os.environ, PYTHONPATH=str(REPO / "plugins"))

    def pelican(output: Path, *extra: str) -> Path:
        cmd = [sys.executable, "-m", "pelican", str(content), "-o", str(output)]
        cmd += ["-s", str(REPO / "pelicanconf.py"), "--fatal", "errors", *extra]
        done = subprocess.run(
            cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"pelican failed:\n{done.stdout}\n{done.stderr}"
        return output

    cache = ["-e", f'CACHE_PATH="{tmp_path / "cache"}"']
    warm = pelican(tmp_path / "warm", *cache)
    for edit, apply in CURATOR_EDITS.items():
        written = {page: page.stat().st_mtime_ns for page in warm.rglob("*.html")}
        apply(content)
        pelican(warm, *cache)
        kept = [p for p, when in written.items() if p.exists() and p.stat().st_mtime_ns == when]
        assert kept, f"{edit}: every page was rewritten: the caches are not exercised"
        assert (tmp_path / "cache" / "township_fragments.pickle").is_file()
        cold = pelican(tmp_path / f"cold-{edit}", "--ignore-cache")
        files = sorted(p.relative_to(cold) for p in cold.rglob("*") if p.is_file())
        assert files, "the cold build wrote nothing"
        orphans = {p.relative_to(warm) for p in warm.rglob("*") if p.is_file()} - set(files)
        assert not orphans, f"{edit}: the rebuild left files a cold build does not make"
        stale = [f for f in files if not (warm / f).is_file()]
        stale += [
            f
            for f in files
            if f not in stale and (warm / f).read_bytes() != (cold / f).read_bytes()
        ]
        assert not stale, f"{edit}: the cached rebuild differs from a cold build in {stale[:5]}"
    home = (warm / "index.html").read_text(encoding="utf-8")
    assert "校订：" in home and "2024" in home


# ---------------------------------------------------------------- a build never hides a report


def pelican(content: Path, output: Path, cache: Path) -> subprocess.CompletedProcess:
    """``pelican`` as ``make html`` runs it: no ``--fatal``, the content cache on; log
    lines unwrapped (COLUMNS), so that one problem is one line."""
    cmd = [sys.executable, "-m", "pelican", str(content), "-o", str(output)]
    cmd += ["-s", str(REPO / "pelicanconf.py"), "-e", f'CACHE_PATH="{cache}"']
    env = dict(os.environ, PYTHONPATH=str(REPO / "plugins"), COLUMNS="1000")
    return subprocess.run(
        cmd, cwd=content.parent, env=env, capture_output=True, text=True, timeout=300
    )


def lines_naming(text: str, name: str) -> list[str]:
    return [line for line in text.splitlines() if name in line]


def test_removed_report_leaves_the_site_even_when_the_cache_is_gone(tmp_path):
    """太要镇's report is deleted after a build whose cache is then lost (a killed build
    removes its record, ``make clean`` all of it): the next build still removes every
    file it had made for that report, and never a file it did not make (a CNAME)."""
    content, output, cache = stage_content(tmp_path), tmp_path / "output", tmp_path / "cache"
    output.mkdir()
    (output / "CNAME").write_text("township-reports.example.org\n", encoding="utf-8")
    assert pelican(content, output, cache).returncode == 0
    made = sorted(p.relative_to(output).as_posix() for p in output.rglob(f"*{TAIYAO}*"))
    assert f"reports/{TAIYAO}.html" in made
    (content / "reports" / f"{TAIYAO}.md").unlink()
    shutil.rmtree(cache)
    done = pelican(content, output, cache)
    assert done.returncode == 0, done.stderr
    assert not [p for p in output.rglob(f"*{TAIYAO}*")], "the removed report is still published"
    assert "太要镇" not in read(output, "index.html")
    assert read(output, "CNAME") == "township-reports.example.org\n"
    assert (output / "reports" / f"{SHENHE}.html").is_file()


BROKEN_EDITS = {
    # report id → (what a curator did to its Markdown, the problem the error names)
    XINGLONG: (lambda text: text.replace("\ntitle: ", "\ntitle: [", 1), "not valid YAML"),
    TAIYAO: (lambda text: re.sub(r"(?m)^id: .*\n", "", text, count=1), "no 'id'"),
    SONGJIA: (lambda text: re.sub(r"(?m)^editors:\n(- .*\n)*", "editors: 7\n", text), "editors"),
    CHENGGUAN: (lambda text: re.sub(r"(?m)^date: .*$", "date: 2023年8月", text), "date"),
}


def test_report_that_cannot_be_read_fails_the_build_and_the_rest_is_published(tmp_path):
    """Hand edits that break a report (broken YAML, no id line, a number for the editors,
    a date in words) each get one line naming the file; every other report is published
    and the build exits non-zero instead of dropping them quietly."""
    content = stage_content(tmp_path)
    for ident, (edit, _) in BROKEN_EDITS.items():
        path = content / "reports" / f"{ident}.md"
        path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    done = pelican(content, tmp_path / "output", tmp_path / "cache")
    assert done.returncode != 0
    for ident, (_, problem) in BROKEN_EDITS.items():
        lines = lines_naming(done.stdout + done.stderr, f"{ident}.md")
        assert len(lines) == 1 and problem in lines[0], lines
    output = tmp_path / "output"
    assert (output / "reports" / f"{SHENHE}.html").is_file()
    assert (output / "search" / "meta.json").is_file()  # the whole build ran
    catalog = list(csv.DictReader(io.StringIO(read(output, "catalog.csv").lstrip("\ufeff"))))
    assert {row["id"] for row in catalog} == {SHENHE, HOSTILE, XINGLONG_JINGYANG, UNPLACED}


def test_copied_markdown_is_published_once_and_fails_the_build(tmp_path):
    """``cp e0089f6acc92.md "e0089f6acc92 副本.md"`` (then an edit of the copy): one line
    names both files, the file ingest writes (<id>.md) is the one published, every
    other page is built, and the build exits non-zero so the curator chooses."""
    content = stage_content(tmp_path)
    original = content / "reports" / f"{SHENHE}.md"
    copy = content / "reports" / f"{SHENHE} 副本.md"
    copy.write_text(
        original.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: 副本：", 1),
        encoding="utf-8",
    )
    done = pelican(content, tmp_path / "output", tmp_path / "cache")
    assert done.returncode != 0
    assert "FileOverwriteFailedError" not in done.stderr
    lines = lines_naming(done.stdout + done.stderr, f"{SHENHE} 副本.md")
    assert len(lines) == 1 and f"{SHENHE}.md" in lines[0].replace(copy.name, ""), lines
    page = read(tmp_path / "output", f"reports/{SHENHE}.html")
    assert "神河镇“升级晋档”推动党建经济双丰收" in page and "副本：" not in page
    assert (tmp_path / "output" / "reports" / f"{TAIYAO}.html").is_file()


def test_make_html_builds_every_good_report_then_fails_on_a_bad_raw_file(tmp_path):
    """An empty scrape in content/raw stops ingest's exit status, not the site: `make html`
    publishes the five seeds' reports and then exits non-zero naming the bad file."""
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    (content / "raw" / "005_兴隆镇空白页.txt").write_bytes(b"")
    output = tmp_path / "output"
    done = subprocess.run(
        ["make", "--no-print-directory", "-C", str(REPO), "html", f"CONTENT={content}",
         f"OUTPUT={output}", f"PELICANOPTS=-e CACHE_PATH='\"{tmp_path / 'cache'}\"'"],
        capture_output=True, text=True, timeout=600, env=dict(os.environ, COLUMNS="1000"),
    )  # fmt: skip
    assert done.returncode != 0
    assert len(lines_naming(done.stderr, "005_兴隆镇空白页.txt")) == 1
    for ident in (XINGLONG, TAIYAO, SHENHE, SONGJIA, CHENGGUAN):
        assert (output / "reports" / f"{ident}.html").is_file()


def test_place_initiative_and_year_pages_search_within_themselves(site):
    # The search page reads its filters from the URL: each facet page's form sets its own.
    town = read(site, "places/610929105.html")  # 宋家镇
    assert '<input type="hidden" name="town" value="610929105">' in town
    assert re.search(r'<form class="search-within" action="\.\./search\.html"', town)
    prefecture = read(site, "places/610900.html")  # 安康市: the search page filters by it too
    assert '<input type="hidden" name="prefecture" value="610900">' in prefecture
    year = read(site, "years/2023.html")
    assert '<input type="hidden" name="year" value="2023">' in year
    initiative = initiative_page(site, "三会一课")
    assert '<input type="hidden" name="initiative" value="三会一课">' in initiative


def test_a_stated_date_links_to_its_year(site):
    html = read(site, f"reports/{SONGJIA}.html")
    assert re.search(r'<a href="[^"]*years/2023\.html"[^>]*><time datetime="2023-', html)


def test_an_initiative_on_a_place_page_leads_to_it_within_that_place(site):
    town = read(site, "places/610929105.html")  # 宋家镇
    link = re.search(r'<a href="([^"]*search\.html\?initiative=[^"]*)"[^>]*>五聚焦</a>', town)
    assert link, "the 五聚焦 chip of 宋家镇's page"
    href = html.unescape(link.group(1))
    assert urllib.parse.parse_qs(href.split("?", 1)[1]) == {
        "initiative": ["五聚焦"],
        "town": ["610929105"],
    }


def test_each_report_reads_in_the_other_script_on_a_small_page_of_its_own(site):
    """Every report has one 繁體 view, a plain link from its page: a traditional source's
    is its text as captured (not s2t of the simplified text, and no s2t page beside it),
    a simplified or mixed source's the s2t reading view. Each is a small page, text lang
    zh-Hant, left out of the sitemap, its canonical the report page."""
    sitemap = read(site, "sitemap.xml")
    traditional = (XINGLONG, SHENHE, SONGJIA)
    for report_id in (XINGLONG, TAIYAO, SHENHE, SONGJIA, CHENGGUAN, HOSTILE, UNPLACED):
        report = read(site, f"reports/{report_id}.html")
        view, label = ("orig", "繁體（原文字形）") if report_id in traditional else ("hant", "繁體")
        links = re.findall(
            rf'<a href="\.\./reports/{report_id}\.(\w+)\.html"[^>]*>([^<]*)</a>', report
        )
        assert links == [(view, label)], (report_id, links)
        assert sorted(p.name for p in (site / "reports").glob(f"{report_id}.*.html")) == [
            f"{report_id}.{view}.html"
        ]
        html = read(site, f"reports/{report_id}.{view}.html")
        assert '<article class="report report-script" lang="zh-Hant">' in html
        assert f'<link rel="canonical" href="../reports/{report_id}.html">' in html
        assert len(html.encode()) < len(report.encode())
        assert f"{report_id}.{view}.html" not in sitemap
    shenhe = read(site, f"reports/{SHENHE}.orig.html")
    assert "<h1>神河鎮“升級晉檔”推動黨建經濟雙豐收</h1>" in shenhe
    assert "<h2>抓經濟檢驗黨建工作成效</h2>" in shenhe
    assert "原文字形：按采集时的繁体字保留" in shenhe
    assert "繁體閱讀版：由简体整理稿经 OpenCC（s2t）自动转换" in read(
        site, f"reports/{TAIYAO}.hant.html"
    )
    # A hostile title and body stay text in the 繁體 view too (s2t never touches markup).
    hostile = read(site, f"reports/{HOSTILE}.hant.html")
    assert "<h1>興隆鎮&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;“三會一課”</h1>" in hostile
    assert '<p>&lt;script&gt;alert("unescaped body")&lt;/script&gt;</p>' in hostile


def test_the_map_links_every_placed_county_and_the_home_page_pays_a_link_for_its_map(site):
    counties = {
        str(r["division_code"])[:6]: r["county"]
        for r in fixture_reports("reports", "edge")
        if r.get("division_code")
    }
    svg = read(site, "map/china.svg")
    assert sorted(re.findall(r'<a href="\.\./places/(\d{6})\.html" target="_top">', svg)) == sorted(
        counties
    )
    assert "<script" not in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    page = read(site, "map.html")
    assert '<iframe class="county-map-frame" src="./map/china.svg"' in page
    assert '<a href="./map/610000.html">陕西省</a>' in page and "map.html" in read(
        site, "sitemap.xml"
    )
    shaanxi = read(site, "map/610000.html")
    assert shaanxi.count('<a href="../places/61') >= 2 * sum(c.startswith("61") for c in counties)
    home = read(site, "index.html")
    figure = home[home.index('<figure class="map-thumbnail">') :]
    assert len(figure[: figure.index("</figure>")]) < 400  # a link and an <img>, not the drawing
    assert '<img src="./map/china-small.svg"' in figure
    sanlian = initiative_page(site, "三联")
    assert "提到“三联”的报道来自 2 个县级单位" in sanlian
    assert '<img src="../map/china-outline.svg" alt="">' in sanlian
