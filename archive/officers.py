"""Officers' work on documents: fields corrected, notes, a document's own history, and the
document list to browse without typing a query.

A corrected field is kept apart from what was read (`field_corrections`), so it survives
re-assembly as a corrected type does, and is shown and indexed over it (archive/views.py).
Every correction and note is written in the dossier's hash-chained history, in the same
transaction. Functions take the session of a transaction the `Catalog` opened.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from hoso.archive import dossiers
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
from hoso.archive.records import (
    DocumentListQuery,
    DocumentRow,
    EventView,
    NoteView,
    PageAttention,
)
from hoso.archive.views import event_view, page_status
from hoso.errors import InvalidValue, NotFound
from hoso.records import FieldChange

__all__ = ["add_note", "correct_field", "document_history", "list_documents", "notes",
           "pages_to_act_on"]

MAX_NOTE_CHARS = 2000
MAX_FIELD_CHARS = 256  # the column


def _now() -> datetime:
    return datetime.now(UTC)


def _held_document(s: Session, document_id: str) -> Document:
    code = s.scalar(select(Document.dossier_code).where(Document.id == document_id))
    if code is None:
        raise NotFound(f"no document {document_id!r}")
    dossiers.hold_dossier(s, code)  # two officers correcting at once: one after the other
    doc = s.get(Document, document_id, populate_existing=True)
    assert doc is not None
    return doc


def correct_field(s: Session, document_id: str, name: str, value: str, *, actor: str
                  ) -> FieldChange | None:
    """Set the field's value as the officer read it; None if it already reads so."""
    value = value.strip()
    if not value or len(value) > MAX_FIELD_CHARS:
        raise InvalidValue(f"a field's value is 1-{MAX_FIELD_CHARS} characters")
    doc = _held_document(s, document_id)
    before = _current_value(s, document_id, name)
    if before == value:
        return None
    row = s.get(FieldCorrection, (document_id, name))
    if row is None:
        s.add(FieldCorrection(document_id=document_id, name=name, value=value,
                              dossier_code=doc.dossier_code, corrected_by=actor, at=_now()))
    else:
        row.value, row.corrected_by, row.at = value, actor, _now()
    add_event(s, doc.dossier_code, "field_corrected", document_id,
              {"field": name, "from": before, "to": value}, actor=actor)
    return FieldChange(name, before, value)


def _current_value(s: Session, document_id: str, name: str) -> str:
    corrected = s.scalar(select(FieldCorrection.value).where(
        FieldCorrection.document_id == document_id, FieldCorrection.name == name))
    if corrected is not None:
        return corrected
    return s.scalar(select(DocumentField.value).where(
        DocumentField.document_id == document_id, DocumentField.name == name)
        .order_by(DocumentField.id).limit(1)) or ""


def add_note(s: Session, document_id: str, text: str, *, actor: str) -> NoteView:
    text = text.strip()
    if not text or len(text) > MAX_NOTE_CHARS:
        raise InvalidValue(f"a note is 1-{MAX_NOTE_CHARS} characters")
    doc = _held_document(s, document_id)
    note = Note(document_id=document_id, dossier_code=doc.dossier_code, author=actor,
                at=_now(), text=text)
    s.add(note)
    add_event(s, doc.dossier_code, "note_added", document_id, {"text": text}, actor=actor)
    return NoteView(document_id, note.at, actor, text)


def notes(s: Session, document_id: str) -> list[NoteView]:
    rows = s.scalars(select(Note).where(Note.document_id == document_id).order_by(Note.id))
    return [NoteView(r.document_id, r.at, r.author, r.text) for r in rows]


def document_history(s: Session, document_id: str) -> list[EventView]:
    """What the dossier's history says about this document and its pages, oldest first."""
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document {document_id!r}")
    pages = select(Page.id).where(Page.document_id == document_id)
    rows = s.scalars(select(Event).where(
        Event.dossier_code == doc.dossier_code,
        or_(Event.subject == document_id, Event.subject.in_(pages))).order_by(Event.id))
    return [event_view(e) for e in rows]


def list_documents(s: Session, query: DocumentListQuery) -> tuple[list[DocumentRow], int]:
    """A page of documents, filtered and sorted; and how many there are in all."""
    doc_type = func.coalesce(Document.corrected_type, Document.doc_type)
    pages = (select(func.count()).select_from(Page)
             .where(Page.document_id == Document.id).scalar_subquery())
    first = (select(Page.id).where(Page.document_id == Document.id, Page.page_no == 1)
             .limit(1).scalar_subquery())
    first_ocr = (select(Page.ocr_sha256).where(Page.document_id == Document.id,
                                               Page.page_no == 1).limit(1).scalar_subquery())
    where = _filters(query, doc_type)
    total = int(s.scalar(select(func.count()).select_from(Document).join(Dossier)
                         .where(*where)) or 0)
    sort = {"received_at": Dossier.received_at, "dossier_code": Dossier.code,
            "doc_type": doc_type, "applicant_name": Dossier.applicant_name,
            "desk": Dossier.desk, "pages": pages}.get(query.sort, Dossier.received_at)
    ordered: Select[tuple[object, ...]] = (
        select(Document.id, Document.dossier_code, doc_type, Dossier.procedure, Dossier.desk,
               Dossier.applicant_name, Dossier.received_at, pages, first, first_ocr)
        .join(Dossier).where(*where)
        .order_by(sort.desc() if query.descending else sort.asc(), Document.id)
        .limit(query.limit).offset(query.offset))
    return [DocumentRow(*row) for row in s.execute(ordered)], total


def _filters(query: DocumentListQuery, doc_type: ColumnElement[str]
             ) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if query.doc_type:
        where.append(doc_type == query.doc_type)
    if query.procedure:
        where.append(Dossier.procedure == query.procedure)
    if query.desk:
        where.append(Dossier.desk == query.desk)
    return where


def pages_to_act_on(s: Session, *, desk: str | None, since: datetime, failed: bool,
                    limit: int) -> list[PageAttention]:
    """Pages in use asking for a rescan or a check, changed since `since` (`failed`: the
    failed pages, whenever they failed), newest first, of one desk or of all."""
    query = (select(Page, Dossier, SourceFile.filename).select_from(Page)
             .join(Dossier, Page.dossier_code == Dossier.code)
             .join(SourceFile, Page.file_id == SourceFile.id)
             .where(Page.disposition == "", Page.checked_by.is_(None)))
    if failed:
        query = query.where(Page.state == "failed")
    else:
        query = query.where(Page.state == "done", Page.updated_at >= since)
    if desk is not None:
        query = query.where(Dossier.desk == desk)
    rows = s.execute(query.order_by(Page.updated_at.desc(), Page.id).limit(limit * 4))
    found = [PageAttention(d.code, d.applicant_name, d.desk, name, page_status(p))
             for p, d, name in rows]
    return [a for a in found if a.page.to_rescan][:limit]
