"""The page-role vocabularies (data/page_roles.yaml) compiled once: what a site banner,
a column name, a caption, a subtitle and the lines that are never a headline look like.
Kept apart from page.py, which reads a page's shape with them; page.py re-exports both
names, so ``from .page import load_page_roles`` goes on working.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import DATA


@dataclass(frozen=True)
class PageRoles:
    site_suffixes: tuple[str, ...]
    column_names: frozenset[str]
    not_headline: tuple[tuple[str, re.Pattern], ...]
    not_headline_as_printed: tuple[tuple[str, re.Pattern], ...]  # asked of the uncut line too
    title_separators: re.Pattern
    topic_words: tuple[str, ...]
    trailing_words: frozenset[str]
    column_prefix: re.Pattern
    column_endings: tuple[str, ...]
    caption_endings: tuple[str, ...]
    framing_headline: re.Pattern  # a content farm's wrapper naming the headline
    subtitle_endings: tuple[str, ...]  # a subtitle's genre word (…侧记, …见闻)
    subtitle_openings: tuple[str, ...]  # a profile's subtitle opening (记…)
    page_part: re.Pattern | None = None  # a multi-page story's page number (…( 二 ))
    slot_headline_labels: tuple[str, ...] = ()  # meta-line slots a headline may fill (作者)
    caption_subjects: tuple[str, ...] = ()  # who a caption shows (党员志愿者, 记者)
    caption_events: tuple[str, ...] = ()  # what a caption names first (座谈会, 议事会)
    editors_note_labels: tuple[str, ...] = ()  # 编者按, 按: a note above the headline
    portal_names: frozenset[str] = frozenset()  # 人民网, 东南网: a portal's whole name
    spam_tag_marks: tuple[str, ...] = ()  # 灬: a porn site's tag after a headline's bar


@functools.cache
def load_page_roles(path: Path = DATA / "page_roles.yaml") -> PageRoles:
    """Compile the page-role vocabularies (cached)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return PageRoles(
        tuple(sorted(data["site_suffixes"], key=len, reverse=True)),
        frozenset(data["column_names"]),
        tuple((r["name"], re.compile(r["pattern"])) for r in data["not_headline"]),
        tuple(
            (r["name"], re.compile(r["pattern"]))
            for r in data["not_headline"]
            if r.get("as_printed")
        ),
        re.compile(data["title_separators"]),
        tuple(data["topic_words"]),
        frozenset(data["trailing_words"]),
        re.compile(
            r"^[\u4e00-\u9fff]{0,4}(?:"
            + "|".join(data["column_prefix_words"])
            + r")\s*[:：|｜!！]\s*"
        ),
        tuple(w for w in data["column_prefix_words"] if len(w) >= 2),
        tuple(data["caption_endings"]),
        re.compile(data["framing_headline"]),
        tuple(data["subtitle_endings"]),
        tuple(data.get("subtitle_openings") or ()),
        re.compile(data["page_part"]) if data.get("page_part") else None,
        tuple(data.get("slot_headline_labels") or ()),
        tuple(data.get("caption_subjects") or ()),
        tuple(data.get("caption_events") or ()),
        tuple(data.get("editors_note_labels") or ()),
        frozenset(data.get("portal_names") or ()) | frozenset(_outlets()),
        tuple(data.get("spam_tag_marks") or ()),
    )


def _outlets() -> dict[str, str]:
    """The provincial outlets of ``place_outlets.tsv`` (东南网, 荆楚网): one table of them."""
    from .gazetteer import OUTLETS_FILE, read_outlets

    return read_outlets(DATA / OUTLETS_FILE)
