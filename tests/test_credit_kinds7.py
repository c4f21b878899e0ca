"""Credits, seventh pass (session 45; round 96's development pages, and one each of rounds 86,
90 and 92).

- A Discuz forum's post header sets its controls after the post's time (发表于: 2024-6-16
  12:08 | 只看该作者 | 倒序浏览): 作者 closing 只看该作者 had been read as a label, and the
  next control as the report's author.
- 报道全文如下: (the report in full follows) after a paper's credit: the set phrase passed as
  a name without a surname after the role 报道.
- 记者 吴奕镇: a reporter whose given name ends in 镇 was read as a town and credited as the
  source.
- 青岛西海岸新区融媒体中心出品): the office that produced the report, closing it, its
  bracket half lost, named no source.
- (马小娟/文  尤志成/图  付文如/审核): each name before its own role; the photographer had
  been read as a writer.
- (通讯员  王俊梅为深入学习…: an opening credit whose closing bracket a copy lost (round 86).
- 山西晚报记者 closing the text, the reporter's name lost: the paper is the source (round 92).
- 大庆党建 under the headline, no date after it: a place's Party account posted it (round 90).

The pages are ours, in those shapes; each has its near relative (a real 作者 label, a
Tibetan name, a real town after the role, a sentence about a product, roles before the names, a bracket of the text's own, 本报记者 alone, a column's name under the headline).
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

TOP = "社区荒地种出“幸福果园” [复制链接]\n\n查看: 1432 | 回复: 1\n\n"
STORY = (
    "社区荒地种出“幸福果园”\n信息来源:芜湖新闻网\n"
    "刚过端午，弋江区火龙街道海螺新村的“幸福果园”里瓜果飘香，这是果园头一茬挂果。\n\n"
    "社区党委牵头召集居民、业委会、物业多方商量，把小区荒地改成了果园。\n"
)


def test_a_forums_only_this_author_control_names_no_author():
    report = ingest_text(f"{TOP}发表于: 2024-6-16 12:08 | 只看该作者 |倒序浏览\n\n{STORY}")
    assert list(report.authors) == []
    assert report.date == "2024-06-16T12:08"
    assert report.source == "芜湖新闻网"


def test_a_real_author_label_on_the_posts_header_still_names_the_writer():
    report = ingest_text(f"{TOP}发表于: 2024-6-16 12:08 | 作者:黄德山 |倒序浏览\n\n{STORY}")
    assert list(report.authors) == ["黄德山"]


REPRINTED = (
    "中医博士服务团下基层暖民心\n\n"
    "本网讯 7月11日，中国中医药报第6版头条以《中医博士服务团下基层暖民心》为题，"
    "对学校赴房县门古寺镇开展义诊活动进行了报道。\n"
    "{intro}\n"
    "6月28日至30日，学校党委书记带领中医博士服务团走进门古寺镇，为村民义诊。\n\n"
    "服务团在镇卫生院开展健康讲座，向村民普及中医药知识。\n"
)


def test_full_text_as_follows_after_reported_is_no_writer():
    """Round 96: 报道全文如下: (the report in full follows) after a paper's credit; 全文如下
    is a set phrase, not a name without a surname after the role 报道."""
    report = ingest_text(REPRINTED.format(intro="报道全文如下:"))
    assert list(report.authors) == []


def test_a_tibetan_name_after_the_role_is_still_the_writer():
    report = ingest_text(REPRINTED.format(intro="报道:次仁卓玛"))
    assert list(report.authors) == ["次仁卓玛"]


LOUDSPEAKER = (
    "打造党建宣传“有声”阵地 通衢镇“小喇叭”释放大能量\n\n"
    "本报讯 记者 {name} 随着经济的飞速发展，龙川县通衢镇群众更加注重精神文化上的追求。\n\n"
    "镇党委在各村安装“小喇叭”，每天定时播放政策宣讲和农技知识。\n"
)


def test_a_reporter_whose_given_name_ends_in_zhen_is_the_writer():
    """Round 96: 记者 吴奕镇 had been read as a town credited as the source; no town in the
    gazetteer bears that name, today or before a merger."""
    report = ingest_text(LOUDSPEAKER.format(name="吴奕镇"))
    assert list(report.authors) == ["吴奕镇"]
    assert report.source is None


def test_a_real_town_after_the_reporters_role_is_no_writer():
    report = ingest_text(LOUDSPEAKER.format(name="杨行镇"))
    assert list(report.authors) == []


DOUBLE_REPORT = (
    "应急管理局机关党委到黄岛街道前湾社区开展“双报到”活动\n\n"
    "7月17日，西海岸新区应急管理局机关党委到黄岛街道前湾社区组织开展“双报到”活动。\n\n"
    "活动中，党员向居民普及燃气安全知识，讲解燃气泄漏后的应急处置方法。\n\n"
    "{credit}\n"
)


def test_a_media_centre_that_produced_the_report_is_its_source():
    """Round 96: the report closes on 青岛西海岸新区融媒体中心出品), its opening bracket lost."""
    report = ingest_text(DOUBLE_REPORT.format(credit="青岛西海岸新区融媒体中心出品)"))
    assert report.source == "青岛西海岸新区融媒体中心"
    assert "出品" not in report.body


def test_a_closing_sentence_about_a_product_names_no_source():
    closing = "社区还展示了居民手工出品的香包和剪纸。"
    report = ingest_text(DOUBLE_REPORT.format(credit=closing))
    assert report.source is None
    assert closing in report.body


DUTY = (
    "机关第一党委开展在职党员进社区为民服务活动\n\n"
    "9月23日下午，机关第一党委组织在职党员到磨店街道王圩社区报到，开展为民服务活动。\n\n"
    "党员干部身穿红马甲，帮助社区捡拾垃圾、归置乱停乱放的电动车。{credit}\n"
)


def test_each_name_before_its_own_role_credits_that_role():
    """Round 96: (马小娟/文  尤志成/图  付文如/审核): the writer, the photographer and the
    reviewer, each name before its role; the photographer had been read as a writer."""
    report = ingest_text(DUTY.format(credit="(马小娟/文  尤志成/图  付文如/审核)"))
    assert list(report.authors) == ["马小娟"]
    assert list(report.editors) == []


def test_roles_before_the_names_still_credit_the_names_after_them():
    report = ingest_text(DUTY.format(credit="(文/图 马小娟 尤志成)"))
    assert list(report.authors) == ["马小娟", "尤志成"]


GALA_HEAD = (
    "首届先锋镇农民文艺汇演系列活动拉开帷幕\n\n"
    "乌拉特前旗政府门户网站 2018年07月06日 编辑:曹银波 来源:先锋镇\n"
)
GALA_BODY = (
    "为深入学习宣传贯彻党的十九大精神，进一步丰富农牧民群众精神文化生活，先锋镇举办首届农民文艺汇演。\n\n"
    "本次活动以乡村文化为主体，以广大人民群众为主角。\n"
)


def test_an_opening_credit_that_lost_its_closing_bracket_names_the_writer():
    """Round 86: (通讯员  王俊梅为深入学习…: the bracket's close lost, the lede run on."""
    report = ingest_text(GALA_HEAD + "  (通讯员  王俊梅" + GALA_BODY)
    assert list(report.authors) == ["王俊梅"]
    assert report.body.startswith("为深入学习")


def test_an_opening_bracket_that_is_the_texts_own_stays():
    report = ingest_text(GALA_HEAD + "（中秋将至）" + GALA_BODY)
    assert list(report.authors) == []
    assert report.body.startswith("（中秋将至）")


HARBOUR = (
    "东河南村“童心港湾”里的暑期课堂\n\n"
    "7月10日，灵丘县东河南镇东河南村“童心港湾”里，孩子们齐声朗诵，稚嫩的声音响彻教室。\n\n"
    "“群众的需求在哪里，党建就应该覆盖到哪里。”村党支部书记说，下一步将继续用好活动阵地。\n\n"
    "{credit}\n"
)


def test_a_papers_reporter_credited_without_a_name_names_the_paper():
    """Round 92: 山西晚报记者 closes the text, the reporter's name lost: the paper whose
    reporter wrote it is the source (corpus README, Sources)."""
    report = ingest_text(HARBOUR.format(credit="山西晚报记者"))
    assert report.source == "山西晚报"
    assert list(report.authors) == []


def test_this_papers_reporter_without_a_name_names_no_source():
    report = ingest_text(HARBOUR.format(credit="本报记者"))
    assert report.source is None


QINGMING = (
    "文明祭祀 绿色清明\n\n{account}\n\n"
    "清明将至，大庆路街道各社区党组织组织党员志愿者走上街头，倡导居民文明祭祀、绿色清明。\n\n"
    "志愿者向居民发放倡议书，劝导大家以鲜花祭扫、网络祭扫等方式寄托哀思。\n"
)


def test_a_places_party_account_under_the_headline_is_the_source():
    """Round 90: a WeChat copy sets its account, a place's short name and 党建, right under
    the headline with no date after it."""
    report = ingest_text(QINGMING.format(account="大庆党建"))
    assert report.source == "大庆党建"


def test_a_column_name_under_the_headline_is_no_source():
    report = ingest_text(QINGMING.format(account="基层党建"))
    assert report.source is None
