"""Remove page furniture (menus, breadcrumbs, font controls, share bars, footers).

Patterns live in ``data/chrome_patterns.yaml`` and are matched against the
simplified form of each line, so one pattern serves both scripts. This module
decides line by line and records every removal, so a report page can show what
was taken out. It never removes a line no pattern names.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DATA
from .captions import echoed_captions
from .field_rules import PERSON_KINDS, load_field_rules
from .injected import is_character_salad, keywords_between_clauses
from .lone_captions import lone_captions
from .name_lines import glued_names_byline
from .page import han_count, reads_as_prose
from .placed_captions import (
    between_pictures,
    caption_runs,
    captions_above_credit,
    captions_under_meta_line,
    dated_photo_series,
    flush_captions,
    picture_numbers,
    repeated_captions,
    series_siblings,
    under_a_picture,
)
from .repeats import column_headings, headline_copies, lead_copies, second_print
from .stated_dates import load_date_rules
from .structure import split_flattened_paragraph


@dataclass(frozen=True)
class ChromeRules:
    lines: tuple[tuple[str, re.Pattern], ...]
    inline: tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]
    cut: tuple[tuple[str, re.Pattern], ...]
    runs: tuple[tuple[str, re.Pattern, re.Pattern, int], ...]  # name, item, anchor, min_items
    spam: re.Pattern
    spam_min_hits: int
    injected: tuple[tuple[str, re.Pattern, re.Pattern], ...] = ()  # (name, sure, at line start)
    # a spliced spam brand's ending and its cue (spliced_brands.py); never match when unlisted
    brand_ending: re.Pattern = re.compile("(?!)")
    brand_cue: re.Pattern = re.compile("(?!)")
    spam_report_words: frozenset[str] = frozenset()  # alone, no spam: 办证, 刷单 (report_words)


@functools.cache
def load_chrome_rules(path: Path = DATA / "chrome_patterns.yaml") -> ChromeRules:
    """Compile the chrome patterns data file (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def compiled(kind):
        return tuple((r["name"], re.compile(r["pattern"])) for r in data.get(kind, []))

    runs = tuple(
        (r["name"], re.compile(r["item"]), re.compile(r["anchor"]), r.get("min_items", 1))
        for r in data.get("runs", [])
    )
    spam = data.get("spam") or {}
    keywords = sorted(spam.get("keywords") or [], key=len, reverse=True)
    spam_pattern = re.compile("|".join(map(re.escape, keywords)) or "(?!)", re.IGNORECASE)
    inline = tuple(
        (r["name"], re.compile(r["pattern"]), tuple(map(str, r.get("requires") or ())))
        for r in data.get("inline", [])
    )
    brands = data.get("spliced_brands") or {}
    endings = sorted(map(re.escape, brands.get("endings") or ()), key=len, reverse=True)
    dated_link = ("previous/next article links", load_date_rules().footer_line)
    return ChromeRules(
        (*compiled("lines"), dated_link),
        inline,
        compiled("cut"),
        runs,
        spam_pattern,
        int(spam.get("min_hits", 2)),
        tuple(
            (r["name"], _alternatives(r["sure"]), _alternatives(r.get("at_line_start"), "^"))
            for r in data.get("injected", [])
        ),
        re.compile(rf"(?:{'|'.join(endings) or '(?!)'})[A-Za-z0-9]{{0,8}}"),
        re.compile("|".join(map(re.escape, brands.get("cues") or ())) or "(?!)"),
        frozenset(w.lower() for w in spam.get("report_words") or ()),
    )


def _alternatives(words, anchor: str = "") -> re.Pattern:
    """One pattern for a list of words, longest first; (?!) (never matches) for none."""
    words = sorted(map(str, words or ()), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"[\s-]*") for w in words)
    return re.compile(f"{anchor}\\s*(?:{body})\\s*" if body else "(?!)", re.IGNORECASE)


def is_spam_line(text: str, rules: ChromeRules | None = None) -> bool:
    """True for a line of the gambling or porn keywords a hijacked copy of a page carries.

    One keyword is enough on a line that is not prose; a sentence needs ``min_hits``
    different ones, so a report that mentions 在线观看 once keeps its sentence.

    >>> is_spam_line('国产在线五月综合婷婷,99久久这里只有精品,日本在线中文字幕')
    True
    >>> is_spam_line('村里开通直播间，村民可在线观看农产品展销会。'), is_spam_line('警惕刷单诈骗 守护群众钱袋子')
    (False, False)

    A keyword can be part of a person's given name (周婷婷): on a credit line that names
    that person (作者：文汇报记者 周婷婷　2022-10-29 09:21:04) it is the name, not spam.

    >>> is_spam_line('作者：文汇报记者 周婷婷\u30002022-10-29 09:21:04'), is_spam_line('婷婷五月 2022-10-29')
    (False, True)
    """
    rules = rules or load_chrome_rules()
    hits = {m.group(0).lower() for m in rules.spam.finditer(text)}
    prose = re.search(r"[。！？]", text)
    if len(hits) >= rules.spam_min_hits:
        return True
    alone = hits - rules.spam_report_words  # 去办证 in a headline: a report's word
    return bool(alone) and not prose and not _hits_in_credited_names(text, hits)


def _hits_in_credited_names(text: str, hits: set[str]) -> bool:
    """True when every spam keyword on a field line stands inside a person it credits.

    The credit may stand in brackets after a page button, as a news agency's template
    closes its stories (【纠错】 【责任编辑:谷婷婷 王晓飞】): a byline line, not one field line.

    >>> _hits_in_credited_names('【纠错】 【责任编辑:周婷婷 王晓飞】', {'婷婷'})
    True
    """
    from .bylines import byline_line
    from .fields import parse_field_line  # fields reads names; chrome runs before it

    byline = None if parse_field_line(text) else byline_line(text)
    found = byline.as_fields() if byline else parse_field_line(text) or {}
    names = [name for kind in PERSON_KINDS for name in found.get(kind, [])]
    return bool(names) and all(any(hit in name for name in names) for hit in hits)


_LETTER_SPACED = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff])"
)


#: A two-character label spread out to align with four-character ones (``总 审丨``,
#: ``来 源：``): the label separator after it tells it from a spaced name (``宋 鹏``).
_SPACED_LABEL = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?=\s*[丨|｜:：])"
)


def join_letter_spaced(text: str) -> str:
    """Close up Chinese text a site spread out letter by letter (``版 权 所 有``).

    Sites space out short labels to align them; a word of three or more single
    characters separated by spaces is one word, and so is a pair of characters
    followed by a label's separator (``总 审丨``, ``作 者：``): field readers then see the
    label they know. Two-character names (``宋 鹏``) stay; so do several of them in a row
    after a byline role (e-papers pad each to the width of a three-character name:
    ``记者 韩 冰 李 阳``), closed up name by name, each pair led by a surname.

    >>> join_letter_spaced('赴铜鼓镇开展支部联建暨 主 题 党 日 活 动')
    '赴铜鼓镇开展支部联建暨 主题党日活动'
    >>> join_letter_spaced('吉 林 城 乡 网 版 权 所 有'), join_letter_spaced('记者 宋 鹏')
    ('吉林城乡网版权所有', '记者 宋 鹏')
    >>> join_letter_spaced('总 审丨高明远 统 筹丨刘 一 责 编丨韩 冰')
    '总审丨高明远 统筹丨刘 一 责编丨韩 冰'
    >>> join_letter_spaced('本报讯 (记者 韩 冰 李 阳 王 晶) 4月16日')
    '本报讯 (记者 韩冰 李阳 王晶) 4月16日'
    >>> join_letter_spaced('通讯员 主 题 党 日 活 动')
    '通讯员 主题党日活动'
    """
    rules = load_field_rules()

    def close_up(match: re.Match) -> str:
        chars = re.sub(r"[ \u3000]", "", match.group(0))
        before = text[: match.start()].rstrip(" \u3000(（[【:：")
        if (
            len(chars) % 2 == 0
            and all(chars[i] in rules.surnames for i in range(0, len(chars), 2))
            and before.endswith(tuple(rules.role_kind))
        ):
            return " ".join(chars[i : i + 2] for i in range(0, len(chars), 2))
        return chars

    text = _LETTER_SPACED.sub(close_up, text)
    return _SPACED_LABEL.sub(r"\1\2", text)


def _chrome_runs(stripped: list[str], rules: ChromeRules) -> list[tuple[str, int]]:
    """(rule, index) for each line in a run a ``runs`` rule names: at least ``min_items``
    items in a row, one of them its anchor (a menu's entries, a list's dated fields)."""
    found = []
    for name, item, anchor, min_items in rules.runs:
        i = 0
        while i < len(stripped):
            j = i
            while j < len(stripped) and item.match(stripped[j]):
                j += 1
            if j - i >= min_items and any(anchor.match(stripped[k]) for k in range(i, j)):
                found += [(name, k) for k in range(i, j)]
            i = max(j, i + 1)
    return found


def strip_page_chrome(
    lines: list[str],
    simplified: list[str],
    rules: ChromeRules | None = None,
    credited: frozenset[int] = frozenset(),
) -> tuple[list[int], list[tuple[str, str]]]:
    """Decide which lines are chrome; return (indices of lines kept, [(rule, removed text)]).

    ``lines`` are the original lines and ``simplified`` the same lines after t2s (and
    after the inline rules); ``credited`` the indices of lines a photographer's credit
    was cut from (strip_inline_chrome), whose rest may be the photograph's caption.

    >>> raw = ['用戶中心 | 手機版 | 繁體 本站支持IPV6', '神河鎮“升級晉檔”推動黨建經濟雙豐收',
    ...        '字體調節: A+ A- 操作:', '神河鎮在開展村級黨組織']
    >>> from township_reports.ingest.simplify import to_simplified
    >>> kept, removed = strip_page_chrome(raw, [to_simplified(x) for x in raw])
    >>> [raw[i] for i in kept]
    ['神河鎮“升級晉檔”推動黨建經濟雙豐收', '神河鎮在開展村級黨組織']
    >>> [name for name, _ in removed]
    ['site menu', 'font size control']
    """
    rules = rules or load_chrome_rules()
    stripped = [s.strip() for s in simplified]
    runs = _chrome_runs(stripped, rules)
    removed = [(name, lines[k].strip()) for name, k in runs]
    drop = {k for _, k in runs}
    cut_at = len(lines)
    captions: set[int] = set()  # lines removed as photo captions: their neighbours may be too
    # and lines removed as pictures' file names or captions (image.png in a run of chrome too)
    shown = {k for name, k in runs if name.startswith(("photo caption", "image"))}
    seen_prose = False  # a related-articles list follows a story: none is cut before it
    file_name_line = _file_name_line_rule(rules)  # as printed, before the inline rules
    for index, text in enumerate(stripped):
        if index in drop or not text:
            continue
        cut = next((name for name, p in rules.cut if p.match(text)), None)
        seen_prose = seen_prose or reads_as_prose(text)
        if cut and seen_prose:
            cut_at = index
            tail = [line.strip() for line in lines[index:] if line.strip()]
            removed.append((cut, " / ".join(tail)))
            break
        name = _line_rule(text, rules)
        if name is None and file_name_line.search(lines[index].strip()):
            name = "image file name line"  # …新生活 (3)_副本1.png: the inline rule cut its tail
        if name == "photo caption" and WRITER_THEN_PHOTOGRAPHER.match(text):
            name = None  # 记者 张明 摄影 李华: the byline, its photographer after the writer
        if name and is_flattened_report(text, rules):
            continue  # a report printed as one line, its notice at the end: flattened_tail.py
        if name is None and is_spam_line(text, rules) and not is_flattened_report(text, rules):
            name = "spam keywords"  # (a report printed as one line keeps its text: flattened_tail)
        if name is None and is_character_salad(text):
            name = "random characters"
        if name is None and index in credited and is_credited_caption(text):
            name = "photo caption"
        if name:
            drop.add(index)
            removed.append((name, lines[index].strip()))
            captions.update([index] if name == "photo caption" else [])
            shown.update([index] if name.startswith(("photo caption", "image")) else [])
    found = _placed_captions(lines[:cut_at], stripped[:cut_at], drop, captions, shown, rules)
    found = [i for i in found if not glued_names_byline(stripped[i])]  # 阮霖浩王博禹周小雷
    for name, finder in _REPEAT_FINDERS:  # each sees what the ones before it took
        for index in finder(stripped[:cut_at], drop):
            drop.add(index)
            removed.append((name, lines[index].strip()))
    for index in column_headings(lines[:cut_at], drop):  # 聚焦党代会 over 首页 > … > 聚焦党代会
        drop.add(index)
        removed.append(("column heading over the breadcrumb", lines[index].strip()))
    for index in sorted(set(found)):
        drop.add(index)
        removed.append(("photo caption", lines[index].strip()))
    kept = [i for i in range(cut_at) if i not in drop]
    return kept, removed


def _line_rule(text: str, rules: ChromeRules) -> str | None:
    """The line rule that names ``text``, or None. A row of bars that names the issuing
    office ([ 发布机构 ] | 某某局 | [ 发文日期 ] | 2024-06-19 |, a disclosure table, round 87)
    is the fields step's (fields.yaml ``issuer``), never a site menu.

    >>> _line_rule('首页 | 新闻中心 | 政务公开', load_chrome_rules())
    'site menu'
    >>> _line_rule('[ 发布机构 ] | 米脂县农业农村局 | [ 发文日期 ] | 2024-06-19 |', load_chrome_rules())
    """
    from .fields import parse_field_line  # fields reads names; chrome runs before it

    name = next((name for name, p in rules.lines if p.search(text)), None)
    if name == "site menu" and "issuer" in (parse_field_line(text) or {}):
        return None
    return name


def _placed_captions(
    lines: list[str],
    stripped: list[str],
    drop: set[int],
    captions: set[int],
    shown: set[int],
    rules: ChromeRules,
) -> list[int]:
    """The captions the page's layout gives away (placed_captions.py, captions.py,
    lone_captions.py), each finder seeing what the ones before it found; ``captions`` are
    the lines cut as credited captions, ``shown`` those cut as pictures or captions, and
    ``rules`` the chrome rules the page is read with (its picture file names)."""
    found = flush_captions(lines, stripped, drop)
    found += captions_above_credit(stripped, drop, captions)
    found += repeated_captions(stripped, drop)
    found += caption_runs(stripped, drop)
    found += picture_numbers(stripped, drop)
    found += captions_under_meta_line(stripped, drop | set(found))
    found += dated_photo_series(stripped, drop | set(found))
    found += series_siblings(stripped, drop | set(found), captions)  # one credited, the rest not
    found += echoed_captions(stripped, drop | set(found))  # captions.py
    pictures = set(headline_copies(stripped, drop))  # a headline copy: a picture's alt
    found += lone_captions(lines, stripped, drop | set(found), pictures)
    found += between_pictures(stripped, drop | set(found), shown | set(found))
    # image.png / 成立仪式现场。: a picture's file name as printed (the inline rule may have
    # cut it); never a caption already cut, which a sentence of the text may follow
    file_name_line = _file_name_line_rule(rules)
    named = {i for i, line in enumerate(lines) if file_name_line.search(line.strip())}
    found += under_a_picture(lines, stripped, drop | set(found), named)
    return found


def _file_name_line_rule(rules: ChromeRules) -> re.Pattern:
    """The line rule for a picture's file name, asked of a line as printed too: the inline
    rule cuts an editor's copy name off its end, and what was left had read as the headline
    (0517道县：太阳能路灯点亮乡村新生活 (3)_副本1.png, round 83).

    >>> rule = _file_name_line_rule(load_chrome_rules())
    >>> bool(rule.search('0517道县：太阳能路灯点亮乡村新生活 (3)_副本1.png')), bool(rule.search('道县：太阳能路灯点亮乡村新生活'))
    (True, False)
    """
    return next(p for name, p in rules.lines if name == "image file name line")


def chrome_rule_naming(text: str, rules: ChromeRules | None = None) -> str | None:
    """The rule that would cut a text as a line of its own (an end-of-text rule, a line
    rule, the spam count), or None: for the paragraphs a flattened line holds.

    >>> chrome_rule_naming('未经许可，各级媒体不得转载改编 稿源：丰润镇 传播新闻资讯 长按')
    'copyright or licence notice'
    >>> chrome_rule_naming('清理大宋各庄村河道垃圾35立方米。') is None
    True
    """
    rules = rules or load_chrome_rules()
    named = next((name for name, p in rules.cut if p.match(text)), None)
    named = named or _line_rule(text, rules)
    return named or ("spam keywords" if is_spam_line(text, rules) else None)


def is_flattened_report(text: str, rules: ChromeRules | None = None) -> bool:
    """True for a report printed as one line (a line rule reading ``.*`` up to a notice's
    phrase would take it whole): split as structure splits it, its first paragraph and
    another read as prose and no rule names the first. One sentence and a credit is a
    caption (…情况。 刘伟 摄), not a report.

    >>> is_flattened_report('为调动群众参与乡村治理的积极性，永新县烟阁乡创立积分超市，引导村民参与乡村治理。 '
    ...                     '村民可以通过垃圾分类等文明行为兑换积分，乡风文明建设有了实实在在的抓手。 '
    ...                     '未经许可，各级媒体不得转载改编')
    True
    >>> is_flattened_report('未经许可，各级媒体不得转载改编')
    False
    """
    first, *rest = split_flattened_paragraph(text)
    prose = [p for p in (first, *rest) if reads_as_prose(p)]
    return len(prose) >= 2 and prose[0] == first and not chrome_rule_naming(first, rules)


#: A byline crediting the writer, then the photographer by name (记者 张明 摄影 李华, 文/张明
#: 摄影/李华): no caption, though it ends in a photographer's credit as a caption does.
WRITER_THEN_PHOTOGRAPHER = re.compile(
    r"^(?:本报|全媒体|融媒体|特约|首席|见习)?(?:记者|通讯员|作者|撰稿|撰文|文字|文)\s*[\s:：/／]"
    r".*\S\s+(?:摄影|摄像|图片|图)\s*[\s:：/／]?\s*[\u4e00-\u9fff]{2,4}$"
)


def is_credited_caption(text: str) -> bool:
    """True for what is left of a line once a photographer's credit was cut from its end:
    the photograph's caption, unless it is a paragraph of the story.

    Pages set a caption and its credit on one line (``村民在田间劳作。（张三 摄）``,
    ``…挖山凿洞（资料照片）。（郭一江 摄）``); the inline rule takes the credit, and the
    caption would be left standing between the paragraphs. A photo news story is a
    paragraph with the credit glued on (``…成为民心工程。（王彦春 摄）``): it reads as
    prose, and stays.

    >>> is_credited_caption('村民在合作社分拣苹果。'), is_credited_caption('马栏镇党员志愿者在果园帮农户采摘')
    (True, True)
    >>> is_credited_caption('4月9日，建华镇庆发村组织村民进行街路院墙改造，形成分工明确、上下联动的工作局面。')
    False
    """
    text = text.strip()
    return han_count(text) >= 2 and not reads_as_prose(text)


def strip_inline_chrome(
    text: str, rules: ChromeRules | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """Remove chrome embedded in a line of text (e.g. ``(资料图片)``).

    >>> strip_inline_chrome('葛营村(资料图片)')
    ('葛营村', [('photo caption marker', '(资料图片)')])
    """
    rules = rules or load_chrome_rules()
    removed = []
    for name, pattern, requires in rules.inline:
        if requires and not any(word in text for word in requires):
            continue
        for match in pattern.finditer(text):
            removed.append((name, match.group(0)))
        text = pattern.sub("", text)
    text, token = strip_watermark_tail(text)
    if token:
        removed.append(("watermark tokens", token))
    return text, removed


_TAIL = re.compile(r"(?<=[。！？”）」])\s*([A-Za-z0-9]{4,12}|[\u3400-\u9fff]{2,6})\s*$")


def _is_rare(char: str) -> bool:
    """True for a character outside GB2312, the set every ordinary Chinese text fits in."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def strip_watermark_tail(text: str) -> tuple[str, str]:
    """Cut an anti-scrape token glued after a paragraph's last sentence; return (text, token).

    Copy-protected pages append random letters and digits, or a run of rare
    characters, to each paragraph; a reader sees them as noise. A word of ordinary
    characters after the stop (a byline such as 记者张三) is not touched.

    >>> strip_watermark_tail('让党员在产业发展中当先锋。dW3qPzk8')
    ('让党员在产业发展中当先锋。', 'dW3qPzk8')
    >>> strip_watermark_tail('连续三年举办“村晚”。圡圢圤')
    ('连续三年举办“村晚”。', '圡圢圤')
    >>> strip_watermark_tail('乡村全面振兴。记者张三'), strip_watermark_tail('推进“1535”工作法。2024')
    (('乡村全面振兴。记者张三', ''), ('推进“1535”工作法。2024', ''))
    """
    match = _TAIL.search(text)
    if not match:
        return text, ""
    token = match.group(1)
    if token.isascii():
        noisy = re.search(r"[A-Za-z]", token) and re.search(r"\d", token)
    else:
        noisy = sum(map(_is_rare, token)) * 3 >= len(token) * 2
    return (text[: match.start()].rstrip(), token) if noisy else (text, "")


_CUT_SHORT = re.compile(r"(?<![”’」…])(?:\.{3,6}|…{1,2})$")
#: An aggregator's list of other stories has at least this many headline-and-teaser pairs.
TEASER_LIST_MIN = 3


def trailing_leads(stripped: list[str], drop: set[int]) -> list[int]:
    """Other stories' leads cut short under the story, without their headlines.

    A page may close with a few more stories of the paper, each its dateline and the
    start of its lead ending in an ellipsis (``南京日报讯（记者 甲）近日，…提升...``):
    two or more such lines in a row below the last paragraph are that list. Speech
    trailing off in the text is one line, and a paragraph follows it.

    >>> page = ['南京日报讯（记者 孙悦）“楼道亮了。”近日，淳化街道青龙社区推行“红色物业”，由社区党委牵头。',
    ...         '物业企业也成立了党支部，物业党员挂牌上岗，今年以来累计解决停车、照明等问题70余件。',
    ...         '南京日报讯(记者孙悦)“楼道亮了，电动车也不乱停了。”近日，家住青龙社区的张大爷...',
    ...         '南京日报讯(记者王磊通讯员陈静)近日，江宁区秣陵街道组织开展防汛应急演练，提升...']
    >>> trailing_leads(page, set())
    [2, 3]
    >>> trailing_leads(page[:3] + [page[1]], set())
    []
    """
    filled = [i for i, text in enumerate(stripped) if text and i not in drop]
    last_prose = max((i for i in filled if _ends_a_paragraph(stripped[i])), default=-1)
    run = [i for i in filled if i > last_prose]
    if len(run) >= 2 and all(
        _CUT_SHORT.search(stripped[i]) and han_count(stripped[i]) <= 60 for i in run[:2]
    ):
        return [i for i in run if _CUT_SHORT.search(stripped[i])]
    return []


def _ends_a_paragraph(text: str) -> bool:
    return reads_as_prose(text) and not _CUT_SHORT.search(text)


def teaser_list(stripped: list[str], drop: set[int]) -> list[int]:
    """An aggregator's list of other stories: headlines, each over a lead cut short (``…...``).

    Portals and aggregators set a column of other stories beside the article, each a
    headline and the start of its lead ending in an ellipsis; flattened, the column
    lands above or inside the story, and a teaser can read as prose. A run of at least
    three such pairs, one right after the other, is the column. One cut-short line
    alone is not (导读 summaries have their own rule), nor is speech trailing off
    in the text (``…搬起来更快”......``).

    >>> lines = ['某区代表团赴宁城县对接协作工作', '4月18日至19日，某区区长李某...', '',
    ...          '打卡春日有机新生活', '当春色积攒到四月，长势喜人的便不只是花草树木，...',
    ...          '2022年全区生产总值23159亿元 比上年增长4.2%', '1月18日，自治区政府新闻办组织召开...',
    ...          '某镇村村抱团发展集体经济越走越宽']
    >>> teaser_list(lines, set())
    [0, 1, 3, 4, 5, 6]
    """
    filled = [i for i, text in enumerate(stripped) if text and i not in drop]
    runs: list[list[int]] = [[]]  # each run: headline, teaser, headline, teaser, …
    for before, after in zip(filled, filled[1:], strict=False):
        headline, teaser = stripped[before], stripped[after]
        if not (
            _CUT_SHORT.search(teaser)
            and han_count(teaser) <= 40
            and han_count(headline) <= 40
            and not _CUT_SHORT.search(headline)
            and not headline.endswith(tuple("。！？；”!?;"))
        ):
            continue
        if runs[-1] and runs[-1][-1] != filled[filled.index(before) - 1]:
            runs.append([])  # the previous pair's teaser is not right above: a new run
        runs[-1] += [before, after]
    return [i for run in runs if len(run) >= 2 * TEASER_LIST_MIN for i in run]


#: Lines strip_page_chrome finds by what they repeat or where they stand, each finder seeing
#: what the ones before it took: keywords injected between clauses (injected.py), teaser lists
#: and other stories' leads (above; so this stands last), then copies: a second print of the
#: text, the lead, the headline (repeats.py).
_REPEAT_FINDERS = (
    ("keyword between clauses", keywords_between_clauses),
    ("teaser list", teaser_list),
    ("other stories' leads", trailing_leads),
    ("second print of the text", second_print),
    ("copy of the lead", lead_copies),
    ("copy of the headline", headline_copies),
)
