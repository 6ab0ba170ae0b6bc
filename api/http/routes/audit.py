"""What auditors see: a dossier's full history, an integrity check, the access log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from hoso.api.accounts import Account, Action
from hoso.api.http.auth import requires
from hoso.api.http.present import event_out
from hoso.api.http.routes.common import ERRORS, via
from hoso.api.http.schemas import (
    AccessEntryOut,
    DossierCode,
    EventOut,
    IntegrityItemOut,
    IntegrityOut,
)
from hoso.api.http.state import hoso_of
from hoso.api.integrity import check_dossier

__all__ = ["router"]

router = APIRouter(tags=["audit"], responses=ERRORS)


@router.get("/dossiers/{code}/history", response_model=list[EventOut])
def dossier_history(code: DossierCode, request: Request,
                    account: Annotated[Account, Depends(requires(Action.READ_HISTORY))]
                    ) -> list[EventOut]:
    """Everything recorded about the dossier, oldest first: intake, refusals, pages read,
    corrections, and every read of its content (who, when, what)."""
    hoso = hoso_of(request)
    events = hoso.ctx.catalog.history(code)
    hoso.accounts.log(account.username, "history_viewed", code, {"via": via(request)})
    return [event_out(e) for e in events]


@router.post("/dossiers/{code}/integrity", response_model=IntegrityOut)
def integrity(code: DossierCode, request: Request,
              account: Annotated[Account, Depends(requires(Action.CHECK_INTEGRITY))]
              ) -> IntegrityOut:
    """Check the dossier (api/integrity.py: every stored file against its SHA-256, the history's
    hash chain and its checkpoint) and record the check in its history (hence a POST)."""
    hoso = hoso_of(request)
    report = check_dossier(code, store=hoso.ctx.store, catalog=hoso.ctx.catalog,
                           actor=account.username, trust_roots=hoso.ctx.trust_roots)
    return IntegrityOut(
        dossier_code=code, checked_at=report.checked_at, ok=report.ok,
        checked=len(report.items), failed=len(report.failed),
        items=[IntegrityItemOut(kind=i.kind, subject=i.subject, sha256=i.sha256, ok=i.ok,
                                found=i.found, problem=i.problem) for i in report.items])


@router.get("/access-log", response_model=list[AccessEntryOut])
def access_log(request: Request,
               account: Annotated[Account, Depends(requires(Action.READ_ACCESS_LOG))],
               actor: Annotated[str | None, Query(max_length=64)] = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> list[AccessEntryOut]:
    """Sign-ins, searches, lookups and account changes, newest first."""
    entries = hoso_of(request).accounts.access_log(limit=limit, actor=actor)
    return [AccessEntryOut(at=e.at, actor=e.actor, action=e.action, subject=e.subject,
                           detail=e.detail) for e in entries]
