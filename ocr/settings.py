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
    """

    languages: str = "vie"
    dpi: int = 300
    timeout_s: float = 180.0
    review_threshold: float = 60.0
