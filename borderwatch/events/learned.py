"""A learned event-type scorer: a second reader where the rules plateau.

A one-vs-rest linear model over hashed sentence features (word lemmas and
lemma pairs; character n-grams outside English) gives each event type a
probability for one sentence.  It is trained by ``scripts/train_event_types.py``
from the labelled corpus and shipped in ``borderwatch/data/models/`` (weights
as ``.npz``, settings, thresholds and cross-validated figures in the JSON
card beside them).

It never finds places: ``learned_candidates`` only types a sentence the rules
gave places for, and only where the rules found no event there (a recall
fallback).  Thresholds per type, and whether a type is used at all, come
from grouped cross-validation of the whole pipeline (the card says which).

numpy, simplemma and py3langid are imported inside functions: the model is
loaded once, on first use.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from borderwatch.events import triggers as t
from borderwatch.events.detectors import Candidate, SentenceView
from borderwatch.records import EVENT_TYPES, EventType

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "FeatureSettings",
    "TypeModel",
    "features",
    "learned_candidates",
    "load_model",
    "score_sentence",
    "use_model",
]

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models"
MODEL_NAME = "event_types"

#: Words: letters and digits runs; digits become 0 so that numbers generalise.
WORD = re.compile(r"\w+")
DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class FeatureSettings:
    """How a sentence becomes features; stored in the model card."""

    n_features: int = 2**18  # hashed space (only the ids seen in training are kept)
    word_ngrams: int = 2  # lemma unigrams and bigrams
    char_min: int = 3  # character n-grams inside words, other languages only
    char_max: int = 5
    lemmas: bool = True  # simplemma lemmas where the language has a dictionary


@dataclass(frozen=True)
class TypeModel:
    """Weights of a one-vs-rest linear model over hashed features."""

    types: tuple[EventType, ...]
    index: np.ndarray  # sorted feature ids with a weight (int32)
    weights: np.ndarray  # (len(index), len(types)) float32
    bias: np.ndarray  # (len(types),) float32
    settings: FeatureSettings = field(default_factory=FeatureSettings)
    #: Fallback thresholds per type; a type absent here is not used.
    thresholds: Mapping[str, float] = field(default_factory=dict)
    card: Mapping[str, Any] = field(default_factory=dict)

    def probabilities(self, feats: Mapping[int, float]) -> dict[EventType, float]:
        import numpy as np

        logits = self.bias.astype(np.float64).copy()
        if feats:
            ids = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
            values = np.fromiter(feats.values(), dtype=np.float64, count=len(feats))
            pos = np.searchsorted(self.index, ids)
            pos[pos >= len(self.index)] = 0
            hit = self.index[pos] == ids
            if hit.any():
                logits += values[hit] @ self.weights[pos[hit]]
        probs = 1.0 / (1.0 + np.exp(-logits))
        return {kind: float(p) for kind, p in zip(self.types, probs, strict=True)}

    def weight_of(self, feature: int, kind: EventType) -> float:
        import numpy as np

        pos = int(np.searchsorted(self.index, feature))
        if pos < len(self.index) and int(self.index[pos]) == feature:
            return float(self.weights[pos, self.types.index(kind)])
        return 0.0


# --- features ---------------------------------------------------------------


def _hash(feature: str, n_features: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) % n_features


#: Languages whose words are reduced to lemmas (simplemma dictionaries): the
#: project's lexicon languages that simplemma covers.  Each dictionary takes a
#: second or more to load, so rarer languages rely on character n-grams.
LEMMA_LANGUAGES = frozenset({"en", "ar", "fa", "ru", "uk", "pl", "tr", "es", "fr", "de"})


@lru_cache(maxsize=1)
def _lemmatizer() -> Any:
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    factory = DefaultDictionaryFactory(cache_max_size=len(LEMMA_LANGUAGES))
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    if lang not in LEMMA_LANGUAGES:
        return word
    return str(_lemmatizer().lemmatize(word, lang=lang))


def _words(text: str, lang: str, settings: FeatureSettings) -> list[str]:
    words = [DIGIT.sub("0", w) for w in WORD.findall(text.lower())]
    if settings.lemmas:
        words = [_lemma(w, lang) for w in words]
    return words


def features(text: str, lang: str, settings: FeatureSettings) -> dict[int, float]:
    """Hashed, L2-normalised binary features of one sentence."""
    words = _words(text, lang, settings)
    names = {f"w:{w}" for w in words}
    if settings.word_ngrams >= 2:
        names.update(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    names.add(f"lang:{lang}")
    if lang != "en":
        for w in set(words):
            padded = f" {w} "
            for n in range(settings.char_min, settings.char_max + 1):
                names.update(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    ids = {_hash(name, settings.n_features) for name in names}
    value = 1.0 / len(ids) ** 0.5 if ids else 0.0
    return dict.fromkeys(sorted(ids), value)


#: Languages a sentence is told apart among: those of the countries with land
#: borders in the news we read.  Left open, short English sentences full of
#: names come out as Nigerian Pidgin, Afrikaans or Welsh.
LANGUAGES = (
    "en", "ar", "fa", "ps", "ur", "hi", "bn", "ne", "ru", "uk", "be", "pl", "lt", "lv",
    "et", "fi", "tr", "az", "hy", "ka", "kk", "ky", "uz", "tg", "mn", "zh", "ko", "th",
    "km", "lo", "my", "vi", "ms", "id", "es", "pt", "fr", "de", "it", "nl", "el", "bg",
    "ro", "hu", "sr", "hr", "mk", "sq", "he", "sw", "am", "so",
)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def language_of(text: str) -> str:
    """ISO 639-1 code of a sentence (py3langid, own instance: no global state)."""
    lang, _ = _identifier().classify(text)
    return str(lang)


# --- the shipped model ------------------------------------------------------


def read_model(directory: Path = MODEL_DIR, name: str = MODEL_NAME) -> TypeModel:
    """A model from its ``.npz`` weights and ``.json`` card."""
    import numpy as np

    card = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
    with np.load(directory / f"{name}.npz") as arrays:
        index = arrays["index"].astype(np.int64)
        weights = arrays["weights"].astype(np.float32)
        bias = arrays["bias"].astype(np.float32)
    types = tuple(k for k in card["types"] if k in EVENT_TYPES)
    return TypeModel(
        types=types,
        index=index,
        weights=weights,
        bias=bias,
        settings=FeatureSettings(**card["features"]),
        thresholds=dict(card.get("thresholds") or {}),
        card=card,
    )


def write_model(model: TypeModel, directory: Path, name: str = MODEL_NAME) -> None:
    """Weights as compressed ``.npz`` (float16), the card as JSON."""
    import numpy as np

    directory.mkdir(parents=True, exist_ok=True)
    with (directory / f"{name}.npz").open("wb") as out:
        np.savez_compressed(
            out,
            index=model.index.astype(np.int32),
            weights=model.weights.astype(np.float16),
            bias=model.bias.astype(np.float32),
        )
    (directory / f"{name}.json").write_text(
        json.dumps(model.card, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


_ACTIVE: list[TypeModel | None] = []


def load_model() -> TypeModel:
    """The model in use: the shipped one, loaded once, unless ``use_model`` set another."""
    if _ACTIVE and _ACTIVE[-1] is not None:
        return _ACTIVE[-1]
    return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> TypeModel:
    return read_model()


@contextmanager
def use_model(model: TypeModel | None) -> Iterator[None]:
    """Use ``model`` inside the block (cross-validation swaps in fold models);
    ``None`` switches the learned layer off."""
    _ACTIVE.append(model)
    try:
        yield
    finally:
        _ACTIVE.pop()


def _switched_off() -> bool:
    return bool(_ACTIVE) and _ACTIVE[-1] is None


def score_sentence(text: str, lang: str | None = None) -> dict[EventType, float]:
    """The probability of each event type for one sentence."""
    model = load_model()
    lang = lang or language_of(text)
    return model.probabilities(features(text, lang, model.settings))


def _anchor(model: TypeModel, text: str, lang: str, kind: EventType) -> tuple[int, int]:
    """The word that speaks most for ``kind``: where attributes are looked for."""
    best, best_span = float("-inf"), (0, len(text))
    for m in WORD.finditer(text):
        word = DIGIT.sub("0", m.group(0).lower())
        lemma = _lemma(word, lang) if model.settings.lemmas else word
        weight = model.weight_of(_hash(f"w:{lemma}", model.settings.n_features), kind)
        if weight > best:
            best, best_span = weight, (m.start(), m.end())
    return best_span


def learned_candidates(view: SentenceView, found: Sequence[Candidate] = ()) -> list[Candidate]:
    """The rules' candidates of a sentence, reviewed by the model.

    - where the rules found none in a sentence with places, the types the
      model is sure of (a recall fallback); with ``"mode": "missing"`` in the
      card, also types the rules missed beside the ones they found;
    - with ``restriction_over_closure`` set, a closure the model reads as a
      restriction (above that threshold, and above closure) becomes one.

    Background and long-ago sentences get nothing added, as with the rules.
    The model never finds places: a sentence without places is left alone.
    """
    kept = list(found)
    if not view.has_place or _switched_off():
        return kept
    model = load_model()
    second = model.card.get("restriction_over_closure")
    adding = not kept or model.card.get("mode") == "missing"
    if not (model.thresholds and adding) and not (
        second is not None and any(c.type == "closure" and not c.prior for c in kept)
    ):
        return kept
    text = view.sentence.text
    lang = language_of(text)
    probs = model.probabilities(features(text, lang, model.settings))
    if second is not None and probs["restriction"] >= second > 0:
        kept = [
            replace(c, type="restriction")
            if c.type == "closure" and not c.prior and probs["restriction"] > probs["closure"]
            else c
            for c in kept
        ]
    if not adding or t.BACKGROUND.search(view.folded) or t.LONG_AGO.search(view.folded, 0, 25):
        return kept
    have = {c.type for c in kept}
    for kind in model.types:
        threshold = model.thresholds.get(kind)
        if kind not in have and threshold is not None and probs[kind] >= threshold:
            start, end = _anchor(model, text, lang, kind)
            kept.append(Candidate(kind, start, end))
    return kept
