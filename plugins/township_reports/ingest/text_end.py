"""Where a report's text ends: the editor's line under it.

A county app or portal closes a report with its editor's credit (责编：蒋淑芬) and prints its
own things under it: the 来源 line, a copyright notice, a list of other stories, some long
enough to read as paragraphs (“郴品郴味乡村大舞台”桂阳专场将于9月14日晚上举行，…: round 95).
Read as prose, they kept the body open to the page's end, so the list stayed in the text and
its dates were taken for a signature's. The editor's line alone on its line, after the text
has begun, closes it; an editor named in the header, above the text, closes nothing, and
neither does one with the report's dateline under it (a scrape that printed a paragraph
above the editor's line and the story under it, round 103).
"""

from __future__ import annotations

import functools
import re

from . import alternation
from .field_rules import load_field_rules

#: A report's dateline (本报讯, 某某网3月5日讯, 新华社北京3月5日电, 中新网河南新闻9-21电): the
#: report starts there.
REPORT_DATELINE = re.compile(
    r"^[\u4e00-\u9fff·]{0,16}?(?:\d{1,2}月\d{1,2}日|\d{1,2}-\d{1,2})?(?:讯|电)(?=[\s（(【]|$)"
    r"|^本(?:报|网|台)讯"
)


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
    >>> story = ['湖南日报·新湖南客户端2月22日讯（通讯员 何少军）2月21日，蚣坝镇开展巡河。']
    >>> prose_above_editor_line(lines[1:3] + story + lines[:1], [0, 2, 3])
    [0, 2, 3]
    """
    closing = next(
        (
            i
            for i in range(prose[0] + 1, prose[-1])
            if editor_line().match(lines[i])
            and not REPORT_DATELINE.match(lines[min(j for j in prose if j > i)].strip())
        ),
        None,
    )
    return prose if closing is None else [i for i in prose if i < closing]
