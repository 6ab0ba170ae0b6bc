"""Checks on a PDF handed in: complete, readable without a password, within the limits."""

from __future__ import annotations

import os
from typing import BinaryIO

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError
from pypdf.generic import DictionaryObject

from hoso.errors import CorruptFile, EncryptedFile, LimitExceeded
from hoso.ingest.limits import Limits, check_file_pixels

__all__ = ["inspect_pdf"]

_TAIL_BYTES = 2048  # writers may append a little junk after %%EOF; readers tolerate ~1 KB
_POINTS_PER_INCH = 72


def inspect_pdf(stream: BinaryIO, filename: str, limits: Limits, dpi: int) -> int:
    """Check the PDF open in `stream` and return its page count; raise an InputError if not fit."""
    _check_complete(stream, filename)
    try:
        # pypdf fails in many ways on a damaged file (its own errors, but also KeyError,
        # TypeError, RecursionError...); any of them means we cannot use the file.
        reader = PdfReader(stream, strict=False)
        _check_not_locked(reader, filename)
        _check_page_count(_declared_page_count(reader), filename, limits)
        pages = list(reader.pages)
    except (CorruptFile, EncryptedFile, LimitExceeded):
        raise
    except Exception as error:  # noqa: BLE001 - translated at the boundary, see above
        raise CorruptFile(filename, f"the PDF cannot be read ({_brief(error)})") from error
    _check_page_count(len(pages), filename, limits)
    if not pages:
        raise CorruptFile(filename, "the PDF has no pages")
    pixels = sum(_check_page_size(page, number, filename, limits, dpi)
                 for number, page in enumerate(pages, start=1))
    check_file_pixels(pixels, len(pages), filename, limits)
    return len(pages)


def _check_complete(stream: BinaryIO, filename: str) -> None:
    """A PDF ends with `startxref` and `%%EOF`; a copy cut short has neither."""
    size = stream.seek(0, os.SEEK_END)
    stream.seek(max(0, size - _TAIL_BYTES))
    tail = stream.read()
    stream.seek(0)
    if b"%%EOF" not in tail or b"startxref" not in tail:
        raise CorruptFile(
            filename,
            "the PDF is truncated: its end (%%EOF) is missing", code="truncated",
            hint="the file was probably cut off while copying or downloading; copy it again",
        )


def _check_not_locked(reader: PdfReader, filename: str) -> None:
    if not reader.is_encrypted:
        return
    try:
        # A PDF with only an owner password opens with the empty user password.
        opened = reader.decrypt("")
    except DependencyError as error:
        raise EncryptedFile(filename, f"the PDF is encrypted ({error})") from error
    if opened == PasswordType.NOT_DECRYPTED:
        raise EncryptedFile(
            filename,
            "the PDF needs a password to open",
            hint="save or print it again without a password, then hand it in",
        )


def _declared_page_count(reader: PdfReader) -> int:
    """The page count the file's page tree claims, read without walking the tree."""
    pages = reader.root_object["/Pages"].get_object()
    if not isinstance(pages, DictionaryObject):
        raise ValueError("the page tree is missing")
    return int(pages.get("/Count", 0))


def _check_page_count(count: int, filename: str, limits: Limits) -> None:
    if count > limits.max_pages:
        raise LimitExceeded(
            filename,
            f"the PDF has {count} pages, more than the limit of {limits.max_pages}",
            hint="split it into several files, or raise HOSO_MAX_PAGES",
            code="too_many_pages", params={"pages": count, "limit": limits.max_pages},
        )


def _check_page_size(
    page: PageObject, number: int, filename: str, limits: Limits, dpi: int
) -> int:
    """The page's pixels at `dpi`, if within the limit for one page."""
    try:
        unit = float(page.user_unit)
        box = page.mediabox
        width, height = abs(float(box.width)) * unit, abs(float(box.height)) * unit
    except Exception as error:  # noqa: BLE001 - a malformed box is a damaged file
        raise CorruptFile(
            filename, f"page {number} has no readable size ({_brief(error)})"
        ) from error
    if width <= 0 or height <= 0:
        raise CorruptFile(filename, f"page {number} has an empty size ({width:g} x {height:g} pt)")
    pixels = round(width * dpi / _POINTS_PER_INCH) * round(height * dpi / _POINTS_PER_INCH)
    if pixels > limits.max_pixels:
        raise LimitExceeded(
            filename,
            f"page {number} is {width / _POINTS_PER_INCH:.1f} x {height / _POINTS_PER_INCH:.1f}"
            f" inches: {pixels:,} pixels at {dpi} dpi, more than the limit of"
            f" {limits.max_pixels:,}",
            hint="raise HOSO_MAX_PIXELS or rasterise at a lower dpi",
        )
    return pixels


def _brief(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."
