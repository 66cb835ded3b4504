"""The seed page, end to end through extract: the golden plain-text scrape."""

from __future__ import annotations

import hashlib

import pytest
from paths import SEED

from borderwatch.extract import extract_article
from borderwatch.records import Article, RawDocument

TITLE = "Pakistani Defense Minister Visits Kabul Amid Border Tensions"
TEASERS = (
    "The End of Dollar Dominance: How Gold is Rewriting the Rules of Global Finance",
    "The Taliban’s Broken Promises: Time for a New U.S. Strategy in Afghanistan",
    "Instability as Strategy: How India Benefits from the Afghan-Pakistan Breakdown",
    "Broken Promises, Renewed Threats: Time to Hold TTA Accountable",
    "The Istanbul Dialogue: How the Taliban’s Intransigence Doomed Diplomacy",
)


@pytest.fixture(scope="module")
def article() -> Article:
    return extract_article(RawDocument(id=str(SEED), data=SEED.read_bytes()))


def test_title_once_and_not_in_the_text(article: Article) -> None:
    assert article.title == TITLE
    assert TITLE not in article.text


def test_text_runs_from_the_stand_first_to_the_contributor_line(article: Article) -> None:
    assert article.text.startswith("Pakistan’s Defense Minister Khawaja Mohammad Asif visited")
    assert article.text.endswith("Riaz Khan in Peshawar, Pakistan, contributed to this story.")


def test_section_headings_and_dateline_sentence_stay(article: Article) -> None:
    paragraphs = article.text.split("\n\n")
    assert "Defense Minister visit to Kabul" in paragraphs
    assert "Criticism of Torkham Closure" in paragraphs
    assert "ISLAMABAD (AP) — The Pakistani Defense Minister visited Kabul" in article.text


@pytest.mark.parametrize(
    "furniture",
    [
        "SEE ALSO",
        "southasiatimes.org",
        "Source: AP News",
        "News Desk",
        "trusted source",
        "Recent",
        "Read More",
        "Dollar Dominance",
        "Istanbul Dialogue",
        "Doha Accord",
    ],
)
def test_furniture_is_gone(article: Article, furniture: str) -> None:
    assert furniture not in article.text


def test_source_dateline_and_links(article: Article) -> None:
    assert article.source == "AP News"
    assert article.dateline == "ISLAMABAD (AP)"
    urls = {link.url for link in article.links}
    assert (
        "https://southasiatimes.org/pakistan-urges-taliban-to-remain-involved-in-the-peace-process/"
        in urls
    )
    texts = [link.text for link in article.links]
    for teaser in TEASERS:
        assert teaser in texts


def test_paragraphs_are_separated_by_blank_lines_and_hash_is_of_the_text(article: Article) -> None:
    assert "\n\n\n" not in article.text
    assert all(p.strip() == p and p for p in article.text.split("\n\n"))
    assert article.content_hash == hashlib.sha256(article.text.encode()).hexdigest()


def test_published_comes_from_the_caller_when_the_page_has_none() -> None:
    raw = RawDocument(id="seed", data=SEED.read_bytes())
    assert extract_article(raw).published is None
    assert extract_article(raw, published="2023-02-22").published == "2023-02-22"
