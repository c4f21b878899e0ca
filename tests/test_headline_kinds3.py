"""Header lines a page prints around its headline, third pass (session 39, round 86).

Kinds met on real pages (tests/corpus/PATTERNS.md, "Session 39"): a part a single dash joins
onto the end of an HTML title that the story never names (…走访见闻-全球观点, a content farm's
channel; …倡导移风易俗 -凯发k8天生赢家一触即发, a betting brand's slogan), and a trade portal's
banner closed by an exclamation mark (中国竹网 - 竹业行业门户网站 !) standing where no headline
is printed. The pages are written by us in the shapes those sites print (real towns, our own
sentences, invented names), each with the near relative the rule must leave alone.
"""

from __future__ import annotations

from township_reports.ingest.pipeline import ingest_bytes


def _ingest(page: str):
    return ingest_bytes(page.encode("utf-8"), "headline-kinds3-test.txt")


STORY = """
2023-05-12 09:40:11 来源：凌云县融媒体中心

进入5月，凌云县下甲镇加西村的桑园一片翠绿，村民们忙着采桑喂蚕。村党支部书记介绍，村里采取“党支部+合作社+农户”的办法，统一供种、统一技术、统一收购蚕茧。

“种桑养蚕比外出打工强，在家门口就能挣钱。”村民黄秀英一边给蚕匾添桑叶一边说，她家今年养了三张蚕种。
"""


def test_a_dash_tail_the_story_never_names_is_cut_from_the_title():
    report = _ingest("加西村：小桑蚕织出村民致富路-全球视点" + STORY)
    assert report.title == "加西村：小桑蚕织出村民致富路"


def test_a_betting_slogan_after_a_spaced_dash_is_cut_from_the_title():
    report = _ingest("下甲镇党建引领桑蚕产业发展 -乐发v8大赢家一触即发" + STORY)
    assert report.title == "下甲镇党建引领桑蚕产业发展"


def test_a_dash_tail_the_story_names_stays_part_of_the_title():
    report = _ingest("下甲镇：小桑蚕织出致富路-加西村见闻" + STORY)
    assert report.title == "下甲镇：小桑蚕织出致富路-加西村见闻"


def test_an_age_span_in_a_title_is_no_dash_tail():
    report = _ingest("加西村为3-6岁留守儿童办起“蚕桑课堂”" + STORY)
    assert report.title == "加西村为3-6岁留守儿童办起“蚕桑课堂”"


PORTAL_PAGE = """中国茶叶网 - 茶业行业门户网站 !
商业资讯: 行业新闻 | 企业新闻 | 行业行情 | 各地茶业 | 政策法规 | 研究成果
近年来，福建省安溪县西坪镇松岩村依托茶山资源，采取“村党支部+企业+基地+农户”模式，发展茶叶种植和加工，全村有茶叶加工企业5家，带动村民就近务工。
图为5月9日，西坪镇松岩村茶农在晾晒茶青。
"""


def test_a_trade_portal_s_banner_with_an_exclamation_mark_is_never_the_title():
    report = _ingest(PORTAL_PAGE)
    assert report.title_devised
    assert "门户网站" not in report.title


FORUM_THREAD = """查看: 2351|回复: 1

[本地资讯] 兴平市西吴街道举办敬老节 百岁老人上台领寿桃

[复制链接]
"""


def test_a_forum_threads_type_tag_before_its_subject_is_not_the_title():
    """A Discuz thread's type tag ([本地资讯], [今日要闻]) files the thread, as a portal's
    channel files a story; a series tag (【党建引领】…) stays the headline's own."""
    report = _ingest(FORUM_THREAD + STORY)
    assert report.title == "兴平市西吴街道举办敬老节 百岁老人上台领寿桃"
    report = _ingest("【党建引领】加西村：小桑蚕织出村民致富路" + STORY)
    assert report.title == "【党建引领】加西村：小桑蚕织出村民致富路"


def test_an_aggregators_recommendation_label_before_the_headline_is_not_the_title():
    """世界热推荐：, 今日推荐｜: an aggregator's column before the headline, as 今日热点： is."""
    report = _ingest("世界热推荐：拎着粽子去“探亲”，下甲镇开展端午走访慰问活动" + STORY)
    assert report.title == "拎着粽子去“探亲”，下甲镇开展端午走访慰问活动"


def test_a_subtitle_after_one_em_dash_is_joined_as_chinese_sets_it():
    """赋能“青苗”工程，助力高质量发展—大塘镇委党校举办…: the subtitle's dash typed once
    (round 87) is the headline's ——; a dash linking two names (中国—东盟) stays one."""
    report = _ingest("赋能“青苗”工程，助力高质量发展—下甲镇委党校举办后备干部培训班" + STORY)
    assert report.title == "赋能“青苗”工程，助力高质量发展——下甲镇委党校举办后备干部培训班"
    report = _ingest("中国—东盟博览会上的加西村蚕丝被" + STORY)
    assert report.title == "中国—东盟博览会上的加西村蚕丝被"


def test_a_lede_opening_on_a_preposition_before_a_quotation_is_no_glued_headline():
    """A page with no headline whose lede's subject takes a preposition before a quoted aim
    (六塔乡党委政府以“不烧一把火、不冒一处烟”为禁烧目标, round 87): the quotation is the
    preposition's object, so no headline is split off the lede and the title is devised."""
    lede = "下甲镇党委政府以“不烧一把火，不冒一处烟”为禁烧目标，秸秆禁烧工作早行动，做到宣传发动到位、巡查值守到位。"
    report = _ingest(
        lede + "\n\n同时，镇里组织中小学生开展“小手拉大手”禁烧宣传，印发承诺书3000余份。\n"
    )
    assert report.title_devised
    assert report.body.lstrip().startswith("下甲镇党委政府以")


def test_a_casinos_game_centre_glued_before_the_headline_is_not_the_title():
    """澳门新葡游戏中心app下载 glued before a headline (round 86) is a casino's brand and its
    app, as 某某体育app下载 is."""
    report = _ingest("澳门金沙游戏中心app下载“扶志·扶能·扶智”联欢会走进下甲镇加西村" + STORY)
    assert report.title == "“扶志·扶能·扶智”联欢会走进下甲镇加西村"


SCENE_PAGE = """古蔺首个村级春晚受热捧 观众直呼过瘾《新闻》

发布时间:2020-08-29 00:10:22 阅读: 来源:童装厂家

大村康乐春晚现场

春节怎么过，看春晚。古蔺县大村镇桑木村首个村级春节联欢晚会在春节期间顺利上演，吸引了本村及周边群众近千人观看。
“我都90岁了，第一次在家门口看这样闹热的春晚。”村民王大娘说。
"""


def test_an_events_scene_caption_under_the_date_line_is_not_the_headline():
    """大村康乐春晚现场 right over the text is a photograph's caption (…现场, round 86); the
    headline over the date line is the title, without the copying site's 《新闻》 tag; a show's
    title closing a headline stays."""
    report = _ingest(SCENE_PAGE)
    assert report.title == "古蔺首个村级春晚受热捧 观众直呼过瘾"
    report = _ingest(SCENE_PAGE.replace("观众直呼过瘾《新闻》", "村民剧团首演《白毛女》"))
    assert report.title == "古蔺首个村级春晚受热捧 村民剧团首演《白毛女》"


def test_a_main_line_of_two_spaced_phrases_over_its_subtitle_is_joined():
    """“零彩礼”婚约 为幸福加分 over 包河区大圩镇多举措推进文明新婚俗，… (round 86): a main line
    set as two phrases parted by a space, its subtitle naming the town under it; the title
    is 主题——副题. A menu row over a headline is no main line."""
    lines = "“零彩礼”婚约 为幸福加分\n下甲镇多举措推进文明新婚俗，引领时代新风尚\n"
    story = (
        "\n2024-03-12 09:40:11 来源：凌云县融媒体中心\n\n"
        "“我们结婚了！”3月7日，下甲镇加西村青年黄明和李芳签下“零彩礼”婚约，镇里的红娘为他们送上祝福。"
        "近年来，下甲镇党委倡导婚事新办，推行“零彩礼”婚约，让文明新婚俗为幸福加分。\n"
    )
    report = _ingest(lines + story)
    assert report.title == "“零彩礼”婚约 为幸福加分——下甲镇多举措推进文明新婚俗，引领时代新风尚"
    report = _ingest("首页 新闻中心 政务公开\n下甲镇多举措推进文明新婚俗，引领时代新风尚\n" + story)
    assert report.title == "下甲镇多举措推进文明新婚俗，引领时代新风尚"


DISCLOSURE_TABLE = """[索引号] | 11610827MB2A00716C/2024-00031 | [ 主题分类 ] | 其他 |
---|---|---|---|
[ 发布机构 ] | 米脂县农业农村局 | [ 发文日期 ] | 2024-06-19 |
[ 效力状态 ] | 有效 | [ 文 号 ] | |
[ 名 称 ] | 关爱老人 品尝鲜美粽子——记银州街道泥沟村第一书记端午走访 |

端午节前夕，米脂县农业农村局派驻银州街道泥沟村第一书记和驻村工作队走访慰问村里的老人，为他们送去粽子和慰问品。
“粽子真香，谢谢你们惦记着我们。”村民李大娘拉着第一书记的手说。
"""


def test_a_disclosure_tables_bracketed_cells_give_title_issuer_and_date():
    """A county bureau's disclosure table whose labels are bracketed and spaced ([ 名 称 ] |
    …, [ 发布机构 ] | …: round 87): the 名称 cell is the title (its closing border cut or
    not), the issuing office the source, the 发文日期 the date; the row is no site menu."""
    report = _ingest(DISCLOSURE_TABLE)
    assert report.title == "关爱老人 品尝鲜美粽子——记银州街道泥沟村第一书记端午走访"
    assert report.source == "米脂县农业农村局"
    assert report.date == "2024-06-19"


def test_a_flattened_comma_typed_with_a_space_keeps_no_space_in_the_title():
    """Round 86: a copy flattened ， to an ASCII comma typed the English way, a space after it
    (…织就振兴路, 秦岭深处…); the title reads as the paper printed it, with no space after ，."""
    report = _ingest("石泉县：“金蚕”织就振兴路, 秦岭深处的绿色共富密码" + STORY)
    assert report.title == "石泉县：“金蚕”织就振兴路，秦岭深处的绿色共富密码"


def test_a_row_of_the_sites_accounts_over_the_story_is_no_headline():
    """Round 89: a city portal's header (引力播 家在苏州 微博 微信) over a copy that prints no
    headline: spaced short items, two of them the site's accounts, are links to follow it; a
    headline naming the platforms inside its phrases stays one."""
    story = (
        "\n\n通讯员 潘静 李秋敏\n\n从走家串户登记，到电话、微信预约上门，杨庙镇花瓶村的老党员胡正清"
        "五次参与人口普查，成了村里的“活地图”。\n"
    )
    report = _ingest("引力播 家在苏州 微博 微信" + story)
    assert report.title_devised and "微博" not in report.title
    report = _ingest("下甲镇党员用好微信 微博 服务蚕农" + STORY)
    assert report.title == "下甲镇党员用好微信 微博 服务蚕农"


def test_a_caption_catching_people_in_the_act_is_no_headline():
    """Round 89: over a copy that prints no headline, the picture's caption (村民正在清理杂草)
    says what people are doing as it was taken; no labelled headline says 正在. The page's
    headline, where it prints one, stays."""
    story = (
        "\n\n5月12日，盂县苌池镇红崖底村的村民在药材基地里清理杂草、移栽苗木，村党支部书记张玉平"
        "说，村集体利用流转的土地种植连翘和桔梗，壮大村集体经济。\n"
        "“药材行情见好，村里的党员带头种，群众跟着干。”张玉平说。\n"
    )
    assert _ingest("村民正在清理杂草" + story).title_devised
    report = _ingest("红崖底村：“双百亩”药材基地壮大村集体经济\n村民正在清理杂草" + story)
    assert report.title == "红崖底村：“双百亩”药材基地壮大村集体经济"


def test_a_line_naming_a_betting_site_and_nothing_of_the_story_is_no_headline():
    """Round 89: a spam copy printed its brand where the editor's credit was (编纂: 东昌府天天棋牌
    主管网) over a report with no headline: a betting word and no word of the story is a spam
    banner. A headline on the story's subject that holds the same word (棋牌室) stays."""
    story = (
        "\n\n柳园讯 每天傍晚，柳园街道各社区的人口普查员身穿红马甲、戴着工作牌走进小区，"
        "逐户登记，社区党员志愿者协助核对信息。\n"
        "街道党工委要求普查员把政策讲清楚，把数据登记准，确保不重不漏。\n"
    )
    assert _ingest("编纂: 东昌府天天棋牌主管网" + story).title_devised
    report = _ingest(
        "柳园街道党员把普查宣传送进社区棋牌室" + story.replace("逐户登记", "到社区棋牌室逐户登记")
    )
    assert report.title == "柳园街道党员把普查宣传送进社区棋牌室"
