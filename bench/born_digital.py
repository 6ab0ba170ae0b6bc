"""Born-digital PDF pages read from their text layer vs the same pages rasterised and OCRed.

    python bench/born_digital.py                 # 12 pages of each kind
    python bench/born_digital.py --pages 24

The pages are generated Vietnamese administrative documents (hoso.synth.documents, every
label in turn) written as PDFs by hoso.synth.born_digital (fpdf2: `pip install 'hoso[bench]'`):

- speed: the born_digital pages (text in Tinos, half with a vector seal) through
  `read_text_layer` + `judge_layer` + `text_layer_page` (what digitise_page does for them),
  then through `rasterise_page` + `read_page` (what it did before: poppler at 300 dpi,
  preprocessing, tesseract), one page at a time in this process with OMP_THREAD_LIMIT=1.
  Pages per second of wall clock and CPU seconds per page (this process and its children).
- the rule: for each kind (born_digital, scan_footer, scan_ocr_layer, unmapped) the measured
  figures the judge of ocr/textlayer.py looks at, their range over the pages, and how many
  pages it took from their text layer.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hoso.ocr import OcrSettings, rasterise_page, read_page
from hoso.ocr.textlayer import (
    TextLayer,
    judge_layer,
    read_text_layer,
    text_layer_page,
)
from hoso.synth.born_digital import KINDS, born_digital_pdf
from hoso.synth.documents import generate_document, labels

SETTINGS = OcrSettings()


def write_pdfs(folder: Path, pages: int) -> dict[str, list[Path]]:
    """`pages` one-page PDFs of each kind, from the same documents' first pages."""
    names = labels()
    made: dict[str, list[Path]] = {kind: [] for kind in KINDS}
    for n in range(pages):
        doc = generate_document(names[n % len(names)], seed=n)
        for kind in KINDS:
            path = folder / f"{kind}-{n:03d}.pdf"
            path.write_bytes(born_digital_pdf(doc.pages[:1], kind=kind, seal=n % 2 == 1,
                                              seed=n))
            made[kind].append(path)
    return made


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(paths: list[Path], read: Callable[[Path], object]) -> tuple[float, float]:
    """(pages per second, CPU seconds per page) of `read` over `paths`."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    for path in paths:
        read(path)
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    return len(paths) / wall, cpu / len(paths)


def from_text_layer(path: Path) -> object:
    layer = read_text_layer(path, 0, SETTINGS.dpi)
    assert judge_layer(layer).good, path
    return text_layer_page(path, 0, layer)


def by_ocr(path: Path) -> object:
    image = rasterise_page(path, "application/pdf", 0, SETTINGS.dpi,
                           timeout_s=SETTINGS.timeout_s)
    return read_page(image, SETTINGS, name=path.name)


def rule_table(made: dict[str, list[Path]]) -> None:
    print("\nkind            taken  letters      bad share   invisible share  ink covered")
    for kind, paths in made.items():
        layers = [read_text_layer(p, 0, SETTINGS.dpi) for p in paths]
        taken = sum(judge_layer(layer).good for layer in layers)
        print(f"{kind:15} {taken:2}/{len(layers):<3} {span(layers, letters):12} "
              f"{span(layers, bad_share):11} {span(layers, invisible_share):16} "
              f"{span(layers, lambda x: x.ink_covered)}")


def letters(layer: TextLayer) -> float:
    return layer.letters


def bad_share(layer: TextLayer) -> float:
    return layer.bad / max(layer.chars, 1)


def invisible_share(layer: TextLayer) -> float:
    return layer.invisible / max(layer.chars, 1)


def span(layers: list[TextLayer], figure: Callable[[TextLayer], float]) -> str:
    values = [figure(layer) for layer in layers]
    low, high = min(values), max(values)
    fmt = "{:.0f}" if high > 1.5 else "{:.2f}"
    return (fmt + "-" + fmt).format(low, high)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12, help="pages of each kind")
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract, as the workers run it
    print("$ python bench/born_digital.py " + " ".join(sys.argv[1:]))
    with tempfile.TemporaryDirectory(prefix="hoso-born-") as tmp:
        made = write_pdfs(Path(tmp), args.pages)
        typed = made["born_digital"]
        fast = timed(typed, from_text_layer)
        slow = timed(typed, by_ocr)
        print(f"{len(typed)} born-digital pages, one at a time, OMP_THREAD_LIMIT=1")
        print(f"text layer : {fast[0]:7.2f} pages/s  {fast[1]:6.3f} CPU s/page")
        print(f"OCR        : {slow[0]:7.2f} pages/s  {slow[1]:6.3f} CPU s/page")
        print(f"speed-up   : {fast[0] / slow[0]:7.1f}x wall  {slow[1] / fast[1]:6.1f}x CPU")
        rule_table(made)


if __name__ == "__main__":
    main()
