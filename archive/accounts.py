"""The accounts' rows: users, API tokens, web sessions and the access log (`catalog.accounts`).

What to store is decided in api/accounts (password hashing, lock-out, secrets, roles); this
store only keeps and finds it, each method one transaction, and hands back frozen records.
A change to an account writes its access-log entry in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, case, delete, insert, literal, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from hoso.archive.chain import (
    ACCESS_LOG,
    ChainLink,
    ChainState,
    access_content,
    next_link,
    walk_chain,
)
from hoso.archive.models import AccessLog, ApiToken, ChainHead, Desk, User, WebSession
from hoso.archive.transactions import Transactions
from hoso.errors import Conflict, NotFound

__all__ = [
    "AccessEntry",
    "AccountStore",
    "NewUser",
    "StoredSession",
    "StoredToken",
    "StoredUser",
    "TokenView",
]


@dataclass(frozen=True)
class NewUser:
    username: str
    role: str
    password_hash: str
    desk: str = ""
    display_name: str = ""


@dataclass(frozen=True)
class StoredUser:
    """A user as stored; `password_hash` goes no further than api/accounts' sign-in."""

    username: str
    display_name: str
    role: str
    desk: str
    password_hash: str
    active: bool
    failed_logins: int
    locked_until: datetime | None
    created_at: datetime


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
class StoredToken:
    token: TokenView
    user: StoredUser


@dataclass(frozen=True)
class StoredSession:
    csrf_token: str
    expires_at: datetime
    user: StoredUser


@dataclass(frozen=True)
class AccessEntry:
    at: datetime
    actor: str
    action: str
    subject: str
    detail: dict[str, object]


def now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes for timezone-aware columns; they were written as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class AccountStore:
    def __init__(self, transactions: Transactions) -> None:
        self._db = transactions

    # -- users ----------------------------------------------------------------------------

    def add_user(self, user: NewUser, *, actor: str) -> StoredUser:
        row = User(username=user.username, display_name=user.display_name, role=user.role,
                   desk=user.desk, password_hash=user.password_hash, active=True,
                   failed_logins=0, created_at=now())
        with self._db.begin(f"adding user {user.username!r}") as s:
            if s.get(User, user.username) is not None:
                raise Conflict(f"a user {user.username!r} already exists", code="user_exists")
            s.add(row)
            _log(s, actor, "user_added", user.username, {"role": user.role, "desk": user.desk})
        return _stored_user(row)

    def users(self) -> list[StoredUser]:
        with self._db.begin("listing users") as s:
            return [_stored_user(r) for r in s.scalars(select(User).order_by(User.username))]

    def find_user(self, username: str) -> StoredUser | None:
        with self._db.begin(f"reading user {username!r}") as s:
            row = s.get(User, username)
            return _stored_user(row) if row else None

    def user(self, username: str) -> StoredUser:
        with self._db.begin(f"reading user {username!r}") as s:
            return _stored_user(_user(s, username))

    def set_password(self, username: str, password_hash: str, *, actor: str) -> None:
        """A new password, which also lifts a lock-out and ends the user's credentials."""
        with self._db.begin(f"setting the password of {username!r}") as s:
            _change_user(s, username, password_hash=password_hash, failed_logins=0,
                         locked_until=None)
            _log(s, actor, "password_set", username, _end_credentials(s, username))

    def set_active(self, username: str, active: bool, *, actor: str) -> None:
        """Enable or disable; disabling ends the user's credentials (enabling brings none back).
        Conflict if it would lock the actor out, or leave no active administrator."""
        with self._db.begin(f"enabling or disabling user {username!r}") as s:
            if not active:
                _keep_an_admin(s, username, actor, code="self_lock")
            _change_user(s, username, active=active)
            if active:
                _log(s, actor, "user_enabled", username, {})
            else:
                _log(s, actor, "user_disabled", username, _end_credentials(s, username))

    def set_role(self, username: str, role: str, desk: str, *, actor: str) -> None:
        """A new role and desk, which ends the credentials given under the old ones."""
        with self._db.begin(f"changing the role of {username!r}") as s:
            if role != ADMIN_ROLE:
                _keep_an_admin(s, username, actor, code="self_demote")
            _change_user(s, username, role=role, desk=desk)
            _log(s, actor, "role_changed", username,
                 {"role": role, "desk": desk, **_end_credentials(s, username)})

    def set_display_name(self, username: str, display_name: str, *, actor: str) -> None:
        with self._db.begin(f"renaming user {username!r}") as s:
            _change_user(s, username, display_name=display_name)
            _log(s, actor, "user_renamed", username, {"display_name": display_name})

    # -- desks ----------------------------------------------------------------------------

    def desks(self) -> list[str]:
        with self._db.begin("listing the intake desks") as s:
            return list(s.scalars(select(Desk.name).order_by(Desk.name)))

    def has_desk(self, name: str) -> bool:
        with self._db.begin(f"reading desk {name!r}") as s:
            return s.get(Desk, name) is not None

    def add_desk(self, name: str, *, actor: str) -> None:
        with self._db.begin(f"adding desk {name!r}") as s:
            if s.get(Desk, name) is not None:
                raise Conflict(f"a desk {name!r} already exists", code="desk_exists")
            s.add(Desk(name=name, created_at=now()))
            _log(s, actor, "desk_added", name, {})

    # -- signing in -----------------------------------------------------------------------

    def claim_sign_in(self, username: str, *, limit: int, at: datetime,
                      lock_until: datetime) -> StoredUser | None:
        """Count one sign-in attempt of an active, unlocked user before their password is
        checked; None if there is no such user, or they are locked. The attempt that brings
        the count to `limit` also locks the account until `lock_until`; `record_sign_in`
        lifts both when the password turns out right.

        Counting and deciding are one UPDATE, so parallel guesses cannot all pass a count read
        before any of them was written: at most `limit` passwords are checked in a row."""
        restarts = User.locked_until.is_not(None)  # a lock that has run out: count from 1
        count = case((restarts, 1), else_=User.failed_logins + 1)
        claim = (update(User)
                 .where(User.username == username, User.active.is_(True),
                        or_(and_(~restarts, User.failed_logins < limit),
                            User.locked_until <= at))
                 .values(failed_logins=count,
                         locked_until=case((count >= limit, _moment(lock_until)), else_=None))
                 .returning(User.username)
                 .execution_options(synchronize_session=False))
        with self._db.begin(f"counting a sign-in attempt of {username!r}") as s:
            if s.execute(claim).first() is None:
                return None
            return _stored_user(_user(s, username))

    def record_failed_sign_in(self, username: str, *, failures: int) -> None:
        with self._db.begin(f"logging a failed sign-in of {username!r}") as s:
            _log(s, username, "sign_in_failed", username, {"failures": failures})

    def record_sign_in(self, username: str, *, new_hash: str | None = None) -> None:
        """A right password: the failure count starts again, a lock taken by the attempt that
        checked it is lifted; `new_hash` replaces an old one."""
        rehash = {"password_hash": new_hash} if new_hash else {}
        with self._db.begin(f"recording the sign-in of {username!r}") as s:
            _change_user(s, username, failed_logins=0, locked_until=None, **rehash)

    # -- API tokens -----------------------------------------------------------------------

    def add_token(self, username: str, name: str, token_sha256: str, *, actor: str
                  ) -> TokenView:
        with self._db.begin(f"creating API token {name!r} for {username!r}") as s:
            _user(s, username)
            row = ApiToken(username=username, name=name, token_sha256=token_sha256,
                           created_at=now())
            s.add(row)
            s.flush()
            _log(s, actor, "token_created", username, {"token_id": row.id, "name": name})
            return _token_view(row)

    def tokens(self, username: str | None = None) -> list[TokenView]:
        query = select(ApiToken).order_by(ApiToken.id)
        if username:
            query = query.where(ApiToken.username == username)
        with self._db.begin("listing API tokens") as s:
            return [_token_view(r) for r in s.scalars(query)]

    def revoke_token(self, token_id: int, *, actor: str) -> TokenView:
        with self._db.begin(f"revoking API token {token_id}") as s:
            row = s.get(ApiToken, token_id)
            if row is None:
                raise NotFound(f"no API token {token_id}")
            row.revoked_at = row.revoked_at or now()
            _log(s, actor, "token_revoked", row.username, {"token_id": token_id})
            return _token_view(row)

    def find_token(self, token_sha256: str) -> StoredToken | None:
        """The token with this hash and the user it acts as, or None."""
        with self._db.begin("reading an API token") as s:
            row = s.execute(select(ApiToken, User).join(User)
                            .where(ApiToken.token_sha256 == token_sha256)).first()
            return StoredToken(_token_view(row[0]), _stored_user(row[1])) if row else None

    def touch_token(self, token_id: int) -> None:
        with self._db.begin(f"noting the use of API token {token_id}") as s:
            s.execute(update(ApiToken).where(ApiToken.id == token_id).values(last_used_at=now()))

    # -- web sessions ---------------------------------------------------------------------

    def open_session(self, id_sha256: str, username: str, csrf_token: str, *,
                     expires_at: datetime, password_hash: str) -> bool:
        """Keep a new session (forgetting expired ones) and log the sign-in; False, and no
        session, if the user was disabled or their password changed since it was checked.

        One INSERT … SELECT that holds the user's row (FOR SHARE): a password change or a
        disable racing this sign-in either comes first, and no session is made, or waits for
        it and then ends it with the others."""
        at = now()
        still_valid = (select(literal(id_sha256), User.username, literal(csrf_token),
                              _moment(at), _moment(expires_at))
                       .where(User.username == username, User.active.is_(True),
                              User.password_hash == password_hash)
                       .with_for_update(read=True))
        with self._db.begin(f"opening a web session for {username!r}") as s:
            s.execute(delete(WebSession).where(WebSession.expires_at < at))
            made = s.execute(insert(WebSession).from_select(
                ["id_sha256", "username", "csrf_token", "created_at", "expires_at"],
                still_valid).returning(WebSession.id_sha256)).first()
            if made is None:
                return False
            _log(s, username, "signed_in", username, {})
            return True

    def find_session(self, id_sha256: str) -> StoredSession | None:
        with self._db.begin("reading a web session") as s:
            row = s.execute(select(WebSession, User).join(User)
                            .where(WebSession.id_sha256 == id_sha256)).first()
            if row is None:
                return None
            web, user = row
            return StoredSession(web.csrf_token, _aware(web.expires_at), _stored_user(user))

    def close_session(self, id_sha256: str) -> None:
        with self._db.begin("closing a web session") as s:
            s.execute(delete(WebSession).where(WebSession.id_sha256 == id_sha256))

    # -- access log -----------------------------------------------------------------------

    def log(self, actor: str, action: str, subject: str = "",
            detail: dict[str, object] | None = None) -> None:
        with self._db.begin(f"writing {action!r} to the access log") as s:
            _log(s, actor, action, subject, detail or {})

    def check_access_log(self) -> ChainState:
        """The access log's chain recomputed from its stored rows."""
        with self._db.begin("checking the access log's chain") as s:
            rows = s.scalars(select(AccessLog).order_by(AccessLog.id))
            links = (ChainLink(r.id, r.prev_hash, r.hash, _access_content(r)) for r in rows)
            return walk_chain(ACCESS_LOG, links, s.get(ChainHead, ACCESS_LOG))

    def access_log(self, *, limit: int = 200, actor: str | None = None) -> list[AccessEntry]:
        """The newest entries first, of one actor or of all."""
        query = select(AccessLog).order_by(AccessLog.id.desc()).limit(limit)
        if actor:
            query = query.where(AccessLog.actor == actor)
        with self._db.begin("reading the access log") as s:
            return [AccessEntry(_aware(r.at), r.actor, r.action, r.subject, dict(r.detail or {}))
                    for r in s.scalars(query)]


def _user(s: Session, username: str) -> User:
    row = s.get(User, username)
    if row is None:
        raise NotFound(f"no user {username!r}", code="unknown_user")
    return row


ADMIN_ROLE = "admin"


def _keep_an_admin(s: Session, username: str, actor: str, *, code: str) -> None:
    """Refuse taking `username`'s administration away (a lock, another role) when they are
    the one doing it, or the last active administrator.

    The active administrators' rows are written first (a no-op UPDATE): PostgreSQL holds them
    to the commit, SQLite takes its write lock, so two administrators locking each other at
    the same moment are decided one after the other and the second is refused."""
    if username == actor:
        raise Conflict(f"{actor!r} may not lock or demote their own account", code=code)
    admins = s.execute(update(User).where(User.role == ADMIN_ROLE, User.active.is_(True))
                       .values(role=User.role).returning(User.username)
                       .execution_options(synchronize_session=False)).scalars().all()
    if username in admins and len(admins) <= 1:
        raise Conflict(f"{username!r} is the last active administrator", code="last_admin")


def _change_user(s: Session, username: str, **values: object) -> None:
    # An UPDATE first, not a read: the row is held from here to the commit (PostgreSQL), and
    # SQLite takes its write lock now rather than failing to upgrade a read later.
    changed = s.execute(update(User).where(User.username == username).values(**values)
                        .returning(User.username)
                        .execution_options(synchronize_session=False)).first()
    if changed is None:
        raise NotFound(f"no user {username!r}", code="unknown_user")


def _end_credentials(s: Session, username: str) -> dict[str, object]:
    """Close the user's web sessions and revoke their API tokens; says what for the log."""
    closed = s.execute(delete(WebSession).where(WebSession.username == username)
                       .returning(WebSession.id_sha256)).all()
    revoked = s.scalars(update(ApiToken)
                        .where(ApiToken.username == username, ApiToken.revoked_at.is_(None))
                        .values(revoked_at=now()).returning(ApiToken.id)
                        .execution_options(synchronize_session=False)).all()
    return {"sessions_closed": len(closed), "tokens_revoked": sorted(revoked)}


def _log(s: Session, actor: str, action: str, subject: str, detail: dict[str, object]) -> None:
    # The column holds 256 characters; a subject is a name or a search, its start says enough.
    row = AccessLog(at=now(), actor=actor, action=action, subject=subject[:256], detail=detail)
    # A link of the access log's hash chain (archive/chain.py): edits and removals show.
    row.prev_hash, row.hash = next_link(s, ACCESS_LOG, _access_content(row))
    s.add(row)


def _access_content(row: AccessLog) -> dict[str, object]:
    return access_content(row.at, row.actor, row.action, row.subject, row.detail or {})


def _moment(at: datetime) -> ColumnElement[datetime]:
    # A bound value typed as a timestamp column, so SQLite stores it in the columns' format.
    return literal(at, User.locked_until.type)


def _stored_user(row: User) -> StoredUser:
    return StoredUser(
        username=row.username, display_name=row.display_name, role=row.role, desk=row.desk,
        password_hash=row.password_hash, active=row.active, failed_logins=row.failed_logins,
        locked_until=_aware(row.locked_until) if row.locked_until else None,
        created_at=_aware(row.created_at),
    )


def _token_view(row: ApiToken) -> TokenView:
    return TokenView(row.id, row.username, row.name, _aware(row.created_at),
                     _aware(row.last_used_at) if row.last_used_at else None,
                     row.revoked_at is not None)
