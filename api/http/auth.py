"""Who is calling: an API token (`Authorization: Bearer hoso_…`) or a web session cookie.

A request with a session cookie that changes something must also carry the session's CSRF
token (header `X-CSRF-Token`; the web pages' forms send a field, see api.web), so another site cannot act for a
signed-in user. Tokens need none: a browser never sends them by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer

from hoso.api.accounts import Account, Action
from hoso.api.http.state import hoso_of
from hoso.errors import AccessDenied, NotAuthenticated

__all__ = [
    "CSRF_HEADER",
    "SAFE_METHODS",
    "SESSION_COOKIE",
    "Caller",
    "check_desk",
    "current_account",
    "requires",
]

SESSION_COOKIE = "hoso_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

_bearer = HTTPBearer(auto_error=False, description="an API token made by `hoso token create`")
_cookie = APIKeyCookie(name=SESSION_COOKIE, auto_error=False,
                       description="the web session (sign in at /login)")


def _from_session(request: Request, session_id: str) -> Account:
    session = hoso_of(request).credentials.session(session_id)
    request.state.csrf_token = session.csrf_token
    unsafe = request.method not in SAFE_METHODS
    if unsafe and request.headers.get(CSRF_HEADER) != session.csrf_token:
        raise AccessDenied("the request lacks this session's CSRF token",
                           hint=f"send it in the {CSRF_HEADER} header")
    return session.account


def current_account(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    session_id: Annotated[str | None, Depends(_cookie)],
) -> Account:
    """The signed-in account, or NotAuthenticated (HTTP 401)."""
    if bearer is not None:
        account = hoso_of(request).credentials.account_for_token(bearer.credentials)
        request.state.via = "token"
    elif session_id:
        account = _from_session(request, session_id)
        request.state.via = "web"
    else:
        raise NotAuthenticated("sign in, or send an API token",
                               hint="Authorization: Bearer hoso_…")
    request.state.account = account
    return account


def requires(action: Action) -> Callable[..., Account]:
    """A dependency: the caller, if their role allows `action`; 403 otherwise."""

    def dependency(account: Annotated[Account, Depends(current_account)]) -> Account:
        if not account.can(action):
            raise AccessDenied(f"the {account.role.value} role may not {action.value}")
        return account

    return dependency


def check_desk(account: Account, desk: str, code: str) -> None:
    """Operators act only on their own desk's dossiers."""
    if not account.works_at(desk):
        raise AccessDenied(f"dossier {code} belongs to another desk ({desk or 'none'})")


Caller = Annotated[Account, Depends(current_account)]
