"""The store's tables as they are after the last migration (SQLAlchemy Core).

Queries and writes use these objects; the migrations in
``borderwatch.store.migrations`` create and change the real tables, and
``tests/test_store_migrations.py`` checks that both agree column for column.

Conventions (the same on every backend):

- dates are ISO strings (``YYYY-MM-DD``), ``ingested_at`` an ISO timestamp in UTC;
- ``countries`` is the sorted ISO alpha-2 codes joined by commas (``AF,PK``),
  so that "has PK" is ``',' || countries || ',' LIKE '%,PK,%'``;
- ``place`` is the crossing's canonical name, or ``border:XX-YY`` for a whole
  border (the scoring key of the spec), so that one indexed column answers
  "everything about this place";
- ``effective_date`` is the event's date, else the article's publication
  date, else "" (date unknown; never the day it was ingested): fixed when
  saved, used for ordering.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()


def _evidence() -> list[sa.Column[object]]:
    """Where a row's evidence sits in its article's text (``text[start:end]``)."""
    return [
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
    ]


sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("input_id", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("published", sa.String(32)),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id")),
    sa.Column("byline", sa.Text),
    sa.Column("dateline", sa.Text),
    sa.Column("ingested_at", sa.String(32), nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("crossing", sa.Text),
    sa.Column("countries", sa.Text, nullable=False),
    sa.Column("place", sa.Text, nullable=False),
    sa.Column("date", sa.String(32)),
    sa.Column("date_text", sa.Text),
    sa.Column("effective_date", sa.String(32), nullable=False),
    sa.Column("actor", sa.Text),
    sa.Column("reason", sa.Text),
    sa.Column("counts", sa.JSON, nullable=False),
    sa.Column("casualties", sa.JSON),
    *_evidence(),
    sa.UniqueConstraint("article_id", "seq"),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("speaker", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    *_evidence(),
    sa.UniqueConstraint("article_id", "seq"),
)

links = sa.Table(
    "links",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.UniqueConstraint("article_id", "seq"),
)

status_claims = sa.Table(
    "status_claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("crossing", sa.Text, nullable=False),
    sa.Column("countries", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("effective_date", sa.String(32), nullable=False),
    *_evidence(),
    sa.UniqueConstraint("article_id", "seq"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("crossing", sa.Text, nullable=False),
)

publication_status = sa.Table(
    "publication_status",
    metadata,
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("crossing", sa.Text, primary_key=True),
    sa.Column("status", sa.String(16), nullable=False),
)

follow_feeds = sa.Table(
    "follow_feeds",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # sha256 hex of the url
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("etag", sa.Text),  # validators of the last 200, sent back next poll
    sa.Column("last_modified", sa.Text),
    sa.Column("last_poll", sa.String(32)),  # ISO timestamps in UTC
    sa.Column("last_ok", sa.String(32)),
    sa.Column("last_error", sa.Text),  # of the last poll; None when it went well
)

follow_entries = sa.Table(
    "follow_entries",
    metadata,
    sa.Column("feed_id", sa.String(64), sa.ForeignKey("follow_feeds.id"), primary_key=True),
    sa.Column("entry_id", sa.String(64), primary_key=True),  # sha256 hex of entry_key
    sa.Column("entry_key", sa.Text, nullable=False),  # the entry's id, else its link
    sa.Column("link", sa.Text),
    sa.Column("state", sa.String(16), nullable=False),  # stored | failed
    sa.Column("article_id", sa.String(32)),  # when stored
    sa.Column("error", sa.Text),  # when failed
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("first_seen", sa.String(32), nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
)

#: Derived tables (migration 6): kept up to date by every save, in its
#: transaction, so that reading the board costs one row per place
#: (``borderwatch.store.kept``).  ``store_names``: each stored place name
#: with the country pairs its events and statements gave it, counted (a name
#: only mentioned has a row with ``uses`` 0).
store_names = sa.Table(
    "store_names",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("countries", sa.Text, primary_key=True),
    sa.Column("uses", sa.Integer, nullable=False),
)

#: One board row per place (board key), as of ``computed_on``, right for
#: every day in [``valid_from``, ``valid_until``); ``names`` and
#: ``countries`` are the crossing identity it was computed for.
board_state = sa.Table(
    "board_state",
    metadata,
    sa.Column("place", sa.Text, primary_key=True),
    sa.Column("names", sa.JSON, nullable=False),
    sa.Column("countries", sa.Text, nullable=False),
    sa.Column("row", sa.JSON, nullable=False),
    sa.Column("inherited", sa.JSON),  # borders: the row of a crossing with no news of its own
    sa.Column("valid_from", sa.String(32), nullable=False),
    sa.Column("valid_until", sa.String(32)),
    sa.Column("computed_on", sa.String(32), nullable=False),
)

#: One row (id 1) once anything is stored: ``version`` grows by one per saved
#: article (the read cache's fingerprint); ``board_rules`` is the rules
#: version ``board_state`` was computed with (None: to rebuild on open).
data_version = sa.Table(
    "data_version",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("board_rules", sa.Integer),
)

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("applied_at", sa.String(32), nullable=False),
)
