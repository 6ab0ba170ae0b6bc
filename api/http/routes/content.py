"""A dossier's content: page pictures, text and PDFs, documents, originals; type corrections.

Every read of content (except thumbnails, which only appear inside a view that is itself
recorded) is put in the dossier's history with who and how (web or token).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, Response, StreamingResponse

from hoso.api.accounts import Account, Action
from hoso.api.http.auth import check_desk, requires
from hoso.api.http.present import THUMB_WIDTH, dossier_out
from hoso.api.http.routes.common import ERRORS, record_read
from hoso.api.http.schemas import DocumentOut, TypeIn
from hoso.api.http.state import Hoso, hoso_of
from hoso.api.labels import doc_types
from hoso.errors import InvalidValue, NotFound
from hoso.workers.pipeline import correct_document_type

__all__ = ["apply_type_correction", "router"]

router = APIRouter(tags=["content"], responses=ERRORS)
Reader = Annotated[Account, Depends(requires(Action.READ_DOSSIER))]
_PDF: dict[int | str, dict[str, Any]] = {200: {"content": {"application/pdf": {}}, "description": "the PDF"}}
_TEXT: dict[int | str, dict[str, Any]] = {200: {"content": {"text/plain": {}}, "description": "the text, UTF-8"}}
_JPEG: dict[int | str, dict[str, Any]] = {200: {"content": {"image/jpeg": {}}, "description": "a JPEG"}}
_PRIVATE = "private, max-age=300"


def _checked_desk(hoso: Hoso, account: Account, code: str) -> None:
    check_desk(account, hoso.ctx.catalog.dossier(code).desk, code)


def _disposition(filename: str, inline: bool = True) -> str:
    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "_")
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def _blob(hoso: Hoso, sha256: str | None, media_type: str, filename: str,
          what: str) -> Response:
    if not sha256:
        raise NotFound(f"{what} has none yet", hint="wait until its pages are read")
    data = hoso.ctx.store.read_bytes(sha256)  # checks the SHA-256: never serves altered bytes
    return Response(data, media_type=media_type, headers={
        "Content-Disposition": _disposition(filename), "ETag": f'"{sha256}"',
        "Cache-Control": _PRIVATE})


@router.get("/pages/{page_id:path}/image", response_class=Response, responses=_JPEG)
def page_image(page_id: str, request: Request, account: Reader,
               width: Annotated[int, Query(ge=50, le=2000)] = 1200) -> Response:
    """The page as a JPEG about `width` pixels wide, upright (made on first request)."""
    hoso = hoso_of(request)
    page = hoso.ctx.catalog.page_ref(page_id)
    _checked_desk(hoso, account, page.dossier_code)
    path = hoso.images.jpeg(page_id, page.ocr_sha256, width)
    if width > THUMB_WIDTH * 2:
        record_read(hoso, request, account, page.dossier_code, "read_page_image", page_id)
    return FileResponse(path, media_type="image/jpeg", headers={"Cache-Control": _PRIVATE})


_TEXT_TYPE = "text/plain; charset=utf-8"


def _read(request: Request, account: Account, dossier_code: str, sha256: str | None, *,
          media_type: str, filename: str, subject: str, event: str) -> Response:
    """Serve one stored artefact to a reader allowed to see the dossier, and record the read."""
    hoso = hoso_of(request)
    _checked_desk(hoso, account, dossier_code)
    response = _blob(hoso, sha256, media_type, filename.replace("/", "_"), subject)
    record_read(hoso, request, account, dossier_code, event, subject)
    return response


@router.get("/pages/{page_id:path}/text", response_class=Response, responses=_TEXT)
def page_text(page_id: str, request: Request, account: Reader) -> Response:
    """The page's recognised text."""
    page = hoso_of(request).ctx.catalog.page_ref(page_id)
    return _read(request, account, page.dossier_code, page.text_sha256, media_type=_TEXT_TYPE,
                 filename=f"{page_id}.txt", subject=page_id, event="read_page_text")


@router.get("/pages/{page_id:path}/pdf", response_class=Response, responses=_PDF)
def page_pdf(page_id: str, request: Request, account: Reader) -> Response:
    """The page alone as a searchable PDF."""
    page = hoso_of(request).ctx.catalog.page_ref(page_id)
    return _read(request, account, page.dossier_code, page.pdf_sha256,
                 media_type="application/pdf", filename=f"{page_id}.pdf", subject=page_id,
                 event="read_page_pdf")


@router.get("/documents/{document_id:path}/pdf", response_class=Response, responses=_PDF)
def document_pdf(document_id: str, request: Request, account: Reader) -> Response:
    """The document's searchable PDF (add `#page=N` to open it at a page)."""
    doc = hoso_of(request).ctx.catalog.document_ref(document_id)
    return _read(request, account, doc.dossier_code, doc.pdf_sha256,
                 media_type="application/pdf", filename=f"{document_id}-{doc.doc_type}.pdf",
                 subject=document_id, event="read_document_pdf")


@router.get("/documents/{document_id:path}/text", response_class=Response, responses=_TEXT)
def document_text(document_id: str, request: Request, account: Reader) -> Response:
    """The document's text; pages are separated by a form feed."""
    doc = hoso_of(request).ctx.catalog.document_ref(document_id)
    return _read(request, account, doc.dossier_code, doc.text_sha256, media_type=_TEXT_TYPE,
                 filename=f"{document_id}-{doc.doc_type}.txt", subject=document_id,
                 event="read_document_text")


def _chunks(hoso: Hoso, sha256: str) -> Iterator[bytes]:
    yield from hoso.ctx.store.iter_chunks(sha256)


@router.get("/files/{file_id:path}/original", response_class=StreamingResponse,
            responses={200: {"content": {"application/octet-stream": {}},
                             "description": "the file as handed in, byte for byte"}})
def original(file_id: str, request: Request, account: Reader) -> StreamingResponse:
    """The original file, streamed; `Repr-Digest` carries its SHA-256 to check it by."""
    hoso = hoso_of(request)
    source = hoso.ctx.catalog.file_status(file_id)
    _checked_desk(hoso, account, source.dossier_code)
    digest = base64.b64encode(bytes.fromhex(source.sha256)).decode()
    record_read(hoso, request, account, source.dossier_code, "read_original", file_id)
    return StreamingResponse(_chunks(hoso, source.sha256), media_type=source.media_type,
                             headers={"Content-Length": str(source.size),
                                      "Content-Disposition": _disposition(source.filename,
                                                                          inline=False),
                                      "ETag": f'"{source.sha256}"',
                                      "Repr-Digest": f"sha-256=:{digest}:"})


def apply_type_correction(hoso: Hoso, account: Account, document_id: str, doc_type: str
                          ) -> str:
    """Record an officer's type for a document and re-index its pages; returns the dossier."""
    if doc_type not in doc_types():
        raise InvalidValue(f"unknown document type {doc_type!r}",
                           hint="one of " + ", ".join(doc_types()))
    code = hoso.ctx.catalog.document_ref(document_id).dossier_code
    correct_document_type(document_id, doc_type, actor=account.username, ctx=hoso.ctx)
    return code


@router.put("/documents/{document_id:path}/type", response_model=DocumentOut)
def correct_type(document_id: str, body: TypeIn, request: Request,
                 account: Annotated[Account, Depends(requires(Action.CORRECT_TYPE))]
                 ) -> DocumentOut:
    """Set a document's type (an officer's correction, kept if the file is assembled again)."""
    hoso = hoso_of(request)
    code = apply_type_correction(hoso, account, document_id, body.doc_type)
    status = hoso.ctx.catalog.status(code)
    return next(d for f in dossier_out(status).files for d in f.documents
                if d.document_id == document_id)
