"""Photo captions standing alone between paragraphs, with nothing of the paragraph above in them.

captions.py takes a caption that repeats the paragraph it illustrates. Many pages caption a
photograph with words of its own (``村民喜领分红``, ``漂亮整洁的龙利村``); set on a line of
its own between paragraphs, such a caption looks like a section heading: short, no full
stop. It is told from one by the shapes only a caption has, and a line with any heading
shape stays whatever else it has:

- the picture's file name on the line right above it (``未命名-1.jpg`` / ``村民喜领分红``);
- a person shown by role and name where they stand or whom they serve
  (``驻村第一书记李某某在…家帮助销售蜂蜜``), or a household visit (``…到牧民某某家入户走访``);
- a view described: a modifier saying how it looks, how big it is or where it stands, 的,
  and a thing one photographs or a village (``满目青翠的山谷``, ``21层高的草苗鼓楼``,
  ``漂亮整洁的龙利村``), never a time or an abstract (``如今的金花村``, ``东庄坨村的骄傲``,
  ``一根竹笋里的增收账``); a view with another modifier (``党旗下的村庄``) is a heading
  as often, and stays (doubt_body.py puts the body on the review list);
- a scene word only a picture ends on (``…开幕会盛况``);
- the same line printed twice in a row, once with a full stop (the image's alt text and
  its caption).

Heading shapes: a number (一、 （二） 第三 1.), a tag (【】), a colon, quotation marks, a
comma or 、 or a space between parallel halves, an imperative programme opening (强化, 抓,
建强 …). Vocabularies are in ``data/captions.yaml`` (``lone``); the survey behind them is
PATTERNS.md, "Round 14 rules (captions between paragraphs)".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import yaml

from . import DATA, alternation
from .captions import load_caption_rules
from .dictionary import general_tokenizer
from .field_rules import load_surnames
from .names import is_person_name, word_tags
from .page import han_count, load_page_roles, reads_as_prose


@dataclass(frozen=True)
class LoneRules:
    """The compiled ``lone`` section of ``data/captions.yaml``."""

    max_han: int
    image_file: re.Pattern
    person: re.Pattern
    people: re.Pattern
    placed_people: re.Pattern
    held_event: re.Pattern
    before_after: re.Pattern
    before_after_max_han: int
    stage_alone: re.Pattern
    home_visit: re.Pattern
    view_heads: tuple[str, ...]
    view_places: re.Pattern
    view_not: re.Pattern
    view_looks: re.Pattern
    scene_tails: tuple[str, ...]
    scene_openings: tuple[str, ...]
    group_photo_tails: tuple[str, ...]
    facility: re.Pattern
    heading: re.Pattern
    heading_openings: tuple[str, ...]
    sentence_not: re.Pattern
    event_tails: re.Pattern
    event_max_han: int
    thing_not_tags: tuple[str, ...]
    thing_max_han: int
    named: re.Pattern
    visit: re.Pattern


@functools.cache
def load_lone_rules(path: Path = DATA / "captions.yaml") -> LoneRules:
    """Compile the lone-caption data (cached: loaded once)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["lone"]
    single, compound = load_surnames()
    surname = f"(?:{alternation(compound)}|[{''.join(sorted(single))}])"
    roles, verbs = alternation(data["roles"]), alternation(data["scene_verbs"])
    name = rf"(?:{surname}[一-龥]{{1,2}}|[^\W{data['not_in_name']}]{{3,4}})"
    return LoneRules(
        max_han=int(data["max_han"]),
        image_file=re.compile(data["image_file"]),
        # role, a name (surname and one or two characters), where or for whom, an act
        # or the speech the picture shows, closing the line (书记金灵占致辞)
        person=re.compile(
            rf"(?:{roles}){surname}[一-龥]{{1,2}}(?:(?:{verbs})[一-龥（）()]{{4,}}"
            rf"|(?P<speech>{alternation(data['speech_acts'])}))$"
        ),
        # people named by what they are, then what they do (志愿者为居民磨剪刀)
        people=re.compile(
            rf"^[一-龥]{{0,8}}?(?:{alternation(load_page_roles().caption_subjects)})们?"
            rf"(?:{alternation(data['people_acts'])})[一-龥]{{2,}}$"
        ),
        # the same people with any act, after a place's name or nothing (工作人员发放宣传材料)
        placed_people=re.compile(
            rf"^{data['placed_people_place']}(?:{alternation(_placed_subjects(data))})们?"
            rf"(?:{alternation(data['placed_people_manner'])})?"
            rf"(?!{alternation(data['placed_people_not_after'])})[一-龥]{{3,}}$"
        ),
        held_event=re.compile(data["held_event"]),
        before_after=re.compile(data["before_after"]),
        before_after_max_han=int(data["before_after_max_han"]),
        stage_alone=re.compile(data["stage_alone"]),
        # a role and a name at someone's home doing something
        home_visit=re.compile(
            rf"(?:{roles}){name}(?:在|到|来到|走进)[一-龥（）()]{{2,14}}?家"
            rf"(?![{''.join(data['home_not'])}])[一-龥]{{2,}}$"
        ),
        view_heads=tuple(data["view_heads"]),
        view_places=re.compile(data["view_places"]),
        view_not=re.compile(alternation(data["view_not"])),
        view_looks=re.compile(data["view_looks"]),
        scene_tails=tuple(data["scene_tails"]),
        scene_openings=tuple(data["scene_openings"]),
        group_photo_tails=tuple(data["group_photo_tails"]),
        facility=re.compile(data["facility"]),
        heading=re.compile(data["heading"]),
        heading_openings=tuple(data["heading_openings"]),
        sentence_not=re.compile(alternation(data["sentence_not"])),
        event_tails=re.compile(data["event_tails"]),
        event_max_han=int(data["event_max_han"]),
        thing_not_tags=tuple(data["thing_not_tags"]),
        thing_max_han=int(data["thing_max_han"]),
        # a person named in full (surname and two characters) where they stand or what they
        # do (杨文丽向记者介绍苗绣服饰), or last, after what they are (在酒庄务工的村民杨秀兰)
        named=re.compile(
            rf"({surname}[一-龥]{{2}})(?:{alternation(data['named_verbs'])})[一-龥（）()]{{4,}}$"
            rf"|的(?:{alternation(load_page_roles().caption_subjects)})({surname}[一-龥]{{2}})$"
        ),
        # a person named in full going somewhere to inspect (王文华到新华镇龙口村调研指导…)
        visit=re.compile(
            rf"{surname}[一-龥]{{2}}(?:{alternation(data['visit_verbs'])})[一-龥]{{2,16}}?"
            rf"(?:{alternation(data['visit_purposes'])})"
        ),
    )


def _placed_subjects(data: dict) -> list[str]:
    """page_roles.yaml's caption subjects less those a section heading puts first (党员)."""
    return [s for s in load_page_roles().caption_subjects if s not in data["placed_people_not"]]


def _bare(text: str) -> str:
    text = text.strip()
    return text[:-1] if text.endswith("。") else text


def _one_stopped_sentence(text: str) -> bool:
    """One sentence closed by a full stop, no other stop inside: what a caption written as a
    sentence, a thing's name and a portrait's name all are."""
    text = text.strip()
    return text.endswith("。") and text.count("。") == 1 and not re.search(r"[！？；!?;]", text)


def described_view(text: str, rules: LoneRules | None = None) -> bool:
    """A modifier, 的 and a thing one photographs or a village: a picture's caption, or a
    heading written like one (党旗下的村庄).

    >>> described_view('满目青翠的山谷'), described_view('漂亮整洁的龙利村'), described_view('党旗下的村庄')
    (True, True, True)
    >>> described_view('如今的金花村'), described_view('一根竹笋里的增收账'), described_view('东庄坨村的骄傲')
    (False, False, False)
    """
    rules = rules or load_lone_rules()
    modifier, _, head = _bare(text).rpartition("的")
    return (
        han_count(modifier) >= 2
        and 1 <= han_count(head) <= 6
        and han_count(text) <= 16
        and not rules.view_not.search(modifier)
        and (head.endswith(rules.view_heads) or bool(rules.view_places.search(head)))
    )


def looked_at(text: str, rules: LoneRules | None = None) -> bool:
    """A described view whose modifier says how the thing looks, how big it is or where it
    stands: only a caption describes so (漂亮整洁的龙利村, 21层高的草苗鼓楼, 垒寨村的茶园).

    >>> looked_at('21层高的草苗鼓楼'), looked_at('垒寨村的茶园'), looked_at('党旗下的村庄')
    (True, True, False)
    """
    rules = rules or load_lone_rules()
    modifier = _bare(text).rpartition("的")[0]
    return described_view(text, rules) and bool(rules.view_looks.search(modifier))


#: A place a view's caption looks at: a village, town or county named by its unit word.
_VIEWED_PLACE = re.compile(r"(?:村|寨|屯|镇|乡|街道|社区|县|城|古镇|景区)$")


def lone_caption_shape(text: str, rules: LoneRules | None = None) -> str | None:
    """Which caption shape a line has, if it has one and no heading shape; else None.

    >>> lone_caption_shape('驻村第一书记周明华在脱贫户刘德贵家帮助采收蜂蜜')
    'person'
    >>> lone_caption_shape('镇党委书记王建新讲话并作动员'), lone_caption_shape('省人大代表胡丽萍到后所村督查防汛工作')
    ('person', 'person')
    >>> lone_caption_shape('镇党委书记罗允升对本次行动进行动员部署')
    'person'
    >>> lone_caption_shape('镇党委书记金灵占致辞'), lone_caption_shape('董事长王增锹发言')
    ('person speaking', 'person speaking')
    >>> lone_caption_shape('工作队第一书记吐尔逊到牧民阿依古丽家入户走访')
    'home visit'
    >>> lone_caption_shape('村寨里的双语宣传栏'), lone_caption_shape('干部群众收看大会开幕盛况')
    ('view', 'scene')
    >>> lone_caption_shape('俯瞰下姜村'), lone_caption_shape('俯瞰乡村振兴全局')
    ('scene', None)
    >>> lone_caption_shape('强化组织引领'), lone_caption_shape('二、合作社里的账本')
    (None, None)
    >>> lone_caption_shape('第一书记带头到田间'), lone_caption_shape('尹灵芝镇张靖村村民 马秀英')
    (None, None)
    >>> lone_caption_shape('党员干部到群众家中访民情'), lone_caption_shape('党旗下的村庄')
    (None, None)
    >>> lone_caption_shape('新集村便民服务大厅'), lone_caption_shape('建好用好党群服务中心')
    ('facility', None)
    >>> lone_caption_shape('上坪村有机茶园'), lone_caption_shape('建设村级茶叶基地')
    ('facility', None)
    >>> lone_caption_shape('医护人员为群众义诊'), lone_caption_shape('党员就在家门口')
    ('people', None)
    >>> lone_caption_shape('工作人员发放宣传材料'), lone_caption_shape('党员带头闯市场')
    ('people at a place', None)
    >>> lone_caption_shape('农户得实惠'), lone_caption_shape('记者绕行去东山')
    (None, None)
    >>> lone_caption_shape('首届柑橘采摘节在建阳市石桥镇举行')
    'event held'
    >>> lone_caption_shape('扩建之前的道路'), lone_caption_shape('改造后的老街焕发新活力')
    ('before or after', None)
    """
    rules = rules or load_lone_rules()
    bare = _bare(text)
    if shape := _shape_before_heading_checks(bare, rules):
        return shape
    if (
        not 4 <= han_count(bare) <= rules.max_han
        or rules.heading.search(bare)
        or bare.startswith(rules.heading_openings)
        or re.search(r"[。！？；]", bare)
    ):
        return None
    if person := rules.person.search(bare):
        return "person speaking" if person.group("speech") else "person"
    if _names_a_person(bare, rules):
        return "named"
    if han_count(bare) <= 24 and rules.people.match(bare):
        return "people"
    if han_count(bare) <= 24 and rules.placed_people.match(bare):
        return "people at a place"
    if rules.held_event.match(bare):
        return "event held"
    if han_count(bare) <= rules.before_after_max_han and rules.before_after.match(bare):
        return "before or after"  # 扩建之前的道路 / 扩建后的道路
    if rules.home_visit.search(bare):
        return "home visit"
    if looked_at(bare, rules):
        return "view"
    if han_count(bare) >= 6 and bare.endswith(rules.scene_tails):
        return "scene"
    if bare.startswith(rules.scene_openings) and _VIEWED_PLACE.search(bare):
        return "scene"  # 俯瞰下姜村: a view of a place
    if rules.facility.match(bare):
        return "facility"
    return None


def _shape_before_heading_checks(bare: str, rules: LoneRules) -> str | None:
    """The caption shapes a heading's marks do not rule out: people listed in a group photo
    (a 、 between them), and a work's stage alone, shorter than any heading (复耕前 / 复耕后
    under each picture, round 110).

    >>> rules = load_lone_rules()
    >>> _shape_before_heading_checks('各捐赠党委领导、驻村第一书记、生物学院教师和学生代表合影', rules)
    'group photo'
    >>> _shape_before_heading_checks('活动结束后，大家在村史馆前合影留念', rules) is None
    True
    >>> [_shape_before_heading_checks(t, rules) for t in ('复耕前', '整治后', '会前')]
    ['before or after', 'before or after', None]
    """
    if (
        bare.endswith(rules.group_photo_tails)
        and 4 <= han_count(bare) <= rules.max_han
        and not re.search(r"[，,。；;！？!?]", bare)  # 会后，大家合影留念: the story's sentence
    ):
        return "group photo"  # 各捐赠党委领导、驻村第一书记…和学生代表合影: who is in it, listed
    if rules.stage_alone.match(bare):
        return "before or after"  # 复耕前 / 复耕后: the stage alone under each picture
    return None


def is_visit(text: str, rules: LoneRules | None = None) -> bool:
    """True for a caption-shaped line naming a person in full who goes somewhere to inspect
    or guide: a leader's visit, which a report's headline says as often as a picture's
    caption (the same line with a role before the name is the "person" shape, never
    doubted over a story). Between paragraphs the line is still taken for a caption.

    >>> is_visit('王文华到新华镇龙口村调研指导光伏电站建设及乡村振兴工作')
    True
    >>> is_visit('杨文丽向记者介绍苗绣服饰'), is_visit('王国藩带领群众致富')
    (False, False)
    """
    rules = rules or load_lone_rules()
    bare = _bare(text)
    return lone_caption_shape(bare, rules) == "named" and bool(rules.visit.search(bare))


def _names_a_person(text: str, rules: LoneRules) -> bool:
    """True when ``text`` shows a person named in full where they stand or whom they turn to
    (杨文丽向记者介绍苗绣服饰), or after what they are (在酒庄务工的村民杨秀兰). The name starts
    where a word does, as jieba cuts the line: 扶单位 inside 帮扶单位与…座谈会 is no one.

    >>> rules = load_lone_rules()
    >>> _names_a_person('杨文丽向记者介绍苗绣服饰', rules), _names_a_person('在酒庄务工的村民杨秀兰', rules)
    (True, True)
    >>> _names_a_person('各组团帮扶单位与王村港镇党政领导召开座谈会', rules)
    False
    >>> _names_a_person('王国藩带领群众致富', rules)  # what a feature's heading says
    False
    """
    found = rules.named.search(text)
    if not found:
        return False
    group = 1 if found.group(1) else 2
    name, start = found.group(group), found.start(group)
    starts, at = set(), 0
    for word in general_tokenizer().lcut(text):  # jieba, its dictionary loaded once
        starts.add(at)
        at += len(word)
    return start in starts and is_person_name(name)


#: A caption written as a sentence: one clause closed by a full stop, no more than this
#: many Chinese characters (群众在田间收割稻谷。, 志愿者代表讲话。, 赵王村红色驿站。).
CAPTION_SENTENCE_MAX = 18
#: A section heading inside a report is at most this many characters (从滩涂荒芜到“蚝”门崛起).
SECTION_HEADING_MAX = 24


def event_caption(text: str, rules: LoneRules | None = None) -> bool:
    """True for a short line naming the event a photograph shows (签约仪式, 走访调研,
    校领导在银里村调研, 座谈会场（一）), with no heading shape; asked only of a line between
    two paragraphs (``lone_captions``), since over the text the same shape is a headline.

    >>> [event_caption(x) for x in ('签约仪式', '与镇领导座谈', '座谈会场（一）', '走访调研')]
    [True, True, True, True]
    >>> [event_caption(x) for x in ('调研一个大户', '深入调研 精准施策', '强化调研', '一、开展调研')]
    [False, False, False, False]
    """
    rules = rules or load_lone_rules()
    bare = _bare(text)
    return (
        2 <= han_count(bare) <= rules.event_max_han
        and bool(rules.event_tails.search(bare))
        and not rules.heading.search(bare)
        and not bare.startswith(rules.heading_openings)
    )


def caption_sentence(text: str, rules: LoneRules | None = None) -> bool:
    """True for a photograph's caption written as one short sentence, standing between two
    paragraphs: a single clause and its full stop, with no heading shape (comma, 、, colon,
    quotation marks) and none of the words a sentence of the report has and a caption has
    not (a time, a speaker, a connective: captions.yaml, report_words). Counted over every
    labelled page (PATTERNS.md, "Session 10"): 23 such lines between two paragraphs, 14 of
    them labelled captions; each of the others holds 、, a quotation, or a report word (介绍),
    but three unlabelled captions of one site (党员入户讲解防火知识。).

    >>> caption_sentence('群众在田间收割稻谷。'), caption_sentence('志愿者代表讲话。')
    (True, True)
    >>> caption_sentence('统一加工、统一品牌。'), caption_sentence('胡兴亮介绍耕保政策宣传办法。')
    (False, False)
    >>> caption_sentence('“是个给老百姓干事的人”是乡亲们对他的评价。'), caption_sentence('活动取得圆满成功')
    (False, False)
    >>> caption_sentence('村里的党员都动起来了。')  # the story narrating (都, 了)
    False
    >>> caption_sentence('没想到这三件事的效果立竿见影。')  # pointing back into the story (这)
    False
    >>> caption_sentence('有困难的并不单单是马志忠一家。')  # a negation argues
    False
    """
    rules = rules or load_lone_rules()
    bare = _bare(text)
    return (
        _one_stopped_sentence(text)
        and 6 <= han_count(bare) <= CAPTION_SENTENCE_MAX
        and not rules.heading.search(bare)
        and not bare.startswith(rules.heading_openings)
        and not load_caption_rules().report_words.search(bare)
        and not rules.sentence_not.search(bare)
    )


def names_a_thing(text: str, rules: LoneRules | None = None) -> bool:
    """True for a line that names a thing and closes with a full stop, with no predicate: a
    photograph's caption (沿河自治县中寨镇志强村白叶一号茶叶加工厂。), since a sentence of a
    report says something of what it names. Told by jieba's dictionary tags: no verb,
    adverb, idiom, set phrase, conjunction, preposition or particle but 的, and a noun (or a
    word the dictionary lacks) last. Quotation marks stay allowed: a full stop is no heading's.

    >>> names_a_thing('贵州省湄潭县金花村“七彩部落”现貌。'), names_a_thing('黄河岸边的油房坪村。')
    (True, True)
    >>> names_a_thing('没想到这三件事的效果立竿见影。'), names_a_thing('群众在田间收割稻谷。')
    (False, False)
    >>> names_a_thing('黄河岸边的油房坪村'), names_a_thing('油房坪村，黄河岸边的村子。')
    (False, False)
    """
    rules = rules or load_lone_rules()
    bare = text.strip()
    if not _one_stopped_sentence(bare) or re.search(r"[，,：:、]", bare):
        return False
    if not 6 <= han_count(bare) <= rules.thing_max_han:
        return False
    tags = word_tags()
    words = [w for w in general_tokenizer().lcut(bare[:-1]) if han_count(w)]
    found = [tags.get(w, "") for w in words]
    if any(t.startswith(rules.thing_not_tags) and t != "uj" for t in found):
        return False
    return any(t.startswith("n") for t in found) and found[-1][:1] in ("n", "z", "")


def portrait_caption(text: str) -> bool:
    """True for a person's name alone, closed by a full stop (蒋乙嘉。): the caption of the
    portrait a profile sets between its paragraphs. Asked only of a line between two
    paragraphs the line above closes, so a sentence a scrape broke before its last name
    (…记者采访了 / 蒋乙嘉。) is not one. A name with no full stop is a byline's or a speaker's.

    >>> portrait_caption('蒋乙嘉。'), portrait_caption('欧阳晓峰。')
    (True, True)
    >>> portrait_caption('蒋乙嘉'), portrait_caption('路通了。'), portrait_caption('村民们。')
    (False, False, False)
    """
    bare = text.strip()
    return _one_stopped_sentence(bare) and is_person_name(bare[:-1])


def _portrait_under_sentence(text: str, above: str) -> bool:
    """A portrait's caption (``portrait_caption``) under a paragraph that closes its
    sentence: under one that does not, the name ends a sentence a scrape broke."""
    return portrait_caption(text) and above.rstrip().endswith(("。", "！", "？", "”"))


def _heads_a_section(
    stripped: list[str], next_filled: dict, index: int | None, prose: set[int]
) -> bool:
    """True when the line at ``index`` is a section heading: short, no full stop, and a
    paragraph right below it. A photograph set at a section's end has its caption between
    the last paragraph and the next heading (…是养殖的好地方。 / 新园村生蚝养殖基地。 /
    从滩涂荒芜到“蚝”门崛起 / 新园村地处…: round 83), where "between two paragraphs"
    never holds.

    >>> para = '近年来，方广村通过土地流转、光伏发电、蚕房租赁等项目，壮大了村集体经济。'
    >>> page = [para, '从滩涂荒芜到“蚝”门崛起', para, '村里的党员都动起来了。', para]
    >>> _heads_a_section(page, {0: 1, 1: 2, 2: 3, 3: 4}, 1, {0, 2, 4})
    True
    >>> _heads_a_section(page, {0: 1, 1: 2, 2: 3, 3: 4}, 3, {0, 2, 4})
    False
    """
    if index is None or index in prose:
        return False
    text = stripped[index].strip()
    return (
        4 <= han_count(text) <= SECTION_HEADING_MAX
        and not text.endswith(("。", ".", "！", "？", "!", "?", "；", ";"))
        and next_filled.get(index) in prose
    )


def lone_captions(
    lines: list[str], stripped: list[str], drop: set[int], pictures: set[int] = frozenset()
) -> list[int]:
    """Caption lines standing alone between paragraphs; the indices of ``stripped``.

    ``lines`` are the page's lines as printed (a picture's file name in full), ``stripped``
    the same after the inline rules; lines in ``drop`` are furniture already; ``pictures``
    the lines that stand for a picture as its file name does (the headline printed again as
    the picture's alt text, repeats.headline_copies).

    >>> para = '近年来，方广村通过土地流转、光伏发电、蚕房租赁等项目，壮大了村集体经济。'
    >>> page = [para, '未命名-1.jpg', '村民喜领分红', para, '产业发展鼓腰包', para]
    >>> lone_captions(page, page, {1})
    [2]
    >>> page = [para, '满目青翠的山谷', '满目青翠的山谷。', para, '齐心协力建设美丽家园', para]
    >>> lone_captions(page, page, set())
    [1, 2]
    """
    rules = load_lone_rules()
    filled = [i for i, text in enumerate(stripped) if text.strip() and i not in drop]
    prose = [i for i in filled if reads_as_prose(stripped[i])]
    if len(prose) < 2:
        return []
    found: list[int] = []
    paragraphs = set(prose)
    inside = [i for i in filled if prose[0] < i < prose[-1] and not reads_as_prose(stripped[i])]
    next_filled = dict(pairwise(filled))
    previous_filled = {after: before for before, after in pairwise(filled)}
    for i in inside:
        text = stripped[i].strip()
        above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        # the file name as printed, or once a watermark glued after it is cut (….jpgfff某某网_www…)
        before = () if above is None else (lines[above], stripped[above])
        after = next_filled.get(i)
        if after is not None and after in inside and _bare(stripped[after]) == _bare(text):
            if 4 <= han_count(text) <= rules.max_han and not rules.heading.search(_bare(text)):
                found += [i, after]  # the image's alt text, then its caption
                continue
        neighbours = (previous_filled.get(i), next_filled.get(i))
        if (
            lone_caption_shape(text, rules)
            or (
                all(n in prose for n in neighbours)
                and (
                    caption_sentence(text, rules)
                    or event_caption(text, rules)
                    or names_a_thing(text, rules)
                    or _portrait_under_sentence(text, stripped[neighbours[0]])
                )
            )
            or (
                neighbours[0] in prose
                and _heads_a_section(stripped, next_filled, neighbours[1], paragraphs)
                and (
                    caption_sentence(text, rules)
                    or _portrait_under_sentence(text, stripped[neighbours[0]])
                )
            )
            or (
                (above in pictures or any(rules.image_file.search(line) for line in before))
                and 4 <= han_count(text) <= rules.max_han
                and not rules.heading.search(_bare(text))
                and not text.startswith(rules.heading_openings)
            )
        ):
            found.append(i)
    return sorted(set(found))
