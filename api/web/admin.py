"""Accounts, desks and API tokens for administrators: add and edit users (role, desk, full
name, password), lock them after a confirmation, keep the list of intake desks, make and
revoke tokens. Locking oneself or the last administrator is refused by the accounts store."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hoso.api.accounts import Action, Role
from hoso.api.http.state import hoso_of
from hoso.api.i18n import gettext as _
from hoso.api.web.render import render, url_id
from hoso.api.web.session import check_csrf, page_account
from hoso.api.wording import error_text
from hoso.errors import Conflict, InvalidValue, NotFound

__all__ = ["router"]

router = APIRouter()
_REFUSALS = (InvalidValue, Conflict, NotFound)


def _admin_page(request: Request, status_code: int = 200, **context: Any) -> Any:
    page_account(request, Action.MANAGE_ACCOUNTS)
    hoso = hoso_of(request)
    for key in ("error", "notice", "new_token"):
        context.setdefault(key, None)
    return render(request, "admin.html", status_code=status_code, users=hoso.accounts.users(),
                  tokens=hoso.credentials.tokens(), roles=[r.value for r in Role],
                  desks=hoso.accounts.desks(), **context)


def _user_page(request: Request, username: str, status_code: int = 200, **context: Any) -> Any:
    page_account(request, Action.MANAGE_ACCOUNTS)
    hoso = hoso_of(request)
    user = next((u for u in hoso.accounts.users() if u.account.username == username), None)
    if user is None:
        raise NotFound(f"no user {username!r}", code="unknown_user")
    context.setdefault("error", None)
    context.setdefault("notice", None)
    return render(request, "admin_user.html", status_code=status_code, user=user,
                  roles=[r.value for r in Role], desks=hoso.accounts.desks(), **context)


def _back_to(username: str) -> RedirectResponse:
    return RedirectResponse(f"/admin/users/{url_id(username)}", 303)


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
    except _REFUSALS as exc:
        return _admin_page(request, exc.http_status, error=error_text(exc))
    return RedirectResponse("/admin", 303)


@router.get("/admin/users/{username}")
def user_page(request: Request, username: str) -> Any:
    return _user_page(request, username)


@router.post("/admin/users/{username}")
def change_user(request: Request, username: str, role: Annotated[str, Form()],
                desk: Annotated[str, Form()] = "", display_name: Annotated[str, Form()] = "",
                csrf: Annotated[str, Form()] = "") -> Any:
    """A new role, desk or full name (a new role or desk ends the user's sessions)."""
    account = page_account(request, Action.MANAGE_ACCOUNTS)
    check_csrf(request, csrf)
    accounts = hoso_of(request).accounts
    try:
        before = accounts.user(username)
        if (before.role.value, before.desk) != (role, desk if role == Role.OPERATOR else ""):
            accounts.set_role(username, role, desk=desk, actor=account.username)
        if display_name.strip() != before.display_name:
            accounts.set_display_name(username, display_name, actor=account.username)
    except _REFUSALS as exc:
        return _user_page(request, username, exc.http_status, error=error_text(exc))
    return _user_page(request, username, notice=_("Saved."))


@router.post("/admin/users/{username}/password")
def reset_password(request: Request, username: str, password: Annotated[str, Form()],
                   csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.MANAGE_ACCOUNTS)
    check_csrf(request, csrf)
    try:
        hoso_of(request).accounts.set_password(username, password, actor=account.username)
    except _REFUSALS as exc:
        return _user_page(request, username, exc.http_status, error=error_text(exc))
    return _user_page(request, username, notice=_(
        "Password set; the user's sessions and API tokens have ended."))


@router.post("/admin/users/{username}/active")
def set_active(request: Request, username: str, active: Annotated[str, Form()],
               csrf: Annotated[str, Form()] = "", confirmed: Annotated[str, Form()] = "") -> Any:
    """Unlock at once; lock only once confirmed (the first POST shows what it will do)."""
    account = page_account(request, Action.MANAGE_ACCOUNTS)
    check_csrf(request, csrf)
    if active != "1" and confirmed != "1":
        return _user_page(request, username, confirm_lock=True)
    try:
        hoso_of(request).accounts.set_active(username, active == "1", actor=account.username)
    except _REFUSALS as exc:
        return _user_page(request, username, exc.http_status, error=error_text(exc))
    return _back_to(username)


@router.post("/admin/desks")
def add_desk(request: Request, name: Annotated[str, Form()],
             csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.MANAGE_ACCOUNTS)
    check_csrf(request, csrf)
    try:
        added = hoso_of(request).accounts.add_desk(name, actor=account.username)
    except (InvalidValue, Conflict) as exc:
        return _admin_page(request, exc.http_status, error=error_text(exc))
    return _admin_page(request, 201, notice=_("Intake desk %(name)s added.", name=added))


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

