"""The SQL of the SQLite FTS5 index: its schema, and a SearchQuery turned into a statement.

Each query word is passed to FTS5 as a double-quoted string, the only FTS5 syntax user text
ever reaches, so `*`, `NEAR(`, `-`, `OR` or a stray quote are words, never operators.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hoso.indexer.query import (
    DOC_TYPE_BOOST,
    NEAR_BOOST,
    NEAR_WORDS,
    PAIR_BOOST,
    PHRASE_BOOST,
    TOLERANT_BELOW,
    ParsedQuery,
    Term,
)
from hoso.records import SearchQuery

__all__ = [
    "SCHEMA",
    "SCHEMA_VERSION",
    "Statement",
    "facets_statement",
    "hit_score",
    "search_statement",
    "strict_count_statement",
]

SCHEMA_VERSION = 1

# `exact` and `folded` hold the lowercased and the folded text; FTS5 must not strip diacritics
# itself, so that `exact` keeps them (folding is ours: indexer.folding).
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
    filename TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_dossier ON pages (dossier_code);
CREATE INDEX IF NOT EXISTS pages_received ON pages (received_utc);
CREATE INDEX IF NOT EXISTS pages_doc_type ON pages (doc_type, received_date);
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

_HIT_COLUMNS = (
    "p.page_id, p.dossier_code, p.document_id, p.page_no, p.doc_type, p.procedure, p.desk,"
    " p.received_at, p.text"
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


def _has(match: str) -> Statement:
    return Statement("(p.id IN (SELECT rowid FROM pages_fts WHERE pages_fts MATCH ?))", [match])


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
    for term in parsed.excluded:
        where.sql += " AND p.id NOT IN (SELECT rowid FROM pages_fts WHERE pages_fts MATCH ?)"
        where.params.append(f"folded : ({_term_match(term)})")
    return where


def _source(query: SearchQuery, parsed: ParsedQuery) -> Statement:
    """FROM and WHERE of the matching pages."""
    where = _filters(query, parsed)
    if not parsed.required:
        return Statement(f"FROM pages p WHERE {where.sql}", where.params)
    # CROSS JOIN keeps the full-text match as the outer loop: left to itself, SQLite may walk
    # a filter's index and run the match once per page (ten times slower on 20,000 pages).
    sql = "FROM pages_fts CROSS JOIN pages p ON p.id = pages_fts.rowid WHERE pages_fts MATCH ?"
    return Statement(f"{sql} AND {where.sql}", [_required_match(parsed)] + where.params)


def _boosts(parsed: ParsedQuery) -> list[tuple[float, Statement]]:
    """Weighted signs of relevance beyond bm25: the words typed in a row as a phrase on the
    page (weighs most), near one another, and the kind of paper the query names."""
    boosts: list[tuple[float, Statement]] = []
    phrases = {term.folded for term in parsed.required if term.loose}
    words = parsed.folded_words
    if len(parsed.required) > 1:
        phrases.add(words)
    if len(words) > 2:  # two words near each other are the phrase, or nearly
        near = " ".join(_phrase((word,)) for word in words)
        boosts.append((NEAR_BOOST, _has(f"folded : NEAR({near}, {NEAR_WORDS})")))
    boosts += [(PHRASE_BOOST, _has(f"folded : {_phrase(p)}")) for p in sorted(phrases)]
    boosts += [(PAIR_BOOST, _has(f"folded : {_phrase(pair)}")) for pair in parsed.pairs]
    if parsed.doc_types:
        marks = ", ".join("?" for _ in parsed.doc_types)
        named = Statement(f"(p.doc_type IN ({marks}))", [*parsed.doc_types])
        boosts.append((DOC_TYPE_BOOST, named))
    return boosts


def _tier(parsed: ParsedQuery) -> Statement:
    # Whole points, in order of weight: every term held (when one may be missing: 100), one
    # per tone-marked phrase held exactly as typed (`Quyết định` above `Quyết dinh`).
    tier = Statement("0.0")
    if parsed.required and parsed.must_match < len(parsed.required):
        complete = _has(f"folded : ({_all_of(parsed.required)})")
        tier = Statement(f"100.0 * {complete.sql}", complete.params)
    for term in parsed.required:
        for words in term.exact_phrases:
            exact = _has(f"exact : {_phrase(words)}")
            tier.sql += f" + {exact.sql}"
            tier.params += exact.params
    return tier


def _relevance(parsed: ParsedQuery) -> Statement:
    # Below the tier: the boosts and bm25; the hit's score adds it squashed into [0, 1)
    # (hit_score), so ordering by tier then relevance is ordering by score.
    if not parsed.required:
        return Statement("0.0")
    relevance = Statement("(-bm25(pages_fts))")
    for weight, boost in _boosts(parsed):
        relevance.sql += f" + {weight} * {boost.sql}"
        relevance.params += boost.params
    return relevance


def hit_score(tier: float, relevance: float) -> float:
    """A hit's score: its tier's whole points plus its relevance squashed into [0, 1)."""
    relevance = max(0.0, relevance)
    return tier + relevance / (1.0 + relevance)


def strict_count_statement(query: SearchQuery, parsed: ParsedQuery) -> Statement:
    """How many pages hold every term, counted up to TOLERANT_BELOW (enough to decide)."""
    source = _source(query, parsed.strict)
    return Statement(
        f"SELECT count(*) FROM (SELECT 1 {source.sql} LIMIT ?)", source.params + [TOLERANT_BELOW]
    )


def search_statement(query: SearchQuery, parsed: ParsedQuery) -> Statement:
    """The page of hits: best first, or newest first when no text was given."""
    source = _source(query, parsed)
    tier, relevance = _tier(parsed), _relevance(parsed)
    # Rank ids first and fetch the texts of the chosen few after: sorting every match with
    # its text would carry megabytes through the sorter. Each expression appears once, so
    # each boost's full-text subquery runs once.
    order = "tier DESC, relevance DESC, utc DESC NULLS LAST, dossier, document, page_no"
    ranked = (
        f"SELECT p.id AS id, {tier.sql} AS tier, {relevance.sql} AS relevance,"
        f" p.received_utc AS utc, p.dossier_code AS dossier, p.document_id AS document,"
        f" p.page_no AS page_no {source.sql} ORDER BY {order} LIMIT ? OFFSET ?"
    )
    sql = (
        f"SELECT {_HIT_COLUMNS}, top.tier, top.relevance FROM ({ranked}) AS top"
        f" JOIN pages p ON p.id = top.id ORDER BY {order.replace('page_no', 'top.page_no')}"
    )
    params = tier.params + relevance.params + source.params
    params += [max(0, query.limit), max(0, query.offset)]
    return Statement(sql, params)


def facets_statement(query: SearchQuery, parsed: ParsedQuery) -> Statement:
    """Rows (facet, value, count) over every match, plus ('', '', total)."""
    source = _source(query, parsed)
    columns = "p.doc_type, p.procedure, p.desk, substr(p.received_date, 1, 7) AS month"
    groups = " ".join(
        f"UNION ALL SELECT '{name}', {name}, count(*) FROM m WHERE {name} != '' GROUP BY 2"
        for name in ("doc_type", "procedure", "desk", "month")
    )
    sql = (
        f"WITH m AS MATERIALIZED (SELECT {columns} {source.sql}) "
        f"SELECT '', '', count(*) FROM m {groups}"
    )
    return Statement(sql, source.params)
