"""How a page is read: tesseract's languages, the raster resolution, limits of time."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["OcrSettings"]


@dataclass(frozen=True)
class OcrSettings:
    """Settings for the OCR stage.

    languages: tesseract language codes joined by `+`.
    dpi: resolution pages are rasterised at.
    timeout_s: a single tesseract call is killed after this many seconds.
    review_threshold: pages whose quality score (0-100) is below this are flagged needs-review.
    target_dpi: pages are resampled to this before tesseract where they differ by over 10%.
    min_dpi: below this a page is warned about as too coarse.
    psm: tesseract page segmentation mode; None chooses per page.
    binarise: threshold the cleaned page before tesseract (measured: see bench/README.md).
    pdf: make the one-page searchable PDF.
    pdf_jpeg_quality: JPEG quality of the page's picture in that PDF.
    layout: arrange the words as ocr.layout reads a page (received stamps out, the
        two-column header in order, the header's hand-written digits read again); off gives
        tesseract's words as they come, which the benches compare against.
    text_layer: take a PDF page's own text layer, when good, instead of OCR (ocr.textlayer).
    postcorrect: mend the words read with Vietnamese orthography and a lexicon
        (ocr.postcorrect); off only to measure tesseract alone.
    garbage_limit: pages whose share of words that are no Vietnamese (garbage score, 0-1,
        measured before correction) is above this are flagged needs-review and warned about.
    tessdata: a folder of tesseract models to use instead of the installed ones (the `best_int`
        or standard `vie` model; see bench/README.md, "Engine choice"); None: installed.
    """

    languages: str = "vie"
    dpi: int = 300
    timeout_s: float = 180.0
    review_threshold: float = 60.0
    target_dpi: int = 300
    min_dpi: int = 150
    psm: int | None = None
    binarise: bool = False
    pdf: bool = True
    pdf_jpeg_quality: int = 80
    layout: bool = True
    text_layer: bool = True
    postcorrect: bool = True
    garbage_limit: float = 0.03  # measured: bench/README.md, "Realistic office pages"
    tessdata: str | None = None
