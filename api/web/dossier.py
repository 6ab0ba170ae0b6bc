"""A dossier's page (documents, types, fields, pages, states, history) and the audit pages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hoso.api.accounts import Account, Action
from hoso.api.http.auth import check_desk
from hoso.api.http.present import dossier_out
from hoso.api.http.routes.common import record_read
from hoso.api.http.routes.content import apply_type_correction
from hoso.api.http.schemas import DossierCode
from hoso.api.http.state import hoso_of
from hoso.api.integrity import IntegrityReport, check_dossier
from hoso.api.labels import doc_types
from hoso.api.web.render import render, url_for_dossier
from hoso.api.web.rescans import NOTICES
from hoso.api.web.session import check_csrf, page_account

__all__ = ["router"]

router = APIRouter()


@router.get("/dossiers/{code}")
def dossier_page(request: Request, code: DossierCode, notice: str = "") -> Any:
    account = page_account(request, Action.READ_DOSSIER)
    hoso = hoso_of(request)
    status = hoso.ctx.catalog.status(code)
    check_desk(account, status.info.desk, code)
    record_read(hoso, request, account, code, "dossier_viewed", code)
    events = hoso.ctx.catalog.history(code) if account.can(Action.READ_HISTORY) else []
    return render(request, "dossier.html", dossier=dossier_out(status), events=events[-50:],
                  more_events=max(0, len(events) - 50), doc_types=doc_types(),
                  can_correct=account.can(Action.CORRECT_TYPE),
                  can_audit=account.can(Action.CHECK_INTEGRITY),
                  can_fix=account.can(Action.UPLOAD) and account.works_at(status.info.desk),
                  back="dossier", notice=notice, notices=NOTICES,
                  can_requeue=account.can(Action.REQUEUE))


@router.post("/dossiers/{code}/type")
def correct_type(request: Request, code: DossierCode, document_id: Annotated[str, Form()],
                 doc_type: Annotated[str, Form()], csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.CORRECT_TYPE)
    check_csrf(request, csrf)
    apply_type_correction(hoso_of(request), account, document_id, doc_type)
    return RedirectResponse(url_for_dossier("/dossiers", code) + "#documents", 303)


@router.get("/audit")
def audit_index(request: Request) -> Any:
    account = page_account(request, Action.READ_HISTORY)
    hoso = hoso_of(request)
    log = (hoso.accounts.access_log(limit=50) if account.can(Action.READ_ACCESS_LOG) else [])
    return render(request, "audit_index.html", dossiers=hoso.ctx.catalog.list_dossiers(),
                  log=log)


@router.get("/audit/{code}")
def audit_page(request: Request, code: DossierCode) -> Any:
    account = page_account(request, Action.READ_HISTORY)
    return _audit(request, account, code, None)


@router.post("/audit/{code}/integrity")
def check_integrity(request: Request, code: DossierCode, csrf: Annotated[str, Form()] = "") -> Any:
    """The same check as the API's and `hoso verify`'s (api/integrity.py), shown on the page."""
    account = page_account(request, Action.CHECK_INTEGRITY)
    check_csrf(request, csrf)
    hoso = hoso_of(request)
    report = check_dossier(code, store=hoso.ctx.store, catalog=hoso.ctx.catalog,
                           actor=account.username, trust_roots=hoso.ctx.trust_roots)
    return _audit(request, account, code, report)


def _audit(request: Request, account: Account, code: str,
           report: IntegrityReport | None) -> Any:
    hoso = hoso_of(request)
    info = hoso.ctx.catalog.dossier(code)
    events = hoso.ctx.catalog.history(code)
    hoso.accounts.log(account.username, "history_viewed", code, {"via": "web"})
    return render(request, "audit.html", info=info, events=events, report=report,
                  can_check=account.can(Action.CHECK_INTEGRITY))
