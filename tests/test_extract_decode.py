"""Decoding bytes as found on the web: BOMs, declared charsets, guesses, refusals."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderwatch.errors import (
    BorderwatchError,
    DecodeError,
    EmptyInput,
    InputTooLarge,
    UnsupportedInput,
)
from borderwatch.extract.decode import declared_charset, decode_bytes

TEXT = "Torkham crossing — “closed” to trucks; café naïve ünïcode"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_mark_decides_the_encoding_and_is_dropped(bom: bytes, codec: str) -> None:
    assert decode_bytes(bom + TEXT.encode(codec)) == TEXT


def test_utf16_declared_without_bom_is_decoded_not_refused_as_binary() -> None:
    assert decode_bytes(TEXT.encode("utf-16-le"), "utf-16-le") == TEXT


def test_declared_latin1_is_read_as_windows_1252_like_browsers_do() -> None:
    data = "“Closed” – café".encode("cp1252")
    assert decode_bytes(data, "iso-8859-1") == "“Closed” – café"


def test_declared_windows_1252() -> None:
    assert decode_bytes("Les « frontières » ferment".encode("cp1252"), "windows-1252") == (
        "Les « frontières » ferment"
    )


def test_declared_shift_jis() -> None:
    text = "国境検問所が閉鎖された。トラックが立ち往生している。"
    assert decode_bytes(text.encode("shift_jis"), "shift_jis") == text


def test_meta_charset_of_an_html_page_is_honoured() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body>Граница закрыта</body></html>'
    assert "Граница закрыта" in decode_bytes(page.encode("cp1251"), html=True)


def test_http_equiv_content_type_charset_is_found() -> None:
    head = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">'
    assert declared_charset(head) == "ISO-8859-15"


def test_meta_charset_is_ignored_for_plain_text() -> None:
    data = '<meta charset="shift_jis"> café'.encode()
    assert decode_bytes(data) == '<meta charset="shift_jis"> café'


def test_transport_charset_wins_over_meta_charset() -> None:
    page = '<meta charset="utf-8"><p>Grenzübergang</p>'.encode("latin-1")
    assert "Grenzübergang" in decode_bytes(page, "latin-1", html=True)


def test_utf8_mislabelled_as_latin1_is_read_as_utf8() -> None:
    assert decode_bytes("Grenzübergang geschlossen".encode(), "iso-8859-1") == (
        "Grenzübergang geschlossen"
    )


def test_unknown_declared_charset_falls_back_to_utf8() -> None:
    assert decode_bytes("naïve".encode(), "x-no-such-charset") == "naïve"


def test_undeclared_legacy_bytes_are_guessed_not_refused() -> None:
    text = "La frontière est fermée depuis lundi à cause des manifestations." * 3
    decoded = decode_bytes(text.encode("cp1252"))
    assert "frontière" in decoded and "fermée" in decoded


def test_bad_bytes_after_a_bom_are_a_decode_error() -> None:
    with pytest.raises(DecodeError):
        decode_bytes(codecs.BOM_UTF8 + b"abc \xff\xfe\xfa def")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"some text\x00with a NUL byte",
        bytes(range(1, 32)) * 20,
    ],
)
def test_binary_input_is_unsupported(data: bytes) -> None:
    with pytest.raises(UnsupportedInput):
        decode_bytes(data)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_or_blank_input_is_empty(data: bytes) -> None:
    with pytest.raises(EmptyInput):
        decode_bytes(data)


def test_whitespace_after_a_bom_is_empty() -> None:
    with pytest.raises(EmptyInput):
        decode_bytes(codecs.BOM_UTF16_LE + "  \n ".encode("utf-16-le"))


def test_input_over_the_limit_is_too_large() -> None:
    with pytest.raises(InputTooLarge):
        decode_bytes(b"x" * 1001, max_bytes=1000)
    assert decode_bytes(b"x" * 1000, max_bytes=1000) == "x" * 1000


def test_newlines_are_normalised() -> None:
    assert decode_bytes(b"a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert decode_bytes("a\u2028b".encode()) == "a\nb"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([None, "utf-8", "latin-1", "utf-16", "nope"]))
def test_arbitrary_bytes_decode_or_raise_a_borderwatch_error(
    data: bytes, declared: str | None
) -> None:
    try:
        text = decode_bytes(data, declared, html=True)
    except BorderwatchError:
        return
    assert text.strip() and "\r" not in text and "\x00" not in text
