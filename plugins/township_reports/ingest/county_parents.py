"""Which of several same-named counties a text means, read from the prefecture written before it.

Many district names recur across the country (永定区 under 张家界市 and 龙岩市, 鼓楼区 under
four cities, 普陀区, 城关区 …). A report names its district's city right before it, and
usually by the city's short name (张家界永定区, 福州鼓楼区), which the gazetteer lookup does
not read as a name of its own. Written glued to the county, the short name settles which
one is meant; a city named further away is left to the parents' tally (town_choice).
"""

from __future__ import annotations

from .gazetteer import County, Gazetteer


def counties_after_prefecture_short(
    text: str, start: int, counties: tuple[County, ...], gazetteer: Gazetteer
) -> tuple[County, ...]:
    """The counties among ``counties`` (one name's denotations, at ``start`` of ``text``)
    whose prefecture's short name is written right before the name; all of them when no
    such short name stands there, or when the name denotes one county only.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> text = '仙人溪村是张家界永定区最大的村'
    >>> [c.prefecture for c in counties_after_prefecture_short(text, 8, g.counties_by_name['永定区'], g)]
    ['张家界市']
    >>> len(counties_after_prefecture_short('近日，永定区召开会议', 3, g.counties_by_name['永定区'], g))
    2
    """
    if len(counties) < 2:
        return counties
    named = tuple(
        county
        for county in counties
        if any(
            text.endswith(short, 0, start)
            for short in gazetteer.prefecture_short_names.get(county.prefecture_code or "", ())
        )
    )
    return named or counties
