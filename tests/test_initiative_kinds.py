"""Initiative kinds measured on real pages in session 7 (issue 9), as a spec.

Each rule is pinned by what a user sees (the initiatives of a real-shaped text) and by
its near relative, the same surface shape that must keep its meaning. The sentences
are ours, written in the shape of county news pages (no publisher's text).
"""

from __future__ import annotations

import pytest

from township_reports.ingest.initiatives import find_initiatives


def found(text: str) -> set[str]:
    return {name for name, _ in find_initiatives(text)}


# ---------------------------------------------------------------- places and sights


@pytest.mark.parametrize(
    "text, gone",
    [
        # a gloss of a village's name: the numerals count nothing
        ("巴音布鲁克镇赛罕村，蒙古语意为“三眼泉”，村里的牧民世代在此放牧。", "三眼泉"),
        ("湘桂黔三省交界处，当地称“三省坡”。“三省坡”下的村寨如今通了公路。", "三省坡"),
        ("该村又名“三家寨”，2023年被列为传统村落。", "三家寨"),
        # a sight the text names with 景区 or closes a list of with 景观
        (
            "两村以一条水沟为界，形成了“一寨两国”、“一桥两国”等独特景观。"
            "春节期间一寨两国景区游客如织。",
            "一桥两国",
        ),
        (
            "陈坊村有一个家家户户用鹅卵石构建房屋的“石头部落”。石头部落景区去年接待游客三万人次。",
            "石头部落",
        ),
        # a product's public brand
        ("村党支部牵头成立茶叶合作社，打造“源口云雾”公共品牌，统一包装销售。", "源口云雾"),
        ("全县推进“东至三绝”区域公用品牌建设。", "东至三绝"),
        # a before-and-after figure with 走向
        ("推动人居环境从“一时净”走向“时时美”。", "一时净"),
        # a plan period with 规划
        ("“十四五规划”期间，全镇将持续推进农业产业结构调整。", "十四五规划"),
    ],
)
def test_places_products_figures_are_not_initiatives(text, gone):
    assert gone not in found(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        # 简称 introduces a programme's short name: no gloss
        ("村里推行重大事项民主决策程序（简称“四议两公开”），群众满意度明显提升。", "四议两公开"),
        # 以“X”为品牌 and 打造“X”党建品牌 stay brands of the town's own work
        ("镇党委打造“红色驿家”党建品牌，推动党员下沉网格。", "红色驿家"),
        # a programme the text never writes before a sight word
        ("镇里推行“一村一品”，各村发展特色种植，并建成茶园景观带。", "一村一品"),
        # 到 and 走向 make figures only between two quotes: a programme after 走向 alone stays
        ("全镇深入推行“三治融合”，乡村治理走向规范。", "三治融合"),
    ],
)
def test_near_relatives_stay_initiatives(text, kept):
    assert kept in found(text)


# ---------------------------------------------------------------- vocabulary


def test_quotes_around_part_of_a_known_name_give_the_whole_name():
    text = "各沿街单位严格落实门前“三包”责任，积极参与环境卫生治理。"
    assert "门前三包" in found(text)


def test_a_quoted_name_never_written_before_a_sight_word_is_judged_as_before():
    assert "石头部落" in found("陈坊村有一个家家户户用鹅卵石构建房屋的“石头部落”。")


def test_a_bare_quoted_part_is_not_the_whole_name():
    assert "门前三包" not in found("各商户严格落实“三包”服务承诺，做到售后有保障。")


def test_common_prosperity_workshop_counts_where_the_report_is_about_it():
    text = (
        "白浦杨梅红：“共富工坊”为村民增收搭建共富桥。通过共富工坊建设，"
        "村集体增收约8万元，吸纳就业百余人。"
    )
    assert "共富工坊" in found(text)


def test_common_prosperity_workshop_named_once_in_passing_is_background():
    text = "考察团一行还参观了邻县的共富工坊，并就茶叶产业发展进行了交流。"
    assert "共富工坊" not in found(text)


# ---------------------------------------------------------------- campaign phases


@pytest.mark.parametrize(
    "text, name",
    [
        ("今年以来，全区先后开展农村人居环境整治提升“攻坚周”“春秋两季战役”等专项行动。", "攻坚周"),
        (
            "今年以来，全区先后开展农村人居环境整治提升“攻坚周”“春秋两季战役”等专项行动。",
            "春秋两季战役",
        ),
        ("新华镇借助环境整治“攻坚周”，组织镇村干部清理背街小巷。", "攻坚周"),
        ("合作镇在全镇开展为期一个月的人居环境整治“冬季攻势”。", "冬季攻势"),
    ],
)
def test_a_campaign_phase_after_its_campaign_is_carried_out(text, name):
    assert name in found(text)


def test_a_battle_word_after_no_campaign_is_a_metaphor():
    assert "攻坚战" not in found("全镇干部群众齐心协力，坚决打赢“攻坚战”。")


# ---------------------------------------------------------------- ideas and aims


@pytest.mark.parametrize(
    "text, gone",
    [
        (
            "各村按照“边清理、边宣传、边提升”的工作思路，利用广播和宣传栏发动群众。",
            "边清理、边宣传、边提升",
        ),
        (
            "该村坚持“山上种果，家中迎客，农旅结合”的思路，带领村民发展民宿。",
            "山上种果，家中迎客，农旅结合",
        ),
        ("宣讲团拓展送学方式，围绕“送学、讲学、研学”，把党课送到牧区。", "送学、讲学、研学"),
        ("整合本土传统文化，围绕“家庭、家教、家风”，做深做实“家”字文章。", "家庭、家教、家风"),
    ],
)
def test_ideas_and_aims_are_not_initiatives(text, gone):
    assert gone not in found(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        # an action right after the list: carried out (committed ta-028's form)
        (
            "年度组织生活会上，全镇党员围绕“比作风、比实绩、比服务”开展评议。",
            "比作风、比实绩、比服务",
        ),
        # 引导 is no verb of aims (README: 引导群众“X”)
        (
            "镇党委引导村民“喜事新办、丧事简办、陋习禁办”，文明新风蔚然成风。",
            "喜事新办、丧事简办、陋习禁办",
        ),
        # a numbered name before 思路 is judged by its shape
        ("镇党委按照“一小区一支部”的思路，在18个小区成立党支部。", "一小区一支部"),
    ],
)
def test_lists_carried_out_stay_initiatives(text, kept):
    assert kept in found(text)


# ---------------------------------------------------------------- national and provincial programmes


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "康平镇召开秸秆禁烧暨保护性耕作推进会\n今年，全镇计划实施保护性耕作5万亩，"
            "镇农业站组织农机手学习保护性耕作技术要领。",
            "保护性耕作",
        ),
        (
            "自全面推进现代化边境小康村建设以来，勐康镇聚焦统一规划、整体推进。"
            "在推进现代化边境小康村建设中，曼嘎村党员带头拆除危旧房。",
            "现代化边境小康村建设",
        ),
        (
            "2016年桂城街道文化惠民工程巡演第二站来到江滨社区\n"
            "文化惠民工程巡演每月一站，把粤剧和歌舞送到居民家门口。",
            "文化惠民工程",
        ),
        (
            "严格落实“三会一课”、主题党日、组织生活会、民主生活会等组织生活制度。",
            "民主生活会",
        ),
        ("村里实行了村务、财务、党务三公开制度，重大事项一事一议。", "三务公开"),
    ],
)
def test_programmes_the_report_carries_out_are_found(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("座谈会上，农技专家还介绍了外省保护性耕作的做法。", "保护性耕作"),
        ("县文旅局负责人介绍了全县文化惠民工程的总体安排。", "文化惠民工程"),
        ("会议强调，要开好年度民主生活会。", "民主生活会"),
    ],
)
def test_programmes_named_once_in_passing_are_background(text, name):
    assert name not in found(text)


# ---------------------------------------------------------------- bodies, working groups, counters


@pytest.mark.parametrize(
    "text, gone",
    [
        ("以中心村为核心，按照地域相邻原则，成立“清溪振兴党委”，实行大村带小村。", "清溪振兴党委"),
        ("为确保转场顺利进行，市里成立“转场工作服务专班”，提前摸排转场牧民。", "转场工作服务专班"),
        ("多次在医院园区举行展销，常态化设立“共富专柜”，提升农产品影响力。", "共富专柜"),
    ],
)
def test_bodies_working_groups_and_counters_set_up_are_not_initiatives(text, gone):
    assert gone not in found(text)


def test_a_quoted_practice_set_up_is_still_an_initiative():
    assert "红色代办" in found("镇党委成立“红色代办”服务机制，为群众代办各类事项。")


# ---------------------------------------------------------------- a system that names a post


def test_the_first_secretary_system_counts_where_the_report_is_about_its_work():
    text = "镇里帮助村里建起了冬枣冷库，“第一书记”工作得到了群众认可。"
    assert "第一书记" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "驻村第一书记王立军介绍，工作队进驻以来修建了生产路。驻村第一书记王立军说，下一步将发展冷链。",
        "湟源：一村三任“第一书记” 接力九年拔“穷根”",
    ],
)
def test_who_holds_the_post_is_not_the_system(text):
    assert "第一书记" not in found(text)
