"""The embedded search index: one SQLite file with FTS5, ranked by bm25.

The file is in WAL mode, so readers never wait for the writer. Each thread gets its own
connection and each process opens its own; writers queue on SQLite's lock (busy timeout).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from hoso.errors import BackendError, NotFound
from hoso.indexer.base import FACET_NAMES, SearchIndex
from hoso.indexer.highlight import make_snippet
from hoso.indexer.pages import StoredPage, prepare_page
from hoso.indexer.query import TOLERANT_BELOW, parse_query
from hoso.indexer.sqlite_sql import (
    SCHEMA,
    SCHEMA_VERSION,
    facets_statement,
    hit_score,
    search_statement,
    strict_count_statement,
)
from hoso.records import Facet, IndexedPage, SearchHit, SearchQuery, SearchResults

__all__ = ["SqliteIndex"]

_INSERT_PAGE = (
    "INSERT INTO pages (page_id, dossier_code, document_id, page_no, doc_type, procedure, desk,"
    " received_at, received_utc, received_date, applicant_name, applicant_id, filename, text)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class SqliteIndex(SearchIndex):
    """The index in the SQLite file at `path`.

    create: make the file (and its folder) if missing; when False a missing file raises
    hoso.errors.NotFound and nothing is written to disk.
    """

    def __init__(self, path: Path | str, *, create: bool = True, busy_timeout_s: float = 30.0):
        self.path = Path(path)
        self._timeout = busy_timeout_s
        self._lock = threading.Lock()
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._closed = False
        if not create and not self.path.is_file():
            raise NotFound(f"no search index at {self.path}", hint="no pages indexed yet")
        if create:
            self._make_folder()
        self._uri = f"file:{quote(str(self.path.resolve()))}?mode={'rwc' if create else 'rw'}"
        try:
            self._prepare_schema(create)
        except BaseException:
            self.close()
            raise

    def _make_folder(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackendError(f"cannot create the search index folder {self.path.parent}: {exc}")

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        with self._lock:
            if self._closed:
                raise BackendError(f"the search index {self.path} is closed")
            conn = sqlite3.connect(
                self._uri, uri=True, timeout=self._timeout,
                isolation_level=None, check_same_thread=False,
            )  # fmt: skip
            self._connections.append(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        self._local.conn = conn
        return conn

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[sqlite3.Connection]:
        """One transaction; sqlite3 errors become BackendError naming the file."""
        try:
            conn = self._connection()
            # IMMEDIATE takes the write lock up front, so two writers queue instead of
            # deadlocking on a lock upgrade; a read is one snapshot for hits and facets.
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise BackendError(f"search index {self.path}: {exc}") from exc

    def _prepare_schema(self, create: bool) -> None:
        with self._transaction(write=create) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise BackendError(
                    f"the search index {self.path} has layout {version}; expected {SCHEMA_VERSION}",
                    hint="delete the file and re-index",
                )
            if version == 0 and not create:
                raise NotFound(f"no search index at {self.path}", hint="no pages indexed yet")
            if version == 0:
                for statement in SCHEMA.split(";"):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if create:
            self._set_wal()

    def _set_wal(self) -> None:
        try:
            self._connection().execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error as exc:
            raise BackendError(f"search index {self.path}: {exc}") from exc

    def upsert(self, pages: Sequence[IndexedPage]) -> None:
        latest = {page.page_id: page for page in pages}  # a repeated page_id: the last wins
        stored = [prepare_page(page) for page in latest.values()]
        with self._transaction(write=True) as conn:
            for item in stored:
                _delete_where(conn, "page_id = ?", item.page.page_id)
                _insert(conn, item)

    def delete_dossier(self, dossier_code: str) -> None:
        with self._transaction(write=True) as conn:
            _delete_where(conn, "dossier_code = ?", dossier_code)

    def delete_pages(self, page_ids: Sequence[str]) -> None:
        with self._transaction(write=True) as conn:
            for page_id in page_ids:
                _delete_where(conn, "page_id = ?", page_id)

    def search(self, query: SearchQuery) -> SearchResults:
        parsed = parse_query(query.text)
        with self._transaction(write=False) as conn:
            if parsed.must_match < len(parsed.required):
                strict = strict_count_statement(query, parsed)
                if conn.execute(strict.sql, strict.params).fetchone()[0] >= TOLERANT_BELOW:
                    parsed = parsed.strict
            hits_sql = search_statement(query, parsed)
            facets_sql = facets_statement(query, parsed)
            rows = conn.execute(hits_sql.sql, hits_sql.params).fetchall()
            facet_rows = conn.execute(facets_sql.sql, facets_sql.params).fetchall()
        hits = tuple(_hit(row, make_snippet(row[8], parsed.required)) for row in rows)
        total = next(count for name, _, count in facet_rows if name == "")
        return SearchResults(total=total, hits=hits, facets=_facets(facet_rows))

    def count(self) -> int:
        with self._transaction(write=False) as conn:
            return int(conn.execute("SELECT count(*) FROM pages").fetchone()[0])

    def clear(self) -> None:
        with self._transaction(write=True) as conn:
            conn.execute("DELETE FROM pages_fts")
            conn.execute("DELETE FROM page_fields")
            conn.execute("DELETE FROM pages")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            connections, self._connections = self._connections, []
        for conn in connections:
            conn.close()

    def __repr__(self) -> str:
        return f"SqliteIndex({str(self.path)!r})"


def _delete_where(conn: sqlite3.Connection, condition: str, value: str) -> None:
    ids = f"SELECT id FROM pages WHERE {condition}"
    conn.execute(f"DELETE FROM pages_fts WHERE rowid IN ({ids})", (value,))
    conn.execute(f"DELETE FROM page_fields WHERE page IN ({ids})", (value,))
    conn.execute(f"DELETE FROM pages WHERE {condition}", (value,))


def _insert(conn: sqlite3.Connection, item: StoredPage) -> None:
    page = item.page
    received_at = page.received_at.isoformat() if page.received_at else None
    cursor = conn.execute(
        _INSERT_PAGE,
        (
            page.page_id, page.dossier_code, page.document_id, page.page_no, page.doc_type,
            page.procedure, page.desk, received_at, item.received_utc, item.received_date,
            page.applicant_name, page.applicant_id, page.filename, item.text,
        ),
    )  # fmt: skip
    rowid = cursor.lastrowid
    conn.execute(
        "INSERT INTO pages_fts (rowid, exact, folded) VALUES (?, ?, ?)",
        (rowid, item.exact, item.folded),
    )
    conn.executemany(
        "INSERT INTO page_fields (page, name, value) VALUES (?, ?, ?)",
        [(rowid, name, value) for name, value in item.fields],
    )


def _hit(row: tuple[Any, ...], snippet: str) -> SearchHit:
    page_id, dossier, document, page_no, doc_type, procedure, desk, received, _ = row[:9]
    return SearchHit(
        page_id=str(page_id),
        dossier_code=str(dossier),
        document_id=str(document),
        page_no=int(page_no),
        doc_type=str(doc_type),
        snippet=snippet,
        score=hit_score(float(row[9]), float(row[10])),
        procedure=str(procedure),
        desk=str(desk),
        received_at=datetime.fromisoformat(str(received)) if received else None,
    )


def _facets(rows: list[tuple[str, str, int]]) -> tuple[Facet, ...]:
    facets = []
    for name in FACET_NAMES:
        counts = [(str(value), int(count)) for facet, value, count in rows if facet == name]
        if name == "month":
            counts.sort(reverse=True)  # newest month first
        else:
            counts.sort(key=lambda pair: (-pair[1], pair[0]))
        facets.append(Facet(name=name, counts=tuple(counts)))
    return tuple(facets)
