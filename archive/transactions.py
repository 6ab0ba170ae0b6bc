"""Transactions on the catalog's database, and the one place its errors become hoso's.

Every read and write of the catalog's tables runs in `Transactions.begin(what)`: one
transaction, committed when the block ends or rolled back, with any database error translated
at this boundary. `what` names the operation, so the message says what was refused:

    database error (SQLAlchemy, DBAPI)             hoso error       HTTP  retry
    IntegrityError: unique, foreign key, not null  Conflict         409   no
    DataError, an integer too large to bind        InvalidValue     422   no
    OperationalError, InterfaceError,              BackendError     503   yes
      InternalError, pool TimeoutError:              (unreachable, locked, read-only,
                                                      timed out, connection lost)
    ProgrammingError, NotSupportedError, a         BackendError     503   no
      missing table, anything else                   (a schema that does not match, a bug)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy import exc as db
from sqlalchemy.orm import Session, sessionmaker

from hoso.errors import BackendError, Conflict, HosoError, InvalidValue

__all__ = ["Transactions", "translate"]

_UNAVAILABLE_HINT = "check that the catalog's database is running, reachable and writable"
_SCHEMA_HINT = "the catalog's tables may not match this version of hoso"
# SQLite reports a missing table or column as an OperationalError, PostgreSQL as a
# ProgrammingError; both mean the schema is not the one hoso migrated, which no retry mends.
_SCHEMA_WORDS = ("no such table", "no such column", "has no column named")


class Transactions:
    """Opens the catalog's transactions; the only holder of its sessions."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def begin(self, what: str) -> Iterator[Session]:
        """One transaction: all of it is written, or none of it; errors said as hoso's."""
        try:
            with self._sessions.begin() as session:
                yield session
        # sqlite3 raises OverflowError, unwrapped, for an integer beyond 64 bits.
        except (db.SQLAlchemyError, OverflowError) as exc:
            raise translate(exc, what) from exc

    def close(self) -> None:
        self._engine.dispose()


def translate(exc: db.SQLAlchemyError | OverflowError, what: str) -> HosoError:
    """The hoso error that says what went wrong while doing `what` (see the module's table)."""
    detail = _detail(exc)
    if isinstance(exc, db.IntegrityError):
        return Conflict(f"{what} conflicts with the catalog: {detail}")
    if isinstance(exc, db.DataError | OverflowError):
        return InvalidValue(f"{what}: the catalog cannot hold a value given: {detail}")
    if _is_transient(exc, detail):
        return BackendError(f"catalog unavailable while {what}: {detail}",
                            hint=_UNAVAILABLE_HINT)
    return BackendError(f"catalog refused {what}: {detail}", hint=_SCHEMA_HINT,
                        retryable=False)


def _is_transient(exc: db.SQLAlchemyError, detail: str) -> bool:
    if any(words in detail for words in _SCHEMA_WORDS):
        return False
    return isinstance(exc, db.OperationalError | db.InterfaceError | db.InternalError
                      | db.TimeoutError | db.DisconnectionError)


def _detail(exc: BaseException) -> str:
    """The database's own words, on one line (PostgreSQL's DETAIL names the key that clashed)."""
    cause = exc.orig if isinstance(exc, db.DBAPIError) else exc
    return " ".join(str(cause).split())
