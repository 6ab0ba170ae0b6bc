"""What the accounts service hands back: frozen views, never the stored hashes.

TokenView and AccessEntry are the catalog's own records (archive/accounts.py), handed on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hoso.api.accounts.roles import Account
from hoso.archive.accounts import AccessEntry, TokenView

__all__ = ["AccessEntry", "SessionView", "TokenView", "UserView"]


@dataclass(frozen=True)
class UserView:
    account: Account
    active: bool
    created_at: datetime
    locked_until: datetime | None = None


@dataclass(frozen=True)
class SessionView:
    """A web session: `session_id` goes in the cookie, `csrf_token` in every form and XHR."""

    session_id: str
    csrf_token: str
    account: Account
    expires_at: datetime
