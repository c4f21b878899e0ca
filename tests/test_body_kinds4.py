"""Credit, furniture and place kinds met on unseen sites, fourth pass (issue 9, session 28,
survey rounds 69 and 70).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

# one lede and one chrome check for all passes, one helper for the headline tests
from test_body_kinds2 import LEDE, removed_lines
from test_body_kinds3 import title_over

from township_reports.ingest.pipeline import ingest_text


def test_a_byline_under_a_lede_a_mirror_opened_with_the_same_byline_is_the_credit():
    """Round 69: a copy glued the byline to its lede (本报记者 甲 本报通讯员 乙7月27日下午，…)
    and printed the byline again on its own line below; that line repeats the lede's opening
    and had been cut as the lede's photograph caption, and the report lost its writers."""
    page = (
        "社区有个“娄团长”\n"
        "本报记者 张世光 本报通讯员 刘逸尘7月27日下午，在哈尔滨市南岗区燎原街道新发中学社区"
        "龙威庭院内，一场“致敬八一 军民同心筑梦”主题文艺演出正在进行。\n"
        "本报记者 张世光 本报通讯员 刘逸尘\n"
        "7月27日下午，在哈尔滨市南岗区燎原街道新发中学社区龙威庭院内，一场“致敬八一 "
        "军民同心筑梦”主题文艺演出正在进行。\n"
        "这场演出的多名演职人员都有着共同的特点：住在这个小区，曾是退伍军人。\n"
    )
    report = ingest_text(page)
    assert report.authors == ["张世光", "刘逸尘"]
    assert "本报记者 张世光 本报通讯员 刘逸尘\n" not in report.body


def test_a_meta_line_closing_on_its_date_glued_to_the_lede_is_read_and_split():
    """Round 69: a county media centre's meta line lists source and writers, then the date,
    and the lede's opening quotation runs on right after the seconds. The writers had been
    lost and the meta line left in the text."""
    page = (
        "雅酉镇：党群齐心 全力当好“守门员” 筑牢“防疫墙”\n"
        "文章来源:花垣县融媒体中心 作者:杨泽江 孟欣 向炳橙 时间:2022-10-14 13:30:21“各位父老乡亲，"
        "现在疫情防控形势严峻复杂，暂时不要去赶集了。”10月6日，花垣县雅酉镇高务村党支部书记"
        "和几名志愿者早早来到村口值守。\n"
        "志愿者们逐一登记过往车辆和人员，宣传防疫知识。\n"
    )
    report = ingest_text(page)
    assert report.authors == ["杨泽江", "孟欣", "向炳橙"]
    assert report.source == "花垣县融媒体中心"
    assert report.body.lstrip().startswith("“各位父老乡亲")
    assert "时间" not in report.body


def test_a_qr_codes_label_is_never_the_headline_but_a_headline_about_codes_is():
    """Rounds 69 and 70: a copy kept the label of the QR code its page printed over the text
    (更多精彩报道 请扫二维码, 网站二维码), and it had become the headline."""
    lede = (
        "1月22日一早，东乌珠穆沁旗乌兰牧骑综合服务队坐大巴在草原上走了两个多小时，"
        "来到阿拉坦合力苏木巴彦杭盖嘎查，为牧民表演节目。"
    )
    for label in ("更多精彩报道 请扫二维码", "网站二维码"):
        report = ingest_text(f"{label}\n{lede}\n")
        assert report.title_devised and label not in report.body
    assert ingest_text(f"村村用上党建二维码\n{lede}\n").title == "村村用上党建二维码"


def test_a_site_name_joined_on_with_a_spaced_en_dash_is_cut_from_the_headline():
    """Round 70: a WordPress title joins its site's name with a spaced en dash (–), which
    no separator held; a subtitle after one, naming no site, stays."""
    lede = "11月5日，陇县东南镇组织各村党支部书记开展观摩活动，现场查看产业项目推进情况。"
    assert title_over("陇县东南镇：观摩添动力 督导促提升 – 陕西时代网", lede) == (
        "陇县东南镇：观摩添动力 督导促提升"
    )
    assert title_over("脱贫路上的领头雁 – 记东南镇党委书记", lede) == (
        "脱贫路上的领头雁 – 记东南镇党委书记"
    )


def test_a_spliced_brand_goes_bare_and_with_another_site_word_too():
    """Round 69: a spam copy splices its brand into the report with its site's word twice
    (…方便多了万向娱乐官网。) and bare or with another word elsewhere (…也能取暖万向娱乐平台，
    …，万向娱乐重点难点问题…). Every form goes and the report's own words stay."""
    page = (
        "昌城镇清洁取暖改造暖民心\n"
        "“以前每到冬天，家家户户都得生炉子，虽然也能取暖万向娱乐平台，但又脏又麻烦。"
        "今年可方便多了万向娱乐官网。”道口社区的王大爷说。\n"
        "昌城镇组织党员干部按照“安全舒适、省钱好用”的标准万向娱乐官网，入户宣传清洁取暖改造。\n"
        "专班组织施工方逐村实地考察，万向娱乐重点难点问题第一时间会商解决。\n"
    )
    body = ingest_text(page).body
    assert "万向" not in body and "娱乐" not in body and "平台" not in body
    assert "虽然也能取暖，但又脏又麻烦" in body and "逐村实地考察，重点难点问题" in body


def test_a_betting_brand_with_its_letters_and_official_site_goes_wherever_spliced():
    """Round 70: ayx爱游戏官方网站 spliced into sentences twice, and ayx爱游戏 once alone. A
    peninsula's site in a report (山东半岛官方网站) is no brand and stays."""
    page = (
        "腰堡镇：党群服务中心“一站式”服务暖民心\n"
        "3月22日上午，在铁岭县腰堡镇公共行政服务中心，党员代办员正在为群众办理业务。ayx爱游戏官方网站\n"
        "东小河村离镇里足有20里地，村民往来不方便，ayx爱游戏官方网站老人或行动不便的人就更费劲了。\n"
        "镇党委把“我为群众办实事”落到实处，ayx爱游戏让群众少跑腿。\n"
        "相关信息已在山东半岛官方网站同步发布。\n"
    )
    body = ingest_text(page).body
    assert "ayx" not in body and "游戏" not in body
    assert "村民往来不方便，老人或行动不便的人" in body and "山东半岛官方网站" in body


def test_a_reporters_photo_credit_left_inside_a_flattened_paragraph_goes():
    """Round 69: a copy ran a picture's caption, its credit and the next paragraph together
    (…开展冲洗。记者 蒙敏莹 摄 据了解，…). A credit for text and pictures (文/摄) is the writers'."""
    page = (
        "倒水镇党员突击队清淤忙\n"
        "梧州日报讯（记者 蒙敏莹 通讯员 黄秋莲）随着本轮洪峰过境，桂江、西江水位均出现回落。\n"
        "6月9日，在倒水镇镇区，该镇党员突击队及民兵志愿者利用消防车对被淹街道开展冲洗。"
        "记者 蒙敏莹 摄 据了解，6月9日凌晨，洪水逐渐退出倒水镇镇区街道后，群众便自发对自家商铺进行大扫除。\n"
    )
    body = ingest_text(page).body
    assert "摄" not in body and "开展冲洗。" in body and "据了解，6月9日凌晨" in body


def test_a_bracketed_caption_holding_a_bracketed_note_goes_like_its_neighbours():
    """Round 69: captions in brackets between paragraphs of a page with no headline; the one
    holding a note of its own in brackets ((图为:…各项报告(草案))) had stayed in the text."""
    page = (
        "2022年1月7日,者腊乡十三届人民代表大会第一次会议在乡政府会议室隆重开幕,应到代表48名。\n"
        "(图为:者腊乡第十三届人民代表大会第一次全体会议现场)\n"
        "会上,代表们表决通过了《者腊乡第十三届人大主席团成员选举办法》等各项选举办法。\n"
        "(图为:代表们表决通过各项选举办法及各项报告(草案))\n"
        "会议指出,结合“十四五”规划和乡党委十三次党代会精神,今年要抓好产业发展。\n"
    )
    body = ingest_text(page).body
    assert "图为" not in body and "今年要抓好产业发展" in body


def test_a_cms_zero_timestamp_is_no_publication_date():
    """Round 70: a spam network's page prints 1970-01-01 (the Unix epoch, a CMS's empty
    timestamp) beside its column name; it had become the report's date."""
    page = (
        "盐山镇成为全国综合实力千强乡镇\n"
        "| 招商动态 |1970-01-01\n"
        "近日，《中国中小城市发展报告》发布，盐山县盐山镇入选全国综合实力千强镇。\n"
    )
    report = ingest_text(page)
    assert report.date is None or not str(report.date).startswith("1970")
    dated = ingest_text(page.replace("1970-01-01", "2017-10-11"))
    assert str(dated.date).startswith("2017-10-11")


def test_a_bracketed_unit_and_writer_before_the_editors_label_closing_the_text():
    """Round 69: the credit and the editor closing the last paragraph on one line
    (…长足发展。(宣传办 赵德科) 编辑:李海燕 |); the writer, whose name ends like a unit
    (科), and the office he writes for had been lost, the editor kept."""
    page = (
        "大西村开展民族团结进步调研\n"
        "近日，调研组一行深入大西村，了解彝族传统文化和当地民风民俗，走访调研村集体经济发展情况，"
        "提出要坚定信心，抓住机遇，推动大西各项事业长足发展。(宣传办 赵德科) 编辑:李海燕 |\n"
    )
    report = ingest_text(page)
    assert (report.authors, report.editors, report.source) == (["赵德科"], ["李海燕"], "宣传办")
    assert "赵德科" not in report.body


def test_a_read_counters_unit_beside_the_date_is_no_source():
    """Round 70: a meta line whose script never filled in the count (来源:2019-12-05 | 人围观);
    the counter's unit had become the source."""
    page = (
        "后坪乡文凤村：入股村民首次领到分红\n"
        "来源:2019-12-05 | 人围观\n"
        "12月2日临近中午，武隆区后坪乡文凤村73岁的刘远银赶到村里天池苗寨，领到了入股分红。\n"
    )
    assert ingest_text(page).source is None


def test_a_placeholder_or_a_role_where_the_source_should_be_is_no_source():
    """Round 69: a forum copy keeps the scraping tool's placeholder (来自: [db:来源]); a
    county site prints the reporter in the 来源 slot (来源:   记者 应羽淇), who writes it."""
    lede = "7月26日，受台风“烟花”影响，大溪镇连夜转移山塘下游和地质灾害隐患点群众300余人。"
    forum = f"大溪镇连夜转移群众\n2021-5-14 16:23| 发布者: wdb| 查看: 48| 来自: [db:来源]\n{lede}\n"
    county = f"大溪镇连夜转移群众\n2021/07/26 来源:   记者 应羽淇\n{lede}\n"
    assert ingest_text(forum).source is None
    report = ingest_text(county)
    assert (report.source, report.authors) == (None, ["应羽淇"])


def test_an_outlet_beside_the_date_that_the_banner_greets_visitors_with_is_the_host():
    """Round 69: a civilisation office's site greets its visitors (欢迎来到贵池文明网!) and
    stamps its own name beside each item's date; README: that slot counts unless it is the
    host. A page whose banner greets no one keeps the name as its source."""
    body = (
        "牛头山镇万子村灾后重建 抚平伤痕建家园\n"
        "2016-09-01 17:50:00  贵池文明网\n"
        "洪水退去后，牛头山镇万子村党支部组织党员群众清淤消毒，帮助受灾群众重建家园。\n"
    )
    assert ingest_text(f"欢迎来到贵池文明网!\n创建动态\n{body}").source is None
    assert ingest_text(f"创建动态\n{body}").source == "贵池文明网"


def test_a_short_line_between_two_pictures_is_a_caption():
    """Round 69: a line standing between two photographs' file names (…图片0.png / 党员下村
    检查,转移安置村民 / …图片19.png) or two credited captions (…街道供图 / 楼道长网格及党小组
    机构图 / …街道供图) captions a picture; it had stayed in the text. (A heading has the
    story's paragraphs on one side at least: placed_captions.between_pictures.)"""
    top = (
        "琉璃庙镇：党旗在防汛一线高高飘扬\n"
        "汛情是命令，防汛是责任。白河湾各村“两委”干部、包村干部全员上岗，逐户排查房屋险情，"
        "对地质灾害隐患点实行24小时值守。\n"
        "镇党委第一时间成立防汛临时党支部，组织党员突击队连夜转移山洪沟道周边群众。\n"
    )
    end = (
        "暴雨过后，镇里组织党员志愿者帮助受灾群众清淤消毒，修复被冲毁的道路和桥梁。\n"
        "据统计，全镇共转移安置群众1200余人，无一人伤亡，群众生活秩序逐步恢复。\n"
    )
    files = f"{top}\n怀柔区琉璃庙镇抗洪抢险图片0.png\n\n党员下村检查,转移安置村民\n怀柔区琉璃庙镇抗洪抢险图片19.png\n\n{end}"
    credits = (
        f"{top}\n社区开展“街巷长”制动员会 进学街道供图\n\n楼道长网格及党小组机构图\n\n"
        f"街巷长、支部委员和社区工作人员走访商户 进学街道供图\n\n{end}"
    )
    assert "转移安置村民" not in ingest_text(files).body
    assert "机构图" not in ingest_text(credits).body


def test_a_pen_name_under_a_writers_label_is_the_author_but_a_placeholder_is_not():
    """Round 69: two sites print what their writer signs under 作者 (作者:苍松, 作者: 茶娃娃),
    no surname-and-name; they had been dropped. 佚名, 小编, a place, a template's 内详 or a spam
    network's verb (作者:探索) still credit no one."""
    lede = "新添堡回族乡强化“四项举措”，扎实推进民族团结进步创建工作，各族群众像石榴籽一样紧紧抱在一起。"
    for signed in ("苍松", "茶娃娃"):
        page = f"新添堡回族乡谱写民族团结新篇章\n来源:县域经济  作者:{signed}  发布时间:2022-07-18\n{lede}\n"
        assert ingest_text(page).authors == [signed]
    for nobody in ("佚名", "小编", "泰顺", "探索", "内详"):
        page = f"新添堡回族乡谱写民族团结新篇章\n来源:县域经济  作者:{nobody}  发布时间:2022-07-18\n{lede}\n"
        assert ingest_text(page).authors == []


def test_a_lede_opening_with_its_writers_name_and_baodao_credits_the_writer():
    """Round 69: a business portal's copy opens its lede with the writer and 报道, a space,
    then the text (吴晓青报道 江苏吴江绸都盛泽是…); a wire named so (新华社报道) is no writer."""
    lede = "江苏吴江绸都盛泽是全国著名的纺织重镇，去年以来，盛泽镇总商会党委吹响了“万企兴万村”行动的号角。"
    assert ingest_text(f"盛泽总商会：构建党和政府之间的连心桥\n吴晓青报道 {lede}\n").authors == [
        "吴晓青"
    ]
    assert ingest_text(f"盛泽总商会：构建党和政府之间的连心桥\n新华社报道 {lede}\n").authors == []


def test_a_party_congress_and_ethnic_unity_watchwords_are_no_initiatives():
    """Round 69: a village studies the Party congress (集中收看党的十九大), a town asks for
    “三个离不开” and “五个认同”; none is a programme of the place. Its own 群众大讲堂 is."""
    page = (
        "巴沟乡：群众大讲堂讲出新气象\n"
        "巴沟乡各村开办“群众大讲堂”，组织村民集中收看党的十九大开幕会，十九大结束后大家又聚在一起讨论。\n"
        "乡党委引导各族群众牢固树立“三个离不开”思想，不断增强“五个认同”，群众大讲堂每月开讲一次。\n"
    )
    found = ingest_text(page).initiatives
    assert "群众大讲堂" in found
    assert not {"十九大", "三个离不开", "五个认同"} & set(found)


def test_a_headquarters_set_up_for_a_task_is_a_body_not_an_initiative():
    """Round 69: 在恩和镇建立“前沿指挥部”并施行清单式办理 sets up a body; the 清单式办理 it
    runs may be the programme, the headquarters is not."""
    page = (
        "恩和镇：打好春季防火攻坚战\n"
        "旗里成立春季防火作业领导小组，在恩和镇建立“前沿指挥部”并施行清单式办理，"
        "各村党支部书记带领党员巡山护林，确保不发生森林火灾。\n"
    )
    assert "前沿指挥部" not in ingest_text(page).initiatives


def test_a_column_label_joined_by_dashes_to_a_headline_with_its_own_lead_goes():
    """Round 70: a county site joins its column to the headline with two hyphens
    (村集体经济--怀宁马庙:“飞地经济”促增收); as with a colon (正在阅读：勉县：…), a headline has
    one lead, so the first is the page's. A subtitle after a dash has no lead and stays."""
    lede = "炎炎夏日，在怀宁县马庙镇马桂公司蓝莓园山场上，数台挖掘机和几十名工人正在忙碌。"
    assert title_over("村集体经济--怀宁马庙:“飞地经济”促增收", lede) == "怀宁马庙：“飞地经济”促增收"
    subtitled = "蓝莓园里话振兴——马庙镇发展飞地经济见闻"
    assert title_over(subtitled, lede) == subtitled


def test_a_bare_number_of_five_digits_between_paragraphs_goes_but_a_year_stays():
    """Round 69: a number alone between two paragraphs (13210: a picture's id or a counter a
    copy kept) had stayed in the text; a year alone, a chronology's heading, is not cut."""
    top = "水头镇召开石材产业转型升级座谈会\n7月2日上午，泉州市经信委调研组一行到水头镇召开石材产业转型升级座谈会。\n"
    end = "座谈会上，水头镇副镇长介绍，水头有很多优秀的石材企业，党组织引领企业抱团发展。\n"
    assert "13210" not in ingest_text(f"{top}\n13210\n\n{end}").body
    assert removed_lines([LEDE, "2019"]) == []


def test_a_group_photographs_caption_over_the_text_is_no_headline_however_well_placed():
    """Round 69: 沙溪镇隆都红木家具协会全体成员合影 stands right above the text, shares most of its
    words and names the topic: everything a headline earns by place and overlap. A caption's
    shape now outweighs all of that together, and the title is devised."""
    page = (
        "2011/01/19 | 来源:中国古典家具网\n"
        "沙溪镇隆都红木家具协会全体成员合影\n"
        "1月18日，广东省中山市沙溪镇隆都红木家具协会在中山市隆重举行成立庆典仪式，协会全体成员参加。\n"
        "在沙溪镇隆都红木家具协会成立大会上，筹备小组向大家通报了协会成立过程。\n"
    )
    assert ingest_text(page).title_devised
