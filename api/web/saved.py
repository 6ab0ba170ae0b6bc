"""Officers' saved views: "Lưu bộ lọc này" on the search page and the document list keeps
the page's query and filters under a name, for the signed-in user only; the views are
listed (links) on the search page, the document list and the work queue, and deleted from
there. The storage is the catalog's (archive/saved_views.py)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hoso.api.accounts import Account, Action
from hoso.api.http.state import hoso_of
from hoso.api.web.session import check_csrf, page_account
from hoso.archive.saved_views import PAGES, SavedView

__all__ = ["router", "views_for"]

router = APIRouter()
_BACK = {"search": "/search", "documents": "/documents", "work-queue": "/work-queue"}
# Parts of a page's address that are not part of what was asked: where the reader was in
# the results, and the message the page showed.
_NOT_SAVED = ("offset", "notice", "saved", "deleted")


def views_for(request: Request, account: Account) -> list[SavedView]:
    """The account's saved views, for a page to list; none for a role that cannot search."""
    if not account.can(Action.SEARCH):
        return []
    return hoso_of(request).ctx.catalog.saved_views_of(account.username)


def _asked(query: str) -> str:
    return urlencode([(k, v) for k, v in parse_qsl(query.lstrip("?")) if k not in _NOT_SAVED
                      and v])


@router.post("/saved-views")
def save_view(request: Request, name: Annotated[str, Form()] = "",
              page: Annotated[str, Form()] = "/search", query: Annotated[str, Form()] = "",
              csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.SEARCH)
    check_csrf(request, csrf)
    view = hoso_of(request).ctx.catalog.save_view(account.username, name, page, _asked(query))
    glue = "&" if view.query else "?"
    return RedirectResponse(f"{view.url}{glue}saved=1#saved-views", 303)


@router.post("/saved-views/delete")
def delete_view(request: Request, name: Annotated[str, Form()] = "",
                back: Annotated[str, Form()] = "search",
                csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.SEARCH)
    check_csrf(request, csrf)
    hoso_of(request).ctx.catalog.delete_view(account.username, name)
    return RedirectResponse(f"{_BACK.get(back, PAGES[0])}?deleted=1#saved-views", 303)
