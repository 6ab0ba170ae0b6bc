"""Digits to train the header-number recogniser on, all made here or shipped with
scikit-learn, so the model can be shipped with hoso:

- handwriting-like digits drawn as pen strokes (a skeleton per digit, jittered, slanted,
  scaled and drawn at a random pen width), as an officer writes the number and the day and
  month into a signed paper's header;
- printed and numbering-machine digits in the Times-, Arial- and Courier-metric fonts the
  machine has, bold and regular, eroded or blotted;
- the handwritten digits of scikit-learn's `load_digits` (UCI, public), upsampled.

`load_digits` is split by index parity: even samples train, odd ones are kept for the bench
(`heldout_sklearn_digits`), so the realistic test pages never carry a digit trained on.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from hoso.ocr.digits import glyph_vector

__all__ = ["draw_stroke_digit", "heldout_sklearn_digits", "training_set"]

# Pen skeletons on a unit box (x right, y down); a digit may have several strokes.
_STROKES: dict[int, tuple[tuple[tuple[float, float], ...], ...]] = {
    0: (((0.5, 0.0), (0.15, 0.2), (0.1, 0.6), (0.3, 0.95), (0.65, 0.95), (0.9, 0.6),
         (0.85, 0.2), (0.5, 0.0), (0.4, 0.05)),),
    1: (((0.3, 0.2), (0.55, 0.0), (0.55, 1.0)),),
    2: (((0.15, 0.25), (0.3, 0.05), (0.6, 0.0), (0.85, 0.2), (0.75, 0.45), (0.15, 1.0),
         (0.9, 0.98)),),
    3: (((0.15, 0.1), (0.5, 0.0), (0.8, 0.15), (0.75, 0.38), (0.45, 0.48), (0.8, 0.6),
         (0.85, 0.85), (0.5, 1.0), (0.15, 0.9)),),
    4: (((0.65, 1.0), (0.65, 0.0), (0.1, 0.68), (0.92, 0.68)),),
    5: (((0.82, 0.0), (0.28, 0.0), (0.22, 0.45), (0.55, 0.38), (0.85, 0.58), (0.8, 0.9),
         (0.45, 1.0), (0.15, 0.88)),),
    6: (((0.75, 0.03), (0.4, 0.1), (0.18, 0.5), (0.2, 0.85), (0.5, 1.0), (0.8, 0.85),
         (0.8, 0.6), (0.5, 0.5), (0.2, 0.66)),),
    7: (((0.1, 0.02), (0.9, 0.0), (0.4, 1.0)),),
    8: (((0.5, 0.48), (0.2, 0.3), (0.25, 0.05), (0.5, 0.0), (0.75, 0.08), (0.75, 0.3),
         (0.5, 0.48), (0.18, 0.7), (0.25, 0.95), (0.5, 1.0), (0.82, 0.9), (0.8, 0.68),
         (0.5, 0.48)),),
    9: (((0.8, 0.32), (0.5, 0.48), (0.2, 0.34), (0.25, 0.08), (0.5, 0.0), (0.8, 0.1),
         (0.8, 0.4), (0.72, 1.0)),),
}
_FONT_FILES = (
    "croscore/Tinos-Regular.ttf", "croscore/Tinos-Bold.ttf", "croscore/Arimo-Regular.ttf",
    "croscore/Arimo-Bold.ttf", "croscore/Cousine-Regular.ttf", "croscore/Cousine-Bold.ttf",
    "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSansMono-Bold.ttf",
    "dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Italic.ttf",
)


def draw_stroke_digit(digit: int, rng: np.random.Generator, height: int = 40) -> np.ndarray:
    """A handwriting-like digit, ink 255 on 0, about `height` pixels tall."""
    width = round(height * rng.uniform(0.55, 0.85))
    canvas = np.zeros((height + 16, width + 24), np.uint8)
    slant = rng.uniform(-0.35, 0.1)  # most hands lean right
    pen = max(1, round(height * rng.uniform(0.05, 0.11)))
    for stroke in _STROKES[digit]:
        points = np.array(stroke) + rng.normal(0, 0.045, (len(stroke), 2))
        points = _smooth(points)
        xs = 12 + (points[:, 0] - slant * (points[:, 1] - 1.0)) * width * 0.8
        ys = 8 + points[:, 1] * height
        curve = np.stack([xs, ys], axis=1).round().astype(np.int32)
        cv2.polylines(canvas, [curve], False, 255, pen, lineType=cv2.LINE_AA)
    if digit == 7 and rng.random() < 0.3:  # the continental crossed seven
        y = 8 + round(height * 0.5)
        cv2.line(canvas, (12 + width // 4, y), (12 + 3 * width // 4, y), 255, pen)
    angle = rng.uniform(-8, 8)
    turn = cv2.getRotationMatrix2D((canvas.shape[1] / 2, canvas.shape[0] / 2), angle, 1.0)
    return cv2.warpAffine(canvas, turn, canvas.shape[::-1])


def _smooth(points: np.ndarray, rounds: int = 2) -> np.ndarray:
    """Chaikin corner cutting: a pen's curve through the skeleton's corners."""
    for _ in range(rounds):
        a, b = points[:-1], points[1:]
        cut = np.empty((2 * len(a), 2))
        cut[0::2], cut[1::2] = 0.75 * a + 0.25 * b, 0.25 * a + 0.75 * b
        points = np.vstack([points[:1], cut, points[-1:]])
    return points


def draw_font_digit(digit: int, font_path: Path, rng: np.random.Generator,
                    height: int = 40) -> np.ndarray:
    """A printed or numbering-machine digit: ink 255 on 0, eroded or blotted at random."""
    font = ImageFont.truetype(str(font_path), round(height * 1.3))
    image = Image.new("L", (height * 2, height * 2), 0)
    ImageDraw.Draw(image).text((height // 3, 0), str(digit), font=font, fill=255)
    ink = np.asarray(image).copy()
    kernel = np.ones((2, 2), np.uint8)
    if rng.random() < 0.25:
        ink = cv2.erode(ink, kernel)
    elif rng.random() < 0.35:
        ink = cv2.dilate(ink, kernel)
    return ink


@functools.cache
def _sklearn_digits() -> tuple[np.ndarray, np.ndarray]:
    from sklearn.datasets import load_digits

    data = load_digits()
    return data.images, data.target


def sklearn_digit_image(image: np.ndarray, height: int = 40) -> np.ndarray:
    """An 8x8 `load_digits` sample (0-16) as a smooth ink picture `height` pixels tall."""
    big = cv2.resize((image * 16).clip(0, 255).astype(np.uint8), (height, height),
                     interpolation=cv2.INTER_CUBIC)
    return cv2.GaussianBlur(big, (5, 5), 0)


def heldout_sklearn_digits() -> tuple[np.ndarray, np.ndarray]:
    """`load_digits`' odd samples: never trained on."""
    images, target = _sklearn_digits()
    return images[1::2], target[1::2]


def _binarise(ink: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """As a 1-bit office scan keeps it, sometimes with specks."""
    mask = (ink > rng.uniform(80, 170)).astype(np.uint8) * 255
    if rng.random() < 0.3:
        specks = rng.random(mask.shape) < 0.004
        mask[specks] = 255
    return mask


def _samples(rng: np.random.Generator, per_digit: int) -> Iterator[tuple[np.ndarray, int]]:
    fonts = [p for name in _FONT_FILES if (p := Path("/usr/share/fonts/truetype") / name)
             .is_file()]
    images, target = _sklearn_digits()
    for digit in range(10):
        for _ in range(per_digit):
            yield draw_stroke_digit(digit, rng, int(rng.integers(24, 56))), digit
        for i in range(per_digit // 3):
            yield draw_font_digit(digit, fonts[i % len(fonts)], rng,
                                  int(rng.integers(24, 48))), digit
    for image, digit in zip(images[0::2], target[0::2], strict=True):
        for _ in range(3):
            yield sklearn_digit_image(image, int(rng.integers(24, 48))), int(digit)


def training_set(seed: int = 0, per_digit: int = 1200) -> tuple[np.ndarray, np.ndarray]:
    """(glyph vectors, digits) for `hoso.ocr.digits.fit_digit_model`."""
    rng = np.random.default_rng(seed)
    rows, labels = [], []
    for ink, digit in _samples(rng, per_digit):
        vector = glyph_vector(_binarise(ink, rng) > 0)
        if vector is not None:
            rows.append(vector)
            labels.append(digit)
    return np.array(rows, np.float32), np.array(labels)
