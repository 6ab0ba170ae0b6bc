"""Search: the CLI's search over HTTP (folding, filters, facets, highlights, pages); lookup
of a citizen's dossiers by ID number. Each is written to the access log."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

from hoso.api.accounts import Account, Action
from hoso.api.http.auth import requires
from hoso.api.http.present import aware, search_out, summary_out
from hoso.api.http.routes.common import ERRORS, via
from hoso.api.http.schemas import CitizenDocumentOut, CitizenOut, DocTypeOut, SearchOut
from hoso.api.http.state import hoso_of
from hoso.api.labels import doc_type_name, doc_types
from hoso.archive.reuse import lookup
from hoso.records import SearchQuery

__all__ = ["router"]

router = APIRouter(tags=["search"], responses=ERRORS)
Searcher = Annotated[Account, Depends(requires(Action.SEARCH))]


@router.get("/search", response_model=SearchOut)
def search(
    request: Request,
    account: Searcher,
    q: Annotated[str, Query(max_length=500, description="words; tone marks optional; "
                            '"a phrase", -excluded')] = "",
    doc_type: Annotated[str | None, Query(alias="type", max_length=64)] = None,
    procedure: Annotated[str | None, Query(max_length=64)] = None,
    desk: Annotated[str | None, Query(max_length=128)] = None,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    id_number: Annotated[str | None, Query(alias="id", pattern=r"^[0-9]{9,12}$")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> SearchOut:
    """Pages matching the words and filters, best first (newest first with no words)."""
    query = SearchQuery(text=q, doc_type=doc_type or None, procedure=procedure or None,
                        desk=desk or None, date_from=date_from, date_to=date_to,
                        fields=(("id_number", id_number),) if id_number else (),
                        limit=limit, offset=offset)
    hoso = hoso_of(request)
    results = hoso.ctx.index.search(query)
    filters = {k: v for k, v in (("type", doc_type), ("procedure", procedure), ("desk", desk),
                                 ("from", date_from), ("to", date_to), ("id", id_number))
               if v}
    hoso.accounts.log(account.username, "search", q, {
        "filters": {k: str(v) for k, v in filters.items()}, "total": results.total,
        "pages": [h.page_id for h in results.hits], "via": via(request)})
    return search_out(results, offset, limit)


@router.get("/citizens/{id_number}", response_model=CitizenOut)
def citizen(id_number: Annotated[str, Path(pattern=r"^([0-9]{9}|[0-9]{12})$",
                                           description="12-digit CCCD or 9-digit CMND")],
            request: Request, account: Searcher) -> CitizenOut:
    """What the archive holds about a citizen: their dossiers (as applicant, or named in a
    document) and every document whose ID number field is theirs, newest first."""
    hoso = hoso_of(request)
    dossiers = hoso.ctx.catalog.citizen_dossiers(id_number)
    documents = lookup(hoso.ctx.catalog, id_number=id_number)
    hoso.accounts.log(account.username, "citizen_lookup", id_number, {
        "dossiers": [d.code for d in dossiers], "documents": len(documents),
        "via": via(request)})
    return CitizenOut(
        id_number=id_number, dossiers=[summary_out(d) for d in dossiers],
        documents=[CitizenDocumentOut(
            document_id=d.document_id, dossier_code=d.dossier_code, doc_type=d.doc_type,
            doc_type_name=doc_type_name(d.doc_type), issue_date=d.issue_date,
            doc_number=d.doc_number, received_at=aware(d.received_at),
            first_page_id=d.first_page_id) for d in documents])


@router.get("/doc-types", response_model=list[DocTypeOut])
def document_types(account: Annotated[Account, Depends(requires(Action.READ_DOSSIER))]
                   ) -> list[DocTypeOut]:
    """The document types a document can have, with their Vietnamese names."""
    return [DocTypeOut(doc_type=k, name=v) for k, v in doc_types().items()]
