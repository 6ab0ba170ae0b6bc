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
