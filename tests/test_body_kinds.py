"""Furniture kinds that recur across sites leave the clean body (issue 9, session 7).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from township_reports.evaluate import plain_body
from township_reports.ingest.dechrome import strip_inline_chrome, strip_page_chrome
from township_reports.ingest.pipeline import ingest_bytes
from township_reports.ingest.simplify import to_simplified

LEDE = "6月上旬，庆云县常家镇组织各村党员志愿者帮助缺少劳力的农户抢收小麦，确保颗粒归仓。"
MORE = "活动中，党员志愿者分成五个小组，深入田间地头，帮助群众装车运粮，受到村民称赞。"


def body_of(text: str) -> str:
    return plain_body(ingest_bytes(text.encode("utf-8"), "page.txt").body)


def test_site_stamp_in_brackets_before_the_lede_goes():
    page = f"常家镇：党员志愿者助力夏收\n2024-06-12 09:40\n【广电资讯网】{LEDE}\n{MORE}\n"
    body = body_of(page)
    assert "广电资讯网" not in body
    assert LEDE in body


def test_site_stamp_before_a_bracketed_byline_goes_and_the_byline_stays_readable():
    page = (
        "白鱼湾镇开展环境整治\n2020-03-27 14:29:51 来源：密山市委宣传部\n"
        "【黑龙江旅游食品网】（李明）为扎实推进农村环境整治，白鱼湾镇组织机关干部清理街路垃圾。\n"
        f"{MORE}\n"
    )
    body = body_of(page)
    assert "黑龙江旅游食品网" not in body
    assert "为扎实推进农村环境整治" in body


def test_a_dateline_in_brackets_is_no_site_stamp():
    page = f"常家镇：党员志愿者助力夏收\n【大河网讯】{LEDE}\n{MORE}\n"
    assert "大河网讯" in body_of(page)


def removed_lines(lines: list[str]) -> list[str]:
    cleaned = [strip_inline_chrome(to_simplified(line))[0] for line in lines]
    kept, _ = strip_page_chrome(lines, cleaned)
    return [lines[i] for i in range(len(lines)) if i not in kept and lines[i].strip()]


def test_a_latin_tag_line_goes():
    assert removed_lines(["TAG: 庆云新闻", LEDE, "Tags：党建 乡村振兴", MORE]) == [
        "TAG: 庆云新闻",
        "Tags：党建 乡村振兴",
    ]


def test_a_sentence_about_tags_stays():
    sentence = "标签化管理让每户群众的诉求都有人跟进，村里为每户建立了服务台账。"
    page = f"常家镇：党员志愿者助力夏收\n{LEDE}\n{sentence}\n{MORE}\n"
    assert sentence in body_of(page)
    assert removed_lines([LEDE, "TAG管理员说：村里的台账每周更新一次。", MORE]) == []


def test_a_forum_jammer_run_with_double_spaces_goes():
    page = (
        "双廊镇：人居环境整治见成效\n"
        f"{LEDE}”4 H+ K0 z  h# A: K# \\{{大建旁村现有客栈三百余户，村民主动参与门前三包。\n"
        f"{MORE}\n"
    )
    body = body_of(page)
    assert "K0 z" not in body and "H+" not in body
    assert "大建旁村现有客栈三百余户" in body


def test_a_list_of_labels_with_double_spaces_stays():
    sentence = "村里把网格分为A1  B2  C3  D4  E5  F6六个片区，每片由一名党员负责。"
    page = f"常家镇：网格化管理\n{LEDE}\n{sentence}\n{MORE}\n"
    assert "A1" in body_of(page) and "F6" in body_of(page)


def test_a_site_name_closing_several_paragraphs_goes():
    page = (
        "观音河镇：干群齐心抗旱保苗\n"
        f"{LEDE}VCH安康新闻网\n"
        "“自从用上了滴灌，再也不用担心浇水了，省时省力。”VCH安康新闻网\n"
        f"{MORE}\n"
    )
    body = body_of(page)
    assert "安康新闻网" not in body
    assert "省时省力。”" in body and LEDE in body


def test_a_site_name_closing_one_paragraph_only_stays():
    page = f"观音河镇：干群齐心抗旱保苗\n{LEDE}\n{MORE}安康新闻网\n"
    assert "安康新闻网" in body_of(page)


def test_a_bracketed_newsroom_notice_ends_the_story():
    notice = "（映象网南阳新闻热线：0377-60000000，投稿邮箱nyxw@example.com。映象网“大象陪办”电话：180 0000 0000）"
    next_story = "“真没想到，我们村的香菇棒又卖了个好价钱。”说起合作社，村民老李笑得合不拢嘴。"
    page = f"映象网讯（记者 李明 通讯员 王芳）{LEDE}\n{MORE}\n{notice}\n{next_story}\n"
    body = body_of(page)
    assert "新闻热线" not in body and "香菇棒" not in body
    assert MORE in body


def test_a_bracketed_hotline_for_residents_stays():
    line = "（咨询电话：0377-60000000，工作日均可拨打）"
    page = f"常家镇：便民服务进村\n{LEDE}\n{line}\n{MORE}\n"
    assert "咨询电话" in body_of(page)


def test_a_clinic_ad_run_into_a_sentence_puts_the_body_on_the_review_list():
    from township_reports.ingest.doubt_body import body_doubts

    class Finished:
        blocks = (("p", "全镇发展竹木康华骨科医院怎么样种植2万亩，稻田养鱼5000余亩。"),)

    assert any("广告词" in reason for reason in body_doubts(Finished))


def test_a_report_about_a_clinic_is_not_doubted():
    from township_reports.ingest.doubt_body import body_doubts

    class Finished:
        blocks = (("p", "镇卫生院新址启用后，医院门诊每天接诊两百余人次，群众就医更方便。"),)

    assert not any("广告词" in reason for reason in body_doubts(Finished))


def test_an_event_named_between_two_paragraphs_is_a_caption_and_a_heading_stays():
    """Rounds 39–51: a short line naming the meeting a photograph shows (签约仪式, 走访调研,
    校领导在常家镇调研, 座谈会场（一）) stands between two paragraphs; it is the picture's caption.
    A heading between paragraphs (调研一个大户, 深入调研 精准施策) stays, and so does the same
    event's name over the text, where it is the headline."""
    for caption in ("签约仪式", "走访调研", "校领导在常家镇调研", "座谈会场（一）"):
        body = body_of(f"常家镇：党员志愿者助力夏收\n{LEDE}\n{caption}\n{MORE}\n")
        assert caption not in body and LEDE in body and MORE in body
    for heading in ("调研一个大户", "深入调研 精准施策"):
        assert heading in body_of(f"常家镇：党员志愿者助力夏收\n{LEDE}\n{heading}\n{MORE}\n")
    report = ingest_bytes(f"校领导在常家镇调研\n{LEDE}\n{MORE}\n".encode(), "page.txt")
    assert report.title == "校领导在常家镇调研"


def test_a_credit_for_every_picture_of_the_story_goes_with_its_caption():
    """Round 55: a disaster story's caption closing on the credit for all its pictures
    (…被洪水冲垮的公路为310国道。 本文图片均为记者 甲 图); a sentence saying pictures were
    shown to villagers stays."""
    caption = "汜水河由南向北穿过东大门镇，图中被冲垮的公路为省道。 本文图片均为记者 王健 图"
    alone = "文中图片均由受访者提供"
    told = "展板上的图片均为村民自己拍摄，记录了村里十年的变化。"
    body = body_of(
        f"常家镇：党员志愿者助力夏收\n2024-06-12 09:40\n{LEDE}\n{caption}\n{alone}\n{MORE}\n{told}\n"
    )
    assert "图片均" not in body.replace(told, "") and "冲垮" not in body
    assert LEDE in body and MORE in body and told in body


def test_a_dated_caption_and_its_givers_credit_run_into_the_lede_go():
    """Round 55: a wire caption with its day and place before what it shows, then the giver's
    credit, run into the first paragraph (6月23日，某村，人们忙着…。受访者供图 某村…); round 54:
    a caption closing on an archive picture's marker before the text (…。 资料图片  从前，…)."""
    dated = "6月23日，常家镇北街村，党员志愿者帮助农户装车运粮。受访者供图 "
    archive = "北街村党员志愿者在麦田里帮助农户抢收。 资料图片  "
    for caption in (dated, archive):
        body = body_of(f"常家镇：党员志愿者助力夏收\n2024-06-12 09:40\n{caption}{LEDE}\n{MORE}\n")
        assert body.startswith(LEDE) and "装车运粮。受访者" not in body and "资料" not in body
    lent = "6月上旬，常家镇北街村，镇里为农户抢收小麦。县农机站供图纸和机械支持抢收。"
    assert lent in body_of(
        f"常家镇：党员志愿者助力夏收\n2024-06-12 09:40\n{LEDE}\n{lent}\n{MORE}\n"
    )


def test_a_caption_whose_credit_names_its_agency_after_a_slash_goes():
    """Round 56: a paper's caption closing on the photographer and the paper's picture agency
    after a slash (神山村一隅 本报记者甲摄/光明图片) is no headline and no text; a sentence
    about a photography class stays."""
    caption = "北街村一隅 本报记者孙金行摄/光明图片"
    told = "镇文化站开设摄影课，村民学会了用手机拍摄/剪辑短视频。"
    report = ingest_bytes(f"{caption}\n{LEDE}\n{MORE}\n{told}\n".encode(), "page.txt")
    assert "光明图片" not in report.title and "光明图片" not in report.body
    assert told in plain_body(report.body)


def test_a_gallerys_captions_between_prints_of_the_headline_leave_the_body():
    """Round 57: a picture gallery prints the headline as each picture's alt text and the
    caption under it (喜看青青柳色新 / 杨柳青年画作品“莲年有余”。 / 喜看青青柳色新 / …) before the
    text: the captions go and the text starts after the last print; a short heading under the
    last print stays with the text."""
    head = "常家镇：党员志愿者助力夏收（人民眼·乡村振兴）"
    gallery = f"{head}\n党员志愿者帮农户装车运粮。\n{head}\n航拍常家镇麦田。\n{head}\n"
    page = f"{head}\n2024-06-12 09:40\n{gallery}夏收纪事\n{LEDE}\n{MORE}\n"
    body = body_of(page)
    assert "装车运粮。" not in body and "航拍" not in body and "人民眼" not in body
    assert body.startswith("夏收纪事") and LEDE in body and MORE in body
