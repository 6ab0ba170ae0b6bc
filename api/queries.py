"""Catalog reads and one change the API needs that `archive.Catalog` does not offer.

They use the catalog's models and its session (one transaction each), so they run on SQLite
and PostgreSQL alike. Kept here, at the edge, rather than widening the catalog's interface.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, case, func, or_, select

from hoso.archive import Catalog
from hoso.archive.models import Document, DocumentField, Dossier, Event, Page, SourceFile
from hoso.archive.records import EventView
from hoso.archive.views import event_view
from hoso.errors import NotFound
from hoso.records import PageState

__all__ = [
    "DocumentRef",
    "DossierSummary",
    "PageRef",
    "citizen_dossiers",
    "document_ref",
    "dossier_blobs",
    "history",
    "list_dossiers",
    "page_ref",
]


@dataclass(frozen=True)
class DossierSummary:
    code: str
    procedure: str
    desk: str
    applicant_name: str
    applicant_id: str
    received_at: datetime | None
    pages: int
    pages_done: int
    pages_failed: int


@dataclass(frozen=True)
class DocumentRef:
    document_id: str
    dossier_code: str
    file_id: str
    doc_type: str
    pdf_sha256: str | None
    text_sha256: str | None


@dataclass(frozen=True)
class PageRef:
    page_id: str
    dossier_code: str
    file_id: str
    document_id: str | None
    page_no: int | None
    state: PageState
    pdf_sha256: str | None
    text_sha256: str | None
    ocr_sha256: str | None


def _summaries(catalog: Catalog, where: Sequence[ColumnElement[bool]], limit: int
               ) -> list[DossierSummary]:
    done = func.sum(case((Page.state == PageState.DONE.value, 1), else_=0))
    failed = func.sum(case((Page.state == PageState.FAILED.value, 1), else_=0))
    query = (select(Dossier, func.count(Page.id), done, failed)
             .outerjoin(Page, Page.dossier_code == Dossier.code).where(*where)
             .group_by(Dossier.code).order_by(Dossier.created_at.desc(), Dossier.code)
             .limit(limit))
    with catalog.session() as s:
        return [DossierSummary(d.code, d.procedure, d.desk, d.applicant_name, d.applicant_id,
                               d.received_at, n, int(ok or 0), int(bad or 0))
                for d, n, ok, bad in s.execute(query)]


def list_dossiers(catalog: Catalog, *, desk: str | None = None, limit: int = 50
                  ) -> list[DossierSummary]:
    """The newest dossiers first, of one desk or of all."""
    return _summaries(catalog, [Dossier.desk == desk] if desk is not None else [], limit)


def citizen_dossiers(catalog: Catalog, id_number: str, *, limit: int = 100
                     ) -> list[DossierSummary]:
    """Dossiers whose applicant has this ID, or holding a document that names it."""
    named = select(DocumentField.dossier_code).where(
        DocumentField.name.like("id_number%"), DocumentField.value == id_number)
    where = [or_(Dossier.applicant_id == id_number, Dossier.code.in_(named))]
    return _summaries(catalog, where, limit)


def document_ref(catalog: Catalog, document_id: str) -> DocumentRef:
    with catalog.session() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise NotFound(f"no document {document_id!r}")
        return DocumentRef(doc.id, doc.dossier_code, doc.file_id,
                           doc.corrected_type or doc.doc_type, doc.pdf_sha256, doc.text_sha256)


def page_ref(catalog: Catalog, page_id: str) -> PageRef:
    with catalog.session() as s:
        page = s.get(Page, page_id)
        if page is None:
            raise NotFound(f"no page {page_id!r}")
        return PageRef(page.id, page.dossier_code, page.file_id, page.document_id,
                       page.page_no, PageState(page.state), page.pdf_sha256,
                       page.text_sha256, page.ocr_sha256)


def history(catalog: Catalog, code: str, *, limit: int = 5000) -> list[EventView]:
    """Everything recorded about a dossier, oldest first."""
    with catalog.session() as s:
        if s.get(Dossier, code) is None:
            raise NotFound(f"no dossier {code!r}", hint="check the code on the receipt")
        rows = s.scalars(select(Event).where(Event.dossier_code == code)
                         .order_by(Event.id).limit(limit))
        return [event_view(e) for e in rows]


def dossier_blobs(catalog: Catalog, code: str) -> list[tuple[str, str, str]]:
    """(kind, what, sha256) of every blob the dossier's records point to."""
    with catalog.session() as s:
        if s.get(Dossier, code) is None:
            raise NotFound(f"no dossier {code!r}")
        blobs = [("original", f.filename, f.sha256) for f in s.scalars(
            select(SourceFile).where(SourceFile.dossier_code == code)
            .order_by(SourceFile.file_no))]
        for page in s.scalars(select(Page).where(Page.dossier_code == code).order_by(Page.id)):
            blobs += [(kind, page.id, sha) for kind, sha in (
                ("page_ocr", page.ocr_sha256), ("page_text", page.text_sha256),
                ("page_pdf", page.pdf_sha256), ("page_hocr", page.hocr_sha256)) if sha]
        for doc in s.scalars(select(Document).where(Document.dossier_code == code)
                             .order_by(Document.id)):
            blobs += [(kind, doc.id, sha) for kind, sha in (
                ("document_pdf", doc.pdf_sha256), ("document_text", doc.text_sha256)) if sha]
        return blobs
