"""HTML pages through trafilatura: article text, metadata, date precedence, errors."""

from __future__ import annotations

import pytest

from borderwatch.errors import ExtractionError
from borderwatch.extract import extract_article, looks_like_html
from borderwatch.records import RawDocument

PARAGRAPHS = [
    "PESHAWAR (AP) — Pakistan closed the Torkham border crossing on Sunday after guards "
    "from both sides exchanged fire overnight, officials said.",
    "More than 2,000 trucks loaded with fruit and vegetables were stranded on both sides "
    "of the frontier, according to the chamber of commerce.",
    "Talks between border commanders were expected to resume on Tuesday, a spokesman for "
    "the provincial government told reporters in Peshawar.",
    "Traders said the closure was costing them millions of rupees a day and urged both "
    "governments to keep trade separate from security disputes.",
]


def page(*, charset_meta: str = "utf-8", extra_body: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="{charset_meta}">
<title>Torkham closed after clash | Frontier Times</title>
<meta property="og:title" content="Torkham closed after clash">
<meta property="og:site_name" content="Frontier Times">
<meta name="author" content="Amina Khan">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Torkham closed after clash</h1>
{body}
<p>Advertisement</p>
{extra_body}
</article>
<footer><p>Copyright Frontier Times. All rights reserved.</p>
<ul><li><a href="/a">Another story about something</a></li></ul></footer>
</body></html>"""


def raw(html: str, **kwargs: object) -> RawDocument:
    return RawDocument(id="page", data=html.encode("utf-8"), media_type="text/html", **kwargs)  # type: ignore[arg-type]


def test_article_text_is_the_paragraphs_without_navigation_or_ads() -> None:
    article = extract_article(raw(page()))
    assert article.text.split("\n\n") == PARAGRAPHS
    assert "Home" not in article.text and "Advertisement" not in article.text


def test_metadata_comes_from_the_page() -> None:
    article = extract_article(raw(page(), url="https://frontier.example/2024/03/05/torkham"))
    assert article.title == "Torkham closed after clash"
    assert article.source == "Frontier Times"
    assert article.byline == "Amina Khan"
    assert article.published == "2024-03-05"
    assert article.dateline == "PESHAWAR (AP)"
    assert article.url == "https://frontier.example/2024/03/05/torkham"


def test_published_precedence_input_then_page_then_caller() -> None:
    html = page()
    assert extract_article(raw(html, published="2024-03-06"), "2000-01-01").published == (
        "2024-03-06"
    )
    assert extract_article(raw(html), published="2000-01-01").published == "2024-03-05"
    undated = html.replace(
        '<meta property="article:published_time" content="2024-03-05T10:00:00Z">', ""
    )
    assert extract_article(raw(undated), published="2000-01-01").published == "2000-01-01"


def test_latin1_page_with_meta_charset_decodes() -> None:
    html = page(charset_meta="iso-8859-1", extra_body="<p>Le poste-frontière est fermé.</p>")
    data = html.replace("—", "-").encode("latin-1")
    article = extract_article(RawDocument(id="p", data=data, media_type="text/html"))
    assert "Le poste-frontière est fermé." in article.text


def test_auto_media_type_is_sniffed() -> None:
    assert looks_like_html(page())
    assert not looks_like_html("Pakistan closes Chaman border\n\nThe border is shut.")
    article = extract_article(RawDocument(id="p", data=page().encode(), media_type="auto"))
    assert article.text.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "body",
    ["", "<p>Advertisement</p><p>Share this article</p><p>Subscribe</p>"],
)
def test_page_without_article_text_is_an_extraction_error(body: str) -> None:
    empty = f"<html><head><title>Nothing</title></head><body>{body}</body></html>"
    with pytest.raises(ExtractionError):
        extract_article(raw(empty))


def test_headline_repeating_the_title_is_not_article_text() -> None:
    article = extract_article(raw(page()))
    assert article.title == "Torkham closed after clash"
    assert not article.text.startswith("Torkham closed after clash")


def test_html_furniture_paragraphs_are_cleaned_after_trafilatura() -> None:
    extra = "<p>SEE ALSO: https://frontier.example/other</p><p>Share this article</p>"
    article = extract_article(raw(page(extra_body=extra)))
    assert "SEE ALSO" not in article.text and "Share this" not in article.text
    assert any(link.url == "https://frontier.example/other" for link in article.links)
