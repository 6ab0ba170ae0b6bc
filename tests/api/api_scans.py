"""Scans to upload, made by the project's own generator (synth): rendered Vietnamese pages
saved as a scanner or a phone would save them."""

from __future__ import annotations

from pathlib import Path

import cv2
from PIL import Image

from hoso.synth.documents import GeneratedDocument, generate_document
from hoso.synth.render import render_page

__all__ = ["write_scan"]


def write_scan(path: Path, label: str, seed: int, *, dpi: int = 200) -> GeneratedDocument:
    """The first page of a generated `label` document as PDF, JPEG or PNG (by suffix)."""
    doc = generate_document(label, seed)
    page = render_page(doc.pages[0], seed=seed, dpi=dpi, signature=len(doc.pages) == 1)
    picture = Image.fromarray(cv2.cvtColor(page.image, cv2.COLOR_BGR2RGB))
    if path.suffix == ".pdf":
        picture.save(path, "PDF", resolution=dpi, quality=80)
    elif path.suffix == ".jpg":
        picture.save(path, quality=85, dpi=(dpi, dpi))
    else:
        picture.convert("L").save(path, dpi=(dpi, dpi))
    return doc
