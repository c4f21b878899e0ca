"""The ingest half: scraped raw reports (content/raw/) → clean Markdown (content/reports/).

One module per step, named as the step, in the order pipeline.py runs them:
decode, characters, htmlpage, repair, unannotate, simplify, dechrome, fields, page and
reading, structure, places, initiatives, dating, then catalog overrides. run.py runs the
pipeline over folders (manifest, lock, takedowns); nothing here writes a raw file.
Every file of this package and of ``data/`` is part of the pipeline version.
"""

import re
from collections.abc import Iterable
from pathlib import Path

#: The vocabularies and tables the steps read (shared with the site, which reads
#: initiatives.yaml): data, not code.
DATA = Path(__file__).resolve().parent.parent / "data"


def alternation(words: Iterable[str]) -> str:
    """A data file's word list as one regular-expression alternation, longest word first,
    so a longer word wins where a shorter one would match inside it (工作机制 before 机制);
    ``(?!)``, which never matches, for an empty list. The steps build their patterns from
    the vocabularies with this one function.

    >>> alternation(['机制', '长效机制', '工作机制', '机制'])
    '工作机制|长效机制|机制'
    >>> alternation([])
    '(?!)'
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(map(re.escape, ordered)) or "(?!)"


def squeeze(text: str) -> str:
    """Text with every space, tab and line break taken out: how the steps compare two
    prints of one line (a headline printed 沙河镇 党建 and 沙河镇党建, a label 作 者), since
    scraped pages space Chinese text at random. One definition, so every comparison agrees.

    >>> squeeze(" 沙河镇 召开\t党建 工作会 ")
    '沙河镇召开党建工作会'
    """
    return re.sub(r"\s+", "", text)
