"""Accounts: users with a role (and a desk for operators), sign-in, and the access log.

Sign-in failures are counted per user; after MAX_FAILURES in a row the account is locked
for LOCK_MINUTES, so a password cannot be guessed by trying. A new password, a disable or a
new role or desk ends the user's web sessions and revokes their API tokens. Tokens and sessions
are in api.accounts.credentials.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from hoso.api.accounts.passwords import DUMMY_HASH, hash_password, needs_rehash, verify_password
from hoso.api.accounts.records import AccessEntry, UserView
from hoso.api.accounts.roles import Account, Role
from hoso.archive import Catalog
from hoso.archive.accounts import AccountStore, NewUser, StoredUser, now
from hoso.errors import InvalidValue, NotAuthenticated

__all__ = ["LOCK_MINUTES", "MAX_FAILURES", "USERNAME_RE", "Accounts", "account_of", "now"]

MAX_FAILURES = 5
LOCK_MINUTES = 5
USERNAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")


def account_of(user: StoredUser) -> Account:
    return Account(username=user.username, role=Role(user.role), desk=user.desk,
                   display_name=user.display_name)


class Accounts:
    """Users and the access log, kept in the catalog's database (`catalog.accounts`)."""

    def __init__(self, catalog: Catalog) -> None:
        self.store: AccountStore = catalog.accounts

    # -- users ----------------------------------------------------------------------------

    def add_user(self, username: str, password: str, role: Role | str, *, desk: str = "",
                 display_name: str = "", actor: str) -> Account:
        role = _role(role)
        _check_username(username)
        self._check_desk(role, desk)
        user = NewUser(username=username, role=role.value, password_hash=hash_password(password),
                       desk=desk.strip(), display_name=display_name.strip())
        return account_of(self.store.add_user(user, actor=actor))

    def users(self) -> list[UserView]:
        return [UserView(account_of(u), u.active, u.created_at, u.locked_until)
                for u in self.store.users()]

    def user(self, username: str) -> Account:
        return account_of(self.store.user(username))

    def set_password(self, username: str, password: str, *, actor: str) -> None:
        self.store.set_password(username, hash_password(password), actor=actor)

    def set_active(self, username: str, active: bool, *, actor: str) -> None:
        self.store.set_active(username, active, actor=actor)

    def set_role(self, username: str, role: Role | str, *, desk: str = "",
                 actor: str) -> Account:
        """A new role (and desk, which operators need; others keep none)."""
        role = _role(role)
        desk = desk.strip() if role is Role.OPERATOR else ""
        self._check_desk(role, desk)
        current = self.user(username)
        if (current.role, current.desk) != (role, desk):  # the same again ends nothing
            self.store.set_role(username, role.value, desk, actor=actor)
        return self.user(username)

    def set_display_name(self, username: str, display_name: str, *, actor: str) -> None:
        self.store.set_display_name(username, display_name.strip()[:128], actor=actor)

    def _check_desk(self, role: Role, desk: str) -> None:
        """An operator works at one of the managed desks (`desks`), never at a typo."""
        if role is not Role.OPERATOR:
            return
        if not desk.strip():
            raise InvalidValue("an operator needs a desk (the intake desk they work at)",
                               code="desk_required")
        if not self.store.has_desk(desk.strip()):
            raise InvalidValue(f"unknown desk {desk.strip()!r}",
                               hint="add it first: `hoso desk add NAME` or the admin page",
                               code="unknown_desk")

    # -- desks ----------------------------------------------------------------------------

    def desks(self) -> list[str]:
        return self.store.desks()

    def add_desk(self, name: str, *, actor: str) -> str:
        name = " ".join(name.split())
        if not name or len(name) > 128:
            raise InvalidValue("a desk name has 1-128 characters", code="desk_name")
        self.store.add_desk(name, actor=actor)
        return name

    def authenticate(self, username: str, password: str) -> Account:
        """The account if the password is right; NotAuthenticated (saying why) otherwise."""
        return account_of(self.verified_user(username, password))

    def verified_user(self, username: str, password: str) -> StoredUser:
        """The user as stored once the password is found right (and maybe rehashed), for
        `Credentials.sign_in`; NotAuthenticated otherwise.

        The attempt is counted before the password is checked (see `claim_sign_in`), so a
        burst of parallel guesses gets no more than MAX_FAILURES of them checked."""
        at = now()
        user = self.store.claim_sign_in(username, limit=MAX_FAILURES, at=at,
                                        lock_until=at + timedelta(minutes=LOCK_MINUTES))
        if user is None:
            raise self._refusal(username, password)
        if not verify_password(user.password_hash, password):
            self.store.record_failed_sign_in(username, failures=user.failed_logins)
            raise NotAuthenticated("wrong user name or password")
        rehashed = hash_password(password) if needs_rehash(user.password_hash) else None
        self.store.record_sign_in(username, new_hash=rehashed)
        return replace(user, password_hash=rehashed or user.password_hash, failed_logins=0,
                       locked_until=None)

    def _refusal(self, username: str, password: str) -> NotAuthenticated:
        """Why an attempt was not counted: a locked account, or a name that cannot sign in."""
        user = self.store.find_user(username)
        if user is not None and user.active:
            return NotAuthenticated("too many failed sign-ins; the account is locked",
                                    hint=f"try again after {LOCK_MINUTES} minutes")
        # As long as a wrong password takes, so that timing does not tell which names exist.
        verify_password(DUMMY_HASH, password)
        return NotAuthenticated("wrong user name or password")

    # -- access log -----------------------------------------------------------------------

    def log(self, actor: str, action: str, subject: str = "",
            detail: dict[str, object] | None = None) -> None:
        self.store.log(actor, action, subject, detail)

    def access_log(self, *, limit: int = 200, actor: str | None = None) -> list[AccessEntry]:
        return self.store.access_log(limit=limit, actor=actor)


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise InvalidValue(f"unknown role {role!r}", hint=f"one of {names}",
                           code="unknown_role") from None


def _check_username(username: str) -> None:
    if not USERNAME_RE.fullmatch(username):
        raise InvalidValue(f"user name {username!r} is not allowed",
                           hint="2-64 characters: a-z, 0-9, dot, dash, underscore",
                           code="bad_username")
