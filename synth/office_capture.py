"""How an office captures a marked page: scanner, photocopier, phone.

Each capture takes the 300-dpi colour page and returns the captured pixels, their dpi, and
the 3x3 matrix taking a point of the page to the captured picture (to carry mark boxes
along). `group4_pdf` stores a 1-bit picture as office scanners do: CCITT G4 inside a PDF.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from hoso.synth.degrade import _jpeg, _noise, _uneven_light

__all__ = [
    "Captured",
    "bilevel_scan",
    "coarse_scan",
    "colour_scan",
    "group4_pdf",
    "phone_photo",
    "photocopy",
]


@dataclass(frozen=True, eq=False)
class Captured:
    image: np.ndarray  # BGR, or grey (2-D) for grey and 1-bit captures
    dpi: int
    matrix: np.ndarray  # 3x3, page pixels at 300 dpi -> captured pixels


def _scale(factor: float) -> np.ndarray:
    return np.diag([factor, factor, 1.0])


def _resample(image: np.ndarray, dpi_in: int, dpi_out: int) -> np.ndarray:
    factor = dpi_out / dpi_in
    return cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)


def colour_scan(page: np.ndarray, rng: np.random.Generator, *, grey: bool) -> Captured:
    """A flatbed scan at 300 dpi: a little sensor noise, in colour or grey."""
    image = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY) if grey else page
    image = _noise(cv2.GaussianBlur(image, (0, 0), 0.6), rng.uniform(2, 5), rng)
    return Captured(image, 300, np.eye(3))


def bilevel_scan(page: np.ndarray, rng: np.random.Generator, dpi: int = 200) -> Captured:
    """An office scanner's default: 200 dpi, 1 bit, a fixed threshold (red seals turn black,
    thin strokes break up)."""
    grey = _resample(cv2.cvtColor(page, cv2.COLOR_BGR2GRAY), 300, dpi)
    grey = _noise(cv2.GaussianBlur(grey, (0, 0), 0.5), rng.uniform(4, 10), rng)
    threshold = rng.uniform(140, 175)
    image = np.where(grey < threshold, 0, 255).astype(np.uint8)
    return Captured(image, dpi, _scale(dpi / 300))


def photocopy(page: np.ndarray, rng: np.random.Generator, generations: int) -> Captured:
    """A copy of a copy: each pass greys, thickens and shifts the toner a little, adds specks
    and lets the light fall off towards one side."""
    image = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    matrix = np.eye(3)
    for _ in range(generations):
        shift = np.float32([[1, 0, rng.uniform(-6, 6)], [0, 1, rng.uniform(-6, 6)]])
        angle = rng.uniform(-0.4, 0.4)
        turn = cv2.getRotationMatrix2D((image.shape[1] / 2, image.shape[0] / 2), angle, 1.0)
        turn[:, 2] += shift[:, 2]
        image = cv2.warpAffine(image, turn, image.shape[::-1], borderValue=255)
        matrix = np.vstack([turn, [0, 0, 1]]) @ matrix
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.6, 1.0))
        lut = np.clip((np.arange(256) / 255.0) ** rng.uniform(1.3, 1.8) * 255 * 1.08, 0, 255)
        image = lut.astype(np.uint8)[image]
        image = _uneven_light(image, rng.uniform(0.1, 0.25), rng)
        specks = rng.random(image.shape) < 0.0006
        image[specks] = rng.integers(0, 100)
    return Captured(_noise(image, 3.0, rng), 300, matrix)


def phone_photo(page: np.ndarray, rng: np.random.Generator) -> Captured:
    """A phone held over a desk: perspective, the phone's shadow, warm light, JPEG."""
    h, w = page.shape[:2]
    out_w, out_h = 2480, 3300  # about 240 dpi over the page, an 8-12 MP photo
    border = 0.06
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    jitter = rng.uniform(-0.045, 0.045, (4, 2)) * [out_w, out_h]
    target = np.float32([[out_w * border, out_h * border], [out_w * (1 - border), out_h * border],
                         [out_w * (1 - border), out_h * (1 - border)],
                         [out_w * border, out_h * (1 - border)]]) + jitter.astype(np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    desk = tuple(int(v) for v in rng.integers(60, 120, 3))
    image = cv2.warpPerspective(page, matrix, (out_w, out_h), flags=cv2.INTER_AREA,
                                borderValue=desk)
    image = _shadow(image, rng)
    image = np.clip(image.astype(np.float32) * [0.9, 0.97, 1.04], 0, 255).astype(np.uint8)
    image = _noise(cv2.GaussianBlur(image, (0, 0), rng.uniform(0.6, 1.1)), 4.0, rng)
    dpi = round(300 * np.linalg.norm(target[1] - target[0]) / w)
    return Captured(_jpeg(image, int(rng.integers(75, 90))), dpi, matrix)


def _shadow(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A soft-edged shadow over one corner region, and light falling off across the page."""
    h, w = image.shape[:2]
    mask = np.zeros((h // 8, w // 8), np.float32)
    x0, y0 = int(rng.integers(0, w // 16)), int(rng.integers(0, h // 16))
    pts = np.int32([[x0, y0], [x0 + w // 8 * rng.uniform(0.3, 0.7), y0],
                    [x0 + w // 8 * rng.uniform(0.1, 0.4), h // 8], [x0, h // 8]])
    cv2.fillPoly(mask, [pts], 1.0)
    mask = cv2.resize(cv2.GaussianBlur(mask, (0, 0), w / 8 / 30), (w, h))
    depth = rng.uniform(0.25, 0.45)
    shaded = image.astype(np.float32) * (1 - depth * mask)[:, :, None]
    return _uneven_light(np.clip(shaded, 0, 255).astype(np.uint8), rng.uniform(0.15, 0.3), rng)


def coarse_scan(page: np.ndarray, rng: np.random.Generator) -> Captured:
    """A 100-dpi grey scan, slightly out of focus and JPEG-compressed: the kind of page that
    reads as garbage at a confident-looking score."""
    grey = _resample(cv2.cvtColor(page, cv2.COLOR_BGR2GRAY), 300, 100)
    grey = cv2.GaussianBlur(grey, (0, 0), rng.uniform(0.7, 1.1))
    return Captured(_jpeg(_noise(grey, 3.0, rng), 70), 100, _scale(100 / 300))


def group4_pdf(bilevel: np.ndarray, dpi: int) -> bytes:
    """A 1-bit picture as a one-page PDF holding it CCITT G4-compressed (img2pdf wraps the
    G4 TIFF's data without decoding it)."""
    import img2pdf  # test extra: only test-page generation needs it

    tiff = io.BytesIO()
    Image.fromarray(bilevel).convert("1").save(tiff, format="TIFF", compression="group4",
                                               dpi=(dpi, dpi))
    # No date, and img2pdf's own writer (pikepdf's adds a random /ID): same page, same bytes.
    return img2pdf.convert(tiff.getvalue(), nodate=True, engine=img2pdf.Engine.internal)
