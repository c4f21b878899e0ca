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

from .bylines import parse_byline
from .dechrome import chrome_rule_naming, load_chrome_rules
from .page import reads_as_prose
from .structure import PHOTO_CREDIT_WORDS


def split_off_furniture(blocks: list[tuple[str, str]]) -> list[int]:
    """Indices of the blocks a flattened line split off that no text keeps: the furniture at
    the end (``furniture_at_end``) and a photographer's credit anywhere, which closed a
    caption on the caption's line (…品质最佳。 通讯员 余军军 海南日报记者 苏建强 摄, round 57).

    >>> split_off_furniture([('p', '这时的茶叶品质最佳。'), ('p', '通讯员 余军军 海南日报记者 苏建强 摄'),
    ...                      ('p', '今年以来，水满乡茶叶收购价格上涨，茶农收入明显增加。')])
    [1]
    """
    credits = [i for i, (_, text) in enumerate(blocks) if _photographers_alone(text)]
    return sorted({*credits, *furniture_at_end(blocks)})


def _photographers_alone(text: str) -> bool:
    """True for a short block that credits photographers and nothing else."""
    if len(text) > 40 or not text.endswith(PHOTO_CREDIT_WORDS):
        return False  # the byline reader is asked only about a short line closing on a credit
    byline = parse_byline(text)
    return bool(byline.photographers) and not (byline.authors or byline.editors or byline.rest)


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
