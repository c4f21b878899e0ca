"""The raw evidence in content/raw/, as a careless scrape or a hostile one leaves it.

Through the real commands: ``township-reports ingest``, then Pelican. What a researcher
and the site's visitors rely on: every report is found and kept apart from its
namesakes, nothing outside content/raw/ is read, every raw file is published at its own
path as inert text or bytes, and a report leaves the site with its raw file.
"""

from __future__ import annotations

import contextlib
import html
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest

from conftest import RAW, ROOT, seed
from township_reports.cli import main as cli
from township_reports.ingest.report import split_front_matter

#: What a static host serves as text or bytes a browser never runs (README: Threat model).
INERT = {".txt", ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp"}
XINGLONG_NEWS = (
    "兴隆镇召开“三会一课”专题会议\n\n本网讯（通讯员 王密）近日，平利县兴隆镇党委召开"
    "“三会一课”专题会议，传达学习上级精神，部署下一阶段基层党建重点工作。\n"
)
SCRIPT_PAGE = (
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>宋家镇党建</title></head><body>'
    "<script>alert(document.domain)</script><h1>宋家镇：“五聚焦”推进党建引领</h1>"
    "<p>今年以来，白河县宋家镇严格落实“三会一课”制度，推动基层党建高质量发展。</p></body></html>"
)


def report_pages(site: Path) -> list[Path]:
    """The report pages (``<id>.html``), not their 繁體 views (``<id>.hant.html``, ``.orig.html``)."""
    return [p for p in (site / "reports").glob("*.html") if "." not in p.stem]


def ingest(raw: Path, out: Path, catalog: Path | None = None) -> tuple[int, str]:
    """`township-reports ingest RAW --out OUT`: (exit status, what it printed on stderr)."""
    argv = ["ingest", str(raw), "--out", str(out)]
    argv += ["--catalog", str(catalog or out.parent / "catalog.yaml")]
    with contextlib.redirect_stderr(io.StringIO()) as err:
        status = cli(argv)
    return status, err.getvalue()


def build(content: Path, output: Path) -> Path:
    """Pelican with the project's settings, as `make html` runs it; the build must succeed."""
    cmd = [sys.executable, "-m", "pelican", str(content), "-o", str(output)]
    cmd += ["-s", str(ROOT / "pelicanconf.py"), "--fatal", "errors", "--ignore-cache"]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"pelican failed:\n{done.stdout}\n{done.stderr}"
    return output


def front_matter(path: Path) -> dict:
    return split_front_matter(path.read_text(encoding="utf-8"))[0]


def raw_link(site: Path, ident: str) -> Path | None:
    """The file a report page's raw-file link leads to, resolved as a browser does."""
    page = (site / "reports" / f"{ident}.html").read_text(encoding="utf-8")
    found = re.search(r'<a class="raw-link" href="([^"]+)"', page)
    if not found:
        return None
    url = urljoin(f"http://host/reports/{ident}.html", html.unescape(found.group(1)))
    target = unquote(url.split("://host/", 1)[1].split("#")[0].split("?")[0])
    return site / target


@pytest.fixture(scope="module")
def scraped(tmp_path_factory) -> dict:
    """A raw folder with every kind of trouble, beside the five seeds, ingested and built."""
    tmp = tmp_path_factory.mktemp("scraped")
    content = tmp / "content"
    raw = content / "raw"
    shutil.copytree(RAW, raw)
    outside = tmp / "private"
    outside.mkdir()
    (outside / "口令.txt").write_text("兴隆镇党委内部口令：不得公开\n", encoding="utf-8")
    (raw / "passwd.txt").symlink_to(outside / "口令.txt")
    (raw / "外部").symlink_to(outside, target_is_directory=True)
    (raw / "scrape.xht").write_text(SCRIPT_PAGE, encoding="utf-8")
    (raw / "index.php").write_text("<?php system($_GET['c']); ?>\n", encoding="utf-8")
    (raw / "notes.md").write_text("---\nlayout: x\n---\n<script>alert(1)</script>\n")
    (raw / "c.html").write_text(SCRIPT_PAGE, encoding="utf-8")
    (raw / "c.html.txt").write_text(XINGLONG_NEWS.replace("近日", "上周"), encoding="utf-8")
    # The same file name in two counties' folders: two reports.
    for county in ("平利县", "泾阳县"):
        (raw / county).mkdir()
        text = XINGLONG_NEWS.replace("平利县", county)
        (raw / county / "兴隆镇.txt").write_text(text, encoding="utf-8")
    # A byte-identical copy of a seed in another folder: one report with both paths.
    (raw / "副本").mkdir()
    shutil.copy(seed("003"), raw / "副本" / seed("003").name)
    (raw / "兴隆镇#1 100%?.txt").write_text(XINGLONG_NEWS.replace("近日", "日前"), encoding="utf-8")
    status, err = ingest(raw, content / "reports")
    reports = {p.name: front_matter(p) for p in (content / "reports").glob("*.md")}
    by_raw = {m["provenance"]["raw_file"]: m for m in reports.values()}
    site = build(content, tmp / "output")
    return dict(raw=raw, status=status, err=err, reports=reports, by_raw=by_raw, site=site)


def test_raw_files_are_published_only_as_inert_types(scraped):
    site, raw = scraped["site"], scraped["raw"]
    published = [p for p in (site / "raw").rglob("*") if p.is_file()]
    assert published
    for path in published:
        assert path.suffix.lower() in INERT, f"{path.relative_to(site)} would be served as active"
    # Same bytes, served as text: the scripted page and the PHP are evidence, not code.
    assert (site / "raw" / "scrape.xht.txt").read_bytes() == (raw / "scrape.xht").read_bytes()
    assert (site / "raw" / "index.php.txt").read_bytes() == (raw / "index.php").read_bytes()
    assert (site / "raw" / "notes.md.txt").exists()


def test_a_link_leaving_the_raw_folder_is_refused_and_never_published(scraped):
    assert scraped["status"] == 1
    lines = [line for line in scraped["err"].splitlines() if "passwd.txt" in line]
    assert len(lines) == 1 and lines[0].startswith("error: passwd.txt: ") and "outside" in lines[0]
    assert any(line.startswith("error: 外部: ") for line in scraped["err"].splitlines())
    everything = "".join(p.read_text(encoding="utf-8") for p in scraped["site"].rglob("*.md"))
    assert "口令" not in everything
    assert not any("口令" in p.read_text(errors="replace") for p in scraped["site"].rglob("*.txt"))
    assert "passwd.txt" not in scraped["by_raw"]
    # The good reports of the same run are all there.
    assert {seed(n).name for n in ("000", "001", "002", "003", "004")} <= set(scraped["by_raw"])


def test_a_file_name_that_is_not_utf8_is_one_error_line_and_the_site_builds(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(RAW, content / "raw")
    # A name from a Windows zip, in GBK: no front matter or page could carry it.
    gbk = content / "raw" / os.fsdecode("东隆镇".encode("gbk") + b".txt")
    gbk.write_text(XINGLONG_NEWS, encoding="utf-8")
    status, err = ingest(content / "raw", content / "reports")
    lines = [line for line in err.splitlines() if "not UTF-8" in line]
    assert status == 1 and len(lines) == 1 and lines[0].startswith("error: \\xb6\\xab")
    assert len(list((content / "reports").glob("*.md"))) == 5
    site = build(content, tmp_path / "output")
    assert len(report_pages(site)) == 5
    assert len(list((site / "raw").iterdir())) == 5


def test_raw_links_are_percent_encoded(scraped):
    report = scraped["by_raw"]["兴隆镇#1 100%?.txt"]
    target = raw_link(scraped["site"], report["id"])
    assert (
        target is not None
        and target.read_bytes() == (scraped["raw"] / "兴隆镇#1 100%?.txt").read_bytes()
    )


def test_same_name_in_two_folders_is_two_reports_each_linking_its_own_file(scraped):
    pingli, jingyang = (
        scraped["by_raw"]["平利县/兴隆镇.txt"],
        scraped["by_raw"]["泾阳县/兴隆镇.txt"],
    )
    assert pingli["id"] != jingyang["id"]
    assert pingli["county"] == "平利县" and jingyang["county"] == "泾阳县"
    for report, path in ((pingli, "平利县/兴隆镇.txt"), (jingyang, "泾阳县/兴隆镇.txt")):
        assert (
            raw_link(scraped["site"], report["id"]).read_bytes()
            == (scraped["raw"] / path).read_bytes()
        )


def test_a_second_ingest_keeps_both_namesakes(scraped, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(scraped["raw"], raw, symlinks=True)
    (raw / "passwd.txt").unlink()
    (raw / "外部").unlink()
    out = tmp_path / "reports"
    for _ in range(2):
        assert ingest(raw, out)[0] == 0
    paths = {front_matter(p)["provenance"]["raw_file"] for p in out.glob("*.md")}
    assert {"平利县/兴隆镇.txt", "泾阳县/兴隆镇.txt"} <= paths


def test_byte_identical_copies_are_one_report_recording_both_paths(scraped):
    name = seed("003").name
    songjia = scraped["by_raw"][name]
    assert songjia["provenance"]["raw_copies"] == [f"副本/{name}"]
    sha = songjia["provenance"]["sha256"]
    assert [m["id"] for m in scraped["reports"].values() if m["provenance"]["sha256"] == sha] == [
        songjia["id"]
    ]
    warning = [
        line for line in scraped["err"].splitlines() if line.startswith(f"warning: 副本/{name}")
    ]
    assert len(warning) == 1 and "byte-identical" in warning[0] and name in warning[0]
    assert (scraped["site"] / "raw" / "副本" / name).read_bytes() == seed("003").read_bytes()


def test_every_raw_file_gets_its_own_published_path(scraped):
    site, raw = scraped["site"], scraped["raw"]
    assert (site / "raw" / "c.html.txt").read_bytes() == (raw / "c.html.txt").read_bytes()
    published = {p.read_bytes() for p in (site / "raw").rglob("*") if p.is_file()}
    for path in raw.rglob("*"):
        if path.is_file() and not path.is_symlink() and "外部" not in path.parts:
            assert path.read_bytes() in published, path


def test_a_raw_file_named_after_a_long_title_is_published(tmp_path):
    title = (
        "平利县兴隆镇党委坚持以党建引领乡村振兴扎实推进“三会一课”制度落实落细不断增强基层党组织"
        "政治功能和组织功能推动党建工作与经济社会发展深度融合为全面推进乡村振兴提供坚强组织保证"
    )
    name = title[:83] + ".html"
    assert len(name.encode()) > 251  # with .txt appended: too long for any file system
    content = tmp_path / "content"
    (content / "raw").mkdir(parents=True)
    (content / "raw" / name).write_text(SCRIPT_PAGE, encoding="utf-8")
    assert ingest(content / "raw", content / "reports")[0] == 0
    site = build(content, tmp_path / "output")
    (report,) = content.joinpath("reports").glob("*.md")
    target = raw_link(site, report.stem)
    assert target.read_bytes() == (content / "raw" / name).read_bytes()
    assert target.suffix == ".txt" and len(target.name.encode()) <= 255


def _one_ingested_report(tmp_path: Path):
    """content/, content/raw/ holding one news page, and the report ingest made of it."""
    content = tmp_path / "content"
    raw = content / "raw"
    raw.mkdir(parents=True)
    (raw / "下载.txt").write_text(XINGLONG_NEWS, encoding="utf-8")
    assert ingest(raw, content / "reports")[0] == 0
    (report,) = (content / "reports").glob("*.md")
    return content, raw, report


def test_a_renamed_raw_file_keeps_its_report_and_its_raw_link(tmp_path):
    content, raw, report = _one_ingested_report(tmp_path)
    (raw / "平利县").mkdir()
    (raw / "下载.txt").rename(raw / "平利县" / "兴隆镇三会一课.txt")
    assert ingest(raw, content / "reports")[0] == 0
    assert [p.name for p in (content / "reports").glob("*.md")] == [report.name]
    assert front_matter(report)["provenance"]["raw_file"] == "平利县/兴隆镇三会一课.txt"
    site = build(content, tmp_path / "output")
    assert raw_link(site, report.stem).read_bytes() == XINGLONG_NEWS.encode()


def test_deleting_a_raw_file_takes_its_report_off_the_site(raw_copy, tmp_path):
    out = tmp_path / "reports"
    assert ingest(raw_copy, out)[0] == 0
    untouched, edited = seed("000").name, seed("002").name
    ids = {front_matter(p)["provenance"]["raw_file"]: p for p in out.glob("*.md")}
    hand_edit = ids[edited].read_text(encoding="utf-8") + "\n（校注：人工核对，神河镇）\n"
    ids[edited].write_text(hand_edit, encoding="utf-8")
    (raw_copy / untouched).unlink()
    (raw_copy / edited).unlink()
    status, err = ingest(raw_copy, out)
    assert status == 0
    assert not ids[untouched].exists() and not ids[edited].exists()
    # The hand edit is kept, where Pelican never reads it, and the warning says where.
    aside = ids[edited].with_name(ids[edited].name + ".withdrawn")
    assert aside.read_text(encoding="utf-8") == hand_edit
    lines = err.splitlines()
    assert any(ln.startswith(f"warning: {untouched}: ") and "removed" in ln for ln in lines)
    assert any(ln.startswith(f"warning: {edited}: ") and aside.name in ln for ln in lines)
    content = tmp_path / "content"
    shutil.copytree(raw_copy, content / "raw")
    shutil.copytree(out, content / "reports")
    site = build(content, tmp_path / "output")
    pages = {p.stem for p in report_pages(site)}
    assert ids[untouched].stem not in pages and ids[edited].stem not in pages
    assert len(pages) == 3
    assert ingest(raw_copy, out) == (0, "")  # said once; nothing left to do


def test_catalog_keys_are_raw_paths_and_a_typo_is_named(raw_copy, tmp_path, capsys):
    (raw_copy / "平利县").mkdir()
    (raw_copy / "平利县" / "兴隆镇.txt").write_text(XINGLONG_NEWS, encoding="utf-8")
    catalog = tmp_path / "catalog.yaml"
    xinglong = seed("000").name
    catalog.write_text(
        "reports:\n"
        "  兴隆镇.txt:\n    url: https://example.gov.cn/pingli/xinglong.html\n"
        f"  {xinglong.upper()}:\n    url: https://example.gov.cn/typo.html\n",
        encoding="utf-8",
    )
    out = tmp_path / "reports"
    status = cli(["ingest", str(raw_copy), "--out", str(out), "--catalog", str(catalog)])
    err = capsys.readouterr().err
    assert status == 0
    typo = [line for line in err.splitlines() if xinglong.upper() in line]
    assert typo == [
        f"warning: {catalog}: key '{xinglong.upper()}' matches no raw file in content/raw/;"
        f" closest: {xinglong}"
    ]
    by_raw = {front_matter(p)["provenance"]["raw_file"]: front_matter(p) for p in out.glob("*.md")}
    assert by_raw["平利县/兴隆镇.txt"]["url"] == "https://example.gov.cn/pingli/xinglong.html"
    assert by_raw[xinglong]["url"] is None


def test_ingesting_one_file_keeps_the_copies_recorded_before(tmp_path, monkeypatch):
    """`township-reports ingest content/raw/副本/x.txt`, in a project folder."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(RAW, "content/raw")
    name = seed("003").name
    Path("content/raw/副本").mkdir()
    shutil.copy(RAW / name, f"content/raw/副本/{name}")
    assert ingest(Path("content/raw"), Path("content/reports"))[0] == 0
    assert ingest(Path(f"content/raw/副本/{name}"), Path("content/reports"))[0] == 0
    (report,) = [
        p for p in Path("content/reports").glob("*.md") if front_matter(p)["township"] == "宋家镇"
    ]
    assert front_matter(report)["provenance"]["raw_file"] == name
    assert front_matter(report)["provenance"]["raw_copies"] == [f"副本/{name}"]


def test_a_raw_folder_outside_content_raw_given_by_a_relative_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(RAW, "抓取/2023")
    assert ingest(Path("抓取/2023"), Path("reports")) == (0, "")
    raw_files = {front_matter(p)["provenance"]["raw_file"] for p in Path("reports").glob("*.md")}
    assert raw_files == {p.name for p in RAW.iterdir()}


def test_a_takedown_works_when_the_manifest_is_lost(raw_copy, tmp_path):
    out = tmp_path / "reports"
    assert ingest(raw_copy, out)[0] == 0
    (out / ".manifest.json").unlink()  # lost: never committed, or a clone of an old tree
    shenhe = next(p for p in out.glob("*.md") if front_matter(p)["township"] == "神河镇")
    (raw_copy / seed("002").name).unlink()
    status, err = ingest(raw_copy, out)
    assert status == 0 and not shenhe.exists()
    assert shenhe.with_name(shenhe.name + ".withdrawn").exists()  # no record: it may hold edits
    assert f"warning: {seed('002').name}: " in err
    assert len(list(out.glob("*.md"))) == 4


def test_ingesting_a_batch_from_elsewhere_takes_no_report_down(raw_copy, tmp_path):
    out = tmp_path / "reports"
    assert ingest(raw_copy, out)[0] == 0
    batch = tmp_path / "新抓取"
    batch.mkdir()
    (batch / "兴隆镇.txt").write_text(XINGLONG_NEWS, encoding="utf-8")
    status, err = ingest(batch, out)
    assert status == 0 and "removed" not in err and "withdrawn" not in err
    assert len(list(out.glob("*.md"))) == 6


def test_a_raw_file_renamed_under_a_hand_edited_report_keeps_its_raw_link(tmp_path):
    content, raw, report = _one_ingested_report(tmp_path)
    report.write_text(report.read_text(encoding="utf-8") + "\n（校注：人工核对）\n", "utf-8")
    (raw / "平利县").mkdir()
    (raw / "下载.txt").rename(raw / "平利县" / "兴隆镇三会一课.txt")
    status, err = ingest(raw, content / "reports")
    assert status == 0 and "edited by hand" in err  # the edit, and its old raw_file, are kept
    site = build(content, tmp_path / "output")
    assert raw_link(site, report.stem).read_bytes() == XINGLONG_NEWS.encode()


def test_a_copied_report_is_set_aside_and_called_a_copy(raw_copy, tmp_path):
    """``cp e0089f6acc92.md "e0089f6acc92 副本.md"``, then an edit of the copy: ingest moves
    the copy aside, edits kept, and its one line says it is a copy of the current report
    (not "the output of an earlier version", which would send the curator looking for one)."""
    out = tmp_path / "reports"
    assert ingest(raw_copy, out)[0] == 0
    shenhe = next(p for p in out.glob("*.md") if front_matter(p)["township"] == "神河镇")
    copy = shenhe.with_name(f"{shenhe.stem} 副本.md")
    edited = shenhe.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: 副本：", 1)
    copy.write_text(edited, encoding="utf-8")
    status, err = ingest(raw_copy, out)
    assert status == 0 and not copy.exists()
    assert copy.with_name(copy.name + ".withdrawn").read_text(encoding="utf-8") == edited
    (line,) = [line for line in err.splitlines() if copy.name in line]
    assert f"a copy of {shenhe.name}, the report of {seed('002').name}" in line
    assert "earlier version" not in line
