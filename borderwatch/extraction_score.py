"""The article-extraction benchmark's metric: shingle F1 and exact accuracy.

A re-implementation of the scoring that ``../shared/data/article-extraction-
benchmark/README.md`` describes (the upstream Zyte/Scrapinghub benchmark):

1. both texts are split into runs of word characters (``\\w+``);
2. overlapping 4-token shingles are counted as multisets;
3. per page, true/false positives and false negatives are normalised by their
   sum, so that every page weighs the same;
4. precision is averaged over the pages where the extractor produced anything,
   recall over the pages whose truth is not empty, and F1 is the harmonic mean
   of those two averages;
5. accuracy is the share of pages whose token sequence equals the truth's.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["PageScore", "ExtractionScore", "score_page", "score_pages"]

#: Shingle length used by the upstream benchmark.
SHINGLE_SIZE = 4

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class PageScore:
    """Normalised true positives, false positives and false negatives of one page."""

    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)


@dataclass(frozen=True, slots=True)
class ExtractionScore:
    """The benchmark's figures over a set of pages."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def tokenize(text: str | None) -> list[str]:
    """Runs of word characters, as the benchmark counts them."""
    return _TOKEN.findall(text or "")


def _shingles(tokens: list[str], size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    # Like upstream: a text shorter than ``size`` still gives one (short) shingle,
    # an empty text gives none.
    found: Counter[tuple[str, ...]] = Counter()
    for i in range(max(1, len(tokens) - size + 1)):
        shingle = tuple(tokens[i : i + size])
        if shingle:
            found[shingle] += 1
    return found


def score_page(truth: str | None, predicted: str | None) -> PageScore:
    """Compare one page's extracted text with its ground truth."""
    true_tokens, pred_tokens = tokenize(truth), tokenize(predicted)
    true_sh, pred_sh = _shingles(true_tokens), _shingles(pred_tokens)
    tp = fp = fn = 0.0
    for key in true_sh.keys() | pred_sh.keys():
        t, p = true_sh.get(key, 0), pred_sh.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    if total > 0:  # normalise so that long pages do not weigh more
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(tp=tp, fp=fp, fn=fn, exact=true_tokens == pred_tokens)


def score_pages(pairs: Iterable[tuple[str | None, str | None]]) -> ExtractionScore:
    """Score ``(truth, predicted)`` pairs; see the module docstring."""
    pages = [score_page(truth, predicted) for truth, predicted in pairs]
    with_output = [p.precision for p in pages if p.tp + p.fp > 0]
    with_truth = [p.recall for p in pages if p.tp + p.fn > 0]
    precision = statistics.fmean(with_output) if with_output else 0.0
    recall = statistics.fmean(with_truth) if with_truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(p.exact for p in pages) / len(pages) if pages else 0.0
    return ExtractionScore(
        precision=precision, recall=recall, f1=f1, accuracy=accuracy, pages=len(pages)
    )
