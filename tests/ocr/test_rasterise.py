"""Every accepted format gives the asked page as pixels; bad input names file and page."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from hoso.errors import CorruptFile, UnsupportedFormat
from hoso.ocr.rasterise import rasterise_page

TIMEOUT = 60.0


def _pages() -> list[Image.Image]:
    pages = []
    for shade in (0, 255):
        img = Image.new("RGB", (420, 594), "white")
        img.paste((shade, 0, 0), (50, 50, 200, 120))
        pages.append(img)
    return pages


def test_pdf_page_is_rasterised_alone_at_the_dpi(tmp_path: Path) -> None:
    pdf = tmp_path / "two.pdf"
    first, second = _pages()
    first.save(pdf, save_all=True, append_images=[second], resolution=50)
    page = rasterise_page(pdf, "application/pdf", 1, 100, timeout_s=TIMEOUT)
    assert page.dpi == 100
    assert page.pixels.shape == (1188, 840, 3)
    b, g, r = page.pixels[170, 250]
    assert b < 10 and g < 10 and r > 245  # BGR: the second page's red box


def test_pdf_page_past_the_end_is_corrupt_naming_file_and_page(tmp_path: Path) -> None:
    pdf = tmp_path / "one.pdf"
    _pages()[0].save(pdf, resolution=50)
    with pytest.raises(CorruptFile, match=r"one\.pdf: page 3"):
        rasterise_page(pdf, "application/pdf", 2, 100, timeout_s=TIMEOUT)


def test_truncated_pdf_is_corrupt(tmp_path: Path) -> None:
    pdf = tmp_path / "cut.pdf"
    _pages()[0].save(pdf, resolution=50)
    pdf.write_bytes(pdf.read_bytes()[:200])
    with pytest.raises(CorruptFile, match="cut.pdf"):
        rasterise_page(pdf, "application/pdf", 0, 100, timeout_s=TIMEOUT)


def test_tiff_frame_and_its_dpi(tmp_path: Path) -> None:
    tif = tmp_path / "scan.tif"
    first, second = _pages()
    first.save(tif, save_all=True, append_images=[second], dpi=(200, 200))
    page = rasterise_page(tif, "image/tiff", 1, 300, timeout_s=TIMEOUT)
    assert page.dpi == 200 and tuple(page.pixels[60, 60]) == (0, 0, 255)
    with pytest.raises(CorruptFile, match="scan.tif: page 3"):
        rasterise_page(tif, "image/tiff", 2, 300, timeout_s=TIMEOUT)


def test_jpeg_without_dpi_is_taken_as_a4(tmp_path: Path) -> None:
    jpg = tmp_path / "phone.jpg"
    cv2.imwrite(str(jpg), np.full((2339, 1654, 3), 250, np.uint8))
    page = rasterise_page(jpg, "image/jpeg", 0, 300, timeout_s=TIMEOUT)
    assert page.dpi == 200 and page.pixels.shape == (2339, 1654, 3)


def test_png_with_alpha_is_composited_on_white(tmp_path: Path) -> None:
    png = tmp_path / "clear.png"
    rgba = np.zeros((100, 80, 4), np.uint8)
    cv2.imwrite(str(png), rgba)
    page = rasterise_page(png, "image/png", 0, 300, timeout_s=TIMEOUT)
    assert page.pixels.shape == (100, 80, 3) and page.pixels.min() == 255


def test_garbage_and_unknown_types_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    with pytest.raises(CorruptFile, match="bad.png"):
        rasterise_page(bad, "image/png", 0, 300, timeout_s=TIMEOUT)
    with pytest.raises(UnsupportedFormat):
        rasterise_page(bad, "text/plain", 0, 300, timeout_s=TIMEOUT)
