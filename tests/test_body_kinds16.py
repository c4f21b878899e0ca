"""Clean bodies, sixteenth pass (session 45; round 96's development pages, and some of rounds
86, 87 and 93).

- A gallery's alt text stays where its picture stood: the headline, the picture's number
  and the site's column and name between dashes (…走进千家万户-第1张-区县资讯-重视网).
- Two lead photographs' captions, each one short sentence, printed under the meta line
  before the text (王政堂走进王家庄村宣讲。/ 环秀街道郭家巷村“小院课堂”开讲。).
- A lead photograph's caption of one clause between the byline and a lede opening on its full
  date (福永街道物流快递行业从业人员参加交通安全培训。/ 2020年12月29日下午，…).
- A WeChat post's zero-padded section number alone on its line (01) over a section heading.
- A copy's tips item asking the reader to follow its account by ID (1、请关注微信公众号:…).
- A copying site's provenance tag after the last stop (…已达363名。 本文来自…图鉴社).

All were left in the text. The pages are ours, in those shapes; the near relatives stay: a
sentence numbering a sheet (第1张“积分兑换卡”), one terse lede under the meta line, and a lede
sentence with a comma over a dated paragraph, a bare count on its line, villagers
following an account in a sentence of the text, a sentence saying where people come from.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_text

HEADLINE = "善感乡“苗寨龙门阵”让党的理论走进千家万户"
PAGE = (
    f"{HEADLINE}\n\n2024-06-17 来源:彭水县融媒体中心\n\n"
    "近年来，彭水县善感乡以“苗寨龙门阵”为抓手，用群众听得懂的语言宣讲党的理论。\n\n"
    "{line}\n\n"
    "宣讲员走进院坝，和村民拉家常、讲政策，把党的好政策讲进群众心坎里。\n"
)


def test_a_gallerys_numbered_alt_text_leaves_the_body():
    report = ingest_text(PAGE.replace("{line}", f"{HEADLINE}-第1张-区县资讯-重视网"))
    assert "第1张" not in report.body
    assert "宣讲员走进院坝" in report.body


def test_a_sentence_numbering_a_sheet_stays():
    line = "村民们领到了第1张“积分兑换卡”，可凭卡到爱心超市兑换生活用品。"
    report = ingest_text(PAGE.replace("{line}", line))
    assert line in report.body


LECTURE = (
    "“微宣讲”传“党音” “拉家常”解民忧\n"
    "发布:2024/4/8 8:53:50 来源:即墨信息港 浏览次 编辑:佚名\n"
    "{lead}"
    "绿树成荫的院落搭配几把小板凳，党员和群众围坐在一起讲百姓话、议百姓事，在庭院中便可开展一场“微宣讲”。\n"
    "不拘泥于场地，不拘泥于形式，只要有群众，环秀街道的“小院课堂”就可以开讲。\n"
)


def test_two_lead_captions_under_the_meta_line_leave_the_body():
    """Round 96: the lead photographs' captions, each one short sentence, printed under the
    meta line before the text."""
    lead = "党校教师走进王家庄村宣讲。\n环秀街道郭家巷村“小院课堂”开讲。\n"
    report = ingest_text(LECTURE.format(lead=lead))
    assert "郭家巷村" not in report.body
    assert report.body.startswith("绿树成荫的院落")


def test_one_terse_lede_under_the_meta_line_stays():
    report = ingest_text(LECTURE.format(lead="党校教师走进王家庄村宣讲。\n"))
    assert report.body.startswith("党校教师走进王家庄村宣讲。")


LOGISTICS = (
    "福永街道物流快递行业党委成立\n\n"
    "宝安日报全媒体记者 张小葵 通讯员 朱成梅 文/图\n"
    "{lead}\n"
    "2020年12月29日下午，福永街道物流快递行业党委正式成立，截至今年4月，福永已成立18个物流快递领域的党组织。\n"
    "福永是深圳最大的物流集散地，物流行业已成为街道特色支柱产业之一。\n"
)


def test_a_one_clause_caption_over_a_lede_opening_on_its_date_leaves_the_body():
    """Round 93: the lead photograph's caption, one sentence of one clause, between the
    byline and a lede that opens on its full date."""
    report = ingest_text(LOGISTICS.format(lead="福永街道物流快递行业从业人员参加交通安全培训。"))
    assert report.body.startswith("2020年12月29日下午")


def test_a_lede_sentence_with_a_comma_over_a_dated_paragraph_stays():
    lead = "物流快递小哥，如今有了自己的“红色港湾”。"
    report = ingest_text(LOGISTICS.format(lead=lead))
    assert report.body.startswith(lead)


SECTIONS = (
    "边境新村的产业路\n\n"
    "绿春县半坡乡二甫新村地处三国交界的边陲要地，村党总支带领群众发展特色产业。\n\n"
    "{number}\n"
    "党组织“搭台”协会“唱戏”\n"
    "村党总支牵头成立协会，统一收购、统一销售，带动农户稳定增收。\n"
)


def test_a_zero_padded_section_number_alone_leaves_the_body():
    """Round 86: a WeChat post numbers each section heading (01) on a line of its own."""
    report = ingest_text(SECTIONS.format(number="01"))
    assert "01" not in report.body.split("\n")
    assert "党组织“搭台”协会“唱戏”" in report.body


def test_a_bare_count_alone_stays():
    report = ingest_text(SECTIONS.format(number="15"))
    assert "15" in report.body.split("\n")


BANQUETS = (
    "整治滥办酒席 乡风文明焕新\n\n"
    "近日，镇党委把整治乱办滥办酒席纳入村规民约，党员干部带头签订承诺书。\n\n"
    "滥办酒席之风得到及时制止，全镇上下呈现出一派风清气正的面貌。\n\n"
    "{line}\n"
)


def test_a_tips_item_asking_to_follow_an_account_leaves_the_body():
    """Round 86: a copy's tips list under the text asks the reader to follow its account by
    ID (1、请关注微信公众号:gz163rsw…)."""
    report = ingest_text(
        BANQUETS.format(
            line="1、请关注微信公众号:gz163rsw官方简章发布后，我们会第一时间分享给大家。"
        )
    )
    assert "gz163rsw" not in report.body
    assert "风清气正" in report.body


def test_a_sentence_about_villagers_following_an_account_stays():
    line = "村民们纷纷关注公众号：镇里的政策和通知，第一时间就能看到。"
    report = ingest_text(BANQUETS.format(line=line))
    assert line in report.body


VILLAGE_OFFICIALS = (
    "杨舍镇大学生村官联谊会分会成立\n\n"
    "昨日下午，张家港市杨舍镇大学生村官联谊会分会和“大学生村官之家”在杨舍镇政府成立。\n\n"
    "近几年来，张家港市不断加大选聘高校毕业生到村任职的力度，大学生村官已达363名。{tail}\n"
)


def test_a_copying_sites_provenance_tag_after_the_last_stop_goes():
    """Round 87: 本文来自中华人民共和国图鉴社 set after the last paragraph's stop with a space."""
    report = ingest_text(VILLAGE_OFFICIALS.format(tail=" 本文来自中华人民共和国图鉴社"))
    assert "图鉴社" not in report.body
    assert report.body.rstrip().endswith("已达363名。")


def test_a_sentence_saying_where_the_officials_come_from_stays():
    tail = "这些村官来自全国各地的高校。"
    report = ingest_text(VILLAGE_OFFICIALS.format(tail=tail))
    assert tail in report.body
