"""The bundled sample scans under `samples/`: two small dossiers as an intake desk gets them.

    python -m hoso.synth.samples [FOLDER]      (re)writes them; the same pages every time

Each dossier is a folder with `dossier.json` (its intake metadata) and its scans: a scanned
PDF, a phone photo (JPEG) with a seal and a skew, a PNG copy of an ID card, and a multi-page
TIFF with a page fed upside down.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from hoso.synth.degrade import degrade
from hoso.synth.documents import GeneratedDocument, generate_document
from hoso.synth.render import render_page

__all__ = ["SAMPLE_DOSSIERS", "SampleScan", "write_samples"]


@dataclass(frozen=True)
class SampleScan:
    """One file of a sample dossier: which document, how it was captured, how it is saved."""

    filename: str
    label: str
    seed: int
    dpi: int = 300
    skew: float = 0.0
    rotate: int = 0
    noise: float = 4.0
    seal: bool = False


SAMPLE_DOSSIERS: dict[str, dict[str, object]] = {
    "000.00.19.H12-241202-0001": {
        "procedure": "1.004227", "desk": "UBND phường Bến Nghé", "operator": "nv.lan",
        "scans": (
            SampleScan("to-khai-khai-sinh.pdf", "to_khai", 11, dpi=300, skew=2.5),
            SampleScan("giay-khai-sinh.jpg", "giay_khai_sinh", 12, dpi=200, skew=-6.0,
                       seal=True),
            SampleScan("can-cuoc.png", "can_cuoc", 13, dpi=150, skew=1.0, noise=0.0),
        ),
    },
    "000.00.19.H12-241202-0002": {
        "procedure": "1.004873", "desk": "Bộ phận một cửa quận Thanh Xuân", "operator": "nv.hung",
        "scans": (
            SampleScan("ho-so-xac-nhan.tiff", "don_de_nghi", 21, dpi=200, rotate=180),
            SampleScan("quyet-dinh.pdf", "quyet_dinh", 22, dpi=300, skew=-3.0, seal=True),
        ),
    },
}


def scan_pages(scan: SampleScan) -> tuple[GeneratedDocument, list[np.ndarray]]:
    """The document's pages rendered and captured as the scan describes (grey or colour)."""
    doc = generate_document(scan.label, scan.seed)
    images = []
    for number, lines in enumerate(doc.pages):
        last = number == len(doc.pages) - 1
        page = render_page(lines, seed=scan.seed * 10 + number, dpi=scan.dpi,
                           seal=scan.seal and last, signature=doc.signature and last)
        images.append(degrade(page.image, seed=scan.seed + number, rotate=scan.rotate,
                              skew=scan.skew, dpi_in=scan.dpi, noise=scan.noise))
    return doc, images


def _pil(image: np.ndarray) -> Image.Image:
    if image.ndim == 2:
        return Image.fromarray(image)
    return Image.fromarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB))


def save_scan(images: list[np.ndarray], path: Path, dpi: int) -> None:
    pages = [_pil(i) for i in images]
    if path.suffix == ".pdf":
        pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                      quality=80)
    elif path.suffix == ".tiff":
        pages[0].save(path, save_all=True, append_images=pages[1:], compression="tiff_jpeg",
                      dpi=(dpi, dpi))
    elif path.suffix == ".jpg":
        pages[0].save(path, quality=82, dpi=(dpi, dpi))
    else:
        pages[0].convert("L").save(path, optimize=True, dpi=(dpi, dpi))


def write_samples(folder: Path) -> list[Path]:
    """Write every sample dossier under `folder`; returns the dossier folders."""
    written = []
    for code, spec in SAMPLE_DOSSIERS.items():
        target = folder / code
        target.mkdir(parents=True, exist_ok=True)
        applicant: dict[str, str] = {}
        for scan in spec["scans"]:  # type: ignore[attr-defined]
            doc, images = scan_pages(scan)
            save_scan(images, target / scan.filename, scan.dpi)
            applicant = applicant or {k: doc.fields[k] for k in ("name", "id_number")
                                      if k in doc.fields}
        meta = {"code": code, "procedure": spec["procedure"], "desk": spec["desk"],
                "operator": spec["operator"], "applicant_name": applicant.get("name", ""),
                "applicant_id": applicant.get("id_number", ""),
                "received_at": "2024-12-02T08:30:00+07:00"}
        (target / "dossier.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(str(resources.files("hoso.samples")))
    for path in write_samples(out):
        print(path)
