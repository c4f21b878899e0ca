"""Second looks at the finished body (issue 9): what a curator should be sent to look at.

Each wrong body below is of a kind met on real pages ingest had not been written from
(PATTERNS.md, "Second looks at the body (db)"); each right one is its look-alike, which
must stay off the review list: a check that doubts right bodies trains curators to
ignore the list. The sentences are our own; the places are real towns.
"""

from __future__ import annotations

from township_reports.ingest.doubt_body import body_doubts
from township_reports.ingest.doubts import Finished
from township_reports.ingest.pipeline import ingest_bytes

LEDE = "3月12日，罗目镇青龙村党总支组织党员开展“院坝积分”评议，村民代表三十余人参加。"
MIDDLE = "评议会上，党员逐户说明积分的加减理由，村民当场提出意见，会后张榜公示七天。"


def finished(*blocks) -> Finished:
    """A finished report whose body is the given (kind, text) blocks."""
    return Finished(title="青龙村开展院坝积分评议", blocks=tuple(blocks))


def doubted(*blocks) -> list[str]:
    return body_doubts(finished(*blocks))


def test_a_plain_report_is_not_doubted():
    assert (
        doubted(("p", LEDE), ("p", MIDDLE), ("p", "下一步，青龙村将把积分结果与评先评优挂钩。"))
        == []
    )


def test_forum_jammer_text_left_on_a_paragraph_is_flagged():
    tail = MIDDLE + " ! k3 q O% N1 x2 Y"
    assert any("防复制乱码" in reason for reason in doubted(("p", LEDE), ("p", tail)))


def test_a_report_naming_an_app_and_percentages_is_not_taken_for_jammer_text():
    sentence = "全镇建成5G基站12个，覆盖率达98%，村民用APP就能办社保、交医保。"
    assert doubted(("p", LEDE), ("p", sentence)) == []


def test_a_staff_list_left_under_the_text_is_flagged():
    reasons = doubted(
        ("p", LEDE), ("p", MIDDLE), ("h2", "制作：陈晓雨"), ("p", "投稿邮箱：qlc2024@163.com")
    )
    assert any("页面杂项" in reason for reason in reasons)


def test_a_report_about_an_editorial_office_or_sharing_experience_is_not_flagged():
    assert (
        doubted(
            ("p", "编辑部的记者来到沙河镇，与村干部座谈。"),
            ("p", "会上，各村书记分享了发展集体经济的经验，来源于实践的办法最管用。"),
        )
        == []
    )


def test_an_image_data_address_left_in_a_paragraph_is_flagged():
    reasons = doubted(("p", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg" + LEDE))
    assert any("页面杂项" in reason for reason in reasons)


def test_a_caption_glued_to_a_paragraph_is_flagged():
    glued = "图为驻村第一书记（左）在莲田查看长势。受访者供图驻村后，他和村两委商量办起合作社。"
    assert any("摄影署名" in reason for reason in doubted(("p", LEDE), ("p", glued)))


def test_a_bracketed_photo_credit_is_flagged_but_a_library_is_not():
    credited = MIDDLE + "（塘坊日报通讯员赵一鸣钱程摄影）"
    assert any("摄影署名" in reason for reason in doubted(("p", LEDE), ("p", credited)))
    library = "村里建起农家书屋，为村民提供图书借阅服务，孩子们放学后常来看书。"
    assert doubted(("p", LEDE), ("p", library)) == []


def test_captions_left_as_short_sentences_between_paragraphs_are_flagged():
    reasons = doubted(
        ("p", LEDE), ("p", "村民在坑塘边垂钓。"), ("p", MIDDLE), ("p", "村庄一派和美景象。")
    )
    assert any("图片说明的短句" in reason for reason in reasons)


def test_one_short_closing_sentence_is_not_a_caption():
    assert doubted(("p", LEDE), ("p", MIDDLE), ("p", "大家纷纷表示受益匪浅。")) == []


def test_a_caption_or_a_profile_label_taken_for_a_heading_is_flagged():
    for heading in ("党员在投票", "先进事迹", "游园活动现场"):
        reasons = doubted(("p", LEDE), ("h2", heading), ("p", MIDDLE))
        assert any("小标题" in reason for reason in reasons), heading


def test_section_headings_of_a_feature_are_not_flagged():
    body = [
        ("p", LEDE),
        ("h2", "党员带头闯市场"),
        ("p", MIDDLE),
        ("h2", "（二）存在的困难"),
        ("p", MIDDLE),
    ]
    assert doubted(*body) == []


def test_an_e_paper_page_mark_glued_to_the_last_sentence_is_flagged():
    reasons = doubted(("p", LEDE), ("p", "去年以来，全村没有发生一起越级上访。②17"))
    assert any("版面标记" in reason for reason in reasons)


def test_ingest_puts_a_doubted_body_on_the_review_list():
    page = "\n".join(
        [
            "罗目镇青龙村开展院坝积分评议",
            LEDE,
            # chrome removal cuts runs of six one- or two-character jammer tokens
            # (! k3 q O% N1 x2 Y); a run it leaves is for the second look to doubt
            MIDDLE + " #k3 q O% N1 x2 Y",
            "下一步，青龙村将把积分结果与评先评优挂钩。",
        ]
    )
    report = ingest_bytes(page.encode("utf-8"), "db-test.txt")
    fields = [item["field"] for item in report.provenance.get("review") or []]
    assert "body" in fields


# Session 7, second pass (D): bodies measured wrong on real pages, each beside its look-alike.


def test_a_lede_run_on_after_a_cut_date_line_is_doubted():
    cut = (
        "来源:怀柔区文明办",
        "时间:2023-08-03面对连续强降雨天气，北房镇组织党员干部下沉村居一线。",
    )
    report = Finished(furniture=cut, blocks=(("p", MIDDLE),))
    assert any("首段可能缺了" in reason for reason in body_doubts(report))


def test_a_cut_meta_line_of_date_source_and_author_is_not_doubted():
    cut = ("时间:2024-05-03 17:34:07 来源:怀柔区文明办 作者:王明 点击:96次",)
    assert body_doubts(Finished(furniture=cut, blocks=(("p", LEDE), ("p", MIDDLE)))) == []


def test_a_watermark_printed_under_every_paragraph_is_doubted():
    reasons = doubted(("p", LEDE), ("h2", "QZT安康新闻网"), ("p", MIDDLE), ("h2", "QZT安康新闻网"))
    assert any("QZT安康新闻网" in reason for reason in reasons)


def test_different_section_heads_are_not_doubted():
    assert doubted(("h2", "一、积分上墙"), ("p", LEDE), ("h2", "二、张榜公示"), ("p", MIDDLE)) == []


def test_an_e_paper_contents_list_opening_the_body_is_doubted():
    contents = (
        "我市召开防汛工作会议县长到洗耳河巡河调研驻村书记来站台山货走进大郑州工作队帮俺架起连心桥"
    )
    reasons = doubted(("p", contents), ("h2", "驻村书记来站台 山货走进大郑州"), ("p", LEDE))
    assert any("没有一个标点" in reason for reason in reasons)


def test_a_lede_with_commas_but_no_stop_is_not_doubted():
    lede = "这一期我们来到了罗目镇青龙村，院坝里坐满了村民，党员们正逐户说明积分的加减理由"
    assert doubted(("p", lede), ("p", MIDDLE)) == []


# Session 17: what chrome removal left that prose never is. Each check was counted over every
# labelled page first (committed, pending, development): none doubts a right body there.
CLOSING = "下一步，青龙村将把积分结果与评先评优挂钩，让党员在群众监督下亮身份、作表率。"


def test_a_gambling_lure_run_into_a_sentence_is_flagged():
    spliced = "评议会上，党员逐户说明积分的加减理由澳门六合彩票开奖记录，村民当场提出意见。"
    assert any("广告词" in reason for reason in doubted(("p", LEDE), ("p", spliced)))


def test_a_village_called_liuhe_and_a_ban_on_gambling_are_no_lure():
    village = "会后，党员又到六合村宣讲禁毒禁赌会的新规，讲的都是身边的真人真事。"
    assert doubted(("p", LEDE), ("p", village), ("p", CLOSING)) == []


def test_a_short_unpunctuated_line_left_between_paragraphs_is_flagged():
    reasons = doubted(("p", LEDE), ("p", "【情景再现】"), ("p", MIDDLE), ("p", CLOSING))
    assert any("不成句的短行" in reason and "情景再现" in reason for reason in reasons)


def test_a_last_line_cut_off_before_its_full_stop_is_flagged():
    reasons = doubted(("p", LEDE), ("p", MIDDLE), ("p", CLOSING), ("p", "此外，村史馆、农家书屋、"))
    assert any("不成句的短行" in reason for reason in reasons)


def test_a_report_printed_a_phrase_to_a_line_is_not_doubted_for_its_phrases():
    phrases = [
        ("p", text)
        for text in ("沙子镇星光村", "茶园连片稻田青青", "村里来了年轻人", "山货卖出了大山")
    ]
    assert doubted(("p", LEDE), ("p", MIDDLE), ("p", CLOSING), *phrases) == []


def test_a_date_alone_and_section_heads_between_paragraphs_are_not_stray():
    blocks = (("p", "6月16日"), ("p", LEDE), ("h2", "建强支部"), ("p", MIDDLE), ("p", CLOSING))
    assert doubted(*blocks) == []


def test_an_english_sentence_left_in_the_body_is_flagged_but_an_acronym_is_not():
    reasons = doubted(("p", LEDE), ("p", MIDDLE + " ... read full story"))
    assert any("英文句子" in reason for reason in reasons)
    assert doubted(("p", LEDE), ("p", "村民用APP预约，5G信号覆盖全村。"), ("p", CLOSING)) == []
