"""Drop the furniture a flattened page glued after its last paragraph, on the same line.

A page printed as one line (each paragraph's full stop followed by a space, then the next)
carries its footer on that line too: a reprint notice, the account's slogan, a 长按 prompt
(…下达了拆迁通知书。 未经许可，各级媒体不得转载改编 稿源：丰润镇 传播新闻资讯 … 长按). The line
rules never saw those as lines of their own. Once structure.split_flattened_paragraph has
split the line into paragraphs and the credits under the text were read from them, the same
line rules judge the paragraphs at the end: the rules applied to what the page would have
printed as lines. A line rule reading ``.*`` up to a notice's phrase would take such a line
whole, the report with it: dechrome's line loop leaves it (``dechrome.is_flattened_report``).
"""

from __future__ import annotations

from .dechrome import chrome_rule_naming, load_chrome_rules
from .page import reads_as_prose


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
