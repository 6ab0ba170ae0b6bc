"""The HTTP edge: the API under /api (OpenAPI at /docs), the web pages, and their backends.

    create_app(settings)   the FastAPI app; backends open at start-up and close at shut-down

Settings are read once by the caller (`hoso serve`) and passed in. The dispatcher they name
gets uploads digitised: with the embedded broker (memory://) by worker threads in this process
while it serves (unless `run_worker=False`); with Redis by `hoso worker` processes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hoso.api.accounts import Accounts, Credentials
from hoso.api.http.docs import install_docs
from hoso.api.http.errors import install_error_handlers
from hoso.api.http.limits import BodyLimit, BodyLimits
from hoso.api.http.pageimages import PageImages
from hoso.api.http.routes import (
    admin,
    audit,
    content,
    dossiers,
    officers,
    procedures,
    rescans,
    search,
)
from hoso.api.http.state import Hoso
from hoso.settings import Settings
from hoso.workers.context import build_context
from hoso.workers.dispatch import make_dispatcher
from hoso.workers.metrics import exposition, metrics_registry
from hoso.workers.observe import configure_logging

__all__ = ["create_app"]

DESCRIPTION = """Digitise, archive and search administrative dossiers (hồ sơ).

Machines authenticate with an API token (`Authorization: Bearer hoso_…`, made by
`hoso token create` or `POST /api/users/{username}/tokens`); the web pages use a session.
Roles: **operator** (creates dossiers and uploads at their own desk), **officer** (searches,
reads, corrects document types), **auditor** (reads, history, integrity), **admin** (accounts).
Every read of a document and every change is recorded in the dossier's history."""


def _open(settings: Settings) -> Hoso:
    ctx = build_context(settings)
    accounts = Accounts(ctx.catalog)
    upload_dir = settings.home / "uploads"
    upload_dir.mkdir(parents=True, exist_ok=True)
    images = PageImages(ctx.store, ctx.catalog, ctx.ocr, settings.home / "cache" / "pages")
    return Hoso(settings=settings, ctx=ctx, dispatcher=make_dispatcher(settings, ctx),
                accounts=accounts, credentials=Credentials(accounts), images=images,
                upload_dir=upload_dir)


def create_app(settings: Settings, *, run_worker: bool = True) -> FastAPI:
    """The app. `run_worker=False` serves without digitising (another process does it)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.log_level)
        hoso = _open(settings)
        app.state.hoso = hoso
        app.state.metrics = metrics_registry(hoso.ctx.catalog)
        if run_worker:
            hoso.dispatcher.start()
        try:
            yield
        finally:
            hoso.dispatcher.close()
            hoso.ctx.close()

    # /docs is served from here (api/http/docs.py); ReDoc would need a CDN: none.
    app = FastAPI(title="hoso", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    install_docs(app)
    for module in (dossiers, content, search, audit, admin, procedures, rescans, officers):
        app.include_router(module.router, prefix="/api")
    app.include_router(admin.public, prefix="/api")
    install_error_handlers(app)
    app.add_api_route("/metrics", _metrics, include_in_schema=False)
    # Added first, so it runs inside SecurityHeaders: its 413 gets their headers too.
    app.add_middleware(BodyLimit, limits=BodyLimits.for_files(settings.limits.max_file_bytes))
    app.add_middleware(SecurityHeaders)
    _mount_web(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _metrics(request: Request) -> Response:
    """Prometheus exposition: pages by state (the queue depth), pages digitised and failed
    here, OCR seconds per page. 404 without prometheus-client (the `production` extra)."""
    if request.app.state.metrics is None:
        return Response(status_code=404)
    body, content_type = exposition(request.app.state.metrics)
    return Response(body, media_type=content_type)


class SecurityHeaders:
    """ASGI middleware: pages and documents are not to be framed by other sites, nor their
    type guessed. Plain ASGI, so streamed uploads and downloads pass through untouched."""

    HEADERS = ((b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"SAMEORIGIN"),
               (b"referrer-policy", b"same-origin"))

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *self.HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The schema, saying truly that refused input (422) gets the same error body as the rest."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description,
                         routes=app.routes)
    error = {"$ref": "#/components/schemas/ErrorOut"}
    for operation in (op for path in schema["paths"].values() for op in path.values()):
        refused = operation.get("responses", {}).get("422")
        if refused and "content" in refused:
            refused["content"] = {"application/json": {"schema": error}}
    for name in ("HTTPValidationError", "ValidationError"):
        schema.get("components", {}).get("schemas", {}).pop(name, None)
    app.openapi_schema = schema
    return schema


def _mount_web(app: FastAPI) -> None:
    from hoso.api.web import pages

    static = Path(pages.__file__).parent / "static"
    app.mount("/static", StaticFiles(directory=static), name="static")
    app.include_router(pages.router)
