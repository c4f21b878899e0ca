"""The survey tools (tests/corpus/survey): a held set's grading keeps no text of its pages, and a
page is kept only from a site no earlier round surveyed."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent / "corpus"
TOOLS = CORPUS / "survey"


def _survey_set(root: Path, name: str, files: list[str]) -> Path:
    """A survey set made of committed fixtures and their golden entries."""
    setdir = root / name
    (setdir / "pages").mkdir(parents=True)
    golden = yaml.safe_load((CORPUS / "golden" / "nw.yaml").read_text(encoding="utf-8"))
    entries = [entry for entry in golden if entry["file"] in files]
    for entry in entries:
        shutil.copy(CORPUS / "fixtures" / entry["file"], setdir / "pages" / entry["file"])
    (setdir / "golden.yaml").write_text(
        yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8"
    )
    return setdir


def test_a_held_sets_grading_keeps_verdicts_and_no_text(tmp_path):
    files = ["nw-001.txt", "nw-002.txt"]
    held, development = _survey_set(tmp_path, "r99-e", files), _survey_set(tmp_path, "r99-a", files)
    out = tmp_path / "graded.json"
    subprocess.run(
        [sys.executable, TOOLS / "grade.py", out, held, development],
        check=True,
        capture_output=True,
    )
    graded = json.loads(out.read_text(encoding="utf-8"))
    held_rows = [row for key, row in graded.items() if key.startswith("r99-e/")]
    assert len(held_rows) == 2 and all(row["held"] for row in held_rows)
    assert not re.search(r"[\u4e00-\u9fff]", json.dumps(held_rows, ensure_ascii=False))
    assert all(set(row["right"]) >= {"title", "township", "body"} for row in held_rows)
    development_rows = [row for key, row in graded.items() if key.startswith("r99-a/")]
    assert [row["right"] for row in development_rows] == [row["right"] for row in held_rows]


def _answer(tmp_path: Path, url: str) -> Path:
    answer = tmp_path / "q01.json"
    result = {
        "rank": 1,
        "url": url,
        "excerpt": "下甲镇：小桑蚕织出村民致富路\n近日，下甲镇党委组织党员采桑。",
    }
    answer.write_text(json.dumps({"results": [result]}, ensure_ascii=False), encoding="utf-8")
    return answer


def _take(tmp_path: Path, setdir: Path, answer: Path) -> subprocess.CompletedProcess:
    claims = tmp_path / "claims.txt"
    command = [sys.executable, TOOLS / "take.py", "--claims", claims, setdir, answer, "1"]
    return subprocess.run(command, capture_output=True, text=True)


def test_a_page_is_kept_only_from_a_site_no_round_surveyed(tmp_path):
    listed = re.search(
        r"<https?://(?:www\.)?([a-z0-9-]+\.[a-z]{2,})/",
        (CORPUS / "PATTERNS.md").read_text(encoding="utf-8"),
    )
    refused = _take(
        tmp_path, tmp_path / "r99-a", _answer(tmp_path, f"http://news.{listed.group(1)}/1.html")
    )
    assert refused.returncode == 2 and "listed" in refused.stdout
    fresh = _answer(tmp_path, "http://www.example-never-surveyed-39.cn/a/1.html")
    kept = _take(tmp_path, tmp_path / "r99-a", fresh)
    assert kept.returncode == 0
    page = tmp_path / "r99-a" / "pages" / "a001.txt"
    assert (
        page.read_text(encoding="utf-8")
        == json.loads(fresh.read_text(encoding="utf-8"))["results"][0]["excerpt"]
    )
    again = _take(tmp_path, tmp_path / "r99-b", fresh)  # another set, the same site
    assert again.returncode == 2 and "claimed" in again.stdout


def _shape_count():
    spec = importlib.util.spec_from_file_location("shape_count", TOOLS / "shape_count.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_shape_is_counted_against_what_the_labels_call_furniture(tmp_path):
    page = tmp_path / "a001.txt"
    page.write_text(
        "湘潭路街道开展反邪教宣传\n\n"
        "3月30日上午，湘潭路街道在十梅庵公园举办“崇尚科学、远离邪教”主题宣传教育活动。\n\n"
        "湘潭路社区居民公约\n\n"
        "活动现场，社区群众自编自演了文艺节目，吸引众多游客驻足观看。\n\n"
        "党员带头进社区\n\n"
        "据悉，街道将把反邪教宣传与群众喜闻乐见的文体活动结合起来，持续开展宣传教育。\n",
        encoding="utf-8",
    )
    entry = {"file": "a001.txt", "furniture": ["湘潭路社区居民公约"]}
    tool = _shape_count()
    shape = re.compile(r"公约$|^党员")  # a picture of a board, a section heading
    hits, misses = tool.count(shape, [("r99-a/a001.txt", page, entry)], 30)
    assert [h.split(": ")[1] for h in hits] == ["湘潭路社区居民公约"]
    assert [m.split(": ")[1] for m in misses] == ["党员带头进社区"]


def test_a_held_set_is_refused_by_the_shape_counter(tmp_path):
    held = _survey_set(tmp_path, "r99-f", ["nw-001.txt"])
    run = subprocess.run(
        [sys.executable, TOOLS / "shape_count.py", "镇", held], capture_output=True, text=True
    )
    assert run.returncode == 2
    assert not re.search(r"[\u4e00-\u9fff]", run.stdout.replace("镇", ""))
