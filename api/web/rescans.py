"""The rescan loop on the web pages: the forms on each page card (replace with a rescan,
discard, keep as checked, move earlier or later) post here, and come back to the page they
were sent from with a notice. The work is workers/rescans.py's, as for the API and the CLI."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from starlette.datastructures import UploadFile

from hoso.api.accounts import Account, Action
from hoso.api.http.routes.rescans import check_dossier_desk, replace_with
from hoso.api.http.state import hoso_of
from hoso.api.i18n import N_
from hoso.api.web.render import page_anchor
from hoso.api.web.session import check_csrf, page_account
from hoso.errors import Conflict, InputError, InvalidValue
from hoso.ids import PageId
from hoso.ingest.intake import Upload
from hoso.workers.rescans import discard_page, keep_page, reorder_file

__all__ = ["NOTICES", "router"]

router = APIRouter()
_BACK = {"intake": "/intake", "dossier": "/dossiers"}
# What the page says after an action (`?notice=`): chosen here, never echoed; English msgids
# put into Vietnamese by the template (the message catalogue, hoso.api.i18n).
NOTICES = {
    "replaced": ("good", N_("Rescan received; the new page is being digitised in place of the old one.")),
    "discarded": ("good", N_("The page scanned by mistake was discarded (it stays in the archive).")),
    "kept": ("good", N_("The page was kept after checking.")),
    "moved": ("good", N_("The pages were reordered; the documents are being put together again.")),
    "conflict": ("bad", N_("Someone else has just replaced or discarded this page — look at the pages again.")),
    "bad_file": ("bad", N_("The rescan cannot be used: it must be exactly one page of PDF, TIFF,"
                           " JPEG or PNG, sharp enough.")),
    "no_file": ("bad", N_("Choose the rescan file before pressing Replace.")),
    # officers' pages (api/web/officers.py)
    "requeued": ("good", N_("The failed pages were queued to be processed again.")),
    "nothing_to_requeue": ("good", N_("No failed page to process again.")),
    "field_saved": ("good", N_("The corrected details were saved (recorded in the history).")),
    "bad_field": ("bad", N_("Not saved: a detail needs 1 to 256 characters.")),
    "note_saved": ("good", N_("Note added.")),
    "bad_note": ("bad", N_("Not saved: a note needs 1 to 2000 characters.")),
}


def _back(where: str, code: str, page_id: str, notice: str) -> RedirectResponse:
    prefix = _BACK.get(where, "/intake")
    url = f"{prefix}/{quote(code, safe='')}?notice={notice}#{page_anchor(page_id)}"
    return RedirectResponse(url, 303)


def _operator(request: Request, page_id: str, csrf: str) -> tuple[Account, str]:
    account = page_account(request, Action.UPLOAD)
    check_csrf(request, csrf)
    code = PageId.parse(page_id).dossier
    check_dossier_desk(hoso_of(request), account, code)
    return account, code


@router.post("/pages/{page_id:path}/rescan")
async def rescan(request: Request, page_id: str) -> Any:
    # Who is sending is asked before the body is read (a scan: more than a form's 1 MiB), so
    # nobody signed out gets a file spooled to disk; hence no File()/Form() parameters.
    await run_in_threadpool(page_account, request, Action.UPLOAD)
    async with request.form(max_files=1) as form:
        file, back = form.get("file"), str(form.get("back", ""))
        account, code = await run_in_threadpool(_operator, request, page_id,
                                                str(form.get("csrf", "")))
        if not isinstance(file, UploadFile) or not file.filename:
            return _back(back, code, page_id, "no_file")
        return await _replace(request, account, code, page_id, file, back)


async def _replace(request: Request, account: Account, code: str, page_id: str,
                   file: UploadFile, back: str) -> RedirectResponse:
    hoso = hoso_of(request)
    with tempfile.TemporaryDirectory(dir=hoso.upload_dir) as tmp:
        path = Path(tmp) / "body"
        with path.open("wb") as out:
            await run_in_threadpool(shutil.copyfileobj, file.file, out)
        try:
            await run_in_threadpool(replace_with, hoso, account, page_id,
                                    Upload(path, file.filename or "quet-lai"))
        except Conflict:
            return _back(back, code, page_id, "conflict")
        except InputError:
            return _back(back, code, page_id, "bad_file")
    return _back(back, code, page_id, "replaced")


@router.post("/pages/{page_id:path}/discard")
def discard(request: Request, page_id: str, csrf: Annotated[str, Form()] = "",
            back: Annotated[str, Form()] = "") -> Any:
    account, code = _operator(request, page_id, csrf)
    hoso = hoso_of(request)
    try:
        discard_page(page_id, hoso.ctx, hoso.dispatcher, actor=account.username)
    except Conflict:
        return _back(back, code, page_id, "conflict")
    return _back(back, code, page_id, "discarded")


@router.post("/pages/{page_id:path}/keep")
def keep(request: Request, page_id: str, csrf: Annotated[str, Form()] = "",
         back: Annotated[str, Form()] = "") -> Any:
    account, code = _operator(request, page_id, csrf)
    try:
        keep_page(page_id, hoso_of(request).ctx, actor=account.username)
    except Conflict:
        return _back(back, code, page_id, "conflict")
    return _back(back, code, page_id, "kept")


@router.post("/pages/{page_id:path}/move")
def move(request: Request, page_id: str, step: Annotated[int, Form()],
         csrf: Annotated[str, Form()] = "", back: Annotated[str, Form()] = "") -> Any:
    """Move the page one place earlier (-1) or later (+1) among its file's pages."""
    account, code = _operator(request, page_id, csrf)
    hoso = hoso_of(request)
    file_id = str(PageId.parse(page_id).file)
    order = [p.page_id for p in hoso.ctx.catalog.file_pages(file_id)]
    if page_id not in order:
        return _back(back, code, page_id, "conflict")
    at = order.index(page_id)
    to = max(0, min(len(order) - 1, at + (1 if step > 0 else -1)))
    order.insert(to, order.pop(at))
    try:
        reorder_file(file_id, order, hoso.ctx, hoso.dispatcher, actor=account.username)
    except (Conflict, InvalidValue):
        return _back(back, code, page_id, "conflict")
    return _back(back, code, page_id, "moved")
