"""Procedures, components, digitised papers, reuse, figures and the exchange record: the API
the provincial dossier software and the pages use (JSON as api/procedures.py makes it)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from hoso.api.accounts import Account, Action, Role
from hoso.api.http.auth import Caller, check_desk, requires
from hoso.api.http.routes.common import ERRORS
from hoso.api.http.schemas import DossierCode, ErrorOut
from hoso.api.http.state import Hoso, hoso_of
from hoso.api.procedures import (
    completeness_json,
    exchange,
    figures_json,
    paper_json,
    proposal_json,
    today,
)
from hoso.archive.procedure_data import parse_component, procedure_json
from hoso.archive.procedure_records import (
    FiguresQuery,
    PaperIn,
    PaperKind,
    PaperState,
    ProcedureVersion,
)
from hoso.errors import AccessDenied, InvalidValue

__all__ = ["router"]

router = APIRouter(tags=["procedures"], responses=ERRORS)
CHANGE_ERRORS: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorOut, "description": "clashes with what is recorded"},
    422: {"model": ErrorOut, "description": "a value refused"},
}
Reader = Annotated[Account, Depends(requires(Action.READ_DOSSIER))]
Officer = Annotated[Account, Depends(requires(Action.DECIDE_PAPER))]
Editor = Annotated[Account, Depends(requires(Action.MANAGE_PROCEDURES))]
FigureReader = Annotated[Account, Depends(requires(Action.READ_FIGURES))]
JSON = dict[str, Any]


class ComponentIn(BaseModel):
    code: str = Field(max_length=32)
    name: str = Field(min_length=1, max_length=512)
    required: bool = True
    form: Literal["original", "copy"] = "original"
    doc_types: list[str] = Field(default_factory=list, max_length=20)
    retention: int | Literal["vĩnh viễn"] = "vĩnh viễn"


class VersionIn(BaseModel):
    effective_from: date
    effective_to: date | None = None
    basis: str = Field("", max_length=1000)
    components: list[ComponentIn] = Field(max_length=100)
    results: list[ComponentIn] = Field(default_factory=list, max_length=20)


class AssignIn(BaseModel):
    component: str = Field(max_length=32, description='a component code, or "" for none')


class PaperBody(BaseModel):
    component: str = Field(max_length=32)
    document_id: str = Field("", max_length=100)
    kind: PaperKind = PaperKind.COMPONENT
    number: str = Field("", max_length=128)
    issued_on: date | None = None
    issuer: str = Field("", max_length=256)
    signer: str = Field("", max_length=256)
    summary: str = Field("", max_length=2000)
    valid_until: date | None = None
    valid_scope: str = Field("", max_length=256)


class DecisionIn(BaseModel):
    state: Literal["approved", "rejected"]
    reason: str = Field("", max_length=2000)


class ReuseIn(BaseModel):
    component: str = Field(max_length=32)
    paper: str = Field(max_length=160)


def _may_work_on(hoso: Hoso, account: Account, code: str) -> None:
    """Operators at the dossier's desk, and officers, may work on its components."""
    if account.role not in (Role.OPERATOR, Role.OFFICER):
        raise AccessDenied(f"the {account.role.value} role may not change dossier {code}")
    check_desk(account, hoso.ctx.catalog.dossier(code).desk, code)


def _readable(hoso: Hoso, account: Account, code: str) -> None:
    check_desk(account, hoso.ctx.catalog.dossier(code).desk, code)


@router.get("/procedures")
def list_procedures(request: Request, account: Caller) -> JSON:
    """Every procedure with its versions, components and results."""
    found = hoso_of(request).ctx.catalog.procedures.procedures()
    return {"procedures": [procedure_json(p) for p in found]}


@router.get("/procedures/{code}")
def one_procedure(code: str, request: Request, account: Caller) -> JSON:
    return procedure_json(hoso_of(request).ctx.catalog.procedures.procedure(code))


@router.post("/procedures/{code}/versions", status_code=201, responses=CHANGE_ERRORS)
def add_version(code: str, body: VersionIn, request: Request, account: Editor) -> JSON:
    """A new version of the procedure (an admin's edit); the one before ends the day before."""
    try:
        version = ProcedureVersion(
            0, body.effective_from, body.effective_to, body.basis,
            tuple(parse_component(c.model_dump()) for c in body.components),
            tuple(parse_component(c.model_dump(), result=True) for c in body.results))
    except (KeyError, ValueError) as exc:
        raise InvalidValue(str(exc)) from None
    catalog = hoso_of(request).ctx.catalog
    catalog.procedures.add_version(code, version, actor=account.username)
    return procedure_json(catalog.procedures.procedure(code))


@router.get("/dossiers/{code}/components")
def components(code: DossierCode, request: Request, account: Reader) -> JSON:
    """Each component of the dossier's procedure: present, reused or missing."""
    hoso = hoso_of(request)
    _readable(hoso, account, code)
    return completeness_json(hoso.ctx.catalog.procedures.completeness(code))


@router.put("/documents/{document_id:path}/component", responses=CHANGE_ERRORS)
def assign(document_id: str, body: AssignIn, request: Request, account: Caller) -> JSON:
    """Say which component a document fills (operator or officer)."""
    hoso = hoso_of(request)
    ref = hoso.ctx.catalog.document_ref(document_id)
    _may_work_on(hoso, account, ref.dossier_code)
    hoso.ctx.catalog.procedures.assign_component(document_id, body.component,
                                                 actor=account.username)
    return completeness_json(hoso.ctx.catalog.procedures.completeness(ref.dossier_code))


@router.get("/dossiers/{code}/papers")
def papers(code: DossierCode, request: Request, account: Reader) -> JSON:
    hoso = hoso_of(request)
    _readable(hoso, account, code)
    return {"papers": [paper_json(p) for p in hoso.ctx.catalog.procedures.papers(code)]}


@router.post("/dossiers/{code}/papers", status_code=201, responses=CHANGE_ERRORS)
def record_paper(code: DossierCode, body: PaperBody, request: Request, account: Caller) -> JSON:
    """Record a digitised paper of the dossier; it waits for an officer's decision."""
    hoso = hoso_of(request)
    _may_work_on(hoso, account, code)
    given = PaperIn(body.component, body.document_id, body.kind, body.number, body.issued_on,
                    body.issuer, body.signer, body.summary, body.valid_until, body.valid_scope)
    return paper_json(hoso.ctx.catalog.procedures.record_paper(code, given,
                                                               actor=account.username))


@router.post("/papers/{paper_code}/decision", responses=CHANGE_ERRORS)
def decide(paper_code: str, body: DecisionIn, request: Request, account: Officer) -> JSON:
    """An officer approves the paper, or rejects it with the reason."""
    decided = hoso_of(request).ctx.catalog.procedures.decide_paper(
        paper_code, PaperState(body.state), reason=body.reason, actor=account.username)
    return paper_json(decided)


@router.post("/papers/{paper_code}/handover", responses=CHANGE_ERRORS)
def hand_over(paper_code: str, request: Request, account: Officer) -> JSON:
    """The result was handed to the citizen; it is shown to them from now on."""
    return paper_json(hoso_of(request).ctx.catalog.procedures.hand_over(
        paper_code, actor=account.username))


@router.get("/dossiers/{code}/reuse")
def proposals(code: DossierCode, request: Request, account: Reader) -> JSON:
    """The applicant's earlier approved, valid papers that fill a missing component."""
    hoso = hoso_of(request)
    _readable(hoso, account, code)
    found = hoso.ctx.catalog.procedures.proposals(code, today=today())
    return {"proposals": [proposal_json(p) for p in found]}


@router.post("/dossiers/{code}/reuse", responses=CHANGE_ERRORS)
def reuse(code: DossierCode, body: ReuseIn, request: Request, account: Caller) -> JSON:
    """Attach an earlier paper to a missing component instead of scanning it again."""
    hoso = hoso_of(request)
    _may_work_on(hoso, account, code)
    hoso.ctx.catalog.procedures.reuse(code, body.component, body.paper,
                                      actor=account.username, today=today())
    return completeness_json(hoso.ctx.catalog.procedures.completeness(code))


@router.get("/dossiers/{code}/exchange")
def exchange_record(code: DossierCode, request: Request, account: Reader) -> JSON:
    """The submitted papers as the national portal's sync record: MaThanhPhanHoSo,
    DuocSoHoa, DuocTaiSuDung, DuocLayTuKhoDMQG and the file of each."""
    hoso = hoso_of(request)
    _readable(hoso, account, code)
    return exchange(hoso.ctx.catalog, code)


@router.get("/report")
def report(request: Request, account: FigureReader,
           date_from: Annotated[date | None, Query(alias="from")] = None,
           date_to: Annotated[date | None, Query(alias="to")] = None,
           desk: Annotated[str, Query(max_length=128)] = "") -> JSON:
    """The figures by desk and month: received, digitised before processing, results
    digitised, reuse, pages needing review, pages not scanned again."""
    query = FiguresQuery(date_from, date_to, desk)
    return figures_json(hoso_of(request).ctx.catalog.procedures.figures(query))
