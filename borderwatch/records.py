"""The nouns of borderwatch: frozen records that flow between the stages.

Data flows top to bottom::

    RawDocument  --extract-->  Article  --understand-->  Analysis
                 --events-->   Event, StatusClaim  --pipeline-->  DocumentResult

Every stage takes one of these records and returns the next; no stage passes
tuples or dicts to another.  Offsets (``start``/``end``) always index into
``Article.text`` so that ``article.text[start:end] == span.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EventType = Literal["closure", "reopening", "restriction", "clash", "stranded", "talks"]
EVENT_TYPES: tuple[EventType, ...] = (
    "closure",
    "reopening",
    "restriction",
    "clash",
    "stranded",
    "talks",
)

Status = Literal["closed", "open", "restricted"]
#: Which event type sets which status; the other types leave the status alone.
STATUS_OF_EVENT: dict[str, Status] = {
    "closure": "closed",
    "reopening": "open",
    "restriction": "restricted",
}

MediaType = Literal["text/plain", "text/html", "auto"]


# --- 1. ingest ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input as read from a location, before any cleaning.

    ``data`` holds the bytes as found (decoding is the extract stage's job, so
    that declared charsets, BOMs and bad bytes are handled in one place).
    ``error`` is set by a reader that could not read the input at all; such a
    document still travels through the pipeline so that its output line
    carries the error.
    """

    id: str
    data: bytes
    media_type: MediaType = "auto"
    charset: str | None = None  # declared by a transport (HTTP header, JSON)
    url: str | None = None
    published: str | None = None  # ISO date given by the caller or the input
    error: str | None = None
    source: str | None = None  # the outlet's name as the input gives it (JSON Lines "outlet")
    fetched: str | None = None  # when it was fetched (WARC-Date, HTTP fetch): not its publication


# --- 2. extract -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Link:
    """A link kept from page furniture (teasers, "SEE ALSO"), never article text."""

    text: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """The cleaned article: what the page says, without its furniture."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date
    source: str | None = None  # outlet or site name
    byline: str | None = None
    dateline: str | None = None  # "ISLAMABAD (AP)"
    url: str | None = None
    links: tuple[Link, ...] = ()
    content_hash: str = ""  # sha256 of the cleaned text (dedup key)


# --- 3. understand --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of ``Article.text``: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    lang: str = "en"  # ISO 639-1 code of its paragraph's language (nlp.language)


PlaceKind = Literal["crossing", "border", "country"]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A crossing (gazetteer row), a whole border, or a country, in the text."""

    start: int
    end: int
    text: str
    kind: PlaceKind
    crossing: str | None  # canonical gazetteer name for kind == "crossing"
    countries: tuple[str, ...]  # ISO alpha-2, sorted


DateKind = Literal["absolute", "relative", "weekday", "range"]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str  # the expression as written ("since Saturday", "February 21")
    date: str | None  # ISO date when resolvable
    kind: DateKind = "absolute"
    future: str | None = None  # the date read forward ("will reopen on Monday")


Qualifier = Literal[
    "exactly", "more than", "up to", "about", "at least", "hundreds", "thousands", "less than"
]


@dataclass(frozen=True, slots=True)
class Count:
    what: str  # "trucks", "people", "passengers", "containers", ...
    value: int | None
    qualifier: str = "exactly"


@dataclass(frozen=True, slots=True)
class CountMention:
    start: int
    end: int
    text: str
    count: Count


@dataclass(frozen=True, slots=True)
class Casualties:
    killed: int | None = None
    wounded: int | None = None
    who: str | None = None


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    start: int
    end: int
    text: str
    casualties: Casualties


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None
    text: str
    evidence: Span


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a parsed sentence (spaCy's tags, universal dependencies)."""

    start: int  # character offsets into Article.text
    end: int
    lemma: str  # lower case
    pos: str  # coarse part of speech: NOUN, VERB, AUX, ADJ, ...
    dep: str  # relation to its head: nsubj, dobj, prep, pobj, neg, aux, ...
    head: int  # index of the head token within the same Parse (self for the root)


@dataclass(frozen=True, slots=True)
class Parse:
    """The dependency parse of one sentence."""

    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the understand stage found, each with offsets."""

    article: Article
    sentences: tuple[Sentence, ...]
    places: tuple[PlaceMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    counts: tuple[CountMention, ...] = ()
    casualties: tuple[CasualtyMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    parses: tuple[Parse, ...] = ()  # English sentences that may carry border news


# --- 4. events ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Event:
    type: EventType
    crossing: str | None  # canonical gazetteer name, None for a whole border
    countries: tuple[str, ...]  # ISO alpha-2, sorted
    evidence: Span  # the sentence carrying the event
    date: str | None = None
    date_text: str | None = None
    actor: str | None = None
    reason: str | None = None
    counts: tuple[Count, ...] = ()
    casualties: Casualties | None = None

    @property
    def place(self) -> str:
        """The scoring key: the crossing name, or ``border:XX-YY``."""
        if self.crossing:
            return self.crossing
        return "border:" + "-".join(self.countries)


@dataclass(frozen=True, slots=True)
class StatusClaim:
    """A plain statement of state ("the crossing remains open"): no event."""

    crossing: str
    countries: tuple[str, ...]
    status: Status
    evidence: Span


@dataclass(frozen=True, slots=True)
class Findings:
    """What the events stage found in one analysis."""

    events: tuple[Event, ...] = ()
    claims: tuple[StatusClaim, ...] = ()
    crossings_mentioned: tuple[str, ...] = ()
    #: Events announced for the future ("will reopen"): not in force at publication.
    announced: tuple[Event, ...] = ()
    #: Undated events told as an earlier past ("had closed the crossing earlier
    #: this month"): the story's background, not its state at publication.
    stale: tuple[Event, ...] = ()


# --- 5. the result of one input ------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What the pipeline made of one input; ``error`` set when it failed."""

    id: str
    article: Article | None
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    status: dict[str, Status] = field(default_factory=dict)  # at publication
    crossings_mentioned: tuple[str, ...] = ()
    claims: tuple[StatusClaim, ...] = ()
    error: str | None = None
