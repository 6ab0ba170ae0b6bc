"""The records that pass between hoso's stages.

Every record is a frozen dataclass: it can be pickled, sent to a worker and compared. Images
travel as numpy arrays inside `PageImage`; everything that crosses a broker is a plain id.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import numpy as np

from hoso.page_warnings import PageWarning

__all__ = [
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "BlobRef",
    "DocumentLabel",
    "DossierInfo",
    "Facet",
    "Field",
    "FieldChange",
    "IndexedPage",
    "OcrPage",
    "PageImage",
    "PageState",
    "SearchHit",
    "SearchQuery",
    "SearchResults",
    "SourceInfo",
    "Word",
]

# Search snippets mark highlighted spans with these two private-use characters, so that
# each front end (terminal, JSON, HTML) renders them its own way with no escaping ambiguity.
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"


class PageState(enum.StrEnum):
    """Where a page is in the pipeline. The catalog, not the broker, holds it."""

    QUEUED = "queued"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class DossierInfo:
    """A dossier (hồ sơ) as recorded at intake.

    code: the dossier code printed on the receipt, e.g. `000.00.19.H12-241202-0001`.
    procedure: the administrative procedure code, e.g. `1.004227`.
    desk: the intake desk (bộ phận một cửa) that received it.
    operator: who scanned it.
    applicant_name / applicant_id: the citizen, where given (ID: 12-digit CCCD or 9-digit CMND).
    received_at: when the papers were received, timezone-aware.
    """

    code: str
    procedure: str = ""
    desk: str = ""
    operator: str = ""
    applicant_name: str = ""
    applicant_id: str = ""
    received_at: datetime | None = None


@dataclass(frozen=True)
class FieldChange:
    """One particular of a dossier (`desk`, `received_at`, ...): what it is, and what was
    given; written as text (times in ISO 8601, UTC) so that it goes into history and messages."""

    name: str
    before: str
    after: str


@dataclass(frozen=True)
class BlobRef:
    """Bytes in the object store, addressed by their SHA-256 (hex)."""

    sha256: str
    size: int


@dataclass(frozen=True)
class SourceInfo:
    """What `hoso.ingest.inspect_file` learned of one file handed in.

    media_type: one of application/pdf, image/tiff, image/jpeg, image/png (sniffed from content).
    page_count: pages (PDF) or frames (TIFF); 1 for JPEG and PNG.
    """

    filename: str
    media_type: str
    page_count: int


@dataclass(frozen=True, eq=False)
class PageImage:
    """A page as pixels: an 8-bit numpy array, grey (H, W) or BGR (H, W, 3), and its dpi."""

    pixels: np.ndarray
    dpi: int

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])


@dataclass(frozen=True)
class Word:
    """One recognised word, its box in the page's pixels and tesseract's confidence (0-100)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    line: int = 0


@dataclass(frozen=True)
class OcrPage:
    """The result of reading one page.

    text: the page's text, NFC, lines separated by newlines.
    words: every word with its box (in the coordinates of the prepared image) and confidence.
    confidence: mean word confidence, 0-100.
    orientation: degrees clockwise the page was turned to stand upright (0, 90, 180, 270).
    skew: degrees the page was rotated by deskew.
    pdf: a one-page searchable PDF (image plus invisible text layer).
    needs_review: True where the quality is below the configured threshold.
    warnings: what an operator should know (blank, blurred, low resolution, low confidence,
        garbled).
    text_source: "ocr", or "text_layer" for a born-digital PDF page read from its own text
    (hoso.ocr.textlayer).
    garbage: share (0-1) of the words tesseract read that are no Vietnamese, before
        post-correction (ocr.postcorrect.garbage_score).
    """

    text: str
    words: tuple[Word, ...]
    confidence: float
    orientation: int
    skew: float
    width: int
    height: int
    dpi: int
    pdf: bytes = b""
    hocr: bytes = b""
    needs_review: bool = False
    warnings: tuple[PageWarning, ...] = ()
    text_source: str = "ocr"
    garbage: float = 0.0


@dataclass(frozen=True)
class Field:
    """A value read from a document: `name` such as `id_number`, normalised `value`, where from."""

    name: str
    value: str
    page_no: int = 1
    box: tuple[int, int, int, int] | None = None
    raw: str = ""
    # How sure the reading is (0-1): its least sure word's OCR confidence, or the digit
    # recogniser's for a header slot's hand-written digits (hoso.ocr.layout).
    confidence: float = field(default=1.0, compare=False)  # not stored: not part of equality


@dataclass(frozen=True)
class DocumentLabel:
    """What kind of paper a document is (`doc_type`, a code of hoso.doctypes), and how sure we are."""

    doc_type: str
    confidence: float
    needs_review: bool = False
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True)
class IndexedPage:
    """One page as the search index holds it, with its dossier's metadata."""

    page_id: str
    dossier_code: str
    document_id: str
    page_no: int
    text: str
    doc_type: str = "khac"
    procedure: str = ""
    desk: str = ""
    received_at: datetime | None = None
    applicant_name: str = ""
    applicant_id: str = ""
    filename: str = ""
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True)
class SearchQuery:
    """A search. `text` may be empty when filters alone select; dates are inclusive."""

    text: str = ""
    doc_type: str | None = None
    procedure: str | None = None
    desk: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    fields: tuple[tuple[str, str], ...] = ()
    limit: int = 20
    offset: int = 0


@dataclass(frozen=True)
class SearchHit:
    """A matching page. `snippet` marks matches with HIGHLIGHT_START / HIGHLIGHT_END."""

    page_id: str
    dossier_code: str
    document_id: str
    page_no: int
    doc_type: str
    snippet: str
    score: float
    procedure: str = ""
    desk: str = ""
    received_at: datetime | None = None

    def snippet_with(self, start: str, end: str) -> str:
        return self.snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)


@dataclass(frozen=True)
class Facet:
    """Counts of matching pages per value of one field (doc_type, procedure, desk, month)."""

    name: str
    counts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class SearchResults:
    """total_exact: False when more pages match than an index counts per search; `total` is
    then a lower bound, and facets count those pages only (show "more than total")."""

    total: int
    hits: tuple[SearchHit, ...]
    facets: tuple[Facet, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    total_exact: bool = True
