"""The ingest half: scraped raw reports (content/raw/) → clean Markdown (content/reports/).

One module per step, named as the step, in the order pipeline.py runs them:
decode, characters, htmlpage, repair, unannotate, simplify, dechrome, fields, page and
reading, structure, places, initiatives, dating, then catalog overrides. run.py runs the
pipeline over folders (manifest, lock, takedowns); nothing here writes a raw file.
Every file of this package and of ``data/`` is part of the pipeline version.
"""

from pathlib import Path

#: The vocabularies and tables the steps read (shared with the site, which reads
#: initiatives.yaml): data, not code.
DATA = Path(__file__).resolve().parent.parent / "data"
