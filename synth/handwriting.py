"""Ink added to a page after it is printed: handwriting, a numbering machine, a received stamp.

Each function returns an ink density (0 = none, 1 = full) to blend with
`hoso.synth.marks.apply_ink`. Handwriting uses OpenCV's Hershey script strokes (digits and
unaccented letters, as hurried notes in a margin are), each character drawn with its own
size, slant and baseline wobble, so no two strokes of a number look alike.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from hoso.synth.marks import _ink_texture

__all__ = ["PEN_BGR", "STAMP_BGR", "handwriting_density", "numbering_density",
           "received_stamp_density"]

PEN_BGR = (150, 50, 20)  # blue ballpoint
STAMP_BGR = (60, 40, 190)  # red stamp-pad ink
NUMBERING_BGR = (110, 40, 90)  # purple numbering-machine ink

_SCRIPT = cv2.FONT_HERSHEY_SCRIPT_SIMPLEX


def handwriting_density(text: str, height: int, rng: np.random.Generator) -> np.ndarray:
    """`text` written by hand about `height` pixels tall (a capital's height)."""
    scale = height / 22.0  # Hershey glyphs are about 22 units tall at scale 1
    stroke = max(1, round(height / 11))
    pad = height
    widths = [cv2.getTextSize(ch, _SCRIPT, scale, stroke)[0][0] for ch in text]
    canvas = np.zeros((height * 3, sum(widths) + 2 * pad + height * len(text) // 3), np.uint8)
    x = pad
    for ch, width in zip(text, widths, strict=True):
        size = scale * rng.uniform(0.85, 1.15)
        base = round(height * 2 + rng.normal(0, height * 0.06))
        cv2.putText(canvas, ch, (x, base), _SCRIPT, size, 255, stroke, cv2.LINE_AA)
        x += round(width * size / scale + rng.uniform(-0.05, 0.15) * height)
    canvas = _slant(canvas[:, : x + pad], rng.uniform(0.15, 0.35))
    canvas = _rotate(canvas, rng.uniform(-4, 4))
    return _crop(canvas.astype(np.float32) / 255.0) * rng.uniform(0.8, 1.0)


def numbering_density(text: str, height: int, font_path: str,
                      rng: np.random.Generator) -> np.ndarray:
    """Digits pressed by a numbering machine: a bold face, uneven ink, a slight tilt."""
    font = ImageFont.truetype(font_path, max(8, round(height * 1.35)))
    width = round(font.getlength(text)) + height
    img = Image.new("L", (width, height * 2), 0)
    ImageDraw.Draw(img).text((height // 2, height), text, font=font, fill=255, anchor="lm")
    density = np.asarray(img, dtype=np.float32) / 255.0
    density = _rotate((density * 255).astype(np.uint8), rng.uniform(-3, 3)) / 255.0
    return _crop(_ink_texture(density.astype(np.float32), rng, strength=0.45))


def received_stamp_density(agency: str, height: int, font_path: str,
                           rng: np.random.Generator) -> tuple[np.ndarray, dict[str, tuple[int, int]]]:
    """The rectangular "ĐẾN" stamp an office presses on incoming mail, blank slots left for
    the clerk's pen. Returns the density and, per slot (`so`, `ngay`, `gio`), the (x, y)
    where its handwriting starts, in the density's pixels."""
    line = height // 6
    small = ImageFont.truetype(font_path, max(8, round(line * 0.62)))
    big = ImageFont.truetype(font_path, max(8, round(line * 1.05)))
    width = max(round(small.getlength(agency)) + line, round(height * 1.9))
    img = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(img)
    border = max(2, height // 60)
    draw.rectangle((border, border, width - border, height - border), outline=255, width=border)
    draw.text((width // 2, round(line * 0.7)), agency, font=small, fill=255, anchor="mm")
    draw.text((width // 2, round(line * 1.75)), "CÔNG VĂN ĐẾN", font=big, fill=255, anchor="mm")
    slots = {}
    for i, (key, label) in enumerate((("so", "Số:"), ("ngay", "Ngày:"), ("gio", "Giờ:"))):
        y = round(line * (2.9 + i * 1.0))
        draw.text((line // 2, y), label, font=small, fill=255, anchor="lm")
        start = line // 2 + round(small.getlength(label)) + line // 3
        draw.line((start, y + line // 3, width - line // 2, y + line // 3), fill=255,
                  width=max(1, border // 2))
        slots[key] = (start, y)
    density = np.asarray(img, dtype=np.float32) / 255.0
    return _ink_texture(density, rng, strength=0.4) * rng.uniform(0.75, 0.95), slots


def _slant(image: np.ndarray, shear: float) -> np.ndarray:
    h, w = image.shape
    matrix = np.float32([[1, -shear, shear * h], [0, 1, 0]])
    return cv2.warpAffine(image, matrix, (w + round(shear * h), h))


def _rotate(image: np.ndarray, degrees: float) -> np.ndarray:
    h, w = image.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(image, matrix, (w, h))


def _crop(density: np.ndarray) -> np.ndarray:
    ys, xs = np.nonzero(density > 0.05)
    if ys.size == 0:
        return density
    return np.ascontiguousarray(density[ys.min(): ys.max() + 1, xs.min(): xs.max() + 1])
