"""`hoso ocr FILE...`: the recognised text of images and PDFs, without touching the archive.

Pages go through exactly the pipeline's stages (ingest.inspect_file, ocr.rasterise_page,
ocr.read_page), one process per worker for documents of several pages.
"""

from __future__ import annotations

import functools
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import get_context
from pathlib import Path

import click

from hoso.api.cli.output import echo_json
from hoso.api.labels import review_text, warning_json, warning_text
from hoso.ingest import inspect_file
from hoso.ocr import OcrSettings, merge_pdfs, rasterise_page, read_page
from hoso.ocr.engine import OcrEngine, open_engine
from hoso.records import OcrPage
from hoso.settings import Settings

__all__ = ["commands", "ocr_command"]


@dataclass(frozen=True)
class _PageJob:
    path: Path
    media_type: str
    index: int


@functools.cache
def _engine(name: str) -> OcrEngine:
    # Opened once per process: the pool's workers get the engine's name, not the engine.
    return open_engine(name)


def _read(job: _PageJob, settings: OcrSettings, engine: str) -> OcrPage:
    image = rasterise_page(job.path, job.media_type, job.index, settings.dpi,
                           timeout_s=settings.timeout_s)
    return read_page(image, settings, engine=_engine(engine),
                     name=f"{job.path.name} page {job.index + 1}")


def _jobs(files: tuple[Path, ...], settings: Settings) -> list[_PageJob]:
    jobs = []
    for path in files:
        info = inspect_file(path, path.name, settings.limits, dpi=settings.ocr.dpi)
        jobs += [_PageJob(path, info.media_type, i) for i in range(info.page_count)]
    return jobs


def _summary(job: _PageJob, page: OcrPage) -> dict[str, object]:
    return {
        "file": str(job.path), "page": job.index + 1, "text": page.text,
        "confidence": page.confidence, "needs_review": page.needs_review,
        "orientation": page.orientation, "skew": page.skew, "dpi": page.dpi,
        "words": len(page.words), "warnings": [warning_json(w) for w in page.warnings],
    }


@click.command("ocr")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="Per page: text, confidence, orientation and skew found, warnings.")
@click.option("--pdf", "pdf_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the pages as one searchable PDF here.")
def ocr_command(files: tuple[Path, ...], as_json: bool, pdf_out: Path | None) -> None:
    """Print the text of FILES (PDF, TIFF, JPEG, PNG); pages are separated by form feeds.

    orientation: degrees the page was turned clockwise to stand upright; skew: degrees
    (counter-clockwise) it was then rotated to level its lines.
    """
    settings: Settings = click.get_current_context().obj
    ocr_settings = replace(settings.ocr, pdf=pdf_out is not None)
    jobs = _jobs(files, settings)
    _engine(settings.ocr_engine)  # a bad engine setting fails here, before any page is read
    if len(jobs) > 1 and settings.workers > 1:
        # forkserver: a forked child must not inherit OpenCV's or a PDF library's threads.
        with ProcessPoolExecutor(max_workers=min(settings.workers, len(jobs)),
                                 mp_context=get_context("forkserver")) as pool:
            pages = list(pool.map(_read, jobs, [ocr_settings] * len(jobs),
                                  [settings.ocr_engine] * len(jobs)))
    else:
        pages = [_read(job, ocr_settings, settings.ocr_engine) for job in jobs]
    if pdf_out is not None:
        pdf_out.write_bytes(merge_pdfs([p.pdf for p in pages]))
    if as_json:
        echo_json([_summary(job, page) for job, page in zip(jobs, pages, strict=True)])
    else:
        click.echo("\f".join(page.text for page in pages))
        _warn(jobs, pages)


def _warn(jobs: list[_PageJob], pages: list[OcrPage]) -> None:
    """What an operator should know goes to stderr, so stdout stays the text alone."""
    for job, page in zip(jobs, pages, strict=True):
        notes = [warning_text(w) for w in page.warnings]
        if page.needs_review and not notes:
            notes.append(review_text(page.confidence))
        for note in notes:
            click.echo(f"hoso: {job.path.name} page {job.index + 1}: {note}", err=True)


commands: list[click.Command] = [ocr_command]
