"""Reading realistic office pages: the Vietnamese post-correction and the garbage score, seen
through read_page as the OCR stage runs it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from engines import ConfidentGarbleEngine

from hoso.ocr import OcrSettings, read_page
from hoso.ocr.metrics import word_recall
from hoso.page_warnings import WarningKind
from hoso.records import PageImage
from hoso.synth.office import render_office_page

SETTINGS = OcrSettings(pdf=False)


def test_correction_keeps_every_word_box_and_reads_no_worse() -> None:
    page = render_office_page(2, "office_photocopy")
    image = PageImage(page.image, page.dpi)
    raw = read_page(image, replace(SETTINGS, postcorrect=False))
    mended = read_page(image, SETTINGS)
    assert [(w.left, w.top, w.width, w.height) for w in mended.words] == [
        (w.left, w.top, w.width, w.height) for w in raw.words]
    assert word_recall(page.truth.text, mended.text) >= word_recall(page.truth.text, raw.text)
    assert mended.garbage == raw.garbage  # judged on what tesseract read, before mending


def test_a_confident_garbled_page_goes_to_review_with_a_warning() -> None:
    grey = np.full((1200, 900), 255, np.uint8)
    grey[100:900:60, 100:800] = 0  # some ink, so the page is not blank
    page = read_page(PageImage(np.dstack([grey] * 3), 100), SETTINGS,
                     engine=ConfidentGarbleEngine())
    assert page.confidence > SETTINGS.review_threshold  # tesseract's score would let it pass
    assert page.garbage > SETTINGS.garbage_limit
    assert page.needs_review
    [garbled] = [w for w in page.warnings if w.kind is WarningKind.GARBLED]
    assert garbled.garbage == round(page.garbage, 3)


def test_a_clean_office_scan_reads_as_vietnamese() -> None:
    page = render_office_page(1, "office_clean")
    read = read_page(PageImage(page.image, page.dpi), SETTINGS)
    assert read.garbage < SETTINGS.garbage_limit
    assert not any(w.kind is WarningKind.GARBLED for w in read.warnings)
    assert word_recall(page.truth.text, read.text) > 0.9
