"""One initiative, several spellings: which found names are short forms of another.

A report names a programme in full once and then by a part, a short form or its
holder (“学讲话、转作风、促落实” then “学、转、促”; “一核三联” then “一核”; 推行“党员代办”
then the headline's 党员代办员). Each is the same initiative: these pure functions say
which names to drop, and never add one (initiatives.py calls them last).
"""

from __future__ import annotations

import re

from .initiative_vocabulary import NUMERALS, ContextRules, load_context_rules

_COUNTS = {"二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def count_of(numeral: str) -> int | None:
    """The number a leading numeral says: 三 → 3, 12 → 12, 十 → 10.

    >>> count_of("三"), count_of("12"), count_of("多")
    (3, 12, None)
    """
    if numeral.isdigit():
        return int(numeral)
    return 10 if numeral == "十" else _COUNTS.get(numeral)


def _is_part_of_numbered(short: str, long: str) -> bool:
    """A numbered part of a composite numbered name: 一核 and 三联 of 一核三联.

    >>> _is_part_of_numbered("一核", "一核三联"), _is_part_of_numbered("三联", "一核三联")
    (True, True)
    >>> _is_part_of_numbered("三会一课", "三会一课制度"), _is_part_of_numbered("五星", "五星支部")
    (False, False)
    """
    if short == long or short not in long or short[0] not in NUMERALS:
        return False
    groups = re.findall(rf"[{NUMERALS}]+[^{NUMERALS}]+", long)
    return len(groups) >= 2 and short in groups


def _abbreviates(short: str, long: str) -> bool:
    """A short form that keeps a longer name's first and last two characters.

    >>> _abbreviates("文明公约", "文明经营公约"), _abbreviates("红色物业", "红色管家")
    (True, False)
    """
    return (
        4 <= len(short) < len(long)
        and "+" not in short + long
        and long.startswith(short[:2])
        and long.endswith(short[-2:])
    )


def _counts_the_list(numbered: str, listed: str) -> bool:
    """A numbered name that counts a quoted list's items, each carrying its word.

    >>> _counts_the_list("三进", "学习进党校、议事进会场、服务进农家")
    True
    >>> _counts_the_list("三进", "学习进党校、议事到会场")
    False
    """
    parts = listed.split("、")
    if len(parts) < 2 or len(numbered) < 2 or count_of(numbered[0]) != len(parts):
        return False
    return all(numbered[1] in part for part in parts)


def _initials_of(short: str, long: str) -> bool:
    """A list of the opening characters of another list's clauses: its short form.

    >>> _initials_of("学、转、促", "学讲话、转作风、促落实"), _initials_of("学转促", "学讲话、转作风、促落实")
    (True, True)
    >>> _initials_of("学、转", "学讲话、转作风、促落实"), _initials_of("学讲话", "学讲话、转作风、促落实")
    (False, False)
    """
    parts = long.split("、")
    shorts = short.split("、") if "、" in short else list(short)
    if len(parts) < 2 or len(shorts) != len(parts) or short == long:
        return False
    return all(len(a) < len(b) and b.startswith(a) for a, b in zip(shorts, parts, strict=True))


def _opens_slogan(short: str, long: str) -> bool:
    """The first clause of a comma slogan found too: its short form (round 13: the headline's
    “红黑榜”晒出实绩 of the body's “红黑榜，季季评”活动, now that 红黑榜 is in the vocabulary).

    >>> _opens_slogan("红黑榜", "红黑榜，季季评"), _opens_slogan("季季评", "红黑榜，季季评")
    (True, False)
    """
    parts = re.split(r"[，,]", long)
    return len(parts) >= 2 and short == parts[0]


def _is_holder_of(name: str, others: set[str], rules: ContextRules) -> bool:
    """A post that names who carries out another found initiative: 党员代办员 of 党员代办.

    >>> _is_holder_of("党员代办员", {"党员代办"}, load_context_rules())
    True
    """
    suffixes = rules.role_suffixes + rules.post_suffixes
    return name.endswith(suffixes) and name[:-1] in others


def drop_short_forms(mentions: list) -> list:
    """A headline's short form or a shorter plus model is the same initiative as the longer name.

    水泉乡：“党建联盟”… then “冰雪产业党建联盟” in the body; “党支部+协会” in the headline
    and “党支部+协会+陶艺户” in the body: one initiative each, the longer name.
    """
    names = {m.name for m in mentions}
    rules = load_context_rules()
    kept = []
    for mention in mentions:
        if _is_holder_of(mention.name, names, rules):
            continue  # 党员代办员 (headline) of “党员代办”服务机制 (body)
        if any(_abbreviates(mention.name, other) for other in names):
            continue  # 签下“文明公约” for the body's “文明经营公约”
        if any(_opens_slogan(mention.name, other) for other in names):
            continue  # “红黑榜”晒出实绩 (headline) of “红黑榜，季季评”活动 (body)
        if any(_initials_of(mention.name, other) for other in names):
            continue  # “学、转、促”专项活动 after “学讲话、转作风、促落实”专项活动
        if any(_counts_the_list(other, mention.name) for other in names):
            continue  # “学习进党校、议事进会场、服务进农家” is what “三进” counts
        if any(_is_part_of_numbered(mention.name, other) for other in names):
            continue  # “一核”引领 and “三联”并进 after “一核三联”工作模式
        short = mention.rule == "headline" or (
            mention.rule == "plus model" and mention.name.strip("+").count("+") >= 1
        )
        longer = [other for other in names if mention.name in other and mention.name != other]
        if "+" not in mention.name:  # a partner of a model is no short form of it
            longer = [other for other in longer if mention.name not in other.split("+")]
        if short and longer:
            continue
        kept.append(mention)
    return kept
