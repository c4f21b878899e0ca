"""Furniture and damage in a report's text, fifteenth pass (session 44, round 95).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 44"): a pinyin mirror whose text
byte damage had reached, so that a converted character came back as a letter or a mark and
the converter's reading after it no longer followed a Chinese character (春發(fā) as
贝喊l(fā), 訓。現(xiàn) as ?,F(xiàn)). The pages are written by us in that shape (real towns,
our own sentences), each with the near relative the rule must leave alone.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "body-kinds15-test.txt")


MIRROR = """興華鄉(xiāng)婦聯(lián)開展假發(fā)編織培訓

9月15日，興華鄉(xiāng)春l(fā)村會議室內，30余名婦(fù)女圍坐在一起學習假發(fā)編織。

“以前四處打零工，工作和收入都不穩定。參(cān)加培訓?,F(xiàn)在我在家門口就能掙錢。”村民說。
"""


def test_a_mirrors_readings_after_damaged_characters_go():
    body = _ingest(MIRROR).body
    assert "(fā)" not in body and "(xiàn)" not in body
    assert "30余名妇女围坐在一起学习假发编织" in body


def test_a_toned_reading_after_a_letter_on_a_page_no_converter_made_stays():
    page = """兴华乡开展普通话推广活动

9月15日，兴华乡组织村民学习普通话，老师在黑板上写下韵母a(ā)和o(ō)，村民跟读。

村妇联主任说，学好普通话，外出务工更方便。
"""
    assert "a(ā)和o(ō)" in _ingest(page).body.replace("（", "(").replace("）", ")")


SPAM_TAIL = """管园村“零工驿站”帮群众就近就业

“前段时间刚好在找工作，路过这边看到了招聘信息。”在管园村“零工驿站”，村民说。

截至目前，管园村“零工驿站”共为园区企业招工95人次。下阶段，管园村将加强暖心便利服务，为园区企业发展助力添砖。{tail}
"""


def test_a_betting_brand_glued_on_after_the_last_stop_goes_and_the_sentence_stays():
    body = _ingest(SPAM_TAIL.format(tail="高飞公海赌赌船官网")).body
    assert "赌船" not in body
    assert body.rstrip().endswith("为园区企业发展助力添砖。")


def test_a_site_named_after_the_last_stop_with_no_betting_cue_stays():
    body = _ingest(SPAM_TAIL.format(tail="管园村官网")).body
    assert body.rstrip().endswith("管园村官网")


PICTURES = """探索共建共享新路 横岗街道成立4个两新组织“党建联盟”

来源: 深圳新闻网   2021-05-17 17:17:17

深圳新闻网5月17日讯（记者 叶玉燕）为积极推进产业党建互联互促，近日，横岗街道创新成立4个两新组织“党建联盟”。

image.png

{under}

根据龙岗区委组织部2021年党建工作部署，横岗街道依据两新组织党组织行业产业链的分布，创新成立“横岗眼镜”“文化创意”等四个党建联盟。

image.png

横岗是全国时尚眼镜产业知名品牌示范区，眼镜企业党组织在联盟里共享资源。
"""


def test_a_short_sentence_right_under_a_pictures_file_name_is_its_caption():
    body = _ingest(PICTURES.format(under="横岗街道创新成立4个“两新党建联盟”。")).body
    assert "创新成立4个“两新党建联盟”。\n" not in body + "\n"
    assert "根据龙岗区委组织部2021年党建工作部署" in body


def test_a_heading_under_a_picture_stays():
    body = _ingest(PICTURES.format(under="强化组织建设 筑牢战斗堡垒")).body
    assert "强化组织建设 筑牢战斗堡垒" in body


def test_a_sentence_with_a_comma_under_a_picture_is_the_texts():
    body = _ingest(PICTURES.format(under="成立当天，四个联盟各自签订了共建协议。")).body
    assert "成立当天，四个联盟各自签订了共建协议。" in body


def test_a_ledes_parallel_lines_parted_by_semicolons_open_the_text():
    """Round 95: a city paper's feature opens on three parallel lines set apart by blank
    lines, the first two closing on ；; the body began at the third."""
    page = """都市工业“三线重生”，沙园党建引领解锁“文商秀带”

发布日期:2023-11-06 13:48:03 来源:南方日报

  利刃穿“芯”，高温炙烤，新能源电池仍“电力十足”；

  “绣花”功夫，修旧如旧，“工业锈带”成“文化秀带”；

  新兴之火，共建之“炬”，赋能新质生产力，驱动红色引擎……

  在T.I.T文创园，凝聚着海珠区沙园街道党建引领经济高质量发展的蓬勃生机。
"""
    assert _ingest(page).body.startswith("利刃穿“芯”，高温炙烤")
