"""Procedures, completeness, papers and figures as the edges show them: one place for the
JSON of `hoso status --json`, `hoso report --json` and the API, and for the Vietnamese words
the pages and the CLI print ("Còn thiếu: Bản sao Giấy khai sinh")."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from hoso.api.i18n import N_, gettext
from hoso.archive import Catalog
from hoso.archive.exchange import exchange_record
from hoso.archive.procedure_data import component_json
from hoso.archive.procedure_records import (
    Completeness,
    ComponentState,
    ComponentStatus,
    DeskMonth,
    Figures,
    Paper,
    PaperKind,
    PaperState,
    Proposal,
)

__all__ = [
    "COMPONENT_STATES",
    "PAPER_STATES",
    "completeness_json",
    "exchange",
    "figures_json",
    "missing_text",
    "paper_json",
    "proposal_json",
    "today",
]

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
# English msgids of the one catalogue (api/locale), put into Vietnamese where shown.
COMPONENT_STATES = {ComponentState.PRESENT: N_("Present"), ComponentState.REUSED: N_("Reused"),
                    ComponentState.MISSING: N_("Missing")}
PAPER_STATES = {PaperState.WAITING: N_("Waiting for approval"),
                PaperState.APPROVED: N_("Approved"), PaperState.REJECTED: N_("Rejected")}
PAPER_KINDS = {PaperKind.COMPONENT: N_("Dossier component"), PaperKind.RESULT: N_("Result")}
FORMS = {"original": N_("original"), "copy": N_("copy")}


def today() -> date:
    """Today in Vietnam: what "still valid" is measured against."""
    return datetime.now(VIETNAM).date()


def missing_text(state: Completeness) -> str:
    """"Còn thiếu: A, B" for the required components neither present nor reused; "" if none."""
    names = [c.name for c in state.missing]
    return gettext("Missing: %(names)s", names=", ".join(names)) if names else ""


def _component_status(c: ComponentStatus) -> dict[str, object]:
    return {**component_json(c.component), "form_label": gettext(FORMS.get(c.component.form, "")),
            "state": c.state.value, "state_label": _state_label(c),
            "document_ids": list(c.document_ids), "reused_paper": c.reused_paper,
            "reused_from": c.reused_from}


def _state_label(c: ComponentStatus) -> str:
    if c.state is ComponentState.MISSING and not c.component.required:
        return gettext("Not handed in")  # not required: nothing is lacking
    return gettext(COMPONENT_STATES[c.state])


def completeness_json(state: Completeness) -> dict[str, object]:
    version = state.version
    return {
        "procedure": state.procedure.code if state.procedure else None,
        "procedure_name": state.procedure.name if state.procedure else None,
        "version": version.version if version else None,
        "basis": version.basis if version else None,
        "complete": state.complete, "reused": state.reused,
        "missing": [c.code for c in state.missing], "missing_text": missing_text(state),
        "components": [_component_status(c) for c in state.components],
        "unmatched_documents": list(state.unmatched),
        "results": [paper_json(p) for p in state.results],
    }


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def paper_json(p: Paper) -> dict[str, object]:
    return {
        "code": p.code, "owner_id": p.owner_id, "owner_name": p.owner_name,
        "dossier_code": p.dossier_code, "procedure": p.procedure_code,
        "component": p.component_code, "component_name": p.component_name,
        "kind": p.kind.value, "kind_label": gettext(PAPER_KINDS[p.kind]), "document_id": p.document_id,
        "pages": p.pages, "number": p.number, "issued_on": _day(p.issued_on),
        "issuer": p.issuer, "signer": p.signer, "summary": p.summary,
        "valid_until": _day(p.valid_until), "valid_scope": p.valid_scope,
        "permanent": p.permanent, "digitised_by": p.digitised_by,
        "digitised_at": p.digitised_at.isoformat(), "state": p.state.value,
        "state_label": gettext(PAPER_STATES[p.state]), "reason": p.reason, "decided_by": p.decided_by,
        "decided_at": p.decided_at.isoformat() if p.decided_at else None,
        "handed_over_at": p.handed_over_at.isoformat() if p.handed_over_at else None,
    }


def proposal_json(p: Proposal) -> dict[str, object]:
    return {"component": p.component.code, "component_name": p.component.name,
            "paper": paper_json(p.paper)}


def _row_json(row: DeskMonth) -> dict[str, object]:
    return {"desk": row.desk, "month": row.month, "received": row.received,
            "with_procedure": row.with_procedure, "complete": row.complete,
            "digitised_before_processing": row.digitised_before_processing,
            "results_digitised": row.results_digitised, "reused": row.reused,
            "pages_needing_review": row.pages_needing_review,
            "pages_saved": row.pages_saved, "shares": row.shares}


def figures_json(figures: Figures) -> dict[str, object]:
    q = figures.query
    return {"from": _day(q.date_from), "to": _day(q.date_to), "desk": q.desk or None,
            "total": _row_json(figures.total), "by_desk_and_month": [
                _row_json(r) for r in figures.rows]}


def exchange(catalog: Catalog, code: str) -> dict[str, object]:
    """The dossier's exchange record (archive/exchange.py)."""
    state = catalog.procedures.completeness(code)
    reused = [catalog.procedures.paper(c.reused_paper) for c in state.components
              if c.state is ComponentState.REUSED]
    return exchange_record(catalog.status(code), state, catalog.procedures.papers(code), reused)
