"""A dossier's content: page pictures, text and PDFs, documents, originals; type corrections.

Every read of content (except thumbnails, which only appear inside a view that is itself
recorded) is put in the dossier's history with who and how (web or token).

Nothing is served that was not checked against its SHA-256 first. An original (up to
HOSO_MAX_FILE_BYTES) is copied out of the store into a temporary file while its hash is
computed, and served from that file only once it matched: once a streamed response's status
and headers are sent, a mismatch found half-way could only cut the connection, which a client
may take for a short read rather than an altered file; hashing the object first and then
streaming it again would serve bytes that were not the ones checked. The copy also gives
Range requests (206, 416) for free. A mismatch is an `IntegrityError` (500), logged and put
in the dossier's history as `integrity_failed`, where auditors see it.
"""

from __future__ import annotations

import base64
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, Response
from starlette.background import BackgroundTask

from hoso.api.accounts import Account, Action
from hoso.api.http.auth import check_desk, requires
from hoso.api.http.present import THUMB_WIDTH, dossier_out, image_version
from hoso.api.http.routes.common import ERRORS, record_read, via
from hoso.api.http.schemas import DocumentOut, TypeIn
from hoso.api.http.state import Hoso, hoso_of
from hoso.errors import IntegrityError, NotFound
from hoso.workers.pipeline import correct_document_type

__all__ = ["apply_type_correction", "router"]

router = APIRouter(tags=["content"], responses=ERRORS)
Reader = Annotated[Account, Depends(requires(Action.READ_DOSSIER))]
_PDF: dict[int | str, dict[str, Any]] = {200: {"content": {"application/pdf": {}}, "description": "the PDF"}}
_TEXT: dict[int | str, dict[str, Any]] = {200: {"content": {"text/plain": {}}, "description": "the text, UTF-8"}}
_JPEG: dict[int | str, dict[str, Any]] = {200: {"content": {"image/jpeg": {}}, "description": "a JPEG"}}
_PRIVATE = "private, max-age=300"
# A page's picture changes once it is read (turned upright): only a versioned URL of a read
# page is kept for good; any other asks again each time.
_IMMUTABLE = "private, max-age=31536000, immutable"
_REVALIDATE = "private, no-cache"
log = logging.getLogger("hoso.integrity")
T = TypeVar("T")


def _checked_desk(hoso: Hoso, account: Account, code: str) -> None:
    check_desk(account, hoso.ctx.catalog.dossier(code).desk, code)


def _disposition(filename: str, inline: bool = True) -> str:
    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "_")
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


def _checked(request: Request, account: Account, code: str, subject: str,
             read: Callable[[], T]) -> T:
    """`read()` (which checks the SHA-256); a mismatch is logged and put in the history."""
    try:
        return read()
    except IntegrityError as exc:
        log.error("integrity failure serving %s of dossier %s: %s", subject, code, exc)
        hoso_of(request).ctx.catalog.record_event(
            code, "integrity_failed", subject, {"error": str(exc), "via": via(request)},
            actor=account.username)
        raise


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
               width: Annotated[int, Query(ge=50, le=2000)] = 1200,
               v: Annotated[str, Query(max_length=64)] = "") -> Response:
    """The page as a JPEG about `width` pixels wide, upright (made on first request).

    `v` is the picture's version, as the dossier's JSON links it: such a URL always shows the
    same picture, so browsers keep it; without it (or with an old one) they ask again."""
    hoso = hoso_of(request)
    page = hoso.ctx.catalog.page_ref(page_id)
    _checked_desk(hoso, account, page.dossier_code)
    path = hoso.images.jpeg(page_id, page.ocr_sha256, width)
    if width > THUMB_WIDTH * 2:
        record_read(hoso, request, account, page.dossier_code, "read_page_image", page_id)
    current = v == image_version(page.ocr_sha256) and page.ocr_sha256 is not None
    return FileResponse(path, media_type="image/jpeg",
                        headers={"Cache-Control": _IMMUTABLE if current else _REVALIDATE})


_TEXT_TYPE = "text/plain; charset=utf-8"


def _read(request: Request, account: Account, dossier_code: str, sha256: str | None, *,
          media_type: str, filename: str, subject: str, event: str) -> Response:
    """Serve one stored artefact to a reader allowed to see the dossier, and record the read."""
    hoso = hoso_of(request)
    _checked_desk(hoso, account, dossier_code)
    response = _checked(request, account, dossier_code, subject, lambda: _blob(
        hoso, sha256, media_type, filename.replace("/", "_"), subject))
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


@router.get("/files/{file_id:path}/original", response_class=FileResponse,
            responses={200: {"content": {"application/octet-stream": {}},
                             "description": "the file as handed in, byte for byte"},
                       206: {"description": "the bytes of the Range asked for"},
                       304: {"description": "the copy named in If-None-Match is current"},
                       416: {"description": "the Range is outside the file"}})
def original(file_id: str, request: Request, account: Reader) -> Response:
    """The original file, checked against its SHA-256 before any byte is sent; `Repr-Digest`
    carries that SHA-256, the ETag too. Range and If-None-Match are answered."""
    hoso = hoso_of(request)
    source = hoso.ctx.catalog.file_status(file_id)
    _checked_desk(hoso, account, source.dossier_code)
    headers = _original_headers(source.sha256, source.filename)
    if _etag_matches(request, headers["ETag"]):
        return Response(status_code=304, headers=headers)
    folder = Path(tempfile.mkdtemp(prefix="hoso-original-"))
    try:
        _checked(request, account, source.dossier_code, file_id,
                 lambda: hoso.ctx.store.copy_to(source.sha256, folder / "original"))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    record_read(hoso, request, account, source.dossier_code, "read_original", file_id)
    return FileResponse(folder / "original", media_type=source.media_type, headers=headers,
                        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))


def _original_headers(sha256: str, filename: str) -> dict[str, str]:
    digest = base64.b64encode(bytes.fromhex(sha256)).decode()
    return {"ETag": f'"{sha256}"', "Repr-Digest": f"sha-256=:{digest}:",
            "Content-Disposition": _disposition(filename, inline=False),
            "Cache-Control": _PRIVATE}


def _etag_matches(request: Request, etag: str) -> bool:
    """If-None-Match names this ETag (or `*`): the client's copy is this original's bytes."""
    asked = request.headers.get("if-none-match", "")
    tags = {t.strip().removeprefix("W/") for t in asked.split(",")}
    return etag in tags or "*" in tags


def apply_type_correction(hoso: Hoso, account: Account, document_id: str, doc_type: str
                          ) -> str:
    """Record an officer's type for a document and re-index its pages; returns the dossier."""
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
