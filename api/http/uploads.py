"""Files arriving over HTTP, streamed to a temporary file on disk as they come.

Nothing is held in memory: each chunk is written as it arrives and counted, and a file that
grows past `Limits.max_file_bytes` is refused (LimitExceeded, HTTP 413) at that moment; a
declared Content-Length over the limit is refused before reading a byte. The caller then
hands the files to `hoso.ingest.intake.receive_files`, which checks, stores and records them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote

from fastapi import Request
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from hoso.errors import CorruptFile, InputError, InvalidValue, LimitExceeded
from hoso.ingest.intake import Upload

__all__ = ["MAX_FILES_PER_REQUEST", "Received", "receive_body", "receive_multipart"]

MAX_FILES_PER_REQUEST = 50
_NO_NAME = "(no name)"


def _mib(size: int) -> str:
    return f"{size / (1 << 20):.1f} MiB" if size >= 1 << 20 else f"{size:,} bytes"


def _too_large(filename: str, limit: int, size: int | None = None) -> LimitExceeded:
    what = f"the file is {_mib(size)}, more" if size else "the file is more"
    return LimitExceeded(filename, f"{what} than the limit of {_mib(limit)}",
                         hint="split it into several files, or raise HOSO_MAX_FILE_BYTES")


def _declared_length(request: Request) -> int | None:
    raw = request.headers.get("content-length")
    return int(raw) if raw and raw.isdigit() else None


async def receive_body(request: Request, dest: Path, filename: str, max_bytes: int) -> Upload:
    """The request's body as one file named `filename` (written to `dest`)."""
    declared = _declared_length(request)
    if declared is not None and declared > max_bytes:
        raise _too_large(filename, max_bytes, declared)
    size = 0
    with dest.open("wb") as out:
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_bytes:
                raise _too_large(filename, max_bytes)
            out.write(chunk)
    return Upload(dest, filename)


@dataclass
class Received:
    """What a multipart body held: files written to disk, and files refused on the way."""

    uploads: list[Upload] = field(default_factory=list)
    refused: list[InputError] = field(default_factory=list)


@dataclass
class _Part:
    headers: dict[bytes, bytes] = field(default_factory=dict)
    filename: str | None = None
    out: BinaryIO | None = None
    size: int = 0
    refused: bool = False
    ended: bool = False


class _PartWriter:
    """python-multipart callbacks writing each file part to its own file under `folder`."""

    def __init__(self, folder: Path, max_bytes: int) -> None:
        self.folder, self.max_bytes = folder, max_bytes
        self.received = Received()
        self.part = _Part()
        self._name, self._value = b"", b""

    def callbacks(self) -> dict[str, Callable[..., None]]:
        return {"on_part_begin": self.begin, "on_part_data": self.data,
                "on_part_end": self.end, "on_header_field": self.header_field,
                "on_header_value": self.header_value, "on_header_end": self.header_end,
                "on_headers_finished": self.headers_done}

    def begin(self) -> None:
        self.part = _Part()

    def header_field(self, data: bytes, start: int, end: int) -> None:
        self._name += data[start:end]

    def header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def header_end(self) -> None:
        self.part.headers[self._name.lower()] = self._value
        self._name, self._value = b"", b""

    def headers_done(self) -> None:
        _, options = parse_options_header(self.part.headers.get(b"content-disposition", b""))
        if b"filename" not in options and b"filename*" not in options:
            return  # a plain form field: ignored
        count = len(self.received.uploads) + len(self.received.refused)
        if count >= MAX_FILES_PER_REQUEST:
            raise InvalidValue(f"more than {MAX_FILES_PER_REQUEST} files in one request")
        self.part.filename = _part_filename(options)
        path = self.folder / f"part-{count:03}"
        self.received.uploads.append(Upload(path, self.part.filename))
        self.part.out = path.open("wb")

    def data(self, data: bytes, start: int, end: int) -> None:
        part = self.part
        if part.out is None or part.refused:
            return
        part.size += end - start
        if part.size > self.max_bytes:
            self._refuse(_too_large(part.filename or _NO_NAME, self.max_bytes))
            return
        part.out.write(data[start:end])

    def end(self) -> None:
        self.part.ended = True
        if self.part.out is not None:
            self.part.out.close()

    def finish(self) -> None:
        """At the end of the body: a file part still open was cut short."""
        part = self.part
        if part.out is not None and not part.ended and not part.refused:
            self._refuse(CorruptFile(part.filename or _NO_NAME,
                                     "the upload ended before the end of the file",
                                     hint="send the file again"))

    def _refuse(self, error: InputError) -> None:
        upload = self.received.uploads.pop()
        if self.part.out is not None:
            self.part.out.close()
        upload.path.unlink(missing_ok=True)
        self.part.refused = True
        self.received.refused.append(error)


def _part_filename(options: dict[bytes, bytes]) -> str:
    extended = options.get(b"filename*")
    if extended and b"''" in extended:
        return unquote(extended.split(b"''", 1)[1].decode("ascii", "replace"))
    return options.get(b"filename", b"").decode("utf-8", "replace") or _NO_NAME


async def receive_multipart(request: Request, folder: Path, max_bytes: int) -> Received:
    """Every file part of a multipart/form-data body, each in its own file under `folder`."""
    _, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if not boundary:
        raise InvalidValue("the multipart body has no boundary")
    declared = _declared_length(request)
    if declared is not None and declared > max_bytes * MAX_FILES_PER_REQUEST:
        raise _too_large("(request)", max_bytes * MAX_FILES_PER_REQUEST, declared)
    writer = _PartWriter(folder, max_bytes)
    parser = MultipartParser(boundary, writer.callbacks())  # type: ignore[arg-type]
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError as exc:
        raise InvalidValue(f"the multipart body is malformed: {exc}") from None
    finally:
        if writer.part.out is not None:
            writer.part.out.close()
    writer.finish()
    return writer.received
