"""Reuse: find what the archive already holds about a person, and officers' type corrections.

`lookup` answers "was this citizen's ID card / birth certificate / land certificate already
digitised?" across every dossier, newest first. `correct_type` records an officer's correction
of a document's type; `corrections` hands the corrected documents to `hoso train`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, or_, select

from hoso.archive.blobstore import BlobStore
from hoso.archive.catalog import Catalog
from hoso.archive.models import Document, DocumentField, Dossier, Event, Page
from hoso.errors import InputError, NotFound

__all__ = ["LookupHit", "correct_type", "corrections", "lookup"]


@dataclass(frozen=True)
class LookupHit:
    """An archived document about the person looked up."""

    document_id: str
    dossier_code: str
    doc_type: str
    issue_date: str
    doc_number: str
    received_at: datetime | None
    first_page_id: str | None
    matched_on: str


def _documents_with_field(name: str, value: str):  # type: ignore[no-untyped-def]
    return select(DocumentField.document_id).where(DocumentField.name == name,
                                                   DocumentField.value == value)


def lookup(catalog: Catalog, *, id_number: str = "", name: str = "", birth_date: str = "",
           doc_number: str = "") -> list[LookupHit]:
    """Documents whose fields (or whose dossier's applicant) match, newest first.

    By citizen ID (`id_number`, digits only), by name and date of birth together (ISO date), or
    by document number (`123/QĐ-UBND`). Names compare case-insensitively.
    """
    conditions, matched = [], ""
    if id_number:
        digits = "".join(c for c in id_number if c.isdigit())
        conditions.append(or_(Document.id.in_(_documents_with_field("id_number", digits)),
                              Dossier.applicant_id == digits))
        matched = "id_number"
    if name and birth_date:
        by_name = select(DocumentField.document_id).where(
            DocumentField.name == "name", DocumentField.value.ilike(name.strip()))
        conditions.append(and_(Document.id.in_(by_name),
                               Document.id.in_(_documents_with_field("birth_date", birth_date))))
        matched = matched or "name+birth_date"
    if doc_number:
        conditions.append(Document.id.in_(_documents_with_field("doc_number", doc_number)))
        matched = matched or "doc_number"
    if not conditions:
        raise InputError("lookup", "give --id, --name with --birth-date, or --doc-number")
    with catalog.session() as s:
        rows = s.execute(select(Document, Dossier).join(Dossier)
                         .where(or_(*conditions))
                         .order_by(Dossier.received_at.desc(), Document.id)).all()
        return [_hit(s, doc, dossier, matched) for doc, dossier in rows]


def _hit(s, doc: Document, dossier: Dossier, matched: str) -> LookupHit:  # type: ignore[no-untyped-def]
    fields = dict(s.execute(select(DocumentField.name, DocumentField.value)
                            .where(DocumentField.document_id == doc.id)).all())
    first = s.scalar(select(Page.id).where(Page.document_id == doc.id, Page.page_no == 1))
    return LookupHit(
        document_id=doc.id, dossier_code=dossier.code,
        doc_type=doc.corrected_type or doc.doc_type, issue_date=fields.get("issue_date", ""),
        doc_number=fields.get("doc_number", ""), received_at=dossier.received_at,
        first_page_id=first, matched_on=matched,
    )


def correct_type(catalog: Catalog, document_id: str, doc_type: str, *, actor: str) -> None:
    """An officer says what the document really is; kept across re-assembly, used by training."""
    with catalog.session() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise NotFound(f"no document {document_id!r}")
        before = doc.corrected_type or doc.doc_type
        doc.corrected_type, doc.corrected_by = doc_type, actor
        s.add(Event(dossier_code=doc.dossier_code, at=datetime.now(UTC), actor=actor,
                    kind="type_corrected", subject=document_id,
                    detail={"from": before, "to": doc_type}))


def corrections(catalog: Catalog, store: BlobStore) -> list[tuple[str, str]]:
    """(document text, corrected type) for every corrected document, oldest first."""
    with catalog.session() as s:
        rows = s.execute(select(Document.text_sha256, Document.corrected_type)
                         .where(Document.corrected_type.is_not(None),
                                Document.text_sha256.is_not(None))
                         .order_by(Document.id)).all()
    return [(store.read_bytes(sha).decode("utf-8"), label) for sha, label in rows]
