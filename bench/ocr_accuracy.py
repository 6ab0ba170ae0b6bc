"""OCR accuracy on generated intake pages: raw tesseract vs hoso's pipeline, per degradation.

    python bench/ocr_accuracy.py                       # 5 pages per kind + 40 hard pages
    python bench/ocr_accuracy.py --per-kind 3 --hard 10 --variants all
    python bench/ocr_accuracy.py --office 6 --hard 0 --kinds '' --variants fast,best_int,standard

`--office N` adds N pages of each realistic office kind (synth.office: 1-bit G4 scans,
received stamps, handwritten numbers, photocopies, phone photos, 100-dpi blurred scans);
their table also gives word recall (any order: what a search finds) and how well "needs
review" (tesseract's confidence, the garbage score, either) picks out the pages hoso read
badly (word recall under --bad-recall).

Pages come from synth.testset (seeded: the same command measures the same pages). Character
and word error rates are computed after NFC normalisation and whitespace folding
(ocr.metrics). `raw` is `tesseract -l vie` on the page as captured (told its dpi); `hoso` is
ocr.read_page. Variants (--variants) swap one preprocessing step or setting to measure it alone.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from multiprocessing import Pool
from pathlib import Path

import cv2
import numpy as np

from hoso.ocr import OcrSettings, read_page
from hoso.ocr.engine import EngineRequest
from hoso.ocr.metrics import cer, wer, word_recall
from hoso.ocr.pose import WORK_DPI, find_pose
from hoso.ocr.postcorrect import correct_page
from hoso.ocr.prepare import PreparedPage
from hoso.ocr.preprocess import (
    downscale,
    normalise_background,
    normalise_resolution,
    remove_colour_ink,
    rotate_by,
    turn_upright,
)
from hoso.ocr.read import TESSERACT, choose_psm
from hoso.ocr.tools import run_tool
from hoso.records import PageImage
from hoso.synth.testset import KINDS, OFFICE_KINDS, make_page

SETTINGS = OcrSettings(pdf=False)
TIMEOUT = 600.0
TESSDATA = Path(os.environ.get("HOSO_BENCH_TESSDATA",
                               Path.home() / ".cache" / "hoso" / "tessdata")).expanduser()


def raw_tesseract(image: np.ndarray, dpi: int) -> str:
    ok, data = cv2.imencode(".pgm" if image.ndim == 2 else ".ppm", image)
    assert ok
    out = run_tool(["tesseract", "stdin", "stdout", "-l", "vie", "--dpi", str(dpi)],
                   timeout_s=TIMEOUT, what="raw", stdin=data.tobytes(),
                   env={"OMP_THREAD_LIMIT": "1"})
    return out.decode("utf-8", "replace")


def _ablated(image: PageImage, settings: OcrSettings, skip: str) -> str:
    """hoso's preparation with one step replaced by the plain alternative, then tesseract."""
    pixels = image.pixels
    if skip == "no_colour_removal" and pixels.ndim == 3:
        grey = cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY)
    else:
        grey = remove_colour_ink(pixels)
    if skip != "no_background":
        grey = normalise_background(grey, image.dpi)
    flat = grey if skip != "no_background" else normalise_background(grey, image.dpi)
    pose = find_pose(downscale(flat, image.dpi, WORK_DPI))
    grey = rotate_by(turn_upright(grey, pose.orientation), -pose.skew)
    dpi = image.dpi
    if skip != "no_resample":
        grey, dpi = normalise_resolution(grey, image.dpi, settings.target_dpi)
    prepared = PreparedPage(grey, dpi, pose, np.eye(3)[:2], 0.0, 1.0,
                            page_px=(grey.shape[1], grey.shape[0]))
    request = EngineRequest(languages=settings.languages, psm=choose_psm(prepared, settings),
                            dpi=dpi, timeout_s=TIMEOUT, what="ablation", pdf=False, hocr=False)
    return TESSERACT.recognise(grey, request).text


def _hoso(settings: OcrSettings) -> Callable[[PageImage], str]:
    return lambda image: read_page(image, settings).text


def _models(name: str) -> OcrSettings:
    """hoso uncorrected with the `vie` model of TESSDATA/<name> (bench/README.md, Engine
    choice); its `+pc` column is the same reading post-corrected."""
    return replace(SETTINGS, tessdata=str(TESSDATA / name), postcorrect=False)


# Variants read with ocr.read_page: their rows also carry its confidence and garbage score.
# A variant read without post-correction also gets a `<name>+pc` column: the same words
# mended by ocr.postcorrect.correct_page, as read_page would (one tesseract run for both).
READ_PAGE: dict[str, Callable[[], OcrSettings]] = {
    "hoso": lambda: SETTINGS,
    "fast": lambda: replace(SETTINGS, postcorrect=False),
    "best_int": lambda: _models("best_int"),
    "standard": lambda: _models("standard"),
}

VARIANTS: dict[str, Callable[[PageImage], str]] = {
    "hoso": _hoso(SETTINGS),
    "binarise": _hoso(replace(SETTINGS, binarise=True)),
    "vie+eng": _hoso(replace(SETTINGS, languages="vie+eng")),
    "psm4": _hoso(replace(SETTINGS, psm=4)),
    "psm6": _hoso(replace(SETTINGS, psm=6)),
    "no_colour_removal": lambda im: _ablated(im, SETTINGS, "no_colour_removal"),
    "no_background": lambda im: _ablated(im, SETTINGS, "no_background"),
    "no_resample": lambda im: _ablated(im, SETTINGS, "no_resample"),
}


def measure(task: tuple[str, int, tuple[str, ...]]) -> dict[str, object]:
    kind, seed, variants = task
    page = make_page(kind, seed)
    row: dict[str, object] = {"kind": kind, "seed": seed, "chars": len(page.text)}
    for name in ("raw", *variants):
        start = time.perf_counter()
        extra: dict[str, object] = {}
        if name == "raw":
            text = raw_tesseract(page.image, page.dpi)
        elif name in READ_PAGE:
            settings = READ_PAGE[name]()
            read = read_page(PageImage(page.image, page.dpi), settings)
            text = read.text
            extra = {"confidence": read.confidence, "garbage": read.garbage,
                     "needs_review": read.needs_review,
                     "warnings": [w.kind.value for w in read.warnings]}
            if not settings.postcorrect:
                mended, _ = correct_page(read.text, read.words)
                row[f"{name}+pc"] = {"cer": cer(page.text, mended), "wer": wer(page.text, mended),
                                     "recall": word_recall(page.text, mended), "text": mended,
                                     **extra}
        else:
            text = VARIANTS[name](PageImage(page.image, page.dpi))
        row[name] = {"cer": cer(page.text, text), "wer": wer(page.text, text),
                     "recall": word_recall(page.text, text),
                     "seconds": time.perf_counter() - start, "text": text, **extra}
    return row


def table(rows: list[dict], columns: tuple[str, ...]) -> str:
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_kind[row["kind"]].append(row)
    third = "recall" if any(k in OFFICE_KINDS for k in by_kind) else "wer"
    name = {"recall": "word recall", "wer": "WER"}[third]
    head = "| pages | n | " + " | ".join(f"{c} CER | {c} {name}" for c in columns) + " |"
    lines = [head, "|" + "---|" * (2 + 2 * len(columns))]
    for kind in [k for k in (*KINDS, *OFFICE_KINDS) if k in by_kind]:
        group = by_kind[kind]
        cells = []
        for c in columns:
            cells.append(f"{100 * statistics.mean(r[c]['cer'] for r in group):.2f}%")
            cells.append(f"{100 * statistics.mean(r[c][third] for r in group):.2f}%")
        lines.append(f"| {kind} | {len(group)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def review_table(rows: list[dict], bad_recall: float, variant: str = "hoso") -> str:
    """Precision and recall of needs-review for pages `variant` read badly."""
    judged = [r for r in rows if r["kind"] in OFFICE_KINDS and "garbage" in r.get(variant, {})]
    if not judged:
        return ""
    bad = [r[variant]["recall"] < bad_recall for r in judged]
    flags = {
        f"confidence < {SETTINGS.review_threshold:g}":
            [r[variant]["confidence"] < SETTINGS.review_threshold for r in judged],
        f"garbage > {SETTINGS.garbage_limit:g}":
            [r[variant]["garbage"] > SETTINGS.garbage_limit for r in judged],
        "needs_review (either)": [r[variant]["needs_review"] for r in judged],
    }
    lines = [(f"{sum(bad)} of {len(judged)} office pages read badly by {variant} (word recall "
             f"under {bad_recall:.0%})"), "",
             "| flag | flagged | precision | recall |", "|---|---|---|---|"]
    for label, flagged in flags.items():
        hits = sum(f and b for f, b in zip(flagged, bad, strict=True))
        precision = hits / sum(flagged) if any(flagged) else float("nan")
        recall = hits / sum(bad) if any(bad) else float("nan")
        lines.append(f"| {label} | {sum(flagged)} | {precision:.2f} | {recall:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=5, help="pages of each single kind")
    parser.add_argument("--hard", type=int, default=40, help="hard pages (every degradation)")
    parser.add_argument("--kinds", default=",".join(k for k in KINDS if k != "hard"))
    parser.add_argument("--office", type=int, default=0,
                        help="pages of each realistic office kind (synth.office)")
    parser.add_argument("--bad-recall", type=float, default=0.9,
                        help="an office page read with less word recall should go to review")
    parser.add_argument("--variants", default="hoso",
                        help=f"comma-separated, or 'all': {', '.join({**VARIANTS, **READ_PAGE})}")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=Path("bench/out/ocr_accuracy.json"))
    args = parser.parse_args()
    variants = tuple(VARIANTS) if args.variants == "all" else tuple(args.variants.split(","))
    kinds = [k for k in args.kinds.split(",") if k]
    tasks = [(k, s, variants) for k in kinds for s in range(args.per_kind)]
    tasks += [("hard", s, variants) for s in range(args.hard)]
    tasks += [(k, s, variants) for k in OFFICE_KINDS for s in range(args.office)]
    start = time.perf_counter()
    with Pool(args.jobs) as pool:
        rows = pool.map(measure, tasks, chunksize=1)
    elapsed = time.perf_counter() - start
    print(f"$ python bench/ocr_accuracy.py {' '.join(sys.argv[1:])}")
    print(f"{len(rows)} pages, {elapsed:.0f} s with {args.jobs} processes\n")
    columns = ["raw"]
    for name in variants:
        columns += [name, f"{name}+pc"] if f"{name}+pc" in rows[0] else [name]
    for group in ([r for r in rows if r["kind"] not in OFFICE_KINDS],
                  [r for r in rows if r["kind"] in OFFICE_KINDS]):
        if group:
            print(table(group, tuple(columns)) + "\n")
    print(review_table(rows, args.bad_recall, "fast+pc" if "fast+pc" in rows[0] else "hoso"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
