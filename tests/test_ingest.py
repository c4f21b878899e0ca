"""Ingest behaviour a researcher relies on: the seed reports' metadata, clean bodies, safe files."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import opencc
import pytest

from conftest import RAW, REPORTS, ROOT, seed
from township_reports.cli import main as cli
from township_reports.files import write_atomically
from township_reports.ingest import pipeline
from township_reports.ingest import run as ingest_run
from township_reports.ingest.errors import IngestError
from township_reports.ingest.pipeline import ingest_bytes
from township_reports.ingest.report import render_markdown, split_front_matter
from township_reports.ingest.run import convert_file, ingest_paths
from township_reports.ingest.simplify import two_way_characters
from township_reports.ingest.structure import unescape_markdown_text

EXPECTED = {
    "000": dict(township="兴隆镇", county="平利县", prefecture="安康市", province="陕西省",
                date=None, authors=["王密"], editors=[],
                initiatives={"三联", "321", "三会一课"}),
    "001": dict(township="太要镇", county="潼关县", prefecture="渭南市", province="陕西省",
                date=None, authors=[], editors=[],
                initiatives={"三个年", "三会一课", "四议两公开"}),
    "002": dict(township="神河镇", county="旬阳市", prefecture="安康市", province="陕西省",
                date="2011-09-14T09:09", authors=["刘民"], editors=["魏代琼"],
                initiatives={"升级晋档", "三联", "一村一品"}),
    "003": dict(township="宋家镇", county="白河县", prefecture="安康市", province="陕西省",
                date="2023-07-25T10:50", authors=["方凤玲"], editors=["裴佳佳"],
                initiatives={"五聚焦", "三个年", "321", "一村一品"}),
    "004": dict(township="城关镇", county="清丰县", prefecture="濮阳市", province="河南省",
                date="2023-08-07T09:25:34", authors=["王献伟", "程琪琪"], editors=["崔莎莎"],
                initiatives={"五星", "三会一课"}),
}  # fmt: skip


@pytest.fixture(scope="module")
def inspected() -> dict[str, dict]:
    """`township-reports inspect content/raw/*.txt --json`, run as a user would."""
    files = sorted(str(p) for p in RAW.glob("*.txt"))
    run = subprocess.run(
        [sys.executable, "-m", "township_reports.cli", "inspect", *files, "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    records = [json.loads(line) for line in run.stdout.splitlines()]
    return {Path(r["file"]).name[:3]: r for r in records}


def test_inspect_shows_where_each_field_came_from(inspected):
    shenhe = inspected["002"]["evidence"]
    assert shenhe["title"]["line"] == 4 and "stands right above" in shenhe["title"]["rule"]
    assert shenhe["date"]["line"] == 6 and shenhe["date"]["rule"] == "labelled 发布时间"
    assert shenhe["authors"]["line"] == 6 and shenhe["editors"]["text"] == "【责任编辑:魏代琼】"
    assert any("旬阳县于2021年更名为旬阳市" in e for e in shenhe["place"])
    assert shenhe["initiatives"]["升级晋档"].startswith("vocabulary")
    xinglong = inspected["000"]["evidence"]  # no headline, no date: no line to point at
    assert "date" not in xinglong and "line" not in xinglong["title"]
    assert xinglong["title"]["rule"].startswith("devised")  # and the title says it was devised
    assert xinglong["authors"]["rule"].startswith("dateline")


def test_a_town_reorganised_since_resolves_to_today_and_keeps_its_name_as_written():
    raw = (
        "侯寨乡：党建引领樱桃产业富了村民\n\n近日，郑州市二七区侯寨乡党委在辖区各村推行“支部+合作社”"
        "模式，带领群众发展樱桃种植，村集体收入明显增加。\n"
    ).encode()
    report = ingest_bytes(raw, "houzhai.txt")
    assert (report.township, report.township_as_written, report.county) == (
        "侯寨街道",
        "侯寨乡",
        "二七区",
    )
    assert "township_as_written: 侯寨乡" in render_markdown(report)


def test_review_lists_reports_with_doubtful_fields(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    # A report that names no town, and one whose only header line is a weak headline.
    (raw / "nowhere.txt").write_text(
        "党建引领促发展\n\n近年来，镇党委坚持以党建为引领，将党建工作与业务工作深度融合，推动各项工作。\n",
        encoding="utf-8",
    )
    shutil.copy(seed("002"), raw)
    out = tmp_path / "reports"
    ingest_paths([raw], out)
    run = subprocess.run(
        [sys.executable, "-m", "township_reports.cli", "review", str(out)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    assert "place: 文中未识别出乡镇" in run.stdout and "[nowhere.txt]" in run.stdout
    assert seed("002").name not in run.stdout
    assert "review: 1 report(s)" in run.stdout


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_inspect_gives_the_seed_table(inspected, prefix):
    record, expected = inspected[prefix], EXPECTED[prefix]
    for key in ("township", "county", "prefecture", "province", "date", "authors", "editors"):
        assert record[key] == expected[key], key
    assert expected["initiatives"] <= set(record["initiatives"])
    assert re.fullmatch(r"\d{9}", record["division_code"])
    assert record["division_code"].startswith({"陕西省": "61", "河南省": "41"}[record["province"]])


def test_undated_reports_get_honest_estimates(inspected):
    xinglong, taiyao = inspected["000"], inspected["001"]
    assert xinglong["date"] is None and xinglong["date_precision"] is None
    assert xinglong["date_estimate"]["earliest"][:4] == "2021"
    assert xinglong["date_estimate"]["latest"][:4] == "2022"
    assert (
        taiyao["date_estimate"]["earliest"][:4] == taiyao["date_estimate"]["latest"][:4] == "2023"
    )
    markers = {e["marker"] for e in taiyao["date_estimate"]["evidence"]}
    assert {"党的二十大", "陕西“三个年”活动"} <= markers


def test_stated_dates_carry_their_precision(inspected):
    assert inspected["002"]["date_precision"] == "minute"
    assert inspected["004"]["date_precision"] == "second"
    assert inspected["003"]["date_estimate"] is None


def test_titles_from_headlines_and_devised_title_names_the_place(inspected):
    assert inspected["001"]["title"] == "潼关县太要镇：党建引领激发乡村振兴新动能"
    assert inspected["003"]["title"] == "宋家镇：“五聚焦”扎实推进党建引领高质量发展"
    assert inspected["001"]["title_devised"] is False
    assert inspected["000"]["title_devised"] is True
    assert "兴隆镇" in inspected["000"]["title"]


def test_renamed_county_keeps_the_name_in_force_at_the_date(inspected):
    assert inspected["002"]["county"] == "旬阳市"
    assert inspected["002"]["county_as_written"] == "旬阳县"


def test_byte_damage_is_repaired_through_the_gbk_mechanism(inspected):
    assert inspected["002"]["repairs"] == [
        {"kind": "lost_gbk_lead_byte", "before": "?guī)X", "after": "嶺", "count": 2}
    ]


def test_same_damage_after_other_characters_is_repaired_too():
    report = ingest_bytes("神河鎮(zhèn)翻越秦?guī)X山脈。".encode(), "damage.txt")
    assert "秦岭" in report.body


def test_damage_closing_a_clause_is_repaired_too():
    # the damaged character before a stop (寧靜。 printed 寧?kù)o。 by a pinyin mirror):
    # the reader searching 宁静 finds the report, and no gloss is left in the text
    report = ingest_bytes(
        "小雪過后,廣袤田野更顯寧?kù)o。農(nóng)村漸漸進(jìn)入冬閑時(shí)節(jié)。".encode(),
        "d.txt",
    )
    assert "更显宁静。" in report.body and "kù" not in report.body


def test_damage_whose_orphan_byte_is_not_ascii_is_read_again_one_byte_earlier():
    # 平涼市莊浪 printed 平?jīng)鍪星f浪 by a pinyin mirror (round 89): the lost lead byte's
    # orphan trail byte paired with the next character's lead byte, and the text ran out of
    # step until an ASCII byte; read again, the county is found and the text reads as printed
    report = ingest_bytes(
        "初夏時節(jié),甘肅省平?jīng)鍪星f浪縣韓店鎮(zhèn)郭漫村,黨員帶領(lǐng)群眾播種川射干。".encode(),
        "d.txt",
    )
    assert "甘肃省平凉市庄浪县韩店镇郭漫村" in report.body and "jīng" not in report.body
    assert (report.township, report.county) == ("韩店镇", "庄浪县")
    # a glossed character before the damage (當(dāng)), and a run ending on a character that lost
    # its second byte with its own gloss's bracket (塘坪鎮 printed 塘坪?zhèn)): both read again
    report = ingest_bytes(
        "當(dāng)?shù)厝罕姎v來種植藥材,并報(bào)請?zhí)疗烘?zhèn)政府同意。".encode(), "d.txt"
    )
    assert "当地群众历来种植药材，并报请塘坪镇政府同意。" in report.body


def test_the_converters_gloss_tells_which_character_lost_its_lead_byte():
    # 晝訪夜談 printed 晝?cè)L夜談 (round 89's development pages): the gloss cè reads the
    # previous trail byte and the lost lead byte together (側), so the lost character is 訪,
    # not the 長 that makes more words with its neighbours
    report = ingest_bytes(
        "社區(qū)黨委堅持開展“晝?cè)L夜談”,白天入戶走訪、晚上召開小區(qū)議事會。".encode(), "d.txt"
    )
    assert "“昼访夜谈”" in report.body
    # and so after a repair earlier in the text has changed its length (日報 printed 日?qǐng)?bào))
    report = ingest_bytes(
        "海南日?qǐng)?bào)訊 社區(qū)黨委堅持開展“晝?cè)L夜談”,白天入戶走訪。".encode(), "d.txt"
    )
    assert "“昼访夜谈”" in report.body


def test_an_unrepairable_characters_reading_goes_with_it():
    # a pinyin mirror glossed the character byte damage then took (…王宝珍對(duì)記者說 came
    # through as …王宝珍\ufffd(duì)…, round 39): the box keeps its place, no pinyin is left
    report = ingest_bytes(
        "在合作社工作的村民王宝珍\ufffd（duì）记者说，面粉供不应求。".encode(), "d.txt"
    )
    assert "王宝珍□记者说" in report.body and "duì" not in report.body


def test_a_replacement_character_with_no_gloss_after_it_is_still_repaired():
    # U+FFFD then the orphan trail byte and no pinyin gloss (a plain GBK page's damage):
    # read from the words its candidates make, as before the converter's gloss was read
    # (session 40's gloss reading had raised on it and lost the report)
    report = ingest_bytes("张家\ufffdX村党支部组织党员清理河道。".encode(), "fffd.txt")
    assert "张家岭村党支部组织党员清理河道" in report.body


def test_unrepairable_damage_becomes_a_box_with_a_warning():
    report = ingest_bytes("神河镇开展活动\ufffd烟草示范基地。".encode(), "fffd.txt")
    assert "活动□烟草" in report.body
    assert any("□" in w for w in report.provenance["warnings"])


def _bodies(folder: Path) -> dict[str, str]:
    return {
        p.name: split_front_matter(p.read_text(encoding="utf-8"))[1] for p in folder.glob("*.md")
    }


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    # The committed manifest remembers when each seed entered the archive (``added``): an
    # ingest from scratch would date them today.
    shutil.copy(REPORTS / ".manifest.json", out / ".manifest.json")
    outcomes = ingest_paths([RAW], out)
    assert {o.status for o in outcomes} == {"written"}
    return out


def test_generated_bodies_have_no_pinyin_chrome_or_traditional_characters(ingested):
    t2s = opencc.OpenCC("t2s")
    chrome = re.compile(
        r"用户中心|手机版|当前的位置|字体调节|A\+ A-|资料图片|责任编辑|标签|^AD$|更多相关文章|^\d\\?\. 首页",
        re.M,
    )
    for name, body in _bodies(ingested).items():
        assert not re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", body), name
        assert "?guī)" not in body, name
        assert not chrome.search(body), (name, chrome.search(body))
        assert t2s.convert(body) == body, name


def test_grep_finds_sanlian_in_the_reports_of_xinglong_and_shenhe(ingested):
    hits = {p for p in ingested.glob("*.md") if "三联" in p.read_text(encoding="utf-8")}
    towns = {split_front_matter(p.read_text(encoding="utf-8"))[0]["township"] for p in hits}
    assert towns == {"兴隆镇", "神河镇"}


def test_traditional_sources_keep_their_text_as_captured_beside_the_report(ingested):
    """兴隆镇's and 神河镇's pages were a site's 繁體 conversion: the cleaned text in that
    script is kept beside the report (no pinyin, no menus, the credits cut like the
    simplified body), one block for each block of the Markdown; a simplified source has
    none, and grep over *.md still meets one script."""
    t2s = opencc.OpenCC("t2s")
    captured = {
        p.name.split(".")[0]: p.read_text(encoding="utf-8") for p in ingested.glob("*.orig.txt")
    }
    towns = {
        split_front_matter((ingested / f"{i}.md").read_text(encoding="utf-8"))[0]["township"]
        for i in captured
    }
    assert towns == {"兴隆镇", "神河镇", "宋家镇"}
    for report_id, text in captured.items():
        meta, body = split_front_matter((ingested / f"{report_id}.md").read_text(encoding="utf-8"))
        assert meta["script"] == "traditional"
        title, rest = text.split("\n\n", 1)
        assert rest.count("\n\n") == body.count("\n\n")  # the same paragraphs and headings
        # what it says is the report, character for character (著 read zhe is 着 there)
        assert two_way_characters(t2s.convert(rest)) == body
        assert not re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", text)
        assert "用戶中心" not in text and "字體調節" not in text
    shenhe = next(t for t in captured.values() if t.startswith("# 神河鎮"))
    assert shenhe.startswith("# 神河鎮“升級晉檔”推動黨建經濟雙豐收\n")
    assert "## 抓經濟檢驗黨建工作成效" in shenhe
    assert "黨建" not in "".join(p.read_text(encoding="utf-8") for p in ingested.glob("*.md"))


def test_a_taken_down_report_takes_its_text_as_captured_with_it(raw_copy, tmp_path):
    out = tmp_path / "reports"
    ingest_paths([raw_copy], out)
    (orig,) = [p for p in out.glob("*.orig.txt") if "神河鎮" in p.read_text(encoding="utf-8")]
    orig.unlink()
    ingest_paths([raw_copy], out)  # a lost one is made again
    assert orig.exists()
    seed_file = next(raw_copy.glob("002_*"))
    seed_file.unlink()
    ingest_paths([raw_copy], out)
    assert not orig.exists() and not orig.with_name(orig.name.replace(".orig.txt", ".md")).exists()


def test_committed_reports_are_what_ingest_generates(ingested):
    assert _bodies(ingested) == _bodies(REPORTS)
    for path in [*ingested.glob("*.md"), *ingested.glob("*.orig.txt")]:
        assert path.read_bytes() == (REPORTS / path.name).read_bytes(), (
            f"{path.name}: content/reports is stale: run `make ingest` and commit"
        )
    # The manifest too, or `make html` on a clone rewrites it and the tree is not clean.
    manifest = json.loads((REPORTS / ".manifest.json").read_text(encoding="utf-8"))
    versions = {record["pipeline"] for record in manifest.values()}
    assert versions == {pipeline.pipeline_version()}, (
        "content/reports/.manifest.json is stale: run `make ingest` and commit"
    )


def test_a_new_ingest_module_or_data_file_reingests_every_report(tmp_path):
    """A step added to ingest/ or a vocabulary added to data/, with no list to update, is a
    new pipeline version: `township-reports ingest` records it for 兴隆镇's report, so the
    next run converts every report again instead of keeping output from older code."""
    plugin = tmp_path / "plugins" / "township_reports"
    shutil.copytree(
        ROOT / "plugins" / "township_reports", plugin, ignore=shutil.ignore_patterns("__pycache__")
    )
    out = tmp_path / "reports"

    def ingest() -> set[str]:
        command = [sys.executable, "-m", "township_reports.cli", "ingest", str(seed("001"))]
        env = {**os.environ, "PYTHONPATH": str(plugin.parent)}
        subprocess.run([*command, "--out", str(out), "--quiet"], env=env, check=True)
        manifest = json.loads((out / ".manifest.json").read_text(encoding="utf-8"))
        return {record["pipeline"] for record in manifest.values()}

    first = ingest()
    step = plugin / "ingest" / "honorifics.py"
    step.write_text('"""Titles before a name: 兴隆镇党委书记 王密 → 王密."""\n', encoding="utf-8")
    second = ingest()
    vocabulary = plugin / "data" / "honorifics.tsv"
    vocabulary.write_text("党委书记\tpost\n镇长\tpost\n", encoding="utf-8")
    third = ingest()
    assert len(first) == len(second) == len(third) == 1
    assert len(first | second | third) == 3, "a new ingest file did not change the version"


def test_legitimate_parentheses_survive(ingested):
    bodies = "".join(_bodies(ingested).values())
    assert "本网讯（通讯员 王密）近年来" in bodies
    assert "村（社区）各自出招" in bodies


def test_full_width_punctuation_restored_but_numbers_left_alone(ingested):
    bodies = "".join(_bodies(ingested).values())
    assert "近年来，平利县兴隆镇" in bodies
    assert "生猪存栏3.45万头" in bodies and "“7+X”" in bodies and "“1+3+N”" in bodies
    assert not re.search(r"[\u4e00-\u9fff][,;:!?]|[,;:!?][\u4e00-\u9fff]", bodies)


def test_one_paragraph_per_line_and_section_headings(ingested):
    shenhe = next(b for b in _bodies(ingested).values() if "神河镇在开展" in b)
    assert "## 抓经济检验党建工作成效" in shenhe
    assert "\n## 抓结果实现党建经济双赢\n" in shenhe
    for line in shenhe.splitlines():
        assert line == line.strip()


def test_byline_glued_to_last_paragraph_leaves_the_body(ingested):
    chengguan = next(b for b in _bodies(ingested).values() if "葛营村" in b)
    assert chengguan.rstrip().endswith("以扎实的党组织建设助推乡村全面振兴。")
    assert "全媒体记者" not in chengguan


def test_source_html_and_markdown_syntax_stay_text():
    raw = "宋家镇开展活动\n\n<script>alert('x')</script>宋家镇召开会议，<三会一课>要求<b。\n\n# 不是标题\n\n* 不是列表\n\n1. 不是编号\n\n> 不是引用\n".encode()
    report = ingest_bytes(raw, "hostile.txt")
    html = markdown.markdown(report.body, extensions=["extra"])
    # A tag dragged in by a scrape is furniture and goes (recorded); other angle brackets stay text.
    assert "<script" not in html and "&lt;三会一课&gt;要求&lt;b" in html
    for tag in ("<h1", "<ul", "<ol", "<blockquote", "<li"):
        assert tag not in html, tag
    assert "# 不是标题" in html and "1. 不是编号" in html


def test_saved_html_page_is_read_as_text():
    page = (
        "<!DOCTYPE html><html><head><title>x</title><script>track()</script></head><body>"
        "<h1>宋家镇：“五聚焦”扎实推进党建引领高质量发展</h1><p>时间:2023-07-25 10:50</p>"
        "<p>今年以来，宋家镇深入学习贯彻党的二十大精神，严格落实“三会一课”制度。</p></body></html>"
    )
    report = ingest_bytes(page.encode(), "page.html")
    assert report.title == "宋家镇：“五聚焦”扎实推进党建引领高质量发展"
    assert "track" not in report.body and report.date == "2023-07-25T10:50"
    assert "三会一课" in report.initiatives


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\x80\x80\xff" * 10, "not valid"),
        (b"a" * (20 * 1024 * 1024), "MB"),
    ],
)
def test_bad_input_gets_a_clear_error(data, problem):
    with pytest.raises(IngestError, match=problem):
        ingest_bytes(data, "bad.txt")


@pytest.mark.parametrize("encoding", ["gb18030", "big5", "utf-16", "utf-8-sig"])
def test_encodings_decode_to_the_same_report(encoding):
    text = "神河鎮“升級晉檔”推動黨建經濟雙豐收\r\n\r\n神河鎮在開展村級黨組織“升級晉檔,科學發展”活動中,堅持“一村一品”。\r\n"
    report = ingest_bytes(text.encode(encoding), "enc.txt")
    assert report.title == "神河镇“升级晋档”推动党建经济双丰收"
    assert report.body == "神河镇在开展村级党组织“升级晋档，科学发展”活动中，坚持“一村一品”。\n"


def test_report_with_no_place_is_ingested_as_unplaced():
    report = ingest_bytes(
        "强力推进村级党组织标准化建设。严格落实“三会一课”制度。".encode(), "x.txt"
    )
    assert report.township is None and report.division_code is None
    assert any("unplaced" in w for w in report.provenance["warnings"])
    assert report.title_devised and report.title


def test_cli_goes_on_after_a_bad_file_and_exits_1(raw_copy, tmp_path, capsys):
    (raw_copy / "empty.txt").write_bytes(b"")
    (raw_copy / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "reports"
    status = cli(
        ["ingest", str(raw_copy), "--out", str(out), "--catalog", str(tmp_path / "none.yaml")]
    )
    err = capsys.readouterr().err
    assert status == 1
    assert "empty.txt: empty file" in err and "photo.txt: binary data" in err
    assert len(list(out.glob("*.md"))) == 5


def test_raw_files_are_never_written(raw_copy, tmp_path):
    before = {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in raw_copy.iterdir()
    }
    ingest_paths([raw_copy], tmp_path / "out")
    after = {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in raw_copy.iterdir()
    }
    assert before == after


def test_second_run_converts_nothing_and_output_is_byte_identical(raw_copy, tmp_path, monkeypatch):
    out = tmp_path / "out"
    ingest_paths([raw_copy], out)
    first = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.glob("*.md")}
    monkeypatch.setattr(ingest_run, "ingest_bytes", lambda *a, **k: pytest.fail("re-converted"))
    outcomes = ingest_paths([raw_copy], out)
    assert {o.status for o in outcomes} == {"unchanged"}
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.glob("*.md")} == first


def test_hand_edit_is_kept_and_new_version_written_beside(raw_copy, tmp_path, capsys):
    out = tmp_path / "out"
    ingest_paths([raw_copy], out)
    edited = next(out.glob("*.md"))
    text = edited.read_text(encoding="utf-8").replace("\n\n", "\n\n（校注：人工核对）\n\n", 1)
    edited.write_text(text, encoding="utf-8")
    assert (
        cli(["ingest", str(raw_copy), "--out", str(out), "--catalog", str(tmp_path / "none.yaml")])
        == 0
    )
    assert "was edited by hand: kept it" in capsys.readouterr().err
    assert edited.read_text(encoding="utf-8") == text
    beside = out / (edited.name + ".new")
    assert "校注" not in beside.read_text(encoding="utf-8")
    ingest_paths([raw_copy], out, force=True)
    assert "校注" not in edited.read_text(encoding="utf-8")


def test_two_ingests_at_once_take_turns_and_see_no_hand_edits(raw_copy, tmp_path, capsys):
    """Two real `township-reports ingest` processes into one folder (兴隆镇's and 太要镇's
    reports): each waits for the other, says so, and neither forgets the other's reports,
    so a later ingest with a corrected 来源 updates both instead of calling them hand edits."""
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    command = [sys.executable, "-m", "township_reports.cli", "ingest", "--out", str(out)]
    lock = open(out / ingest_run.LOCK, "a")  # noqa: SIM115 - held while both start
    fcntl.flock(lock, fcntl.LOCK_EX)
    runs = [
        subprocess.Popen(
            [*command, str(next(raw_copy.glob(f"{prefix}_*")))],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for prefix in ("000", "001")
    ]
    try:
        # Both are running and blocked on the lock: neither has read the manifest yet.
        assert all("waiting for another ingest" in run.stderr.readline() for run in runs)
    finally:
        lock.close()
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(
        "reports:\n"
        f"  {seed('000').name}: {{source: 平利县融媒体中心}}\n"
        f"  {seed('001').name}: {{source: 潼关县融媒体中心}}\n",
        encoding="utf-8",
    )
    assert cli(["ingest", str(raw_copy), "--out", str(out), "--catalog", str(catalog)]) == 0
    assert "edited by hand" not in capsys.readouterr().err
    assert not list(out.glob("*.new"))
    sources = {
        split_front_matter(p.read_text(encoding="utf-8"))[0]["source"] for p in out.glob("*.md")
    }
    assert {"平利县融媒体中心", "潼关县融媒体中心"} <= sources


def test_interrupted_write_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "r.md"
    target.write_text("旧版本\n", encoding="utf-8")

    def killed(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "新版本\n")
    assert target.read_text(encoding="utf-8") == "旧版本\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]


def test_catalog_overrides_are_applied_and_marked(raw_copy, tmp_path):
    catalog = tmp_path / "catalog.yaml"
    name = seed("000").name
    catalog.write_text(
        f"reports:\n  {name}:\n    url: https://example.org/xinglong.html\n"
        "    date: 2021-11-02\n    note: 原网页地址与日期由整理者核实\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert (
        cli(
            [
                "ingest",
                str(raw_copy / name),
                "--out",
                str(out),
                "--catalog",
                str(catalog),
                "--quiet",
            ]
        )
        == 0
    )
    meta, _ = split_front_matter(next(out.glob("*.md")).read_text(encoding="utf-8"))
    assert meta["url"] == "https://example.org/xinglong.html"
    assert meta["date"] == "2021-11-02" and meta["date_estimate"] is None
    assert meta["overrides"]["date"]["extracted"] is None
    assert meta["overrides"]["url"]["note"] == "原网页地址与日期由整理者核实"


def test_report_id_is_stable_and_comes_from_raw_bytes(tmp_path):
    path = seed("003")
    _, report = convert_file(path, None)
    assert report.id == hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    assert (REPORTS / f"{report.id}.md").exists()


@pytest.mark.parametrize("path", sorted(REPORTS.glob("*.md")), ids=lambda p: p.stem)
def test_ingesting_ingested_output_changes_nothing(path):
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    blocks = [b[3:] if b.startswith("## ") else b for b in body.rstrip("\n").split("\n\n")]
    text = meta["title"] + "\n\n" + unescape_markdown_text("\n\n".join(blocks))
    again = ingest_bytes(text.encode(), "again.txt")
    assert again.body == body
    assert (again.title, again.township, again.county) == (
        meta["title"],
        meta["township"],
        meta["county"],
    )
    assert again.initiatives == meta["initiatives"]


def test_changed_raw_file_replaces_its_old_report(raw_copy, tmp_path):
    out = tmp_path / "out"
    ingest_paths([raw_copy], out)
    raw = seed("003").name
    old_id = hashlib.sha256((raw_copy / raw).read_bytes()).hexdigest()[:12]
    with open(raw_copy / raw, "ab") as corrected:  # the archivist re-scraped the page
        corrected.write("\n【責任編輯:裴佳佳】\n".encode())
    outcomes = ingest_paths([raw_copy], out)
    assert not (out / f"{old_id}.md").exists()
    assert len(list(out.glob("*.md"))) == 5
    assert any("earlier version" in o.message for o in outcomes)


def test_a_date_line_opening_a_page_is_its_date_not_its_headline():
    raw = "2023年7月25日\n\n今年以来，宋家镇深入学习贯彻党的二十大精神，严格落实“三会一课”制度。\n"
    report = ingest_bytes(raw.encode(), "dated.txt")
    assert report.date == "2023-07-25" and report.date_precision == "day"
    assert report.title_devised and "2023" not in report.title


def test_notices_a_site_says_to_its_visitors_leave_the_body():
    # Every page of an industry's site carries them (tobacco, liquor), or a browser tip,
    # or a repost disclaimer; a sentence of the report about the same thing stays.
    raw = (
        "吸煙有害健康。本站含有煙草內容,18歲以下人士請勿光顧。\n"
        "建议使用IE9及以上版本浏览器浏览本站\n"
        "晴隆县鸡场镇徐家湾村党建宣传阵地建成\n"
        "近日，晴隆县鸡场镇徐家湾村基层党建宣传阵地项目顺利完成，村里的(de)(de)红色长廊正式开放。\n"
        "志愿者在长廊前向村民宣传吸烟有害健康的知识。\n"
        "本网转载稿件仅供参考，不代表本网观点。\n"
        "您的浏览器不支持 video 标签。\n"
        "请在微信客户端打开链接\n"
    )
    report = ingest_bytes(raw.encode(), "notices.txt")
    assert "请勿光顾" not in report.body and "浏览器" not in report.body
    assert "不代表本网观点" not in report.body and "(de)" not in report.body
    assert "video" not in report.body and "微信客户端" not in report.body
    assert "宣传吸烟有害健康的知识" in report.body
    assert report.title == "晴隆县鸡场镇徐家湾村党建宣传阵地建成"


def test_a_picture_s_file_name_without_its_extension_leaves_the_body():
    raw = (
        "渔洋关镇：党员中心户架起连心桥\n"
        "微信图片_20230512093011\n"
        "今年以来，五峰土家族自治县渔洋关镇推行党员中心户制度，每名党员联系十户群众。\n"
        "IMG_20230512_101522\n"
        "镇党委书记说，下一步将把党员中心户延伸到每个村民小组。\n"
    )
    report = ingest_bytes(raw.encode(), "stems.txt")
    assert "20230512" not in report.body
    assert report.body.count("\n\n") == 1  # the two paragraphs, nothing between them


def test_an_e_paper_s_continuation_notes_leave_the_text_and_the_text_stays():
    raw = (
        "浑南区李相街道：“五心”服务暖民心\n"
        "本报讯 今年以来，浑南区李相街道党工委推行“五心”服务，把党员编入网格。（下转第二版）\n"
        "（上接第一版）街道还在每个社区设立党员先锋岗，本报第3版刊发了居民的来信。\n"
    )
    report = ingest_bytes(raw.encode(), "continued.txt")
    assert "转第" not in report.body and "上接" not in report.body
    assert "把党员编入网格。" in report.body and "街道还在每个社区设立党员先锋岗" in report.body
    assert "本报第3版刊发了居民的来信" in report.body


def test_the_source_under_the_text_is_the_original_s_and_comes_first():
    # A platform reposts a county account's story: its own 来源 above the headline, the
    # original's under the text; the issuing office alone under the text is a credit too.
    raw = (
        "来源:多彩贵州网 2023-07-11 10:05:42\n"
        "岑巩水尾镇：党员带头清“四乱” 村庄换新颜\n"
        "近日，水尾镇组织机关党员干部、驻村工作队和村“两委”干部深入各村开展环境整治，对乱堆乱放逐一清理。\n"
        "下一步，水尾镇将推行“党员包片、群众包户”责任机制，把环境整治纳入村规民约。\n"
        "来源:岑巩发布\n"
    )
    assert ingest_bytes(raw.encode(), "repost.txt").source == "岑巩发布"
    raw = (
        "统一镇：党建引领村集体经济发展\n"
        "近年来，盘锦市双台子区统一镇党委坚持因地制宜、一村一策，积极规划培育集体经济项目，村集体收入逐年增加。\n"
        "辽宁省盘锦市双台子区委组织部\n"
        "【责任编辑:张健】\n"
    )
    report = ingest_bytes(raw.encode(), "office.txt")
    assert report.source == "辽宁省盘锦市双台子区委组织部" and "组织部" not in report.body


def test_a_credit_opening_the_text_and_credits_closing_a_flattened_page_leave_the_body():
    raw = (
        "三河镇：党员“红管家”服务进小区\n"
        "（记者王敏 通讯员李响）11月5日，在肥西县三河镇古南街社区党群服务中心，党员志愿者正在为居民登记维修需求。"
        "今年以来，三河镇党委推行“红管家”服务，把党员编入小区网格。\n"
        "总 审丨高明远 统 筹丨刘 一 编 校丨林 夕 责 编丨韩 冰\n"
    )
    report = ingest_bytes(raw.encode(), "credits.txt")
    assert report.authors == ["王敏", "李响"] and report.editors == ["韩冰"]
    assert report.body.startswith("11月5日，在肥西县三河镇") and "韩" not in report.body


def test_this_paper_is_the_one_its_own_site_names():
    # An e-paper page: 本报讯 means the paper whose site it is, named in its banner
    raw = (
        "欢迎您阅览三峡日报 您是第\n位访客\n当前版:04版\n"
        "茅坪镇“红色网格”护航脐橙产业\n"
        "本报讯（记者 向杰 通讯员 郑晓雪）7日，记者从秭归县茅坪镇获悉，该镇依托“红色网格”，组织党员网格员服务果农。\n"
        "今年以来，镇党委把全镇划分为120个网格，每个网格明确一名党员网格员。\n"
    )
    assert ingest_bytes(raw.encode(), "epaper.txt").source == "三峡日报"


def test_a_line_handing_over_to_a_quotation_is_no_headline():
    raw = (
        "党的二十届三中全会《决定》强调指出:“坚持农业农村优先发展，完善乡村振兴投入机制。”"
        "中团村党支部以此为遵循，活用“154”模式创新开展党建工作。\n"
        "二是巧用“三联三进”活动引导发挥作用，积极联系后盾单位建立完善帮扶机制。\n"
    )
    report = ingest_bytes(raw.encode(), "quote.txt")
    assert report.title_devised and report.body.startswith("党的二十届三中全会")


def test_a_headline_with_commas_is_the_title_and_a_lede_without_a_stop_stays_text():
    # A question headline with a subtitle reads like a sentence; it is the title when
    # nothing above the text could be one. Under a headline, a lede shaped the same way
    # (commas, no stop) is the report's first paragraph: text is never lost to a title.
    asked = (
        "新闻热线:010-63691890 投稿邮箱:news@example.cn\n\n"
        "村集体没钱办事，党支部如何“破题”？——浮岗镇一个后进村的翻身记\n\n"
        "10月12日，浮岗镇马庄村村头，新建的冷库正在安装制冷设备，村党支部书记忙前忙后。\n\n"
        "几年前，马庄村还是全镇有名的后进村，村集体账上没有一分钱，群众意见很大。\n"
    )
    report = ingest_bytes(asked.encode(), "asked.txt")
    assert report.title == "村集体没钱办事，党支部如何“破题”？——浮岗镇一个后进村的翻身记"
    assert report.body.startswith("10月12日")
    lede = (
        "苗寨党支部领着干，西江村集体为啥年年涨？\n\n"
        "这一期，我们来到了雷山县西江镇，吊脚楼层层叠叠铺满山坡，石板路上游人不断\n\n"
        "近年来，西江镇村党支部采取“党支部+合作社+农户”的发展模式，带领村民发展民宿。\n\n"
        "说起变化，开民宿的村民杨阿妹感触很深，她说党支部帮大家联系客源。\n"
    )
    report = ingest_bytes(lede.encode(), "lede.txt")
    assert report.title == "苗寨党支部领着干，西江村集体为啥年年涨？"
    assert report.body.startswith("这一期，我们来到了雷山县西江镇")


def test_a_traditional_report_reads_zhe_where_it_wrote_zhu_for_it():
    """Traditional script writes 著 for both 着 (带着, 着力) and 著 (著名, 显著): grep for
    带着 must find the report, and 著名 must stay 著名."""
    text = (
        "鲁朗鎮：黨支部帶著牧民吃上“旅遊飯”\n"
        "近年來，鲁朗鎮黨委著力發展鄉村旅遊，黨員帶著群眾經營民宿，打造著名景區，成效顯著。\n"
    )
    body = ingest_bytes(text.encode("utf-8"), "zhe.txt").body
    assert "带着群众" in body and "着力发展" in body
    assert "著名景区" in body and "成效显著" in body
    simplified = "近年来，镇党委接着推进，显著改善。这部著作里写着".encode()
    assert "显著改善" in ingest_bytes(simplified, "zhu.txt").body


def test_a_traditional_report_names_the_she_people_as_simplified_script_does():
    """Traditional script writes the She people 畬族 where simplified writes 畲族 (OpenCC
    keeps 畬, a character of its own read yú): the headline, the body and the place read 畲,
    so grep for 畲族 finds the report."""
    text = (
        "“中國畬族第一鄉”花落浙江桐廬莪山畬族鄉\n"
        "10月16日，“中國畬族第一鄉”授牌儀式在莪山畬族鄉舉行，鄉黨委書記介紹了畬鄉黨建引領"
        "民族文化傳承的做法。\n"
    )
    report = ingest_bytes(text.encode("utf-8"), "she.txt")
    assert report.title == "“中国畲族第一乡”花落浙江桐庐莪山畲族乡"
    assert "在莪山畲族乡举行" in report.body and "畲乡党建" in report.body
    assert "畬" not in report.body
    assert report.township == "莪山畲族乡" and report.county == "桐庐县"


def test_a_copy_closed_by_its_outlet_s_name_credits_that_outlet():
    """Reposts close the text with where it came from (上观新闻, 邛崃发布) in place of a
    来源 label; a spam copy's host (某某官网) closing the text is no source."""
    story = (
        "朱家角镇古镇党群服务站正式开放\n"
        "作为朱家角镇党建阵地的又一个新点位，位于北大街的古镇党群服务站日前正式对外开放。\n"
        "服务站由镇里牵头，联合辖区十多家单位党组织共同运营，推行“轮值站长”制度。\n"
    )
    for closing, source in [
        ("上观新闻", "上观新闻"),
        ("青浦发布", "青浦发布"),
        ("大发快三官网", None),
    ]:
        report = ingest_bytes((story + closing + "\n").encode("utf-8"), "repost.txt")
        assert report.source == source, closing
        assert closing not in report.body


# ------------------------------------------- the date a report entered the archive


def _added(folder: Path) -> dict[str, str]:
    """{raw file: added} of every report in folder."""
    metas = [split_front_matter(p.read_text(encoding="utf-8"))[0] for p in folder.glob("*.md")]
    return {m["provenance"]["raw_file"]: m["added"] for m in metas}


def test_added_is_recorded_once_and_kept_by_every_later_ingest(raw_copy, tmp_path):
    out = tmp_path / "out"
    first = dt.date(2026, 11, 25)
    ingest_paths([raw_copy], out, today=first)
    assert set(_added(out).values()) == {"2026-11-25"}
    # A later ingest that converts everything again (new code) keeps the first date.
    ingest_paths([raw_copy], out, force=True, today=dt.date(2027, 3, 1))
    assert set(_added(out).values()) == {"2026-11-25"}
    # A new raw file is dated the day it arrives; the others keep theirs.
    new = raw_copy / "平利县兴隆镇补录.txt"
    new.write_text("兴隆镇召开党建工作推进会\n\n兴隆镇党委严格落实“三会一课”制度。\n", "utf-8")
    ingest_paths([raw_copy], out, today=dt.date(2027, 3, 2))
    added = _added(out)
    assert added.pop("平利县兴隆镇补录.txt") == "2027-03-02"
    assert set(added.values()) == {"2026-11-25"}


def test_a_rescraped_raw_file_keeps_the_date_it_entered_the_archive(raw_copy, tmp_path):
    out = tmp_path / "out"
    ingest_paths([raw_copy], out, today=dt.date(2026, 11, 25))
    rescraped = seed("000").name
    path = raw_copy / rescraped
    path.write_bytes(path.read_bytes() + "\n（编者注：本文有删改）\n".encode())
    ingest_paths([raw_copy], out, today=dt.date(2027, 3, 1))
    assert _added(out)[rescraped] == "2026-11-25"


def test_a_lost_manifest_does_not_lose_the_dates(raw_copy, tmp_path):
    out = tmp_path / "out"
    ingest_paths([raw_copy], out, today=dt.date(2026, 11, 25))
    (out / ".manifest.json").unlink()
    ingest_paths([raw_copy], out, force=True, today=dt.date(2027, 3, 1))
    assert set(_added(out).values()) == {"2026-11-25"}


def test_a_hand_edited_report_keeps_its_date_and_so_does_the_new_version(raw_copy, tmp_path):
    out = tmp_path / "out"
    ingest_paths([raw_copy], out, today=dt.date(2026, 11, 25))
    report = out / f"{report_id(seed('002'))}.md"
    edited = report.read_text(encoding="utf-8").replace("title: ", "title: 〔校订〕", 1)
    report.write_text(edited, encoding="utf-8")
    outcomes = ingest_paths([raw_copy], out, today=dt.date(2027, 3, 1))
    assert "kept-hand-edit" in {o.status for o in outcomes}
    beside = report.with_name(report.name + ".new")
    for path in (report, beside):
        assert split_front_matter(path.read_text(encoding="utf-8"))[0]["added"] == "2026-11-25"


def report_id(raw: Path) -> str:
    """A report's id: the first 12 hex digits of the sha256 of its raw file."""
    return hashlib.sha256(raw.read_bytes()).hexdigest()[:12]


def test_a_headline_a_wrapper_line_names_is_reviewed_as_taken_from_it_not_as_devised():
    # A content farm's copy: no headline line, only its wrapper naming the story.
    raw = (
        "古镇里的党员议事会?来源:云南网 接下来我们就来聊聊关于古镇里的党员议事会?"
        "以下内容大家不妨参考一二希望能帮到您!\n\n"
        "近日，大理市喜洲镇在古镇街区设立党员议事会，每月召集党员、商户代表和居民，"
        "商议街巷保洁、停车管理等事项，议定的事由党员牵头办理。\n\n"
        "喜洲镇党委负责人表示，将把议事会的做法推广到全镇各村。\n"
    ).encode()
    report = ingest_bytes(raw, "farm.txt")
    assert report.title == "古镇里的党员议事会" and not report.title_devised
    reasons = [r["reason"] for r in report.provenance["review"] if r["field"] == "title"]
    assert reasons == ["标题取自转载页的引导语：“古镇里的党员议事会”"]
