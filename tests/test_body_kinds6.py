"""Furniture, credit, title and place kinds met on unseen sites, sixth pass (issue 9,
session 30, survey round 73).

Each page here is our own text in the shape of a real template; the near relative each
rule must leave alone is tested beside it.
"""

from __future__ import annotations

# one lede and one chrome check for all passes
from test_body_kinds2 import LEDE, removed_lines

from township_reports.ingest.headline import clean_headline
from township_reports.ingest.pipeline import ingest_text


def test_a_sites_core_values_banner_goes():
    """Round 73: a foundation's site sets the twelve words of 社会主义核心价值观 across its
    header, its own mottos strung after them; the line had opened the report's body."""
    lines = [
        LEDE,
        "社会主义核心价值观:富强、民主、文明、和谐,自由、平等、公正、法治,爱国、敬业、诚信、"
        "友善。创建文明单位基本方针:高举旗帜,服务人民。本会宗旨:扶老助老,急难帮困。",
        "富强 民主 文明 和谐 自由 平等 公正 法治 爱国 敬业 诚信 友善",
    ]
    assert removed_lines(lines) == lines[1:]


def test_the_core_values_quoted_in_a_report_stay():
    lines = [
        LEDE,
        "镇文艺骨干把“富强、民主、文明、和谐”等内容编成快板、小品，在集市上巡回演出。",
        "社会主义核心价值观：富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、"
        "友善，是全镇志愿者宣讲的内容，他们走村入户，把价值观讲进群众心里。",
    ]
    assert removed_lines(lines) == []


def test_a_banner_above_the_story_no_longer_hides_its_headline():
    """Round 73: with the banner read as the first paragraph, the menus under it and the
    headline were taken for the text and the site's name for the headline."""
    page = "\n".join(
        [
            "上海市老年基金会",
            "2024年11月22日 星期五",
            "社会主义核心价值观:富强、民主、文明、和谐,自由、平等、公正、法治,爱国、敬业、诚信、友善。",
            "基金会简介 代表处简介 基金会章程 组织机构 理事名单",
            "本会动态 通知公告 工作简报 资料下载",
            "泖港:代表处泖港镇工作站开设村级老年助餐点",
            "2023-07-07",
            "字体: | 阅读:29|",
            "",
            "  在镇党委和有关部门的支持下,上海市老年基金会松江区代表处泖港镇工作站在腰泾村开设"
            "老年助餐点,为周边老年人提供实惠、便捷的助餐服务。",
            "  助餐点每天供应两荤两素,八十岁以上老人还能享受送餐上门。",
        ]
    )
    report = ingest_text(page, "foundation.txt")
    assert report.title == "泖港：代表处泖港镇工作站开设村级老年助餐点"
    assert report.body.startswith("在镇党委和有关部门的支持下")
    assert "本会动态" not in report.body


def test_an_outlet_in_title_marks_before_the_headline_goes():
    """Round 73: a county portal copies a city paper's story with the paper in 《》 and a
    colon before the headline, as others mark it 【安徽日报】."""
    assert clean_headline("《铜陵日报》：五松镇开展爱老敬老文明实践志愿服务")[0] == (
        "五松镇开展爱老敬老文明实践志愿服务"
    )
    # a law or a book the headline names is the headline's own
    assert clean_headline("《乡村振兴促进法》：村民身边的法律课进了院坝")[0] == (
        "《乡村振兴促进法》：村民身边的法律课进了院坝"
    )


def test_a_forums_quick_sign_in_box_goes():
    """Round 73: a Discuz forum's sign-in box (只需一步,快速开始 / 微信扫码,快速开始) stood
    over a post and was taken for its headline."""
    lines = [LEDE, "只需一步,快速开始", "微信扫码,快速开始"]
    assert removed_lines(lines) == lines[1:]


def test_villagers_scanning_a_code_to_start_stay():
    lines = [LEDE, "村民微信扫码，快速开始线上议事，不出家门就能表决村里的大事。"]
    assert removed_lines(lines) == []


def test_a_forum_threads_copy_link_button_leaves_its_title():
    assert clean_headline("蕲春株林镇突降冰雹大风造成多处房屋损毁 [复制链接]")[0] == (
        "蕲春株林镇突降冰雹大风造成多处房屋损毁"
    )


def test_a_finance_portals_investment_disclaimer_goes():
    """Round 73: a finance portal that carried a women's federation story closed it with its
    note on market data."""
    lines = [LEDE, "备注:数据仅供参考,不作为投资依据。", "投资有风险，入市需谨慎。"]
    assert removed_lines(lines) == lines[1:]


def test_a_report_on_an_investment_plan_stays():
    lines = [LEDE, "镇里编制的招商方案仅供参考，最终投资规模由村民代表大会讨论决定。"]
    assert removed_lines(lines) == []


def test_a_family_planning_associations_credit_is_the_source():
    """Round 73: (屏边县计生协 供稿) closed a town's report; 计生协 is an association's short
    name, not a person's."""
    page = (
        "白河镇开展庆“三八”系列活动\n"
        "在三八妇女节来临之际，屏边县白河镇计生协组织各村委会计生协在辖区内开展了"
        "“巾帼心向党”主题活动，丰富了广大妇女的业余文化生活。\n"
        "(屏边县计生协 供稿)"
    )
    report = ingest_text(page, "association.txt")
    assert (report.source, report.authors) == ("屏边县计生协", [])


def test_a_sites_article_tags_line_goes():
    """Round 73: a company site closes a copied story with 本文標簽: and its keywords."""
    lines = [LEDE, "本文標簽:養老金,養老服務,居家養老,養老保險,社保,"]
    assert removed_lines(lines) == lines[1:]


def test_a_caption_credited_to_a_web_users_handle_goes():
    """Round 73: a wire story's pictures from social media close on the user's handle."""
    lines = [LEDE, "玉林容县下的冰雹。微博网友“陈晓CXbike”摄", "网友“山里人”供图"]
    assert removed_lines(lines) == lines[1:]


def test_a_sentence_about_a_users_photographs_stays():
    lines = [
        LEDE,
        "网友“山里人”拍摄的冰雹视频在朋友圈刷屏，镇里随即组织党员干部入户查看灾情。",
        "活动场地由网友“老王”提供。",
    ]
    assert removed_lines(lines) == []


def test_a_lists_ellipsis_spaced_after_a_headline_goes():
    """Round 69: a portal prints the headline as its list did, cut and marked ' ...'; a
    headline's own ellipsis, glued on, stays."""
    assert clean_headline("临沂市人大城环资委调研组到义堂镇木业园区调研 ...")[0] == (
        "临沂市人大城环资委调研组到义堂镇木业园区调研"
    )
    assert clean_headline("乡村振兴路上，他们一直在奔跑……")[0] == "乡村振兴路上，他们一直在奔跑……"


def test_a_podium_pictures_caption_closing_on_the_speech_goes():
    """Round 74: a county app's report of a project signing captions its pictures with who
    spoke (镇党委书记某某致辞, 董事长某某发言), nothing after the act."""
    page = "\n\n".join(
        [
            "郑宅镇举行四季度重大项目集中签约仪式",
            "11月12日上午，郑宅镇举行四季度重大项目集中签约仪式，6个项目现场签约，总投资12.6亿元。",
            "镇党委书记金灵占致辞",
            "仪式上，镇党委书记金灵占介绍了全镇营商环境建设情况，欢迎各位企业家来郑宅投资兴业。",
            "智诺科技产业项目董事长王增锹发言",
            "签约企业代表表示，将加快推进项目建设，争取早日投产见效。",
        ]
    )
    body = ingest_text(page, "signing.txt").body
    assert "金灵占致辞" not in body and "王增锹发言" not in body
    assert "镇党委书记金灵占介绍了全镇营商环境建设情况" in body


def test_a_clinics_search_bait_spliced_into_a_copy_goes():
    """Round 74: a hijacked copy of a town's report carries a private clinic's keyword line."""
    lines = [LEDE, "白癜风医院重庆哪家好如何治疗皮肤白癜风"]
    assert removed_lines(lines) == lines[1:]


def test_a_report_on_a_patients_treatment_stays():
    lines = [LEDE, "村民李大姐患白癜风多年，镇党委协调医疗救助资金，帮她到省城医院治疗。"]
    assert removed_lines(lines) == []


def test_a_long_main_line_and_subtitle_over_the_text_are_the_headline():
    """Round 74: a banner-county site prints a main line and its subtitle on one line, 53
    characters in all, each part a headline's length; it had been read as the first
    paragraph and the title devised."""
    page = "\n".join(
        [
            "聚力同心 服务为民,共绘民族团结新愿景——甘其毛都镇举行“弘扬雷锋精神,繁荣志愿服务”活动"
            "暨“北疆红石榴”志愿服务队成立仪式",
            "3月5日学雷锋纪念日,甘其毛都镇党委、政府联合杭盖社区举行“弘扬雷锋精神,繁荣志愿服务”活动,"
            "“北疆红石榴”志愿服务队同时成立。",
            "仪式上,镇党委副书记、镇长为志愿服务队授旗并致辞,队员们庄严宣誓。",
        ]
    )
    report = ingest_text(page, "banner.txt")
    assert not report.title_devised
    assert report.title.startswith("聚力同心 服务为民，共绘民族团结新愿景——甘其毛都镇")
    assert report.body.startswith("3月5日学雷锋纪念日")


def test_a_platforms_notes_about_the_page_itself_go():
    """Rounds 70 and 71: WeChat's tip-jar note under a repost, a CMS's preview banner."""
    lines = [
        LEDE,
        "受苹果公司新规定影响,微信 iOS 版的赞赏功能被关闭,可通过二维码转账支持公众号。",
        "信息未審核或下架中,當前頁面為預覽效果,僅管理員可見",
    ]
    assert removed_lines(lines) == lines[1:]


def test_a_town_notice_only_officials_may_see_stays():
    lines = [
        LEDE,
        "系统后台的数据仅管理员可见。",
        "镇里新建的档案室实行分级管理，涉密材料仅管理员可见，群众可查阅公开事项。",
    ]
    assert removed_lines(lines) == []


def test_a_devised_titles_evidence_says_so_and_shows_the_lines_turned_down():
    """inspect --json shows every field's evidence: a devised title had none, so a curator
    could not see which header lines were weighed as the headline and why none was taken."""
    page = "\n".join(
        [
            "首页 > 新闻中心",
            "家风家训",
            "“晒”上墙",
            "为弘扬中华优秀传统文化，近日，静海区杨成庄乡东寨村开展“立家规、亮家风、传家训”活动。",
            "在统一制作家风家训牌期间，东寨村根据每个家庭的实际情况定制内容。",
        ]
    )
    report = ingest_text(page, "devised.txt")
    evidence = report.provenance["evidence"]["title"]
    assert report.title_devised and evidence["rule"].startswith("devised")
    assert [line["text"] for line in evidence["weighed"]][:2] == ["家风家训", "“晒”上墙"]
