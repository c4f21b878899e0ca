"""The Atom feeds, read as a feed reader reads them (feedparser): who wrote each report,
where it is from and what it names, when it was published (only when the report says) and
when it entered the archive; what is new to the archive first; no feed for a town.

The site is the fixture build of test_site.py: the five seeds and the edge cases, each
with the ``added`` date ingest would have recorded (神河镇's report of 2011 was added
last, on 2026-12-01).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import feedparser
import pytest
from test_site import CHENGGUAN, SHENHE, TAIYAO, UNPLACED, XINGLONG, XINGLONG_JINGYANG, site

from township_reports.site import facets

__all__ = ["site"]  # the fixture, shared with test_site.py


def parsed(site: Path, name: str):
    feed = feedparser.parse((site / "feeds" / name).read_bytes())
    assert not feed.bozo, f"{name}: {feed.get('bozo_exception')}"
    return feed


def entry(feed, report_id: str):
    return next(e for e in feed.entries if e.link.endswith(f"/reports/{report_id}.html"))


def catalog_initiatives(site: Path, report_id: str) -> set[str]:
    """The initiatives catalog.csv gives a report."""
    rows = csv.DictReader(io.StringIO((site / "catalog.csv").read_text(encoding="utf-8-sig")))
    row = next(r for r in rows if r["id"] == report_id)
    return set(row["initiatives"].split("；"))


def report_ids(feed) -> list[str]:
    return [re.search(r"reports/(\w+)\.html", e.link).group(1) for e in feed.entries]


def test_recent_feed_puts_what_was_added_last_first_whatever_its_date(site):
    recent = parsed(site, "recent.atom.xml")
    ids = report_ids(recent)
    # 神河镇 (published 2011, added 2026-12-01), then 兴隆镇 of 泾阳县 (added 2026-11-28),
    # then the reports added on 2026-11-25, newest published first.
    assert ids[:3] == [SHENHE, XINGLONG_JINGYANG, CHENGGUAN]
    assert len(ids) == 8
    assert recent.feed.updated == "2026-12-01T00:00:00Z"
    assert recent.feed.language == "zh-CN"
    # The feed of every report keeps the order of publication.
    assert report_ids(parsed(site, "all.atom.xml"))[0] == CHENGGUAN


def test_updated_is_the_day_the_report_entered_the_archive(site):
    recent = parsed(site, "recent.atom.xml")
    assert entry(recent, SHENHE).updated == "2026-12-01T00:00:00Z"
    assert entry(recent, TAIYAO).updated == "2026-11-25T00:00:00Z"


def test_authors_and_editors_are_the_people_the_report_names(site):
    shenhe = entry(parsed(site, "recent.atom.xml"), SHENHE)
    assert [a.name for a in shenhe.authors] == ["刘民"]
    assert [c.name for c in shenhe.contributors] == ["魏代琼"]
    chengguan = entry(parsed(site, "recent.atom.xml"), CHENGGUAN)
    assert [a.name for a in chengguan.authors] == ["王献伟", "程琪琪"]
    # A report that names nobody is said to, not credited to the archive.
    assert [a.name for a in entry(parsed(site, "recent.atom.xml"), TAIYAO).authors] == ["未署名"]


def test_categories_name_every_place_of_the_trail_and_every_initiative(site):
    shenhe = entry(parsed(site, "recent.atom.xml"), SHENHE)
    places = {t.term: t.label for t in shenhe.tags if (t.scheme or "").endswith("/places/")}
    assert places == {
        "610000": "省：陕西省",
        "610900": "地区：安康市",
        "610981": "县：旬阳市",
        "610981111": "乡镇：神河镇",
    }
    # An initiative is named as it is: the categories without a scheme.
    initiatives = {t.term for t in shenhe.tags if not t.scheme}
    assert {"升级晋档", "三联", "一村一品"} <= initiatives
    assert initiatives == catalog_initiatives(site, SHENHE)


def test_published_only_when_the_report_states_a_day(site):
    recent = parsed(site, "recent.atom.xml")
    assert entry(recent, SHENHE).published == "2011-09-14T09:09:00+08:00"
    # An estimate is flagged in words and as a category, never a timestamp.
    xinglong = entry(recent, XINGLONG)
    assert "published" not in xinglong
    assert "日期为推断：2021–2022年" in xinglong.summary
    assert "日期为推断" in {t.term for t in xinglong.tags}
    # A month is not a day: said in the summary, not made the first of the month.
    unplaced = entry(recent, UNPLACED)
    assert "published" not in unplaced
    assert "发布时间：2019年3月（原文只载明到月）" in unplaced.summary


def test_entries_carry_a_summary_not_the_text(site):
    shenhe = entry(parsed(site, "recent.atom.xml"), SHENHE)
    assert "content" not in shenhe
    assert shenhe.summary.startswith("陕西省安康市旬阳市神河镇\n")
    assert len(shenhe.summary) < 200


def test_feeds_for_provinces_prefectures_counties_and_initiatives_none_for_towns(site):
    codes = {p.name.removesuffix(".atom.xml") for p in (site / "feeds" / "places").iterdir()}
    assert {"610000", "610900", "610981", "610926"} <= codes
    assert not [c for c in codes if len(c) == 9], "a town has no feed: its page lists its reports"
    county = parsed(site, "places/610981.atom.xml")
    assert county.feed.title == "乡镇党建报道档案 - 旬阳市（610981）"
    assert report_ids(county) == [SHENHE]
    sanlian = parsed(site, f"initiatives/{facets.initiative_slug('三联')}.atom.xml")
    assert len(sanlian.entries) == 2


def test_every_feed_a_page_links_exists(site):
    linked = set()
    for page in site.rglob("*.html"):
        linked |= set(re.findall(r"feeds/[\w/]+\.atom\.xml", page.read_text(encoding="utf-8")))
    assert {"feeds/recent.atom.xml", "feeds/all.atom.xml", "feeds/places/610981.atom.xml"} <= linked
    assert [name for name in linked if not (site / name).is_file()] == []
    town = (site / "places" / "610981111.html").read_text(encoding="utf-8")
    assert "feeds/places/610981111" not in town


@pytest.mark.parametrize("name", ["all.atom.xml", "recent.atom.xml"])
def test_feed_reader_reads_every_entry(site, name):
    feed = parsed(site, name)
    assert all(e.title and e.link and e.updated and e.authors for e in feed.entries)
