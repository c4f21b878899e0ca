"""Second looks at the body left after chrome and credits were cut: reasons to put it on the review list.

See doubts.py for why these exist and how a check earns its place. Chrome removal cuts
the furniture it knows; on a site nobody has seen, what it does not know stays in the
text and nothing says so. These checks read the *finished* body, block by block, for
what a curator would notice at a glance: a watermark's jammer text, a furniture label
or notice, a web address or telephone number, a photograph's caption or credit, a
heading that is a caption or a site's label, an e-paper's page mark. They never change
the body; each returns a short reason (in Chinese, quoting what it saw) or nothing.

Vocabularies and thresholds are in ``data/doubt_body.yaml``; the measured numbers of
each check are in PATTERNS.md ("Second looks at the body (db)").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DATA, alternation
from .lone_captions import described_view
from .page import han_count

#: Marks that end a sentence, and the marks between its parts: wider than
#: structure.CLAUSE_MARKS (semicolons and colons too), since a caption sentence has none.
_SENTENCE_STOPS = "。！？!?…"
_INNER_MARKS = "，,；;：:、"


@dataclass(frozen=True)
class BodyDoubtRules:
    """The compiled contents of ``data/doubt_body.yaml``."""

    watermark_min_tokens: int
    watermark_max_chars: int
    watermark_min_mixed: int
    label_line: re.Pattern
    notice: re.Pattern
    contact: re.Pattern
    photo_credit: re.Pattern
    caption_max_chars: int
    caption_min_count: int
    caption_heading_tails: tuple[str, ...]
    scene_heading: re.Pattern
    numbered_heading: re.Pattern
    page_mark: re.Pattern
    spam_ad: re.Pattern
    lede_after_date: re.Pattern
    repeated_max_chars: int
    repeated_min_count: int
    run_together_min_chars: int
    scattered_symbols: re.Pattern
    scattered_min_count: int
    stray: StrayLineRules
    english_run: re.Pattern


@dataclass(frozen=True)
class StrayLineRules:
    """The ``stray_line`` section of ``data/doubt_body.yaml``."""

    max_han: int
    last_max_han: int
    min_prose: int
    max_share: float
    marks: re.Pattern
    ends: re.Pattern
    not_stray: re.Pattern


@functools.cache
def load_body_doubt_rules(path: Path = DATA / "doubt_body.yaml") -> BodyDoubtRules:
    """Compile the body checks' data file (cached: loaded once)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    labels = alternation(data["label_words"])
    separators = re.escape(data["label_separators"])
    watermark, caption, stray = data["watermark"], data["caption_sentence"], data["stray_line"]
    return BodyDoubtRules(
        watermark_min_tokens=int(watermark["min_tokens"]),
        watermark_max_chars=int(watermark["max_token_chars"]),
        watermark_min_mixed=int(watermark["min_mixed"]),
        label_line=re.compile(rf"^[【\[]?(?:{labels})\s*(?:[】\]]|\s*[{separators}])"),
        notice=re.compile("|".join(map(re.escape, data["notice_phrases"]))),
        contact=re.compile(data["contact"]),
        photo_credit=re.compile(data["photo_credit"]),
        caption_max_chars=int(caption["max_chars"]),
        caption_min_count=int(caption["min_count"]),
        caption_heading_tails=tuple(data["caption_heading_tails"]),
        scene_heading=re.compile(data["scene_heading"]),
        numbered_heading=re.compile(data["numbered_heading"]),
        page_mark=re.compile(data["page_mark"]),
        spam_ad=re.compile(data["spam_ad"]),
        lede_after_date=re.compile(data["lede_after_date"]),
        repeated_max_chars=int(data["repeated_block"]["max_chars"]),
        repeated_min_count=int(data["repeated_block"]["min_count"]),
        run_together_min_chars=int(data["run_together_min_chars"]),
        scattered_symbols=re.compile(data["scattered_symbols"]),
        scattered_min_count=int(data["scattered_min_count"]),
        stray=StrayLineRules(
            max_han=int(stray["max_han"]),
            last_max_han=int(stray["last_max_han"]),
            min_prose=int(stray["min_prose"]),
            max_share=float(stray["max_share"]),
            marks=re.compile(stray["marks"]),
            ends=re.compile(stray["ends"]),
            not_stray=re.compile(stray["not_stray"]),
        ),
        english_run=re.compile(data["english_run"]),
    )


def _plain(text: str) -> str:
    """A block as the checks compare it: NFKC (full- and half-width alike), ends trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def _quoted(text: str, limit: int = 16) -> str:
    """A short quotation of what a check saw, for the reason a curator reads."""
    text = " ".join(text.split())
    return f"“{text[:limit]}…”" if len(text) > limit else f"“{text}”"


def watermark_tail(text: str, rules: BodyDoubtRules | None = None) -> str | None:
    """The run of jammer tokens in a block, if it holds one.

    Forum software prints random letters and symbols in hidden spans between a post's
    lines so that a copy carries them; a scraper keeps them, and when they share a line
    with the text no line rule can cut them. A report has no run of five short tokens
    mixing letters, digits and symbols.

    >>> watermark_tail("党员们用实际行动营造了整洁的环境。 ! w0 q O% N1 x2 Y")
    '! w0 q O% N1 x2 Y'
    >>> watermark_tail("全镇建成5G基站12个，覆盖率达98%，群众用上了APP。") is None
    True
    """
    rules = rules or load_body_doubt_rules()
    run: list[str] = []
    best: list[str] = []
    for token in _plain(text).split() + [""]:
        if token and len(token) <= rules.watermark_max_chars and token.isascii():
            run.append(token)
            continue
        if _mixed(run) >= rules.watermark_min_mixed and len(run) > len(best):
            best = run
        run = []
    return " ".join(best) if len(best) >= rules.watermark_min_tokens else None


def _mixed(tokens: list[str]) -> int:
    """How many tokens mix a letter or digit with a symbol, or a letter with a digit."""
    count = 0
    for token in tokens:
        alnum = any(c.isalnum() for c in token)
        symbol = any(not c.isalnum() for c in token)
        letter_digit = any(c.isalpha() for c in token) and any(c.isdigit() for c in token)
        count += (alnum and symbol) or letter_digit
    return count


def furniture_line(text: str, rules: BodyDoubtRules | None = None) -> str | None:
    """What in a block reads as page furniture: a label opening it, a site notice, a contact.

    A staff list (``制作：某某``), an editor, a counter or a related list opens with its
    label and a separator; a site's copyright or repost notice uses set phrases; a web
    address, an image's data address, an e-mail, an ICP licence or a mobile number is
    never part of a township report's sentences.

    >>> furniture_line("投稿邮箱：xmt2024@163.com")
    '投稿邮箱:'
    >>> furniture_line("本文为某某新闻网原创文章，转载请附上原文出处链接。")
    '原创文章'
    >>> furniture_line("编辑部的同志来到沙河镇，与村干部座谈。") is None
    True
    """
    rules = rules or load_body_doubt_rules()
    plain = _plain(text)
    for pattern in (rules.label_line, rules.notice, rules.contact):
        found = pattern.search(plain)
        if found:
            return found.group(0).strip()
    return None


def photo_credit(text: str, rules: BodyDoubtRules | None = None) -> str | None:
    """A photograph's caption or credit left in a block, if there is one.

    Chrome removal cuts a caption line it recognises; a caption glued to a paragraph, or
    a credit in a form it does not know, stays and reads as part of the report.

    >>> photo_credit("图为邹振宇（左）在莲田查看长势。受访者供图驻村后，他和村两委商量办合作社。")
    '图为'
    >>> photo_credit("濯水镇开展“廊桥议事”活动 摄影 冉晓东")
    '摄影 冉晓东'
    >>> photo_credit("村里建起农家书屋，为村民提供图书借阅服务。") is None
    True
    >>> photo_credit("春节假期，游客们在景区中心广场欣赏烟花。(景区提供)")
    '景区提供'
    >>> photo_credit("各村的主要做法由镇党政办提供。") is None
    True
    """
    rules = rules or load_body_doubt_rules()
    found = rules.photo_credit.search(_plain(text))
    return found.group(0).strip(" (（)）。") if found else None


def caption_sentences(blocks, rules: BodyDoubtRules | None = None) -> list[str]:
    """The body's short one-sentence paragraphs, when there are enough to be captions.

    A photo story printed as text leaves each picture's caption as a paragraph of its
    own: a short sentence with no clause (``村民在坑塘边垂钓。``). One such line can be a
    report's closing remark; two or more in one body are captions.

    >>> caption_sentences([("p", "官路边村推行积分制，村里的环境一年比一年好。"),
    ...                    ("p", "村民在坑塘边垂钓。"), ("p", "村庄一派和美景象。")])
    ['村民在坑塘边垂钓。', '村庄一派和美景象。']
    >>> caption_sentences([("p", "会后，大家来到村里的党员活动室参观，了解积分制。"),
    ...                    ("p", "大家纷纷表示受益匪浅。")])
    []
    """
    rules = rules or load_body_doubt_rules()
    short = []
    for kind, text in blocks:
        plain = _plain(text)
        inner = plain[:-1]
        if (
            kind == "p"
            and len(plain) <= rules.caption_max_chars
            and plain.endswith(tuple(_SENTENCE_STOPS))
            and not any(mark in inner for mark in _SENTENCE_STOPS + _INNER_MARKS)
        ):
            short.append(plain)
    return short if len(short) >= rules.caption_min_count else []


def caption_heading(text: str, rules: BodyDoubtRules | None = None) -> bool:
    """Whether a heading reads as a picture's caption or a site's label, not a section title.

    A caption standing alone between paragraphs is taken for a subheading; so is a
    profile card's label. Both end with a word for a scene, a picture or a card, or say
    in a few characters who is doing what; a numbered heading is the text's structure.

    >>> caption_heading("党员在投票"), caption_heading("先进事迹"), caption_heading("微信图片")
    (True, True, True)
    >>> caption_heading("党员带头闯市场"), caption_heading("（二）存在的困难")
    (False, False)

    A view described with a modifier that does not settle it (lone_captions.py cuts the
    ones that do) is a caption as often as a heading:

    >>> caption_heading("党旗下的村庄"), caption_heading("如今的金花村")
    (True, False)
    """
    rules = rules or load_body_doubt_rules()
    plain = _plain(text)
    if rules.numbered_heading.match(plain):
        return False
    return (
        plain.endswith(rules.caption_heading_tails)
        or bool(rules.scene_heading.fullmatch(plain))
        or described_view(plain)
    )


def spam_ad(text: str, rules: BodyDoubtRules | None = None) -> str | None:
    """A spam copy's advertising phrase run into a block, if there is one.

    >>> spam_ad("发展竹木某某脑科医院具体位置种植2万亩、稻田养鱼5000余亩。")
    '医院具体位置'
    >>> spam_ad("镇卫生院新址启用，群众就医更方便。") is None
    True

    A gambling site's name or lure, the trade's own words; a village 六合村 is no lure:

    >>> spam_ad("后续坐褥责任澳门六合彩票开奖记录，为马铃薯产业"), spam_ad("清源镇六合村农民夜校挂牌开课。")
    ('六合彩', None)
    """
    rules = rules or load_body_doubt_rules()
    found = rules.spam_ad.search(text)
    return found.group(0) if found else None


def page_mark(text: str, rules: BodyDoubtRules | None = None) -> str | None:
    """An e-paper's page or photo mark glued to the end of a paragraph, if there is one.

    >>> page_mark("去年以来，全村没有发生一起越级上访。②17")
    '②17'
    >>> page_mark("全村共有党员②名。") is None
    True
    """
    rules = rules or load_body_doubt_rules()
    found = rules.page_mark.search(text.strip())  # not NFKC: it reads ② as 2
    return found.group(0)[1:] if found else None


def lede_after_date(lines, rules: BodyDoubtRules | None = None) -> str | None:
    """The sentence run on after the date of a date line cut from the text, if one was.

    A template that prints the lede right after 时间：2022-05-25 with no break makes the
    whole paragraph a date line; chrome removal cuts it, and the body starts at its second
    paragraph with nothing to say so.

    >>> lede_after_date(["来源:怀柔区文明办", "时间:2022-05-25面对强降雨天气，北房镇组织党员下沉村居。"])
    '面对强降雨天气，北房镇组织党员下沉村居。'
    >>> lede_after_date(["时间:2024-05-03 17:34:07 来源:怀柔区文明办 作者:王明 点击:96次"]) is None
    True
    """
    rules = rules or load_body_doubt_rules()
    for line in lines:
        found = rules.lede_after_date.search(_plain(line).replace(",", "，"))
        if found:
            return found.group(1)
    return None


def repeated_block(blocks, rules: BodyDoubtRules | None = None) -> tuple[str, int] | None:
    """A short block the body prints again and again (a mirror's watermark), and how often.

    >>> repeated_block([("p", "春茶开采了。"), ("h2", "ABC安康新闻网"), ("p", "茶农忙起来了。"), ("h2", "ABC安康新闻网")])
    ('ABC安康新闻网', 2)
    >>> repeated_block([("h2", "一、建强支部"), ("p", "支部建在产业链上。"), ("h2", "二、做强产业")]) is None
    True
    """
    rules = rules or load_body_doubt_rules()
    counts: dict[str, int] = {}
    for _kind, text in blocks:
        text = _plain(text)
        if text and len(text) <= rules.repeated_max_chars:
            counts[text] = counts.get(text, 0) + 1
    repeated = [(text, n) for text, n in counts.items() if n >= rules.repeated_min_count]
    return repeated[0] if repeated else None


def run_together_opening(blocks, rules: BodyDoubtRules | None = None) -> str | None:
    """The first paragraph, when it is long and has no comma or stop at all: an e-paper's
    list of the issue's headlines (or a menu) run together, not a lede. A colon is no
    clause mark here: the list's own labels (本期出版日期：) have one.

    >>> run_together_opening([("p", "我市召开防汛工作会议县长到洗耳河巡河调研驻村书记来站台山货走进大郑州工作队帮俺架起连心桥")])
    '我市召开防汛工作会议县长到洗耳河巡河调研驻村书记来站台山货走进大郑州工作队帮俺架起连心桥'
    >>> run_together_opening([("p", "这一期我们来到了西江镇，吊脚楼层层叠叠铺满山坡，石板路上游人不断")]) is None
    True
    """
    rules = rules or load_body_doubt_rules()
    first = next((_plain(text) for kind, text in blocks if kind == "p"), "")
    if len(first) < rules.run_together_min_chars:
        return None
    return None if re.search(f"[{_SENTENCE_STOPS}，,、；;]", first) else first


def scattered_symbols(blocks, rules: BodyDoubtRules | None = None) -> list[str]:
    """The symbols set between the characters of words, when a body has enough of them to be
    a noisy copy's; [] otherwise (one arrow in 党建→产业 is meant).

    >>> scattered_symbols([("p", "居民们跑跳●、欢笑，一起迎接↙新年；青海∏省西宁市")])
    ['●', '↙', '∏']
    >>> scattered_symbols([("p", "推行党建→产业联动，定海区干□镇")])
    []
    """
    rules = rules or load_body_doubt_rules()
    found = [m for _, text in blocks for m in rules.scattered_symbols.findall(text)]
    return found if len(found) >= rules.scattered_min_count else []


def stray_line(blocks, rules: BodyDoubtRules | None = None) -> str | None:
    """A short line with no mark at all among punctuated paragraphs, or a last line that
    stops without a sentence's end: a label, a caption, a menu item or a cut copy's tail.

    Prose is punctuated; what chrome removal did not know and left among the paragraphs
    often is not (【情景再现】, 爱心捐赠者). A page printed a phrase to a line (a poem, a
    video script, a list) has many such lines and each is its text, so only a body with a
    few of them among enough prose is doubted.

    >>> prose = [("p", "近年来，星光村坚持党建引领，把党员编入产业小组，带动群众种茶增收。")] * 3
    >>> stray_line(prose[:2] + [("p", "【情景再现】")] + prose[2:])
    '【情景再现】'
    >>> stray_line(prose + [("p", "此外，徽班博物馆、京黄大剧院、")])
    '此外,徽班博物馆、京黄大剧院、'
    >>> stray_line(prose + [("p", "6月16日"), ("h2", "建强支部")]) is None
    True
    """
    rules = rules or load_body_doubt_rules()
    stray = rules.stray
    paragraphs = [_plain(text) for kind, text in blocks if kind == "p"]
    prose = [text for text in paragraphs if re.search(f"[{_SENTENCE_STOPS}]", text)]
    short = [
        text
        for text in paragraphs
        if 2 <= han_count(text) <= stray.max_han
        and not stray.marks.search(text)
        and not stray.not_stray.search(text)
    ]
    if len(prose) < stray.min_prose or len(short) > max(2, stray.max_share * len(prose)):
        return None
    if short:
        return short[0]
    last = _plain(blocks[-1][1]) if blocks[-1][0] == "p" else ""
    if 2 <= han_count(last) <= stray.last_max_han and not stray.ends.search(last):
        return last
    return None


def english_run(text: str, rules: BodyDoubtRules | None = None) -> str | None:
    """Three English words in a row in a block: a site's English chrome or a translated
    page's text; a report in Chinese names an acronym (APP, 5G) but prints no sentence.

    >>> english_run("村里还开通了APP，5G信号覆盖全村。") is None
    True
    >>> english_run("这是原文的摘要。... read full story")
    'read full story'
    """
    rules = rules or load_body_doubt_rules()
    found = rules.english_run.search(_plain(text))
    return found.group(0) if found else None


def body_doubts(finished) -> list[str]:
    """Reasons, in Chinese for curators, to doubt the report's body.

    One reason per kind, quoting the first block that raised it.

    >>> from types import SimpleNamespace
    >>> body_doubts(SimpleNamespace(blocks=(("p", "沙河镇召开党建工作会，部署全年工作。"),)))
    []
    >>> body_doubts(SimpleNamespace(blocks=(("p", "沙河镇召开党建工作会，部署全年工作。"),
    ...                                     ("p", "责任编辑：王芳"))))
    ['正文存疑：留有页面杂项“责任编辑:”（编辑、版权、网址或电话），请核对正文末尾与段间']
    """
    rules = load_body_doubt_rules()
    blocks = tuple(getattr(finished, "blocks", ()) or ())
    reasons: dict[str, str] = {}
    for kind, text in blocks:
        if (seen := watermark_tail(text, rules)) and "watermark" not in reasons:
            reasons["watermark"] = f"正文存疑：段中夹有论坛防复制乱码{_quoted(seen)}，请删去"
        if (seen := furniture_line(text, rules)) and "furniture" not in reasons:
            reasons["furniture"] = (
                f"正文存疑：留有页面杂项{_quoted(seen)}（编辑、版权、网址或电话），请核对正文末尾与段间"
            )
        if (seen := photo_credit(text, rules)) and "credit" not in reasons:
            reasons["credit"] = f"正文存疑：留有图片说明或摄影署名{_quoted(seen)}"
        if kind != "p" and caption_heading(text, rules) and "heading" not in reasons:
            reasons["heading"] = f"正文存疑：小标题{_quoted(text)}像图片说明或栏目标签"
        if (seen := page_mark(text, rules)) and "mark" not in reasons:
            reasons["mark"] = f"正文存疑：段末留有版面标记{_quoted(seen)}"
        if (seen := spam_ad(text, rules)) and "ad" not in reasons:
            reasons["ad"] = f"正文存疑：段中夹有广告词{_quoted(seen)}，请删去"
        if (seen := english_run(text, rules)) and "english" not in reasons:
            reasons["english"] = f"正文存疑：留有英文句子{_quoted(seen)}，像页面杂项或外文原文"
    if blocks and (seen := stray_line(blocks, rules)):
        reasons["stray"] = (
            f"正文存疑：段间留有不成句的短行{_quoted(seen)}，像栏目标签、图片说明或导航"
        )
    if seen := run_together_opening(blocks, rules):
        reasons["opening"] = f"正文存疑：首段{_quoted(seen)}没有一个标点，像电子报目录或导航"
    if seen := repeated_block(blocks, rules):
        reasons["repeated"] = (
            f"正文存疑：{_quoted(seen[0])}在正文中出现{seen[1]}次，像水印或页面标签"
        )
    cut = (*(getattr(finished, "header", ()) or ()), *(getattr(finished, "furniture", ()) or ()))
    if seen := lede_after_date(cut, rules):
        reasons["lede"] = f"正文存疑：删去的日期行后接着一句正文{_quoted(seen)}，首段可能缺了"
    if scattered := scattered_symbols(blocks, rules):
        reasons["symbols"] = (
            f"正文存疑：字间夹有{len(scattered)}个杂符号（如“{scattered[0]}”），像防复制的干扰符号，请删去"
        )
    captions = caption_sentences(blocks, rules)
    if captions:
        reasons["captions"] = (
            f"正文存疑：有{len(captions)}句像图片说明的短句（如{_quoted(captions[0])}）"
        )
    return list(reasons.values())
