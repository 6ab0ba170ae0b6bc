"""A file's documents: assembly writes them (keeping officers' corrections) and records how
it went, officers correct their type, and training reads the corrected ones.

Functions take the session of a transaction the `Catalog` opened.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from hoso.archive.history import add_event
from hoso.archive.models import Document, DocumentField, Page, SourceFile
from hoso.archive.records import AssembledDocument, Correction
from hoso.errors import NotFound
from hoso.ids import FileId

__all__ = [
    "correct_type",
    "corrections",
    "count_assembly_attempt",
    "fail_assembly",
    "mark_assembled",
    "replace_documents",
]


def replace_documents(s: Session, file_id: str, documents: Sequence[AssembledDocument]
                      ) -> list[str]:
    """Set a file's documents, replacing any earlier assembly (officers' corrections kept)."""
    source = s.get(SourceFile, file_id)
    if source is None:
        raise NotFound(f"no file {file_id!r} in the catalog")
    corrected = _corrections_by_doc(s, file_id)
    s.execute(delete(DocumentField).where(DocumentField.document_id.in_(
        select(Document.id).where(Document.file_id == file_id))))
    s.execute(delete(Document).where(Document.file_id == file_id))
    s.execute(update(Page).where(Page.file_id == file_id)
              .values(document_id=None, page_no=None))
    return [_insert_document(s, source, n, doc, corrected)
            for n, doc in enumerate(documents, start=1)]


def mark_assembled(s: Session, file_id: str) -> None:
    """The file's documents are built and indexed: nothing left to do for it."""
    source = s.get(SourceFile, file_id)
    if source is None:
        raise NotFound(f"no file {file_id!r} in the catalog")
    source.assembly_error = None
    if not source.assembled:
        source.assembled = True
        add_event(s, source.dossier_code, "file_assembled", source.filename,
                  {"file_id": file_id}, actor="worker")


def count_assembly_attempt(s: Session, file_id: str) -> int:
    s.execute(update(SourceFile).where(SourceFile.id == file_id)
              .values(assembly_attempts=SourceFile.assembly_attempts + 1))
    return int(s.scalar(select(SourceFile.assembly_attempts)
                        .where(SourceFile.id == file_id)) or 0)


def fail_assembly(s: Session, file_id: str, reason: str) -> None:
    """Building the file's documents failed for good: record why, stop retrying."""
    source = s.get(SourceFile, file_id)
    if source is None or source.assembled:
        return
    source.assembly_error = reason
    add_event(s, source.dossier_code, "assembly_failed", source.filename,
              {"file_id": file_id, "reason": reason}, actor="worker")


def correct_type(s: Session, document_id: str, doc_type: str, *, actor: str) -> None:
    """An officer says what the document really is; kept across re-assembly."""
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document {document_id!r}")
    before = doc.corrected_type or doc.doc_type
    doc.corrected_type, doc.corrected_by = doc_type, actor
    add_event(s, doc.dossier_code, "type_corrected", document_id,
              {"from": before, "to": doc_type}, actor=actor)


def corrections(s: Session) -> list[Correction]:
    """Every corrected document that has a text, in order."""
    rows = s.execute(select(Document.text_sha256, Document.corrected_type)
                     .where(Document.corrected_type.is_not(None),
                            Document.text_sha256.is_not(None))
                     .order_by(Document.id))
    return [Correction(sha, label) for sha, label in rows if sha and label]


def _corrections_by_doc(s: Session, file_id: str) -> dict[str, tuple[str, str | None]]:
    rows = s.execute(select(Document.id, Document.corrected_type, Document.corrected_by)
                     .where(Document.file_id == file_id, Document.corrected_type.is_not(None)))
    return {doc_id: (label, who) for doc_id, label, who in rows}


def _insert_document(
    s: Session, source: SourceFile, doc_no: int, doc: AssembledDocument,
    corrected: dict[str, tuple[str, str | None]],
) -> str:
    doc_id = str(FileId(source.dossier_code, source.file_no).document(doc_no))
    label, who = corrected.get(doc_id, (None, None))
    s.add(Document(
        id=doc_id, dossier_code=source.dossier_code, file_id=source.id, doc_no=doc_no,
        doc_type=doc.doc_type, type_confidence=doc.confidence, needs_review=doc.needs_review,
        corrected_type=label, corrected_by=who, pdf_sha256=doc.pdf_sha256,
        text_sha256=doc.text_sha256,
    ))
    s.add_all(
        DocumentField(document_id=doc_id, dossier_code=source.dossier_code, name=f.name,
                      value=f.value, page_no=f.page_no, box=list(f.box) if f.box else None,
                      raw=f.raw)
        for f in doc.fields
    )
    for page_no, index in enumerate(doc.page_indices, start=1):
        s.execute(update(Page).where(Page.file_id == source.id, Page.index_in_file == index)
                  .values(document_id=doc_id, page_no=page_no))
    return doc_id
