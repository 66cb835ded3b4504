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


# --- captions, teaser boxes, names under the headline, consent boxes --------


def story(body: str, *, head: str = "") -> str:
    """A page whose article is the standard paragraphs with ``body`` after the second."""
    first, second, *rest = (f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Torkham closed after clash</title>{head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Torkham closed after clash</h1>
{first}{second}
{body}
{"".join(rest)}
</article>
<aside><h3>Most read</h3><figure><img src="/x.jpg"><figcaption>Chaman traders protest
against the new customs rules outside the deputy commissioner's office.</figcaption>
</figure></aside>
</body></html>"""


def test_caption_that_states_a_fact_follows_its_paragraph_without_its_credit() -> None:
    caption = (
        "<figure><img src='/t.jpg'><figcaption>Trucks wait at the Torkham crossing on "
        "Monday, March 4, 2024. (AP Photo/Qazi Rauf)</figcaption></figure>"
    )
    paragraphs = extract_article(raw(story(caption))).text.split("\n\n")
    assert paragraphs[:3] == [
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Trucks wait at the Torkham crossing on Monday, March 4, 2024.",
    ]
    assert paragraphs[3:] == PARAGRAPHS[2:]


def test_gallery_captions_lose_their_counter_and_keep_their_order() -> None:
    slides = "".join(
        f"<figure class='slide'><figcaption>{n}/2 {text}</figcaption></figure>"
        for n, text in enumerate(
            [
                "More than 2,400 trucks were waiting at Torkham on Tuesday morning.",
                "Border guards stand at the closed gate of the Torkham terminal.",
            ],
            start=1,
        )
    )
    text = extract_article(raw(story(f"<div class='slides'>{slides}</div>"))).text
    assert (
        "More than 2,400 trucks were waiting at Torkham on Tuesday morning.\n\n"
        "Border guards stand at the closed gate of the Torkham terminal.\n\n" + PARAGRAPHS[2]
    ) in text
    assert "1/2" not in text and "2/2" not in text


def test_caption_class_counts_once_when_caption_elements_nest() -> None:
    caption = (
        "<figure class='wp-caption'><img src='/t.jpg'><figcaption class='wp-caption-text'>"
        "<span class='caption__text'>Drivers sleep in their cabs at the Torkham crossing on "
        "Sunday night.</span><span class='caption__credit'>Photograph: Amina Khan</span>"
        "</figcaption></figure>"
    )
    text = extract_article(raw(story(caption))).text
    assert text.count("Drivers sleep in their cabs") == 1
    assert "Photograph" not in text


@pytest.mark.parametrize(
    "caption",
    [
        "Trucks at Torkham",  # a label, no statement
        "Torkham crossing.",  # too short to state a fact
        "Will the Torkham crossing ever reopen for good?",  # a question
        "Fox News Flash top headlinesFox News Flash top headlines are here.",  # a video player
        "© Photo: Amina Khan",  # a credit
    ],
)
def test_captions_that_state_no_fact_stay_out(caption: str) -> None:
    body = f"<figure><img src='/t.jpg'><figcaption>{caption}</figcaption></figure>"
    assert extract_article(raw(story(body))).text.split("\n\n") == PARAGRAPHS


def test_lead_picture_and_sidebar_captions_stay_out() -> None:
    lead = (
        "<figure><img src='/lead.jpg'><figcaption>Trucks queue at the Torkham crossing on "
        "Monday, as seen from the Pakistani side.</figcaption></figure>"
    )
    html = story("").replace(
        "<h1>Torkham closed after clash</h1>", "<h1>Torkham closed after clash</h1>" + lead
    )
    text = extract_article(raw(html)).text
    assert text.split("\n\n") == PARAGRAPHS
    assert "Chaman traders protest" not in text  # the sidebar's caption


def test_caption_already_in_the_text_is_not_repeated() -> None:
    body = f"<figure><img src='/t.jpg'><figcaption>{PARAGRAPHS[0]}</figcaption></figure>"
    assert extract_article(raw(story(body))).text.split("\n\n") == PARAGRAPHS


def test_every_title_of_a_teaser_box_split_by_br_becomes_a_link() -> None:
    box = (
        "<div class='also'><b>Read also</b><br><a href='/r1'>Russia and Azerbaijan reopen "
        "Samur checkpoint for cars</a><br><a href='/r2'>Over 3,000 vehicles stuck at Upper "
        "Lars in 2023 queue</a></div>"
    )
    article = extract_article(raw(story(box)))
    assert article.text.split("\n\n") == PARAGRAPHS
    assert [link.text for link in article.links] == [
        "Russia and Azerbaijan reopen Samur checkpoint for cars",
        "Over 3,000 vehicles stuck at Upper Lars in 2023 queue",
    ]


def test_teaser_label_among_article_text_takes_no_article_link() -> None:
    body = (
        "<p>Read also</p><p>Pakistan and Afghanistan agreed to reopen the crossing, "
        "<a href='/r'>the ministry said in a statement</a> issued late on Monday night after "
        "the talks ended.</p>"
    )
    article = extract_article(raw(story(body)))
    assert "Pakistan and Afghanistan agreed to reopen the crossing" in article.text
    assert not any("ministry said" in link.text for link in article.links)


def test_name_alone_under_the_headline_is_the_byline() -> None:
    html = story("").replace(
        "<h1>Torkham closed after clash</h1>",
        "<h1>Torkham closed after clash</h1><p class='by'>Shahzad Baloch</p>",
    )
    article = extract_article(raw(html))
    assert article.byline == "Shahzad Baloch"
    assert article.text.split("\n\n") == PARAGRAPHS


def test_label_under_the_headline_is_no_byline() -> None:
    html = story("").replace(
        "<h1>Torkham closed after clash</h1>",
        "<h1>Torkham closed after clash</h1><p class='kicker'>Latest News</p>",
    )
    article = extract_article(raw(html))
    assert article.byline is None
    assert article.text.split("\n\n")[0] == "Latest News"


def test_byline_fragment_and_consent_box_leave_the_text() -> None:
    html = story(
        "<p>We process personal data within the scope of the KVKK. Cookies are used on our "
        "site.</p>"
    ).replace(
        "<h1>Torkham closed after clash</h1>",
        "<h1>Torkham closed after clash</h1><div class='info'><span>Mehmet Yıldız</span> "
        "<span>|</span> <time datetime='2025-02-12'>12.02.2025 10:14</time></div>",
    )
    article = extract_article(raw(html))
    assert article.byline == "Mehmet Yıldız"
    assert article.text.split("\n\n") == PARAGRAPHS
