"""Request bodies bounded by route before they are read, before anyone is signed in.

FastAPI reads a JSON or form body whole, into memory, before it runs the route's sign-in
check: an anonymous 300 MiB body took 10 s and a gigabyte of memory to be answered 401. So
`BodyLimit`, plain ASGI and ahead of everything that reads a body, bounds it by route first:

    PUT/POST /api/dossiers/{code}/files…   HOSO_MAX_FILE_BYTES × files per request, plus room
                                           for the multipart headers (the route then holds
                                           each file to HOSO_MAX_FILE_BYTES itself)
    anything else (JSON, forms)            1 MiB

A declared Content-Length over the limit is answered 413 without reading a byte (nor sending
`100 Continue`); a body sent without one (chunked) is counted as it comes and cut off at the
limit: the app is told the client went away, and the client gets the 413.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi.responses import JSONResponse
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hoso.api.http.errors import error_body
from hoso.api.http.uploads import MAX_FILES_PER_REQUEST
from hoso.errors import LimitExceeded

__all__ = ["SMALL_BODY_BYTES", "BodyLimit", "BodyLimits"]

SMALL_BODY_BYTES = 1 << 20
_UPLOAD_PATH = re.compile(r"/api/dossiers/[^/]+/files(/[^/]+)?")
# A page's rescan, one file: the API's PUT and the page card's form (both ask who is sending
# before they read the body).
_RESCAN_PATH = re.compile(r"(/api)?/pages/.+/rescan")
_UPLOAD_METHODS = frozenset({"PUT", "POST"})


@dataclass(frozen=True)
class BodyLimits:
    """The most bytes a request body may have: on the file upload routes, and elsewhere."""

    upload_bytes: int
    other_bytes: int = SMALL_BODY_BYTES
    rescan_bytes: int = SMALL_BODY_BYTES

    @classmethod
    def for_files(cls, max_file_bytes: int) -> BodyLimits:
        return cls(upload_bytes=max_file_bytes * MAX_FILES_PER_REQUEST + SMALL_BODY_BYTES,
                   rescan_bytes=max_file_bytes + SMALL_BODY_BYTES)

    def of(self, method: str, path: str) -> int:
        if method in _UPLOAD_METHODS and _UPLOAD_PATH.fullmatch(path):
            return self.upload_bytes
        if method in _UPLOAD_METHODS and _RESCAN_PATH.fullmatch(path):
            return self.rescan_bytes
        return self.other_bytes


class BodyLimit:
    """ASGI middleware refusing bodies over their route's limit with 413 (see the module)."""

    def __init__(self, app: ASGIApp, limits: BodyLimits) -> None:
        self.app, self.limits = app, limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limits.of(scope["method"], scope["path"])
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            await _too_large(scope, limit)(scope, receive, send)
            return
        guard = _CountingGuard(scope, receive, send, limit)
        await self.app(scope, guard.receive, guard.send)


class _CountingGuard:
    """Counts a body's bytes as the app reads them; past the limit, answers 413 itself and
    makes the app see a client that went away (whatever it answers then is dropped)."""

    def __init__(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        self.scope, self._receive, self._send, self.limit = scope, receive, send, limit
        self.received = 0
        self.started = self.refused = False

    async def receive(self) -> Message:
        if self.refused:
            return {"type": "http.disconnect"}
        message = await self._receive()
        if message["type"] == "http.request":
            self.received += len(message.get("body", b""))
            if self.received > self.limit:
                self.refused = True
                if not self.started:
                    await _too_large(self.scope, self.limit)(self.scope, self._receive,
                                                            self._send)
                return {"type": "http.disconnect"}
        return message

    async def send(self, message: Message) -> None:
        if self.refused:
            return
        if message["type"] == "http.response.start":
            self.started = True
        await self._send(message)


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


def _mib(size: int) -> str:
    return f"{size / (1 << 20):.1f} MiB"


def _too_large(scope: Scope, limit: int) -> Response:
    """413, the connection closed: JSON like every API error, a short page for people."""
    headers = {"Connection": "close"}
    if scope["path"].startswith("/api/"):
        error = LimitExceeded("(request body)", f"more than the limit of {_mib(limit)} here",
                              hint="files go to PUT /api/dossiers/{code}/files/{name}")
        return JSONResponse(error_body(error), status_code=413, headers=headers)
    from hoso.api.web.pages import error_page

    error = LimitExceeded("(request body)", f"more than the limit of {_mib(limit)} here",
                          code="body_too_large", params={"limit": limit})
    response = error_page(Request(scope), error)
    response.headers["Connection"] = "close"
    return response
