"""The catalog: dossiers, files, documents, pages, their states and history; and accounts.

It is the source of truth of the pipeline: a broker may lose messages, the catalog does not,
and `unfinished()` says what to queue again. One implementation serves SQLite (embedded) and
PostgreSQL (production) through SQLAlchemy; the schema is migrated by Alembic on open.

`Catalog` is the one door to the catalog's tables: nothing outside archive/ opens a session
or touches a model. Each method is one transaction (archive/transactions.py, which also turns
every database error into hoso's); the work behind the door is split by concern:

    this module            the door itself, and intake (files, their pages)
    archive/dossiers.py    dossiers: created once however intakes race, changed on purpose
    archive/pages.py       page states: tasks, attempts, results, failures, what is left
    archive/documents.py   a file's documents, its assembly, officers' type corrections
    archive/rescans.py     the rescan loop: pages replaced, discarded, kept, reordered
    archive/officers.py    officers' field corrections, notes, a document's history, lists
    archive/saved_views.py officers' named searches and document lists, per user
    archive/history.py     a dossier's events: written in one place, read back
    archive/browse.py      reads across dossiers: lists, a citizen's documents, refs, blobs
    archive/views.py       rows turned into the frozen records of archive/records.py
    archive/accounts.py    users, API tokens, web sessions, access log (`catalog.accounts`)
    archive/procedures.py  procedures, components, digitised papers, reuse, figures
                           (`catalog.procedures`)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from hoso.archive import (
    browse,
    disposal,
    documents,
    dossiers,
    officers,
    pages,
    rescans,
    restore,
    saved_views,
    views,
)
from hoso.archive.accounts import AccountStore
from hoso.archive.chain import ChainState
from hoso.archive.history import add_event, check_history, events
from hoso.archive.models import Dossier, Page, SourceFile
from hoso.archive.package_records import PackageEvent
from hoso.archive.procedures import ProcedureStore
from hoso.archive.records import (
    AssembledDocument,
    BlobUse,
    Correction,
    DocumentListQuery,
    DocumentRef,
    DocumentRow,
    DossierOpened,
    DossierStatus,
    DossierSummary,
    EventView,
    FileStatus,
    LookupHit,
    LookupQuery,
    NoteView,
    PageArtefacts,
    PageAttention,
    PageRef,
    PageStatus,
    PageTask,
    RetainedDocument,
)
from hoso.archive.saved_views import SavedView
from hoso.archive.signatures import SignatureStore
from hoso.archive.transactions import Transactions
from hoso.errors import NotFound
from hoso.ids import FileId
from hoso.records import BlobRef, DossierInfo, FieldChange, PageState, SourceInfo

__all__ = ["Catalog"]


def _now() -> datetime:
    return datetime.now(UTC)


class Catalog:
    """The catalog's tables, reached only through these methods: each one transaction whose
    database errors come out as hoso's (archive/transactions.py); records out, never rows."""

    def __init__(self, engine: Engine) -> None:
        self._db = Transactions(engine)
        self.accounts = AccountStore(self._db)
        self.procedures = ProcedureStore(self._db)
        self.signatures = SignatureStore(self._db)

    def close(self) -> None:
        self._db.close()

    # -- intake ---------------------------------------------------------------------------

    def record_dossier(self, info: DossierInfo, *, actor: str, fill_missing: bool = True
                       ) -> DossierOpened:
        """Create the dossier, or check the particulars given against those recorded: others
        raise DossierMismatch, missing ones are filled in unless `fill_missing` is False
        (archive/dossiers.py). Safe when intakes of one new code race."""
        with self._db.begin(f"recording dossier {info.code}") as s:
            created, filled = dossiers.open_dossier(s, info, actor=actor,
                                                    fill_missing=fill_missing)
            return DossierOpened(created, filled)

    def update_dossier(self, info: DossierInfo, *, actor: str) -> tuple[FieldChange, ...]:
        """Change the dossier's particulars given (non-empty), recording old → new in its
        history; returns what changed."""
        with self._db.begin(f"updating dossier {info.code}") as s:
            return dossiers.update_dossier(s, info, actor=actor)

    def find_file(self, dossier_code: str, sha256: str) -> str | None:
        with self._db.begin(f"looking for a file of dossier {dossier_code}") as s:
            return s.scalar(
                select(SourceFile.id).where(
                    SourceFile.dossier_code == dossier_code, SourceFile.sha256 == sha256
                )
            )

    def add_file(
        self, dossier_code: str, source: SourceInfo, blob: BlobRef, *, actor: str
    ) -> tuple[str, list[str]]:
        """Record a stored original and its pages, queued, in one transaction."""
        with self._db.begin(f"recording file {source.filename!r} in dossier {dossier_code}") as s:
            # Held, so that intakes into one dossier number their files one after another.
            dossiers.hold_dossier(s, dossier_code)
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
            add_event(s, dossier_code, "file_stored", source.filename, {
                "sha256": blob.sha256, "size": blob.size, "pages": source.page_count}, actor=actor)
        return file_id, page_ids

    def record_event(
        self, dossier_code: str, kind: str, subject: str, detail: dict[str, object],
        *, actor: str = "",
    ) -> None:
        """Add to the dossier's history (reads, changes, refusals)."""
        with self._db.begin(f"recording {kind!r} in the history of {dossier_code}") as s:
            add_event(s, dossier_code, kind, subject, detail, actor=actor)

    # -- pages ----------------------------------------------------------------------------

    def page_task(self, page_id: str) -> PageTask:
        with self._db.begin(f"reading page {page_id}") as s:
            return pages.page_task(s, page_id)

    def count_attempt(self, page_id: str) -> int:
        with self._db.begin(f"counting an attempt at page {page_id}") as s:
            return pages.count_attempt(s, page_id)

    def finish_page(self, page_id: str, result: PageArtefacts) -> None:
        with self._db.begin(f"recording the result of page {page_id}") as s:
            pages.finish_page(s, page_id, result)

    def fail_page(self, page_id: str, reason: str) -> None:
        with self._db.begin(f"recording the failure of page {page_id}") as s:
            pages.fail_page(s, page_id, reason)

    def requeue_failed(self, dossier_code: str, *, actor: str) -> list[str]:
        """Put a dossier's failed pages back in the queue, and let files whose assembly failed
        be assembled again; returns the pages' ids."""
        with self._db.begin(f"queueing the failed pages of dossier {dossier_code} again") as s:
            return pages.requeue_failed(s, dossier_code, actor=actor)

    def file_pages(self, file_id: str) -> list[PageStatus]:
        with self._db.begin(f"reading the pages of file {file_id}") as s:
            return pages.file_pages(s, file_id)

    def page_counts(self) -> dict[PageState, int]:
        """How many pages are in each state, over the whole archive (metrics)."""
        with self._db.begin("counting pages by state") as s:
            return pages.page_counts(s)

    def pages_queued(self, file_id: str) -> int:
        """How many of the file's pages are still to be read."""
        with self._db.begin(f"counting the queued pages of file {file_id}") as s:
            return pages.pages_queued(s, file_id)

    def unfinished(self, dossier_code: str | None = None) -> tuple[list[str], list[str]]:
        """Pages still queued, and files whose pages are all settled but not yet assembled
        (nor failed to assemble): the whole archive's, or one dossier's."""
        with self._db.begin("looking for unfinished work") as s:
            return pages.unfinished(s, dossier_code)

    # -- the rescan loop (archive/rescans.py) --------------------------------------------

    def replace_page(self, page_id: str, source: SourceInfo, blob: BlobRef, *,
                     actor: str) -> str:
        """Set the page aside for a stored one-page rescan, queued in its place; returns the
        new page's id (the same for the same rescan again). Conflict if set aside already."""
        with self._db.begin(f"replacing page {page_id} with a rescan") as s:
            return rescans.replace_page(s, page_id, source, blob, actor=actor)

    def discard_page(self, page_id: str, *, actor: str) -> bool:
        """Set aside a page scanned by mistake; False if it was already."""
        with self._db.begin(f"discarding page {page_id}") as s:
            return rescans.discard_page(s, page_id, actor=actor)

    def check_page(self, page_id: str, *, actor: str) -> bool:
        """Keep a warned page as it is; False if it was kept already."""
        with self._db.begin(f"keeping page {page_id} as checked") as s:
            return rescans.check_page(s, page_id, actor=actor)

    def reorder_pages(self, file_id: str, order: Sequence[str], *, actor: str) -> bool:
        """Put the file's pages in use in this order; False if it is theirs already."""
        with self._db.begin(f"reordering the pages of file {file_id}") as s:
            return rescans.reorder_pages(s, file_id, order, actor=actor)

    # -- documents ------------------------------------------------------------------------

    def replace_documents(self, file_id: str, assembled: Sequence[AssembledDocument]
                          ) -> list[str]:
        """Set a file's documents, replacing any earlier assembly (officers' corrections kept)."""
        with self._db.begin(f"recording the documents of file {file_id}") as s:
            return documents.replace_documents(s, file_id, assembled)

    def mark_assembled(self, file_id: str) -> None:
        """The file's documents are built and indexed: nothing left to do for it."""
        with self._db.begin(f"marking file {file_id} assembled") as s:
            documents.mark_assembled(s, file_id)

    def count_assembly_attempt(self, file_id: str) -> int:
        with self._db.begin(f"counting an attempt at assembling file {file_id}") as s:
            return documents.count_assembly_attempt(s, file_id)

    def fail_assembly(self, file_id: str, reason: str) -> None:
        """Building the file's documents failed for good: record why, stop retrying."""
        with self._db.begin(f"recording the failed assembly of file {file_id}") as s:
            documents.fail_assembly(s, file_id, reason)

    def correct_type(self, document_id: str, doc_type: str, *, actor: str) -> None:
        """An officer says what the document really is; kept across re-assembly."""
        with self._db.begin(f"correcting the type of document {document_id}") as s:
            documents.correct_type(s, document_id, doc_type, actor=actor)

    def correct_field(self, document_id: str, name: str, value: str, *, actor: str
                      ) -> FieldChange | None:
        """An officer's value for a document's field (kept across re-assembly, written in
        the history); None if it read so already."""
        with self._db.begin(f"correcting field {name!r} of document {document_id}") as s:
            return officers.correct_field(s, document_id, name, value, actor=actor)

    def add_note(self, document_id: str, text: str, *, actor: str) -> NoteView:
        with self._db.begin(f"adding a note to document {document_id}") as s:
            return officers.add_note(s, document_id, text, actor=actor)

    def notes(self, document_id: str) -> list[NoteView]:
        with self._db.begin(f"reading the notes of document {document_id}") as s:
            return officers.notes(s, document_id)

    def document_history(self, document_id: str) -> list[EventView]:
        """The dossier's events about this document and its pages, oldest first."""
        with self._db.begin(f"reading the history of document {document_id}") as s:
            return officers.document_history(s, document_id)

    def pages_to_act_on(self, *, desk: str | None, since: datetime, failed: bool = False,
                        limit: int = 200) -> list[PageAttention]:
        """Pages in use asking for a rescan or a check since `since`, or (`failed`) the
        failed ones: the work-queue page's lists."""
        with self._db.begin("listing pages to act on") as s:
            return officers.pages_to_act_on(s, desk=desk, since=since, failed=failed,
                                            limit=limit)

    def list_documents(self, query: DocumentListQuery) -> tuple[list[DocumentRow], int]:
        """A page of documents across dossiers, filtered and sorted, and the total."""
        with self._db.begin("listing documents") as s:
            return officers.list_documents(s, query)

    def save_view(self, username: str, name: str, page: str, query: str
                  ) -> SavedView:
        """Keep a search or document list under a name for the user (same name: replaced)."""
        with self._db.begin(f"saving view {name!r} of {username}") as s:
            return saved_views.save_view(s, username, name, page, query)

    def saved_views_of(self, username: str) -> list[SavedView]:
        with self._db.begin(f"reading the saved views of {username}") as s:
            return saved_views.views_of(s, username)

    def delete_view(self, username: str, name: str) -> bool:
        with self._db.begin(f"deleting view {name!r} of {username}") as s:
            return saved_views.delete_view(s, username, name)

    def corrections(self) -> list[Correction]:
        """Every corrected document that has a text, in order (training data)."""
        with self._db.begin("reading corrected documents") as s:
            return documents.corrections(s)

    def file_status(self, file_id: str) -> FileStatus:
        with self._db.begin(f"reading file {file_id}") as s:
            source = s.get(SourceFile, file_id)
            if source is None:
                raise NotFound(f"no file {file_id!r} in the catalog")
            return views.file_status(s, source)

    # -- reading --------------------------------------------------------------------------

    def dossier(self, code: str) -> DossierInfo:
        with self._db.begin(f"reading dossier {code}") as s:
            return views.dossier_info(_dossier(s, code))

    def status(self, code: str) -> DossierStatus:
        with self._db.begin(f"reading the status of dossier {code}") as s:
            return views.dossier_status(s, _dossier(s, code))

    def history(self, code: str, *, limit: int = 5000) -> list[EventView]:
        """Everything recorded about a dossier, oldest first."""
        with self._db.begin(f"reading the history of dossier {code}") as s:
            _dossier(s, code)
            return events(s, code, limit=limit)

    def check_history(self, code: str) -> ChainState:
        """The dossier's history chain recomputed from its rows (archive/chain.py)."""
        with self._db.begin(f"checking the history chain of dossier {code}") as s:
            _dossier(s, code)
            return check_history(s, code)

    def dossier_codes(self) -> list[str]:
        """Every dossier's code, in order (`hoso verify --all`)."""
        with self._db.begin("listing dossier codes") as s:
            return list(s.scalars(select(Dossier.code).order_by(Dossier.code)))

    def dossier_blobs(self, code: str) -> list[BlobUse]:
        """Every blob the dossier's records point to (for the integrity check)."""
        with self._db.begin(f"listing the blobs of dossier {code}") as s:
            _dossier(s, code)
            return browse.dossier_blobs(s, code)

    def referenced_blobs(self) -> set[str]:
        """Every blob key the catalog's records point to (what the orphan sweep keeps)."""
        with self._db.begin("listing every blob the catalog refers to") as s:
            return browse.referenced_blobs(s)

    def document_ref(self, document_id: str) -> DocumentRef:
        with self._db.begin(f"reading document {document_id}") as s:
            return browse.document_ref(s, document_id)

    def page_ref(self, page_id: str) -> PageRef:
        with self._db.begin(f"reading page {page_id}") as s:
            return browse.page_ref(s, page_id)

    def assembled_files(self) -> list[str]:
        """Every file whose documents are built and indexed, in order."""
        with self._db.begin("listing assembled files") as s:
            return list(s.scalars(select(SourceFile.id).where(SourceFile.assembled.is_(True))
                                  .order_by(SourceFile.id)))

    # -- across dossiers ------------------------------------------------------------------

    def list_dossiers(self, *, desk: str | None = None, limit: int = 50
                      ) -> list[DossierSummary]:
        """The newest dossiers first, of one desk or of all."""
        with self._db.begin("listing dossiers") as s:
            return browse.list_dossiers(s, desk=desk, limit=limit)

    def applicant_names(self, codes: Iterable[str]) -> dict[str, str]:
        """The applicant's name of each dossier named (those recorded without one left out)."""
        with self._db.begin("reading applicants' names") as s:
            return browse.applicant_names(s, codes)

    def citizen_dossiers(self, id_number: str, *, limit: int = 100) -> list[DossierSummary]:
        """Dossiers whose applicant has this ID, or holding a document that names it."""
        with self._db.begin("looking up a citizen's dossiers") as s:
            return browse.citizen_dossiers(s, id_number, limit=limit)

    # -- archival packages ----------------------------------------------------------------

    def restore_dossier(self, info: DossierInfo, files: Sequence[FileStatus],
                        hocr: Mapping[str, str], events: Sequence[PackageEvent], *,
                        sources: Mapping[str, Mapping[str, object]],
                        imported: dict[str, object], actor: str) -> str:
        """Write a dossier read from an archival package, its history replayed link for link
        (archive/restore.py); returns the replayed chain's head hash. A dossier already
        here (or restored by a racing import) is a Conflict."""
        with self._db.begin(f"restoring dossier {info.code}") as s:
            return restore.restore_dossier(s, info, files, hocr, events, sources=sources,
                                           imported=imported, actor=actor)

    # -- retention --------------------------------------------------------------------------

    def retained_documents(self, dossier: str | None = None) -> list[RetainedDocument]:
        """Every document kept (of one dossier, if given), with its type, the procedure
        component it fills and its dossier's date received."""
        with self._db.begin("listing documents kept") as s:
            return disposal.retained_documents(s, dossier)

    def approve_disposal(self, code: str, detail: dict[str, object], *, auditor: str) -> None:
        """Record an auditor's approval of the dossier's disposal (the caller checks the
        role)."""
        with self._db.begin(f"recording the approval of disposing of {code}") as s:
            disposal.approve_disposal(s, code, detail, auditor=auditor)

    def dispose_dossier(self, code: str, *, actor: str) -> list[str]:
        """Remove the dossier's content records under a standing approval
        (archive/disposal.py); returns the blobs they pointed to."""
        with self._db.begin(f"disposing of dossier {code}") as s:
            return disposal.dispose_dossier(s, code, actor=actor)

    def find_documents(self, query: LookupQuery) -> list[LookupHit]:
        """Documents about a person or with a number, newest dossier first (archive/reuse.py
        checks the question)."""
        with self._db.begin("looking up archived documents") as s:
            return browse.find_documents(s, query)


def _dossier(s: Session, code: str) -> Dossier:
    row = s.get(Dossier, code)
    if row is None:
        raise NotFound(f"no dossier {code!r}", hint="check the code on the receipt")
    return row
