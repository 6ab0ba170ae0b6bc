"""A real hoso server for HTTP tests: embedded backends in a temporary home, one in-process
worker, real tesseract, and one account (with an API token) per role."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from hoso.api.accounts import Accounts, Credentials
from hoso.api.http import create_app
from hoso.api.http.serving import serve_in_thread
from hoso.archive import open_catalog
from hoso.settings import Settings

__all__ = ["APPLICANT_ID", "CODE", "DESK_A", "DESK_B", "LIMIT_BYTES", "PASSWORD", "USERS", "Live",
           "live_server", "wait_until_settled"]

DESK_A = "UBND phường Bến Nghé"
DESK_B = "Bộ phận một cửa quận Thanh Xuân"
LIMIT_BYTES = 3 * 1024 * 1024
PASSWORD = "mat-khau-thu-nghiem"
# username -> (role, desk)
USERS = {
    "op_a": ("operator", DESK_A),
    "op_b": ("operator", DESK_B),
    "officer": ("officer", ""),
    "auditor": ("auditor", ""),
    "admin": ("admin", ""),
}


CODE = "000.00.19.H12-241202-0101"  # the dossier the `digitised` fixture makes
APPLICANT_ID = "079201004321"


@dataclass
class Live:
    url: str
    settings: Settings
    tokens: dict[str, str] = field(default_factory=dict)

    def client(self, who: str | None = None, headers: dict[str, str] | None = None
               ) -> httpx.Client:
        """An HTTP client acting as `who` (by its API token), or anonymous."""
        sent = {"Authorization": f"Bearer {self.tokens[who]}"} if who else {}
        return httpx.Client(base_url=self.url, headers={**sent, **(headers or {})},
                            timeout=60.0)


def _seed_accounts(settings: Settings) -> dict[str, str]:
    catalog = open_catalog(settings.catalog_url)
    try:
        accounts = Accounts(catalog)
        credentials = Credentials(accounts)
        tokens = {}
        for desk in sorted({desk for _, desk in USERS.values() if desk}):
            accounts.add_desk(desk, actor="test")
        for username, (role, desk) in USERS.items():
            accounts.add_user(username, PASSWORD, role, desk=desk, actor="test")
            tokens[username] = credentials.create_token(username, "test", actor="test")[0]
        return tokens
    finally:
        catalog.close()


def wait_until_settled(client: httpx.Client, code: str, timeout_s: float = 300.0
                       ) -> dict[str, Any]:
    """Poll the dossier until nothing is left to do (the catalog says so)."""
    deadline = time.monotonic() + timeout_s
    while True:
        status: dict[str, Any] = client.get(f"/api/dossiers/{code}").json()
        if status["settled"] or time.monotonic() > deadline:
            return status
        time.sleep(0.5)


@contextmanager
def live_server(home: Path, *, run_worker: bool = True, **env: str) -> Iterator[Live]:
    """A server on `home` (settings from `env`); `run_worker=False` only takes files in."""
    settings = Settings.from_env({"HOSO_HOME": str(home), "HOSO_WORKERS": "1",
                                  "HOSO_MAX_FILE_BYTES": str(LIMIT_BYTES), **env})
    tokens = _seed_accounts(settings)
    with serve_in_thread(create_app(settings, run_worker=run_worker)) as url:
        yield Live(url, settings, tokens)
