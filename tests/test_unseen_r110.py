"""Unseen pages of rounds 109 and 110 (issue 9, session 54): a mining district named
without 矿区, a provincial platform's credit line that prints its outlet twice, a breadcrumb
whose last item ran into its column, photographs labelled by the stage of the work alone,
and betting brands spliced into a copy. Each page is written here in the shape those sites
print (real towns, our own sentences), beside the near relative the rule must leave alone."""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

LEDE = (
    "12月26日，嘉兴市南湖区余新镇举办移风易俗主题宣讲活动，"
    "镇村干部、党员代表和村民200余人参加，倡导婚事新办、丧事简办。"
)
MORE = (
    "活动现场，宣讲员结合身边事讲解高价彩礼的危害，"
    "村民们纷纷在倡议书上签名，表示要带头抵制大操大办。"
)


def test_an_outlet_printed_twice_in_its_source_line_keeps_the_line_readable():
    """来源: 潮新闻 潮新闻 见习记者 甲 共享联盟·南湖余新 乙 丙: the platform prints its account's
    name again before the credits; the repeat is no stray text that makes the line prose."""
    meta = "发布时间:2024-12-27 10:13:43 来源: 潮新闻 潮新闻 见习记者 徐佳雨 共享联盟·南湖余新 钮宇萍 王莉云"
    report = ingest_text(f"余新镇：移风易俗宣讲进村入户\n{meta}\n{LEDE}\n{MORE}\n")
    assert report.source == "潮新闻"
    assert report.authors == ["徐佳雨", "钮宇萍", "王莉云"]


def test_a_source_line_with_prose_after_the_outlet_is_still_no_field_line():
    line = "来源: 潮新闻 记者在余新镇的村文化礼堂里看到，宣讲员正结合身边事讲解高价彩礼的危害"
    report = ingest_text(f"余新镇：移风易俗宣讲进村入户\n{line}\n{LEDE}\n{MORE}\n")
    assert report.authors == []


CRUMB = "当前位置: 首页>>新闻中心>>乡镇动态护林防火 从我做起"
FOREST = (
    "为进一步夯实森林草原防灭火工作基础，近日，景洪市曼弄枫街道组织护林员开展巡山护林，"
    "对辖区重点林区进行全面排查。"
)


def test_a_column_run_into_the_breadcrumbs_last_item_is_cut_from_the_headline():
    report = ingest_text(f"{CRUMB}\n- 发布时间 :2025-05-23 19:46\n{FOREST}\n")
    assert report.title == "护林防火 从我做起"


def test_a_headline_opening_with_a_programmes_name_keeps_it():
    crumb = "当前位置: 首页>>新闻中心>>乡村振兴看曼弄枫街道护林员巡山"
    report = ingest_text(f"{crumb}\n- 发布时间 :2025-05-23 19:46\n{FOREST}\n")
    assert report.title == "乡村振兴看曼弄枫街道护林员巡山"


FARMLAND = (
    "民以食为天，粮以土为本。今年以来，西充县义兴镇全面排查撂荒地，"
    "由村党支部牵头流转土地、统一翻耕，累计复耕撂荒地1200余亩。"
)
HARVEST = "如今，昔日杂草丛生的荒地种上了油菜和小麦，一片生机盎然。"


def test_photographs_labelled_by_the_stage_of_the_work_alone_are_captions():
    body = ingest_text(
        f"义兴镇撂荒地复耕见成效\n{FARMLAND}\n复耕前\n复耕中\n复耕后\n{HARVEST}\n"
    ).body
    assert "复耕前" not in body and "复耕后" not in body and HARVEST in body


def test_a_short_heading_that_is_no_stage_stays():
    body = ingest_text(f"义兴镇撂荒地复耕见成效\n{FARMLAND}\n党建引领复耕\n{HARVEST}\n").body
    assert "党建引领复耕" in body


def test_betting_brands_spliced_into_a_copy_leave_the_text():
    lede = "Kaiyun官网登录8月以来，森林防火进入关键时期，奉节县新民镇压实责任、网格巡护。"
    spliced = "自编自导的民族歌舞，擦亮了阿木manbetx安卓手机 名片，村民包养app都来观看。"
    body = ingest_text(f"新民镇筑牢森林防火屏障\n{lede}\n{spliced}\n{HARVEST}\n").body
    assert "Kaiyun" not in body and "官网登录" not in body and "8月以来，森林防火" in body
    assert "manbetx" not in body and "安卓手机" not in body and "包养app" not in body
    assert "擦亮了阿木" in body


def test_an_app_or_a_login_a_report_speaks_of_stays():
    sentence = "村民下载“浙里办”app登录后，就能在手机上办理社保业务。"
    assert sentence in ingest_text(f"新民镇筑牢森林防火屏障\n{FOREST}\n{sentence}\n").body


PLANTING = (
    "近日，{}组织党员志愿者开展义务植树活动，全镇120余名党员干部参加，共栽植苗木3000余株。\n"
    "活动中，党员们分工协作，挖坑、培土、浇水，干得热火朝天。\n"
)


def test_a_mining_district_named_without_its_level_word_places_the_town():
    """峰峰 for 峰峰矿区 (a city's papers write 峰峰人, 峰峰新坡镇): 新坡镇 is in several
    counties, and the short name picks the one the text means."""
    report = ingest_text("党员义务植树\n" + PLANTING.format("峰峰新坡镇"))
    assert (report.county, report.prefecture) == ("峰峰矿区", "邯郸市")


def test_a_short_name_two_counties_share_is_settled_by_the_town():
    """井陉 is 井陉县's short name and now 井陉矿区's too: the town decides."""
    assert ingest_text("党员义务植树\n" + PLANTING.format("井陉微水镇")).county == "井陉县"
    assert ingest_text("党员义务植树\n" + PLANTING.format("井陉贾庄镇")).county == "井陉矿区"


FEAST = "17日，地处武陵山脉腹地的花垣县双龙镇十八洞村处处洋溢着节日气氛，村里举行集体经济分红大会。"


def test_a_features_opening_scene_that_trails_off_in_an_ellipsis_is_text():
    scene = "苗寨屋檐下的大红灯笼迎风飘扬，屋内火塘上一串串新熏的腊肉还在往下滴油……"
    page = f"十八洞苗年“分红忙”\n新华社记者 张玉洁\n{scene}\n{FEAST}\n"
    body = ingest_text(page).body
    assert scene[:20] in body and FEAST[:20] in body


def test_a_one_sentence_paragraph_that_argues_is_no_caption():
    """A caption shows a moment; a sentence with a negation (并不, 没有) argues, even set alone
    between paragraphs as a one-sentence paragraph under real captions."""
    argued = "有困难的并不单单是马志忠一家。"
    page = f"打破“天价彩礼”\n{FEAST}\n{argued}\n{FEAST}\n"
    assert argued in ingest_text(page).body
    caption = "村民在分红大会上领取分红。"
    assert caption not in ingest_text(f"打破“天价彩礼”\n{FEAST}\n{caption}\n{FEAST}\n").body
