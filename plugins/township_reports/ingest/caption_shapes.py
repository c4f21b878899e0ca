"""The shapes of a photograph's caption: a scene (…会议现场), people at work in a place
(窑湾镇党员志愿者在古街开展巡查) or at an event (座谈会上，党员代表踊跃发言), one short
sentence, a bracketed line. A shape only says a line *could* be a caption; the page around
it (placed_captions.py, lone_captions.py, captions.py) says whether it is one, and the
headline and lede readers ask these shapes so as not to take a caption for either.
"""

from __future__ import annotations

import functools
import re

from . import alternation
from .page import han_count
from .page_roles import PageRoles, load_page_roles
from .photo_positions import marked_positions

BRACKETED = re.compile(r"^[（(]((?:[^（）()]|[（(][^（）()]{1,8}[)）]){2,60})[)）]$")  # …报告(草案)


@functools.cache
def people_at_work() -> re.Pattern:
    """The shape of a caption showing people at work: (某镇)党员志愿者 + 在 + place + action."""
    subjects = alternation(load_page_roles().caption_subjects)
    # 在…中 is where a heading puts its people (党员在乡村振兴中当先锋), not a photograph
    return re.compile(
        rf"^\S{{0,14}}?(?:{subjects})们?[”\"]?(?:正|都|一起)?在(?!\S{{0,12}}中)\S{{3,}}$"
    )


def shows_people_at_work(line: str) -> bool:
    """True for a short unpunctuated line saying who stood where doing what: a photograph's
    caption (记者在吉水县文峰镇泥田村采访, 窑湾镇党员志愿者在古街开展巡查), set near the
    headline as often as between paragraphs. A headline says what happened; a caption who
    was there (``caption_subjects`` in page_roles.yaml).

    >>> shows_people_at_work('记者在吉水县文峰镇泥田村采访'), shows_people_at_work('党员在乡村振兴中当先锋')
    (True, False)
    >>> shows_people_at_work('吉水90后返乡村支书的“新农村账本”')
    False
    """
    text = line.strip()
    return (
        4 <= han_count(text) <= 24
        and not re.search(r"[，。！？；：,;:!?]", text)
        and bool(people_at_work().match(text))
    )


@functools.cache
def _people_at_event() -> re.Pattern:
    """The shape of a caption naming the event first: (“X”)会上 / 仪式上 / 活动现场 + comma +
    people (``caption_subjects``) + what they do."""
    roles = load_page_roles()
    subjects, events = alternation(roles.caption_subjects), alternation(roles.caption_events)
    return re.compile(
        rf"^[^，,。！？；：]{{0,14}}(?:{events})[”\"]?(?:上|现场|间隙)[，,]\s*"
        rf"[^，,。！？；：]{{0,8}}?(?:{subjects})[^，,。！？；：]{{2,}}$"
    )


def shows_people_at_event(line: str) -> bool:
    """True for a short line naming an event, then who was there doing what: a photograph's
    caption under a headline (“小哥议事会”上，快递员和外卖骑手围坐交流; 座谈会上，党员代表踊跃
    发言). A headline that opens on a place or a road (振兴路上，党员干部冲在前) names no event
    (``caption_events`` in page_roles.yaml).

    >>> shows_people_at_event('“小哥议事会”上，快递员和外卖骑手围坐交流'), shows_people_at_event('座谈会上，村民代表踊跃发言')
    (True, True)
    >>> shows_people_at_event('乡村振兴路上，党员干部冲在前'), shows_people_at_event('议事会上，大家说了算')
    (False, False)
    """
    text = line.strip()
    return 6 <= han_count(text) <= 30 and bool(_people_at_event().match(text))


def is_scene_caption(line: str, roles: PageRoles | None = None) -> bool:
    """True for a short line naming a photograph's scene (…会议现场, …航拍新貌, …一角).

    A line showing people at work in a place (窑湾镇党员志愿者在古街开展巡查) is a
    caption too: a section heading names what was done, not who stood where.

    >>> is_scene_caption('邵庄镇联村党委会议现场'), is_scene_caption('陇山镇航拍新貌')
    (True, True)
    >>> is_scene_caption('窑湾镇党员志愿者在古街开展巡查'), is_scene_caption('“西城大妈”在值班站岗')
    (True, True)
    >>> is_scene_caption('强化组织建设 筑牢战斗堡垒'), is_scene_caption('召开现场会，部署秋收。')
    (False, False)
    >>> is_scene_caption('党员在乡村振兴中当先锋'), is_scene_caption('党员带头美化家园')
    (False, False)

    A full stop after a scene word, or a position mark for the people shown, changes
    nothing; people at work with a full stop are a sentence of the report:

    >>> is_scene_caption('揭牌仪式现场。'), is_scene_caption('刘慧（左）在议事厅与居民商量楼道清理方案')
    (True, True)
    >>> is_scene_caption('志愿者在长廊前向村民宣传吸烟有害健康的知识。')
    False
    """
    roles = roles or load_page_roles()
    text = line.strip()
    if text.endswith("。") and text[:-1].endswith(roles.caption_endings):
        text = text[:-1]  # 揭牌仪式现场。
    marks = marked_positions(text)  # 刘慧（左）在议事厅…: only a photograph has a left and right
    if marks and (han_count(text) <= 36 or marks >= 2) and not re.search("[。！？；]", text):
        return True
    return (
        4 <= han_count(text) <= 24
        and not re.search(r"[，。！？；：,;:]", text)
        and (text.endswith(roles.caption_endings) or bool(people_at_work().match(text)))
    )


#: The longest caption sentence, in Chinese characters: a photograph is named in a
#: clause or two, a paragraph of a report says more.
MAX_CAPTION_SENTENCE = 30


def is_caption_sentence(line: str) -> bool:
    """True for a line shaped like a photo caption written as a sentence: one short sentence.

    Captions are often full sentences (``龙泉村党员志愿者清扫村道。``); so are some short
    paragraphs of a story, so this only says the line *could* be a caption: the page
    around it (indentation, a photographer's credit next to it) has to say it is one.

    >>> is_caption_sentence('镇党群服务中心里，老党员为游客讲述边境故事。')
    True
    >>> is_caption_sentence('强化组织建设 筑牢战斗堡垒'), is_caption_sentence('会议指出：要抓好落实。')
    (False, False)
    >>> is_caption_sentence('近年来，乌苏镇党委把边境村党支部建设作为“一号工程”，推行联防机制，界江沿线实现了党员巡护全覆盖。')
    False
    """
    text = line.strip()
    bare = re.sub(r"“[^”，。！？]{1,8}”", "", text)  # a quoted name (“四站融合”) is no speech
    return (
        4 <= han_count(text) <= MAX_CAPTION_SENTENCE
        and text.endswith("。")
        and len(re.findall(r"[。！？；!?;]", text)) == 1
        and not re.search(r"[:：“”\"]", bare)
    )


def is_clause_caption(text: str) -> bool:
    """One short sentence of one clause (横岗街道创新成立4个“两新党建联盟”。): a picture's
    caption's shape; a sentence with a comma under a picture (活动开始前，社工向志愿者讲解…。)
    is a paragraph of the text, one the page set between pictures. How short depends on
    where it stands: the callers say.

    >>> is_clause_caption('横岗街道创新成立4个“两新党建联盟”。'), is_clause_caption('活动开始前，社工向志愿者讲解。')
    (True, False)
    """
    return is_caption_sentence(text) and not re.search(r"[，,、；;]", text)


def is_bracketed_caption(line: str) -> bool:
    """True for a photo caption a page sets on its own line in brackets, between paragraphs.

    A closing note (（完）) and furniture rules catch the rest; a bracketed byline is
    read as a byline before this is asked.

    >>> is_bracketed_caption('（党员干部清理村道垃圾）'), is_bracketed_caption('（图为村民在田间劳作）')
    (True, True)
    >>> is_bracketed_caption('（一）强化组织建设'), is_bracketed_caption('（下转第二版）。')
    (False, False)

    A caption may close on its full stop inside the bracket ((苹塘镇政府座谈交流。), round 43);
    a sentence with a clause before it is not one:

    >>> [is_bracketed_caption(x) for x in ('(苹塘镇政府座谈交流。)', '（会后，党员们合影留念。）', '(图为:通过报告(草案))')]
    [True, False, True]
    """
    match = BRACKETED.match(line.strip())
    if not match:
        return False
    inner = match.group(1).rstrip("。")
    return han_count(inner) >= 4 and not re.search(r"[。！？；，]", inner)
