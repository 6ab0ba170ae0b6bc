"""The Elasticsearch index's mapping, documents and queries, as plain data.

Folding and word splitting stay in our code (indexer.folding, indexer.query.WORD_RE): the
`exact` and `folded` fields hold our words joined by spaces, which the core `standard`
analyzer splits back into the very same tokens. So both backends see the same words, and
no analysis plugin is needed.
"""

from __future__ import annotations

from typing import Any

from hoso.indexer.pages import StoredPage
from hoso.indexer.query import WORD_RE, ParsedQuery, Term
from hoso.records import SearchQuery

__all__ = [
    "EXACT_BOOST",
    "FIELD_SEPARATOR",
    "SCHEMA_VERSION",
    "hoso_score",
    "index_body",
    "page_document",
    "search_body",
]

SCHEMA_VERSION = 1

# Each tone-marked term a page holds exactly as typed adds this to the score; bm25 on the
# folded words stays far below it, so exact pages rank first, as in the SQLite index.
EXACT_BOOST = 10_000.0

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


def _exact_bonus(term: Term) -> dict[str, Any]:
    return {"constant_score": {"filter": _phrase("exact", term.words), "boost": EXACT_BOOST}}


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


def search_body(query: SearchQuery, parsed: ParsedQuery) -> dict[str, Any]:
    """Keyword arguments for `Elasticsearch.search`: query, sort, page, aggregations."""
    must = [_phrase("folded", term.folded) for term in parsed.required]
    boolean = {
        "must": must or [{"match_all": {}}],
        "should": [_exact_bonus(term) for term in parsed.required if term.has_diacritics],
        "must_not": [_phrase("folded", term.folded) for term in parsed.excluded],
        "filter": _filters(query),
    }
    newest = {"received_utc": {"order": "desc", "missing": "_last"}}
    sort: list[Any] = (["_score"] if must else []) + [
        newest,
        "dossier_code",
        "document_id",
        "page_no",
    ]
    return {
        "query": {"bool": boolean},
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


def hoso_score(raw: float | None, has_text: bool) -> float:
    """Elasticsearch's score on the SQLite index's scale: exact terms + bm25 squashed to [0, 1)."""
    if not has_text or raw is None:
        return 0.0
    exact = int(raw // EXACT_BOOST)
    relevance = max(0.0, raw - exact * EXACT_BOOST)
    return exact + relevance / (1.0 + relevance)
