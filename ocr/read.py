"""Read one page: prepare it, run the OCR engine once, score it, wrap it in a searchable PDF."""

from __future__ import annotations

import re
from dataclasses import replace

from hoso.ocr.engine import EngineOutput, EngineRequest, OcrEngine
from hoso.ocr.layout import arrange_page, page_text
from hoso.ocr.pdf import page_pdf, readable_page
from hoso.ocr.postcorrect import correct_page, garbage_score
from hoso.ocr.prepare import PreparedPage, prepare_page
from hoso.ocr.quality import BLANK_INK, page_warnings, quality_score
from hoso.ocr.settings import OcrSettings
from hoso.ocr.tesseract import TesseractEngine
from hoso.records import OcrPage, PageImage

__all__ = ["TESSERACT", "choose_psm", "read_page", "shift_hocr"]

TESSERACT = TesseractEngine()
_EMPTY = EngineOutput("", ())


def read_page(image: PageImage, settings: OcrSettings, *, engine: OcrEngine = TESSERACT,
              name: str = "") -> OcrPage:
    """OCR one page with `engine`. `name` ("dossier/file page 3") names it in errors."""
    what = name or "page"
    prepared = prepare_page(image, settings)
    blank = prepared.ink < BLANK_INK
    out = _recognise(prepared, settings, engine, what, blank=blank)
    if settings.layout:
        out = _arranged(out, prepared)
    score = quality_score(out.words)
    # Judged on what tesseract read: the correction would hide how garbled it was.
    garbage = garbage_score([w.text for w in out.words])
    warnings = page_warnings(ink=prepared.ink, dpi=image.dpi, sharp=prepared.sharpness,
                             min_dpi=settings.min_dpi, score=score,
                             threshold=settings.review_threshold, garbage=garbage,
                             garbage_limit=settings.garbage_limit)
    pdf, layered = b"", True
    if settings.pdf:
        pdf, layered = _searchable_pdf(out, image, prepared, settings, what)
    if settings.postcorrect:
        out = replace(out, **dict(zip(("text", "words"), correct_page(out.text, out.words),
                                      strict=True)))
    dx, dy = prepared.offset
    return OcrPage(
        text=out.text, words=tuple(replace(w, left=w.left + dx, top=w.top + dy)
                                   for w in out.words),
        confidence=round(score, 2), orientation=prepared.pose.orientation,
        skew=round(-prepared.pose.skew, 2), width=prepared.page_px[0],
        height=prepared.page_px[1], dpi=prepared.dpi, pdf=pdf,
        hocr=shift_hocr(out.hocr, dx, dy),
        needs_review=(blank or score < settings.review_threshold or not layered
                      or (not blank and garbage > settings.garbage_limit)),
        warnings=warnings, garbage=round(garbage, 3),
    )


def _recognise(prepared: PreparedPage, settings: OcrSettings, engine: OcrEngine, what: str,
               *, blank: bool) -> EngineOutput:
    """The engine's reading; on a blank page only its (empty) text layer, for the PDF."""
    if blank and not settings.pdf:
        return _EMPTY
    request = EngineRequest(languages=settings.languages, psm=choose_psm(prepared, settings),
                            dpi=prepared.dpi, timeout_s=settings.timeout_s, what=what,
                            pdf=settings.pdf, tessdata=settings.tessdata)
    out = engine.recognise(prepared.grey, request)
    return EngineOutput("", (), out.hocr, out.pdf) if blank else out


def _arranged(out: EngineOutput, prepared: PreparedPage) -> EngineOutput:
    """The main text in reading order (see ocr.layout); the engine's own text when the
    layout changed nothing, so its paragraph breaks are kept."""
    words = tuple(arrange_page(out.words, prepared.grey)) if out.words else out.words
    if words == out.words:
        return out
    return replace(out, text=page_text(words), words=words)


def _searchable_pdf(out: EngineOutput, image: PageImage, prepared: PreparedPage,
                    settings: OcrSettings, what: str) -> tuple[bytes, bool]:
    """The page's PDF, and whether it carries the engine's text layer. An engine that wrote
    none readable (garbage) still gets the picture kept, unsearchable and flagged for
    review, rather than the page failed."""
    layered = readable_page(out.pdf)
    pdf = page_pdf(out.pdf if layered else b"", image.pixels, transform=prepared.transform,
                   page_px=prepared.page_px, dpi=prepared.dpi, region=_region(prepared),
                   jpeg_quality=settings.pdf_jpeg_quality, what=what)
    return pdf, layered


def _region(prepared: PreparedPage) -> tuple[int, int, int, int]:
    height, width = prepared.grey.shape
    return prepared.offset[0], prepared.offset[1], width, height


def shift_hocr(hocr: bytes, dx: int, dy: int) -> bytes:
    """hOCR boxes in the whole page's pixels, not the inked region's tesseract was given."""
    if not hocr or (dx, dy) == (0, 0):
        return hocr

    def shift(match: re.Match[bytes]) -> bytes:
        x0, y0, x1, y1 = (int(v) for v in match.groups())
        return b"bbox %d %d %d %d" % (x0 + dx, y0 + dy, x1 + dx, y1 + dy)

    return _BBOX.sub(shift, hocr)


_BBOX = re.compile(rb"bbox (\d+) (\d+) (\d+) (\d+)")


def choose_psm(prepared: PreparedPage, settings: OcrSettings) -> int:
    """Automatic layout analysis (3) for pages; one uniform block (6) for small pictures
    (a receipt, a cut-out ID card) under 5 inches on their longer side."""
    if settings.psm is not None:
        return settings.psm
    if max(prepared.page_px) < 5 * prepared.dpi:
        return 6
    return 3
