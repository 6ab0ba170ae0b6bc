"""How a page lies: turned by a multiple of 90 degrees, and tilted (skew).

Both come from the ink of a small copy (about 150 dpi), so they cost milliseconds:

- Skew: text lines make the ink's projection onto the lines' normal peaky. Ink pixels are
  projected (as points, no image rotation) at angles 0.5 degrees apart over +-16 degrees,
  then 0.05 degrees apart around the best one; the sharpest profile (largest sum of squared
  bin counts) wins. Doing the same on the page turned by 90 degrees tells whether lines run
  across or down the page.
- Upside down: in Vietnamese (as in Latin scripts generally) the band above a line's
  x-height holds ascenders, capitals and most tone marks, the band below only descenders and
  the dot below (nặng); the heavier band is the top.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from hoso.ocr.preprocess import rotate_by, turn_upright

__all__ = ["WORK_DPI", "PagePose", "find_pose", "find_skew", "upright_evidence"]

WORK_DPI = 150
_MAX_SKEW = 16.0
_COARSE_POINTS = 40_000
_FINE_POINTS = 250_000


@dataclass(frozen=True)
class PagePose:
    """orientation: degrees clockwise to turn the page upright; skew: degrees the turned page's
    lines rise to the right (deskew rotates by -skew); upright_ratio: top/bottom band ink."""

    orientation: int
    skew: float
    upright_ratio: float
    lines_found: bool


def find_pose(small: np.ndarray) -> PagePose:
    """The pose of a background-normalised grey page, given at about WORK_DPI."""
    mask = _ink(small)
    across = find_skew(mask)
    down = find_skew(np.ascontiguousarray(np.rot90(mask, k=-1)))
    turn, (skew, score) = (0, across) if across[1] >= down[1] else (90, down)
    if score <= 0:
        return PagePose(0, 0.0, 1.0, False)
    levelled = rotate_by(turn_upright(small, turn), -skew)
    ratio = upright_evidence(_ink(levelled))
    if ratio < 1.0:
        turn = (turn + 180) % 360
    return PagePose(turn, skew, ratio, True)


def _ink(grey: np.ndarray) -> np.ndarray:
    _, mask = cv2.threshold(grey, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if mask.mean() > 0.3:  # an Otsu split of an empty page picks up noise
        mask = (grey < 128).astype(np.uint8)
    return mask


def find_skew(mask: np.ndarray) -> tuple[float, float]:
    """(degrees the lines rise to the right, sharpness score) of a 0/1 ink mask."""
    ys, xs = np.nonzero(mask)
    if xs.size < 200:
        return 0.0, 0.0
    rng = np.random.default_rng(0)
    coarse_angles = np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 0.5)
    best, _ = _best_angle(_sample(xs, ys, _COARSE_POINTS, rng), coarse_angles)
    fine_angles = np.arange(best - 0.5, best + 0.51, 0.05)
    return _best_angle(_sample(xs, ys, _FINE_POINTS, rng), fine_angles)


def _sample(xs: np.ndarray, ys: np.ndarray, limit: int, rng: np.random.Generator
            ) -> tuple[np.ndarray, np.ndarray]:
    if xs.size <= limit:
        return xs.astype(np.float32), ys.astype(np.float32)
    pick = rng.choice(xs.size, limit, replace=False)
    return xs[pick].astype(np.float32), ys[pick].astype(np.float32)


def _best_angle(points: tuple[np.ndarray, np.ndarray], angles: np.ndarray
                ) -> tuple[float, float]:
    xs, ys = points
    n = float(xs.size)
    best_angle, best_score = 0.0, -1.0
    for angle in angles:
        rad = math.radians(float(angle))
        proj = xs * math.sin(rad) + ys * math.cos(rad)
        counts = np.bincount((proj - proj.min()).astype(np.int32))
        score = float(np.dot(counts, counts)) / (n * n)
        if score > best_score:
            best_angle, best_score = float(angle), score
    return best_angle, best_score


def upright_evidence(mask: np.ndarray) -> float:
    """Ink in the bands just above line cores over ink just below: > 1 means upright."""
    profile = np.convolve(mask.sum(axis=1).astype(np.float32), np.ones(3) / 3, mode="same")
    if not profile.any():
        return 1.0
    core = profile > 0.45 * np.percentile(profile[profile > 0], 90)
    above = below = 1.0
    for top, bottom in _runs(core):
        height = bottom - top
        if height < 3:
            continue
        band = max(2, int(0.8 * height))
        above += float(profile[max(0, top - band) : top].sum())
        below += float(profile[bottom : bottom + band].sum())
    return above / below


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    padded = np.concatenate(([0], flags.astype(np.int8), [0]))
    edges = np.flatnonzero(np.diff(padded))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))
