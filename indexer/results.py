"""Search results as people read them: pages grouped by dossier, then by document.

Front ends (the CLI, the HTTP API) share this grouping and the JSON document it makes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hoso.records import SearchHit, SearchResults

__all__ = ["DocumentHits", "DossierHits", "group_hits", "results_document"]


@dataclass(frozen=True)
class DocumentHits:
    document_id: str
    doc_type: str
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class DossierHits:
    """A dossier's matching pages; procedure, desk and received_at are the dossier's."""

    dossier_code: str
    documents: tuple[DocumentHits, ...]

    @property
    def first(self) -> SearchHit:
        return self.documents[0].hits[0]


def group_hits(hits: Sequence[SearchHit]) -> tuple[DossierHits, ...]:
    """Group hits by dossier then document, each group where its best page ranked; a
    document's pages in page order."""
    dossiers: dict[str, dict[str, list[SearchHit]]] = {}
    for hit in hits:
        dossiers.setdefault(hit.dossier_code, {}).setdefault(hit.document_id, []).append(hit)
    return tuple(
        DossierHits(
            dossier_code=code,
            documents=tuple(
                DocumentHits(document_id, pages[0].doc_type, tuple(sorted(pages, key=_page_no)))
                for document_id, pages in documents.items()
            ),
        )
        for code, documents in dossiers.items()
    )


def _page_no(hit: SearchHit) -> int:
    return hit.page_no


def results_document(
    results: SearchResults, mark: tuple[str, str] = ("<mark>", "</mark>")
) -> dict[str, Any]:
    """Results as JSON-ready data: total, grouped hits (snippets marked with `mark`), facets."""
    return {
        "total": results.total,
        "total_exact": results.total_exact,
        "shown": len(results.hits),
        "dossiers": [_dossier(group, mark) for group in group_hits(results.hits)],
        "facets": {
            facet.name: [{"value": value, "count": count} for value, count in facet.counts]
            for facet in results.facets
        },
    }


def _dossier(group: DossierHits, mark: tuple[str, str]) -> dict[str, Any]:
    first = group.first
    return {
        "dossier_code": group.dossier_code,
        "procedure": first.procedure,
        "desk": first.desk,
        "received_at": first.received_at.isoformat() if first.received_at else None,
        "documents": [
            {
                "document_id": document.document_id,
                "doc_type": document.doc_type,
                "pages": [
                    {
                        "page_id": hit.page_id,
                        "page_no": hit.page_no,
                        "score": round(hit.score, 4),
                        "snippet": hit.snippet_with(*mark),
                    }
                    for hit in document.hits
                ],
            }
            for document in group.documents
        ],
    }
