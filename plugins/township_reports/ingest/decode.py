"""Decode a raw report's bytes into text.

Scraped pages arrive as UTF-8 (with or without a BOM), GB18030/GBK, Big5 or
UTF-16 with a BOM, with CRLF or CR line ends, sometimes as a saved HTML page.
This module turns them into one str with LF line ends. It never guesses
silently between two CJK encodings: when GB18030 and Big5 both decode, the one
whose characters are common Chinese wins, and the choice is recorded.
It must never modify the raw file or drop text.
"""

from __future__ import annotations

import codecs
import re

from .errors import IngestError

#: A township report is a few kB; anything this big is a mis-filed dump or a binary.
MAX_RAW_BYTES = 5 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def normalise_line_ends(text: str) -> str:
    r"""Turn CRLF and lone CR into LF, so a paragraph is a line everywhere.

    >>> normalise_line_ends('神河鎮\r\n\r\n抓經濟檢驗黨建工作成效\r')
    '神河鎮\n\n抓經濟檢驗黨建工作成效\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _cjk_commonness(text: str) -> float:
    """Share of CJK characters in text that are everyday characters (jieba's dictionary)."""
    from .dictionary import general_tokenizer

    freq = general_tokenizer().FREQ
    cjk = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not cjk:
        return 0.0
    import opencc

    to_simplified = opencc.OpenCC("t2s")
    return sum(1 for ch in cjk if freq.get(to_simplified.convert(ch), 0) > 50) / len(cjk)


def decode_report_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    r"""Decode raw bytes; return (text with LF line ends, encoding name).

    ``declared`` is the charset the server sent with a captured page (HTTP
    ``Content-Type``): after a byte-order mark and valid UTF-8 (a header often lies
    about a page re-saved as UTF-8), it is tried before guessing between legacy ones.

    >>> decode_report_bytes('本網(wǎng)訊'.encode('utf-8'))
    ('本網(wǎng)訊', 'utf-8')
    >>> decode_report_bytes('\ufeff神河鎮\r\n'.encode('utf-8'))
    ('神河鎮\n', 'utf-8-sig')
    >>> decode_report_bytes('宋家镇：“五聚焦”'.encode('gb18030'))
    ('宋家镇：“五聚焦”', 'gb18030')
    >>> decode_report_bytes('神河鎮“升級晉檔”推動黨建經濟雙豐收'.encode('big5'))
    ('神河鎮“升級晉檔”推動黨建經濟雙豐收', 'big5')
    >>> decode_report_bytes(b'\x89PNG\r\n\x1a\n\x00\x00')
    Traceback (most recent call last):
    ...
    township_reports.ingest.errors.IngestError: binary data (NUL bytes), not a text report
    """
    if len(data) > MAX_RAW_BYTES:
        raise IngestError(
            f"file is {len(data) / 1e6:.1f} MB, over the {MAX_RAW_BYTES // 1e6:.0f} MB limit"
            " for one report; split it or check it is not a dump"
        )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(normalise_line_ends(_decode_declared(data, encoding)), encoding)
    if b"\x00" in data:
        raise IngestError("binary data (NUL bytes), not a text report")
    try:
        return _checked(normalise_line_ends(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared := _legacy_codec(declared):
        try:
            return _checked(normalise_line_ends(data.decode(declared)), declared)
        except UnicodeDecodeError:
            pass  # the header was wrong: guess as for any file
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            candidates.append((data.decode(encoding), encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise IngestError(
            "not valid UTF-8, GB18030 or Big5 text; re-save it as UTF-8 (or check it is a report)"
        )
    if len(candidates) > 1:
        candidates.sort(key=lambda pair: _cjk_commonness(pair[0]), reverse=True)
    text, encoding = candidates[0]
    return _checked(normalise_line_ends(text), encoding)


def _legacy_codec(charset: str | None) -> str | None:
    """The codec to read a declared charset with: GB2312 and GBK pages as GB18030 (a superset
    they are often mislabelled within); None for a name Python does not know.

    >>> _legacy_codec("GB2312"), _legacy_codec("big5"), _legacy_codec("x-unknown"), _legacy_codec(None)
    ('gb18030', 'big5', None, None)
    """
    import codecs

    try:
        name = codecs.lookup(charset.strip().strip("'\"")).name if charset else None
    except LookupError:
        return None
    return "gb18030" if name in ("gb2312", "gbk", "gb18030") else name


def _decode_declared(data: bytes, encoding: str) -> str:
    r"""Decode bytes whose byte-order mark names their encoding, or say where they break.

    The mark is a promise, so there is no other encoding to try: a lone UTF-16
    surrogate (half of a character, left by a truncated or spliced file) or a
    broken UTF-8 sequence after a UTF-8 mark is an error naming the byte.

    >>> _decode_declared(b'\xff\xfe' + '兴隆镇'.encode('utf-16-le'), 'utf-16')
    '兴隆镇'
    >>> _decode_declared(b'\xff\xfe' + '兴'.encode('utf-16-le') + b'\x00\xd8' + '隆'.encode('utf-16-le'), 'utf-16')
    Traceback (most recent call last):
    ...
    township_reports.ingest.errors.IngestError: not valid utf-16 after its byte-order mark (byte 4: illegal UTF-16 surrogate); re-save it as UTF-8
    """
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IngestError(
            f"not valid {encoding.removesuffix('-sig')} after its byte-order mark"
            f" (byte {error.start}: {error.reason}); re-save it as UTF-8"
        ) from error


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if not text.strip():
        raise IngestError("empty file: no text to ingest")
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t")
    if control > max(8, len(text) // 100):
        raise IngestError(f"{control} control characters: looks like binary data, not a report")
    return text, encoding


_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|section|article|table|tr|td)\b[^<>]{0,300}>", re.I
)


def looks_like_html(text: str) -> bool:
    """True for a saved web page, or a page fragment a scraper saved as text, not plain text.

    >>> looks_like_html('<p class="ql-block"><b>西滩乡开展活动</b></p> <p>为扎实推进</p>')
    True

    >>> looks_like_html('<!DOCTYPE html><html><body><p>宋家镇</p></body></html>')
    True
    >>> looks_like_html('宋家鎮(zhèn):“五聚焦”扎實(shí)推進(jìn)')
    False

    A text scrape that kept some markup is text: its headline line stands before it.

    >>> looks_like_html('大王古庄镇：“三会一课”开到田间地头' + chr(10) + '<p>为推动</p><p>党员</p><p>教育</p>')
    False

    A spam copy injects empty elements over a text scrape (<acronym id="rdv0y"><label
    id="rdv0y"></label></acronym>, rounds 76–79): markup that holds no text is no page's
    markup, and the text under it is read as text.

    >>> looks_like_html('<tr id="x"></tr><td id="x"></td>' * 3 + chr(10) + '点头镇：给留守儿童配照护人')
    False
    """
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(html|head|body)[\s>]", head):
        return True
    first_line = text.lstrip().split("\n", 1)[0]
    if "<" not in first_line:
        return False  # text with markup left in it (a headline, then <p class=…>…): text rules
    return (
        len(_BLOCK_TAG.findall(text, 0, 20000)) >= 4
        and len(_TEXT_NODE.findall(text, 0, 20000)) >= 2
    )


#: Chinese text between two tags: what a page's markup holds (<p>为扎实推进</p>).
_TEXT_NODE = re.compile(r">[^<>]*[\u4e00-\u9fff][^<>]*<")
