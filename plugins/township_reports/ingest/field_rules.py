"""The rules fields are read by: labels, byline roles, credits and surnames, from data.

``data/fields.yaml`` (labels, roles, credit words, organisation and media suffixes,
words that are not names) and ``data/surnames.txt``, compiled once; the patterns the
field, byline and source readers share live here too.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DATA, alternation
from .stated_dates import load_date_rules

PERSON_KINDS = ("authors", "editors", "reviewers", "photographers")
CJK = "\u4e00-\u9fff"
#: The paper's own word for itself: 本报讯 names no outlet, nor does a label run into it (简介本报讯).
OWN_PAPER = ("本报", "本网", "本台", "本站", "本刊")
DATE_TIME = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2}秒?)?)?"
)
#: Bars include the drawing characters a page may set for one (▏, ▕, │, ┃, ︱: 记者 ▏王亚萍).
BARS = "|丨｜︱│┃▏▕"
SEPARATORS = re.compile(rf"[\s、，,;；{BARS}/（）()]+")
BULLETS = "■□▢▣▪▫◼◻●○◆◇▲△★☆◎▶►•·>》〉»›—-"
BRACKETS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕", "［": "］"}
_CLOSERS = "）)】]〕］"
COLON_MARK = f"[:：{BARS}\t]"  # a tab: a flattened table cell (发布机构\t某某镇); bars too
_COLON = rf"\s*[.．]?{COLON_MARK}\s*"  # a stray dot before the colon (来源.:某某网, round 56)


@dataclass(frozen=True)
class FieldRules:
    label_kind: dict[str, str]
    label_pattern: re.Pattern
    role_kind: dict[str, str]
    credit_kind: dict[str, str]
    byline_pattern: re.Pattern
    dateline: re.Pattern
    not_after_dateline: str  # 员, 话, 台 …: what never follows a dateline's 讯 or 电
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    organisation_suffixes: tuple[str, ...]
    writer_posts: tuple[str, ...]  # 村官, 书记 …: a unit and post before a writer's name
    credit_line: re.Pattern
    sign_off_organisation: re.Pattern
    not_names: frozenset[str]
    tibetan_name_parts: frozenset[str]
    prose_labels: frozenset[str]
    media_suffixes: tuple[str, ...]
    not_sources: frozenset[str]
    source_platforms: tuple[str, ...]  # longest first
    spam_source_words: tuple[str, ...]
    signature: re.Pattern  # an official signing an article: 白马镇党委书记 刘志强
    outlet_suffixes: tuple[str, ...]  # 日报, 新闻网, 之声 …: a dateline's or reprint's outlet
    not_outlet_endings: tuple[str, ...]  # 国网, 电网 …: a utility's name, ending as an outlet's
    app_brand_prefixes: tuple[str, ...]  # 云上: an app brand before a place (云上十堰讯)
    place_account_endings: tuple[str, ...]  # 发布, 云: a place's account (邛崃发布, 德州云)
    reprint_offices: tuple[str, ...]  # 人民政府, 社 …: who else a 据…消息 credits
    wire_channel_words: tuple[str, ...]  # 新闻, 频道: a national site's regional channel
    # 文·图 → 文/图 (byline_forms.yaml): a credit written with a middle dot
    credit_marks: tuple[tuple[str, str], ...] = ()
    # 了, 着 …: particles that end a clause (山绿了), never a given name (byline_forms.yaml)
    not_name_endings: tuple[str, ...] = ()
    address_titles: tuple[str, ...] = ()  # 江书记: signing_offices and the honorifics (老师…)
    # 本报, 全媒体, 特约 …: the kinds of reporter a newsroom prints before the role
    reporter_kinds: tuple[str, ...] = ()
    # (?:全媒体|…)?(?:记者|通讯员): a newsroom's reporter, as a regex
    newsroom_role: str = ""
    # 【来源】: a label a template sets in brackets (bracketed_fields.unbracket_labels)
    bracketed_label: re.Pattern | None = None
    # 第 06 版: a paper's page after its issue date, a stamp read past like a date (paper_page)
    paper_page: re.Pattern | None = None

    def labels_of(self, kind: str) -> tuple[str, ...]:
        """The labels that introduce one kind of field (来源, 稿源, 信息来源 … for ``source``)."""
        return tuple(label for label, of in self.label_kind.items() if of == kind)


# --- rules ------------------------------------------------------------------


def _bracketed_label(labels) -> re.Pattern:
    """A label set in brackets, as written (【来源】:, [时间]), with what separates its value:
    a colon, or a table's bar ([ 发布机构 ] | 某某局 | …: a disclosure table, round 87). A
    word of the label's kind may stand before it inside the brackets ([ 发文日期 ], [ 成文日期 ]):
    the whole word is the label, read as the same word unbracketed is."""
    exact = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    return re.compile(rf"[【\[]\s*([\u4e00-\u9fff]{{0,2}}?(?:{exact}))\s*[】\]]\s*[:：|｜]?\s*")


def _alternation(words) -> str:
    """A regex alternation of words, longest first, spaces allowed inside (``作 者``)."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s?".join(map(re.escape, word)) for word in ordered)


def load_surnames(path: Path = DATA / "surnames.txt") -> tuple[frozenset[str], frozenset[str]]:
    """(single, compound) surnames from the data file; '#' starts a comment."""
    words = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for word in line.split("#", 1)[0].split():
            if not re.fullmatch(rf"[{CJK}]{{1,2}}", word):
                raise ValueError(
                    f"{path}:{number}: {word!r} is not a surname of one or two Chinese "
                    "characters; separate surnames with spaces"
                )
            words.add(word)
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


def _dateline_pattern(data: dict, newsroom_role: str, not_after_dateline: str) -> re.Pattern:
    """fields.yaml's dateline with its placeholders filled: how an outlet's name ends, what
    never follows a dateline's 电, a reporter's role."""
    outlet_end = "[" + "".join(sorted({s[-1] for s in data["outlet_suffixes"]})) + "]"
    dateline = data["dateline"].replace("{outlet_end}", outlet_end)
    dateline = dateline.replace("{not_after_dateline}", not_after_dateline)
    return re.compile(dateline.replace("{newsroom_role}", newsroom_role))


def _merge_forms(data: dict, forms: dict) -> None:
    """Add byline_forms.yaml's labels and credits to fields.yaml's, kind by kind."""
    for key, section in (("labels", "labels"), ("byline_credits", "credits")):
        for kind, words in (forms.get(section) or {}).items():
            data[key][kind] = [*data[key].get(kind, []), *words]


#: What a role opens as a word, no role before a name then (两岸三地记者团走进…, 记者节, 记者会,
#: 记者证: round 66); the review list's byline check reads it the same way (doubt_title).
ROLE_WORD_OPENINGS = "团会节证"


#: What 作者 closes and is then no label or role: a worker, creator or partner (工作者, 创作者,
#: 合作者: 为社区工作者赋能 is a headline), 该作者 a forum's control (只看该作者, round 96).
_WORDS_ENDING_IN_AUTHOR = "工创写合协劳著操该"


def _label_and_byline_patterns(
    label_kind: dict[str, str],
    role_kind: dict[str, str],
    credit_kind: dict[str, str],
    not_glued: tuple[str, ...] = (),
) -> tuple[re.Pattern, re.Pattern]:
    """The pattern of a labelled field (来源：) and of a byline's roles and credits."""
    # Roles and credits stand with or without a colon; other labels only with one
    # (高昌发布 2023-08-28 is an account name and a date, not a 发布 field). Single
    # characters (文, 图, 摄) are roles only where they stand apart (文/张三, 张三/文),
    # never inside a name (李文, 王图); longer roles may be glued to a name (记者张三).
    single = sorted(w for w in {*label_kind, *role_kind, *credit_kind} if len(w) == 1)
    longer = {w for w in {*role_kind, *credit_kind} if len(w) > 1}
    labels_only = {w for w in label_kind if len(w) > 1} - longer
    single_alt = "|".join(map(re.escape, single))
    marks = rf"\s/／{re.escape(''.join(BRACKETS))}{re.escape(BULLETS)}"
    apart = rf"(?:^|(?<=[{marks}]))"
    # the same for a labelled field, which may follow the last one's value after a mark
    # (…工会;文:黄杰;图:谢查莉): 撰稿:辛文 | 责编:… ends on a name, not on a 文| field
    label_apart = rf"(?:^|(?<=[{marks};；,，、]))"
    # A label glued to the text before it (乙源自:中池镇, 发文日期 |) is closed up, and never one
    # that ends an account's name (来源:龙山发布 | 时间:…, 龙山发布 时间:…; session 32)
    longer_labels = {w for w in label_kind if len(w) > 1}
    glued = sorted(longer_labels - set(not_glued), key=len, reverse=True)
    glued_alternation = "|".join(
        rf"(?<![{_WORDS_ENDING_IN_AUTHOR}])作者" if w == "作者" else re.escape(w) for w in glued
    )
    label_pattern = re.compile(
        f"((?<![{CJK}])(?:{_alternation(longer_labels)})|{glued_alternation}"
        f"|{label_apart}(?:{'|'.join(re.escape(w) for w in label_kind if len(w) == 1) or '(?!)'})){_COLON}"
    )
    byline_pattern = re.compile(
        # 作者 closing a word is no role (_WORDS_ENDING_IN_AUTHOR), nor 记者 in a word it opens
        # (ROLE_WORD_OPENINGS)
        rf"(?P<role>(?:{_alternation(labels_only)})(?={_COLON}|\s*《)"
        # (only 作者: 隆回县科协供稿 is the association's credit, round 91)
        rf"|(?:(?!作者)|(?<![{_WORDS_ENDING_IN_AUTHOR}]))(?:{_alternation(longer)})(?![{ROLE_WORD_OPENINGS}])"
        rf"|{apart}(?:{single_alt})(?={_COLON}|[\s/／]|$)"
        rf"|摄(?=\s*$|[\s，,;；、{re.escape(_CLOSERS)}]))(?:{_COLON})?"
    )
    return label_pattern, byline_pattern


@functools.cache
def load_field_rules(path: Path = DATA / "fields.yaml") -> FieldRules:
    """Compile the labels and byline rules data file (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    extra = path.parent / "byline_forms.yaml"  # forms met on unseen sites, kept apart
    forms = yaml.safe_load(extra.read_text(encoding="utf-8")) if extra.exists() else {}
    _merge_forms(data, forms)
    # a read counter's label (浏览量:, 点击数:) is one list, the date reader's: never a name
    counters = load_date_rules(path.parent / "date_rules.yaml").counter_words
    data["labels"]["ignore"] = [*data["labels"]["ignore"], *counters]
    label_kind = {label: kind for kind, labels in data["labels"].items() for label in labels}
    role_kind = {role: "authors" for role in data["reporter_roles"]}  # 记者, 通讯员 …: writers
    role_kind |= {role: kind for kind, roles in data["byline_roles"].items() for role in roles}
    credit_kind = {c: kind for kind, credits in data["byline_credits"].items() for c in credits}
    label_pattern, byline_pattern = _label_and_byline_patterns(
        label_kind, role_kind, credit_kind, tuple(data.get("labels_never_glued", ()))
    )
    surnames, compound = load_surnames(path.parent / "surnames.txt")
    newsroom_role = (
        rf"(?:{alternation(data['reporter_kinds'])})?(?:{alternation(data['reporter_roles'])})"
    )
    not_after_dateline = "".join(data["not_after_dateline"])
    return FieldRules(
        label_kind=label_kind,
        label_pattern=label_pattern,
        bracketed_label=_bracketed_label(label_kind),
        paper_page=re.compile(data["paper_page"]),
        role_kind=role_kind,
        credit_kind=credit_kind,
        byline_pattern=byline_pattern,
        dateline=_dateline_pattern(data, newsroom_role, not_after_dateline),
        not_after_dateline=not_after_dateline,
        surnames=surnames,
        compound_surnames=compound,
        organisation_suffixes=tuple(sorted(data["organisation_suffixes"], key=len, reverse=True)),
        writer_posts=tuple(sorted(data["writer_posts"], key=len, reverse=True)),
        credit_line=re.compile(
            rf"(?:中共)?[{CJK}]{{0,20}}(?:{_alternation(data['credit_line_levels'])})"
            rf"[{CJK}]{{0,10}}?(?:{_alternation(data['credit_line_offices'])})"
        ),
        sign_off_organisation=re.compile(
            rf"(?:中共)?[{CJK}]{{0,20}}"
            rf"(?:{_alternation([*data['credit_line_levels'], *data['sign_off_levels']])})"
            rf"[{CJK}]{{0,10}}?"
            rf"(?:{_alternation([*data['credit_line_offices'], *data['sign_off_offices']])})"
        ),
        not_names=frozenset(data["not_names"]),
        tibetan_name_parts=frozenset(data["tibetan_name_parts"]),
        prose_labels=frozenset(data["prose_labels"]),
        media_suffixes=tuple(data["media_suffixes"]),
        not_sources=frozenset(data["not_sources"]),
        source_platforms=tuple(sorted(data["source_platforms"], key=len, reverse=True)),
        spam_source_words=tuple(data.get("spam_source_words", ())),
        signature=re.compile(
            rf"^([{CJK}]{{2,16}}?(?:{_alternation(data['signing_offices'])}))"
            rf"\s+([{CJK}]{{2,3}})$"
        ),
        outlet_suffixes=tuple(data["outlet_suffixes"]),
        not_outlet_endings=tuple(data["not_outlet_endings"]),
        app_brand_prefixes=tuple(data.get("app_brand_prefixes") or ()),
        place_account_endings=tuple(data["place_account_endings"]),
        reprint_offices=tuple(data["reprint_offices"]),
        wire_channel_words=tuple(data.get("wire_channel_words") or ()),
        credit_marks=tuple((forms.get("credit_marks") or {}).items()),
        not_name_endings=tuple(forms.get("not_name_endings") or ()),
        address_titles=(*data["signing_offices"], *(forms.get("address_titles") or ())),
        reporter_kinds=tuple(data["reporter_kinds"]),
        newsroom_role=newsroom_role,
    )
