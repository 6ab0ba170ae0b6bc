"""How much one file handed in may be. Checked before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass

from hoso.errors import LimitExceeded

__all__ = ["Limits", "check_file_pixels"]


@dataclass(frozen=True)
class Limits:
    """Upper bounds for a file handed in; each is configurable (see hoso.settings).

    max_file_bytes: size of one file.
    max_pages: pages of one PDF or frames of one TIFF.
    max_pixels: width x height of one page (an image, or a PDF page at the raster dpi).
    max_file_pixels: width x height summed over every page of one file: what reading it
        costs. A compressed TIFF of 400 frames of 7000 x 8000 is 1.6 MB on disk and 22
        billion pixels to read; 500 A4 pages at 300 dpi (8.7 million each) fit.
    """

    max_file_bytes: int = 200 * 1024 * 1024
    max_pages: int = 500
    max_pixels: int = 60_000_000
    max_file_pixels: int = 5_000_000_000


def check_file_pixels(pixels: int, pages: int, filename: str, limits: Limits) -> None:
    """LimitExceeded naming the file and the figures when its `pages` sum to more pixels than
    the file's budget."""
    if pixels > limits.max_file_pixels:
        raise LimitExceeded(
            filename,
            f"its {pages:,} pages hold {pixels:,} pixels in all, more than the limit of"
            f" {limits.max_file_pixels:,} for one file",
            hint="split it into several files, or raise HOSO_MAX_FILE_PIXELS",
        )
