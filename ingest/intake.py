"""Receiving a dossier's papers: check each file, store the original, record its pages.

A file that fails its checks is reported and recorded as rejected; the others go through.
Every accepted file is stored (atomically, by content) before anything is recorded, so a
store that fails leaves no row; then each is recorded with its queued pages
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
from hoso.records import BlobRef, DossierInfo, FieldChange, SourceInfo

__all__ = [
    "AcceptedFile",
    "IntakeReport",
    "RejectedFile",
    "StoredFile",
    "Upload",
    "receive_files",
    "record_file",
    "rejection_detail",
    "store_file",
]


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
    """Check and store each file, then record the dossier, the refusals and the files.

    Every original is stored before anything is recorded: a store that fails (a full disk)
    leaves no row behind, not even a new dossier without its files."""
    stored, rejected = [], []
    for upload in uploads:
        try:
            stored.append(store_file(upload, store=store, limits=limits, dpi=dpi))
        except InputError as exc:
            rejected.append(RejectedFile(exc.filename, exc.reason, exc))
    opened = catalog.record_dossier(info, actor=actor)
    for refused in rejected:
        catalog.record_event(info.code, "file_rejected", refused.filename,
                             rejection_detail(refused.error), actor=actor)
    accepted = [record_file(info.code, f, catalog=catalog, actor=actor) for f in stored]
    return IntakeReport(info.code, tuple(accepted), tuple(rejected), opened.filled)


def rejection_detail(error: InputError) -> dict[str, object]:
    """What history keeps of a refusal: the reason in English, and the error's code and
    parameters, from which the web words it in Vietnamese."""
    return {"reason": error.reason, "error": error.code, "params": error.params}


@dataclass(frozen=True)
class StoredFile:
    """A file that passed its checks, its original in the store, not yet recorded."""

    filename: str
    source: SourceInfo
    blob: BlobRef


def store_file(upload: Upload, *, store: BlobStore, limits: Limits, dpi: int) -> StoredFile:
    """Check the file (InputError if unusable) and store its original."""
    filename = safe_filename(upload.filename)
    source = inspect_file(upload.path, filename, limits, dpi=dpi)
    return StoredFile(filename, source, store.put_file(upload.path))


def record_file(dossier_code: str, stored: StoredFile, *, catalog: Catalog, actor: str
                ) -> AcceptedFile:
    """Record the stored file and its queued pages, or find it already recorded."""
    filename, sha256 = stored.filename, stored.blob.sha256
    known = catalog.find_file(dossier_code, sha256)
    if known is None:
        try:
            file_id, page_ids = catalog.add_file(dossier_code, stored.source, stored.blob,
                                                 actor=actor)
            return AcceptedFile(filename, file_id, sha256, tuple(page_ids),
                                already_stored=False)
        except Conflict:
            # The same bytes, recorded by an intake running alongside: found now, or a clash
            # of another kind (an unknown dossier), said as it is.
            known = catalog.find_file(dossier_code, sha256)
            if known is None:
                raise
    pages = tuple(p.page_id for p in catalog.file_pages(known))
    return AcceptedFile(filename, known, sha256, pages, already_stored=True)
