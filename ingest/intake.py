"""Receiving a dossier's papers: check each file, store the original, record its pages.

A file that fails its checks is reported and recorded as rejected; the others go through.
Each accepted file is stored (atomically, by content) and then recorded with its queued pages
in one catalog transaction; if that transaction fails, a blob stored just for it is removed,
so nothing half-written is left. Receiving the same file again is a no-op.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hoso.archive import BlobStore, Catalog
from hoso.errors import InputError
from hoso.ingest.inspect import inspect_file
from hoso.ingest.limits import Limits
from hoso.ingest.names import safe_filename
from hoso.records import DossierInfo

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

    @property
    def page_ids(self) -> tuple[str, ...]:
        return tuple(p for f in self.accepted for p in f.page_ids)


def receive_files(
    info: DossierInfo, uploads: Sequence[Upload], *, store: BlobStore, catalog: Catalog,
    limits: Limits, dpi: int, actor: str,
) -> IntakeReport:
    """Record the dossier, then check, store and record each file in turn."""
    catalog.record_dossier(info, actor=actor)
    accepted, rejected = [], []
    for upload in uploads:
        try:
            accepted.append(receive_file(info.code, upload, store=store, catalog=catalog,
                                         limits=limits, dpi=dpi, actor=actor))
        except InputError as exc:
            catalog.record_event(info.code, "file_rejected", exc.filename,
                                 {"reason": exc.reason}, actor=actor)
            rejected.append(RejectedFile(exc.filename, exc.reason, exc))
    return IntakeReport(info.code, tuple(accepted), tuple(rejected))


def receive_file(
    dossier_code: str, upload: Upload, *, store: BlobStore, catalog: Catalog, limits: Limits,
    dpi: int, actor: str,
) -> AcceptedFile:
    filename = safe_filename(upload.filename)
    source = inspect_file(upload.path, filename, limits, dpi=dpi)
    blob = store.put_file(upload.path)
    known = catalog.find_file(dossier_code, blob.sha256)
    if known is not None:
        pages = tuple(p.page_id for p in catalog.file_pages(known))
        return AcceptedFile(filename, known, blob.sha256, pages, already_stored=True)
    existed = catalog.blob_referenced(blob.sha256)
    try:
        file_id, page_ids = catalog.add_file(dossier_code, source, blob, actor=actor)
    except BaseException:
        if not existed:
            store.delete(blob.sha256)
        raise
    return AcceptedFile(filename, file_id, blob.sha256, tuple(page_ids), already_stored=False)
