"""Helpers the route modules share: error responses for the schema, recording reads."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from hoso.api.accounts import Account
from hoso.api.http.schemas import ErrorOut
from hoso.api.http.state import Hoso

__all__ = ["ERRORS", "record_read", "via"]

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "not signed in, or the token is unknown"},
    403: {"model": ErrorOut, "description": "the role or desk does not allow it"},
    404: {"model": ErrorOut, "description": "no such dossier, document, page or file"},
}


def via(request: Request) -> str:
    return str(getattr(request.state, "via", ""))


def record_read(hoso: Hoso, request: Request, account: Account, code: str, kind: str,
                subject: str) -> None:
    """Put a read of a dossier's content in its history: who, when, what, and how."""
    hoso.ctx.catalog.record_event(code, kind, subject, {"via": via(request)},
                                  actor=account.username)
