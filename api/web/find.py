"""Searching: one box, facets, results with highlighted snippets and thumbnails; a page view
with the page, its text (matches marked) and the document's searchable PDF at that page."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from markupsafe import Markup

from hoso.api.accounts import Action
from hoso.api.http.auth import check_desk
from hoso.api.http.present import VIEW_WIDTH, page_url
from hoso.api.http.routes.common import record_read
from hoso.api.http.state import hoso_of
from hoso.api.web.render import marked, render
from hoso.api.web.saved import views_for
from hoso.api.web.session import page_account
from hoso.api.web.signatures import incoming_signatures
from hoso.indexer.highlight import find_spans
from hoso.indexer.query import parse_query
from hoso.indexer.results import group_hits
from hoso.records import HIGHLIGHT_END, HIGHLIGHT_START, SearchQuery

__all__ = ["router"]

router = APIRouter()
PAGE_SIZE = 20
# Elasticsearch answers no deeper than its 10 000th result (index.max_result_window).
MAX_OFFSET = 10_000 - PAGE_SIZE
_FILTERS = ("type", "procedure", "desk", "month")


def _month_range(month: str) -> tuple[date | None, date | None]:
    try:
        year, number = (int(part) for part in month.split("-", 1))
        last = calendar.monthrange(year, number)[1]
        return date(year, number, 1), date(year, number, last)
    except ValueError:
        return None, None


def _query(params: dict[str, str], offset: int) -> SearchQuery:
    start, end = _month_range(params["month"]) if params.get("month") else (None, None)
    return SearchQuery(text=params.get("q", ""), doc_type=params.get("type") or None,
                       procedure=params.get("procedure") or None,
                       desk=params.get("desk") or None, date_from=start, date_to=end,
                       limit=PAGE_SIZE, offset=offset)


def _offset(raw: str) -> int:
    """Where the results start. The page's own links carry a plain number; anything else
    (a typo, `1e3`, twenty digits, past the deepest reach) shows the first results rather
    than an error."""
    if raw.isdecimal() and len(raw) <= len(str(MAX_OFFSET)) and int(raw) <= MAX_OFFSET:
        return int(raw)
    return 0


def _is_id(text: str) -> bool:
    return text.isdigit() and len(text) in (9, 12)


def _link(params: dict[str, str], **change: str | None) -> str:
    merged = {**params, **change}
    merged.pop("offset", None)
    return "/search?" + urlencode({k: v for k, v in merged.items() if v})


@router.get("/search")
def search_page(request: Request) -> Any:
    account = page_account(request, Action.SEARCH)
    params = {k: v for k, v in request.query_params.items() if k in ("q", *_FILTERS) and v}
    offset = _offset(request.query_params.get("offset", ""))
    hoso = hoso_of(request)
    citizens: list[Any] = []
    # Without words or filters: the newest pages and every facet, to browse by type,
    # procedure, desk and month without typing anything.
    results = hoso.ctx.index.search(_query(params, offset))
    if params:
        if _is_id(params.get("q", "")):
            citizens = hoso.ctx.catalog.citizen_dossiers(params["q"])
        hoso.accounts.log(account.username, "search", params.get("q", ""), {
            "filters": {k: v for k, v in params.items() if k != "q"}, "via": "web",
            "total": results.total, "pages": [h.page_id for h in results.hits]})
    applicants = hoso.ctx.catalog.applicant_names({h.dossier_code for h in results.hits})
    return render(request, "search.html", params=params, results=results, offset=offset,
                  groups=group_hits(results.hits), citizens=citizens, applicants=applicants,
                  link=lambda **change: _link(params, **change), page_size=PAGE_SIZE,
                  saved_views=views_for(request, account))


def _marked_text(text: str, q: str) -> Markup:
    """The whole page text with every match of the query marked."""
    spans = find_spans(text, parse_query(q).required) if q.strip() else []
    joined: list[tuple[int, int]] = []
    for start, end, _ in spans:
        if joined and text[joined[-1][1]:start].isspace():
            joined[-1] = (joined[-1][0], end)  # [giấy khai sinh] reads better as one mark
        else:
            joined.append((start, end))
    pieces, cursor = [], 0
    for start, end in joined:
        pieces += [text[cursor:start], HIGHLIGHT_START, text[start:end], HIGHLIGHT_END]
        cursor = end
    pieces.append(text[cursor:])
    return marked("".join(pieces))


@router.get("/pages/{page_id:path}")
def page_view(request: Request, page_id: str, q: str = "") -> Any:
    account = page_account(request, Action.READ_DOSSIER)
    hoso = hoso_of(request)
    page = hoso.ctx.catalog.page_ref(page_id)
    info = hoso.ctx.catalog.dossier(page.dossier_code)
    check_desk(account, info.desk, page.dossier_code)
    document = hoso.ctx.catalog.document_ref(page.document_id) if page.document_id else None
    text = ""
    if page.text_sha256:
        text = hoso.ctx.store.read_bytes(page.text_sha256).decode("utf-8")
        record_read(hoso, request, account, page.dossier_code, "read_page_text", page_id)
    pages = _document_pages(hoso, page.document_id, page.file_id)
    return render(request, "page.html", page=page, info=info, document=document,
                  text=_marked_text(text, q), q=q, pages=pages,
                  signatures=incoming_signatures(hoso.ctx.catalog, page.file_id),
                  image_url=page_url(page_id, "image", width=VIEW_WIDTH))


def _document_pages(hoso: Any, document_id: str | None, file_id: str) -> list[str]:
    source = hoso.ctx.catalog.file_status(file_id)
    for doc in source.documents:
        if doc.document_id == document_id:
            return list(doc.page_ids)
    return [p.page_id for p in source.pages]
