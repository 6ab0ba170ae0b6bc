"""Which component of its procedure each document of a dossier fills, and what is missing.

`match_components` is the rule, a pure function: a document the operator assigned fills that
component (or none); any other fills the first component, in the procedure's order, listing
its type that is not filled yet (or, all of those filled, the first listing it: a second copy).
A component an earlier paper was attached to is reused, unless a document fills it.
`completeness` reads what the rule needs from the catalog, in the caller's transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoso.archive.models import ComponentAssignment, Document, Dossier, Paper, PaperReuse
from hoso.archive.paper_views import paper_view
from hoso.archive.procedure_catalogue import dossier_version, received_day
from hoso.archive.procedure_records import (
    Completeness,
    Component,
    ComponentState,
    ComponentStatus,
    PaperKind,
    ProcedureVersion,
)
from hoso.errors import NotFound

__all__ = [
    "DocumentSlot",
    "completeness",
    "dossier_documents",
    "filled_components",
    "match_components",
    "statuses",
]


@dataclass(frozen=True)
class DocumentSlot:
    """A document as the matching rule sees it: its type (the officer's, if corrected) and
    the component the operator assigned (None: not assigned; "": assigned to none)."""

    document_id: str
    doc_type: str
    assigned: str | None = None


def match_components(components: Sequence[Component], documents: Sequence[DocumentSlot]
                     ) -> dict[str, str]:
    """document id -> component code, for the documents that fill one."""
    codes = {c.code for c in components}
    matched: dict[str, str] = {}
    for doc in documents:
        if doc.assigned is not None and doc.assigned in codes:
            matched[doc.document_id] = doc.assigned
    filled = set(matched.values())
    for doc in documents:
        if doc.assigned is not None:
            continue
        listing = [c.code for c in components if doc.doc_type in c.doc_types]
        choice = next((c for c in listing if c not in filled), listing[0] if listing else None)
        if choice is not None:
            matched[doc.document_id] = choice
            filled.add(choice)
    return matched


def dossier_documents(s: Session, code: str) -> list[DocumentSlot]:
    return _slots_by_dossier(s, code).get(code, [])


def statuses(components: Sequence[Component], matched: Mapping[str, str],
              reuses: Mapping[str, tuple[str, str]]) -> tuple[ComponentStatus, ...]:
    out = []
    for c in components:
        docs = tuple(d for d, code in matched.items() if code == c.code)
        if docs:
            out.append(ComponentStatus(c, ComponentState.PRESENT, docs))
        elif c.code in reuses:
            paper, source = reuses[c.code]
            out.append(ComponentStatus(c, ComponentState.REUSED, (), paper, source))
        else:
            out.append(ComponentStatus(c, ComponentState.MISSING))
    return tuple(out)


def reuses_of(s: Session, code: str) -> dict[str, tuple[str, str]]:
    """component code -> (paper code, dossier it came from), for the dossier's reuses."""
    rows = s.execute(select(PaperReuse.component_code, Paper.code, Paper.dossier_code)
                     .join(Paper, Paper.id == PaperReuse.paper_id)
                     .where(PaperReuse.dossier_code == code))
    return {component: (paper, source) for component, paper, source in rows}


def completeness(s: Session, code: str) -> Completeness:
    row = s.get(Dossier, code)
    if row is None:
        raise NotFound(f"no dossier {code!r}", hint="check the code on the receipt")
    proc, version = dossier_version(s, row)
    if version is None:
        return Completeness(code, proc, None)
    documents = dossier_documents(s, code)
    matched = match_components(version.components, documents)
    results = tuple(paper_view(p) for p in s.scalars(
        select(Paper).where(Paper.dossier_code == code, Paper.kind == PaperKind.RESULT.value)
        .order_by(Paper.id)))
    result_docs = {p.document_id for p in results}
    unmatched = tuple(d.document_id for d in documents
                      if d.document_id not in matched and d.document_id not in result_docs)
    return Completeness(code, proc, version,
                        statuses(version.components, matched, reuses_of(s, code)),
                        unmatched, results)


def filled_components(s: Session, dossier: str | None = None) -> dict[str, Component]:
    """document id -> the component of its dossier's procedure version it fills, for one
    dossier or (None) every dossier with a procedure: what decides its retention."""
    dossiers = select(Dossier).where(Dossier.procedure != "")
    if dossier is not None:
        dossiers = dossiers.where(Dossier.code == dossier)
    slots = _slots_by_dossier(s, dossier)  # two queries, not two per dossier
    # Thousands of dossiers share a handful of procedure versions: load each once.
    versions: dict[tuple[str, int | None, date], ProcedureVersion | None] = {}
    filled: dict[str, Component] = {}
    for row in s.scalars(dossiers):
        key = (row.procedure, row.procedure_version, received_day(row.received_at))
        if key not in versions:
            versions[key] = dossier_version(s, row)[1]
        version = versions[key]
        if version is None or row.code not in slots:
            continue
        by_code = {c.code: c for c in version.components}
        for doc, code in match_components(version.components, slots[row.code]).items():
            filled[doc] = by_code[code]
    return filled


def _slots_by_dossier(s: Session, dossier: str | None) -> dict[str, list[DocumentSlot]]:
    """dossier code -> its documents as `dossier_documents` gives them."""
    assignments = select(ComponentAssignment.document_id, ComponentAssignment.component_code)
    documents = select(Document.id, Document.dossier_code, Document.doc_type,
                       Document.corrected_type).order_by(Document.id)
    if dossier is not None:
        assignments = assignments.where(ComponentAssignment.dossier_code == dossier)
        documents = documents.where(Document.dossier_code == dossier)
    assigned: dict[str, str] = {doc: code for doc, code in s.execute(assignments)}
    slots: dict[str, list[DocumentSlot]] = defaultdict(list)
    for doc, code, doc_type, corrected in s.execute(documents):
        slots[code].append(DocumentSlot(doc, corrected or doc_type, assigned.get(doc)))
    return slots
