"""The cleaned report in the script it was captured in: traditional characters kept.

Scholars quote what they saw. A source a site converted to 繁體 is simplified for the
archive (one script, so grep finds every report), but its characters as captured are
evidence too: 乾 and 幹 both simplify to 干, and no s2t conversion of the simplified text
gives them back. So the text the archive keeps (headline, paragraphs and headings,
with pinyin, page furniture and credits removed, punctuation restored) is mapped back,
character by character, onto the lines before simplification.

How: OpenCC t2s changes characters, almost never the length of a line, so each
simplified character has the character it came from (``source_characters``); the
report's cleaned text is a subsequence of the simplified lines with a few marks
changed (，for ,), so aligning the two (difflib) finds where each cleaned character
came from (``as_captured``). What the cleaning changed (punctuation, a letter-spaced
word closed up) is kept as cleaned: only characters the cleaning left alone go back to
their captured form. Never writes, never reads: pure.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from .simplify import to_simplified

#: Written beside a report's Markdown (``<id>.md``): not ``.md``, so ``grep … *.md`` finds
#: each report once, in simplified script, and Pelican does not read it as a report.
SUFFIX = ".orig.txt"


def companion_name(report_id: str) -> str:
    """The file beside a report's Markdown holding its text as captured.

    >>> companion_name('e0089f6acc92')
    'e0089f6acc92.orig.txt'
    """
    return report_id + SUFFIX


def line_sources(original: str, simplified: str) -> list[str]:
    """For each character of a simplified line, the character of the original it came from.

    t2s keeps a line's length nearly always: then the answer is the original line. A
    line whose length changed (a letter-spaced label closed up) is aligned character by
    character, each original character simplified alone; one with no counterpart keeps
    its simplified form.

    >>> line_sources('神河鎮黨建', '神河镇党建')
    ['神', '河', '鎮', '黨', '建']
    >>> ''.join(line_sources('開展 主 題 黨 日 活 動', '开展 主题党日活动'))
    '開展 主題黨日活動'
    """
    if len(original) == len(simplified):
        return list(original)
    sources = list(simplified)
    each = [to_simplified(character) for character in original]
    matcher = SequenceMatcher(None, each, list(simplified), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            sources[j1:j2] = original[i1:i2]
    return sources


def source_characters(original: list[str], simplified: list[str]) -> tuple[str, list[str]]:
    """The simplified lines as one text, and for each of its characters its captured form.

    >>> text, sources = source_characters(['本網訊', '鎮黨委'], ['本网讯', '镇党委'])
    >>> text, ''.join(sources)
    ('本网讯\\n镇党委', '本網訊\\n鎮黨委')
    """
    sources: list[str] = []
    for index, (before, after) in enumerate(zip(original, simplified, strict=True)):
        if index:
            sources.append("\n")
        sources += line_sources(before, after)
    return "\n".join(simplified), sources


def as_captured(cleaned: str, simplified: str, sources: list[str]) -> tuple[str, int, int]:
    """The cleaned text with each character the cleaning left alone in its captured form;
    how many characters were found, and where the last one ends in ``simplified``.

    ``cleaned`` is what the archive keeps (simplified, furniture removed, punctuation
    restored); ``simplified`` and ``sources`` come from ``source_characters``. A mark the
    cleaning restored stays restored (，not ,); a character found nowhere in the lines
    (a devised title's words) stays as it is.

    >>> text, sources = source_characters(
    ...     ['用戶中心 | 手機版 | 繁體', '神河鎮在開展村級黨組織“升級晉檔,科學發展”活動中,突出農民增收'],
    ...     ['用户中心 | 手机版 | 繁体', '神河镇在开展村级党组织“升级晋档,科学发展”活动中,突出农民增收'])
    >>> as_captured('神河镇在开展村级党组织“升级晋档，科学发展”活动中，突出农民增收', text, sources)
    ('神河鎮在開展村級黨組織“升級晉檔，科學發展”活動中，突出農民增收', 30, 48)

    乾 and 幹 both simplify to 干: the captured one comes back, which s2t cannot give.

    >>> text, sources = source_characters(['乾隆年間幹部'], ['乾隆年间干部'])
    >>> as_captured('乾隆年间干部', text, sources)[0]
    '乾隆年間幹部'
    """
    out, found, end = list(cleaned), 0, 0
    matcher = SequenceMatcher(None, cleaned, simplified, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out[i1:i2] = sources[j1:j2]
            found, end = found + i2 - i1, j2
    return "".join(out), found, end


#: How far past the end of the block before a block is looked for, beyond its own length:
#: furniture removed between two paragraphs (a caption, a share bar) is rarely longer.
SLACK = 400


def captured_piece(piece: str, text: str, sources: list[str], start: int = 0) -> tuple[str, int]:
    """One block as captured, and where it ends in ``text``: looked for after ``start``.

    Aligning each block in a window after the one before costs a few milliseconds where
    aligning the whole text cost fifty; a block found verbatim (no mark restored) costs a
    ``find``. One that the window misses (a long removal before it) is aligned with the
    whole text.

    >>> text, sources = source_characters(['鎮黨委,開會。', '鎮黨委,開會。再會。'], ['镇党委,开会。', '镇党委,开会。再会。'])
    >>> captured_piece('镇党委，开会。再会。', text, sources, 7)
    ('鎮黨委，開會。再會。', 18)
    """
    at = text.find(piece, start)
    if at >= 0:
        return "".join(sources[at : at + len(piece)]), at + len(piece)
    anchor = text.find(piece[:4], start)
    lo = anchor if 0 <= anchor - start <= SLACK else start
    hi = lo + len(piece) + SLACK
    captured, found, end = as_captured(piece, text[lo:hi], sources[lo:hi])
    if found * 2 >= len(piece):
        return captured, lo + end
    captured, _, end = as_captured(piece, text, sources)
    return captured, max(start, end)


def captured_blocks(
    title: str, blocks: list[tuple[str, str]], original: list[str], simplified: list[str]
) -> tuple[str, list[tuple[str, str]]]:
    """The headline and the body's blocks (kind, text) in the script they were captured in.

    Each block is looked for after the one before it, so a paragraph that repeats
    another's words still finds its own place; each keeps its kind, so the two versions
    have the same shape. The headline is looked for anywhere (a devised one quotes the
    first paragraph).

    >>> captured_blocks('神河镇“升级晋档”', [('h2', '抓经济检验党建工作成效'), ('p', '镇党委制定了实施意见。')],
    ...     ['神河鎮“升級晉檔”', '抓經濟檢驗黨建工作成效', '鎮黨委制定了實施意見。'],
    ...     ['神河镇“升级晋档”', '抓经济检验党建工作成效', '镇党委制定了实施意见。'])
    ('神河鎮“升級晉檔”', [('h2', '抓經濟檢驗黨建工作成效'), ('p', '鎮黨委制定了實施意見。')])
    """
    text, sources = source_characters(original, simplified)
    headline, _ = captured_piece(title, text, sources)
    out, at = [], 0
    for kind, piece in blocks:
        captured, at = captured_piece(piece, text, sources, at)
        out.append((kind, captured))
    return headline, out
