"""The intake desk: pick or create a dossier, drop its scans in, watch each page come back."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from hoso.api.accounts import Action
from hoso.api.http.auth import check_desk
from hoso.api.http.present import dossier_out
from hoso.api.http.routes.dossiers import open_dossier
from hoso.api.http.schemas import DossierCode, DossierIn
from hoso.api.http.state import hoso_of
from hoso.api.i18n import N_
from hoso.api.i18n import gettext as _
from hoso.api.labels import DOSSIER_CODE_RULE, mismatch_text
from hoso.api.web.procedures import intake_context
from hoso.api.web.render import render, url_for_dossier
from hoso.api.web.rescans import NOTICES
from hoso.api.web.session import check_csrf, page_account
from hoso.errors import AccessDenied, DossierMismatch

__all__ = ["router"]

router = APIRouter()
_FIELD_ERRORS = {
    "code": DOSSIER_CODE_RULE,
    "applicant_id": N_("The ID number has 12 digits (citizen ID) or 9 digits (old ID card)."),
}


def _intake_list(request: Request, status_code: int = 200, **context: Any) -> Any:
    account = page_account(request, Action.CREATE_DOSSIER)
    catalog = hoso_of(request).ctx.catalog
    recent = catalog.list_dossiers(desk=account.desk, limit=30)
    context.setdefault("form", {})
    context.setdefault("error", None)
    return render(request, "intake_list.html", status_code=status_code, dossiers=recent,
                  procedure_names=catalog.procedures.names(), **context)


@router.get("/intake")
def intake_list(request: Request) -> Any:
    return _intake_list(request)


@router.post("/intake")
def create(request: Request, code: Annotated[str, Form()],
           csrf: Annotated[str, Form()] = "", procedure: Annotated[str, Form()] = "",
           applicant_name: Annotated[str, Form()] = "",
           applicant_id: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.CREATE_DOSSIER)
    check_csrf(request, csrf)
    form = {"code": code.strip(), "procedure": procedure.strip(),
            "applicant_name": applicant_name.strip(), "applicant_id": applicant_id.strip()}
    try:
        body = DossierIn.model_validate(form)
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][0])
        return _intake_list(request, 422, form=form,
                            error=_(_FIELD_ERRORS.get(field, N_("Something entered is not valid."))))
    try:
        # The form makes new dossiers: it never changes one that exists.
        open_dossier(hoso_of(request), account, body, fill_missing=False)
    except AccessDenied:
        return _intake_list(request, 403, form=form,
                            error=_("This dossier belongs to another intake desk."))
    except DossierMismatch as exc:
        return _intake_list(request, 409, form=form,
                            error=mismatch_text(body.code, exc.differences))
    return RedirectResponse(url_for_dossier("/intake", body.code), 303)


def _status(request: Request, code: str) -> Any:
    account = page_account(request, Action.UPLOAD)
    status = hoso_of(request).ctx.catalog.status(code)
    check_desk(account, status.info.desk, code)
    return dossier_out(status)


@router.get("/intake/{code}")
def intake(request: Request, code: DossierCode, notice: str = "") -> Any:
    return render(request, "intake.html", dossier=_status(request, code), can_fix=True,
                  back="intake", notice=notice, notices=NOTICES,
                  **intake_context(hoso_of(request).ctx.catalog, code))


@router.get("/intake/{code}/pages")
def intake_pages(request: Request, code: DossierCode) -> Response:
    """The pages part of the intake page, which the page's script fetches again and again."""
    response: Response = render(request, "_intake_pages.html", dossier=_status(request, code),
                                can_fix=True, back="intake",
                                **intake_context(hoso_of(request).ctx.catalog, code))
    response.headers["Cache-Control"] = "no-store"
    return response
