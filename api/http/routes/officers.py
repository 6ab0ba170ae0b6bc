"""What officers do with documents over HTTP: the document list, fields corrected, notes, a
document's history, and a dossier's ZIP (originals and PDFs, streamed)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from hoso.api.accounts import Account, Action
from hoso.api.http.auth import check_desk, requires
from hoso.api.http.present import (
    THUMB_WIDTH,
    aware,
    document_out,
    event_out,
    image_version,
    page_url,
)
from hoso.api.http.routes.common import ERRORS, via
from hoso.api.http.schemas import (
    DocumentListOut,
    DocumentOut,
    DocumentRowOut,
    DossierCode,
    EventOut,
    FieldIn,
    NoteIn,
    NoteOut,
)
from hoso.api.http.state import Hoso, hoso_of
from hoso.api.labels import doc_type_name
from hoso.archive.dossier_zip import stream_zip, zip_entries
from hoso.archive.records import DOCUMENT_SORTS, DocumentListQuery, DocumentRow, NoteView
from hoso.workers.pipeline import correct_document_field

__all__ = ["document_row_out", "download_zip", "router"]

router = APIRouter(tags=["officers"], responses=ERRORS)
Reader = Annotated[Account, Depends(requires(Action.READ_DOSSIER))]
Corrector = Annotated[Account, Depends(requires(Action.CORRECT_TYPE))]
Historian = Annotated[Account, Depends(requires(Action.READ_HISTORY))]
Searcher = Annotated[Account, Depends(requires(Action.SEARCH))]
Sort = Literal["received_at", "dossier_code", "doc_type", "applicant_name", "desk", "pages"]
assert set(Sort.__args__) == set(DOCUMENT_SORTS)  # type: ignore[attr-defined]


def _document_dossier(hoso: Hoso, account: Account, document_id: str) -> str:
    code = hoso.ctx.catalog.document_ref(document_id).dossier_code
    check_desk(account, hoso.ctx.catalog.dossier(code).desk, code)
    return code


def find_document(hoso: Hoso, code: str, document_id: str) -> DocumentOut:
    status = hoso.ctx.catalog.status(code)
    doc = next(d for f in status.files for d in f.documents if d.document_id == document_id)
    return document_out(doc)


def note_out(note: NoteView) -> NoteOut:
    return NoteOut(document_id=note.document_id, at=aware(note.at) or note.at,
                   author=note.author, text=note.text)


def document_row_out(row: DocumentRow) -> DocumentRowOut:
    thumb = (page_url(row.first_page_id, "image", width=THUMB_WIDTH,
                      v=image_version(row.first_page_ocr)) if row.first_page_id else None)
    return DocumentRowOut(
        document_id=row.document_id, dossier_code=row.dossier_code, doc_type=row.doc_type,
        doc_type_name=doc_type_name(row.doc_type), procedure=row.procedure, desk=row.desk,
        applicant_name=row.applicant_name, received_at=aware(row.received_at),
        pages=row.pages, thumbnail_url=thumb)


@router.get("/documents", response_model=DocumentListOut)
def documents(request: Request, account: Searcher,
              doc_type: Annotated[str, Query(alias="type", max_length=64)] = "",
              procedure: Annotated[str, Query(max_length=64)] = "",
              desk: Annotated[str, Query(max_length=128)] = "",
              sort: Sort = "received_at", order: Literal["asc", "desc"] = "desc",
              limit: Annotated[int, Query(ge=1, le=200)] = 50,
              offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> DocumentListOut:
    """Documents across dossiers, without a query: filtered by type, procedure and desk,
    sorted by any column (newest dossier first by default)."""
    query = DocumentListQuery(doc_type, procedure, desk, sort, order == "desc", limit, offset)
    rows, total = hoso_of(request).ctx.catalog.list_documents(query)
    return DocumentListOut(total=total, offset=offset, limit=limit,
                           documents=[document_row_out(r) for r in rows])


@router.put("/documents/{document_id:path}/fields/{name}", response_model=DocumentOut)
def correct_field(document_id: str, name: str, body: FieldIn, request: Request,
                  account: Corrector) -> DocumentOut:
    """Correct a field read from the document (or add one that was missed): shown and
    searched over what was read, kept when the document is built again, in the history."""
    hoso = hoso_of(request)
    code = _document_dossier(hoso, account, document_id)
    correct_document_field(document_id, name, body.value, actor=account.username,
                           ctx=hoso.ctx)
    return find_document(hoso, code, document_id)


@router.post("/documents/{document_id:path}/notes", response_model=NoteOut, status_code=201)
def add_note(document_id: str, body: NoteIn, request: Request, account: Corrector) -> NoteOut:
    """Add a note to the document (written in the dossier's history too)."""
    hoso = hoso_of(request)
    _document_dossier(hoso, account, document_id)
    return note_out(hoso.ctx.catalog.add_note(document_id, body.text, actor=account.username))


@router.get("/documents/{document_id:path}/notes", response_model=list[NoteOut])
def notes(document_id: str, request: Request, account: Reader) -> list[NoteOut]:
    hoso = hoso_of(request)
    _document_dossier(hoso, account, document_id)
    return [note_out(n) for n in hoso.ctx.catalog.notes(document_id)]


@router.get("/documents/{document_id:path}/history", response_model=list[EventOut])
def document_history(document_id: str, request: Request, account: Historian
                     ) -> list[EventOut]:
    """The dossier's events about this document and its pages, oldest first."""
    hoso = hoso_of(request)
    _document_dossier(hoso, account, document_id)
    return [event_out(e) for e in hoso.ctx.catalog.document_history(document_id)]


def download_zip(hoso: Hoso, account: Account, code: str, how: str) -> StreamingResponse:
    """The dossier's ZIP as a streamed response; the download is put in its history."""
    status = hoso.ctx.catalog.status(code)
    check_desk(account, status.info.desk, code)
    hoso.ctx.catalog.record_event(code, "dossier_downloaded", code, {"via": how},
                                  actor=account.username)
    name = f"ho-so-{code}.zip"
    return StreamingResponse(stream_zip(zip_entries(status), hoso.ctx.store),
                             media_type="application/zip",
                             headers={"Content-Disposition": f'attachment; filename="{name}"',
                                      "Cache-Control": "no-store"})


@router.get("/dossiers/{code}/zip", response_class=StreamingResponse,
            responses={200: {"content": {"application/zip": {}},
                             "description": "originals, rescans and PDFs, with SHA256SUMS"}})
def dossier_zip(code: DossierCode, request: Request, account: Reader) -> StreamingResponse:
    """The dossier as one ZIP, streamed: originals (rescans too) and documents' PDFs."""
    return download_zip(hoso_of(request), account, code, via(request))
