"""The web pages' router: sign-in and sign-out, the home redirect, error pages, and the
pages of api.web.intake, api.web.find, api.web.dossier and api.web.admin."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from hoso.api.accounts import Role
from hoso.api.http.auth import SESSION_COOKIE
from hoso.api.http.state import hoso_of
from hoso.api.i18n import N_
from hoso.api.i18n import gettext as _
from hoso.api.web import (
    admin,
    covers,
    dossier,
    find,
    intake,
    officers,
    procedures,
    rescans,
    saved,
)
from hoso.api.web.render import render
from hoso.api.web.session import check_csrf, login_url, page_account, web_session
from hoso.api.wording import error_text
from hoso.errors import HosoError, NotAuthenticated

__all__ = ["error_page", "router"]

router = APIRouter(include_in_schema=False)
for _module in (intake, find, dossier, admin, procedures, rescans, officers, covers, saved):
    router.include_router(_module.router)

HOME = {Role.OPERATOR: "/intake", Role.OFFICER: "/search", Role.AUDITOR: "/audit",
        Role.ADMIN: "/admin"}
_TITLES = {400: N_("Bad request"), 403: N_("Not allowed"), 404: N_("Not found"),
           409: N_("Clashes with what is recorded"), 413: N_("Too large"),
           415: N_("Format not supported"), 422: N_("Not valid"),
           503: N_("The system is not available for the moment")}
_SYSTEM_ERROR = N_("System error")


def _safe_next(target: str) -> str:
    # Only a path on this site: `//evil.example` or `https://…` would leave it.
    return target if target.startswith("/") and not target.startswith("//") else "/"


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Any:
    return render(request, "login.html", next=_safe_next(next), error=None, username="")


@router.post("/login")
def login(request: Request, username: Annotated[str, Form(max_length=64)],
          password: Annotated[str, Form(max_length=1024)],
          next: Annotated[str, Form(max_length=2000)] = "/") -> Any:
    hoso = hoso_of(request)
    try:
        session = hoso.credentials.sign_in(username.strip(), password)
    except NotAuthenticated as exc:
        locked = "locked" in exc.message
        error = (_("Too many failed sign-ins; the account is locked for a while, try again in"
                   " 5 minutes.") if locked else _("Wrong user name or password."))
        return render(request, "login.html", status_code=401, next=_safe_next(next),
                      error=error, username=username)
    target = _safe_next(next)
    response = RedirectResponse(HOME[session.account.role] if target == "/" else target, 303)
    response.set_cookie(SESSION_COOKIE, session.session_id, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https",
                        max_age=int(hoso.credentials.session_length.total_seconds()))
    return response


@router.post("/logout")
def logout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
    session = web_session(request)
    if session is not None:
        check_csrf(request, csrf)
        hoso_of(request).credentials.close_session(session.session_id)
    response = RedirectResponse("/login", 303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/")
def home(request: Request) -> Response:
    return RedirectResponse(HOME[page_account(request).role], 303)


def error_page(request: Request, exc: HosoError) -> Response:
    """An error as a page in Vietnamese; not signed in sends people to sign in."""
    if isinstance(exc, NotAuthenticated):
        return RedirectResponse(login_url(request), 303)
    if getattr(request.state, "account", None) is None:
        web_session(request)
    title = _(_TITLES.get(exc.http_status, _SYSTEM_ERROR))
    response: Response = render(request, "error.html", status_code=exc.http_status,
                                title=title, message=error_text(exc))
    return response
