"""Credit kinds that recur across sites, second pass (issue 9, session 7, K): the review
credits of county media centres, an editor's credit whose name holds a spam keyword, and a
site's copy mark glued to the writer's name.

What a user cares about: the report's writers and editors as the page credits them, its
reviewers never among them (tests/corpus/README.md), and no credit line left in the text;
the near relative of each form left alone. Pages are our own sentences in the shape of real
templates (PATTERNS.md, "Session 7 rules, second pass (K: credits and furniture)").
"""

from __future__ import annotations

from township_reports.evaluate import plain_body
from township_reports.ingest.bylines import byline_line, parse_byline
from township_reports.ingest.pipeline import ingest_text

BODY = (
    "清晨，遵义市汇川区山盆镇打鼓村的党员和村民扛着铁锹来到通组路上，清理路边的落石和杂草。\n"
    "“路修好了，大家出门方便，我们出点力也值得。”村民陈正福一边干活一边说。\n"
    "今年以来，山盆镇组织各村党员带头维护通组路，全镇已累计修复道路一百多公里。\n"
)


# --- the three-review credits (三审三校) under the editor, no colon ---------------------------


def test_review_credits_under_the_editor_leave_the_text_and_name_no_writer():
    page = (
        "山盆镇：党员带头维护通组路\n\n"
        + BODY
        + "贵州日报天眼新闻记者 罗文静\n编辑 王思雨\n二审 陈立新\n三审 赵明远\n-\n"
        # the mirror runs on into its next story, so the credits stand between two texts
        + "【乡村振兴看贵州】山里的辣椒红了\n从育苗大棚到加工车间，一颗小辣椒串起了一条增收链。\n"
    )
    report = ingest_text(page)
    body = plain_body(report.body)
    assert report.authors == ["罗文静"]
    assert report.editors == ["王思雨"]
    assert "二审" not in body and "三审" not in body and "陈立新" not in body


def test_a_first_review_credit_is_a_reviewer_too():
    byline = byline_line("一审 刘海燕")
    assert byline is not None and byline.reviewers == ("刘海燕",) and not byline.authors


def test_a_court_line_naming_a_review_stage_is_no_credit():
    # A line ending in a review word with no name after it is a sentence's piece, not a
    # unit credited before its role (薛城融媒要闻部编辑 is one; 二审是终审 is not).
    assert byline_line("二审是终审") is None
    assert byline_line("案件进入二审") is None
    assert byline_line("薛城融媒要闻部编辑") is not None


# --- an editor's credit behind a page button, its name holding a spam keyword -------------


def test_an_editor_credit_after_a_button_keeps_a_name_holding_a_spam_keyword():
    page = (
        "马庄乡：葡萄园里的增收路\n\n"
        "七月盛夏，镇平县马庄乡唐营村葡萄种植基地里，一串串葡萄挂满枝头，农户们正忙着采摘装箱。\n"
        "近年来，马庄乡引导各村发展特色果蔬种植，着力构建“一村一品”产业格局。\n"
        "【纠错】 【责任编辑:周婷婷 王晓飞】\n"
    )
    assert ingest_text(page).editors == ["周婷婷", "王晓飞"]


def test_a_spam_line_after_a_button_still_goes():
    from township_reports.ingest.dechrome import is_spam_line

    assert is_spam_line("【纠错】 婷婷五月")


# --- a site's copy mark closing paragraphs, glued to the writer's name ---------------------


def test_a_copy_mark_glued_to_the_byline_is_no_source_and_the_writer_is_read():
    page = (
        "三阳镇：春茶开采 茶农忙\n"
        "2022-03-16  来源:本站原创\n\n"
        "通讯员 郑文斌KQX安康新闻网\n\n"
        "惊蛰刚过，平利县三阳镇的茶园里已是一片忙碌，镇村干部早早通知茶企做好准备。KQX安康新闻网\n\n"
        "KQX安康新闻网\n\n"
        "“今年天气暖和，春茶比往年早发了一个星期。”茶厂负责人高建华说。KQX安康新闻网\n\n"
        "今年以来，三阳镇新建标准化茶园两千亩，带动三百多户茶农增收。\n"
    )
    report = ingest_text(page)
    assert report.authors == ["郑文斌"]
    assert report.source is None
    assert "安康新闻网" not in plain_body(report.body)


def test_an_outlet_named_once_after_the_text_is_kept():
    from township_reports.ingest.injected import strip_injected_keywords

    lines = ["来源：安康新闻网", "村民们抗旱保苗。安康新闻网", "茶农忙着采茶。安康新闻网"]
    assert strip_injected_keywords(lines)[0][0] == "来源：安康新闻网"


# --- a paper joined by a dot to its own edition or app, as the reporter's newsroom ----------


def test_a_paper_and_its_edition_before_the_reporter_name_the_source():
    page = (
        "香城镇：党员农机手抢收抢种\n\n"
        "麦收时节，邹城市香城镇组织党员农机手成立服务队，帮助缺少劳力的农户抢收抢种。\n"
        "（大众新闻·农村大众记者 孙晓萌 通讯员 刘家兴）\n"
        "截至目前，全镇已完成小麦收获五万余亩，夏种进度过半，秋粮播种有序推进。\n"
    )
    report = ingest_text(page)
    assert report.source == "大众新闻·农村大众"
    assert report.authors == ["孙晓萌", "刘家兴"]


def test_words_joined_by_a_dot_before_a_reporter_name_no_source():
    from township_reports.ingest.bylines import parse_byline

    assert parse_byline("共享联盟·缙云记者 孙晓萌").newsroom is None


# --- a read-aloud widget's label, which ends in 报 like a paper's name ----------------------


def test_a_read_aloud_widget_over_an_e_paper_story_is_no_source():
    page = (
        "第01版 上一期   下一期 上一版 下一版\n"
        "第2601期:第01版 本期出版日期:2020-05-06\n\n"
        "香椿芽俏销 庙湾村民笑\n\n"
        "语音播报: 语音播报\n\n"
        "本报讯（融媒体中心通讯员 韩思远）“头茬香椿芽最嫩，一早摘下来，中午就发走了。”村民说。\n\n"
        "今年春天，汝州市陵头镇庙湾村的香椿长势喜人，驻村工作队帮村民把香椿卖到了城里。\n"
    )
    assert ingest_text(page).source is None


def test_a_paper_named_in_the_masthead_is_still_the_source():
    from township_reports.ingest.sources import publication_named

    header = ["沈阳日报\u30002024年07月03日\u3000第A06版\u3000区县"]
    assert publication_named("本报讯（记者 甲）近日", header) == "沈阳日报"


# --- session 10: credits from round 21 and the county probe ----------------------------------


def test_a_word_ending_in_zuozhe_is_no_author_credit():
    # 工作者 holds the role 作者; a headline about community workers credits nobody
    report = ingest_text("为社区工作者赋能\n" + BODY + "黄燕飞 记者 赵汗青\n")
    assert report.authors == ["黄燕飞", "赵汗青"]


def test_an_e_paper_staff_line_names_only_its_editor():
    report = ingest_text(BODY + "值班总编 韦明江 编辑 罗晓燕 校对 王丽 版式 杨帆\n")
    assert report.editors == ["罗晓燕"]
    assert "韦明江" not in report.authors and "杨帆" not in report.authors


def test_a_vertical_bar_parts_the_credit_from_its_names():
    report = ingest_text("- 文︱裴江华曹智雄\n" + BODY)
    assert report.authors == ["裴江华", "曹智雄"]


def test_names_listed_before_the_first_role_of_a_dateline_byline():
    text = "中国江西网讯 李悭、记者李运辉报道:9月30日下午,南昌县迅速召开全县负责干部大会。\n" + BODY
    assert ingest_text(text).authors == ["李悭", "李运辉"]


def test_a_quotations_speaker_under_a_dash_is_no_writer():
    """——习近平 under a quoted passage, ——辛弃疾 under a verse (round 24, session 12): who
    said it, not who wrote the report; a credit with a role after a dash still is."""
    assert byline_line("——习近平") is None and byline_line("——辛弃疾") is None
    assert byline_line("——记者 王敏").authors == ("王敏",)
    text = "山盆镇党员义务护路\n\n“绿水青山就是金山银山。”\n\n——习近平\n\n" + BODY
    assert ingest_text(text).authors == []


def test_a_video_credit_and_an_editors_label_are_read():
    """闽南网记者 甲 乙 文/图/视频 (round 24): the reporters wrote it; 编者:甲 is the editor."""
    text = (
        "山盆镇党员义务护路\n\n"
        "闽南网9月6日讯（闽南网记者 俞文涛 吴志远 文/图/视频）" + BODY + "编者:张海宁\n"
    )
    report = ingest_text(text)
    assert report.authors == ["俞文涛", "吴志远"] and report.source == "闽南网"
    assert report.editors == ["张海宁"]


def test_a_headline_before_a_bracketed_byline_is_no_newsroom():
    """河南孟州:西何庄村喜迎重阳节(记者:甲 乙 报道): the words before the bracket are the
    headline, not the reporters' paper, so no source (round 24)."""
    text = "打鼓村护路队:党员带头修好通组路(记者:陈正明 何玉山 报道)\n\n" + BODY
    report = ingest_text(text)
    assert report.authors == ["陈正明", "何玉山"] and report.source is None


def test_names_before_a_newsrooms_reporter_glued_to_the_lede_are_the_writers():
    """徐振宇 自贡融媒记者 兰艳 连日来，… (round 25): a writer, the newsroom's reporter, the
    lede; the names are taken, the newsroom is the paper whose reporter wrote it."""
    report = ingest_text("徐明宇 自贡融媒记者 兰小艳 连日来，" + BODY)
    assert report.authors == ["徐明宇", "兰小艳"] and report.source == "自贡融媒"
    assert "连日来，清晨，遵义市汇川区山盆镇" in plain_body(report.body)  # kept as printed


def test_a_series_headline_after_a_reporters_role_is_no_source():
    """记者走基层：口子村之罗店镇马店村 (a media series' headline, round 25) reads like 记者 and a
    value; a value holding a headline's colon names no outlet, and the meta line's 来源 does."""
    text = "记者走基层：口子村之山盆镇打鼓村\n来源:汇川区融媒体中心 发布时间:2019-11-30\n\n" + BODY
    report = ingest_text(text)
    assert report.source == "汇川区融媒体中心"
    assert report.title == "记者走基层：口子村之山盆镇打鼓村"


def test_a_reporter_who_records_is_the_writer():
    """(河南日报客户端记者 李林 记述) under the text (round 26): 记述 credits the writer."""
    report = ingest_text(BODY + "\n（河南日报客户端记者 李林 记述）\n")
    assert report.authors == ["李林"] and report.source == "河南日报客户端"


def test_a_name_spaced_out_to_align_in_a_closing_credit_is_a_name():
    """…为他们诊疗。 (乔晓娜 方 圆 胡丰旺) | (round 27's e-paper): a paper pads a two-character
    name to the width of three, so 方圆 (a word elsewhere) is a writer there; the table's
    border after the credit goes. Unpadded, 方圆 in a sentence stays a word."""
    report = ingest_text(BODY.rstrip("\n") + " (乔晓娜 方 圆 胡丰旺) |\n")
    assert report.authors == ["乔晓娜", "方圆", "胡丰旺"]
    assert "|" not in report.body and "乔晓娜" not in report.body
    word = ingest_text(BODY.rstrip("\n") + "（方圆十里都知道）\n")
    assert word.authors == []


def test_one_word_between_two_roles_is_a_person():
    """时代星报青海讯(记者 何方 通讯员 范旭光) (round 27): 何方 is a pronoun to the dictionary,
    but a word standing alone between 记者 and 通讯员 is who they credit."""
    report = ingest_text("时代星报青海讯(记者 何方 通讯员 范旭光)" + BODY)
    assert report.authors == ["何方", "范旭光"] and report.source == "时代星报"


def test_a_byline_crediting_text_and_photographs_is_no_caption():
    """记者 黄晓华 通讯员 王江红 文/摄 under the headline (round 28): the writers, not a
    photograph's credit."""
    report = ingest_text("东阳花园村何以年年焕新颜\n\n记者 黄晓华 通讯员 王江红 文/摄\n" + BODY)
    assert report.authors == ["黄晓华", "王江红"]


def test_a_dateline_with_its_hour_names_the_outlet():
    """华龙网4月5日20时讯(通讯员 吴小青) (round 28): the hour after the day."""
    report = ingest_text("华龙网4月5日20时讯(通讯员 吴小青)" + BODY)
    assert report.source == "华龙网" and report.authors == ["吴小青"]


def test_a_sources_web_address_is_no_part_of_its_name():
    """来源：川南经济网www.chuannane.com (round 28)."""
    report = ingest_text("来源：川南经济网www.chuannane.com\n\n" + BODY)
    assert report.source == "川南经济网"


def test_a_programme_named_after_the_dateline_is_no_writer():
    """央视网消息（新闻联播）： (round 25): the bracket after the dateline names the programme;
    a Tibetan name there is the reporter's."""
    assert ingest_text("央视网消息（新闻联播）：" + BODY).authors == []
    assert ingest_text("中新网新疆新闻11月21日电（吾木尔汗）" + BODY).authors == ["吾木尔汗"]


def test_student_reporters_credit_their_supervisors_as_reviewers_and_their_college_is_no_newsroom():
    """(指导老师:陆自荣 秦加军 文学与新闻学院通讯员:严婧 唐文萱 林晶晶) closing a college's post
    (round 29): the students wrote it, their supervisors signed it off, and a college
    department is no paper; a paper's reporter glued to its name still names the paper."""
    report = ingest_text(
        BODY.rstrip("\n") + "\n(指导老师:陆自荣 秦加军 文学与新闻学院通讯员:严婧 唐文萱 林晶晶)\n"
    )
    assert report.authors == ["严婧", "唐文萱", "林晶晶"] and report.source is None
    assert "陆自荣" not in report.authors + report.editors
    paper = ingest_text(BODY.rstrip("\n") + "\n（张文娟 遵义日报记者 韩立新）\n")
    assert paper.authors == ["张文娟", "韩立新"] and paper.source == "遵义日报"


def test_an_outlet_and_its_app_joined_by_a_dot_in_a_dateline_name_the_source():
    """青岛广电·爱青岛5月22日讯 (round 29): a broadcaster and its app, named as printed."""
    assert ingest_text("青岛广电·爱青岛5月22日讯 " + BODY).source == "青岛广电·爱青岛"


def test_a_chief_producers_credit_is_a_reviewers():
    """终审/杨国钧 总监制/马 湘 under a media centre's story (round 30): 总监制 signs off, as 监制
    does; the whole line is a credit line, nothing of it left over."""
    byline = byline_line("终审/杨国钧 总监制/马 湘")
    assert byline.reviewers == ("杨国钧", "马湘") and not byline.rest and not byline.authors


def test_an_office_alone_in_brackets_closing_the_text_is_the_source():
    """…老有所乐。 (民政局) (round 30): the office that sent the report in."""
    report = ingest_text(BODY.rstrip("\n") + " (民政局)\n")
    assert report.source == "民政局" and "民政局" not in plain_body(report.body)
    assert ingest_text(BODY.rstrip("\n") + "（完）\n").source is None


def test_a_correspondents_byline_opening_the_lede_before_a_space_is_read():
    """通讯员 隋金凯 报道 为确保…(round 30): the writer opening the text, 报道 then a space."""
    assert ingest_text("通讯员 隋金凯 报道 " + BODY).authors == ["隋金凯"]


def test_a_broadcasters_dateline_keeps_its_reporter():
    """黄山广电台讯(汪麟) (session 17, round 37): the 电 of 广电台 is no wire's 电, so the dateline
    runs on to 讯 and the reporter in its bracket is the writer; a wire's 电 still ends one."""
    assert ingest_text("黄山广电台讯（汪麟）" + BODY).authors == ["汪麟"]
    assert ingest_text("新华社贵阳3月5日电（记者 王密）" + BODY).authors == ["王密"]


def test_a_dateline_listing_two_outlets_keeps_its_reporters():
    """南海网、南海网客户端五指山11月17日消息（南海网记者叶俊一 刘丽萍 实习生吴玥宁） (round 38): a
    site and its app listed with 、, then the reporters in brackets."""
    report = ingest_text(
        "南海网、南海网客户端五指山11月17日消息（南海网记者叶俊一 刘丽萍 实习生吴玥宁）" + BODY
    )
    assert report.authors == ["叶俊一", "刘丽萍", "吴玥宁"]


def test_a_reprints_paper_before_its_reporters_names_the_source_without_marks():
    """据海南日报客户端丨见习记者曹马志 记者林书喜 (round 38): the paper whose reporters wrote it
    is the source, without the reprint's 据 and the WeChat bar."""
    report = ingest_text(
        "儋州：送种苗 教技术\n\n据海南日报客户端丨见习记者曹马志 记者林书喜 通讯员何文新\n\n" + BODY
    )
    assert report.source == "海南日报客户端"
    assert report.authors == ["曹马志", "林书喜", "何文新"]


def test_a_site_with_its_parent_paper_then_its_reporters_names_both():
    """荆楚网（湖北日报网）通讯员杨飞、彭荣莉 进入6月下旬… (round 39): no 讯 after the bracket, the
    reporters right after it and the lede after a space; the site is the source."""
    report = ingest_text("荆楚网（湖北日报网）通讯员杨飞、彭荣莉 进入6月下旬，" + BODY)
    assert (report.source, report.authors) == ("荆楚网", ["杨飞", "彭荣莉"])


def test_a_site_with_its_parent_centre_then_its_reporters_bracket_names_both():
    """神农架新闻网(神农架融媒体中心)(记者 严筱钧 通讯员 袁锐)1月10日 (round 53): the site, its
    parent in brackets, then the reporters' bracket, with 讯 or without; the site is the
    source, the reporters its writers, and the dateline stays in the text as printed."""
    for dateline in ("神农架新闻网", "神农架新闻网讯"):
        report = ingest_text(
            "山盆镇：党员带头维护通组路\n\n"
            + dateline
            + "(神农架融媒体中心)(记者 严筱钧 通讯员 袁锐)1月10日，"
            + BODY
        )
        assert (report.source, report.authors) == ("神农架新闻网", ["严筱钧", "袁锐"])
        assert plain_body(report.body).startswith(dateline)


def test_a_suppliers_credit_names_the_writer_and_the_office():
    """(供稿人:莫国康 广西桂林市灌阳县观音阁乡人民政府) (round 39): 供稿人 is read as 供稿 is."""
    report = ingest_text(
        BODY.rstrip("\n") + "\n（供稿人:莫国康 广西桂林市灌阳县观音阁乡人民政府）\n"
    )
    assert report.authors == ["莫国康"] and report.source == "广西桂林市灌阳县观音阁乡人民政府"


def test_a_marked_byline_keeps_its_writers_when_a_watermark_title_follows():
    """□ 林强 茹捷 文/图   QS2福鼎新闻网|今日福鼎|福鼎新闻信息权威发布平台 (round 39)."""
    line = "□ 林强 茹捷 文/图            QS2福鼎新闻网|今日福鼎|福鼎新闻信息权威发布平台"
    report = ingest_text("方家山村：白茶富了畲家人\n\n" + line + "\n\n" + BODY)
    assert report.authors == ["林强", "茹捷"]
    assert "福鼎新闻网" not in plain_body(report.body)


def test_a_short_last_sentence_with_its_credit_glued_on_stays_text():
    """学校团委负责同志陪同调研。(编辑 高慧渊) closing the text (round 48): a last sentence too short
    to read as prose, its credit glued on, was footer furniture, its words and its credit lost."""
    page = (
        "学校领导赴马连道村调研\n\n"
        "近日，学校党委副书记带队赴马连道村调研乡村振兴工作，慰问全体驻村干部。\n\n"
        "在马连道村，调研组认真听取了驻村工作队的工作汇报，对工作队的成绩表示肯定。\n\n"
        "学校团委、后勤服务中心负责同志陪同调研。{credit}\n"
    )
    report = ingest_text(page.format(credit="(编辑 高慧渊)"))
    assert report.editors == ["高慧渊"]
    assert plain_body(report.body).endswith("学校团委、后勤服务中心负责同志陪同调研。")
    report = ingest_text(page.format(credit="（记者 高慧渊）"))
    assert report.authors == ["高慧渊"] and "负责同志陪同调研" in report.body


def test_a_phrase_cut_by_the_surname_table_is_no_run_of_names():
    """记者从市文化旅游部门获悉, (round 53, a page set one clause per line): the surname table
    cuts 从市 文化旅 游部 门获悉, but 旅游 and 部门 run across the cuts, so the line is the
    lede's words, never four writers. Three names run together after a role still split."""
    assert byline_line("记者从市文化旅游部门获悉,") is None
    assert byline_line("通讯员周海涛陈晓梅顾一鸣").authors == ("周海涛", "陈晓梅", "顾一鸣")


def test_a_reviewer_labelled_jiaoshen_is_no_editor():
    """本期编辑丨刘瑞琦校审丨魏文静 (round 53): 校审 is 审校 the other way round, a reviewer's
    label; the editor is the one 编辑 credits."""
    report = ingest_text("山盆镇：党员带头维护通组路\n\n" + BODY + "本期编辑丨刘瑞琦校审丨魏文静\n")
    assert report.editors == ["刘瑞琦"]
    assert "魏文静" not in report.authors + report.editors


def test_a_byline_under_a_column_tag_opening_the_lede_credits_the_report():
    """Round 54: a national paper's series tag opens the lede, its reporter's credit after it
    (【深入学习贯彻党的二十大精神·走进乡村看振兴】  光明日报记者 张士英  “开江喽！”…): the paper
    is the source and the reporter the writer, as if the credit opened the text. A bracketed
    credit (【全媒体记者 刘晓川 报道】) is read as before."""
    lede = (
        "“开江喽！”伴随着渔把头洪亮的吆喝声，山盆镇打鼓村迎来了开江节，村党支部组织党员为游客服务。"
    )
    report = ingest_text(
        "山盆镇：党员带头服务游客\n\n【深入学习贯彻党的二十大精神·走进乡村看振兴】  光明日报记者 张士英  "
        + lede
        + "\n\n"
        + BODY
    )
    assert (report.source, report.authors) == ("光明日报", ["张士英"])
    report = ingest_text(
        "山盆镇：党员带头服务游客\n\n【全媒体记者 刘晓川 报道】" + lede + "\n\n" + BODY
    )
    assert report.authors == ["刘晓川"]


def test_a_news_videos_producer_after_the_reporters_is_no_writer():
    """Round 57: a news video's credit closing the text names its producer after the reporters
    ((记者 甲 乙 制作 丙)); the reporters write the report, the producer does not."""
    report = ingest_text(
        "山盆镇：党员带头维护通组路\n\n" + BODY + "（记者 李韵涵 庞无忌 制作 刘鹏）\n"
    )
    assert report.authors == ["李韵涵", "庞无忌"]
    assert "刘鹏" not in report.authors + report.editors
    assert "制作" not in plain_body(report.body)


def test_a_desks_byline_spelt_the_taiwan_way_is_no_headline():
    """Round 58: an overseas site sets its desk's byline as the first line, spelt 报导 and
    bracketed or not (大陆中心/吴禹庆报导, 【亚太新闻网/大陆新闻中心/综合报导】): the reporter
    writes the report, the desk or site is its source, and the line is no headline."""
    for line, authors, source in (
        ("大陆中心/吴禹庆报导", ["吴禹庆"], "大陆中心"),
        ("【亚太新闻网/大陆新闻中心/综合报导】", [], "亚太新闻网"),
    ):
        report = ingest_text(f"{line}\n\n" + BODY)
        assert (report.authors, report.source) == (authors, source)
        assert report.title_devised and "报导" not in report.title


def test_a_contributing_writer_and_interns_glued_to_their_names_are_the_writers():
    """Round 58: a magazine credits its contributing writer and interns with each role glued to
    the names (特约撰稿邵世伟实习生潘梦琪郭琛): all three wrote the report."""
    report = ingest_text("山盆镇：党员带头维护通组路\n特约撰稿邵世伟实习生潘梦琪郭琛\n" + BODY)
    assert report.authors == ["邵世伟", "潘梦琪", "郭琛"]


def test_a_reporters_bracket_that_lost_its_closing_still_credits_the_reporter():
    """Rounds 45, 53 and 56: a copy loses the closing bracket of the dateline's reporters, the
    lede running on after a space, a credit or a damaged stop (…讯(记者 杜秀萍 专栏今年两会，…);
    the reporter wrote the report. A bracket without a role (…讯(中秋将至 近日，…) credits no one."""
    tail = "山盆镇党员带头维护通组路，全镇已累计修复道路一百多公里。\n" + BODY
    for opening, authors in (
        ("经济日报-中国经济网北京3月20日讯(记者 杜秀萍 专栏今年以来，", ["杜秀萍"]),
        ("大小新闻客户端12月2日讯(记者 张苹 摄影报道沿", ["张苹"]),
        ("宜都融媒讯(通讯员 李文?。?月24日，", ["李文"]),
        ("宜都融媒讯(中秋将至 近日，", []),
    ):
        assert ingest_text("山盆镇：党员带头维护通组路\n" + opening + tail).authors == authors


def test_who_edited_and_sent_it_out_is_an_editor_and_the_duty_chief_no_writer():
    """Rounds 53 and 54: a county media centre closes with its review chain (审核:甲 乙 编发:丙)
    and an e-paper with its duty editor-in-chief (总值班: 甲     编辑: 乙): 编发 credits the
    editor, 总值班 a reviewer, and neither is a writer."""
    sent = ingest_text("山盆镇：党员带头维护通组路\n\n" + BODY + "审核:吴冠宇 喻玲 编发:王荣红\n")
    assert sent.editors == ["王荣红"] and not {"吴冠宇", "喻玲"} & set(sent.authors + sent.editors)
    duty = ingest_text("山盆镇：党员带头维护通组路\n\n" + BODY + "总值班: 吴弋     编辑: 徐蕾\n")
    assert duty.editors == ["徐蕾"] and "吴弋" not in duty.authors + duty.editors


def test_a_caption_credit_with_two_reporters_titles_credits_photographers_and_stays_off_the_lede():
    """Round 57: a provincial paper's lead picture is captioned above the byline, the caption
    closing on its photographers' credit with two titles (…品质最佳。 通讯员 余军军 海南日报记者
    苏建强 摄). 摄 credits the picture to both, so neither is a writer and the paper is no
    source; the credit, ending its line with no full stop, is not the first words of the next
    paragraph. A text credit among them (记者 甲 通讯员 乙 文/摄) keeps its writers."""
    caption = (
        "3月19日,采茶女工沐浴着春日阳光在五指山水满茶场采摘春茶。清明节之前的春季是采茶的好时节,"
        "民间素有采明前茶的说法,这时的茶叶品质最佳。 通讯员 余军军 海南日报记者 苏建强 摄"
    )
    lede = "我种了18年茶,从来没见过茶青收购有今年这么火,这段时间每天都有老板给我打电话。五指山市水满乡村民说。"
    page = "\n".join(["水满春茶才露芽 早有客商扎堆来", caption, "记者 易建阳 通讯员 王国军", lede])
    report = ingest_text(page)
    assert report.authors == ["易建阳", "王国军"] and report.source is None
    assert plain_body(report.body).splitlines()[-1].startswith("我种了18年茶")
    assert "苏建强" not in report.body
    assert parse_byline("记者 余军军 通讯员 苏建强 文/摄").authors == ("余军军", "苏建强")
    assert parse_byline("本报记者 余军军 报道 苏建强 摄").authors == ("余军军",)


def test_a_reporter_sent_to_a_place_names_the_paper_not_the_place():
    """Round 60: a weekly's reporter sent to the mine's county is credited as 特派兴宁记者, after
    the paper's name or spaced off it (法制周报 特派兴宁记者陈安庆): the paper is the newsroom,
    as a bureau's paper is (深圳特区报驻穗记者); the place it sent them to is not an outlet."""
    for credit in ["法制周报 特派兴宁记者陈安庆", "法制周报特派兴宁记者 陈安庆"]:
        byline = parse_byline(credit)
        assert byline.authors == ("陈安庆",) and byline.newsroom == "法制周报"
    assert parse_byline("人民日报 驻广东记者 陈安庆").newsroom == "人民日报"


def test_an_informal_editors_label_names_the_editor():
    """Round 62: a city portal prints its editor as 小编 beside the date (2013年04月02日 10:00
    小编:蔡蔡 黄冈新视窗): the editor, not a writer; a sentence about 小编 with no colon names
    nobody."""
    lede = "今年以来，柳林乡党委组织党员干部深入田间地头，帮助农户抢收抢种，确保颗粒归仓。"
    report = ingest_text(
        f"柳林乡党员助农抢收\n2013年04月02日 10:00     小编:蔡蔡\n{lede}\n小编了解到，全乡已收割小麦三万亩。"
    )
    assert report.editors == ["蔡蔡"] and report.authors == []


def test_a_bare_paper_word_before_the_next_reporter_and_a_surname_shen_are_read_right():
    """Round 58: two reporters of one evening paper each carry its short name (时报记者 滕昶
    时报记者 陈洁 整理): 时报 is the next reporter's paper, no writer. Round 61: 沈 in a
    simplified page is the surname (通讯员 沈思雯), though OpenCC turns 沈思 into 沉思;
    a traditional page's 沈默 is still 沉默."""
    assert parse_byline("时报记者 滕昶 时报记者 陈洁 整理").authors == ("滕昶", "陈洁")
    lede = "近日，戴村党支部组织党员建起村史馆，老物件、老照片讲述村庄变迁，成了村民常来的好去处。"
    report = ingest_text(f"戴村建起村史馆\n中新网合肥11月20日电（通讯员 沈思雯）{lede}")
    assert report.authors == ["沈思雯"]
    assert "沉默" in ingest_text(f"戴村建起村史馆\n老人沈默片刻，說起往事。{lede}").body


def test_a_photographers_credit_closing_a_bracket_after_the_agency_credits_a_photographer():
    """Round 60: a wire photograph's credit names the agency, then the photographer in brackets
    (新华社发(曾勇 摄)): 摄 before the closing bracket still makes him the photographer, not a
    writer, as it does with no bracket (新华社发 曾勇 摄)."""
    for credit in ["新华社发(曾勇 摄)", "新华社发（曾勇 摄）", "新华社发 曾勇 摄"]:
        byline = parse_byline(credit)
        assert byline.photographers == ("曾勇",) and byline.authors == (), credit


def test_a_copy_cut_off_after_a_comma_closes_on_no_credit():
    """Round 60: a copy stops mid-sentence after a comma (…去报到。 毕业后，): what stands after
    the last full stop is the start of a sentence, not the writer's name, though 毕 is a
    surname; a name closing the text with no comma (…去报到。（周建明）) is still a credit."""
    page = (
        "舟山村核雕代代相传\n近年来，舟山村党支部组织老艺人带徒传艺，核雕产业越做越大。"
        "1978年，周建明被南京师范学院录取，他带着工具和原料去报到。 毕业后，"
    )
    assert ingest_text(page).authors == []
    assert ingest_text(page.replace(" 毕业后，", "（周建明）")).authors == ["周建明"]


def test_a_cms_default_writer_is_nobody():
    """作者:网站采编 (round 87): the desk that posted the page, as 作者:佚名 is nobody; a
    writer named under the same label is read."""
    story = "\n\n近日，下甲镇党委组织党员干部走访慰问辖区老人，送去粽子和慰问金。\n"
    for label, expected in (("作者:网站采编", []), ("作者:黄秀英", ["黄秀英"])):
        report = ingest_text(
            "下甲镇开展端午走访慰问活动\n" + label + "  发布时间:2024-06-08" + story
        )
        assert report.authors == expected, label


def test_a_cms_default_account_is_no_source():
    """來源:admin (a trade site's copy, round 86): the CMS's default account, printed where
    nobody filled the field in, names no outlet; an outlet named under the same label is read."""
    story = "\n\n近年来，忻城县北更乡党委引导农户种桑养蚕，全乡桑园面积逐年扩大。\n"
    for label, expected in (("來源:admin", None), ("來源:广西日报", "广西日报")):
        report = ingest_text(
            "北更乡种桑养蚕助农增收\n" + label + "\n作者:admin\n时间:2005-04-21" + story
        )
        assert report.source == expected, label
        assert report.authors == [], label


def test_a_source_run_on_into_the_lede_time_word_is_parted_from_it():
    """時間:… 來源:i內江連日來,東興區… (round 88): a flattened meta line runs its source into
    the lede; the lede's time word and comma show where the outlet ends, so the source is the
    outlet alone and the text keeps its first words."""
    page = (
        "东兴区龙井村：公益托管，守护童真假期\n"
        "时间:2025-08-07 10:44:37 来源:i内江连日来,东兴区白合镇龙井村党群服务中心充满欢歌笑语，"
        "“先锋伴夏”暑期公益托管活动在此开展。\n"
        "8月6日，记者走进活动现场，志愿者正俯身为孩子们辅导作业。\n"
    )
    report = ingest_text(page)
    assert report.source == "i内江"
    assert report.body.lstrip().startswith("连日来，东兴区白合镇")


def test_a_forum_posters_place_printed_twice_is_no_source():
    """A Discuz thread prints where the poster connected from under the post's time, plain and
    labelled (来自 安徽宣城来自: 安徽宣城, round 88): a place, not where the report comes from;
    the reposted report's own 来源 is read."""
    page = (
        "楼主 |\n发表于 2023-7-21 11:38\n|\n只看该作者\n来自 安徽宣城来自: 安徽宣城\n"
        "祠山街道：河长巡河织密暑期防溺水安全网\n"
        "中安在线 2023-07-07 16:18:54 来源:中安在线 作者: 编辑:李娜\n"
        "近日，广德市祠山街道白洋村发挥河长制优势，将河长巡河与防溺水工作结合起来，加大巡河频次。\n"
        "巡河结束后，村党委书记走进村民家中，叮嘱村民看好孩子，严禁私自下水游泳。\n"
    )
    report = ingest_text(page)
    assert report.source == "中安在线"
    assert "安徽宣城" not in plain_body(report.body)
