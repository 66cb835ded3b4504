"""Bytes -> text, for pages as they are found on the web.

Order of evidence, first that works wins:

1. a byte-order mark (UTF-32 before UTF-16, whose mark is a prefix of it);
2. a charset declared by the transport (``RawDocument.charset``), then one
   declared inside an HTML page (``<meta charset>`` / ``http-equiv``);
3. UTF-8;
4. charset-normalizer's guess.

Before any of that, inputs that are not text at all (known binary formats,
NUL bytes, many control characters) are refused with ``UnsupportedInput``,
and empty inputs with ``EmptyInput``.  Newlines come out as ``\\n``.
"""

from __future__ import annotations

import codecs
import re

from borderwatch.errors import DecodeError, EmptyInput, InputTooLarge, UnsupportedInput

__all__ = ["DEFAULT_MAX_BYTES", "decode_bytes", "declared_charset"]

#: Inputs larger than this are refused (the CLI passes ``Settings.max_bytes``).
DEFAULT_MAX_BYTES = 20_000_000

#: Byte-order marks, longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Magic numbers of formats people feed us by mistake; named in the error.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or office document)"),
    (b"\x1f\x8b", "gzip data (not unpacked)"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
)

#: How much of the start is inspected for binary content and for a <meta> charset.
SNIFF_BYTES = 8192

#: Share of control characters (besides tab, newline, carriage return, form feed)
#: above which the bytes are taken for binary data.  Real text has next to none.
MAX_CONTROL_SHARE = 0.05

#: Control bytes that ordinary text does not contain (tab, newline, carriage
#: return, form feed and escape, used by ISO-2022 encodings, are fine).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0c\x1b")

#: Single-byte legacy charsets: when a page declares one of these but its bytes
#: are valid UTF-8 containing multi-byte sequences, the declaration is wrong
#: (mislabelled UTF-8 is common; legacy text that happens to be valid
#: multi-byte UTF-8 is vanishingly rare).
_SINGLE_BYTE = frozenset(
    {"latin_1", "iso8859_1", "cp1252", "iso8859_15", "ascii", "cp1251", "iso8859_2", "cp1250"}
)

#: Preferred among equally good guesses of charset-normalizer.
TIE_BREAK_ENCODING = "cp1252"

#: WHATWG: browsers read a page labelled latin-1 / ASCII as windows-1252.
_LABEL_ALIASES = {"latin_1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252"}

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
#: Line ends other than "\n": CR LF, CR, NEL and the Unicode line/paragraph separators.
_OTHER_NEWLINES = ("\r\n", "\r", "\x85", "\u2028", "\u2029")


def _codec(label: str | None) -> str | None:
    """Python's canonical codec name for a charset label, or None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return _LABEL_ALIASES.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` near its start."""
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _refuse_binary(data: bytes) -> None:
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise UnsupportedInput(f"binary input ({what}), not a text or HTML page")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        raise UnsupportedInput("binary input (NUL bytes), not a text or HTML page")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(head):
        raise UnsupportedInput("binary input (control characters), not a text or HTML page")


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_declared(data: bytes, codec: str) -> str | None:
    if codec in _SINGLE_BYTE and not data.isascii():
        utf8 = _try(data, "utf-8")
        if utf8 is not None:
            return utf8
    text = _try(data, codec)
    if text is None and codec == "cp1252":  # five bytes cp1252 leaves undefined
        text = data.decode("latin-1")
    return text


def _normalise_newlines(text: str) -> str:
    for newline in _OTHER_NEWLINES:
        if newline in text:
            text = text.replace(newline, "\n")
    return text


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise DecodeError("bytes are not text in any encoding that could be established")
    # On a tie, windows-1252 wins: the most common legacy encoding on the web
    # (charset-normalizer otherwise often picks cp1250 for French or German).
    for match in matches:
        if (
            match.encoding == TIE_BREAK_ENCODING
            and match.chaos == best.chaos
            and match.coherence == best.coherence
        ):
            best = match
            break
    return str(best)


def decode_bytes(
    data: bytes,
    declared: str | None = None,
    *,
    html: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> str:
    """Decode one input; ``html`` also honours a ``<meta>`` charset.

    Raises ``InputTooLarge``, ``EmptyInput``, ``UnsupportedInput`` (binary) or
    ``DecodeError``.
    """
    if len(data) > max_bytes:
        raise InputTooLarge(f"input is {len(data):,} bytes, more than the limit of {max_bytes:,}")
    if not data.strip():
        raise EmptyInput("input is empty")
    text: str | None = None
    for bom, bom_codec in BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom) :], bom_codec)
            if text is None:
                raise DecodeError(
                    f"bytes after the {bom_codec} byte-order mark are not {bom_codec}"
                )
            break
    if text is None:
        declared_codec = _codec(declared)
        if declared_codec and declared_codec.startswith(("utf_16", "utf_32")):
            text = _try(data, declared_codec)  # these legitimately contain NUL bytes
    if text is None:
        _refuse_binary(data)
        for label in (declared, declared_charset(data) if html else None):
            codec = _codec(label)
            # bytes that reached here hold no NULs, so they cannot be UTF-16/32
            if codec and not codec.startswith(("utf_16", "utf_32")):
                text = _decode_declared(data, codec)
                if text is not None:
                    break
    if text is None:
        text = _try(data, "utf-8")
    if text is None:
        text = _guess(data)
    text = _normalise_newlines(text.lstrip("\ufeff"))
    if "\x00" in text:
        raise UnsupportedInput("binary input (NUL characters), not a text or HTML page")
    if not text.strip():
        raise EmptyInput("input holds only whitespace")
    return text
