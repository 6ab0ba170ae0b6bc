"""The classifier's training and evaluation set: generated documents, rendered, degraded and
read by the real OCR, so the noise the model learns from is the noise it will meet.

OCR is the slow part (seconds a page), so each document read is cached as JSON under a
cache folder (by default `.cache/classify/ocr`, git-ignored), keyed by label, template and seed,
and stamped with a hash of its generated lines: editing a template re-reads only its documents.
The cache does not know which OCR version read a page: after changing the OCR stage, delete
the folder to train on what the new OCR reads.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from hoso.ocr import OcrSettings, read_page
from hoso.page_warnings import PageWarning
from hoso.records import OcrPage, PageImage, Word
from hoso.synth.degrade import degrade_random
from hoso.synth.documents import GeneratedDocument, generate_document, labels, template_ids
from hoso.synth.render import render_page

__all__ = [
    "DEFAULT_CACHE",
    "OcrDocument",
    "build_corpus",
    "page_from_json",
    "page_to_json",
    "read_blank_pages",
    "read_generated",
]

DEFAULT_CACHE = Path(".cache/classify/ocr")
_FORMAT = 2


@dataclass(frozen=True)
class OcrDocument:
    """A generated document as the OCR read it: its truth (label, template, fields) and pages."""

    label: str
    template_id: str
    seed: int
    pages: tuple[OcrPage, ...]
    fields: dict[str, str]


def build_corpus(cache_dir: Path = DEFAULT_CACHE, *, samples_per_template: int = 6,
                 settings: OcrSettings | None = None, workers: int = 2,
                 progress: Callable[[str], None] | None = None) -> list[OcrDocument]:
    """Every template of every label, `samples_per_template` seeds each, read by OCR (cached)."""
    # Seed-major, so that a partial run already covers every template.
    jobs = [(label, template, seed) for seed in range(samples_per_template)
            for label in labels() for template in template_ids(label)]
    return _run(jobs, cache_dir, settings or _training_settings(), workers, progress)


def read_generated(jobs: Sequence[tuple[str, str, int]], cache_dir: Path = DEFAULT_CACHE, *,
                   settings: OcrSettings | None = None, workers: int = 2) -> list[OcrDocument]:
    """Given (label, template, seed) triples, the documents read by OCR (cached)."""
    return _run(list(jobs), cache_dir, settings or _training_settings(), workers, None)


def read_blank_pages(count: int, cache_dir: Path = DEFAULT_CACHE, *,
                     settings: OcrSettings | None = None) -> list[OcrPage]:
    """Blank separator sheets as the scanner and OCR see them (specks, shading)."""
    settings = settings or _training_settings()
    pages = []
    for seed in range(count):
        path = cache_dir / "_blank" / f"{seed}.json"
        if not path.exists():
            page = _read_one((), seed, hard=True, settings=settings, last=False,
                             doc=None)
            _write_json(path, {"format": _FORMAT, "page": page_to_json(page)})
        pages.append(page_from_json(json.loads(path.read_text("utf-8"))["page"]))
    return pages


def _training_settings() -> OcrSettings:
    return OcrSettings(pdf=False)


def _run(jobs: list[tuple[str, str, int]], cache_dir: Path, settings: OcrSettings,
         workers: int, progress: Callable[[str], None] | None) -> list[OcrDocument]:
    results: dict[tuple[str, str, int], OcrDocument] = {}
    missing = []
    for job in jobs:
        cached = _load(cache_dir, *job)
        if cached is None:
            missing.append(job)
        else:
            results[job] = cached
    if missing:
        with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
            done = pool.map(_read_and_store, missing, [cache_dir] * len(missing),
                            [settings] * len(missing))
            for i, (job, doc) in enumerate(zip(missing, done, strict=True), 1):
                results[job] = doc
                if progress:
                    progress(f"read {i}/{len(missing)}: {'/'.join(map(str, job))}")
    return [results[job] for job in jobs]


def _cache_path(cache_dir: Path, label: str, template: str, seed: int) -> Path:
    return cache_dir / label / template / f"{seed}.json"


def _lines_hash(doc: GeneratedDocument) -> str:
    return hashlib.sha256(json.dumps(doc.pages, ensure_ascii=False).encode()).hexdigest()[:16]


def _load(cache_dir: Path, label: str, template: str, seed: int) -> OcrDocument | None:
    path = _cache_path(cache_dir, label, template, seed)
    if not path.exists():
        return None
    data = json.loads(path.read_text("utf-8"))
    doc = generate_document(label, seed, template)
    if data.get("format") != _FORMAT or data.get("lines") != _lines_hash(doc):
        return None
    pages = tuple(page_from_json(p) for p in data["pages"])
    return OcrDocument(label, template, seed, pages, doc.fields)


def _read_and_store(job: tuple[str, str, int], cache_dir: Path,
                    settings: OcrSettings) -> OcrDocument:
    label, template, seed = job
    doc = generate_document(label, seed, template)
    hard = random.Random(f"hard:{label}:{template}:{seed}").random() < 0.5
    base = _page_seed(label, template, seed)
    pages = tuple(
        _read_one(lines, base + i, hard=hard, settings=settings,
                  last=i == len(doc.pages) - 1, doc=doc)
        for i, lines in enumerate(doc.pages))
    _write_json(_cache_path(cache_dir, *job), {
        "format": _FORMAT, "lines": _lines_hash(doc), "hard": hard,
        "pages": [page_to_json(p) for p in pages]})
    return OcrDocument(label, template, seed, pages, doc.fields)


def _page_seed(label: str, template: str, seed: int) -> int:
    """Font, marks and degradation differ from document to document, not only by seed."""
    digest = hashlib.sha256(f"{label}:{template}:{seed}".encode()).digest()
    return int.from_bytes(digest[:4], "big") * 10


def _read_one(lines: Sequence[str], seed: int, *, hard: bool, settings: OcrSettings,
              last: bool, doc: GeneratedDocument | None) -> OcrPage:
    rendered = render_page(lines, seed=seed, seal=bool(doc and doc.seal and last),
                           signature=bool(doc and doc.signature and last))
    degraded = degrade_random(rendered.image, seed, hard=hard)
    page = read_page(PageImage(degraded.image, degraded.dpi), settings)
    return replace(page, pdf=b"", hocr=b"")


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    tmp.replace(path)


def page_to_json(page: OcrPage) -> dict:
    """An OcrPage without its PDF and hOCR, as plain JSON."""
    return {
        "text": page.text, "confidence": page.confidence, "orientation": page.orientation,
        "skew": page.skew, "width": page.width, "height": page.height, "dpi": page.dpi,
        "needs_review": page.needs_review, "warnings": [w.to_json() for w in page.warnings],
        "words": [[w.text, w.left, w.top, w.width, w.height, w.confidence, w.line]
                  for w in page.words],
    }


def page_from_json(data: dict) -> OcrPage:
    words = tuple(Word(t, left, top, w, h, c, line) for t, left, top, w, h, c, line
                  in data["words"])
    return OcrPage(text=data["text"], words=words, confidence=data["confidence"],
                   orientation=data["orientation"], skew=data["skew"], width=data["width"],
                   height=data["height"], dpi=data["dpi"], needs_review=data["needs_review"],
                   warnings=tuple(PageWarning.from_json(w) for w in data["warnings"]))
