"""Fixed sample results for the API docs, the web tests and the benchmark.

``sample_results()`` is a small, hand-written world (invented text, not from
any corpus): Torkham closed then hit by a clash, two outlets disagreeing on
the trucks waiting, Chaman restricted, Islam Qala reopened, and one page
whose text holds markup that must show as text.  ``synthetic_results(n)``
makes ``n`` events spread over gazetteer crossings for load tests.
Both return ``DocumentResult`` records, saved with ``store.save``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from borderwatch.gazetteer import load_gazetteer
from borderwatch.records import (
    Article,
    Casualties,
    Count,
    DocumentResult,
    Event,
    EventType,
    Quote,
    Span,
    Status,
)

#: Text that a page must show as text, never run (the pages' escaping test).
HOSTILE_MARKUP = '<script>alert("owned")</script><img src=x onerror=alert(1)>'


@dataclass
class _Writer:
    """Builds an article text sentence by sentence, keeping each span."""

    parts: list[str] = field(default_factory=list)
    length: int = 0

    def add(self, sentence: str) -> Span:
        if self.parts:
            self.parts.append(" ")
            self.length += 1
        span = Span(self.length, self.length + len(sentence), sentence)
        self.parts.append(sentence)
        self.length += len(sentence)
        return span

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _article(aid: str, w: _Writer, title: str, published: str, source: str, url: str) -> Article:
    return Article(id=aid, text=w.text, title=title, published=published, source=source, url=url)


def _torkham_wire() -> DocumentResult:
    w = _Writer()
    closed = w.add(
        "Border guards closed the Torkham crossing on Sunday after a dispute over "
        "travel papers for patients, officials said."
    )
    clash = w.add("On Monday guards on both sides exchanged fire at Torkham, wounding one soldier.")
    stuck = w.add("More than 6,000 trucks loaded with fruit were stuck on the eastern side.")
    said = w.add('"The gate will stay shut until the papers issue is settled," a spokesman said.')
    torkham = ("AF", "PK")
    events = (
        Event("closure", "Torkham", torkham, closed, "2023-02-19", "Sunday",
              actor="Border guards", reason="a dispute over travel papers for patients"),
        Event("clash", "Torkham", torkham, clash, "2023-02-20", "Monday",
              casualties=Casualties(killed=0, wounded=1, who="soldier")),
        Event("stranded", "Torkham", torkham, stuck,
              counts=(Count("trucks", 6000, "more than"),)),
    )  # fmt: skip
    quote = Quote("a spokesman", said.text[1 : -len(", a spokesman said.") - 1], said)
    article = _article("wire", w, "Torkham shut after clash", "2023-02-22", "Wire Service",
                       "https://news.example/torkham-shut")  # fmt: skip
    return DocumentResult("wire", article, events, (quote,), {"Torkham": "closed"}, ("Torkham",))


def _torkham_daily() -> DocumentResult:
    w = _Writer()
    stuck = w.add("About 4,500 trucks were waiting at Torkham on Wednesday, drivers said.")
    talks = w.add("Officials from both countries met on Wednesday to discuss reopening Torkham.")
    torkham = ("AF", "PK")
    events = (
        Event("stranded", "Torkham", torkham, stuck, "2023-02-22", "Wednesday",
              counts=(Count("trucks", 4500, "about"),)),
        Event("talks", "Torkham", torkham, talks, "2023-02-22", "Wednesday",
              actor="Officials from both countries"),
    )  # fmt: skip
    article = _article("daily", w, "Trucks queue at Torkham", "2023-02-23", "Frontier Daily",
                       "https://daily.example/queue")  # fmt: skip
    return DocumentResult("daily", article, events, (), {}, ("Torkham",))


def _chaman_and_islam_qala() -> DocumentResult:
    w = _Writer()
    limited = w.add(
        "From Wednesday the Chaman crossing let through only traders holding a passport and visa."
    )
    opened = w.add("Islam Qala reopened on Thursday after a two-day halt, customs staff said.")
    shut = w.add("It had been shut on Tuesday.")
    events = (
        Event("restriction", "Chaman–Spin Boldak", ("AF", "PK"), limited, "2023-03-01",
              "Wednesday", reason="only traders holding a passport and visa"),
        Event("closure", "Islam Qala–Dogharoun", ("AF", "IR"), shut, "2023-02-28", "Tuesday"),
        Event("reopening", "Islam Qala–Dogharoun", ("AF", "IR"), opened, "2023-03-02",
              "Thursday"),
    )  # fmt: skip
    status: dict[str, Status] = {"Chaman–Spin Boldak": "restricted", "Islam Qala–Dogharoun": "open"}
    article = _article("region", w, "Rules tighten at Chaman", "2023-03-03", "Regional Post",
                       "https://post.example/chaman")  # fmt: skip
    mentioned = ("Chaman–Spin Boldak", "Islam Qala–Dogharoun")
    return DocumentResult("region", article, events, (), status, mentioned)


def _hostile() -> DocumentResult:
    w = _Writer()
    sentence = w.add(f"Ghulam Khan was closed on Friday {HOSTILE_MARKUP} by the local authority.")
    event = Event("closure", "Ghulam Khan", ("AF", "PK"), sentence, "2023-02-24", "Friday",
                  actor=HOSTILE_MARKUP)  # fmt: skip
    article = _article("hostile", w, f"Closure {HOSTILE_MARKUP}", "2023-02-25",
                       "Odd <b>Outlet</b>", "javascript:alert(1)")  # fmt: skip
    return DocumentResult("hostile", article, (event,), (), {"Ghulam Khan": "closed"},
                          ("Ghulam Khan",))  # fmt: skip


def sample_results() -> list[DocumentResult]:
    """The fixed sample world, in the order it is saved."""
    return [_torkham_wire(), _torkham_daily(), _chaman_and_islam_qala(), _hostile()]


#: The types the synthetic store draws from, weighted like real coverage.
SYNTHETIC_TYPES: tuple[tuple[EventType, int], ...] = (
    ("closure", 3), ("reopening", 2), ("restriction", 2), ("clash", 1), ("stranded", 2),
    ("talks", 1),
)  # fmt: skip


def synthetic_results(events: int, per_article: int = 5, seed: int = 7) -> Iterator[DocumentResult]:
    """``events`` events over gazetteer crossings with coordinates, ``per_article`` a page."""
    rng = random.Random(seed)
    crossings = [c for c in load_gazetteer().crossings if c.lat is not None][:60]
    kinds = [t for t, weight in SYNTHETIC_TYPES for _ in range(weight)]
    start = dt.date(2022, 1, 1)
    made = 0
    page = 0
    while made < events:
        w = _Writer()
        found: list[Event] = []
        day = start + dt.timedelta(days=rng.randrange(700))
        for _ in range(min(per_article, events - made)):
            crossing = rng.choice(crossings)
            kind = rng.choice(kinds)
            when = (day - dt.timedelta(days=rng.randrange(5))).isoformat()
            span = w.add(f"Report {page}-{len(found)}: {kind} at {crossing.name} on {when}.")
            counts = (
                (Count("trucks", rng.randrange(50, 9000), "about"),) if kind == "stranded" else ()
            )
            found.append(Event(kind, crossing.name, crossing.countries, span, when, None,
                               counts=counts))  # fmt: skip
            made += 1
        aid = f"synthetic-{page}"
        article = _article(aid, w, f"Synthetic report {page}", day.isoformat(),
                           f"Outlet {page % 17}", f"https://synthetic.example/{page}")  # fmt: skip
        yield DocumentResult(aid, article, tuple(found), (), {}, ())
        page += 1


def build_sample_store(store_url: str) -> list[str]:
    """Save ``sample_results()`` into the store at ``store_url``; their article ids."""
    from borderwatch.store import open_store

    store = open_store(store_url)
    try:
        return [store.save(result).article_id for result in sample_results()]
    finally:
        store.close()
