"""Officers' pages: the document list (browse with thumbnails and sortable columns, no query
needed), a document's page (its pages, fields to correct, notes, its history), a dossier's
ZIP and the requeue button. The work is the API's (api/http/routes/officers.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hoso.api.accounts import Action, Role
from hoso.api.http.auth import check_desk
from hoso.api.http.present import THUMB_WIDTH, VIEW_WIDTH, image_version, page_url
from hoso.api.http.routes.common import record_read
from hoso.api.http.routes.officers import document_row_out, download_zip, find_document
from hoso.api.http.schemas import DossierCode
from hoso.api.http.state import hoso_of
from hoso.api.i18n import N_, VIETNAM
from hoso.api.labels import doc_types
from hoso.api.web.render import render, url_for_dossier
from hoso.api.web.rescans import NOTICES
from hoso.api.web.saved import views_for
from hoso.api.web.session import check_csrf, page_account
from hoso.archive.records import DOCUMENT_SORTS, DocumentListQuery
from hoso.errors import InvalidValue
from hoso.workers.dispatch import requeue_dossier
from hoso.workers.pipeline import correct_document_field

__all__ = ["router"]

router = APIRouter()
PAGE_SIZE = 30
COLUMNS = (("dossier_code", N_("Dossier")), ("applicant_name", N_("Applicant")),
           ("doc_type", N_("Document type")), ("desk", N_("Intake desk")),
           ("received_at", N_("Date received")), ("pages", N_("Number of pages")))


def _list_params(request: Request) -> dict[str, str]:
    keep = ("type", "procedure", "desk", "sort", "order")
    return {k: v for k, v in request.query_params.items() if k in keep and v}


@router.get("/documents")
def document_list(request: Request, offset: int = 0) -> Any:
    account = page_account(request, Action.SEARCH)
    params = _list_params(request)
    sort = params.get("sort", "received_at")
    sort = sort if sort in DOCUMENT_SORTS else "received_at"
    descending = params.get("order", "desc") != "asc"
    offset = max(0, min(offset, 100_000))
    query = DocumentListQuery(params.get("type", ""), params.get("procedure", ""),
                              params.get("desk", ""), sort, descending, PAGE_SIZE, offset)
    rows, total = hoso_of(request).ctx.catalog.list_documents(query)

    def link(**change: str | int | None) -> str:
        merged = {**params, **change}
        return "/documents?" + urlencode({k: v for k, v in merged.items() if v})

    return render(request, "documents.html", rows=[document_row_out(r) for r in rows],
                  total=total, offset=offset, page_size=PAGE_SIZE, params=params, sort=sort,
                  descending=descending, columns=COLUMNS, link=link, doc_types=doc_types(),
                  saved_views=views_for(request, account))


@router.get("/documents/{document_id:path}")
def document_page(request: Request, document_id: str, notice: str = "") -> Any:
    account = page_account(request, Action.READ_DOSSIER)
    hoso = hoso_of(request)
    ref = hoso.ctx.catalog.document_ref(document_id)
    info = hoso.ctx.catalog.dossier(ref.dossier_code)
    check_desk(account, info.desk, ref.dossier_code)
    record_read(hoso, request, account, ref.dossier_code, "document_viewed", document_id)
    document = find_document(hoso, ref.dossier_code, document_id)
    pages = {p.page_id: p for p in hoso.ctx.catalog.file_pages(ref.file_id)}
    thumbs = [(pid, page_url(pid, "image", width=THUMB_WIDTH,
                             v=image_version(pages[pid].ocr_sha256 if pid in pages else None)),
               page_url(pid, "image", width=VIEW_WIDTH)) for pid in document.page_ids]
    history = (hoso.ctx.catalog.document_history(document_id)
               if account.can(Action.READ_HISTORY) else [])
    return render(request, "document.html", info=info, document=document, thumbs=thumbs,
                  notes=hoso.ctx.catalog.notes(document_id), events=history,
                  can_correct=account.can(Action.CORRECT_TYPE), doc_types=doc_types(),
                  notice=notice, notices=NOTICES, field_names=_FIELD_CHOICES)


_FIELD_CHOICES = ("name", "id_number", "birth_date", "doc_number", "issue_date", "authority",
                  "tax_code", "land_parcel", "map_sheet")


def _back(document_id: str, notice: str) -> RedirectResponse:
    return RedirectResponse(f"/documents/{quote(document_id, safe='/')}?notice={notice}", 303)


@router.post("/documents/{document_id:path}/fields")
def correct_field(request: Request, document_id: str, name: Annotated[str, Form()],
                  value: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.CORRECT_TYPE)
    check_csrf(request, csrf)
    hoso = hoso_of(request)
    code = hoso.ctx.catalog.document_ref(document_id).dossier_code
    check_desk(account, hoso.ctx.catalog.dossier(code).desk, code)
    try:
        correct_document_field(document_id, name, value, actor=account.username, ctx=hoso.ctx)
    except InvalidValue:
        return _back(document_id, "bad_field")
    return _back(document_id, "field_saved")


@router.post("/documents/{document_id:path}/notes")
def add_note(request: Request, document_id: str, text: Annotated[str, Form()] = "",
             csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.CORRECT_TYPE)
    check_csrf(request, csrf)
    hoso = hoso_of(request)
    code = hoso.ctx.catalog.document_ref(document_id).dossier_code
    check_desk(account, hoso.ctx.catalog.dossier(code).desk, code)
    try:
        hoso.ctx.catalog.add_note(document_id, text, actor=account.username)
    except InvalidValue:
        return _back(document_id, "bad_note")
    return _back(document_id, "note_saved")


@router.get("/dossiers/{code}/zip")
def dossier_zip(request: Request, code: DossierCode) -> Any:
    account = page_account(request, Action.READ_DOSSIER)
    return download_zip(hoso_of(request), account, code, "web")


@router.post("/dossiers/{code}/requeue")
def requeue(request: Request, code: DossierCode, csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.REQUEUE)
    check_csrf(request, csrf)
    hoso = hoso_of(request)
    check_desk(account, hoso.ctx.catalog.dossier(code).desk, code)
    ids = requeue_dossier(code, hoso.ctx, hoso.dispatcher, actor=account.username)
    return RedirectResponse(url_for_dossier("/dossiers", code)
                            + f"?notice={'requeued' if ids else 'nothing_to_requeue'}", 303)


@router.get("/work-queue")
def work_queue(request: Request) -> Any:
    """What is left to do: pages asking for a rescan or a check since midnight (Vietnam's),
    and failed pages; an operator's desk only."""
    account = page_account(request, Action.READ_DOSSIER)
    desk = account.desk if account.role is Role.OPERATOR else None
    midnight = datetime.now(VIETNAM).replace(hour=0, minute=0, second=0, microsecond=0)
    catalog = hoso_of(request).ctx.catalog
    today = catalog.pages_to_act_on(desk=desk, since=midnight.astimezone(UTC))
    failed = catalog.pages_to_act_on(desk=desk, since=midnight.astimezone(UTC), failed=True)
    where = "/intake" if account.can(Action.UPLOAD) else "/dossiers"
    return render(request, "work_queue.html", today=today, failed=failed, where=where,
                  desk=desk, can_requeue=account.can(Action.REQUEUE),
                  saved_views=views_for(request, account), can_search=account.can(Action.SEARCH))
