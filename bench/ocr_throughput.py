"""Pages per second of hoso's OCR stage vs tesseract alone vs OCRmyPDF, on the same pages.

    python bench/ocr_throughput.py                  # 12 pages, one process per core
    python bench/ocr_throughput.py --pages 24 --rounds 2

The pages are generated intake pages (synth.testset kinds seal, noise, jpeg, low_dpi,
photocopy, clean, grey_seal: upright, so that tesseract alone does the full work too) put
into one PDF as JPEG images at their own resolution, as a scanner would. Each mode
reads every page of that PDF with `--jobs` processes (default: the number of cores):

- hoso: ocr.rasterise_page (colour PPM at 300 dpi) + ocr.read_page (preprocessing,
  tesseract once with txt/tsv/hocr/pdf, searchable page PDF), then ocr.merge_pdfs.
- tesseract: `pdftoppm -gray -r 300` of the page to PGM on a pipe, then
  `tesseract stdin out -l vie txt hocr pdf` with OMP_THREAD_LIMIT=1 (the bound: the same
  rasterising and OCR outputs with no preprocessing).
- tesseract-pre: the same tesseract run on PGM pages rasterised before the clock starts.
- ocrmypdf: `ocrmypdf -l vie --jobs N --rotate-pages --deskew` on the PDF (pip install
  'hoso[bench]'); skipped with a note when it is not installed.

Also printed: peak resident memory of one hoso worker process and of one tesseract run.
Wall-clock rates suffer from whatever else runs on the machine; CPU seconds per page (this
process, its workers and every program they ran) are the steadier comparison.
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

from hoso.ocr import OcrSettings, merge_pdfs, rasterise_page, read_page
from hoso.ocr.tools import run_tool
from hoso.records import OcrPage
from hoso.synth.testset import make_page

SETTINGS = OcrSettings()
TIMEOUT = 900.0
SINGLE = {"OMP_THREAD_LIMIT": "1"}
# Upright pages: on a page fed sideways raw tesseract finds almost no text and returns in a
# second, which would make "tesseract alone" a bound for doing nothing.
KIND_CYCLE = ("seal", "noise", "jpeg", "low_dpi", "photocopy", "clean", "grey_seal")


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


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children, user and system."""
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


def hoso_page(job: tuple[Path, int]) -> tuple[float, OcrPage, int]:
    start = cpu_seconds()
    path, index = job
    image = rasterise_page(path, "application/pdf", index, SETTINGS.dpi, timeout_s=TIMEOUT)
    page = read_page(image, SETTINGS, name=f"{path.name} page {index + 1}")
    return cpu_seconds() - start, page, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def tesseract_page(job: tuple[Path, int]) -> tuple[float, int]:
    start = cpu_seconds()
    path, index = job
    number = str(index + 1)
    pgm = run_tool(["pdftoppm", "-gray", "-r", str(SETTINGS.dpi), "-f", number, "-l", number,
                    str(path)], timeout_s=TIMEOUT, what=number)
    size = _tesseract(pgm)
    return cpu_seconds() - start, size


def tesseract_file(pgm_path: Path) -> tuple[float, int]:
    start = cpu_seconds()
    size = _tesseract(pgm_path.read_bytes())
    return cpu_seconds() - start, size


def _tesseract(pgm: bytes) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        run_tool(["tesseract", "stdin", f"{tmp}/out", "-l", "vie", "txt", "hocr", "pdf"],
                 timeout_s=TIMEOUT, what="tesseract", stdin=pgm, env=SINGLE)
        return len(Path(f"{tmp}/out.txt").read_bytes())


def timed(label: str, run: Callable[[], tuple[float, object]],
          results: dict[str, list[tuple[float, float]]]) -> object:
    """Run a mode; record (wall seconds, CPU seconds) for it."""
    start = time.perf_counter()
    cpu, value = run()
    results.setdefault(label, []).append((time.perf_counter() - start, cpu))
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
    results: dict[str, list[tuple[float, float]]] = {}
    peaks: list[int] = []
    # forkserver: workers must not inherit OpenCV's thread pool from this process (a fork
    # while its threads exist can deadlock the child).
    with get_context("forkserver").Pool(args.jobs, initializer=_init_worker) as pool:
        for _ in range(args.rounds):
            out = timed("hoso", lambda: _hoso(pool, jobs), results)
            peaks += [peak_kib for _, _, peak_kib in out]  # type: ignore[attr-defined]
            timed("tesseract", lambda: _summed(pool.map(tesseract_page, jobs, chunksize=1)),
                  results)
            timed("tesseract-pre", lambda: _summed(pool.map(tesseract_file, pgms, chunksize=1)),
                  results)
            if has_ocrmypdf:
                timed("ocrmypdf", lambda: _ocrmypdf(pdf, args.work / "ocrmypdf.pdf", args.jobs),
                      results)
    _report(args, results, peaks, has_ocrmypdf)


def _summed(out: list[tuple[float, int]]) -> tuple[float, list[tuple[float, int]]]:
    return sum(cpu for cpu, _ in out), out


def _hoso(pool: Pool, jobs: list[tuple[Path, int]]) -> tuple[float, list]:
    out = pool.map(hoso_page, jobs, chunksize=1)
    start = cpu_seconds()
    merge_pdfs([page.pdf for _, page, _ in out])
    return sum(cpu for cpu, *_ in out) + cpu_seconds() - start, out


def _ocrmypdf(src: Path, dst: Path, jobs: int) -> tuple[float, None]:
    start = cpu_seconds()
    subprocess.run(["ocrmypdf", "-q", "-l", "vie", "--jobs", str(jobs), "--rotate-pages",
                    "--deskew", "--force-ocr", str(src), str(dst)], check=True,
                   timeout=TIMEOUT * 4, capture_output=True)
    return cpu_seconds() - start, None


def _report(args: argparse.Namespace, results: dict[str, list[tuple[float, float]]],
            peaks: list[int], has_ocrmypdf: bool) -> None:
    print(f"$ python bench/ocr_throughput.py {' '.join(sys.argv[1:])}")
    print(f"{args.pages} pages, {args.jobs} processes, {args.rounds} round(s); "
          f"load average at the end: {os.getloadavg()[0]:.1f} (other work on the machine "
          "slows the wall clock; CPU seconds are less affected)")
    wall = {k: args.pages * len(v) / sum(w for w, _ in v) for k, v in results.items()}
    cpu = {k: sum(c for _, c in v) / (args.pages * len(v)) for k, v in results.items()}
    print("\n| mode | pages/s (wall) | hoso / mode (wall) | CPU s per page | "
          "hoso / mode (CPU) |\n|---|---|---|---|---|")
    for mode in results:
        print(f"| {mode} | {wall[mode]:.3f} | {wall['hoso'] / wall[mode]:.2f} | "
              f"{cpu[mode]:.2f} | {cpu[mode] / cpu['hoso']:.2f} |")
    if not has_ocrmypdf:
        print("\nocrmypdf not installed: pip install 'hoso[bench]'")
    worker = max(peaks) / 1024
    print(f"\npeak RSS of a hoso worker process (Python, OpenCV, the page's arrays): "
          f"{worker:.0f} MiB; of one tesseract run on a 300-dpi page: {_tesseract_peak(args)}")


def _tesseract_peak(args: argparse.Namespace) -> str:
    """Measured apart: a child forked from a worker reports the worker's size, not its own."""
    if not Path("/usr/bin/time").exists():
        return "unknown (needs GNU time)"
    pgm = max(args.work.glob("page-*.pgm"), key=lambda p: p.stat().st_size)
    done = subprocess.run(["/usr/bin/time", "-f", "%M", "tesseract", str(pgm), "stdout",
                           "-l", "vie"], capture_output=True, text=True,
                          env={**os.environ, **SINGLE}, timeout=TIMEOUT, check=False)
    return f"{int(done.stderr.strip().splitlines()[-1]) / 1024:.0f} MiB"


if __name__ == "__main__":
    main()
