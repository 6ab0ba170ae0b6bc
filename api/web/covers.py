"""The QR cover sheet of a dossier, printed from the intake page (ingest/cover.py reads it
back when a stack scanned behind it arrives in a watched folder)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from markupsafe import Markup

from hoso.api.accounts import Action
from hoso.api.http.auth import check_desk
from hoso.api.http.schemas import DossierCode
from hoso.api.http.state import hoso_of
from hoso.api.web.render import render
from hoso.api.web.session import page_account
from hoso.ingest.cover import CoverSheet, cover_svg

__all__ = ["router"]

router = APIRouter()


@router.get("/intake/{code}/cover")
def cover_page(request: Request, code: DossierCode,
               component: Annotated[str, Query(max_length=64)] = "") -> Any:
    account = page_account(request, Action.UPLOAD)
    info = hoso_of(request).ctx.catalog.dossier(code)
    check_desk(account, info.desk, code)
    sheet = CoverSheet(code, component.strip())
    # segno's SVG: made here from the dossier code, which holds no markup (hoso.ids).
    return render(request, "cover.html", info=info, sheet=sheet,
                  qr=Markup(cover_svg(sheet, scale=8)))
