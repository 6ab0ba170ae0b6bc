"""One page of a file handed in, as pixels.

PDF pages come from `pdftoppm` one page at a time, as binary PPM on a pipe (no PNG
encoding, no temporary file, never the whole document in memory). TIFF frames are decoded
one at a time with Pillow; JPEG and PNG with OpenCV. Colour is kept: the preprocessing needs
it to tell red seals and blue signatures from black text.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from hoso.errors import CorruptFile, UnsupportedFormat
from hoso.ocr.tools import run_tool
from hoso.records import PageImage

__all__ = ["A4_LONG_SIDE_INCH", "decode_pnm", "rasterise_page"]

A4_LONG_SIDE_INCH = 297 / 25.4
_MIN_TRUSTED_DPI = 100  # phones and editors often write 72 or 96 regardless of the capture


def rasterise_page(path: Path, media_type: str, index: int, dpi: int, *,
                   timeout_s: float) -> PageImage:
    """Page `index` (0-based) of `path`; images keep their own resolution where it is known."""
    if media_type == "application/pdf":
        return _pdf_page(path, index, dpi, timeout_s)
    if media_type == "image/tiff":
        return _tiff_frame(path, index)
    if media_type in ("image/jpeg", "image/png"):
        if index != 0:
            raise CorruptFile(path.name, f"page {index + 1}: an image has one page")
        return _image(path)
    raise UnsupportedFormat(path.name, f"cannot rasterise {media_type}")


def _pdf_page(path: Path, index: int, dpi: int, timeout_s: float) -> PageImage:
    page_no = str(index + 1)
    args = ["pdftoppm", "-f", page_no, "-l", page_no, "-r", str(dpi), str(path)]
    out = run_tool(args, timeout_s=timeout_s, what=f"{path.name} page {page_no}",
                   filename=path.name)
    if not out:
        raise CorruptFile(path.name, f"page {page_no}: no such page or unreadable")
    return PageImage(decode_pnm(out, f"{path.name} page {page_no}"), dpi)


def decode_pnm(data: bytes, what: str) -> np.ndarray:
    """A binary PGM (grey) or PPM (returned BGR) as an array; only one copy is made."""
    try:
        magic, width, height, maxval, offset = _pnm_header(data)
    except ValueError as exc:
        raise CorruptFile(what, f"bad raster from pdftoppm: {exc}") from None
    channels = 1 if magic == b"P5" else 3
    if maxval != 255 or len(data) < offset + width * height * channels:
        raise CorruptFile(what, "truncated raster from pdftoppm")
    pixels = np.frombuffer(data, np.uint8, width * height * channels, offset)
    if channels == 1:
        return pixels.reshape(height, width)
    return cv2.cvtColor(pixels.reshape(height, width, 3), cv2.COLOR_RGB2BGR)


def _pnm_header(data: bytes) -> tuple[bytes, int, int, int, int]:
    magic = data[:2]
    if magic not in (b"P5", b"P6"):
        raise ValueError(f"not a binary PNM ({magic!r})")
    fields: list[int] = []
    pos = 2
    while len(fields) < 3:
        while data[pos : pos + 1].isspace():
            pos += 1
        if data[pos : pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(int(data[pos:end]))
        pos = end
    return magic, fields[0], fields[1], fields[2], pos + 1


def _tiff_frame(path: Path, index: int) -> PageImage:
    what = f"page {index + 1}"
    try:
        with warnings.catch_warnings(), Image.open(path) as img:
            warnings.simplefilter("ignore")
            img.seek(index)
            dpi = _pil_dpi(img)
            pixels = _pil_to_array(img)
    except EOFError:
        raise CorruptFile(path.name, f"{what}: no such frame") from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise CorruptFile(path.name, f"{what}: unreadable TIFF ({exc})") from None
    return PageImage(pixels, dpi or _a4_dpi(pixels))


def _pil_to_array(img: Image.Image) -> np.ndarray:
    if img.mode in ("1", "L", "I;16", "I", "F"):
        return np.asarray(img.convert("L"))
    return cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2BGR)


def _pil_dpi(img: Image.Image) -> int | None:
    raw = img.info.get("dpi")
    if not raw:
        return None
    dpi = round(float(raw[0]))
    return dpi if dpi >= _MIN_TRUSTED_DPI else None


def _image(path: Path) -> PageImage:
    pixels = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    if pixels is None:
        raise CorruptFile(path.name, "page 1: unreadable image")
    pixels = _to_bgr_or_grey(pixels)
    try:
        with Image.open(path) as img:
            dpi = _pil_dpi(img)
    except (OSError, ValueError, SyntaxError):
        dpi = None
    return PageImage(pixels, dpi or _a4_dpi(pixels))


def _to_bgr_or_grey(pixels: np.ndarray) -> np.ndarray:
    if pixels.dtype != np.uint8:
        pixels = cv2.convertScaleAbs(pixels, alpha=255.0 / max(float(pixels.max()), 1.0))
    if pixels.ndim == 3 and pixels.shape[2] == 4:
        # Transparent areas are paper, not ink: composite on white.
        alpha = pixels[:, :, 3:4].astype(np.float32) / 255.0
        rgb = pixels[:, :, :3].astype(np.float32)
        pixels = (rgb * alpha + 255.0 * (1.0 - alpha)).astype(np.uint8)
    return pixels


def _a4_dpi(pixels: np.ndarray) -> int:
    """With no trustworthy resolution, assume the picture is of an A4 page."""
    return max(50, round(max(pixels.shape[:2]) / A4_LONG_SIDE_INCH))
