"""Quality gate: borderwatch's extraction F1 on the 181-page extraction benchmark.

The floor is pinned just under what the extractor reaches (F1 0.966, accuracy
0.348 when this was written; trafilatura's own default extract() scores 0.953
on the same pages).  A change that loses article text, or lets boilerplate in,
fails here.  Speed is measured in benchmarks/throughput.py, not here.
"""

from __future__ import annotations

import gzip
import json

from paths import SHARED

from borderwatch.extract import extract_article
from borderwatch.extraction_score import score_pages
from borderwatch.records import RawDocument

BENCHMARK = SHARED / "data" / "article-extraction-benchmark"
F1_FLOOR = 0.960
ACCURACY_FLOOR = 0.33


def test_extraction_f1_on_the_benchmark_stays_above_the_floor() -> None:
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    pairs = []
    for path in sorted((BENCHMARK / "html").glob("*.html.gz")):
        page_id = path.name.removesuffix(".html.gz")
        raw = RawDocument(
            id=page_id, data=gzip.decompress(path.read_bytes()), media_type="text/html"
        )
        pairs.append((truth[page_id]["articleBody"], extract_article(raw).text))
    assert len(pairs) == 181
    score = score_pages(pairs)
    print(
        f"extraction F1 {score.f1:.4f} precision {score.precision:.4f} "
        f"recall {score.recall:.4f} accuracy {score.accuracy:.3f}"
    )
    assert score.f1 >= F1_FLOOR
    assert score.accuracy >= ACCURACY_FLOOR
