"""API tokens for machines and sessions for the web, both acting as a user.

A token is `hoso_` + 32 random bytes (URL-safe base64); a session id is 32 random bytes. Only
their SHA-256 is stored, so a copy of the database lets no one in. Tokens last until revoked;
sessions expire after `session_hours` and end at sign-out. Both end when the user's password,
role or desk is changed or the user is disabled (api.accounts.service).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from hoso.api.accounts.records import SessionView, TokenView
from hoso.api.accounts.roles import Account
from hoso.api.accounts.service import Accounts, account_of, now
from hoso.errors import InvalidValue, NotAuthenticated

__all__ = ["TOKEN_PREFIX", "Credentials"]

TOKEN_PREFIX = "hoso_"
# Writing last_used_at on every request would make each read a write; a minute is enough
# for an administrator to see which tokens are in use.
_TOUCH_EVERY = timedelta(minutes=1)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class Credentials:
    def __init__(self, accounts: Accounts, *, session_hours: float = 10.0) -> None:
        self.accounts, self.store = accounts, accounts.store
        self.session_length = timedelta(hours=session_hours)

    # -- API tokens -----------------------------------------------------------------------

    def create_token(self, username: str, name: str, *, actor: str) -> tuple[str, TokenView]:
        """A new token for `username`; returns its secret (shown once) and its record."""
        if not name.strip():
            raise InvalidValue("a token needs a name saying which machine uses it",
                               code="token_name_required")
        secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
        view = self.store.add_token(username, name.strip()[:128], _digest(secret), actor=actor)
        return secret, view

    def tokens(self, username: str | None = None) -> list[TokenView]:
        return self.store.tokens(username)

    def revoke_token(self, token_id: int, *, actor: str) -> TokenView:
        return self.store.revoke_token(token_id, actor=actor)

    def account_for_token(self, secret: str) -> Account:
        found = self.store.find_token(_digest(secret))
        if found is None or found.token.revoked or not found.user.active:
            raise NotAuthenticated("the API token is unknown or revoked")
        last_used = found.token.last_used_at
        if last_used is None or last_used < now() - _TOUCH_EVERY:
            self.store.touch_token(found.token.token_id)
        return account_of(found.user)

    # -- web sessions ---------------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> SessionView:
        """Check the password and open a web session; NotAuthenticated otherwise, also when
        the password was changed or the user disabled while this sign-in was under way."""
        user = self.accounts.verified_user(username, password)
        session_id, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        expires = now() + self.session_length
        if not self.store.open_session(_digest(session_id), username, csrf, expires_at=expires,
                                       password_hash=user.password_hash):
            raise NotAuthenticated("the password was changed or the user disabled meanwhile",
                                   hint="sign in again")
        return SessionView(session_id, csrf, account_of(user), expires)

    def session(self, session_id: str) -> SessionView:
        found = self.store.find_session(_digest(session_id))
        if found is None or found.expires_at < now() or not found.user.active:
            raise NotAuthenticated("not signed in, or the session has expired")
        return SessionView(session_id, found.csrf_token, account_of(found.user),
                           found.expires_at)

    def close_session(self, session_id: str) -> None:
        self.store.close_session(_digest(session_id))
