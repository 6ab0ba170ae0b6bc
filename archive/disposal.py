"""Retention in the catalog: what each document is kept for, an auditor's approval of a
dossier's disposal, and the disposal itself.

Functions take the session of a transaction the `Catalog` opened. Disposal never happens
without an approval recorded in the dossier's history by an auditor (the caller checks the
account's role), given after the dossier's last change; it removes the records of the
dossier's files, pages and documents in one transaction, and records `dossier_disposed` with
every blob they pointed to. The dossier's row and its history stay, as the proof of what was
kept, approved and disposed of; `hoso sweep` then removes the bytes nothing points to (under
object lock, MinIO keeps them until their retention ends).

Two disposals of one dossier at once: the dossier is held first, so the second finds it
disposed already and is refused (Conflict).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hoso.archive.completeness import filled_components
from hoso.archive.dossiers import hold_dossier
from hoso.archive.history import add_event
from hoso.archive.models import (
    Document,
    DocumentField,
    Dossier,
    Event,
    FieldCorrection,
    Note,
    Page,
    SourceFile,
)
from hoso.archive.records import RetainedDocument
from hoso.errors import Conflict, NotFound

__all__ = ["APPROVED", "DISPOSED", "approve_disposal", "dispose_dossier", "retained_documents"]

APPROVED = "disposal_approved"
DISPOSED = "dossier_disposed"
_BLOB_COLUMNS = (Page.ocr_sha256, Page.text_sha256, Page.pdf_sha256, Page.hocr_sha256)


def retained_documents(s: Session, dossier: str | None = None) -> list[RetainedDocument]:
    """Every document kept (of one dossier, if given), with its (corrected) type, the
    procedure component it fills and its dossier's date received."""
    query = (select(Document.id, Document.dossier_code, Document.doc_type,
                    Document.corrected_type, Dossier.received_at)
             .join(Dossier, Dossier.code == Document.dossier_code).order_by(Document.id))
    if dossier is not None:
        query = query.where(Document.dossier_code == dossier)
    rows = s.execute(query).all()
    filled = filled_components(s, dossier)
    return [RetainedDocument(doc_id, code, corrected or doc_type, _utc(received),
                             filled.get(doc_id))
            for doc_id, code, doc_type, corrected, received in rows]


def approve_disposal(s: Session, code: str, detail: dict[str, object], *, auditor: str) -> None:
    if hold_dossier(s, code) is None:
        raise NotFound(f"no dossier {code!r}", hint="check the code on the receipt")
    add_event(s, code, APPROVED, code, detail, actor=auditor)


def dispose_dossier(s: Session, code: str, *, actor: str) -> list[str]:
    """Remove the dossier's content records; returns the blobs they pointed to."""
    if hold_dossier(s, code) is None:
        raise NotFound(f"no dossier {code!r}", hint="check the code on the receipt")
    approval = _standing_approval(s, code)
    blobs = _dossier_blobs(s, code)
    s.execute(delete(DocumentField).where(DocumentField.dossier_code == code))
    s.execute(delete(FieldCorrection).where(FieldCorrection.dossier_code == code))
    s.execute(delete(Note).where(Note.dossier_code == code))
    s.execute(delete(Page).where(Page.dossier_code == code))
    s.execute(delete(Document).where(Document.dossier_code == code))
    s.execute(delete(SourceFile).where(SourceFile.dossier_code == code))
    add_event(s, code, DISPOSED, code, {
        "approved_by": approval.actor, "approved_at": approval.at.isoformat(),
        "blobs": blobs}, actor=actor)
    return blobs


def _standing_approval(s: Session, code: str) -> Event:
    """The auditor's approval, if given after everything else that happened to the dossier
    that is not a read (a file added or a type corrected since voids it)."""
    events = list(s.scalars(select(Event).where(Event.dossier_code == code)
                            .order_by(Event.id)))
    if any(e.kind == DISPOSED for e in events):
        raise Conflict(f"dossier {code!r} was disposed of already")
    approvals = [i for i, e in enumerate(events) if e.kind == APPROVED]
    if not approvals:
        raise Conflict(f"dossier {code!r} has no recorded approval of its disposal",
                       hint="an auditor approves it first: hoso retention approve CODE --by "
                            "AUDITOR")
    changes = [e.kind for e in events[approvals[-1] + 1:] if e.kind in _CHANGES]
    if changes:
        raise Conflict(f"dossier {code!r} changed after its disposal was approved "
                       f"({', '.join(changes)})", hint="the auditor approves it again")
    return events[approvals[-1]]


_CHANGES = frozenset({"file_stored", "file_assembled", "type_corrected", "dossier_updated",
                      "dossier_imported", "pages_requeued",
                      # the rescan loop and officers' corrections change what is kept too
                      "page_replaced", "page_discarded", "pages_reordered",
                      "field_corrected"})


def _dossier_blobs(s: Session, code: str) -> list[str]:
    keys: set[str] = set(s.scalars(select(SourceFile.sha256)
                                   .where(SourceFile.dossier_code == code)))
    for column in (*_BLOB_COLUMNS, Page.source_sha256):
        keys.update(k for k in s.scalars(select(column).where(Page.dossier_code == code)) if k)
    for column in (Document.pdf_sha256, Document.text_sha256):
        keys.update(k for k in s.scalars(select(column).where(Document.dossier_code == code))
                    if k)
    return sorted(keys)


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
