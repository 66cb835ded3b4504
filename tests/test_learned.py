"""The learned event-type scorer: the shipped model, its training script, and
the rule that it only types sentences the rules gave places for."""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from borderwatch.evaluate import read_gold
from borderwatch.events import find_events
from borderwatch.events.detectors import Candidate, SentenceView
from borderwatch.events.learned import (
    MODEL_DIR,
    learned_candidates,
    load_model,
    read_model,
    score_sentence,
    use_model,
)
from borderwatch.extract import extract_article
from borderwatch.records import EVENT_TYPES, Sentence
from tests.paths import DEV, ROOT


def test_shipped_model_is_small_and_carries_its_card():
    sizes = sum(p.stat().st_size for p in MODEL_DIR.glob("event_types.*"))
    assert sizes < 3_000_000
    card = json.loads((MODEL_DIR / "event_types.json").read_text(encoding="utf-8"))
    assert card["version"] and card["training"]["sha256"] and card["sentence_cv"]
    assert set(card["types"]) == set(EVENT_TYPES)


def test_shipped_model_scores_a_sentence():
    probs = score_sentence("The border crossing was closed to all traffic on Sunday.", "en")
    assert set(probs) == set(EVENT_TYPES)
    assert all(0.0 <= p <= 1.0 for p in probs.values())
    assert probs["closure"] > probs["talks"]
    talks = score_sentence("Officials of both countries met to discuss trade at the crossing.")
    assert talks["talks"] > talks["clash"]


def _always() -> object:
    """The shipped model made to fire on every type of every sentence."""
    model = load_model()
    card = {**model.card, "mode": "missing", "restriction_over_closure": None}
    return replace(model, thresholds=dict.fromkeys(EVENT_TYPES, 0.0), card=card)


def _view(text: str, has_place: bool) -> SentenceView:
    return SentenceView(Sentence(0, 0, len(text), text), text.lower(), has_place)


def test_a_sentence_without_places_gets_no_learned_candidates():
    text = "Trucks were stuck for days after the closure."
    with use_model(_always()):  # type: ignore[arg-type]
        assert learned_candidates(_view(text, has_place=False)) == []
        found = learned_candidates(_view(text, has_place=True))
    assert {c.type for c in found} == set(EVENT_TYPES)
    assert all(0 <= c.start < c.end <= len(text) for c in found)


def test_learned_candidates_keep_the_rules_candidates():
    text = "The crossing was closed and trucks were stuck."
    rule = Candidate("closure", 17, 23)
    with use_model(_always()):  # type: ignore[arg-type]
        found = learned_candidates(_view(text, has_place=True), [rule])
    assert found[0] == rule and "closure" not in {c.type for c in found[1:]}
    with use_model(None):
        assert learned_candidates(_view(text, has_place=True), [rule]) == [rule]


def test_learned_events_never_invent_places(analyzer):  # type: ignore[no-untyped-def]
    """With a model that types every sentence as everything, each event's place
    is still one the analysis found (a named crossing or a country pair)."""
    records = list(read_gold(DEV))[:25]
    added = 0
    for record in records:
        analysis = analyzer(extract_article(record.raw))
        with use_model(None):
            rules = find_events(analysis).events
        with use_model(_always()):  # type: ignore[arg-type]
            events = find_events(analysis).events
        added += len(events) - len(rules)
        crossings = {p.crossing for p in analysis.places if p.crossing}
        pairs = {p.countries for p in analysis.places}
        for event in events:
            assert event.crossing in crossings or (
                event.crossing is None and event.countries in pairs
            ), (record.raw.id, event.type, event.crossing, event.countries)
    assert added > 0  # the always-firing model did add events


def _script() -> object:
    scripts = str(ROOT / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    return importlib.import_module("train_event_types")


@pytest.mark.slow
def test_training_reproduces_on_a_tiny_slice(tmp_path: Path):
    script = _script()
    args = ["--files", "dev.jsonl", "--limit", "24", "--no-e2e", "--folds", "3"]
    for out in ("a", "b"):
        assert script.main([*args, "--out", str(tmp_path / out), "--date", "2000-01-01"]) == 0  # type: ignore[attr-defined]
    a, b = read_model(tmp_path / "a"), read_model(tmp_path / "b")
    assert len(a.index) > 0
    assert np.array_equal(a.index, b.index)
    assert np.array_equal(a.weights, b.weights) and np.array_equal(a.bias, b.bias)
    assert a.card == b.card
    assert a.card["training"]["records"] == 24
