"""Reads across dossiers for the API and the web pages: lists of dossiers with their progress,
a citizen's dossiers and documents, a document's or page's blobs, every blob of a dossier.

Functions take the session of a transaction the `Catalog` opened and return frozen records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from hoso.archive.models import Document, DocumentField, Dossier, Page, SignedPdf, SourceFile
from hoso.archive.records import (
    BlobUse,
    DocumentRef,
    DossierSummary,
    LookupHit,
    LookupQuery,
    PageRef,
)
from hoso.errors import NotFound
from hoso.records import PageState

__all__ = [
    "citizen_dossiers",
    "document_ref",
    "dossier_blobs",
    "find_documents",
    "list_dossiers",
    "page_ref",
    "referenced_blobs",
]


def list_dossiers(s: Session, *, desk: str | None, limit: int) -> list[DossierSummary]:
    """The newest dossiers first, of one desk or of all."""
    return _summaries(s, [Dossier.desk == desk] if desk is not None else [], limit)


def citizen_dossiers(s: Session, id_number: str, *, limit: int) -> list[DossierSummary]:
    """Dossiers whose applicant has this ID, or holding a document that names it."""
    named = select(DocumentField.dossier_code).where(
        DocumentField.name.like("id_number%"), DocumentField.value == id_number)
    return _summaries(s, [or_(Dossier.applicant_id == id_number, Dossier.code.in_(named))], limit)


def _summaries(s: Session, where: Sequence[ColumnElement[bool]], limit: int
               ) -> list[DossierSummary]:
    done = func.sum(case((Page.state == PageState.DONE.value, 1), else_=0))
    failed = func.sum(case((Page.state == PageState.FAILED.value, 1), else_=0))
    query = (select(Dossier, func.count(Page.id), done, failed)
             .outerjoin(Page, (Page.dossier_code == Dossier.code) & (Page.disposition == ""))
             .where(*where)
             .group_by(Dossier.code).order_by(Dossier.created_at.desc(), Dossier.code)
             .limit(limit))
    return [DossierSummary(d.code, d.procedure, d.desk, d.applicant_name, d.applicant_id,
                           d.received_at, n, int(ok or 0), int(bad or 0))
            for d, n, ok, bad in s.execute(query)]


def document_ref(s: Session, document_id: str) -> DocumentRef:
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document {document_id!r}")
    return DocumentRef(doc.id, doc.dossier_code, doc.file_id,
                       doc.corrected_type or doc.doc_type, doc.pdf_sha256, doc.text_sha256)


def page_ref(s: Session, page_id: str) -> PageRef:
    page = s.get(Page, page_id)
    if page is None:
        raise NotFound(f"no page {page_id!r}")
    return PageRef(page.id, page.dossier_code, page.file_id, page.document_id,
                   page.page_no, PageState(page.state), page.pdf_sha256,
                   page.text_sha256, page.ocr_sha256)


# Every column that holds a blob's key, by kind. The audit's listing and the orphan sweep
# both read this one list: a blob kind known to one and not the other would be swept alive.
PAGE_ARTEFACTS = (("page_ocr", "ocr_sha256"), ("page_text", "text_sha256"),
                  ("page_pdf", "pdf_sha256"), ("page_hocr", "hocr_sha256"))
DOCUMENT_ARTEFACTS = (("document_pdf", "pdf_sha256"), ("document_text", "text_sha256"))


def dossier_blobs(s: Session, code: str) -> list[BlobUse]:
    """Every blob the dossier's records point to: originals, then pages, then documents."""
    blobs = [BlobUse("original", f.filename, f.sha256) for f in s.scalars(
        select(SourceFile).where(SourceFile.dossier_code == code).order_by(SourceFile.file_no))]
    for page in s.scalars(select(Page).where(Page.dossier_code == code).order_by(Page.id)):
        if page.source_sha256:  # a rescan's own original (archive/rescans.py)
            blobs.append(BlobUse("original", page.source_filename or page.id,
                                 page.source_sha256))
        blobs += [BlobUse(kind, page.id, sha) for kind, column in PAGE_ARTEFACTS
                  if (sha := getattr(page, column))]
    for doc in s.scalars(select(Document).where(Document.dossier_code == code)
                         .order_by(Document.id)):
        blobs += [BlobUse(kind, doc.id, sha) for kind, column in DOCUMENT_ARTEFACTS
                  if (sha := getattr(doc, column))]
    return blobs


def referenced_blobs(s: Session) -> set[str]:
    """Every key any record points to: originals, page and document artefacts."""
    # Signed PDFs stay while their record does: re-assembling the same content reuses them.
    columns = [SourceFile.sha256, Page.source_sha256,
               *(getattr(Page, c) for _, c in PAGE_ARTEFACTS),
               *(getattr(Document, c) for _, c in DOCUMENT_ARTEFACTS),
               SignedPdf.signed_sha256]
    keys: set[str] = set()
    for column in columns:
        keys.update(k for k in s.scalars(select(column).distinct()) if k)
    return keys


def find_documents(s: Session, query: LookupQuery) -> list[LookupHit]:
    """Documents whose fields (or whose dossier's applicant) match any criterion given,
    newest dossier first; `matched_on` names the first criterion given."""
    conditions, matched = _conditions(query)
    if not conditions:
        return []
    rows = s.execute(select(Document, Dossier).join(Dossier).where(or_(*conditions))
                     .order_by(Dossier.received_at.desc(), Document.id)).all()
    return [_hit(s, doc, dossier, matched) for doc, dossier in rows]


def _conditions(query: LookupQuery) -> tuple[list[ColumnElement[bool]], str]:
    conditions: list[ColumnElement[bool]] = []
    matched = ""
    if query.id_number:
        conditions.append(or_(Document.id.in_(_with_field("id_number", query.id_number)),
                              Dossier.applicant_id == query.id_number))
        matched = "id_number"
    if query.name and query.birth_date:
        by_name = select(DocumentField.document_id).where(
            DocumentField.name == "name", DocumentField.value.ilike(query.name))
        conditions.append(and_(Document.id.in_(by_name),
                               Document.id.in_(_with_field("birth_date", query.birth_date))))
        matched = matched or "name+birth_date"
    if query.doc_number:
        conditions.append(Document.id.in_(_with_field("doc_number", query.doc_number)))
        matched = matched or "doc_number"
    return conditions, matched


def _with_field(name: str, value: str) -> Select[tuple[str]]:
    return select(DocumentField.document_id).where(DocumentField.name == name,
                                                   DocumentField.value == value)


def _hit(s: Session, doc: Document, dossier: Dossier, matched: str) -> LookupHit:
    rows = s.execute(select(DocumentField.name, DocumentField.value)
                     .where(DocumentField.document_id == doc.id))
    fields = {name: value for name, value in rows}
    first = s.scalar(select(Page.id).where(Page.document_id == doc.id, Page.page_no == 1))
    return LookupHit(
        document_id=doc.id, dossier_code=dossier.code,
        doc_type=doc.corrected_type or doc.doc_type, issue_date=fields.get("issue_date", ""),
        doc_number=fields.get("doc_number", ""), received_at=dossier.received_at,
        first_page_id=first, matched_on=matched,
    )


def applicant_names(s: Session, codes: Iterable[str]) -> dict[str, str]:
    """The applicant's name of each dossier named that has one."""
    rows = s.execute(select(Dossier.code, Dossier.applicant_name)
                     .where(Dossier.code.in_(list(codes)), Dossier.applicant_name != ""))
    return {code: name for code, name in rows}
