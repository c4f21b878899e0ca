"""Page furniture in the text, seventeenth pass (session 46; development pages of survey
round 97), and one thing the text lost.

- 杨王村鸟瞰图 alone between a village profile's paragraphs names the photograph set there:
  a picture called by its kind (鸟瞰图, 航拍图, 全景图 …) is a caption, as 杨王村鸟瞰 or
  …航拍新貌 already were.
- - 上一篇:【支招】为什么做题速度慢？… under a county site's report: the link to the previous
  story after a bullet, its title after the colon, stayed in the text (only the bare
  - 上一篇 was known).
- 建设美好家园(博客,微博)·民族团结一家亲: a portal's link marks after a name it links, kept
  in the sentence by a copy.
- …目不转睛地看着荧幕?/SPAN>“虽然…: an old CMS's closing tag in capitals, its < lost to a
  bad decode, left in the paragraph (lower-case ones were already cut).
- 网友评论 更多 over a spam copy's fake commenters (5733 蓝洁瑛): the readers' comments
  heading; the last commenter had been read as the report's writer.
- 工作人员发放宣传材料 / 民警走进农村集市举行宣扬 alone between paragraphs: people named by
  what they are, then any act, after a place's name or nothing, are a photograph's caption
  (rounds 91 and 95); only a few acts (为, 帮助, 正在 …) had been known. So are the people at
  the scene (现场的群众聚精会神, round 97), and an event said to be held at a place
  (首届柑橘采摘节在建阳市石桥镇举行, round 93).
- Nothing lost: a last section too short to read as prose (党员带头进社区 / 据悉，街道将…。) had
  been read as the page's footer and dropped, heading and sentence.

The pages are ours, in those shapes; the near relatives are a section heading ending on
蓝图, which names no picture, a sentence of the text that says 上一篇, a sentence that names a microblog in
brackets, a sentence about netizens' comments,
a section heading that puts 党员 first, and a headline of the caption's shape.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

PROFILE = (
    "杨王村：党员示范户带出共富路\n\n"
    "杨王村从一个负债累累的穷村，发展成为远近闻名的富裕村，村党总支始终是全村的主心骨。\n\n"
    "近年来，村里培育党员示范户三十余户，带动村民发展花卉苗木和民宿经济。\n\n"
    "{line}\n\n"
    "杨王村位于奉贤区南桥镇东北部，全村有党员二百余名，村民四千余人。\n"
)


def test_a_picture_named_by_its_kind_is_a_caption():
    report = ingest_text(PROFILE.format(line="杨王村鸟瞰图"))
    assert "鸟瞰图" not in report.body
    assert "杨王村位于奉贤区南桥镇东北部" in report.body


def test_a_heading_ending_on_a_blueprint_stays():
    report = ingest_text(PROFILE.format(line="绘就乡村振兴新蓝图"))
    assert "绘就乡村振兴新蓝图" in report.body


PERFORMANCE = (
    "瑞昌市送戏下乡走进南义镇\n\n"
    "为深入推进文化惠民活动，10月18日晚，瑞昌市采茶戏传习所走进南义镇，为群众送上一台精彩的采茶戏专场演出。\n\n"
    "演出在欢快的锣鼓声中开场，台下观众掌声不断，南义镇党委组织党员志愿者维护现场秩序。\n\n"
    "{tail}\n"
)


def test_a_bulleted_link_to_the_previous_story_leaves_the_text():
    report = ingest_text(
        PERFORMANCE.format(
            tail="- 上一篇：【支招】为什么做题速度慢？原因和训练方法在此，早看\n- 下一篇：没有了"
        )
    )
    assert "上一篇" not in report.body and "支招" not in report.body
    assert report.body.rstrip().endswith("维护现场秩序。")


def test_a_sentence_about_the_previous_show_stays():
    line = "- 上一篇报道中提到的送戏下乡活动，今年已在全市各乡镇演出四十余场。"
    report = ingest_text(PERFORMANCE.format(tail=line))
    assert "四十余场" in report.body


GALA = (
    "八道湾街道举办文化惠民演出\n\n"
    "5月18日下午，乌鲁木齐市文联在八道湾街道绿洲社区举办了“热爱伟大祖国·建设美好家园{mark}·民族团结一家亲”"
    "大型文化惠民演出活动。\n\n"
    "街道党工委组织辖区各族群众观看演出，社区党员志愿者为老人搬凳引座。\n"
)


def test_a_portals_blog_and_microblog_marks_leave_the_sentence():
    report = ingest_text(GALA.format(mark="(博客，微博)"))
    assert "博客" not in report.body
    assert "建设美好家园·民族团结一家亲" in report.body


def test_a_microblog_the_report_names_stays():
    report = ingest_text(GALA.format(mark="") + "\n活动视频同步发布在街道官方账号（微博）上。\n")
    assert "（微博）" in report.body


CINEMA = (
    "金沙镇：露天电影进村 红色故事暖人心\n\n"
    "7月11日傍晚，金沙镇中坞村村民广场前聚集了搬来小板凳的村民，等待露天电影开场。\n\n"
    "电影开始后，村民们全神贯注地看着荧幕{tag}“虽然家家都有电视机，我们还是喜欢大家坐在一起看红色电影。”村民感慨道。\n"
)


def test_a_capitalised_closing_tag_left_by_a_bad_decode_leaves_the_paragraph():
    report = ingest_text(CINEMA.format(tag="?/SPAN>"))
    assert "SPAN" not in report.body
    assert "看着荧幕“虽然家家都有电视机" in report.body


EVENING = (
    "银花街道：纳凉晚会唱响邻里情\n\n"
    "8月15日晚，银花街道“纳凉晚会”在社区广场开演，街道党工委组织党员志愿者维护秩序。\n\n"
    "据悉，银花街道此次系列“纳凉晚会”共6场，从8月15日持续到8月29日。（梁彩云）\n\n"
    "{tail}\n"
)


def test_the_readers_comments_under_their_heading_leave_the_report():
    report = ingest_text(
        EVENING.format(tail="网友评论 更多\n\n5733 蓝洁瑛\n\n大面积高温！安徽东南部局地超40℃")
    )
    assert list(report.authors) == ["梁彩云"]
    assert "蓝洁瑛" not in report.body and "网友评论" not in report.body


def test_a_sentence_about_netizens_comments_stays():
    line = "网友评论说，这样的晚会让邻里之间更亲近了，希望明年还能再办。"
    report = ingest_text(EVENING.format(tail=line))
    assert "希望明年还能再办" in report.body


CAMPAIGN = (
    "{headline}\n\n"
    "3月30日上午，李沧区湘潭路街道在十梅庵公园举办“崇尚科学、远离邪教”主题宣传教育活动。\n\n"
    "{line}\n\n"
    "活动现场，社区群众自编自演了文艺节目，吸引众多游客驻足观看，工作人员发放宣传材料2000余份。\n\n"
    "据悉，街道将把反邪教宣传与群众喜闻乐见的文体活动结合起来，持续开展宣传教育。\n"
)


def test_people_and_their_act_between_paragraphs_are_a_caption():
    report = ingest_text(
        CAMPAIGN.format(headline="湘潭路街道开展反邪教宣传", line="工作人员发放宣传材料")
    )
    assert "工作人员发放宣传材料\n" not in report.body
    assert "发放宣传材料2000余份" in report.body


def test_a_heading_that_puts_party_members_first_stays():
    report = ingest_text(
        CAMPAIGN.format(headline="湘潭路街道开展反邪教宣传", line="党员带头进社区")
    )
    assert "党员带头进社区" in report.body


def test_a_headline_of_the_captions_shape_stays_the_headline():
    report = ingest_text(CAMPAIGN.format(headline="民警走进十梅庵公园宣讲反邪教知识", line=""))
    assert report.title == "民警走进十梅庵公园宣讲反邪教知识"


ORCHARD = (
    "{headline}\n\n"
    "金秋凉爽，桂花飘香。10月12日，石桥镇首届柑橘采摘节开幕，镇党委组织党员志愿者为游客引路。\n\n"
    "首届柑橘采摘节在建阳市石桥镇举行\n\n"
    "采摘节期间，各村党支部带领果农设立直销点，帮助果农增收。\n"
)


def test_an_event_held_at_a_place_between_paragraphs_is_a_caption():
    report = ingest_text(ORCHARD.format(headline="石桥镇：柑橘熟了 果农笑了"))
    assert "在建阳市石桥镇举行" not in report.body
    assert "帮助果农增收" in report.body


def test_a_headline_saying_an_event_was_held_stays_the_headline():
    report = ingest_text(ORCHARD.format(headline="首届柑橘采摘节在建阳市石桥镇举行"))
    assert report.title == "首届柑橘采摘节在建阳市石桥镇举行"


def test_a_short_last_section_under_its_heading_stays_in_the_text():
    text = CAMPAIGN.format(headline="湘潭路街道开展反邪教宣传", line="")
    report = ingest_text(text + "\n党员带头进社区\n\n据悉，街道将持续开展宣传教育。\n")
    assert "据悉，街道将持续开展宣传教育。" in report.body
    assert "党员带头进社区" in report.body


def test_a_footer_under_the_last_paragraph_stays_out():
    text = CAMPAIGN.format(headline="湘潭路街道开展反邪教宣传", line="")
    report = ingest_text(
        text + "\n网站地图\n\n版权所有：青岛市李沧区人民政府，未经授权不得转载。\n"
    )
    assert "版权所有" not in report.body
