"""Header lines a page prints around its headline, sixth pass (session 43, round 93).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 43"): a spam copy's brand in
lower-case letters glued before the headline and printed again as the poster on the date
line (hotjav湖南新田…), a sugar-daddy site's full name spliced into a headline's word
(村平甜心宝贝找包养网易近), a phone-reading link printed after the date where other
templates print the source (… 14:04:10 手机看新闻). The pages are written by us in the
shapes those sites print (real towns, our own sentences, invented names), each with the
near relative the rule must leave alone.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "headline-kinds6-test.txt")


SPAM_COPY = """{lead}新田县石羊镇：党员带头复耕撂荒梯田

{poster} 2024-05-09 08:30:57 来源: 原创

  中新网永州5月8日电(蒋军君 李样军)在湖南省永州市新田县石羊镇塘罗村，一场大雨后，刚翻耕好的梯田散发泥土清香，村党支部组织的20余人插秧队伍正在栽插早稻。

  “一个月前，这里还是一片撂荒地，现在大变样。”看着层层叠叠的梯田，塘罗村党支部书记说。
"""


def test_a_lower_case_brand_glued_before_the_headline_is_no_part_of_it():
    report = _ingest(SPAM_COPY.format(lead="hotjav", poster="hotjav"))
    assert report.title == "新田县石羊镇：党员带头复耕撂荒梯田"


def test_a_headline_opening_with_digits_and_letters_keeps_them():
    page = SPAM_COPY.replace(
        "{lead}新田县石羊镇：党员带头复耕撂荒梯田", "5G信号覆盖石羊镇18个行政村"
    )
    assert _ingest(page.format(poster="石羊镇")).title == "5G信号覆盖石羊镇18个行政村"


def test_a_sugar_daddy_sites_name_spliced_into_a_headline_goes():
    page = SPAM_COPY.format(lead="", poster="").replace(
        "党员带头复耕撂荒梯田", "党员带头复耕甜心宝贝找包养网撂荒梯田"
    )
    assert _ingest(page).title == "新田县石羊镇：党员带头复耕撂荒梯田"


TOWN_PORTAL = """您当前的位置 : 温州网  >  乐清网
从“求单子”到“选单子” 共富工坊织就幸福“南霓湾”
2026年03月02日 14:04:10 {after_date}

  乐清日报讯(乐清市融媒体中心记者 孔丽琴 实习生 周雨桐)昨日是农历正月十三，城南街道南山社区“南霓湾”共富工坊里已是一派繁忙景象，社区党委组织的“宝妈”们围坐在工作台前组装零配件。

  “去年忙到农历腊月二十一，今年正月初九就有好几个订单来了。”该共富工坊负责人说。
"""


def test_a_link_to_read_on_a_phone_beside_the_date_is_no_source():
    report = _ingest(TOWN_PORTAL.format(after_date="手机看新闻"))
    assert report.source == "乐清日报"


def test_an_outlet_beside_the_date_is_still_the_source():
    assert _ingest(TOWN_PORTAL.format(after_date="来源：乐清网")).source == "乐清网"


SPAM_TITLE_COPY = """{lead}南京江宁：汇“菊”美好 相伴“稻”老 第九届湖熟菊花展即将开幕
南京江宁秣陵：“智慧”管理云平台赋能社会治理
稻谷飘香、菊黄蟹肥，又到了赏菊的最佳时节。10月16日，第九届湖熟菊花展将在湖熟街道盛大开幕，街道党工委组织党员志愿者参与布展和引导服务。
本届菊花展以“汇菊美好，相伴稻老”为主题，展期30天。菊花博览馆内以菊花造景，呈现湖熟文化发展的脉络和内涵。
"""


def test_a_login_sites_name_joined_by_an_underscore_before_the_headline_goes():
    report = _ingest(SPAM_TITLE_COPY.format(lead="华宇登录线路_"))
    assert report.title == "南京江宁：汇“菊”美好 相伴“稻”老 第九届湖熟菊花展即将开幕"


GENRE_PAGE = """首页 > 要闻 >

{label}狠抓耕地流出整治，保障粮食安全

2023-04-21 14:09:29 咸安区融媒体中心

云上咸安报道 为严守耕地保护红线，连日来，汀泗桥镇党委上下联动、多措并举，切实抓好耕地流出整治工作，保障粮食安全。

4月20日，随着长寿村响起的阵阵挖机轰鸣声，10余亩荒废多年的耕地被快速清表、翻耕、平整。
"""


def test_a_genres_label_before_an_exclamation_mark_is_no_part_of_the_headline():
    report = _ingest(GENRE_PAGE.format(label="消息!"))
    assert report.title == "狠抓耕地流出整治，保障粮食安全"
    assert _ingest(GENRE_PAGE.format(label="好消息！")).title.startswith("好消息！")


AGGREGATOR_PAGE = """{headline}

2025-03-18 09:12:40 来源：鲁中网

鲁中网淄博讯 林峪村是淄川区岭子镇的山区村，老人多、年轻人少。村党支部探索实施“抱团互助养老”新模式，组织低龄老人照顾高龄老人。

如今，村里的老人每天在互助点一起吃饭、聊天，老人不出村就能抱团过晚年。
"""


def test_an_aggregators_column_after_or_before_the_headline_goes():
    headline = "老人不出村 抱团过晚年——林峪村探索实施“抱团互助养老”新模式"
    assert _ingest(AGGREGATOR_PAGE.format(headline=headline + "：天天短讯")).title == headline
    assert _ingest(AGGREGATOR_PAGE.format(headline="世界快播：" + headline)).title == headline


def test_a_headlines_own_words_after_its_colon_stay():
    headline = "林峪村探索实施“抱团互助养老”新模式：老人不出村"
    assert _ingest(AGGREGATOR_PAGE.format(headline=headline)).title == headline


QUESTIONS_PAGE = """小区猫狗增多，如何管理？上海闵行召开基层议事会聆听居民声音

澎湃新闻记者 俞凯
2025-07-20 17:23
来源:澎湃新闻

{lede}

7月19日，闵行区委社会工作部在浦锦街道浦恒北苑居民区召开基层议事协商现场会，街道党工委组织居民代表、物业和志愿者围绕社区宠物治理难题开展协商。

会上，居民代表提出在小区设置宠物活动区、组建文明养宠志愿队等建议，街道将逐项研究落实。
"""


def test_a_string_of_questions_over_the_text_is_its_lede_not_its_headline():
    lede = "居民小区如何规范文明养宠？如何做好流浪猫治理？如何建设人宠友好社区？"
    report = _ingest(QUESTIONS_PAGE.format(lede=lede))
    assert report.title == "小区猫狗增多，如何管理？上海闵行召开基层议事会聆听居民声音"
    assert report.body.lstrip().startswith(lede)


def test_a_headline_asking_one_question_is_still_the_headline():
    headline = "小区猫狗增多，如何管理？浦锦街道召开议事会聆听居民声音"
    page = QUESTIONS_PAGE.replace(
        "小区猫狗增多，如何管理？上海闵行召开基层议事会聆听居民声音", headline
    )
    assert _ingest(page.format(lede="")).title == headline
