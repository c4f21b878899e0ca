"""Photo captions told by where they stand, not by their words.

A caption between paragraphs is a short line a heading could be; its place on the page
gives it away: flush left on a page that indents its paragraphs (``flush_captions``), in a
run of sentences right above a photographer's credit (``captions_above_credit``), three or
more in a row under a gallery (``caption_runs``), one of a series opening with the
same long phrase (``repeated_captions``), or a picture's bare number (``picture_numbers``). dechrome.strip_page_chrome asks each in turn;
each sees what the ones before it took.
"""

from __future__ import annotations

import itertools
import os
import re

from .caption_shapes import (
    MAX_CAPTION_SENTENCE,
    is_caption_sentence,
    is_clause_caption,
    is_scene_caption,
)
from .lone_captions import lone_caption_shape
from .meta_lines import is_source_line
from .page import han_count, reads_as_prose


def paragraph_lines(stripped: list[str], drop: set[int]) -> list[int]:
    """The indices of the lines that read as paragraphs, furniture already taken left out:
    what every finder here measures "between the paragraphs" by."""
    return [i for i, text in enumerate(stripped) if i not in drop and reads_as_prose(text)]


_INDENTED = re.compile(r"^(?:[ \u00a0]{2,}|[\u3000\t])")
#: A page indents its paragraphs when at least this share of its prose lines is indented.
INDENTED_SHARE = 0.8


def flush_captions(lines: list[str], stripped: list[str], drop: set[int]) -> list[int]:
    """Short sentences set flush between the paragraphs of a page that indents them.

    A page that indents every paragraph (``  下营镇位于…``) prints the caption under a
    photograph flush left (``郭家沟村民宿党员示范户挂牌。``): the layout tells the two
    apart where the words cannot. Only a line that could be a caption (one short
    sentence, caption_shapes.is_caption_sentence) between the first and last paragraph goes;
    on a page that indents nothing, nothing does.

    >>> page = ['标题', '  ' + '镇党委深入开展“党建+旅游”行动，在旅游特色村成立民宿行业党支部，带头诚信经营。',
    ...         '郭家沟村民宿党员示范户挂牌。', '  ' + '下营镇组织党员干部组建护林防火队和河道巡护队，落实“林长制”“河长制”。',
    ...         '  ' + '各村依托新时代文明实践站开展评选，用身边人身边事教育引导群众，涵养文明乡风。']
    >>> flush_captions(page, [x.strip() for x in page], set())
    [2]
    >>> flush_captions([x.strip() for x in page], [x.strip() for x in page], set())
    []

    A caption with no full stop (``土坯房已成为遥远的背影``) is shaped like a heading, and
    some pages set their headings flush; it goes only where the page indents its headings
    as well, so that nothing short is set flush but the captions (round 58):

    >>> page[2:3] = ['  翻天覆地的巨变——', '坐落在青山绿水间的红崖村，成为众多市民的打卡地']
    >>> flush_captions(page, [x.strip() for x in page], set())
    [3]
    >>> page[2] = '翻天覆地的巨变——'
    >>> flush_captions(page, [x.strip() for x in page], set())
    []
    """
    prose = paragraph_lines(stripped, drop)
    indented = [i for i in prose if _INDENTED.match(lines[i])]
    if len(prose) < 3 or len(indented) < INDENTED_SHARE * len(prose):
        return []
    between = [i for i in range(prose[0] + 1, prose[-1]) if i not in drop and stripped[i]]
    flush = [i for i in between if not _INDENTED.match(lines[i])]
    headings_indented = any(
        _INDENTED.match(lines[i]) and is_phrase_line(stripped[i])
        for i in between
        if i not in indented
    )
    return [
        i
        for i in flush
        if is_caption_sentence(stripped[i]) or (headings_indented and is_phrase_line(stripped[i]))
    ]


def is_phrase_line(text: str) -> bool:
    """True for a short line with no sentence or colon in it, not numbered: what a
    heading and a caption without a full stop both look like.

    >>> is_phrase_line('曾经，雨后的村庄泥泞一片'), is_phrase_line('从“牛粪村”到“网红村”')
    (True, True)
    >>> is_phrase_line('一、强化组织建设'), is_phrase_line('会议指出：要抓好落实'), is_phrase_line('返回')
    (False, False, False)
    """
    return (
        6 <= han_count(text) <= MAX_CAPTION_SENTENCE
        and not re.search(r"[。！？；!?;：:\"]", text)
        and not re.match(r"[一二三四五六七八九十\d（(【]", text)
    )


def captions_above_credit(stripped: list[str], drop: set[int], credited: set[int]) -> list[int]:
    """Caption sentences in a run above a photo caption, at the top of a page.

    E-papers print the story's photographs above the byline, each with its caption,
    the photographer credited once under the last (``邱晓旭讲述自己的故事。 本报记者 张三摄``).
    The captions above the credited one are sentences too; they belong to it when
    they run right up to it (blank lines apart) and nothing above them reads as prose:
    below the story's first paragraph, a short sentence is the story's own, and so is
    the first line of a copy that starts at the text, with nothing above it.

    >>> lines = ['守好界江第一哨', '乌苏镇党员志愿者在界江边开展巡护。', '',
    ...          '镇党群服务中心里，老党员为游客讲述边境故事。', '抓吉村村民采收蘑菇。 本报记者 张三摄']
    >>> captions_above_credit(lines, {4}, {4})
    [1, 3]
    """
    found: list[int] = []
    for credit in sorted(credited):
        run, top = [], credit - 1
        while top >= 0 and (not stripped[top] or top in drop or is_caption_sentence(stripped[top])):
            if stripped[top] and top not in drop:
                run.append(top)
            top -= 1
        # a run from the page's first line is a copy that starts at its lede (10月23日，…。)
        if top >= 0 and not any(
            reads_as_prose(stripped[i]) for i in range(top + 1) if i not in drop
        ):
            found += run
    return sorted(found)


#: A run of captions under a gallery: this many short lines in a row between paragraphs.
CAPTION_RUN = 3


def caption_runs(stripped: list[str], drop: set[int]) -> list[int]:
    """Short lines in a row between paragraphs, one of them a scene caption: a gallery.

    A page that prints several photographs together captions each on its own line
    (``党员志愿者引导居民参与游戏`` / ``居民群众积极参与猜灯谜`` / ``钓蔬菜游戏现场``); only
    some captions name a scene the way caption_shapes.is_scene_caption knows, but they stand
    together. Section headings never come three in a row with no paragraph between
    them, so a run of at least ``CAPTION_RUN`` short lines (no sentence, no prose)
    holding a scene caption is taken whole. Two lines in a row are left alone: a
    heading may stand right above a caption. Lines already taken as furniture (the
    pictures' file names between the captions) do not break a run.

    >>> body = '活动中，党员与居民群众手挽手、心连心，共同参与丰富多彩的游园项目，现场气氛热烈。'
    >>> lines = [body, '党员志愿者引导居民参与智慧键盘游戏', '居民群众积极参与猜灯谜', '钓蔬菜游戏现场', body]
    >>> caption_runs(lines, set())
    [1, 2, 3]
    >>> caption_runs([body, '强化组织建设', '党员志愿者在古街开展巡查', body], set())
    []
    >>> caption_runs([body, '图片1.png', '党员入户走访', '图片2.png', '村民分拣苹果', '图片3.png',
    ...               '揭牌仪式现场', body], {1, 3, 5})
    [2, 4, 6]
    """
    prose = paragraph_lines(stripped, drop)
    if len(prose) < 2:
        return []

    def short(i: int) -> bool:
        text = stripped[i]
        return (
            4 <= han_count(text) <= 40
            and not reads_as_prose(text)
            and not text.endswith(tuple("。！？；…!?;"))
        )

    found: list[int] = []
    run: list[int] = []
    for i in [*range(prose[0] + 1, prose[-1]), prose[-1]]:
        if not stripped[i] or i in drop:
            continue
        if i != prose[-1] and short(i):
            run.append(i)
            continue
        if len(run) >= CAPTION_RUN and any(_a_caption(stripped[j]) for j in run):
            found += run
        run = []
    return found


def between_pictures(stripped: list[str], drop: set[int], pictures: set[int]) -> list[int]:
    """Short lines standing between two pictures: each line's nearest neighbours above and
    below (blank lines apart) are photographs' file names or captions already cut.

    A page that prints a photograph, a line under it and another photograph (…图片0.png /
    党员下村检查,转移安置村民 / …图片19.png; …街道供图 / 楼道长网格及党小组机构图 / …街道供图:
    round 69) captions each picture so; a section heading has the story's paragraphs on
    one side at least.

    >>> lines = ['镇里组织党员抢险。', '抢险图片0.png', '', '党员下村检查,转移安置村民', '抢险图片19.png']
    >>> between_pictures(lines, {1, 4}, {1, 4})
    [3]
    >>> between_pictures(['镇里组织党员抢险。', '抢险图片0.png', '强化组织建设', '各村党支部闻令而动。'], {1}, {1})
    []
    >>> between_pictures(['新华社记者 连振 摄', '【纠错】 【责任编辑:邱丽芳 】', '0100200505700000'], {0, 2}, {0, 2})
    []
    """
    filled = [i for i, text in enumerate(stripped) if text]
    return [
        index
        for index, text in _under_pictures(filled, stripped, drop, pictures, over_one_too=True)
        if 4 <= han_count(text) <= 30
        and not reads_as_prose(text)
        and not text.endswith(tuple("。！？；…!?;."))  # a sentence between two is the story's
        and not _labelled_field(text)  # 【纠错】 【责任编辑:邱丽芳 】 under a credit (round 77)
    ]


def _under_pictures(filled, stripped, drop, pictures, over_one_too: bool = False):
    """(index, text) of each line of ``filled`` (indices of filled lines, in order) not yet
    dropped whose nearest filled line above is a picture, and, ``over_one_too``, the one below."""
    for position, index in enumerate(filled[1:-1], start=1):
        if index in drop or filled[position - 1] not in pictures:
            continue
        if not over_one_too or filled[position + 1] in pictures:
            yield index, stripped[index]


def under_a_picture(
    lines: list[str], stripped: list[str], drop: set[int], pictures: set[int]
) -> list[int]:
    """A caption right under a picture's file name (blank lines apart), with more of the text
    below it: one short sentence (image.png / 横岗街道创新成立4个“两新党建联盟”。, round 95), or
    a line showing a scene or people at work. A heading under a picture names no scene, and
    a sentence with a comma is the text's (a page may set its paragraphs between pictures).

    >>> lines = ['镇里成立党建联盟。', 'image.png', '', '成立仪式现场。', '根据区委部署，街道成立了四个党建联盟，覆盖辖区企业。']
    >>> under_a_picture(lines, lines, {1}, {1})
    [3]
    >>> heading = lines[:3] + ['强化组织建设 筑牢战斗堡垒'] + lines[4:]
    >>> under_a_picture(heading, heading, {1}, {1})
    []
    """
    filled = [i for i, text in enumerate(lines) if text.strip()]  # a picture's line as printed
    return [
        index
        for index, text in _under_pictures(filled, stripped, drop, pictures)
        if (_short_clause(text) or is_scene_caption(text)) and not _labelled_field(text)
    ]


def captions_under_meta_line(stripped: list[str], drop: set[int]) -> list[int]:
    """Two or more short one-clause sentences in a row right under the page's meta line, a
    paragraph of the text after them: the lead photographs' captions, printed before the
    text (发布:2024/4/8 来源:即墨信息港 / 王政堂走进王家庄村宣讲。/ 环秀街道郭家巷村“小院课堂”
    开讲。, round 96). One such sentence may be a terse lede; two in a row with no comma are
    pictures named.

    >>> text = '绿树成荫的院落搭配几把小板凳，党员和群众围坐在一起讲百姓话、议百姓事，在庭院中便可开展一场微宣讲。'
    >>> lines = ['发布:2024/4/8 来源:即墨信息港', '王政堂走进王家庄村宣讲。', '郭家巷村“小院课堂”开讲。', text]
    >>> captions_under_meta_line(lines, set())
    [1, 2]
    >>> captions_under_meta_line(lines[:2] + lines[3:], set())
    []
    """
    filled = [i for i, text in enumerate(stripped) if text and i not in drop]
    for k, index in enumerate(filled[:-3]):
        if not is_source_line(stripped[index]):
            continue
        run = list(itertools.takewhile(lambda i: _short_clause(stripped[i]), filled[k + 1 :]))
        after = filled[k + 1 + len(run)] if k + 1 + len(run) < len(filled) else None
        if len(run) >= 2 and after is not None and reads_as_prose(stripped[after]):
            return run
    return []


def _short_clause(text: str) -> bool:
    """A one-clause caption of twenty characters at most: between pictures, longer is text."""
    return is_clause_caption(text) and han_count(text) <= 20


def _labelled_field(text: str) -> bool:
    """True for a line holding a labelled field (责任编辑:…, 来源:…): the page's credit,
    which the fields step reads, never a picture's caption."""
    from .field_rules import load_field_rules

    return bool(load_field_rules().label_pattern.search(text))


def _a_caption(text: str) -> bool:
    """A line with a caption's shape: a scene (caption_shapes.is_scene_caption) or any shape of
    lone_captions (a person shown by role or by full name, a view, a group photograph)."""
    return is_scene_caption(text) or lone_caption_shape(text) is not None


#: Captions of one event's photographs name it the same way: this long a shared opening.
CAPTION_SERIES_PREFIX = 10


def repeated_captions(stripped: list[str], drop: set[int]) -> list[int]:
    """Short lines between paragraphs that open with the same long phrase: a photo series.

    A page with several photographs of one event captions each with the event's full
    name and what the picture shows (``某镇联村党委会成立大会上，党员们在细心做笔记`` /
    ``…成立大会上，党员们投出自己神圣的一票``). Section headings do not repeat ten
    characters; a caption series does. Only lines that do not end a sentence and do
    not read as prose are compared.

    >>> body = '得益农牧小镇联村党委依托土地流转片区而建，辐射镇域西部十三平方公里，辖五个村。'
    >>> lines = [body, '木李镇得益农牧小镇联村党委会成立大会上，党员们在细心做笔记', body,
    ...          '木李镇得益农牧小镇联村党委会成立大会上，党员们投出神圣的一票', '强化组织建设', body]
    >>> repeated_captions(lines, set())
    [1, 3]

    A page may print its headline again as the captions of its photographs: the line right
    above the page's source or date line is the headline, whatever repeats it further down.

    >>> lines[2:2] = ['责任编辑：(易德轩小编) 来源：(国学经典专题文章) 浏览次数：384次']
    >>> repeated_captions(lines, set())
    [4]
    """
    prose = paragraph_lines(stripped, drop)
    if len(prose) < 2:
        return []
    candidates = [
        i
        for i in range(prose[0] + 1, prose[-1])
        if i not in drop
        and not reads_as_prose(stripped[i])
        and 6 <= han_count(stripped[i]) <= 40
        and not stripped[i].endswith(tuple("。！？；…”!?;"))
    ]
    over_meta = {i for i in candidates if _stands_over_meta_line(stripped, i)}
    found = set()
    for position, first in enumerate(candidates):
        for second in candidates[position + 1 :]:
            shared = os.path.commonprefix([stripped[first], stripped[second]])
            if han_count(shared) >= CAPTION_SERIES_PREFIX:
                found.update((first, second))
    return sorted(found - over_meta)


def _stands_over_meta_line(stripped: list[str], index: int) -> bool:
    """Whether the next line with words is a page's date or source line (not a paragraph)."""
    following = next((text for text in stripped[index + 1 :] if text), "")
    return is_source_line(following)


_BARE_NUMBER = re.compile(r"[0-9０-９]{1,3}")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def picture_numbers(stripped: list[str], drop: set[int]) -> list[int]:
    """Numbers alone between paragraphs, counting 1, 2, …: a gallery's picture numbers.

    A page that numbers its photographs leaves the numbers when the pictures are gone
    (``组织战斗堡垒“无限加固”`` / ``1`` / ``2`` / ``强班子带队伍``, round 38). They go only as a
    count from 1: a single number on its line (an infographic's ``256``) may be the text's,
    and in the header one may be a date's part, so only lines between the first and last
    paragraph are looked at.

    >>> body = '镇党委把支部建在产业链上，组织党员带头领办合作社，村集体收入连年增长。'
    >>> picture_numbers([body, '组织战斗堡垒“无限加固”', '1', '2', '强班子带队伍', body], set())
    [2, 3]
    >>> picture_numbers([body, '256', body], set()), picture_numbers([body, '2', '5', body], set())
    ([], [])
    """
    prose = paragraph_lines(stripped, drop)
    if len(prose) < 2:
        return []
    numbers = [
        i
        for i in range(prose[0] + 1, prose[-1])
        if i not in drop and _BARE_NUMBER.fullmatch(stripped[i])
    ]
    counted = [int(stripped[i].translate(_FULLWIDTH_DIGITS)) for i in numbers]
    return numbers if len(numbers) >= 2 and counted == list(range(1, len(numbers) + 1)) else []


#: A wire photograph's caption: its day (in figures or in words), perhaps the hour, a comma,
#: then the place and what the picture shows.
_DATED_CAPTION = re.compile(
    r"^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月"
    r"(?:[\d一二三四五六七八九十]{1,3}日)?[^，,。]{0,8}[，,](.+)$"
)
#: How many dated captions in a row make a photo series.
DATED_SERIES = 3


def dated_photo_series(stripped: list[str], drop: set[int]) -> list[int]:
    """Three or more dated one-sentence captions in a row that name the same place: the
    pictures a wire story opens with (二〇一八年十月十八日，开州区关面乡泉秀村，村民正在将中药材
    木香装袋。 / 2018年5月，开州区关面乡泉秀村，满山遍野的中药材木香。 / …, round 61).

    Each picture is captioned with the day it was taken, then the place, then what it shows;
    the place repeats word for word after every day. A text's chronology also opens its
    lines on days, but not on one long place name each time.

    >>> lines = ['二〇一八年十月十八日，开州区关面乡泉秀村，村民正在将中药材木香装袋。',
    ...          '2018年5月，开州区关面乡泉秀村，满山遍野的中药材木香。',
    ...          '2016年11月18日，开州区关面乡泉秀村七里坪，村民在雨雾天里收捡木香。',
    ...          '开州区关面乡泉秀村，这个名不见经传的小村子，不过是高山峡谷深处的一个普通村落。']
    >>> dated_photo_series(lines, set())
    [0, 1, 2]
    >>> dated_photo_series(['2018年5月，泉秀村成立木香合作社。', '2019年3月，村里建起烘干房。',
    ...                     '2020年，全村木香销量达到900吨。'], set())
    []
    """
    found: list[int] = []
    run: list[tuple[int, str]] = []  # (line, what its caption says after the day)
    for i in [*range(len(stripped)), len(stripped)]:
        if i < len(stripped) and (not stripped[i] or i in drop):
            continue
        caption = _dated_caption(stripped[i]) if i < len(stripped) else None
        if caption is not None:
            run.append((i, caption))
            continue
        if len(run) >= DATED_SERIES and all(
            any(
                han_count(os.path.commonprefix([place, other])) >= 6
                for k, (_, other) in enumerate(run)
                if k != j
            )
            for j, (_, place) in enumerate(run)
        ):
            found += [line for line, _ in run]
        run = []
    return found


def _dated_caption(text: str) -> str | None:
    """What a one-sentence dated caption says after its day (the place, then the scene)."""
    return _after_day(_DATED_CAPTION, text) if han_count(text) <= 80 else None


def _after_day(day_then_rest: re.Pattern, text: str) -> str | None:
    """What a one-sentence line says after the day ``day_then_rest`` reads it opening on."""
    match = day_then_rest.match(text)
    return match.group(1) if match and len(re.findall(r"[。！？]", text)) <= 1 else None


def series_siblings(stripped: list[str], drop: set[int], captions: set[int]) -> list[int]:
    """Dated captions of a series one of whose captions was cut by its credit: the same day
    and place open each (3月28日，…空申村青白茶产业园，党员志愿者帮助茶农采摘春茶。吴金花 摄 /
    3月28日，…空申村青白茶产业园，苗族群众在茶园里忙碌: pending zc-009, the last one with no
    credit). The place must repeat word for word, ten characters at least, as in
    ``dated_photo_series``; a text's chronology opens on days, but not on a caption's place.

    >>> lines = ['3月28日，榕江县两汪乡空申村青白茶产业园，党员志愿者帮助茶农采摘春茶。吴金花 摄',
    ...          '清明前后，正是春茶采摘的黄金期，两汪乡组织党员帮助农户抢采春茶。',
    ...          '3月28日，榕江县两汪乡空申村青白茶产业园，苗族群众在茶园里忙碌']
    >>> series_siblings(lines, {0}, {0})
    [2]
    >>> series_siblings(lines[:2] + ['3月28日，两汪乡召开春茶生产推进会，部署采摘销售工作。'], {0}, {0})
    []
    """
    cut = [p for i in captions if (p := _after_day(_DAY_THEN_PLACE, stripped[i])) is not None]
    return [
        i
        for i, text in enumerate(stripped)
        if text
        and i not in drop
        and (place := _after_day(_DAY_THEN_PLACE, text)) is not None
        and any(han_count(os.path.commonprefix([place, other])) >= 10 for other in cut)
    ]


#: A caption's day, its year perhaps left out (3月28日，…), then what follows the comma.
_DAY_THEN_PLACE = re.compile(
    r"^(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?[\d一二三四五六七八九十]{1,3}月"
    r"[\d一二三四五六七八九十]{1,3}日[^，,。]{0,8}[，,](.+)$"
)
