"""Photo captions written as plain sentences: the ones no marker or credit names.

A caption without 图为, ▲ or a photographer's credit reads like a short sentence of the
report. What gives it away is where it stands and what it says: it repeats the paragraph
whose photograph it names (the one right above it between paragraphs, the lede right below
it under the headline), and it has none of the words that make a sentence part of the
story (a time, a connective, a speaker, a quotation). Vocabularies and thresholds are in
``data/captions.yaml``; the survey behind them is PATTERNS.md, "Photo captions in the text
(xd)". This module only names lines; dechrome.py removes them and records each. When a
line is not clearly a caption it stays: a caption left is a flaw, a sentence lost is a
loss (doubt_body.py may still flag what stays).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DATA
from .bylines import byline_line
from .lede_words import lede_time_words
from .page import han_count, han_pairs, reads_as_prose


@dataclass(frozen=True)
class CaptionRules:
    """The compiled contents of ``data/captions.yaml``."""

    max_han: int
    min_han: int
    max_commas: int
    min_share: float
    min_shared: int
    report_words: re.Pattern
    lede_opening: re.Pattern


@functools.cache
def load_caption_rules(path: Path = DATA / "captions.yaml") -> CaptionRules:
    """Compile the caption data file (cached: loaded once)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    words = sorted(map(str, data["report_words"]), key=len, reverse=True)
    return CaptionRules(
        max_han=int(data["max_han"]),
        min_han=int(data["min_han"]),
        max_commas=int(data["max_commas"]),
        min_share=float(data["min_share"]),
        min_shared=int(data["min_shared"]),
        report_words=re.compile("|".join(map(re.escape, words))),
        lede_opening=re.compile(
            "|".join(form.replace("{times}", lede_time_words()) for form in data["lede_openings"])
        ),
    )


#: A section's number opening a heading: 一、 （二） 3. 第四
_SECTION_NUMBER = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]|第[一二三四五六七八九十]+[，、：:\s])"
)


def is_plain_caption(line: str, rules: CaptionRules | None = None) -> bool:
    """True for a line shaped like a caption: one short sentence, or a phrase with no
    stop, with no time, connective, speaker or quotation in it.

    >>> is_plain_caption('西沟村党支部在郧阳区参观扶贫产业基地。')
    True
    >>> is_plain_caption('6月25日，西沟村党支部前往郧阳区参观。'), is_plain_caption('村民们纷纷表示感谢。')
    (False, False)
    >>> is_plain_caption('把好清单里的“民生期盼”，让联系群众更有精度。'), is_plain_caption('送关爱')
    (False, False)

    A section's number opens a heading, never a caption (一、富田镇发展村级集体的主要做法 echoes
    the paragraph above it, the town's name and its 村级集体: round 106):

    >>> is_plain_caption('一、富田镇发展村级集体的主要做法'), is_plain_caption('（二）支部带头建基地')
    (False, False)
    """
    rules = rules or load_caption_rules()
    text = line.strip()
    body = text[:-1] if text.endswith("。") else text
    return (
        not _SECTION_NUMBER.match(text)
        and rules.min_han <= han_count(text) <= rules.max_han
        and not re.search(r"[。！？!?；;：:“”\"‘’「」…]", body)
        and len(re.findall(r"[，,]", body)) <= rules.max_commas
        and not rules.report_words.search(body)
    )


def echoes(caption: str, paragraph: str, rules: CaptionRules | None = None) -> bool:
    """True when a paragraph repeats most of a line: the line names its photograph.

    Counted on pairs of characters, so word order and small words (在, 了) do not matter.

    >>> para = '6月25日，西沟村党支部与结对帮扶单位一起前往郧阳区，参观了当地的精准扶贫产业基地。'
    >>> echoes('西沟村党支部在郧阳区参观扶贫产业基地。', para)
    True
    >>> echoes('活动现场气氛热烈。', para), echoes('强化组织建设 筑牢战斗堡垒', para)
    (False, False)
    """
    rules = rules or load_caption_rules()
    pairs = han_pairs(caption)
    if not pairs:
        return False
    shared = sum(pair in paragraph for pair in pairs)
    return shared >= rules.min_shared and shared >= rules.min_share * len(pairs)


def echoed_captions(stripped: list[str], drop: set[int]) -> list[int]:
    """Caption lines that repeat the paragraph they illustrate; the indices of ``stripped``.

    Between paragraphs, a caption repeats the paragraph right above it (a page sets the
    photograph under the paragraph that tells of it; a section heading announces the one
    below). Under the headline, before any paragraph, a caption sentence (ending in 。,
    as a headline never does) repeats the lede right below it, which opens with a time or
    a dateline. Lines in ``drop`` are already furniture and are skipped over.

    >>> lines = ['张湾区西沟乡：主题党日走进扶贫基地',
    ...          '6月25日，西沟村党支部与结对帮扶单位一起前往郧阳区，参观了当地的精准扶贫产业基地。',
    ...          '西沟村党支部在郧阳区参观扶贫产业基地。',
    ...          '6月28日，沙洲村党支部组织全体党员前往丹江口市，学习当地发展庭院经济的经验。']
    >>> echoed_captions(lines, set())
    [2]
    >>> lines = ['华阳街道成立党建服务站', '外卖骑手代表参加华阳街道党建服务站揭牌仪式。',
    ...          '8月3日上午，华阳街道党建服务站揭牌仪式在正西街社区举行，街道和各社区负责人参加。']
    >>> echoed_captions(lines, set())
    [1]

    A headline over its lede repeats it too, but stands first and has no stop; a line
    that repeats the paragraph below it as much as the one above is a heading:

    >>> echoed_captions(lines[:1] + lines[2:], set())
    []
    >>> echoed_captions([lines[2], '华阳街道党建服务站揭牌仪式在正西街社区举行', lines[2]], set())
    []

    A byline under a lede that a mirror opened with the same byline is the credit:

    >>> echoed_captions(['社区有个“娄团长”', '本报记者 张世光 本报通讯员 刘逸尘7月27日下午，在燎原街道一场演出正在进行。',
    ...                  '本报记者 张世光 本报通讯员 刘逸尘', '7月27日下午，在燎原街道一场演出正在进行。'], set())
    []
    """
    rules = load_caption_rules()
    filled = [i for i, text in enumerate(stripped) if text.strip() and i not in drop]
    first_prose = next((i for i in filled if reads_as_prose(stripped[i])), len(stripped))
    found: list[int] = []
    for position, index in enumerate(filled):
        text = stripped[index].strip()
        if position == 0 or not is_plain_caption(text, rules) or byline_line(text):
            continue  # 本报记者 甲 本报通讯员 乙 repeats a lede that opens with it: a credit
        above = stripped[filled[position - 1]].strip()
        below = stripped[filled[position + 1]].strip() if position + 1 < len(filled) else ""
        if first_prose < index:
            if (
                reads_as_prose(above)
                and echoes(text, above, rules)
                and not echoes(text, below, rules)
            ):
                found.append(index)
        elif (
            text.endswith("。")
            and reads_as_prose(below)
            and rules.lede_opening.search(below)
            and echoes(text, below, rules)
        ):
            found.append(index)
    return found
