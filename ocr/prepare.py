"""From a captured page to the grey image tesseract reads, one step at a time."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from hoso.records import PageImage
from ocr.pose import WORK_DPI, PagePose, find_pose
from ocr.preprocess import (
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
from ocr.quality import ink_fraction, sharpness
from ocr.settings import OcrSettings

__all__ = ["PreparedPage", "prepare_page"]


@dataclass(frozen=True, eq=False)
class PreparedPage:
    """grey: the upright, levelled, clean page at `dpi`.

    transform: 2x3 affine map from the captured picture's pixels to `grey`'s pixels.
    ink: fraction of the page that is ink; sharpness: see ocr.quality.sharpness.
    """

    grey: np.ndarray
    dpi: int
    pose: PagePose
    transform: np.ndarray
    ink: float
    sharpness: float


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
    return PreparedPage(final, dpi, pose, transform, ink_fraction(small), sharpness(small))


def _compose(*maps: np.ndarray) -> np.ndarray:
    """The 2x3 map applying the last of `maps` first."""
    result = np.eye(3)
    for m in maps:
        result = result @ np.vstack([m[:2], [0.0, 0.0, 1.0]])
    return result[:2]
