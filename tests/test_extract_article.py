"""extract_article: errors for bad inputs, ids, hashes, date precedence for scrapes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderwatch.errors import (
    BorderwatchError,
    EmptyInput,
    ExtractionError,
    InputError,
    InputTooLarge,
    UnsupportedInput,
)
from borderwatch.extract import extract_article
from borderwatch.records import RawDocument

SCRAPE = (
    "date 2023-06-21 The mountain pass reopened on Wednesday after a week of snow.\n\n"
    "Trucks began moving again in both directions, officials said.\n"
)


def test_scrape_published_precedence_input_then_leading_date_then_caller() -> None:
    data = SCRAPE.encode()
    assert extract_article(RawDocument("a", data, published="2023-06-22")).published == (
        "2023-06-22"
    )
    assert extract_article(RawDocument("a", data), published="2000-01-01").published == (
        "2023-06-21"
    )
    undated = SCRAPE.removeprefix("date 2023-06-21 ").encode()
    assert extract_article(RawDocument("a", undated), "2000-01-01").published == "2000-01-01"


def test_date_in_the_url_path_is_a_page_date() -> None:
    undated = SCRAPE.removeprefix("date 2023-06-21 ").encode()
    raw = RawDocument("a", undated, url="https://news.example/2018/11/19/crossing-shut/")
    assert extract_article(raw, "2000-01-01").published == "2018-11-19"


def test_same_text_gives_same_hash_and_different_text_a_different_one() -> None:
    one = extract_article(RawDocument("a", SCRAPE.encode()))
    two = extract_article(RawDocument("b", (SCRAPE + "\n\nAdvertisement\n").encode()))
    three = extract_article(RawDocument("c", (SCRAPE + "\n\nMore news.\n").encode()))
    assert one.content_hash == two.content_hash != three.content_hash
    assert (one.id, two.id) == ("a", "b")


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b"  \n\n ", EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00", UnsupportedInput),
        (b"Advertisement\n\nShare this article\n\nSubscribe\n", ExtractionError),
    ],
)
def test_bad_inputs_raise_named_errors(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        extract_article(RawDocument("bad", data))


def test_input_over_the_limit_is_too_large() -> None:
    with pytest.raises(InputTooLarge):
        extract_article(RawDocument("big", b"word " * 300), max_bytes=1000)


def test_document_that_ingest_could_not_read_raises_its_error() -> None:
    with pytest.raises(InputError, match="InputTooLarge"):
        extract_article(RawDocument("x", b"", error="InputTooLarge: too big"))


_html_bits = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<html>",
        "<body>",
        "<script>",
        "</script>",
        "<meta charset='x'>",
        "<title>",
        "</title>",
        "<!--",
        "-->",
        "<br>",
        "&amp;",
        "&#0;",
        "\x00",
        "\ufeff",
        " ",
        "\n",
    ]
)
_words = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(_html_bits, _words), max_size=40).map("".join),
    st.sampled_from(["text/plain", "text/html", "auto"]),
)
def test_any_input_gives_an_article_or_a_borderwatch_error(text: str, media_type: str) -> None:
    raw = RawDocument("h", text.encode("utf-8", "replace"), media_type=media_type)  # type: ignore[arg-type]
    try:
        article = extract_article(raw)
    except BorderwatchError:
        return
    assert article.text.strip() and article.content_hash


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(_words, st.sampled_from(["\n", "\n\n", "Advertisement", "By Jo Lee", "Recent"])),
        max_size=40,
    ).map("".join)
)
def test_cleaning_a_scrape_never_invents_words(text: str) -> None:
    from collections import Counter

    from borderwatch.extract.text import read_scrape
    from borderwatch.extraction_score import tokenize

    page = read_scrape(text)
    found = Counter(tokenize(text))
    assert not Counter(tokenize(page.text)) - found
    assert not Counter(tokenize(page.title)) - found
