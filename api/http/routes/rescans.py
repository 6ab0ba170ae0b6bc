"""The rescan loop over HTTP: replace a page with a rescan, discard it, keep it as checked,
put a file's pages in another order (workers/rescans.py). Operators of the dossier's desk."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool

from hoso.api.accounts import Account, Action
from hoso.api.http.auth import check_desk, requires
from hoso.api.http.present import dossier_out
from hoso.api.http.routes.common import ERRORS
from hoso.api.http.schemas import DossierOut, ErrorOut, OrderIn, RescanOut
from hoso.api.http.state import Hoso, hoso_of
from hoso.api.http.uploads import receive_body
from hoso.ids import FileId, PageId
from hoso.ingest.intake import Upload
from hoso.ingest.names import safe_filename
from hoso.workers.rescans import discard_page, keep_page, reorder_file, rescan_page

__all__ = ["router"]

router = APIRouter(tags=["rescans"], responses={
    **ERRORS, 409: {"model": ErrorOut, "description": "the page was replaced or discarded"}})
Operator = Annotated[Account, Depends(requires(Action.UPLOAD))]
_RAW_BODY = {"requestBody": {"required": True, "content": {
    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}


def check_dossier_desk(hoso: Hoso, account: Account, code: str) -> None:
    check_desk(account, hoso.ctx.catalog.dossier(code).desk, code)


def replace_with(hoso: Hoso, account: Account, page_id: str, upload: Upload) -> RescanOut:
    """Check the desk, then replace the page (the web form's route shares it)."""
    check_dossier_desk(hoso, account, PageId.parse(page_id).dossier)
    new_id = rescan_page(page_id, upload, hoso.ctx, hoso.dispatcher, actor=account.username)
    return RescanOut(replaced=page_id, page_id=new_id)


@router.put("/pages/{page_id:path}/rescan", response_model=RescanOut, openapi_extra=_RAW_BODY,
            status_code=201)
async def rescan(page_id: str, request: Request, account: Operator,
                 filename: Annotated[str, Query(max_length=255)] = "quet-lai") -> RescanOut:
    """Replace the page with a rescan of it (one page: PDF, TIFF, JPEG or PNG, the request's
    body). The page is set aside, never deleted; the rescan takes its place, is read, and the
    file's documents are built again. The same rescan sent again changes nothing."""
    hoso = hoso_of(request)
    await run_in_threadpool(check_dossier_desk, hoso, account, PageId.parse(page_id).dossier)
    with tempfile.TemporaryDirectory(dir=hoso.upload_dir) as tmp:
        name = safe_filename(filename)
        upload = await receive_body(request, Path(tmp) / "body", name,
                                    hoso.settings.limits.max_file_bytes)
        return await run_in_threadpool(replace_with, hoso, account, page_id, upload)


@router.post("/pages/{page_id:path}/discard", response_model=DossierOut)
def discard(page_id: str, request: Request, account: Operator) -> DossierOut:
    """Set aside a page scanned by mistake (kept in the archive, left out of documents)."""
    hoso = hoso_of(request)
    code = PageId.parse(page_id).dossier
    check_dossier_desk(hoso, account, code)
    discard_page(page_id, hoso.ctx, hoso.dispatcher, actor=account.username)
    return dossier_out(hoso.ctx.catalog.status(code))


@router.post("/pages/{page_id:path}/keep", response_model=DossierOut)
def keep(page_id: str, request: Request, account: Operator) -> DossierOut:
    """Keep a warned page as it is: it no longer asks for a rescan."""
    hoso = hoso_of(request)
    code = PageId.parse(page_id).dossier
    check_dossier_desk(hoso, account, code)
    keep_page(page_id, hoso.ctx, actor=account.username)
    return dossier_out(hoso.ctx.catalog.status(code))


@router.put("/files/{file_id:path}/order", response_model=DossierOut)
def reorder(file_id: str, body: OrderIn, request: Request, account: Operator) -> DossierOut:
    """Put the file's pages in use in a new order; its documents are built again."""
    hoso = hoso_of(request)
    code = FileId.parse(file_id).dossier
    check_dossier_desk(hoso, account, code)
    reorder_file(file_id, body.page_ids, hoso.ctx, hoso.dispatcher, actor=account.username)
    return dossier_out(hoso.ctx.catalog.status(code))
