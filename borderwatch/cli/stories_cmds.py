"""``borderwatch stories``: what happened, once per event however often it was told.

The events list (``borderwatch events``) shows every report as the pipeline
found it; this command groups them as the board and the crossing page do
(``borderwatch.stories``): restatements in one article are one report,
reports of one event from several articles are one story.  A thin layer over
``query.list_stories``; its ``--json`` objects are the API's stories
(``/api/crossings/{name}``'s ``stories``).
"""

from __future__ import annotations

import json
import textwrap
from typing import TYPE_CHECKING

import click

from borderwatch.cli.options import (
    known_at_option,
    library_errors,
    opened_store,
    selection_options,
    store_option,
)

if TYPE_CHECKING:
    from borderwatch.stories import Story

#: Width of the lead evidence printed under each story.
EVIDENCE_WIDTH = 88
#: What a story without a known date shows (never the day it was read).
DATE_UNKNOWN = "date unknown"


@click.command()
@selection_options("stories")
@known_at_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of text.")
@store_option
def stories(
    crossing: str | None,
    since: str | None,
    until: str | None,
    type_: str | None,
    countries: tuple[str, ...],
    at: str | None,
    as_json: bool,
    store_url: str | None,
) -> None:
    """Each story, oldest first: its type, place, date, reports and sources.

    A story is one event however many articles told it; its first report is
    the earliest.  An unknown crossing, type or country exits 2 naming the
    closest ones; when nothing matches, standard error says so (exit 0).
    """
    from borderwatch.cli.checks import check_window, country_codes, crossing_key, event_types
    from borderwatch.query import EventSelection, list_stories

    types = event_types(type_)
    codes = country_codes(countries) if countries else None
    check_window(since, until)
    with library_errors(), opened_store(store_url) as store:
        place = None if crossing is None else crossing_key(store, crossing)
        which = EventSelection(
            crossing=place, since=since, until=until, type=types, countries=codes, known_by=at
        )
        found = list_stories(store, which)
    if not found:
        filtered = place or types or codes or since or until or at
        click.echo("no stories match" if filtered else "no stories", err=True)
    if as_json:
        from borderwatch.web.shapes import story_json

        click.echo(json.dumps([story_json(s) for s in found], ensure_ascii=False, indent=2))
        return
    for story in found:
        click.echo(story_line(story))
        click.echo(
            textwrap.fill(
                story.lead.event.evidence.text,
                width=EVIDENCE_WIDTH,
                initial_indent="      > ",
                subsequent_indent="        ",
            )
        )


def story_line(story: Story) -> str:
    """``Torkham: 2023-05-08  closure  2 reports  [Valley Wire, Hill Herald]``."""
    reports = len(story.reports)
    date = story.date or DATE_UNKNOWN
    if story.date and story.precision not in ("day", "unknown"):
        date += f" (within the {story.precision})"
    text = f"{story.place}: {date}  {story.type}  {reports} report{'s' * (reports != 1)}"
    sources = [s for s in story.sources if s]
    return text + (f"  [{', '.join(sources)}]" if sources else "")


COMMANDS: tuple[click.Command, ...] = (stories,)
