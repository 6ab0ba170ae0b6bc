"""From a captured page to the grey image tesseract reads, one step at a time."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from hoso.records import PageImage
from ocr.pose import PagePose, find_pose
from ocr.preprocess import (
    binarise,
    normalise_background,
    normalise_resolution,
    remove_colour_ink,
    rotate_by,
    turn_upright,
)
from ocr.quality import ink_fraction, sharpness
from ocr.settings import OcrSettings

__all__ = ["PreparedPage", "prepare_page", "upright_picture"]


@dataclass(frozen=True, eq=False)
class PreparedPage:
    """grey: upright, levelled, clean page at `dpi`; ink: fraction of it that is ink;
    sharpness: see ocr.quality.sharpness (measured before resampling)."""

    grey: np.ndarray
    dpi: int
    pose: PagePose
    ink: float
    sharpness: float


def prepare_page(image: PageImage, settings: OcrSettings) -> PreparedPage:
    grey = normalise_background(remove_colour_ink(image.pixels), image.dpi)
    pose = find_pose(grey, image.dpi)
    grey = rotate_by(turn_upright(grey, pose.orientation), -pose.skew)
    sharp = sharpness(grey, image.dpi)
    grey, dpi = normalise_resolution(grey, image.dpi, settings.target_dpi)
    if settings.binarise:
        grey = binarise(grey)
    return PreparedPage(grey, dpi, pose, ink_fraction(grey), sharp)


def upright_picture(image: PageImage, pose: PagePose) -> np.ndarray:
    """The captured picture (colour kept) turned and levelled like the prepared page."""
    return rotate_by(turn_upright(image.pixels, pose.orientation), -pose.skew)
