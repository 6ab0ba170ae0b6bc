"""QR cover sheets: a sheet printed from the intake page (dossier code, and the component
when known) laid on top of a dossier's papers, so that a stack scanned in one go, several
dossiers one behind the other, is split at the sheets and each part taken into its dossier.

    HOSO1|000.00.19.H12-241202-0001|to-khai      what the QR code holds (segno makes it)
    find_covers(file) → the pages that are cover sheets (OpenCV's QR detector reads them)
    split_at_covers(file) → one file per cover sheet, its pages after it, the sheet left out

A PDF is split with pypdf, which copies each page as it is (its scanned image unchanged);
a TIFF's frames are written again losslessly (LZW). A file whose first page is no cover sheet
is not split: where its pages belong is unknown.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import segno
from PIL import Image
from pypdf import PdfReader, PdfWriter

from hoso.errors import HosoError, InputError, InvalidValue
from hoso.ids import check_dossier_code
from hoso.ocr.rasterise import rasterise_page

__all__ = ["CoverSheet", "StackPart", "cover_svg", "find_covers", "parse_cover", "read_cover",
           "split_at_covers"]

log = logging.getLogger("hoso.cover")
PREFIX = "HOSO1"
COVER_DPI = 100  # a 4 cm code is then ~6 px a module: plenty for the detector, and quick


@dataclass(frozen=True)
class CoverSheet:
    dossier_code: str
    component: str = ""

    @property
    def text(self) -> str:
        return f"{PREFIX}|{self.dossier_code}|{self.component.replace('|', '/')}"


@dataclass(frozen=True)
class StackPart:
    """The pages of a stack after one cover sheet, written to `path`."""

    sheet: CoverSheet
    path: Path
    pages: tuple[int, ...]


def parse_cover(text: str) -> CoverSheet | None:
    """The sheet a QR code's text names, or None for any other QR code."""
    parts = text.split("|")
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    try:
        return CoverSheet(check_dossier_code(parts[1]), parts[2][:64])
    except InvalidValue:
        return None


def cover_svg(sheet: CoverSheet, *, scale: int = 6) -> str:
    """The sheet's QR code as inline SVG (error correction M: survives a smudge or a staple)."""
    # A viewBox (no fixed size) lets the page print it 6 cm wide; the white border is the
    # quiet zone the detector needs on any background.
    code = segno.make(sheet.text, error="m", micro=False)
    return str(code.svg_inline(scale=scale, border=4, omitsize=True, light="#fff"))


def read_cover(pixels: np.ndarray) -> CoverSheet | None:
    """The cover sheet a page's picture shows, or None."""
    gray = pixels if pixels.ndim == 2 else cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY)
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(gray)
    return parse_cover(text) if text else None


def find_covers(path: Path, media_type: str, page_count: int, *, timeout_s: float
                ) -> dict[int, CoverSheet]:
    """The pages of the file that are cover sheets, by index."""
    found = {}
    for index in range(page_count):
        image = rasterise_page(path, media_type, index, COVER_DPI, timeout_s=timeout_s)
        sheet = read_cover(image.pixels)
        if sheet is not None:
            found[index] = sheet
    return found


def split_at_covers(path: Path, filename: str, media_type: str, page_count: int,
                    out_dir: Path, *, timeout_s: float) -> list[StackPart]:
    """One file per cover sheet in `out_dir`; [] when the first page is no cover sheet."""
    covers = find_covers(path, media_type, page_count, timeout_s=timeout_s)
    if 0 not in covers:
        return []
    starts = sorted(covers)
    parts = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else page_count
        pages = tuple(range(start + 1, end))
        if not pages:
            continue  # a cover sheet with nothing behind it
        sheet = covers[start]
        stem, suffix = Path(filename).stem, Path(filename).suffix
        label = f" - {sheet.component}" if sheet.component else ""
        dest = out_dir / f"{stem} ({n + 1}){label}{suffix}"
        _write_pages(path, media_type, pages, dest)
        parts.append(StackPart(sheet, dest, pages))
    return parts


def _write_pages(path: Path, media_type: str, pages: tuple[int, ...], dest: Path) -> None:
    try:
        if media_type == "application/pdf":
            reader, writer = PdfReader(path), PdfWriter()
            for index in pages:
                writer.add_page(reader.pages[index])
            with dest.open("wb") as out:
                writer.write(out)
        elif media_type == "image/tiff":
            with Image.open(path) as stack:
                frames = []
                for index in pages:
                    stack.seek(index)
                    frames.append(stack.copy())
            frames[0].save(dest, "TIFF", save_all=True, append_images=frames[1:],
                           compression="tiff_lzw", dpi=frames[0].info.get("dpi", (300, 300)))
        else:
            raise InputError(dest.name, f"a {media_type} file holds one page: it cannot "
                                        "hold a cover sheet and papers behind it")
    except HosoError:
        raise
    except Exception as error:  # any failure of the split names the file
        raise InputError(dest.name, f"the stack could not be split ({error})") from error
