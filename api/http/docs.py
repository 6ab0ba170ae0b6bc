"""/docs: Swagger UI served from this server, never from a CDN (government networks are often
offline). Its files come from the pinned `swagger-ui-bundle-v2` package."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

__all__ = ["DOCS_STATIC", "install_docs"]

DOCS_STATIC = "/docs/static"


def install_docs(app: FastAPI) -> None:
    """Swagger UI at /docs reading /openapi.json, its scripts and styles at /docs/static."""
    app.mount(DOCS_STATIC, StaticFiles(directory=swagger_ui_path), name="docs-static")

    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} — API",
            swagger_js_url=f"{DOCS_STATIC}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_STATIC}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_STATIC}/favicon-32x32.png")

    app.add_api_route("/docs", docs, include_in_schema=False)
