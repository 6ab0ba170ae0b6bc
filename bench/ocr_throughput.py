"""Pages per second of hoso's OCR stage vs tesseract alone vs OCRmyPDF, on the same pages.

    python bench/ocr_throughput.py                  # 12 pages, one process per core
    python bench/ocr_throughput.py --pages 24 --rounds 2

The pages are generated intake pages (synth.testset: seal, signature, turned, skewed,
200-300 dpi, noise, JPEG) put into one PDF as JPEG images, as a scanner would. Each mode
reads every page of that PDF with `--jobs` processes (default: the number of cores):

- hoso: ocr.rasterise_page (colour PPM at 300 dpi) + ocr.read_page (preprocessing,
  tesseract once with txt/tsv/hocr/pdf, searchable page PDF), then ocr.merge_pdfs.
- tesseract: `pdftoppm -gray -r 300` of the page to PGM on a pipe, then
  `tesseract stdin out -l vie txt hocr pdf` with OMP_THREAD_LIMIT=1 (the bound: the same
  rasterising and OCR outputs with no preprocessing).
- tesseract-pre: the same tesseract run on PGM pages rasterised before the clock starts.
- ocrmypdf: `ocrmypdf -l vie --jobs N --rotate-pages --deskew` on the PDF (pip install
  'hoso[bench]'); skipped with a note when it is not installed.

Also printed: peak resident memory of one hoso worker process and of its tesseract child.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from multiprocessing import get_context
from multiprocessing.pool import Pool
from pathlib import Path

import cv2
from PIL import Image
from pypdf import PdfReader, PdfWriter

from hoso.records import OcrPage
from ocr import OcrSettings, merge_pdfs, rasterise_page, read_page
from ocr.tools import run_tool
from synth.testset import make_page

SETTINGS = OcrSettings()
TIMEOUT = 900.0
SINGLE = {"OMP_THREAD_LIMIT": "1"}
KIND_CYCLE = ("hard", "hard", "seal", "hard", "rotation", "hard")


def make_pdf(path: Path, pages: int) -> None:
    """The pages as one PDF of JPEG images, each page at its own resolution."""
    writer = PdfWriter()
    for i in range(pages):
        page = make_page(KIND_CYCLE[i % len(KIND_CYCLE)], 100 + i)
        rgb = cv2.cvtColor(page.image, cv2.COLOR_BGR2RGB) if page.image.ndim == 3 else page.image
        one = io.BytesIO()
        Image.fromarray(rgb).save(one, "PDF", resolution=page.dpi, quality=85)
        writer.append(PdfReader(one))
    with path.open("wb") as out:
        writer.write(out)


def _init_worker() -> None:
    cv2.setNumThreads(1)  # one process per core: no thread pools inside a worker


def hoso_page(job: tuple[Path, int]) -> tuple[OcrPage, int, int]:
    path, index = job
    image = rasterise_page(path, "application/pdf", index, SETTINGS.dpi, timeout_s=TIMEOUT)
    page = read_page(image, SETTINGS, name=f"{path.name} page {index + 1}")
    return page, _peak_kib(resource.RUSAGE_SELF), _peak_kib(resource.RUSAGE_CHILDREN)


def _peak_kib(who: int) -> int:
    return resource.getrusage(who).ru_maxrss


def tesseract_page(job: tuple[Path, int]) -> int:
    path, index = job
    number = str(index + 1)
    pgm = run_tool(["pdftoppm", "-gray", "-r", str(SETTINGS.dpi), "-f", number, "-l", number,
                    str(path)], timeout_s=TIMEOUT, what=number)
    return _tesseract(pgm)


def tesseract_file(pgm_path: Path) -> int:
    return _tesseract(pgm_path.read_bytes())


def _tesseract(pgm: bytes) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        run_tool(["tesseract", "stdin", f"{tmp}/out", "-l", "vie", "txt", "hocr", "pdf"],
                 timeout_s=TIMEOUT, what="tesseract", stdin=pgm, env=SINGLE)
        return len(Path(f"{tmp}/out.txt").read_bytes())


def timed(label: str, run: Callable[[], object], results: dict[str, list[float]]) -> object:
    start = time.perf_counter()
    value = run()
    results.setdefault(label, []).append(time.perf_counter() - start)
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("bench/out/throughput"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    pdf = args.work / f"pages-{args.pages}.pdf"
    if not pdf.exists():
        make_pdf(pdf, args.pages)
    jobs = [(pdf, i) for i in range(args.pages)]
    pgms = []
    for pdf_path, i in jobs:
        pgm = args.work / f"page-{i}.pgm"
        pgm.write_bytes(run_tool(["pdftoppm", "-gray", "-r", str(SETTINGS.dpi), "-f",
                                  str(i + 1), "-l", str(i + 1), str(pdf_path)],
                                 timeout_s=TIMEOUT, what=str(i)))
        pgms.append(pgm)
    has_ocrmypdf = shutil.which("ocrmypdf") is not None
    results: dict[str, list[float]] = {}
    peaks: list[tuple[int, int]] = []
    # forkserver: workers must not inherit OpenCV's thread pool from this process (a fork
    # while its threads exist can deadlock the child).
    with get_context("forkserver").Pool(args.jobs, initializer=_init_worker) as pool:
        for _ in range(args.rounds):
            out = timed("hoso", lambda: _hoso(pool, jobs), results)
            peaks += [(self_kib, child_kib) for _, self_kib, child_kib in out]
            timed("tesseract", lambda: pool.map(tesseract_page, jobs, chunksize=1), results)
            timed("tesseract-pre", lambda: pool.map(tesseract_file, pgms, chunksize=1), results)
            if has_ocrmypdf:
                timed("ocrmypdf", lambda: _ocrmypdf(pdf, args.work / "ocrmypdf.pdf", args.jobs),
                      results)
    _report(args, results, peaks, has_ocrmypdf)


def _hoso(pool: Pool, jobs: list[tuple[Path, int]]) -> list[tuple[OcrPage, int, int]]:
    out = pool.map(hoso_page, jobs, chunksize=1)
    merge_pdfs([page.pdf for page, _, _ in out])
    return out


def _ocrmypdf(src: Path, dst: Path, jobs: int) -> None:
    subprocess.run(["ocrmypdf", "-q", "-l", "vie", "--jobs", str(jobs), "--rotate-pages",
                    "--deskew", "--force-ocr", str(src), str(dst)], check=True,
                   timeout=TIMEOUT * 4)


def _report(args: argparse.Namespace, results: dict[str, list[float]],
            peaks: list[tuple[int, int]], has_ocrmypdf: bool) -> None:
    print(f"$ python bench/ocr_throughput.py {' '.join(sys.argv[1:])}")
    print(f"{args.pages} pages, {args.jobs} processes, {args.rounds} round(s); "
          f"load average before/after: {os.getloadavg()[0]:.1f}")
    rate = {k: args.pages * len(v) / sum(v) for k, v in results.items()}
    print("\n| mode | pages/s | seconds per round | hoso / mode |\n|---|---|---|---|")
    for mode, pps in rate.items():
        rounds = ", ".join(f"{s:.1f}" for s in results[mode])
        print(f"| {mode} | {pps:.3f} | {rounds} | {rate['hoso'] / pps:.2f} |")
    if not has_ocrmypdf:
        print("\nocrmypdf not installed: pip install 'hoso[bench]'")
    worker = max(p[0] for p in peaks) / 1024
    child = max(p[1] for p in peaks) / 1024
    print(f"\npeak RSS of a hoso worker process: {worker:.0f} MiB; of its tesseract/pdftoppm "
          f"children: {child:.0f} MiB (300-dpi A4 pages)")


if __name__ == "__main__":
    main()
