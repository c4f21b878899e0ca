"""Judging a quoted phrase: is “X” introduced as a programme, or a metaphor, an honour,
a facility, a priority label, a quantity, a motto?

A quoted name counts only with introducing context: a verb before it (推行“X”), a tail
after it (“X”工作机制), a list sharing them (“A”“B”等强基工程), a numeral or a plus sign.
When in doubt, not an initiative: every one found gets a page on the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .initiative_kinds import (
    heads_a_facility,
    is_comma_slogan,
    named_of_its_own,
    one_off_event,
    part_quoted_name,
    recurs,
)
from .initiative_phrases import (
    branded_practice,
    counts_nothing,
    flattened_plus_model,
    is_chain,
    is_facility_list,
    is_parallel_list,
    is_plus_model,
    is_quantity,
    is_short_list,
)
from .initiative_sights import names_a_sight, whole_vocabulary_name
from .initiative_uses import bare_number_use, lists_team_members
from .initiative_vocabulary import (
    CHAIN,
    CJK,
    CJK_RUN,
    DIGIT_SLOGAN,
    LIST_JOINER,
    NUMERAL_GROUP,
    PLUS_MODEL,
    QUOTED,
    SENTENCE_PUNCTUATION,
    YEAR_OR_AMOUNT,
    ContextRules,
    Vocabulary,
    fold_slogan,
    is_numbered_slogan,
    load_context_rules,
    ordinary_words,
    place_name_set,
)

# ---------------------------------------------------------------- quoted names


@dataclass
class Quoted:
    """A quoted phrase, with the context of the list of names it belongs to."""

    phrase: str  # folded: what is matched and judged
    start: int  # of the phrase inside the quotes
    end: int
    left: str = ""  # before the list's opening quote, back to the last punctuation
    right: str = ""  # after the list's closing quote
    alone: bool = True  # the only name of its list
    headline_subject: bool = False  # first in the headline, after the place only
    in_headline: bool = False  # in the body, and named without quotes by the headline
    text: str = ""  # as written between the quotes
    before: str = ""  # the raw text before the list's opening quote (14 characters)
    sentence: str = ""  # the sentence before the list's opening quote (at most 40 characters)
    after: str = ""  # the sentence after the list's closing quote (at most 40 characters)
    place_stem: bool = False  # the stem of a town or county the text names (“拉日马”, 拉日马镇)
    called_theme: bool = False  # the text calls it an event's theme (以“X”为主题) somewhere
    one_off: bool = False  # the text dates it as a one-off event's theme somewhere
    names_place: bool = False  # the text glosses it (意为“X”) or writes it before 景区


def quoted_lists(text: str, rules: ContextRules | None = None) -> list[Quoted]:
    """Quoted phrases, each with the left and right context of the list it stands in.

    >>> [(q.phrase, q.left, q.right[:4]) for q in quoted_lists('持续实施“甲计划”“乙计划”等强基工程')]
    [('甲计划', '持续实施', '等强基工'), ('乙计划', '持续实施', '等强基工')]
    """
    items = []
    for match in QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        items.append((match.start(), match.end(), match.start(group), match.end(group)))
    quoted, lists = [], []
    for outer_start, outer_end, start, end in items:
        phrase = fold_slogan(text[start:end])
        item = Quoted(phrase, start, end, text=text[start:end])
        if lists and LIST_JOINER.match(text[lists[-1][-1][1] : outer_start]):
            lists[-1].append((item, outer_end))
        else:
            lists.append([(item, outer_end)])
        quoted.append((item, outer_start))
    starts = {id(item): outer_start for item, outer_start in quoted}
    for members in lists:
        first, last_end = members[0][0], members[-1][1]
        before = text[max(0, starts[id(first)] - 14) : starts[id(first)]]
        # a count between verb and quote stays in reach: 设立了5个“X” reads as 设立了几个“X”
        left = re.split(r"[^\u4e00-\u9fff]", re.sub(r"\d+(?=[\u4e00-\u9fff])", "几", before))[-1]
        right = text[last_end : last_end + 16]
        sentence = re.split(
            r"[。！？!?\n]", text[max(0, starts[id(first)] - 40) : starts[id(first)]]
        )
        after = re.split(r"[。！？!?\n]", text[last_end : last_end + 40])[0]
        for item, _ in members:
            item.left, item.right, item.alone = left, right, len(members) == 1
            item.before, item.sentence, item.after = before, sentence[-1], after
    rules = rules or load_context_rules()
    _mark_places_and_themes([item for item, _ in quoted], text, rules)
    headline = headline_line(text, rules)
    if quoted and headline:
        first = quoted[0][0]
        prefix = re.split(r"[：:丨｜|】]", text[: starts[id(first)]])[-1].strip()
        label = re.match(r"^[”\"」』]?\s*[①-⑳0-9]*\s*[：:｜|]", text[first.end :])  # “X”⑧：a column
        if first.end <= len(headline) and _headline_subject(prefix, rules) and not label:
            first.headline_subject = True
        bare = QUOTED.sub("", headline)  # 官厅镇：田间党校里学技术 names the body's “田间党校”
        for item, _ in quoted:
            where = bare.find(item.phrase) if item.start > len(headline) else -1
            if where >= 0 and len(item.phrase) >= 2:
                prefix = re.split(r"[：:丨｜|】]", bare[:where])[-1].strip()
                item.in_headline = _headline_subject(prefix, rules)
    return [item for item, _ in quoted]


def _mark_places_and_themes(items: list[Quoted], text: str, rules: ContextRules) -> None:
    """Mark the quoted stems of places the text names, and the phrases it calls a theme.

    >>> items = quoted_lists("“阿日扎”一名来自藏语，意思是“草场”。阿日扎镇的牧民在此放牧。")
    >>> [(q.phrase, q.place_stem) for q in items]
    [('阿日扎', True), ('草场', False)]
    >>> text = "新联会举办“颂祖国 启新程”系列活动。会上举办了以“颂祖国 启新程”为主题的活动。"
    >>> [q.called_theme for q in quoted_lists(text)]
    [True, True]
    """
    names = place_name_set()
    for item in items:
        item.place_stem = len(item.phrase) >= 2 and any(
            item.phrase + suffix in names and item.phrase + suffix in text
            for suffix in rules.place_stem_suffixes
        )
    themes = {
        item.phrase
        for item in items
        if item.left.endswith(rules.theme_before) and rules.theme_named_after.match(item.right)
    }
    events = {item.phrase for item in items if one_off_event(item, rules, text)}
    glossed = {item.phrase for item in items if rules.gloss_before.search(item.left)}
    for item in items:
        item.called_theme = item.phrase in themes
        item.one_off = item.phrase in events  # the headline's “X”活动 is the body's dated one
        item.names_place = item.phrase in glossed or names_a_sight(item.phrase, text, rules)


def _headline_subject(prefix: str, rules: ContextRules) -> bool:
    """True when what stands before a headline's name is only the place (and body) doing it.

    >>> rules = load_context_rules()
    >>> _headline_subject("魏湾镇党委", rules), _headline_subject("介休市张兰镇", rules)
    (True, True)
    >>> _headline_subject("党建联盟串起山村", rules)  # a clause ending in 村, not a place
    False
    """
    match = rules.headline_subject.match(prefix)
    if not match:
        return False
    place = match.group("place") or ""
    if len(place) <= rules.headline_place_max:
        return True
    names = place_name_set()
    return any(place[-size:] in names for size in range(3, min(len(place), 12) + 1))


def _is_honour(item: Quoted, rules: ContextRules) -> bool:
    """A title won: 荣获“全国文明村镇”称号, 成功创建“河南省五星党支部”, 全国“一村一品”示范镇."""
    if rules.honour_before.search(item.left) or rules.honour_after.match(item.right):
        return True
    named = rules.honour_prefix.match(item.phrase) and rules.honour_suffix.search(item.phrase)
    return bool(named) or rules.titled(item.left, item.right)


@dataclass(frozen=True)
class _Tail:
    """The word after a closing quote that names what the quoted thing is (机制, 活动 …)."""

    word: str
    gap: str  # characters between the quote (after 等/的) and the tail: 运行 in “X”运行机制
    lead: str  # 等, 的, 等一批 … right after the quote

    @property
    def immediate(self) -> bool:
        return not self.lead and not self.gap


def find_tail(right: str, rules: ContextRules) -> _Tail | None:
    """The tail heading the words after a quote: “X”工作机制 → 工作机制; “X”工作格局 → None.

    >>> rules = load_context_rules()
    >>> find_tail('运行机制，每月', rules), find_tail('的工作格局', rules)
    (_Tail(word='机制', gap='运行', lead=''), None)
    """
    lead = rules.tail_lead.match(right).group()
    for size in range(rules.tail_gap + 1):
        gap = right[len(lead) : len(lead) + size]
        if len(gap) < size or not CJK_RUN.fullmatch(gap or "一"):
            return None
        match = rules.tail_word.match(right, len(lead) + size)
        if match:
            word = head = match.group()
            end = match.end()
            while more := rules.tail_word.match(right, end):  # 工作流程 is headed by 流程
                head, end = more.group(), more.end()
            if not rules.tail_continuation.match(right, end):
                strong = word if word in rules.strong_tails else head
                return _Tail(head if head in rules.mechanism_tails else strong, gap, lead)
    return None


def nearest_verb(left: str, rules: ContextRules) -> re.Match | None:
    """The introducing verb nearest the opening quote (依托基地开办“X” → 开办, not 依托)."""
    for start in range(len(left) - 1, -1, -1):
        match = rules.verb_before.match(left, start)
        if match:
            return match
    return None


def stands_before(name: str, spelled: str, after: str, vocabulary: Vocabulary) -> bool:
    """False for a bare 五星 (or 三星) that is a rating, not the 五星支部 campaign.

    >>> from township_reports.ingest.initiative_vocabulary import load_vocabulary
    >>> v = load_vocabulary()
    >>> stands_before('五星', '五星', '支部创建', v), stands_before('五星', '五星', '，离', v)
    (True, False)
    """
    words = vocabulary.initiatives[name].only_before
    if not words or any(word in spelled for word in words):
        return True
    return after.startswith(words)


def _is_priority_label(item: Quoted, tail: _Tail | None, rules: ContextRules) -> bool:
    """把X作为“一号工程”, 作为“一把手”工程来抓: how much X matters, not a programme.

    >>> rules = load_context_rules()
    >>> item = Quoted("一号工程", 0, 0, left="镇党委把村党支部建设作为", right="，一抓到底")
    >>> _is_priority_label(item, find_tail(item.right, rules), rules)
    True
    >>> item = Quoted("头雁", 0, 0, left="深入实施", right="工程，选优配强")
    >>> _is_priority_label(item, find_tail(item.right, rules), rules)
    False
    """
    if not rules.priority_before.search(item.left):
        return False
    named = bool(tail) and tail.immediate and tail.word == rules.priority_tail
    return item.phrase.endswith(rules.priority_tail) or named


#: What judge_quoted says of a title won: not an initiative, and no vocabulary term
#: inside it counts either (河南省五星党支部 is not a mention of 五星).
HONOUR = ("", "honour")
#: What judge_quoted says of a name given to a place or thing (人称“四色六郎”): not an
#: initiative, and its numerals name no programme either.
NICKNAME = ("", "nickname")


def judge_quoted(
    item: Quoted, vocabulary: Vocabulary, rules: ContextRules
) -> tuple[str, str] | None:
    """(name, rule) when the quoted phrase names an initiative, HONOUR for a title won, else None.

    The evidence, strongest first: the vocabulary; a stoplist that vetoes; shapes that
    need no context (plus-sign models, numbered names); then the context (a verb
    before, a tail after, the headline). Each stage decides, or leaves it to the next.
    """
    phrase = item.phrase
    if rules.sign_after.match(item.right):
        return None  # 墙上的“党员责任区”标牌: a sign, judged as if unquoted
    if phrase.endswith(rules.manner_suffix) and len(phrase) <= rules.manner_max:
        return None  # “清单化”管理: a manner
    judging = _Judging.of(item, vocabulary, rules)
    for stage in (_by_vocabulary, _refused_or_plain, _by_stoplist, _by_shape, _by_context):
        verdict = stage(judging)
        if verdict is not _UNDECIDED:
            return verdict
    return None


#: What a stage of ``judge_quoted`` returns when it cannot tell: the next stage decides.
_UNDECIDED = object()


@dataclass
class _Judging:
    """A quoted phrase and what its context says, as every stage of ``judge_quoted`` sees it."""

    item: Quoted
    phrase: str
    tail: _Tail | None
    continued: str | None  # “三长”联动机制 → 三长联动
    verb: re.Match | None
    strong_verb: bool
    strong_tail: bool
    naming_tail: bool
    ordinary: bool
    listed: bool
    mechanism: bool
    vocabulary: Vocabulary
    rules: ContextRules

    @classmethod
    def of(cls, item: Quoted, vocabulary: Vocabulary, rules: ContextRules) -> _Judging:
        phrase = item.phrase
        tail = find_tail(item.right, rules)
        verb_after = rules.numbered_continuation.match(item.right)  # “三长”联动机制
        continued = (
            phrase + verb_after.group() if verb_after and is_numbered_slogan(phrase) else None
        )
        verb = nearest_verb(item.left, rules)
        return cls(
            item=item,
            phrase=phrase,
            tail=tail,
            continued=continued,
            verb=verb,
            strong_verb=bool(verb) and verb.group(1) in rules.strong_verbs,
            strong_tail=bool(tail) and tail.word in rules.strong_tails,
            naming_tail=bool(tail) and tail.immediate and tail.word in rules.naming_tails,
            ordinary=phrase in ordinary_words(),
            listed="、" in phrase,
            mechanism=bool(tail) and "的" in tail.lead and tail.word in rules.mechanism_tails,
            vocabulary=vocabulary,
            rules=rules,
        )


def _by_vocabulary(j: _Judging):
    """1. the vocabulary knows it (with its tail: “头雁”工程, or without: “三会一课”制度)."""
    phrase, tail, item, vocabulary = j.phrase, j.tail, j.item, j.vocabulary
    if j.rules.honour_at_once.search(item.left) or j.rules.honour_after.match(item.right):
        return HONOUR  # 被推荐为“一村一品”莲藕示范村: a title won, whatever it names
    if j.rules.titled(item.left, item.right):
        return HONOUR  # 全国“一村一品”示范村镇
    unpunctuated = SENTENCE_PUNCTUATION.sub("", phrase.replace("、", ""))
    keys = (
        phrase + tail.word if tail and tail.immediate else None,
        j.continued,
        phrase,
        unpunctuated,
    )
    for key in keys:
        if key in vocabulary.alias_to_name:
            name = vocabulary.alias_to_name[key]
            if not stands_before(name, key, item.right, vocabulary):
                return None
            if key == keys[0] and name == key and key != phrase:
                return phrase, "vocabulary"  # “头雁”工程 → 头雁: the quoted name, no tail
            return name, "vocabulary"
    whole = part_quoted_name(item, vocabulary, j.rules)  # 爱国卫生“7个专项行动”
    if not whole and item.alone and len(phrase) >= 2:  # 门前“三包”
        whole = whole_vocabulary_name(item.left, phrase, item.right, vocabulary)
    return (whole, "part quoted") if whole else _UNDECIDED


def _refused_or_plain(j: _Judging):
    """Too short, an honour, a column or priority label, a reference back; or plainly a
    name (a flattened plus model, a branded practice)."""
    phrase, item, rules = j.phrase, j.item, j.rules
    if len(phrase) < 2:
        return None
    if _is_honour(item, rules):
        return HONOUR
    if rules.nickname_before.search(item.left):
        return NICKNAME  # 当地人称这里为“四色六郎”, 成了‘五彩山庄’
    if item.names_place or rules.product_brand_after.match(item.right):
        return NICKNAME  # “石头部落”…石头部落景区; 打造“源口云尖”公共品牌: a place, a product
    if rules.column_tail.match(item.right) or _is_priority_label(item, j.tail, rules):
        return None
    if rules.member_of_after.match(item.right):
        return None  # “三大古镇”之一
    if rules.facility_after.match(item.right) or rules.problem_after.match(item.right):
        return None  # “三旗”主题广场正式开放: a place; 破解“三难”问题: a problem
    if rules.chat_group_after.match(item.right) or phrase.endswith(rules.chat_group_suffix):
        return None  # 建立了“夜校学习交流”微信群, 乡村“议事群”里: a chat group
    if rules.figure_after.match(item.right):
        return None  # 让“一村富”变成“村村富”: a before-and-after figure
    if item.one_off:
        return None  # 开展“欢乐闹元宵”活动: a one-off event's theme (README, "Events")
    if item.alone and item.before.endswith(rules.reference_before):
        return None  # 这“三提”: what was just listed
    flattened = flattened_plus_model(item.text, rules)
    if flattened:
        return flattened, "plus model"
    branded = branded_practice(phrase, j.vocabulary, rules)
    if branded:
        return branded, "branded practice"
    return _UNDECIDED


def _by_stoplist(j: _Judging):
    """2. the stoplist: an ordinary word or a metaphor names a programme only with a tail."""
    phrase, tail, rules, vocabulary = j.phrase, j.tail, j.rules, j.vocabulary
    if "、" in phrase and all(part in vocabulary.not_initiatives for part in phrase.split("、")):
        return None  # “产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”: policy words
    if phrase in vocabulary.not_initiatives:
        if phrase in rules.awarded_titles and j.strong_verb:
            if rules.award_campaign_after.match(j.item.right):
                return phrase, "award campaign"  # 开展“最美家庭”评选活动: the campaign
        if tail and tail.immediate and tail.word in rules.naming_tails:
            return phrase, "stoplisted + naming tail"  # “强基”工程 → 强基 (README: no tail)
        if phrase in rules.brandable and j.strong_verb and j.strong_tail and len(tail.gap) <= 2:
            return phrase, "brandable + verb and tail"  # 推行“连心桥”议事机制
        return None
    if rules.theme_day_after.match(j.item.right) and j.item.alone and CJK.search(phrase):
        return phrase, "Party-day theme"  # 开展“全民行动，灾后自救”主题党日活动: the day's theme
    if is_comma_slogan(phrase) and tail and tail.immediate and tail.word in rules.slogan_tails:
        return phrase, "slogan + strong tail"  # 以“红黑榜，月月评”活动树标杆
    if SENTENCE_PUNCTUATION.search(phrase) or YEAR_OR_AMOUNT.match(phrase):
        return None
    if rules.date_start.match(phrase):
        return None  # ‘七月二十坪’歌节: a date, a festival
    goal = phrase.endswith(rules.goal_endings) and not rules.counted_goal.match(phrase)
    if goal and not j.naming_tail and not j.listed:  # (建设“三个示范区” is carried out)
        return None  # 打造“城关样板”, 争创“乡村振兴新高地”: a goal, not a programme
    if rules.goal_after.match(j.item.right) and not j.naming_tail:
        return None  # 围绕“六条路子”“三县”建设目标: goals, named as such
    if (
        rules.copula.search(phrase)
        or rules.festive_prefix.sub("", phrase) in vocabulary.not_initiatives
    ):
        return None  # a motto (“一个网格就是一个家”) or a date (“迎七一”)
    return _UNDECIDED


def _by_shape(j: _Judging):
    """3. shapes that need no context: plus-sign models, digits, numbered slogans."""
    phrase, tail, item, rules = j.phrase, j.tail, j.item, j.rules
    introduced = j.verb or rules.numbered_list_before.search(item.left) or item.in_headline
    if rules.numbered_list_name.match(phrase) and introduced:
        return phrase, "numbered list name"  # 承诺提供“十项暖心服务”
    if "+" in phrase and PLUS_MODEL.match(phrase) and CJK.search(phrase):
        if lists_team_members(item.before, item.right):
            return None  # 组建“党员+网格员+志愿者”联防队伍: the team's members, not a model
        if is_plus_model(phrase, rules):
            return phrase, "plus model"
        if j.verb and len(phrase.split("+")) >= rules.plus_formula_parts:
            return phrase, "plus formula after verb"  # 采取“现场教学+专题辅导+交流研讨”的方式
        if tail and "的" in tail.lead:  # “正向激励+反向约束”的办法: a pair of manners
            return None  # described, not named (实行“保底分红+按股分红” still is a name)
    if DIGIT_SLOGAN.match(phrase) and not re.fullmatch(r"(?:19|20)\d\d", phrase):
        if j.naming_tail:  # “520”计划 → 520: the quoted string, even a bare number (README)
            return phrase, "digits + naming tail"
        return phrase, "digits"
    if not CJK.search(phrase):
        return None  # “3·15”, “PPT”: a date or a word, no programme's name
    described = item.alone and item.right.startswith("的") and not j.mechanism
    if item.right.startswith("的") and heads_a_facility(item.right[1:], rules):
        return None  # 配置“七个一”的红色驿站: what a facility holds, not a programme
    described = described and len(NUMERAL_GROUP.findall(phrase)) < 2  # “一小区一支部”的思路
    if (
        not j.listed
        and is_numbered_slogan(phrase)
        and not j.ordinary
        and "的" not in phrase
        and not described  # “一次不跑”的服务: a description; “一核三联四治”的党建工作模式: a name
        and not is_quantity(phrase, rules)
        and not is_facility_list(phrase, rules)
        and not phrase.startswith(rules.not_numerals)  # “一起联动”: 一起 counts nothing
        and not (item.alone and rules.people_after.match(item.right))  # “三新”党员: members
        and not counts_nothing(phrase, rules)  # “滨青二班”, “八百里秦川”, “马力十足”
    ):
        bare = not (j.verb or tail or item.in_headline)
        if bare and item.alone and bare_number_use(item.before, item.right):
            return None  # 24名“两长四员”, “两纵一横”道路, 实现“三个好”: counted, a road, a goal
        rule = "bare numbered slogan" if bare else "numbered slogan"
        return (j.continued or phrase), rule  # “三长”联动机制 → 三长联动; bare: “三码”、…
    return _UNDECIDED


def _by_context(j: _Judging):
    """4. context: a verb before, a tail after, the headline."""
    phrase, tail, item, rules, verb = j.phrase, j.tail, j.item, j.rules, j.verb
    ordinary, listed, mechanism = j.ordinary, j.listed, j.mechanism
    if CHAIN.search(phrase):
        if verb and tail and tail.word in rules.chain_tails and is_chain(phrase, rules):
            if len(tail.gap) <= rules.chain_tail_gap and (mechanism or not tail.lead):
                return phrase, "chain + tail"  # 建立“议事—交办—反馈”闭环机制
        return None
    if phrase in place_name_set() or item.place_stem:
        return None  # “拉日马”藏语译为…: the town the report names (拉日马镇)
    if rules.campaign_phase.match(phrase) and rules.campaign_phase_before.search(item.left):
        return phrase, "campaign phase"  # 人居环境整治提升“攻坚周”: the campaign carried out
    if phrase.endswith("日") and recurs(item, rules) and not ordinary:
        return phrase, "fixed day"  # 确定每月2日为全镇“支部活动日”, 每周开展“X日”
    if item.left.endswith(rules.theme_before) and rules.frame_after.match(item.right):
        if not ordinary and len(phrase) >= 3 and (not listed or is_short_list(phrase)):
            return phrase, "frame (以…为抓手)"  # 以“支部带头种树、党员带头护林”为抓手
    if item.left.endswith(rules.theme_before) and rules.theme_after.match(item.right):
        return None  # 以“X”为主题
    if item.called_theme:
        return None  # 举办“X”系列活动 where the text says 以“X”为主题的系列活动: a theme
    if listed:  # “支委包片、党员联户”工作机制; 实行“群众点单、代办员接单”的闭环流程
        return _listed_by_context(j)
    if j.strong_tail and "的" not in tail.lead:
        if len(tail.gap) <= (rules.tail_gap if verb else rules.tail_gap_alone):
            return phrase, "programme tail"
    if verb and mechanism and len(tail.gap) <= 4:
        return phrase, "verb + 的 mechanism tail"
    # without a strong tail, an institution or a spirit is what it says (“长冈精神”);
    # a team is the town's programme where a strong verb founds it (组建“X服务队”)
    if rules.brand_after.match(item.after or item.right) and not ordinary and not listed:
        return phrase, "brand clause"  # “侨心向党”已成为该镇叫得响的党建品牌
    if rules.team_tail.match(item.right) or rules.team_kinds.search(phrase):
        verdict = _team(j)
        if verdict is not _UNDECIDED:
            return verdict
    if rules.organisation.search(phrase) and not rules.self_tail.match(phrase):
        return None
    if tail and verb and "的" not in tail.lead and len(tail.gap) <= 2:
        return phrase, "verb + tail"
    if rules.self_tail.match(phrase):  # the name keeps its own tail: “清洁家园行动”
        return phrase, "own tail"
    if j.strong_verb and not ordinary and len(phrase) <= 10:
        modifier = _modifies_a_thing(item.right, tail, rules)
        return phrase, ("verb only + modifier" if modifier else "verb only")
    if (item.headline_subject or item.in_headline) and not ordinary and len(phrase) <= 12:
        place = rules.headline_place.search(phrase)  # “沙窝窝”里支部强: a place
        contrast = phrase.startswith("小") and rules.contrast.match(item.right)
        if not place and not contrast:  # “小积分”撬动“大变化”: a figure of speech
            return phrase, "headline"
    return None


def _team(j: _Judging):
    """A team a place forms (README, "Teams"): an initiative when it has a name of its own
    (“爱操心”志愿服务队 → 爱操心, “马背宣讲分队”) and the report is about it: founded in the
    clause (组建, 成立, 打造了一支) or named by the headline; not a team named by its members
    (“文明劝导员”队伍) or one a sentence only names (由大户组成的“茶叶先锋队”)."""
    phrase, item, rules, verb = j.phrase, j.item, j.rules, j.verb
    clause = re.split(r"[，。；！？,;!?\n]", item.before)[-1]
    counted = verb and rules.team_count_between.match(verb.group(2))
    founding = rules.team_founding.search(clause) or (
        counted and (j.strong_verb or rules.team_founding.search(verb.group(1)))
    )
    if not founding and phrase.endswith(rules.role_suffixes) and rules.team_tail.match(item.right):
        return _UNDECIDED  # 党员“代办员”队伍: a post, judged as one
    if not named_of_its_own(phrase, rules):  # an ordinary word names a team too: “红马甲”
        return None
    if rules.team_kind_before.search(clause):
        return None  # 组成三支“学雷锋小分队”: a kind of team, not one team's name
    if founding:
        return phrase, "team founded"  # 组建…“红色管家”队伍, 打造了一支“马背宣讲团”
    if item.headline_subject or item.in_headline:
        return phrase, "team in the headline"  # 民主村“爱操心”志愿服务队，把…
    return None


def _listed_by_context(j: _Judging):
    """A list of clauses named as one way of working: by a strong tail or a verb before it."""
    phrase, tail, item, verb = j.phrase, j.tail, j.item, j.verb
    if not is_short_list(phrase) or j.rules.idea_after.match(item.right):
        return None  # 按照“边整治、边引导、边宣传”的工作思路: an idea
    if j.strong_tail and not tail.lead and len(tail.gap) <= 2:
        return phrase, "list + strong tail"
    if verb and tail and (j.mechanism or not tail.lead) and len(tail.gap) <= 2:
        return phrase, "list + verb and tail"  # 推行“支部包片、党员包户”做法
    if j.strong_verb and not verb.group(2) and not CJK.match(item.right[:1]):
        return phrase, "list after verb"  # 擂台赛实行“比学赶超、季度晾晒”，…
    aims = bool(verb) and verb.group(1) in j.rules.aims_verbs and not CJK.match(item.right[:1])
    if verb and is_parallel_list(phrase, j.rules) and not aims:  # 围绕“A、B、C”，…: aims
        return (
            phrase,
            "parallel list after verb",
        )  # 围绕“送学、讲学、研学”, 围绕“比作风、比实绩、比服务”
    return None


def _modifies_a_thing(right: str, tail: _Tail | None, rules: ContextRules) -> bool:
    """True where words right after the quote make the name a modifier of a thing, not
    an activity carried out: 建立了“夜校学习交流”微信群 (round 7, wa-004), 深化“团结友爱
    一家人”理念. On real pages, only 2 of 6 such finds were initiatives (round wh).

    >>> rules = load_context_rules()
    >>> _modifies_a_thing("微信群，各村", None, rules), _modifies_a_thing("评选，每年", None, rules)
    (True, False)
    >>> _modifies_a_thing("党员冬训，全镇", None, rules), _modifies_a_thing("，每月邀请", None, rules)
    (False, False)
    """
    return bool(CJK.match(right[:1])) and not tail and not rules.event_head.match(right)


def headline_line(text: str, rules: ContextRules) -> str:
    """The first line when it reads as a headline (short, no full stop), else ''."""
    first = text.split("\n", 1)[0]
    return first if len(first) <= rules.headline_max and "。" not in first else ""
