"""Keyword clouds: a story's tags a site prints one to a line, outside any sentence.

Moved out of page.py when it reached the 600-line limit (session 29); reading.py asks it
which lines no byline may be read from.
"""

from __future__ import annotations

import re

#: A keyword cloud: this many short lines in a row, each a word or two.
KEYWORD_CLOUD_RUN = 4
_KEYWORD = re.compile(r"[\u3400-\u9fff]{1,6}")
_LIST_BULLET = re.compile(r"^[•·▪●◆■◇○*-]\s*")


def keyword_cloud(lines: list[str]) -> set[int]:
    """The indices of lines in a keyword cloud: a run of bare words outside any sentence.

    Sites print a story's tags one per line (观摩 / 创星 / 张弓镇 / 赵儒磊 / 工作…); a
    person's name among them is a tag, not a byline, and a lone name under the text is
    only a byline when it stands alone. Blank lines do not break a run.

    >>> sorted(keyword_cloud(['会上强调，要把“五星”支部创建工作抓实抓细。', '观摩', '',
    ...                       '创星', '张弓镇', '赵儒磊', '工作']))
    [1, 3, 4, 5, 6]
    >>> keyword_cloud(['会上强调，要把工作抓实抓细。', '（赵儒磊）'])
    set()
    >>> sorted(keyword_cloud(['• 重庆图库', '• 重庆论坛', '• 圈子', '• 许愿墙', '文旅兴 荆竹村蝶变背后的武隆密码']))
    [0, 1, 2, 3]
    """
    cloud: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, "。"]):
        text = line.strip()
        if not text:
            continue
        if _KEYWORD.fullmatch(_LIST_BULLET.sub("", text)):  # • 圈子 / • 许愿墙: a bulleted menu too
            run.append(index)
            continue
        if len(run) >= KEYWORD_CLOUD_RUN:
            cloud.update(run)
        run = []
    return cloud
