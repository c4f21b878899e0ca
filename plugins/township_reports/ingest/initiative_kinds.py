"""The initiative kinds rounds 8 and 9 showed (PATTERNS.md "Initiatives: rounds 8 and 9's
kinds (xf)"): a facility opened, titles awarded in a list, names listed side by side, a
name extended by the word before its mechanism tail, comma slogans, recurring days.

Small pure functions; initiatives.py and initiative_quotes.py weigh what they say.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from .initiative_vocabulary import (  # noqa: F401 (load_context_rules: doctests)
    ContextRules,
    Vocabulary,
    load_context_rules,
    place_name_set,
)
from .names import word_tags

if TYPE_CHECKING:
    from .initiative_quotes import Quoted
    from .initiatives import Mention


def is_comma_slogan(phrase: str) -> bool:
    """Two to four short clauses joined by commas: a slogan named as one (“红黑榜，月月评”,
    “讲乡贤故事，探乡贤足迹”), not a sentence.

    >>> is_comma_slogan("红黑榜,月月评"), is_comma_slogan("讲乡贤故事，探乡贤足迹")
    (True, True)
    >>> is_comma_slogan("我们村的路修好了，群众都说好，大家很满意，干部也高兴，好")
    False
    """
    parts = re.split(r"[，,]", phrase)
    return 2 <= len(parts) <= 4 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", p) for p in parts)


def heads_a_facility(words: str, rules: ContextRules) -> bool:
    """True where a facility noun heads the words (at most 6 characters on, one clause).

    >>> rules = load_context_rules()
    >>> heads_a_facility("红色驿站。目前", rules), heads_a_facility("工作机制", rules)
    (True, False)
    """
    clause = re.split(r"[^\u4e00-\u9fff]", words)[0][:8]
    return any(head in clause for head in rules.facility_heads)


def recurs(item: Quoted, rules: ContextRules) -> bool:
    """True where the words before a quoted day say it is fixed or recurs.

    >>> from township_reports.ingest.initiative_quotes import Quoted
    >>> rules = load_context_rules()
    >>> recurs(Quoted("党员义务劳动日", 0, 0, before="这是闹店镇每周开展"), rules)
    True
    >>> recurs(Quoted("支部活动日", 0, 0, before="确定每月2日为全镇"), rules)
    True
    >>> recurs(Quoted("国际志愿者日", 0, 0, before="12月5日是"), rules)
    False
    """
    before = item.before
    return bool(rules.fixed_day_before.search(before) or rules.recurring_day_before.search(before))


#: Closing quotation marks, after which a programme kind is the quoted name's tail.
CLOSING_QUOTES = '”"」』’'


def facilities_opened(mentions: list[Mention], text: str, rules: ContextRules) -> set[str]:
    """Names headed by a facility noun that the report says were opened or put to use:
    the place, not a programme, wherever it is named (round 8, xa-009).

    >>> text = "游埠镇：“红色驿站”串起幸福圈。近日，首个片区党建“红色驿站”在洋港村投入使用。"
    >>> from township_reports.ingest.initiatives import Mention
    >>> facilities_opened([Mention("红色驿站", 5, 9, "headline")], text, load_context_rules())
    {'红色驿站'}
    >>> text = "汤塘镇建成12个“红色驿站”，为群众提供政策咨询。"
    >>> facilities_opened([Mention("红色驿站", 9, 13, "verb only")], text, load_context_rules())
    set()
    """
    opened = set()
    for mention in mentions:
        if not mention.name.endswith(rules.facility_heads) or mention.name in opened:
            continue
        for found in re.finditer(re.escape(mention.name), text):
            if rules.facility_opened_after.match(text, found.end()):
                opened.add(mention.name)
                break
    return opened


def listed_with_titles(text: str, start: int, end: int, rules: ContextRules) -> bool:
    """True where an unquoted name stands in a list (、) with a title a town awards: the
    list is of titles, and the name with them is one too (round 9, xb-010).

    >>> rules = load_context_rules()
    >>> text = "该镇开展文明家庭、美丽庭院评选活动"
    >>> listed_with_titles(text, 9, 13, rules)
    True
    >>> text = "开展美丽庭院创建活动"
    >>> listed_with_titles(text, 2, 6, rules)
    False
    """
    left = re.split(r"[，。；;：:！？\n“”]", text[:start])[-1]
    right = re.split(r"[，。；;：:！？\n“”]", text[end:])[0]
    if not (left.endswith("、") or right.startswith("、")):
        return False
    neighbours = [left.split("、")[-2:-1], right.split("、")[1:2]]
    return any(title in part for part in sum(neighbours, []) for title in rules.awarded_titles)


def listed_with_another(mentions: list[Mention], text: str) -> set[str]:
    """Names standing in a list (、) right next to another name found: the report names
    them as its programmes side by side (推动形成一村一品、一村一业的产业格局; xb-010),
    so a focus practice among them is one the report is about.

    >>> text = "推动形成一村一品、一村一业的产业格局"
    >>> from township_reports.ingest.initiatives import Mention
    >>> ms = [Mention("一村一品", 4, 8, "vocabulary"), Mention("一村一业", 9, 13, "numbered shape")]
    >>> sorted(listed_with_another(ms, text))
    ['一村一业', '一村一品']
    """
    names = set()
    ordered = sorted(mentions, key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if second.start == first.end + 1 and text[first.end] == "、":
            names |= {first.name, second.name}
    return names


def spelled_as_extended(mentions: list[Mention], text: str) -> list[Mention]:
    """Once the text names 三联服务 (三联 + 服务 before a mechanism tail), every 三联 written
    right before 服务 is that name too (the headline's 三联服务让群众办事不出村).

    >>> text = "三联服务暖人心。镇里建立三联服务工作机制。"
    >>> from township_reports.ingest.initiatives import Mention
    >>> ms = [Mention("三联", 0, 2, "vocabulary"), Mention("三联服务", 12, 16, "vocabulary, extended")]
    >>> [m.name for m in spelled_as_extended(ms, text)]
    ['三联服务', '三联服务']
    """
    extended = {m.name for m in mentions if m.rule == "vocabulary, extended"}
    longer = {m.name: n for n in extended for m in mentions if n.startswith(m.name) and n != m.name}
    renamed = []
    for m in mentions:
        name = longer.get(m.name)
        if name and text.startswith(name, m.start):
            m = replace(m, name=name, end=m.start + len(name))
        renamed.append(m)
    return renamed


def extended_name(text: str, end: int, rules: ContextRules) -> str:
    """The word between an unquoted vocabulary name and the mechanism tail it names,
    which belongs to the name: 三联服务工作机制 → 服务 (round 9, xb-014); else ''.

    >>> rules = load_context_rules()
    >>> text = "建立一套三联服务工作机制。"
    >>> extended_name(text, 6, rules), extended_name("推行三联服务群众", 4, rules)
    ('服务', '')
    """
    from .initiative_quotes import find_tail  # here: initiative_quotes imports this module

    for word in rules.name_extensions:
        if text.startswith(word, end):
            tail = find_tail(text[end + len(word) : end + len(word) + 12], rules)
            if tail and tail.immediate and tail.word in rules.mechanism_tails:
                return word
    return ""


def one_off_event(item: Quoted, rules: ContextRules, text: str = "") -> bool:
    """True where a quoted theme names a one-off event, not a programme (README, "Events"):
    before an event word, it names a festival or an anniversary, or it is a slogan of
    clauses the sentence dates to a day and the report nowhere says recurs or runs on
    (将…持续开展下去, 每季度组织一次); never where its own sentence says it recurs.

    >>> from township_reports.ingest.initiative_quotes import Quoted
    >>> rules = load_context_rules()
    >>> one_off_event(Quoted("欢乐闹元宵", 0, 0, text="欢乐闹元宵", right="活动，还将"), rules)
    True
    >>> one_off_event(Quoted("月圆两岸情", 0, 0, text="月圆两岸情", right="中秋联谊活动"), rules)
    True
    >>> theme = "学雷锋 暖邻里"
    >>> one_off_event(Quoted("学雷锋暖邻里", 0, 0, text=theme, sentence="3月5日上午，社区开展",
    ...     right="志愿服务活动"), rules)
    True
    >>> one_off_event(Quoted("学雷锋暖邻里", 0, 0, text=theme, sentence="3月5日上午，社区开展",
    ...     right="志愿服务活动", after="志愿服务活动，这是今年第四次"), rules)
    False
    >>> one_off_event(Quoted("党员联户", 0, 0, text="党员联户", sentence="3月5日，镇党委开展",
    ...     right="活动"), rules)
    False
    >>> one_off_event(Quoted("学雷锋暖邻里", 0, 0, text=theme, sentence="3月5日上午，社区开展",
    ...     right="志愿服务活动"), rules, text="下一步，社区将把此类活动持续开展下去。")
    False
    """
    event = rules.event_after.match(item.right)
    if not event:
        return False
    if rules.event_recurs.search(item.sentence + item.after):
        return False  # 每月一次的“图书漂流”活动, 这是中心今年第四次…
    if rules.event_festivals.search(item.phrase + event.group()):
        return True  # 开展“欢乐闹元宵”活动, 举办“月圆两岸情”中秋联谊活动
    inner = re.sub(r"[‘’'「」『』]", "", item.text.strip())  # “‘葑’雨同行 暖‘新’一夏”
    clauses = [part for part in re.split(r"[\s、，,·]+", inner) if part]
    slogan = len(clauses) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", c) for c in clauses)
    dated = bool(rules.event_day.search(item.sentence))
    return slogan and dated and not rules.event_recurs.search(text)


def named_of_its_own(phrase: str, rules: ContextRules) -> bool:
    """True where a team's quoted name is a name of its own, not its members, its place
    or its task with a kind word (README, "Teams").

    >>> rules = load_context_rules()
    >>> [named_of_its_own(n, rules) for n in ("马背宣讲分队", "爱操心", "板栗服务队", "稻米党员服务队")]
    [True, True, True, True]
    >>> [named_of_its_own(n, rules) for n in ("党员志愿服务队", "青年突击队", "文明劝导员", "巡逻队")]
    [False, False, False, False]
    """
    stem = rules.team_kinds.sub("", phrase)
    for word in sorted(rules.team_member_stems, key=len, reverse=True):
        stem = stem.replace(word, "")
    if len(stem) < 2 or stem.endswith(("员", "者")):
        return False  # “文明劝导员”队伍: named by who is in it
    bare = re.sub(r"(?:小分队|分队|小队|队伍|队|团)$", "", phrase)  # 骑行宣讲分队 → 骑行宣讲
    if word_tags().get(bare, "").startswith("v"):
        return False  # “巡逻队”, “帮扶队”: named by its task, one verb of jieba's dictionary
    return stem not in place_name_set() and phrase not in place_name_set()


def unquoted_teams(text: str, rules: ContextRules) -> list[tuple[int, int, str]]:
    """Teams named without quotes, with a name of their own the report repeats (README,
    "Teams"): the stem before the kind word, common to every mention, names the team.

    >>> rules = load_context_rules()
    >>> text = "村里成立春风行志愿服务队，每月义剪。石马村春风行志愿服务队还准备了早餐。"
    >>> [name for _, _, name in unquoted_teams(text, rules)]
    ['春风行志愿服务队', '春风行志愿服务队']
    >>> unquoted_teams("镇里成立党员志愿服务队。该村党员志愿服务队上门服务。", rules)
    []
    """
    runs: dict[str, list[re.Match]] = {}
    for found in rules.unquoted_team.finditer(text):
        if found.start(2) > 0 and text[found.start(2) - 1] in CLOSING_QUOTES:
            continue  # “爱操心”志愿服务队: the quoted name is judged as quoted
        runs.setdefault(found.group(2), []).append(found)
    teams = []
    for kind, mentions in runs.items():
        for stem in _shared_stems([m.group(1) for m in mentions], rules.unquoted_team_stem_max):
            if named_of_its_own(stem + kind, rules):
                ends = [m.end(2) for m in mentions if m.group(1).endswith(stem)]
                teams += [(end - len(stem + kind), end, stem + kind) for end in ends]
    return sorted(teams)


def _shared_stems(runs: list[str], longest: int) -> list[str]:
    """Endings of two to ``longest`` characters that at least two runs share, each as long
    as it can be: [兼春风行, 成立春风行, 石马村春风行, 乡村] → [春风行] (风行 is part of it).

    >>> _shared_stems(["兼春风行", "成立春风行", "如你所见丨乡村"], 6)
    ['春风行']
    """
    counts = Counter(run[-n:] for run in runs for n in range(2, len(run) + 1))
    shared = [end for end, count in counts.items() if count >= 2]
    maximal = [
        end
        for end in shared
        if not any(
            longer.endswith(end) and counts[longer] == counts[end]
            for longer in shared
            if longer != end
        )
    ]
    return sorted(end for end in maximal if len(end) <= longest)


def part_quoted_name(item: Quoted, vocabulary: Vocabulary, rules: ContextRules) -> str | None:
    """The whole name where the quotes enclose only its counted part (README, "Writing the
    name"): 爱国卫生“7个专项行动” → 爱国卫生7个专项行动 (爱国卫生运动 is a campaign).

    >>> from township_reports.ingest.initiative_quotes import Quoted
    >>> from township_reports.ingest.initiative_vocabulary import load_vocabulary
    >>> rules, vocabulary = load_context_rules(), load_vocabulary()
    >>> part_quoted_name(Quoted("7个专项行动", 0, 0, left="结合爱国卫生"), vocabulary, rules)
    '爱国卫生7个专项行动'
    >>> part_quoted_name(Quoted("7个专项行动", 0, 0, left="开展"), vocabulary, rules) is None
    True
    """
    if not rules.counted_part.match(item.phrase):
        return None
    for name in vocabulary.initiatives:
        stem = name
        for tail in rules.campaign_tails:
            stem = stem.removesuffix(tail)
        if len(stem) >= 3 and item.left.endswith(stem):
            return stem + item.phrase
    return None
