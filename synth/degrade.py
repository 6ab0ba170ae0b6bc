"""Make a clean rendered page look like what reaches an intake desk.

Each effect is its own small function; `degrade` applies the ones asked for in the order a
real capture adds them (photocopy, lighting, placement on the scanner bed, resolution, noise,
JPEG), and `degrade_random` draws them from seeded ranges.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass

import cv2
import numpy as np

__all__ = ["DegradeParams", "Degraded", "degrade", "degrade_random"]


@dataclass(frozen=True)
class DegradeParams:
    """What was done to a page.

    rotate: degrees clockwise the page was turned (0, 90, 180, 270).
    skew: degrees counter-clockwise the page was tilted (OpenCV's sign).
    dpi_out: resolution after resampling (None keeps the input's).
    noise: standard deviation of added Gaussian noise, in grey levels.
    lighting: strength (0-1) of the uneven illumination gradient.
    blur: Gaussian blur sigma in pixels at the output resolution.
    jpeg_quality: JPEG round-trip at this quality (None: none).
    photocopy: grey, lower contrast, toner specks.
    """

    rotate: int = 0
    skew: float = 0.0
    dpi_out: int | None = None
    noise: float = 0.0
    lighting: float = 0.0
    blur: float = 0.0
    jpeg_quality: int | None = None
    photocopy: bool = False


@dataclass(frozen=True, eq=False)
class Degraded:
    image: np.ndarray
    dpi: int
    params: DegradeParams


def degrade(image: np.ndarray, *, seed: int, rotate: int = 0, skew: float = 0.0,
            dpi_in: int = 300, dpi_out: int | None = None, noise: float = 0.0,
            jpeg_quality: int | None = None, photocopy: bool = False,
            lighting: float = 0.0, blur: float = 0.0) -> np.ndarray:
    """Return a degraded copy of `image` (BGR, or grey where `photocopy`)."""
    rng = np.random.default_rng(seed)
    out = image.copy()
    if photocopy:
        out = _photocopy(out, rng)
    if lighting:
        out = _uneven_light(out, lighting, rng)
    if skew:
        out = _tilt(out, skew)
    if rotate % 360:
        out = _turn(out, rotate)
    if dpi_out and dpi_out != dpi_in:
        scale = dpi_out / dpi_in
        out = cv2.resize(out, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    if noise:
        out = _noise(out, noise, rng)
    if jpeg_quality is not None:
        out = _jpeg(out, jpeg_quality)
    return out


def degrade_random(image: np.ndarray, seed: int, hard: bool = True,
                   dpi_in: int = 300) -> Degraded:
    """Degrade with parameters drawn from seeded ranges; `hard` is the intake desk's worst:
    any turn, skew up to 15 degrees, 200-300 dpi, noise, uneven light, blur, JPEG. (Grey
    photocopies are a kind of their own in synth.testset: they lose the colour that tells a
    seal from text.)"""
    params = draw_params(seed, hard)
    out = degrade(image, seed=seed, dpi_in=dpi_in, **asdict(params))
    return Degraded(out, params.dpi_out or dpi_in, params)


def draw_params(seed: int, hard: bool) -> DegradeParams:
    rng = random.Random(seed)
    if not hard:
        return DegradeParams(skew=rng.uniform(-1.5, 1.5), noise=rng.uniform(0, 3),
                             jpeg_quality=rng.choice([None, 90, 95]))
    return DegradeParams(
        rotate=rng.choice([0, 90, 180, 270]),
        skew=rng.uniform(-15.0, 15.0),
        dpi_out=rng.choice([200, 225, 250, 300]),
        noise=rng.uniform(3.0, 12.0),
        lighting=rng.uniform(0.1, 0.4),
        blur=rng.choice([0.0, 0.0, 0.5, 0.8]),
        jpeg_quality=rng.choice([None, 60, 75, 85]),
    )


def _photocopy(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    low, high = rng.uniform(40, 80), rng.uniform(200, 230)
    out = low + grey.astype(np.float32) * (high - low) / 255.0
    specks = rng.random(grey.shape) < 0.0008
    out[specks] = rng.uniform(0, 90)
    return np.clip(out, 0, 255).astype(np.uint8)


def _uneven_light(image: np.ndarray, strength: float, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    cx, cy = rng.uniform(-0.5, 1.5) * w, rng.uniform(-0.5, 1.5) * h
    ys, xs = np.mgrid[0:h:8, 0:w:8].astype(np.float32)
    dist = np.hypot(xs - cx, ys - cy)
    shade = 1.0 - strength * dist / max(float(dist.max()), 1.0)
    shade = cv2.resize(shade, (w, h), interpolation=cv2.INTER_LINEAR)
    if image.ndim == 3:
        shade = shade[:, :, None]
    return np.clip(image.astype(np.float32) * shade, 0, 255).astype(np.uint8)


def _tilt(image: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate on a larger white scanner bed so no part of the page is cut off."""
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(h * sin + w * cos), int(h * cos + w * sin)
    matrix[0, 2] += new_w / 2 - w / 2
    matrix[1, 2] += new_h / 2 - h / 2
    fill = (255, 255, 255) if image.ndim == 3 else 255
    return cv2.warpAffine(image, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=fill)


def _turn(image: np.ndarray, degrees_clockwise: int) -> np.ndarray:
    turns = (degrees_clockwise // 90) % 4
    return np.ascontiguousarray(np.rot90(image, k=-turns))


def _noise(image: np.ndarray, sigma: float, rng: np.random.Generator) -> np.ndarray:
    grain = rng.normal(0.0, sigma, image.shape[:2]).astype(np.float32)
    if image.ndim == 3:
        grain = grain[:, :, None]
    return np.clip(image.astype(np.float32) + grain, 0, 255).astype(np.uint8)


def _jpeg(image: np.ndarray, quality: int) -> np.ndarray:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise ValueError("JPEG encoding failed")
    decoded = cv2.imdecode(data, cv2.IMREAD_UNCHANGED)
    if decoded is None:
        raise ValueError("JPEG decoding failed")
    return np.asarray(decoded)
