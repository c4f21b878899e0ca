"""Second looks at an empty editor list: an editor's label whose value ingest did not take.

See doubts.py for why these exist and how a check earns its place. On real pages the editor
field comes out wrong almost only by staying empty while the page labels an editor: the
value is no Chinese name the byline rules accept (编辑:redcloud, 责任编辑:admin, 编辑:抚州小编,
责任编辑:时尚) or the label stands in a form they do not read (关中在线(编辑/任静 摄影/…)).
Whether a CMS account or a pen name is "the editor" is a curator's call; ingest should not
say "no editor" as confidently as on a page that labels none. The check never names an
editor (bylines.py does): it reports the label and its value.

The labels are one list, the field readers' (``data/fields.yaml``, labels: editors).
Input is the simplified page.
"""

from __future__ import annotations

import functools
import re

from . import alternation
from .field_rules import CJK, load_field_rules


@functools.cache
def _editor_label() -> re.Pattern:
    """An editor's label, not inside a longer word (美术编辑, 新闻编辑部), and its value."""
    labels = load_field_rules().labels_of("editors")
    return re.compile(
        rf"(?<![{CJK}])(?:{alternation(labels)})\s*[:：/／丨|｜]\s*"
        rf"([A-Za-z][A-Za-z0-9_.\-]{{1,30}}|[{CJK}]{{2,8}})(?=$|[\s)）】\]|丨｜,，;；])"
    )


def labelled_editor(page_lines: tuple[str, ...]) -> str | None:
    """The value the page's first editor label gives, else None.

    >>> labelled_editor(('编辑:redcloud',)), labelled_editor(('(责任编辑:admin)',))
    ('redcloud', 'admin')
    >>> labelled_editor(('2024年06月09日 00:04编辑:抚州小编 新闻热线:0791-86847179',))
    '抚州小编'
    >>> labelled_editor(('关中在线(编辑/任静 摄影/苏春亮)为进一步培养村(社区)年轻干部',))
    '任静'

    A label with nothing after it, another label after it, or an editor's word inside a
    longer one (美术编辑, 编辑部) is no editor's credit; an office or an outlet after it
    (编辑:鲁南网, 编辑:潼关政法委) is the page's source or host, which the source checks see:

    >>> [labelled_editor((line,)) for line in ('编辑: 来源:沙河镇', '美术编辑:王敏', '报社编辑部:王敏', '编辑:')]
    [None, None, None, None]
    >>> labelled_editor(('编辑:鲁南网 发布时间:2020年12月23日 阅读 163',))
    """
    rules = load_field_rules()
    for line in page_lines:
        for match in _editor_label().finditer(line):
            value = match.group(1)
            if not value.startswith(tuple(rules.label_kind)) and not (
                re.match(f"[{CJK}]", value) and value.endswith(rules.organisation_suffixes)
            ):
                return value
    return None


def editors_doubts(finished) -> list[str]:
    """Reasons to doubt an empty editor list (none when ingest read an editor).

    >>> from township_reports.ingest.doubts import Finished
    >>> editors_doubts(Finished(page_lines=('时间:2023-02-02 编辑:Dave',)))
    ['页面标注编辑“Dave”，但未识别出编辑']
    >>> editors_doubts(Finished(page_lines=('编辑:王敏',), editors=('王敏',)))
    []
    """
    if finished.editors:
        return []
    value = labelled_editor(finished.page_lines)
    return [f"页面标注编辑“{value}”，但未识别出编辑"] if value else []
