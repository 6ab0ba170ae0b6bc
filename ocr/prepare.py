"""From a captured page to the grey image tesseract reads, one step at a time."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from hoso.ocr.pose import WORK_DPI, PagePose, find_pose
from hoso.ocr.preprocess import (
    binarise,
    downscale,
    normalise_background,
    normalise_resolution,
    remove_colour_ink,
    rotate_by,
    rotation_matrix,
    turn_matrix,
    turn_upright,
)
from hoso.ocr.quality import ink_fraction, sharpness
from hoso.ocr.settings import OcrSettings
from hoso.records import PageImage

__all__ = ["PreparedPage", "ink_box", "prepare_page"]


@dataclass(frozen=True, eq=False)
class PreparedPage:
    """The upright, levelled, clean page at `dpi`, cut to the part that has ink.

    grey: what tesseract reads, the region of the page at `offset` (x, y).
    page_px: (width, height) of the whole prepared page.
    transform: 2x3 affine map from the captured picture's pixels to the whole page's pixels.
    ink: fraction of the page that is ink; sharpness: see ocr.quality.sharpness.
    """

    grey: np.ndarray
    dpi: int
    pose: PagePose
    transform: np.ndarray
    ink: float
    sharpness: float
    offset: tuple[int, int] = (0, 0)
    page_px: tuple[int, int] = (0, 0)


def prepare_page(image: PageImage, settings: OcrSettings) -> PreparedPage:
    grey = normalise_background(remove_colour_ink(image.pixels), image.dpi)
    small = downscale(grey, image.dpi, WORK_DPI)
    pose = find_pose(small)
    turned = turn_upright(grey, pose.orientation)
    levelled = rotate_by(turned, -pose.skew)
    final, dpi = normalise_resolution(levelled, image.dpi, settings.target_dpi)
    if settings.binarise:
        final = binarise(final)
    transform = _compose(
        np.diag([final.shape[1] / levelled.shape[1], final.shape[0] / levelled.shape[0], 1.0]),
        rotation_matrix(turned.shape, -pose.skew)[0],
        turn_matrix(grey.shape, pose.orientation),
    )
    small_to_final = _compose(transform, np.diag([grey.shape[1] / small.shape[1],
                                                  grey.shape[0] / small.shape[0], 1.0]))
    x0, y0, x1, y1 = ink_box(small, small_to_final, final.shape, margin=round(0.2 * dpi))
    return PreparedPage(final[y0:y1, x0:x1], dpi, pose, transform, ink_fraction(small),
                        sharpness(small), (x0, y0), (final.shape[1], final.shape[0]))


def ink_box(small: np.ndarray, to_page: np.ndarray, page_shape: tuple[int, ...], *,
            margin: int) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) on the prepared page around all the ink of `small`, plus `margin`.

    tesseract's cost grows with the area it is given, and margins (wider still on a levelled
    page's grown canvas) hold nothing. Lone specks vanish in the small copy's averaging and
    the opening below, so they do not stretch the box.
    """
    height, width = page_shape[:2]
    ink = cv2.morphologyEx((small < 128).astype(np.uint8), cv2.MORPH_OPEN, np.ones((2, 2)))
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if rows.size == 0:
        return 0, 0, width, height
    corners = np.array([[cols[0], rows[0], 1.0], [cols[-1] + 1, rows[0], 1.0],
                        [cols[0], rows[-1] + 1, 1.0], [cols[-1] + 1, rows[-1] + 1, 1.0]])
    mapped = corners @ to_page.T
    x0, y0 = np.floor(mapped.min(axis=0)).astype(int) - margin
    x1, y1 = np.ceil(mapped.max(axis=0)).astype(int) + margin
    return max(0, int(x0)), max(0, int(y0)), min(width, int(x1)), min(height, int(y1))


def _compose(*maps: np.ndarray) -> np.ndarray:
    """The 2x3 map applying the last of `maps` first."""
    result = np.eye(3)
    for m in maps:
        result = result @ np.vstack([m[:2], [0.0, 0.0, 1.0]])
    return result[:2]
