"""Progress bars of long runs (``tqdm``), on standard error only.

A command that reads many articles (``ingest``, ``run``, ``extract``,
``eval``) shows a bar while it works when standard error is a terminal, or
when ``--progress`` asks for one; ``--no-progress`` never shows one.
Standard output is never written to, so JSON Lines and summaries read the
same either way.  The bar is cleared when the run ends (``leave=False``), so
the command's one summary is the last thing on the screen; a line written
while the bar runs (an input that failed) goes above it.

The total is known when it costs little (``expected_documents``): the
non-blank lines of a JSON Lines file, one per page, the pages of a folder.
A WARC archive, a feed, a list of web addresses, a web address or standard
input hold a number of articles known only by reading them; the bar then
counts without a total.  tqdm is imported when a bar is made, so that
``borderwatch --help`` stays fast.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from tqdm import tqdm

#: ``--progress/--no-progress`` of the commands that read many articles.
progress_option = click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on standard error (default: only when it is a terminal).",
)

#: What a bar counts.
UNIT = "article"


def wants_bar(progress: bool | None) -> bool:
    """Whether to show a bar: as ``--progress/--no-progress`` says, else when
    standard error is a terminal."""
    return sys.stderr.isatty() if progress is None else progress


@dataclass(frozen=True, slots=True)
class ProgressBar:
    """A running bar (a disabled one when no bar is wanted: every call still works)."""

    bar: tqdm[Any]

    def advance(self, **counts: int) -> None:
        """One more article done; ``counts`` (stored=3, failed=1) show after the bar."""
        if counts:
            self.bar.set_postfix(counts, refresh=False)
        self.bar.update()

    def note(self, message: str) -> None:
        """A line on standard error, written above the bar (which is drawn again)."""
        with self.bar.external_write_mode(file=sys.stderr):
            click.echo(message, err=True)


@contextmanager
def progress_bar(show: bool, total: int | None) -> Iterator[ProgressBar]:
    """A bar on standard error counting articles up to ``total`` (None: no
    total); cleared on the way out."""
    from tqdm import tqdm

    bar = tqdm(
        total=total,
        unit=UNIT,
        disable=not show,
        leave=False,
        file=sys.stderr,
        dynamic_ncols=True,
    )
    try:
        yield ProgressBar(bar)
    finally:
        bar.close()


# --- how many articles the inputs hold, when that is cheap to know ---------


def expected_documents(locations: Iterable[str]) -> int | None:
    """How many documents ``borderwatch.ingest.read_inputs`` will give for
    ``locations``, when that costs no more than a count of lines; None when any
    location holds an unknown number (see the module's docstring)."""
    return _known_sum(_documents_at(location) for location in locations)


def _known_sum(counts: Iterable[int | None]) -> int | None:
    """The sum of ``counts``, or None as soon as one is unknown."""
    total = 0
    for found in counts:
        if found is None:
            return None
        total += found
    return total


def _documents_at(location: str) -> int | None:
    from borderwatch.ingest import LOCATIONS

    what = next(name for name, matches, _reader in LOCATIONS if matches(location))
    if what == "folder":
        return _documents_in_folder(location)
    if what == "file":
        return _documents_in_file(location)
    if what == "missing":
        return 1  # one error document
    return None  # standard input, a web address (a page or a feed)


def _documents_in_folder(folder: str) -> int | None:
    from borderwatch.ingest import file_format
    from borderwatch.ingest.folders import walk_folder
    from borderwatch.ingest.sniff import sniff_file

    def read_by_walk(name: str) -> bool:
        # a folder walk reads files with a named suffix of ingest.FORMATS, never bare names
        stem = name.lower().removesuffix(".gz")
        return file_format(name) is not None and os.path.splitext(stem)[1] != ""

    return _known_sum(
        _documents_in_file(path)
        for path in walk_folder(folder, read_by_walk)
        # as the walk does: an .xml that is no feed is a sitemap or a configuration file
        if not (path.lower().removesuffix(".gz").endswith(".xml") and sniff_file(path) != "feed")
    )


def _documents_in_file(path: str) -> int | None:
    from borderwatch.ingest import file_format
    from borderwatch.ingest.sniff import sniff_file

    kind = file_format(path)
    if kind != "jsonl":  # the reader's own order: JSON Lines are never anything else
        kind = sniff_file(path) or kind
    if kind == "jsonl":
        return _jsonl_lines(path)
    if kind in ("warc", "feed", "urls"):
        return None  # records, entries or addresses: known only by reading them
    return 1


def _jsonl_lines(path: str) -> int | None:
    """The non-blank lines of a JSON Lines file (blank ones are skipped by its reader)."""
    from borderwatch.ingest.files import open_binary

    try:
        with open_binary(path) as stream:
            return sum(1 for line in stream if line.strip())
    except (OSError, EOFError, zlib.error):  # its reader names the failure; no total here
        return None
