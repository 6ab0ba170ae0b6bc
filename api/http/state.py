"""What every request handler reaches: the backends, the accounts, the settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import Request

from hoso.api.accounts import Accounts, Credentials
from hoso.api.http.pageimages import PageImages
from hoso.settings import Settings
from hoso.workers.context import Context
from hoso.workers.dispatch import Dispatcher

__all__ = ["Hoso", "hoso_of"]


@dataclass(frozen=True)
class Hoso:
    """The app's backends, opened once at start-up (see api.http.app)."""

    settings: Settings
    ctx: Context
    dispatcher: Dispatcher  # gets uploaded and re-queued pages read (workers.dispatch)
    accounts: Accounts
    credentials: Credentials
    images: PageImages
    upload_dir: Path


def hoso_of(request: Request) -> Hoso:
    hoso: Hoso = request.app.state.hoso
    return hoso
