"""Headlines on unseen pages, the development pages of round 103 onward (issue 9, session 51):
the forms that lost a subtitle or a headline's place lead, each written here in the shape
those sites print (real towns, our own sentences) beside the near relative the rule must
leave alone."""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

LIBRARY_STORY = (
    "2023年3月，覃塘区大岭乡江兴村农家书屋建成开放，书屋面积约200平方米，藏书3000多册。\n\n"
    "每到周末，村里的老人和孩子都来书屋看书，农家书屋成了村民学技术、谋致富的加油站。"
)


def _paper_page(subtitle_line: str, top: str = "贵港:农家书屋成村民致富“加油站") -> str:
    """A city paper's page: the headline with its city lead in the title bar over the date
    and paper, printed again over the text without the lead, its subtitle under that."""
    return (
        f"当前位置: 公益资讯\n{top}\n2023-05-03 贵港新闻网-贵港日报 李园园\n"
        f"农家书屋成村民致富“加油站\n{subtitle_line}\n{LIBRARY_STORY}\n"
    )


def test_a_subtitle_dash_set_apart_is_a_dash_and_the_lead_stays():
    report = ingest_text(_paper_page("— —记全国示范农家书屋大岭乡江兴村农家书屋"))
    assert report.title == "贵港：农家书屋成村民致富“加油站——记全国示范农家书屋大岭乡江兴村农家书屋"


def test_a_subtitle_with_its_dash_whole_joins_the_same_way():
    report = ingest_text(_paper_page("——记全国示范农家书屋大岭乡江兴村农家书屋"))
    assert report.title == "贵港：农家书屋成村民致富“加油站——记全国示范农家书屋大岭乡江兴村农家书屋"


def test_a_page_label_with_a_colon_is_no_lead_of_the_headline():
    report = ingest_text(
        _paper_page(
            "— —记全国示范农家书屋大岭乡江兴村农家书屋", top="正在阅读:农家书屋成村民致富“加油站"
        )
    )
    assert report.title == "农家书屋成村民致富“加油站——记全国示范农家书屋大岭乡江兴村农家书屋"


RESCUE_STORY = (
    "“滴滴、滴滴”……6日19时50分左右，由40人组建的文艺路街道应急处突党员队伍集结完毕。\n\n"
    "街道党工委书记说，队伍由社区党员和志愿者组成，今后每月开展一次拉练。"
)


def test_a_papers_app_named_after_it_in_the_dateline_is_part_of_the_source():
    page = (
        "文艺路街道党员应急队伍开展拉练\n"
        f"长沙晚报掌上长沙6月7日讯(全媒体记者 舒元臻){RESCUE_STORY}\n"
    )
    assert ingest_text(page).source == "长沙晚报掌上长沙"


def test_a_place_after_the_paper_in_the_dateline_is_where_it_was_filed():
    page = f"文艺路街道党员应急队伍开展拉练\n红网时刻长沙6月7日讯(通讯员 李向){RESCUE_STORY}\n"
    assert ingest_text(page).source == "红网时刻"


RELOCATION_STORY = (
    "作为全省整乡整体易地扶贫搬迁项目，坪垭藏族乡搬迁规模大、工作任务重，乡党委把党支部建在安置点上。\n\n"
    "搬迁群众住进新居后，乡里又引进扶贫车间，让群众在家门口就业。"
)


def test_an_outlet_opening_the_text_before_a_space_is_the_source():
    page = f"坪垭藏族乡：党支部建在安置点上\n中国发展网 {RELOCATION_STORY}\n"
    report = ingest_text(page)
    assert report.source == "中国发展网"


def test_a_menu_item_ending_as_an_outlet_does_over_the_text_is_no_source():
    page = f"坪垭藏族乡：党支部建在安置点上\n行业新闻  通知公告  产地新闻\n{RELOCATION_STORY}\n"
    assert ingest_text(page).source is None


PARADE_STORY = (
    "为庆祝中国人民解放军建军95周年，继承发扬拥军优属、拥政爱民的光荣传统，岗集镇党委开展走访慰问活动。\n\n"
    "镇村干部走进退役军人家中，送上慰问品，详细了解他们的生活情况和实际困难。"
)


def test_two_outlets_listed_in_a_dateline_name_the_first_as_source():
    page = f"岗集镇开展八一走访慰问活动\n中安在线、中安新闻客户端讯 {PARADE_STORY}\n"
    assert ingest_text(page).source == "中安在线"


def test_a_bulleted_list_of_what_must_be_done_stays_in_the_text():
    page = (
        "小榄镇部署清明祭扫疫情防控工作\n发布时间:2021-04-06 21:52:27\n"
        "清明将至，小榄镇召开专题会议，部署清明期间祭扫场所疫情防控和安全管理工作。\n"
        "●要实行网上预约，错峰分流，适当控制祭扫人流密度，减少祭扫人员聚集。\n"
        "●要设置应急医疗点，预防突发事件发生，为市民拜祭做好保障。\n"
        "会议要求，各村（社区）党组织要压实责任，确保群众安全文明祭扫。\n"
    )
    body = ingest_text(page).body
    assert "要实行网上预约" in body
    assert "要设置应急医疗点" in body


def test_an_e_papers_squared_caption_still_goes():
    page = (
        "秀水村党群服务中心建成投用\n"
        "近日，朝东镇秀水村党群服务中心建成投用，为村民提供办事、议事、活动一站式服务。\n"
        "■秀水村党群服务中心。\n"
        "服务中心设有便民服务窗口、党员活动室和农家书屋，群众办事不用再跑镇里。\n"
    )
    assert "■" not in ingest_text(page).body


def test_a_numbered_heading_that_echoes_the_paragraph_above_stays():
    page = (
        "村级集体经济该如何发展振兴——青原区富田镇发展村级集体经济的启示\n"
        "近几年，青原区富田镇把发展村集体经济作为“书记工程”，不断壮大村级集体经济，"
        "该镇发展村级集体经济的做法得到上级肯定。\n\n"
        "一、富田镇发展村级集体的主要做法\n\n"
        "镇党委坚持规划先行，指导各村党支部结合资源禀赋，因村施策发展特色产业。\n"
    )
    assert "一、富田镇发展村级集体的主要做法" in ingest_text(page).body


def _beach_page(middle: str) -> str:
    return (
        "黄岐镇“红帆”志愿服务队守护碧海金沙\n"
        "入夏以来，黄岐镇党委组织“红帆”志愿服务队每周开展海滩清洁行动，累计清理垃圾两吨多。\n"
        f"{middle}\n"
        "服务队由党员、渔民和返乡青年组成，他们还向游客宣传海洋环境保护知识。\n"
    )


def test_a_named_teams_members_shown_at_a_place_are_a_caption():
    caption = "“红帆”志愿服务队成员在北茭海滩清理垃圾"
    assert caption not in ingest_text(_beach_page(caption)).body


def test_a_heading_about_a_teams_members_stays():
    heading = "服务队成员有了新“任务”"
    assert heading in ingest_text(_beach_page(heading)).body


def test_a_heading_saying_what_people_gained_stays():
    page = (
        "支部领办合作社 党员带头闯市场\n"
        "去年以来，兴隆镇红星村党支部领办杂粮合作社，统一种植、统一收购、统一销售，村集体增收12万元。\n"
        "农户得实惠\n"
        "村民杨海燕家6亩地入股合作社，她本人在烘干车间务工，一年下来收入比过去多了一万多元。\n"
    )
    assert "农户得实惠" in ingest_text(page).body


def test_a_one_sentence_paragraph_pointing_back_into_the_story_stays():
    page = (
        "金山区吕巷镇党员干部帮菜农抢收青菜\n"
        "面对菜农的困难，镇党委想了三个办法：机关食堂订购、联系超市收购、发动党员认购。\n"
        "没想到这三件事的效果立竿见影。\n"
        "镇政府食堂第一时间和菜农联系，每天订购400斤青菜，附近超市也派车上门收购。\n"
    )
    assert "没想到这三件事的效果立竿见影。" in ingest_text(page).body


ABOLISHED_TOWN_STORY = (
    "近期，两岔河乡党委、政府及乡团委召开环境整治总动员大会，部署春季村庄清洁行动。\n\n"
    "两岔河乡成立了环境整治领导小组，党员干部分片包村，带头清理房前屋后的垃圾。"
)


def test_a_town_inside_the_name_of_a_town_merged_away_is_no_mention():
    # 岔河乡 (峨山县, 云南) is read inside 两岔河乡 (盐亭县, 四川, merged away in 2016)
    report = ingest_text(f"两岔河乡开展环境整治总动员\n{ABOLISHED_TOWN_STORY}\n")
    assert report.province != "云南省"


def test_the_same_town_named_with_its_own_county_is_kept():
    story = ABOLISHED_TOWN_STORY.replace("近期，两岔河乡", "近期，峨山县岔河乡")
    report = ingest_text(f"岔河乡开展环境整治总动员\n{story}\n")
    assert (report.township, report.county) == ("岔河乡", "峨山彝族自治县")


SPAM_TITLE = "xrs贵州163_163贵州人事考试信息网_163贵州事业单位考试信息网_贵州163网"
TEA_CAPTION = "3月28日，榕江县两汪乡空申村青白茶产业园，党员志愿者帮助茶农采摘春茶。吴金花 摄"
TEA_STORY = (
    "清明前后，正是春茶采摘的黄金期。连日来，两汪乡组织机关党员和村组干部走进空申村茶山，帮助农户抢采春茶。",
    "近年来，空申村采取“党支部+合作社+农户”的模式发展茶产业，村民在家门口务工增收。",
)


def test_a_spam_sites_underscored_title_glued_on_and_repeated_goes_everywhere():
    page = "\n".join(
        [
            "两汪乡党员志愿者帮茶农抢采春茶",
            TEA_CAPTION + SPAM_TITLE,
            SPAM_TITLE,
            TEA_STORY[0] + SPAM_TITLE,
            TEA_STORY[1],
        ]
    )
    body = ingest_text(page).body
    assert "贵州163" not in body and "考试信息网" not in body
    assert "正是春茶采摘的黄金期" in body


def test_a_dated_caption_of_a_credited_series_goes_with_it():
    sibling = "3月28日，榕江县两汪乡空申村青白茶产业园，苗族群众在茶园里忙碌"
    page = "\n".join(
        ["两汪乡党员志愿者帮茶农抢采春茶", TEA_CAPTION, TEA_STORY[0], TEA_STORY[1], sibling]
    )
    assert "苗族群众在茶园里忙碌" not in ingest_text(page).body


def test_a_dated_paragraph_of_the_story_stays():
    paragraph = "3月28日，两汪乡召开春茶生产推进会，部署采摘、加工和销售工作。"
    page = "\n".join(
        ["两汪乡党员志愿者帮茶农抢采春茶", TEA_CAPTION, TEA_STORY[0], paragraph, TEA_STORY[1]]
    )
    assert paragraph in ingest_text(page).body


def test_the_headline_printed_again_with_its_sites_name_between_paragraphs_goes():
    head = "羊里街道辛兴东北村党支部开展“我为群众办实事”走访"
    page = "\n".join(
        [
            head,
            "近日，莱芜区羊里街道辛兴东北村党支部组织党员干部开展“我为群众办实事”入户走访。",
            head + " - 莱芜生活网",
            "走访中，党员干部发现村西生产路有两处塌陷，村党支部当即召开支委会研究修复。",
        ]
    )
    assert "莱芜生活网" not in ingest_text(page).body


OPERA_STORY = (
    "淮安日报讯（记者 孙倩 通讯员 杨柳）锣鼓一响，村民们早早搬着板凳来到文化广场。\n\n"
    "近年来，马坝镇党委在全镇开展“村村有戏”活动，由各村文艺队自编自演，把文明新风唱进百姓心里。"
)


def test_a_headline_with_its_place_lead_wins_over_the_deck_under_it():
    page = f"当前位置：首页 > 乡村振兴 > 盱眙 > 正文\n\n马坝镇：乡村大舞台唱出文明新风\n\n戏曲进村 文明入户\n{OPERA_STORY}\n"
    assert ingest_text(page).title == "马坝镇：乡村大舞台唱出文明新风"


def test_a_page_label_with_a_colon_over_the_deck_gives_way():
    page = f"正在阅读：乡村大舞台唱出文明新风\n\n戏曲进村 文明入户\n{OPERA_STORY}\n"
    assert ingest_text(page).title == "戏曲进村 文明入户"


def test_a_writers_name_closing_the_report_with_a_modern_surname_is_its_author():
    page = (
        "南山北路社区党员志愿者陪独居老人过元宵\n"
        "1月30日起，南山北路社区的党员志愿者、社区网格员们陆续到独居老人家中陪伴看望老人。\n"
        "“社区虽小，但联系着千家万户。”南山北路社区党委书记说。（芦蕊）\n"
    )
    assert ingest_text(page).authors == ["芦蕊"]


def test_a_dateline_listing_three_outlets_one_with_its_address_gives_source_and_writers():
    page = (
        "白地镇：党员当先锋 村庄换新颜\n"
        "市场星报、安徽财经网(zgstyb.cn)、掌中安徽讯(方慧敏 记者 汪立新)春日的旌德县白地镇洪川村，"
        "油菜花开满田野，村道两旁干干净净。\n"
        "村里把全村划成8个片区，每个片区由一名党员带头，组织保洁员和村民定期清扫。\n"
    )
    report = ingest_text(page)
    assert report.source == "市场星报"
    assert report.authors == ["方慧敏", "汪立新"]


VILLAGE_STORY = (
    "从府谷县城沿着沿黄公路向北，车行一个多小时就到了古城镇油房坪村，村党支部带领群众发展小杂粮产业。\n"
    "村党支部书记说，今年合作社又添了两台烘干机，村民在家门口就能打零工。\n"
)


def test_a_reporters_byline_before_a_headline_printed_again_is_a_credit_not_a_lead():
    page = (
        "府谷县古城镇油房坪村：黄河畔的村子有了新模样\n"
        "陕西日报记者郑宏斌:府谷县古城镇油房坪村:黄河畔的村子有了新模样\n" + VILLAGE_STORY
    )
    report = ingest_text(page)
    assert report.title == "府谷县古城镇油房坪村：黄河畔的村子有了新模样"
    assert report.authors == ["郑宏斌"]
    assert report.source == "陕西日报"


def test_a_headline_printed_again_with_its_place_lead_keeps_the_lead():
    page = "黄河畔的村子有了新模样\n府谷县古城镇油房坪村:黄河畔的村子有了新模样\n" + VILLAGE_STORY
    assert ingest_text(page).title == "府谷县古城镇油房坪村：黄河畔的村子有了新模样"
