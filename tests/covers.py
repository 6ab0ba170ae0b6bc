"""Stacks of scanned papers behind QR cover sheets, as a desk scans them in one go: each
sheet printed (the QR code segno makes, the dossier code in words), then scanned slightly
askew with noise, the papers behind it rendered by the project's own generator."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import segno
from PIL import Image

from hoso.ingest.cover import CoverSheet
from hoso.synth.degrade import degrade
from hoso.synth.render import render_page

__all__ = ["cover_page", "write_stack"]

DPI = 200
A4 = (1654, 2339)  # pixels at 200 dpi


def cover_page(sheet: CoverSheet, *, seed: int) -> np.ndarray:
    """A printed cover sheet as scanned: a 6 cm QR code near the top, askew, with noise."""
    qr = io.BytesIO()
    segno.make(sheet.text, error="m").save(qr, kind="png", scale=16, border=4)
    code = Image.open(qr).convert("L").resize((472, 472), Image.NEAREST)
    page = Image.new("L", A4, 255)
    page.paste(code, ((A4[0] - 472) // 2, 300))
    bgr = cv2.cvtColor(np.array(page), cv2.COLOR_GRAY2BGR)
    return degrade(bgr, seed=seed, skew=1.5, dpi_in=DPI, noise=3.0)


def _paper(lines: tuple[str, ...], seed: int) -> np.ndarray:
    return degrade(render_page(lines, seed=seed, dpi=DPI).image, seed=seed, dpi_in=DPI,
                   noise=2.0)


def write_stack(path: Path, parts: list[tuple[CoverSheet | None, list[tuple[str, ...]]]],
                *, seed: int = 1) -> Path:
    """A PDF (or multi-page TIFF, by suffix) of each part's cover sheet and papers."""
    images = []
    for n, (sheet, papers) in enumerate(parts):
        if sheet is not None:
            images.append(cover_page(sheet, seed=seed + 100 * n))
        images += [_paper(lines, seed + 100 * n + k) for k, lines in enumerate(papers)]
    pictures = [Image.fromarray(cv2.cvtColor(i, cv2.COLOR_BGR2RGB)) for i in images]
    if path.suffix == ".pdf":
        pictures[0].save(path, "PDF", resolution=DPI, save_all=True,
                         append_images=pictures[1:], quality=85)
    else:
        grey = [p.convert("L") for p in pictures]
        grey[0].save(path, "TIFF", save_all=True, append_images=grey[1:],
                     compression="tiff_adobe_deflate", dpi=(DPI, DPI))
    return path
