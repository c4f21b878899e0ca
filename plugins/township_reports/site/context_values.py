"""The values a page's context may hold that are not plain data: each has a
``__digest__``, so the page's cache key (``cache.context_digest``) covers what it shows.

``KwicEntry``: a report on an initiative page, digested as its report's content key and
the terms; its sentences are found only when the page is rendered. ``Derived``: a value
computed from other context data when a template first reads it, digested as the
function's name and its arguments.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from markupsafe import Markup, escape

from . import facets
from .cache import own_digest


@own_digest
@dataclass
class KwicEntry:
    """One report on an initiative page: the sentences of its body that mention the initiative.

    What it shows is its report and ``terms``; ``key`` is the report's content key, so
    its digest is the key and the terms (``__digest__``), and the key names the entry's
    ``FragmentCache`` part. ``sentences`` are found only when asked for, so an entry
    rendered before is not searched again.
    """

    report: dict
    terms: list[str]
    key: str

    def __digest__(self):
        return self.key + repr(self.terms)

    @functools.cached_property
    def sentences(self) -> list[Markup]:
        """The sentences naming the initiative in the report's text, or, for a work whose
        primary copy does not name it, in the first other copy that does; each cut to
        the mentions and ``facets.KWIC_CONTEXT`` characters either side."""
        for text in (self.report.get("text") or "", *self.report.get("copy_texts", ())):
            found = facets.sentences_mentioning(text, self.terms)
            if found:
                return [kwic_html(facets.clip_context(s)) for s in found]
        return []


def kwic_html(pieces: list[tuple[str, bool]]) -> Markup:
    """A sentence cut by ``facets.highlight`` as HTML: text escaped, mentions in ``<mark>``.

    Done in Python, not in the template: a template loop over every piece of every
    sentence costs several times as much.

    >>> kwic_html([("推动“", False), ("三联", True), ("”<落地>", False)])
    Markup('推动“<mark>三联</mark>”&lt;落地&gt;')
    """
    return Markup(
        "".join(
            f"<mark>{escape(text)}</mark>" if hit else str(escape(text)) for text, hit in pieces
        )
    )


class Derived:
    """A context value computed from other context data when a template first reads it:
    ``Derived(fn, *args)`` is ``fn(*args)``, for a pure ``fn`` of the plugin (its code is
    in the build fingerprint), so its digest is ``fn``'s name and ``args``.

    A place page's initiative and year counts are functions of its reports: digesting
    the reports (their keys) covers them, and a page still current never computes them.

    >>> counts = Derived(len, ["乡", "镇"])
    >>> list(Derived(sorted, [2, 1])), len(Derived(sorted, [2, 1])), bool(Derived(list, []))
    ([1, 2], 2, False)
    >>> counts.__digest__()
    ('builtins.len', (['乡', '镇'],))
    """

    __slots__ = ("fn", "args", "_value")

    def __init__(self, fn, *args):
        self.fn, self.args = fn, args

    @property
    def value(self):
        try:
            return self._value
        except AttributeError:
            self._value = self.fn(*self.args)
            return self._value

    def __digest__(self):
        return (f"{self.fn.__module__}.{self.fn.__qualname__}", self.args)

    def __iter__(self):
        return iter(self.value)

    def __len__(self):
        return len(self.value)

    def __bool__(self):
        return bool(self.value)

    def __getitem__(self, index):
        return self.value[index]
