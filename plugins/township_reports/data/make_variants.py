"""Regenerate ``variants.tsv``: variant characters OpenCC ``t2s`` leaves, with the one
simplified character each stands for.

Its job: OpenCC converts the standard traditional characters, but keeps variant forms
that pages still print (陜西 for 陕西, 汚染 for 污染, 鑛產 for 矿产, 化粧 for 化妆), so a
place, a title or a grep breaks on one character. The table is derived from two well-kept
sources of variant data, never from pages:

* MediaWiki's zh-hans conversion table (``ZhConversion.php``, as shipped in the PyPI
  package ``zhconv`` 1.4.3, ``zhconv/zhcdict.json``, key ``zh2Hans``): the table Chinese
  Wikipedia converts every article with, kept for modern Chinese text. Its one-character
  entries are the candidates.
* Unicode's Unihan database (Debian package ``unicode-data`` 15.0.0,
  ``/usr/share/unicode/Unihan_*.txt.bz2``): ``kSimplifiedVariant`` and ``kZVariant``
  (the same character drawn differently) add candidates; ``kTGH`` (the 2013
  通用规范汉字表, the 8,105 standard characters of mainland text) and
  ``kTraditionalVariant`` (a character that is itself some character's simplified form)
  veto them.
* OpenCC's own Hong Kong and Taiwan variant dictionaries (``HKVariantsRev``,
  ``TWVariantsRev``, shipped with the binding) add their few one-character entries.

A character is kept when OpenCC ``t2s`` leaves it, it is not a standard character of
mainland text itself (甯 stays: 通用规范汉字表 keeps it for the surname), it is no
character's simplified form (镟 stays), it is in no place name of the gazetteer and no
surname (菓, 砲 and 窰 stay: 菓子村, a village written so), and every source that speaks
gives the same standard character after ``t2s``. ``kSemanticVariant`` (same meaning) is
NOT a source: it maps 晳 (white-skinned) to 晰 and 卍 to 万, and 陜 to 狭 (its classical
reading) where modern text writes 陜西 for 陕西; it is printed as a disagreement only.

How to regenerate::

    cd /tmp && pip download zhconv==1.4.3 --no-deps && tar xzf zhconv-1.4.3.tar.gz
    apt-get download unicode-data && dpkg-deb -x unicode-data_*.deb unicode-data
    .venv/bin/python plugins/township_reports/data/make_variants.py \\
        /tmp/zhconv-1.4.3/zhconv/zhcdict.json /tmp/unicode-data/usr/share/unicode
"""

from __future__ import annotations

import argparse
import bz2
import json
import os
from collections import Counter, defaultdict
from pathlib import Path

#: The files' header: where the equivalences come from and on what terms (README, "Rights":
#: data taken from others keeps its terms, named in the file's header).
PROVENANCE = (
    "# Variant characters OpenCC t2s keeps, each with the one standard character it stands for.\n"
    "# Derived by data/make_variants.py (its docstring says how) from: MediaWiki's zh-hans\n"
    "#   conversion table (ZhConversion.php, as shipped in PyPI zhconv 1.4.3; GPL-2.0-or-later),\n"
    "#   one-character equivalences only; Unicode's Unihan database 15.0.0 (Debian unicode-data;\n"
    "#   Unicode-DFS-2016); OpenCC's HKVariantsRev and TWVariantsRev (Apache-2.0).\n"
)
OUT_FILE = "variants.tsv"
LEFT_OUT_FILE = "variants_left_out.tsv"
#: Code point ranges checked: CJK unified ideographs, extension A, compatibility, extension B.
RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF))
#: OpenCC's one-character variant dictionaries read as sources.
OPENCC_DICTS = ("HKVariantsRev.ocd2", "TWVariantsRev.ocd2")
#: Data files whose characters are real names: a character in one of them stays as written.
NAME_FILES = (
    "gazetteer_counties.tsv",
    "gazetteer_towns.tsv",
    "gazetteer_villages.tsv",
    "place_renames.tsv",
    "surnames.txt",
)


def unihan(folder: Path, name: str):
    """Rows (character, field, value) of one Unihan file, bz2-compressed or not."""
    path = folder / f"Unihan_{name}.txt"
    handle = (
        bz2.open(f"{path}.bz2", "rt", encoding="utf-8")
        if not path.exists()
        else open(path, encoding="utf-8")
    )
    with handle:
        for line in handle:
            if line.startswith("U+"):
                code, field, value = line.rstrip("\n").split("\t")
                yield chr(int(code[2:], 16)), field, value


def code_points(value: str) -> list[str]:
    """``U+570B<kMeyerWempe U+56FD`` → ['國', '国'].

    >>> code_points('U+570B<kMeyerWempe U+56FD')
    ['國', '国']
    """
    return [chr(int(item.split("<")[0][2:], 16)) for item in value.split()]


def opencc_single(dictionary: str):
    """A converter applying one of OpenCC's shipped dictionaries alone."""
    import tempfile

    import opencc

    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    config = {
        "name": dictionary,
        "conversion_chain": [{"dict": {"type": "ocd2", "file": str(share / dictionary)}}],
    }
    handle, path = tempfile.mkstemp(suffix=".json")
    os.write(handle, json.dumps(config).encode())
    os.close(handle)
    return opencc.OpenCC(path)


def derive(zhcdict: Path, unihan_folder: Path, data: Path):
    """(kept rows, left-out rows, disagreements): rows are (variant, simplified, sources|why)."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    standard, simplified_forms, targets = set(), set(), defaultdict(lambda: defaultdict(set))
    semantic = defaultdict(set)
    for char, field, _value in unihan(unihan_folder, "OtherMappings"):
        if field == "kTGH":
            standard.add(char)
    for char, field, value in unihan(unihan_folder, "Variants"):
        if field in ("kSimplifiedVariant", "kZVariant"):
            for other in code_points(value):
                targets[char][field].add(other)
        elif field == "kTraditionalVariant" and code_points(value) != [char]:
            simplified_forms.add(char)
        elif field == "kSemanticVariant":
            semantic[char].update(code_points(value))
    for key, value in json.loads(zhcdict.read_text(encoding="utf-8"))["zh2Hans"].items():
        if len(key) == 1 and len(value) == 1:
            targets[key]["zhconv"].add(value)
    converters = {name: opencc_single(name) for name in OPENCC_DICTS}
    names = set("".join((data / name).read_text(encoding="utf-8") for name in NAME_FILES))
    kept, left_out, disagree = [], [], []
    for low, high in RANGES:
        for char in map(chr, range(low, high + 1)):
            if t2s.convert(char) != char:
                continue
            sources = targets.get(char, {})
            for name, converter in converters.items():
                if (out := converter.convert(char)) != char and len(out) == 1:
                    sources = {**sources, name.removesuffix(".ocd2"): {out}}
            found = {
                source: {t2s.convert(o) for o in outs} & standard - {char}
                for source, outs in sources.items()
            }
            found = {source: outs for source, outs in found.items() if outs}
            if not found:
                continue
            answers = set().union(*found.values())
            label = "+".join(sorted(found))
            why = (
                "standard character (kTGH)"
                if char in standard
                else "itself a simplified form"
                if char in simplified_forms
                else "in a place name or surname"
                if char in names
                else f"sources disagree: {''.join(sorted(answers))}"
                if len(answers) > 1
                else ""
            )
            if why:
                left_out.append((char, "".join(sorted(answers)), f"{label}: {why}"))
                continue
            target = answers.pop()
            kept.append((char, target, label))
            meaning = {t2s.convert(o) for o in semantic.get(char, ())} & standard
            if meaning and target not in meaning:
                disagree.append((char, target, "".join(sorted(meaning))))
    return kept, left_out, disagree


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("zhcdict", type=Path, help="zhconv's zhcdict.json")
    parser.add_argument(
        "unihan", type=Path, help="folder holding Unihan_Variants.txt(.bz2), Unihan_OtherMappings"
    )
    args = parser.parse_args(argv)
    data = Path(__file__).parent
    kept, left_out, disagree = derive(args.zhcdict, args.unihan, data)
    (data / OUT_FILE).write_text(
        PROVENANCE
        + "variant\tsimplified\tsources\n"
        + "".join("\t".join(row) + "\n" for row in kept),
        encoding="utf-8",
    )
    (data / LEFT_OUT_FILE).write_text(
        PROVENANCE
        + "variant\tsimplified\twhy\n"
        + "".join("\t".join(row) + "\n" for row in left_out),
        encoding="utf-8",
    )
    print(f"{len(kept)} kept, {len(left_out)} left out")
    print(Counter(row[2].split(": ")[1].split(":")[0] for row in left_out))
    print(
        "kSemanticVariant disagrees (kept by the sources):",
        " ".join(f"{a}{b}/{c}" for a, b, c in disagree),
    )


if __name__ == "__main__":
    main()
