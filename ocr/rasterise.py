"""One page of a file handed in, as pixels.

PDF pages come from poppler's `pdftoppm` through pdf2image, one page at a time (a page range
of one), as a PPM file in a private temporary folder (`paths_only`: pdf2image does not decode
it; OpenCV reads it straight into BGR), never the whole document in memory. TIFF frames are
decoded one at a time with Pillow; JPEG and PNG with OpenCV. Colour is kept: the
preprocessing needs it to tell red seals and blue signatures from black text.
"""

from __future__ import annotations

import math
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cv2
import numpy as np
import pdf2image
from pdf2image.exceptions import (
    PDFPageCountError,
    PDFPopplerTimeoutError,
    PopplerNotInstalledError,
)
from PIL import Image

from hoso.errors import (
    CorruptFile,
    ToolCrashed,
    ToolMissing,
    ToolTimeout,
    UnsupportedFormat,
)
from hoso.ocr.tools import INSTALL_HINTS, TIMEOUT_HINT
from hoso.records import PageImage

__all__ = ["A4_LONG_SIDE_INCH", "rasterise_page"]

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
    page_no = index + 1
    what = f"{path.name} page {page_no}"
    # pdf2image asks pdfinfo for the page count again, without a time limit, and returns no
    # picture both for a page past the end and for a pdftoppm that died. Asking first, with
    # the limit, fails here a file pdfinfo would hang on, and tells those two cases apart.
    seconds = math.ceil(timeout_s)  # pdf2image takes whole seconds
    with _poppler_errors(path, page_no, timeout_s):
        pages = int(pdf2image.pdfinfo_from_path(str(path), timeout=seconds)["Pages"])
    if page_no > pages:
        raise CorruptFile(path.name, f"page {page_no}: no such page (the PDF has {pages})")
    with tempfile.TemporaryDirectory(prefix="hoso-raster-") as tmp:
        with _poppler_errors(path, page_no, timeout_s):
            written = pdf2image.convert_from_path(
                path, dpi=dpi, first_page=page_no, last_page=page_no, output_folder=tmp,
                output_file="page", single_file=True, paths_only=True, timeout=seconds)
        pixels = cv2.imread(str(written[0]), cv2.IMREAD_COLOR) if written else None
    if pixels is None:
        raise ToolCrashed(f"{what}: pdftoppm ended without writing the page")
    return PageImage(pixels, dpi)


@contextmanager
def _poppler_errors(path: Path, page_no: int, timeout_s: float) -> Iterator[None]:
    """pdf2image's exceptions as hoso's, naming the file and page."""
    try:
        yield
    except (PopplerNotInstalledError, FileNotFoundError):
        raise ToolMissing("poppler is not installed", hint=INSTALL_HINTS["pdftoppm"]) from None
    except PDFPopplerTimeoutError:
        raise ToolTimeout(f"{path.name} page {page_no}: poppler took longer than "
                          f"{timeout_s:g} s", hint=TIMEOUT_HINT) from None
    except PDFPageCountError as exc:
        lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
        raise CorruptFile(path.name, f"page {page_no}: unreadable PDF ({lines[-1]})") from None


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
