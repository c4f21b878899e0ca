"""Web archives in: each captured HTML page becomes a raw file with its capture record.

The WARC files are made here with warcio (the library ingest reads them with), from
pages written for these tests in the shape of county sites: no downloaded data.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from township_reports.cli import main as cli
from township_reports.ingest.capture import Capture, import_warc, raw_name, read_capture
from township_reports.ingest.rawfiles import find_raw_files
from township_reports.ingest.report import split_front_matter

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>{title}_平利县人民政府</title></head><body>
<div class="nav">首页 | 新闻中心 | 乡镇动态</div>
<h1>{title}</h1>
<div class="info">发布时间：2024-05-12 09:30 来源：平利县融媒体中心</div>
<div class="content"><p>{body}</p>
<p>会上，镇党委书记就下一步工作作了安排，要求各村党支部把“三会一课”落到实处，切实发挥基层党组织战斗堡垒作用。</p></div>
<div class="footer">版权所有：平利县人民政府 技术支持：某某网络</div>
</body></html>"""

UTF8_PAGE = PAGE.format(
    charset="utf-8",
    title="兴隆镇召开党建工作推进会",
    body="5月10日，兴隆镇召开2024年党建工作推进会，总结前一阶段全镇基层党建工作，部署下一阶段重点任务。",
)
GBK_PAGE = PAGE.format(
    charset="gbk",
    title="长安镇开展主题党日活动",
    body="5月11日，长安镇组织机关党员干部开展主题党日活动，重温入党誓词，赴村开展志愿服务。",
)


def _response(writer, url, body: bytes, status="200 OK", content_type="text/html; charset=utf-8"):
    headers = StatusAndHeaders(
        status,
        [("Content-Type", content_type), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2024-05-20T08:15:00Z"},
    )
    writer.write_record(record)
    return record


def make_warc(path: Path) -> None:
    """A capture of a county site: two pages (one in GBK), and what else a crawl records."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        first = _response(
            writer,
            "http://www.pingli.gov.cn/xwzx/xzdt/202405/t20240512_101.html",
            UTF8_PAGE.encode("utf-8"),
        )
        _response(
            writer,
            "http://www.pingli.gov.cn/show.php?id=102",
            GBK_PAGE.encode("gbk"),
            content_type="text/html; charset=GBK",
        )
        revisit = writer.create_revisit_record(
            "http://www.pingli.gov.cn/xwzx/xzdt/202405/t20240512_101.html",
            digest=first.rec_headers.get_header("WARC-Payload-Digest"),
            refers_to_uri=first.rec_headers.get_header("WARC-Target-URI"),
            refers_to_date=first.rec_headers.get_header("WARC-Date"),
        )
        writer.write_record(revisit)
        _response(writer, "http://www.pingli.gov.cn/missing.html", b"<h1>404</h1>", "404 Not Found")
        _response(writer, "http://www.pingli.gov.cn/old.html", b"", "301 Moved Permanently")
        _response(
            writer,
            "http://www.pingli.gov.cn/logo.png",
            b"\x89PNG\r\n\x1a\n",
            content_type="image/png",
        )


@pytest.fixture
def capture_warc(tmp_path) -> Path:
    warc = tmp_path / "pingli-2024-05.warc.gz"
    make_warc(warc)
    return warc


def test_each_html_page_becomes_a_raw_file_with_its_capture_record(capture_warc, tmp_path):
    raw = tmp_path / "raw"
    result = import_warc(capture_warc, raw)
    gbk_key, utf8_key = sorted(result.written)
    assert utf8_key == "www.pingli.gov.cn/xwzx_xzdt_202405_t20240512_101.html"
    assert gbk_key.startswith("www.pingli.gov.cn/show.php_") and gbk_key.endswith(".html")
    assert dict(result.skipped) == {
        "warcinfo record": 1,
        "revisit": 1,
        "HTTP 404": 1,
        "redirect": 1,
        "not HTML (image/png)": 1,
    }
    gbk = raw / gbk_key
    assert gbk.read_bytes() == GBK_PAGE.encode("gbk")  # the body as served: the evidence
    capture = read_capture(gbk)
    assert capture.url == "http://www.pingli.gov.cn/show.php?id=102"
    assert capture.captured == "2024-05-20T08:15:00Z"
    assert capture.content_type == "text/html; charset=GBK"
    assert capture.payload_digest.startswith("sha1:")
    assert capture.warc == capture_warc.name
    # The capture record is provenance, not a report of its own.
    files, refused = find_raw_files(raw)
    assert [f.key for f in files] == sorted(result.written) and refused == []


def test_importing_the_same_archive_again_writes_nothing(capture_warc, tmp_path):
    raw = tmp_path / "raw"
    first = import_warc(capture_warc, raw)
    before = {p: p.stat().st_mtime_ns for p in raw.rglob("*")}
    again = import_warc(capture_warc, raw)
    assert again.written == [] and sorted(again.already) == sorted(first.written)
    assert {p: p.stat().st_mtime_ns for p in raw.rglob("*")} == before


def test_a_name_taken_by_another_page_is_never_overwritten(capture_warc, tmp_path):
    raw = tmp_path / "raw"
    mine = raw / "www.pingli.gov.cn/xwzx_xzdt_202405_t20240512_101.html"
    mine.parent.mkdir(parents=True)
    mine.write_text("兴隆镇召开党建工作推进会（手工收集的副本）", encoding="utf-8")
    result = import_warc(capture_warc, raw)
    assert "www.pingli.gov.cn/xwzx_xzdt_202405_t20240512_101_2.html" in result.written
    assert mine.read_text(encoding="utf-8") == "兴隆镇召开党建工作推进会（手工收集的副本）"


def test_a_damaged_capture_record_is_said_not_ignored(tmp_path):
    page = tmp_path / "兴隆镇.html"
    page.write_text(UTF8_PAGE, encoding="utf-8")
    (tmp_path / "兴隆镇.html.capture.json").write_text('{"captured": 5}', encoding="utf-8")
    with pytest.raises(ValueError, match="兴隆镇.html.capture.json"):
        read_capture(page)
    assert read_capture(tmp_path / "no-such.html") is None


def test_names_are_safe_and_short_whatever_the_url():
    long = "http://www.example.cn/" + "/".join(["乡镇动态"] * 40) + ".html"
    name = raw_name(long)
    assert len(name.split("/")[-1].encode("utf-8")) <= 220
    assert raw_name("http://evil.cn/../../etc/passwd") == "evil.cn/etc_passwd.html"
    assert raw_name("http://www.example.cn/a?id=1") != raw_name("http://www.example.cn/a?id=2")


def test_ingest_command_imports_an_archive_then_ingests_its_pages(capture_warc, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "reports"
    status = cli(
        [
            "ingest",
            str(capture_warc),
            "--raw",
            str(raw),
            "--out",
            str(out),
            "--catalog",
            str(tmp_path / "none.yaml"),
            "--quiet",
        ]
    )
    assert status == 0
    reports = sorted(out.glob("*.md"))
    assert len(reports) == 2
    texts = "".join(p.read_text(encoding="utf-8") for p in reports)
    assert "长安镇开展主题党日活动" in texts  # the GBK page, decoded
    assert "兴隆镇召开党建工作推进会" in texts


def test_a_file_that_is_not_a_web_archive_is_one_error_line(tmp_path, capsys):
    bad = tmp_path / "broken.warc.gz"
    bad.write_bytes(b"this is not a warc")
    status = cli(
        [
            "ingest",
            str(bad),
            "--raw",
            str(tmp_path / "raw"),
            "--out",
            str(tmp_path / "reports"),
            "--catalog",
            str(tmp_path / "none.yaml"),
            "--quiet",
        ]
    )
    assert status == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if "broken.warc.gz" in line]
    assert len(errors) == 1 and "not a readable web archive" in errors[0]


def test_capture_record_is_plain_json_one_field_a_line():
    capture = Capture(url="http://www.pingli.gov.cn/a.html", captured="2024-05-20T08:15:00Z")
    text = capture.to_json()
    assert json.loads(text)["url"] == "http://www.pingli.gov.cn/a.html"
    assert text.count("\n") == 2 + len(Capture.__dataclass_fields__)


def _front_matters(out: Path) -> dict[str, dict]:
    """Each report's front matter, by the raw file it came from."""
    matters = {}
    for path in sorted(out.glob("*.md")):
        front, _ = split_front_matter(path.read_text(encoding="utf-8"))
        matters[front["provenance"]["raw_file"]] = front
    return matters


def _ingest(raw: Path, out: Path, *paths: Path) -> int:
    return cli(
        [
            "ingest",
            *map(str, paths or [raw]),
            "--raw",
            str(raw),
            "--out",
            str(out),
            "--quiet",
            "--catalog",
            str(out.parent / "none.yaml"),
        ]
    )


def test_a_captured_report_knows_its_address_and_capture_time(capture_warc, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "reports"
    assert _ingest(raw, out, capture_warc) == 0
    front = _front_matters(out)["www.pingli.gov.cn/xwzx_xzdt_202405_t20240512_101.html"]
    assert front["url"] == "http://www.pingli.gov.cn/xwzx/xzdt/202405/t20240512_101.html"
    assert front["captured"] == "2024-05-20T08:15:00Z"
    assert front["date"].startswith("2024-05-12")  # stated on the page, before the capture
    assert front["provenance"]["capture"]["warc"] == capture_warc.name


def _warc_of(path: Path, url: str, body: bytes, content_type: str) -> Path:
    with open(path, "wb") as out:
        _response(WARCWriter(out, gzip=False), url, body, content_type=content_type)
    return path


def test_the_declared_charset_reads_a_page_without_its_own(tmp_path):
    page = "<html><body><h1>神河鎮黨委召開“三會一課”推進會</h1><p>近日，神河鎮黨委召開會議，部署全鎮基層黨建工作，要求各村黨支部嚴格落實“三會一課”制度。</p></body></html>"
    warc = _warc_of(
        tmp_path / "big5.warc",
        "http://www.example.tw/news/1.html",
        page.encode("big5"),
        "text/html; charset=Big5",
    )
    raw, out = tmp_path / "raw", tmp_path / "reports"
    assert _ingest(raw, out, warc) == 0
    (front,) = _front_matters(out).values()
    assert "神河镇党委召开“三会一课”推进会" in front["title"]


def test_an_undated_capture_is_estimated_no_later_than_its_capture(tmp_path):
    page = UTF8_PAGE.replace("发布时间：2024-05-12 09:30 ", "").replace("5月10日，", "近日，")
    warc = _warc_of(
        tmp_path / "undated.warc",
        "http://www.pingli.gov.cn/a.html",
        page.encode("utf-8"),
        "text/html; charset=utf-8",
    )
    raw, out = tmp_path / "raw", tmp_path / "reports"
    assert _ingest(raw, out, warc) == 0
    (front,) = _front_matters(out).values()
    assert front["date"] is None
    assert front["date_estimate"]["latest"] == "2024-05-20"
    assert "存档" in front["date_estimate"]["evidence"][-1]["note"]


def test_a_stated_date_after_the_capture_goes_on_the_review_list(tmp_path):
    page = UTF8_PAGE.replace("2024-05-12 09:30", "2025-05-12 09:30")
    warc = _warc_of(
        tmp_path / "later.warc",
        "http://www.pingli.gov.cn/b.html",
        page.encode("utf-8"),
        "text/html; charset=utf-8",
    )
    raw, out = tmp_path / "raw", tmp_path / "reports"
    assert _ingest(raw, out, warc) == 0
    (front,) = _front_matters(out).values()
    reviews = " ".join(str(r) for r in front["provenance"].get("review", []))
    assert "晚于网页存档日期2024-05-20" in reviews


def test_a_changed_capture_record_re_ingests_its_report(capture_warc, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "reports"
    assert _ingest(raw, out, capture_warc) == 0
    key = "www.pingli.gov.cn/xwzx_xzdt_202405_t20240512_101.html"
    sidecar = raw / (key + ".capture.json")
    record = json.loads(sidecar.read_text(encoding="utf-8"))
    record["url"] = "https://www.pingli.gov.cn/xwzx/xzdt/202405/t20240512_101.html"
    sidecar.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert _ingest(raw, out) == 0
    assert _front_matters(out)[key]["url"] == record["url"]
