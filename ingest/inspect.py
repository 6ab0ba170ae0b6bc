"""`inspect_file`: the intake check every file passes before anything is stored."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from hoso.errors import EmptyFile, InputError, LimitExceeded, NotFound, UnsupportedFormat
from hoso.ingest.images import inspect_jpeg, inspect_png, inspect_tiff
from hoso.ingest.limits import Limits
from hoso.ingest.pdf import inspect_pdf
from hoso.ingest.sniff import HEAD_BYTES, describe_content, sniff_media_type
from hoso.records import SourceInfo

__all__ = ["inspect_file"]


def inspect_file(path: Path, filename: str, limits: Limits, *, dpi: int = 300) -> SourceInfo:
    """Say what `path` holds, or raise an InputError naming `filename` if it cannot be used.

    The media type comes from the content, not the name. Sizes, page counts and page
    dimensions are read from headers, so a huge or hostile file is rejected without being
    decoded or read into memory. `dpi` is the resolution PDF pages will be rasterised at.
    """
    path = Path(path)
    size = _file_size(path, filename)
    _check_size(size, filename, limits)
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
            media_type = _sniff(head, filename)
            stream.seek(0)
            page_count = _check_content(media_type, stream, filename, limits, dpi)
    except OSError as error:
        raise InputError(
            filename, f"the file cannot be read ({error.strerror or error})"
        ) from error
    return SourceInfo(filename=filename, media_type=media_type, page_count=page_count)


def _file_size(path: Path, filename: str) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        raise NotFound(f"{filename}: no such file ({path})") from None
    except OSError as error:
        raise InputError(filename, f"the file cannot be read ({error.strerror})") from error


def _check_size(size: int, filename: str, limits: Limits) -> None:
    if size == 0:
        raise EmptyFile(filename, "the file is empty (0 bytes)", hint="copy or scan it again")
    if size > limits.max_file_bytes:
        raise LimitExceeded(
            filename,
            f"the file is {_mib(size)}, more than the limit of {_mib(limits.max_file_bytes)}",
            hint="split it into several files, or raise HOSO_MAX_FILE_BYTES",
            code="file_too_large", params={"size": size, "limit": limits.max_file_bytes},
        )


def _sniff(head: bytes, filename: str) -> str:
    media_type = sniff_media_type(head)
    if media_type is None:
        raise UnsupportedFormat(
            filename,
            f"{_named_as(filename)}not a PDF, TIFF, JPEG or PNG: it looks like"
            f" {describe_content(head)}",
            hint="scan the paper, or export it to PDF, then hand that in",
        )
    return media_type


def _check_content(
    media_type: str, stream: BinaryIO, filename: str, limits: Limits, dpi: int
) -> int:
    if media_type == "application/pdf":
        return inspect_pdf(stream, filename, limits, dpi)
    if media_type == "image/png":
        return inspect_png(stream, filename, limits)
    if media_type == "image/jpeg":
        return inspect_jpeg(stream, filename, limits)
    return inspect_tiff(stream, filename, limits)


def _named_as(filename: str) -> str:
    """`named .pdf but ` when the name promises a format the content does not have."""
    suffix = Path(filename).suffix.lower()
    promised = suffix in (".pdf", ".tif", ".tiff", ".jpg", ".jpeg", ".png")
    return f"named {suffix} but " if promised else ""


def _mib(size: int) -> str:
    return f"{size / (1 << 20):.1f} MiB" if size >= 1 << 20 else f"{size:,} bytes"
