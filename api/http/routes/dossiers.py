"""Dossiers: create, change, list, read their state, upload their files, queue failed pages
again."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from starlette.requests import ClientDisconnect

from hoso.api.accounts import Account, Action, Role
from hoso.api.http.auth import Caller, check_desk, requires
from hoso.api.http.present import dossier_out, summary_out
from hoso.api.http.routes.common import ERRORS, record_read
from hoso.api.http.schemas import (
    AcceptedOut,
    DossierCode,
    DossierIn,
    DossierOut,
    DossierPatch,
    DossierSummaryOut,
    ErrorOut,
    RejectedOut,
    RequeueOut,
    UploadOut,
)
from hoso.api.http.state import Hoso, hoso_of
from hoso.api.http.uploads import receive_body, receive_multipart
from hoso.api.procedures import completeness_json
from hoso.api.wording import error_text
from hoso.errors import AccessDenied, CorruptFile, InputError, InvalidValue, NotFound
from hoso.ingest.intake import IntakeReport, Upload, rejection_detail
from hoso.ingest.names import safe_filename
from hoso.records import DossierInfo
from hoso.workers.dispatch import Intake, requeue_dossier, take_in
from hoso.workers.pipeline import reindex_dossier, update_dossier

__all__ = ["open_dossier", "router"]

router = APIRouter(tags=["dossiers"], responses=ERRORS)
Creator = Annotated[Account, Depends(requires(Action.CREATE_DOSSIER))]
Uploader = Annotated[Account, Depends(requires(Action.UPLOAD))]
Reader = Annotated[Account, Depends(requires(Action.READ_DOSSIER))]
UPLOAD_ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": UploadOut | ErrorOut, "description": why} for status, why in (
        (400, "an unsafe file name"), (413, "a file over the size limit"),
        (415, "not a PDF, TIFF, JPEG or PNG"), (422, "empty, truncated, corrupt or encrypted"))}


def _existing(hoso: Hoso, code: str) -> DossierInfo | None:
    try:
        return hoso.ctx.catalog.dossier(code)
    except NotFound:
        return None


def open_dossier(hoso: Hoso, account: Account, body: DossierIn, *,
                 fill_missing: bool = True) -> bool:
    """Create the dossier, or check the particulars given against an existing one's (others
    are refused: DossierMismatch, 409); True if it existed. Particulars it lacks are filled
    in, or, without `fill_missing`, refused too."""
    existing = _existing(hoso, body.code)
    desk = existing.desk if existing else (body.desk.strip() or account.desk)
    check_desk(account, desk, body.code)
    if not desk:
        raise InvalidValue("a dossier needs the desk that received it", hint="give `desk`")
    info = DossierInfo(
        code=body.code, procedure=body.procedure, desk=body.desk.strip() or desk,
        operator=account.username, applicant_name=body.applicant_name,
        applicant_id=body.applicant_id, received_at=body.received_at)
    opened = hoso.ctx.catalog.record_dossier(info, actor=account.username,
                                             fill_missing=fill_missing)
    if opened.filled:
        reindex_dossier(body.code, hoso.ctx)
    return not opened.created


@router.post("/dossiers", status_code=201, response_model=DossierOut,
             responses={200: {"model": DossierOut, "description": "it existed already"}})
def create_dossier(body: DossierIn, request: Request, response: Response,
                   account: Creator) -> DossierOut:
    """Create a dossier (an operator's at their own desk), or complete an existing one."""
    hoso = hoso_of(request)
    if open_dossier(hoso, account, body):
        response.status_code = 200
    return dossier_out(hoso.ctx.catalog.status(body.code))


@router.patch("/dossiers/{code}", response_model=DossierOut)
def change_dossier(code: str, body: DossierPatch, request: Request, account: Caller
                   ) -> DossierOut:
    """Change a dossier's particulars (an admin's, or its own desk's operator's; moving it to
    another desk takes an admin). The history records old → new; its pages are indexed again
    so that search agrees."""
    hoso = hoso_of(request)
    current = hoso.ctx.catalog.dossier(code)
    _check_may_change(account, current, body)
    info = DossierInfo(code=code, procedure=body.procedure, desk=body.desk.strip(),
                       applicant_name=body.applicant_name, applicant_id=body.applicant_id,
                       received_at=body.received_at)
    update_dossier(info, hoso.ctx, actor=account.username)
    return dossier_out(hoso.ctx.catalog.status(code))


def _check_may_change(account: Account, current: DossierInfo, body: DossierPatch) -> None:
    if account.role is Role.ADMIN:
        return
    if account.role is not Role.OPERATOR:
        raise AccessDenied(f"the {account.role.value} role may not change a dossier")
    check_desk(account, current.desk, current.code)
    if body.desk.strip() and body.desk.strip() != current.desk:
        raise AccessDenied(f"moving dossier {current.code} to another desk takes an admin")


@router.get("/dossiers", response_model=list[DossierSummaryOut])
def dossiers(request: Request, account: Reader, desk: str | None = None,
             limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[DossierSummaryOut]:
    """The newest dossiers; an operator sees only their own desk's."""
    if account.role is Role.OPERATOR:
        desk = account.desk
    catalog = hoso_of(request).ctx.catalog
    return [summary_out(s) for s in catalog.list_dossiers(desk=desk, limit=limit)]


@router.get("/dossiers/{code}", response_model=DossierOut)
def dossier(code: DossierCode, request: Request, account: Reader) -> DossierOut:
    """A dossier's files, documents and pages with their states, warnings and links."""
    hoso = hoso_of(request)
    status = hoso.ctx.catalog.status(code)
    check_desk(account, status.info.desk, code)
    if account.role is not Role.OPERATOR:
        # Fields read from the documents are in it. The desk's own operator polls it while
        # scanning, which would flood the history with nothing an auditor needs.
        record_read(hoso, request, account, code, "dossier_viewed", code)
    out = dossier_out(status)
    out.components = completeness_json(hoso.ctx.catalog.procedures.completeness(code))
    return out


def _dossier_for_upload(hoso: Hoso, account: Account, code: str) -> DossierInfo:
    info = hoso.ctx.catalog.dossier(code)
    check_desk(account, info.desk, code)
    return info


def _receive(hoso: Hoso, info: DossierInfo, uploads: list[Upload], account: Account
             ) -> IntakeReport:
    [report] = take_in([Intake(info, tuple(uploads))], hoso.ctx, hoso.dispatcher,
                       actor=account.username)
    return report


def _record_refusals(hoso: Hoso, code: str, errors: list[InputError], account: Account) -> None:
    for exc in errors:
        hoso.ctx.catalog.record_event(code, "file_rejected", exc.filename,
                                      rejection_detail(exc), actor=account.username)


def _upload_response(report: IntakeReport, refused: list[InputError]) -> JSONResponse:
    errors = [r.error for r in report.rejected] + refused
    body = UploadOut(
        dossier_code=report.dossier_code,
        accepted=[AcceptedOut(filename=a.filename, file_id=a.file_id, sha256=a.sha256,
                              page_ids=list(a.page_ids), already_stored=a.already_stored)
                  for a in report.accepted],
        rejected=[RejectedOut(filename=e.filename, reason=e.reason, status=e.http_status,
                              error=type(e).__name__, message=error_text(e))
                  for e in errors])
    new = any(not a.already_stored for a in report.accepted)
    status = errors[0].http_status if errors else (201 if new else 200)
    return JSONResponse(body.model_dump(mode="json"), status_code=status)


async def _cut_off(hoso: Hoso, code: str, filename: str, account: Account) -> Response:
    # The client went away mid-body: nothing was stored; say so in the dossier's history.
    error = CorruptFile(filename, "the upload was cut off before the end of the file")
    await run_in_threadpool(_record_refusals, hoso, code, [error], account)
    return Response(status_code=400)


_RAW_BODY = {"requestBody": {"required": True, "content": {
    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}
_MULTIPART_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {
    "schema": {"type": "object", "required": ["files"], "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}}}


@router.put("/dossiers/{code}/files/{filename}", status_code=201, response_model=UploadOut,
            openapi_extra=_RAW_BODY, responses=UPLOAD_ERRORS)
async def upload_file(code: DossierCode, filename: str, request: Request, account: Uploader
                      ) -> Response:
    """Upload one file as the request body (scanners, kiosks), streamed to disk as it comes.

    Its pages are queued for reading at once; follow them with GET /api/dossiers/{code}."""
    hoso = hoso_of(request)
    info = await run_in_threadpool(_dossier_for_upload, hoso, account, code)
    with tempfile.TemporaryDirectory(dir=hoso.upload_dir) as tmp:
        try:
            name = safe_filename(filename)
            upload = await receive_body(request, Path(tmp) / "body", name,
                                        hoso.settings.limits.max_file_bytes)
        except ClientDisconnect:
            return await _cut_off(hoso, code, filename, account)
        except InputError as exc:
            await run_in_threadpool(_record_refusals, hoso, code, [exc], account)
            raise
        report = await run_in_threadpool(_receive, hoso, info, [upload], account)
    return _upload_response(report, [])


@router.post("/dossiers/{code}/files", status_code=201, response_model=UploadOut,
             openapi_extra=_MULTIPART_BODY, responses=UPLOAD_ERRORS)
async def upload_files(code: DossierCode, request: Request, account: Uploader) -> Response:
    """Upload files as multipart/form-data (field `files`, one or many), streamed to disk.

    Files that pass go in even if others are refused; the answer lists both."""
    hoso = hoso_of(request)
    info = await run_in_threadpool(_dossier_for_upload, hoso, account, code)
    with tempfile.TemporaryDirectory(dir=hoso.upload_dir) as tmp:
        try:
            received = await receive_multipart(request, Path(tmp),
                                               hoso.settings.limits.max_file_bytes)
        except ClientDisconnect:
            return await _cut_off(hoso, code, "(multipart upload)", account)
        if not received.uploads and not received.refused:
            raise InvalidValue("the request holds no file", hint="send them in field `files`")
        await run_in_threadpool(_record_refusals, hoso, code, received.refused, account)
        report = await run_in_threadpool(_receive, hoso, info, received.uploads, account)
    return _upload_response(report, received.refused)


@router.post("/dossiers/{code}/requeue", response_model=RequeueOut)
def requeue(code: DossierCode, request: Request,
            account: Annotated[Account, Depends(requires(Action.REQUEUE))]) -> RequeueOut:
    """Queue the dossier's failed pages again."""
    hoso = hoso_of(request)
    check_desk(account, hoso.ctx.catalog.dossier(code).desk, code)
    ids = requeue_dossier(code, hoso.ctx, hoso.dispatcher, actor=account.username)
    return RequeueOut(dossier_code=code, requeued=ids)
