"""Where the people in a photograph stand, as its caption marks them: （左）, （右二）, （前排左三）, （中）.

Only a photograph has a left and a right: a line that marks where someone stands is its
caption, never a headline or a sentence of the report (刘慧（左）在议事厅…; a group's
caption names several, 刘某（左三）、任某（左二）…在光荣牌下留影, however long it runs).
"""

from __future__ import annotations

import re

#: Where a person stands in a photograph: （左）, （右二）, （前排左三）, （中）.
POSITION_MARK = re.compile(
    r"[（(](?:前排|后排|中排)?(?:左|右|中|居中)[一二三四五六七八九十\d]?[)）]"
)


def marked_positions(text: str) -> int:
    """How many people's places in a photograph the line marks.

    >>> marked_positions('西团镇党委书记刘兴宏(左三)、组织委员任伟(左二)在光荣牌下留影')
    2
    >>> marked_positions('陈建福（左五）带领村干部参观生态茶园'), marked_positions('全镇（中心村）共建')
    (1, 0)
    """
    return len(POSITION_MARK.findall(text))
