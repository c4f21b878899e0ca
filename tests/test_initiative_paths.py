"""Initiatives by the path that finds them (session 7, second pass, issue 9), as a spec.

Measured per path on the 177 real development pages: a numbered phrase in quotes that no
verb, tail or headline introduces (the ``bare numbered slogan`` path) was right on 6 of 18
finds; most of its wrong finds were a count, a road or an aim. A plus chain
before a team word, a storm's name and a counted list of policy words were wrong too. Each
rule is pinned by what a user sees (the initiatives of a real-shaped text) and by its near
relative, the same surface shape that keeps its meaning. The sentences are ours, written in
the shape of county news pages (no publisher's text); the people are invented.
"""

from __future__ import annotations

import pytest

from township_reports.ingest.initiatives import find_initiatives


def found(text: str) -> set[str]:
    return {name for name, _ in find_initiatives(text)}


# ---------------------------------------------------------------- bare numbered names


@pytest.mark.parametrize(
    "text, gone",
    [
        # counted: people or things of a kind, not a programme
        ("村党支部评定党员中心户12户，选出18名“两长三员”，带头参与村庄清洁。", "两长三员"),
        ("今年全镇硬化村道8公里，挂牌一批“五美庭院”，村容村貌明显改观。", "五美庭院"),
        ("利用房前屋后闲置地，建设“四小园”86块，新栽苗木3000余株。", "四小园"),
        # a road the quote names
        ("南溪镇工业园区框架拉开，“两纵一横”道路基本建成，入驻企业增至12家。", "两纵一横"),
        ("新桥村有“两大”公路穿村而过，沿线垃圾由保洁员每日清运。", "两大"),
        # an aim achieved
        ("该镇聚焦红色资源保护，实现“三个好”，乡村面貌焕然一新。", "三个好"),
    ],
)
def test_bare_numbered_names_that_name_no_programme(text: str, gone: str) -> None:
    assert gone not in found(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        # the same quotes where a verb, a tail or a second mention makes them a programme
        ("镇里依托党群服务中心建成“10分钟党群服务圈”，在各村设立便民服务点。", "10分钟党群服务圈"),
        ("镇党委推行“两长三员”网格管理机制，每个网格配齐力量。", "两长三员"),
        ("村里推进“四小园”建设。今年“四小园”已覆盖全部自然村。", "四小园"),
        ("镇党委要求党员干部做到“三个到位”，即人员到位、巡查到位、转移到位。", "三个到位"),
        # a programme that builds roads keeps its name
        ("村里实施“一事一议”道路建设，修通入户路3公里。", "一事一议"),
    ],
)
def test_numbered_programmes_are_kept(text: str, kept: str) -> None:
    assert kept in found(text)


# ---------------------------------------------------------------- plus chains


def test_a_plus_chain_before_a_team_word_lists_its_members() -> None:
    text = "汛期到来，全镇组建“党员+网格员+志愿者”巡河队伍，每天沿河巡查两次。"
    assert not any("+" in name for name in found(text))
    text = "护河队划分为12个由党员+团员+其他居民组成的行动组，分段开展巡护。"
    assert not any("+" in name for name in found(text))


def test_a_plus_chain_that_names_the_way_a_team_is_formed_stays() -> None:
    text = "乡党委按照“党员+农机手+志愿者”的方式组建了6支服务队，帮助缺劳力农户抢收。"
    assert "党员+农机手+志愿者" in found(text)
    text = "村党支部采取“党支部+合作社+农户”模式，统一流转土地种植茶叶。"
    assert "党支部+合作社+农户" in found(text)


# ---------------------------------------------------------------- storms and policy words


def test_a_storm_the_text_calls_a_typhoon_is_no_initiative_even_in_the_headline() -> None:
    text = "“利奇马”带来强降雨！山区乡镇连夜转移群众\n受台风“利奇马”影响，镇里启动防汛应急响应。"
    assert "利奇马" not in found(text)
    text = "“莫兰蒂”来袭 沿海乡镇连夜转移群众\n受第14号台风“莫兰蒂”影响，镇里启动应急响应。"
    assert "莫兰蒂" not in found(text)
    text = "寨头镇：“红色管家”服务移民新村\n镇里推行“红色管家”服务机制，台风来临前逐户排查。"
    assert "红色管家" in found(text)


def test_a_counted_list_of_policy_words_is_no_initiative() -> None:
    text = "当地围绕“产业振兴、人才振兴、文化振兴、生态振兴、组织振兴”5大任务，发展红色旅游。"
    assert found(text) == set()
    text = "街道推行“需求清单、资源清单、项目清单”三单对接机制，每季度召开联席会。"
    assert "三单对接" in found(text)
