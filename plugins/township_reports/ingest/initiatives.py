"""Find the initiatives a report is about: programmes, mechanisms, campaigns, models.

Every initiative found gets a page on the site, so a false one is a visible defect:
this step must be as precise as it is thorough. Evidence, all of it data
(``data/initiatives.yaml``, ``data/initiative_context.yaml``,
``data/initiative_stoplist.yaml``), weighed here:

1. the vocabulary: canonical names and aliases in both scripts (三会一课, 主题党日,
   千万工程 …), matched on jieba word boundaries (jieba is given the vocabulary and
   the gazetteer as a user dictionary, so 三会一课 and 太要镇 stay whole and 三联 is
   not found inside an unrelated longer word);
2. a quoted name the report introduces as a programme: a verb before it
   (推行“X”, 探索推进村党组织“X”) or a tail after it (“X”工作机制, “X”党建品牌,
   “X”主题活动); names listed together (“A”“B”等强基工程) share both; so are a
   slogan of several clauses named as the way of working (实行“周收集、月办理”的工作
   方式, 以“A、B”为抓手), a chain of steps or levels named a mechanism (建立“议事—
   交办—反馈”闭环机制), a team a strong verb founds (组建“X服务队”) and a fixed day
   (确定每月2日为“支部活动日”); a post quoted after 党员 is named with it (党员“林长”
   → 党员林长);
3. numbered names, quoted (“两精简三清理四规范”, “15分钟便民生活圈”, “1+3+N”) or of a
   known shape without quotes (一村一品, 三治融合, 双百行动); the parts 即 explains a
   numbered method by (“1235”工作法，即…“两大阵地”…) are the method, not names of
   their own;
4. plus-sign models, quoted or not (“党建+”, 党支部+合作社+农户), also where a scraper
   flattened the signs to spaces (“党支部 合作社 农户”).

A quoted name in the headline's subject position (绕阳河镇：“跨村联建”让弱村…) is
what the report is about. A practice that reports often name in passing (党员联户,
党员中心户) counts only where the report is about it.

Never initiatives: metaphors and catch phrases (“一池春水”, “领头雁”), honours won
(“河南省五星党支部”), institutions, facilities and spirits (“农业产业园区”, “六馆六苑”,
“长冈精神”), years, amounts and dates (“七一”), star levels and ratings on their own
(三星 of 五星, 获评“五星”), doctrines and generic policy words (“四个意识”, 乡村振兴),
priority labels (作为“一号工程”), media series (“X”系列报道), signs (“X”标牌), manners
(“清单化”), problems a clean-up removes (“四乱”), what a town contributes (“X智慧”),
places the page itself names (意为“三个石头”, “石头部落”…石头部落景区), a product's public brand,
ordinary dictionary words, mottos and quoted speech. A quoted phrase with no
introducing context and no numeral or plus sign is never one. Input is simplified
text; this step never changes it. ``find_mentions`` says which rule found each name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .initiative_kinds import (
    CLOSING_QUOTES,
    extended_name,
    facilities_opened,
    listed_with_another,
    listed_with_titles,
    spelled_as_extended,
    unquoted_teams,
)
from .initiative_quotes import (
    Quoted,
    find_tail,
    headline_line,
    judge_quoted,
    nearest_verb,
    quoted_lists,
    stands_before,
)
from .initiative_short_forms import count_of, drop_short_forms
from .initiative_uses import lists_team_members, policy_words_only
from .initiative_vocabulary import (
    CJK,
    JIEBA_BLOCK,
    NUMERALS,
    ContextRules,
    Vocabulary,
    alias_pattern,
    fold_slogan,
    load_context_rules,
    load_vocabulary,
    ordinary_words,
    punctuated_alias_pattern,
    segmenter,
    spelled_out,
)


@dataclass(frozen=True)
class Mention:
    """One place a text names an initiative, and the evidence that made it one."""

    name: str  # canonical (vocabulary) name, or the name as the report spells it
    start: int
    end: int
    rule: str  # vocabulary, programme tail, verb only, headline, numbered slogan, plus model …


# ---------------------------------------------------------------- names without quotes


def _plus_models(text: str, rules: ContextRules) -> Iterable[tuple[int, int, str]]:
    """Plus-sign models written without quotes: 党支部+合作社+农户运行模式 → 党支部+合作社+农户.

    >>> [m[2] for m in _plus_models('采用党支部+企业+合作社+脱贫户运行模式，算出3+2=5', load_context_rules())]
    ['党支部+企业+合作社+脱贫户']

    A chain whose first element is no head is not cut at a later one (round 7, wb):

    >>> [m[2] for m in _plus_models('形成了村联社+专业能人+实体经营等抱团发展模式', load_context_rules())]
    []
    """
    if "+" not in text and "＋" not in text:
        return
    for match in rules.plus_model.finditer(text):
        if MID_CHAIN.search(text[max(0, match.start() - 10) : match.start()]):
            continue  # 村联社+专业能人+实体经营: the chain began before a head we know
        elements = re.split(r"[+＋]", match.group(2))[1:]
        kept = []
        for element in elements:
            stop = _plus_stop(element, rules)
            if stop:
                element = element[: stop.start()]
            if element:
                kept.append(element)
            if stop or not element:
                break
        name = fold_slogan(match.group(1) + "+" + "+".join(kept))
        end = match.start(2) + len("+".join([""] + kept)) if kept else match.start(2) + 1
        yield match.start(), end, name
    for match in rules.digit_formula.finditer(text):
        yield match.start(1), match.end(1), fold_slogan(match.group(1))


#: A plus sign and the characters of one element right before a model's head.
MID_CHAIN = re.compile(r"[+＋][\u4e00-\u9fffA-Za-z0-9]{0,8}$")
#: Punctuation between a slogan's clauses, which its spellings may differ in.
CLAUSE_PUNCTUATION = re.compile(r"[，,、；;：:·.。！!？?…]")


def _plus_stop(element: str, rules: ContextRules) -> re.Match | None:
    """Where an unquoted model's element ends: a stop word, but at its first character
    only a function word (党建+等 → 党建+), so 党建+新时代文明实践 keeps its element.

    >>> rules = load_context_rules()
    >>> [m[2] for m in _plus_models('江西莲花：党建+新时代文明实践 擦亮底色', rules)]
    ['党建+新时代文明实践']
    >>> [m[2] for m in _plus_models('探索党建+等做法，推动党建+产业新格局', rules)]
    ['党建+', '党建+产业']
    """
    stop = rules.plus_stop.search(element)
    if stop and stop.start() == 0 and stop.group() not in rules.plus_leading_stops:
        stop = rules.plus_stop.search(element, 1)
    return stop


def _numbered_shapes(text: str, rules: ContextRules) -> Iterable[tuple[int, int, str]]:
    """Numbered names of a known shape, without quotes: 一村一品, 三治融合, 15分钟便民生活圈."""
    for match in rules.numbered_shape.finditer(text):
        yield match.start(), match.end(), match.group()


# ---------------------------------------------------------------- the step


def find_mentions(text: str, vocabulary: Vocabulary | None = None) -> list[Mention]:
    """Every place the text names an initiative, with the rule that found it, in text order.

    The recipe: quoted phrases first (each judged whole, with its context), then
    plus-sign models and numbered shapes outside them, then the vocabulary in what is
    left; passing mentions of a practice and short forms of a longer name are dropped.

    >>> [(m.name, m.rule) for m in find_mentions('镇党委推行“支委包片、党员联户”工作机制，严格落实三会一课')]
    [('支委包片、党员联户', 'list + strong tail'), ('三会一课', 'vocabulary')]
    """
    vocabulary = vocabulary or load_vocabulary()
    rules = load_context_rules()
    taken = bytearray(len(text) + 2)  # 1 where a found name (or an honour) already stands
    quoted = quoted_lists(text, rules)
    mentions = _without_explained_parts(
        text, list(_quoted_mentions(quoted, vocabulary, rules, taken)), rules
    )
    quoted_names = {m.name for m in mentions}  # a quoted name is one the report is about
    in_quotes = bytearray(len(text) + 2)
    for item in quoted:
        in_quotes[item.start : item.end] = b"\1" * (item.end - item.start)
    mentions += _unquoted_shapes(text, vocabulary, rules, taken, in_quotes)
    found, focused = _vocabulary_mentions(text, vocabulary, rules, taken)
    mentions += found
    focused |= quoted_names
    focused |= {m.name for m in mentions if m.start < len(headline_line(text, rules))}
    focused |= listed_with_another(mentions, text)
    mentions = _only_the_focus(mentions, focused, vocabulary)
    opened = facilities_opened(mentions, text, rules)
    mentions = [m for m in mentions if m.name not in opened]
    return sorted(drop_short_forms(mentions), key=lambda m: m.start)


def _without_explained_parts(
    text: str, mentions: list[Mention], rules: ContextRules
) -> list[Mention]:
    """Drop the parts 即 explains a found name by, up to the end of its sentence.

    >>> text = "探索“1235”工作法，即发挥“一个引领”，用好“两大阵地”。另推行“三色台账”。"
    >>> [m.name for m in find_mentions(text)]
    ['1235', '三色台账']

    A gloss in brackets right after the name does the same (round 7, wb):

    >>> text = "创新“12345”模式（打造1个平台；着眼“三个有利于”；实现“四个目的”），推行“三色台账”。"
    >>> [m.name for m in find_mentions(text)]
    ['12345', '三色台账']
    """
    spans = []
    for mention in mentions:
        after = text[mention.end + 1 : mention.end + 20]
        explained = rules.explanation.match(after)
        if explained:
            start = mention.end + 1 + explained.end()
            stop = re.search(r"[。；;！？\n]", text[start:])
            spans.append((start, start + stop.start() if stop else len(text)))
        bracket = rules.explanation_bracket.match(after)
        if bracket:  # 创新“12345”模式（打造1个平台…着眼“三个有利于”…）: the parts, glossed
            start = mention.end + 1 + bracket.end()
            stop = re.search(r"[)）\n]", text[start:])
            spans.append((start, start + stop.start() if stop else len(text)))
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def _after_a_numeral(text: str, start: int) -> bool:
    """True where a numbered name would continue a number (三|千万工程, 2|0分钟)."""
    return start > 0 and (text[start - 1] in NUMERALS + "几数余" or text[start - 1].isdigit())


def _take(taken: bytearray, start: int, end: int) -> None:
    """Mark ``text[start:end]`` as read, so that no later rule finds a name inside it."""
    taken[start:end] = b"\1" * (end - start)


def _quoted_mentions(
    quoted: list[Quoted], vocabulary: Vocabulary, rules: ContextRules, taken: bytearray
) -> Iterable[Mention]:
    """Quoted names judged initiatives; their spans (and honours') are taken.

    A list a numbered name counts is that name's content, and so are its items quoted
    again later (“组织联建”筑牢治理根基 after “组织联建+资源联用+发展联动”三联机制).
    """
    counted: set[str] = set()  # items of the lists numbered names counted
    figures = _figures(quoted, rules)
    previous = None
    for item in quoted:
        if item.phrase in figures:
            continue  # “一村富” wherever the report turns it into “村村富”
        summary = not policy_words_only(item.phrase, vocabulary) and _numbered_summary(item, rules)
        if summary:  # “A、B、C”三单对接机制: the list is 三单对接's content
            start, end = max(0, item.start - 1), item.end + 1 + len(summary)
            _take(taken, start, end)
            counted.update(re.split(r"[、+＋]", item.phrase))
            previous = item
            yield Mention(summary, item.end + 1, end, "numbered list summary")
            continue
        if item.phrase in counted:
            _take(taken, max(0, item.start - 1), item.end + 1)
            previous = item
            continue
        named = _names_the_list_before(item, previous, rules)
        previous = item
        if named:  # “总支带支部、党员带群众”的“双带”思路: 双带 counts the list
            _take(taken, max(0, item.start - 1), item.end + 1)
            yield Mention(named, item.start, item.end, "numbered list summary")
            continue
        judged = judge_quoted(item, vocabulary, rules)
        if judged:
            name, rule = judged
            start, end = max(0, item.start - 1), item.end + 1
            _take(taken, start, end)
            if not name:  # an honour or a nickname: its span is taken, nothing named
                continue
            if name in vocabulary.alias_to_name:
                name = vocabulary.alias_to_name[name]
            elif name.startswith(item.phrase):  # as the report spells it: 学讲话 读党报
                name = spelled_out(item.text) + name[len(item.phrase) :]
                name = _with_role_qualifier(name, item, rules)
            yield Mention(name, item.start, item.end, rule)


def _figures(quoted: list[Quoted], rules: ContextRules) -> set[str]:
    """Both sides of a before-and-after figure (让“一村富”变成“村村富”): the report uses
    them as a figure of speech wherever it quotes them (round 7's wa-029).

    >>> sorted(_figures(quoted_lists("过去是“一村富”，要让“一村富”变成“村村富”。"), load_context_rules()))
    ['一村富', '村村富']
    """
    figures = set()
    for before, after in zip(quoted, quoted[1:], strict=False):
        if rules.figure_after.match(before.right) and after.start - before.end <= 5:
            figures |= {before.phrase, after.phrase}
    return figures


def _numbered_summary(item: Quoted, rules: ContextRules) -> str | None:
    """The numbered name that counts a quoted list right after it, or None.

    >>> rules = load_context_rules()
    >>> item = Quoted("需求清单、资源清单、项目清单", 0, 0, right="三单对接机制，由街道")
    >>> _numbered_summary(item, rules)
    '三单对接'
    >>> _numbered_summary(Quoted("问题清单、整改清单、责任清单", 0, 0, right="三单管理，整改"), rules)
    '三单管理'
    >>> _numbered_summary(Quoted("甲、乙", 0, 0, right="三项工作，"), rules) is None  # 三 counts no two
    True

    A chain of plus signs is counted the same way (round 7, wb):

    >>> _numbered_summary(Quoted("组织联建+资源联用+发展联动", 0, 0, right="三联机制，构建"), rules)
    '三联'

    but only where each part carries the numbered word: a chain of partners is a model.

    >>> _numbered_summary(Quoted("社区党委+物业企业+业委会", 0, 0, right="三方联动机制"), rules) is None
    True
    """
    parts = re.split(r"[、+＋]", item.phrase)
    if len(parts) < 2 or not item.alone:
        return None
    match = re.match(
        r"([二两双三四五六七八九十]|\d{1,2})([\u4e00-\u9fff]{1,4}?)"
        rf"(?=(?:{'|'.join(rules.summary_tails)})|[^\u4e00-\u9fff]|$)",
        item.right,
    )
    if not match or count_of(match.group(1)) != len(parts):
        return None
    if "、" not in item.phrase and not all(match.group(2)[0] in part for part in parts):
        return None  # “社区党委+物业企业+业委会”三方联动: partners, a plus model of its own
    return match.group()


def _names_the_list_before(
    item: Quoted, previous: Quoted | None, rules: ContextRules
) -> str | None:
    """A quoted numbered name right after a quoted list and 的, counting its items, names it.

    Short numbered names are often ordinary words (双带, 三包); right after the list they
    count, they are the list's name (round 7, wb: “总支带支部、党员带群众”的“双带”思路).

    >>> rules = load_context_rules()
    >>> prev = Quoted("总支带支部、党员带群众", 0, 11)
    >>> _names_the_list_before(Quoted("双带", 14, 16, before="带群众”的"), prev, rules)
    '双带'
    >>> _names_the_list_before(Quoted("三带", 14, 16, before="带群众”的"), prev, rules) is None
    True
    """
    if previous is None or not item.before.endswith(("”的", '"的', "」的")):
        return None
    if item.start - previous.end > 3:
        return None
    match = re.fullmatch(r"([二两双三四五六七八九十])[\u4e00-\u9fff]{1,2}", item.phrase)
    parts = re.split(r"[、+＋]", previous.phrase)
    if not match or len(parts) < 2 or count_of(match.group(1)) != len(parts):
        return None
    return item.phrase


def _with_role_qualifier(name: str, item: Quoted, rules: ContextRules) -> str:
    """A post quoted right after who holds it is named with it: 党员“代办员” → 党员代办员.

    >>> rules = load_context_rules()
    >>> _with_role_qualifier("林长", Quoted("林长", 0, 0, left="推行党员"), rules)
    '党员林长'
    >>> _with_role_qualifier("庭院课堂", Quoted("庭院课堂", 0, 0, left="开办党员"), rules)
    '庭院课堂'
    """
    qualifier = next((q for q in rules.role_qualifiers if item.left.endswith(q)), None)
    if qualifier and item.alone and name.endswith(rules.role_suffixes):
        return qualifier + name
    return name


def _unquoted_shapes(
    text: str, vocabulary: Vocabulary, rules: ContextRules, taken: bytearray, in_quotes: bytearray
) -> Iterable[Mention]:
    """Plus-sign models and numbered shapes outside quotes (a quoted phrase is judged whole)."""
    finders = (_plus_models, "plus model"), (_numbered_shapes, "numbered shape")
    for finder, rule in finders + ((unquoted_teams, "unquoted team"),):
        for start, end, name in finder(text, rules):
            if taken.find(1, start, end) >= 0:
                continue
            if rule != "plus model" and in_quotes.find(1, start, end) >= 0:
                continue  # a model inside a quoted rule counts (定下“党支部+合作社+农户、…”的规矩)
            if _after_a_numeral(text, start):
                continue  # 投资三千万工程款: an amount
            if rule == "numbered shape" and start > 0 and text[start - 1] in CLOSING_QUOTES:
                continue  # “乡党委—村党总支—党支部”三级联动机制: the quoted chain is the name
            if name in vocabulary.not_initiatives or (
                rule == "plus model" and lists_team_members(text[:start], text[end:])
            ):
                continue  # 由党员+团员+其他居民的行动组: a team's members
            if rule == "numbered shape" and name not in vocabulary.alias_to_name:
                if name in ordinary_words():  # 一心一意, 一草一木
                    continue
            _take(taken, start, end)
            yield Mention(vocabulary.alias_to_name.get(name, name), start, end, rule)


def _vocabulary_mentions(
    text: str, vocabulary: Vocabulary, rules: ContextRules, taken: bytearray
) -> tuple[list[Mention], set[str]]:
    """Vocabulary terms on jieba word boundaries, and those the text is plainly about."""
    mentions, focused = [], set()
    for hit in punctuated_alias_pattern(vocabulary).finditer(text):
        name, after = vocabulary.alias_to_name[hit.group()], text[hit.end() : hit.end() + 6]
        if taken.find(1, *hit.span()) < 0 and stands_before(name, hit.group(), after, vocabulary):
            _take(taken, *hit.span())  # 不忘初心、牢记使命主题教育: no jieba token holds a 、
            mentions.append(Mention(name, hit.start(), hit.end(), "vocabulary"))
    # jieba segments each run of JIEBA_BLOCK characters on its own, so only the runs
    # that contain an alias can yield one: segment those alone (same tokens, ~10x less work).
    aliases = alias_pattern(vocabulary)
    position = 0
    for block in JIEBA_BLOCK.split(text):
        block_start, position = position, position + len(block)
        if not aliases.search(block) or not JIEBA_BLOCK.fullmatch(block):
            continue
        end = block_start
        for token in segmenter().cut(block, HMM=False):
            start, end = end, end + len(token)
            spelled = fold_slogan(token)
            name = vocabulary.alias_to_name.get(spelled)
            if name is None or taken.find(1, start, end) >= 0:
                continue
            item = vocabulary.initiatives[name]
            if not CJK.search(token) or item.level_of:
                continue  # digits and star levels count only when quoted
            if _after_a_numeral(text, start) and token[0] in NUMERALS:
                continue  # 三千万工程款 is an amount, not 千万工程
            if not stands_before(name, spelled, text[end : end + 6], vocabulary):
                continue
            if item.unquoted_only_before and not text.startswith(item.unquoted_only_before, end):
                continue  # 共同缔造美好家园: the words, not the campaign
            if text.startswith(rules.place_suffixes, end):
                continue  # 三联村: a place's name
            if name in rules.kind_names and start > 0 and text[start - 1] in CLOSING_QUOTES:
                continue  # “红色管家”书记项目: the quoted name's kind, not a name of its own
            if listed_with_titles(text, start, end, rules):
                continue  # 开展文明家庭、美丽庭院评选活动: titles a town awards
            extended = extended_name(text, end, rules)
            if extended:  # 建立一套三联服务工作机制 → 三联服务
                span = end + len(extended)
                mentions.append(Mention(name + extended, start, span, "vocabulary, extended"))
                continue
            mentions.append(Mention(name, start, end, "vocabulary"))
            if item.focus and (
                spelled != name
                and spelled.startswith(name)  # 党员联户制度
                or _tail_follows(text, end, rules)
                or bool(rules.priority_after.match(text, end))  # 作为“一把手”工程
                or (_verb_precedes(text, start, rules) and not name.endswith(rules.post_suffixes))
            ):
                focused.add(name)
    return spelled_as_extended(mentions, text), focused


def _tail_follows(text: str, end: int, rules: ContextRules) -> bool:
    """A tail right after a name (党员联户制度, 党员责任区等做法) says the report is about it,
    unless a facility noun closes it: 红色物业服务站 is a place (round 7, wb).

    >>> rules = load_context_rules()
    >>> _tail_follows("推行红色物业服务模式", 6, rules), _tail_follows("成立的红色物业服务站，", 7, rules)
    (True, False)
    """
    tail = find_tail(text[end : end + 12], rules)
    if not tail or tail.gap or "的" in tail.lead:
        return False
    after = text[end + len(tail.lead) + len(tail.word) :]
    return not any(after.startswith(noun) for noun in rules.facility_nouns)


def _verb_precedes(text: str, start: int, rules: ContextRules) -> bool:
    """A strong verb right before a name (推行党员联户) says the report is about it."""
    verb = nearest_verb(re.split(r"[^\u4e00-\u9fff]", text[max(0, start - 8) : start])[-1], rules)
    return bool(verb) and verb.group(1) in rules.strong_verbs and not verb.group(2)


def _only_the_focus(
    mentions: list[Mention], focused: set[str], vocabulary: Vocabulary
) -> list[Mention]:
    """Drop passing mentions of a practice the report is not about (``focus`` in the vocabulary).

    A report is about it when it quotes it, names it in the headline, introduces it
    (推行党员联户, 党员联户制度) or names it at least twice.
    """
    counts = Counter(m.name for m in mentions)

    def about(name: str) -> bool:
        item = vocabulary.initiatives.get(name)
        return not (item and item.focus) or counts[name] >= 2 or name in focused

    return [m for m in mentions if about(m.name)]


def find_initiatives(text: str, vocabulary: Vocabulary | None = None) -> list[tuple[str, int]]:
    """Initiatives a text names, most-mentioned first: [(canonical name, mentions)];
    candidates only a weak rule found (``unconfirmed``) are left out.

    >>> dict(find_initiatives('严格落实“三会一课”制度，扎实推动“三聯”机制落地生根，结合“321”基层治理模式'))
    {'三会一课': 1, '三联': 1, '321': 1}
    >>> dict(find_initiatives('加快实现“三星”以上支部成片、“四星”以上支部成批、“五星”支部持续递增目标'))
    {'五星': 3}
    >>> dict(find_initiatives('成功创建“河南省五星党支部”，实行“一线”驻村工作法'))
    {}

    Branded names introduced by their context, without the generic tail:

    >>> dict(find_initiatives('该镇探索推进村党组织“跨村联建”，打造“红色管家”党建品牌'))
    {'跨村联建': 1, '红色管家': 1}

    Plus-sign models and numbered names wherever the numeral stands:

    >>> dict(find_initiatives('采用党支部+合作社+农户运行模式，着力打造“15分钟便民生活圈”'))
    {'党支部+合作社+农户': 1, '15分钟便民生活圈': 1}

    Metaphors, catch phrases and quoted speech are not initiatives:

    >>> dict(find_initiatives('激活乡村振兴“一池春水”，打通服务群众“最后一公里”，当好“领头雁”'))
    {}
    """
    vocabulary = vocabulary or load_vocabulary()
    mentions = find_mentions(text, vocabulary)
    weak = unconfirmed(mentions, text)  # candidates for review, not initiatives
    return [(name, n) for name, n, _ in rank_mentions(mentions, vocabulary) if name not in weak]


def unconfirmed(mentions: list[Mention], text: str) -> dict[str, str]:
    """Names found only by a weak rule and not confirmed: {name: why it is weak}.

    A rule whose finds were seldom right on real pages (``review_rules`` in
    initiative_context.yaml, measured in PATTERNS.md "Initiative precision by rule
    (wh)") yields a candidate, not an initiative, unless the text confirms it: another
    rule finds the name too, the headline names it, or the text names it twice. A
    candidate goes to the report's review list, where a curator may add it back
    through the catalog.

    >>> text = "镇里还建立了“夜校学习交流”微信群，各村把照片发到群里。"
    >>> unconfirmed(find_mentions(text), text)
    {}
    >>> text = "镇里开设“先生讲堂”论坛，每月邀请专家授课。"
    >>> unconfirmed(find_mentions(text), text)
    {'先生讲堂': '仅由引出动词支持，引号后紧接名词，可能只是修饰语'}
    >>> text = "开设“先生讲堂”论坛。“先生讲堂”已办12期。"
    >>> unconfirmed(find_mentions(text), text)
    {}
    """
    rules = load_context_rules()
    weak_rules = rules.review_rules
    confident = {m.name for m in mentions if m.rule not in weak_rules}
    headline = headline_line(text, rules)
    weak = {}
    for mention in mentions:
        why = weak_rules.get(mention.rule)
        if why is None or mention.name in confident or mention.name in weak:
            continue
        if mention.name in headline or text.count(mention.name) >= 2:
            continue
        weak[mention.name] = why
    return weak


def _spelling_key(name: str) -> str:
    """One key for the spellings of one slogan: a headline writes a theme with a space where
    the body writes a comma (践行“两会”精神 争做雷锋标兵 / 践行“两会”精神，争做雷锋标兵).

    >>> _spelling_key("践行‘两会’精神 争做雷锋标兵") == _spelling_key("践行‘两会’精神，争做雷锋标兵")
    True
    >>> _spelling_key("7＋X")
    '7+X'
    """
    return CLAUSE_PUNCTUATION.sub("", fold_slogan(name))


def rank_mentions(
    mentions: list[Mention], vocabulary: Vocabulary | None = None
) -> list[tuple[str, int, str]]:
    """[(name, mentions, rule that first found it)], most-mentioned first: levels fold
    into their initiative (三星 → 五星), spellings into the first one seen."""
    vocabulary = vocabulary or load_vocabulary()
    counts: Counter = Counter()
    spelling: dict[str, str] = {}  # folded name → the first spelling (学讲话 读党报)
    first_rule: dict[str, str] = {}
    for mention in mentions:
        item = vocabulary.initiatives.get(mention.name)
        name = item.level_of if item and item.level_of else mention.name
        key = _spelling_key(name)
        spelling.setdefault(key, name)
        first_rule.setdefault(key, mention.rule)
        counts[key] += 1
    order = list(counts)
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], order.index(pair[0])))
    return [(spelling[key], n, first_rule[key]) for key, n in ranked]
