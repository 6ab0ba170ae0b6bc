"""Reading pages as they reach the desk: turned, tilted, sealed; and the searchable PDF."""

from __future__ import annotations

import io
import re
import subprocess

import numpy as np
import pdf2image
import pytest
from pypdf import PdfReader

from hoso.ocr import OcrSettings, merge_pdfs, read_page
from hoso.ocr.metrics import cer
from hoso.page_warnings import PageWarning, WarningKind
from hoso.records import PageImage
from hoso.synth.corpus import page_lines
from hoso.synth.degrade import degrade
from hoso.synth.render import RenderedPage, render_page

SETTINGS = OcrSettings()


def test_clean_page_reads_with_tone_marks(sealed_page: RenderedPage) -> None:
    page = read_page(PageImage(sealed_page.image, 300), SETTINGS, name="hs/1.pdf page 1")
    assert cer(sealed_page.text, page.text) < 0.02
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page.text
    assert page.orientation == 0 and abs(page.skew) < 0.3
    assert page.words and all(0 <= w.confidence <= 100 for w in page.words)
    assert not page.needs_review and page.confidence > 80


@pytest.mark.parametrize(("rotate", "skew"), [(90, 9.0), (180, -14.0), (270, 4.5)])
def test_turned_and_tilted_pages_are_set_upright(rotate: int, skew: float) -> None:
    clean = render_page(page_lines(rotate, body_sentences=3), seed=rotate)
    captured = degrade(clean.image, seed=rotate, rotate=rotate, skew=skew, dpi_out=200,
                       noise=6.0, lighting=0.3)
    page = read_page(PageImage(captured, 200), SETTINGS)
    assert page.orientation == (360 - rotate) % 360
    assert abs(page.skew + skew) <= 0.3
    assert cer(clean.text, page.text) < 0.03


def test_words_under_the_red_seal_are_kept(sealed_page: RenderedPage) -> None:
    left, top, width, height = sealed_page.seal_box or (0, 0, 0, 0)
    under_seal = sealed_page.image[top : top + height, left : left + width]
    assert (under_seal.max(axis=2) < 90).mean() > 0.01  # black text lies under the seal
    page = read_page(PageImage(sealed_page.image, 300), SETTINGS)
    signer_lines = [line for line in sealed_page.text.splitlines()[-3:]]
    for line in signer_lines:
        assert line in page.text


def test_searchable_pdf_text_layer_keeps_tone_marks(sealed_page: RenderedPage) -> None:
    page = read_page(PageImage(sealed_page.image, 300), SETTINGS)
    document = merge_pdfs([page.pdf, page.pdf])
    assert merge_pdfs([page.pdf, page.pdf]) == document  # same pages, same bytes
    layer = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-", "-"], input=document,
                           capture_output=True, check=True).stdout.decode()
    layer = " ".join(layer.split())
    for phrase in ("Độc lập - Tự do - Hạnh phúc", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
        assert phrase in layer
    reader = PdfReader(io.BytesIO(document))
    assert len(reader.pages) == 2
    assert "Hạnh phúc" in reader.pages[0].extract_text()
    assert b"pdfaid:part>2<" in reader.xmp_metadata.stream.get_data()


def test_blank_page_is_flagged() -> None:
    white = np.full((3508, 2480), 250, np.uint8)
    page = read_page(PageImage(white, 300), SETTINGS)
    assert page.text == "" and page.needs_review and page.warnings == (PageWarning.blank(),)


def test_low_resolution_is_warned() -> None:
    clean = render_page(page_lines(3, body_sentences=2), seed=3, dpi=100)
    page = read_page(PageImage(clean.image, 100), OcrSettings(pdf=False))
    assert PageWarning.low_resolution(100, SETTINGS.min_dpi) in page.warnings


def test_pdf_picture_lies_under_its_words() -> None:
    clean = render_page(page_lines(7, body_sentences=3), seed=7, dpi=200)
    captured = degrade(clean.image, seed=7, rotate=270, skew=-6.0, dpi_in=200)
    page = read_page(PageImage(captured, 200), SETTINGS)
    [shown] = pdf2image.convert_from_bytes(page.pdf, dpi=72, grayscale=True)
    raster = np.asarray(shown)
    boxes = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=page.pdf,
                           capture_output=True, check=True).stdout.decode()
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                       r"([^<]{4,})<", boxes)
    assert len(words) > 20
    inked = 0
    for x0, y0, x1, y1, _ in words:
        box = raster[int(float(y0)) : int(float(y1)) + 1, int(float(x0)) : int(float(x1)) + 1]
        inked += int(box.min() < 100)
    assert inked >= 0.9 * len(words)


def test_blurred_capture_is_warned() -> None:
    clean = render_page(page_lines(5, body_sentences=3), seed=5, dpi=150)
    blurred = degrade(clean.image, seed=5, blur=3.0, dpi_in=150)
    page = read_page(PageImage(blurred, 150), OcrSettings(pdf=False))
    assert PageWarning.blurred() in page.warnings
    sharp = read_page(PageImage(clean.image, 150), OcrSettings(pdf=False))
    assert WarningKind.BLURRED not in {w.kind for w in sharp.warnings}
