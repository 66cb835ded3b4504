"""The article-extraction benchmark metric, on small hand-made strings."""

from __future__ import annotations

import pytest

from borderwatch.extraction_score import score_page, score_pages, tokenize


def test_tokens_are_runs_of_word_characters() -> None:
    assert tokenize("It's a border-crossing, 2024!") == [
        "It",
        "s",
        "a",
        "border",
        "crossing",
        "2024",
    ]
    assert tokenize(None) == []


def test_identical_texts_score_one_and_count_as_exact() -> None:
    page = score_page("one two three four five", "one two three four five")
    assert (page.tp, page.fp, page.fn, page.exact) == (1.0, 0.0, 0.0, True)
    assert score_pages([("a b c d e", "a b c d e")]).f1 == 1.0


def test_shingles_are_counted_as_multisets_and_normalised() -> None:
    # truth: 5 tokens -> 2 shingles (abcd, bcde); prediction adds one token -> 3 shingles
    page = score_page("a b c d e", "a b c d e f")
    assert page.tp == pytest.approx(2 / 3)
    assert page.fp == pytest.approx(1 / 3)
    assert page.fn == 0
    assert page.precision == pytest.approx(2 / 3) and page.recall == 1.0
    assert not page.exact


def test_repeated_shingles_count_once_per_occurrence() -> None:
    # truth has "a b c d" twice, prediction once: one tp, one fn (normalised by 2)
    page = score_page("a b c d a b c d", "a b c d")
    assert page.tp == pytest.approx(0.2) and page.fn == pytest.approx(0.8)


def test_short_texts_make_one_short_shingle() -> None:
    assert score_page("a b", "a b").tp == 1.0
    assert score_page("a b", "a c").tp == 0.0


def test_averages_skip_pages_without_output_or_without_truth() -> None:
    # page 1: perfect; page 2: nothing extracted (recall 0, no precision);
    # page 3: empty truth, something extracted (precision 0, no recall)
    score = score_pages([("a b c d e", "a b c d e"), ("a b c d e", ""), ("", "x y z w")])
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(0.5)
    assert score.accuracy == pytest.approx(1 / 3)
    assert score.pages == 3


def test_f1_is_the_harmonic_mean_of_the_averages() -> None:
    score = score_pages([("a b c d e", "a b c d e f"), ("a b c d e f g", "a b c d")])
    # page 1: P 2/3, R 1 ; page 2: truth 4 shingles, pred 1 -> P 1, R 1/4
    precision, recall = (2 / 3 + 1) / 2, (1 + 1 / 4) / 2
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    assert score.f1 == pytest.approx(2 * precision * recall / (precision + recall))
