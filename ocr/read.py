"""Read one page: prepare it, run tesseract once, score it, wrap it in a searchable PDF."""

from __future__ import annotations

from hoso.records import OcrPage, PageImage
from ocr.pdf import page_pdf
from ocr.prepare import PreparedPage, prepare_page
from ocr.quality import BLANK_INK, page_warnings, quality_score
from ocr.settings import OcrSettings
from ocr.tesseract import TesseractOutput, run_tesseract

__all__ = ["choose_psm", "read_page"]

_EMPTY = TesseractOutput("", (), b"", b"")


def read_page(image: PageImage, settings: OcrSettings, *, name: str = "") -> OcrPage:
    """OCR one page. `name` ("dossier/file page 3") names it in errors."""
    what = name or "page"
    prepared = prepare_page(image, settings)
    blank = prepared.ink < BLANK_INK
    out = _EMPTY if blank and not settings.pdf else run_tesseract(
        prepared.grey, dpi=prepared.dpi, languages=settings.languages,
        psm=choose_psm(prepared, settings), timeout_s=settings.timeout_s, what=what,
        pdf=settings.pdf)
    if blank:
        out = TesseractOutput("", (), out.hocr, out.pdf)
    score = quality_score(out.words)
    warnings = page_warnings(ink=prepared.ink, dpi=image.dpi, sharp=prepared.sharpness,
                             min_dpi=settings.min_dpi, score=score,
                             threshold=settings.review_threshold)
    pdf = b""
    if settings.pdf:
        height, width = prepared.grey.shape
        pdf = page_pdf(out.pdf, image.pixels, transform=prepared.transform,
                       page_px=(width, height), jpeg_quality=settings.pdf_jpeg_quality,
                       what=what)
    return OcrPage(
        text=out.text, words=out.words, confidence=round(score, 2),
        orientation=prepared.pose.orientation, skew=round(-prepared.pose.skew, 2),
        width=prepared.grey.shape[1], height=prepared.grey.shape[0], dpi=prepared.dpi,
        pdf=pdf, hocr=out.hocr, needs_review=blank or score < settings.review_threshold,
        warnings=warnings,
    )


def choose_psm(prepared: PreparedPage, settings: OcrSettings) -> int:
    """Automatic layout analysis (3) for pages; one uniform block (6) for small crops."""
    if settings.psm is not None:
        return settings.psm
    height, width = prepared.grey.shape
    if max(height, width) < 5 * prepared.dpi:
        return 6
    return 3
