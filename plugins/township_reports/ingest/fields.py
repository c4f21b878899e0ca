"""Pull labelled fields and bylines out of a report: date, source, authors, editors.

Labels, byline roles and credits are data (``data/fields.yaml``); surnames are
data (``data/surnames.txt``). A field line
(``作者:刘民 发布时间:2011-09-14 09:09 来源:本站原创``) leaves the body and
becomes metadata; a byline line (``记者 张三``, ``■ 张三 李四``) or a byline
glued to the last paragraph (``…乡村全面振兴。全媒体记者 王献伟 通讯员 程琪琪
文/图``, ``…取得实效。（张三 李四）``) is metadata too. A dateline byline such as
``本网讯（通讯员 王密）`` is text the reader should see, so it stays in the body
and only the names are taken.

What this module must never do: take a word for a person (``本报``, ``宣传办``,
``我来说两句``), take an organisation for an author (``文/图：某某县融媒体中心`` is
a source), or call a sentence of the report a byline. When in doubt it takes
nothing: a missing author is a gap, a wrong one is a false statement.
Input is simplified text. Every function here is pure.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import DATA
from .dictionary import general_tokenizer

PERSON_KINDS = ("authors", "editors", "reviewers", "photographers")
_CJK = "\u4e00-\u9fff"
_DATE = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2}秒?)?)?"
)
_SEPARATORS = re.compile(r"[\s、，,;；|丨｜/（）()]+")
_BULLETS = "■□●○◆◇▲△★☆◎▶►•·>》〉»›—-"
_BRACKETS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕", "［": "］"}
_CLOSERS = "）)】]〕］"
_COLON_MARK = "[:：丨|｜]"
_COLON = rf"\s*{_COLON_MARK}\s*"


@dataclass(frozen=True)
class FieldRules:
    label_kind: dict[str, str]
    label_pattern: re.Pattern
    role_kind: dict[str, str]
    credit_kind: dict[str, str]
    byline_pattern: re.Pattern
    dateline: re.Pattern
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    organisation_suffixes: tuple[str, ...]
    credit_line: re.Pattern
    not_names: frozenset[str]
    prose_labels: frozenset[str]
    media_suffixes: tuple[str, ...]
    not_sources: frozenset[str]
    source_platforms: tuple[str, ...]  # longest first


@dataclass
class Fields:
    """Metadata found in labelled lines and bylines (lists keep source order, no repeats)."""

    date: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    reviewers: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    newsroom: list[str] = field(default_factory=list)  # see Byline.newsroom

    def add(self, kind: str, values: list[str]) -> None:
        target = getattr(self, kind)
        target.extend(v for v in values if v and v not in target)

    def add_byline(self, byline: Byline | None) -> None:
        """Add what a byline credits (nothing for None)."""
        if byline is None:
            return
        for kind, values in byline.as_fields().items():
            self.add(kind, values)
        if byline.newsroom:
            self.add("newsroom", [byline.newsroom])


@dataclass(frozen=True)
class Byline:
    """Who a byline credits, and by which rule it was read.

    ``rule`` (for the provenance record): ``labels`` (编辑：甲), ``roles`` (记者 甲),
    ``credit`` (甲 摄, 甲 文/图), ``bare-names`` (（甲 乙）), ``handle`` (@甲),
    ``unit`` (某某部编辑: a credit naming no person), prefixed ``trailing:`` or
    ``dateline:`` when found in a paragraph. ``rest`` is what the text held besides
    roles, names, organisations and dates; a text with a rest is not a clean
    byline (see ``is_byline_line``).
    """

    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    reviewers: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    source: str | None = None
    rule: str = ""
    rest: str = ""
    # The paper or site whose reporter wrote it (临沂晚报记者 甲, 大众网记者 甲): not a
    # credit of the report's source, but where it comes from when nothing else says.
    newsroom: str | None = None

    def __bool__(self) -> bool:
        return bool(
            self.authors or self.editors or self.reviewers or self.photographers or self.source
        )

    def as_fields(self) -> dict[str, list[str]]:
        """The byline as ``parse_field_line`` reports fields: kind → values, empty kinds left out."""
        found = {kind: list(getattr(self, kind)) for kind in PERSON_KINDS if getattr(self, kind)}
        if self.source:
            found["source"] = [self.source]
        return found


# --- rules ------------------------------------------------------------------


def _alternation(words) -> str:
    """A regex alternation of words, longest first, spaces allowed inside (``作 者``)."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s?".join(map(re.escape, word)) for word in ordered)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def load_surnames(path: Path = DATA / "surnames.txt") -> tuple[frozenset[str], frozenset[str]]:
    """(single, compound) surnames from the data file; '#' starts a comment."""
    words = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for word in line.split("#", 1)[0].split():
            if not re.fullmatch(rf"[{_CJK}]{{1,2}}", word):
                raise ValueError(
                    f"{path}:{number}: {word!r} is not a surname of one or two Chinese "
                    "characters; separate surnames with spaces"
                )
            words.add(word)
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


@functools.cache
def load_field_rules(path: Path = DATA / "fields.yaml") -> FieldRules:
    """Compile the labels and byline rules data file (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    label_kind = {label: kind for kind, labels in data["labels"].items() for label in labels}
    role_kind = {role: kind for kind, roles in data["byline_roles"].items() for role in roles}
    credit_kind = {c: kind for kind, credits in data["byline_credits"].items() for c in credits}
    label_pattern = re.compile(f"({_alternation(label_kind)}){_COLON}")
    # Roles and credits stand with or without a colon; other labels only with one
    # (高昌发布 2023-08-28 is an account name and a date, not a 发布 field). Single
    # characters (文, 图, 摄) are roles only where they stand apart (文/张三, 张三/文),
    # never inside a name (李文, 王图); longer roles may be glued to a name (记者张三).
    single = sorted(w for w in {*label_kind, *role_kind, *credit_kind} if len(w) == 1)
    longer = {w for w in {*role_kind, *credit_kind} if len(w) > 1}
    labels_only = {w for w in label_kind if len(w) > 1} - longer
    single_alt = "|".join(map(re.escape, single))
    byline_pattern = re.compile(
        rf"(?P<role>(?:{_alternation(labels_only)})(?={_COLON}|\s*《)|{_alternation(longer)}"
        rf"|(?:^|(?<=[\s/／{re.escape(''.join(_BRACKETS))}{re.escape(_BULLETS)}]))"
        rf"(?:{single_alt})(?={_COLON}|[\s/／]|$)"
        rf"|摄(?=\s*$|[\s，,;；、{re.escape(_CLOSERS)}]))(?:{_COLON})?"
    )
    surnames, compound = load_surnames(path.parent / "surnames.txt")
    return FieldRules(
        label_kind=label_kind,
        label_pattern=label_pattern,
        role_kind=role_kind,
        credit_kind=credit_kind,
        byline_pattern=byline_pattern,
        dateline=re.compile(data["dateline"]),
        surnames=surnames,
        compound_surnames=compound,
        organisation_suffixes=tuple(sorted(data["organisation_suffixes"], key=len, reverse=True)),
        credit_line=re.compile(
            rf"(?:中共)?[{_CJK}]{{0,20}}(?:{_alternation(data['credit_line_levels'])})"
            rf"[{_CJK}]{{0,10}}?(?:{_alternation(data['credit_line_offices'])})"
        ),
        not_names=frozenset(data["not_names"]),
        prose_labels=frozenset(data["prose_labels"]),
        media_suffixes=tuple(data["media_suffixes"]),
        not_sources=frozenset(data["not_sources"]),
        source_platforms=tuple(sorted(data["source_platforms"], key=len, reverse=True)),
    )


# --- is it a person's name? ------------------------------------------------------


@functools.cache
def _jieba():
    """jieba's tokenizer and its word → part-of-speech table (loaded once, quietly)."""
    import jieba.posseg

    return general_tokenizer(), jieba.posseg.dt.word_tag_tab


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
    ``供稿：宋家镇``); those are a report's source, never its authors.

    >>> is_organisation('平利县融媒体中心'), is_organisation('宋家镇'), is_organisation('王献伟')
    (True, True, False)
    >>> is_organisation('本站')  # two characters: too short to tell
    False
    """
    rules = rules or load_field_rules()
    token = token.strip()
    return (
        len(token) >= 3
        and bool(re.search(f"[{_CJK}]", token))
        and token.endswith(rules.organisation_suffixes)
    )


def is_media(organisation: str, rules: FieldRules | None = None) -> bool:
    """True for a newspaper, news site or media centre (兰州日报, 大兴区融媒体中心).

    A reporter's unit names the report's source only when it publishes news;
    a writer's township (（孟坝镇 刘晓燕）) is where they work, not a source.

    >>> is_media('兰州日报'), is_media('大兴区融媒体中心'), is_media('孟坝镇')
    (True, True, False)
    """
    rules = rules or load_field_rules()
    return is_organisation(organisation, rules) and organisation.endswith(rules.media_suffixes)


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
    """
    rules = rules or load_field_rules()
    if "·" in token:  # 买买提·艾力, but not 共享联盟·缙云 (words joined by a dot)
        parts = token.split("·")
        return (
            len(token) <= 16
            and all(re.fullmatch(f"[{_CJK}]{{1,8}}", p) for p in parts)
            and not is_organisation(token, rules)
            and parts[0] not in rules.label_kind
            and not any(_has_common_words(p) for p in parts)
        )
    if not re.fullmatch(f"[{_CJK}]{{2,4}}", token):
        return False
    if (
        token in rules.not_names
        or token in rules.label_kind
        or token in rules.role_kind
        or token in rules.credit_kind
        or is_organisation(token, rules)
    ):
        return False
    if token[:2] in rules.compound_surnames:
        if len(token) == 2:
            return False  # 欧阳, 司马 alone: a surname without a given name
    elif token[0] not in rules.surnames or len(token) == 4:
        return False
    return not is_everyday_word(token, after_role)


def is_name_without_surname(token: str, rules: FieldRules | None = None) -> bool:
    """A Tibetan or Uyghur name written without surname or ``·`` (泽仁拉姆, 次仁卓玛, 格桑).

    Only trusted where a role says a person follows (``记者 泽仁拉姆``, ``泽仁拉姆 摄``):
    two to four characters that jieba's dictionary does not read as words
    (``了解到`` = 了解 + 到 is prose after 记者, not a name).

    >>> [is_name_without_surname(t) for t in ['泽仁拉姆', '次仁卓玛', '格桑', '边巴次仁']]
    [True, True, True, True]
    >>> [is_name_without_surname(t) for t in ['了解到', '语音', '宋家镇', '手记']]
    [False, False, False, False]
    """
    rules = rules or load_field_rules()
    if not re.fullmatch(f"[{_CJK}]{{2,4}}", token) or token in rules.not_names:
        return False
    if token in rules.label_kind or token in rules.role_kind or token in rules.credit_kind:
        return False
    if is_organisation(token, rules):
        return False
    return not _has_everyday_words(token)


def _reads_as_heading(token: str) -> bool:
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


def _is_place_word(token: str) -> bool:
    """True when jieba's dictionary knows the token as a place name (滨州, 威海), not a person."""
    _tokenizer, tags = _jieba()
    return tags.get(token, "").startswith("ns")


def _has_common_words(text: str) -> bool:
    """True when text holds a place name or a common word (共享联盟 → 共享; 缙云 is a place).

    Transliterated names reuse rarer dictionary words (买买提 is in jieba's
    dictionary as a noun, seen 272 times), so only words seen 500 times or
    more count here.
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
    seen it 100 times or more; a verb, adjective or adverb always counts.
    """
    tokenizer, tags = _jieba()
    for word in tokenizer.cut(text, HMM=False):
        tag = tags.get(word, "nr")
        if len(word) > 1 and not tag.startswith("nr"):
            if tag[0] in "acdfmpqrtuv" or tokenizer.FREQ.get(word, 0) >= 100:
                return True
    return False


# --- reading values ------------------------------------------------------------------


@dataclass
class _Reading:
    """What one value (the text after a label or role) holds."""

    names: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)  # @敦化融媒: the posting organisation
    handles: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    rest: list[str] = field(default_factory=list)


def _clean_token(token: str) -> str:
    """A token without quotes, brackets, a closing 等 (记者 张三 等, 张三等), or the tag a
    CMS glues to a name (编辑:李芳-xp, 责任编辑：郑晓_NF5621)."""
    token = token.strip(_BULLETS + "“”\"'‘’《》<>（）()【】[]〔〕：:。.！!？?")
    token = re.sub(f"(?<=[{_CJK}])[-_][A-Za-z0-9]{{1,10}}$", "", token)
    return "" if token == "等" else re.sub("等$", "", token) if len(token) > 2 else token


def read_value(value: str, rules: FieldRules | None = None, after_role: bool = False) -> _Reading:
    """Split a names value into names, organisations, @handles, dates and the rest.

    Names are separated by spaces or 、，/ (``熊家余 谢慧敏``); a date glued to a
    name (``张三2024-03-05``) is a date of its own. An organisation just before
    a name is that person's unit (``（孟坝镇　刘晓燕）``), an affiliation, not a
    credit. An @handle counts when it names a person or an organisation
    (``@敦化融媒``), not when it addresses readers (``@全体居民``).
    ``after_role``: a role or label says people follow, so a name without a
    surname (泽仁拉姆) is a name too.

    >>> r = read_value('张三2024-03-05 李四、平利县融媒体中心 我来说两句')
    >>> r.names, r.organisations, r.dates, r.rest
    (['张三', '李四'], ['平利县融媒体中心'], ['2024-03-05'], ['我来说两句'])
    >>> r = read_value('孟坝镇　刘晓燕')
    >>> r.names, r.organisations, r.affiliations
    (['刘晓燕'], [], ['孟坝镇'])
    """
    rules = rules or load_field_rules()
    reading = _Reading()

    def take_date(match: re.Match) -> str:
        reading.dates.append(match.group(0).strip())
        return " "

    def is_name(token: str) -> bool:
        return is_person_name(token, rules, after_role) or (
            after_role and is_name_without_surname(token, rules)
        )

    value = join_spaced_names(_DATE.sub(take_date, value), rules)
    unit = None  # an organisation waiting to see whether a name follows it
    for raw in _SEPARATORS.split(value):
        token = _clean_token(raw)
        if not token:
            continue
        handle = token[1:] if token.startswith("@") else None
        if handle and is_organisation(handle, rules):
            reading.accounts.append(handle)
        elif handle and (is_name(handle) or is_name_without_surname(handle, rules)):
            reading.handles.append(handle)
        elif not handle and is_name(token):
            if unit is not None:
                reading.organisations.remove(unit)
                reading.affiliations.append(unit)
            reading.names.append(token)
        elif not handle and is_organisation(token, rules):
            reading.organisations.append(token)
            unit = token
            continue
        elif not re.fullmatch(r"[\d:：.\s]*", token):
            reading.rest.append(token)
        unit = None
    return reading


_SPACED_PAIR = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,4}([\u4e00-\u9fff])(?![\u4e00-\u9fff])"
)


def join_spaced_names(value: str, rules: FieldRules | None = None) -> str:
    """Close up a two-character name a page spaced out to align it with three-character
    ones (``杨 雪``, ``白　婷``), when its first character is a surname.

    >>> join_spaced_names('鲁万涛 记者 杨 雪'), join_spaced_names('通讯员 白　婷')
    ('鲁万涛 记者 杨雪', '通讯员 白婷')
    >>> join_spaced_names('图 文 李四')
    '图 文 李四'
    """
    rules = rules or load_field_rules()

    def close(match: re.Match) -> str:
        first, second = match.groups()
        return first + second if first in rules.surnames else match.group(0)

    return _SPACED_PAIR.sub(close, value)


def split_names(value: str) -> list[str]:
    """The person names in a names field, words and organisations left out.

    >>> split_names('王献伟 程琪琪')
    ['王献伟', '程琪琪']
    >>> split_names('刘民、方凤玲')
    ['刘民', '方凤玲']
    >>> split_names('本报记者')
    []
    """
    return read_value(value).names


# --- field lines -------------------------------------------------------------------------


def _strip_wrapping(text: str) -> str:
    """The text without one pair of brackets around it and without leading bullets."""
    text = text.strip()
    if text[:1] in _BRACKETS and text.endswith(_BRACKETS[text[0]]):
        text = text[1:-1].strip()
    return text.lstrip(_BULLETS + " \u3000")


def parse_field_line(line: str, rules: FieldRules | None = None) -> dict[str, list[str]] | None:
    """Read a line of labelled fields; None when the line is not one.

    CMS templates print their fields as ``label：value`` pairs, several on one
    line, glued together or spaced out, sometimes after a bare date; WeChat
    reposts use 丨 for the colon. An empty label (``作者：来源：宋家镇``) gives
    nothing and does not take the next label's value. A line whose labels
    yield nothing but prose (``图：村民在田间劳作``) is not a field line.

    >>> parse_field_line('时间:2023-07-25 10:50作者:方凤玲来源:宋家镇')
    {'date': ['2023-07-25 10:50'], 'authors': ['方凤玲'], 'source': ['宋家镇']}
    >>> parse_field_line('【责任编辑:魏代琼】')
    {'editors': ['魏代琼']}
    >>> parse_field_line('来源：平利县融媒体中心 2024-03-05 作者：张三 李四')
    {'source': ['平利县融媒体中心'], 'date': ['2024-03-05'], 'authors': ['张三', '李四']}
    >>> parse_field_line('2022-07-15 08:08:54 来源：白河县人民政府 责任编辑：陈玮 我来说两句 |')
    {'date': ['2022-07-15 08:08:54'], 'source': ['白河县人民政府'], 'editors': ['陈玮']}
    >>> parse_field_line('桂林日报 新闻    时间：2024年03月05日    来源：桂林日报')
    {'date': ['2024年03月05日'], 'source': ['桂林日报']}
    >>> parse_field_line('2022/03/03/ 15:19 来源:定西日报 通讯员 郎佐民')
    {'date': ['2022/03/03'], 'source': ['定西日报'], 'authors': ['郎佐民']}
    >>> parse_field_line('作者：来源：宋家镇')
    {'source': ['宋家镇']}
    >>> parse_field_line('编辑：裴佳佳 审核：魏代琼 终审：方凤玲')
    {'editors': ['裴佳佳'], 'reviewers': ['魏代琼', '方凤玲']}
    >>> parse_field_line('文/图：平利县融媒体中心')
    {'source': ['平利县融媒体中心']}
    >>> parse_field_line('《西藏日报》(2023年08月14日 02 版)')
    {'source': ['西藏日报'], 'date': ['2023年08月14日']}
    >>> parse_field_line('抓经济检验党建工作成效') is None
    True
    >>> parse_field_line('图：村民在田间劳作') is None
    True
    """
    rules = rules or load_field_rules()
    text = _strip_wrapping(line)
    if len(text) > 160:
        return None
    cited = _PAPER_CITATION.match(text)
    if cited:  # 《西藏日报》（2023年08月14日 02 版）: the paper that printed it, and when
        return {"source": [cited.group(1)], "date": [cited.group(2)]}
    matches = list(rules.label_pattern.finditer(text))
    if not matches:
        return _date_and_organisation(text, rules) or _account_and_date(text, rules)
    found: dict[str, list[str]] = {}
    rest: list[str] = []

    def add(kind: str, values: list[str]) -> None:
        for v in values:
            if v and v not in found.setdefault(kind, []):
                found[kind].append(v)

    # Before the first label: nothing, a date, brackets (【责任编辑：乌云】 打印), or the
    # account a WeChat post names (@全体居民 来源：…).
    prefix = text[: matches[0].start()].strip(" |丨｜\u3000" + _BULLETS + "".join(_BRACKETS))
    posted = _account_and_date(prefix, rules) if prefix else None
    if posted:  # 原创 柯桥发布 2024-04-02 16:31 来源：澎湃新闻·澎湃号·政务
        for kind, values in posted.items():
            add(kind, values)
    elif prefix and not re.fullmatch(r"@\S{1,20}", prefix):
        prefix = re.sub(
            r"\s*(?:星期|周)[一二三四五六日天]$", "", prefix
        )  # 2025-05-14 08:12:30 星期三
        date = _DATE.fullmatch(prefix) or (
            re.fullmatch(r"[\d/\-.:：\s年月日]{8,24}", prefix) and _DATE.search(prefix)
        )
        if date:  # 2022/03/03/ 15:19 来源：… : a date, however punctuated, before the fields
            add("date", [date.group(0)])
        elif re.fullmatch(r"(?:\d{8}|第?\s*\d{1,4})\s*期", prefix):
            pass  # an e-paper's issue label (20240315期来自：天津日报): dating reads it
        elif not (
            len(matches) >= 2 and len(prefix) <= 12 and not re.search(r"[。，！？,]", prefix)
        ):
            return None  # one label after other text: a sentence, not a field line
        # else: a paper's name and column before its fields (桂林日报 新闻  时间：… 来源：…)
    for match, following in zip(matches, matches[1:] + [None], strict=True):
        value = text[match.end() : following.start() if following else len(text)].strip()
        kind = rules.label_kind[_squeeze(match.group(1))]
        _read_field_value(kind, value, add, rest, rules)
    found = {kind: values for kind, values in found.items() if values}
    junk = sum(len(r) for r in rest)
    if junk > 15:
        return None
    if not found and rest:
        # 作者：本站编辑 is a CMS field with a useless value, but 图：村民在田间劳作 is a
        # caption and 记者：请问… an interview: labels that also open prose need a value.
        if _squeeze(matches[0].group(1)) in rules.prose_labels or junk > 8:
            return None
    return found


def _is_source_name(value: str, rules: FieldRules) -> bool:
    """True unless a 来源 value names nothing: 本站, 网络, a code such as sp20250217, or
    only the platform an account posted on (澎湃新闻·澎湃号·政务)."""
    return (
        bool(re.search(f"[{_CJK}]", value))
        and value not in rules.not_sources
        and not is_platform(value, rules)
    )


def _date_and_organisation(text: str, rules: FieldRules) -> dict[str, list[str]] | None:
    """A media centre's unlabelled info line: a date and the publisher, nothing else.

    >>> _date_and_organisation('2024年10月09日 08:30　　双辽市融媒体中心', load_field_rules())
    {'date': ['2024年10月09日 08:30'], 'source': ['双辽市融媒体中心']}
    >>> _date_and_organisation('03-12 09:40   崇阳县融媒体中心', load_field_rules())
    {'source': ['崇阳县融媒体中心']}
    >>> _date_and_organisation('2024年10月09日 08:30　　王密', load_field_rules()) is None
    True
    """
    dates = [m.group(0).strip() for m in _DATE.finditer(text)]
    chunks = [c for c in re.split(r"[\s|丨｜]+", _DATE.sub(" ", text)) if c]
    if len(dates) == 1 and len(chunks) == 1 and is_organisation(chunks[0], rules):
        return {"date": dates, "source": chunks}
    # 03-12 09:40 崇阳县融媒体中心: a date without its year says no publication date
    short = re.fullmatch(r"\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}\s+(\S+)", text.strip())
    if short and is_organisation(short.group(1), rules):
        return {"source": [short.group(1)]}
    return None


#: The print credit a portal sets under a reprint: 《人民日报》（2018年07月09日 04 版）
_PAPER_CITATION = re.compile(
    r"^《([^《》]{2,16})》\s*[（(]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(?:第?\s*[A-Z]?\d{1,3}\s*版)?\s*[)）]$"
)
_ORIGINAL_MARK = re.compile(r"^(?:©\s*)?原创\s*")
_POST_PLACE = re.compile(f"(?:发表于|IP属地\\s*[:：]?\\s*)?[{_CJK}]{{2,4}}")


def is_platform(value: str, rules: FieldRules | None = None) -> bool:
    """True for a platform that carries accounts, not an account (上游号, 澎湃新闻·澎湃号·政务).

    >>> [is_platform(v) for v in ['上游号', '澎湃新闻·澎湃号·政务', '微信公众号', '巫山发布', '新湖南客户端']]
    [True, True, True, False, False]
    """
    rules = rules or load_field_rules()
    parts = [p for p in re.split(r"[·・•\s]+", value.strip()) if p]
    return bool(parts) and any(
        p in rules.source_platforms or re.fullmatch(f"[{_CJK}]{{2,3}}号", p) for p in parts
    )


def _account_and_date(text: str, rules: FieldRules) -> dict[str, list[str]] | None:
    """The posting account and time a WeChat post or news app prints under its headline.

    ``原创 嘉鱼官桥 2024-06-18 17:42 湖北`` or ``巫山发布 上游号 2024-07-16 18:02``: an
    account's name, perhaps its platform, the time of posting and the poster's
    province. The account is where the report comes from; the platform is not.

    >>> _account_and_date('原创 嘉鱼官桥 2024-06-18 17:42 湖北', load_field_rules())
    {'date': ['2024-06-18 17:42'], 'source': ['嘉鱼官桥']}
    >>> _account_and_date('巫山发布 上游号 2024-07-16 18:02', load_field_rules())
    {'date': ['2024-07-16 18:02'], 'source': ['巫山发布']}
    >>> _account_and_date('王密 2024-06-18 17:42', load_field_rules()) is None
    True
    >>> _account_and_date('会议于2024-06-18 17:42召开', load_field_rules()) is None
    True
    """
    dates = list(_DATE.finditer(text))
    if len(dates) != 1 or not re.search("[:：时]", dates[0].group(0)):
        return None  # the posting stamp carries its time of day
    start, end = dates[0].span()
    if not text[:start].endswith((" ", "\u3000")) or text[end:] and text[end] not in " \u3000":
        return None  # set apart by spaces, never run into a sentence (会议于…召开)
    before = _ORIGINAL_MARK.sub("", text[:start].strip())
    after = text[end:].strip()
    tokens = [t for t in before.split() if not is_platform(t, rules)]
    if len(tokens) != 1 or not re.fullmatch(f"[{_CJK}A-Za-z·]{{3,16}}", tokens[0]):
        # 政务 2024-06-18 19:32 浙江: a platform's channel tag, not an account
        return None
    account = tokens[0]
    if after and not _POST_PLACE.fullmatch(after):
        return None
    if is_person_name(account, rules) or account in rules.label_kind or account in rules.role_kind:
        return None
    return {"date": [dates[0].group(0).strip()], "source": [account]}


def _read_field_value(kind, value, add, rest, rules) -> None:
    """File one label's value under its kind (see parse_field_line)."""
    if not value or kind == "ignore":
        return
    if kind == "date":
        match = _DATE.search(value)
        if match:
            add("date", [match.group(0).strip()])
        elif len(value) <= 20:  # kept as written, so that dating can say it is no date
            add("date", [re.split(r"\s{2,}|[|丨｜]", value)[0]])
        else:
            rest.append(value)  # 时间：3月5日上午，镇党委召开…: a sentence, not a field
        return
    if kind == "source":
        dates = [m.group(0).strip() for m in _DATE.finditer(value)]
        chunks = [c for c in re.split(r"[\s|丨｜]+", _DATE.sub(" ", value)) if c]
        if len(chunks) > 1 and chunks[0].rstrip(":：") in rules.source_platforms:
            chunks = [chunks[0] + chunks[1], *chunks[2:]]  # 抖音号 平利融媒: one account
        source = clean_source(chunks[0], rules) if chunks else ""
        if source and _is_source_name(source, rules):
            add("source", [source])
        add("date", dates)
        for chunk in chunks[1:]:  # 来源：浙江在线 杜晓峰: a name after the source wrote it
            if is_person_name(chunk, rules):
                add("authors", [chunk])
            elif re.search(f"[{_CJK}]", chunk):  # a URL is furniture, not prose
                rest.append(chunk)
        return
    if kind == "authors" and rules.byline_pattern.search(value):  # 作者：兰州日报记者 张俊峰
        byline = parse_byline(value, rules)
        for found_kind, values in byline.as_fields().items():
            add(found_kind, values)
        add("newsroom", [byline.newsroom] if byline.newsroom else [])
        add("date", [m.group(0).strip() for m in _DATE.finditer(value)])
        rest.extend(byline.rest.split())
        return
    reading = read_value(value, rules, after_role=True)
    add(kind, reading.names + reading.handles)
    if kind == "authors":  # 文/图：某某县融媒体中心; an organisation's photos (供图) are not
        add("source", reading.organisations + reading.accounts)
    add("date", reading.dates)
    rest.extend(reading.rest)


# --- bylines ------------------------------------------------------------------------------


def _role_kind(role: str, rules: FieldRules) -> str:
    role = _squeeze(role)
    return rules.role_kind.get(role) or rules.label_kind.get(role) or rules.credit_kind[role]


def parse_byline(text: str, rules: FieldRules | None = None) -> Byline:
    """Read a byline: a whole line, a parenthesised credit, or a credit that closes a paragraph.

    Roles come before names (``记者 张三``, ``记者张三``, ``文/图 张三``,
    ``编辑：甲``); credits may come after them (``张三 摄``, ``张三 李四 文/图``,
    ``宋家镇供稿``); names may stand alone (``（张三 李四）``, ``■ 张三 李四``). A
    unit before a role is the reporter's title (``福建日报记者 吴洪``) and is
    skipped; an organisation credited as writer (``文/图：某某县融媒体中心``), a
    newsroom credited before its reporters (``大兴区融媒体中心 刘思远``) and a
    posting account (``@敦化融媒``) are the source. The result is falsy when the
    text credits nobody; ``rest`` holds what was not understood.

    >>> b = parse_byline('本报记者 王献伟 通讯员 程琪琪')
    >>> b.authors, b.rule
    (('王献伟', '程琪琪'), 'roles')
    >>> parse_byline('记者王献伟 通讯员程琪琪').authors
    ('王献伟', '程琪琪')
    >>> parse_byline('（通讯员 王密 方凤玲）').authors
    ('王密', '方凤玲')
    >>> parse_byline('文/图：平利县融媒体中心').source
    '平利县融媒体中心'
    >>> b = parse_byline('记者 王献伟 摄')
    >>> b.authors, b.photographers
    ((), ('王献伟',))
    >>> b = parse_byline('编辑：裴佳佳 审核：魏代琼 终审：方凤玲')
    >>> b.editors, b.reviewers
    (('裴佳佳',), ('魏代琼', '方凤玲'))
    >>> parse_byline('@刘民').authors
    ('刘民',)
    >>> b = parse_byline('宋家镇供稿')
    >>> b.source, b.authors
    ('宋家镇', ())
    >>> bool(parse_byline('近年来，平利县兴隆镇坚持党建引领'))
    False
    >>> b = parse_byline('（光山县槐店乡人民政府：吴静怡）')
    >>> b.source, b.authors
    ('光山县槐店乡人民政府', ('吴静怡',))
    """
    rules = rules or load_field_rules()
    body = _strip_wrapping(text)
    marked = body != text.strip()  # in brackets or after ■: plainly a credit
    body = join_spaced_names(body, rules)  # 余  文 is a name, not 余 and the credit 文
    unit = re.match(f"([{_CJK}]{{3,30}})[:：]\\s*", body)
    if unit and (is_media(unit.group(1), rules) or credit_line(unit.group(1), rules)):
        body = unit.group(1) + " " + body[unit.end() :]  # （光山县槐店乡人民政府：吴静怡）
    pieces: list[tuple[str, str]] = []  # ("value", text) and ("role", role)
    position = 0
    for match in rules.byline_pattern.finditer(body):
        pieces.append(("value", body[position : match.start()]))
        pieces.append(("role", match.group("role")))
        position = match.end()
    pieces.append(("value", body[position:]))

    credited: dict[str, list[str]] = {kind: [] for kind in PERSON_KINDS}
    sources: list[str] = []
    units: list[str] = []  # newsrooms credited before their reporters (某某融媒体中心 张三)
    newsrooms: list[str] = []  # a reporter's title (临沂晚报记者 甲): see Byline.newsroom
    rest: list[str] = []
    rules_used: list[str] = []
    for index in range(0, len(pieces), 2):
        value = pieces[index][1]
        before = pieces[index - 1][1] if index > 0 else None
        after = pieces[index + 1][1] if index + 1 < len(pieces) else None
        after_value = pieces[index + 2][1].strip() if index + 2 < len(pieces) else ""
        if not value.strip():
            continue
        glued_to_role = after is not None and not value[-1:].isspace()
        prefix_kind = _role_kind(before, rules) if before else None
        postfix = after if after and _squeeze(after) in rules.credit_kind else None
        if postfix and after_value and (before or not glued_to_role):
            postfix = None  # 文/图 张三 … : the credit leads the names after it
        reading = read_value(value, rules, after_role=bool(prefix_kind or postfix))
        last_token = _clean_token(re.split(r"[\s:：]+", value.strip())[-1])
        if (
            after
            and glued_to_role
            and reading.names
            and last_token in reading.rest + reading.organisations
            and _role_kind(after, rules) == "authors"
        ):  # 曲杨 本溪新闻传媒集团记者 于海峰: the next reporter's paper, not text
            for found in (reading.rest, reading.organisations):
                if last_token in found:
                    found.remove(last_token)
            newsrooms.append(last_token)
        if (
            after
            and _squeeze(after) == "报道"
            and glued_to_role
            and (reading.rest or reading.names)
        ):
            # 通讯员 曲晓燕 威海报道: the place the story was filed from, not a credit
            # (阮浩报道 is a name and its credit: only a place name is dropped)
            for found in (reading.rest, reading.names):
                if (
                    found
                    and found[-1] == last_token
                    and re.fullmatch(f"[{_CJK}]{{2,4}}", last_token)
                    and (found is reading.rest or _is_place_word(last_token))
                ):
                    found.pop()
        if reading.accounts:  # （@爱辉融媒 记者 李春燕）: the posting organisation's credit
            sources.extend(reading.accounts)
            rules_used.append("handle")
        if after is not None and not postfix and not (reading.names or reading.handles):
            # the unit before a role: 兰州日报记者, @爱辉融媒 记者, 周口报业全媒体记者
            # A reporter's title, not a credit: 湖南日报记者 周晓岚 gives no source.
            if not reading.rest or glued_to_role:
                rules_used.append("unit")  # 薛城融媒要闻部编辑: a credit without a person
                if _role_kind(after, rules) == "authors":  # the unit right before 记者
                    last = _clean_token(re.split(r"[\s:：]+", value.strip())[-1])
                    if is_media(last, rules) or (  # 四川党的建设全媒体记者: a journal's name
                        glued_to_role and re.fullmatch(f"[{_CJK}]{{2,10}}", last)
                    ):
                        newsrooms.append(last)
                continue
        postfix_kind = rules.credit_kind[_squeeze(postfix)] if postfix else None
        if prefix_kind and postfix_kind:
            kind = "photographers" if postfix_kind == "photographers" else prefix_kind
        else:
            kind = prefix_kind or postfix_kind
        if kind in ("date", "ignore"):
            continue
        if kind == "source" and prefix_kind == "source":  # 来源：无线石家庄 names no person
            chunks = [c for c in re.split(r"[\s|丨｜]+", _DATE.sub(" ", value)) if c]
            sources.extend(clean_source(c, rules) for c in chunks[:1] if _is_source_name(c, rules))
            rules_used.append("roles")
            continue
        if kind is None:
            rules_used.append("bare-names")
            kind = "authors"
            rest.extend(reading.organisations)  # a bare organisation is not a credit
            headings = [n for n in reading.names if _reads_as_heading(n)]
            if not marked and len(headings) == len(reading.names):
                # 强班子 alone on a line, or 强班子 严考核, is a heading; 朱明远 a byline, and
                # so is 阴小亿 隋继泉: beside a plain name, 阴 (an adjective to jieba) is a surname
                rest.extend(headings)
                reading.names = []
        else:
            rules_used.append("credit" if postfix_kind and not prefix_kind else "roles")
            if kind in ("authors", "source"):  # not 某某镇政府供图: pictures only
                sources.extend(reading.organisations)
        if reading.handles:
            rules_used.append("handle")
        if kind == "source":
            kind = "authors"  # a person named after 供稿 wrote it
        if kind == "authors":  # 大兴区融媒体中心 刘思远, 安图县委组织部 朴英淑: who issues it
            units.extend(
                o for o in reading.affiliations if is_media(o, rules) or credit_line(o, rules)
            )
        credited[kind].extend(reading.names + reading.handles)
        rest.extend(reading.rest)
    if any(_squeeze(role) in rules.label_kind for kind, role in pieces if kind == "role"):
        if re.search(_COLON_MARK, body):
            rules_used.insert(0, "labels")
    rule = next(
        (
            r
            for r in ("handle", "labels", "roles", "credit", "bare-names", "unit")
            if r in rules_used
        ),
        "",
    )
    return Byline(
        **{kind: tuple(dict.fromkeys(names)) for kind, names in credited.items()},
        source=(sources + units)[0] if sources + units else None,
        rule=rule,
        rest=" ".join(rest),
        newsroom=newsrooms[0] if newsrooms and credited["authors"] else None,
    )


def is_byline_line(line: str, rules: FieldRules | None = None) -> bool:
    """True for a line that is a byline and nothing else (it can leave the body).

    Such lines sit under a headline or after the last paragraph: ``记者 张三``,
    ``（通讯员 张三 李四）``, ``■ 张三 李四``, ``文/图 张三``, ``张三 摄``. A line
    with anything besides roles, names and credits is text and stays.

    >>> [is_byline_line(x) for x in ['记者 王献伟', '■ 王献伟 程琪琪', '文/图：王密', '（刘民）']]
    [True, True, True, True]
    >>> [is_byline_line(x) for x in ['抓经济检验党建工作成效', '记者来到宋家镇采访', '平利县融媒体中心']]
    [False, False, False]
    """
    return byline_line(line, rules) is not None


def byline_line(line: str, rules: FieldRules | None = None) -> Byline | None:
    """The byline a line holds when it is a byline and nothing else (see ``is_byline_line``).

    >>> byline_line('记者 王献伟 通讯员 程琪琪').authors, byline_line('记者来到宋家镇采访') is None
    (('王献伟', '程琪琪'), True)
    """
    rules = rules or load_field_rules()
    text = line.strip()
    if not text or len(text) > 60 or re.search("[。！？]", text):
        return None
    byline = parse_byline(text, rules)
    return byline if not byline.rest and (bool(byline) or byline.rule == "unit") else None


# A closing parenthesis may be followed by a watermark a spam copy glued on (…）ak47LQ).
_TRAILING_PARENTHESES = re.compile(
    r"(?:(?<=[。！？”…」])|^)\s*([（(【][^（）()【】]{1,60}[）)】])\s*[A-Za-z0-9]{0,12}\s*$"
)
# A closing quote ends a sentence only after a stop (…。” ); 示范户”“文明 runs on.
_SENTENCE_END = re.compile(r"[。！？…」]”?")


def trailing_byline(paragraph: str, rules: FieldRules | None = None) -> tuple[str, Byline | None]:
    """Cut a byline that closes the last paragraph; return (paragraph without it, byline).

    Scrapers flatten the credit under a report into its last paragraph, either
    in parentheses (``…取得实效。（张三 李四）``) or bare after the last sentence
    (``…乡村全面振兴。全媒体记者 王献伟 通讯员 程琪琪 文/图``). Only a tail that
    is wholly a byline is cut; a parenthesis that says something stays.

    >>> trailing_byline('以扎实的党组织建设助推乡村全面振兴。全媒体记者 王献伟 通讯员 程琪琪 文/图')[1].authors
    ('王献伟', '程琪琪')
    >>> cut, byline = trailing_byline('推动党建工作取得实效。（王密 刘民）')
    >>> cut, byline.authors, byline.rule
    ('推动党建工作取得实效。', ('王密', '刘民'), 'trailing:bare-names')
    >>> trailing_byline('推动党建工作取得实效。（文/图：平利县融媒体中心）')[1].source
    '平利县融媒体中心'
    >>> trailing_byline('各村（社区）各自出招，取得实效。（完）')
    ('各村（社区）各自出招，取得实效。（完）', None)
    >>> trailing_byline('奋力实现太要镇追赶超越。')
    ('奋力实现太要镇追赶超越。', None)
    >>> trailing_byline('推行积分制度。组织评选“庭院经济示范户”“文明')[1] is None
    True
    """
    rules = rules or load_field_rules()
    candidates = []
    inner = _TRAILING_PARENTHESES.search(paragraph)
    if inner:
        candidates.append((inner.start(), inner.group(1)))
    end = next(reversed(list(_SENTENCE_END.finditer(paragraph))), None)
    tail_start = end.end() if end else 0
    tail = paragraph[tail_start:]
    if tail.strip() and len(tail) <= 60 and (end or len(paragraph) <= 60):
        candidates.append((tail_start, tail))
    for start, text in candidates:
        byline = parse_byline(text, rules)
        if byline and not byline.rest:
            return paragraph[:start].rstrip(), _with_rule(byline, "trailing")
    return paragraph, None


#: A report that opens with its byline and no dateline, glued to the lede's first words.
_OPENING_BYLINE = re.compile(
    r"^((?:本报|本台|本网|全媒体|融媒体)?记者\s*[\u4e00-\u9fff·\s]{2,30}?)"
    r"(?=日前|近日|近年来|今年以来|连日来|近期|昨天|今天|\d{1,2}月\d{1,2}日)"
)


def dateline_byline(paragraph: str, rules: FieldRules | None = None) -> Byline | None:
    """The byline in the dateline that opens a report; the paragraph itself is kept.

    ``本报讯（记者 甲 通讯员 乙）`` is part of the report as printed: the reader
    should see it, so only the names are taken. Datelines vary
    (``中华龙都网讯``, ``东南网7月15日讯``, ``新华社北京3月5日电``) and some
    reports open with the parenthesis alone.

    >>> dateline_byline('本网讯（通讯员 王密）近年来，平利县兴隆镇坚持').authors
    ('王密',)
    >>> dateline_byline('东南网7月15日讯(福建日报记者 吴洪 通讯员 王银华)13日下午').authors
    ('吴洪', '王银华')
    >>> dateline_byline('【全媒体记者 刘晓川 报道】9月14日，').authors
    ('刘晓川',)
    >>> dateline_byline('本报讯 记者 王密 通讯员 刘民 报道：近日，宋家镇').authors
    ('王密', '刘民')
    >>> dateline_byline('本报讯 记者从县委组织部获悉，全县') is None
    True
    >>> dateline_byline('淮安日报讯（淮安日报全媒体记者 孙倩 通讯员 杨柳）锣鼓一响').authors
    ('孙倩', '杨柳')
    >>> dateline_byline('《警察与法治》广东讯 黄志明').authors
    ('黄志明',)
    >>> dateline_byline('（一）强化组织建设，全镇') is None
    True
    >>> dateline_byline('中新网新疆新闻11月21日电(吾木尔汗)几场冬雪覆盖巴里坤大草原').authors
    ('吾木尔汗',)
    >>> dateline_byline('本报讯（中秋将至）近日，') is None
    True
    >>> dateline_byline('本报记者冯毅松通讯员乔晶日前，记者在黎城县洪井镇北社村看到').authors
    ('冯毅松', '乔晶')
    >>> dateline_byline('记者从县委组织部获悉，近日全县') is None
    True
    >>> dateline_byline('近年来，平利县兴隆镇坚持') is None
    True
    """
    rules = rules or load_field_rules()
    opening = _OPENING_BYLINE.match(paragraph)
    if opening:  # 本报记者冯毅松通讯员乔晶日前，记者在…: the byline glued to the lede
        byline = parse_byline(opening.group(1), rules)
        if byline.authors and not byline.rest:
            return _with_rule(byline, "dateline")
    start = rules.dateline.match(paragraph)
    after = paragraph[start.end() :] if start else paragraph
    inner = re.match(r"\s*(?:[（(][^（）()]{2,60}[）)]|【[^【】]{2,60}】)", after)
    bare = re.match(r"\s+([^，,。：:（(\d]{2,40})(?=[，,。：:\d]|$)", after) if start else None
    if inner:
        text = inner.group(0).strip()
    elif bare and (rules.byline_pattern.match(bare.group(1)) or bare.end() == len(after)):
        # 本报讯 记者 甲 通讯员 乙 报道：…, 《警察与法治》广东讯 黄志明; but names alone
        # only when nothing follows them (本报讯 张三说，… is the report speaking)
        text = bare.group(1)
    else:
        text = ""
    byline = parse_byline(text, rules) if text else Byline()
    if start and inner and (byline.rest or not byline) and not rules.byline_pattern.search(text):
        # 中新网新疆新闻11月21日电(吾木尔汗): the parenthesis after a dateline is the
        # reporter's place, so a name without a surname counts there, as after a role
        reading = read_value(_strip_wrapping(text), rules, after_role=True)
        if reading.names and not (reading.rest or reading.organisations):
            byline = Byline(authors=tuple(reading.names), rule="bare-names")
    if byline.rest or not byline:
        return None
    return _with_rule(byline, "dateline")


_OPENING_BRACKET = re.compile(r"^\s*[（(]([^（）()]{2,60})[)）]")


def opening_credit(paragraph: str, rules: FieldRules | None = None) -> str | None:
    """The bracketed credit a paragraph opens with when no dateline stands before it.

    ``（记者 王敏 通讯员 李响）11月5日，…`` opens with who wrote it, not with the
    report's words: it can leave the text once its names are taken. After a dateline
    (``本报讯（记者 甲）``) the credit is part of the report as printed and stays.

    >>> opening_credit('（记者王敏 通讯员李响）11月5日，在肥西县三河镇')
    '（记者王敏 通讯员李响）'
    >>> opening_credit('本报讯（记者 王敏）11月5日') is None, opening_credit('（一）强化组织建设') is None
    (True, True)
    """
    rules = rules or load_field_rules()
    match = _OPENING_BRACKET.match(paragraph)
    if not match:
        return None
    byline = parse_byline(match.group(0).strip(), rules)
    return match.group(0) if byline.authors and not byline.rest else None


def is_credit_paragraph(paragraph: str, rules: FieldRules | None = None) -> bool:
    """True for a paragraph that is only credits (总审丨甲 统筹丨乙 责编丨丙), no sentence.

    >>> is_credit_paragraph('总审丨高明远 统筹丨刘一 编校丨林夕 责编丨韩冰')
    True
    >>> is_credit_paragraph('镇党委书记在点评时说，支部必须“沉下去”。')
    False
    """
    rules = rules or load_field_rules()
    if re.search("[。！？]", paragraph):
        return False
    found = parse_field_line(paragraph, rules)
    return bool(found) and any(found.get(k) for k in ("editors", "reviewers", "authors"))


def _with_rule(byline: Byline, where: str) -> Byline:
    return Byline(
        byline.authors,
        byline.editors,
        byline.reviewers,
        byline.photographers,
        byline.source,
        f"{where}:{byline.rule}",
        byline.rest,
        byline.newsroom,
    )


# --- the functions ingest has called so far (kept for it) ------------------------------


def cut_trailing_byline(paragraph: str, rules: FieldRules | None = None) -> tuple[str, list[str]]:
    """Cut a byline glued to the end of the last paragraph; return (paragraph, authors).

    >>> cut_trailing_byline('以扎实的党组织建设助推乡村全面振兴。全媒体记者 王献伟 通讯员 程琪琪 文/图')
    ('以扎实的党组织建设助推乡村全面振兴。', ['王献伟', '程琪琪'])
    >>> cut_trailing_byline('奋力实现太要镇追赶超越。')
    ('奋力实现太要镇追赶超越。', [])
    """
    cut, byline = trailing_byline(paragraph, rules)
    if byline is None or not byline.authors:
        return paragraph, []
    return cut, list(byline.authors)


def dateline_byline_names(paragraph: str, rules: FieldRules | None = None) -> list[str]:
    """Authors in a dateline byline that opens a report (the text itself is kept).

    >>> dateline_byline_names('本网讯（通讯员 王密）近年来，平利县兴隆镇坚持')
    ['王密']
    >>> dateline_byline_names('近年来，平利县兴隆镇坚持')
    []
    """
    byline = dateline_byline(paragraph, rules)
    return list(byline.authors) if byline else []


def credit_line(line: str, rules: FieldRules | None = None) -> str | None:
    """The organisation a line under the last paragraph credits, when it is nothing else.

    County and township sites often close a report with the issuing office's
    name on a line of its own, in place of a 来源 label: that office is the
    report's source, and the line is not text.

    >>> credit_line('辽宁省盘锦市双台子区委组织部'), credit_line('（中共平利县委宣传部）')
    ('辽宁省盘锦市双台子区委组织部', '中共平利县委宣传部')
    >>> credit_line('兴隆镇人民政府 供稿')
    '兴隆镇人民政府'
    >>> [credit_line(x) for x in ['强化基层党组织', '党建引领促振兴', '全镇召开党委会。']]
    [None, None, None]
    """
    rules = rules or load_field_rules()
    text = _strip_wrapping(line).strip()
    text = re.sub(r"\s*供稿$", "", text)
    if len(text) > 30 or not rules.credit_line.fullmatch(text):
        return None
    return text


_SOURCE_WRAPPING = re.compile(r"^(?:单位|机构)\s*[:：]\s*|^[【\[（(]+|[】\]）)]+$")
_TITLE_MARKS = re.compile(r"^[《“「『\"](.+?)[》”」』\"]$")
_SOURCE_TAIL = re.compile(
    r"(?:原创|进入论坛|手机读报|手机版|我要评论|我来说两句|打印|关闭|字号|分享|收藏)+$"
)


def clean_source(value: str, rules: FieldRules | None = None) -> str:
    """A 来源 value without the furniture glued to it.

    >>> clean_source('晋中新闻网进入论坛手机读报'), clean_source('天山网-新疆日报原创')
    ('晋中新闻网', '天山网-新疆日报')
    >>> clean_source('【冰城'), clean_source('单位：伊犁边境管理支队'), clean_source('原创')
    ('冰城', '伊犁边境管理支队', '原创')

    A paper's or an account's name comes without its marks, an account without
    the platform it posts on:

    >>> clean_source('《湖南日报》'), clean_source('微信公众号“平利发布”'), clean_source('抖音号：平利融媒')
    ('湖南日报', '平利发布', '平利融媒')
    >>> clean_source('新湖南客户端'), clean_source('微信')
    ('新湖南客户端', '微信')
    """
    rules = rules or load_field_rules()
    cleaned = _SOURCE_TAIL.sub("", _SOURCE_WRAPPING.sub("", value.strip())).strip()
    for platform in rules.source_platforms:
        account = cleaned[len(platform) :].lstrip(" :：")
        if cleaned.startswith(platform) and re.match(f'[{_CJK}《“「『"]', account):
            cleaned = account
            break
    marked = _TITLE_MARKS.match(cleaned)
    if marked:
        cleaned = marked.group(1).strip()
    return cleaned or value.strip()


_PUBLICATION = (
    r"(?!本报|本网|本台|本站|本刊)[\u4e00-\u9fff]{1,10}?"
    r"(?:日报|晚报|时报|商报|早报|都市报|农民报|报|新闻网|网|广播电视台|电视台|融媒体中心|客户端"
    r"|在线|频道)"
)
_PAPER = r"(?!本报)[\u4e00-\u9fff]{1,10}?(?:日报|晚报|时报|商报|早报|都市报|农民报|报)"
_WIRE = r"(?!本报|本网|本台)[\u4e00-\u9fff]{1,6}?(?:网|社|报|台)"
_DATELINE_PUBLICATION = re.compile(
    rf"^\s*[（(]?(?:({_PUBLICATION})(?:\d{{1,2}}月\d{{1,2}}日)?(?:讯|消息)"
    rf"|({_WIRE})[\u4e00-\u9fff]{{0,8}}?\d{{1,2}}月\d{{1,2}}日电)"
)
_THIS_PAPER = re.compile(r"^\s*[（(【]?本报(?:讯|记者|消息)")
# Where a paper's own site names it: a welcome banner, a copyright line, or the name
# standing alone between spaces (an e-paper's list of pages).
_HOST_PAPER = re.compile(
    r"(?:欢迎您?(?:阅览|访问|浏览|光临|阅读|来到)|版权所有\s*[:：]?\s*|(?:^|(?<=\s)))"
    r"((?!本报)[\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|商报|都市报|报)社?)(?=\s|$|[，。,])"
)
_MASTHEAD = re.compile(rf"^\s*({_PAPER})(?:$|[\s\u3000]+(?:\d{{4}}\s*[年.-]|第\s*[A-Z]?\d))")
_EPAPER_PAGE = re.compile(r"第\s*[A-Z]?\d{1,3}\s*版")
_REPRINT = re.compile(rf"据({_PUBLICATION})报道")
#: A periodical's issue line on a journal aggregator: 党的生活（江苏） 2023年6期
_PERIODICAL_ISSUE = re.compile(r"^\s*([^\s\d，。：:]{2,16})\s+\d{4}\s*年\s*第?\s*\d{1,2}\s*期\s*$")


def publication_named(paragraph: str, header: list[str], around: list[str] = ()) -> str | None:
    """The paper or site a report names as its origin when no 来源 label says so.

    A reprint names its original (``台海网5月20日讯 据福建日报报道``); else the dateline
    that opens the story names it (``淮安日报讯（…）``, a wire service's
    ``中新网林芝6月18日电``), a journal aggregator's issue line (``党的生活（江苏） 2023年6期``), and
    an e-paper's masthead above the headline (``沈阳日报　2024年07月03日　第A06版``).
    ``本报讯`` names nothing (the masthead does); a portal's or mirror's own banner is
    the host, not the origin, so only an e-paper page's masthead counts.

    >>> publication_named('淮安日报讯（淮安日报全媒体记者 孙倩）锣鼓一响', [])
    '淮安日报'
    >>> publication_named('中新网林芝6月18日电 题：雪域小镇的“红色引擎”', []), publication_named('新华社北京3月5日电（记者 甲）', [])
    ('中新网', '新华社')
    >>> publication_named('台海网5月20日讯 据福建日报报道 谷雨过后，武夷山市星村镇', [])
    '福建日报'
    >>> publication_named('（中国乡镇网讯）为充分发挥党员先锋模范作用', [])
    '中国乡镇网'
    >>> publication_named('近日，某镇', ['党的生活（江苏） 2023年6期'])
    '党的生活（江苏）'

    >>> publication_named('本报讯（记者 甲）近日', ['沈阳日报\u30002024年07月03日\u3000第A06版\u3000区县'])
    '沈阳日报'
    >>> publication_named('本报讯（记者 甲）近日', ['青浦报', '第02版：综合新闻'])
    '青浦报'
    >>> publication_named('近日，某镇', ['六盘水新闻网', '平顶山新闻网  平顶山日报  平顶山晚报']) is None
    True

    ``本报讯`` on a paper's own site names the one paper the page names around it
    (``欢迎您阅览天门日报``, ``版权所有：三峡日报社``), when it names only one:

    >>> publication_named('本报讯(记者 向杰)7日，', ['欢迎您阅览三峡日报 您是第', '当前版:04版'])
    '三峡日报'
    >>> publication_named('本报讯 近日，', [], ['2024-03-06 2 2 滁州日报 content_109481.html'])
    '滁州日报'
    >>> publication_named('本报讯 近日，', ['平顶山日报  平顶山晚报']) is None
    True
    """
    reprint = _REPRINT.search(paragraph[:60])
    if reprint:  # 台海网5月20日讯 据福建日报报道: the site reprints the paper
        return reprint.group(1)
    for line in [paragraph, *header]:  # a wire dateline may stand on the headline's line
        match = _DATELINE_PUBLICATION.match(line)
        if match:
            return match.group(1) or match.group(2)
    for line in header:
        match = _PERIODICAL_ISSUE.match(line)
        if match:
            return match.group(1)
    if any(_EPAPER_PAGE.search(line) for line in header):
        for line in header:
            match = _MASTHEAD.match(line)
            if match:
                return match.group(1)
    if _THIS_PAPER.match(paragraph):
        papers = {
            re.sub("社$", "", m.group(1))
            for line in [*header, *around]
            for m in _HOST_PAPER.finditer(line)
        }
        if len(papers) == 1:
            return papers.pop()
    return None
