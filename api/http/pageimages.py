"""Pictures of pages for people: thumbnails and page views, made on demand from the original.

A page's picture is not stored by the pipeline, so it is rasterised from the original at a
low resolution when first asked for, turned upright as the OCR found it, scaled to one of a
few widths and kept as a JPEG in a disk cache (`HOSO_HOME/cache/pages`). The cache is keyed by
the original's SHA-256, the page index, the OCR result and the width, so it never goes stale
and can be deleted at any time; it is not content the archive vouches for, hence not a blob.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import threading
from pathlib import Path

import cv2
import numpy as np

from hoso.archive import BlobStore, Catalog
from hoso.archive.records import PageTask
from hoso.errors import BackendError
from hoso.ocr.rasterise import rasterise_page
from hoso.ocr.settings import OcrSettings

__all__ = ["WIDTHS", "PageImages"]

WIDTHS = (200, 400, 800, 1200, 1600)
_A4_WIDTH_INCH = 210 / 25.4
_ROTATIONS = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180,
              270: cv2.ROTATE_90_COUNTERCLOCKWISE}


def snap_width(width: int) -> int:
    return next((w for w in WIDTHS if w >= width), WIDTHS[-1])


class PageImages:
    def __init__(self, store: BlobStore, catalog: Catalog, ocr: OcrSettings, cache_dir: Path,
                 *, max_parallel: int = 2) -> None:
        self.store, self.catalog, self.ocr = store, catalog, ocr
        self.cache_dir = cache_dir
        # Rasterising is CPU work shared with the OCR workers; a page full of thumbnails
        # must not take every core.
        self._slots = threading.BoundedSemaphore(max_parallel)

    def jpeg(self, page_id: str, ocr_sha256: str | None, width: int) -> Path:
        """A cached JPEG of the page, about `width` pixels wide (see WIDTHS)."""
        width = snap_width(width)
        task = self.catalog.page_task(page_id)
        key = f"{task.source_sha256}-{task.index_in_file}-{(ocr_sha256 or 'raw')[:16]}-{width}"
        path = self.cache_dir / key[:2] / f"{key}.jpg"
        if not path.is_file():
            with self._slots:
                pixels = self._render(task, self._orientation(ocr_sha256), width)
            _write_atomically(path, _encode(pixels))
        return path

    def _orientation(self, ocr_sha256: str | None) -> int:
        if not ocr_sha256:
            return 0
        return int(json.loads(self.store.read_bytes(ocr_sha256)).get("orientation", 0))

    def _render(self, task: PageTask, turn: int, width: int) -> np.ndarray:
        dpi = max(30, min(150, math.ceil(width / _A4_WIDTH_INCH)))
        with self.store.local_path(task.source_sha256, name=task.filename) as path:
            image = rasterise_page(path, task.media_type, task.index_in_file, dpi,
                                   timeout_s=self.ocr.timeout_s)
        pixels = image.pixels
        if turn in _ROTATIONS:
            pixels = cv2.rotate(pixels, _ROTATIONS[turn])
        if pixels.shape[1] > width:
            height = max(1, round(pixels.shape[0] * width / pixels.shape[1]))
            pixels = cv2.resize(pixels, (width, height), interpolation=cv2.INTER_AREA)
        return pixels


def _encode(pixels: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".jpg", pixels, [cv2.IMWRITE_JPEG_QUALITY, 80])
    if not ok:
        raise BackendError("could not encode a page picture as JPEG")
    return data.tobytes()


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
