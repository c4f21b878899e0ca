"""Meta lines: the short field lines around a report (来源：… 作者：… 2024-03-05, a byline with its
day) as against prose. Moved out of dating.py, which reads dates on them, when it reached the
600-line limit (session 22); placed_captions.py asks them too.
"""

from __future__ import annotations

import re

from . import field_rules
from .page import HAN
from .structure import SENTENCE_MARKS


def is_sentence_like(text: str) -> bool:
    """Prose rather than a meta line: sentence punctuation, or a long run of Chinese.

    Raw pages often keep half-width commas in prose (ingest restores full-width
    punctuation later), so a half-width comma counts when Chinese text runs on.
    """
    han = len(HAN.findall(text))
    return bool(SENTENCE_MARKS.search(text)) or han > 30 or (han >= 15 and "," in text)


def is_source_line(text: str) -> bool:
    """A short meta line with a source, author, editor or counter label (fields.yaml).

    Templates that align their labels space them out (``来 源 :``, ``作 者 :``), so
    the length that says "short" is counted without spaces, and a spaced label is
    looked up as written closed up. A social-work platform's first line runs five
    fields on one line, a date first (48936.com, PATTERNS.md "Dates and sign-offs
    on unseen templates (xj)"):

    >>> is_source_line('2021-03-12 15:20:41 来 源 : 某某市金水区彩虹社会工作服务中心 '
    ...                 '作 者 : 南阳路街道党群服务中心项目 发布者 : 甲乙丙 阅读量 : 8421')
    True
    >>> is_source_line('3月9日，来源于群众的意见建议被逐条梳理，纳入村里的问题清单。')
    False

    A photograph's caption credited to an agency is no meta line, and its date is the
    picture's (round 28):

    >>> is_source_line('上图:2003年的下姜村;下图:2017年8月9日航拍的下姜村。新华社发')
    False
    """
    rules = field_rules.load_field_rules()
    if re.match(r"\s*(?:[上下左右组]?图|图注|图说)\s*[:：]|\s*图为", text):
        return False
    return len(re.sub(r"\s", "", text)) <= 80 and (
        any(
            rules.label_kind.get(re.sub(r"\s", "", m.group(1)), "date") != "date"
            for m in rules.label_pattern.finditer(text)
        )
        or is_dated_byline(text)
    )


def is_dated_byline(text: str) -> bool:
    """A byline and its day on one line, no label (中国邮政报采访组 甲 乙 丙 丁 戊 己 2023-09-04,
    round 51): a meta line however many names it lists, where the dates' rules count a long
    line of names as text.

    >>> is_dated_byline('中国邮政报采访组 毛志鹏 张丹丹 袁威 张晨昱 潘琛 张泽中 2023-09-04')
    True
    >>> is_dated_byline('记者 王敏 通讯员 李响'), is_dated_byline('2023年9月4日，采访组来到兴福镇')
    (False, False)
    >>> is_dated_byline('2024-03-05 10:21 欧阳子涵 王小明')   # names alone: the dates' own rule
    False
    """
    from .bylines import byline_line
    from .stated_dates import find_dates

    spans = find_dates(text)
    if not spans:
        return False
    rest = text
    for start, end, _ in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    byline = None if SENTENCE_MARKS.search(rest) else byline_line(rest.strip())
    # a role or a unit says so; names alone beside a date keep dating.py's own rule (甲 乙 2024-03-05)
    return bool(byline) and bool(byline.source or byline.newsroom or byline.rule != "bare-names")


def is_meta_line(text: str) -> bool:
    """A field line that is not prose: another field (a source, byline or counter) with it.

    A bare 时间 inside the body introduces an event (``时间：2024年3月9日上午9时``);
    the same label on a line that also carries a read counter or a source is the
    article's meta line, left inside the body span when the headline above reads
    like a sentence (``…“连心桥”，葡萄园里传来好消息！``).

    >>> is_meta_line('时间：2024-08-06 18:22浏览：1289'), is_meta_line('时间：2024年3月9日上午9时')
    (True, False)
    """
    return is_source_line(text) and not is_sentence_like(text)
