"""Opening the catalog's database: the engine for SQLite or PostgreSQL, and its migrations."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from hoso.archive.catalog import Catalog
from hoso.archive.transactions import translate
from hoso.errors import BackendError, ConfigError

__all__ = ["open_catalog"]


def open_catalog(url: str) -> Catalog:
    """Connect to the catalog at `url` (sqlite:/// or postgresql://) and migrate it."""
    if url.startswith("sqlite:///"):
        _make_folder(Path(url.removeprefix("sqlite:///")).parent)
    elif url.startswith("postgresql://"):
        url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    elif not url.startswith("postgresql+"):
        raise ConfigError(f"catalog URL {url!r} is neither sqlite:/// nor postgresql://")
    engine = _engine(url)
    try:
        with _migration_lock(url):
            _migrate(engine)
    except SQLAlchemyError as exc:
        raise translate(exc, f"opening the catalog at {engine.url!r}") from exc
    catalog = Catalog(engine)
    # A new catalog starts with hoso's shipped procedures (archive/procedures.json).
    catalog.procedures.ensure_shipped()
    return catalog


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackendError(f"the catalog's folder {folder} cannot be made: {exc}",
                           hint="set HOSO_CATALOG_URL to a folder hoso may write",
                           retryable=False) from exc


def _engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    return engine


def _migrate(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", "hoso.archive:migrations")
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as conn:
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


@contextmanager
def _migration_lock(url: str) -> Iterator[None]:
    """One process at a time migrates a SQLite file (`hoso status` run while `hoso ingest`
    creates the catalog). PostgreSQL takes an advisory lock in migrations/env.py instead."""
    if not url.startswith("sqlite:///"):
        yield
        return
    lock_path = Path(url.removeprefix("sqlite:///") + ".migrate-lock")
    with lock_path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


