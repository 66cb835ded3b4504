"""Folders: every file with a known suffix, recursively, in sorted path order."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

__all__ = ["walk_folder"]


def walk_folder(folder: str, wanted: Callable[[str], bool]) -> Iterator[str]:
    """Paths under ``folder`` (as joined to it) that ``wanted`` accepts.

    Sorted by name at each level, files and sub-folders together, so the order
    is the sorted order of the paths.  Hidden entries (".name") are skipped and
    symbolic links to folders are not followed (no loops).
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from walk_folder(path, wanted)
        elif entry.is_file() and wanted(entry.name):
            yield path
