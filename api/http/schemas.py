"""The JSON the API takes and gives, as pydantic models (they make the OpenAPI schema)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field

from hoso.errors import InvalidValue
from hoso.ids import DOSSIER_CODE_RULE, check_dossier_code
from hoso.page_warnings import WarningKind

__all__ = [
    "AcceptedOut",
    "AccessEntryOut",
    "AccountOut",
    "CitizenDocumentOut",
    "CitizenOut",
    "DocTypeOut",
    "DocumentListOut",
    "DocumentOut",
    "DocumentRowOut",
    "DossierCode",
    "DossierIn",
    "DossierOut",
    "DossierSummaryOut",
    "ErrorOut",
    "EventOut",
    "FacetCountOut",
    "FacetOut",
    "FieldIn",
    "FieldOut",
    "FileOut",
    "HitOut",
    "IntegrityItemOut",
    "IntegrityOut",
    "NoteIn",
    "NoteOut",
    "OrderIn",
    "PageOut",
    "RejectedOut",
    "RequeueOut",
    "RescanOut",
    "SearchOut",
    "TokenIn",
    "TokenOut",
    "TypeIn",
    "UploadOut",
    "UserIn",
    "UserOut",
    "UserPatch",
    "WarningOut",
]



def _dossier_code(value: str) -> str:
    # pydantic reports a ValueError as the field's problem (422 naming `code`); an InvalidValue
    # would escape its validation as an exception of its own.
    try:
        return check_dossier_code(value)
    except InvalidValue as exc:
        raise ValueError(str(exc)) from None


DossierCode = Annotated[str, AfterValidator(_dossier_code),
                        Field(description=f"the code on the receipt: {DOSSIER_CODE_RULE}")]
CITIZEN_ID = r"^([0-9]{9}|[0-9]{12})?$"


class ErrorOut(BaseModel):
    error: str = Field(description="hoso's exception class, e.g. LimitExceeded")
    message: str
    hint: str | None = None


class DossierIn(BaseModel):
    code: DossierCode
    procedure: str = Field("", max_length=64)
    desk: str = Field("", max_length=128, description="defaults to an operator's own desk")
    applicant_name: str = Field("", max_length=256)
    applicant_id: str = Field("", pattern=CITIZEN_ID, description="12-digit CCCD or 9-digit CMND")
    received_at: datetime | None = None


class DossierPatch(BaseModel):
    """The particulars to change; those left out (or empty) stay as they are."""

    procedure: str = Field("", max_length=64)
    desk: str = Field("", max_length=128, description="moving a dossier takes an admin")
    applicant_name: str = Field("", max_length=256)
    applicant_id: str = Field("", pattern=CITIZEN_ID, description="12-digit CCCD or 9-digit CMND")
    received_at: datetime | None = None


class FieldOut(BaseModel):
    name: str
    value: str
    page_no: int
    corrected: bool = Field(False, description="set by an officer, not read")


class WarningOut(BaseModel):
    """Why a page may need a look: the kind, its figures, and what it says in Vietnamese."""

    kind: WarningKind
    message: str = Field(description="the warning in Vietnamese, as the pages show it")
    dpi: int | None = Field(None, description="low_resolution: the scan's resolution")
    min_dpi: int | None = Field(None, description="low_resolution: the least accepted")
    confidence: float | None = Field(None, description="low_confidence: the OCR score, 0-100")
    threshold: float | None = Field(None, description="low_confidence: the review threshold")
    garbage: float | None = Field(None, description="garbled: share of words read that are no "
                                  "Vietnamese, 0-1")
    garbage_limit: float | None = Field(None, description="garbled: the share above which a "
                                        "page goes to review")


class PageOut(BaseModel):
    page_id: str
    index_in_file: int
    page_no: int | None
    document_id: str | None
    state: str = Field(description="queued, done or failed")
    error: str | None
    confidence: float | None
    needs_review: bool
    warnings: list[WarningOut]
    thumbnail_url: str
    image_url: str
    disposition: str = Field("", description="'' in use, 'superseded' (by a rescan) or "
                                             "'discarded'; such pages stay in the archive")
    replaced_by: str | None = Field(None, description="the page that took its place")
    checked_by: str | None = Field(None, description="who kept it as it is despite warnings")
    to_rescan: bool = Field(False, description="failed, warned or needing review, not kept")
    position: int = Field(0, description="its place among the file's pages in use, from 0")


class DocumentOut(BaseModel):
    document_id: str
    doc_type: str
    doc_type_name: str
    confidence: float
    needs_review: bool
    corrected: bool
    fields: list[FieldOut]
    page_ids: list[str]
    pdf_url: str | None
    text_url: str | None


class FileOut(BaseModel):
    file_id: str
    filename: str
    media_type: str
    sha256: str
    size: int
    assembled: bool
    assembly_error: str | None = Field(description="why its documents could not be built")
    original_url: str
    pages: list[PageOut]
    documents: list[DocumentOut]
    set_aside: list[PageOut] = Field([], description="pages replaced or discarded, kept")


class RejectedOut(BaseModel):
    filename: str
    reason: str
    at: datetime | None = None
    status: int | None = Field(None, description="the HTTP status of the refusal")
    error: str | None = Field(None, description="hoso's exception class, e.g. CorruptFile")
    message: str = Field("", description="why, in Vietnamese, for people at the desk")


class DossierOut(BaseModel):
    code: str
    procedure: str
    desk: str
    operator: str
    applicant_name: str
    applicant_id: str
    received_at: datetime | None
    digitised: bool = Field(description="every page read, every document built and indexed")
    settled: bool = Field(description="nothing left to do (some pages may have failed)")
    pages_queued: int
    pages_done: int
    pages_failed: int
    files: list[FileOut]
    rejected: list[RejectedOut]
    components: dict[str, object] | None = Field(
        None, description="each component of its procedure: present, reused or missing "
        "(GET /api/dossiers/{code}/components)")


class DossierSummaryOut(BaseModel):
    code: str
    procedure: str
    desk: str
    applicant_name: str
    applicant_id: str
    received_at: datetime | None
    pages: int
    pages_done: int
    pages_failed: int


class AcceptedOut(BaseModel):
    filename: str
    file_id: str
    sha256: str
    page_ids: list[str]
    already_stored: bool


class UploadOut(BaseModel):
    dossier_code: str
    accepted: list[AcceptedOut]
    rejected: list[RejectedOut]


class CitizenDocumentOut(BaseModel):
    document_id: str
    dossier_code: str
    doc_type: str
    doc_type_name: str
    issue_date: str
    doc_number: str
    received_at: datetime | None
    first_page_id: str | None


class CitizenOut(BaseModel):
    id_number: str
    dossiers: list[DossierSummaryOut] = Field(description="as applicant, or named in a document")
    documents: list[CitizenDocumentOut] = Field(description="documents naming this ID")


class HitOut(BaseModel):
    page_id: str
    dossier_code: str
    document_id: str
    page_no: int
    doc_type: str
    doc_type_name: str
    procedure: str
    desk: str
    received_at: datetime | None
    score: float
    snippet: str = Field(description="plain text around the matches")
    highlights: list[tuple[int, int]] = Field(description="[start, end) of each match in snippet")
    thumbnail_url: str
    image_url: str
    pdf_url: str = Field(description="the document's searchable PDF, opened at this page")


class FacetCountOut(BaseModel):
    value: str
    label: str
    count: int


class FacetOut(BaseModel):
    name: str = Field(description="doc_type, procedure, desk or month")
    counts: list[FacetCountOut]


class SearchOut(BaseModel):
    total: int
    # False: more pages match than the index counts per search; total is a lower bound and
    # facets count those pages only ("more than total").
    total_exact: bool = True
    offset: int
    limit: int
    hits: list[HitOut]
    facets: list[FacetOut]


class EventOut(BaseModel):
    at: datetime
    actor: str
    kind: str
    subject: str
    detail: dict[str, object]


class IntegrityItemOut(BaseModel):
    """One thing checked: a stored file (`original`, `page_pdf`, …), a hash chain (`history`,
    `access_log`), a `checkpoint`. `sha256` is what was expected, `found` what is there when
    it does not match (`missing` for a file gone), `problem` says what is wrong (English)."""

    kind: str
    subject: str
    sha256: str
    ok: bool
    found: str = ""
    problem: str = ""


class IntegrityOut(BaseModel):
    dossier_code: str
    checked_at: datetime
    ok: bool
    checked: int
    failed: int
    items: list[IntegrityItemOut]


class DeskIn(BaseModel):
    name: str = Field(min_length=1, max_length=128, description="e.g. UBND phường Bến Nghé")


class TypeIn(BaseModel):
    doc_type: str = Field(min_length=1, max_length=64)


class DocTypeOut(BaseModel):
    doc_type: str
    name: str


class AccountOut(BaseModel):
    username: str
    role: str
    desk: str
    display_name: str
    allowed: list[str]


class UserIn(BaseModel):
    username: str = Field(min_length=2, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    role: str
    desk: str = Field("", max_length=128)
    display_name: str = Field("", max_length=128)


class UserPatch(BaseModel):
    """What to change; a new password, role or desk, or a disable, also ends the user's web
    sessions and revokes their API tokens."""

    active: bool | None = None
    password: str | None = Field(None, min_length=1, max_length=1024)
    role: str | None = Field(None, max_length=16)
    desk: str | None = Field(None, max_length=128, description="an operator's intake desk")
    display_name: str | None = Field(None, max_length=128, description="full name")


class UserOut(BaseModel):
    username: str
    role: str
    desk: str
    display_name: str
    active: bool
    created_at: datetime
    locked_until: datetime | None


class TokenIn(BaseModel):
    name: str = Field(min_length=1, max_length=128, description="which machine uses it")


class TokenOut(BaseModel):
    token_id: int
    username: str
    name: str
    created_at: datetime
    last_used_at: datetime | None
    revoked: bool
    token: str | None = Field(None, description="the secret, given once when created")


class AccessEntryOut(BaseModel):
    at: datetime
    actor: str
    action: str
    subject: str
    detail: dict[str, object]


class RequeueOut(BaseModel):
    dossier_code: str
    requeued: list[str]


class RescanOut(BaseModel):
    replaced: str = Field(description="the page set aside")
    page_id: str = Field(description="the rescan, queued in its place")


class OrderIn(BaseModel):
    page_ids: list[str] = Field(description="every page in use of the file, in the new order")


class FieldIn(BaseModel):
    value: str = Field(min_length=1, max_length=256, description="the value as the officer reads it")


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=2000)


class NoteOut(BaseModel):
    document_id: str
    at: datetime
    author: str
    text: str


class DocumentRowOut(BaseModel):
    document_id: str
    dossier_code: str
    doc_type: str
    doc_type_name: str
    procedure: str
    desk: str
    applicant_name: str
    received_at: datetime | None
    pages: int
    thumbnail_url: str | None


class DocumentListOut(BaseModel):
    total: int
    offset: int
    limit: int
    documents: list[DocumentRowOut]
