"""What ``borderwatch spark --input`` names: the WARC files to read, and their parts.

``--input`` is a list file (one path or URI a line; blank lines and ``#``
comments skipped), a WARC file, a folder (its ``.warc`` and ``.warc.gz``
files, sorted), or a URI.  A plain path is opened by the Python workers
themselves and cut into parts (``ingest.warc_splits``), so it must be visible
to every worker (local mode, a shared mount); a URI with a scheme
(``hdfs://``, ``s3a://``, ``gs://``, ``file://``...) is read through Spark's
Hadoop filesystems, one whole file per task.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from borderwatch.errors import InputError
from borderwatch.ingest.warc_splits import WarcSplit, plan_splits

__all__ = ["ArchiveInputs", "list_inputs"]

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class ArchiveInputs:
    """The parts of plain paths (read by workers), and URIs (read through Hadoop)."""

    splits: tuple[WarcSplit, ...]
    uris: tuple[str, ...]


def is_uri(location: str) -> bool:
    return bool(_SCHEME.match(location))


def _listed(input: str) -> list[str]:
    """The locations ``--input`` names, in order."""
    from borderwatch.ingest.sniff import sniff_file

    if is_uri(input):
        return [input]
    if os.path.isdir(input):
        return sorted(
            os.path.join(folder, name)
            for folder, _dirs, names in os.walk(input)
            for name in names
            if name.endswith(_WARC_SUFFIXES)
        )
    if not os.path.isfile(input):
        raise InputError(f"no such file or folder: {input}")
    if sniff_file(input) == "warc":
        return [input]
    with open(input, encoding="utf-8") as stream:
        lines = [line.strip() for line in stream]
    base = os.path.dirname(input)
    return [
        line if is_uri(line) or os.path.isabs(line) else os.path.join(base, line)
        for line in lines
        if line and not line.startswith("#")
    ]


def list_inputs(input: str, split_bytes: int) -> ArchiveInputs:
    """The parts and URIs to read; a path that is missing still gets a part (its error)."""
    splits: list[WarcSplit] = []
    uris: list[str] = []
    for location in _listed(input):
        if is_uri(location):
            uris.append(location)
        else:
            splits.extend(plan_splits(location, split_bytes, os.path.abspath(location)))
    return ArchiveInputs(tuple(splits), tuple(uris))
