"""Train the learned event-type scorer shipped in borderwatch/data/models/.

    .venv/bin/python scripts/train_event_types.py            # train, CV, write
    .venv/bin/python scripts/train_event_types.py --limit 30 --no-e2e --out /tmp/m

Units are the sentences the pipeline itself reads (paragraphs with a place
or a border word, split by the analyzer), labelled with the types of the gold
events whose evidence covers half of the sentence or half of the evidence;
the other sentences are negatives.  Features are ``borderwatch.events.learned
.features`` (hashed lemma words and pairs; character n-grams outside English).
One logistic regression per type (liblinear, fixed seed).

Honest figures: records are split into folds grouped by outlet (web domain,
else outlet name, else region) so that no outlet is both trained on and
scored.  C and the class weight are picked by grouped CV of sentence-level
average precision; the fallback thresholds per type by grouped CV of the
END-TO-END events F1 (``scripts/cv_events.py``), nested so that the reported
figure never scores a text its model or thresholds saw.  Everything lands in
the model card.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from borderwatch.evaluate import GoldRecord, read_gold  # noqa: E402
from borderwatch.events.learned import (  # noqa: E402
    MODEL_DIR,
    FeatureSettings,
    TypeModel,
    features,
    language_of,
    write_model,
)
from borderwatch.records import EVENT_TYPES, Analysis  # noqa: E402

CORPUS = ROOT / ".." / "shared" / "data" / "corpus"
FILES = ("train.jsonl", "dev.jsonl", "dev2.jsonl")
VERSION = "1"
SEED = 0
#: Regularisation and class weights tried by grouped CV.
GRID_C = (4.0, 16.0)
GRID_WEIGHT = (None, "balanced")
#: Features seen in fewer training sentences are dropped (smaller model).
MIN_DF = 2


@dataclass(frozen=True)
class Corpus:
    records: list[GoldRecord]
    files: list[str]  # which file each record came from
    groups: list[str]  # outlet (or region) of each record
    analyses: list[Analysis]
    digest: str


@dataclass(frozen=True)
class Units:
    record: np.ndarray  # record index of each sentence
    texts: list[str]
    langs: list[str]
    y: np.ndarray  # (n, types) 0/1
    X: sparse.csr_matrix  # hashed features


def group_of(obj: GoldRecord) -> str:
    """The outlet: the web domain, else the outlet name, else the region
    (the first word of the record id)."""
    host = urlparse(obj.raw.url or "").netloc.lower().removeprefix("www.")
    if host:
        return host
    outlet = str(obj.gold.get("outlet") or "").strip().lower()
    return outlet or obj.raw.id.split("-")[0]


def load_corpus(corpus: Path, files: Sequence[str], limit: int | None = None) -> Corpus:
    from borderwatch.extract import extract_article
    from borderwatch.pipeline import build_analyzer

    records: list[GoldRecord] = []
    names: list[str] = []
    digest = hashlib.sha256()
    for name in files:
        path = corpus / name
        digest.update(path.read_bytes())
        got = list(read_gold(path))
        records += got
        names += [name] * len(got)
    if limit:
        records, names = records[:limit], names[:limit]
    analyzer = build_analyzer()
    analyses = [analyzer(extract_article(r.raw)) for r in records]
    groups = [group_of(r) for r in records]
    return Corpus(records, names, groups, analyses, digest.hexdigest())


def label_units(corpus: Corpus, settings: FeatureSettings) -> Units:
    rec, texts, langs, labels, rows = [], [], [], [], []
    for i, (record, analysis) in enumerate(zip(corpus.records, corpus.analyses, strict=True)):
        text = analysis.article.text
        spans = []
        for event in record.gold.get("events") or []:
            evidence = (event.get("evidence") or "").strip()
            at = text.find(evidence) if evidence else -1
            if at >= 0 and event.get("type") in EVENT_TYPES:
                spans.append((at, at + len(evidence), event["type"]))
        for sentence in analysis.sentences:
            y = np.zeros(len(EVENT_TYPES), dtype=np.int8)
            for a, b, kind in spans:
                overlap = min(b, sentence.end) - max(a, sentence.start)
                if overlap > 0 and (
                    overlap >= 0.5 * (sentence.end - sentence.start) or overlap >= 0.5 * (b - a)
                ):
                    y[EVENT_TYPES.index(kind)] = 1
            lang = language_of(sentence.text)
            rec.append(i)
            texts.append(sentence.text)
            langs.append(lang)
            labels.append(y)
            rows.append(features(sentence.text, lang, settings))
    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.fromiter((k for r in rows for k in r), dtype=np.int64, count=int(indptr[-1]))
    data = np.fromiter((v for r in rows for v in r.values()), dtype=np.float64, count=len(indices))
    X = sparse.csr_matrix((data, indices, indptr), shape=(len(rows), settings.n_features))
    y_all = np.array(labels, dtype=np.int8).reshape(len(labels), len(EVENT_TYPES))
    return Units(np.array(rec, dtype=np.int64), texts, langs, y_all, X)


def grouped_folds(groups: Sequence[str], k: int) -> np.ndarray:
    """Fold of each record: whole groups per fold, largest first, into the
    lightest fold (ties by a stable hash of the group name)."""
    sizes: dict[str, int] = {}
    for g in groups:
        sizes[g] = sizes.get(g, 0) + 1
    order = sorted(sizes, key=lambda g: (-sizes[g], hashlib.sha1(g.encode()).hexdigest()))
    load = [0] * k
    fold_of: dict[str, int] = {}
    for g in order:
        f = min(range(k), key=lambda i: (load[i], i))
        fold_of[g] = f
        load[f] += sizes[g]
    return np.array([fold_of[g] for g in groups], dtype=np.int64)


def fit(
    units: Units, rows: np.ndarray, c: float, weight: str | None, settings: FeatureSettings
) -> TypeModel:
    """One logistic regression per type on the given sentence rows."""
    from sklearn.linear_model import LogisticRegression

    X = units.X[rows]
    df = np.bincount(X.indices, minlength=X.shape[1])
    keep = np.flatnonzero(df >= MIN_DF)
    Xk = X[:, keep]
    weights = np.zeros((len(keep), len(EVENT_TYPES)), dtype=np.float32)
    bias = np.zeros(len(EVENT_TYPES), dtype=np.float32)
    for j in range(len(EVENT_TYPES)):
        y = units.y[rows, j]
        if y.min() == y.max():
            bias[j] = -10.0 if y.max() == 0 else 10.0
            continue
        clf = LogisticRegression(
            C=c, class_weight=weight, solver="liblinear", dual=True, random_state=SEED,
            max_iter=2000,
        )
        clf.fit(Xk, y)
        weights[:, j] = clf.coef_[0]
        bias[j] = clf.intercept_[0]
    weights = weights.astype(np.float16).astype(np.float32)  # as shipped
    used = np.flatnonzero(np.abs(weights).max(axis=1) > 1e-4)
    return TypeModel(
        types=EVENT_TYPES,
        index=keep[used].astype(np.int64),
        weights=weights[used],
        bias=bias,
        settings=settings,
        card={"C": c, "class_weight": weight},
    )


def predict(model: TypeModel, units: Units, rows: np.ndarray) -> np.ndarray:
    """Probabilities (rows, types), as ``TypeModel.probabilities`` gives them."""
    X = units.X[rows].tocsc()
    W = np.zeros((units.X.shape[1], len(model.types)), dtype=np.float64)
    W[model.index] = model.weights
    logits = np.asarray(X @ W) + model.bias
    return 1.0 / (1.0 + np.exp(-logits))  # type: ignore[no-any-return]


def average_precision(y: np.ndarray, p: np.ndarray) -> float:
    order = np.argsort(-p, kind="stable")
    hits = y[order]
    if hits.sum() == 0:
        return 0.0
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision * hits).sum() / hits.sum())


def sentence_figures(y: np.ndarray, p: np.ndarray, threshold: float = 0.5) -> dict[str, object]:
    """Per-type and micro P/R/F1 at ``threshold``, and average precision."""
    out: dict[str, object] = {}
    tp_all = fp_all = fn_all = 0
    for j, kind in enumerate(EVENT_TYPES):
        pred = p[:, j] >= threshold
        tp = int((pred & (y[:, j] == 1)).sum())
        fp = int((pred & (y[:, j] == 0)).sum())
        fn = int((~pred & (y[:, j] == 1)).sum())
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        out[kind] = {**_prf(tp, fp, fn), "ap": round(average_precision(y[:, j], p[:, j]), 3)}
    out["micro"] = _prf(tp_all, fp_all, fn_all)
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


def choose_hyper(
    units: Units, fold_of_row: np.ndarray, folds: Sequence[int], settings: FeatureSettings
) -> tuple[float, str | None]:
    """C and class weight with the best mean average precision over types,
    by grouped CV among ``folds`` only."""
    best: tuple[float, float, str | None] = (-1.0, GRID_C[0], None)
    for c in GRID_C:
        for weight in GRID_WEIGHT:
            probs = np.zeros(units.y.shape)
            scored = np.zeros(len(units.texts), dtype=bool)
            for f in folds:
                test = np.flatnonzero(fold_of_row == f)
                train = np.flatnonzero(np.isin(fold_of_row, [g for g in folds if g != f]))
                probs[test] = predict(fit(units, train, c, weight, settings), units, test)
                scored[test] = True
            aps = [average_precision(units.y[scored, j], probs[scored, j]) for j in range(6)]
            mean = float(np.mean(aps))
            if mean > best[0] + 1e-9:
                best = (mean, c, weight)
    return best[1], best[2]


#: The learned layer is switched on only when nested grouped CV of the whole
#: pipeline shows at least this gain in pooled events F1 over the rules alone.
MIN_GAIN = 0.005


def decide(card: dict[str, object]) -> None:
    """Keep what CV chose under ``cv_choice``; switch the layer off (no
    thresholds, no second opinion) unless the nested CV figure beats the rules."""
    pooled = card["end_to_end_cv"]["subsets"]["all"]  # type: ignore[index]
    gain = pooled["rules+learned nested CV"]["events"]["f1"] - pooled["rules"]["events"]["f1"]
    card["cv_choice"] = {
        k: card[k] for k in ("thresholds", "mode", "restriction_over_closure")
    }
    card["enabled"] = gain >= MIN_GAIN
    if not card["enabled"]:
        card["thresholds"], card["restriction_over_closure"] = {}, None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--files", nargs="+", default=list(FILES))
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None, help="first N records only (tests)")
    parser.add_argument("--no-e2e", action="store_true", help="skip end-to-end CV (tests)")
    parser.add_argument("--date", default=None, help="date written in the card (default today)")
    args = parser.parse_args(argv)

    settings = FeatureSettings()
    corpus = load_corpus(args.corpus, args.files, args.limit)
    units = label_units(corpus, settings)
    folds = grouped_folds(corpus.groups, args.folds)
    fold_of_row = folds[units.record]
    all_folds = list(range(args.folds))
    print(
        f"{len(corpus.records)} records, {len(set(corpus.groups))} outlets, "
        f"{len(units.texts)} sentences, {int(units.y.any(axis=1).sum())} with an event"
    )
    c, weight = choose_hyper(units, fold_of_row, all_folds, settings)
    print(f"picked C={c} class_weight={weight}")

    # Sentence-level out-of-fold figures (a fold's model never saw its outlets).
    oof = np.zeros(units.y.shape)
    fold_models: dict[int, TypeModel] = {}
    for f in all_folds:
        test = np.flatnonzero(fold_of_row == f)
        train = np.flatnonzero(fold_of_row != f)
        fold_models[f] = fit(units, train, c, weight, settings)
        oof[test] = predict(fold_models[f], units, test)
    sentences = sentence_figures(units.y, oof)
    print("sentence-level grouped CV:", sentences["micro"])

    final = fit(units, np.arange(len(units.texts)), c, weight, settings)
    card: dict[str, object] = {
        "name": "event_types",
        "version": VERSION,
        "date": args.date or date.today().isoformat(),
        "types": list(EVENT_TYPES),
        "features": {
            "n_features": settings.n_features,
            "word_ngrams": settings.word_ngrams,
            "char_min": settings.char_min,
            "char_max": settings.char_max,
            "lemmas": settings.lemmas,
        },
        "training": {
            "files": list(args.files),
            "sha256": corpus.digest,
            "records": len(corpus.records),
            "limit": args.limit,
            "sentences": len(units.texts),
            "positives": {k: int(units.y[:, j].sum()) for j, k in enumerate(EVENT_TYPES)},
            "outlets": len(set(corpus.groups)),
            "min_df": MIN_DF,
            "C": c,
            "class_weight": weight,
            "seed": SEED,
            "folds": args.folds,
            "grouping": "web domain, else outlet name, else region",
        },
        "sentence_cv": sentences,
        "thresholds": {},
        "mode": "fallback",
        "restriction_over_closure": None,
    }
    if not args.no_e2e:
        from cv_events import end_to_end

        report = end_to_end(corpus, units, folds, fold_models, final, c, weight, settings)
        for key in ("thresholds", "mode", "restriction_over_closure"):
            card[key] = report.pop(key)
        card["end_to_end_cv"] = report
        decide(card)
    final = replace(final, thresholds=dict(card["thresholds"]), card=card)  # type: ignore[call-overload]
    write_model(final, args.out)
    print(f"wrote {args.out}/event_types.npz ({len(final.index)} weights), card thresholds:",
          card["thresholds"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
