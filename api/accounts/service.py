"""Accounts: users with a role (and a desk for operators), sign-in, and the access log.

Sign-in failures are counted per user; after MAX_FAILURES in a row the account is locked
for LOCK_MINUTES, so a password cannot be guessed by trying. Tokens and sessions are in
api.accounts.credentials.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoso.api.accounts.models import AccessLog, User
from hoso.api.accounts.passwords import DUMMY_HASH, hash_password, needs_rehash, verify_password
from hoso.api.accounts.records import AccessEntry, UserView
from hoso.api.accounts.roles import Account, Role
from hoso.archive import Catalog
from hoso.errors import InvalidValue, NotAuthenticated, NotFound

__all__ = ["LOCK_MINUTES", "MAX_FAILURES", "USERNAME_RE", "Accounts", "now"]

MAX_FAILURES = 5
LOCK_MINUTES = 5
USERNAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")


def now() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes for timezone-aware columns; they were written as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def account_of(row: User) -> Account:
    return Account(username=row.username, role=Role(row.role), desk=row.desk,
                   display_name=row.display_name)


class Accounts:
    """Users and the access log, kept in the catalog's database (its transactions)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.session = catalog.session

    # -- users ----------------------------------------------------------------------------

    def add_user(self, username: str, password: str, role: Role | str, *, desk: str = "",
                 display_name: str = "", actor: str) -> Account:
        role = _role(role)
        _check_username(username)
        if role is Role.OPERATOR and not desk.strip():
            raise InvalidValue("an operator needs a desk (the intake desk they work at)")
        row = User(username=username, display_name=display_name.strip(), role=role.value,
                   desk=desk.strip(), password_hash=hash_password(password), active=True,
                   failed_logins=0, created_at=now())
        with self.session() as s:
            if s.get(User, username) is not None:
                raise InvalidValue(f"a user {username!r} already exists")
            s.add(row)
            s.add(_entry(actor, "user_added", username, {"role": role.value, "desk": row.desk}))
        return account_of(row)

    def users(self) -> list[UserView]:
        with self.session() as s:
            rows = s.scalars(select(User).order_by(User.username))
            return [UserView(account_of(r), r.active, aware(r.created_at),
                             aware(r.locked_until) if r.locked_until else None) for r in rows]

    def user(self, username: str) -> Account:
        with self.session() as s:
            return account_of(_user(s, username))

    def set_password(self, username: str, password: str, *, actor: str) -> None:
        new_hash = hash_password(password)
        with self.session() as s:
            row = _user(s, username)
            row.password_hash, row.failed_logins, row.locked_until = new_hash, 0, None
            s.add(_entry(actor, "password_set", username, {}))

    def set_active(self, username: str, active: bool, *, actor: str) -> None:
        with self.session() as s:
            _user(s, username).active = active
            s.add(_entry(actor, "user_enabled" if active else "user_disabled", username, {}))

    def authenticate(self, username: str, password: str) -> Account:
        """The account if the password is right; NotAuthenticated (saying why) otherwise."""
        with self.session() as s:
            row = s.get(User, username)
            if row is None or not row.active:
                verify_password(DUMMY_HASH, password)
                raise NotAuthenticated("wrong user name or password")
            if row.locked_until and aware(row.locked_until) > now():
                raise NotAuthenticated("too many failed sign-ins; the account is locked",
                                       hint=f"try again after {LOCK_MINUTES} minutes")
            if not verify_password(row.password_hash, password):
                _count_failure(row)
                s.add(_entry(username, "sign_in_failed", username,
                             {"failures": row.failed_logins}))
            else:
                row.failed_logins, row.locked_until = 0, None
                if needs_rehash(row.password_hash):
                    row.password_hash = hash_password(password)
                return account_of(row)
        raise NotAuthenticated("wrong user name or password")

    # -- access log -----------------------------------------------------------------------

    def log(self, actor: str, action: str, subject: str = "",
            detail: dict[str, object] | None = None) -> None:
        with self.session() as s:
            s.add(_entry(actor, action, subject, detail or {}))

    def access_log(self, *, limit: int = 200, actor: str | None = None) -> list[AccessEntry]:
        query = select(AccessLog).order_by(AccessLog.id.desc()).limit(limit)
        if actor:
            query = query.where(AccessLog.actor == actor)
        with self.session() as s:
            return [AccessEntry(aware(r.at), r.actor, r.action, r.subject, dict(r.detail or {}))
                    for r in s.scalars(query)]


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise InvalidValue(f"unknown role {role!r}", hint=f"one of {names}") from None


def _check_username(username: str) -> None:
    if not USERNAME_RE.fullmatch(username):
        raise InvalidValue(f"user name {username!r} is not allowed",
                           hint="2-64 characters: a-z, 0-9, dot, dash, underscore")


def _user(s: Session, username: str) -> User:
    row = s.get(User, username)
    if row is None:
        raise NotFound(f"no user {username!r}")
    return row


def _count_failure(row: User) -> None:
    row.failed_logins += 1
    if row.failed_logins >= MAX_FAILURES:
        row.locked_until = now() + timedelta(minutes=LOCK_MINUTES)
        row.failed_logins = 0


def _entry(actor: str, action: str, subject: str, detail: dict[str, object]) -> AccessLog:
    return AccessLog(at=now(), actor=actor, action=action, subject=subject[:256], detail=detail)
