"""``SqlStore``: the store on any SQLAlchemy engine (SQLite or PostgreSQL).

Writes take one transaction per document; reads open a short transaction
each, so a long-running reader (the web server) always sees whole documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import sqlalchemy as sa

from borderwatch.errors import NotFound, StoreError
from borderwatch.readmodels import (
    NameSeen,
    Page,
    PublishedStatus,
    StoredArticle,
    StoredClaim,
    StoredEvent,
    StoredQuote,
)
from borderwatch.records import Article, DocumentResult, Link, Quote
from borderwatch.store import SaveOutcome
from borderwatch.store import read as r
from borderwatch.store import schema as t
from borderwatch.store.migrations import WRITE_OPTION, migrate
from borderwatch.store.write import (
    content_hash,
    existing_article,
    insert_result,
    names_of_result,
)

if TYPE_CHECKING:
    from borderwatch.store.kept import KeptRow


def shown_url(url: str | sa.URL) -> str:
    """The store URL with its password hidden, for messages."""
    try:
        parsed = sa.engine.make_url(url) if isinstance(url, str) else url
    except sa.exc.ArgumentError:
        return "<unreadable store URL>"
    return parsed.render_as_string(hide_password=True)


def reason_of(exc: BaseException) -> str:
    """The driver's own message of a database error, on one line (no SQL, no parameters)."""
    reason = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(reason).splitlines() if line.strip()]
    return lines[0] if lines else type(reason).__name__


class SqlStore:
    """Pipeline results in, stored records out (see ``borderwatch.store.Store``)."""

    def __init__(self, engine: sa.Engine, url: str, conn: sa.Connection | None = None) -> None:
        self.engine = engine
        self.url = url
        self._conn = conn  # set: every read goes through this connection (a write's own)

    @classmethod
    def open(cls, engine: sa.Engine, url: str) -> SqlStore:
        """Open the store, creating or migrating its schema (and rebuilding its
        kept board rows, ``store.kept``) as needed."""
        store = cls(engine, url)
        try:
            migrate(engine)
            store._keep_board_rules()
        except sa.exc.SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open the store {shown_url(url)}: {reason_of(exc)}") from exc
        return store

    def _on(self, conn: sa.Connection) -> SqlStore:
        """This store, reading and writing through ``conn`` (inside its transaction)."""
        return SqlStore(self.engine, self.url, conn)

    def _keep_board_rules(self) -> None:
        """Rebuild the kept board rows of a store whose rows were made by other rules."""
        from borderwatch.store import kept
        from borderwatch.store.board import today

        if self._board_rules() in (None, kept.BOARD_RULES):
            return
        with self.engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                bound = self._on(conn)
                if bound._board_rules() not in (None, kept.BOARD_RULES):  # not done meanwhile
                    kept.rebuild(bound, today())

    def _board_rules(self) -> int | None:
        """The rules the kept rows were made with; None for a store with nothing in it,
        0 for rows never made (a store from before migration 6)."""
        dv = t.data_version
        rows = self._rows(sa.select(dv.c.board_rules).where(dv.c.id == 1))
        if not rows:
            return None
        return int(rows[0]["board_rules"] or 0)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------

    def save(self, result: DocumentResult, ingested_at: str | None = None) -> SaveOutcome:
        """Store one successful result in one transaction; the same text twice is a no-op.

        Raises ``ValueError`` for a result with ``error`` set (those are counted
        by the run, never stored) and ``errors.StoreError`` when the database
        refuses the write.
        """
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**{WRITE_OPTION: True})
                with conn.begin():
                    outcome = insert_result(conn, result, ingested_at)
                    if outcome.created:
                        from borderwatch.store.board import today
                        from borderwatch.store.kept import keep_after_save

                        keep_after_save(self._on(conn), names_of_result(result), today())
                    return outcome
        except sa.exc.IntegrityError:
            # Another writer stored the same text between our check and insert.
            assert result.article is not None
            with self.engine.connect() as conn:
                stored = existing_article(conn, content_hash(result.article))
            if stored is None:
                raise
            return SaveOutcome(stored, created=False)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(
                f"cannot save {result.id} in {shown_url(self.url)}: {reason_of(exc)}"
            ) from exc

    # --- reading ----------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[sa.Connection]:
        """A connection to read on; a database error becomes a one-line ``StoreError``."""
        try:
            if self._conn is not None:
                yield self._conn
                return
            with self.engine.connect() as conn:
                yield conn
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot read {shown_url(self.url)}: {reason_of(exc)}") from exc

    def _rows(self, query: sa.Executable) -> list[sa.RowMapping]:
        with self._reading() as conn:
            return list(conn.execute(query).mappings())

    def article(self, article_id: str) -> StoredArticle:
        a = t.articles
        rows = self._rows(
            sa.select(a, t.sources.c.name.label("source"))
            .select_from(a.outerjoin(t.sources, t.sources.c.id == a.c.source_id))
            .where(a.c.id == article_id)
        )
        if not rows:
            raise NotFound(f"no article {article_id!r} in the store")
        row = rows[0]
        links = self._rows(
            sa.select(t.links).where(t.links.c.article_id == article_id).order_by(t.links.c.seq)
        )
        return StoredArticle(
            id=row["id"],
            input_id=row["input_id"],
            content_hash=row["content_hash"],
            title=row["title"],
            text=row["text"],
            url=row["url"],
            source=row["source"],
            published=row["published"],
            byline=row["byline"],
            dateline=row["dateline"],
            ingested_at=row["ingested_at"],
            links=tuple(Link(text=x["text"], url=x["url"]) for x in links),
        )

    def load_result(self, article_id: str) -> DocumentResult:
        """The result as it was saved (``errors.NotFound`` if absent)."""
        stored = self.article(article_id)
        article = Article(
            id=stored.input_id,
            text=stored.text,
            title=stored.title,
            published=stored.published,
            source=stored.source,
            byline=stored.byline,
            dateline=stored.dateline,
            url=stored.url,
            links=stored.links,
            content_hash=stored.content_hash,
        )
        of = {"article_id": article_id}
        seq = lambda table: sa.select(table).filter_by(**of).order_by(table.c.seq)  # noqa: E731
        ps = t.publication_status
        return DocumentResult(
            id=stored.input_id,
            article=article,
            events=tuple(r.event_of(x) for x in self._rows(seq(t.events))),
            quotes=tuple(
                Quote(speaker=x["speaker"], text=x["text"], evidence=r.span_of(x))
                for x in self._rows(seq(t.quotes))
            ),
            status={x["crossing"]: x["status"] for x in self._rows(sa.select(ps).filter_by(**of))},
            crossings_mentioned=tuple(x["crossing"] for x in self._rows(seq(t.mentions))),
            claims=tuple(r.claim_of(x) for x in self._rows(seq(t.status_claims))),
        )

    def events(
        self,
        *,
        places: tuple[str, ...] | None = None,
        article_id: str | None = None,
        since: str | None = None,
        until: str | None = None,
        types: tuple[str, ...] | None = None,
        countries: tuple[str, ...] | None = None,
        q: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
        known_by: str | None = None,
    ) -> Page[StoredEvent]:
        """Events in timeline order; ``since``/``until`` bound the effective date,
        ``known_by`` keeps the events of articles known by that day."""
        ev = t.events
        where = _window(since, until, countries, known_by)
        if places is not None:
            where.append(ev.c.place.in_(places))
        if article_id is not None:
            where.append(ev.c.article_id == article_id)
        if types is not None:
            where.append(ev.c.type.in_(types))
        for word in (q or "").split():
            pattern = "%" + r.like_escape(word) + "%"
            where.append(
                sa.or_(
                    ev.c.evidence_text.ilike(pattern, escape="\\"),
                    ev.c.actor.ilike(pattern, escape="\\"),
                    ev.c.reason.ilike(pattern, escape="\\"),
                )
            )
        query = r.select_events().where(*where).order_by(*r.timeline_order(newest_first))
        # the article is joined only when a condition reads it (``known_by``)
        counted = sa.select(sa.func.count().label("n"))
        counted = counted.select_from(r.with_article(ev) if known_by else ev).where(*where)
        total = int(self._rows(counted)[0]["n"])
        if limit is not None:
            query = query.limit(limit)
        rows = self._rows(query.offset(offset) if offset else query)
        items = tuple(r.stored_event_of(x) for x in rows)
        return Page(
            items=items, total=total, limit=limit if limit is not None else total, offset=offset
        )

    def place_counts(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        countries: tuple[str, ...] | None = None,
        limit: int | None = None,
        known_by: str | None = None,
    ) -> dict[str, int]:
        """Events per stored place in the window, counting the first ``limit`` in
        timeline order (as ``events`` with the same filters would list them)."""
        ev = t.events
        where = _window(since, until, countries, known_by)
        first = sa.select(ev.c.place).select_from(r.with_article(ev)).where(*where)
        first = first.order_by(*r.timeline_order())
        listed = (first.limit(limit) if limit is not None else first).subquery()
        counted = sa.select(listed.c.place, sa.func.count().label("n")).group_by(listed.c.place)
        return {str(x["place"]): int(x["n"]) for x in self._rows(counted)}

    def claims(
        self, *, places: tuple[str, ...] | None = None, until: str | None = None
    ) -> list[StoredClaim]:
        c = t.status_claims
        query = r.select_claims()
        if places is not None:
            query = query.where(c.c.crossing.in_(places))
        if until:
            query = query.where(c.c.effective_date <= until[:10])
        return [r.stored_claim_of(x) for x in self._rows(query)]

    def published_statuses(self, *, places: tuple[str, ...] | None = None) -> list[PublishedStatus]:
        """Each article's status of each crossing at its publication, oldest first."""
        ps = t.publication_status
        query = r.select_published_statuses()
        if places is not None:
            query = query.where(ps.c.crossing.in_(places))
        return [r.published_status_of(x) for x in self._rows(query)]

    def quotes(
        self,
        *,
        article_id: str | None = None,
        place: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        places: tuple[str, ...] | None = None,
    ) -> Page[StoredQuote]:
        """Quotes, newest article first, then in article order; ``place`` (or any
        of ``places``) keeps the quotes of articles about it."""
        qt = t.quotes
        where: list[sa.ColumnElement[bool]] = []
        if article_id is not None:
            where.append(qt.c.article_id == article_id)
        if place is not None or places is not None:
            about = (*(places or ()), *(() if place is None else (place,)))
            where.append(qt.c.article_id.in_(r.articles_about(about)))
        query = (
            r.select_quotes()
            .where(*where)
            .order_by(r.publication_key.desc(), qt.c.article_id, qt.c.seq)
        )
        counted = sa.select(sa.func.count().label("n")).select_from(qt).where(*where)
        total = int(self._rows(counted)[0]["n"])
        if limit is not None:
            query = query.limit(limit)
        rows = self._rows(query.offset(offset) if offset else query)
        with self._reading() as conn:
            crossings = r.places_of_articles(conn, {x["article_id"] for x in rows})
        items = tuple(r.stored_quote_of(x, crossings.get(x["article_id"], ())) for x in rows)
        return Page(
            items=items, total=total, limit=limit if limit is not None else total, offset=offset
        )

    def places(self) -> set[str]:
        return set(self.name_pairs())

    def name_pairs(self) -> dict[str, Counter[tuple[str, ...]]]:
        """Every stored place with the country pairs its events and statements
        gave it, counted (a place only mentioned has an empty count): the
        ``store_names`` table, which every save keeps up to date."""
        found: dict[str, Counter[tuple[str, ...]]] = {}
        for row in self._rows(sa.select(t.store_names)):
            pairs = found.setdefault(row["name"], Counter())
            if row["uses"]:
                pairs[r.split_countries(row["countries"])] += int(row["uses"])
        return found

    def first_known(self, names: tuple[str, ...] | None = None) -> dict[str, str]:
        """The day each place (of ``names``, or every one) was first written of:
        the earliest publication (else ingest day) of an article with an event,
        a statement or a mention of it (``borderwatch.asof``)."""
        ev, sc, mt = t.events, t.status_claims, t.mentions
        written = sa.union_all(
            *(
                sa.select(column.label("name"), table.c.article_id).where(
                    sa.true() if names is None else column.in_(names)
                )
                for table, column in ((ev, ev.c.place), (sc, sc.c.crossing), (mt, mt.c.crossing))
            )
        ).subquery()
        query = (
            sa.select(written.c.name, sa.func.min(r.publication_key).label("day"))
            .select_from(written.join(t.articles, t.articles.c.id == written.c.article_id))
            .group_by(written.c.name)
        )
        return {str(x["name"]): str(x["day"])[:10] for x in self._rows(query)}

    def place_version(self, names: tuple[str, ...]) -> tuple[int, ...]:
        """How many events, statements, readings and mentions of ``names`` are
        stored: articles are only ever added, with all their items at once, so
        the counts move on with every one that speaks of these places."""
        ev, sc, ps, mt = t.events, t.status_claims, t.publication_status, t.mentions
        counts = [
            sa.select(sa.func.count()).select_from(table).where(column.in_(names))
            .scalar_subquery().label(f"n{i}")
            for i, (table, column) in enumerate(
                ((ev, ev.c.place), (sc, sc.c.crossing), (ps, ps.c.crossing), (mt, mt.c.crossing))
            )
        ]  # fmt: skip
        (row,) = self._rows(sa.select(*counts))
        return tuple(int(row[f"n{i}"]) for i in range(len(counts)))

    def data_version(self) -> int:
        """A number that grows with every saved article (0 for an empty store)."""
        dv = t.data_version
        rows = self._rows(sa.select(dv.c.version).where(dv.c.id == 1))
        return int(rows[0]["version"]) if rows else 0

    def kept_rows(self, signatures_only: bool = False) -> list[KeptRow]:
        """The kept board rows (``store.kept``); with ``signatures_only``, without
        their contents (``row`` empty)."""
        from borderwatch.store.kept import KeptRow

        bs = t.board_state
        columns = [bs.c.place, bs.c.names, bs.c.countries, bs.c.valid_from, bs.c.valid_until]
        if not signatures_only:
            columns += [bs.c.row, bs.c.inherited]
        return [
            KeptRow(
                place=x["place"],
                names=tuple(x["names"]),
                countries=r.split_countries(x["countries"]),
                row={} if signatures_only else x["row"],
                inherited=None if signatures_only else x["inherited"],
                valid_from=x["valid_from"],
                valid_until=x["valid_until"],
            )
            for x in self._rows(sa.select(*columns))
        ]

    def write_kept_rows(
        self, rows: list[KeptRow], gone: list[str], rules: int | None = None
    ) -> None:
        """Replace the kept rows of ``rows``' places, drop those of ``gone``; with
        ``rules``, record the rules they were made with.  Only inside a write."""
        from borderwatch.store.board import today

        assert self._conn is not None, "kept rows are written in a save's transaction"
        bs = t.board_state
        drop = sorted({*gone, *(row.place for row in rows)})
        for start in range(0, len(drop), 500):
            self._conn.execute(sa.delete(bs).where(bs.c.place.in_(drop[start : start + 500])))
        if rows:
            self._conn.execute(
                bs.insert(),
                [
                    {
                        "place": row.place,
                        "names": list(row.names),
                        "countries": ",".join(row.countries),
                        "row": row.row,
                        "inherited": row.inherited,
                        "valid_from": row.valid_from,
                        "valid_until": row.valid_until,
                        "computed_on": today(),
                    }
                    for row in rows
                ],
            )
        if rules is not None:
            dv = t.data_version
            self._conn.execute(sa.update(dv).where(dv.c.id == 1).values(board_rules=rules))

    def sightings(self, names: tuple[str, ...]) -> list[NameSeen]:
        """Where each of ``names`` was written: one item per (name, article), oldest first."""
        if not names:
            return []
        ev, mt = t.events, t.mentions
        written = sa.union(
            # ``place`` is the crossing's name for a named crossing (and indexed)
            sa.select(ev.c.article_id, ev.c.place.label("name")).where(ev.c.place.in_(names)),
            sa.select(mt.c.article_id, mt.c.crossing.label("name")).where(mt.c.crossing.in_(names)),
        ).subquery()
        query = (
            sa.select(written.c.name, written.c.article_id, *r.ARTICLE_COLUMNS)
            .select_from(r.with_article(written))
            .order_by(r.publication_key, written.c.article_id, written.c.name)
        )
        return [
            NameSeen(
                name=x["name"],
                article_id=x["article_id"],
                source=r.source_of(x),
                title=x["a_title"],
                url=x["a_url"],
                published=x["a_published"],
                known_on=x["a_known"],
            )
            for x in self._rows(query)
        ]

    def table_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        with self._reading() as conn:
            for name, table in t.metadata.tables.items():
                if name != "schema_version":
                    counts[name] = int(
                        conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0
                    )
        return counts


def _window(
    since: str | None,
    until: str | None,
    countries: tuple[str, ...] | None,
    known_by: str | None = None,
) -> list[sa.ColumnElement[bool]]:
    """The conditions on events of a time window (their effective date), of
    the countries they must all involve and, with ``known_by``, of the day
    their article was known by (as ``borderwatch.asof.known_by``: needs the
    article joined, ``read.with_article``)."""
    ev = t.events
    where: list[sa.ColumnElement[bool]] = []
    if since:
        where.append(ev.c.effective_date >= since[:10])
    if until:
        where.append(ev.c.effective_date <= until[:10])
    if known_by:
        known = sa.func.substr(r.publication_key, 1, 10)
        where.append(sa.or_(r.publication_key.is_(None), known <= known_by[:10]))
    for code in countries or ():
        where.append(r.has_country(ev.c.countries, code))
    return where
