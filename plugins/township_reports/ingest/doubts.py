"""Second looks: checks run on the finished fields, to send likely errors to the review list.

The rules that read a page are tuned to the forms they were written from, and on a
site nobody has seen a field can come out wrong without any rule having been unsure
(issue 9 measured it: most wrong fields on unseen pages were not on the review list).
A confident wrong answer reaches a reader as fact; a doubted one costs a curator one
look. So after the fields are chosen, each field's checks look at the *result* and at
the page around it, independently of the rules that chose it, and name what looks
wrong (a title that reads like a caption, a body still holding a menu line, a page
with a 来源 label but no source).

A check must earn its place on measured numbers: how many wrong fields it flags and
how many right ones it doubts (``make eval`` prints both). A check that cries wolf
on right fields trains curators to ignore the list.

Each field's checks live in their own module (``doubt_title``, ``doubt_source``,
``doubt_body``, ``doubt_authors``, ``doubt_editors``) with their data in a data file; this module only runs them.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import doubt_authors, doubt_body, doubt_editors, doubt_source, doubt_title


@dataclass(frozen=True)
class Finished:
    """What a second look may see: the page as read and the fields ingest chose.

    ``page_lines`` are the simplified lines before any chrome was removed; ``header``
    and ``furniture`` the lines the page model put above the text and cut from it;
    ``blocks`` the body as (kind, text) pairs; ``title_rule`` the evidence rule the title
    was chosen by, ``title_candidates`` every header line scored as a headline, with its
    score (a close second is a reason to doubt). Only what a check reads is here: a new
    check that needs more adds it.
    """

    page_lines: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    furniture: tuple[str, ...] = ()
    title: str = ""
    title_devised: bool = False
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    blocks: tuple[tuple[str, str], ...] = ()
    title_rule: str = ""
    title_candidates: tuple[tuple[str, float], ...] = ()


#: field name → the function giving that field's doubts (reasons, in Chinese, for curators).
CHECKS = {
    "title": doubt_title.title_doubts,
    "source": doubt_source.source_doubts,
    "body": doubt_body.body_doubts,
    "authors": doubt_authors.authors_doubts,
    "editors": doubt_editors.editors_doubts,
}


def doubts(finished: Finished) -> list[tuple[str, str]]:
    """Every (field, reason) the second looks raise about a finished report.

    >>> doubts(Finished(title="沙河镇召开党建工作会"))
    []
    """
    return [(name, reason) for name, check in CHECKS.items() for reason in check(finished)]
