"""Headlines, ninth pass (session 46; development pages of survey round 97).

- |湖南娄底双江乡送戏曲下乡情暖群众: a breadcrumb's bar glued before the headline, with no
  space after it, stayed at the headline's head (a spaced bar was already cut).
- …我来唱”皇冠体育_皇冠体育365@:戏迷擂台赛…: a spam copy's brands spliced into the headline
  and the lede went, their joiners _ and @ stayed in the headline.

The pages are ours, in those shapes; the near relatives are a series tag and its bar inside
the headline, and an e-mail address in the text, which stay.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

STAGE = (
    "{headline}\n\n"
    "6月15日至16日，由娄星区双江乡人民政府主办的“送戏进万村”活动走进坪底、天壶、万家、双江四个村，"
    "吸引了2000多人到场观看。\n\n"
    "双江乡党委组织党员志愿者维持秩序、为老人送水，经典花鼓戏《送干妹》令台下观众大呼过瘾。\n"
)


def test_a_breadcrumbs_bar_glued_before_the_headline_goes():
    report = ingest_text(STAGE.format(headline="|湖南娄底双江乡送戏曲下乡情暖群众"))
    assert report.title == "湖南娄底双江乡送戏曲下乡情暖群众"


def test_a_series_tags_bar_inside_the_headline_stays():
    report = ingest_text(STAGE.format(headline="文化惠民在娄底|双江乡送戏曲下乡情暖群众"))
    assert report.title == "文化惠民在娄底|双江乡送戏曲下乡情暖群众"


OPERA = (
    "盛世梨园我来唱{brand}：戏迷擂台赛获奖选手走进西寨乡\n\n"
    "9月24日，“盛世梨园我来唱”{brand}：戏迷擂台赛获奖选手走进西寨乡大寨村、黄土岗村，为群众送上豫剧选段。\n\n"
    "西寨乡党委组织党员志愿者搭台布景，{mail}。\n"
)


def test_spliced_brands_leave_the_headline_with_their_joiners():
    report = ingest_text(OPERA.format(brand="皇冠体育_皇冠体育365@", mail="村民纷纷叫好"))
    assert report.title == "盛世梨园我来唱：戏迷擂台赛获奖选手走进西寨乡"
    assert "皇冠" not in report.body and "_@" not in report.body


def test_an_email_address_in_the_text_stays():
    report = ingest_text(OPERA.format(brand="", mail="节目预约请发邮件至xizhai_wenhua@163.com"))
    assert "wenhua@163.com" in report.body
