"""Signing in to the web pages: the session cookie, pages that need a role, form CSRF."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import Request

from hoso.api.accounts import Account, Action, SessionView
from hoso.api.http.auth import SESSION_COOKIE
from hoso.api.http.state import hoso_of
from hoso.errors import AccessDenied, NotAuthenticated

__all__ = ["check_csrf", "login_url", "page_account", "web_session"]


def web_session(request: Request) -> SessionView | None:
    session_id = request.cookies.get(SESSION_COOKIE)
    if not session_id:
        return None
    try:
        session = hoso_of(request).credentials.session(session_id)
    except NotAuthenticated:
        return None
    request.state.account, request.state.csrf_token = session.account, session.csrf_token
    request.state.via = "web"
    return session


def page_account(request: Request, action: Action | None = None) -> Account:
    """The signed-in account allowed `action`; NotAuthenticated sends people to /login."""
    session = web_session(request)
    if session is None:
        raise NotAuthenticated("sign in to see this page")
    if action is not None and not session.account.can(action):
        raise AccessDenied(f"the {session.account.role.value} role may not {action.value}")
    return session.account


def check_csrf(request: Request, sent: str | None) -> None:
    if not sent or sent != getattr(request.state, "csrf_token", None):
        raise AccessDenied("the form is out of date or did not come from this site",
                           hint="reload the page and try again", code="csrf")


def login_url(request: Request) -> str:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return f"/login?next={quote(target, safe='')}"
