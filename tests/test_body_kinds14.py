"""Lines a page prints around its text, fourteenth pass (session 43, round 93).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 43"): a tourism portal's
热点导读 teaser over the text, cut short, repeating the lede. The pages are written by us
in the shapes those sites print (real towns, our own sentences), each with the near relative
the rule must leave alone.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "body-kinds14-test.txt")


def _paragraphs(report) -> list[str]:
    return [p.strip() for p in report.body.split("\n\n") if p.strip()]


TEASER_PAGE = """当前位置:首页 > 天水旅游 > 周边景点
天水·秦州首届华岐牡丹文化旅游节盛大开幕

时间:2018-05-09 00:45:27  来源:一周天水
{teaser}

 花开盛世，醉美牡丹。风光秀美的五月，走进秦州区华岐镇汪团村万亩牡丹园，竞相绽放的朵朵牡丹花香怡人。

 5月8日，天水秦州首届华岐牡丹文化旅游节在华岐镇汪团村油用牡丹种植基地举行，镇党委组织党员志愿者为游客提供引导服务。
"""


def test_a_hot_news_teaser_over_the_text_is_no_paragraph():
    teaser = "热点导读: 花开盛世, 醉美牡丹。风光秀美的五月,走进秦州区华岐镇汪团村万亩牡丹园,竞相绽放的朵朵牡丹花香怡人。 5月8日,天水秦州首届华岐牡丹文化旅游节在"
    paragraphs = _paragraphs(_ingest(TEASER_PAGE.format(teaser=teaser)))
    assert not any("导读" in p for p in paragraphs)
    assert paragraphs[0].startswith("花开盛世，醉美牡丹。")


def test_a_paragraph_about_hot_news_stays():
    sentence = "热点新闻：华岐镇党委把牡丹产业写进村规民约，全镇今年新栽油用牡丹三千亩。"
    paragraphs = _paragraphs(_ingest(TEASER_PAGE.format(teaser=sentence)))
    assert any(p.startswith("热点新闻：华岐镇党委") for p in paragraphs)


FORUM_COPY = """1月12日，县委书记到野租乡慰问贫困群众和贫困党员，并现场督导脱贫攻坚工作开展情况，提出要发力农村电商。
.jpg)
{prompt}乡党委书记在调研中介绍，全乡正在加快推进农村淘宝项目，搭建“网货下乡”和“农产品进城”双向流通体系。
野租乡天蓝地绿、山清水秀，以生态猪、生态鸡、生态羊为主的绿色有机特色产品正通过电商走出大山。
"""


def test_a_forum_prompt_run_into_a_paragraph_goes_and_the_paragraph_stays():
    body = _ingest(FORUM_COPY.format(prompt="登录/注册后可查看大图")).body
    assert "乡党委书记在调研中介绍，全乡正在加快推进农村淘宝项目" in body
    assert "查看大图" not in body
    assert ".jpg" not in body


def test_a_forum_prompt_alone_on_its_line_goes_whole():
    page = FORUM_COPY.format(prompt="登录/注册后可查看大图\n")
    body = _ingest(page).body
    assert "查看大图" not in body
    assert body.count("乡党委书记在调研中介绍") == 1


SUNFLOWER_PAGE = """东坡区永寿镇：向日葵花海引客来

近日，在永寿镇河塘村的连片向日葵基地里，数万朵向日葵花随风摇曳，远远望去犹如一片金色的海洋，河塘村党支部组织党员志愿者在花田维持秩序。
{credit}
{opening}村集体利用岷江沿线闲置河滩地开发葵花观光游项目，播撒葵花种子，带动村民在家门口增收。
"""


def test_a_photo_credit_run_into_the_next_paragraph_goes_and_the_paragraph_stays():
    body = _ingest(SUNFLOWER_PAGE.format(credit="", opening="△韩蓄/摄3月，")).body
    assert "3月，村集体利用岷江沿线闲置河滩地开发葵花观光游项目" in body
    assert "韩蓄" not in body


def test_a_photo_credit_alone_under_a_triangle_goes_whole():
    body = _ingest(SUNFLOWER_PAGE.format(credit="△韩蓄/摄", opening="3月，")).body
    assert "韩蓄" not in body
    assert "3月，村集体利用岷江沿线闲置河滩地" in body


def test_a_paragraph_opening_on_the_organisers_is_no_site_service_line():
    page = (
        "浠水县汪岗镇：反诈宣传进乡村\n\n"
        "4月20日，由浠水县公安局、中共汪岗镇委员会主办的反诈宣传活动在汪岗镇正式启动。\n\n"
        "{line}\n\n"
        "活动现场，民警通过案例讲解、发放资料等方式，向群众宣传防范电信诈骗知识。\n"
    )
    sentence = "主办单位和承办单位相关负责同志、各村党员干部和群众代表共1000余人参加活动。"
    assert sentence in _ingest(page.format(line=sentence)).body
    assert (
        "主办单位：浠水县委政法委" not in _ingest(page.format(line="主办单位：浠水县委政法委")).body
    )
