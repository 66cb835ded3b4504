"""End-to-end grouped cross-validation of the learned layer.

Used by ``scripts/train_event_types.py``.  For each fold of outlets, the whole
pipeline runs on the fold's records with a model trained on the other folds,
and ``borderwatch.evaluate.score`` scores them: pooled events F1, per-type
F1, status, counts and dates, for the rules alone and for rules + learned.

Fallback thresholds per type (or "off") are chosen by coordinate ascent on
the pooled END-TO-END events F1.  The reported figure is nested: thresholds
for fold k are chosen on the other folds only (with inner models that never
saw the inner fold's outlets), then applied to fold k with a model trained
without fold k.  The shipped thresholds come from one level of the same CV.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from borderwatch.evaluate import Scores, score
from borderwatch.events.learned import FeatureSettings, TypeModel, use_model
from borderwatch.records import EVENT_TYPES, Article, DocumentResult

#: Threshold values tried per type; None leaves the type to the rules alone.
GRID: tuple[float | None, ...] = (None, 0.35, 0.5, 0.65, 0.8)
LOWEST = 0.35


@dataclass(frozen=True)
class Traced(TypeModel):
    """A model that remembers the probabilities it gave (which records it touched)."""

    seen: list[dict[str, float]] = field(default_factory=list)

    def probabilities(self, feats: Any) -> Any:
        probs = super().probabilities(feats)
        self.seen.append(probs)
        return probs


class Runner:
    """Runs the pipeline over corpus records, reusing their analyses."""

    def __init__(self, corpus: Any) -> None:
        self.corpus = corpus
        self.by_hash = {a.article.content_hash: a for a in corpus.analyses}
        self.rules = self.run(range(len(corpus.records)), lambda i: None)

    def analyze(self, article: Article) -> Any:
        return self.by_hash[article.content_hash]

    def run(
        self, rows: Sequence[int] | range, model_of: Callable[[int], TypeModel | None]
    ) -> list[DocumentResult]:
        from borderwatch.pipeline import process_document

        out = []
        for i in rows:
            with use_model(model_of(i)):
                out.append(process_document(self.corpus.records[i].raw, self.analyze))
        return out

    def touched(self, rows: Sequence[int], model_of: Callable[[int], TypeModel]) -> list[int]:
        """Records where some sentence reaches the lowest threshold."""
        hit = []
        for i in rows:
            traced = Traced(**_fields(configure(model_of(i), LOOSEST)))
            self.run([i], lambda _, m=traced: m)
            if any(max(p.values()) >= LOWEST for p in traced.seen):
                hit.append(i)
        return hit

    def scores(
        self,
        rows: Sequence[int],
        model_of: Callable[[int], TypeModel | None],
        touched: Sequence[int] = (),
    ) -> Scores:
        """Scores of ``rows``; only ``touched`` records are run again."""
        again = dict(zip(touched, self.run(touched, model_of), strict=True))
        results = [again.get(i, self.rules[i]) for i in rows]
        return score([self.corpus.records[i] for i in rows], results)


def _fields(model: TypeModel) -> dict[str, Any]:
    return {
        "types": model.types, "index": model.index, "weights": model.weights,
        "bias": model.bias, "settings": model.settings, "thresholds": model.thresholds,
        "card": model.card,
    }


#: What the learned layer may do: fallback thresholds per type, whether it
#: adds types beside the rules' ("missing") or only where they found none
#: ("fallback"), and the restriction-over-closure threshold (None: never).
Config = tuple[dict[str, float], str, float | None]
LOOSEST: Config = (dict.fromkeys(EVENT_TYPES, LOWEST), "missing", LOWEST)
NOTHING: Config = ({}, "fallback", None)


def configure(model: TypeModel, config: Config) -> TypeModel:
    thresholds, mode, second = config
    card = {**model.card, "mode": mode, "restriction_over_closure": second}
    return replace(model, thresholds=thresholds, card=card)


def choose_config(
    runner: Runner, rows: Sequence[int], model_of: Callable[[int], TypeModel]
) -> Config:
    """The configuration that maximises the pooled events F1 (coordinate ascent)."""
    touched = runner.touched(rows, model_of)

    def f1(config: Config) -> float:
        return runner.scores(rows, lambda i: configure(model_of(i), config), touched).events.f1

    current, best = NOTHING, f1(NOTHING)
    for _ in range(2):
        changed = False
        trials: list[Config] = []
        for kind in EVENT_TYPES:
            for value in GRID:
                thresholds = {k: v for k, v in current[0].items() if k != kind}
                if value is not None:
                    thresholds[kind] = value
                trials.append((thresholds, current[1], current[2]))
        trials += [(current[0], mode, current[2]) for mode in ("fallback", "missing")]
        trials += [(current[0], current[1], value) for value in GRID]
        for trial in trials:
            got = f1(trial)
            if got > best + 1e-9:
                best, current, changed = got, trial, True
        if not changed:
            break
    return current


def summary(s: Scores) -> dict[str, Any]:
    e = s.events
    return {
        "events": {"p": round(e.precision, 3), "r": round(e.recall, 3), "f1": round(e.f1, 3),
                   "tp": e.tp, "fp": e.fp, "fn": e.fn},
        "by_type": {k: round(t.f1, 3) for k, t in sorted(s.by_type.items())},
        "status": round(s.status.value, 3),
        "counts": round(s.counts.value, 3),
        "dates": round(s.dates.value, 3),
    }


def end_to_end(
    corpus: Any,
    units: Any,
    folds: np.ndarray,
    fold_models: dict[int, TypeModel],
    final: TypeModel,
    c: float,
    weight: str | None,
    settings: FeatureSettings,
) -> dict[str, Any]:
    from train_event_types import fit

    runner = Runner(corpus)
    k = len(fold_models)
    fold_of_row = folds[units.record]
    everyone = list(range(len(corpus.records)))

    # Nested: thresholds for fold f from inner CV on the other folds.
    nested: dict[int, DocumentResult] = {}
    chosen: dict[int, Config] = {}
    for f in range(k):
        inner: dict[int, TypeModel] = {}
        for g in range(k):
            if g != f:
                train = np.flatnonzero((fold_of_row != f) & (fold_of_row != g))
                inner[g] = fit(units, train, c, weight, settings)
        rows = [i for i in everyone if folds[i] != f]
        chosen[f] = choose_config(runner, rows, lambda i, m=inner: m[int(folds[i])])
        test = [i for i in everyone if folds[i] == f]
        outer = configure(fold_models[f], chosen[f])
        nested.update(zip(test, runner.run(test, lambda i, m=outer: m), strict=True))
        print(f"fold {f}: {chosen[f]}")

    # One level: the shipped thresholds.
    shipped = choose_config(runner, everyone, lambda i: fold_models[int(folds[i])])
    shipped_model = configure(final, shipped)
    in_sample = runner.run(everyone, lambda i: shipped_model)

    report: dict[str, Any] = {
        "thresholds": shipped[0],
        "mode": shipped[1],
        "restriction_over_closure": shipped[2],
        "fold_choices": {str(f): list(c) for f, c in chosen.items()},
        "subsets": {},
    }
    subsets = {
        "all": everyone,
        **{
            name: [i for i in everyone if corpus.files[i] == name]
            for name in sorted(set(corpus.files))
        },
        "dev+dev2": [i for i in everyone if corpus.files[i] in ("dev.jsonl", "dev2.jsonl")],
    }
    for name, rows in subsets.items():
        if not rows:
            continue
        records = [corpus.records[i] for i in rows]
        row = {
            "records": len(rows),
            "rules": summary(score(records, [runner.rules[i] for i in rows])),
            "rules+learned nested CV": summary(score(records, [nested[i] for i in rows])),
            "rules+learned in-sample": summary(score(records, [in_sample[i] for i in rows])),
        }
        report["subsets"][name] = row
        print(f"{name} ({len(rows)} records): events F1 rules {row['rules']['events']['f1']}, "
              f"+learned CV {row['rules+learned nested CV']['events']['f1']}, "
              f"+learned in-sample {row['rules+learned in-sample']['events']['f1']}")
        for label in ("rules", "rules+learned nested CV", "rules+learned in-sample"):
            s = row[label]
            print(f"  {label:<24} P/R/F1 {s['events']['p']}/{s['events']['r']}/{s['events']['f1']}"
                  f" status {s['status']} counts {s['counts']} dates {s['dates']} "
                  f"types {s['by_type']}")
    return report
