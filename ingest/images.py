"""Checks on a PNG, JPEG or TIFF handed in, from headers and chunk walks.

The plugin classes are used directly rather than `Image.open`, whose decompression-bomb check
would reject an image by Pillow's global pixel limit instead of our configurable one.

A picture cut off mid-stream must be refused at the desk, where the operator can scan it
again: decoders fill the missing part with grey and say nothing (libjpeg only warns "premature
end of data segment"), and the page would come out "done" with most of it lost. A PNG's
compressed stream is inflated to its end, a few MB at a time, without keeping the pixels; a
JPEG is decoded at 1/8 scale, which still reads all of its data (see `_jpeg_is_cut`).
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zlib
from typing import BinaryIO, TypeVar

from PIL import ImageFile, JpegImagePlugin, PngImagePlugin, TiffImagePlugin

from hoso.errors import CorruptFile, InputError, LimitExceeded
from hoso.ingest.limits import Limits, check_file_pixels

__all__ = ["inspect_jpeg", "inspect_png", "inspect_tiff"]

_Image = TypeVar("_Image", bound=ImageFile.ImageFile)

_JPEG_END = b"\xff\xd9"
_JPEG_SCAN = b"\xff\xda"
# Filler that is not a marker (no FF byte), fixed so that a check gives the same answer twice.
_JPEG_FILLER = hashlib.sha256(b"hoso").digest().replace(b"\xff", b"\x7f") * 256
_PNG_CHUNK = struct.Struct(">I4s")
_INFLATE_STEP = 4 << 20  # bytes of pixels inflated at a time: memory stays small
_STRIP_TAGS = ((273, 279), (324, 325))  # (offsets, byte counts) of strips, then of tiles


def inspect_png(stream: BinaryIO, filename: str, limits: Limits) -> int:
    """Check a PNG: header within limits, every chunk whole (CRC) up to IEND. Returns 1."""
    image = _open(PngImagePlugin.PngImageFile, stream, filename, "PNG")
    _check_pixels(image.size, filename, limits)
    try:
        image.verify()  # walks the chunks and checks each CRC; pixels stay compressed
    except Exception as error:  # noqa: BLE001 - Pillow says "truncated" in several ways
        raise _corrupt(filename, "PNG", error) from error
    if not _png_data_complete(stream):
        raise _truncated(filename, "PNG", "its picture data stops before the last rows")
    return 1


def inspect_jpeg(stream: BinaryIO, filename: str, limits: Limits) -> int:
    """Check a JPEG: header within limits and the end marker present. Returns 1."""
    image = _open(JpegImagePlugin.JpegImageFile, stream, filename, "JPEG")
    _check_pixels(image.size, filename, limits)
    stream.seek(0)
    data = stream.read()
    # The last scan's data starts at the last SOS marker (FF DA: entropy-coded data never
    # holds one) and the end marker must follow it; one earlier is an embedded thumbnail's.
    end, scan = data.rfind(_JPEG_END), data.rfind(_JPEG_SCAN)
    if scan < 0:
        raise _truncated(filename, "JPEG", "it holds no picture data")
    if end < scan:
        raise _truncated(filename, "JPEG", "its end marker is missing")
    if _jpeg_is_cut(data[:end], filename):
        raise _truncated(filename, "JPEG", "its picture data stops before the last rows")
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
                code="too_many_pages", params={"pages": frames, "limit": limits.max_pages},
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


def _jpeg_is_cut(data: bytes, filename: str) -> bool:
    """True if the JPEG's data runs out before its last block.

    libjpeg, finding the end marker early, fills the blocks left with zeros and only warns,
    which Pillow does not pass on. So the picture is decoded twice: as it is, and with filler
    bytes before the end marker. A complete picture ignores bytes after its last block and
    comes out the same; a cut one decodes the filler into the blocks it lacked. At 1/8 scale
    (the DC coefficients) both decodes are cheap, yet every byte of data is read: 20 ms for
    an A4 page at 200 dpi."""
    as_given = _jpeg_preview(data + _JPEG_END, filename)
    if as_given is None:
        raise CorruptFile(filename, "the JPEG's picture data cannot be decoded",
                          hint="copy or scan it again")
    filled = _jpeg_preview(data + _JPEG_FILLER + _JPEG_END, filename)
    return filled is not None and as_given != filled


def _jpeg_preview(data: bytes, filename: str) -> bytes | None:
    image = JpegImagePlugin.JpegImageFile(io.BytesIO(data), filename)
    # A progressive JPEG's later scans carry only the finer detail, which 1/8 scale leaves
    # out: read it whole (in grey, one byte a pixel).
    scale = 1 if image.info.get("progressive") else 8
    image.draft("L", (max(1, image.size[0] // scale), max(1, image.size[1] // scale)))
    try:
        image.load()
    except Exception:  # noqa: BLE001 - the filled copy may be undecodable; then no verdict
        return None
    return image.tobytes()


def _png_data_complete(stream: BinaryIO) -> bool:
    """True if the IDAT chunks hold a whole compressed stream (its end and checksum).

    `verify` checks each chunk, but a file cut at a chunk boundary, or with an IEND written
    after the cut, has only whole chunks and lacks the rest of the picture."""
    stream.seek(8)
    inflater = zlib.decompressobj()
    while len(head := stream.read(_PNG_CHUNK.size)) == _PNG_CHUNK.size:
        length, kind = _PNG_CHUNK.unpack(head)
        if kind == b"IEND":
            break
        if kind != b"IDAT":
            stream.seek(length + 4, os.SEEK_CUR)
            continue
        _inflate(inflater, stream.read(length))
        stream.seek(4, os.SEEK_CUR)
    return inflater.eof


def _inflate(inflater: zlib._Decompress, data: bytes) -> None:
    while data and not inflater.eof:
        inflater.decompress(data, _INFLATE_STEP)
        data = inflater.unconsumed_tail


def _truncated(filename: str, kind: str, what: str) -> CorruptFile:
    return CorruptFile(
        filename,
        f"the {kind} is truncated: {what}", code="truncated",
        hint="the file was probably cut off while scanning or copying; scan or copy it again",
    )


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
