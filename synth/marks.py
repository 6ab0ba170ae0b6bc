"""Ink marks drawn over a rendered page: a red round seal and a blue signature.

Marks are ink densities (0 = none, 1 = full) blended multiplicatively, as ink on paper is:
black text under a red seal stays black, the paper around it turns red.
"""

from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

__all__ = ["SEAL_BGR", "SIGNATURE_BGR", "apply_ink", "seal_density", "signature_density"]

SEAL_BGR = (48, 38, 205)
SIGNATURE_BGR = (165, 62, 24)


def apply_ink(page: np.ndarray, density: np.ndarray, bgr: tuple[int, int, int],
              top_left: tuple[int, int]) -> None:
    """Multiply `density` of ink of colour `bgr` into `page` (in place), clipped to the page."""
    y, x = top_left
    h, w = density.shape
    y0, x0, y1, x1 = max(y, 0), max(x, 0), min(y + h, page.shape[0]), min(x + w, page.shape[1])
    if y1 <= y0 or x1 <= x0:
        return
    a = density[y0 - y : y1 - y, x0 - x : x1 - x, None]
    ink = np.asarray(bgr, dtype=np.float32) / 255.0
    region = page[y0:y1, x0:x1].astype(np.float32)
    page[y0:y1, x0:x1] = np.clip(region * (1.0 - a + a * ink), 0, 255).astype(np.uint8)


def seal_density(text: str, centre_text: str, *, diameter: int, font_path: str,
                 rng: np.random.Generator) -> np.ndarray:
    """A round seal: two rings, `text` around the top of the ring, a star, `centre_text`."""
    size = diameter + 8
    img = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(img)
    c, r = size / 2, diameter / 2
    ring = max(3, diameter // 45)
    draw.ellipse((c - r, c - r, c + r, c + r), outline=255, width=ring)
    inner = r * 0.70
    draw.ellipse((c - inner, c - inner, c + inner, c + inner), outline=255, width=max(2, ring // 2))
    _draw_ring_text(img, text, centre=(c, c), radius=(r + inner) / 2,
                    height=int((r - inner) * 0.62), font_path=font_path)
    _draw_star(draw, (c, c - inner * 0.38), inner * 0.22)
    font = ImageFont.truetype(font_path, max(8, int(inner * 0.17)))
    draw.text((c, c + inner * 0.2), centre_text, font=font, fill=255, anchor="mm")
    density = np.asarray(img, dtype=np.float32) / 255.0
    return _ink_texture(density, rng, strength=0.3) * rng.uniform(0.85, 1.0)


def _draw_ring_text(img: Image.Image, text: str, *, centre: tuple[float, float],
                    radius: float, height: int, font_path: str) -> None:
    font = ImageFont.truetype(font_path, max(8, height))
    widths = [font.getlength(ch) for ch in text]
    # Letters spread over 300 degrees of the ring, centred on the top.
    span = min(300.0, math.degrees(sum(widths) * 1.15 / radius))
    angle = -90.0 - span / 2
    scale = span / max(sum(widths), 1.0)
    for ch, width in zip(text, widths, strict=True):
        mid = angle + width * scale / 2
        glyph = Image.new("L", (height * 3, height * 3), 0)
        ImageDraw.Draw(glyph).text((height * 1.5, height * 1.5), ch, font=font, fill=255,
                                   anchor="mm")
        glyph = glyph.rotate(-(mid + 90), resample=Image.Resampling.BICUBIC)
        gx = centre[0] + radius * math.cos(math.radians(mid)) - glyph.width / 2
        gy = centre[1] + radius * math.sin(math.radians(mid)) - glyph.height / 2
        img.paste(255, (int(gx), int(gy)), glyph)
        angle += width * scale


def _draw_star(draw: ImageDraw.ImageDraw, centre: tuple[float, float], radius: float) -> None:
    points = []
    for k in range(10):
        r = radius if k % 2 == 0 else radius * 0.4
        a = math.radians(-90 + k * 36)
        points.append((centre[0] + r * math.cos(a), centre[1] + r * math.sin(a)))
    draw.polygon(points, fill=255)


def _ink_texture(density: np.ndarray, rng: np.random.Generator, strength: float) -> np.ndarray:
    """Uneven ink: low-frequency blotches, as a stamp pressed unevenly leaves."""
    h, w = density.shape
    coarse = rng.random((max(2, h // 24), max(2, w // 24))).astype(np.float32)
    blotch = cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(density * (1.0 - strength * blotch), 0.0, 1.0)


def signature_density(width: int, height: int, *, stroke: int,
                      rng: np.random.Generator) -> np.ndarray:
    """A handwritten-looking scribble: a few joined Bézier loops and an underline."""
    canvas = np.zeros((height, width), dtype=np.uint8)
    x = width * 0.08
    points = []
    for _ in range(int(rng.integers(3, 6))):
        p0 = np.array([x, height * rng.uniform(0.35, 0.65)])
        p1 = np.array([x + width * rng.uniform(0.02, 0.2), height * rng.uniform(0.0, 0.3)])
        p2 = np.array([x + width * rng.uniform(-0.05, 0.15), height * rng.uniform(0.7, 1.0)])
        x = min(width * 0.92, x + width * rng.uniform(0.12, 0.25))
        p3 = np.array([x, height * rng.uniform(0.35, 0.65)])
        points.extend(_bezier(p0, p1, p2, p3))
    curve = np.array(points, dtype=np.int32).reshape(-1, 1, 2)
    cv2.polylines(canvas, [curve], False, 255, thickness=stroke, lineType=cv2.LINE_AA)
    y = int(height * rng.uniform(0.7, 0.85))
    cv2.line(canvas, (int(width * 0.1), y), (int(width * 0.85), y - int(height * 0.08)), 255,
             thickness=stroke, lineType=cv2.LINE_AA)
    return canvas.astype(np.float32) / 255.0 * rng.uniform(0.8, 1.0)


def _bezier(p0: np.ndarray, p1: np.ndarray, p2: np.ndarray, p3: np.ndarray) -> list[np.ndarray]:
    t = np.linspace(0.0, 1.0, 40)[:, None]
    curve = (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t**2 * p2 + t**3 * p3
    return list(curve)
