"""Receiving a dossier's papers: check each file, store the original, record its pages.

A file that fails its checks is reported and recorded as rejected; the others go through.
Each accepted file is stored (atomically, by content) and then recorded with its queued pages
in one catalog transaction, numbered while the dossier is held (archive/dossiers.py), so
intakes into one dossier racing each other all land. Receiving the same file again is a no-op,
even when both arrive at once (the catalog refuses the second; it is then found).

A blob is never deleted here, even when its record could not be written: another intake of
the same bytes may have stored (and be recording) it meanwhile. A blob nothing records is
removed later by `archive.sweep`, once older than its grace period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hoso.archive import BlobStore, Catalog
from hoso.errors import Conflict, InputError
from hoso.ingest.inspect import inspect_file
from hoso.ingest.limits import Limits
from hoso.ingest.names import safe_filename
from hoso.records import DossierInfo, FieldChange

__all__ = ["AcceptedFile", "IntakeReport", "RejectedFile", "Upload", "receive_files"]


@dataclass(frozen=True)
class Upload:
    """A file handed in: where its bytes are now, and the name it was given."""

    path: Path
    filename: str


@dataclass(frozen=True)
class AcceptedFile:
    filename: str
    file_id: str
    sha256: str
    page_ids: tuple[str, ...]
    already_stored: bool


@dataclass(frozen=True)
class RejectedFile:
    filename: str
    reason: str
    error: InputError


@dataclass(frozen=True)
class IntakeReport:
    dossier_code: str
    accepted: tuple[AcceptedFile, ...]
    rejected: tuple[RejectedFile, ...]
    #: particulars of an existing dossier recorded empty and given now (its pages' search
    #: records are then out of date)
    filled: tuple[FieldChange, ...] = ()

    @property
    def page_ids(self) -> tuple[str, ...]:
        return tuple(p for f in self.accepted for p in f.page_ids)


def receive_files(
    info: DossierInfo, uploads: Sequence[Upload], *, store: BlobStore, catalog: Catalog,
    limits: Limits, dpi: int, actor: str,
) -> IntakeReport:
    """Record the dossier, then check, store and record each file in turn."""
    opened = catalog.record_dossier(info, actor=actor)
    accepted, rejected = [], []
    for upload in uploads:
        try:
            accepted.append(receive_file(info.code, upload, store=store, catalog=catalog,
                                         limits=limits, dpi=dpi, actor=actor))
        except InputError as exc:
            catalog.record_event(info.code, "file_rejected", exc.filename,
                                 {"reason": exc.reason}, actor=actor)
            rejected.append(RejectedFile(exc.filename, exc.reason, exc))
    return IntakeReport(info.code, tuple(accepted), tuple(rejected), opened.filled)


def receive_file(
    dossier_code: str, upload: Upload, *, store: BlobStore, catalog: Catalog, limits: Limits,
    dpi: int, actor: str,
) -> AcceptedFile:
    filename = safe_filename(upload.filename)
    source = inspect_file(upload.path, filename, limits, dpi=dpi)
    blob = store.put_file(upload.path)
    known = catalog.find_file(dossier_code, blob.sha256)
    if known is None:
        try:
            file_id, page_ids = catalog.add_file(dossier_code, source, blob, actor=actor)
            return AcceptedFile(filename, file_id, blob.sha256, tuple(page_ids),
                                already_stored=False)
        except Conflict:
            # The same bytes, recorded by an intake running alongside: found now, or a clash
            # of another kind (an unknown dossier), said as it is.
            known = catalog.find_file(dossier_code, blob.sha256)
            if known is None:
                raise
    pages = tuple(p.page_id for p in catalog.file_pages(known))
    return AcceptedFile(filename, known, blob.sha256, pages, already_stored=True)
