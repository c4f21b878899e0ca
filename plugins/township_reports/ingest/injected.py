"""Words a spam site injected into the report it copied, and the sentences they broke.

SEO spam copies of news reports carry their own keywords inside the text: glued to the
start of lines (存仓天刚放亮，…), alone on a line under the text (self storage), or on
lines of their own between the pieces of a sentence broken at its commas. This module
finds them by where they stand and, for words glued to text, by the trade's words in
``data/chrome_patterns.yaml`` (``injected``). A word glued to the text that is also an
ordinary word goes only from a page a sure word has shown to be injected; a keyword line
goes only from between two pieces of one sentence.
"""

from __future__ import annotations

import re

from .dictionary import general_tokenizer
from .page import han_count
from .structure import CLAUSE_MARKS

#: The commonest function characters: ordinary prose of 30 characters holds some.
_FUNCTION_CHARACTERS = frozenset("的了是在和有不这为一")
#: A line is random characters when its dictionary words leave this share of it single.
SINGLE_CHARACTER_SHARE = 0.8


def is_character_salad(line: str) -> bool:
    """True for a run of characters drawn at random, which spam pages hide in a copied
    report to look unique to a search engine (镶灿俯士辩聊莉闺煎挂饶兹…, round 60).

    No sentence of the language is a string of unrelated characters: cut with jieba's
    dictionary alone, almost all of it stays single characters, where the most broken
    real prose (a spun copy, a list of names) keeps under seven tenths so. Only a line
    with almost no function characters is cut at all.

    >>> is_character_salad('镶灿俯士辩聊莉闺煎挂饶兹千份阁勃凶糯骡严邮乍梨界侵颊殿开勿嚼姜曝矿挪。'
    ...                    '涣幽伙侯挛梦免呢棘包准颠匀郧魄憾模尹昆赢审推讣秆悼臀廖迄太衬呵滋昼聘。')
    True
    >>> is_character_salad('数据显示，今年1至6月，耿车镇累计完成固定资产投资34320万元，比去年同期增长11.2%，'
    ...                    '其中工业投资增幅148%，高新技术产业产值占比提高。')
    False
    >>> is_character_salad('截至目前，全镇已投入联合收割机百余台，完成小麦收割面积52561亩。')
    False
    """
    runs = re.findall(r"[\u4e00-\u9fff]+", line)
    hans = sum(map(len, runs))
    if hans < 30 or sum(line.count(c) for c in _FUNCTION_CHARACTERS) * 60 > hans:
        return False
    tokenizer = general_tokenizer()
    words = [w for run in runs for w in tokenizer.lcut(run, HMM=False)]
    return sum(1 for w in words if len(w) == 1) >= SINGLE_CHARACTER_SHARE * hans


def strip_injected_keywords(
    lines: list[str], rules=None
) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines without the keywords a spam site injected into the report it copied.

    A self-storage blog that reposts news glues its keywords to the start of lines
    (存仓天刚放亮, 储存农业生产…) and prints one alone under the text (self storage).
    Its own words (存仓, self storage) go wherever they stand; an ordinary word of the
    same trade (储存) goes only from a line's start, and only once a sure word has shown
    the page to be injected: a report about a grain store keeps its 储存.

    >>> lines, removed = strip_injected_keywords(
    ...     ['本报记者 甲 通讯员 乙昨天傍晚，', '存仓金山区金山卫镇八一村的文化礼堂里坐满了村民。',
    ...      '储存据了解，礼堂夜话已经办了半年多。', 'self storage'])
    >>> lines
    ['本报记者 甲 通讯员 乙昨天傍晚，', '金山区金山卫镇八一村的文化礼堂里坐满了村民。', '据了解，礼堂夜话已经办了半年多。', '']
    >>> [text for _, text in removed]
    ['存仓', '储存', 'self storage']
    >>> strip_injected_keywords(['储存粮食的仓库修好了，村民放心了。'])
    (['储存粮食的仓库修好了，村民放心了。'], [])
    """
    from .dechrome import load_chrome_rules  # dechrome asks this module too

    rules = rules or load_chrome_rules()
    removed: list[tuple[str, str]] = []
    for name, sure, at_start in rules.injected:
        if not any(sure.search(line) for line in lines):
            continue
        cleaned = []
        for line in lines:
            for pattern in (sure, at_start):
                removed += [(name, m.group(0).strip()) for m in pattern.finditer(line)]
                line = pattern.sub("", line)
            cleaned.append(line)
        lines = cleaned
    lines, removed = _repeated_title_chains(lines, removed)
    return _repeated_spam_openings(*_repeated_site_tails(*_echoed_site_names(lines, removed)))


#: A spam site's own name, printed alone on a line (🕉立博官网首页🕊): a word or two and the
#: marks of a site's home page. Prose never stands alone as X官网首页.
_SITE_NAME_LINE = re.compile(
    r"^[^\u4e00-\u9fffA-Za-z0-9]{0,3}([\u4e00-\u9fffA-Za-z0-9]{2,10}?"
    r"(?:官网首页|官方网站|官网入口|官网))[^\u4e00-\u9fffA-Za-z0-9]{0,3}$"
)


def _echoed_site_names(
    lines: list[str], removed: list[tuple[str, str]]
) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines without a spam site's name glued to the start of the report's paragraphs,
    when the page also prints that name alone on a line (立博官网首页 over the headline, and
    立博官网首页“乡亲们，…” opening a paragraph: round 13's bd665a3f7a1d). A name the page
    never prints alone is left: 学校官网首页显示，… is the report's own sentence.

    >>> _echoed_site_names(['立博官网首页', '立博官网首页“乡亲们，家乡需要您。”'], [])[0]
    ['立博官网首页', '“乡亲们，家乡需要您。”']
    >>> _echoed_site_names(['学校官网首页显示，报名已经截止。'], [])[0]
    ['学校官网首页显示，报名已经截止。']
    >>> _echoed_site_names(['中国雄安官网', '中国雄安官网12月21日电(李雪娇)近日，'], [])[0][1]
    '中国雄安官网12月21日电(李雪娇)近日，'
    """
    names = {m.group(1) for line in lines if (m := _SITE_NAME_LINE.match(line.strip()))}
    if not names:
        return lines, removed
    # not before a dateline's date and 电 or 讯: the site is the report's outlet there
    # (中国雄安官网 alone at the top, 中国雄安官网12月21日电(甲)为进一步…: round 91)
    glued = re.compile(
        rf"^(\s*)(?:{'|'.join(map(re.escape, names))})(?=\S)(?!\s*$)"
        r"(?!(?:\d{1,2}月\d{1,2}日)?(?:电|讯|消息))"
    )
    cleaned = []
    for line in lines:
        if not _SITE_NAME_LINE.match(line.strip()) and (match := glued.match(line)):
            removed.append(("spam site name", line[len(match.group(1)) : match.end()]))
            line = match.group(1) + line[match.end() :]
        cleaned.append(line)
    return cleaned, removed


#: A site's name glued after the closing mark of a paragraph as a copy mark, with a few
#: letters before it (…好。VCH安康新闻网): an outlet's name ends its paragraph, nothing else.
_SITE_TAIL = re.compile(r"(?<=[。！？”’])([A-Za-z]{0,4}[\u4e00-\u9fff]{2,10}(?:新闻网|网))\s*$")
#: ...on this many paragraphs at least: once may be the report's own closing credit.
SITE_TAIL_MIN_LINES = 2


def _repeated_site_tails(
    lines: list[str], removed: list[tuple[str, str]]
) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines without a site's name glued after their closing mark, when the same name
    closes two paragraphs or more (a copy mark, like the site banner watermark of
    ``chrome_patterns.yaml``). A name closing one paragraph only is left: a report may end
    on its outlet's name.

    >>> lines = ['村民们抗旱保苗。VCH安康新闻网', '“省力省时效果好。”VCH安康新闻网', '今年将推广。']
    >>> _repeated_site_tails(lines, [])[0]
    ['村民们抗旱保苗。', '“省力省时效果好。”', '今年将推广。']
    >>> _repeated_site_tails(['本文转自安康新闻网', '村民们抗旱保苗。安康新闻网'], [])[0]
    ['本文转自安康新闻网', '村民们抗旱保苗。安康新闻网']
    """
    tails = [m.group(1) if (m := _SITE_TAIL.search(line)) else None for line in lines]
    repeated = {tail for tail in tails if tail and tails.count(tail) >= SITE_TAIL_MIN_LINES}
    if not repeated:
        return lines, removed
    cleaned = []
    for line, tail in zip(lines, tails, strict=True):
        tail = tail if tail in repeated else _lettered_mark_end(line, repeated)
        if tail:
            removed.append(("site copy mark", tail))
            line = line[: line.rindex(tail)].rstrip()
        cleaned.append(line)
    return cleaned, removed


#: A spam site's page title, its keywords joined by underscores (xrs贵州163_163贵州人事考试信息网_
#: 163贵州事业单位考试信息网_贵州163网): no Chinese sentence holds an underscore.
_TITLE_CHAIN = re.compile(r"(?:[A-Za-z0-9\u4e00-\u9fff]{2,24}_){2,}[A-Za-z0-9\u4e00-\u9fff]{2,24}")
#: Where a chain stands glued on: after a sentence's close or a photographer's 摄.
_GLUED_CHAIN = re.compile(rf"(?<=[。！？”’摄])\s*({_TITLE_CHAIN.pattern})\s*$")


def _repeated_title_chains(
    lines: list[str], removed: list[tuple[str, str]]
) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines without a spam site's underscore-joined title, when the page prints it twice
    or more and glues it after a sentence at least once: a copy's watermark, on lines of
    its own and closing paragraphs (pending zc-009, five times; round 106 glued a chain into
    a sentence once, which this leaves). A page's own title (标题_栏目_某某县人民政府) is
    printed once over the text, glued to nothing, and stays for the headline step.

    >>> chain = 'xrs贵州163_163贵州人事考试信息网_贵州163网'
    >>> lines = ['茶农采摘春茶。吴金花 摄' + chain, chain, '清明前后，正是春茶采摘的黄金期。' + chain]
    >>> _repeated_title_chains(lines, [])[0]
    ['茶农采摘春茶。吴金花 摄', '', '清明前后，正是春茶采摘的黄金期。']
    >>> title = ['两汪乡党员帮茶农抢采春茶_乡镇动态_榕江县人民政府', '清明前后，两汪乡党员走进茶山。']
    >>> _repeated_title_chains(title, [])[0] == title
    True
    """
    text = "\n".join(lines)
    glued = {m.group(1) for line in lines if (m := _GLUED_CHAIN.search(line.strip()))}
    chains = {chain for chain in glued if text.count(chain) >= 2}
    if not chains:
        return lines, removed
    cleaned = []
    for line in lines:
        for chain in chains:
            if chain in line:
                removed.append(("spam site title", chain))
                line = line.replace(chain, "").rstrip() if line.strip() != chain else ""
        cleaned.append(line)
    return cleaned, removed


#: A spam word glued to the start of paragraphs is looked for this long at most...
OPENING_MAX = 8
#: ...and must open this many paragraphs: no report starts three of its paragraphs with the
#: same gambling word, where once or twice may be its own subject (赌场 in a police report).
OPENING_MIN_LINES = 3


def _repeated_spam_openings(
    lines: list[str], removed: list[tuple[str, str]]
) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines without a spam word glued to the start of three paragraphs or more, when
    the word holds a spam site's cue (``spliced_brands`` cues in chrome_patterns.yaml:
    赌, 彩票, 棋牌…): 老挝赌场这场被人们津津乐道的特别婚礼…, 老挝赌场今年25岁的… (five
    paragraphs of a copy, round 86). The longest such opening goes; an opening without a
    cue (一是, 村民们), on fewer paragraphs, or written inside a sentence too (民警在该赌场查获…:
    the report's own subject) stays.

    >>> lines = ['老挝赌场这场特别的婚礼没有迎亲车队。', '老挝赌场说起零彩礼的初衷，新娘很激动。',
    ...          '老挝赌场今年25岁的新郎与母亲相依为命。']
    >>> _repeated_spam_openings(lines, [])[0]
    ['这场特别的婚礼没有迎亲车队。', '说起零彩礼的初衷，新娘很激动。', '今年25岁的新郎与母亲相依为命。']
    >>> lines = ['该赌场被查封后，民警清点了赌资。', '该赌场老板已被依法刑事拘留。', '该赌场所在的民房已被拆除。',
    ...          '民警在该赌场查获扑克牌和现金。']
    >>> _repeated_spam_openings(lines, [])[0] == lines
    True
    """
    from .dechrome import load_chrome_rules  # dechrome asks this module too

    cue = load_chrome_rules().brand_cue
    text = "\n".join(line.strip() for line in lines)
    for length in range(OPENING_MAX, 2, -1):
        openings = [line.strip()[:length] for line in lines if han_count(line) > length + 5]
        spam = {
            word
            for word in openings
            if openings.count(word) >= OPENING_MIN_LINES
            and re.fullmatch(r"[\u4e00-\u9fff]+", word)
            and cue.search(word)
            # nowhere but opening paragraphs: a report's own word is in its sentences too
            and text.count(word) == text.count("\n" + word) + text.startswith(word)
        }
        if spam:
            break
    else:
        return lines, removed
    cleaned = []
    for line in lines:
        word = line.strip()[:length]
        if word in spam and han_count(line) > length + 5:
            removed.append(("spam word opening paragraphs", word))
            line = line[line.index(word) + length :]
        cleaned.append(line)
    return cleaned, removed


def _lettered_mark_end(line: str, marks: set[str]) -> str | None:
    """The copy mark ending ``line`` anywhere else (glued to a byline's name, or alone on a
    line), once it closes paragraphs: only a mark with letters before the outlet's name
    (LFP安康新闻网), which no credit prints; a bare 安康新闻网 may be a 来源 line's value.

    >>> _lettered_mark_end('通讯员 吴明林LFP安康新闻网', {'LFP安康新闻网'})
    'LFP安康新闻网'
    >>> _lettered_mark_end('来源：安康新闻网', {'安康新闻网'}) is None
    True
    """
    for mark in marks:
        if re.match("[A-Za-z]", mark) and line.rstrip().endswith(mark):
            return mark
    return None


#: The longest keyword an SEO spam page sets on a line of its own (乐天商城收费, 防爆 瓦斯).
MAX_INJECTED_KEYWORD = 12


def keywords_between_clauses(stripped: list[str], drop: set[int]) -> list[int]:
    """Keyword lines a spam page set inside a sentence of the report it copied.

    An SEO spam copy breaks the report's sentences at their commas and sets one of
    its own keywords on a line between the pieces (…集会所有希望， / 乐天商城收费 /
    ，县教育处勘查确认，). A line of text never opens with a comma, so a short line
    without punctuation between a clause that stops at a comma and one that opens with
    one is not the report's; a heading or a caption never stands there.

    >>> keywords_between_clauses(['新竹县湖口乡争取设置村集会所有希望，', '', '乐天商城收费', '',
    ...                           '，县教育处勘查确认，', '儿童成长椅', '，湖口中兴国小目前无扩建计划。'], set())
    [2, 5]
    >>> keywords_between_clauses(['镇党委坚持三个抓手，', '抓班子', '抓队伍，', '抓产业。'], set())
    []
    """
    filled = [i for i, text in enumerate(stripped) if text and i not in drop]
    found = []
    for before, line, after in zip(filled, filled[1:], filled[2:], strict=False):
        text = stripped[line]
        if (
            stripped[before].endswith(CLAUSE_MARKS)
            and stripped[after].startswith(CLAUSE_MARKS)
            and 2 <= han_count(text) <= MAX_INJECTED_KEYWORD
            and not re.search(r"[，,。！？；：:、“”\"（）()]", text)
        ):
            found.append(line)
    return found
