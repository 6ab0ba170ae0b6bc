"""Our calls of pdftoppm and tesseract vs pdf2image's and pytesseract's, on the same pages.

    python bench/ocr_calls.py                   # 4 pages, 2 rounds
    python bench/ocr_calls.py --pages 7 --rounds 3

The pages are bench/ocr_throughput.py's (generated intake pages in one PDF of JPEG images).
Every call runs in this one process, one page at a time, rounds interleaved, so each pair
sees the same load. Seconds per page, wall clock and CPU (this process and its programs).

Rasterising a page at 300 dpi, colour, as ocr.rasterise needs it:
- pipe: `pdftoppm -f N -l N -r 300` writing PPM to a pipe, decoded from memory (the call
  hoso made before pdf2image).
- pdf2image (hoso): `hoso.ocr.rasterise_page`: pdfinfo with the time limit, then
  `convert_from_path(first_page, last_page, dpi, timeout, output_folder, paths_only)` and
  OpenCV reading the PPM file.
- pdf2image in memory: `convert_from_path` without a folder, Pillow images to arrays.

Reading the prepared page with tesseract, TSV + hOCR + text-only PDF:
- hoso: `TesseractEngine.recognise`: one run, PGM on stdin, `--psm --dpi -c textonly_pdf=1`.
- pytesseract multi: `run_and_get_multiple_output(image, ["tsv", "hocr", "pdf"])`, which
  takes no options (no --psm, --dpi, textonly_pdf).
- pytesseract x3: `image_to_data`, `image_to_pdf_or_hocr(hocr)`, `image_to_pdf_or_hocr(pdf)`,
  each with our options: three tesseract runs.
Both pytesseract modes run with OMP_THREAD_LIMIT=1 set in this process's environment (the
only way pytesseract can pass it). "same text" counts pages whose text equals hoso's.

tesseract's threads: two pages at a time (two workers on two cores), tesseract with
OMP_THREAD_LIMIT=1 (what hoso gives it) and with the environment left as it is.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import cv2
import numpy as np
import pdf2image
import pytesseract
from ocr_throughput import cpu_seconds, make_pdf

from hoso.ocr import OcrSettings, rasterise_page
from hoso.ocr.engine import EngineOutput, EngineRequest
from hoso.ocr.prepare import prepare_page
from hoso.ocr.read import TESSERACT, choose_psm
from hoso.ocr.tesseract import SINGLE_THREAD, parse_tsv
from hoso.records import PageImage

SETTINGS = OcrSettings()
TIMEOUT = 600

Timings = dict[str, list[tuple[float, float]]]
T = TypeVar("T")


def timed(results: Timings, label: str, call: Callable[..., T], *args: Any) -> T:
    wall, cpu = time.perf_counter(), cpu_seconds()
    value = call(*args)
    results.setdefault(label, []).append((time.perf_counter() - wall, cpu_seconds() - cpu))
    return value


def raster_pipe(pdf: Path, index: int) -> np.ndarray:
    number = str(index + 1)
    out = subprocess.run(["pdftoppm", "-f", number, "-l", number, "-r", str(SETTINGS.dpi),
                          str(pdf)], capture_output=True, check=True, timeout=TIMEOUT).stdout
    header_end = _ppm_header_end(out)
    width, height = (int(v) for v in out[2:header_end].split()[:2])
    pixels = np.frombuffer(out, np.uint8, width * height * 3, header_end)
    return cv2.cvtColor(pixels.reshape(height, width, 3), cv2.COLOR_RGB2BGR)


def _ppm_header_end(data: bytes) -> int:
    """Offset of the pixels in pdftoppm's `P6\\nW H\\n255\\n` header."""
    return data.index(b"\n", data.index(b"\n", data.index(b"\n") + 1) + 1) + 1


def raster_hoso(pdf: Path, index: int) -> np.ndarray:
    return rasterise_page(pdf, "application/pdf", index, SETTINGS.dpi,
                          timeout_s=TIMEOUT).pixels


def raster_memory(pdf: Path, index: int) -> np.ndarray:
    [image] = pdf2image.convert_from_path(pdf, dpi=SETTINGS.dpi, first_page=index + 1,
                                          last_page=index + 1, timeout=TIMEOUT)
    return cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR)


def read_hoso(grey: np.ndarray, request: EngineRequest) -> EngineOutput:
    return TESSERACT.recognise(grey, request)


def read_multi(grey: np.ndarray, request: EngineRequest) -> EngineOutput:
    tsv, hocr, pdf = pytesseract.run_and_get_multiple_output(
        grey, ["tsv", "hocr", "pdf"], lang=request.languages, timeout=TIMEOUT)
    words, text = parse_tsv(tsv)
    return EngineOutput(text, words, hocr, pdf)


def read_three(grey: np.ndarray, request: EngineRequest) -> EngineOutput:
    options = f"--psm {request.psm} --dpi {request.dpi}"
    common = {"lang": request.languages, "timeout": TIMEOUT}
    tsv = pytesseract.image_to_data(grey, config=options, **common)
    hocr = pytesseract.image_to_pdf_or_hocr(grey, config=options, extension="hocr", **common)
    pdf = pytesseract.image_to_pdf_or_hocr(grey, config=f"{options} -c textonly_pdf=1",
                                           extension="pdf", **common)
    words, text = parse_tsv(tsv)
    return EngineOutput(text, words, hocr, pdf)


def compare_calls(pdf: Path, pages: int, rounds: int) -> tuple[Timings, dict[str, list[int]],
                                                                 dict[str, int], list[Path]]:
    results: Timings = {}
    pdf_bytes: dict[str, list[int]] = {}
    same_text: dict[str, int] = {"pytesseract multi": 0, "pytesseract x3": 0}
    pgms: list[Path] = []
    for round_no in range(rounds):
        for index in range(pages):
            pipe = timed(results, "raster: pipe (before)", raster_pipe, pdf, index)
            ours = timed(results, "raster: pdf2image (hoso)", raster_hoso, pdf, index)
            memory = timed(results, "raster: pdf2image in memory", raster_memory, pdf, index)
            assert np.array_equal(pipe, ours) and np.array_equal(pipe, memory)
            prepared = prepare_page(PageImage(ours, SETTINGS.dpi), SETTINGS)
            request = EngineRequest(SETTINGS.languages, choose_psm(prepared, SETTINGS),
                                    prepared.dpi, TIMEOUT)
            outs = {label: timed(results, label, read, prepared.grey, request)
                    for label, read in (("tesseract: hoso", read_hoso),
                                        ("tesseract: pytesseract multi", read_multi),
                                        ("tesseract: pytesseract x3", read_three))}
            if round_no == 0:
                pgm = pdf.parent / f"prepared-{index}.pgm"
                cv2.imwrite(str(pgm), prepared.grey)
                pgms.append(pgm)
                for label, out in outs.items():
                    pdf_bytes.setdefault(label, []).append(len(out.pdf))
                    key = label.removeprefix("tesseract: ")
                    if key in same_text:
                        same_text[key] += out.text == outs["tesseract: hoso"].text
    return results, pdf_bytes, same_text, pgms


def compare_threads(pgms: list[Path]) -> Timings:
    """Two pages at a time, with and without tesseract's one-thread limit."""
    results: Timings = {}
    unlimited = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    for label, env in (("OMP_THREAD_LIMIT=1", {**unlimited, **SINGLE_THREAD}),
                       ("environment as it is", unlimited)):
        def run(pgm: Path, env: dict[str, str] = env) -> None:
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(["tesseract", str(pgm), f"{tmp}/out", "-l", SETTINGS.languages,
                                "tsv", "hocr", "pdf"], env=env, capture_output=True,
                               check=True, timeout=TIMEOUT)

        def both() -> None:
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(run, pgms))

        timed(results, label, both)
    return results


def report(title: str, results: Timings, per: int, extra: dict[str, str] | None = None) -> None:
    print(f"\n| {title} | s/page (wall) | CPU s/page | |\n|---|---|---|---|")
    for label, runs in results.items():
        wall = statistics.fmean(w for w, _ in runs) / per
        cpu = statistics.fmean(c for _, c in runs) / per
        print(f"| {label} | {wall:.3f} | {cpu:.3f} | {(extra or {}).get(label, '')} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("bench/out/calls"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    pdf = args.work / f"pages-{args.pages}.pdf"
    if not pdf.exists():
        make_pdf(pdf, args.pages)
    # pytesseract can give tesseract no environment of its own: set the limit for its calls.
    os.environ.update(SINGLE_THREAD)
    results, sizes, same, pgms = compare_calls(pdf, args.pages, args.rounds)
    threads = compare_threads(pgms)
    print(f"$ python bench/ocr_calls.py {' '.join(sys.argv[1:])}")
    print(f"{args.pages} pages x {args.rounds} rounds; load average at the end: "
          f"{os.getloadavg()[0]:.1f}")
    raster = {k: v for k, v in results.items() if k.startswith("raster")}
    report("rasterise, 300 dpi colour", raster, 1)
    extra = {label: f"PDF {statistics.fmean(sizes[label]) / 1024:.0f} KiB"
             + (f", same text {same[label.removeprefix('tesseract: ')]}/{args.pages}"
                if label.removeprefix("tesseract: ") in same else "")
             for label in sizes}
    report("tesseract, TSV + hOCR + PDF", {k: v for k, v in results.items()
                                           if k.startswith("tesseract")}, 1, extra)
    report(f"tesseract, {len(pgms)} pages two at a time", threads, len(pgms))


if __name__ == "__main__":
    main()
