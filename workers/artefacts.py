"""How a page's OCR result is stored: deterministic JSON, text, hOCR and PDF blobs.

The same page read twice gives the same bytes, hence the same keys: storing is idempotent.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from hoso.archive import BlobStore
from hoso.archive.records import PageArtefacts
from hoso.page_warnings import PageWarning
from hoso.records import OcrPage, Word

__all__ = ["load_page", "store_page"]


def store_page(page: OcrPage, store: BlobStore) -> PageArtefacts:
    return PageArtefacts(
        ocr_sha256=store.put_bytes(_page_json(page)).sha256,
        text_sha256=store.put_bytes(page.text.encode("utf-8")).sha256,
        pdf_sha256=store.put_bytes(page.pdf).sha256,
        hocr_sha256=store.put_bytes(page.hocr).sha256,
        confidence=page.confidence,
        needs_review=page.needs_review,
        warnings=page.warnings,
    )


def load_page(ocr_sha256: str, pdf_sha256: str | None, store: BlobStore) -> OcrPage:
    """The page as stored, with its PDF; hOCR is left out (nothing downstream needs it)."""
    data = json.loads(store.read_bytes(ocr_sha256))
    words = tuple(Word(**w) for w in data.pop("words"))
    data["warnings"] = tuple(PageWarning.from_json(w) for w in data["warnings"])
    pdf = store.read_bytes(pdf_sha256) if pdf_sha256 else b""
    return OcrPage(words=words, pdf=pdf, **data)


def _page_json(page: OcrPage) -> bytes:
    record = asdict(page)
    del record["pdf"], record["hocr"]
    record["warnings"] = [w.to_json() for w in page.warnings]
    return json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
