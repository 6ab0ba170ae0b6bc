"""What the catalog hands back: frozen views of its rows, safe to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hoso.archive.procedure_records import Component
from hoso.page_warnings import PageWarning
from hoso.records import DossierInfo, Field, FieldChange, PageState

__all__ = [
    "AssembledDocument",
    "BlobUse",
    "Correction",
    "DocumentListQuery",
    "DocumentRef",
    "DocumentRow",
    "DocumentStatus",
    "DossierOpened",
    "DossierStatus",
    "DossierSummary",
    "EventView",
    "FileStatus",
    "LookupHit",
    "LookupQuery",
    "NoteView",
    "PageArtefacts",
    "PageAttention",
    "PageRef",
    "PageStatus",
    "PageTask",
    "RetainedDocument",
]


@dataclass(frozen=True)
class DossierOpened:
    """An intake's dossier: `created` now, or existing with `filled` particulars recorded
    empty before and given now."""

    created: bool
    filled: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class PageTask:
    """Everything a worker needs to digitise one page."""

    page_id: str
    dossier_code: str
    file_id: str
    filename: str
    media_type: str
    source_sha256: str
    index_in_file: int
    state: PageState
    attempts: int
    #: False once the page is set aside (replaced by a rescan, discarded): not to be read
    active: bool = True

    @property
    def name(self) -> str:
        """How errors name this page: `dossier/file.pdf page 3`."""
        return f"{self.dossier_code}/{self.filename} page {self.index_in_file + 1}"


@dataclass(frozen=True)
class PageArtefacts:
    """The stored results of one page (keys into the blob store) and its quality."""

    ocr_sha256: str
    text_sha256: str
    pdf_sha256: str
    hocr_sha256: str
    confidence: float
    needs_review: bool
    warnings: tuple[PageWarning, ...] = ()


@dataclass(frozen=True)
class AssembledDocument:
    """A document found in a file: its pages (indices in the file), type, fields, PDF."""

    page_indices: tuple[int, ...]
    doc_type: str
    confidence: float
    needs_review: bool
    fields: tuple[Field, ...]
    pdf_sha256: str
    text_sha256: str


@dataclass(frozen=True)
class PageStatus:
    page_id: str
    index_in_file: int
    page_no: int | None
    state: PageState
    error: str | None
    confidence: float | None
    needs_review: bool
    warnings: tuple[PageWarning, ...]
    pdf_sha256: str | None
    text_sha256: str | None
    ocr_sha256: str | None = None
    #: the rescan loop (archive/rescans.py): "" in use, "superseded" or "discarded"
    disposition: str = ""
    replaced_by: str | None = None
    #: who kept the page as it is although it was warned about
    checked_by: str | None = None
    #: a rescan's own original (None: the file's original)
    source_sha256: str | None = None
    #: the page's position among the file's pages in use, from 0
    position: int = 0
    updated_at: datetime | None = None

    @property
    def to_rescan(self) -> bool:
        """In use, with a problem an operator should act on: failed, warned or needing
        review, and not kept as checked."""
        if self.disposition or self.checked_by:
            return False
        return (self.state is PageState.FAILED or bool(self.warnings)
                or (self.state is PageState.DONE and self.needs_review))


@dataclass(frozen=True)
class DocumentStatus:
    document_id: str
    doc_type: str
    confidence: float
    needs_review: bool
    corrected: bool
    pdf_sha256: str | None
    text_sha256: str | None
    fields: tuple[Field, ...]
    page_ids: tuple[str, ...]
    #: names of the fields an officer corrected (their values are in `fields`)
    corrected_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileStatus:
    file_id: str
    dossier_code: str
    filename: str
    media_type: str
    sha256: str
    size: int
    assembled: bool
    assembly_error: str | None
    pages: tuple[PageStatus, ...]
    documents: tuple[DocumentStatus, ...]
    #: pages set aside (replaced by a rescan, discarded), kept in the archive
    set_aside: tuple[PageStatus, ...] = ()


@dataclass(frozen=True)
class EventView:
    at: datetime
    actor: str
    kind: str
    subject: str
    detail: dict[str, object]


@dataclass(frozen=True)
class DossierStatus:
    info: DossierInfo
    files: tuple[FileStatus, ...]
    rejected: tuple[EventView, ...]

    @property
    def pages(self) -> tuple[PageStatus, ...]:
        return tuple(p for f in self.files for p in f.pages)

    @property
    def digitised(self) -> bool:
        """Every page done and every file's documents built and indexed."""
        # A file whose every page was discarded has nothing left to build.
        files_done = all(f.assembled or not f.pages for f in self.files)
        return bool(self.files) and files_done and all(
            p.state is PageState.DONE for p in self.pages
        )

    def count(self, state: PageState) -> int:
        return sum(1 for p in self.pages if p.state is state)


@dataclass(frozen=True)
class DossierSummary:
    """One line of a list of dossiers, with how far its pages have come."""

    code: str
    procedure: str
    desk: str
    applicant_name: str
    applicant_id: str
    received_at: datetime | None
    pages: int
    pages_done: int
    pages_failed: int


@dataclass(frozen=True)
class DocumentRef:
    """Where a document belongs and its blobs; `doc_type` is the officer's, if corrected."""

    document_id: str
    dossier_code: str
    file_id: str
    doc_type: str
    pdf_sha256: str | None
    text_sha256: str | None


@dataclass(frozen=True)
class PageRef:
    page_id: str
    dossier_code: str
    file_id: str
    document_id: str | None
    page_no: int | None
    state: PageState
    pdf_sha256: str | None
    text_sha256: str | None
    ocr_sha256: str | None


@dataclass(frozen=True)
class BlobUse:
    """A blob a dossier's records point to: `kind` (original, page_pdf, ...), `owner` (the
    file name, page id or document id) and its key."""

    kind: str
    owner: str
    sha256: str


@dataclass(frozen=True)
class Correction:
    """An officer's correction of a document's type, with the key of the document's text."""

    text_sha256: str
    doc_type: str


@dataclass(frozen=True)
class LookupQuery:
    """Who or what to look for across dossiers; any criterion given may match.

    id_number: digits only; name with birth_date (ISO date) together; doc_number as printed
    (`123/QĐ-UBND`). Names compare case-insensitively.
    """

    id_number: str = ""
    name: str = ""
    birth_date: str = ""
    doc_number: str = ""


@dataclass(frozen=True)
class LookupHit:
    """An archived document about the person looked up."""

    document_id: str
    dossier_code: str
    doc_type: str
    issue_date: str
    doc_number: str
    received_at: datetime | None
    first_page_id: str | None
    matched_on: str


@dataclass(frozen=True)
class NoteView:
    """An officer's note on a document."""

    document_id: str
    at: datetime
    author: str
    text: str


DOCUMENT_SORTS = ("received_at", "dossier_code", "doc_type", "applicant_name", "desk",
                  "pages")


@dataclass(frozen=True)
class DocumentListQuery:
    """Which documents to list, in which order: filters left empty take every value;
    `sort` is one of DOCUMENT_SORTS."""

    doc_type: str = ""
    procedure: str = ""
    desk: str = ""
    sort: str = "received_at"
    descending: bool = True
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class DocumentRow:
    """A document as the document list shows it."""

    document_id: str
    dossier_code: str
    doc_type: str
    procedure: str
    desk: str
    applicant_name: str
    received_at: datetime | None
    pages: int
    first_page_id: str | None
    first_page_ocr: str | None


@dataclass(frozen=True)
class RetainedDocument:
    """A document kept in the archive: the component of its dossier's procedure it fills
    decides its retention, or else its type (archive/retention.py), counted from its
    dossier's date received (UTC)."""

    document_id: str
    dossier_code: str
    doc_type: str
    received_at: datetime | None
    component: Component | None = None


@dataclass(frozen=True)
class PageAttention:
    """A page in use that someone should act on (the work-queue page): its dossier's
    applicant and desk, and its status (`to_rescan`, failed...)."""

    dossier_code: str
    applicant_name: str
    desk: str
    filename: str
    page: PageStatus
