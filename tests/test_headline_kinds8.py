"""Headlines, eighth pass (session 45; round 96's development pages).

A paper's app page sets the outlet and its app, joined by a dot, on a line of its own
between the headline and the date (山东商报·速豹新闻). Standing right above the date, it
outscored the headline. The page is ours, in that shape; the near relative: a headline
with a dot between two phrases is still a headline.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

BODY = (
    "\n\n2025-01-17 19:54:31\n\n◎山东商报·速豹新闻记者 朱本银 通讯员 聂苗苗\n\n"
    "为落实“双报到”工作，2025年1月15日，学校党总支走进周村区青年路街道东街社区，"
    "与社区党组织共同开展写春联送祝福活动。\n\n"
    "活动现场，师生代表与社区工作人员挥毫泼墨，一幅幅春联送到居民手中。\n\n"
    "山东商报记者在现场看到，师生与居民双向奔赴，其乐融融。\n"
)


def test_an_outlet_and_its_app_joined_by_a_dot_are_no_headline():
    headline = "职教力量丨轻工学院：“双”向奔赴践初心 共绘幸福新图景"
    report = ingest_text(f"{headline}\n\n山东商报·速豹新闻{BODY}")
    assert report.title == headline
    assert not report.title_devised


def test_a_headline_with_a_dot_between_two_phrases_is_still_the_headline():
    report = ingest_text(f"青年路街道·双报到\n\n山东商报·速豹新闻{BODY}")
    assert report.title == "青年路街道·双报到"
