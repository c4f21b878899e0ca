"""Furniture kinds met on unseen sites, twelfth pass (issue 9, session 41, survey round 90:
toilets, family traditions, tobacco, funeral reform).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from test_body_kinds8 import HEADLINE, page, paragraphs

from township_reports.ingest.pipeline import ingest_text


def test_a_betting_brand_in_pinyin_glued_into_a_sentence_goes():
    """Boyu Sports (博鱼体育 in pinyin) glued into a quoted sentence of a copied report, and
    the sports lottery's site set in place of a word (round 90): a gambling brand's name in
    either script; an English word the report writes with spaces around it stays."""
    spliced = [
        "工作队队员说：“我们入户指导安装改厕，努力做到最好Boyu Sports，让大家自觉改善居住环境。”",
        "获奖家庭代表说，往后会更用心持家，也盼着中国竞彩网家庭一起把孝善美德传下去。",
    ]
    text = " ".join(paragraphs(ingest_text(page([HEADLINE], spliced, []))))
    assert "Boyu" not in text and "竞彩" not in text
    assert "努力做到最好，让大家自觉改善居住环境" in text
    kept = "村里的健身广场装上了新器材，孩子们在 Sports Day 上比赛跳绳。"
    assert kept in paragraphs(ingest_text(page([HEADLINE], [kept], [])))


PORTAL_WITH_REMARKS = """今日凤庆 专题 图说凤庆 公示公告 聚焦乡镇 部门动态 网载要闻

您当前的位置: 首页 > 新闻中心 > 聚焦乡镇 > 营盘镇 > 正文

营盘镇烤烟收购稳步推进

营盘镇 时间:2013-09-16 09:28:15 作者:杨文光 李桂芬 来源:凤庆网 评论:0 点击: 文字大小:特小 特大 打印
  营盘镇烤烟开秤收购以来,烟农积极交售烟叶,烟站收购秩序有条不紊,收购工作稳步推进。

  走进营盘烟站,烟农们用拖拉机、三轮车运送烟叶,多数烟农正忙着整理自己的烟叶,等待定级。

  截止目前,营盘镇共收购烟叶1311担。镇党委要求各村干部带队缴烟,切实维护烟农利益。

责任编辑:闵世忠

相关热词搜索:

评论排行

烟农辛苦了，支持!
今年的烟叶价格比去年好吗,收购站几点开门。
老家就在营盘,看到家乡变化真高兴,烟站的师傅都很负责
顶。。。。。。
希望多报道我们村。"""


def test_a_most_commented_list_and_the_remarks_under_it_go():
    """A county portal's 相关热词搜索: label and its 评论排行 list over readers' remarks,
    under the editor's credit (round 90): none of it is the report's."""
    body = ingest_text(PORTAL_WITH_REMARKS).body
    assert "评论排行" not in body and "热词" not in body and "烟农辛苦了" not in body
    assert body.rstrip().endswith("切实维护烟农利益。")


XIONGAN_PAGE = """来源:
中国雄安官网
阅读正文

容城镇容丰社区开展地震避险应急疏散演练

2021-12-21 15:55:26 来源: 中国雄安官网

  中国雄安官网12月21日电(王晓丽)为增强居民防震减灾意识，近日，容丰社区组织居民开展地震避险应急疏散演练。

  演练开始前，救援队队长向社区居民讲解地震发生时逃生和自我保护的知识。

新闻评论文明上网理性发言,请遵守新闻评论服务协议,评论仅供表达个人看法,并不代表我网立场
"""


def test_a_sites_name_ending_in_its_official_site_word_keeps_its_dateline():
    """中国雄安官网 printed alone at the top and opening the dateline (中国雄安官网12月21日电,
    round 91): the outlet of the report, not a spam brand glued to a paragraph, so the
    dateline stays whole; the comment box's rules under the text go."""
    report = ingest_text(XIONGAN_PAGE)
    assert paragraphs(report)[0].startswith("中国雄安官网12月21日电")
    assert "理性发言" not in report.body and "评论服务协议" not in report.body
    assert report.source == "中国雄安官网"
