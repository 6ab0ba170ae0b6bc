"""Render Vietnamese text as an A4 administrative page, with its ground truth.

Layout markup, one entry per line (the marker is not part of the text):

    "# TITLE"   centred, bold            "= line"   centred
    "^ line"    bold, centred in the right half (signer's role and name)
    "> line"    italic, centred in the right half (place and date, signing note)
    ""          a blank line              anything else: justified left, wrapped to the width

With `signature` or `seal`, a gap is left above the last line (the signer's name); the blue
signature sits in it and the red seal overlaps the signer's lines to its left.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from hoso.synth.fonts import FontFamily, available_families, find_family
from hoso.synth.marks import SEAL_BGR, SIGNATURE_BGR, apply_ink, seal_density, signature_density

__all__ = ["A4_MM", "RenderedPage", "render_page"]

A4_MM = (210.0, 297.0)
_MARGINS_MM = (30.0, 20.0, 20.0, 20.0)  # left, top, right, bottom: Decree 30/2020 layout
_POINT_SIZE = 13.0
_SIGNATURE_GAP_LINES = 4


@dataclass(frozen=True, eq=False)
class RenderedPage:
    """A generated page: `image` BGR uint8 (A4 at `dpi`), `text` its ground truth (NFC)."""

    image: np.ndarray
    text: str
    dpi: int
    font: str
    seal_box: tuple[int, int, int, int] | None = None  # left, top, width, height


@dataclass(frozen=True)
class _Line:
    text: str
    style: str  # "body", "title", "centre", "right", "right_bold"


_MARKERS = {"# ": "title", "= ": "centre", "^ ": "right_bold", "> ": "right"}


def render_page(lines: Sequence[str], *, seed: int, dpi: int = 300, font: str | None = None,
                seal: bool = False, signature: bool = False) -> RenderedPage:
    """Draw `lines` on a white A4 page; lines that do not fit on the page are left out."""
    rng = np.random.default_rng(seed)
    family = find_family(font) if font else random.Random(seed).choice(available_families())
    px = dpi / 25.4
    width, height = round(A4_MM[0] * px), round(A4_MM[1] * px)
    page = Image.new("L", (width, height), 255)
    layout = _Layout(family, dpi, width)
    parsed = [_parse(line) for line in lines]
    drawn, anchors = layout.draw(ImageDraw.Draw(page), parsed, height,
                                 gap_before_last=seal or signature)
    image = np.ascontiguousarray(np.repeat(np.asarray(page)[:, :, None], 3, axis=2))
    seal_box = None
    if signature and anchors:
        _sign(image, anchors, px, rng)
    if seal and anchors:
        seal_box = _stamp(image, anchors, px, family, lines, rng)
    text = "\n".join(t for t in drawn if t.strip())
    return RenderedPage(image, unicodedata.normalize("NFC", text), dpi, family.name, seal_box)


def _parse(line: str) -> _Line:
    line = unicodedata.normalize("NFC", line)
    for marker, style in _MARKERS.items():
        if line.startswith(marker):
            return _Line(line[len(marker):].strip(), style)
    return _Line(line.strip(), "body")


class _Layout:
    """Places lines top to bottom; knows the fonts and margins at one dpi."""

    def __init__(self, family: FontFamily, dpi: int, width: int) -> None:
        size = round(_POINT_SIZE * dpi / 72)
        self.fonts = {
            "body": ImageFont.truetype(str(family.regular), size),
            "centre": ImageFont.truetype(str(family.regular), size),
            "title": ImageFont.truetype(str(family.bold), round(size * 1.1)),
            "right_bold": ImageFont.truetype(str(family.bold), size),
            "right": ImageFont.truetype(str(family.italic), size),
        }
        px = dpi / 25.4
        self.left, self.top = round(_MARGINS_MM[0] * px), round(_MARGINS_MM[1] * px)
        self.right, self.bottom_margin = width - round(_MARGINS_MM[2] * px), round(
            _MARGINS_MM[3] * px)
        self.pitch = round(size * 1.45)
        self.indent = round(10 * px)

    def draw(self, draw: ImageDraw.ImageDraw, lines: list[_Line], height: int, *,
             gap_before_last: bool) -> tuple[list[str], list[tuple[int, int, int]]]:
        """Draw; return the texts drawn and (x_centre, y_top, width) of the last few lines."""
        y = self.top
        drawn: list[str] = []
        anchors: list[tuple[int, int, int]] = []
        for i, line in enumerate(lines):
            if gap_before_last and i == len(lines) - 1:
                y += self.pitch * _SIGNATURE_GAP_LINES
            for piece in self._wrap(line):
                if y + self.pitch > height - self.bottom_margin:
                    return drawn, anchors
                x, w = self._place(draw, piece, y)
                drawn.append(piece.text)
                anchors.append((x + w // 2, y, w))
                y += self.pitch if piece.text else self.pitch // 2
        return drawn, anchors

    def _wrap(self, line: _Line) -> list[_Line]:
        font = self.fonts[line.style]
        limit = self.right - self.left - (self.indent if line.style == "body" else 0)
        if line.style != "body" or font.getlength(line.text) <= limit:
            return [line]
        pieces, current = [], ""
        for word in line.text.split():
            trial = f"{current} {word}".strip()
            if current and font.getlength(trial) > limit:
                pieces.append(_Line(current, "body"))
                current = word
                limit = self.right - self.left
            else:
                current = trial
        return [*pieces, _Line(current, "body")]

    def _place(self, draw: ImageDraw.ImageDraw, line: _Line, y: int) -> tuple[int, int]:
        font = self.fonts[line.style]
        w = round(font.getlength(line.text))
        if line.style in ("title", "centre"):
            x = (self.left + self.right - w) // 2
        elif line.style in ("right", "right_bold"):
            x = (self.left + self.right) // 2 + ((self.right - self.left) // 2 - w) // 2
        else:
            x = self.left
        draw.text((x, y), line.text, font=font, fill=0)
        return x, w


def _sign(image: np.ndarray, anchors: list[tuple[int, int, int]], px: float,
          rng: np.random.Generator) -> None:
    x_centre, y_last, _ = anchors[-1]
    w, h = round(45 * px), round(20 * px)
    ink = signature_density(w, h, stroke=max(2, round(0.45 * px)), rng=rng)
    top = y_last - h - round(2 * px)
    apply_ink(image, ink, SIGNATURE_BGR, (top, x_centre - w // 2 + round(rng.uniform(-5, 5) * px)))


def _stamp(image: np.ndarray, anchors: list[tuple[int, int, int]], px: float,
           family: FontFamily, lines: Sequence[str], rng: np.random.Generator
           ) -> tuple[int, int, int, int]:
    x_centre, y_last, _ = anchors[-1]
    diameter = round(rng.uniform(34, 40) * px)
    agency = next((_parse(t).text for t in lines if t.startswith("= ")), "ỦY BAN NHÂN DÂN")
    ink = seal_density(agency.upper(), "TP. HÀ NỘI", diameter=diameter,
                       font_path=str(family.bold), rng=rng)
    # Over the left third of the signature and the signer's lines above the gap.
    cx = x_centre - round(rng.uniform(14, 22) * px)
    cy = y_last - round(rng.uniform(17, 24) * px)
    top, left = cy - ink.shape[0] // 2, cx - ink.shape[1] // 2
    apply_ink(image, ink, SEAL_BGR, (top, left))
    return left, top, ink.shape[1], ink.shape[0]
