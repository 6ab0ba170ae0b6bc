"""API tokens for machines and sessions for the web, both acting as a user.

A token is `hoso_` + 32 random bytes (URL-safe base64); a session id is 32 random bytes. Only
their SHA-256 is stored, so a copy of the database lets no one in. Tokens last until revoked;
sessions expire after `session_hours` and end at sign-out or when the user is disabled.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete, select

from hoso.api.accounts.models import ApiToken, User, WebSession
from hoso.api.accounts.records import SessionView, TokenView
from hoso.api.accounts.roles import Account
from hoso.api.accounts.service import Accounts, account_of, aware, now
from hoso.errors import InvalidValue, NotAuthenticated, NotFound

__all__ = ["TOKEN_PREFIX", "Credentials"]

TOKEN_PREFIX = "hoso_"
# Writing last_used_at on every request would make each read a write; a minute is enough
# for an administrator to see which tokens are in use.
_TOUCH_EVERY = timedelta(minutes=1)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _token_view(row: ApiToken) -> TokenView:
    return TokenView(row.id, row.username, row.name, aware(row.created_at),
                     aware(row.last_used_at) if row.last_used_at else None,
                     row.revoked_at is not None)


class Credentials:
    def __init__(self, accounts: Accounts, *, session_hours: float = 10.0) -> None:
        self.accounts = accounts
        self.session_length = timedelta(hours=session_hours)

    # -- API tokens -----------------------------------------------------------------------

    def create_token(self, username: str, name: str, *, actor: str) -> tuple[str, TokenView]:
        """A new token for `username`; returns its secret (shown once) and its record."""
        if not name.strip():
            raise InvalidValue("a token needs a name saying which machine uses it")
        secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self.accounts.session() as s:
            user = s.get(User, username)
            if user is None:
                raise NotFound(f"no user {username!r}")
            row = ApiToken(username=username, name=name.strip()[:128],
                           token_sha256=_digest(secret), created_at=now())
            s.add(row)
            s.flush()
            view = _token_view(row)
        self.accounts.log(actor, "token_created", username, {"token_id": view.token_id,
                                                             "name": view.name})
        return secret, view

    def tokens(self, username: str | None = None) -> list[TokenView]:
        query = select(ApiToken).order_by(ApiToken.id)
        if username:
            query = query.where(ApiToken.username == username)
        with self.accounts.session() as s:
            return [_token_view(r) for r in s.scalars(query)]

    def revoke_token(self, token_id: int, *, actor: str) -> TokenView:
        with self.accounts.session() as s:
            row = s.get(ApiToken, token_id)
            if row is None:
                raise NotFound(f"no API token {token_id}")
            row.revoked_at = row.revoked_at or now()
            view = _token_view(row)
        self.accounts.log(actor, "token_revoked", view.username, {"token_id": token_id})
        return view

    def account_for_token(self, secret: str) -> Account:
        with self.accounts.session() as s:
            row = s.execute(select(ApiToken, User).join(User)
                            .where(ApiToken.token_sha256 == _digest(secret))).first()
            if row is None or row[0].revoked_at is not None or not row[1].active:
                raise NotAuthenticated("the API token is unknown or revoked")
            token, user = row
            if token.last_used_at is None or aware(token.last_used_at) < now() - _TOUCH_EVERY:
                token.last_used_at = now()
            return account_of(user)

    # -- web sessions ---------------------------------------------------------------------

    def open_session(self, account: Account) -> SessionView:
        session_id, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        expires = now() + self.session_length
        with self.accounts.session() as s:
            s.execute(delete(WebSession).where(WebSession.expires_at < now()))
            s.add(WebSession(id_sha256=_digest(session_id), username=account.username,
                             csrf_token=csrf, created_at=now(), expires_at=expires))
        self.accounts.log(account.username, "signed_in", account.username, {})
        return SessionView(session_id, csrf, account, expires)

    def session(self, session_id: str) -> SessionView:
        with self.accounts.session() as s:
            row = s.execute(select(WebSession, User).join(User)
                            .where(WebSession.id_sha256 == _digest(session_id))).first()
            if row is None or aware(row[0].expires_at) < now() or not row[1].active:
                raise NotAuthenticated("not signed in, or the session has expired")
            web, user = row
            return SessionView(session_id, web.csrf_token, account_of(user),
                               aware(web.expires_at))

    def close_session(self, session_id: str) -> None:
        with self.accounts.session() as s:
            s.execute(delete(WebSession).where(WebSession.id_sha256 == _digest(session_id)))
