"""`make html` on an archive that a hostile scrape and a careless curator have both been at.

The five seeds plus one example of every kind of trouble issue 10 found, built twice with
the real command: once as delivered, once after the curator takes a report down, breaks a
hand edit and copies a Markdown file. What a curator and the site's visitors rely on
(README: Threat model): the exit status says something failed and each bad file is named
on one clear line; every good report is published; nothing under ``raw/`` is served as
something a browser runs; every feed and the sitemap is valid XML; a report leaves the
site with its raw file; a title is text, never markup.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import ROOT, seed
from township_reports.ingest.rawfiles import INERT_SUFFIXES

ATOM = "{http://www.w3.org/2005/Atom}"
#: Types a browser runs or renders as markup: never under output/raw/, whatever the allow-list.
ACTIVE_SUFFIXES = {".html", ".htm", ".xht", ".xhtml", ".shtml", ".svg", ".xml", ".php", ".md"}
SEEDS = ("000", "001", "002", "003", "004")


def news(when: str, county: str = "平利县") -> str:
    """A short report of a 三会一课 meeting in 兴隆镇; ``when`` keeps each file's bytes apart."""
    return (
        "兴隆镇召开“三会一课”专题会议\n\n"
        f"本网讯（通讯员 王密）{when}，{county}兴隆镇党委召开“三会一课”专题会议，"
        "传达学习上级精神，部署下一阶段基层党建重点工作。\n"
    )


def saved_page(title: str, body: str) -> str:
    """A page as a browser saves it from a county site, its script included."""
    return (
        f"<html><head><title>{title}</title><script>alert(document.domain)</script></head>"
        f"<body><h1>{title}</h1><p>{body}</p></body></html>"
    )


LONG_TITLE = (
    "平利县兴隆镇党委坚持以党建引领乡村振兴扎实推进“三会一课”制度落实落细不断增强基层党组织"
    "政治功能和组织功能推动党建工作与经济社会发展深度融合为全面推进乡村振兴提供坚强组织保证"
)
#: A page saved under its headline, as a browser names a second download: 90 characters
#: in 254 bytes, the most a file name may have (90 Chinese characters would be 270 bytes).
LONG_NAME = LONG_TITLE[:82] + "(1).html"
TAG_TITLE = "兴隆镇党建<b>x</b>报道"

#: Good raw files: each must become a published report.
GOOD = {
    "兴隆镇#1 100%?.txt": news("日前"),
    "平利县/兴隆镇.txt": news("近日"),
    "泾阳县/兴隆镇.txt": news("近日", county="泾阳县"),
    "c.html": saved_page("兴隆镇党委开展主题党日活动", news("上月")),
    "c.html.txt": news("上周"),
    "兴隆镇控制字符.txt": (
        "兴隆镇\x01党委落实“三会一课”制度\uffff\n\n"
        "平利县兴隆镇党委\x0b严格落实“三会一课”制度，\ufffe推进党建工作，全镇党员参加学习。\n"
    ),
    LONG_NAME: saved_page(LONG_TITLE[:40], news("本月")),
    "兴隆镇不可见字符.txt": (
        "平利县兴\u200b隆镇党委\u202e落实“三会一课”\u202c制度\n\n"
        "平利县兴隆\u2060镇党委严格落实“三会一课”\ufeff制度，推进\u2066党建\u2069工作。\n"
    ),
    "兴隆镇长串.txt": news("昨日") + "\n" + "A" * 1_000_000 + "\n",
    "兴隆镇标签.txt": f"{TAG_TITLE}\n\n" + news("今年以来").split("\n\n", 1)[1],
}
#: Raw files the site publishes as evidence, never as code; no report is made of them.
ACTIVE = {
    "scrape.xht": (
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>宋家镇</title></head><body>'
        "<script>alert(document.domain)</script><h1>宋家镇：“五聚焦”推进党建引领</h1></body></html>"
    ),
    "index.php": "<?php system($_GET['c']); ?>\n",
    "党徽.svg": (
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script>'
        "<text>兴隆镇党委</text></svg>"
    ),
}
TAKEN_DOWN = ("兴隆镇旧稿.txt", news("去年"))  # published by the first build, then deleted
HAND_BROKEN = ("兴隆镇手改.txt", news("前日"))  # its Markdown gets broken YAML by hand
COPY = ("备份/平利县兴隆镇.txt", GOOD["平利县/兴隆镇.txt"])  # byte-identical: one report
#: A UTF-16 file holding half a character: it cannot be decoded.
LONE_SURROGATE = (
    b"\xff\xfe"
    + "兴隆镇党委".encode("utf-16-le")
    + b"\x00\xd8"
    + "落实“三会一课”".encode("utf-16-le")
)
TYPO_KEY = seed("004").name.upper().replace(".TXT", ".txt")  # a case difference
CATALOG = f"""\
reports:
  {seed("002").name}:
    editors: 7
    note: 编辑据旬阳市融媒体中心网站
  {TYPO_KEY}:
    url: https://example.gov.cn/qingfeng/chengguan.html
  兴隆镇标签.txt:
    title: {TAG_TITLE}
    note: 标题照原网页
"""


def report_id(data: str | bytes) -> str:
    """A report's id, and so its URL: the hash of its raw file's bytes."""
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()[:12]


def project_copy(where: Path) -> Path:
    """A copy of this checkout to run `make html` in, sharing its venv (never reinstalled:
    pyproject.toml keeps its time, so the venv's stamp stays newer)."""
    project = where / "project"
    project.mkdir()
    for name in ("Makefile", "pyproject.toml", "pelicanconf.py", "publishconf.py"):
        shutil.copy2(ROOT / name, project / name)
    for name in ("content", "plugins", "theme"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    (project / ".venv").symlink_to(ROOT / ".venv")
    return project


def make_html(project: Path) -> subprocess.CompletedProcess:
    """`make html`, as a curator runs it; log lines unwrapped (COLUMNS): one problem, one line."""
    return subprocess.run(
        ["make", "--no-print-directory", "html"], cwd=project, capture_output=True, text=True,
        timeout=300, env=dict(os.environ, COLUMNS="1000"),
    )  # fmt: skip


def problem_lines(done: subprocess.CompletedProcess) -> list[str]:
    """What the curator is told: ingest's error/warning/note lines and Pelican's log lines.
    (Pelican logs to stdout, ingest to stderr: a terminal shows both.)"""
    lines = (done.stdout + done.stderr).splitlines()
    return [
        ln for ln in lines if re.match(r"(error|warning|note): |(\[.*?\])? +(ERROR|WARNING) ", ln)
    ]


def output_page(archive: dict, raw: str | bytes) -> str:
    """The published page of the report made from these raw bytes."""
    return (archive["output"] / "reports" / f"{report_id(raw)}.html").read_text("utf-8")


def naming(lines: list[str], name: str) -> list[str]:
    return [line for line in lines if name in line]


def errors(lines: list[str]) -> list[str]:
    return [line for line in lines if re.match(r"error: |(\[.*?\])? +ERROR ", line)]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("hostile")
    project = project_copy(tmp)
    content, output = project / "content", project / "output"
    raw, reports = content / "raw", content / "reports"
    for key, data in [*GOOD.items(), *ACTIVE.items(), TAKEN_DOWN, HAND_BROKEN, COPY]:
        (raw / key).parent.mkdir(parents=True, exist_ok=True)
        (raw / key).write_text(data, encoding="utf-8")
    (raw / "兴隆镇utf16.txt").write_bytes(LONE_SURROGATE)
    (tmp / "private").mkdir()
    (tmp / "private" / "口令.txt").write_text("兴隆镇党委内部口令：不得公开\n", encoding="utf-8")
    (raw / "passwd.txt").symlink_to(tmp / "private" / "口令.txt")
    (content / "catalog.yaml").write_text(CATALOG, encoding="utf-8")
    (reports / ".manifest.json").write_text("[]", encoding="utf-8")
    temp = reports / f".{report_id(seed('000').read_bytes())}.md.999999999-k3x9q2_a.tmp"
    temp.write_text("---\nid: 91f79f6ef900\ntitle: 兴隆镇", encoding="utf-8")  # a killed ingest's

    first = make_html(project)
    published_first = {p.stem for p in (output / "reports").glob("*.html")}

    # The curator's turn: a takedown, a hand edit gone wrong, a copy of a report. (Should
    # the first build have lost a report, the tests below say so, not this fixture.)
    (raw / TAKEN_DOWN[0]).unlink()
    broken = reports / f"{report_id(HAND_BROKEN[1])}.md"
    if broken.exists():
        text = broken.read_text(encoding="utf-8")
        broken.write_text(text.replace("\ntitle: ", "\ntitle: [", 1), encoding="utf-8")
    shenhe = reports / f"{report_id(seed('002').read_bytes())}.md"
    copy = shenhe.with_name(f"{shenhe.stem} 副本.md")
    copy_text = shenhe.read_text("utf-8").replace("\ntitle: ", "\ntitle: 副本：", 1)
    copy.write_text(copy_text, encoding="utf-8")
    second = make_html(project)
    return dict(
        content=content, output=output, first=first, second=second, temp=temp, broken=broken,
        copy=copy, copy_text=copy_text, published_first=published_first,
    )  # fmt: skip


def test_the_build_fails_and_names_each_bad_file_on_one_line(archive):
    first, second = archive["first"], archive["second"]
    assert first.returncode != 0 and second.returncode != 0
    assert "Traceback" not in first.stderr + second.stderr
    for run in (first, second):
        lines = problem_lines(run)
        assert len(naming(lines, "passwd.txt")) == 1, naming(lines, "passwd.txt")
        assert "outside the raw folder" in naming(lines, "passwd.txt")[0]
        assert len(naming(lines, "兴隆镇utf16.txt")) == 1
        assert len(naming(lines, f"content/catalog.yaml:3: {seed('002').name}: editors")) == 1
        assert len(naming(lines, TYPO_KEY)) == 1  # a key naming no raw file
    lines = problem_lines(first)
    (copies,) = naming(lines, "byte-identical")  # one report, recording both paths
    assert COPY[0] in copies and "平利县/兴隆镇.txt" in copies
    assert len(errors(lines)) == 3, errors(lines)  # the link, the UTF-16, the catalog entry
    assert len(naming(lines, ".manifest.json")) == 1  # of the wrong shape
    assert len(naming(lines, archive["temp"].name)) == 1 and not archive["temp"].exists()

    lines = problem_lines(second)
    assert len(errors(lines)) == 4, errors(lines)  # … and the broken hand edit
    broken = naming(lines, archive["broken"].name)
    assert len(errors(broken)) == 1 and "not valid YAML" in errors(broken)[0]
    # Besides the error, only ingest's notice that it kept the hand edit.
    assert [line for line in broken if line not in errors(broken)] == [
        line for line in broken if "was edited by hand: kept it" in line
    ]
    (copy,) = naming(lines, archive["copy"].name)
    assert f"a copy of {archive['copy'].name.replace(' 副本', '')}" in copy
    assert len(naming(lines, TAKEN_DOWN[0])) == 1


def test_every_good_report_is_published(archive):
    good = [seed(n).read_bytes() for n in SEEDS] + list(GOOD.values())
    published = {p.stem for p in (archive["output"] / "reports").glob("*.html")}
    missing = [data[:60] for data in good if report_id(data) not in published]
    assert not missing
    # Invisible characters no longer split a town's name or reverse a title.
    page = output_page(archive, GOOD["兴隆镇不可见字符.txt"])
    assert "<h1>平利县兴隆镇党委落实“三会一课”制度</h1>" in page
    assert report_id(TAKEN_DOWN[1]) in archive["published_first"]
    assert report_id(HAND_BROKEN[1]) in archive["published_first"]
    # The copy's edits are kept, not published: the original's page is.
    kept = [p for p in archive["content"].rglob("*") if p.is_file() and p.suffix != ".md"]
    assert any(p.read_bytes() == archive["copy_text"].encode() for p in kept)
    assert "副本：" not in output_page(archive, seed("002").read_bytes())


def test_no_raw_file_is_published_as_something_a_browser_runs(archive):
    output = archive["output"]
    published = [p for p in (output / "raw").rglob("*") if p.is_file()]
    assert len(published) >= len(SEEDS) + len(GOOD) + len(ACTIVE)
    for path in published:
        suffix = path.suffix.lower()
        assert suffix in INERT_SUFFIXES and suffix not in ACTIVE_SUFFIXES, path
    for name, data in ACTIVE.items():  # published as evidence: same bytes, served as text
        assert (output / "raw" / f"{name}.txt").read_text(encoding="utf-8") == data
    secret = "内部口令".encode()
    assert not [p for p in output.rglob("*") if p.is_file() and secret in p.read_bytes()]


def test_every_feed_and_the_sitemap_are_valid_xml(archive):
    output = archive["output"]
    documents = sorted((output / "feeds").rglob("*.xml")) + [output / "sitemap.xml"]
    assert len(documents) > 5
    for path in documents:
        ET.parse(path)  # raises on a character XML 1.0 forbids, or a truncated file


def test_a_report_leaves_the_site_with_its_raw_file(archive):
    output, gone = archive["output"], report_id(TAKEN_DOWN[1])
    assert not (output / "reports" / f"{gone}.html").exists()
    assert gone not in (output / "sitemap.xml").read_text(encoding="utf-8")
    assert gone not in (output / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    catalog = json.loads((output / "downloads" / "catalog.json").read_text(encoding="utf-8-sig"))
    assert gone not in {row["id"] for row in catalog}


def test_a_tag_like_title_is_text_in_the_feed_and_on_the_page(archive):
    output = archive["output"]
    # In whichever feeds carry it (each carries its newest FEED_MAX_ITEMS).
    feeds = [ET.parse(f).getroot() for f in sorted((output / "feeds").rglob("*.xml"))]
    titles = [e.findtext(f"{ATOM}title") for feed in feeds for e in feed.iter(f"{ATOM}entry")]
    assert TAG_TITLE in titles
    page = output_page(archive, GOOD["兴隆镇标签.txt"])
    assert "兴隆镇党建&lt;b&gt;x&lt;/b&gt;报道" in page and "<b>x</b>" not in page
