"""How many raw events collapse into how many stories (issue 9, item 3).

Reads the given inputs (default: dev.jsonl, dev2.jsonl and the seed, with
the seed's publication date) through the pipeline into a throwaway SQLite
store, groups the stored events into stories (``borderwatch.stories``) and
prints raw events, reports (restatements in one article as one), stories,
and how many sources the stories have, in all and per event type.

    python scripts/story_stats.py [PATH ...]
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

from borderwatch.ingest import read_inputs
from borderwatch.pipeline import build_analyzer, process_all
from borderwatch.records import RawDocument
from borderwatch.store import board as b
from borderwatch.store import open_store
from borderwatch.stories import find_stories

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = [SHARED / "data" / "corpus" / "dev.jsonl", SHARED / "data" / "corpus" / "dev2.jsonl"]
SEED = SHARED / "seed" / "000_9b8f5190a0bfcfb7.txt"
SEED_PUBLISHED = "2023-02-22"


def main(paths: list[str]) -> None:
    analyzer = build_analyzer()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"sqlite:///{folder}/stories.db")
        inputs: list[RawDocument] = list(read_inputs(paths or [str(p) for p in DEFAULT]))
        for result in process_all(inputs, analyzer=analyzer):
            if result.article is not None and not result.error:
                store.save(result)
        if not paths:
            from borderwatch.pipeline import process_document

            raw = RawDocument(id=str(SEED), data=SEED.read_bytes(), media_type="text/plain")
            store.save(process_document(raw, analyzer, published=SEED_PUBLISHED))
        index = b.crossing_index(store)
        events = [b.relabel_event(index, se) for se in store.events().items]
        stories = find_stories(events)
        store.close()
    reports = sum(len(s.reports) for s in stories)
    print(f"raw events {len(events)}, reports {reports}, stories {len(stories)}")
    sources = Counter(len(s.sources) for s in stories)
    print("sources per story: " + ", ".join(f"{n}: {sources[n]}" for n in sorted(sources)))
    mean = sum(len(s.sources) for s in stories) / max(len(stories), 1)
    print(f"mean sources per story {mean:.2f}")
    by_type: Counter[str] = Counter(se.event.type for se in events)
    story_types: Counter[str] = Counter(s.type for s in stories)
    for kind in sorted(by_type):
        print(f"  {kind:12} raw {by_type[kind]:4}  stories {story_types[kind]:4}")
    torkham = [s for s in stories if s.place == "Torkham" and s.date == "2023-02-19"]
    for s in torkham:
        told = f"{len(s.events)} events, {len(s.reports)} report(s)"
        print(f"seed: Torkham {s.type} {s.date}: {told}")


if __name__ == "__main__":
    main(sys.argv[1:])
