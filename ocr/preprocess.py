"""Preprocessing steps, each its own function, each measurable alone (see bench/).

They work on grey pages (uint8, white paper, dark ink) except `remove_colour_ink`, which
makes the grey page from a colour one.
"""

from __future__ import annotations

import cv2
import numpy as np

__all__ = [
    "remove_colour_ink",
    "normalise_background",
    "normalise_resolution",
    "binarise",
    "turn_upright",
    "rotate_by",
    "ink_mask",
]


def remove_colour_ink(image: np.ndarray) -> np.ndarray:
    """Grey page without red seals and blue signatures, keeping black text under them.

    Start from the brightest channel of each pixel: red and blue inks are bright in their own
    channel and turn pale, while black text, dark in every channel, stays dark even where the
    seal's ink lies over it. What is still grey of a colour ink (a blue signature is only
    mid-bright in its blue channel) is lifted to white in proportion to how colourful *and*
    how bright it is. Black text under a seal is dark, so it is never lifted; whitening
    every saturated pixel would cut exactly those letters.
    """
    if image.ndim == 2:
        return image
    blue, green, red = cv2.split(image)
    brightest = cv2.max(cv2.max(blue, green), red)
    chroma = cv2.subtract(brightest, cv2.min(cv2.min(blue, green), red))
    colourful = cv2.LUT(chroma, _COLOURFUL)
    room = cv2.LUT(brightest, _LIFT_ROOM)
    return cv2.add(brightest, cv2.multiply(colourful, room, scale=1 / 255))


_LEVELS = np.arange(256, dtype=np.float32)
_COLOURFUL = (np.clip((_LEVELS - 50.0) / 50.0, 0, 1) * 255).astype(np.uint8)
_LIFT_ROOM = (np.clip((_LEVELS - 90.0) / 60.0, 0, 1) * (255 - _LEVELS)).astype(np.uint8)


def normalise_background(grey: np.ndarray, dpi: int) -> np.ndarray:
    """Divide by the paper's brightness so the page is evenly white and ink keeps its contrast.

    The paper is estimated on a small copy by a closing larger than any letter (which removes
    the ink), so uneven light, photocopier grey and shadows go, and the cost stays small.
    """
    scale = min(1.0, 40.0 / dpi)  # ~40 dpi is enough to follow the lighting
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    size = max(3, int(round(0.25 * dpi * scale)) | 1)  # ~6 mm, wider than a letter
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (size, size))
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    paper = cv2.GaussianBlur(paper, (0, 0), size / 2)
    paper = cv2.resize(paper, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_LINEAR)
    flat = cv2.divide(grey, np.maximum(paper, 1), scale=255)
    return _stretch_ink(flat)


def _stretch_ink(flat: np.ndarray) -> np.ndarray:
    """Make the darkest ink black: photocopies and pale captures leave text mid-grey."""
    sample = flat[::4, ::4]
    ink = sample[sample < 160]
    if ink.size < 100:
        return flat
    darkest = float(np.percentile(ink, 5))
    if darkest < 20:
        return flat
    lut = np.clip((np.arange(256) - darkest) * 255.0 / (255.0 - darkest), 0, 255)
    return cv2.LUT(flat, lut.astype(np.uint8))


def normalise_resolution(grey: np.ndarray, dpi: int, target_dpi: int = 300) -> tuple[
        np.ndarray, int]:
    """Resample to `target_dpi` where the page is much coarser or finer (tesseract is tuned
    for letters 20-40 px high)."""
    if abs(dpi - target_dpi) / target_dpi < 0.1:
        return grey, dpi
    factor = target_dpi / dpi
    method = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
    return cv2.resize(grey, None, fx=factor, fy=factor, interpolation=method), target_dpi


def binarise(grey: np.ndarray) -> np.ndarray:
    """Otsu threshold of a background-normalised page (black ink on white)."""
    _, binary = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return binary


def ink_mask(grey: np.ndarray, threshold: int = 128) -> np.ndarray:
    """True where there is ink, on a background-normalised page."""
    return grey < threshold


def turn_upright(image: np.ndarray, orientation: int) -> np.ndarray:
    """Turn the page `orientation` degrees clockwise (0, 90, 180, 270)."""
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180,
             270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(image, codes[orientation]) if orientation in codes else image


def rotate_by(image: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate counter-clockwise by `degrees` on a canvas grown to keep every corner; the new
    area is white paper."""
    if abs(degrees) < 0.05:
        return image
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(round(h * sin + w * cos)), int(round(h * cos + w * sin))
    matrix[0, 2] += (new_w - w) / 2
    matrix[1, 2] += (new_h - h) / 2
    white = (255,) * (image.shape[2] if image.ndim == 3 else 1)
    return cv2.warpAffine(image, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=white)
