"""Labelled test pages: a rendered page, degraded one way (or every way), and its text.

Kinds of page, each drawn from its own seeded ranges:

    clean      rendered at 300 dpi, nothing else
    seal       red seal over the signer's lines and a blue signature
    rotation   fed turned by 90, 180 or 270 degrees
    skew       tilted up to 15 degrees either way
    low_dpi    captured at 200 dpi
    noise      sensor noise and slight blur
    photocopy  grey photocopy with uneven light
    grey_seal  grey photocopy of a sealed, signed page (the seal's colour is lost)
    jpeg       JPEG at quality 40-60
    hard       seal, signature and all of the above drawn at random (synth.degrade_random)

and the realistic office pages of `hoso.synth.office` (OFFICE_KINDS: office_clean,
office_1bit, office_stamped, office_handwritten, office_photocopy, office_phone,
office_coarse): Nghị định 30 layout in a Times-metric face, received stamps, handwritten or
machine-stamped numbers and dates, 1-bit G4 scans, photocopies, phone photos.

`write_pages` saves each page as PNG with `<name>.gt.txt` (ground truth) and `<name>.json`
(what was done to it) beside it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import cv2
import numpy as np

from hoso.synth.corpus import page_lines
from hoso.synth.degrade import DegradeParams, degrade, draw_params
from hoso.synth.office import OFFICE_KINDS, render_office_page
from hoso.synth.render import render_page

__all__ = ["KINDS", "OFFICE_KINDS", "LabelledPage", "make_page", "write_pages"]

KINDS = ("clean", "seal", "rotation", "skew", "low_dpi", "noise", "photocopy", "grey_seal",
         "jpeg", "hard")


@dataclass(frozen=True, eq=False)
class LabelledPage:
    name: str
    kind: str
    image: np.ndarray
    dpi: int
    text: str
    font: str
    seal: bool
    params: DegradeParams


def _params(kind: str, rng: random.Random, seed: int) -> DegradeParams:
    match kind:
        case "clean" | "seal":
            return DegradeParams()
        case "rotation":
            return DegradeParams(rotate=rng.choice([90, 180, 270]))
        case "skew":
            return DegradeParams(skew=rng.choice([-1, 1]) * rng.uniform(2.0, 15.0))
        case "low_dpi":
            return DegradeParams(dpi_out=200)
        case "noise":
            return DegradeParams(noise=rng.uniform(8.0, 14.0), blur=0.8)
        case "photocopy" | "grey_seal":
            return DegradeParams(photocopy=True, lighting=rng.uniform(0.25, 0.45))
        case "jpeg":
            return DegradeParams(jpeg_quality=rng.randint(40, 60))
        case "hard":
            return draw_params(seed, hard=True)
    raise ValueError(f"unknown kind of test page: {kind}")


def make_page(kind: str, seed: int) -> LabelledPage:
    """The test page `kind` number `seed`: same arguments, same pixels."""
    if kind in OFFICE_KINDS:
        office = render_office_page(seed, kind)
        return LabelledPage(office.name, kind, office.image, office.dpi, office.truth.text,
                            "Tinos", True, DegradeParams(dpi_out=office.dpi))
    rng = random.Random(f"{kind}-{seed}")
    marked = kind in ("seal", "grey_seal", "hard")
    rendered = render_page(page_lines(seed), seed=seed, seal=marked, signature=marked)
    params = _params(kind, rng, seed)
    image = degrade(rendered.image, seed=seed, dpi_in=rendered.dpi, **asdict(params))
    return LabelledPage(f"{kind}-{seed:04d}", kind, image, params.dpi_out or rendered.dpi,
                        rendered.text, rendered.font, marked, params)


def write_pages(out_dir: Path, kinds: Iterable[str], count: int, first_seed: int = 0
                ) -> list[Path]:
    """Write `count` pages of each kind; return the image paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in kinds:
        for seed in range(first_seed, first_seed + count):
            page = make_page(kind, seed)
            path = out_dir / f"{page.name}.png"
            cv2.imwrite(str(path), page.image, [cv2.IMWRITE_PNG_COMPRESSION, 1])
            path.with_suffix(".gt.txt").write_text(page.text + "\n", encoding="utf-8")
            meta = {"kind": kind, "dpi": page.dpi, "font": page.font, "seal": page.seal,
                    **asdict(page.params)}
            path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1))
            written.append(path)
    return written
