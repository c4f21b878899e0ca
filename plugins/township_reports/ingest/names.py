"""Is it a person's name? Reading a field's value into names and organisations.

A word must never be taken for a person (``本报``, ``宣传办``, ``我来说两句``) nor an
organisation for an author: a token is a name only with a known surname, the right
length and no everyday word in it (jieba's dictionary says which words are everyday).
When in doubt, not a name: a missing author is a gap, a wrong one a false statement.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from . import DATA
from .dictionary import general_tokenizer, prepared
from .field_rules import CJK, FieldRules, load_field_rules
from .name_or_word import reads_across_pieces

# --- is it a person's name? ------------------------------------------------------


@functools.cache
def _jieba():
    """jieba's tokenizer and its word → part-of-speech table (loaded once, quietly)."""
    return general_tokenizer(), word_tags()


@functools.cache
def word_tags() -> dict[str, str]:
    """jieba's word → part-of-speech table, as ``jieba.posseg`` reads it from the general
    dictionary (its third column), kept in the cache folder: importing ``jieba.posseg``
    reads all 349,046 lines again (~0.4 s of every ingest process), and only the rare
    heading test needs its tagger. Loaded once a process (cached): the table is read, not
    written, by its callers.

    >>> tags = word_tags()
    >>> tags['平安'], tags['滨州']
    ('a', 'ns')
    """
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    return prepared("jieba-word-tags", [path], lambda: _read_word_tags(path))


def _read_word_tags(path: Path) -> dict[str, str]:
    table = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3:
                table[parts[0]] = parts[2]
    return table


def is_everyday_word(token: str, after_role: bool = False) -> bool:
    """True when jieba's dictionary knows the token as something other than a name.

    A token that starts with a surname character can still be a plain word
    (平安, 马上, 时间: 平, 马 and 时 are surnames); jieba's dictionary tags such
    words ``a``, ``d``, ``n``…, and names ``nr``. A four-character token whose
    first word is longer than a surname (全面推进 = 全面 + 推进) is a phrase.
    ``after_role``: a role says a person follows, and jieba's nouns and place
    names are often people too (于洋 is tagged ``ns``), so only words that
    cannot name anyone count there: adverbs, verbs, adjectives, numerals …

    >>> is_everyday_word('平安'), is_everyday_word('高峰'), is_everyday_word('程琪琪')
    (True, False, False)
    >>> is_everyday_word('全面推进')
    True
    >>> is_everyday_word('于洋'), is_everyday_word('于洋', after_role=True)
    (True, False)
    >>> is_everyday_word('马上', after_role=True)
    True
    """
    tokenizer, tags = _jieba()
    tag = tags.get(token)
    if tag is not None:
        if after_role:
            return tag[0] in "acdfmpqrtuv"
        return not tag.startswith("nr")
    if len(token) == 4 and token[:2] not in load_field_rules().compound_surnames:
        first = next(iter(tokenizer.cut(token, HMM=False)))
        return len(first) > 1 and not tags.get(first, "").startswith("nr")
    return False


def is_organisation(token: str, rules: FieldRules | None = None) -> bool:
    """True for an organisation's name: three characters or more, ending in 中心/镇/委/办/网/报 ….

    Bylines credit organisations as well as people (``文/图：平利县融媒体中心``,
    ``供稿：宋家镇``); those are a report's source, never its authors. A lede's clause after a
    bare byline may end like one (…禁毒办近日开展宣传): a name holds no 近日 or 日前.

    >>> [is_organisation(t) for t in ('平利县融媒体中心', '宋家镇', '王献伟', '本站', '禁毒办近日开展宣传')]
    [True, True, False, False, False]
    """
    rules = rules or load_field_rules()
    token = token.strip()
    return (
        len(token) >= 3
        and bool(re.search(f"[{CJK}]", token))
        and token.endswith(rules.organisation_suffixes)
        and not re.search("近日|日前|近年来|今年以来", token)
    )


def is_media(organisation: str, rules: FieldRules | None = None) -> bool:
    """True for a newspaper, news site or media centre (兰州日报, 大兴区融媒体中心).

    A reporter's unit names the report's newsroom only when it publishes news; a
    writer's township (（孟坝镇 刘晓燕）) is none (trailing_credits.py: its credit).

    >>> is_media('兰州日报'), is_media('大兴区融媒体中心'), is_media('孟坝镇')
    (True, True, False)
    """
    rules = rules or load_field_rules()
    return is_organisation(organisation, rules) and organisation.endswith(rules.media_suffixes)


def is_media_brand(name: str, rules: FieldRules | None = None) -> bool:
    """True for a newsroom (``is_media``), or an outlet joined by a dot to its own edition
    or app, named as printed (大众新闻·农村大众, 齐鲁晚报·齐鲁壹点): a press group's brand
    for the paper and the channel it files through, the outlet first. Words joined by a
    dot with no outlet first (共享联盟·缙云) are no newsroom.

    >>> is_media_brand('大众新闻·农村大众'), is_media_brand('新甘肃·甘肃日报')
    (True, True)
    >>> is_media_brand('共享联盟·缙云'), is_media_brand('大众新闻·农村大众·乡村')
    (False, False)
    """
    rules = rules or load_field_rules()
    if is_media(name, rules):
        return True
    parts = name.split("·")
    return (
        len(parts) == 2
        and all(re.fullmatch(f"[{CJK}]{{2,8}}", p) for p in parts)
        and is_media(parts[0], rules)
    )


def is_person_name(token: str, rules: FieldRules | None = None, after_role: bool = False) -> bool:
    """Tell a person's name from a word in a byline.

    A name is two or three Chinese characters starting with a surname from
    ``data/surnames.txt``, or three or four starting with a compound surname
    (欧阳晓峰), that is not a role word, not an organisation and not a word
    jieba's dictionary knows as something else (``after_role``: see
    ``is_everyday_word``). Four characters after a one-character surname read as
    a phrase (严管厚爱), not a name. A minority name written with ``·``
    (买买提·艾力) is a name unless its parts are common words.

    Why both, measured on 185 real-shaped byline tokens (81 names, 104 words;
    tests/test_fields.py): jieba's ``nr`` tag alone is right on 0.83 of them (it
    misses names it has not seen: 程琪琪, 欧阳晓峰, 闫海军); the surname table
    alone on 0.86 (it takes 平安, 马上, 党员 for names); the table with jieba's
    dictionary as a veto on 0.98 (misses 施展, takes 文明, 陈列, 孙子).

    >>> [t for t in ['王献伟', '程琪琪', '欧阳晓峰', '康康', '买买提·艾力'] if is_person_name(t)]
    ['王献伟', '程琪琪', '欧阳晓峰', '康康', '买买提·艾力']
    >>> [t for t in ['本报', '通讯员', '镇党委', '融媒体', '宣传办', '平安', '欧阳', '我来说两句']
    ...  if is_person_name(t)]
    []
    >>> is_person_name('齐鲁晚报·齐鲁壹点')  # an outlet and its app, joined by a dot
    False
    >>> is_person_name('山绿了'), is_person_name('路通了')  # clauses of a script, not names
    (False, False)
    >>> is_person_name('江书记'), is_person_name('王老师'), is_person_name('江金南')  # an address
    (False, False, True)
    >>> is_person_name('江苏', after_role=True)  # 作者:郭兆勇 江苏 王静: a province
    False
    """
    rules = rules or load_field_rules()
    if "·" in token:  # 买买提·艾力, but not 共享联盟·缙云 (words joined by a dot)
        parts = token.split("·")
        return (
            len(token) <= 16
            and all(re.fullmatch(f"[{CJK}]{{1,8}}", p) for p in parts)
            and not is_organisation(token, rules)
            # 齐鲁晚报·齐鲁壹点记者 甲: a paper and its app, the newsroom before 记者
            and not any(is_media(p, rules) for p in parts)
            and parts[0] not in rules.label_kind
            and not any(_has_common_words(p) for p in parts)
        )
    if not re.fullmatch(f"[{CJK}]{{2,4}}", token) or token.endswith(rules.not_name_endings):
        return False  # 山绿了: a clause, not a name
    if (
        token.endswith(rules.address_titles)  # 江书记, 王老师: a surname and its title
        or token in rules.not_names
        or token in rules.label_kind
        or token in rules.role_kind
        or token in rules.credit_kind
        or (is_organisation(token, rules) and not (after_role and name_like_unit(token, rules)))
        or names_a_province(token)  # 作者:郭兆勇 江苏 王静 (round 91): where the writer is
    ):
        return False
    if token[:2] in rules.compound_surnames:
        if len(token) == 2:
            return False  # 欧阳, 司马 alone: a surname without a given name
    elif after_role and _role_only_surname(token):
        return True  # 通讯员 和建华
    elif token[0] not in rules.surnames or len(token) == 4:
        return False
    return not is_everyday_word(token, after_role)


def names_a_province(token: str) -> bool:
    """True for a province's name or short name (江苏省, 江苏, 内蒙古): never a person's, even
    after a role, where jieba's place names may be (于洋 is tagged ``ns``). A county's short
    name may be (江华, 高明, 安宁 are given names too), so only provinces are ruled out.

    >>> names_a_province('江苏'), names_a_province('内蒙古'), names_a_province('江华')
    (True, True, False)
    """
    from .gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    return token in gazetteer.provinces_by_name or any(
        token in shorts for shorts in gazetteer.province_short_names.values()
    )


def name_like_unit(token: str, rules: FieldRules) -> bool:
    """A three-character name whose last character is a one-character unit's ending
    (记者 陈文科: 科 as in 财政科), read as a name after a role: a surname, then no word
    (林业站, 文化站, 卫生院 open with one: 林业, 文化, 卫生).

    >>> rules = load_field_rules()
    >>> name_like_unit('陈文科', rules), name_like_unit('林业站', rules), name_like_unit('卫生院', rules)
    (True, False, False)
    >>> name_like_unit('杨行镇', rules)
    False

    A town's ending after a name no town bears, today or before a merger, is a given name's
    last character (本报讯 记者 吴奕镇, round 96); a village's is not told so (no table of
    villages):

    >>> name_like_unit('吴奕镇', rules), name_like_unit('李庄村', rules)
    (True, False)
    """
    _, tags = _jieba()
    return (
        len(token) == 3
        and token[0] in rules.surnames
        and token[:2] not in tags
        and token[-2:] not in rules.organisation_suffixes
        # 杨行镇, 李庄村: places, not people
        and (token[-1] not in _PLACE_ENDINGS or (token[-1] in "镇乡" and not _names_a_town(token)))
    )


def _names_a_town(token: str) -> bool:
    """True for a town's name in the gazetteer (杨行镇) or a town merged away since 2015
    (former_towns.py: 牧马镇).

    >>> _names_a_town('杨行镇'), _names_a_town('牧马镇'), _names_a_town('吴奕镇')
    (True, True, False)
    """
    from .former_towns import load_former_towns
    from .gazetteer import is_town_name

    return is_town_name(token) or token in load_former_towns()


_PLACE_ENDINGS = "镇乡村县市区省旗州盟屯寨"


#: Surnames the table leaves out for being everyday words (data/surnames.txt), read as a
#: surname only right after a reporter's role and before two characters that make no word
#: with it: 和 is the Naxi surname of 丽江 and 迪庆 (通讯员 和建华, 和建新 余春兰: rounds 16 and
#: 21, two sites), 和谐 and 和平 are words.
_ROLE_ONLY_SURNAMES = ("和",)


def _role_only_surname(token: str) -> bool:
    """A three-character name after a role whose surname is an everyday word (和建华).

    >>> _role_only_surname('和建华'), _role_only_surname('和谐村'), _role_only_surname('和平')
    (True, False, False)
    """
    _, tags = _jieba()
    return len(token) == 3 and token.startswith(_ROLE_ONLY_SURNAMES) and token[:2] not in tags


def is_name_without_surname(token: str, rules: FieldRules | None = None) -> bool:
    """A Tibetan, Uyghur or Mongolian name written without surname or ``·`` (泽仁拉姆, 格桑).

    Only trusted where a role says a person follows (``记者 泽仁拉姆``, ``泽仁拉姆 摄``):
    two to four characters that jieba's dictionary does not read as words
    (``了解到`` = 了解 + 到 is prose after 记者, not a name).

    >>> [is_name_without_surname(t) for t in ['泽仁拉姆', '次仁卓玛', '格桑', '边巴次仁']]
    [True, True, True, True]
    >>> [is_name_without_surname(t) for t in ['了解到', '语音', '宋家镇', '手记']]
    [False, False, False, False]

    A county's or prefecture's name is a place (撰稿:本溪 on a spam copy), unless it is a
    Tibetan name part too (尼玛 is a county); a Uyghur name, spelt only in the characters that
    transliterate (加马力丁, 艾尔肯), is a name though jieba finds a word in it (马力):

    >>> [is_name_without_surname(t) for t in ['本溪', '尼玛', '加马力丁', '阿克苏', '阿拉木图']]
    [False, True, True, False, False]

    Nor is a place glued to the credit after it (记者甲/南投报导: filed from 南投):

    >>> is_name_without_surname('南投报导'), is_name_without_surname('威海报道')
    (False, False)

    A Mongolian name runs to five or six characters (巴依斯古楞, 斯琴毕力格); one holding a
    known name part is one person:

    >>> is_name_without_surname('巴依斯古楞'), is_name_without_surname('党员干部带头')
    (True, False)
    >>> is_name_without_surname('新闻联播')  # a programme, as jieba's dictionary knows it
    False
    """
    rules = rules or load_field_rules()
    longer = re.fullmatch(f"[{CJK}]{{5,6}}", token) and _has_name_part(token, rules)
    if not (re.fullmatch(f"[{CJK}]{{2,4}}", token) or longer) or token in rules.not_names:
        return False
    if token in rules.label_kind or token in rules.role_kind or token in rules.credit_kind:
        return False
    if is_organisation(token, rules) or _is_place(token, rules) or _ends_in_credit(token, rules):
        return False
    if word_tags().get(token) == "nz":  # 央视网消息（新闻联播）: a programme's or brand's name
        return False
    spelt = len(token) > 2 and set(token) <= _transliterating() and not is_place_word(token)
    return spelt or not _has_everyday_words(token)  # 阿拉木图 is spelt so, but a city


def _is_place(token: str, rules: FieldRules) -> bool:
    """A county's, prefecture's or province's name, full or short, not a Tibetan name part."""
    from .gazetteer import is_place_name

    return token not in rules.tibetan_name_parts and is_place_name(token)


def reads_as_place(token: str, rules: FieldRules) -> bool:
    """A place rather than a person where no role says a person follows: a place name jieba
    or the gazetteer knows, or a word ending as a village or a family's homestead does (王村,
    李庄, 张家: byline_forms.yaml ``place_endings``).

    >>> rules = load_field_rules()
    >>> [reads_as_place(t, rules) for t in ['李庄', '王村', '张家', '李孝炎', '王芮']]
    [True, True, True, False, False]
    """
    endings = tuple(byline_forms().get("place_endings") or ())
    return token.endswith(endings) or is_place_word(token) or _is_place(token, rules)


def _ends_in_credit(token: str, rules: FieldRules) -> bool:
    """A token ending in a credit word of two characters or more, or in another spelling of one."""
    credits = [c for c in rules.credit_kind if len(c) > 1] + list(
        byline_forms()["credit_spellings"]
    )
    return token.endswith(tuple(credits))


@functools.cache
def byline_forms() -> dict:
    """byline_forms.yaml, for the keys field_rules does not read (read once, here)."""
    return yaml.safe_load((DATA / "byline_forms.yaml").read_text(encoding="utf-8"))


@functools.cache
def _transliterating() -> frozenset[str]:
    """The characters Uyghur and Kazakh names are spelt in (byline_forms.yaml)."""
    return frozenset(byline_forms().get("transliterating", ""))


def reads_as_heading(token: str) -> bool:
    """True when jieba's tagger reads the token as a verb or adjective phrase.

    Asked only of names standing alone on an unmarked line, where a short
    section heading is the other reading: 强班子 and 严考核 start with surnames
    (强, 严) but jieba tags 强 and 严 there as adjectives; 朱明远 starts with 朱
    tagged ``nr``, 孙浩然 with 孙 tagged ``zg``.
    """
    import jieba.posseg

    _jieba()
    words = jieba.posseg.lcut(token)
    return "·" not in token and bool(words) and words[0].flag[:1] in ("a", "v", "d")


def is_place_word(token: str) -> bool:
    """True when jieba's dictionary knows the token as a place name (滨州, 威海), not a person."""
    _tokenizer, tags = _jieba()
    return tags.get(token, "").startswith("ns")


def name_before_filing_place(token: str, rules=None) -> str | None:
    """The reporter's name in a name run on into the place the story was filed from, as a
    copy that lost its spaces prints a credit before 报道 (王伟勋临沂报道, 左新新聊城报道).

    >>> name_before_filing_place('王伟勋临沂'), name_before_filing_place('左新新聊城')
    ('王伟勋', '左新新')
    >>> name_before_filing_place('乡村振兴'), name_before_filing_place('王伟勋')
    (None, None)
    """
    return next(
        (
            token[:cut]
            for cut in (2, 3)
            if len(token) - cut in (2, 3)
            and is_place_word(token[cut:])
            and is_person_name(token[:cut], rules)
        ),
        None,
    )


def _has_common_words(text: str) -> bool:
    """True when text holds a place name or a common word (共享联盟 → 共享; 缙云 is a place).

    Transliterated names reuse rarer dictionary words (买买提 is in jieba's dictionary as a
    noun, seen 272 times), so only words seen 500 times or more count here.
    """
    tokenizer, tags = _jieba()
    for word in tokenizer.cut(text, HMM=False):
        tag = tags.get(word, "nr")
        if len(word) > 1 and (
            tag in ("ns", "nt") or (not tag.startswith("nr") and tokenizer.FREQ.get(word, 0) >= 500)
        ):
            return True
    return False


def _has_everyday_words(text: str) -> bool:
    """True when jieba cuts text into a word no name is made of (了解到 → 了解, 语音).

    Tibetan names are cut into rare dictionary entries (边巴 + 次 + 仁, 扎西 is
    a place name seen 17 times), so a noun or place only counts when jieba has
    seen it 100 times or more; a verb, adjective or adverb always counts, and so does
    an idiom or set phrase (报道全文如下: 全文如下, round 96): no name is one.

    >>> _has_everyday_words('全文如下'), _has_everyday_words('次仁卓玛')
    (True, False)
    """
    tokenizer, tags = _jieba()
    for word in tokenizer.cut(text, HMM=False):
        tag = tags.get(word, "nr")
        if len(word) > 1 and not tag.startswith("nr"):
            if tag[0] in "acdfilmpqrtuv" or tokenizer.FREQ.get(word, 0) >= 100:
                return True
    return False


def glued_names(token: str, rules: FieldRules | None = None) -> list[str] | None:
    """Two names of the same length a page printed without a separator (编辑:李雪王婷,
    记者李凤虎刘梦珂), or None.

    Only where a label says names follow: four or six characters are split in halves when
    both halves are names (a surname and a given name each) and the first two are not a
    compound surname (欧阳晓峰 is one person). Five characters are split only when the surname
    table cuts them into two names one way and no other (李孝炎王芮: 李孝炎 王芮, as ``glued_run``
    cuts longer runs); else left whole, since which of two and three comes first no one can tell.

    >>> glued_names('李雪王婷'), glued_names('陈娇徐妍'), glued_names('欧阳晓峰'), glued_names('严管厚爱')
    (['李雪', '王婷'], ['陈娇', '徐妍'], None, None)
    >>> glued_names('索南才让'), glued_names('才让卓玛')
    (None, None)
    >>> glued_names('李凤虎刘梦珂'), glued_names('王高超刘章奎'), glued_names('党员干部带头')
    (['李凤虎', '刘梦珂'], ['王高超', '刘章奎'], None)
    >>> glued_names('周海峰王芮'), glued_names('古丽米热')  # a Uyghur name without its dot
    (['周海峰', '王芮'], None)
    """
    rules = rules or load_field_rules()
    if token[:2] in rules.compound_surnames or not re.fullmatch(f"[{CJK}]{{4,6}}", token):
        return None
    if len(token) == 5:
        splits = _name_splits(token, rules)
        if len(splits) == 1 and len(splits[0]) == 2 and not _has_name_part(token, rules):
            return list(splits[0])
        return None
    halves = [token[: len(token) // 2], token[len(token) // 2 :]]
    if _has_name_part(token, rules):
        return None  # 索南才让: one Tibetan name; 古丽米热: one Uyghur name
    if all(h[0] in rules.surnames and is_person_name(h, rules) for h in halves):
        return halves
    return None


def _has_name_part(token: str, rules: FieldRules) -> bool:
    """True when a part of a name written without a surname (才让, 古丽) stands in token."""
    return any(part in token for part in rules.tibetan_name_parts)


def glued_run(token: str, rules: FieldRules | None = None) -> list[str] | None:
    """Three or four names a page printed without a separator after one role
    (通讯员周海涛陈晓梅顾一鸣), or None.

    Every way of cutting the token into pieces of a surname from the table and one or two
    characters (a compound surname and one or two) is tried, each piece a name by
    ``is_person_name``; the token is split only when exactly one way cuts it into three
    names or more and no other way reads it at all. Two ways (王婷李凤虎刘洋: 李凤虎 or
    李凤 + 虎…) leave it whole: a missing author is a gap, a wrong one a false statement.

    >>> glued_run('周海涛陈晓梅顾一鸣'), glued_run('李雪王婷张伟')
    (['周海涛', '陈晓梅', '顾一鸣'], ['李雪', '王婷', '张伟'])
    >>> glued_run('欧阳晓峰张伟李强'), glued_run('党员干部带头示范')
    (['欧阳晓峰', '张伟', '李强'], None)
    >>> glued_run('王丽华李凤虎'), glued_run('扎西次仁格桑卓玛')  # two names; one Tibetan name
    (None, None)
    """
    rules = rules or load_field_rules()
    if not re.fullmatch(f"[{CJK}]{{6,12}}", token):
        return None
    splits = _name_splits(token, rules)
    if len(splits) == 1 and len(splits[0]) >= 3 and not reads_across_pieces(splits[0]):
        return list(splits[0])  # not 从市 文化旅 游部 门获悉: 旅游 and 部门 span the cuts
    return None


def _name_splits(token: str, rules: FieldRules, limit: int = 3) -> list[tuple[str, ...]]:
    """The ways (at most ``limit``) of cutting ``token`` into names of a known surname
    and one or two characters, for ``glued_run``."""
    if not token:
        return [()]
    found: list[tuple[str, ...]] = []
    surname = 2 if token[:2] in rules.compound_surnames else 1 if token[0] in rules.surnames else 0
    for size in (surname + 1, surname + 2) if surname else ():
        piece = token[:size]
        if len(piece) < size or piece in rules.tibetan_name_parts:
            continue
        if not is_person_name(piece, rules):
            continue
        for rest in _name_splits(token[size:], rules, limit):
            found.append((piece, *rest))
            if len(found) >= limit:
                return found
    return found
