"""A dossier restored from an archival package (`hoso import`), in one transaction.

Functions take the session of a transaction the `Catalog` opened. The dossier's rows are
written as the package recorded them (ids, states, documents, fields), and its history is
replayed event for event with the original times, actors and details, so the chain's links
come out the same: the restored chain ending on the package's head hash is the proof that
the history came through unaltered. One `dossier_imported` event then records the import.

Two imports of one dossier at once: both insert the dossier's row; the second's clash is a
`Conflict` (archive/transactions.py), and nothing of it is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoso.archive.chain import history_chain
from hoso.archive.history import add_event
from hoso.archive.models import ChainHead, Document, DocumentField, Dossier, Page, SourceFile
from hoso.archive.package_records import PackageEvent
from hoso.archive.records import DocumentStatus, FileStatus, PageStatus
from hoso.errors import Conflict
from hoso.ids import FileId
from hoso.records import DossierInfo

__all__ = ["restore_dossier"]


def restore_dossier(s: Session, info: DossierInfo, files: Sequence[FileStatus],
                    hocr: Mapping[str, str], events: Sequence[PackageEvent], *,
                    sources: Mapping[str, Mapping[str, object]],
                    imported: dict[str, object], actor: str) -> str:
    """Write the dossier, its files, pages, documents and history; returns the chain's hash
    after the replayed events (before the import's own event)."""
    if s.get(Dossier, info.code) is not None:
        raise Conflict(f"dossier {info.code!r} is already in the archive",
                       hint="import into an archive that does not hold it")
    s.add(Dossier(code=info.code, procedure=info.procedure, desk=info.desk,
                  operator=info.operator, applicant_name=info.applicant_name,
                  applicant_id=info.applicant_id, received_at=_utc(info.received_at),
                  created_at=_utc(events[0].at if events else None)))
    s.flush()  # the dossier's row first: a racing import clashes here, before anything else
    for source in files:
        _restore_file(s, source, hocr, sources)
    for event in events:
        add_event(s, info.code, event.kind, event.subject, dict(event.detail),
                  actor=event.actor, at=_utc(event.at))
    s.flush()
    replayed = s.scalar(select(ChainHead.hash).where(ChainHead.chain == history_chain(info.code)))
    add_event(s, info.code, "dossier_imported", info.code, imported, actor=actor)
    return str(replayed or "")


def _restore_file(s: Session, source: FileStatus, hocr: Mapping[str, str],
                  sources: Mapping[str, Mapping[str, object]]) -> None:
    file_no = FileId.parse(source.file_id).number
    s.add(SourceFile(
        id=source.file_id, dossier_code=source.dossier_code, file_no=file_no,
        filename=source.filename, media_type=source.media_type, sha256=source.sha256,
        size=source.size, page_count=len(source.pages), assembled=source.assembled,
        assembly_error=source.assembly_error, assembly_attempts=0,
    ))
    s.flush()
    document_of = {pid: (doc.document_id, n) for doc in source.documents
                   for n, pid in enumerate(doc.page_ids, start=1)}
    s.add_all(_page_row(source, page, document_of.get(page.page_id), hocr.get(page.page_id),
                        sources.get(page.page_id, {}))
              for page in source.pages)
    for doc_no, doc in enumerate(source.documents, start=1):
        _restore_document(s, source, doc_no, doc)


def _page_row(source: FileStatus, page: PageStatus, document: tuple[str, int] | None,
              hocr: str | None, picture: Mapping[str, object]) -> Page:
    """The page's row; the rescan loop's columns (revision 0007) as recorded, a rescanned
    page's own original (`picture`: filename, media type, index) with them."""
    index = picture.get("index")
    return Page(
        position=page.position, disposition=page.disposition, replaced_by=page.replaced_by,
        checked_by=page.checked_by, source_sha256=page.source_sha256,
        source_filename=str(picture["filename"]) if picture else None,
        source_media_type=str(picture["media_type"]) if picture else None,
        source_index=int(str(index)) if index is not None else None,
        id=page.page_id, dossier_code=source.dossier_code, file_id=source.file_id,
        index_in_file=page.index_in_file, document_id=document[0] if document else None,
        page_no=document[1] if document else page.page_no, state=page.state.value,
        error=page.error, attempts=0, ocr_sha256=page.ocr_sha256,
        text_sha256=page.text_sha256, pdf_sha256=page.pdf_sha256, hocr_sha256=hocr,
        confidence=page.confidence, needs_review=page.needs_review,
        warnings=[w.to_json() for w in page.warnings], updated_at=datetime.now(UTC),
    )


def _restore_document(s: Session, source: FileStatus, doc_no: int, doc: DocumentStatus) -> None:
    s.add(Document(
        id=doc.document_id, dossier_code=source.dossier_code, file_id=source.file_id,
        doc_no=doc_no, doc_type=doc.doc_type, type_confidence=doc.confidence,
        needs_review=doc.needs_review, corrected_type=doc.doc_type if doc.corrected else None,
        corrected_by="" if doc.corrected else None, pdf_sha256=doc.pdf_sha256,
        text_sha256=doc.text_sha256,
    ))
    s.add_all(
        DocumentField(document_id=doc.document_id, dossier_code=source.dossier_code,
                      name=f.name, value=f.value, page_no=f.page_no,
                      box=list(f.box) if f.box else None, raw=f.raw)
        for f in doc.fields
    )


def _utc(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.now(UTC)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
