"""The SQL of the SQLite FTS5 index: its schema, and a SearchQuery turned into a statement.

Each query word is passed to FTS5 as a double-quoted string, the only FTS5 syntax user text
ever reaches, so `*`, `NEAR(`, `-`, `OR` or a stray quote are words, never operators.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hoso.indexer.bm25 import Expression
from hoso.indexer.query import (
    NEAR_BOOST,
    PAIR_BOOST,
    PHRASE_BOOST,
    TOLERANT_BELOW,
    ParsedQuery,
    Term,
)
from hoso.records import SearchQuery

__all__ = [
    "ALL_TABLES",
    "COUNT_ABOVE_SQL",
    "LAST_ROWID_SQL",
    "RANKED",
    "SAMPLE",
    "SCHEMA",
    "SCHEMA_VERSION",
    "TOTALS_SQL",
    "WINDOW",
    "Boost",
    "Statement",
    "boosts",
    "columns_statement",
    "hit_score",
    "hits_statement",
    "holding_statement",
    "required_expression",
    "strict_statement",
    "window_statement",
]

SCHEMA_VERSION = 2

# At most WINDOW matches are counted and counted into facets per search, and the RANKED
# newest of them ranked by bm25 and every boost (the rest follow, newest first): the newest
# by rowid, the order pages were indexed in, when more match. Both bound a query's work
# on a province's millions of pages; a search matching fewer pages ranks them all.
WINDOW = 2000
RANKED = 200
# Each phrase's count of pages, which bm25 weighs it by, is taken from the newest SAMPLE pages.
SAMPLE = 20000

# `exact` and `folded` hold the lowercased and the folded text; FTS5 must not strip diacritics
# itself, so that `exact` keeps them (folding is ours: indexer.folding). A page's text lives
# apart from its metadata, so that counting facets over thousands of matches reads narrow rows.
SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY,
    page_id TEXT NOT NULL UNIQUE,
    dossier_code TEXT NOT NULL,
    document_id TEXT NOT NULL,
    page_no INTEGER NOT NULL,
    doc_type TEXT NOT NULL,
    procedure TEXT NOT NULL,
    desk TEXT NOT NULL,
    received_at TEXT,
    received_utc TEXT,
    received_date TEXT,
    applicant_name TEXT NOT NULL,
    applicant_id TEXT NOT NULL,
    filename TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS page_texts (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_dossier ON pages (dossier_code);
CREATE INDEX IF NOT EXISTS pages_received ON pages (received_utc);
CREATE INDEX IF NOT EXISTS pages_doc_type ON pages (doc_type, received_utc);
CREATE TABLE IF NOT EXISTS page_fields (
    page INTEGER NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS page_fields_value ON page_fields (name, value);
CREATE INDEX IF NOT EXISTS page_fields_page ON page_fields (page);
CREATE VIRTUAL TABLE IF NOT EXISTS pages_fts USING fts5 (
    exact, folded, tokenize = 'unicode61 remove_diacritics 0'
);
"""

# Every table any layout had, dropped when an index of an older layout is opened to be
# written: the index holds nothing the catalog cannot give again (`hoso reindex`).
ALL_TABLES = ("pages_fts", "page_fields", "page_texts", "pages")

# What the window reads of each match: enough to rank, order and count facets.
_WINDOW_COLUMNS = (
    "p.id, p.doc_type, p.procedure, p.desk, substr(p.received_date, 1, 7),"
    " p.received_utc, p.dossier_code, p.document_id, p.page_no"
)
_HIT_COLUMNS = (
    "p.id, p.page_id, p.dossier_code, p.document_id, p.page_no, p.doc_type, p.procedure,"
    " p.desk, p.received_at, t.text"
)


@dataclass
class Statement:
    sql: str
    params: list[object] = field(default_factory=list)


def _phrase(words: tuple[str, ...]) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


def _term_match(term: Term) -> str:
    """The term's words (in a row unless typed apart) or any of its synonyms."""
    if term.loose:
        typed = "(" + " AND ".join(_phrase((word,)) for word in term.folded) + ")"
    else:
        typed = _phrase(term.folded)
    if not term.synonyms:
        return typed
    return "(" + " OR ".join([typed, *(_phrase(words) for words in term.synonyms)]) + ")"


def _all_of(terms: tuple[Term, ...]) -> str:
    return " AND ".join(_term_match(term) for term in terms)


def _required_match(parsed: ParsedQuery) -> str:
    terms = parsed.required
    if parsed.must_match == len(terms):
        return f"folded : ({_all_of(terms)})"
    # All but one: one alternative per term left out (FTS5 has no minimum-should-match).
    left_out = (f"({_all_of(terms[:i] + terms[i + 1 :])})" for i in range(len(terms)))
    return f"folded : ({' OR '.join(left_out)})"


def _term_options(term: Term) -> list[list[tuple[str, ...]]]:
    typed = [(word,) for word in term.folded] if term.loose else [term.folded]
    return [typed, *([synonym] for synonym in term.synonyms)]


def required_expression(parsed: ParsedQuery) -> Expression:
    """_required_match's expression as data: alternatives (one, or one per term left out) of
    terms that must all match, each of options (the typed words, each synonym) whose phrases
    must all match; phrases in the order and as often as the SQL names them."""
    terms = parsed.required
    if parsed.must_match == len(terms):
        alternatives = [terms]
    else:
        alternatives = [terms[:i] + terms[i + 1 :] for i in range(len(terms))]
    return [[_term_options(term) for term in alternative] for alternative in alternatives]


def holding_statement(phrase: tuple[str, ...], above: int) -> Statement:
    """How many pages with a rowid above `above` hold the phrase (in the folded text)."""
    sql = "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH ? AND rowid > ?"
    return Statement(sql, [f"folded : {_phrase(phrase)}", above])


# FTS5's own totals (its shadow tables): pages and words per column; each page's words.
TOTALS_SQL = "SELECT block FROM pages_fts_data WHERE id = 1"
LAST_ROWID_SQL = "SELECT max(id) FROM pages"
COUNT_ABOVE_SQL = "SELECT count(*) FROM pages WHERE id > ?"


def _filters(query: SearchQuery, parsed: ParsedQuery) -> Statement:
    where = Statement("1")
    for column in ("doc_type", "procedure", "desk"):
        value = getattr(query, column)
        if value:
            where.sql += f" AND p.{column} = ?"
            where.params.append(value)
    if query.date_from:
        where.sql += " AND p.received_date >= ?"
        where.params.append(query.date_from.isoformat())
    if query.date_to:
        where.sql += " AND p.received_date <= ?"
        where.params.append(query.date_to.isoformat())
    for name, value in query.fields:
        where.sql += " AND p.id IN (SELECT page FROM page_fields WHERE name = ? AND value = ?)"
        where.params += [name, value]
    if not parsed.required:  # else FTS5 leaves them out itself (_match)
        for term in parsed.excluded:
            where.sql += " AND p.id NOT IN (SELECT rowid FROM pages_fts WHERE pages_fts MATCH ?)"
            where.params.append(f"folded : ({_term_match(term)})")
    return where


def _match(parsed: ParsedQuery) -> str:
    """The FTS5 expression of the matching pages: the required terms NOT any excluded one."""
    match = _required_match(parsed)
    for term in parsed.excluded:
        match = f"({match}) NOT (folded : ({_term_match(term)}))"
    return match


def _source(query: SearchQuery, parsed: ParsedQuery) -> Statement:
    """FROM and WHERE of the matching pages."""
    where = _filters(query, parsed)
    if not parsed.required:
        return Statement(f"FROM pages p WHERE {where.sql}", where.params)
    # CROSS JOIN keeps the full-text match as the outer loop: left to itself, SQLite may walk
    # a filter's index and run the match once per page (ten times slower on 20,000 pages).
    sql = "FROM pages_fts CROSS JOIN pages p ON p.id = pages_fts.rowid WHERE pages_fts MATCH ?"
    return Statement(f"{sql} AND {where.sql}", [_match(parsed)] + where.params)


@dataclass(frozen=True)
class Boost:
    """A sign of relevance a page earns by holding `words` in its `column` in a row (near one
    another with `near`). Tier boosts order pages before the rest counts."""

    weight: float
    words: tuple[str, ...]
    column: str = "folded"
    near: bool = False
    tier: bool = False


def boosts(parsed: ParsedQuery) -> list[Boost]:
    """Tier first: one point per tone-marked phrase held exactly as typed (`Quyết định` above
    `Quyết dinh`). Then, added to bm25: the words typed in a row as a phrase (weighs most),
    near one another, each two neighbouring terms side by side. (Holding every term when one
    may be missing, and the kind of paper the query names, are ranked by the index itself.)"""
    found = [
        Boost(1.0, words, column="exact", tier=True)
        for term in parsed.required
        for words in term.exact_phrases
    ]
    phrases = {term.folded for term in parsed.required if term.loose}
    words = parsed.folded_words
    if len(parsed.required) > 1:
        phrases.add(words)
    if len(words) > 2:  # two words near each other are the phrase, or nearly
        found.append(Boost(NEAR_BOOST, words, near=True))
    found += [Boost(PHRASE_BOOST, phrase) for phrase in sorted(phrases)]
    found += [Boost(PAIR_BOOST, pair) for pair in parsed.pairs]
    return found


def hit_score(tier: float, relevance: float) -> float:
    """A hit's score: its tier's whole points plus its relevance squashed into [0, 1)."""
    relevance = max(0.0, relevance)
    return tier + relevance / (1.0 + relevance)


def strict_statement(query: SearchQuery, parsed: ParsedQuery) -> Statement:
    """Pages holding every term, up to TOLERANT_BELOW (enough to decide whether one term may
    be missing; below it, these pages rank first)."""
    source = _source(query, parsed.strict)
    column = "pages_fts.rowid" if parsed.required else "p.id"
    return Statement(f"SELECT {column} {source.sql} LIMIT ?", source.params + [TOLERANT_BELOW])


def window_statement(
    query: SearchQuery, parsed: ParsedQuery, among: tuple[int, ...] = ()
) -> Statement:
    """Up to WINDOW + 1 matches, newest first, each with its bm25 (0 without text); one more
    than the window tells that more pages match. `among`: only these pages."""
    source = _source(query, parsed)
    if among:
        source.sql += f" AND p.id IN ({', '.join('?' for _ in among)})"
        source.params += among
    if not parsed.required:
        # Newest first, the order results without text are shown in.
        order = "p.received_utc DESC NULLS LAST, p.dossier_code, p.document_id, p.page_no"
        sql = f"SELECT {_WINDOW_COLUMNS} {source.sql} ORDER BY {order} LIMIT ?"
    else:
        # FTS5 walks the match in rowid order itself: the window costs its own size only.
        # (No bm25() here: FTS5 would first count every page holding each phrase.)
        sql = f"SELECT {_WINDOW_COLUMNS} {source.sql} ORDER BY pages_fts.rowid DESC LIMIT ?"
    return Statement(sql, source.params + [WINDOW + 1])


def columns_statement(ids: list[int]) -> Statement:
    """The lowercased and folded texts of the pages `ids` and their sizes in words, for
    their bm25 and boosts."""
    marks = ", ".join("?" for _ in ids)
    sql = (
        "SELECT c.id, c.c0, c.c1, d.sz FROM pages_fts_content c"
        f" JOIN pages_fts_docsize d ON d.id = c.id WHERE c.id IN ({marks})"
    )
    return Statement(sql, list(ids))


def hits_statement(ids: list[int]) -> Statement:
    """The chosen pages with their texts, in no particular order."""
    marks = ", ".join("?" for _ in ids)
    sql = f"SELECT {_HIT_COLUMNS} FROM pages p JOIN page_texts t ON t.id = p.id"
    return Statement(f"{sql} WHERE p.id IN ({marks})", list(ids))
