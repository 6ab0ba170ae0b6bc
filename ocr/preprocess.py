"""Preprocessing steps, each its own function, each measurable alone (bench/ocr_accuracy.py).

They work on grey pages (uint8, white paper, dark ink) except `remove_colour_ink`, which
makes the grey page from a colour one. Geometry helpers also return the affine map they
apply, so the searchable PDF can place the untouched picture where the words were found.
"""

from __future__ import annotations

import cv2
import numpy as np

__all__ = [
    "binarise",
    "downscale",
    "normalise_background",
    "normalise_resolution",
    "remove_colour_ink",
    "rotate_by",
    "rotation_matrix",
    "turn_matrix",
    "turn_upright",
]

_LEVELS = np.arange(256, dtype=np.float32)
_COLOURFUL = (np.clip((_LEVELS - 50.0) / 50.0, 0, 1) * 255).astype(np.uint8)
_LIFT_ROOM = (np.clip((_LEVELS - 90.0) / 60.0, 0, 1) * (255 - _LEVELS)).astype(np.uint8)
_COLOUR_CHROMA = 50


def remove_colour_ink(image: np.ndarray) -> np.ndarray:
    """Grey page without red seals and blue signatures, keeping black text under them.

    Start from the brightest channel of each pixel (HSV's value): red and blue inks are bright
    in their own channel and turn pale, while black text, dark in every channel, stays dark
    even where the seal's ink lies over it. What is still grey of a colour ink (a blue
    signature is only mid-bright in its blue channel) is lifted to white in proportion to how
    colourful *and* how bright it is. Black text under a seal is dark, so it is never lifted;
    whitening every saturated pixel would cut exactly those letters.
    """
    if image.ndim == 2:
        return image
    if not _has_colour(image):
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    hsv = cv2.cvtColor(image, cv2.COLOR_BGR2HSV)
    saturation, value = hsv[:, :, 1], hsv[:, :, 2]
    chroma = cv2.multiply(saturation, value, scale=1 / 255)
    lift = cv2.multiply(cv2.LUT(chroma, _COLOURFUL), cv2.LUT(value, _LIFT_ROOM), scale=1 / 255)
    return cv2.add(value, lift)


def _has_colour(image: np.ndarray) -> bool:
    sample = image[::8, ::8].astype(np.int16)
    chroma = sample.max(axis=2) - sample.min(axis=2)
    return int(np.count_nonzero(chroma > _COLOUR_CHROMA)) > sample.shape[0] * sample.shape[1] // 2000


def normalise_background(grey: np.ndarray, dpi: int) -> np.ndarray:
    """Divide by the paper's brightness so the page is evenly white and ink keeps its contrast.

    The paper is estimated on a small copy by a closing larger than any letter (which removes
    the ink), so uneven light, photocopier grey and shadows go, and the cost stays small.
    """
    small = downscale(grey, dpi, 40)  # enough to follow the lighting
    size = max(3, round(0.25 * min(dpi, 40)) | 1)  # ~6 mm, wider than a letter
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
    lut = np.clip((_LEVELS - darkest) * 255.0 / (255.0 - darkest), 0, 255)
    return cv2.LUT(flat, lut.astype(np.uint8))


def downscale(image: np.ndarray, dpi: int, to_dpi: int) -> np.ndarray:
    """A copy at `to_dpi` (area-averaged); the image itself when it is not finer."""
    if dpi <= to_dpi:
        return image
    factor = to_dpi / dpi
    return cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)


def normalise_resolution(grey: np.ndarray, dpi: int, target_dpi: int = 300) -> tuple[
        np.ndarray, int]:
    """Resample to `target_dpi` where the page is over 10% coarser or finer (tesseract's
    models are tuned for letters 20-40 px high)."""
    if abs(dpi - target_dpi) / target_dpi < 0.1:
        return grey, dpi
    factor = target_dpi / dpi
    method = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
    return cv2.resize(grey, None, fx=factor, fy=factor, interpolation=method), target_dpi


def binarise(grey: np.ndarray) -> np.ndarray:
    """Otsu threshold of a background-normalised page (black ink on white)."""
    _, binary = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return binary


_TURNS = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


def turn_upright(image: np.ndarray, orientation: int) -> np.ndarray:
    """Turn the page `orientation` degrees clockwise (0, 90, 180, 270)."""
    return cv2.rotate(image, _TURNS[orientation]) if orientation in _TURNS else image


def turn_matrix(shape: tuple[int, ...], orientation: int) -> np.ndarray:
    """The 2x3 map from pixel coordinates before `turn_upright` to after it."""
    h, w = shape[:2]
    return {
        90: np.array([[0.0, -1.0, h], [1.0, 0.0, 0.0]]),
        180: np.array([[-1.0, 0.0, w], [0.0, -1.0, h]]),
        270: np.array([[0.0, 1.0, 0.0], [-1.0, 0.0, w]]),
    }.get(orientation, np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]))


def rotation_matrix(shape: tuple[int, ...], degrees: float) -> tuple[np.ndarray, tuple[int, int]]:
    """The 2x3 map of `rotate_by` and the (width, height) of its grown canvas."""
    h, w = shape[:2]
    if abs(degrees) < 0.05:
        return np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]), (w, h)
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = round(h * sin + w * cos), round(h * cos + w * sin)
    matrix[0, 2] += (new_w - w) / 2
    matrix[1, 2] += (new_h - h) / 2
    return matrix, (new_w, new_h)


def rotate_by(image: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate counter-clockwise by `degrees` on a canvas grown to keep every corner; the new
    area is white paper."""
    if abs(degrees) < 0.05:
        return image
    matrix, size = rotation_matrix(image.shape, degrees)
    white = (255,) * (image.shape[2] if image.ndim == 3 else 1)
    return cv2.warpAffine(image, matrix, size, flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=white)
