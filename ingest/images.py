"""Checks on a PNG, JPEG or TIFF handed in, from headers and chunk walks, without decoding.

The plugin classes are used directly rather than `Image.open`, whose decompression-bomb check
would reject an image by Pillow's global pixel limit instead of our configurable one.
"""

from __future__ import annotations

import os
from typing import BinaryIO, TypeVar

from PIL import ImageFile, JpegImagePlugin, PngImagePlugin, TiffImagePlugin

from hoso.errors import CorruptFile, InputError, LimitExceeded
from hoso.ingest.limits import Limits, check_file_pixels

__all__ = ["inspect_png", "inspect_jpeg", "inspect_tiff"]

_Image = TypeVar("_Image", bound=ImageFile.ImageFile)

_JPEG_END = b"\xff\xd9"
_JPEG_TAIL_BYTES = 4096  # room for padding some cameras write after the end marker
_STRIP_TAGS = ((273, 279), (324, 325))  # (offsets, byte counts) of strips, then of tiles


def inspect_png(stream: BinaryIO, filename: str, limits: Limits) -> int:
    """Check a PNG: header within limits, every chunk whole (CRC) up to IEND. Returns 1."""
    image = _open(PngImagePlugin.PngImageFile, stream, filename, "PNG")
    _check_pixels(image.size, filename, limits)
    try:
        image.verify()  # walks the chunks and checks each CRC; pixels stay compressed
    except Exception as error:  # noqa: BLE001 - Pillow says "truncated" in several ways
        raise _corrupt(filename, "PNG", error) from error
    return 1


def inspect_jpeg(stream: BinaryIO, filename: str, limits: Limits) -> int:
    """Check a JPEG: header within limits and the end marker present. Returns 1."""
    image = _open(JpegImagePlugin.JpegImageFile, stream, filename, "JPEG")
    _check_pixels(image.size, filename, limits)
    size = stream.seek(0, os.SEEK_END)
    stream.seek(max(0, size - _JPEG_TAIL_BYTES))
    if _JPEG_END not in stream.read():
        raise CorruptFile(
            filename,
            "the JPEG is truncated: its end marker is missing",
            hint="the file was probably cut off while copying or scanning; copy it again",
        )
    return 1


def inspect_tiff(stream: BinaryIO, filename: str, limits: Limits) -> int:
    """Check a TIFF: frame count and each frame's size within limits, its data inside the file."""
    image = _open(TiffImagePlugin.TiffImageFile, stream, filename, "TIFF")
    size = stream.seek(0, os.SEEK_END)
    try:
        frames = image.n_frames  # walks the chain of frame headers only
        if frames > limits.max_pages:
            raise LimitExceeded(
                filename,
                f"the TIFF has {frames} frames, more than the limit of {limits.max_pages}",
                hint="split it into several files, or raise HOSO_MAX_PAGES",
            )
        pixels = 0
        for frame in range(frames):
            image.seek(frame)
            _check_pixels(image.size, filename, limits, frame=frame + 1)
            pixels += image.size[0] * image.size[1]
            _check_strips_inside(image, size, filename, frame + 1)
        check_file_pixels(pixels, frames, filename, limits)
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged frame header fails in many ways
        raise _corrupt(filename, "TIFF", error) from error
    return frames


def _open(factory: type[_Image], stream: BinaryIO, filename: str, kind: str) -> _Image:
    stream.seek(0)
    try:
        return factory(stream, filename)
    except Exception as error:  # noqa: BLE001 - any header error means an unusable file
        raise _corrupt(filename, kind, error) from error


def _check_pixels(size: tuple[int, int], filename: str, limits: Limits, frame: int = 0) -> None:
    width, height = size
    where = f"frame {frame} of the image" if frame else "the image"
    if width <= 0 or height <= 0:
        raise CorruptFile(filename, f"{where} has no size ({width} x {height} pixels)")
    if width * height > limits.max_pixels:
        raise LimitExceeded(
            filename,
            f"{where} is {width:,} x {height:,} pixels ({width * height:,}), more than the"
            f" limit of {limits.max_pixels:,}",
            hint="scan at a lower resolution, or raise HOSO_MAX_PIXELS",
        )


def _check_strips_inside(
    image: TiffImagePlugin.TiffImageFile, file_size: int, filename: str, frame: int
) -> None:
    tags = image.tag_v2
    for offsets_tag, counts_tag in _STRIP_TAGS:
        offsets, counts = tags.get(offsets_tag), tags.get(counts_tag)
        if offsets is None or counts is None:
            continue
        offsets = offsets if isinstance(offsets, tuple) else (offsets,)
        counts = counts if isinstance(counts, tuple) else (counts,)
        end = max((o + c for o, c in zip(offsets, counts, strict=False)), default=0)
        if end > file_size:
            raise CorruptFile(
                filename,
                f"the TIFF is truncated: frame {frame} needs {end:,} bytes, the file has"
                f" {file_size:,}",
                hint="the file was probably cut off while copying or scanning; copy it again",
            )


def _corrupt(filename: str, kind: str, error: BaseException) -> CorruptFile:
    reason = str(error).strip() or type(error).__name__
    return CorruptFile(
        filename,
        f"the {kind} is damaged or truncated ({reason})",
        hint="copy or scan it again",
    )
