"""Headlines, eighth pass (session 45; round 96's development pages, one each of rounds 86, 92).

- A paper's app page sets the outlet and its app, joined by a dot, on a line of its own
  between the headline and the date (山东商报·速豹新闻). Standing right above the date, it
  outscored the headline; a headline with a dot between two phrases is still a headline.
- A paper's slogan over the headline (新闻是有分量的) ends on 的, as a headline broken after
  的 does; a 是 … 的 sentence is finished.
- A headline broken after 组织开展 runs on into its object on the next line; a kicker naming
  only who did it does not.
- A company copy's side box of opening hours (工作时间 / 早9:00 - 晚18:00 / 周六日休息) over the
  meta line: its last line had been taken for the headline; a sentence about the weekend stays.

The pages are ours, in those shapes.
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


SANITATION = (
    "\n\n{headline}\n\n2019-09-09 12:40栏目:健康\n\n"
    "自8月29日起，中枢街道城管办携手卫生院开辟绿色通道，分批次为205名环卫工人免费体检。\n\n"
    "街道党工委为环卫工人送上“健康礼包”，为他们的身心健康护航。\n"
)
HEALTH_PACK = "中枢街道“健康礼包”为205名环卫工人身心健康护航"


def test_a_slogan_saying_what_news_is_does_not_run_into_the_headline():
    """Round 96: a paper's slogan (新闻是有分量的) over the headline ends on 的, which a
    headline broken after 的 does too; a 是 … 的 sentence is finished."""
    report = ingest_text("新闻是有分量的" + SANITATION.format(headline=HEALTH_PACK))
    assert report.title == HEALTH_PACK


def test_a_headline_broken_after_de_still_runs_on():
    report = ingest_text(
        "中枢街道党工委为环卫工人送上的" + SANITATION.format(headline="“健康礼包”护航身心健康")
    )
    assert report.title == "中枢街道党工委为环卫工人送上的“健康礼包”护航身心健康"


GALA = (
    "{top}\n“庆祝建党94周年大兴地区文艺汇演”\n"
    "道外区大兴街妇联在北七道街江畔广场组织开展了“庆祝建党94周年大兴地区文艺汇演”，党员代表百余人参加了活动。\n"
    "活动现场，诗朗诵拉开了演出的序幕，演出节目内容精彩纷呈、形式多样。\n"
)


def test_a_headline_broken_after_zu_zhi_kai_zhan_runs_on_into_its_object():
    """Round 86: 组织开展 wants its object, printed on the next line."""
    report = ingest_text(GALA.format(top="道外区大兴街妇联组织开展"))
    assert report.title == "道外区大兴街妇联组织开展“庆祝建党94周年大兴地区文艺汇演”"


def test_a_kicker_over_the_headline_does_not_run_on():
    report = ingest_text(GALA.format(top="道外区大兴街妇联"))
    assert report.title == "“庆祝建党94周年大兴地区文艺汇演”"


TEA_HILLS = (
    "{box}发布日期:2014-10-10 15:35:37 访问次数:1409\n"
    "在兴田镇茶山整治现场，镇人武部部长、林业站人员组织民工集中连片拔除茶苗，按要求做好挖穴整地工作。\n"
    "{line}此次行动标志着兴田镇新一轮大面积茶山整治工作全面展开。\n"
)


def test_a_side_boxs_opening_hours_are_no_headline():
    """Round 92: a company copy's side box (工作时间 / 早9:00 - 晚18:00 / 周六日休息) over the
    meta line; its last line had been taken for the headline."""
    report = ingest_text(TEA_HILLS.format(box="工作时间\n早9:00 - 晚18:00\n周六日休息\n", line=""))
    assert report.title_devised
    assert "休息" not in report.title


def test_a_sentence_about_the_weekend_stays_in_the_text():
    line = "周六日休息时，党员志愿者仍轮流在整治现场值守。\n"
    report = ingest_text(TEA_HILLS.format(box="", line=line))
    assert line.strip() in report.body
