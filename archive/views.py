"""Turn catalog rows into the frozen records of archive.records (reads only)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from hoso.archive.models import (
    Document,
    DocumentField,
    Dossier,
    Event,
    FieldCorrection,
    Page,
    SourceFile,
)
from hoso.archive.records import DocumentStatus, DossierStatus, EventView, FileStatus, PageStatus
from hoso.page_warnings import PageWarning
from hoso.records import DossierInfo, Field, PageState

__all__ = ["dossier_info", "dossier_status", "event_view", "field", "file_status",
           "page_order", "page_status"]


def dossier_info(row: Dossier) -> DossierInfo:
    return DossierInfo(
        code=row.code, procedure=row.procedure, desk=row.desk, operator=row.operator,
        applicant_name=row.applicant_name, applicant_id=row.applicant_id,
        received_at=row.received_at,
    )


def page_status(row: Page) -> PageStatus:
    return PageStatus(
        page_id=row.id, index_in_file=row.index_in_file, page_no=row.page_no,
        state=PageState(row.state), error=row.error, confidence=row.confidence,
        needs_review=row.needs_review, warnings=tuple(PageWarning.from_json(w) for w in row.warnings or ()),
        pdf_sha256=row.pdf_sha256, text_sha256=row.text_sha256, ocr_sha256=row.ocr_sha256,
        disposition=row.disposition or "", replaced_by=row.replaced_by,
        checked_by=row.checked_by, source_sha256=row.source_sha256,
        updated_at=row.updated_at,
    )


def page_order() -> tuple[ColumnElement[int], ...]:
    """How a file's pages are ordered: as an operator put them, else as in the original."""
    return (func.coalesce(Page.position, Page.index_in_file), Page.index_in_file)


def field(row: DocumentField) -> Field:
    box = tuple(row.box) if row.box and len(row.box) == 4 else None
    return Field(name=row.name, value=row.value, page_no=row.page_no, box=box,  # type: ignore[arg-type]
                 raw=row.raw)


def event_view(row: Event) -> EventView:
    return EventView(at=row.at, actor=row.actor, kind=row.kind, subject=row.subject,
                     detail=dict(row.detail or {}))


def _fields(s: Session, doc: Document) -> tuple[tuple[Field, ...], tuple[str, ...]]:
    """What was read from the document, with officers' corrections over it."""
    read = [field(f) for f in s.scalars(select(DocumentField).where(
        DocumentField.document_id == doc.id).order_by(DocumentField.id))]
    corrected = {c.name: c.value for c in s.scalars(select(FieldCorrection).where(
        FieldCorrection.document_id == doc.id).order_by(FieldCorrection.name))}
    fields = [replace(f, value=corrected[f.name]) if f.name in corrected else f for f in read]
    shown = {f.name for f in read}
    fields += [Field(name=n, value=v) for n, v in corrected.items() if n not in shown]
    return tuple(fields), tuple(corrected)


def _document_status(s: Session, doc: Document, pages: list[Page]) -> DocumentStatus:
    fields, corrected_fields = _fields(s, doc)
    return DocumentStatus(
        document_id=doc.id, doc_type=doc.corrected_type or doc.doc_type,
        confidence=doc.type_confidence, needs_review=doc.needs_review and not doc.corrected_type,
        corrected=doc.corrected_type is not None, pdf_sha256=doc.pdf_sha256,
        text_sha256=doc.text_sha256, fields=fields, corrected_fields=corrected_fields,
        page_ids=tuple(p.id for p in sorted(pages, key=lambda p: p.page_no or 0)
                       if p.document_id == doc.id),
    )


def file_status(s: Session, source: SourceFile) -> FileStatus:
    rows = list(s.scalars(select(Page).where(Page.file_id == source.id)
                          .order_by(*page_order())))
    pages = [r for r in rows if not r.disposition]
    docs = s.scalars(select(Document).where(Document.file_id == source.id)
                     .order_by(Document.doc_no))
    return FileStatus(
        file_id=source.id, dossier_code=source.dossier_code, filename=source.filename, media_type=source.media_type,
        sha256=source.sha256, size=source.size, assembled=source.assembled,
        assembly_error=source.assembly_error,
        pages=tuple(replace(page_status(p), position=n) for n, p in enumerate(pages)),
        documents=tuple(_document_status(s, d, pages) for d in docs),
        set_aside=tuple(page_status(r) for r in rows if r.disposition),
    )


def dossier_status(s: Session, row: Dossier) -> DossierStatus:
    files = s.scalars(select(SourceFile).where(SourceFile.dossier_code == row.code)
                      .order_by(SourceFile.file_no))
    rejected = s.scalars(select(Event).where(Event.dossier_code == row.code,
                                             Event.kind == "file_rejected").order_by(Event.id))
    return DossierStatus(
        info=dossier_info(row),
        files=tuple(file_status(s, f) for f in files),
        rejected=tuple(event_view(e) for e in rejected),
    )
