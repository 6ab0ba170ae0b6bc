"""The Elasticsearch index's mapping, documents and queries, as plain data.

Folding and word splitting stay in our code (indexer.folding, indexer.query.WORD_RE): the
`exact` and `folded` fields hold our words joined by spaces, which the core `standard`
analyzer splits back into the very same tokens. So both backends see the same words, and
no analysis plugin is needed.
"""

from __future__ import annotations

from typing import Any

from hoso.indexer.pages import StoredPage
from hoso.indexer.query import (
    DOC_TYPE_BOOST,
    NEAR_BOOST,
    NEAR_WORDS,
    PAIR_BOOST,
    PHRASE_BOOST,
    TOLERANT_BELOW,
    WORD_RE,
    ParsedQuery,
    Term,
)
from hoso.records import SearchQuery

__all__ = [
    "EXACT_BOOST",
    "FIELD_SEPARATOR",
    "SCHEMA_VERSION",
    "TERM_BOOST",
    "hoso_score",
    "index_body",
    "page_document",
    "search_body",
    "strict_count_body",
]

SCHEMA_VERSION = 1

# Each required term a page holds adds TERM_BOOST, each tone-marked phrase it holds exactly as
# typed EXACT_BOOST (at most 32 of them stay below TERM_BOOST); the boosts and bm25 on the
# folded words stay below EXACT_BOOST. So pages holding every term rank first, then exact
# pages, as in the SQLite index. Scores are float32: a query of four terms keeps a resolution
# near 0.03, far finer than the boosts.
TERM_BOOST = 100_000.0
EXACT_BOOST = 1_000.0

FIELD_SEPARATOR = "\x1f"  # joins a field's name and value into one exact keyword

_KEYWORD = {"type": "keyword"}
_WORDS = {"type": "text", "analyzer": "standard"}
_FACETS = ("doc_type", "procedure", "desk", "month")


def index_body(shards: int = 1) -> dict[str, Any]:
    """Settings and mapping of a new versioned index."""
    properties: dict[str, dict[str, Any]] = {
        name: _KEYWORD
        for name in ("page_id", "dossier_code", "document_id", "doc_type", "procedure", "desk")
    }
    properties |= {
        "page_no": {"type": "integer"},
        "received_utc": {"type": "date"},
        "received_date": {"type": "date", "format": "strict_date"},
        "month": _KEYWORD,
        "applicant_id": _KEYWORD,
        "fields": _KEYWORD,
        "exact": _WORDS,
        "folded": _WORDS,
        "display": {"type": "object", "enabled": False},  # kept to show, never searched
    }
    return {
        "settings": {"number_of_shards": shards, "auto_expand_replicas": "0-1"},
        "mappings": {
            "_meta": {"hoso_schema": SCHEMA_VERSION},
            "dynamic": "strict",
            "_source": {"excludes": ["exact", "folded"]},
            "properties": properties,
        },
    }


def _words(text: str) -> str:
    return " ".join(WORD_RE.findall(text))


def page_document(item: StoredPage) -> dict[str, Any]:
    """The document indexed for one page; its id is the page_id."""
    page = item.page
    return {
        "page_id": page.page_id,
        "dossier_code": page.dossier_code,
        "document_id": page.document_id,
        "page_no": page.page_no,
        "doc_type": page.doc_type,
        "procedure": page.procedure,
        "desk": page.desk,
        "received_utc": item.received_utc,
        "received_date": item.received_date,
        "month": item.month,
        "applicant_id": page.applicant_id,
        "fields": [f"{name}{FIELD_SEPARATOR}{value}" for name, value in item.fields],
        "exact": _words(item.exact),
        "folded": _words(item.folded),
        "display": {
            "text": item.text,
            "received_at": page.received_at.isoformat() if page.received_at else None,
            "applicant_name": page.applicant_name,
            "filename": page.filename,
        },
    }


def _phrase(field: str, words: tuple[str, ...]) -> dict[str, Any]:
    return {"match_phrase": {field: " ".join(words)}}


def _constant(query: dict[str, Any], boost: float) -> dict[str, Any]:
    return {"constant_score": {"filter": query, "boost": boost}}


def _term_match(term: Term) -> dict[str, Any]:
    """The term's words (in a row unless typed apart) or any of its synonyms."""
    if term.loose:
        typed = {"match": {"folded": {"query": " ".join(term.folded), "operator": "and"}}}
    else:
        typed = _phrase("folded", term.folded)
    if not term.synonyms:
        return typed
    options = [typed, *(_phrase("folded", words) for words in term.synonyms)]
    return {"bool": {"should": options, "minimum_should_match": 1}}


def _relevance(parsed: ParsedQuery) -> list[dict[str, Any]]:
    """Optional clauses that rank without selecting: exact tone marks, then the boosts of
    indexer.sqlite_sql (phrase, proximity, the kind of paper named) and bm25 of the terms."""
    clauses = [
        _constant(_phrase("exact", words), EXACT_BOOST)
        for term in parsed.required
        for words in term.exact_phrases
    ]
    phrases = {term.folded for term in parsed.required if term.loose}
    words = parsed.folded_words
    if len(parsed.required) > 1:
        phrases.add(words)
    if len(words) > 2:  # two words near each other are the phrase, or nearly
        near = {"match_phrase": {"folded": {"query": " ".join(words), "slop": NEAR_WORDS}}}
        clauses.append(_constant(near, NEAR_BOOST))
    clauses += [_constant(_phrase("folded", p), PHRASE_BOOST) for p in sorted(phrases)]
    clauses += [_constant(_phrase("folded", pair), PAIR_BOOST) for pair in parsed.pairs]
    if parsed.doc_types:
        clauses.append(_constant({"terms": {"doc_type": list(parsed.doc_types)}}, DOC_TYPE_BOOST))
    clauses += [_term_match(term) for term in parsed.required]  # bm25
    return clauses


def _filters(query: SearchQuery) -> list[dict[str, Any]]:
    filters: list[dict[str, Any]] = [
        {"term": {name: getattr(query, name)}}
        for name in ("doc_type", "procedure", "desk")
        if getattr(query, name)
    ]
    if query.date_from or query.date_to:
        bounds: dict[str, Any] = {"format": "strict_date"}
        if query.date_from:
            bounds["gte"] = query.date_from.isoformat()
        if query.date_to:
            bounds["lte"] = query.date_to.isoformat()
        filters.append({"range": {"received_date": bounds}})
    filters += [{"term": {"fields": f"{n}{FIELD_SEPARATOR}{v}"}} for n, v in query.fields]
    return filters


def match_query(query: SearchQuery, parsed: ParsedQuery) -> dict[str, Any]:
    """The pages the query selects, with the relevance clauses that rank them."""
    # Each term held scores TERM_BOOST, so pages holding every term rank first when one may
    # be missing (parsed.must_match), as the SQLite index's 100 points do.
    must = []
    if parsed.required:
        held = [_constant(_term_match(term), TERM_BOOST) for term in parsed.required]
        must.append({"bool": {"should": held, "minimum_should_match": parsed.must_match}})
    boolean = {
        "must": must or [{"match_all": {}}],
        "should": _relevance(parsed),
        "must_not": [_term_match(term) for term in parsed.excluded],
        "filter": _filters(query),
    }
    return {"bool": boolean}


def strict_count_body(query: SearchQuery, parsed: ParsedQuery) -> dict[str, Any]:
    """Keyword arguments for `Elasticsearch.count`: pages holding every term, counted up to
    TOLERANT_BELOW (enough to decide whether one may be missing)."""
    strict = parsed.strict
    boolean = {
        "filter": [_term_match(term) for term in strict.required] + _filters(query),
        "must_not": [_term_match(term) for term in strict.excluded],
    }
    return {"query": {"bool": boolean}, "terminate_after": TOLERANT_BELOW}


def search_body(query: SearchQuery, parsed: ParsedQuery) -> dict[str, Any]:
    """Keyword arguments for `Elasticsearch.search`: query, sort, page, aggregations."""
    newest = {"received_utc": {"order": "desc", "missing": "_last"}}
    sort: list[Any] = (["_score"] if parsed.required else []) + [
        newest,
        "dossier_code",
        "document_id",
        "page_no",
        "page_id",  # one order for pages that tie on all else: search_after needs it
    ]
    return {
        "query": match_query(query, parsed),
        "sort": sort,
        "from_": max(0, query.offset),
        "size": max(0, query.limit),
        "track_total_hits": True,
        "track_scores": True,
        "aggs": {name: _facet(name) for name in _FACETS},
    }


def _facet(name: str) -> dict[str, Any]:
    order = [{"_key": "desc"}] if name == "month" else [{"_count": "desc"}, {"_key": "asc"}]
    return {"terms": {"field": name, "size": 1000, "order": order}}


def hoso_score(raw: float | None, parsed: ParsedQuery) -> float:
    """Elasticsearch's score on the SQLite index's scale: 100 when every term is held and one
    may be missing, one per exact tone-marked phrase, boosts + bm25 squashed to [0, 1)."""
    if not parsed.required or raw is None:
        return 0.0
    held = int(raw // TERM_BOOST)
    raw -= held * TERM_BOOST
    exact = int(raw // EXACT_BOOST)
    relevance = max(0.0, raw - exact * EXACT_BOOST)
    tolerant = parsed.must_match < len(parsed.required)
    complete = 100.0 if tolerant and held == len(parsed.required) else 0.0
    return complete + exact + relevance / (1.0 + relevance)
