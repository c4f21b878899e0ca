"""A spam site's brand a copy puts in place of the institution a report names.

Spam copies of college and company news replace the school's or the firm's name with a
gambling or stock-tipping site's brand, every time it occurs (9月1日上午，amjs澳金沙门线路党委与
崇明区长兴镇潘石村…；…amjs澳金沙门线路党委书记徐晓明: rounds 34, 43, 47, 48). No vocabulary can
list the brands, but their shape is general: a brand word or letters and digits, ending as a
site's name does (官网, 网站, 线路, 手机版, 总站, 网址), repeated word for word. The data are
``spliced_brands`` in ``data/chrome_patterns.yaml``. A name printed once, or one with no
cue of a spam site (学校官网 twice), stays.
"""

from __future__ import annotations

import os
import re

from .dechrome import load_chrome_rules

#: The longest brand looked for (characters, letters and digits).
BRAND_MAX = 16
#: A brand's letters and digits mixed (766net, 1946bv, 6165cc), or a word and its number
#: (环球360入口, twice in a copy of round 75): a site's number.
_SITE_NUMBER = re.compile(r"[A-Za-z]+\d|\d+[A-Za-z]|[\u4e00-\u9fff]\d{3,}")


#: What a brand is written with: characters, letters and digits, and the (中国) a betting brand
#: carries as a company's name would (星空体育(中国)官方网站, twice in a copy of round 89).
_BRAND = re.compile(r"(?:[A-Za-z0-9\u4e00-\u9fff【】]|[(（]中国[)）])+")


def spliced_brands(lines: list[str]) -> list[str]:
    """The brands a spam copy spliced into the text in place of a name (see module doc).

    >>> lines = ['9月1日上午，amjs澳金沙门线路党委与长兴镇潘石村党总支开展结对共建活动。',
    ...          '长兴镇党委书记、amjs澳金沙门线路党委书记徐晓明出席。']
    >>> spliced_brands(lines)
    ['amjs澳金沙门线路']
    >>> spliced_brands(['“星空体育(中国)官方网站按照‘支部+公司+农户’的方式种植天麻。', '吸引群众务工。星空体育(中国)官方网站'])
    ['星空体育(中国)官方网站']
    >>> spliced_brands(['开班仪式上，香港盒宝典资料大全美术学院党委书记讲话。', '由香港盒宝典资料大全派驻第一书记牵线。'])
    ['香港盒宝典资料大全']
    >>> spliced_brands(['登录学校官网可查询。', '学校官网还公布了名单。'])
    []

    Once is enough when it is glued on after the last stop of a paragraph; a site the text
    sends readers to has no cue:

    >>> spliced_brands(['为园区企业发展助力添砖。高飞公海赌赌船官网', '详情请见。园区官网'])
    ['高飞公海赌赌船官网']

    A word and its site's number (米乐m6) needs no site word, standing three times:

    >>> spliced_brands(['米乐m6近日，由于持续降雪，多处路段被堵。', '乡党委副书记米乐m6说。', '保障畅通米乐m6。'])
    ['米乐m6']
    """
    rules = load_chrome_rules()  # spliced_brands in chrome_patterns.yaml
    ending, cue = rules.brand_ending, rules.brand_cue
    text = "\n".join(lines)
    found: set[str] = set()
    for match in ending.finditer(text):
        end = match.end()
        for length in range(min(BRAND_MAX, end), len(match.group(0)) + 1, -1):
            brand = text[end - length : end]
            if not _BRAND.fullmatch(brand) or brand[0] == "】":
                continue  # 【江南电竞】中国有限公司官网: a bracketed brand word opening it
            if not (cue.search(brand) or _SITE_NUMBER.search(brand)):
                break  # shorter ones hold no cue either
            if text.count(brand) >= 2 or _TAIL_AFTER_STOP.match(text, end - length - 1):
                found.add(brand)
                break
    for number in _SITE_NUMBER_AFTER_WORD.finditer(text):  # 米乐m6, three times
        start = number.start()
        for length in range(min(4, start), 1, -1):
            brand = text[start - length : number.end()]
            if re.fullmatch(r"[\u4e00-\u9fff]+", brand[:length]) and (
                text.count(brand) >= NUMBERED_REPEATS
            ):
                found.add(brand)
                break
    return sorted(found, key=len, reverse=True)


#: A brand with no site word, a word and its site's number in small letters (米乐m6, in place
#: of a deputy secretary's name, at the lede's start and after the last sentence: round 101).
_SITE_NUMBER_AFTER_WORD = re.compile(r"(?<=[\u4e00-\u9fff])[a-z]{1,3}\d{1,3}(?![A-Za-z0-9])")
#: How often it must stand, word for word: a machine a report names (铲雪车t20) once or twice.
NUMBERED_REPEATS = 3


#: A brand glued on after a paragraph's last stop, alone to the line's end (…为园区企业发展助力
#: 添砖。高飞公海赌赌船官网, round 95): printed once, it is no name the report uses.
_TAIL_AFTER_STOP = re.compile(r"[。！？][^\n。！？，,]{2,16}(?=\n|$)")


#: A web address closing a line (…了解这个世界多一点SUSHUAPOS.COM): a mirror's slogan's end.
_ADDRESS_AT_END = re.compile(r"[A-Za-z0-9-]{2,30}\.(?:com|cn|net|org|cc|top|vip|xyz)$", re.I)
#: How many lines a slogan must close, word for word, to be the mirror's and not the report's.
SLOGAN_LINES = 3


def addressed_slogans(lines: list[str]) -> list[str]:
    """A mirror's slogan ending in its web address, glued to the end of three lines or more
    (…国际新图景FqS速刷资讯——每天刷点最新资讯，了解这个世界多一点SUSHUAPOS.COM, round 68): the
    words all those lines end on, from the first that differs. A report names a web address
    once, in a sentence; a photo credit repeated under pictures holds none.

    >>> tail = 'FqS速刷资讯——了解这个世界多一点SUSHUAPOS.COM'
    >>> addressed_slogans(['“地毯上的小镇”：天津崔黄口“织”出国际新图景' + tail,
    ...                    '中新社记者 周亚强 王君妍' + tail, '一方蓝底金纹的手工地毯仍静静铺陈。' + tail])
    ['FqS速刷资讯——了解这个世界多一点SUSHUAPOS.COM']
    >>> addressed_slogans(['详情见镇政府网站 www.example.gov.cn', '镇党委书记讲话。'])
    []
    """
    by_address: dict[str, list[str]] = {}
    for line in dict.fromkeys(line.strip() for line in lines):
        address = _ADDRESS_AT_END.search(line)
        if address:
            by_address.setdefault(address.group().lower(), []).append(line)
    shared_tails = (
        os.path.commonprefix([line[::-1] for line in ending])[::-1]
        for ending in by_address.values()
        if len(ending) >= SLOGAN_LINES
    )
    return [tail for tail in shared_tails if len(tail) >= 10]


def without_spliced_brands(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines with every spliced brand and addressed slogan taken out, and what was removed.

    >>> without_spliced_brands(['我校与潘石村结对，amjs澳金沙门线路党委出席。', 'amjs澳金沙门线路党委书记讲话。'])[0]
    ['我校与潘石村结对，党委出席。', '党委书记讲话。']
    >>> without_spliced_brands(['“盛世梨园我来唱”皇冠体育_皇冠体育365@：戏迷擂台赛', '皇冠体育365@走进西寨乡'])[0]
    ['“盛世梨园我来唱”：戏迷擂台赛', '走进西寨乡']
    >>> without_spliced_brands(['来源:fun88体育官网app 作者:fun88体育官网登录入口', '新城镇党委'])[0]
    ['来源:app 作者:', '新城镇党委']
    """
    brands = spliced_brands(lines)
    slogans = addressed_slogans(lines)
    if not brands and not slogans:
        return lines, []
    stems = brand_stems(brands)
    removed = [("spliced spam brand", brand) for brand in brands]
    removed += [("a mirror's slogan closing its lines", slogan) for slogan in slogans]
    # with the joiners a copy sets between and after its brands (皇冠体育_皇冠体育365@：, round 97)
    # and more site words run on after one (fun88体育官网登录入口 beside fun88体育官网, round 98),
    # a middle dot between them too (半岛(中国)体育·官方网站, round 104)
    more = f"(?:[·•]?(?:{load_chrome_rules().brand_ending.pattern}))*" if brands else ""
    pattern = re.compile(f"(?:{'|'.join([*map(re.escape, brands + slogans), *stems])}){more}[_@]*")
    named, stemmed = {*brands, *slogans}, []

    def cut(match: re.Match) -> str:  # a stem's form (万向娱乐平台) is recorded as it is cut
        stemmed.extend([] if match.group() in named else [match.group()])
        return ""

    kept = [pattern.sub(cut, line) for line in lines]
    return kept, removed + [("spliced spam brand", form) for form in stemmed]


def brand_stems(brands: list[str]) -> list[str]:
    """Patterns for a spliced brand's name without its site's word, which the copy also
    splices in bare or with another site word (万向娱乐官网 twice, then 万向娱乐平台 and
    万向娱乐 alone, round 69): the stem, when it still holds a spam cue, then any site words.

    >>> [stem.split("(?:")[0] for stem in brand_stems(['万向娱乐官网', 'amjs澳金沙门线路'])]
    ['万向娱乐', 'amjs澳金沙门']
    >>> brand_stems(['学院官网'])
    []
    """
    rules = load_chrome_rules()
    words = rules.brand_ending.pattern
    stems = []
    for brand in brands:
        stem = re.sub(f"(?:{words})+$", "", brand)
        if stem != brand and len(stem) >= 3 and rules.brand_cue.search(stem):
            stems.append(f"{re.escape(stem)}(?:{words}|平台)*")
    return stems
