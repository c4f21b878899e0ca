"""Symbols a copy scatters inside words to defeat matching, removed.

Some mirrors set a stray symbol between two characters of a word, a dozen times on a page:
``居民们跑跳●、欢笑``, ``迎接↙新年``, ``青海∏省``, ``记忆ω的``, ``用╱得上`` (round 35). A reader stumbles;
search and the place readers no longer find ``青海省``. Chinese text never sets an arrow, a
geometric shape, a box-drawing stroke, a mathematical operator, a dingbat, a vertical
presentation form or a Greek letter between two of its own characters, so such a symbol
there is noise, on any site. One alone may still be meant (a diagram's ``党建→产业``), so
only a page with several is treated as a noisy copy. ``□`` stays: pages print it for a
character their font lacks (干□镇), which the place readers know.
"""

from __future__ import annotations

import re

#: The symbol blocks: Greek, arrows, mathematical operators, box drawing, block elements,
#: geometric shapes (□ apart), miscellaneous symbols, dingbats, vertical presentation forms.
_NOISE = (
    "\u0370-\u03ff\u2190-\u21ff\u2200-\u22ff\u2500-\u259f\u25a0\u25a2-\u25ff"
    "\u2600-\u27bf\ufe10-\ufe1f\ufe30-\ufe4f"
)
_HAN = r"\u3400-\u9fff"
#: A noise symbol between two Chinese characters, maybe with a space after it (人ξ 口).
NOISE_MARK = re.compile(rf"(?<=[{_HAN}])[{_NOISE}] ?(?=[{_HAN}、，。])")
#: How many a page must have to be read as a noisy copy.
MIN_NOISE_MARKS = 3


def strip_noise_marks(text: str) -> tuple[str, list[str]]:
    """``text`` without the symbols a noisy copy scattered inside its words; what went.

    >>> strip_noise_marks('居民们跑跳●、欢笑，一起迎接↙新年；青海∏省西宁市，生活著撒拉族■等多个民族')
    ('居民们跑跳、欢笑，一起迎接新年；青海省西宁市，生活著撒拉族等多个民族', ['●', '↙', '∏', '■'])

    One symbol alone is kept, and so is a missing character's □:

    >>> strip_noise_marks('推行党建→产业联动，定海区干□镇')[0]
    '推行党建→产业联动，定海区干□镇'
    """
    marks = NOISE_MARK.findall(text)
    if len(marks) < MIN_NOISE_MARKS:
        return text, []
    return NOISE_MARK.sub("", text), [mark.strip() for mark in marks]
