"""Credits on unseen pages, the development pages of round 108 (issue 9, session 52): the
forms that put a word on an outlet or a photographer among the authors, each written here in
the shape those sites print (real towns, our own sentences) beside the near relative the rule
must leave alone."""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

GRAVES_STORY = (
    "清明前夕，钟祥市柴湖镇党委组织党员干部来到烈士陵园，敬献花篮，重温入党誓词。\n\n"
    "如今，这片陵园已成为全镇青少年爱国主义教育基地。老支书王德明先后获评“荆门好人”和"
    "“全市优秀共产党员”。“烈士的事迹不能被遗忘。”王德明说，只要他还走得动，就会一直守下去，"
    "等到自己老了，也要让下一代接着守护。"
)


def test_a_hubei_papers_short_media_reporter_leaves_no_word_on_the_outlet():
    page = f"七旬老支书义务守护烈士陵园\n{GRAVES_STORY}\n湖北日报全媒记者 张诗秋\n"
    report = ingest_text(page)
    assert (report.source, report.authors) == ("湖北日报", ["张诗秋"])


def test_the_long_form_of_the_media_reporter_reads_the_same():
    page = f"七旬老支书义务守护烈士陵园\n{GRAVES_STORY}\n湖北日报全媒体记者 张诗秋\n"
    report = ingest_text(page)
    assert (report.source, report.authors) == ("湖北日报", ["张诗秋"])


def test_a_photo_credit_with_its_picture_agency_is_no_author_and_leaves_the_text():
    for credit in ("周峰摄（人民图片网）", "周峰 摄（人民图片网）", "周峰/摄（新华网）"):
        report = ingest_text(f"七旬老支书义务守护烈士陵园\n{GRAVES_STORY}{credit}\n")
        assert report.authors == [] and report.body.rstrip().endswith("接着守护。"), credit


def test_a_writer_with_the_outlet_in_brackets_is_still_the_author():
    report = ingest_text(f"七旬老支书义务守护烈士陵园\n{GRAVES_STORY}周峰（钟祥日报）\n")
    assert report.authors == ["周峰"] and report.body.rstrip().endswith("接着守护。")


COLLECTIVE_STORY = (
    "发展壮大新型农村集体经济，是乡村振兴的重要抓手。兴化市新垛镇党委把村级集体经济"
    "作为“书记项目”，一村一策推进。\n\n今年，全镇12个村集体经营性收入全部超过50万元。"
)


def test_a_dot_whose_ampersand_a_copy_lost_is_a_dot_in_the_outlets_name():
    report = ingest_text(f"新垛镇村集体经济年年壮大\n中国网middot;美丽江苏讯 {COLLECTIVE_STORY}\n")
    assert report.source == "中国网·美丽江苏" and "middot" not in report.body


def test_a_sites_link_to_its_home_page_in_the_source_slot_names_no_source():
    page = (
        "新垛镇村集体经济年年壮大\n发布于:2021-09-29 18:33   来源:当代游艇会首页   作者:薛晗\n"
        f"{COLLECTIVE_STORY}\n"
    )
    assert ingest_text(page).source is None


def test_a_portal_named_in_the_source_slot_is_the_source():
    page = (
        "新垛镇村集体经济年年壮大\n发布于:2021-09-29 18:33   来源:兴化新闻网   作者:薛晗\n"
        f"{COLLECTIVE_STORY}\n"
    )
    assert ingest_text(page).source == "兴化新闻网"


def _profile_page(person_line: str) -> str:
    """A city portal's profile: the intern who wrote it, then the person it is about."""
    return (
        "七旬老人八年义务守护烈士墓\n发布时间:2019-01-30 10:39\n实习生 彭丽\n"
        f"{person_line}\n社区:昌平区兴寿镇桃林村\n{GRAVES_STORY}\n"
    )


def test_a_name_with_an_age_in_brackets_is_the_person_the_story_is_about():
    for line in ("王德明(72)", "王德明（72岁）"):
        assert ingest_text(_profile_page(line)).authors == ["彭丽"], line


def test_a_second_writer_on_a_line_of_their_own_is_still_an_author():
    assert ingest_text(_profile_page("实习生 王德明")).authors == ["彭丽", "王德明"]


def _firm_copy(prompt: str) -> str:
    """A firm's site that copied a paper's report under its contact form and breadcrumb."""
    return (
        "联系我们\n\n荆门福安礼仪服务有限公司\n\n全国统一服务热线:\n\n0724-8673505\n\n在线留言\n"
        f"{prompt}\n新闻动态\n您现在的位置: 首页 > 新闻动态\n"
        "七旬老支书义务守护烈士陵园\n湖北日报全媒记者 张诗秋\n"
        f"{GRAVES_STORY}\n"
    )


def test_a_firms_contact_form_prompt_is_no_paragraph_and_leaves_the_headline_found():
    report = ingest_text(
        _firm_copy("请在此提交您的需求,我们的工作人员将及时与您联系,为您提供定制方案。")
    )
    assert report.title == "七旬老支书义务守护烈士陵园" and "提交您的需求" not in report.body


def test_a_sentence_asking_villagers_to_report_stays_in_the_text():
    page = (
        "七旬老支书义务守护烈士陵园\n湖北日报全媒记者 张诗秋\n"
        f"{GRAVES_STORY}\n\n请村民提交陵园修缮建议，村党支部将在下月党员大会上统一研究答复。\n"
    )
    assert "请村民提交陵园修缮建议" in ingest_text(page).body


FRAUD_STORY = (
    "为提高村民识骗防骗的意识和能力，近日，南京市江宁区湖熟街道徐慕村网格员针对电信诈骗问题"
    "对辖区村民展开集中宣传，筑牢反电诈“防护墙”。\n\n网格员来到村内人口流动大的区域，向群众发放"
    "宣传手册，讲解“退差价”“刷单返利”等新型骗局。"
)


def test_a_headline_printed_again_without_its_village_lead_keeps_the_lead():
    page = (
        f"徐慕村:网格员助力反电诈 共建和谐生活圈\n网格员助力反电诈 共建和谐生活圈\n{FRAUD_STORY}\n"
    )
    assert ingest_text(page).title == "徐慕村：网格员助力反电诈 共建和谐生活圈"


def test_a_columns_word_before_the_colon_is_no_lead():
    page = f"美丽乡村:网格员助力反电诈 共建和谐生活圈\n网格员助力反电诈 共建和谐生活圈\n{FRAUD_STORY}\n"
    assert ingest_text(page).title == "网格员助力反电诈 共建和谐生活圈"


def test_a_tieba_threads_furniture_leaves_the_post():
    page = (
        "茅河镇老干部支部吧 关注:238贴子:43,321\n  • 2回复贴,共1页\n\n"
        "清明，不能忘却的怀念\n\n只看楼主收藏回复\n\n"
        "即便先烈已逝去多年，他们的故事依旧被我们惦念。明天清明，慎终追远，缅怀！\n\n"
        f"1楼2018-04-04 18:57回复\n{GRAVES_STORY}\n"
    )
    report = ingest_text(page)
    assert report.title == "清明，不能忘却的怀念" and "慎终追远" in report.body
    assert not any(word in report.body for word in ("贴子", "回复贴", "只看楼主", "1楼"))


CHERRY_STORY = (
    "“这果子看着娇气，好种吗？”2005年，面对乡亲们的质疑，川口乡赵家沟村老支书心里干着急。\n\n"
    "如今，赵家沟村的樱桃园发展到800多亩，每年为村民带来200多万元收入。"
)


def test_a_teaser_the_cms_cut_on_a_comma_is_no_paragraph():
    teaser = (
        "核心提示:    河南商报记者 张惟一/文  这果子看着娇气,好种吗?  如今，樱桃园发展到800多亩,"
    )
    page = f"老支书的“樱缘”情\n发布日期:2020-10-20\n{teaser}\n{CHERRY_STORY}\n"
    assert "核心提示" not in ingest_text(page).body


def test_a_lede_that_opens_on_the_same_words_stays():
    page = f"老支书的“樱缘”情\n发布日期:2020-10-20\n{CHERRY_STORY}\n"
    assert ingest_text(page).body.startswith("“这果子看着娇气，好种吗？”")


ALLIANCE_STORY = (
    "近年来，桐乡市乌镇镇党委牵头组建“党建联盟”，由旅游资源好的村党组织带动周边村，"
    "统一招引项目、统一培训村民。\n\n如今，六个村共用一张发展规划图，算起了一本共富账。"
)


def _paper_pair(upper: str, lower: str) -> str:
    """A provincial portal's copy of a city paper's story: breadcrumb, the headline's two
    lines, the font widget and the paper's meta line."""
    return (
        "您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 正文\n\n"
        f"{upper}\n\n{lower}\n\n字体:\n—2024—\n03/11\n08:15:40\n"
        f"2024-03-11 08:15:40 来源:浙江在线-嘉兴日报 记者 沈佳琪\n\n{ALLIANCE_STORY}\n"
    )


def test_a_kicker_saying_who_did_what_over_a_figurative_main_line_is_left_out():
    page = _paper_pair("桐乡市乌镇镇以“党建联盟”串起六个村", "水乡小镇的共富账")
    assert ingest_text(page).title == "水乡小镇的共富账"


def test_a_place_led_headline_over_its_deck_stays_the_headline():
    page = _paper_pair("乌镇镇：“党建联盟”串起六个村", "水乡小镇的共富账")
    assert ingest_text(page).title == "乌镇镇：“党建联盟”串起六个村"
