"""The catalog: dossiers, files, documents, pages, their states and history.

It is the source of truth of the pipeline: a broker may lose messages, the catalog does not,
and `unfinished()` says what to queue again. One implementation serves SQLite (embedded) and
PostgreSQL (production) through SQLAlchemy; the schema is migrated by Alembic on open.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from hoso.archive import views
from hoso.archive.models import Document, DocumentField, Dossier, Event, Page, SourceFile
from hoso.archive.records import (
    AssembledDocument,
    DossierStatus,
    FileStatus,
    PageArtefacts,
    PageStatus,
    PageTask,
)
from hoso.errors import BackendError, NotFound
from hoso.ids import FileId
from hoso.records import BlobRef, DossierInfo, PageState, SourceInfo

__all__ = ["Catalog"]


def _now() -> datetime:
    return datetime.now(UTC)


class Catalog:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: all of it is written, or none of it."""
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise BackendError(f"catalog unavailable: {exc.orig}") from exc

    def close(self) -> None:
        self.engine.dispose()

    # -- intake ---------------------------------------------------------------------------

    def record_dossier(self, info: DossierInfo, *, actor: str) -> None:
        """Create the dossier, or fill in metadata given now that was missing before."""
        with self.session() as s:
            row = s.get(Dossier, info.code)
            if row is None:
                s.add(_new_dossier(info))
                s.add(_event(info.code, actor, "dossier_created", info.code, {}))
                return
            for name in ("procedure", "desk", "operator", "applicant_name", "applicant_id"):
                if getattr(info, name):
                    setattr(row, name, getattr(info, name))
            if info.received_at:
                row.received_at = info.received_at

    def find_file(self, dossier_code: str, sha256: str) -> str | None:
        with self.session() as s:
            return s.scalar(
                select(SourceFile.id).where(
                    SourceFile.dossier_code == dossier_code, SourceFile.sha256 == sha256
                )
            )

    def blob_referenced(self, sha256: str) -> bool:
        """Some dossier's file is stored under this key (so it must not be deleted)."""
        with self.session() as s:
            return s.scalar(select(SourceFile.id).where(SourceFile.sha256 == sha256)
                            .limit(1)) is not None

    def add_file(
        self, dossier_code: str, source: SourceInfo, blob: BlobRef, *, actor: str
    ) -> tuple[str, list[str]]:
        """Record a stored original and its pages, queued, in one transaction."""
        with self.session() as s:
            count = s.scalar(
                select(SourceFile.file_no)
                .where(SourceFile.dossier_code == dossier_code)
                .order_by(SourceFile.file_no.desc())
                .limit(1)
            )
            file_no = (count or 0) + 1
            file_ref = FileId(dossier_code, file_no)
            file_id = str(file_ref)
            s.add(SourceFile(
                id=file_id, dossier_code=dossier_code, file_no=file_no,
                filename=source.filename, media_type=source.media_type, sha256=blob.sha256,
                size=blob.size, page_count=source.page_count, assembled=False,
                assembly_attempts=0,
            ))
            s.flush()
            page_ids = [str(file_ref.page(i + 1)) for i in range(source.page_count)]
            s.add_all(
                Page(id=pid, dossier_code=dossier_code, file_id=file_id, index_in_file=i,
                     state=PageState.QUEUED.value, attempts=0, warnings=[], updated_at=_now())
                for i, pid in enumerate(page_ids)
            )
            s.add(_event(dossier_code, actor, "file_stored", source.filename,
                         {"sha256": blob.sha256, "size": blob.size, "pages": source.page_count}))
        return file_id, page_ids

    def record_event(
        self, dossier_code: str, kind: str, subject: str, detail: dict[str, object],
        *, actor: str = "",
    ) -> None:
        with self.session() as s:
            s.add(_event(dossier_code, actor, kind, subject, detail))

    # -- pages ----------------------------------------------------------------------------

    def page_task(self, page_id: str) -> PageTask:
        with self.session() as s:
            row = s.execute(
                select(Page, SourceFile).join(SourceFile, Page.file_id == SourceFile.id)
                .where(Page.id == page_id)
            ).first()
            if row is None:
                raise NotFound(f"no page {page_id!r} in the catalog")
            page, source = row
            return PageTask(
                page_id=page.id, dossier_code=page.dossier_code, file_id=source.id,
                filename=source.filename, media_type=source.media_type,
                source_sha256=source.sha256, index_in_file=page.index_in_file,
                state=PageState(page.state), attempts=page.attempts,
            )

    def count_attempt(self, page_id: str) -> int:
        with self.session() as s:
            s.execute(update(Page).where(Page.id == page_id)
                      .values(attempts=Page.attempts + 1, updated_at=_now()))
            return int(s.scalar(select(Page.attempts).where(Page.id == page_id)) or 0)

    def finish_page(self, page_id: str, result: PageArtefacts) -> None:
        with self.session() as s:
            s.execute(update(Page).where(Page.id == page_id).values(
                state=PageState.DONE.value, error=None, ocr_sha256=result.ocr_sha256,
                text_sha256=result.text_sha256, pdf_sha256=result.pdf_sha256,
                hocr_sha256=result.hocr_sha256, confidence=result.confidence,
                needs_review=result.needs_review, warnings=[w.to_json() for w in result.warnings],
                updated_at=_now(),
            ))

    def fail_page(self, page_id: str, reason: str) -> None:
        with self.session() as s:
            page = s.get(Page, page_id)
            if page is None or page.state == PageState.DONE.value:
                return
            page.state, page.error, page.updated_at = PageState.FAILED.value, reason, _now()
            s.add(_event(page.dossier_code, "worker", "page_failed", page_id, {"reason": reason}))

    def requeue_failed(self, dossier_code: str, *, actor: str) -> list[str]:
        """Put a dossier's failed pages back in the queue, and let files whose assembly failed
        be assembled again; returns the pages' ids."""
        with self.session() as s:
            ids = list(s.scalars(select(Page.id).where(
                Page.dossier_code == dossier_code, Page.state == PageState.FAILED.value)))
            s.execute(update(Page).where(Page.id.in_(ids)).values(
                state=PageState.QUEUED.value, error=None, attempts=0, updated_at=_now()))
            s.execute(update(SourceFile).where(
                SourceFile.id.in_(select(Page.file_id).where(Page.id.in_(ids)))
            ).values(assembled=False))
            s.execute(update(SourceFile).where(
                SourceFile.dossier_code == dossier_code, SourceFile.assembly_error.is_not(None)
            ).values(assembly_error=None, assembly_attempts=0))
            if ids:
                s.add(_event(dossier_code, actor, "pages_requeued", dossier_code, {"pages": ids}))
        return ids

    # -- documents ------------------------------------------------------------------------

    def file_pages(self, file_id: str) -> list[PageStatus]:
        with self.session() as s:
            rows = s.scalars(select(Page).where(Page.file_id == file_id)
                             .order_by(Page.index_in_file))
            return [views.page_status(p) for p in rows]

    def replace_documents(self, file_id: str, documents: Sequence[AssembledDocument]) -> list[str]:
        """Set a file's documents, replacing any earlier assembly (officers' corrections kept)."""
        with self.session() as s:
            source = s.get(SourceFile, file_id)
            if source is None:
                raise NotFound(f"no file {file_id!r} in the catalog")
            corrected = _corrections_by_doc(s, file_id)
            s.execute(delete(DocumentField).where(DocumentField.document_id.in_(
                select(Document.id).where(Document.file_id == file_id))))
            s.execute(delete(Document).where(Document.file_id == file_id))
            s.execute(update(Page).where(Page.file_id == file_id)
                      .values(document_id=None, page_no=None))
            ids = [_insert_document(s, source, n, doc, corrected)
                   for n, doc in enumerate(documents, start=1)]
        return ids

    def mark_assembled(self, file_id: str) -> None:
        """The file's documents are built and indexed: nothing left to do for it."""
        with self.session() as s:
            source = s.get(SourceFile, file_id)
            if source is None:
                raise NotFound(f"no file {file_id!r} in the catalog")
            source.assembly_error = None
            if not source.assembled:
                source.assembled = True
                s.add(_event(source.dossier_code, "worker", "file_assembled", source.filename,
                             {"file_id": file_id}))

    def count_assembly_attempt(self, file_id: str) -> int:
        with self.session() as s:
            s.execute(update(SourceFile).where(SourceFile.id == file_id)
                      .values(assembly_attempts=SourceFile.assembly_attempts + 1))
            return int(s.scalar(select(SourceFile.assembly_attempts)
                                .where(SourceFile.id == file_id)) or 0)

    def fail_assembly(self, file_id: str, reason: str) -> None:
        """Building the file's documents failed for good: record why, stop retrying."""
        with self.session() as s:
            source = s.get(SourceFile, file_id)
            if source is None or source.assembled:
                return
            source.assembly_error = reason
            s.add(_event(source.dossier_code, "worker", "assembly_failed", source.filename,
                         {"file_id": file_id, "reason": reason}))

    def page_counts(self) -> dict[PageState, int]:
        """How many pages are in each state, over the whole archive (metrics)."""
        with self.session() as s:
            rows = s.execute(select(Page.state, func.count()).group_by(Page.state)).all()
        counts = dict.fromkeys(PageState, 0)
        counts.update({PageState(state): int(n) for state, n in rows})
        return counts

    def pages_queued(self, file_id: str) -> int:
        """How many of the file's pages are still to be read."""
        with self.session() as s:
            return int(s.scalar(select(func.count()).select_from(Page).where(
                Page.file_id == file_id, Page.state == PageState.QUEUED.value)) or 0)

    def file_status(self, file_id: str) -> FileStatus:
        with self.session() as s:
            source = s.get(SourceFile, file_id)
            if source is None:
                raise NotFound(f"no file {file_id!r} in the catalog")
            return views.file_status(s, source)

    # -- reading --------------------------------------------------------------------------

    def dossier(self, code: str) -> DossierInfo:
        with self.session() as s:
            row = s.get(Dossier, code)
            if row is None:
                raise NotFound(f"no dossier {code!r}", hint="check the code on the receipt")
            return views.dossier_info(row)

    def status(self, code: str) -> DossierStatus:
        with self.session() as s:
            row = s.get(Dossier, code)
            if row is None:
                raise NotFound(f"no dossier {code!r}", hint="check the code on the receipt")
            return views.dossier_status(s, row)

    def unfinished(self) -> tuple[list[str], list[str]]:
        """Pages still queued, and files whose pages are all settled but not yet assembled
        (nor failed to assemble)."""
        with self.session() as s:
            queued = list(s.scalars(select(Page.id).where(Page.state == PageState.QUEUED.value)
                                    .order_by(Page.id)))
            pending = select(Page.file_id).where(Page.state == PageState.QUEUED.value)
            files = list(s.scalars(select(SourceFile.id).where(
                SourceFile.assembled.is_(False), SourceFile.assembly_error.is_(None),
                SourceFile.id.not_in(pending),
            ).order_by(SourceFile.id)))
        return queued, files

    def assembled_files(self) -> list[str]:
        """Every file whose documents are built and indexed, in order."""
        with self.session() as s:
            return list(s.scalars(select(SourceFile.id).where(SourceFile.assembled.is_(True))
                                  .order_by(SourceFile.id)))


def _new_dossier(info: DossierInfo) -> Dossier:
    return Dossier(
        code=info.code, procedure=info.procedure, desk=info.desk, operator=info.operator,
        applicant_name=info.applicant_name, applicant_id=info.applicant_id,
        received_at=info.received_at or _now(), created_at=_now(),
    )


def _event(code: str, actor: str, kind: str, subject: str, detail: dict[str, object]) -> Event:
    return Event(dossier_code=code, at=_now(), actor=actor, kind=kind, subject=subject,
                 detail=detail)


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
