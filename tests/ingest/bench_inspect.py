"""How long inspect_file takes on big inputs. Run on purpose, not by pytest:

python tests/ingest/bench_inspect.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from inputs import write_blank_pdf
from PIL import Image

from hoso.errors import InputError
from hoso.ingest import Limits, inspect_file

TARGET_BYTES = 20 * 1024 * 1024


def _noise_scan(megapixels: float) -> Image.Image:
    side = int((megapixels * 1e6) ** 0.5)
    return Image.effect_noise((side, int(side * 1.414)), 64).convert("L")


def make_scans(folder: Path) -> list[Path]:
    """A ~20 MB scan in each format; noise keeps the compressed formats from shrinking it."""
    paths = []
    for fmt, megapixels, options in (
        ("JPEG", 16.0, {"quality": 95}),
        ("PNG", 15.0, {}),
        ("TIFF", 15.5, {}),
        ("PDF", 28.0, {"resolution": 300.0}),
    ):
        path = folder / f"scan.{fmt.lower()}"
        _noise_scan(megapixels).save(path, fmt, **options)
        paths.append(path)
    return paths


def best_of(runs: int, path: Path, limits: Limits) -> tuple[float, str]:
    timings, outcome = [], ""
    for _ in range(runs):
        started = time.perf_counter()
        try:
            info = inspect_file(path, path.name, limits)
            outcome = f"accepted, {info.media_type}, page_count={info.page_count}"
        except InputError as error:
            outcome = f"refused: {type(error).__name__}"
        timings.append(time.perf_counter() - started)
    return min(timings), outcome


def main() -> None:
    print("command: python " + " ".join(sys.argv))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        thick = write_blank_pdf(folder / "2000-pages.pdf", 2000, (595, 842))
        cases = [(thick, Limits()), (thick, Limits(max_pages=2000))]
        cases += [(scan, Limits()) for scan in make_scans(folder)]
        for path, limits in cases:
            seconds, outcome = best_of(3, path, limits)
            size = path.stat().st_size / (1 << 20)
            print(
                f"{path.name:16} {size:6.1f} MiB  max_pages={limits.max_pages:<5}"
                f" {seconds * 1000:8.1f} ms  {outcome}"
            )


if __name__ == "__main__":
    main()
