"""Alerts: an Atom feed of status changes, and a webhook on new changes.

* ``atom_feed`` renders ``query.status_changes`` as Atom 1.0 (RFC 4287), one
  entry per change, so any feed reader can follow a crossing or the whole board.
* ``StatusWatcher`` remembers the board it saw last; ``check()`` compares the
  board now with it and POSTs one JSON message per crossing whose status
  changed (after an ingest, or on the ``serve --webhook`` / ``watch`` poll).
  The message has a ``text`` line, so chat webhooks (Slack, Mattermost)
  show it as it is; like a feed entry, it names every outlet that reported
  the story behind the status (the board row's ``sources``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree as ET

from borderwatch import query
from borderwatch.errors import WebhookError
from borderwatch.readmodels import outlet, unique

if TYPE_CHECKING:
    from borderwatch.store import Store

log = logging.getLogger(__name__)

ATOM_NS = "http://www.w3.org/2005/Atom"
#: The newest entries a feed carries; readers keep older ones themselves.
FEED_ENTRIES = 100
#: Seconds a webhook POST may take before it counts as failed.
WEBHOOK_TIMEOUT_S = 10.0
#: The ``type`` of every webhook message (lets a receiver route them).
MESSAGE_TYPE = "borderwatch.status_changed"
#: The Atom ``updated`` of an empty feed, fixed so that the feed is stable.
EPOCH = "1970-01-01T00:00:00Z"
#: The mark of a crossing the news names but the gazetteer lacks (feed and webhook).
NOT_CURATED = "not in the gazetteer"


def crossing_path(name: str) -> str:
    return "/crossing/" + quote(name, safe="")


def is_web_url(url: str | None) -> bool:
    """Whether ``url`` is an http(s) URL; a stored one no parser accepts is not."""
    if not url:
        return False
    try:
        return urlsplit(url).scheme.lower() in {"http", "https"}
    except ValueError:  # ``http://[::1``: Invalid IPv6 URL
        return False


def _stamp(date: str | None) -> str:
    return f"{date}T00:00:00Z" if date else EPOCH


def change_title(c: query.StatusChange) -> str:
    return f"{c.crossing}: {c.previous} \u2192 {c.status}" + (f" on {c.date}" if c.date else "")


def atom_feed(
    changes: Iterable[query.StatusChange], *, base_url: str, self_path: str, title: str
) -> str:
    """Atom XML of status changes, newest first; ElementTree escapes every text."""
    ET.register_namespace("", ATOM_NS)
    base = base_url.rstrip("/")
    entries = sorted(changes, key=lambda c: (c.date or "", c.crossing), reverse=True)
    entries = entries[:FEED_ENTRIES]
    feed = ET.Element(f"{{{ATOM_NS}}}feed")

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        node = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            node.text = text
        return node

    sub(feed, "id", f"{base}{self_path}")
    sub(feed, "title", title)
    sub(feed, "updated", _stamp(entries[0].date) if entries else EPOCH)
    sub(feed, "link", rel="self", href=f"{base}{self_path}", type="application/atom+xml")
    sub(feed, "link", rel="alternate", href=f"{base}/", type="text/html")
    sub(sub(feed, "author"), "name", "borderwatch")
    sub(feed, "generator", "borderwatch")
    for c in entries:
        entry = sub(feed, "entry")
        sub(entry, "id", f"{base}{crossing_path(c.crossing)}#{c.date or 'undated'}-{c.status}")
        sub(entry, "title", change_title(c))
        sub(entry, "updated", _stamp(c.date))
        sub(entry, "link", rel="alternate", href=f"{base}{crossing_path(c.crossing)}")
        sub(entry, "category", term=c.status)
        lines = [f"{c.crossing} ({'-'.join(c.countries)}) is {c.status}, was {c.previous}."]
        if not c.curated:
            # a crossing the news names but the gazetteer lacks
            sub(entry, "category", term="uncurated", label=NOT_CURATED)
            lines.append(f"{c.crossing} is {NOT_CURATED}: known from the news only.")
        if c.event is not None:
            ev = c.event
            told = ", ".join(c.sources or (ev.source or "an unnamed outlet",))
            lines.append(f"{ev.event.type} reported by {told}:")
            lines.append(ev.event.evidence.text)
            if ev.url and is_web_url(ev.url):
                sub(entry, "link", rel="via", href=ev.url)  # never a javascript: link
        sub(entry, "summary", "\n".join(lines), type="text")
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


# --- the webhook ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Seen:
    """What the watcher remembers of one board row."""

    status: str
    since: str | None


@dataclass(frozen=True, slots=True)
class StatusAlert:
    row: query.BoardRow
    previous: str  # "unknown" for a crossing seen for the first time


def alert_message(alert: StatusAlert, base_url: str | None = None) -> dict[str, Any]:
    """The JSON body POSTed for one change."""
    row = alert.row
    last = row.last_event
    text = f"{row.crossing} is now {row.status} (was {alert.previous})"
    if not row.curated:
        text = f"{row.crossing} ({NOT_CURATED}) is now {row.status} (was {alert.previous})"
    if row.since:
        text += f" since {row.since}"
    told = row.sources or unique([outlet(last)] if last is not None else [])
    if told:  # every outlet of the stories behind the status, as the board names them
        text += f", per {', '.join(told)}"
    url = base_url.rstrip("/") + crossing_path(row.crossing) if base_url else None
    return {
        "type": MESSAGE_TYPE,
        "text": text + ".",
        "crossing": row.crossing,
        "curated": row.curated,
        "countries": list(row.countries),
        "status": row.status,
        "previous": alert.previous,
        "since": row.since,
        "sources": list(row.sources),
        "last_event": query.stored_event_to_json(last) if last is not None else None,
        "url": url,
        "sent": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def post_json(url: str, body: dict[str, Any], timeout: float = WEBHOOK_TIMEOUT_S) -> int:
    """POST ``body`` as JSON; the HTTP status, or ``WebhookError``."""
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={"Content-Type": "application/json", "User-Agent": "borderwatch-webhook"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            status = int(response.status)
    except urllib.error.HTTPError as exc:
        raise WebhookError(f"webhook {url} answered {exc.code}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise WebhookError(f"webhook {url} failed: {exc}") from exc
    return status


class StatusWatcher:
    """Posts a message to ``webhook`` for each board row whose status changed.

    The first ``check()`` (or ``load_state``) sets the baseline; only later
    changes are posted.  ``state_path``, when given, keeps the baseline across
    restarts (``borderwatch watch --once`` from cron).
    """

    def __init__(
        self,
        store: Store,
        webhook: str,
        *,
        base_url: str | None = None,
        state_path: Path | None = None,
    ) -> None:
        self.store = store
        self.webhook = webhook
        self.base_url = base_url
        self.state_path = state_path
        self.seen: dict[str, Seen] | None = None
        self.sent = 0
        self.failed = 0
        if state_path is not None and state_path.exists():
            raw = json.loads(state_path.read_text(encoding="utf-8"))
            self.seen = {k: Seen(v["status"], v.get("since")) for k, v in raw.items()}

    def snapshot(self) -> dict[str, query.BoardRow]:
        return {row.crossing: row for row in query.board(self.store)}

    def changes(self) -> list[StatusAlert]:
        """Rows whose status differs from the remembered board; updates the memory."""
        rows = self.snapshot()
        before = self.seen
        self.seen = {k: Seen(r.status, r.since) for k, r in rows.items()}
        self._save()
        if before is None:
            return []
        return [
            StatusAlert(row, before[key].status if key in before else "unknown")
            for key, row in rows.items()
            if (before[key].status if key in before else "unknown") != row.status
        ]

    def check(self) -> list[StatusAlert]:
        """Compare, then POST one message per change; failures are logged and counted."""
        alerts = self.changes()
        for alert in alerts:
            try:
                post_json(self.webhook, alert_message(alert, self.base_url))
                self.sent += 1
            except WebhookError as exc:
                self.failed += 1
                log.warning("%s (%s); will retry on the next check", exc, alert.row.crossing)
                if self.seen is not None:  # forget this change so that it is sent again
                    self.seen[alert.row.crossing] = Seen(alert.previous, None)
        if self.failed:
            self._save()
        return alerts

    def _save(self) -> None:
        if self.state_path is None or self.seen is None:
            return
        data = {k: {"status": s.status, "since": s.since} for k, s in self.seen.items()}
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        self.state_path.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
