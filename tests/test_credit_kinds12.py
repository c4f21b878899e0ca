"""Credits, keyword lines and place names on unseen pages, the development pages of round 104
(issue 9, session 50): the forms that kept a source word on a story's outlet, took a keyword
line for its headline or missed a town written with the other form of a character, each
written here in the shape those sites print (real towns, our own sentences) beside the near
relative the rule must leave alone."""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

STORY = (
    "为让群众了解今年城乡居民医保缴费政策，德州镇便民服务中心组织干部走村入户，逐户发放宣传单。\n\n"
    "镇村干部通过广播逐条解读筹资标准和报销比例，确保参保群众应知尽知。"
)


def test_an_outlet_under_the_text_after_a_source_word_is_the_outlet():
    page = f"德昌县德州镇便民服务中心大力宣传城乡居民医保政策\n{STORY}\n源于凉山新闻网\n"
    assert ingest_text(page).source == "凉山新闻网"


def test_a_source_word_before_no_outlet_credits_nothing():
    page = f"德昌县德州镇便民服务中心大力宣传城乡居民医保政策\n{STORY}\n来自群众\n"
    assert ingest_text(page).source is None


def test_a_word_spun_copys_keyword_label_is_no_headline():
    # a synonym spinner prints 关键词 as 症结词, as it prints 组织 as 机闭
    page = f"【症结词】县区团、古田镇、青年驿站、团机闭成立、打制机闭品牌\n{STORY}\n"
    report = ingest_text(page)
    assert report.title_devised
    assert "症结词" not in report.title
    assert "青年驿站、团机闭成立" not in report.body


def test_a_series_tag_ending_in_a_word_for_words_stays_in_the_headline():
    page = f"【新春热词】德州镇干部入户宣传城乡居民医保政策\n{STORY}\n"
    assert ingest_text(page).title == "【新春热词】德州镇干部入户宣传城乡居民医保政策"


def test_a_bracketed_series_tag_over_a_headline_stays_in_it():
    page = f"【医保惠民生】德州镇干部入户宣传城乡居民医保政策\n{STORY}\n"
    assert ingest_text(page).title == "【医保惠民生】德州镇干部入户宣传城乡居民医保政策"


FARM_STORY = (
    "春耕时节，莒县闫庄镇组织党员干部深入田间地头，帮助群众整地播种，解决农资运输难题。\n\n"
    "镇党委要求各村党支部书记带头包片，确保春耕生产不误农时。"
)


def test_a_town_written_with_the_other_form_of_its_character_is_found():
    report = ingest_text(f"闫庄镇党员干部助力春耕生产\n{FARM_STORY}\n")
    assert (report.township, report.county) == ("阎庄街道", "莒县")
    assert report.township_as_written == "闫庄镇"


def test_a_town_whose_real_name_has_that_form_stays_itself():
    story = FARM_STORY.replace("莒县闫庄镇", "原平市闫庄镇")
    report = ingest_text(f"闫庄镇党员干部助力春耕生产\n{story}\n")
    assert (report.township, report.county) == ("闫庄镇", "原平市")


FESTIVAL_STORY = (
    "近日，笔者从庆云镇文化站获悉，今年以来，庆云镇依托侗族大歌传承队伍，在各村开展民俗文化活动。\n\n"
    "镇党委组织党员带头参与节日展演，让群众在家门口享受文化盛宴。"
)


def test_a_lottery_sites_keyword_before_the_headline_is_cut():
    page = f"河北快3开奖直播:庆云镇文化活动结硕果\n{FESTIVAL_STORY}\n"
    assert ingest_text(page).title == "庆云镇文化活动结硕果"


def test_a_headlines_own_lead_with_a_sports_word_stays():
    page = f"足球进校园：庆云镇中心小学开展校园足球联赛\n{FESTIVAL_STORY}\n"
    assert ingest_text(page).title == "足球进校园：庆云镇中心小学开展校园足球联赛"


def test_a_lottery_ad_line_names_no_region_for_the_town():
    page = f"庆云镇文化活动结硕果\n河北11选五开奖结果 www.1ikuw.cn\n{FESTIVAL_STORY}\n"
    report = ingest_text(page)
    assert report.province != "河北省"
    assert "开奖" not in report.body


def test_a_sites_banner_still_names_the_region_for_the_town():
    page = f"从江县人民政府\n庆云镇文化活动结硕果\n{FESTIVAL_STORY}\n"
    report = ingest_text(page)
    assert (report.county, report.province) == ("从江县", "贵州省")


def test_a_calendar_leafs_year_day_and_time_lines_are_the_date():
    page = f"庆云镇文化活动结硕果\n2026\n02/14\n11:31\n来源:\n从江县融媒体中心\n{FESTIVAL_STORY}\n"
    assert ingest_text(page).date == "2026-02-14T11:31"


def test_statements_quoted_one_a_line_over_the_text_open_it():
    page = (
        "人大代表当“红娘” 复兴柑橘不愁“嫁”\n时间:2023-11-07\n来源:常德日报\n\n"
        "“复兴的柑橘红了。”\n\n“加班中,工人们辛苦了!”\n\n“这批柑橘明天要去国外了。”\n\n"
        "翻看着澧县复兴镇镇人大代表孙圣东的微信朋友圈，他俨然成为一名复兴柑橘“推销员”，处处都有他的身影。\n\n"
        "复兴镇地处湘鄂边界，全镇盛产柑橘，柑橘种植面积近9万亩，年产值近5亿元。\n"
    )
    report = ingest_text(page)
    assert report.body.startswith("“复兴的柑橘红了。”")
    assert report.title == "人大代表当“红娘” 复兴柑橘不愁“嫁”"


ORCHARD = "大垭乡助力乡村产业发展 60棵柑橘树有了“新主人”"


def test_a_headline_run_into_the_lede_leaves_its_credit_to_be_read():
    page = (
        f"{ORCHARD}\n更新时间:2024-05-18 04:58:01\n\n"
        f"{ORCHARD}(通讯员 王 欢) 10月17日,大垭乡全体干部职工前往大垭村柑橘基地,开展认养果树活动。\n"
        "“每个人通过抽签认养两棵果树，负责果树的疏果、套袋以及后续管护工作。”大垭乡组织委员杨淑敏说。\n"
    )
    report = ingest_text(page)
    assert report.authors == ["王欢"]
    assert report.body.startswith("10月17日，大垭乡全体干部职工")


def test_a_lede_that_opens_with_the_headlines_words_stays_whole():
    page = (
        f"{ORCHARD}\n更新时间:2024-05-18 04:58:01\n\n"
        f"{ORCHARD}，这是大垭乡开启“认领小果树 助力大产业”党建联盟助力乡村振兴的新模式。\n"
        "“每个人通过抽签认养两棵果树，负责果树的疏果、套袋以及后续管护工作。”大垭乡组织委员杨淑敏说。\n"
    )
    assert ingest_text(page).body.startswith(f"{ORCHARD}，这是大垭乡")


FIRE_SAFETY = (
    "2月22日下午，贵州省兴义市鲁布格镇举行元宵节系列活动，2000余群众参加，现场进行了消防安全培训。\n\n"
    "为进一步加强冬春火灾防控，镇党委组织党员志愿者走村入户开展消防宣传。"
)


def test_a_content_farms_stamp_with_its_column_tag_and_counter_is_the_date():
    page = f"鲁布格镇借村民大集会强化元宵节消防宣传\n戟指嚼舌网2025-07-11 00:35:54【百科】5人已围观\n{FIRE_SAFETY}\n"
    assert ingest_text(page).date == "2025-07-11T00:35:54"


def test_a_stamp_run_on_into_a_sentence_is_no_date():
    page = f"鲁布格镇借村民大集会强化元宵节消防宣传\n戟指嚼舌网2025-07-11 00:35:54 召开会议部署工作\n{FIRE_SAFETY}\n"
    assert ingest_text(page).date is None


GRASSLAND = (
    "9月10日，玛多县黄河乡唐格玛村的草场上，生态管护员扎西才让结束了上午的巡护，来到牧民家中宣讲政策。\n\n"
    "像扎西才让这样的生态管护员，黄河乡共有400多名，他们既是草原的守护者，也是政策的宣讲员。"
)


def test_a_headline_with_its_place_lead_beside_its_date_is_the_title():
    page = f"02\n\n黄河乡:牧民管护员当起“政策宣讲员” 2024年09月13日\n\n{GRASSLAND}\n"
    report = ingest_text(page)
    assert report.title == "黄河乡：牧民管护员当起“政策宣讲员”"
    assert report.date == "2024-09-13"


def test_a_labelled_meta_line_beside_its_date_is_no_title():
    page = f"02\n\n发布单位:玛多县黄河乡人民政府 2024年09月13日\n\n{GRASSLAND}\n"
    assert ingest_text(page).title_devised


def test_an_editors_bracketed_credit_opening_the_text_is_cut():
    page = (
        "东坝头镇：把支部建在黄河滩上\n（图文编辑 周晓岚）4月9日，兰考县东坝头镇召开滩区村党支部书记月度擂台会，"
        "14个沿黄村的支部书记逐一上台，晒出问题清单。\n\n会上，张庄村党支部书记介绍了村里推行民情台账的做法。\n"
    )
    report = ingest_text(page)
    assert report.editors == ["周晓岚"]
    assert report.body.startswith("4月9日，兰考县东坝头镇")


def test_a_flattened_headline_with_commas_ends_at_its_ledes_spaced_credit():
    page = (
        "【先锋要闻】东坝头镇：把支部建在黄河滩上，让党员站在治理一线 (图文编辑 周晓岚)4月9日，"
        "兰考县东坝头镇召开滩区村党支部书记月度擂台会，14个沿黄村的支部书记逐一上台，"
        "晒出一个月来的“问题清单”和“销号清单”。镇党委把支部建在黄河滩上，让党员站在治理一线。\n"
    )
    report = ingest_text(page)
    assert report.title == "【先锋要闻】东坝头镇：把支部建在黄河滩上，让党员站在治理一线"
    assert report.body.startswith("4月9日，兰考县东坝头镇")


def test_a_sentence_before_a_spaced_credit_is_no_headline():
    page = (
        "东坝头镇召开滩区村党支部书记月度擂台会，支部书记逐一上台。 (图文编辑 周晓岚)会上，"
        "张庄村党支部书记介绍了村里推行“一户一码”民情台账的做法，党员分片包户。\n"
    )
    assert ingest_text(page).title_devised


DAMAIDI = (
    "双柏县大麦地镇地处楚雄州南部，全镇居住着彝族、汉族、哈尼族等十余个民族，少数民族人口占九成以上。\n\n"
    "近年来，大麦地镇党委坚持把守护民族团结作为“一把手”工程，共建和美幸福家园，各村都组建了民族文化传习队。"
)


def test_a_couplet_headline_broken_over_two_lines_is_joined():
    page = f"守护民族团结花\n共建和美幸福镇\n双柏县大麦地镇\n{DAMAIDI}\n"
    assert ingest_text(page).title == "守护民族团结花 共建和美幸福镇"


def test_a_headline_printed_twice_is_no_couplet():
    page = f"大麦地镇守护民族团结花\n大麦地镇守护民族团结花\n{DAMAIDI}\n"
    assert ingest_text(page).title == "大麦地镇守护民族团结花"


FOREST = (
    "入冬以来，承德县三家乡党委组织党员干部分片包村，逐村巡查山林防火隐患。\n\n"
    "乡党委要求各村党支部书记带头值守，党员干部分片包村守护山林，确保不发生森林火灾。"
)


def test_a_portal_groups_label_on_its_own_line_is_no_place_lead():
    page = f"承德网群:\n您当前的位置:长城网>>承德频道>>承德县\n\n承德县三家乡党员干部分片包村守护山林\n\n{FOREST}\n"
    assert ingest_text(page).title == "承德县三家乡党员干部分片包村守护山林"


def test_a_place_lead_on_its_own_line_joins_the_headline():
    page = f"承德县三家乡:\n党员干部分片包村守护山林\n\n{FOREST}\n"
    assert ingest_text(page).title == "承德县三家乡：党员干部分片包村守护山林"


def test_a_spliced_brands_site_word_after_a_middle_dot_goes_with_it():
    page = (
        f"{ORCHARD}\n"
        "10月17日，大垭乡全体干部职工前往柑橘基地认养柑橘树半岛(中国)体育·官方网站，参与管护柑橘。\n"
        "干部们交流管护经验半岛(中国)体育·官方网站、讨论分工，助力集体经济发展。\n"
    )
    body = ingest_text(page).body
    assert "官方网站" not in body and "半岛" not in body
    assert "认养柑橘树，参与管护柑橘" in body


HARVEST = (
    "“往年这个时候最怕下雨，今年镇里的党员服务队天天在地头转，一个电话就到。”在凤台县岳张集镇"
    "金沟村的麦田边，种粮户一边看着收割机作业，一边对记者说。\n\n"
    "连日来，岳张集镇组织镇村两级党员干部组成10支“三夏”服务小分队，分片包村下沉一线，帮助缺少劳力的"
    "农户联系农机、搬运麦袋，把清凉茶水送到机手和群众手中。\n\n"
    "在金沟村方庄自然村，村党支部书记带着6名党员为两户独居老人抢收了十余亩小麦。"
)


def test_a_papers_notice_heading_is_no_headline():
    page = (
        "麦浪里的红马甲\n\n本报记者 周晓燕 本报通讯员 陶长春\n\n版次:A02  2024年06月11日\n\n"
        "淮南日报社严正声明\n\n\n凡淮南日报社(含淮南日报、淮河早报、淮南网及掌上淮南新闻客户端等平台)"
        "记者采写的新闻稿件,未经授权,任何媒体、网站、自媒体和政务新媒体不得转载、链接、转贴或以其他方式复制发表。\n\n"
        "现声明如下:\n\n"
        "凡淮南日报社记者署名的文字、图片和视频作品,版权均属淮南日报社所有,违者将依法追究法律责任。\n\n"
        f"{HARVEST}\n"
    )
    assert ingest_text(page).title == "麦浪里的红马甲"


def test_a_headline_about_a_statement_of_intent_stays():
    page = f"岳张集镇党员服务队发出抢收倡议\n\n本报记者 周晓燕\n\n{HARVEST}\n"
    assert ingest_text(page).title == "岳张集镇党员服务队发出抢收倡议"


def test_a_bulleted_share_label_is_no_lead_for_the_subtitle():
    page = (
        "周雪芹:一方水土一方人\n\n  • 我要分享:\n\n  ——哈尔滨市双城区农丰满族锡伯族镇散记\n\n"
        "初秋的农丰镇，稻田连着稻田，风一吹，绿浪一层层推到天边。这是一个满族、锡伯族和汉族群众比邻而居的镇子。\n\n"
        "在双利村，村党支部书记带着党员修渠护田，一方水土养育一方人。\n"
    )
    assert ingest_text(page).title == "周雪芹：一方水土一方人——哈尔滨市双城区农丰满族锡伯族镇散记"
