"""What the accounts service hands back: frozen views, never the stored hashes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hoso.api.accounts.roles import Account

__all__ = ["AccessEntry", "SessionView", "TokenView", "UserView"]


@dataclass(frozen=True)
class UserView:
    account: Account
    active: bool
    created_at: datetime
    locked_until: datetime | None = None


@dataclass(frozen=True)
class TokenView:
    """An API token's record; its secret is shown once, when it is made, and never stored."""

    token_id: int
    username: str
    name: str
    created_at: datetime
    last_used_at: datetime | None
    revoked: bool


@dataclass(frozen=True)
class SessionView:
    """A web session: `session_id` goes in the cookie, `csrf_token` in every form and XHR."""

    session_id: str
    csrf_token: str
    account: Account
    expires_at: datetime


@dataclass(frozen=True)
class AccessEntry:
    at: datetime
    actor: str
    action: str
    subject: str
    detail: dict[str, object]
