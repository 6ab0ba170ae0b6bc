"""hoso's errors as HTTP answers, in one place: JSON for the API, a page for people."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from hoso.errors import HosoError, InvalidValue, NotAuthenticated, NotFound

__all__ = ["error_body", "install_error_handlers", "is_api"]

log = logging.getLogger("hoso.http")


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_body(exc: HosoError) -> dict[str, object]:
    return {"error": type(exc).__name__, "message": exc.message, "hint": exc.hint}


async def _hoso_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HosoError)
    if exc.http_status >= 500:
        log.error("%s %s: %s", request.method, request.url.path, exc)
    if not is_api(request):
        from hoso.api.web.pages import error_page

        return error_page(request, exc)
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, NotAuthenticated) else None
    return JSONResponse(error_body(exc), status_code=exc.http_status, headers=headers)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if not is_api(request):
        return _invalid_page(request, exc)
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
    return JSONResponse({"error": "InvalidValue", "message": problems, "hint": None},
                        status_code=422)


def _invalid_page(request: Request, exc: RequestValidationError) -> Response:
    """A web address or form the pages did not make (a dossier code typed into the address
    bar): a page in Vietnamese, not the API's JSON."""
    from hoso.api.web.pages import error_page

    fields = {str(e["loc"][-1]) for e in exc.errors() if e["loc"]}
    code = "dossier_code" if "code" in fields else "form_invalid"
    return error_page(request, InvalidValue(f"invalid {', '.join(sorted(fields))}", code=code))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if not is_api(request):
        from hoso.api.web.pages import error_page

        error = (NotFound(f"no page at {request.url.path}", code="no_page")
                 if exc.status_code == 404 else HosoError(str(exc.detail), code="http_error"))
        error.http_status = exc.status_code
        return error_page(request, error)
    body = {"error": "HTTPError", "message": str(exc.detail), "hint": None}
    return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(HosoError, _hoso_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
