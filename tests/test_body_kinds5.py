"""Furniture, credit and title kinds met on unseen sites, fifth pass (issue 9, session 29,
survey round 71).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

# one lede and one chrome check for all passes
from test_body_kinds2 import LEDE, removed_lines

from township_reports.ingest.pipeline import ingest_text


def test_an_outlets_list_of_its_channels_goes():
    """Round 71: a city news site lists its accounts under the editor's line, one bulleted
    name a line; they had stayed in the text as five short paragraphs."""
    lines = [LEDE, "  • 沙市新闻网微信", "  • 无线沙市APP", "  • HI沙市抖音号", "央视新闻客户端"]
    assert removed_lines(lines) == lines[1:]


def test_a_sentence_about_an_app_stays():
    lines = [LEDE, "村民下载学习强国APP后在家学习。"]
    assert removed_lines(lines) == []


def test_a_portals_leaving_the_site_notice_goes():
    """Round 71: a district portal's dialogue for outside links sat between the text and the
    footer (您访问的链接即将离开“…”门户网站,是否继续?)."""
    lines = [LEDE, "您访问的链接即将离开“西峡县人民政府”门户网站,是否继续?"]
    assert removed_lines(lines) == lines[1:]


def test_someone_leaving_home_stays():
    lines = [LEDE, "他即将离开家乡外出务工，临行前把积分卡交给了村里"]
    assert removed_lines(lines) == []


def test_a_tags_attributes_without_its_name_go():
    """Round 71: a scrape lost an image tag's opening (<img o), and its attributes stood
    between the paragraphs: nerror="javascript:…" src="http://…jpg" />."""
    page = (
        "以“小积分”激活基层治理“大能量”\n"
        "近日，大学西路街道师大社区依托文明云小程序开展楼栋长积分兑换活动，"
        "三十余名楼栋长用服务积分换回了生活用品。\n"
        'nerror="javascript:this.style.opacity = 0;" src="http://www.example.cn/file/upload/081749542.jpg" />\n'
        "活动现场，社区工作人员将标注着服务积分的物品分类摆放，楼栋长们拿出手机查询自身积分。\n"
    )
    body = ingest_text(page).body
    assert "nerror" not in body and "src=" not in body
    assert "楼栋长们拿出手机查询自身积分" in body


def test_a_quoted_attribute_in_a_sentence_stays():
    page = (
        "村里的“积分榜”上墙了\n"
        '近日，社区把积分规则写进公约，第一条写明：加分项="参加志愿服务" 减分项="乱堆乱放"，'
        "居民一看就懂。\n"
    )
    assert "减分项" in ingest_text(page).body


def test_an_article_picture_placeholder_goes():
    """Round 71: a town government's CMS left the alt text 文章配图 where each picture stood."""
    lines = [LEDE, "  文章配图", "配图", "本期配图由村民提供的老照片组成"]
    assert removed_lines(lines) == lines[1:3]


def test_a_pages_share_and_sign_in_instructions_go():
    """Round 71: a county portal's share widget and sign-in prompt stayed between the text
    and the footer as two sentences."""
    lines = [
        LEDE,
        "打开微信,点击底部的“发现”,使用“扫一扫”即可将网页分享至朋友圈。",
        "请完成个人中心登录后进行相关操作",
    ]
    assert removed_lines(lines) == lines[1:]


def test_villagers_told_to_scan_a_code_stays():
    lines = [LEDE, "村民打开微信扫一扫村务公开栏上的二维码，就能查看每一笔收支。"]
    assert removed_lines(lines) == []


def test_a_reading_now_label_an_aggregators_column_and_a_menu_bar_leave_the_headline():
    """Round 71: 正在阅读：, 天天快看： and a menu's bar had stayed before three headlines."""
    from township_reports.ingest.headline import clean_headline

    assert clean_headline("正在阅读：朝鲁吐镇举行第七届赛牛会 暨文化艺术节")[0] == (
        "朝鲁吐镇举行第七届赛牛会 暨文化艺术节"
    )
    assert clean_headline("天天快看：销往全球 襄城有个鞋业小镇正崛起")[0] == (
        "销往全球 襄城有个鞋业小镇正崛起"
    )
    assert clean_headline("| 欧拉秀玛乡开展“植绿护绿践初心”主题党日活动")[0] == (
        "欧拉秀玛乡开展“植绿护绿践初心”主题党日活动"
    )
    # a campaign named before the colon is the headline's own
    assert (
        clean_headline("全民阅读：马庙镇建起二十家农家书屋")[0]
        == "全民阅读：马庙镇建起二十家农家书屋"
    )


def test_a_site_users_upload_stamp_opens_a_field_line():
    """Round 71: a banner site's reprint opens its field line with the uploader's login, the
    time, 发布 and the IP location; the line was read as no field line and, where the zones
    put it inside the text, stayed there. The login is no writer and no source."""
    from township_reports.ingest.fields import parse_field_line

    line = "转载 mingyu2019/06/24 10:12:03 发布 IP属地:未知 来源:科左后旗发布 作者:科左后旗发布 3849 阅读"
    fields = parse_field_line(line)
    assert fields["date"] == ["2019/06/24 10:12:03"]
    assert fields["source"] == ["科左后旗发布"]
    assert "mingyu" not in str(fields)
    # a person's name before the time is not read as an uploader
    assert parse_field_line("王密2019/06/24 10:12:03 发布 来源:科左后旗发布 作者:王密 阅读") is None


def test_betting_and_lottery_words_spliced_into_text_and_headline_go():
    """Round 71: a camel-case betting brand stood where the county's name was, a lottery's
    draw history sat inside a series tag, and 包养经验 inside a headline."""
    page = (
        "（乡村行2022澳门彩开奖结果历史·看振兴）临川：乡贤返乡创业 带来黄瓜“致富经”\n"
        "会上，传达了UedBet体育安委会第一季度全体成员会议精神，对卧牛河镇春季防火工作作出安排部署，"
        "全镇干部分片包村开展巡查。\n"
    )
    report = ingest_text(page)
    assert report.title == "（乡村行·看振兴）临川：乡贤返乡创业 带来黄瓜“致富经”"
    assert "传达了安委会第一季度" in report.body
    title = ingest_text("奔赴包养经验一场冰雪与民俗的盛会\n" + LEDE + "\n").title
    assert title == "奔赴一场冰雪与民俗的盛会"


def test_a_sports_bureau_and_a_lottery_station_in_a_sentence_stay():
    page = (
        "村里办起了冰雪运动会\n"
        "近日，县体育局和福利彩票中心在卧牛河镇举办冰雪运动会，WeChat群里报名的村民有两百多人，"
        "澳门回归纪念日前后还将举行第二场。\n"
    )
    body = ingest_text(page).body
    assert "县体育局和福利彩票中心" in body and "WeChat群" in body


def test_a_mirror_of_a_wire_story_keeps_its_lede_and_drops_square_bracket_readings():
    """Round 71: a mirror set each converted character's reading in 【】 (这【zhè】), which
    stayed in the text and split the writers' names (张【zhāng】甜甜); and its lede, opening with
    the wire's dateline but full of Latin brand names and closing on an ellipsis, was set
    above the text and cut, with its writers."""
    page = (
        "销往全球 襄城有个鞋业小镇正崛起\n\n"
        "2024-9-21 16:51:37来源:中新网河南责任编辑:王宇\n\n"
        "中新网河【hé】南新【xīn】闻【wén】9-21电 (王宇 张【zhāng】甜甜)年产鞋800万双,年【nián】产值一亿元,"
        "生产Next、Marks and spencer、Ted baker等世界品【pǐn】牌鞋,销往欧洲等全球多地……\n\n"
        "河南省襄城县麦岭镇,曾【céng】经传统的农业乡镇,因发展制鞋产业完成华丽转型,"
        "成为一个朝气蓬勃的“鞋业小镇”。\n"
    )
    report = ingest_text(page)
    assert report.authors == ["王宇", "张甜甜"]
    assert report.body.startswith("中新网河南新闻9-21电")
    assert "【" not in report.body and "曾经传统的农业乡镇" in report.body


def test_a_glued_yuanzi_label_names_the_source_and_frees_the_last_writer():
    """Round 71: a town's CMS glued 源自: to the last writer's name (作者:甲 乙源自:中池镇);
    the source was read as 乙源自:中池镇 and the writer was lost."""
    page = (
        "中池镇开展矛盾纠纷排查化解\n"
        "时间:2024-01-10 16:50作者:崔思璐 李岩源自:中池镇\n"
        "近日，中池镇组织各村调解员深入农户家中排查矛盾纠纷，对排查出的问题逐一登记、"
        "限期化解，确保小事不出村、大事不出镇。\n"
    )
    report = ingest_text(page)
    assert report.authors == ["崔思璐", "李岩"]
    assert report.source == "中池镇"


def test_a_posters_name_and_yu_before_the_time_is_no_source():
    """Round 71: a banner site prints who pressed 发布 (甲于 2025/01/02 08:27:57 发布) above the
    real 来源; the poster had become the source."""
    page = (
        "嵊州：创新“台门警务” 激活古镇善治“新动能”\n"
        "转载\n张金兰于 2025/01/02 08:27:57 发布\nIP属地:未知\n来源:嵊州发布\n作者:\n6831 阅读\n"
        "近年来，崇仁镇派出所以古镇台门为单元，组建台门警务队，把矛盾纠纷化解在台门里，"
        "群众安全感持续提升。\n"
    )
    report = ingest_text(page)
    assert report.source == "嵊州发布"
    assert report.date == "2025-01-02T08:27:57"


def test_a_label_run_into_the_papers_own_dateline_names_no_source():
    """Round 71: a repost glued its 简介 label to the dateline (简介本报讯 “…”近日，…): the
    paper's own 本报 names nobody, and 简介本报 had become the source."""
    page = (
        "秦栏镇白马村：乡村振兴大舞台迎来首发宣讲会\n"
        "简介本报讯 “党的方针要牢记，名镇强村勤劳人。”近日，秦栏镇白马村乡村振兴大舞台迎来一场"
        "特殊的宣讲会，村里的老党员用快板把政策讲给乡亲们听。\n"
    )
    assert ingest_text(page).source is None


def test_a_county_app_reporting_is_no_writer():
    """Round 71: 云上咸安报道 opens a county app's story as 吴晓青报道 opens a reporter's; the
    app's name had been read as two writers, 云上 and 咸安."""
    page = (
        "黄荆塘村：红白理事会宣讲移风易俗\n"
        "云上咸安报道 8月19日，在黄荆塘村理论宣讲室里，一场移风易俗趣味知识问答活动热闹开场，"
        "村民们踊跃抢答。\n"
        "(通讯员:陈琰 一审:章琼丹 二审:聂国力 终审:伍伟)\n"
    )
    report = ingest_text(page)
    assert report.authors == ["陈琰"]


def test_a_blogs_category_line_is_no_headline():
    """Round 71: a blog prints its category (所属分类:农村创业) between the font widget and the
    text; right above the text, it had outscored the headline."""
    page = (
        "西南小镇里年轻人的创业梦 上海来做“投资人”\n\n  • A+\n所属分类:农村创业\n\n"
        "群山环绕着水库，78个自然村散落其间，这里是云南省楚雄彝族自治州姚安县官屯镇。\n\n"
        "2017年，村民杨丽芹的丈夫因病失能，一家人的生计落在她一个人身上。\n\n"
        "同一年，杨丽芹的邻居杨海祥和往年一样，种植了20多亩地的烤烟。\n"
    )
    assert ingest_text(page).title == "西南小镇里年轻人的创业梦 上海来做“投资人”"


def test_wen_and_tu_joined_by_a_dun_comma_credit_the_writer():
    """Round 71: (文、图:甲/审核:乙/编辑:丙) under a township's story credited its editor only."""
    page = (
        "增期乡举办庆祝自治区成立60周年文艺汇演\n"
        "8月25日，增期乡在乡政府广场举办文艺汇演，乡文艺队表演了锅庄舞、独唱等节目，"
        "各村群众三百余人观看。\n"
        "(文、图:白玛拉措/审核:陈爱东/编辑:胡建彬)\n"
    )
    report = ingest_text(page)
    assert report.authors == ["白玛拉措"] and report.editors == ["胡建彬"]


def test_a_hotline_advert_spliced_into_a_sentence_goes():
    """Round 71: a spam copy spliced a funeral trade's words and its 400 hotline into two
    sentences, after a comma each time."""
    page = (
        "汆溪村：红白喜事有了“硬规矩”\n"
        "醴陵市白兔潭镇汆溪村推行了《村规民约》,殡仪丧葬服务 4008341834对村民的红白喜事进行了明确规定。"
        "这场白事较以往节省了2万余元,殡葬 服务电话是多少 4008341834却赢得了更多尊重。\n"
    )
    body = ingest_text(page).body
    assert "400" not in body and "殡葬" not in body and "殡仪" not in body
    assert "《村规民约》，对村民的红白喜事" in body and "2万余元，却赢得了" in body


def test_a_service_number_in_a_sentence_stays():
    page = (
        "白兔潭镇开通便民服务热线\n"
        "近日，白兔潭镇开通12345便民服务热线分中心，村民拨打0731-23456789即可反映诉求，"
        "工作人员24小时内回复。\n"
    )
    assert "0731-23456789" in ingest_text(page).body


def test_a_sites_hot_list_under_the_story_goes_with_its_items():
    """Round 71: a forum copy closed the story with its site-wide hot list (全站热门 and eight
    other stories' headlines), which had stayed in the text."""
    page = (
        "川主寺镇牧场村举行“夏顿”嘉年华\n\n知识 2025-04-21 16:51:18 112\n\n"
        "大陆赛马网讯 为促进乡村旅游发展，川主寺镇牧场村举行为期一周的“夏顿”嘉年华，"
        "赛马、锅庄和牦牛选美吸引了各地游客。\n\n"
        "“夏顿”在藏语里是夏天盛大的节日，牧民们穿上节日盛装，从四面八方赶来。\n\n"
        "本文仅代表作者观点，不代表本站立场。\n\n全站热门\n\n"
        "美特使称普京愿与乌克兰达成永久和平协议\n\n"
        "服务机器人首次集结,全球超级买手奔赴!看广交会的向新密码\n\n友情链接\n"
    )
    body = ingest_text(page).body
    assert "全站热门" not in body and "普京" not in body and "牦牛选美" in body


def test_a_portals_county_station_in_the_dateline_is_the_source():
    """Round 71: a provincial portal's county station files its stories under its own name
    (红网城步站3月10日讯); the source had been cut to the portal."""
    page = (
        "儒林镇开展安全生产大检查\n"
        "红网城步站3月10日讯(通讯员 王珏)为全面落实安全生产责任，儒林镇组织人员对辖区加油站、"
        "液化气站和人员密集场所开展拉网式检查。\n"
    )
    report = ingest_text(page)
    assert report.source == "红网城步站" and report.authors == ["王珏"]


def test_a_forum_repost_on_one_line_gives_its_source_headline_writers_and_lede():
    """Round 72: a forum printed a whole reprint on one line: 本文转自:报 then the headline, the
    newsroom's byline and the lede, a space between each. Read as one paragraph, the report had
    no headline, no source and no writers, and the byline stayed in the text."""
    page = (
        "本文转自:西藏日报 巴宜区米瑞乡通麦村—— 产业成果“走出去” 群众腰包“鼓起来” "
        "本报通讯员 赖欧 本报记者 谢筱纯 张猛 “欢迎直播间家人们的支持和鼓励，今天我们为大家带来的是"
        "通麦村的糖心苹果……”11月18日，在巴宜区米瑞乡通麦村党群活动中心广场，村党支部书记走进直播间。\n"
    )
    report = ingest_text(page)
    assert report.source == "西藏日报"
    assert report.authors == ["赖欧", "谢筱纯", "张猛"]
    assert report.title.startswith("巴宜区米瑞乡通麦村——") and not report.title_devised
    assert report.body.startswith("“欢迎直播间家人们")


def test_a_headline_with_commas_under_a_breadcrumb_is_the_headline():
    """Round 72: a headline with commas (晒家风家训，聊家国情怀，…) under the breadcrumb
    (您的当前位置:首页 >) had been read as the text's first paragraph, since the breadcrumb
    looked like a headline standing above it; the title was devised. Its campaign column
    (创文进行时|) is the site's, as an aggregator's 世界快报： is."""
    page = (
        "2024年04月27日 星期六\n您的当前位置:首页 >\n\n"
        "创文进行时|晒家风家训,聊家国情怀,芦苞持续打造孝善文化品牌\n\n来源:\n\n作者:\n\n"
        "发表时间:2020-07-24\n\n打印 转发至:\n\n"
        "       7月21日上午，在芦苞镇独树岗村蔡氏大宗祠，“文明好家庭 悠悠家国情”活动举行，"
        "村民们分享自家的家风家训。\n"
    )
    report = ingest_text(page)
    assert report.title == "晒家风家训，聊家国情怀，芦苞持续打造孝善文化品牌"
    assert report.body.startswith("7月21日上午")
    from township_reports.ingest.headline import clean_headline

    assert (
        clean_headline("世界快报：泉港区新增一家市级家风家训馆")[0]
        == "泉港区新增一家市级家风家训馆"
    )


def test_a_lone_attribute_closing_a_self_closing_tag_goes():
    """Round 72: an aggregator left an image tag's onload attribute, its name cut to nload,
    before each paragraph: nload="this.removeAttribute('width');" />."""
    debris = "nload=\"this.removeAttribute('width'); this.removeAttribute('onload');\" />\n"
    page = (
        "家风家训“晒”上墙\n"
        "为弘扬中华优秀传统文化，近日，静海区杨成庄乡东寨村为每户村民制作了家风家训牌，"
        "挂在各家门口。\n" + debris + "在统一制作家风家训牌期间，东寨村根据每个家庭的实际情况，"
        "有针对性地选择家训内容。\n"
    )
    body = ingest_text(page).body
    assert "removeAttribute" not in body and "家风家训牌" in body


def test_a_papers_square_marked_byline_between_headline_and_lede_on_one_line():
    """Round 72: an e-paper's text came as one line, its headline, a ■ byline and the lede
    set apart by spaces; the title was devised and the writer lost."""
    page = (
        "村官述评“晒工作” 干部群众来打分 ■记者 蔡甜甜 “2014年，我村积极响应镇里号召，"
        "新修村道两公里。”近日，淡溪镇各村党支部书记在述职评议会上逐一晒出年度工作。\n"
    )
    report = ingest_text(page)
    assert report.title == "村官述评“晒工作” 干部群众来打分"
    assert report.authors == ["蔡甜甜"]
    assert report.body.startswith("“2014年")


def test_a_datelines_spaced_names_are_no_headline_and_byline():
    """The near relative: a dateline's bracket holds names set apart by spaces, with no square;
    the line stays one paragraph and every name is read."""
    page = (
        "倒水镇：洪水退去 党员突击队清淤\n"
        "梧州零距离网-梧州日报讯(记者 蒙敏莹 通讯员 黄秋莲 黎锦贤)随着本轮洪峰过境，"
        "桂江水位回落，倒水镇党员突击队连夜清淤。\n"
    )
    assert ingest_text(page).authors == ["蒙敏莹", "黄秋莲", "黎锦贤"]


def test_spam_brands_a_domain_and_a_glued_bullet_leave_the_headline():
    """Round 72: spam copies set a betting brand with a number in it (新宝6娱乐_), one with
    开户 (杏彩体育开户·) or their host's domain and a colon before the headline, and a list
    page a hyphen glued to it."""
    from township_reports.ingest.headline import clean_headline

    headline = "赣州赣县区梅林镇：评“最美家庭”树文明新风"
    for printed in (
        "新宝6娱乐_" + headline,
        "杏彩体育开户·" + headline,
        "kaiyun.com：" + headline,
        "-" + headline,
    ):
        title = ingest_text(printed + "\n" + LEDE + "\n").title
        assert title == headline, printed
    # a year and a sports meet are a headline's own words; a dash opening a subtitle stays
    assert clean_headline("2024体育节 梅林镇运动会开幕")[0] == "2024体育节 梅林镇运动会开幕"
    assert clean_headline("——记梅林镇党委书记张华")[0] == "——记梅林镇党委书记张华"


def test_dates_a_list_template_splits_orders_or_brands():
    """Round 72: three pages had no date. A list template set the year and the month-day in
    figures on lines of their own (2022 / 06-30); a CMS printed the month first
    (添加时间:07-16-2024); a spam copy put a betting brand with its Latin name between the
    date and the counter (2023-12-18 九州体育(JiuZhou Sports)官方网站 1001)."""
    tail = "\n" + LEDE + "\n"
    split = "首页 > 新闻\n2022\n06-30\n\n扬州邗江双桥街道：“近邻党建”服务民众“零距离”" + tail
    assert ingest_text(split).date == "2022-06-30"
    american = "镇里的“积分超市”开张了\n添加时间:07-16-2024    来源:    点击次数:" + tail
    assert ingest_text(american).date == "2024-07-16"
    branded = (
        "白雪更映志愿红 清雪除冰暖人心\n\n2023-12-18 九州体育(JiuZhou Sports)官方网站 1001" + tail
    )
    report = ingest_text(branded)
    assert report.date == "2023-12-18" and "九州" not in report.body


def test_a_year_and_a_score_on_lines_of_their_own_are_no_date():
    page = "村篮球赛决赛\n2022\n56-48\n" + LEDE + "\n"
    assert ingest_text(page).date is None


def test_credits_a_paper_client_submissions_and_a_sender():
    """Round 72: a mirror's opening credit (据海南日报客户端丨记者 甲) had made 据海南日报客户端
    the source; 文章来源:投稿 named an outlet called 投稿; and (赵俊 报送) closing a community's
    item credited nobody."""
    client = (
        "石碌镇举办消费助农大集市\n"
        "据海南日报客户端丨记者刘婧姝 特约记者黄兆雪 通讯员王礼虔\n"
        "6月4日上午，昌江黎族自治县石碌镇政府在镇政府广场举办“消费助农大集市”活动，"
        "助农增收。\n"
    )
    assert ingest_text(client).source == "海南日报客户端"
    submitted = "花果山街道为环卫工送姜茶\n文章来源:投稿\n" + LEDE + "\n"
    assert ingest_text(submitted).source is None
    sent = (
        "昌浦社区：一杯姜茶暖人心\n"
        "冬日里，一杯小小的姜茶让户外工作者暖了身子。据悉，昌浦社区组织党员、志愿者为户外"
        "一线工作人员冬季送温暖、夏季送清凉。(赵俊 报送)\n"
    )
    assert ingest_text(sent).authors == ["赵俊"]
