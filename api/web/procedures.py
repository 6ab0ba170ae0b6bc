"""Pages for procedures: the intake page's components (assign a document, record a paper,
reuse an earlier one), officers' papers waiting for a decision, admins' procedure editor, and
the dashboard of figures."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hoso.api.accounts import Account, Action
from hoso.api.http.auth import check_desk
from hoso.api.http.state import hoso_of
from hoso.api.i18n import N_
from hoso.api.i18n import gettext as _
from hoso.api.procedures import completeness_json, figures_json, proposal_json, today
from hoso.api.web.render import render, url_for_dossier
from hoso.api.web.session import check_csrf, page_account
from hoso.api.wording import ERROR_MESSAGES, error_text
from hoso.archive import Catalog
from hoso.archive.procedure_data import parse_component
from hoso.archive.procedure_records import FiguresQuery, PaperIn, PaperState, ProcedureVersion
from hoso.doctypes import DOC_TYPES
from hoso.errors import HosoError, InvalidValue

__all__ = ["intake_context", "router"]

router = APIRouter()
_MAX_COMPONENTS = 30
_VERSION_REFUSED = N_("The new version was not saved: it needs at least one component;"
                       " component codes are capital letters, digits and underscores, each"
                       " once; every component has a name; it takes effect after the"
                       " version before it.")


def intake_context(catalog: Catalog, code: str) -> dict[str, Any]:
    """What the intake page shows of the dossier's procedure: components, proposals, papers."""
    state = catalog.procedures.completeness(code)
    found = catalog.procedures.proposals(code, today=today()) if state.missing else []
    papers = {(p.component_code, p.document_id): p for p in catalog.procedures.papers(code)}
    filled = {d: s.component.code for s in state.components for d in s.document_ids}
    return {"components": completeness_json(state), "filled": filled,
            "proposals": [proposal_json(p) for p in found], "papers": papers}


def _operator(request: Request, code: str, csrf: str) -> tuple[Account, Catalog]:
    account = page_account(request, Action.UPLOAD)
    check_csrf(request, csrf)
    catalog = hoso_of(request).ctx.catalog
    check_desk(account, catalog.dossier(code).desk, code)
    return account, catalog


def _back(code: str, error: HosoError | None = None) -> RedirectResponse:
    url = url_for_dossier("/intake", code) + "#components"
    return RedirectResponse(url if error is None else f"{url}?loi=1", 303)


@router.post("/intake/{code}/assign")
def assign(request: Request, code: str, document_id: Annotated[str, Form()],
           component: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = "") -> Any:
    account, catalog = _operator(request, code, csrf)
    if catalog.document_ref(document_id).dossier_code != code:
        raise InvalidValue(f"document {document_id} is not in dossier {code}")
    catalog.procedures.assign_component(document_id, component, actor=account.username)
    return _back(code)


@router.post("/intake/{code}/papers")
def record_paper(request: Request, code: str, component: Annotated[str, Form()],
                 document_id: Annotated[str, Form()], csrf: Annotated[str, Form()] = "") -> Any:
    account, catalog = _operator(request, code, csrf)
    catalog.procedures.record_paper(code, PaperIn(component, document_id=document_id),
                                    actor=account.username)
    return _back(code)


@router.post("/intake/{code}/reuse")
def reuse(request: Request, code: str, component: Annotated[str, Form()],
          paper: Annotated[str, Form()], csrf: Annotated[str, Form()] = "") -> Any:
    account, catalog = _operator(request, code, csrf)
    catalog.procedures.reuse(code, component, paper, actor=account.username, today=today())
    return _back(code)


# -- officers: papers waiting for a decision ----------------------------------------------

@router.get("/papers")
def waiting_papers(request: Request) -> Any:
    page_account(request, Action.DECIDE_PAPER)
    catalog = hoso_of(request).ctx.catalog
    return render(request, "papers.html", papers=catalog.procedures.waiting_papers(limit=200),
                  error=None)


@router.post("/papers/{paper_code}/decision")
def decide(request: Request, paper_code: str, state: Annotated[str, Form()],
           reason: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = "") -> Any:
    account = page_account(request, Action.DECIDE_PAPER)
    check_csrf(request, csrf)
    catalog = hoso_of(request).ctx.catalog
    try:
        catalog.procedures.decide_paper(paper_code, PaperState(state), reason=reason,
                                        actor=account.username)
    except InvalidValue as exc:
        error = error_text(exc)
    except ValueError:  # a state that is no decision, from a hand-made form
        error = _(ERROR_MESSAGES["decision_unknown"])
    else:
        return RedirectResponse("/papers", 303)
    return render(request, "papers.html", status_code=422,
                  papers=catalog.procedures.waiting_papers(limit=200), error=error)


# -- admins: the procedure catalogue ------------------------------------------------------

@router.get("/admin/procedures")
def procedure_list(request: Request) -> Any:
    page_account(request, Action.MANAGE_PROCEDURES)
    found = hoso_of(request).ctx.catalog.procedures.procedures()
    return render(request, "admin_procedures.html", procedures=found, today=today())


def _edit_page(request: Request, code: str, status_code: int = 200, error: str | None = None
               ) -> Any:
    procedure = hoso_of(request).ctx.catalog.procedures.procedure(code)
    return render(request, "admin_procedure.html", status_code=status_code,
                  procedure=procedure, latest=procedure.versions[-1] if procedure.versions
                  else None, doc_types=DOC_TYPES, error=error, blank_rows=3)


@router.get("/admin/procedures/{code}")
def procedure_page(request: Request, code: str) -> Any:
    page_account(request, Action.MANAGE_PROCEDURES)
    return _edit_page(request, code)


def _components(form: Any) -> tuple[tuple[dict[str, object], ...], tuple[dict[str, object], ...]]:
    """The editor's rows (c0_code, c0_name, ...) as component dicts, blank rows left out."""
    parts: list[dict[str, object]] = []
    results: list[dict[str, object]] = []
    for n in range(_MAX_COMPONENTS):
        code = str(form.get(f"c{n}_code", "")).strip()
        if not code:
            continue
        retention = str(form.get(f"c{n}_retention", "")).strip() or "vĩnh viễn"
        item = {"code": code, "name": str(form.get(f"c{n}_name", "")),
                "required": form.get(f"c{n}_required") == "1",
                "form": str(form.get(f"c{n}_form", "original")),
                "doc_types": [str(t) for t in form.getlist(f"c{n}_types")],
                "retention": int(retention) if retention.isdigit() else retention}
        (results if form.get(f"c{n}_kind") == "result" else parts).append(item)
    return tuple(parts), tuple(results)


@router.post("/admin/procedures/{code}/versions")
async def new_version(request: Request, code: str) -> Any:
    account = page_account(request, Action.MANAGE_PROCEDURES)
    form = await request.form()
    check_csrf(request, str(form.get("csrf", "")))
    try:
        parts, results = _components(form)
        version = ProcedureVersion(
            0, date.fromisoformat(str(form.get("effective_from", ""))), None,
            str(form.get("basis", "")).strip(),
            tuple(parse_component(c) for c in parts),
            tuple(parse_component(c, result=True) for c in results))
        if not version.components:
            raise InvalidValue("a version needs at least one component")
        hoso_of(request).ctx.catalog.procedures.add_version(code, version,
                                                            actor=account.username)
    except (InvalidValue, ValueError):
        return _edit_page(request, code, 422, _(_VERSION_REFUSED))
    return RedirectResponse(f"/admin/procedures/{code}", 303)


# -- the dashboard ------------------------------------------------------------------------

def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise InvalidValue("a date is written year-month-day", code="date_format") from None


@router.get("/dashboard")
def dashboard(request: Request, tu: str | None = None, den: str | None = None,
              desk: str = "") -> Any:
    page_account(request, Action.READ_FIGURES)
    query = FiguresQuery(_date(tu), _date(den), desk.strip())
    figures = figures_json(hoso_of(request).ctx.catalog.procedures.figures(query))
    return render(request, "dashboard.html", figures=figures,
                  form={"tu": tu or "", "den": den or "", "desk": desk})
