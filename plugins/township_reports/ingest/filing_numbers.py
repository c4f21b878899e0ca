"""A site's filing numbers say which region runs it, by division code.

Every Chinese site shows a public-security filing number in its footer (皖公网安备
34082202000141号), and a government site also its site code (政府网站标识码:4213030010).
Both begin with the six-digit division code of the office that filed the site: the county
police of a county site (340822 is 怀宁县), the district of a city or provincial portal.
Where a report names a town several counties hold (黄龙镇 in five) and no county, that
code is the site's own word for its region, as a footer address is; so its county,
prefecture and province names join the page furniture the places step weighs
(``places.resolve_place``'s ``context``), where they only choose among towns the text
already names. They never place a report by themselves: a portal files under its own
city district, whatever town the story is about.

A code that is not today's (a county renumbered since the site was filed) still gives
its prefecture or province, when those codes stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import Gazetteer

#: 公网安备 numbers are fourteen digits, 网站标识码 ten; both open with the division code.
FILING_NUMBER = re.compile(
    r"公网安备\s*[:：]?\s*(?P<security>[1-8]\d{5})\d{8}(?!\d)"
    r"|网站标识码\s*[:：]?\s*(?P<site>[1-8]\d{5})\d{4}(?!\d)"
)


def filing_codes(lines: Iterable[str]) -> list[str]:
    """The division codes the page's filing numbers begin with, in order, once each.

    >>> filing_codes(['皖公网安备 34082202000141号', '政府网站标识码:4213030010鄂ICP备'])
    ['340822', '421303']
    >>> filing_codes(['浙ICP备05002868号'])   # an ICP number names the province only
    []
    """
    codes: list[str] = []
    for line in lines:
        for match in FILING_NUMBER.finditer(line):
            code = match.group("security") or match.group("site")
            if code not in codes:
                codes.append(code)
    return codes


def filing_region(code: str, gazetteer: Gazetteer) -> str | None:
    """The names a division code stands for, province first (安徽省安庆市怀宁县), down to
    the deepest level the 2023 codes still hold; None for a province code that is none.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> gazetteer = load_gazetteer()
    >>> filing_region('340822', gazetteer)
    '安徽省安庆市怀宁县'
    >>> filing_region('542427', gazetteer)   # 那曲地区's 索县 before 那曲 became a city
    '西藏自治区'
    >>> filing_region('990101', gazetteer) is None
    True
    """
    county = gazetteer.counties.get(code)
    if county is not None:
        return f"{county.province}{county.prefecture or ''}{county.name}"
    in_province = [c for c in gazetteer.counties.values() if c.province_code == code[:2]]
    if not in_province:
        return None
    in_prefecture = [c for c in in_province if c.prefecture_code == code[:4] and c.prefecture]
    if in_prefecture:
        return f"{in_prefecture[0].province}{in_prefecture[0].prefecture}"
    return in_province[0].province


def filing_context(lines: Iterable[str], gazetteer: Gazetteer) -> list[str]:
    """Lines for the places step's context: the region each filing number names.

    >>> from township_reports.ingest.gazetteer import load_gazetteer
    >>> filing_context(['Copyright 2021 浙公网安备 33038202002028号'], load_gazetteer())
    ['页脚备案号所属地区：浙江省温州市乐清市']
    """
    regions = [filing_region(code, gazetteer) for code in filing_codes(lines)]
    return [f"页脚备案号所属地区：{region}" for region in regions if region]
