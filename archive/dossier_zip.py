"""A dossier as one ZIP, streamed: its originals (files handed in, and rescans) and its
documents' searchable PDFs, with a SHA256SUMS list, for an officer to download.

The archive is read blob by blob and written as it is read: nothing is held whole in memory
or on disk, whatever the dossier's size. Each blob's SHA-256 is checked as it streams; one
that does not match stops the download with an IntegrityError (the client sees a cut
transfer, never a complete ZIP holding altered bytes), and SHA256SUMS lets whoever receives
the ZIP check it later. Scans and PDFs are compressed already: entries are stored as they are.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from hoso.archive.blobstore import BlobStore
from hoso.archive.records import DossierStatus
from hoso.errors import IntegrityError

__all__ = ["ZipEntry", "stream_zip", "zip_entries"]


@dataclass(frozen=True)
class ZipEntry:
    """One file of the ZIP: its path inside, and the blob it holds."""

    name: str
    sha256: str


def zip_entries(status: DossierStatus) -> list[ZipEntry]:
    """What a dossier's ZIP holds: originals, rescans (pages replaced included), PDFs."""
    entries = []
    for f in status.files:
        number = f.file_id.rsplit("/", 1)[-1]
        entries.append(ZipEntry(f"ban-goc/{number}-{f.filename}", f.sha256))
        for page in (*f.pages, *f.set_aside):
            if page.source_sha256:
                relative = "-".join(page.page_id.rsplit("/", 2)[-2:])
                entries.append(ZipEntry(f"ban-goc/quet-lai/{relative}", page.source_sha256))
        for doc in f.documents:
            if doc.pdf_sha256:
                relative = "-".join(doc.document_id.rsplit("/", 2)[-2:])
                entries.append(ZipEntry(f"pdf/{relative}-{doc.doc_type}.pdf", doc.pdf_sha256))
    return entries


class _Buffer(io.RawIOBase):
    """Where zipfile writes: the bytes are taken out as soon as they are written."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._chunks.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        out = b"".join(self._chunks)
        self._chunks.clear()
        return out


def stream_zip(entries: list[ZipEntry], store: BlobStore) -> Iterator[bytes]:
    """The ZIP's bytes, chunk by chunk (IntegrityError, mid-stream, for an altered blob)."""
    buffer = _Buffer()
    sums = []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for entry in entries:
            digest = hashlib.sha256()
            with archive.open(entry.name, "w", force_zip64=True) as out:
                for chunk in store.iter_chunks(entry.sha256):
                    digest.update(chunk)
                    out.write(chunk)
                    yield buffer.take()
            if digest.hexdigest() != entry.sha256:
                raise IntegrityError(f"blob {entry.sha256} ({entry.name}) does not match "
                                     f"its SHA-256")
            sums.append(f"{entry.sha256}  {entry.name}\n")
        archive.writestr("SHA256SUMS", "".join(sums))
    yield buffer.take()
