"""Furniture, credit and title kinds met on unseen sites, fifth pass (issue 9, session 29,
survey round 71).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

# one lede and one chrome check for all passes
from test_body_kinds2 import LEDE, removed_lines

from township_reports.ingest.pipeline import ingest_text


def test_an_outlets_list_of_its_channels_goes():
    """Round 71: a city news site lists its accounts under the editor's line, one bulleted
    name a line; they had stayed in the text as five short paragraphs."""
    lines = [LEDE, "  • 沙市新闻网微信", "  • 无线沙市APP", "  • HI沙市抖音号", "央视新闻客户端"]
    assert removed_lines(lines) == lines[1:]


def test_a_sentence_about_an_app_stays():
    lines = [LEDE, "村民下载学习强国APP后在家学习。"]
    assert removed_lines(lines) == []


def test_a_portals_leaving_the_site_notice_goes():
    """Round 71: a district portal's dialogue for outside links sat between the text and the
    footer (您访问的链接即将离开“…”门户网站,是否继续?)."""
    lines = [LEDE, "您访问的链接即将离开“西峡县人民政府”门户网站,是否继续?"]
    assert removed_lines(lines) == lines[1:]


def test_someone_leaving_home_stays():
    lines = [LEDE, "他即将离开家乡外出务工，临行前把积分卡交给了村里"]
    assert removed_lines(lines) == []


def test_a_tags_attributes_without_its_name_go():
    """Round 71: a scrape lost an image tag's opening (<img o), and its attributes stood
    between the paragraphs: nerror="javascript:…" src="http://…jpg" />."""
    page = (
        "以“小积分”激活基层治理“大能量”\n"
        "近日，大学西路街道师大社区依托文明云小程序开展楼栋长积分兑换活动，"
        "三十余名楼栋长用服务积分换回了生活用品。\n"
        'nerror="javascript:this.style.opacity = 0;" src="http://www.example.cn/file/upload/081749542.jpg" />\n'
        "活动现场，社区工作人员将标注着服务积分的物品分类摆放，楼栋长们拿出手机查询自身积分。\n"
    )
    body = ingest_text(page).body
    assert "nerror" not in body and "src=" not in body
    assert "楼栋长们拿出手机查询自身积分" in body


def test_a_quoted_attribute_in_a_sentence_stays():
    page = (
        "村里的“积分榜”上墙了\n"
        '近日，社区把积分规则写进公约，第一条写明：加分项="参加志愿服务" 减分项="乱堆乱放"，'
        "居民一看就懂。\n"
    )
    assert "减分项" in ingest_text(page).body


def test_an_article_picture_placeholder_goes():
    """Round 71: a town government's CMS left the alt text 文章配图 where each picture stood."""
    lines = [LEDE, "  文章配图", "配图", "本期配图由村民提供的老照片组成"]
    assert removed_lines(lines) == lines[1:3]
