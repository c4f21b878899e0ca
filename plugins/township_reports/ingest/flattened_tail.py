"""Drop the furniture a flattened page glued after its last paragraph, on the same line.

A page printed as one line (each paragraph's full stop followed by a space, then the next)
carries its footer on that line too: a reprint notice, the account's slogan, a 长按 prompt
(…下达了拆迁通知书。 未经许可，各级媒体不得转载改编 稿源：丰润镇 传播新闻资讯 … 长按). The line
rules never saw those as lines of their own. Once structure.split_flattened_paragraph has
split the line into paragraphs and the credits under the text were read from them, the same
line rules judge the paragraphs at the end: the rules applied to what the page would have
printed as lines. A line rule that took such a line whole (a notice rule reading ``.*`` up to
its phrase) took the report with it: ``flattened_reports`` puts the line back first.
"""

from __future__ import annotations

from .dechrome import ChromeRules, is_spam_line, load_chrome_rules
from .page import reads_as_prose
from .structure import split_flattened_paragraph


def chrome_rule_naming(text: str, rules: ChromeRules | None = None) -> str | None:
    """The chrome rule a paragraph would have been cut by as a line of its own, or None.

    >>> chrome_rule_naming('未经许可，各级媒体不得转载改编 稿源：丰润镇 传播新闻资讯 长按')
    'copyright or licence notice'
    >>> chrome_rule_naming('清理大宋各庄村河道垃圾35立方米。') is None
    True
    """
    rules = rules or load_chrome_rules()
    named = next((name for name, p in rules.cut if p.match(text)), None)
    named = named or next((name for name, p in rules.lines if p.search(text)), None)
    return named or ("spam keywords" if is_spam_line(text, rules) else None)


def furniture_at_end(blocks: list[tuple[str, str]]) -> list[int]:
    """Indices of the blocks at the end a chrome rule names (after some prose, not the first).

    >>> furniture_at_end([('p', '严整治，确保水清河畅。'),
    ...                   ('p', '今年以来，已出动车辆20余辆，清理大宋各庄村河道垃圾35立方米。'),
    ...                   ('p', '未经许可，各级媒体不得转载改编 稿源：丰润镇 长按')])
    [2]
    >>> furniture_at_end([('p', '会上，村支书介绍了做法。'), ('p', '此次活动引导群众参与。')])
    []
    """
    rules = load_chrome_rules()
    end = len(blocks)
    while end > 1 and chrome_rule_naming(blocks[end - 1][1], rules):
        end -= 1
    if not any(reads_as_prose(text) for _, text in blocks[:end]):
        return []
    return list(range(end, len(blocks)))


def flattened_reports(lines: list[str], taken: set[int]) -> list[int]:
    """Which of the lines a line rule took whole (``taken``: not those after an end-of-text
    rule, a related list's, removed together, nor those a finder judged by their neighbours,
    a copy of the lead) are a report printed as one line: split as
    structure splits them, the first paragraph and another read as prose and no rule names
    the first (one sentence and a credit is a caption).

    >>> line = ('为调动群众参与乡村治理的积极性，永新县烟阁乡创立积分超市，引导村民参与乡村治理。 '
    ...         '村民可以通过垃圾分类等文明行为兑换积分，乡风文明建设有了实实在在的抓手。 '
    ...         '未经许可，各级媒体不得转载改编')
    >>> flattened_reports([line, '未经许可，各级媒体不得转载改编'], {0, 1})
    [0]
    """
    rules = load_chrome_rules()
    back = []
    for index in sorted(taken):
        first, *rest = split_flattened_paragraph(lines[index].strip())
        prose = [p for p in (first, *rest) if reads_as_prose(p)]
        if len(prose) >= 2 and prose[0] == first and not chrome_rule_naming(first, rules):
            back.append(index)  # paragraphs, not a caption and its credit (…情况。 刘伟 摄)
    return back
