"""The object store interface: bytes addressed by their SHA-256.

Implementations: `LocalBlobStore` (a folder on local disk, the embedded default) and
`MinioBlobStore` (MinIO / S3, production). Every write verifies the hash of what was written;
every read can be verified against the key, so an auditor can prove a blob is unaltered.
"""

from __future__ import annotations

import hashlib
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from hoso.errors import BackendError, IntegrityError, NotFound
from hoso.records import BlobRef

__all__ = ["CHUNK", "BlobStore", "sha256_bytes"]

CHUNK = 1024 * 1024


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore(ABC):
    """Content-addressed storage. Writing the same bytes twice stores them once."""

    @abstractmethod
    def put_file(self, path: Path) -> BlobRef:
        """Store a file's bytes, streamed; returns its key. Never half-written."""

    @abstractmethod
    def put_bytes(self, data: bytes) -> BlobRef:
        """Store small bytes (derived artefacts)."""

    @abstractmethod
    def iter_chunks(self, sha256: str) -> Iterator[bytes]:
        """The stored bytes in chunks; raises NotFound if absent."""

    @abstractmethod
    def exists(self, sha256: str) -> bool: ...

    @abstractmethod
    def delete(self, sha256: str) -> None:
        """Remove a blob (only the orphan sweep, archive/sweep.py, does); absent is fine."""

    def list_blobs(self) -> Iterator[tuple[str, datetime]]:
        """Every blob's key and when it was last written (timezone-aware), for the sweep."""
        raise BackendError(f"{type(self).__name__} cannot list its blobs", retryable=False)

    def written_at(self, sha256: str) -> datetime | None:
        """When the blob was last written, or None if it is absent."""
        raise BackendError(f"{type(self).__name__} cannot date its blobs", retryable=False)

    def read_bytes(self, sha256: str) -> bytes:
        data = b"".join(self.iter_chunks(sha256))
        if sha256_bytes(data) != sha256:
            raise IntegrityError(f"blob {sha256} does not match its SHA-256")
        return data

    def copy_to(self, sha256: str, dest: Path) -> BlobRef:
        """Write a blob to `dest`, checking its SHA-256 on the way; raises IntegrityError."""
        digest, size = hashlib.sha256(), 0
        tmp = dest.with_name(dest.name + ".part")
        try:
            with tmp.open("wb") as out:
                for chunk in self.iter_chunks(sha256):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
            if digest.hexdigest() != sha256:
                raise IntegrityError(f"blob {sha256} does not match its SHA-256",
                                     hint=str(dest))
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        tmp.replace(dest)
        return BlobRef(sha256, size)

    @contextmanager
    def local_path(self, sha256: str, name: str = "") -> Iterator[Path]:
        """A path on local disk holding the blob, for tools that read files (poppler).

        The path's file name is `name` (the original's), so tools' errors name the file.
        """
        with tempfile.TemporaryDirectory(prefix="hoso-") as tmp:
            dest = Path(tmp) / (name or sha256)
            self.copy_to(sha256, dest)
            yield dest

    def verify(self, sha256: str) -> bool:
        """Recompute a stored blob's hash: True if it is present and unaltered."""
        digest = hashlib.sha256()
        try:
            for chunk in self.iter_chunks(sha256):
                digest.update(chunk)
        except NotFound:
            return False
        return digest.hexdigest() == sha256

    def close(self) -> None:
        """Release connections; the local store holds none."""
