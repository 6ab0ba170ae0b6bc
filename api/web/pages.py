"""The web pages' router: sign-in and sign-out, the home redirect, error pages, and the
pages of api.web.intake, api.web.find, api.web.dossier and api.web.admin."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from hoso.api.accounts import Role
from hoso.api.http.auth import SESSION_COOKIE
from hoso.api.http.state import hoso_of
from hoso.api.web import admin, covers, dossier, find, intake, officers, rescans
from hoso.api.web.render import render
from hoso.api.web.session import check_csrf, login_url, page_account, web_session
from hoso.errors import HosoError, NotAuthenticated

__all__ = ["error_page", "router"]

router = APIRouter(include_in_schema=False)
for _module in (intake, find, dossier, admin, rescans, officers, covers):
    router.include_router(_module.router)

HOME = {Role.OPERATOR: "/intake", Role.OFFICER: "/search", Role.AUDITOR: "/audit",
        Role.ADMIN: "/admin"}
_TITLES = {400: "Yêu cầu không hợp lệ", 403: "Không được phép", 404: "Không tìm thấy",
           409: "Trùng với dữ liệu đã có", 413: "Tệp quá lớn", 415: "Định dạng không được hỗ trợ",
           422: "Dữ liệu không hợp lệ", 503: "Hệ thống tạm thời không sẵn sàng"}


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
        error = ("Đăng nhập sai quá nhiều lần; tài khoản tạm khoá, hãy thử lại sau 5 phút."
                 if locked else "Sai tên đăng nhập hoặc mật khẩu.")
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
    title = _TITLES.get(exc.http_status, "Lỗi hệ thống")
    response: Response = render(request, "error.html", status_code=exc.http_status,
                                title=title, error=exc)
    return response
