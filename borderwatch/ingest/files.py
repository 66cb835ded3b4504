"""Reading one file (plain or gzip-compressed) into bytes, within a size limit."""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from borderwatch.errors import BorderwatchError, InputError, InputTooLarge
from borderwatch.records import MediaType, RawDocument

__all__ = ["failed", "open_binary", "read_page", "read_limited"]


def failed(id: str, error: BorderwatchError) -> RawDocument:
    """A document that could not be read: it travels on with its error."""
    return RawDocument(id=id, data=b"", error=f"{type(error).__name__}: {error}")


def open_binary(path: str) -> BinaryIO:
    """Open a file for reading bytes; ``.gz`` files are decompressed on the fly."""
    if path.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def read_limited(stream: BinaryIO, max_bytes: int, what: str) -> bytes:
    """Read a whole stream, refusing one longer than ``max_bytes``."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(f"{what} is larger than the limit of {max_bytes:,} bytes")
    return data


def _os_error(path: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(f"no such file or folder: {path}")
    if isinstance(exc, PermissionError):
        return InputError(f"permission denied: {path}")
    return InputError(f"cannot read {path}: {exc.strerror or exc}")


def read_page(path: str, max_bytes: int, media_type: MediaType) -> Iterator[RawDocument]:
    """One file that holds one page (text or HTML): one document, id = the path."""
    try:
        if not path.endswith(".gz") and os.path.getsize(path) > max_bytes:
            raise InputTooLarge(
                f"{path} is {os.path.getsize(path):,} bytes, more than the limit of {max_bytes:,}"
            )
        with open_binary(path) as stream:
            data = read_limited(stream, max_bytes, path)
    except OSError as exc:  # gzip.BadGzipFile is an OSError too
        error = (
            InputError(f"{path} is not a valid gzip file: {exc}")
            if isinstance(exc, gzip.BadGzipFile)
            else _os_error(path, exc)
        )
        yield failed(path, error)
        return
    except (EOFError, zlib.error) as exc:
        yield failed(path, InputError(f"{path} is a truncated or corrupt gzip file: {exc}"))
        return
    except InputTooLarge as exc:
        yield failed(path, exc)
        return
    yield RawDocument(id=path, data=data, media_type=media_type)
