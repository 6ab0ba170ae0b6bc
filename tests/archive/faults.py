"""Real faults of a catalog's database, made on SQLite and on PostgreSQL alike.

Each returns a `Catalog` built the way production builds one (`Catalog(engine)`), on a
database that really is unreachable, read-only, locked or without the catalog's tables; no
error is simulated. `url` is the database's URL as `open_catalog` takes it.
"""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import create_engine

from hoso.archive import Catalog

__all__ = [
    "impatient_catalog",
    "plain_catalog",
    "read_only_catalog",
    "unreachable_catalog",
    "unreachable_url",
    "write_lock",
]


def _sqlite_path(url: str) -> str | None:
    return url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else None


def _engine_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def plain_catalog(url: str) -> Catalog:
    """A catalog on the database as it is: not migrated, unlike `open_catalog`."""
    return Catalog(create_engine(_engine_url(url)))


def unreachable_url(url: str, tmp_path: Path) -> str:
    """A database of the same kind that cannot be reached: a SQLite file in a "folder" that
    is a file, or a PostgreSQL port nothing listens on."""
    if _sqlite_path(url):
        (tmp_path / "not-a-folder").write_text("a file where the catalog's folder should be")
        return f"sqlite:///{tmp_path}/not-a-folder/catalog.db"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"postgresql://postgres@127.0.0.1:{port}/hoso"


def unreachable_catalog(url: str, tmp_path: Path) -> Catalog:
    return plain_catalog(unreachable_url(url, tmp_path))


def read_only_catalog(url: str) -> Catalog:
    """A catalog that may read but not write: a SQLite file opened read-only, a PostgreSQL
    session whose transactions are read-only (as on a standby)."""
    path = _sqlite_path(url)
    if path:
        return Catalog(create_engine(f"sqlite:///file:{path}?mode=ro&uri=true"))
    options = "-c default_transaction_read_only=on"
    return Catalog(create_engine(_engine_url(url), connect_args={"options": options}))


def impatient_catalog(url: str) -> Catalog:
    """A catalog that waits a fifth of a second for a lock, not a minute."""
    if _sqlite_path(url):
        return Catalog(create_engine(url, connect_args={"timeout": 0.2}))
    options = "-c lock_timeout=200"
    return Catalog(create_engine(_engine_url(url), connect_args={"options": options}))


@contextmanager
def write_lock(url: str) -> Iterator[None]:
    """Another client holds the lock a write needs, until the block ends."""
    path = _sqlite_path(url)
    if path:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.rollback()
            holder.close()
        return
    with psycopg.connect(url) as pg_holder:
        pg_holder.execute("LOCK TABLE dossiers IN ACCESS EXCLUSIVE MODE")
        yield
        pg_holder.rollback()
