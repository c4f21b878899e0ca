"""Hostile or broken text and files never stop the build, never hide a report, never break XML.

Every test goes through the real commands: ``township-reports ingest`` and ``inspect``,
and ``pelican`` with the project's settings.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT, seed
from township_reports.cli import main as cli
from township_reports.ingest.report import split_front_matter

ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def township_reports(*args: str) -> Run:
    """``township-reports ARGS``, through the command's own entry point.

    In this process, which keeps the dictionaries loaded: a subprocess costs seconds.
    An uncaught exception fails the test as a traceback would fail the user.
    """
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            status = cli(list(args))
        except SystemExit as exit:  # as the console script turns it into the exit status
            status = exit.code
    return Run(status, stdout.getvalue(), stderr.getvalue())


def pelican(content: Path, output: Path) -> subprocess.CompletedProcess:
    """``pelican content -o output`` with the project's settings, as ``make html`` runs it."""
    cmd = [sys.executable, "-m", "pelican", str(content), "-o", str(output)]
    cmd += ["-s", str(ROOT / "pelicanconf.py"), "--ignore-cache"]
    path = [str(ROOT / "plugins"), os.environ.get("PYTHONPATH", "")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in path if p))
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def ingest(raw: Path, out: Path, *extra: str, catalog: Path | None = None) -> Run:
    """``township-reports ingest RAW --out OUT`` (no catalog unless given)."""
    catalog = catalog or raw.parent / "no-catalog.yaml"
    return township_reports(
        "ingest", str(raw), "--out", str(out), "--catalog", str(catalog), *extra
    )


def front_matter(path: Path) -> dict:
    return split_front_matter(path.read_text(encoding="utf-8"))[0]


def report_from(out: Path, raw_name: str) -> dict:
    """The front matter of the report ingest made from the raw file ``raw_name``."""
    for path in out.glob("*.md"):
        meta = front_matter(path)
        if meta["provenance"]["raw_file"] == raw_name:
            return meta
    raise AssertionError(f"no report from {raw_name} in {out}")


def steps(meta: dict) -> dict[str, dict]:
    return {step["step"]: step for step in meta["provenance"]["steps"]}


# ------------------------------------------------ characters XML 1.0 cannot carry

XINGLONG_WITH_CONTROLS = (
    "兴隆镇\x01党委落实“三会一课”制度\uffff\n\n"
    "兴隆镇党委\x0b严格落实“三会一课”制度，\ufffe推进党建\x1f工作，全镇党员\x7f参加学习。\n"
)

#: A report written (or edited) by hand: it never went through ingest.
HAND_WRITTEN = """---
id: 0e1a0000cc01
title: "兴隆镇学习<三会一课>制度\\x01心得\\uFFFF"
title_devised: false
township: 兴隆镇
county: 平利县
prefecture: 安康市
province: 陕西省
division_code: '610926101'
date: 2023-05-04
date_precision: day
authors: ["王\\x0B密"]
initiatives: [三会一课]
provenance: {raw_file: hand.txt}
---

兴隆镇党委\x01严格落实“三会一课”制度，\x08推进党建工作。
"""


def test_control_characters_are_removed_at_ingest_and_every_feed_stays_valid_xml(tmp_path):
    raw = tmp_path / "content" / "raw"
    raw.mkdir(parents=True)
    shutil.copy(seed("000"), raw)
    (raw / "xinglong-controls.txt").write_text(XINGLONG_WITH_CONTROLS, encoding="utf-8")
    reports = tmp_path / "content" / "reports"
    run = ingest(raw, reports)
    assert run.returncode == 0, run.stderr

    meta = report_from(reports, "xinglong-controls.txt")
    body = (reports / f"{meta['id']}.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    assert meta["title"] == "兴隆镇党委落实“三会一课”制度"
    assert "兴隆镇党委" in body and "推进党建工作，全镇党员参加学习。" in body
    removed = steps(meta)["control_characters"]
    assert removed["count"] == 6  # U+0001 U+FFFF U+000B U+FFFE U+001F U+007F
    assert "U+FFFF ×1" in removed["removed"]

    (reports / "0e1a0000cc01.md").write_text(HAND_WRITTEN, encoding="utf-8")
    output = tmp_path / "output"
    build = pelican(tmp_path / "content", output)
    assert build.returncode == 0, build.stdout + build.stderr
    xml_files = sorted(output.glob("feeds/**/*.xml")) + [output / "sitemap.xml"]
    assert len(xml_files) > 5
    for path in xml_files:
        ET.parse(path)  # raises on a character XML 1.0 forbids
    feed = ET.parse(output / "feeds" / "all.atom.xml").getroot()
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    # Tag-like text is part of the title: escaped in the feed, never stripped.
    assert "兴隆镇学习<三会一课>制度心得" in titles


# ------------------------------------------------ text that cannot be decoded

#: A UTF-16 file with a lone surrogate: half of a character, left by a spliced file.
LONE_SURROGATE = (
    b"\xff\xfe"
    + "兴隆镇党委".encode("utf-16-le")
    + b"\x00\xd8"
    + "落实“三会一课”".encode("utf-16-le")
)


def test_undecodable_file_is_one_error_line_and_the_good_files_are_written(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for prefix in ("000", "002"):
        shutil.copy(seed(prefix), raw)
    (raw / "xinglong-utf16.txt").write_bytes(LONE_SURROGATE)
    (raw / "xinglong-utf8-bom.txt").write_bytes(b"\xef\xbb\xbf" + "兴隆镇".encode() + b"\xff\xfe")
    gbk_name = os.fsdecode("兴隆镇".encode("gbk") + b".txt")  # unzipped from a GBK system
    shutil.copy(seed("000"), raw / gbk_name)
    out = tmp_path / "reports"
    run = ingest(raw, out, "--quiet")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert "xinglong-utf16.txt: not valid utf-16" in run.stderr
    assert "its name is not UTF-8" in run.stderr
    assert "xinglong-utf8-bom.txt: not valid utf-8" in run.stderr
    assert len(list(out.glob("*.md"))) == 2

    shown = township_reports("inspect", str(raw / "xinglong-utf16.txt"), str(seed("002")))
    assert shown.returncode == 1 and "Traceback" not in shown.stderr
    assert "error: " in shown.stderr and "xinglong-utf16.txt: not valid utf-16" in shown.stderr
    assert "神河镇" in shown.stdout  # the good file is still inspected
    as_json = township_reports("inspect", "--json", str(raw / "xinglong-utf16.txt"))
    assert "not valid utf-16" in json.loads(as_json.stdout)["error"]


def _one_ingested_seed(tmp_path: Path, number: str):
    """raw/ holding one seed report, reports/ ingested from it, and the report's file."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(seed(number), raw)
    out = tmp_path / "reports"
    assert ingest(raw, out, "--quiet").returncode == 0
    return raw, out, next(out.glob("*.md"))


def test_a_report_edited_by_hand_in_another_encoding_is_kept_not_a_crash(tmp_path):
    raw, out, report = _one_ingested_seed(tmp_path, "000")
    text = report.read_text(encoding="utf-8").replace("兴隆镇", "興隆鎮", 1)
    report.write_bytes(text.encode("gb18030"))  # saved by an editor set to GBK
    (raw / "extra.txt").write_text("兴隆镇党委落实“三会一课”制度。\n", encoding="utf-8")
    run = ingest(raw, out)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert f"{report} was edited by hand: kept it" in run.stderr
    assert report.read_bytes() == text.encode("gb18030")
    assert len(list(out.glob("*.md"))) == 2


# ------------------------------------------------ the manifest and temp files ingest leaves


@pytest.mark.parametrize(
    "damage",
    ["null", "[]", '{"e0089f6acc92.md": {"output_sha256": 7}}', "\xff"],
)
def test_a_manifest_of_the_wrong_shape_costs_a_re_ingest_and_a_warning(tmp_path, damage):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(seed("002"), raw)
    out = tmp_path / "reports"
    assert ingest(raw, out, "--quiet").returncode == 0
    manifest = out / ".manifest.json"
    good = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_bytes(damage.encode("latin-1" if damage == "\xff" else "utf-8"))
    (raw / "shenhe-copy.txt").write_bytes(seed("002").read_bytes() + "\n本报讯\n".encode())
    run = ingest(raw, out)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert f"warning: {manifest} is damaged" in run.stderr
    assert json.loads(manifest.read_text(encoding="utf-8")).keys() > good.keys()
    assert len(list(out.glob("*.md"))) == 2


def test_temp_files_of_a_killed_ingest_are_removed_by_the_next(tmp_path):
    raw, out, report = _one_ingested_seed(tmp_path, "002")
    killed = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = out / f".{report.name}.{killed.stdout.strip()}-k3x9q2_a.tmp"  # its writer has exited
    dead.write_text("---\nid: e0089f6acc92\ntitle: 神河镇“升级晋档", encoding="utf-8")
    live = out / f".{report.name}.{os.getpid()}-p0w8z1ab.tmp"  # this process is still running
    live.write_text("---\n", encoding="utf-8")
    old = out / f".{report.name}.q7m2v9xc.tmp"  # an older ingest's name, from yesterday
    old.write_text("---\n", encoding="utf-8")
    os.utime(old, (0, 0))
    notes = out / ".编辑备忘.tmp"  # not a name ingest makes: never touched
    notes.write_text("核对神河镇的日期\n", encoding="utf-8")
    run = ingest(raw, out)
    assert run.returncode == 0, run.stderr
    assert not dead.exists() and not old.exists()
    assert live.exists() and notes.exists()
    assert f"note: removed {dead}" in run.stderr
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "--no-index", f"content/reports/{dead.name}"], cwd=ROOT
    )
    assert ignored.returncode == 0, "temp files are not git-ignored"


def test_a_manifest_that_cannot_be_written_is_one_clear_error_after_the_per_file_lines(tmp_path):
    """As on a full disk or a read-only folder (a directory in its place fails even for root)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(seed("002"), raw)
    (raw / "empty.txt").write_bytes(b"")
    out = tmp_path / "reports"
    (out / ".manifest.json").mkdir(parents=True)
    run = ingest(raw, out, "--quiet")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert "error: empty.txt: empty file" in run.stderr
    assert f"error: {out / '.manifest.json'}: cannot write" in run.stderr
    assert "ingest: 2 raw file(s): 1 failed, 1 written" in run.stdout
    assert len(list(out.glob("*.md"))) == 1


# ------------------------------------------------ the catalog as untrusted input

ALIAS_BOMB = (
    "reports:\n  lol0: &a0 {title: 兴隆镇}\n"
    + "".join(f"  lol{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10))
    + "  000.txt: {title: *a9}\n"
)


def test_a_yaml_alias_bomb_in_the_catalog_fails_fast_with_one_line(tmp_path):
    """10⁹ titles if expanded; refused at the first anchor, well inside 1 GB and a minute."""
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(ALIAS_BOMB, encoding="utf-8")
    (tmp_path / "raw").mkdir()
    shutil.copy(seed("000"), tmp_path / "raw" / "000.txt")  # the entry the bomb sits in
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))"
    run = subprocess.run(
        [sys.executable, "-c", f"{limit}; from township_reports.cli import main; raise SystemExit(main())",
         "ingest", str(tmp_path / "raw"), "--out", str(tmp_path / "reports"), "--catalog", str(catalog)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr[-500:]
    assert run.stderr.splitlines() == [
        f"error: {catalog}:2: cannot read the catalog: anchors and aliases (&name, *name)"
        " are not allowed: write each value out"
    ]


@pytest.mark.parametrize(
    "catalog_text, line, problem",
    [
        ("- 000.txt\n- 001.txt\n", 1, "the catalog must be a mapping"),
        ("reports:\n  000.txt: !!python/object:os.system {title: x}\n", 2, "python/object"),
        ('reports:\n  000.txt:\n    title: "兴隆镇落实三会一课\n  001.txt: {}\n', 5, "from line 3"),
        ("reports:\n  - 000.txt\n", 2, "reports: must map raw file names to fields"),
        ("report:\n  000.txt: {title: 兴隆镇}\n", 1, "unknown key 'report'"),
    ],
    ids=["top-level list", "python tag", "syntax error", "reports a list", "misspelt key"],
)
def test_a_catalog_that_cannot_be_read_is_one_line_naming_file_and_line(
    tmp_path, catalog_text, line, problem
):
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(catalog_text, encoding="utf-8")
    (tmp_path / "raw").mkdir()
    run = ingest(tmp_path / "raw", tmp_path / "reports", catalog=catalog)
    assert run.returncode == 2
    assert len(run.stderr.splitlines()) == 1, run.stderr
    assert run.stderr.startswith(f"error: {catalog}:{line}: ") and problem in run.stderr


def test_a_bad_catalog_entry_is_reported_with_its_line_and_its_report_still_built(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for prefix in ("000", "002", "003", "004"):
        shutil.copy(seed(prefix), raw)
    xinglong, shenhe, songjia, chengguan = (seed(p).name for p in ("000", "002", "003", "004"))
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(
        "reports:\n"
        f"  {xinglong}:\n"
        "    title: [兴隆镇, 三会一课]\n"  # line 3
        "    note: 标题由整理者核实\n"
        f"  {shenhe}:\n"
        "    editors: 7\n"  # line 6
        f"  {songjia}:\n"
        '    title: ""\n'  # line 8
        "    url: https://example.gov.cn/songjia.html\n"
        f"  {chengguan}:\n"
        "    url: https://example.gov.cn/chengguan.html\n"
        "    date: 2023-08-07\n"
        "  ehu.txt:\n"  # line 13
        "    - 三会一课\n"
        f"  {shenhe}:\n"  # line 15
        "    source: 旬阳市融媒体中心\n",
        encoding="utf-8",
    )
    out = tmp_path / "reports"
    run = ingest(raw, out, "--quiet", catalog=catalog)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert errors[0].startswith(f"error: {catalog}:3: {xinglong}: title: expected text")
    assert errors[1].startswith(f"error: {catalog}:6: {shenhe}: editors: expected a list")
    assert errors[2].startswith(f"error: {catalog}:8: {songjia}: title: is empty")
    assert errors[3].startswith(f"error: {catalog}:13: ehu.txt: expected the fields to set")
    assert errors[4].startswith(f"error: {catalog}:15: {shenhe}: listed twice (first at line 5)")
    assert len(errors) == 5
    # Every report is built: the bad entries' from their text, the good entry applied.
    assert len(list(out.glob("*.md"))) == 4
    assert report_from(out, xinglong)["title"] != "['兴隆镇', '三会一课']"
    assert report_from(out, shenhe)["editors"] == ["魏代琼"]
    assert report_from(out, songjia)["title"] and report_from(out, songjia)["url"] is None
    good = report_from(out, chengguan)
    assert good["url"] == "https://example.gov.cn/chengguan.html"
    assert good["overrides"]["date"]["value"] == "2023-08-07"


# ------------------------------------------------ invisible formatting


def test_bidi_overrides_and_zero_width_characters_leave_the_text_and_are_recorded(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "xinglong-invisible.txt").write_text(
        "平利县兴\u200b隆镇党委\u202e落实“三会一课”\u202c制度\n\n"
        "平利县兴隆\u2060镇党委严格落实“三会一课”\ufeff制度，党员\u200d干部\u200c带头，"
        "推进\u2066党建\u2069工作。\n",
        encoding="utf-8",
    )
    out = tmp_path / "reports"
    assert ingest(raw, out, "--quiet").returncode == 0
    meta = report_from(out, "xinglong-invisible.txt")
    body = (out / f"{meta['id']}.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    assert meta["title"] == "平利县兴隆镇党委落实“三会一课”制度"
    assert meta["township"] == "兴隆镇" and meta["county"] == "平利县"  # no longer split
    assert "平利县兴隆镇党委严格落实“三会一课”制度，党员干部带头，推进党建工作。" in body
    recorded = steps(meta)["invisible_characters"]
    assert recorded["count"] == 9
    assert "U+202E RIGHT-TO-LEFT OVERRIDE ×1" in recorded["removed"]


def test_a_character_whose_two_bytes_were_lost_comes_back_from_the_pages_own_gloss():
    """A pinyin mirror's 日?qǐng)?bào) (both GBK bytes of 報 lost with the brackets of two
    glosses, round 13's 2c8bc1448218): 報(bào) elsewhere on the page reads it back; without
    such a gloss, the two glosses read it (see the next test)."""
    from township_reports.ingest.pipeline import ingest_bytes

    page = (
        "首頁(yè) 日?qǐng)?bào) 晚報(bào) 評(píng)論\n\n"
        "河底鎮(zhèn)推進(jìn)農(nóng)村廁所改造\n\n"
        "來(lái)源:陽(yáng)泉日?qǐng)?bào)\n\n"
        "  今年以來(lái),郊區(qū)河底鎮(zhèn)堅持把農(nóng)村旱廁改造作為民生實事來(lái)抓,"
        "全鎮(zhèn)已改造水沖廁所三百余戶(hù)。\n"
    )
    report = ingest_bytes(page.encode(), "mirror.txt")
    assert report.source == "阳泉日报"
    assert "?" not in report.body


def test_a_character_whose_two_bytes_were_lost_is_read_from_both_glosses():
    """With no gloss of 報 anywhere else (round 18's and 19's mirrors of 哈尔滨日报 and
    湖北日报), both glosses settle it: a lead byte that makes 請 (qǐng) after 日, and the one
    character with that lead byte read bào. Damage no single character fits stays as it
    stands, never guessed."""
    from township_reports.ingest.pipeline import ingest_bytes

    page = (
        "河底鎮(zhèn)推進(jìn)農(nóng)村廁所改造\n\n"
        "荊楚網(wǎng)(湖北日?qǐng)?bào)網(wǎng))訊(通訊員 丁元中)今年以來(lái),河底鎮(zhèn)堅持把農(nóng)村"
        "旱廁改造作為民生實事來(lái)抓,全鎮(zhèn)已改造水沖廁所三百余戶(hù)。\n"
    )
    report = ingest_bytes(page.encode(), "mirror.txt")
    assert report.source == "荆楚网" and report.authors == ["丁元中"]
    assert "湖北日报网" in report.body and "?" not in report.body
    unread = ingest_bytes(page.replace("?bào)", "?dāng)").encode(), "mirror.txt")
    assert "qǐng" in unread.body and "dāng" in unread.body and "湖北日报网" not in unread.body


def _quote_lost_its_high_bit(text: str) -> str:
    """The damage as a pinyin mirror makes it: in GBK, the full stop and the closing
    quote (A1 A3 A1 B1) become ``?`` and ``!`` + B1, and a decoder that reads a lead
    byte with the ``(`` after it as one ``?`` reads the rest one byte out of step."""
    damaged = text.encode("gbk").replace(b"\xa1\xa3\xa1\xb1", b"?\x21\xb1")
    return damaged.decode("gbk", errors="replace").replace("\ufffd(", "?")


def test_text_one_byte_out_of_step_after_a_quote_is_read_again():
    """Round 26's 网易号 mirror (c868d5ae86ae): the town's name stood only in the run a
    quote's lost high bit put out of step (空調?!崩认骆?zhèn)友好村), so the report had no
    place. Read again one byte earlier, the run is 。”廊下鎮, and the town is found; a real
    ?! before words (你去过吗?!北京市) is left as printed."""
    from township_reports.ingest.pipeline import ingest_bytes

    page = _quote_lost_its_high_bit(
        "不用第三方,錢給到村民!金山這個村開始試點\n\n"
        "“上崗了,今天比較冷,早點開空調(diào)。”廊下鎮(zhèn)友好村保潔員盛師傅"
        "為了讓村民在老年活動室喝上早茶,一早就開始打掃。\n\n"
        "據悉,友好村在2025年12月開始試行農村人居環境長效管護一體化保潔試點工作。\n"
    )
    assert "?!崩认骆?zhèn)" in page  # the damage as the mirror printed it
    report = ingest_bytes(page.encode(), "mirror.txt")
    assert report.township == "廊下镇" and report.county == "金山区"
    assert "早点开空调。”廊下镇友好村保洁员" in report.body
    real = ingest_bytes("你去过吗?!北京市很大。\n".encode(), "question.txt")
    assert "你去过吗?!北京市很大" in real.body.replace("？", "?").replace("！", "!")
