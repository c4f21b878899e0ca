"""Generate N realistic raw reports for the benchmarks, deterministically (not a test).

    .venv/bin/python bench/make_corpus.py N [--seed S] [--out DIR]

Each report recombines paragraphs of the five seed reports in content/raw, placed
in a real township of a real county (plugins/township_reports/data/gazetteer_*.tsv):
the seeds' own place names (平利县兴隆镇, 潼关县太要镇 …) are replaced in the headline,
the body and the page chrome. Reports vary the way the seeds do:

- script: simplified; traditional (OpenCC s2t) with the converter pinyin of the
  seeds (``鎮(zhèn)``: the 101 characters the seeds' converter annotated); traditional
  without pinyin. A few traditional reports carry the seeds' byte damage (``豐家?guī)X``);
- dates: ``发布时间:2019-05-06 10:20``, with seconds, glued field lines
  (``时间:2023-07-25 10:50作者:…来源:…``), ``日期:2021年3月5日``, a bare date line, and
  undated reports that carry an era marker (二十大, 创先争优 …) so they can be estimated;
- page chrome: menus, breadcrumbs, ``字体调节: A+ A- 操作:``, ``【责任编辑:…】``, share
  and print bars, ``(资料图片)``, ``标签:``, ``AD``, related-article lists;
- punctuation flattened to ASCII (as scrapers do) or left full-width;
- initiatives: one or two from data/initiatives.yaml written into the text, besides
  those the seed paragraphs name;
- encodings UTF-8 (± BOM), GB18030, Big5, UTF-16; a few saved HTML pages; CRLF.

- reprints (issue 13): about 10 % of reports are another site's copy of one of the 400
  reports before them: the same text in the same place, laid out in another style and
  written in the report's own script, and maybe truncated to its first paragraphs, one
  sentence changed (its opening clause dropped) or added, another byline, the date
  repeated, later or left out. Every other report is byte for byte what generator 1 wrote.

Report i depends only on (seed, i), so the corpus for N=1,000 is the first 1,000
reports of the corpus for N=10,000. ``DIR/.corpus.json`` records, per raw file, what
ingest should find (township, county, division code, date or estimate, the
initiatives written in; for a reprint, ``extra.reprint``: the file it copies and its
edits), and under ``works`` the truth about copies: the files that are one work, the
original first; tests/test_bench_corpus.py checks it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import json
import random
import re
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import opencc
import yaml

REPO = Path(__file__).resolve().parents[1]
RAW_SEEDS = REPO / "content" / "raw"
DATA = REPO / "plugins" / "township_reports" / "data"
CORPUS_FILE = ".corpus.json"
GENERATOR_VERSION = 2  # 2: reprints

# Placeholders for the place names in seed text (private-use characters, filled by
# str.translate): county, county without its suffix, town, town without its suffix,
# prefecture, province.
COUNTY, COUNTY_STEM, TOWN, TOWN_STEM, PREFECTURE, PROVINCE = (chr(0xE000 + i) for i in range(6))


@dataclass(frozen=True)
class Seed:
    prefix: str  # the raw file name starts with this
    era: str  # key of ERAS: when a report built from it plausibly appeared
    places: tuple[tuple[str, str], ...]  # (name in the seed, placeholder), longest first


SEEDS = (
    Seed("000_", "recent", (("平利县", COUNTY), ("兴隆镇", TOWN), ("兴隆", TOWN_STEM))),
    Seed("001_", "recent", (("潼关县", COUNTY), ("太要镇", TOWN), ("太要", TOWN_STEM))),
    Seed("002_", "2011", (("旬阳市", COUNTY), ("神河镇", TOWN), ("神河", TOWN_STEM))),
    Seed(
        "003_",
        "recent",
        (("白河县", COUNTY), ("宋家镇", TOWN), ("白河", COUNTY_STEM), ("宋家", TOWN_STEM)),
    ),
    Seed(
        "004_",
        "recent",
        (
            ("清丰县", COUNTY),
            ("城关镇", TOWN),
            ("濮阳市", PREFECTURE),
            ("河南省", PROVINCE),
            ("清丰", COUNTY_STEM),
            ("城关", TOWN_STEM),
        ),
    ),
)


@dataclass(frozen=True)
class Era:
    first: dt.date
    last: dt.date
    # Lede clauses naming an era marker (data/era_markers.yaml), for undated reports.
    markers: tuple[str, ...]


ERAS = {
    "2011": Era(dt.date(2010, 6, 1), dt.date(2012, 10, 31), ("坚持创先争优，",)),
    "recent": Era(
        dt.date(2021, 1, 1),
        dt.date(2024, 6, 30),
        (
            "深入学习贯彻党的二十大精神，",
            "扎实推进乡村振兴，",
            "深入开展党史学习教育，",
            "持续抓好疫情防控，",
        ),
    ),
}

# Lines of the seeds that are page chrome or fields, not report text (simplified).
_SEED_CHROME = re.compile(
    r"^\d\.\s|首页|用户中心|位置|作者|时间|字体|责任编辑|来源|资料图片|标签|^AD$|更多相关"
)
_SEED_DATELINE = re.compile(r"^本网讯（通讯员 \S+?）")
_SEED_BYLINE = re.compile(r"(?<=。)全媒体记者.*$")
_SEED_DAMAGE = "?guī)X"  # 嶺 after its GBK lead byte was lost (see repair.py)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\(([a-z" + _TONED + r"]{1,7})\)")
# Counts in the text (培训11期, 576名党员) vary from report to report; slogans do not.
_COUNT = re.compile(
    r"(?<![\d+.“])(\d{1,5})(?=余?(?:人|个|次|亩|户|家|名|期|场|处|件|座|株|轮|起|所|万元))"
)

HEADLINES_WITH_PLACE = (
    COUNTY + TOWN + "：党建引领激发乡村振兴新动能",
    TOWN + "“升级晋档”推动党建经济双丰收",
    TOWN + "：“五聚焦”扎实推进党建引领高质量发展",
    COUNTY + TOWN + "：以高质量党建引领乡村振兴",
    TOWN + "：“{initiative}”激活基层治理新动能",
    COUNTY + TOWN + "扎实推进“{initiative}”工作",
    "党建引领聚合力 " + TOWN + "绘就振兴新画卷",
    "聚力起势 群“星”争辉 激活乡村振兴新动能",
)
LEDES = (
    "近年来，" + COUNTY + TOWN + "坚持以高质量党建引领经济社会发展，{marker}不断夯实基层基础。",
    "今年以来，" + COUNTY + TOWN + "{marker}把抓党建作为最大政绩，推动党建与发展深度融合。",
    COUNTY + TOWN + "党委{marker}聚焦组织振兴，以党建“红色引擎”激活发展“绿色动能”。",
)
INITIATIVE_SENTENCES = (
    "严格落实“{}”制度，推动基层组织生活规范化。",
    "扎实推进“{}”工作，取得明显成效。",
    "以“{}”为抓手，不断提升基层党建工作水平。",
)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏"
)
GIVEN = "民军伟芳娜敏静丽强磊洋艳勇杰娟涛明超秀霞平刚桂英华玲红凤佳琪献密代琼莎"
SOURCES = ("本站原创", "县融媒体中心", "组织部", "党建网", "食品在线-中国食品网综合")
RELATED = ("相关文章", "更多相关文章", "相关阅读", "推荐阅读")


# --- seeds -------------------------------------------------------------------


@dataclass
class SeedText:
    era: str
    headline: str | None
    ledes: list[str]
    # body units: (heading or None, paragraphs)
    sections: list[tuple[str | None, list[str]]]
    closings: list[str]


def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _restore_punctuation(line: str) -> str:
    from township_reports.ingest.simplify import restore_fullwidth_punctuation

    return restore_fullwidth_punctuation(line)[0]


def read_seeds(raw_dir: Path = RAW_SEEDS) -> tuple[list[SeedText], dict[str, str]]:
    """The seeds as simplified units with placeholders, and the converter's pinyin table."""
    t2s = _t2s()
    pinyin: dict[str, str] = {}
    seeds = []
    for seed in SEEDS:
        (path,) = sorted(raw_dir.glob(seed.prefix + "*"))
        text = path.read_text(encoding="utf-8").replace(_SEED_DAMAGE, "嶺")
        for match in _PINYIN.finditer(text):
            pinyin.setdefault(text[match.start() - 1], match.group(1))
        text = _PINYIN.sub("", text)
        lines = [_restore_punctuation(t2s.convert(line.strip())) for line in text.split("\n")]
        lines = [line for line in lines if line and not _SEED_CHROME.search(line)]
        headline, ledes, sections, closings = None, [], [], []
        heading = None
        for line in lines:
            line = _SEED_BYLINE.sub("", _SEED_DATELINE.sub("", line))
            for name, placeholder in seed.places:
                line = line.replace(name, placeholder)
            is_paragraph = len(line) > 40 and "。" in line
            if not is_paragraph:
                if headline is None and not ledes:
                    headline = line
                else:
                    heading = line
            elif not ledes:
                ledes.append(line)
            elif line.startswith(("下一步", "征程万里")):
                closings.append(line)
            elif heading is not None or not sections or sections[-1][0] is None:
                sections.append((heading, [line]))
                heading = None
            else:
                sections[-1][1].append(line)
        # A lede that names only the town gets its county, as most ledes do.
        ledes = [
            lede if COUNTY + TOWN in lede else lede.replace(TOWN, COUNTY + TOWN, 1)
            for lede in ledes
        ]
        seeds.append(SeedText(seed.era, headline, ledes, sections, closings))
    return seeds, pinyin


# --- places ------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceChoice:
    town: str
    county: str
    prefecture: str
    province: str
    division_code: str

    def table(self) -> dict[int, str]:
        return {
            ord(COUNTY): self.county,
            ord(COUNTY_STEM): self.county[:-1],
            ord(TOWN): self.town,
            ord(TOWN_STEM): self.town[:-1],
            ord(PREFECTURE): self.prefecture,
            ord(PROVINCE): self.province,
        }


def _tsv_rows(path: Path) -> list[list[str]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return [row for row in rows[1:] if row and not row[0].startswith("#")] if rows else []


def read_places(data_dir: Path = DATA) -> list[PlaceChoice]:
    """Town/county pairs that read unambiguously in running text, in gazetteer order.

    Only 镇 and 乡 of 3–4 characters in counties of 3–4 characters (县, 市, 旗, 区) that
    survive a simplified → traditional → simplified round trip, so that the intended
    place is what the text says in either script.
    """
    counties = {}
    for row in _tsv_rows(data_dir / "gazetteer_counties.tsv"):
        if row[0] == "county_code":
            continue
        code, name, _, prefecture, _, province = (row + [""] * 6)[:6]
        if 3 <= len(name) <= 4 and name[-1] in "县市旗区" and "自治" not in name:
            counties[code] = (name, prefecture or province, province)
    s2t, t2s = opencc.OpenCC("s2t"), _t2s()
    choices = []
    for row in _tsv_rows(data_dir / "gazetteer_towns.tsv"):
        if row[0] == "division_code" or len(row) < 3:
            continue
        code, town, county_code = row[:3]
        if county_code not in counties or not (3 <= len(town) <= 4) or town[-1] not in "镇乡":
            continue
        county, prefecture, province = counties[county_code]
        names = county + town + prefecture + province
        if town[:-1] == county[:-1] or t2s.convert(s2t.convert(names)) != names:
            continue
        choices.append(PlaceChoice(town, county, prefecture, province, code))
    return choices


def read_initiatives(data_dir: Path = DATA) -> list[str]:
    """Canonical initiative names that are initiatives of their own (not levels of another)."""
    data = yaml.safe_load((data_dir / "initiatives.yaml").read_text(encoding="utf-8"))
    return [str(item["name"]) for item in data["initiatives"] if not item.get("level_of")]


# --- one report --------------------------------------------------------------

# A cycle of 20 variants, so that any 20 consecutive reports cover them all:
# (script, encoding, format)
VARIANTS = (
    ("traditional+pinyin", "utf-8", "txt"),
    ("simplified", "utf-8", "txt"),
    ("traditional+pinyin", "utf-8", "txt"),
    ("simplified", "gb18030", "txt"),
    ("traditional", "utf-8", "txt"),
    ("simplified", "utf-8", "txt"),
    ("traditional+pinyin", "utf-8", "txt"),
    ("simplified", "utf-8", "html"),
    ("traditional+pinyin", "utf-8-sig", "txt"),
    ("simplified", "utf-8", "txt"),
    ("traditional+pinyin", "utf-8", "txt"),
    ("simplified", "utf-16", "txt"),
    ("traditional", "big5", "txt"),
    ("simplified", "utf-8", "txt"),
    ("traditional+pinyin", "utf-8", "txt"),
    ("simplified", "gb18030", "txt"),
    ("traditional+pinyin", "utf-8", "txt"),
    ("simplified", "utf-8", "txt"),
    ("traditional+pinyin", "utf-8", "txt"),
    ("simplified", "utf-8-sig", "txt"),
)
DATE_KINDS = ("minute", "second", "glued", "day", "undated")
STYLES = ("gov", "portal", "glued", "news", "dateline")


@dataclass
class Expected:
    """What ingest should find in one generated raw file."""

    file: str
    township: str
    county: str
    division_code: str
    date: str | None
    date_precision: str | None
    estimated: bool  # undated, with an era marker in the text
    initiatives: list[str]
    script: str
    encoding: str
    style: str
    damaged: bool
    chars: int = 0
    extra: dict = field(default_factory=dict)


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _date(rng: random.Random, era: Era, kind: str) -> tuple[str, str, str]:
    """(label, value as written, expected ISO) for a date of the given kind."""
    day = era.first + dt.timedelta(days=rng.randrange((era.last - era.first).days + 1))
    hour, minute, second = rng.randrange(7, 22), rng.randrange(60), rng.randrange(60)
    if kind == "second":
        value = f"{day.isoformat()} {hour:02d}:{minute:02d}:{second:02d}"
        return "发布时间", value, f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"
    if kind == "day":
        return "日期", f"{day.year}年{day.month}月{day.day}日", day.isoformat()
    label = "时间" if kind == "glued" else "发布时间"
    return (
        label,
        f"{day.isoformat()} {hour:02d}:{minute:02d}",
        f"{day.isoformat()}T{hour:02d}:{minute:02d}",
    )


def _vary_counts(rng: random.Random, text: str) -> str:
    def vary(match: re.Match) -> str:
        n = int(match.group(1))
        return str(max(1, rng.randint(n // 2, n + n // 2 + 1)))

    return _COUNT.sub(vary, text)


_FLATTEN = str.maketrans(
    {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}
)


@dataclass
class Content:
    """What a report says, before a site lays it out: the part its reprints copy."""

    place: PlaceChoice
    era: Era
    paragraphs: list[tuple[str, str]]  # ("h", heading) or ("p", paragraph)
    named: list[str]
    headline: str
    author: str
    editor: str
    source: str


def compose_content(
    rng: random.Random,
    date_kind: str,
    seeds: list[SeedText],
    places: list[PlaceChoice],
    initiatives: list[str],
) -> Content:
    """A report's text (simplified, with placeholders), drawn from rng."""
    place = rng.choice(places)
    main = rng.choice(seeds)
    era = ERAS[main.era]
    pool = [s for s in seeds if s.era == main.era]

    # Body: a lede, 2–6 sections of the same era, maybe a closing paragraph.
    sections = [sec for s in pool for sec in s.sections]
    chosen = rng.sample(sections, min(len(sections), rng.randint(2, 6)))
    named = rng.sample(initiatives, rng.choice((1, 1, 2)))
    marker = rng.choice(era.markers) if date_kind == "undated" else ""
    if rng.random() < 0.5 or not main.ledes:
        lede = rng.choice(LEDES).replace("{marker}", marker)
    else:
        lede = rng.choice(main.ledes)
        lede = lede.replace(COUNTY + TOWN, COUNTY + TOWN + marker, 1)
    paragraphs: list[tuple[str, str]] = [("p", lede)]
    for heading, texts in chosen:
        if heading:
            paragraphs.append(("h", heading))  # shown by the layouts that show headings
        paragraphs += [("p", _vary_counts(rng, t)) for t in texts]
    body_indexes = [k for k, (kind, _) in enumerate(paragraphs) if kind == "p" and k]
    for name in named:
        k = rng.choice(body_indexes or [0])
        paragraphs[k] = ("p", paragraphs[k][1] + rng.choice(INITIATIVE_SENTENCES).format(name))
    closings = [c for s in pool for c in s.closings]
    if closings and rng.random() < 0.4:
        paragraphs.append(("p", rng.choice(closings)))

    headline = rng.choice(HEADLINES_WITH_PLACE).replace("{initiative}", named[0])
    author, editor = _name(rng), _name(rng)
    source = rng.choice(SOURCES + (TOWN,))
    return Content(place, era, paragraphs, named, headline, author, editor, source)


def lay_out(
    rng: random.Random, content: Content, style: str, date: tuple[str, str, str | None]
) -> list[str]:
    """The lines of a page of the given style showing content; date = (label, value, iso)."""
    label, value, iso = date
    author, editor, source, headline = (
        content.author,
        content.editor,
        content.source,
        content.headline,
    )
    date_field = f"{label}：{value}" if iso else ""
    paragraphs = [
        (kind, text) for kind, text in content.paragraphs if kind == "p" or style in ("gov", "news")
    ]
    lines: list[str] = []
    indent = "    " if style == "gov" else ""
    if style == "gov":
        lines += ["用户中心 | 手机版 | 繁体 本站支持IPV6"]
        lines += [
            f"您当前的位置： {COUNTY}人民政府> 工作动态> 各镇快讯> 正文详情",
            "",
            headline,
            "",
        ]
        parts = [f"作者：{author}", date_field, f"来源：{source}"]
        lines += [" ".join(p for p in parts if p), "字体调节： A+ A- 操作：", ""]
    elif style == "portal":
        lines += ["1. 首页", "  2. 基层党建", "  3. 农村党建", "  4. 正文", headline, ""]
        if iso:
            lines += [value, ""]  # a bare date line under the headline
    elif style == "glued":
        lines += [headline, ""]
        glued = (date_field or "") + f"作者：{author}来源：{source}"
        lines += [glued, ""]
    elif style == "news":
        lines += ["首页 | 新闻 | 党建 | 乡村振兴 | 专题", headline, ""]
        if iso:
            lines += [date_field]
        lines += [f"来源：{source}", ""]
    else:  # dateline: no headline (ingest devises one), byline in the first paragraph
        today = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365))
        weekday = "一二三四五六日"[today.weekday()]
        lines += [f"今天是{today.year}年{today.month}月{today.day}日 星期{weekday}", ""]
        if iso:
            lines += [value, ""]
        paragraphs[0] = ("p", f"本网讯（通讯员 {author}）" + paragraphs[0][1])

    for n, (kind, text) in enumerate(paragraphs):
        if kind == "h":
            lines += ["", text, " " if style == "gov" else ""]
            if style == "news" and rng.random() < 0.3:
                lines += ["（资料图片）", ""]
            continue
        if n == len(paragraphs) - 1 and style == "news":
            text += f"全媒体记者 {author} 通讯员 {_name(rng)} 文/图"
        lines += [indent + text, ""]

    if style == "gov":
        lines += [" ", f"【责任编辑：{editor}】"]
    elif style == "glued":
        lines += ["", f"【责任编辑：{editor}】"]
    elif style == "news":
        lines += [f"责任编辑：{editor}", "", "标签：", "", "AD", rng.choice(RELATED)]
        for _ in range(3):
            lines.append(rng.choice(HEADLINES_WITH_PLACE).replace("{initiative}", "三会一课"))
    elif style == "dateline":
        lines += ["【打印本页】 【关闭窗口】", f"点击数：{rng.randrange(10, 5000)}"]
    else:
        lines += ["分享到："]
    return lines


def _original(
    i: int, seed: int, seeds: list[SeedText], places: list[PlaceChoice], initiatives: list[str]
) -> tuple[random.Random, str, str, Content, tuple[str, str, str | None]]:
    """Report i as first published: (its rng, after the content, style, date kind, content, date)."""
    rng = random.Random(f"{seed}:{i}")
    date_kind = DATE_KINDS[i % len(DATE_KINDS)]
    style = rng.choice(STYLES)
    content = compose_content(rng, date_kind, seeds, places, initiatives)
    date = ("", "", None) if date_kind == "undated" else _date(rng, content.era, date_kind)
    return rng, style, date_kind, content, date


def compose_report(
    i: int,
    seed: int,
    seeds: list[SeedText],
    places: list[PlaceChoice],
    initiatives: list[str],
) -> tuple[list[str], Expected, PlaceChoice, str]:
    """Lines of report i (simplified, with placeholders), what ingest should find, its place, its format."""
    script, encoding, fmt = VARIANTS[i % len(VARIANTS)]
    source = reprint_source(i, seed)
    if source is None:
        rng, style, date_kind, content, date = _original(i, seed, seeds, places, initiatives)
        reprint = None
    else:
        rng = random.Random(f"{seed}:{i}:reprint")
        _, source_style, source_kind, content, source_date = _original(
            source, seed, seeds, places, initiatives
        )
        style = rng.choice([s for s in STYLES if s != source_style])
        date_kind = DATE_KINDS[i % len(DATE_KINDS)]
        content, date, date_kind, edits = reprint_edits(
            rng, content, source_date, source_kind, date_kind
        )
        reprint = {"of": source, "edits": ["chrome", *edits]}
    label, value, iso = date
    lines = lay_out(rng, content, style, date)
    precision = {"second": "second", "day": "day"}.get(date_kind, "minute") if iso else None
    place = content.place
    expected = Expected(
        file="",
        township=place.town,
        county=place.county,
        division_code=place.division_code,
        date=iso,
        date_precision=precision,
        # undated, with an era marker in the text (a reprint keeps its original's marker)
        estimated=not iso and (source is None or source_kind == "undated"),
        initiatives=content.named,
        script="simplified" if script == "simplified" else "traditional",
        encoding=encoding,
        style=style,
        damaged=False,
        extra={"reprint": reprint} if reprint else {},
    )
    return lines, expected, place, fmt


# --- reprints ----------------------------------------------------------------

REPRINT_SHARE = 0.1  # of all reports, a reprint of an earlier one
REPRINT_WINDOW = 400  # a reprint copies one of the 400 reports before it
ADDED_SENTENCES = (
    "据了解，下一步该镇将继续巩固拓展工作成果。",
    "该做法得到了群众的普遍认可。",
    "目前，各项工作正在有序推进中。",
    "此举有效激发了基层党组织的内生动力。",
)


def reprint_source(i: int, seed: int) -> int | None:
    """The report that report i reprints (an original, never a reprint), or None.

    Drawn from (seed, i) alone; a reprint of a reprint copies the latter's original, so
    every copy of a work reprints the same report.
    """
    rng = random.Random(f"{seed}:{i}:is-reprint")
    if i == 0 or rng.random() >= REPRINT_SHARE:
        return None
    j = rng.randrange(max(0, i - REPRINT_WINDOW), i)
    source = reprint_source(j, seed)
    return j if source is None else source


def _sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？])", paragraph) if s]


def reprint_edits(
    rng: random.Random,
    content: Content,
    source_date: tuple[str, str, str | None],
    source_kind: str,
    date_kind: str,
) -> tuple[Content, tuple[str, str, str | None], str, list[str]]:
    """A copy of content as another site reprints it: (content, date, date kind, edits).

    Truncated to its first paragraphs, one sentence changed or one added, another
    byline, the date repeated, a later date, or none; the place, the counts and the
    rest of the text are the original's.
    """
    edits = []
    paragraphs = list(content.paragraphs)
    texts = [k for k, (kind, _) in enumerate(paragraphs) if kind == "p"]
    if len(texts) >= 3 and rng.random() < 0.3:
        keep = rng.randint(2, len(texts) - 1)
        paragraphs = paragraphs[: texts[keep - 1] + 1]
        edits.append(f"truncated to {keep} of {len(texts)} paragraphs")
        texts = texts[:keep]
    roll = rng.random()
    if roll < 0.25:
        k = rng.choice(texts[1:] or texts)
        sentences = _sentences(paragraphs[k][1])
        n = rng.randrange(len(sentences))
        clause = sentences[n].split("，", 1)
        if len(clause) == 2 and len(clause[1]) > 6:
            sentences[n] = clause[1]  # an editor dropped the opening clause
        else:
            sentences[n] = rng.choice(ADDED_SENTENCES)
        paragraphs[k] = ("p", "".join(sentences))
        edits.append("sentence changed")
    elif roll < 0.5:
        k = rng.choice(texts)
        paragraphs[k] = ("p", paragraphs[k][1] + rng.choice(ADDED_SENTENCES))
        edits.append("sentence added")
    author, source = content.author, content.source
    if rng.random() < 0.5:
        author, source = _name(rng), rng.choice(SOURCES)
        edits.append("byline")
    iso = source_date[2]
    if iso is not None and rng.random() < 0.4:  # the original's date line, as it was
        date, date_kind = source_date, source_kind
    elif date_kind == "undated":  # no date line
        date = ("", "", None)
    elif iso is None:  # the original is undated: the reprinting site dates its copy
        date = _date(rng, content.era, date_kind)
    else:  # republished later
        day = dt.date.fromisoformat(iso[:10]) + dt.timedelta(days=rng.randint(1, 30))
        date = _date(rng, Era(day, day, ()), date_kind)
    if date[2] != iso:
        edits.append("date")
    # What a cut or an edit took out is no longer written in.
    named = [name for name in content.named if any(name in text for _, text in paragraphs)]
    edited = Content(
        content.place,
        content.era,
        paragraphs,
        named,
        content.headline,
        author,
        _name(rng),
        source,
    )
    return edited, date, date_kind, edits


def render_report(
    i: int,
    seed: int,
    seeds: list[SeedText],
    places: list[PlaceChoice],
    initiatives: list[str],
    converters: dict,
) -> tuple[str, bytes, Expected]:
    """(file name, raw bytes, expected) for report i."""
    lines, expected, place, fmt = compose_report(i, seed, seeds, places, initiatives)
    rng = random.Random(f"{seed}:{i}:render")
    text = "\n".join(lines).translate(place.table())
    if rng.random() < 0.6:
        text = text.translate(_FLATTEN)  # a scraper flattened the full-width punctuation
    script = VARIANTS[i % len(VARIANTS)][0]
    if script.startswith("traditional"):
        text = converters["s2t"].convert(text)
        if script == "traditional+pinyin":
            text = text.translate(converters["pinyin"])
            if "豐家嶺" in text and rng.random() < 0.5:
                text = text.replace("豐家嶺", "豐家" + _SEED_DAMAGE)
                expected.damaged = True
    if fmt == "html":
        text = _as_html_page(text)
    if rng.random() < 0.05:
        text = text.replace("\n", "\r\n")
    encoding = expected.encoding
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:  # Big5 lacks some of OpenCC's traditional forms
        expected.encoding = encoding = "utf-8"
        raw = text.encode(encoding)
    expected.chars = len(text)
    name = f"{i:05d}_{hashlib.sha256(raw).hexdigest()[:16]}.{fmt}"
    expected.file = name
    return name, raw, expected


def _as_html_page(text: str) -> str:
    """A saved page: the text's lines as blocks, with head, style and script to be dropped."""
    lines = [line.strip() for line in text.split("\n")]
    title = next((line for line in lines if line), "")
    body = "\n".join(f"<p>{html.escape(line)}</p>" if line else "" for line in lines)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>p{{margin:0}}</style>"
        "<script>var _hmt = _hmt || [];</script></head>\n<body>\n"
        f'<div class="content">\n{body}\n</div>\n</body></html>\n'
    )


def works_of(reports: list[dict]) -> list[list[str]]:
    """The truth about reprints: the files that are copies of one work, the original first.

    Only works with more than one copy, in the order of their originals.
    """
    copies: dict[str, list[str]] = {}
    for report in reports:
        reprint = report["extra"].get("reprint")
        original = reprint["of"] if reprint else report["file"]
        copies.setdefault(original, []).append(report["file"])
    return [files for files in copies.values() if len(files) > 1]


def make_corpus(n: int, seed: int, out: Path, progress: bool = False) -> dict:
    """Write n raw reports into out (replacing a corpus written there before); return the record."""
    out.mkdir(parents=True, exist_ok=True)
    record_path = out / CORPUS_FILE
    if record_path.exists():
        old = json.loads(record_path.read_text(encoding="utf-8"))
        for item in old.get("reports", []):
            (out / item["file"]).unlink(missing_ok=True)
    elif any(p for p in out.iterdir() if not p.name.startswith(".")):
        raise SystemExit(f"{out}: not empty and not a generated corpus; choose another --out")
    seeds, pinyin = read_seeds()
    places = read_places()
    initiatives = read_initiatives()
    converters = {
        "s2t": opencc.OpenCC("s2t"),
        "pinyin": str.maketrans({ch: f"{ch}({py})" for ch, py in pinyin.items()}),
    }
    reports = []
    indexes = range(n)
    if progress:
        from tqdm import tqdm

        indexes = tqdm(indexes, unit="report", desc="corpus", leave=False)
    for i in indexes:
        name, raw, expected = render_report(i, seed, seeds, places, initiatives, converters)
        (out / name).write_bytes(raw)
        reprint = expected.extra.get("reprint")
        if reprint:  # an earlier report: name it by its file, as the truth below does
            reprint["of"] = reports[reprint["of"]]["file"]
        reports.append(asdict(expected))
    record = {
        "generator": GENERATOR_VERSION,
        "n": n,
        "seed": seed,
        "chars": sum(r["chars"] for r in reports),
        "bytes": sum((out / r["file"]).stat().st_size for r in reports),
        "works": works_of(reports),
        "reports": reports,
    }
    record_path.write_text(
        json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many reports")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--out", type=Path, default=REPO / "bench" / "corpus" / "raw", help="output folder"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    record = make_corpus(args.n, args.seed, args.out, progress=sys.stderr.isatty())
    seconds = time.perf_counter() - started
    print(
        f"{record['n']} reports, {record['chars']:,} characters, {record['bytes'] / 1e6:.1f} MB"
        f" → {args.out} in {seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
