"""Captured pages: a web archive (WARC) → raw files, each with what its capture tells.

Researchers collect pages with web-archiving tools (ArchiveWeb.page, Browsertrix,
``wget --warc-file``, Heritrix), which write WARC files. Each HTML page a WARC holds
becomes a raw file in ``content/raw/<host>/`` holding the page as the server sent it
(the entity body after transfer and content decoding: warcio's ``content_stream()``),
so the raw file is the evidence, byte for byte, in the page's own encoding.

What the body does not contain goes into a small sidecar beside it,
``<raw file>.capture.json``: the URL (``WARC-Target-URI``), the capture time
(``WARC-Date``), the HTTP ``Content-Type`` (its charset decodes the body) and the
``WARC-Payload-Digest``. It is captured provenance that travels with the file: every
later ingest reads it, so a clean clone rebuilds the same reports without the WARC,
which stays the user's to keep.

Importing writes new files only: a page already imported (same URL, same payload) is
recognised and left alone, and a name already taken by another file gets a suffix.
Records that are not pages are counted by reason: request and metadata records,
``revisit`` records (a capture that only says "unchanged"), redirects, errors, images.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from ..files import write_atomically
from .rawfiles import MAX_NAME_BYTES, SIDECAR_SUFFIX

#: Media types read as a web page (others, such as images and scripts, are skipped).
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: What a raw page's name ends with, so ingest and the curator see it is a web page.
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
#: Characters kept in a name derived from a URL (letters and digits of any script, . _ -).
_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass(frozen=True)
class Capture:
    """What a web archive says about one captured page that the page itself does not."""

    url: str
    captured: str  # WARC-Date, as recorded (ISO 8601, UTC): when the page was fetched
    content_type: str | None = None  # the HTTP Content-Type header, charset included
    payload_digest: str | None = None  # WARC-Payload-Digest: the body's hash, as recorded
    warc: str | None = None  # the WARC file it came from (its name only)

    @property
    def charset(self) -> str | None:
        """The charset the server declared for the page, if it did.

        >>> Capture("http://a.cn/", "2024-05-20T08:15:00Z", 'text/html; charset="GBK"').charset
        'GBK'
        """
        for param in (self.content_type or "").split(";")[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("'\"")
        return None

    def to_json(self) -> str:
        """The sidecar's text: sorted keys, UTF-8, one field a line (a reviewable diff)."""
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@dataclass
class ImportResult:
    """What importing one WARC did: raw keys written, already there, records skipped."""

    written: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        """One line for the curator.

        >>> r = ImportResult(["a.html"], [], Counter({"revisit": 2, "HTTP 404": 1}))
        >>> r.summary()
        '1 page(s) written, 0 already imported; skipped: 2 revisit, 1 HTTP 404'
        """
        line = f"{len(self.written)} page(s) written, {len(self.already)} already imported"
        if self.skipped:
            line += "; skipped: " + ", ".join(f"{n} {why}" for why, n in self.skipped.most_common())
        return line


def sidecar_path(raw_path: Path) -> Path:
    """Where a raw file's capture record is kept: beside it, its name plus ``.capture.json``."""
    return raw_path.with_name(raw_path.name + SIDECAR_SUFFIX)


def read_capture(raw_path: Path) -> Capture | None:
    """The capture record beside a raw file, or None (a file not imported from a WARC).

    Raises ValueError when the sidecar exists but is not a capture record: a damaged
    sidecar must be said, not silently ignored (the report would lose its URL).
    """
    path = sidecar_path(raw_path)
    if len(path.name.encode("utf-8", "surrogateescape")) > 255:
        return None  # a raw file with a long name of its own can have no capture record
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text)
        names = Capture.__dataclass_fields__
        if not isinstance(data, dict) or not isinstance(data.get("url"), str):
            raise ValueError("no url")
        if not isinstance(data.get("captured"), str):
            raise ValueError("no captured")
        return Capture(**{k: v for k, v in data.items() if k in names})
    except (ValueError, TypeError) as error:
        raise ValueError(f"{path.name}: not a capture record ({error})") from error


def raw_name(url: str) -> str:
    """The raw file's key for a captured URL: its host as a folder, a name from its path.

    The query, when there is one, is kept as a short hash (``?id=5`` and ``?id=6`` are
    two pages); a name that does not end like a web page gets ``.html``.

    >>> raw_name("http://www.pinglixian.gov.cn/xwzx/2023/0512/art_12_3456.html")
    'www.pinglixian.gov.cn/xwzx_2023_0512_art_12_3456.html'
    >>> raw_name("https://news.example.cn/")
    'news.example.cn/index.html'
    >>> raw_name("http://app.example.cn:8080/show.php?id=75863")
    'app.example.cn_8080/show.php_6fa31ce0.html'
    >>> raw_name("http://www.example.cn/%E5%85%B4%E9%9A%86%E9%95%87/党建.shtml")
    'www.example.cn/兴隆镇_党建.shtml'
    """
    parts = urlsplit(url)
    host = (parts.hostname or "unknown-host").lower()
    if parts.port:
        host += f"_{parts.port}"
    host = _UNSAFE.sub("_", host).strip("._") or "unknown-host"
    segments = [s for s in unquote(parts.path).split("/") if s not in ("", ".", "..")]
    name = _UNSAFE.sub("_", "_".join(segments)).strip("._") or "index"
    if parts.query:
        name += "_" + hashlib.sha1(parts.query.encode("utf-8")).hexdigest()[:8]
    if not name.lower().endswith(PAGE_SUFFIXES):
        name += ".html"
    limit = MAX_NAME_BYTES - len(SIDECAR_SUFFIX) - 12
    if len(name.encode("utf-8")) > limit:
        digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]
        stem = name.encode("utf-8")[: limit - 16].decode("utf-8", "ignore")
        name = f"{stem}_{digest}.html"
    return str(PurePosixPath(host, name))


def skip_reason(record) -> str | None:
    """Why a WARC record is not a page to import, or None when it is one."""
    if record.rec_type == "revisit":
        return "revisit"
    if record.rec_type != "response":
        return f"{record.rec_type} record"
    if record.http_headers is None:
        return "not HTTP"
    status = record.http_headers.get_statuscode() or ""
    if status.startswith("3"):
        return "redirect"
    if status != "200":
        return f"HTTP {status or '?'}"
    media = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media not in HTML_TYPES:
        return f"not HTML ({media or 'no type'})"
    return None


def _free_key(raw_root: Path, key: str, capture: Capture, body: bytes) -> tuple[str, bool]:
    """A key for this capture: its own name, or with a suffix when taken by another page.

    Returns (key, already): already is True when that file holds this very capture. A
    sidecar of this capture without its page (an import killed between the two writes)
    is taken up again.
    """
    path = PurePosixPath(key)
    candidates = [key] + [
        str(path.with_name(f"{path.stem}_{n}{path.suffix}")) for n in range(2, 1000)
    ]
    for candidate in candidates:
        target = raw_root / candidate
        if not sidecar_path(target).exists():
            if not target.exists():
                return candidate, False
            continue  # a raw file collected by hand, with no capture record
        try:
            if read_capture(target) != capture:
                continue
            return candidate, target.read_bytes() == body
        except FileNotFoundError:
            return candidate, False
        except (OSError, ValueError):
            continue
    raise ValueError(f"{key}: a thousand captures with this name already")


def import_warc(warc_path: Path, raw_root: Path) -> ImportResult:
    """Write each HTML page a WARC holds into ``raw_root`` with its capture sidecar.

    Never overwrites: a raw file is evidence. Raises ValueError (or ``warcio``'s own
    errors) for a file that is not a WARC: the caller says it in one line.
    """
    from warcio.archiveiterator import ArchiveIterator

    result = ImportResult()
    with open(warc_path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.format != "warc":  # warcio reads any text as a legacy ARC record
                raise ValueError(f"a {record.format} record where a WARC record belongs")
            reason = skip_reason(record)
            if reason is not None:
                result.skipped[reason] += 1
                continue
            headers = record.rec_headers
            url = headers.get_header("WARC-Target-URI") or ""
            if not url.startswith(("http://", "https://")):
                result.skipped["no http(s) URL"] += 1
                continue
            body = record.content_stream().read()
            capture = Capture(
                url=url,
                captured=headers.get_header("WARC-Date") or "",
                content_type=record.http_headers.get_header("Content-Type"),
                payload_digest=headers.get_header("WARC-Payload-Digest"),
                warc=Path(warc_path).name,
            )
            key, already = _free_key(raw_root, raw_name(url), capture, body)
            if already:
                result.already.append(key)
                continue
            target = raw_root / key
            # The record first: a page never stands in content/raw/ without its URL.
            write_atomically(sidecar_path(target), capture.to_json())
            write_atomically(target, body)
            result.written.append(key)
    return result


def is_web_archive(path: Path) -> bool:
    """True for a WARC file, by its name (``.warc``, ``.warc.gz``)."""
    return path.name.lower().endswith((".warc", ".warc.gz"))
