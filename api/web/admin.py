"""Accounts and API tokens for administrators: add users, disable them, make and revoke tokens."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hoso.api.accounts import Action, Role
from hoso.api.http.state import hoso_of
from hoso.api.web.render import render
from hoso.api.web.session import check_csrf, page_account
from hoso.api.wording import error_text
from hoso.errors import Conflict, InvalidValue, NotFound

__all__ = ["router"]

router = APIRouter()


def _admin_page(request: Request, status_code: int = 200, **context: Any) -> Any:
    page_account(request, Action.MANAGE_ACCOUNTS)
    hoso = hoso_of(request)
    context.setdefault("error", None)
    context.setdefault("new_token", None)
    return render(request, "admin.html", status_code=status_code, users=hoso.accounts.users(),
                  tokens=hoso.credentials.tokens(), roles=[r.value for r in Role], **context)


@router.get("/admin")
def admin_page(request: Request) -> Any:
    return _admin_page(request)


@router.post("/admin/users")
def add_user(request: Request, username: Annotated[str, Form()],
             password: Annotated[str, Form()], role: Annotated[str, Form()],
             desk: Annotated[str, Form()] = "", display_name: Annotated[str, Form()] = "",
             csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.MANAGE_ACCOUNTS)
    check_csrf(request, csrf)
    try:
        hoso_of(request).accounts.add_user(username.strip(), password, role, desk=desk,
                                           display_name=display_name, actor=account.username)
    except (InvalidValue, Conflict) as exc:
        return _admin_page(request, exc.http_status, error=error_text(exc))
    return RedirectResponse("/admin", 303)


@router.post("/admin/users/{username}/active")
def set_active(request: Request, username: str, active: Annotated[str, Form()],
               csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.MANAGE_ACCOUNTS)
    check_csrf(request, csrf)
    hoso_of(request).accounts.set_active(username, active == "1", actor=account.username)
    return RedirectResponse("/admin", 303)


@router.post("/admin/tokens")
def create_token(request: Request, username: Annotated[str, Form()],
                 name: Annotated[str, Form()], csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.MANAGE_ACCOUNTS)
    check_csrf(request, csrf)
    try:
        secret, token = hoso_of(request).credentials.create_token(
            username, name, actor=account.username)
    except (InvalidValue, NotFound) as exc:
        return _admin_page(request, 422, error=error_text(exc))
    return _admin_page(request, 201, new_token=(secret, token))


@router.post("/admin/tokens/{token_id}/revoke")
def revoke_token(request: Request, token_id: int, csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.MANAGE_ACCOUNTS)
    check_csrf(request, csrf)
    hoso_of(request).credentials.revoke_token(token_id, actor=account.username)
    return RedirectResponse("/admin", 303)
