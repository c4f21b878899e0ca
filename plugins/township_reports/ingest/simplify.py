"""Traditional → simplified (OpenCC), and full-width punctuation restored inside Chinese text.

Many sources were converted to traditional script by the site, and their
full-width ，：；（）！？ were flattened to ASCII by a scraper. The archive keeps
one script (simplified) so grep finds every report, and restores full-width
punctuation where it sits in Chinese text. Times (09:09), decimals (3.45万) and
formulae (7+X, 1+3+N) are never touched.

OpenCC keeps variant forms pages still print (陜西 for 陕西, 汚染, 鑛產, 化粧): each is
mapped right after OpenCC to the one standard character it stands for, by the table
``data/variants.tsv`` (559 characters, derived from MediaWiki's zh-hans table and Unihan
by ``data/make_variants.py``, which says what it leaves out and why).

Traditional 著 is simplified 著 or 着 by meaning, 畬 is 畲 or (rarely) 畬, and OpenCC
keeps both: a report in traditional script gets 着 and 畲 except in the words of
``data/two_way_characters.yaml`` (``two_way_characters``).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from . import DATA

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Characters after which ASCII punctuation belongs to Chinese text.
_CHINESE_SIDE = _HAN + "“”‘’《》〈〉「」『』【】（）、。，：；！？…—□"


@functools.cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@functools.cache
def load_variants() -> dict[str, str]:
    """``data/variants.tsv``: variant character → the standard character it stands for.

    >>> load_variants()['陜'], '甯' in load_variants()
    ('陕', False)
    """
    text = (DATA / "variants.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")][1:]
    return {variant: simplified for variant, simplified, _sources in rows}


@functools.cache
def _variants() -> dict[int, str]:
    """``load_variants`` as a ``str.translate`` table."""
    return {ord(variant): simplified for variant, simplified in load_variants().items()}


def to_simplified(text: str) -> str:
    """Convert traditional script to simplified with OpenCC t2s, then the variant forms
    OpenCC keeps (``data/variants.tsv``); a standard character in its own right (甯, a
    surname) stays.

    >>> to_simplified('神河鎮“升級晉檔”推動黨建經濟雙豐收')
    '神河镇“升级晋档”推动党建经济双丰收'
    >>> to_simplified('潼关县太要镇')
    '潼关县太要镇'
    >>> to_simplified('陜西省漢中市西鄉縣：治理汚水，化粧品廠')
    '陕西省汉中市西乡县：治理污水，化妆品厂'
    >>> to_simplified('甯夏村')
    '甯夏村'

    A place's official name that OpenCC would change stays as the gazetteer writes it,
    in either script (乾 is 干 only as "dry"; 濛, 塚 are names' own characters):

    >>> to_simplified('乾潭鎮開展清明森林防火工作，乾潭镇濛江乡'), to_simplified('若干縣區')
    ('乾潭镇开展清明森林防火工作，乾潭镇濛江乡', '若干县区')
    """
    converted = _opencc_simplified(text)
    if converted == text:
        return converted
    return _kept_in_simplified_text(text, _restored_place_names(text, converted))


#: Characters simplified script has in their own right that t2s still changes: 乾 is 干
#: only as "dry" or a cadre (乾淨, 乾部); in simplified text it is always qián (郭乾琪,
#: 稻颂乾元), and in a name of traditional text too (陳乾華). 沈 is 沉 only in old words
#: (沈思, 沈默); in simplified text it is the surname (通讯员 沈思雯, round 61).
_OWN_IN_SIMPLIFIED = {"乾": "干", "沈": "沉"}
#: How far either side of such a character a traditional one must stand to read it as
#: traditional text: a short clause.
_SCRIPT_WINDOW = 5


def _kept_in_simplified_text(text: str, converted: str) -> str:
    """``converted`` with each 乾 put back that t2s made 干 wrongly: in simplified text (no
    character t2s changed within a clause of it: a mixed page is read clause by clause),
    or where 干 makes no word with either neighbour (jieba's dictionary: 干部, 干净 and
    饼干 are words; 陈干, 干华 are none), as in a person's name.

    >>> to_simplified('通讯员 郭乾琪 报道'), to_simplified("來源:商洛日報 本报通讯员郭乾琪")
    ('通讯员 郭乾琪 报道', '来源:商洛日报 本报通讯员郭乾琪')
    >>> to_simplified('黨員乾部'), to_simplified('記者 陳乾華'), to_simplified('環境乾淨')
    ('党员干部', '记者 陈乾华', '环境干净')
    >>> to_simplified('中新网11月20日电 (通讯员 沈思雯)'), to_simplified('他沈默不語')
    ('中新网11月20日电 (通讯员 沈思雯)', '他沉默不语')
    """
    if len(converted) != len(text) or not any(c in text for c in _OWN_IN_SIMPLIFIED):
        return converted
    changed = [a != b and a not in _OWN_IN_SIMPLIFIED for a, b in zip(text, converted, strict=True)]
    kept = list(converted)
    for i, char in enumerate(text):
        if _OWN_IN_SIMPLIFIED.get(char) != converted[i]:
            continue
        simplified_here = not any(changed[max(0, i - _SCRIPT_WINDOW) : i + _SCRIPT_WINDOW + 1])
        if simplified_here or not _makes_a_word(converted, i):
            kept[i] = char
    return "".join(kept)


def _makes_a_word(text: str, i: int) -> bool:
    """True when the character at ``i`` and a neighbour are a pair of some dictionary word."""
    from .repair import dictionary_bigrams

    pairs = dictionary_bigrams()
    return pairs.get(text[max(0, i - 1) : i + 1], 0) > 0 or pairs.get(text[i : i + 2], 0) > 0


def _opencc_simplified(text: str) -> str:
    """OpenCC t2s, then the variants it keeps: the conversion whose damage to place names
    ``_damaged_place_table`` measures, so both read the same."""
    return _converter().convert(text).translate(_variants())


def _restored_place_names(text: str, converted: str) -> str:
    """``converted`` with each place name conversion damaged put back, where the text
    printed the name's own character (乾潭 in 乾潭鎮; 若干縣 holds 干县, which is no 乾县).
    OpenCC keeps the length of a text, so the text is read at the same place."""
    damaged, pattern, own = _damaged_place_names()
    if len(converted) != len(text) or not own.search(text):
        return converted

    def restore(match: re.Match) -> str:
        form, start = match.group(0), match.start()
        name = damaged[form]
        printed = all(text[start + i] == c for i, c in enumerate(name) if c != form[i])
        return name if printed else form

    return pattern.sub(restore, converted)


@functools.cache
def _damaged_place_names() -> tuple[dict[str, str], re.Pattern, re.Pattern]:
    """Each town, county and village name t2s changes (乾潭镇 → 干潭镇, 濛江乡 → 蒙江乡:
    128 of the gazetteer's 135,000 names), keyed by the damaged form; their pattern; and
    the names' own characters t2s changes (乾, 濛), without which a text holds none. A
    damaged form that is itself a place's name is left alone. Built once (0.3 s) and kept
    in the cache folder (dictionary.prepared), so re-ingesting one file costs a load."""
    import opencc

    from .dictionary import prepared
    from .gazetteer import COUNTIES_FILE, TOWNS_FILE, VILLAGES_FILE

    sources = [DATA / f for f in (COUNTIES_FILE, TOWNS_FILE, VILLAGES_FILE, "variants.tsv")]
    sources += [Path(__file__), Path(opencc.__file__)]
    damaged = prepared("damaged-place-names", sources, _damaged_place_table)
    words = sorted(damaged, key=len, reverse=True)
    own = {c for form, name in damaged.items() for c, d in zip(name, form, strict=True) if c != d}
    return (
        damaged,
        re.compile("|".join(map(re.escape, words)) or "(?!)"),
        re.compile("[" + "".join(sorted(own)) + "]" if own else "(?!)"),
    )


def _damaged_place_table() -> dict[str, str]:
    """Damaged form → the place name it came from (see _damaged_place_names)."""
    from .gazetteer import load_gazetteer, load_villages

    gazetteer = load_gazetteer()
    names = set(gazetteer.towns_by_name) | set(gazetteer.counties_by_name)
    names |= {name for village_names in load_villages().values() for name in village_names}
    damaged = {_opencc_simplified(n): n for n in sorted(names)}
    return {form: name for form, name in damaged.items() if form != name and form not in names}


@functools.cache
def load_two_way_characters() -> dict[str, tuple[str, tuple[str, ...]]]:
    """``data/two_way_characters.yaml``: character → (its usual simplified form, the words
    that keep it as written).

    >>> load_two_way_characters()['畬']
    ('畲', ('菑畬',))
    """
    data = yaml.safe_load((DATA / "two_way_characters.yaml").read_text(encoding="utf-8"))
    return {char: (entry["becomes"], tuple(entry["kept_in"])) for char, entry in data.items()}


@functools.cache
def _two_way_pattern() -> re.Pattern:
    table = load_two_way_characters()
    kept = sorted((word for _, words in table.values() for word in words), key=len, reverse=True)
    return re.compile("(" + "|".join(kept) + ")|([" + "".join(table) + "])")


def two_way_characters(text: str) -> str:
    """``text`` (simplified by OpenCC from traditional script) with each character that
    simplified script writes two ways in its usual form, unless a word keeps it: 著 read
    zhe or zhuó is 着, the She people's 畬 is 畲.

    >>> two_way_characters(to_simplified('黨支部帶著牧民吃上“旅遊飯”，著力打造著名景區'))
    '党支部带着牧民吃上“旅游饭”，着力打造著名景区'
    >>> two_way_characters('成效显著，随著')
    '成效显著，随着'
    >>> two_way_characters(to_simplified('“中國畬族第一鄉”花落浙江桐廬莪山畬族鄉'))
    '“中国畲族第一乡”花落浙江桐庐莪山畲族乡'
    """
    table = load_two_way_characters()
    if not any(char in text for char in table):
        return text
    return _two_way_pattern().sub(lambda match: match.group(1) or table[match.group(2)][0], text)


def count_traditional_characters(text: str) -> int:
    """How many characters OpenCC t2s would change (variant forms alone do not make a
    text traditional: 陜西 in a simplified page is a slip of the keyboard).

    >>> count_traditional_characters('黨建引領')
    2
    >>> count_traditional_characters('陜西省')
    0
    """
    convert = _converter().convert
    simplified = convert(text)
    if len(simplified) != len(text):
        return sum(1 for ch in text if convert(ch) != ch)
    return sum(1 for a, b in zip(text, simplified, strict=True) if a != b)


def detect_script(text: str) -> str:
    """'traditional', 'simplified' or 'mixed': the script a source was written in.

    >>> detect_script('宋家鎮“五聚焦”扎實推進黨建引領高質量發展')
    'traditional'
    >>> detect_script('潼关县太要镇：党建引领激发乡村振兴新动能')
    'simplified'
    """
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if not han:
        return "simplified"
    share = count_traditional_characters(text) / han
    if share >= 0.05:
        return "traditional"
    if share <= 0.005:
        return "simplified"
    return "mixed"


_COMMA_LIKE = {",": "，", ";": "；", "!": "！", "?": "？"}
_COLON = re.compile(rf"(?<=[{_CHINESE_SIDE}]):|:(?=[{_CHINESE_SIDE}“‘])")
#: A flattened mark typed the English way, with a space after it (石泉县:“金蚕”织就振兴路, 秦岭深处…,
#: round 86): the space goes with the mark, as no Chinese text spaces after ，；！？.
_COMMA = re.compile(
    rf"(?<=[{_CHINESE_SIDE}])[,;!?](?:[ \u3000]+(?=[{_HAN}“‘《]))?|[,;](?=[{_CHINESE_SIDE}])"
)
_PARENS = re.compile(r"\(([^()\n]{0,200})\)")
# A dash (——) a page flattened to two, three or four hyphens between Chinese words (each
# of its two strokes to two): 护航净水向南流--顺义…, 结对共建促振兴----重庆…; a line
# holding two such runs is a chain of site names (标题--福建频道--人民网) and stays.
_DASH = re.compile(rf"(?<=[{_HAN}”’》）])(?<!-)(?:----|---|--)(?!-)(?=[{_HAN}“‘《（])")
#: A mark doubled by a scraper (，， 。。 ，。 ，、): the second one, or commas before a
#: stop or an enumeration comma, go (commas first, so ，，。 is done in one pass).
#: Mirrors that add a comma after every mark write 郑州,、新密 for 郑州、新密 (5 real
#: pages of that template); ，、 never stands in Chinese.
_DOUBLED = re.compile(r"，+(?=[。；！？、])|([，、；：。])\1+")
#: A pair of brackets or quotation marks with nothing left inside, what a spam brand or a
#: stripped tag leaves (「」这个遵义小山村曾为茅台酒生产酒瓶…, round 60).
_EMPTY_PAIR = re.compile(r"「\s*」|『\s*』|【\s*】|\[\s*\]|（\s*）|“\s*”|《\s*》")


def restore_fullwidth_punctuation(text: str) -> tuple[str, int]:
    """Restore ，：；！？（）and —— where they sit in Chinese text; return (text, how many).

    >>> restore_fullwidth_punctuation('潼关县太要镇:党建引领激发乡村振兴新动能')
    ('潼关县太要镇：党建引领激发乡村振兴新动能', 1)
    >>> restore_fullwidth_punctuation('本网讯(通讯员 王密)近年来,平利县兴隆镇坚持')
    ('本网讯（通讯员 王密）近年来，平利县兴隆镇坚持', 3)
    >>> restore_fullwidth_punctuation('发布时间:2011-09-14 09:09 主题党日“7+X”活动,生猪存栏3.45万头')
    ('发布时间：2011-09-14 09:09 主题党日“7+X”活动，生猪存栏3.45万头', 2)
    >>> restore_fullwidth_punctuation('全镇共建成示范点12个(2023年底)') == ('全镇共建成示范点12个（2023年底）', 2)
    True
    >>> restore_fullwidth_punctuation('高标准农田(2023)，覆盖面积(ha)')[0]
    '高标准农田（2023），覆盖面积（ha）'
    >>> restore_fullwidth_punctuation('石泉县:“金蚕”织就振兴路, 秦岭深处的绿色共富密码')[0]
    '石泉县：“金蚕”织就振兴路，秦岭深处的绿色共富密码'
    >>> restore_fullwidth_punctuation('::—')
    ('：：—', 2)

    Two hyphens between Chinese words, three or four, are a flattened dash, the subtitle's or
    the sentence's (三: 义务清雪便出行---玻璃山镇…, round 24); a chain of them is a page
    title's site names:

    >>> restore_fullwidth_punctuation('百人护河队 护航净水向南流--顺义裕龙三区护河队纪实')
    ('百人护河队 护航净水向南流——顺义裕龙三区护河队纪实', 1)
    >>> restore_fullwidth_punctuation('党建联盟带活一片茶--福建频道--人民网')[1]
    0
    >>> restore_fullwidth_punctuation('义务清雪便出行---玻璃山镇志愿者清扫积雪')[0]
    '义务清雪便出行——玻璃山镇志愿者清扫积雪'
    >>> restore_fullwidth_punctuation('主题党日进乡村 结对共建促振兴----忠县石宝镇新政村')[0]
    '主题党日进乡村 结对共建促振兴——忠县石宝镇新政村'
    >>> restore_fullwidth_punctuation('我的花园我的家 ――东阳花园村走共同富裕之路的故事')
    ('我的花园我的家——东阳花园村走共同富裕之路的故事', 1)

    A dash whose two strokes a page set apart (— —记…, round 103: its subtitle was read as
    no subtitle) is one dash:

    >>> restore_fullwidth_punctuation('— —记石门乡坪上村党支部书记田秀兰')
    ('——记石门乡坪上村党支部书记田秀兰', 1)
    """
    count = 0

    def full(match: re.Match) -> str:
        nonlocal count
        count += 1
        char = match.group(0)[0]
        return "：" if char == ":" else _COMMA_LIKE[char]

    def parens(match: re.Match) -> str:
        nonlocal count
        inner = match.group(1)
        before = match.string[match.start() - 1] if match.start() else ""
        if re.search(f"[{_HAN}]", inner) or (before and re.match(f"[{_CHINESE_SIDE}]", before)):
            count += 2
            return f"（{inner}）"
        return match.group(0)

    if len(_DASH.findall(text)) == 1 and len(re.findall("-{2,}", text)) == 1:
        text, count = _DASH.sub("——", text), 1
    # the dash in horizontal bars (U+2015), as some converters map GB2312's A1AA, and
    # spaced from its words as no Chinese dash is
    text, bars = re.subn("[ \u3000]*(?:――|—[ \u3000]+—)[ \u3000]*", "——", text)
    count += bars
    # A restored mark can make its ASCII neighbour Chinese-side too ('::—'), so repeat
    # until nothing changes: the result is then a fixed point (idempotent).
    while True:
        restored = _PARENS.sub(parens, _COMMA.sub(full, _COLON.sub(full, text)))
        if restored == text:
            return text, count
        text = restored


def collapse_doubled_punctuation(text: str) -> tuple[str, int]:
    """Drop marks a scraper doubled (，， 。。 ，。 ，、) or emptied (「」); return (text, how many
    dropped).

    Run after ``restore_fullwidth_punctuation``, so ``,,`` is caught as ``，，``.
    An ellipsis (……) and a dash (——) are doubled by nature and stay.

    >>> collapse_doubled_punctuation('村民陈小银，，正在采摘，。生活越来越好……')
    ('村民陈小银，正在采摘。生活越来越好……', 2)
    >>> collapse_doubled_punctuation('把“共谋，、共建、共管”落到实处')
    ('把“共谋、共建、共管”落到实处', 1)
    >>> collapse_doubled_punctuation('党建引领——乡村振兴。')
    ('党建引领——乡村振兴。', 0)

    A pair of marks with nothing left between them goes too:

    >>> collapse_doubled_punctuation('「」这个遵义小山村曾为茅台酒生产酒瓶')
    ('这个遵义小山村曾为茅台酒生产酒瓶', 1)
    """
    text, emptied = _EMPTY_PAIR.subn("", text)
    text, doubled = _DOUBLED.subn(lambda match: match.group(1) or "", text)
    return text, emptied + doubled
