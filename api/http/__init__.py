"""hoso's HTTP API and web pages (FastAPI). `create_app(settings)` makes the app."""

from __future__ import annotations

from hoso.api.http.app import create_app

__all__ = ["create_app"]
