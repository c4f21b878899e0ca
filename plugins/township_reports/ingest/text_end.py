"""Where a report's text ends: the editor's line under it.

A county app or portal closes a report with its editor's credit (责编：蒋淑芬) and prints its
own things under it: the 来源 line, a copyright notice, a list of other stories, some long
enough to read as paragraphs (“郴品郴味乡村大舞台”桂阳专场将于9月14日晚上举行，…: round 95).
Read as prose, they kept the body open to the page's end, so the list stayed in the text and
its dates were taken for a signature's. The editor's line alone on its line, after the text
has begun, closes it; an editor named in the header, above the text, closes nothing.
"""

from __future__ import annotations

import functools
import re

from . import alternation
from .field_rules import load_field_rules


@functools.cache
def editor_line() -> re.Pattern:
    """An editor's credit alone on its line, perhaps bracketed: 责编：蒋淑芬, 【责任编辑：王敏】.
    The labels are fields.yaml's (labels: editors), the list the field readers take them from.

    >>> bool(editor_line().match('【责任编辑：王敏】')), bool(editor_line().match('编辑：王敏 校对：李华'))
    (True, False)
    """
    labels = load_field_rules().labels_of("editors")
    return re.compile(
        rf"^\s*[【\[（(]?\s*(?:{alternation(labels)})\s*[:：]\s*\S{{2,8}}\s*[】\]）)]?\s*$"
    )


def prose_above_editor_line(lines: list[str], prose: list[int]) -> list[int]:
    """The prose lines of ``prose`` (indices into ``lines``) above the first editor's line
    that stands after the text's first one; all of them when there is none.

    >>> lines = ['万水乡开展交通安全劝导。', '劝导现场，工作人员逐一劝导。', '责编：蒋淑芬', '“湘超”郴州赛区观赛指南来啦，欢迎前来观看。']
    >>> prose_above_editor_line(lines, [0, 1, 3])
    [0, 1]
    >>> prose_above_editor_line(['责编：蒋淑芬'] + lines[:2], [1, 2])
    [1, 2]
    """
    closing = next(
        (i for i in range(prose[0] + 1, prose[-1]) if editor_line().match(lines[i])), None
    )
    return prose if closing is None else [i for i in prose if i < closing]
