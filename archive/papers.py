"""Digitised papers: recorded from a dossier's documents, approved or rejected by an officer,
results handed over, and earlier papers proposed and attached for reuse.

Functions take the session of a transaction `Catalog.procedures` opened; every change is an
event of the dossier's hash-chained history, written in the same transaction. Races: a
paper's NN comes from a counter bumped in one statement (two dossiers of one person never get
the same code); writers to one dossier hold it first (archive/dossiers.py `hold_dossier`); a
decision locks the paper's row; a component takes one reuse (unique key), so racing
attaches of the same paper agree and of different papers the second is refused (409).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from hoso.archive.completeness import completeness, dossier_documents, match_components
from hoso.archive.dossiers import hold_dossier
from hoso.archive.history import add_event
from hoso.archive.models import (
    ComponentAssignment,
    Document,
    DocumentField,
    Dossier,
    Page,
    PaperCounter,
    PaperReuse,
)
from hoso.archive.models import Paper as PaperRow
from hoso.archive.paper_views import paper_view
from hoso.archive.procedure_catalogue import dossier_version
from hoso.archive.procedure_records import (
    Component,
    Paper,
    PaperIn,
    PaperKind,
    PaperState,
    ProcedureVersion,
    Proposal,
)
from hoso.doctypes import OTHER
from hoso.errors import Conflict, InvalidValue, NotFound

__all__ = [
    "assign_component",
    "attach_reuse",
    "decide_paper",
    "hand_over",
    "owner_id",
    "paper",
    "papers_of",
    "proposals",
    "record_paper",
    "waiting_papers",
]


def _now() -> datetime:
    return datetime.now(UTC)


def _held(s: Session, code: str) -> Dossier:
    row = hold_dossier(s, code)
    if row is None:
        raise NotFound(f"no dossier {code!r}", hint="check the code on the receipt")
    return row


def _version(s: Session, row: Dossier) -> ProcedureVersion:
    _, version = dossier_version(s, row)
    if version is None:
        raise InvalidValue(f"dossier {row.code} has no procedure known to the catalogue "
                           f"({row.procedure or 'none'})", hint="set its procedure first")
    return version


def _component(version: ProcedureVersion, row: Dossier, code: str) -> Component:
    component = version.component(code)
    if component is None:
        raise InvalidValue(f"procedure {row.procedure} (version {version.version}) has no "
                           f"component {code!r}")
    return component


def _document(s: Session, code: str, document_id: str) -> Document:
    doc = s.get(Document, document_id)
    if doc is None or doc.dossier_code != code:
        raise NotFound(f"no document {document_id!r} in dossier {code}")
    return doc


def assign_component(s: Session, document_id: str, component_code: str, *, actor: str) -> None:
    """The operator says which component the document fills ("": none)."""
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document {document_id!r}")
    row = _held(s, doc.dossier_code)
    if component_code:
        _component(_version(s, row), row, component_code)
    held = s.get(ComponentAssignment, document_id)
    before = held.component_code if held else None
    if before == component_code:
        return
    if held is None:
        s.add(ComponentAssignment(document_id=document_id, dossier_code=row.code,
                                  component_code=component_code, assigned_by=actor,
                                  assigned_at=_now()))
    else:
        held.component_code, held.assigned_by, held.assigned_at = component_code, actor, _now()
    add_event(s, row.code, "component_assigned", document_id,
              {"from": before, "to": component_code}, actor=actor)


def _next_number(s: Session, prefix: str) -> int:
    """The next NN of `prefix`, in one statement: racing writers each get their own."""
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    bump = (dialect.insert(PaperCounter).values(prefix=prefix, last=1)
            .on_conflict_do_update(index_elements=["prefix"],
                                   set_={"last": PaperCounter.last + 1})
            .returning(PaperCounter.last))
    return int(s.scalar(bump) or 0)


def _filling_document(s: Session, row: Dossier, version: ProcedureVersion,
                      component: Component) -> str:
    matched = match_components(version.components, dossier_documents(s, row.code))
    found = next((d for d, c in matched.items() if c == component.code), None)
    if found is None:
        raise InvalidValue(f"no document of dossier {row.code} fills component "
                           f"{component.code}", hint="name the document")
    return found


def record_paper(s: Session, code: str, given: PaperIn, *, actor: str) -> Paper:
    """Record a digitised paper of the dossier (waiting for an officer); the same document
    recorded again for the same component gives the paper already recorded."""
    row = _held(s, code)
    version = _version(s, row)
    component = _component(version, row, given.component_code)
    kind = PaperKind.RESULT if component in version.results else PaperKind.COMPONENT
    if given.kind is not kind:
        raise InvalidValue(f"{component.code} is a {kind.value} of procedure {row.procedure}")
    owner = owner_id(s, row)
    if not owner:
        raise InvalidValue(f"dossier {code} has no applicant ID: a paper's code starts with "
                           "its owner's", hint="set the applicant's CCCD or tax code")
    document_id = given.document_id or (
        _filling_document(s, row, version, component) if kind is PaperKind.COMPONENT else "")
    if not document_id:
        raise InvalidValue(f"a result of dossier {code} needs its document named")
    _document(s, code, document_id)
    existing = s.scalar(select(PaperRow).where(
        PaperRow.dossier_code == code, PaperRow.component_code == component.code,
        PaperRow.document_id == document_id))
    if existing is not None:
        return paper_view(existing)
    prefix = f"{owner}.{row.procedure}.{component.code}"
    paper_code = f"{prefix}.{_next_number(s, prefix):02d}"
    pages = int(s.scalar(select(func.count()).select_from(Page)
                         .where(Page.document_id == document_id)) or 0)
    new = PaperRow(
        code=paper_code, owner_id=owner, owner_name=row.applicant_name,
        dossier_code=code, procedure_code=row.procedure, component_code=component.code,
        component_name=component.name, kind=kind.value, document_id=document_id, pages=pages,
        number=given.number, issued_on=given.issued_on, issuer=given.issuer,
        signer=given.signer, summary=given.summary, valid_until=given.valid_until,
        valid_scope=given.valid_scope, digitised_by=actor, digitised_at=_now(),
        state=PaperState.WAITING.value, reason="", decided_by="")
    s.add(new)
    s.flush()
    add_event(s, code, "paper_recorded", paper_code,
              {"component": component.code, "kind": kind.value, "document": document_id},
              actor=actor)
    return paper_view(new)


def _locked_paper(s: Session, paper_code: str) -> PaperRow:
    if s.get_bind().dialect.name == "sqlite":
        # Take SQLite's write lock now, so the state read below is the latest (see
        # archive/dossiers.py hold_dossier).
        s.execute(update(PaperRow).where(PaperRow.code == paper_code)
                  .values(code=PaperRow.code).execution_options(synchronize_session=False))
    row = s.scalar(select(PaperRow).where(PaperRow.code == paper_code).with_for_update()
                   .execution_options(populate_existing=True))
    if row is None:
        raise NotFound(f"no digitised paper {paper_code!r}")
    return row


def decide_paper(s: Session, paper_code: str, state: PaperState, *, reason: str, actor: str
                 ) -> Paper:
    """An officer approves the paper, or rejects it with the reason."""
    if state is PaperState.WAITING:
        raise InvalidValue("a decision approves or rejects", code="decision_unknown")
    if state is PaperState.REJECTED and not reason.strip():
        raise InvalidValue(f"rejecting {paper_code} needs the reason", code="reason_needed")
    row = _locked_paper(s, paper_code)
    if row.state == state.value and row.reason == reason.strip():
        return paper_view(row)
    before = row.state
    row.state, row.reason = state.value, reason.strip()
    row.decided_by, row.decided_at = actor, _now()
    add_event(s, row.dossier_code, f"paper_{state.value}", paper_code,
              {"from": before, "reason": row.reason}, actor=actor)
    return paper_view(row)


def hand_over(s: Session, paper_code: str, *, actor: str) -> Paper:
    """The result was handed to the citizen: from now on it is shown to them."""
    row = _locked_paper(s, paper_code)
    if row.kind != PaperKind.RESULT.value:
        raise InvalidValue(f"{paper_code} is not a result")
    if row.state == PaperState.REJECTED.value:  # its digitisation was found wrong
        raise Conflict(f"{paper_code} was rejected ({row.reason}): it is not handed over",
                       hint="digitise the result again, or an officer approves it")
    if row.handed_over_at is None:
        row.handed_over_at = _now()
        add_event(s, row.dossier_code, "result_handed_over", paper_code, {}, actor=actor)
    return paper_view(row)


def paper(s: Session, paper_code: str) -> Paper:
    row = s.scalar(select(PaperRow).where(PaperRow.code == paper_code))
    if row is None:
        raise NotFound(f"no digitised paper {paper_code!r}")
    return paper_view(row)


def papers_of(s: Session, code: str) -> list[Paper]:
    rows = s.scalars(select(PaperRow).where(PaperRow.dossier_code == code).order_by(PaperRow.id))
    return [paper_view(r) for r in rows]


def waiting_papers(s: Session, *, limit: int) -> list[Paper]:
    """Papers no officer has decided on yet, oldest first (the officers' queue)."""
    rows = s.scalars(select(PaperRow).where(PaperRow.state == PaperState.WAITING.value)
                     .order_by(PaperRow.id).limit(limit))
    return [paper_view(r) for r in rows]


def owner_id(s: Session, row: Dossier) -> str:
    """The applicant's ID: as typed at the desk, or else as read from the dossier's ID card."""
    if row.applicant_id:
        return row.applicant_id
    read = s.scalar(select(DocumentField.value)
                    .join(Document, Document.id == DocumentField.document_id)
                    .where(Document.dossier_code == row.code, DocumentField.name == "id_number",
                           func.coalesce(Document.corrected_type, Document.doc_type)
                           == "can_cuoc")
                    .order_by(DocumentField.id).limit(1))
    return "".join(c for c in read or "" if c.isdigit())


def _fills(candidate: Paper, doc_type: str, component: Component, procedure: str) -> bool:
    if candidate.procedure_code == procedure and candidate.component_code == component.code:
        return True
    # "Other papers" says nothing of what a paper is: only a named type matches.
    return doc_type != OTHER and doc_type in component.doc_types


def _reusable(s: Session, owner_id: str, code: str, today: date) -> list[tuple[Paper, str]]:
    rows = s.execute(
        select(PaperRow, func.coalesce(Document.corrected_type, Document.doc_type))
        .join(Document, Document.id == PaperRow.document_id)
        .where(PaperRow.owner_id == owner_id, PaperRow.dossier_code != code,
               PaperRow.state == PaperState.APPROVED.value)
        .order_by(PaperRow.digitised_at.desc(), PaperRow.id.desc()))
    found = [(paper_view(r), str(t)) for r, t in rows]
    return [(p, t) for p, t in found if p.valid_on(today) and p.visible_to_citizen]


def proposals(s: Session, code: str, *, today: date) -> list[Proposal]:
    """The applicant's earlier approved, still valid papers that would fill a missing
    component of this dossier, newest first; rejected, expired and unreleased ones never."""
    row = s.get(Dossier, code)
    if row is None:
        raise NotFound(f"no dossier {code!r}", hint="check the code on the receipt")
    state = completeness(s, code)
    owner = owner_id(s, row)
    if not owner or not state.components:
        return []
    candidates = _reusable(s, owner, code, today)
    return [Proposal(c, p) for c in state.missing for p, doc_type in candidates
            if _fills(p, doc_type, c, row.procedure)]


def attach_reuse(s: Session, code: str, component_code: str, paper_code: str, *, actor: str,
                 today: date) -> Paper:
    """Attach an earlier paper to a component of the dossier instead of scanning it again."""
    row = _held(s, code)
    component = _component(_version(s, row), row, component_code)
    proposed = {(p.component.code, p.paper.code) for p in proposals(s, code, today=today)}
    held = s.scalar(select(PaperReuse).where(PaperReuse.dossier_code == code,
                                             PaperReuse.component_code == component.code))
    chosen = paper(s, paper_code)
    if held is not None:
        if held.paper_id == _paper_id(s, paper_code):
            return chosen
        raise Conflict(f"component {component.code} of dossier {code} already reuses another "
                       "paper")
    if (component.code, paper_code) not in proposed:
        raise InvalidValue(f"{paper_code} cannot fill {component.code} of dossier {code}: not "
                           "the applicant's, not approved, expired, or the component is not "
                           "missing")
    s.add(PaperReuse(dossier_code=code, component_code=component.code,
                     paper_id=_paper_id(s, paper_code), reused_by=actor, reused_at=_now()))
    s.flush()
    add_event(s, code, "paper_reused", paper_code,
              {"component": component.code, "from_dossier": chosen.dossier_code,
               "pages": chosen.pages}, actor=actor)
    return chosen


def _paper_id(s: Session, paper_code: str) -> int:
    return int(s.scalar(select(PaperRow.id).where(PaperRow.code == paper_code)) or 0)
