"""Giving a dossier back: originals, searchable PDFs and text, byte-identical, with SHA-256."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hoso.archive.blobstore import BlobStore
from hoso.archive.catalog import Catalog
from hoso.archive.records import DossierStatus
from hoso.ids import DocumentId, FileId

__all__ = ["ExportedFile", "export_dossier", "planned_files"]


@dataclass(frozen=True)
class ExportedFile:
    """One file written back: its path relative to the output folder, kind, and SHA-256."""

    path: str
    kind: str  # original | pdf | text
    sha256: str
    size: int


def planned_files(status: DossierStatus) -> list[tuple[str, str, str]]:
    """(relative path, kind, sha256) of everything a dossier gives back."""
    plan = []
    for source in status.files:
        stem = f"{FileId.parse(source.file_id).relative}-{source.filename}"
        plan.append((f"originals/{stem}", "original", source.sha256))
        for doc in source.documents:
            name = DocumentId.parse(doc.document_id).relative.replace("/", "-")
            label = f"{name}-{doc.doc_type}"
            if doc.pdf_sha256:
                plan.append((f"documents/{label}.pdf", "pdf", doc.pdf_sha256))
            if doc.text_sha256:
                plan.append((f"text/{label}.txt", "text", doc.text_sha256))
    return plan


def export_dossier(code: str, out_dir: Path, *, store: BlobStore, catalog: Catalog
                   ) -> list[ExportedFile]:
    """Write the dossier's files under `out_dir`, each checked against its SHA-256 on the way,
    and a SHA256SUMS file that `sha256sum -c` verifies."""
    written = []
    for relative, kind, sha256 in planned_files(catalog.status(code)):
        dest = out_dir / relative
        dest.parent.mkdir(parents=True, exist_ok=True)
        blob = store.copy_to(sha256, dest)
        written.append(ExportedFile(relative, kind, blob.sha256, blob.size))
    sums = "".join(f"{f.sha256}  {f.path}\n" for f in written)
    (out_dir / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return written
