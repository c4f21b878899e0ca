"""Furniture, credit and place kinds met on unseen sites, third pass (issue 9, session 26,
survey round 63 and the rounds before it).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

# one lede and one chrome check for both passes
from test_body_kinds2 import LEDE, removed_lines

from township_reports.ingest.bylines import parse_byline
from township_reports.ingest.dateline_bylines import dateline_byline
from township_reports.ingest.dechrome import strip_inline_chrome
from township_reports.ingest.fields import parse_field_line
from township_reports.ingest.pipeline import ingest_text
from township_reports.ingest.places import resolve_place
from township_reports.ingest.spliced_brands import addressed_slogans


def title_over(headline: str, lede: str) -> str:
    """The title ingest reads from a page of a headline line over a lede."""
    return ingest_text(f"{headline}\n{lede}\n").title


def test_an_editors_summary_in_brackets_goes_even_when_a_copy_lost_its_opening_bracket():
    """Round 63: 【概要】 over the lede it repeats; round 60: a copy that lost the opening
    bracket (核心提示】12月19日，…). A lede that merely opens on a summary's word stays."""
    summaries = [
        "【概要】近日，梨树县孤家子镇立足“早”字，精心谋划做好春耕备耕工作。",
        "核心提示】12月19日，病房里接受治疗的孩子在一起玩积木，他们均是头部受伤。",
    ]
    stays = "概要地说，全镇今年新建高标准农田两万亩，党员带头流转土地。"
    assert removed_lines([*summaries, LEDE, stays]) == summaries


def test_a_read_counter_its_script_never_filled_in_is_not_the_headline():
    """Round 63: a CMS counts reads with a script; a copy keeps only the label and the unit
    (┊文章閱讀:次), which had become the headline. A headline stating a count stays one."""
    assert removed_lines(["┊文章閱讀:次", "文章阅读：次", LEDE]) == ["┊文章閱讀:次", "文章阅读：次"]
    report = ingest_text(
        "┊文章閱讀:次\n為切實做好景泰街垃圾分類工作，3月初，廣州市白雲區景泰街道辦事處在廣源匯廣場"
        "結合黨建活動開展垃圾分類宣傳進社區活動。\n在職黨員向居民派發垃圾分類宣傳資料。\n"
    )
    assert report.title_devised and "阅读" not in report.title
    assert removed_lines(["景泰街道开展垃圾分类宣传3次", LEDE]) == []


def test_an_apps_name_before_its_download_prompt_goes_and_a_headline_about_downloads_stays():
    """Rounds 57–63: spam copies set a betting app's download prompt over or inside the report
    they copy (9游会app下载登录|9游会app下载手机版, 半岛全站App下载, 安博app下载地址)."""
    furniture = [
        "9游会app下载登录|9游会app下载手机版",
        "半岛全站App下载",
        "安博app下载地址",
        "国脉天网app下载-",
    ]
    stays = ["镇政务服务APP下载量突破两万次", "村民学会用手机APP下载农技课程，足不出户学种植。"]
    assert removed_lines([*furniture, LEDE, *stays]) == furniture


def test_an_empty_font_size_label_does_not_hide_the_meta_lines_source():
    """Round 63: a portal's meta line keeps the font-size label its buttons left
    (字号: 2020-05-16 09:01 来源:引力播); the line's date and source are still the page's."""
    report = ingest_text(
        "这个社区的垃圾分类顺口溜火了\n\n字号: 2020-05-16 09:01 来源:引力播\n\n"
        "近日，姑苏区吴门桥街道四季晶华社区党委创作了垃圾分类顺口溜，由居民口口相传。\n"
    )
    assert (report.date, report.source) == ("2020-05-16T09:01", "引力播")
    assert "字号" not in report.body


def test_a_name_ending_on_a_one_character_label_is_a_name_before_a_bar():
    """Round 63: 撰稿:辛文 | 责编:陆姗姗 — 文 is a label only where it stands apart (文|张三,
    …工会;文:黄杰), never as the end of the name before the bar."""
    assert parse_field_line("来源:中国网 | 撰稿:辛文 | 责编:陆姗姗 审核:张渊") == {
        "source": ["中国网"],
        "authors": ["辛文"],
        "editors": ["陆姗姗"],
        "reviewers": ["张渊"],
    }
    assert parse_field_line("(供稿单位:组织部·党校、工会;文:黄杰;图:谢查莉;审核:周琳)")[
        "authors"
    ] == ["黄杰"]
    assert parse_field_line("文|张三")["authors"] == ["张三"]


def test_a_village_inside_a_longer_villages_name_does_not_vouch_for_a_same_named_town():
    """Round 63: 塔秀乡 is a town of 温泉县 and of 贵南县; the text names 呼和塔秀村 of
    温泉县's, which holds the 塔秀村 of 贵南县's. Only the whole name vouches."""
    text = (
        "2021年11月24日，塔秀乡河长制办公室工作人员对辖区博河流域段进行巡河检查。"
        "巡查中发现扎很布勒格村、呼和塔秀村河段乱扔生活垃圾现象，乡河长制办及时整改。"
    )
    assert resolve_place(text).place.county == "温泉县"
    assert (
        resolve_place(text.replace("扎很布勒格村、呼和塔秀村", "塔秀村")).place.county == "贵南县"
    )


def test_a_lotterys_app_glued_before_a_wire_dateline_goes_and_the_outlet_is_read():
    """Round 63: a spam copy glues a lottery's app (分分彩app) before the wire's dateline; the
    dateline names the outlet."""
    report = ingest_text(
        "横州校椅镇茉莉花开富农家\n分分彩app中新网南宁4月30日电(苏寒梅 曾春姬 林浩)眼下的“中国茉莉之乡”"
        "——广西南宁横州市，到处是茉莉花盛开的景象。在校椅镇，党员带头种植茉莉花。\n"
    )
    assert report.source == "中新网" and "分分彩" not in report.body
    assert report.authors == ["苏寒梅", "曾春姬", "林浩"]


def test_a_source_label_with_a_dash_for_its_colon_names_the_office_without_the_dash():
    """Round 63: 來源--瓊中縣長征鎮 on a traditional mirror: the source is the town's office."""
    report = ingest_text(
        "來源--瓊中縣長征鎮\n正值檳榔樹開花關鍵期，4月2日上午，煙園村黨支部、金元期貨股份有限公司黨支部"
        "發揮黨員帶頭聯建作用，開展黨建共建活動暨檳榔科學種植技術培訓會。\n"
    )
    assert report.source == "琼中县长征镇"


def test_a_county_bureaus_closing_credit_names_the_source():
    """Rounds 34, 50, 64: a county's bureau, court or police station posts its own news and
    closes it with its name ((缙云县林业局)); the line is the source, not text, even with a
    comment tag and a reposting disclaimer under it. A sentence naming the bureau stays."""
    report = ingest_text(
        "三溪乡森林消防队获赠装备\n9月28日，缙云县林业局党组书记一行来到三溪乡检查森林消防工作。\n"
        "缙云县林业局还向三溪乡森林消防队赠送了风力灭火机等机具装备，提高扑救能力。\n\n"
        "(缙云县林业局)\n\nend-->\n\n声明:转载此文是出于传递更多信息之目的。若有来源标注错误，请与本网联系。\n"
    )
    assert report.source == "缙云县林业局"
    assert "缙云县林业局还向三溪乡森林消防队" in report.body and "(缙云县林业局)" not in report.body


def test_a_papers_desk_kind_before_a_trainee_reporter_is_not_part_of_the_papers_name():
    """Round 64: 湖南法治报全媒体见习记者 周萌 — the newsroom is 湖南法治报, as for 全媒体记者."""
    report = ingest_text(
        "汉寿司法所走村入户化解矛盾\n湖南法治报全媒体见习记者 周萌 通讯员 方玲 刘胜男\n"
        "在洞庭湖畔的汉寿县，有这样一支司法队伍：他们走村入户化解矛盾。岩汪湖镇司法所所长介绍了经验。\n"
    )
    assert report.source == "湖南法治报" and report.authors == ["周萌", "方玲", "刘胜男"]


def test_a_cited_paper_and_its_day_on_a_line_and_a_reposted_apps_name_in_brackets():
    """Round 64: a portal prints the paper and its day spaced apart (《甘孜日报》    2016年05月23日),
    as others bracket the day; a repost names its app in brackets (本文转自【央视新闻客户端】;)."""
    assert parse_field_line("《甘孜日报》    2016年05月23日") == {
        "source": ["甘孜日报"],
        "date": ["2016年05月23日"],
    }
    assert parse_field_line("本文转自【央视新闻客户端】;") == {"source": ["央视新闻客户端"]}
    assert parse_field_line("《西藏日报》（2023年08月14日") is None  # a bracket left open


def test_a_series_planners_above_the_story_and_a_feeds_app_pitch_go():
    """Round 64: a paper's series credits its planners above the first story (【专题策划】 甲 乙)
    — reviewers, not writers — and a feed's pictures end on 打开百度APP畅享高清图片."""
    pitch = "打开百度APP畅享高清图片"
    assert removed_lines([pitch, LEDE, "村民用手机APP畅享乡村夜景直播。"]) == [pitch]
    report = ingest_text(
        "林伟周与凤凰单丛茶\n【专题策划】 严亮 吴炜\n【专题统筹】 廖奕文 陈惠永\n"
        "南方网讯(全媒体记者/纪金娜 通讯员/吴敏莹)林伟周的一生，和茶无法割离。他是潮州凤凰镇的茶农。\n"
    )
    assert report.authors == ["纪金娜", "吴敏莹"] and "严亮" not in report.body + report.title


def test_an_open_government_tables_name_cell_is_the_headline():
    """Rounds 64 and 65: a county portal's open-government table prints the document's title
    in its 名称 cell (| 名称: | … | 文号: | 无 |); the table's other cells are not the headline."""
    report = ingest_text(
        "| 索引号: | 11341802003284969T/202602-00032 | 组配分类: | 基层群众文化活动 |\n"
        "| 发布机构: | 贵池区文化和旅游局 | 主题分类: | 文化、旅游 |\n"
        "| 名称: | 贵池区首场“送戏进万村”活动走进殷汇镇旧溪村 | 文号: | 无 |\n"
        "| 成文日期: | 发布日期: | 2026-02-24 | |\n"
        "2026年2月22日正月初六，“送戏进万村”活动走进殷汇镇旧溪村，村党总支组织村民观看演出。\n"
    )
    assert report.title == "贵池区首场“送戏进万村”活动走进殷汇镇旧溪村" and not report.title_devised


def test_a_numbered_pictures_caption_goes_and_a_sentence_citing_a_figure_stays():
    """Rounds 64 and 65: 图1 三都镇镇干部挨家挨户撤离受灾村民 — a caption after the picture's
    number, between paragraphs. A report's sentence about a figure runs on without a space."""
    captions = [
        "图1 三都镇镇干部挨家挨户撤离受灾村民",
        "图 2 民兵在树上固定好帮灾民脱离险境的安全之绳",
    ]
    stays = "图1显示，全镇粮食产量连续五年稳定在两万吨以上。"
    assert removed_lines([LEDE, captions[0], stays, captions[1]]) == captions


def test_a_date_with_its_slashes_spaced_off_is_the_pages_date():
    """Round 63: a county media app prints its day as 2022 / 07 / 27 above the 来源 line."""
    report = ingest_text(
        "党员干部以学促做，义务植树再添新绿\n2022 / 07 / 27\n来源:宾川融媒\n"
        "7月25日，宾川县力角镇组织开展“绿色宾川党旗红”义务植树活动。当天，50余名干部职工来到周能村。\n"
    )
    assert report.date == "2022-07-27" and report.source == "宾川融媒"


def test_a_dateline_under_a_columns_introduction_names_the_source():
    """Round 64: a paper's series opens with its column's introduction (【开栏语】 and three
    paragraphs) over the story's dateline (南方网讯(全媒体记者/…)); the dateline is read as far
    down as its byline is."""
    intro = "\n".join(
        [
            "【开栏语】",
            "1978年，以十一届三中全会为标志，中国开启了改革开放的历史征程。",
            "40年来，在改革开放滚滚向前的历史浪潮里，潮州不忘初心，砥砺前行。",
            "大潮起韩江，改革再出发。从今天起，本网将推出《潮州再出发》系列报道。敬请垂注。",
        ]
    )
    report = ingest_text(
        f"凤凰“茶匠”不负初心构筑单丛梦\n发布日期:2018-12-18\n{intro}\n"
        "南方网讯(全媒体记者/纪金娜 通讯员/吴敏莹)林伟周的一生，和茶无法割离。\n"
        "今年67岁的林伟周，出生于潮州市潮安区凤凰镇的茶叶世家。\n"
    )
    assert report.source == "南方网" and report.authors == ["纪金娜", "吴敏莹"]


def test_a_casinos_lobby_or_a_clinics_chat_group_in_the_source_slot_is_no_source():
    """Round 63: spam copies fill the 来源 slot with a casino's game lobby (澳门新莆京游戏app大厅-
    www.…com) or glue a clinic's chat group to 不详 (不详白癜风治疗微信群): neither is a source."""
    lede = "近日，连城县宣和镇开展移风易俗宣传活动，党员志愿者走村入户宣讲。"
    for stamp in ["来源:澳门新莆京游戏app大厅-www.sldkrmvujw.com", "来源:不详白癜风治疗微信群"]:
        assert ingest_text(f"宣和镇移风易俗树新风\n{stamp}\n{lede}\n").source is None
    assert (
        ingest_text(f"宣和镇移风易俗树新风\n来源:连城县融媒体中心\n{lede}\n").source
        == "连城县融媒体中心"
    )


def test_a_famous_towns_story_naming_it_by_its_stem_alone_is_placed_and_flagged():
    """Rounds 50-63: a famous town's story copied onto mirrors names it only by its stem
    (毛坦厂, 湄洲), again and again, and names its prefecture; no other town in the country has
    the stem. The place is read, and the report goes on the review list. A stem written once
    or twice, or with no prefecture or province named, places nothing."""
    text = (
        "六安毛坦厂中学今年有万余名考生参加高考。毛坦厂党委组织党员志愿者在考点周边维持秩序，"
        "毛坦厂的家长们一早就守在校门口。"
    )
    resolution = resolve_place(text)
    assert resolution.place.township == "毛坦厂镇" and resolution.place.county == "金安区"
    assert any("毛坦厂" in warning for warning in resolution.warnings)
    assert resolve_place(text.replace("六安", "")).place is None
    assert (
        resolve_place("六安毛坦厂中学今年有万余名考生参加高考，家长们一早就守在校门口。").place
        is None
    )


def test_a_towns_short_stem_written_again_and_again_in_its_county_names_the_town():
    """Rounds 58-63: a story under its county (望城区) calls its town by a two-character stem
    only (铜官), many times; written once or twice, the stem is no evidence."""
    text = (
        "望城区文旅部门介绍，铜官窑火千年不熄。铜官陶艺人带领党员传承技艺，铜官古镇游客如织，"
        "街道党工委把陶瓷产业作为富民产业来抓。"
    )
    assert resolve_place(text).place.township == "铜官街道"
    assert resolve_place(text.replace("铜官古镇", "古镇")).place.township is None


def test_an_interviews_labelled_subject_and_place_are_not_the_headline():
    """Rounds 35 and 60: a profile or an interview labels whom it is about and where it was
    held (受访人：…局长陈国兴, 代言人：…第一书记 代云林, 访谈地点：…); none is the headline, so a
    page that prints no other gets a devised title."""
    report = ingest_text(
        "受訪人:北川縣安監局局長、原北川縣禹里鄉黨委書記陳國興\n訪談地點:安昌鎮北川縣安監局臨時辦公點\n"
        "2008年7月21日是一個晴好的天氣，一大早我們就踏上了前往北川的路。陳局長說起禹里鄉的黨員。\n"
    )
    assert report.title_devised
    page = "代言人:贵州省赤水市葫市镇天堂村驻村第一书记 代云林\n近年来，天堂村党支部带领群众发展竹产业，村民收入连年增长。\n"
    assert ingest_text(page).title_devised


def test_an_aggregators_post_line_names_who_posted_the_story_and_when():
    """Rounds 47 and 61: an aggregator prints who posted the story, its column and the day
    (由 農民日報 發表于 旅遊2023-01-12); a person posting names no source, but the day stays."""
    lede = "“在那桃花盛开的地方，有我可爱的故乡。”河口村党支部书记冉庆臣回忆道。"
    report = ingest_text(
        f"走向我们的小康生活|桃花香满小康村\n由 農民日報 發表于 旅遊2023-01-12\n{lede}\n"
    )
    assert (report.source, report.date) == ("农民日报", "2023-01-12")
    report = ingest_text(f"桃花香满小康村\n由 张三 发表于 2023-01-12\n{lede}\n")
    assert (report.source, report.date) == (None, "2023-01-12")


def test_a_lotterys_words_spliced_into_a_headline_go_and_a_spaced_original_mark_too():
    """Rounds 34-61: spam copies splice the Macau lottery's words into a headline or a
    sentence (…贴年今晚澳门开最准一肖一码画, 密山2023澳门资料大全正版资料下载青山湖…), and a
    self-media post sets 原创 before its headline; both go, and a sentence about Macau stays."""
    report = ingest_text(
        "原创 中俄边境密山2023澳门资料大全正版资料下载青山湖冬捕拉开帷幕 当日出水6万斤鱼\n"
        "中新网哈尔滨1月4日电(孙海淇 记者 王妮娜)1月4日，一场冬捕盛事在密山市太平乡青山湖拉开帷幕，"
        "后续责任澳门六合彩票开奖记录落实到人。\n"
    )
    assert report.title == "中俄边境密山青山湖冬捕拉开帷幕 当日出水6万斤鱼"
    assert "六合彩" not in report.body and "后续责任落实到人" in report.body
    assert strip_inline_chrome("澳门回归二十五周年，镇党委组织党员观看纪录片。")[0].startswith(
        "澳门回归"
    )


def test_a_three_character_stem_is_a_name_even_where_jieba_counts_it_often():
    """Round 57: 杨柳青 (天津 西青区杨柳青镇) is a frequent word to jieba, as the town's New Year
    prints made it; three characters written again and again beside 天津 name the town."""
    text = (
        "天津杨柳青年画有着四百多年历史。杨柳青的画师们带徒授艺，杨柳青古镇的党员志愿者为游客讲解。"
    )
    assert resolve_place(text).place.township == "杨柳青镇"


def test_a_betting_apps_name_after_a_copied_headline_goes():
    """Round 64: a spam mirror appends its betting app's name to every headline it copies
    (…驱动乡村产业兴旺-米乐app官方), as others append 官方平台; a headline about an app keeps it."""
    lede = "近年来，南召县各级党组织以“红色引擎”驱动乡村产业发展，党员带头种植辛夷、养蚕。"
    assert [
        title_over(headline, lede)
        for headline in (
            "河南南召：“红色引擎”驱动乡村产业兴旺-米乐app官方",
            "南召县上线政务服务app 群众办事少跑腿",
        )
    ] == ["河南南召：“红色引擎”驱动乡村产业兴旺", "南召县上线政务服务app 群众办事少跑腿"]


def test_captions_and_spam_a_page_set_above_the_reports_dateline_go():
    """Round 66: a news site floats its photos' captions over the text (黄荆乡长香村村民在干涸的
    塘里寻找水源，…) and a mirror its spam, above the dateline that opens the report
    (邵阳新闻网讯 （通讯员 李爱民）…). They go; the paper's own note of several sentences
    above the dateline stays, and a lede quoting a wire further down loses nothing."""
    report = ingest_text(
        "邵阳县黄荆乡村民掘井抗旱\n"
        "黄荆乡长香村村民在干涸的塘里寻找水源，挖掘临时井缓旱情。\n"
        "黄荆乡南山村显家坪组村民刘件生一家在山塘边临时挖掘的水坑里取水。\n"
        "邵阳新闻网讯 （通讯员 李爱民） 7月27日，邵阳县黄荆乡村民临时掘井寻找水源。"
        "目前，黄荆乡旱情十分严峻，受灾程度为近10年来罕见。\n"
        "黄荆乡党委组织党员干部为缺水群众送水，部分村民已在山塘、田边地头临时挖掘水坑饮用。\n"
    )
    assert "干涸的塘里" not in report.body and "水坑里取水" not in report.body.split("7月27日")[0]
    assert report.body.lstrip().startswith("邵阳新闻网讯") and "送水" in report.body
    note = (
        "编者按：今年夏天，邵阳遭遇近十年来最重的旱情。各地党员干部冲在抗旱一线。"
        "本报今起推出系列报道，记录他们的足迹。"
    )
    report = ingest_text(
        f"邵阳县黄荆乡村民掘井抗旱\n{note}\n本报讯 7月27日，邵阳县黄荆乡村民临时掘井寻找水源。\n"
    )
    assert "本报今起推出系列报道" in report.body
    report = ingest_text(
        "黄荆乡党员干部为缺水群众送水\n7月27日，邵阳县黄荆乡党员干部挑水上山，为缺水群众送水。\n"
        "据新华社7月26日报道，湖南多地旱情持续，邵阳县受灾程度为近10年来罕见。\n"
    )
    assert report.body.lstrip().startswith("7月27日")


def test_a_press_corps_in_a_headline_is_no_reporters_credit():
    """Round 66: 两岸三地记者团走进平顶山宝丰魔术村 is a headline about a press corps; 记者 in a
    word it opens (记者团, 记者节, 记者会) is no role, so the line credits nobody and stays the
    headline, and the labelled 来源 stays the source. A reporter's credit still reads."""
    report = ingest_text(
        "两岸三地记者团走进平顶山宝丰魔术村\n2012-03-28 15:23:00\n来源：中国台湾网\n"
        "3月27日上午，两岸三地记者联合采访团一行来到素有“魔术之乡”的宝丰县赵庄镇周营村采访，"
        "村党支部书记介绍了魔术产业带动群众增收的做法。\n"
    )
    assert report.title == "两岸三地记者团走进平顶山宝丰魔术村" and report.source == "中国台湾网"
    assert parse_byline("记者团 本报记者 王献伟 通讯员 程琪琪").authors == ("王献伟", "程琪琪")


def test_a_papers_call_for_news_tips_and_its_sms_subscription_go():
    """Round 66: papers set under their stories a call for readers' tips (想爆料？请登录…、拨打
    新闻热线…; 新闻线索报料通道：应用市场下载…) and a mobile paper's SMS offer. They go; a
    report's sentence about a hotline stays."""
    tips = [
        "想爆料？请登录《阳光连线》、拨打新闻热线0531-66661234，或登录齐鲁网官方微博提供新闻线索。",
        "新闻线索报料通道：应用市场下载“齐鲁壹点”APP，或搜索微信小程序。",
        "发送短信 zmdsjb 10658300 即可订阅《驻马店手机报》，每天1毛钱，无GPRS流量费。",
    ]
    stays = "村民拨打镇里的报料热线反映问题后，镇党委当天就派人到村里调解。"
    assert removed_lines([LEDE, *tips, stays]) == tips


def test_a_town_in_the_named_county_beats_a_unique_name_read_inside_a_word():
    """Round 67: 志愿者下乡 holds 白朗县's 者下乡, the only town of that name, written before the
    report's own town (中牟县's 狼城岗镇), each once; a county office named as the visitor.
    A town whose county the text names wins the tie; the lede's first town still wins a tie
    between two towns whose counties are both named or neither."""
    text = (
        "中牟县自然资源和规划局：积极下乡开展“四送一助力”活动\n"
        "近日，中牟县自然资源和规划局组织志愿者下乡入村帮农收蒜。"
        "志愿者一大早来到帮创村——狼城岗镇南北街村，了解该村大蒜种植面积。"
    )
    place = resolve_place(text).place
    assert (place.township, place.county) == ("狼城岗镇", "中牟县")
    for text, first in (
        ("神河镇和太要镇的党员一起在田间地头宣讲政策。", "神河镇"),
        ("潼关县太要镇和华阴市罗敷镇的党员一起在田间地头宣讲政策。", "太要镇"),
    ):
        assert resolve_place(text).place.township == first


def test_a_headline_closing_on_a_quotation_without_its_stop_is_no_lede():
    """Round 67: a headline that closes on a witness's words (…搜救者：“现场白茫茫一片，都埋平
    了”) had been read as the text's first sentence, and the paper's name above it became
    the headline. A sentence's quotation ends on its own stop (…都埋平了。”) and stays text."""
    lede = (
        "据央视新闻，1月20日，记者从林芝市雪崩灾害前线应急救援指挥部了解到，派墨公路雪崩已致"
        "13人遇难，派镇党员干部连夜参与搜救。"
    )
    headline = "痛心！雪崩已致13人遇难！搜救者：“现场白茫茫一片，都埋平了”"
    report = ingest_text(
        f"每日经济新闻\n要闻\n{headline}\n每日经济新闻 2023-01-20 13:51:41\n{lede}\n"
    )
    assert report.title == headline
    said = "搜救人员告诉记者，派镇党员干部连夜上山，“现场白茫茫一片，都埋平了。”"
    report = ingest_text(f"派镇党员干部连夜参与雪崩搜救\n{said}\n{lede}\n")
    assert said in report.body


def test_a_site_asking_the_rights_holder_to_have_it_take_a_copy_down_goes():
    """Round 68: a trade site's notice under a copied report (红枣信息网提示：“如果本网站发布的
    资讯影响到您的版权，可以联系本站删除！…”) speaks to the rights holder, like 如有侵权请联系
    删除; a report's sentence about removing posts (联系平台删除不实信息) stays."""
    notice = "红枣信息网提示：“如果本网站发布的资讯影响到您的版权，可以联系本站删除！同时欢迎来本站投稿！”"
    stays = "镇网格员发现谣言后，第一时间联系平台删除不实信息，并向群众澄清事实。"
    assert removed_lines([LEDE, notice, stays]) == [notice]


def test_a_district_name_read_inside_the_word_for_area_is_no_district():
    """Round 68: 北湖区域 (a new part of the lake's shore) holds 郴州's 北湖区 the way 上海市场
    holds 上海市: 区域 is one word, and a story about 松原's 查干湖 was placed in 湖南; the lake
    named three times with 松原市 places it in 查干湖镇."""
    text = (
        "查干湖位于松原市，是吉林省最大的天然湖泊。查干湖冬捕闻名于世，"
        "曲丽杰在新开发的北湖区域开了一家新店，查干湖的鱼销往各地。"
    )
    assert resolve_place(text).place.county == "前郭尔罗斯蒙古族自治县"  # 查干湖镇, by its stem
    assert resolve_place("郴州市北湖区华塘镇党委开展主题党日活动。").place.county == "北湖区"


def test_a_caption_closing_on_its_reporters_credit_with_tu_goes():
    """Round 68: 澎湃新闻 closes a caption on its reporter's credit with 图 for 摄 (…多个水文站超
    警戒水位。澎湃新闻记者 宋江云 图); the caption goes whole. A sentence that ends on 图 with no
    reporter's credit (…绘出乡村振兴新蓝图) stays."""
    captions = [
        "鄱阳县防汛抗旱指挥部大屏，多个水文站超警戒水位。澎湃新闻记者 宋江云 图",
        "五一中心学校安置点。澎湃新闻记者 宋江云 图",
    ]
    stays = "鄱阳镇党委组织党员连夜加固圩堤。全镇上下一条心，绘出防汛救灾的路线 图"
    assert removed_lines([LEDE, *captions, stays]) == captions


def test_an_apps_dateline_whose_name_holds_dian_names_its_reporters():
    """Round 67: 闪电新闻 (Shandong's news app) holds 电, which had ended the dateline at 闪电
    and lost the reporters; the app may follow its site after a dot of another width
    (齐鲁网﹒闪电新闻8月7日讯). A wire's 电 after the date still ends its dateline."""
    for outlet in ("闪电新闻", "齐鲁网﹒闪电新闻", "齐鲁网·闪电新闻"):
        byline = dateline_byline(
            f"{outlet}8月7日讯 (记者 米雪伟 通讯员 李元馨)在聊城经开区蒋官屯街道，钢管产业党建联盟"
        )
        assert byline.authors == ("米雪伟", "李元馨")
    byline = dateline_byline("新华社济南8月7日电（记者 王阳）在聊城经开区蒋官屯街道，钢管产业")
    assert byline.authors == ("王阳",)


def test_a_medal_received_is_an_honour_not_an_initiative():
    """Rounds 39-66: “七一勋章”获得者, 获颁“七一勋章”, “七一勋章”颁授仪式 name a medal a village's
    secretary received, an honour (README), which had become an initiative page; a campaign
    the village carries out beside it stays one."""
    report = ingest_text(
        "百坭村：党支部书记带领群众种植砂糖橘\n"
        "百坭村党支部书记是“七一勋章”获得者。今年以来，村党支部推行“党支部+合作社+农户”模式，"
        "带领群众种植砂糖橘，黄大发获颁“七一勋章”后也来村里交流。\n"
    )
    assert "七一勋章" not in report.initiatives
    assert "党支部+合作社+农户" in report.initiatives


def test_a_quoted_problem_or_terrain_is_no_initiative():
    """Rounds 33-66: 破解“三难”问题, “两山夹一沟”地形 name what the report finds, not what it
    does; they had become initiative pages. A programme quoted beside them stays one."""
    report = ingest_text(
        "西湖社区：党员包楼破解“三难”问题\n"
        "西湖社区地处“两山夹一沟”地形，老旧小区多，停车难、加装电梯难、物业管理难“三难”问题突出。"
        "社区党委推行“党员包楼”工作机制，逐楼逐户解决群众诉求。\n"
    )
    assert "三难" not in report.initiatives and "两山夹一沟" not in report.initiatives
    assert "党员包楼" in report.initiatives


def test_a_title_written_around_the_programme_it_honours_is_an_honour():
    """Rounds 34-66: 全国“一村一品”示范村镇 is a title won, written around the programme it
    honours, with only the programme quoted; it had made 一村一品 an initiative of eleven
    pages. A town that carries 一村一品 out keeps it."""
    report = ingest_text(
        "石堰村入围全国第十一批“一村一品”示范村镇\n"
        "近日，夹江县马村镇石堰村入围全国第十一批“一村一品”示范村镇，村党支部推行“支部+合作社+茶农”模式，"
        "带动茶农增收。\n"
    )
    assert "一村一品" not in report.initiatives and "支部+合作社+茶农" in report.initiatives
    report = ingest_text(
        "东英镇推进“一村一品”特色产业\n"
        "东英镇党委按照“一村一品”产业发展思路，实施“一村一品”工程，先从居留村开启。\n"
    )
    assert "一村一品" in report.initiatives


def test_a_mirrors_slogan_ending_in_its_address_glued_to_every_line_goes():
    """Round 68: a mirror glued its slogan and address to the end of every line (…国际新图景
    FqS速刷资讯——每天刷点最新资讯，了解这个世界多一点SUSHUAPOS.COM): the byline under it had
    become the headline. It goes from every line; a report's one web address stays."""
    slogan = "FqS速刷资讯——每天刷点最新资讯，了解这个世界多一点SUSHUAPOS.COM"
    headline = "（走进中国乡村）“地毯上的小镇”：天津崔黄口“织”出国际新图景"
    report = ingest_text(
        f"{headline}\n发布时间： 来源：\n{headline}{slogan}\n"
        f"中新社天津9月15日电 题：“地毯上的小镇”：天津崔黄口“织”出国际新图景{slogan}\n"
        f"中新社记者 周亚强 王君妍{slogan}\n"
        f"武清区崔黄口镇党委引导地毯企业抱团发展，手工地毯远销海外。{slogan}\n"
    )
    assert report.title == headline and "SUSHUAPOS" not in report.body
    assert report.authors == ["周亚强", "王君妍"] and "手工地毯远销海外。" in report.body
    assert addressed_slogans(["详情见镇政府网站 www.cuihuangkou.gov.cn", "镇党委书记讲话。"]) == []


def test_an_editors_summary_stays_as_the_text_when_a_copy_kept_nothing_else():
    """Round 66: a copy kept only the editor's summary (核心提示：眼下，…) of the story it repeats,
    and the summary rule left no text at all. With no other prose on the page the summary is
    the text, its label gone; over a story it repeats, it still goes."""
    summary = (
        "核心提示：眼下，河北省滦南县青坨营镇的5000多亩西瓜正值丰收时节，农民们积极投入采摘、"
        "外销的忙碌工作。镇党委组织党员帮助瓜农联系客商。"
    )
    report = ingest_text(
        f"滦南丰收时节西瓜金黄入市\n本站原创 2025-03-23\n{summary}\n责任编辑：施敏杰\n"
    )
    assert report.title == "滦南丰收时节西瓜金黄入市"
    assert report.body.startswith("眼下，河北省滦南县青坨营镇") and "核心提示" not in report.body
    story = (
        "眼下，河北省滦南县青坨营镇的5000多亩西瓜正值丰收时节，瓜田里一派忙碌景象，客商纷纷上门。"
    )
    report = ingest_text(
        f"滦南丰收时节西瓜金黄入市\n{summary}\n{story}\n镇党委组织党员帮助瓜农联系客商。\n"
    )
    assert "核心提示" not in report.body and "农民们积极投入" not in report.body


def test_a_subject_run_on_into_a_time_word_and_a_preposition_is_no_glued_headline():
    """Round 68: a photo item opens 一年一度的“闹春田”近日在福建省…举行 with no headline; the
    subject before 近日在 had been split off as a headline glued to the lede, and the lede lost
    its first words. A headline glued before 近日，… is still split off."""
    lede = (
        "一年一度的“闹春田”近日在福建省龙岩市长汀县童坊镇举河村举行。活动中，身强力壮的村民"
        "分组轮番抬着关公塑像在水田里奔跑，祈求新的一年五谷丰登，童坊镇党委组织党员维持秩序。"
    )
    report = ingest_text(lede + "\n")
    assert report.title_devised and report.body.startswith("一年一度的“闹春田”近日在")
    glued = "春风拂暖催新绿，植树造林正当时近日，张家川镇组织党员干部、志愿者群众等500余人开展义务植树。"
    assert ingest_text(glued + "\n").title == "春风拂暖催新绿，植树造林正当时"


def test_a_short_label_over_a_headline_with_its_own_lead_goes():
    """Rounds 55-68: a page sets a label and a colon over a headline that has a lead and a
    colon of its own (正在阅读：勉县：油菜花竞相绽放…, 重要提示：中国首饰之都汕尾梅陇：…); a
    headline has one lead, so the first is the page's. A headline with one lead keeps it."""
    lede = "近日，汉中市勉县元墩镇5280亩油菜花竞相绽放，镇党委组织党员志愿者为游客提供服务。"
    labelled = title_over("正在阅读：勉县：油菜花竞相绽放，乡村旅游“扮靓”乡村", lede)
    assert labelled == "勉县：油菜花竞相绽放，乡村旅游“扮靓”乡村"
    plain = "勉县元墩镇：油菜花竞相绽放，乡村旅游“扮靓”乡村"
    assert title_over(plain, lede) == plain


def test_a_pages_switch_to_its_other_version_beside_the_date_is_no_source():
    """Round 67: 电脑版   2018-09-05 20:15 (a mobile page's link to its desktop version beside
    the posting time) had become the source. A paper named beside the date stays one."""
    lede = "近日，诸暨市大唐街道党工委组织党员走访袜业企业，帮助企业解决用工难题，推动产业升级。"
    report = ingest_text(f"大唐街道党员走访袜业企业\n电脑版   2018-09-05 20:15\n{lede}\n")
    assert report.source is None and report.date.startswith("2018-09-05")
    report = ingest_text(f"大唐街道党员走访袜业企业\n诸暨日报   2018-09-05 20:15\n{lede}\n")
    assert report.source == "诸暨日报"


def test_a_ledes_clause_after_a_bare_byline_is_no_organisation():
    """Round 63's shape: 本报讯 通讯员 冯穗龙 刘建成 湖南省…禁毒办近日联合派出所开展宣传。 The
    clause after the names ends in 宣传, an organisation's ending, and had become the
    report's source; a name holds no 近日. An office credited after the names stays one."""
    report = ingest_text(
        "蒋坊乡开展禁毒宣传进村入户活动\n"
        "本报讯 通讯员 冯穗龙 刘建成 湖南省城步苗族自治县蒋坊乡禁毒办近日联合派出所开展宣传。"
        "乡党委组织党员干部走村入户，发放禁毒宣传资料600余份。\n"
    )
    assert report.authors == ["冯穗龙", "刘建成"] and report.source != (
        "湖南省城步苗族自治县蒋坊乡禁毒办近日联合派出所开展宣传"
    )
    assert parse_byline("通讯员 冯穗龙 蒋坊乡禁毒办").source == "蒋坊乡禁毒办"
