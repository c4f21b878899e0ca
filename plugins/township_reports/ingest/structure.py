"""Give a cleaned report its shape: headline, paragraphs, section headings, safe Markdown.

One paragraph per line (a line break inside Chinese text would become a stray
space in HTML), short heading lines between paragraphs become ``##`` headings,
and every character of source text is escaped so it can never turn into HTML
or Markdown structure.
"""

from __future__ import annotations

import re

_SENTENCE_END = "。！？；…”’）)!?;"
_HAN = re.compile(r"[\u4e00-\u9fff]")
MAX_HEADLINE = 60
MAX_HEADING = 30
#: The words a photographer's credit closes on (… 记者 苏建强 摄).
PHOTO_CREDIT_WORDS = ("摄", "摄影", "供图")
#: A photographer's credit closing a line, spaced off the caption.
_PHOTO_CREDIT_END = re.compile(rf"\s[\u4e00-\u9fff]{{2,4}}\s*(?:{'|'.join(PHOTO_CREDIT_WORDS)})$")
#: The marks between the clauses of one sentence: a line ending on one goes on in the next,
#: and one opening with one goes on from the line before (join_hard_wrapped_lines, injected.py).
CLAUSE_MARKS = ("，", ",", "、")
#: A full-width mark only running prose carries: a line holding one is a sentence, not a
#: label, a heading or a sign-off (dating.py, sign_offs.py).
SENTENCE_MARKS = re.compile(r"[，。；！？]")


def is_headline(line: str) -> bool:
    """True when a leading line reads as a headline: short, Chinese, no sentence ending.

    >>> is_headline('潼关县太要镇：党建引领激发乡村振兴新动能')
    True
    >>> is_headline('本网讯（通讯员 王密）近年来，平利县兴隆镇坚持“生态立镇、产业强镇、旅游兴镇”的实施路径。')
    False
    """
    line = line.strip()
    return (
        4 <= len(line) <= MAX_HEADLINE
        and bool(_HAN.search(line))
        and not line.endswith(tuple("。！？；…，、："))
        and line.count("，") <= 2
    )


def is_section_heading(line: str) -> bool:
    """True for a short line between paragraphs that names a section.

    >>> is_section_heading('抓经济检验党建工作成效'), is_section_heading('“五星”同创 一体推进 聚力聚效竞相出彩')
    (True, True)
    >>> is_section_heading('一是扛稳责任抓统筹。镇党委深入研究省、市、县“五星”支部创建指示精神。')
    False
    """
    line = line.strip()
    return (
        2 <= len(line) <= MAX_HEADING
        and bool(_HAN.search(line))
        and not line.endswith(tuple(_SENTENCE_END + "，、：:,"))
        and "。" not in line
    )


def join_hard_wrapped_lines(lines: list[str]) -> list[str]:
    """Join lines that a source hard-wrapped inside a paragraph; blank lines separate paragraphs.

    A line continues the previous one when the previous one is longer than a
    heading and does not end a sentence, or whatever its length when it ends with a
    comma: no heading does (本报记者 甲 通讯员 乙昨天傍晚， / 金山区…).

    >>> join_hard_wrapped_lines(['鎮黨委在綜合分析農村經濟社會發展現狀的基礎上，制定了《村級黨組織', '“升級晉檔，科學發展”活動實施意見》。', '', '抓經濟檢驗黨建工作成效'])
    ['鎮黨委在綜合分析農村經濟社會發展現狀的基礎上，制定了《村級黨組織“升級晉檔，科學發展”活動實施意見》。', '', '抓經濟檢驗黨建工作成效']
    >>> join_hard_wrapped_lines(['本报记者 甲 通讯员 乙昨天傍晚，', '金山区八一村的礼堂里坐满了村民。'])
    ['本报记者 甲 通讯员 乙昨天傍晚，金山区八一村的礼堂里坐满了村民。']

    A line that opens with a comma goes on from the text above it across blank lines
    (a spam copy broke the sentence there to set its keywords between the pieces):

    >>> join_hard_wrapped_lines(['湖口乡争取设置村集会所有希望，', '', '，县教育处勘查确认。'])
    ['湖口乡争取设置村集会所有希望，县教育处勘查确认。']

    A caption's photographer credit ends its line with no full stop, and the next line is
    not its continuation (…品质最佳。 通讯员 余军军 海南日报记者 苏建强 摄 / 我种了18年茶，…,
    round 57):

    >>> join_hard_wrapped_lines(['清明节之前的春季是采茶的好时节，这时的茶叶品质最佳。 记者 苏建强 摄', '我种了18年茶。'])
    ['清明节之前的春季是采茶的好时节，这时的茶叶品质最佳。 记者 苏建强 摄', '我种了18年茶。']
    """
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if line and out and not out[-1]:
            filled = next((text for text in reversed(out) if text), "")
            if line.startswith(CLAUSE_MARKS) or filled.endswith(CLAUSE_MARKS):
                while out and not out[-1]:
                    out.pop()  # a clause never opens or closes a paragraph: the blank was no break
        if line.startswith(CLAUSE_MARKS) and out and out[-1].endswith(CLAUSE_MARKS):
            line = line[1:].lstrip()  # 有希望， + ，县教育处… : one comma, not two
        previous = out[-1] if out else ""
        if (
            line
            and previous
            and (len(previous) > MAX_HEADING or previous.endswith(CLAUSE_MARKS))
            and not previous.endswith(tuple(_SENTENCE_END))
            and not _PHOTO_CREDIT_END.search(previous)
        ):
            out[-1] = previous + line
        else:
            out.append(line)
    return out


#: Where a page flattened onto one line had its paragraph breaks: a space or two after
#: a sentence's end (。 ！ ？, or a quotation closing one), before more text. (A wide
#: gap is a magazine's columns side by side, not a break.)
_LOST_BREAK = re.compile(r"(?:(?<=[。！？])|(?<=[。！？][”’」]))[ \u3000\t]{1,2}(?=\S)")
_AFTER_QUOTE = re.compile(r"[”’」][ \u3000\t]{1,2}(?=\S)")
#: A text that spaces its commas too spaces every mark: its spaces are style, not breaks.
_SPACED_COMMA = re.compile(r"[，、；：][ \u3000]")


def split_flattened_paragraph(text: str) -> list[str]:
    """A paragraph that is really several, split where the page lost its line breaks.

    Some portals print a whole page as one line: each paragraph's last sentence is
    followed by a space, then the next paragraph (Chinese text never puts a space after
    a full stop). Split there, so each paragraph, and the credit line under the text,
    stands alone. A text that spaces every mark (``群众， 广泛参与。 此次…``) is left whole,
    and so is a quotation closing in mid-sentence (``从 “守着景区过穷日子” 到 …``). A
    space after a quotation alone is no break: the speaker follows it (``…10万元。” 村民
    姚尾说``); on a page flattened at several places, it is.

    >>> split_flattened_paragraph('4月9日，某镇召开擂台会。 会上，村支书介绍了做法。 总审丨张三 责编丨李四')
    ['4月9日，某镇召开擂台会。', '会上，村支书介绍了做法。', '总审丨张三 责编丨李四']
    >>> split_flattened_paragraph('形成了党员带头， 群众广泛参与的态势。 此次活动， 引导群众参与。')
    ['形成了党员带头， 群众广泛参与的态势。 此次活动， 引导群众参与。']
    >>> split_flattened_paragraph('“跟着党支部种蓝靛，收入翻了番。” 村民姚尾展示手机里的照片。')
    ['“跟着党支部种蓝靛，收入翻了番。” 村民姚尾展示手机里的照片。']
    """
    breaks = _LOST_BREAK.findall(text)
    if _SPACED_COMMA.search(text) or not breaks:
        return [text]
    if len(breaks) == 1 and _AFTER_QUOTE.search(text):
        return [text]
    return [piece.strip() for piece in _LOST_BREAK.split(text) if piece.strip()]


def paragraphs_and_headings(lines: list[str]) -> list[tuple[str, str]]:
    """[(kind, text)] with kind 'p' or 'h2', from body lines (blank lines separate).

    >>> paragraphs_and_headings(['强化党建引领。', '', '抓经济检验党建工作成效', '', '镇党委制定了实施意见。'])
    [('p', '强化党建引领。'), ('h2', '抓经济检验党建工作成效'), ('p', '镇党委制定了实施意见。')]
    >>> lede = '今年以来，某镇坚持党建引领，推动驻镇单位与村党组织资源共享、发展共谋，成效明显。'
    >>> text = '镇党委与驻镇企业签订共建协议，组织党员开展结对帮扶活动，为群众办实事二十余件。'
    >>> paragraphs_and_headings([lede, '', '聚力共建', '', '打通资源壁垒', '', text])[1]
    ('h2', '聚力共建 打通资源壁垒')
    >>> [kind for kind, _ in paragraphs_and_headings(['6月16日', '', '东路采访组来到根河市', '', '走进敖鲁古雅使鹿部落',
    ...                                               '', '探访他们的百年变迁历史', '', '和走进新时代的幸福生活。'])]
    ['p', 'p', 'p', 'p', 'p']
    """
    blocks = [
        piece
        for line in join_hard_wrapped_lines(lines)
        for piece in split_flattened_paragraph(line.strip())
        if piece
    ]
    heading = [0 < i < len(blocks) - 1 and is_section_heading(t) for i, t in enumerate(blocks)]
    runs = _heading_runs(blocks, heading)
    if any(end - start > 2 for start, end in runs):
        # a text printed a phrase to a line (走进敖鲁古雅使鹿部落 / 探访他们的百年变迁历史 / …):
        # its short lines are its sentences' pieces, not sections, wherever they stand
        return [("p", text) for text in blocks]
    shaped = [("h2" if heading[i] else "p", text) for i, text in enumerate(blocks)]
    for start, end in reversed(runs):  # each of two lines now
        if len(blocks[start - 1]) > MAX_HEADING and len(blocks[end]) > MAX_HEADING:
            # one heading printed on two lines between paragraphs (聚力共建 / 打通资源壁垒)
            shaped[start:end] = [("h2", " ".join(blocks[start:end]))]
        else:  # two stray short lines
            shaped[start:end] = [("p", text) for text in blocks[start:end]]
    return shaped


def _heading_runs(blocks: list[str], heading: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each run of two or more unnumbered heading-shaped blocks in a row; a
    numbered heading may stand over its first sub-heading (一、… / （一）…) and breaks a run."""
    runs, index = [], 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and heading[end] and not _NUMBERED.match(blocks[end]):
            end += 1
        if end - index >= 2:
            runs.append((index, end))
        index = max(end, index + 1)
    return runs


#: A heading's number: 一、 （二） 第三 1. 2、
_NUMBERED = re.compile(
    r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[、.．)）]|第[一二三四五六七八九十]+)"
)


_INLINE_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "{": "\\{",
        "}": "\\}",
        "[": "\\[",
        "]": "\\]",
        "|": "\\|",
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
    }
)
_LINE_START = re.compile(r"^(#|\+|-|=|:|~|\d+(?=[.)]))")


def escape_markdown_text(text: str) -> str:
    """Escape source text so Markdown shows it literally, never as HTML or structure.

    >>> escape_markdown_text('<script>alert(1)</script>“党建+”')
    '&lt;script&gt;alert(1)&lt;/script&gt;“党建+”'
    >>> escape_markdown_text('1. 首页'), escape_markdown_text('# 标题'), escape_markdown_text('* 7*X')
    ('1\\\\. 首页', '\\\\# 标题', '\\\\* 7\\\\*X')
    """
    text = text.translate(_INLINE_ESCAPES)
    match = _LINE_START.match(text)
    if match:
        token = match.group(1)
        if token[0].isdigit():
            text = token + "\\" + text[len(token) :]
        elif token in ":~=":
            text = f"&#{ord(token)};" + text[1:]
        else:
            text = "\\" + text
    return text


def unescape_markdown_text(text: str) -> str:
    """Undo escape_markdown_text (for search and for re-reading generated files).

    >>> unescape_markdown_text(escape_markdown_text('1. 首页 <b>&amp; 7*X'))
    '1. 首页 <b>&amp; 7*X'
    """
    text = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), text)
    text = re.sub(r"\\(.)", r"\1", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def markdown_body(blocks: list[tuple[str, str]]) -> str:
    """The Markdown body of a report file from its blocks: one escaped paragraph per line,
    blank lines between (the site turns it into HTML with ``reader.body_html``).

    >>> print(markdown_body([('h2', '抓经济检验党建工作成效'), ('p', '生猪存栏3.45万头。')]))
    ## 抓经济检验党建工作成效
    <BLANKLINE>
    生猪存栏3.45万头。
    <BLANKLINE>
    """
    out = []
    for kind, text in blocks:
        escaped = escape_markdown_text(text)
        out.append(f"## {escaped}" if kind == "h2" else escaped)
    return "\n\n".join(out) + "\n"
