"""Read the digits written by hand or stamped by a numbering machine into a header slot
(`Số: 115 /NQ-CP`, `ngày 22 tháng 6`), where tesseract, trained on print, reads 115 as 445.

A small neural network over each glyph's ink, 16x16 after cropping and centring, trained on
digits hoso makes or ships (`hoso.classify.digit_data`; retrain with
`python -m hoso.classify.digit_training`). Each digit has a probability of its own; a
reading is only as sure as its least sure digit, which is what lets the header fields say
"check me" instead of being silently wrong.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path

import cv2
import joblib
import numpy as np
from sklearn.neural_network import MLPClassifier

from hoso.errors import ConfigError

__all__ = ["SHIPPED_DIGITS", "DigitModel", "DigitReading", "fit_digit_model", "glyph_vector",
           "load_digit_model", "read_digits", "split_glyphs"]

SHIPPED_DIGITS = Path(str(resources.files("hoso.ocr") / "digits.joblib"))
_SIDE = 16
_FORMAT = 1


@dataclass(frozen=True)
class DigitReading:
    """Digits read left to right, and the probability of the least sure one (0-1)."""

    text: str
    confidence: float


@dataclass(frozen=True, eq=False)
class DigitModel:
    network: MLPClassifier
    trained_on: int
    format: int = _FORMAT

    def classify(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(digit, probability) per glyph vector."""
        proba = self.network.predict_proba(vectors)
        best = proba.argmax(axis=1)
        return self.network.classes_[best], proba[np.arange(len(best)), best]


def glyph_vector(mask: np.ndarray) -> np.ndarray | None:
    """A glyph's ink (bool, True = ink) cropped, centred in a square keeping its aspect,
    and shrunk to 16x16, plus its aspect ratio; None for no ink."""
    ys, xs = np.nonzero(mask)
    if not len(ys):
        return None
    crop = mask[ys.min():ys.max() + 1, xs.min():xs.max() + 1].astype(np.float32)
    h, w = crop.shape
    side = max(h, w)
    square = np.zeros((side, side), np.float32)
    square[(side - h) // 2:(side - h) // 2 + h, (side - w) // 2:(side - w) // 2 + w] = crop
    small = cv2.resize(square, (_SIDE - 2, _SIDE - 2), interpolation=cv2.INTER_AREA)
    vector = np.zeros((_SIDE, _SIDE), np.float32)
    vector[1:-1, 1:-1] = small
    return np.append(vector.ravel(), min(w / h, 2.0) / 2).astype(np.float32)


def fit_digit_model(vectors: np.ndarray, digits: np.ndarray, *, seed: int = 0) -> DigitModel:
    network = MLPClassifier(hidden_layer_sizes=(128,), alpha=1e-3, max_iter=80,
                            early_stopping=True, random_state=seed)
    network.fit(vectors, digits)
    return DigitModel(network, len(digits))


def save_digit_model(model: DigitModel, path: Path = SHIPPED_DIGITS) -> Path:
    joblib.dump(model, path, compress=("xz", 6))
    load_digit_model.cache_clear()
    return path


@functools.lru_cache(maxsize=2)
def load_digit_model(path: Path = SHIPPED_DIGITS) -> DigitModel:
    if not path.exists():
        raise ConfigError(f"no digit recogniser at {path}",
                          hint="run `python -m hoso.classify.digit_training`")
    model = joblib.load(path)
    if not isinstance(model, DigitModel) or model.format != _FORMAT:
        raise ConfigError(f"{path} is not a digit recogniser of this version")
    return model


def split_glyphs(ink: np.ndarray, letter_height: float) -> list[np.ndarray]:
    """The glyphs of a slot's ink (bool), left to right: connected components, specks and
    ruling lines dropped, pieces of one broken stroke merged when they overlap across."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), 8)
    boxes = []
    for i in range(1, count):
        x, _, w, h, _ = stats[i]
        if h < 0.3 * letter_height and w < 0.3 * letter_height:
            continue  # a speck
        if w > 4 * h:
            continue  # a dotted or ruled line under the slot
        boxes.append([x, x + w, [i]])
    boxes.sort(key=lambda b: b[0])
    merged: list[list] = []
    for box in boxes:
        if merged and _overlap(merged[-1], box) > 0.5:
            merged[-1] = [min(merged[-1][0], box[0]), max(merged[-1][1], box[1]),
                          merged[-1][2] + box[2]]
        else:
            merged.append(box)
    glyphs = []
    for _, _, ids in merged:
        glyphs.extend(_split_touching(np.isin(labels, ids)))
    return glyphs


def _split_touching(glyph: np.ndarray) -> list[np.ndarray]:
    """A glyph much wider than tall is digits that touch (a hand that does not lift the
    pen, a blotted stamp): cut it where the fewest ink columns are, near equal widths."""
    ys, xs = np.nonzero(glyph)
    left, width, height = xs.min(), xs.max() - xs.min() + 1, ys.max() - ys.min() + 1
    count = round(width / (0.62 * height))
    if width <= 1.05 * height or count < 2:
        return [glyph]
    columns = glyph[:, left:left + width].sum(axis=0)
    cuts = [left]
    for k in range(1, count):
        guess, window = round(k * width / count), max(1, round(0.18 * width / count))
        lo, hi = max(1, guess - window), min(width - 1, guess + window)
        cuts.append(left + lo + int(np.argmin(columns[lo:hi + 1])))
    cuts.append(left + width)
    pieces = []
    for a, b in pairwise(cuts):
        piece = np.zeros_like(glyph)
        piece[:, a:b] = glyph[:, a:b]
        if piece.any():
            pieces.append(piece)
    return pieces


def _overlap(a: list, b: list) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared / max(1, min(a[1] - a[0], b[1] - b[0]))


def read_digits(ink: np.ndarray, letter_height: float,
                model: DigitModel | None = None) -> DigitReading:
    """The digits in a slot's ink (bool, True = ink), read by `model` (the shipped one)."""
    glyphs = split_glyphs(ink, letter_height)
    vectors = [v for g in glyphs if (v := glyph_vector(g)) is not None]
    if not vectors:
        return DigitReading("", 0.0)
    digits, proba = (model or load_digit_model()).classify(np.array(vectors))
    return DigitReading("".join(str(int(d)) for d in digits), float(proba.min()))
