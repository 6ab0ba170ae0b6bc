"""The embedded search index: one SQLite file with FTS5, ranked by bm25.

The file is in WAL mode, so readers never wait for the writer. Each thread gets its own
connection and each process opens its own; writers queue on SQLite's lock (busy timeout).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

from hoso.errors import BackendError, NotFound
from hoso.indexer.base import FACET_NAMES, SearchIndex
from hoso.indexer.bm25 import Corpus, bm25, phrase_counts, phrases, read_varints
from hoso.indexer.highlight import make_snippet
from hoso.indexer.pages import StoredPage, prepare_page
from hoso.indexer.positions import PageWords
from hoso.indexer.query import (
    DOC_TYPE_BOOST,
    NEAR_WORDS,
    TOLERANT_BELOW,
    ParsedQuery,
    parse_query,
)
from hoso.indexer.sqlite_sql import (
    ALL_TABLES,
    COUNT_ABOVE_SQL,
    LAST_ROWID_SQL,
    RANKED,
    SAMPLE,
    SCHEMA,
    SCHEMA_VERSION,
    TOTALS_SQL,
    WINDOW,
    boosts,
    columns_statement,
    hit_score,
    hits_statement,
    holding_statement,
    required_expression,
    strict_statement,
    window_statement,
)
from hoso.records import Facet, IndexedPage, SearchHit, SearchQuery, SearchResults

__all__ = ["SqliteIndex"]

logger = logging.getLogger(__name__)

_INSERT_PAGE = (
    "INSERT INTO pages (page_id, dossier_code, document_id, page_no, doc_type, procedure, desk,"
    " received_at, received_utc, received_date, applicant_name, applicant_id, filename)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class _Match(NamedTuple):
    """A page in a search's window: what ranks it and what facets count."""

    id: int
    doc_type: str
    procedure: str
    desk: str
    month: str | None
    utc: str | None
    dossier: str
    document: str
    page_no: int


class _Ranked(NamedTuple):
    id: int
    tier: float
    relevance: float
    match: _Match


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
        self._corpus = _CorpusCache()
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
            if version not in (0, SCHEMA_VERSION) and create and version < SCHEMA_VERSION:
                _drop_old_layout(conn, version)
                version = 0
            if version not in (0, SCHEMA_VERSION):
                raise BackendError(
                    f"the search index {self.path} has layout {version}; expected {SCHEMA_VERSION}",
                    hint="run `hoso reindex` (it rebuilds an older layout), or delete the file and re-index",
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

    def rebuild(self, pages: Iterable[IndexedPage]) -> str:
        """Replace every page in one transaction: searches see the old index until the new one
        is complete, and no page is looked up before it is written (the index starts empty)."""
        remaining = iter(pages)
        with self._transaction(write=True) as conn:
            _clear(conn)
            while batch := list(islice(remaining, 1000)):
                for item in (prepare_page(page) for page in batch):
                    _insert_new(conn, item)
            # One b-tree per term instead of the segments loading left: fewer seeks per query.
            conn.execute("INSERT INTO pages_fts (pages_fts) VALUES ('optimize')")
        try:  # the whole index went through the WAL: hand its disk space back
            self._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise BackendError(f"search index {self.path}: {exc}") from exc
        return repr(self)

    def delete_dossier(self, dossier_code: str) -> None:
        with self._transaction(write=True) as conn:
            _delete_where(conn, "dossier_code = ?", dossier_code)

    def delete_pages(self, page_ids: Sequence[str]) -> None:
        with self._transaction(write=True) as conn:
            for page_id in page_ids:
                _delete_where(conn, "page_id = ?", page_id)

    def search(self, query: SearchQuery) -> SearchResults:
        parsed = parse_query(query.text)
        offset, limit = max(0, query.offset), max(0, query.limit)
        with self._transaction(write=False) as conn:
            parsed, complete = _settle_tolerance(conn, query, parsed)
            statement = window_statement(query, parsed)
            window = [_Match(*row) for row in conn.execute(statement.sql, statement.params)]
            matches = window[:WINDOW] + _missing(conn, query, parsed, window[:WINDOW], complete)
            ranked = _rank(conn, matches, complete, parsed, self._corpus)
            chosen = ranked[offset : offset + limit]
            pages = _pages(conn, [item.id for item in chosen])
        hits = tuple(
            _hit(pages[item.id], item, make_snippet(pages[item.id][9], parsed.required))
            for item in chosen
        )
        return SearchResults(
            total=len(matches),
            hits=hits,
            facets=_facets(matches),
            total_exact=len(window) <= WINDOW,
        )

    def count(self) -> int:
        with self._transaction(write=False) as conn:
            return int(conn.execute("SELECT count(*) FROM pages").fetchone()[0])

    def clear(self) -> None:
        with self._transaction(write=True) as conn:
            _clear(conn)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            connections, self._connections = self._connections, []
        for conn in connections:
            conn.close()

    def __repr__(self) -> str:
        return f"SqliteIndex({str(self.path)!r})"


def _clear(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM pages_fts")
    conn.execute("DELETE FROM page_fields")
    conn.execute("DELETE FROM page_texts")
    conn.execute("DELETE FROM pages")


def _drop_old_layout(conn: sqlite3.Connection, version: int) -> None:
    logger.warning(
        "search index layout %d replaced by %d: empty until `hoso reindex`", version, SCHEMA_VERSION
    )
    for table in ALL_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")


def _insert_new(conn: sqlite3.Connection, item: StoredPage) -> None:
    """Insert a page; a page_id met again replaces the earlier one (the last wins)."""
    try:
        _insert(conn, item)
    except sqlite3.IntegrityError:
        _delete_where(conn, "page_id = ?", item.page.page_id)
        _insert(conn, item)


def _delete_where(conn: sqlite3.Connection, condition: str, value: str) -> None:
    ids = f"SELECT id FROM pages WHERE {condition}"
    conn.execute(f"DELETE FROM pages_fts WHERE rowid IN ({ids})", (value,))
    conn.execute(f"DELETE FROM page_fields WHERE page IN ({ids})", (value,))
    conn.execute(f"DELETE FROM page_texts WHERE id IN ({ids})", (value,))
    conn.execute(f"DELETE FROM pages WHERE {condition}", (value,))


def _insert(conn: sqlite3.Connection, item: StoredPage) -> None:
    page = item.page
    received_at = page.received_at.isoformat() if page.received_at else None
    cursor = conn.execute(
        _INSERT_PAGE,
        (
            page.page_id, page.dossier_code, page.document_id, page.page_no, page.doc_type,
            page.procedure, page.desk, received_at, item.received_utc, item.received_date,
            page.applicant_name, page.applicant_id, page.filename,
        ),
    )  # fmt: skip
    rowid = cursor.lastrowid
    conn.execute("INSERT INTO page_texts (id, text) VALUES (?, ?)", (rowid, item.text))
    conn.execute(
        "INSERT INTO pages_fts (rowid, exact, folded) VALUES (?, ?, ?)",
        (rowid, item.exact, item.folded),
    )
    conn.executemany(
        "INSERT INTO page_fields (page, name, value) VALUES (?, ?, ?)",
        [(rowid, name, value) for name, value in item.fields],
    )


def _settle_tolerance(
    conn: sqlite3.Connection, query: SearchQuery, parsed: ParsedQuery
) -> tuple[ParsedQuery, set[int]]:
    """The query strict (every term required) once TOLERANT_BELOW pages hold every term;
    else the query as typed with the pages holding every term, which rank first."""
    if parsed.must_match == len(parsed.required):
        return parsed, set()
    strict = strict_statement(query, parsed)
    complete = {row[0] for row in conn.execute(strict.sql, strict.params)}
    if len(complete) >= TOLERANT_BELOW:
        return parsed.strict, set()
    return parsed, complete


def _missing(
    conn: sqlite3.Connection,
    query: SearchQuery,
    parsed: ParsedQuery,
    window: list[_Match],
    complete: set[int],
) -> list[_Match]:
    """The pages holding every term that a full window left out: they rank first."""
    left_out = complete - {match.id for match in window}
    if not left_out:
        return []
    statement = window_statement(query, parsed, among=tuple(sorted(left_out)))
    return [_Match(*row) for row in conn.execute(statement.sql, statement.params)]


def _rank(
    conn: sqlite3.Connection,
    matches: list[_Match],
    complete: set[int],
    parsed: ParsedQuery,
    corpus: _CorpusCache,
) -> list[_Ranked]:
    """Best first: tier, then bm25 and boosts, then newest, then dossier, document, page.

    The newest RANKED matches and the pages holding every term when one may be missing are
    scored; the rest of the window follows, newest first (the same order whichever page of
    results is asked for).
    """
    first = [_Ranked(m.id, 100.0 if m.id in complete else 0.0, 0.0, m) for m in matches]
    if not parsed.required:
        return first
    chosen = first[:RANKED] + [r for r in first[RANKED:] if r.id in complete]
    rest = [r for r in first[RANKED:] if r.id not in complete]
    scored = _scored(conn, chosen, parsed, corpus)
    _order(scored)
    return scored + rest


def _scored(
    conn: sqlite3.Connection, chosen: list[_Ranked], parsed: ParsedQuery, cache: _CorpusCache
) -> list[_Ranked]:
    """bm25 over the query's phrases, then the boosts, checked on each page's own words."""
    if not chosen:
        return chosen
    expression = required_expression(parsed)
    corpus = cache.corpus(conn, phrases(expression))
    wanted = boosts(parsed)
    named = set(parsed.doc_types)
    statement = columns_statement([item.id for item in chosen])
    columns = {row[0]: row[1:] for row in conn.execute(statement.sql, statement.params)}
    scored = []
    for item in chosen:
        exact, folded, sizes = columns[item.id]
        words = {"exact": PageWords(exact), "folded": PageWords(folded)}
        found = phrase_counts(expression, words["folded"].count_phrase)
        tier, relevance = item.tier, bm25(corpus, found, sum(read_varints(sizes)))
        for boost in wanted:
            page = words[boost.column]
            if boost.near:
                held = page.has_near(boost.words, NEAR_WORDS)
            else:
                held = page.has_phrase(boost.words)
            if held and boost.tier:
                tier += boost.weight
            elif held:
                relevance += boost.weight
        if item.match.doc_type in named:
            relevance += DOC_TYPE_BOOST
        scored.append(item._replace(tier=tier, relevance=relevance))
    return scored


class _CorpusCache:
    """The index's size and each phrase's count of pages, for bm25; a count is kept for
    KEEP_S seconds (they move slowly; asking costs a walk over the phrase's newest pages)."""

    KEEP_S = 300.0

    def __init__(self) -> None:
        self._holding: dict[tuple[str, ...], tuple[float, float]] = {}

    def corpus(self, conn: sqlite3.Connection, phrases: list[tuple[str, ...]]) -> Corpus:
        totals = read_varints(conn.execute(TOTALS_SQL).fetchone()[0])
        pages, words = totals[0], sum(totals[1:])
        holding = tuple(self._held(conn, phrase, pages) for phrase in phrases)
        return Corpus(pages=pages, average_length=words / pages if pages else 0.0, holding=holding)

    def _held(self, conn: sqlite3.Connection, phrase: tuple[str, ...], pages: int) -> float:
        now = time.monotonic()
        kept = self._holding.get(phrase)
        if kept is not None and now - kept[1] < self.KEEP_S:
            return kept[0] * pages
        last = conn.execute(LAST_ROWID_SQL).fetchone()[0] or 0
        above = max(0, last - SAMPLE)
        sampled = conn.execute(COUNT_ABOVE_SQL, (above,)).fetchone()[0] if above else pages
        statement = holding_statement(phrase, above)
        held = conn.execute(statement.sql, statement.params).fetchone()[0]
        share = held / sampled if sampled else 0.0
        if len(self._holding) > 10_000:
            self._holding.clear()
        self._holding[phrase] = (share, now)
        return share * pages


def _order(ranked: list[_Ranked]) -> None:
    ranked.sort(key=lambda r: (r.match.dossier, r.match.document, r.match.page_no))
    ranked.sort(key=lambda r: r.match.utc or "", reverse=True)  # newest first, no date last
    ranked.sort(key=lambda r: (r.tier, r.relevance), reverse=True)


def _pages(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    if not ids:
        return {}
    statement = hits_statement(ids)
    return {row[0]: row for row in conn.execute(statement.sql, statement.params)}


def _hit(row: tuple[Any, ...], ranked: _Ranked, snippet: str) -> SearchHit:
    _, page_id, dossier, document, page_no, doc_type, procedure, desk, received = row[:9]
    return SearchHit(
        page_id=str(page_id),
        dossier_code=str(dossier),
        document_id=str(document),
        page_no=int(page_no),
        doc_type=str(doc_type),
        snippet=snippet,
        score=hit_score(ranked.tier, ranked.relevance),
        procedure=str(procedure),
        desk=str(desk),
        received_at=datetime.fromisoformat(str(received)) if received else None,
    )


def _facets(window: list[_Match]) -> tuple[Facet, ...]:
    facets = []
    for name in FACET_NAMES:
        counted = Counter(getattr(match, name) for match in window)
        counts = [(str(value), count) for value, count in counted.items() if value]
        if name == "month":
            counts.sort(reverse=True)  # newest month first
        else:
            counts.sort(key=lambda pair: (-pair[1], pair[0]))
        facets.append(Facet(name=name, counts=tuple(counts)))
    return tuple(facets)
