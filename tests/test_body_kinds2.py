"""Furniture kinds that recur across sites leave the clean body, second pass (issue 9,
session 7, K): an e-paper reader's page line, a site's search box, a read-aloud widget;
session 10: empty images and a damaged indent inside a paragraph.

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

from township_reports.ingest.dechrome import strip_inline_chrome, strip_page_chrome
from township_reports.ingest.pipeline import ingest_text
from township_reports.ingest.simplify import to_simplified

LEDE = "本报讯（通讯员 李文博）“这么新鲜的榆钱儿，放到网上一上架就卖光了。”村民高兴地说。"


def removed_lines(lines: list[str]) -> list[str]:
    cleaned = [strip_inline_chrome(to_simplified(line))[0] for line in lines]
    kept, _ = strip_page_chrome(lines, cleaned)
    return [lines[i] for i in range(len(lines)) if i not in kept and lines[i].strip()]


def test_an_e_paper_page_line_with_its_buttons_goes():
    lines = ["第01版 上一期   下一期 上一版 下一版", "第N02版:县域 上一版 下一版", LEDE]
    assert removed_lines(lines) == lines[:2]


def test_a_sentence_naming_a_page_stays():
    lines = ["第2版刊发了本镇上一期的报道", LEDE]
    assert removed_lines(lines) == []


def test_a_search_box_label_goes():
    lines = ["  •   标题    站内高级搜索", "搜索:", "站内搜索", LEDE]
    assert removed_lines(lines) == lines[:3]


def test_a_line_about_searching_stays():
    lines = ["检索系统上线以后，村民办事更方便了", LEDE]
    assert removed_lines(lines) == []


def test_a_read_aloud_widget_label_and_button_go():
    lines = ["语音播报: 语音播报", LEDE]
    assert removed_lines(lines) == lines[:1]


def test_empty_images_inside_a_paragraph_go_and_the_sentences_stay():
    line = (
        "村民：知道了，买完菜就回来…… ![]() ![]() 在西青区中北镇曹庄村，党员志愿者每天分两班值守。"
    )
    cleaned, removed = strip_inline_chrome(line)
    assert cleaned == "村民：知道了，买完菜就回来……在西青区中北镇曹庄村，党员志愿者每天分两班值守。"
    assert [name for name, _ in removed] == ["empty image", "empty image"]


def test_an_image_with_an_address_is_not_an_empty_image():
    line = "![镇党委书记走访](https://example.cn/a.jpg)"
    assert "empty image" not in [name for name, _ in strip_inline_chrome(line)[1]]


def test_an_indent_damaged_to_question_marks_goes():
    for line in (
        "? ? ? ?3月15日，偃师区府店镇召开2024年度党建工作推进会。",
        "????“雨一停，村干部就挨家挨户来看了。”",
        "?△参观团参观石排镇塘尾村幸福美丽村居项目。",  # one before a caption's triangle
    ):
        cleaned, removed = strip_inline_chrome(line)
        assert cleaned[0] in "3“△" and removed[0][0] == "damaged indentation"


def test_a_question_in_the_text_stays():
    for line in ("“这路谁来修？”村民问。", "?号码是多少", "村里的事谁来管？谁来办？"):
        assert strip_inline_chrome(line) == (line, [])


def test_word_picture_names_long_site_terms_and_an_interviewee_credit_go():
    """Round 24 (session 12): IMG_256 where a picture pasted from Word stood (a county CMS),
    a site's numbered terms longer than a one-line notice, a caption credited
    (受访者提供), a repost notice (…仅出于传递信息之目的); a number or a note in the text stays."""
    terms = (
        "1.本网(张家口新闻网)稿件下“稿件来源”项标注为“张家口新闻网”、“张家口日报”的,根据协议,"
        "其文字、图片、音频、视频稿件之网络版权均属张家口新闻网所有,任何媒体、网站或个人未经本网协议"
        "授权,不得转载、链接、转贴或以其他方式复制发表。已经本网协议授权的媒体、网站,在下载使用时须"
        "注明“稿件来源:张家口新闻网”,违者本网将依法追究责任。"
    )
    notice = "2、本站转载自其他媒体的文字及图片,仅出于传递信息之目的,不代表本站官方声音。"
    furniture = ["IMG_256", terms, "百福盖碗与彩色天空交相辉映(受访者提供)", notice]
    stays = ["256", "全村共有256户村民参加了这次议事会，大家一致同意修订村规民约。"]
    assert removed_lines([*furniture, LEDE, *stays]) == furniture


def test_gambling_brands_a_long_labelled_notice_and_a_service_line_go():
    """Round 24 and 25 (session 12): gambling brands spliced into a copy, a site's labelled
    notice however long, its customer line; a reporter named 韦德占 keeps his credit."""
    notice = (
        "江苏苏讯网版权及免责声明:凡本网注明“来源:XXX(非江苏苏讯网)”的作品,"
        + "均转载自其它媒体，" * 30
    )
    furniture = [
        "PG电子试玩平台，PG电子技巧",
        "《BET9九卅还有吗》",
        notice,
        "江苏苏讯网客服:025-86163400",
    ]
    stays = ["新甘肃·甘肃日报记者 韦德占", "村里开通了客服热线，群众有事随时可以打电话反映。"]
    assert removed_lines([*furniture, LEDE, *stays]) == furniture


def test_a_stock_quote_glued_into_a_sentence_and_a_bare_notice_label_go():
    """Round 26: a finance aggregator's quote after a word it took for a stock
    (…完全由老百姓(58.150, -0.16, -0.27%)和社会各界…), and 声明: left without its notice."""
    line = "孙文龙纪念馆是全国为数不多的完全由老百姓(58.150, -0.16, -0.27%)和社会各界自发捐资修建的纪念馆。"
    assert (
        strip_inline_chrome(line)[0]
        == "孙文龙纪念馆是全国为数不多的完全由老百姓和社会各界自发捐资修建的纪念馆。"
    )
    assert (
        strip_inline_chrome("全镇粮食增产12.5%，比上年提高(2.3个百分点)。")[0]
        == "全镇粮食增产12.5%，比上年提高(2.3个百分点)。"
    )
    assert removed_lines(["声明:", LEDE]) == ["声明:"]


def test_a_forums_prompts_a_sites_greeting_and_a_lower_case_rights_line_go():
    """Round 26: a Discuz forum's sign-in prompts, a site's greeting banner, a copyright line
    written All rights reserved (it had become a headline); a village's welcome stays. Rounds 56
    and 58: the forum's welcome to a visitor not signed in (马上注册,结交更多好友,…); a sentence
    about a village registering a cooperative stays."""
    furniture = [
        "立即注册。已有帐号? 登录或使用QQ登录",
        "登录/注册后可查看大图",
        "马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。",
        "e社区欢迎您,马上申请户口,结交更多好友,享用更多功能,让你轻松玩转e社区。",
        "欢迎光临广东半岛·体育保洁服务有限公司官网！",
        "中共山东省委宣传部 All rights reserved",
    ]
    stays = [
        "欢迎来到我们村！村支书笑着迎上前来，带我们参观新修的文化广场。",
        "村里马上注册了合作社，结交更多好友的村民也加入进来。",
    ]
    assert removed_lines([*furniture, LEDE, *stays]) == furniture


def test_a_view_of_the_whole_or_a_corner_between_paragraphs_is_a_caption():
    """雁翅镇田庄村全貌, 铎山镇干部义务植树一角 (rounds 19-26): what only a picture ends on."""
    from township_reports.ingest.lone_captions import lone_captions

    page = [LEDE, "雁翅镇田庄村全貌", LEDE.replace("榆钱儿", "香椿芽")]
    assert lone_captions(page, page, set()) == [1]


def test_a_gambling_brand_spliced_into_sentences_goes_and_the_sentences_stay():
    """Round 26 (session 13): a spam copy splices its brand after words of every few
    sentences (…清理工作半岛体育, 配合密切半岛体育，对沟渠…); 山东半岛 and 开云 as words stay."""
    line = "人员分工明确，配合密切半岛体育，对沟渠进行全面清理疏通半岛体彩。"
    assert strip_inline_chrome(line)[0] == "人员分工明确，配合密切，对沟渠进行全面清理疏通。"
    for stays in (
        "山东半岛体量最大的蓝莓基地落户大泽山镇。",
        "雾散云开，体育公园里晨练的村民多了起来。",
    ):
        assert strip_inline_chrome(stays)[0] == stays


def test_a_gambling_brand_with_its_bracketed_country_or_its_colon_goes_whole():
    """A spam copy's brand may carry a bracketed 中国 and its site's words (…-九游（中国体育）
    娱乐 官方网站, round 41) or the colon it was spliced in with (地处betway必威体育:万秀区,
    round 39): all of it goes, the sentence reads on. 包养网's other keywords go too; a
    disciplinary report's 包养 stays."""
    for spammed, clean in [
        (
            "凤凰村地处betway必威体育:万秀区夏郢镇，距市区26公里。",
            "凤凰村地处万秀区夏郢镇，距市区26公里。",
        ),
        ("“神州北极”-九游（中国体育）娱乐 官方网站", "“神州北极”"),
        (
            "发布的《看法》为咖啡产业高质量包養行情发展指明方向。",
            "发布的《看法》为咖啡产业高质量发展指明方向。",
        ),
    ]:
        assert strip_inline_chrome(to_simplified(spammed))[0] == clean
    stays = "通报指出，该干部违规包养他人，已被开除党籍。"
    assert strip_inline_chrome(stays)[0] == stays


def test_who_stands_where_in_a_photograph_marks_a_caption():
    """Round 26: 柏杰成(左)上门走访慰问低保户邵志华(右)，向其叮嘱… set before the lede; of
    12 survey lines naming a place in a picture, 10 were labelled captions. One person placed
    in a clause of a longer sentence (a lede may), a sentence with a second one after it, or
    左 as a word, stays."""
    furniture = [
        "1月21日上午，新渡镇合城村党总支书记柏杰成(左)上门走访慰问低保户邵志华(右)，向其叮嘱冬季安全注意事项。",
        "陈建福(右二)与村干部慰问老人",
        "韦国党(右二)帮助村民将红薯装上货车。通讯员 韦昱洲 摄",
    ]
    stays = [
        "村道左侧新建了文化墙。村民王大爷(左)说起变化，笑得合不拢嘴。此后，村里又修了路。",
        "会场左右两侧摆放着展板，党员们依次参观。",
        "在河西区越秀路街道港云里社区，网格员刘晓晴（右）在小区议事亭听取居民意见。",
    ]
    assert removed_lines([*furniture, LEDE, *stays]) == furniture


def test_a_caption_and_its_credit_run_into_the_paragraph_go():
    """Round 26: 山体滑坡现场。崔钦淯 摄10日，暴雨如注… — the caption and its credit glued
    before the text; 拍摄 and 摄制 are verbs, and a lede that opens with a short sentence stays."""
    line = "山体滑坡现场。崔钦淯 摄10日，暴雨如注，罗文镇团堡梁村上演了一场生命保卫战。"
    assert strip_inline_chrome(line)[0] == "10日，暴雨如注，罗文镇团堡梁村上演了一场生命保卫战。"
    # a caption may hold one comma (坦洋村内,古建筑保存完好。 张斌 摄“…, round 47)
    line = "白茶村内，古建筑保存完好。 郑建明 摄“把茶产业做大做强，是我们的心愿。”村党支部书记说。"
    assert strip_inline_chrome(line)[0] == "“把茶产业做大做强，是我们的心愿。”村党支部书记说。"
    for stays in (
        "秋收正忙。村民老张拍摄了一段视频，发到了网上。",
        "文化站很热闹。县电视台摄制组来到村里，记录村晚排练。",
        "秋收时节，村里很热闹。县电视台摄制组来到村里，记录村晚排练。",
    ):
        assert strip_inline_chrome(stays)[0] == stays


def test_a_picture_credit_closing_a_paragraph_goes():
    """(圖片來自新華網) closing a paragraph (round 26): the paragraph stays without it."""
    line = "从县城到乡里还有200公里的泥泞山路。(图片来自新华网)"
    assert strip_inline_chrome(line)[0] == "从县城到乡里还有200公里的泥泞山路。"


def test_a_sites_disowning_notices_and_its_widgets_go():
    """Round 27 (and 26): a site disowning what it carries, 以上文章仅代表作者个人观点, a hot-words
    line, a tally under a label, a follow widget's and a search box's labels, a lottery
    site's name; a village's own responsibility sentence and its tallies in prose stay."""
    furniture = [
        "本站部分信息由相应民事主体自行提供,该信息内容的真实性、准确性和合法性应由该民事主体负责。农民调研网 对此不承担任何保证责任。",
        "本网部分转载文章、图片等无法联系到权利人,请相关权利人与本网站联系。",
        "以上文章仅代表作者个人观点,本网只是转载,如涉及作品内容、版权、稿酬问题,请及时联系我们。",
        "相关热词: 春茶 新采 汉中",
        "组织活动: 0 次",
        "• 关注我们:",
        "文章搜索:",
        "六台盒宝典资料大全",
    ]
    stays = [
        "村里明确，谁的责任田谁负责，出了问题不承担责任的干部要被问责。",
        "全年组织活动12次，参与群众800余人次。",
        "我们要关注群众最关心的问题。",
    ]
    assert removed_lines([*furniture, LEDE, *stays]) == furniture


def test_a_captions_credit_given_as_who_provided_the_picture_marks_it():
    """达普涌牧场。配图由梅卓提供。 (round 27): a caption and its credit on a line of their own."""
    furniture = ["达普涌牧场。配图由梅卓提供。"]
    stays = ["这批图书由县图书馆提供。孩子们在书架前挑选自己喜欢的绘本，读得津津有味。"]
    assert removed_lines([*furniture, LEDE, *stays]) == furniture


def test_a_sugar_daddy_sites_name_spliced_into_a_credit_goes():
    """新華社記者 包養網比擬徐昱 攝 (round 27's respun copy): the spam site's name goes and the
    credit reads as printed."""
    assert strip_inline_chrome("新华社记者 包养网比拟徐昱 摄")[0] == "新华社记者 徐昱 摄"


def test_a_caption_over_a_lede_that_opens_with_a_quotation_goes():
    """Round 27: the lead photograph's caption (民革…党员为…魏大娘家捐赠化肥。) over a lede that
    opens with what a villager said and gives its date right after (“…”4月11日，…); the lede,
    which repeats it, stays, and so does a first sentence that is not a caption."""
    lede = (
        "“这化肥可真是及时雨啊，感谢你们的爱心捐赠！”4月11日，在双阳区鹿乡镇方家村，"
        "民革双阳区支部党员为魏大娘家捐赠化肥，鹿乡镇纪委书记杨宝库紧紧握着支部主委的手。"
    )
    caption = "民革双阳区支部党员为鹿乡镇方家村魏大娘家捐赠化肥。"
    headline = "化肥袋里的助农情"
    assert removed_lines([headline, caption, lede]) == [caption]
    assert removed_lines([headline, lede]) == []


def test_a_topic_tag_opening_a_headline_is_no_follow_prompt():
    """关注汛情：严阵以待 共守淮北大堤战洪峰 (round 28) opens with 关注 as 关注公众号 does; only the
    prompt goes."""
    prompts = ["关注", "关注公众号", "关注河南热线"]
    stays = ["关注汛情：严阵以待 共守淮北大堤战洪峰"]
    assert removed_lines([*prompts, LEDE, *stays]) == prompts


def test_a_caption_labelled_by_where_the_picture_stands_goes_with_its_agency_credit():
    """上图：2003年的下姜村；下图：2017年8月9日航拍的下姜村。新华社发 (round 28): a caption, and
    its picture's date is not the report's."""
    furniture = ["上图:2003年的下姜村;下图:2017年8月9日航拍的下姜村。新华社发"]
    stays = ["上图书馆看书成了村民的新习惯，农家书屋里常常坐满了人。"]
    assert removed_lines([*furniture, LEDE, *stays]) == furniture


def test_a_teaser_cut_short_above_the_lede_it_copies_goes():
    """A site's summary of the lede, quotes dropped and cut short with ... (round 28), above the
    lede itself."""
    lede = "本站讯 “瞧，这一个个穿着‘红马甲’的志愿者，如今在马头古镇大街小巷随处可见。她们主动清除电杆‘牛皮癣’。”"
    teaser = (
        "本站讯 瞧，这一个个穿着红马甲的志愿者，如今在马头古镇大街小巷随处可见。她们主动清除电杆..."
    )
    assert removed_lines([teaser, lede]) == [teaser]


def test_a_portals_teaser_labelled_jianjie_over_the_lede_goes_and_the_lede_stays():
    """Round 42: a portal sets its teaser of the lede over it, 简介 glued on and the teaser cut
    short with ...; a sentence that names a 简介 is text."""
    teaser = (
        "简介7月22日起，由安徽日报、新安晚报和本报记者组成的全媒体报道团抵达天长市永丰镇三元村，"
        "启动蹲点调研，深入探访挖掘当地在三产融合、乡村治理等方面的先进做法、成效和经 ..."
    )
    lede = "7月22日起，由安徽日报、新安晚报和本报记者组成的全媒体报道团抵达天长市永丰镇三元村，启动蹲点调研。"
    assert removed_lines([teaser, lede]) == [teaser]
    plain = (
        "村史馆门口的简介牌上写着三元村的来历，村党总支带领村民发展稻虾共作，村民人均增收两千元。"
    )
    assert removed_lines([plain, lede]) == []


def test_a_sites_keyword_tags_glued_after_a_paragraph_go_and_a_chain_in_a_sentence_stays():
    """Round 42: a tea site's product tags, single words joined by dashes, run on after a
    paragraph's last sentence; a production chain written the same way inside a sentence
    is the report's."""
    line = "村社、企业、茶农纷纷行动起来，保障今年春茶采摘工作。Pie大红袍-普洱-正山小种-白茶-黑茶-铁观音-绿茶-乌龙茶-品茶界"
    assert strip_inline_chrome(line)[0] == "村社、企业、茶农纷纷行动起来，保障今年春茶采摘工作。"
    chain = "全镇形成了种植-加工-销售-仓储-物流-电商一体化的产业链。"
    assert strip_inline_chrome(chain)[0] == chain


def test_a_related_content_label_ends_the_story():
    """Round 42: 相关内容: alone on its line opens the site's list of other stories."""
    story = ["河北阜平，一个位于太行山深处的贫困县。骆驼湾村党支部带领群众种香菇，日子越过越红火。"]
    assert removed_lines([*story, "相关内容:", "骆驼湾村：从贫困村到小康村"]) == [
        "相关内容:",
        "骆驼湾村：从贫困村到小康村",
    ]


def test_a_video_scripts_markers_go_and_its_text_stays():
    """【正文】3月14日，… opening each paragraph of a TV story's script (round 29)."""
    line = "【正文】3月14日，“党建引领 小区治理”议事会在响水乡召开，居民代表围坐一起。"
    assert strip_inline_chrome(line)[0] == line[len("【正文】") :]
    tag = "【乡村振兴】3月14日，响水乡召开议事会。"
    assert strip_inline_chrome(tag)[0] == tag


def test_a_media_centres_closing_credits_and_notices_go():
    """Round 30: 终审/杨国钧 总监制/马 湘 (labels parted from names by slashes), ©丽江市广播电视台,
    【声明】如需转载…; a post's ©原创 meta line with its date stays for the date reader."""
    furniture = [
        "©丽江市广播电视台",
        "【声明】如需转载丽江市融媒体中心名下任何平台发布的内容,请与我们建立有效联系。",
    ]
    stays = ["©原创 2019-11-27 16:24  阅读:21681"]
    assert removed_lines([*furniture, LEDE, *stays]) == furniture


def test_a_menu_run_before_the_headline_on_its_line_goes():
    """首页    新闻动态    新闻报道    致公党福建省委会领导到政和县开展“同心送福”活动 (round 30)."""
    line = "首页    新闻动态    新闻报道    致公党福建省委会领导到政和县开展“同心送福”活动"
    assert strip_inline_chrome(line)[0] == "致公党福建省委会领导到政和县开展“同心送福”活动"


def test_a_portals_recommendation_labels_go():
    """文章推荐: / 频道精选 / 精选专题 under the text (round 30's portal)."""
    furniture = ["文章推荐:", "频道精选", "精选专题"]
    stays = ["这篇文章推荐给了全镇党员学习。"]
    assert removed_lines([LEDE, *furniture, *stays]) == furniture


# --- round 38: a gallery's leftovers, a layout table's empty cells --------------------------------

ANDU_LEDE = (
    "江苏海门正余镇安渡村以“百企联百村”活动为契机，把村里的资源优势和企业的技术资金优势结合起来。"
)
ANDU_NEXT = "村里与企业党委结对共建，带动在外能人回村注册成立两家劳务公司，村民在家门口就业。"


def test_a_pictures_number_or_identifier_between_paragraphs_goes():
    """1 / 2 under a heading, a picture's UUID: what a gallery leaves once its pictures are
    gone. A number in the page's header may be a date's part, and stays for the date reader."""
    lines = [
        ANDU_LEDE,
        "组织战斗堡垒“无限加固”",
        "1",
        "2",
        "637feec9-4b9f-47a4-9cff-3b66f04174c4",
        ANDU_NEXT,
    ]
    assert removed_lines(lines) == ["1", "2", "637feec9-4b9f-47a4-9cff-3b66f04174c4"]
    assert removed_lines(["2023", ANDU_LEDE, ANDU_NEXT]) == []


def test_a_headline_in_a_row_of_empty_table_cells_keeps_its_words():
    """江苏海门正余镇：同心共筑红色联盟 携手助推乡村振兴 | |||| (round 38): the cells go, the
    headline is the title."""
    from township_reports.ingest.pipeline import ingest_text

    page = "\n".join(
        [
            "|",
            "江苏海门正余镇：同心共筑红色联盟 携手助推乡村振兴 | ||||",
            "| ||||",
            ANDU_LEDE,
            ANDU_NEXT,
        ]
    )
    assert ingest_text(page).title == "江苏海门正余镇：同心共筑红色联盟 携手助推乡村振兴"


def test_a_watermark_a_spam_brand_and_a_flattened_caption_leave_the_line():
    """Round 38: a picture's watermark (the site's name and address) glued to its caption, a
    brand in letters with 官网 set between Chinese words, a 图为… caption with its photographer
    between the paragraphs of a flattened page; the sentences around them stay."""
    cleaned, _ = strip_inline_chrome("党员竹林深处人居提升忙fff保山日报网_www.baoshandaily.cn")
    assert cleaned == "党员竹林深处人居提升忙"
    cleaned, _ = strip_inline_chrome("这日子真是变化大了!”fff保山日报网_www.baoshandaily.cn")
    assert cleaned == "这日子真是变化大了!”"
    assert (
        strip_inline_chrome("来源：川南经济网www.chuannane.com")[0]
        == "来源：川南经济网www.chuannane.com"
    )
    watermarked = [
        ANDU_LEDE,
        "党员竹林深处人居提升忙.jpgfff保山日报网_www.baoshandaily.cn",
        "党员竹林深处人居提升忙fff保山日报网_www.baoshandaily.cn",
        ANDU_NEXT,
    ]
    assert removed_lines(watermarked) == watermarked[1:3]  # the picture's file name, its caption
    cleaned, _ = strip_inline_chrome(
        "垃圾分类放，宣传环境有保障。活动telegram官网提升居民生活垃圾分类知晓率。"
    )
    assert cleaned == "垃圾分类放，宣传环境有保障。活动提升居民生活垃圾分类知晓率。"
    line = "把“招牌擦得更亮堂”。 图为队员王淑贤采访村干部欧赛。谢杨 摄 实用之花，惠民济生"
    assert "图为" not in strip_inline_chrome(line)[0] and "实用之花" in strip_inline_chrome(line)[0]
    for stays in ("村民通过手机app下载课程。", "详见县政府网站 www.pinglixian.gov.cn 的通知。"):
        assert strip_inline_chrome(stays)[0] == stays


def test_a_mirrors_watermark_title_opening_a_line_goes():
    """WWi中浙网 – 中国浙江网_浙江省地方综合性门户网站 (round 39): a spam mirror's own title, letters
    before it, set before its lines and glued to a paragraph; the paragraph stays."""
    title = "WWi中浙网 – 中国浙江网_浙江省地方综合性门户网站"
    cleaned, _ = strip_inline_chrome(f"{title}{title} 溪口村着重打造的文创街区也随处可见竹元素。")
    assert cleaned == "溪口村着重打造的文创街区也随处可见竹元素。"
    assert strip_inline_chrome("5G网络覆盖全镇 - 移动网")[0] == "5G网络覆盖全镇 - 移动网"


def test_an_archive_pictures_marker_goes_and_its_sentence_stays():
    """…人称“穷棒子社”。(资料片) (round 39): the marker of an archive picture goes as 资料图片 does;
    the sentence before it may be the picture's caption or a one-sentence paragraph, and stays."""
    from township_reports.evaluate import plain_body
    from township_reports.ingest.pipeline import ingest_text

    headline = "安渡村：百企联百村 村企共发展"
    for marker in ("(资料片)", "（资料图片）"):
        body = ingest_text("\n".join([headline, ANDU_LEDE + marker, ANDU_NEXT])).body
        assert ANDU_LEDE in plain_body(body) and "资料" not in body


def test_an_offices_picture_credit_glued_before_the_text_and_a_lone_mark_go():
    """Round 39: a caption and the office that lent the picture run into the paragraph under it
    (…蔬菜大棚基地。安义县委统战部供图“我们2023年…); a backslash alone on its line."""
    line = (
        "航拍安义县东阳镇的徐埠村蔬菜大棚基地。安义县委统战部供图“我们2023年营业收入达到1100万元。”"
    )
    assert strip_inline_chrome(line)[0] == "“我们2023年营业收入达到1100万元。”"
    drawings = "镇里建起了大棚基地。县委统战部供图纸和资金支持村里发展。"
    assert strip_inline_chrome(drawings)[0] == drawings
    assert removed_lines([ANDU_LEDE, "\\", ANDU_NEXT]) == ["\\"]


def test_a_reposting_sites_special_notice_goes_and_a_sentence_about_information_stays():
    """特别提醒:本网内容转载自其他媒体,目的在于传递更多信息… (round 40): the site's notice."""
    notice = "特别提醒:本网内容转载自其他媒体,目的在于传递更多信息,并不代表本网赞同其观点。"
    prose = "村里的目的在于传递更多信息给村民，让大家及时了解政策和办事流程。"
    assert removed_lines([ANDU_LEDE, ANDU_NEXT, notice, prose]) == [notice]


def test_a_bracketed_caption_closing_on_its_stop_leaves_the_body():
    """Round 43: a hospital's news page sets its photo captions in brackets between the
    paragraphs, one closing on a full stop inside ((苹塘镇政府座谈交流。)); a bracketed sentence
    with a clause in it is text."""
    head = "佛山市中医院赴苹塘镇开展组团帮扶\n"
    before = "11月27日，佛山市中医院一行先到苹塘镇卫生院参观、交流，详细了解苹塘镇居民疾病谱和卫生院的发展情况。\n"
    after = "随后，佛山市中医院一行到苹塘镇政府与镇委班子、驻镇工作队座谈，共商帮扶工作。\n"
    body = ingest_text(head + before + "(苹塘镇政府座谈交流。)\n" + after).body
    assert "苹塘镇政府座谈交流" not in body and "随后，佛山市中医院" in body
    note = "（会后，驻镇工作队与镇卫生院商定了下一步的帮扶计划。）\n"
    assert "商定了下一步的帮扶计划" in ingest_text(head + before + note + after).body


def test_a_document_librarys_reading_widgets_go_and_a_sentence_about_downloading_stays():
    """Round 57: a periodical library shows part of a text under its reading widget (论文部分内容阅读)
    and prints its download and page widgets around it, as the pages corpus's document sites do;
    a sentence about downloading a file stays, and the meta line naming the journal is read."""
    furniture = [
        "论文部分内容阅读",
        "下载到本地 , 更方便阅读",
        "上传人:b****3 文档编号:17549336 上传时间:2022-12-07 格式:DOCX 页数:11 大小:34.64KB",
        "第1页 / 共11页",
        "点击查看更多>>",
        "资源描述",
    ]
    stays = ["村民可以把材料下载到本地，更方便阅读和打印。"]
    assert removed_lines([*furniture, LEDE, *stays]) == furniture
    # the library's meta line names the journal: a field line, read as the source (round 58)
    meta = "来源 :当代党员 | 被引量 : 0次 | 上传用户:wodeziyuan"
    page = [
        "文化扮靓江湾美镇",
        meta,
        *furniture[:2],
        LEDE,
        "全镇党员带头参与文化活动，群众文化生活日益丰富。",
    ]
    report = ingest_text("\n".join(page))
    assert report.source == "当代党员" and "被引量" not in report.body


def test_an_untitled_page_a_tip_jar_and_an_image_description_go():
    """Round 59: a page the CMS left untitled (无标题文档, a spam brand glued on), a repost's tip
    jar (如果觉得这篇文章对您有帮助,请打赏支持一下!) and an image's description label
    (描述:大峪村村民杨仲明。) are the page's; sentences about rewards or finding a method useful stay."""
    furniture = [
        "无标题文档品特轩高手之家",
        "如果觉得这篇文章对您有帮助,请打赏支持一下!",
        "描述:大峪村村民杨仲明。",
    ]
    stays = [
        "村里对好人好事给予奖励，描述得很清楚。",
        "镇党委觉得这个办法有用，打赏制度不适用于机关。",
    ]
    assert removed_lines([*furniture, LEDE, *stays]) == furniture


def test_a_picture_taken_off_the_web_and_an_agencys_bar_credit_mark_captions():
    """Round 58: a caption closing on 图片来自网络 (…再次发生爆炸。 图片来自网络), a marker line of
    its own (网络图片, 文章插图) and an agency after 图 and a bar in brackets (…事故现场。(图|人民视觉))
    are the page's; a byline in brackets ending 文/图 stays for the byline reader."""
    furniture = [
        "时隔不到2年的时间，漳州古雷PX项目再次发生爆炸。 图片来自网络",
        "文章插图",
        "网络图片",
    ]
    byline = "（记者 张三 文/图）"
    assert removed_lines([*furniture, LEDE, byline]) == furniture
    credited = "2021年1月12日，栖霞五彩龙金矿事故现场。(图|人民视觉)"
    assert "人民视觉" not in strip_inline_chrome(credited)[0]
    report = ingest_text(f"古雷镇开展安全大检查\n来源：图片来自网络泉州网\n{LEDE}\n{byline}\n")
    assert report.source == "泉州网" and "张三" in report.authors


def test_a_caption_without_a_full_stop_goes_where_the_page_indents_its_headings_too():
    """Round 58: an evening paper indents every paragraph and every heading (``  翻天覆地的巨变——``)
    and sets its photo captions flush, with no full stop (``土坯房已成为遥远的背影``). A caption
    there is shaped like a heading; on a page that sets its headings flush it stays, since it
    could be one."""
    paragraphs = [
        "  初秋时节，水声潺潺，花香幽幽，路过麦积山风景区，绕过片片林海，抬眼间，红崖村到了。",
        "  这是一个清秀的村落，四周青山环抱，河水绕村而行，辖4个村民小组，179户775人。",
        "  出生于1949年的高海峰是一名与新中国同龄的老人，见证着红崖村的变化。",
        "  在高海峰很长一段时间的记忆里，村上是没有路的，出村只有一条羊肠小道。",
    ]
    captions = ["坐落在青山绿水间的红崖村，成为众多市民的打卡地", "土坯房已成为遥远的背影"]

    def page(heading: str) -> str:
        lines = ["红崖村：从“牛粪村”到“网红村”", paragraphs[0], captions[0], heading, paragraphs[1]]
        return "\n\n".join([*lines, paragraphs[2], captions[1], paragraphs[3]])

    body = ingest_text(page("  翻天覆地的巨变——")).body
    assert not any(caption in body for caption in captions)
    assert "翻天覆地的巨变" in body and "高海峰" in body
    body = ingest_text(page("翻天覆地的巨变——")).body
    assert all(caption in body for caption in captions)


def test_a_line_of_random_characters_a_spam_copy_hid_in_the_report_goes():
    """Round 60: a spam copy of a wire story hides a paragraph of characters drawn at random
    (拇婶唱噎请翅渐地施…) to look unique to a search engine. It is no sentence and goes; prose
    with few function words (figures, a list of names and ages, a spun copy) stays."""
    salad = "拇婶唱噎请翅渐地施楷幼抽方炸噪骚睛硬轮规逢描。划贞夹剁撮仇洁易能折乔扛揩郧燕毗膛知封识糯现。"
    stays = [
        "数据显示，今年1至6月，耿车镇累计完成固定资产投资34320万元，比去年同期增长11.2%，其中工业投资增幅148%。",
        "81岁胡加林、91岁胡连英、82岁黄绍珍、77岁范有旺、71岁吉太艳、76岁刘荣成，他们都是茨河镇老街坊。",
        "统统，借是那样相逝世：山，借是叠嶂流翠；水，借是浑洌收略；竹，借是邑邑葱葱，尔们便欣慰天收明。",
    ]
    assert removed_lines([LEDE, salad, *stays]) == [salad]


def test_a_galleries_top_links_and_a_mailing_lists_footer_go():
    """Round 60: a forum gallery prints a link back to the top (TOP) under each picture, and a
    blog archiving a mailing list keeps the list's footer under the story it relayed (您收到此邮件
    是因为您订阅了 Google 网上论坛的…) and its own comment prompts after it. A sentence naming
    a top or a subscription stays."""
    top = "TOP"
    footer = [
        "您收到此邮件是因为您订阅了 Google 网上论坛的“参考消息(G4G)”论坛。",
        "要向此网上论坛发帖,请发送电子邮件至 go2group@googlegroups.com。",
        "沒有留言:",
    ]
    stays = "村民订阅了镇里的农技信息，TOP级种植大户带头示范。"
    assert removed_lines([LEDE, top, stays, *footer]) == [top, *footer]


def test_a_phones_picture_buttons_and_a_resource_sites_disclaimer_go():
    """Round 60: a forum's phone view prints two buttons under each picture (下載附件 /
    保存到相冊), and a resource site closes a copied story with its numbered disclaimer
    (1:如非特殊说明,本站对提供的素材及源码不拥有任何权利,…); a sentence about downloading
    or owning rights stays."""
    furniture = [
        "下載附件",
        "保存到相冊",
        "1:如非特殊说明,本站对提供的素材及源码不拥有任何权利,其版权归原著者拥有。",
    ]
    stays = ["村民通过手机下载附件，了解土地确权政策，明白自己拥有哪些权利。"]
    assert removed_lines([LEDE, *furniture[:2], *stays, furniture[2]]) == furniture


def test_a_caption_closing_on_a_file_photo_mark_or_a_photographers_name_goes():
    """Round 60: a caption closes on 资料图片 after its full stop (得胜村的果农在采摘苹果。资料图片),
    or on 摄影 and the photographer's name after a space (…大漠人家饭店 摄影 宋春燕). A
    sentence about file photos or a photographer stays."""
    furniture = ["得胜村的果农在采摘苹果。资料图片", "孟克达来和他开的大漠人家饭店 摄影 宋春燕"]
    stays = ["村里整理了一批资料图片，办起了村史馆。", "村民宋春燕爱好摄影，镜头里都是家乡的变化。"]
    assert removed_lines([LEDE, furniture[0], stays[0], furniture[1], stays[1]]) == furniture


def test_a_forums_thread_buttons_a_correction_button_and_a_capitalised_image_name_go():
    """Round 61: a Discuz thread's link button ([复制链接]) and its prompt to visitors
    (您好!注册登陆后会显示大图和更精彩内容!), a news agency's correction button (【纠错】) and a
    picture's file name with a capitalised extension (…c97.Jpeg) are the page's."""
    furniture = [
        "[复制链接]",
        "您好!注册登陆后会显示大图和更精彩内容!",
        "【纠错】",
        "0fb3890b693441508b9c7fcd28542c97.Jpeg",
    ]
    stays = ["村民注册登录后可以在线查看大图，了解新村规划。"]
    assert removed_lines([LEDE, *furniture, *stays]) == furniture


def test_a_wire_storys_dated_pictures_naming_one_place_go_and_a_chronology_stays():
    """Round 61: a paper's feature opens with its pictures, each captioned with the day it was
    taken, the place and what it shows (二〇一八年十月十八日，开州区关面乡泉秀村，村民正在…);
    the place repeats after every day. A text's chronology opens its lines on days too, and
    stays."""
    captions = [
        "二〇一八年十月十八日，开州区关面乡泉秀村，村民正在将中药材木香装袋。",
        "2018年5月，开州区关面乡泉秀村，满山遍野的中药材木香。",
        "2016年11月18日，开州区关面乡泉秀村七里坪，村民在雨雾天里收捡木香。",
    ]
    chronology = [
        "2018年5月，泉秀村成立木香专业合作社，党员带头入社。",
        "2019年3月，村里建起烘干房，木香不再愁晒。",
        "2020年，全村木香销量达到900吨，村民人均增收逾万元。",
    ]
    assert removed_lines([*captions, LEDE, *chronology]) == captions


def test_a_caption_on_a_bare_credit_and_a_forums_post_line_go_and_the_post_time_is_read():
    """Round 62: a caption closes on 供图 alone, its giver left out (工作人员和民警拆除“飞线” 供图);
    round 61: a Discuz thread's post line (楼主| 发表于 … | 显示全部楼层 |阅读模式) is the board's,
    and its posting time is still the page's date."""
    caption = "工作人员和民警拆除“飞线” 供图"
    post = "楼主| 发表于 2023-10-21 08:53 | 显示全部楼层 |阅读模式"
    assert removed_lines(
        [post, LEDE, caption, "村里统一安装了充电桩，党员志愿者上门宣传供图纸上的安全知识。"]
    ) == [
        post,
        caption,
    ]
    report = ingest_text(f"武林镇整治电动车飞线充电\n{post}\n{LEDE}\n{caption}\n")
    assert report.date == "2023-10-21T08:53" and "显示全部楼层" not in report.body


def test_a_casinos_brand_in_a_copys_dateline_goes_and_the_lede_and_its_date_stay():
    """Round 58: a spam copy sets a casino's brand where the dateline names its outlet
    (【大澳门威尼斯人赌场官网2020年08月29日讯】8月29日上午…): the brand goes; the line is the
    lede, not a spam line, and the dateline's date is still the page's."""
    lede = "【大澳门威尼斯人赌场官网2020年08月29日讯】8月29日上午9时40分许，襄汾县陶寺乡陈庄村一饭店发生坍塌，党员干部第一时间赶赴现场救援。"
    report = ingest_text(
        f"襄汾县陶寺乡一饭店坍塌 党员干部连夜救援\n{lede}\n镇党委组织力量全力搜救被困人员，妥善安置受伤群众。"
    )
    assert "赌场" not in report.body and "8月29日上午9时40分许" in report.body
    assert report.date == "2020-08-29" and report.source is None


def test_a_screenshot_caption_a_more_pictures_prompt_tags_and_a_bare_previous_link_go():
    """Rounds 55–61: a caption saying the picture is a screenshot (微博截图, 大棚被淹没 视频截图),
    a gallery's 更多相片 prompt, a giver's credit alone in brackets ((由受访者提供)), an English
    template's Tags and a bulleted 上一篇 with no colon (the previous story follows it) are the
    page's. A sentence about a screenshot stays."""
    furniture = ["微博截图", "大棚被淹没 视频截图", "更多相片", "(由受访者提供)", "Tags"]
    stays = "村民用手机截图保存了证据，交给了镇综治中心。"
    assert removed_lines([LEDE, *furniture, stays]) == furniture
    previous = ["- 上一篇", "崇左大新:用真功使实劲做大做强蔗糖产业"]
    assert removed_lines([LEDE, stays, *previous]) == previous
