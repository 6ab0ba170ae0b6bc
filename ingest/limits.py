"""How much one file handed in may be. Checked before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Limits"]


@dataclass(frozen=True)
class Limits:
    """Upper bounds for a file handed in; each is configurable (see hoso.settings).

    max_file_bytes: size of one file.
    max_pages: pages of one PDF or frames of one TIFF.
    max_pixels: width x height of one page (an image, or a PDF page at the raster dpi).
    """

    max_file_bytes: int = 200 * 1024 * 1024
    max_pages: int = 500
    max_pixels: int = 60_000_000
