"""The object store interface: bytes addressed by their SHA-256.

Implementations: `LocalBlobStore` (a folder on local disk, the embedded default) and
`MinioBlobStore` (MinIO / S3, production). Every write verifies the hash of what was written;
every read can be verified against the key, so an auditor can prove a blob is unaltered.

Checkpoints are kept apart from the blobs: small JSON objects naming the last link of one of
the catalog's hash chains (api/integrity.py), under `checkpoints/<SHA-256 of the chain's
name>/<SHA-256 of the object>`, content-addressed so that writing the same head twice stores
it once; MinIO keeps them under the same object lock as the originals.
"""

from __future__ import annotations

import hashlib
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hoso.errors import BackendError, IntegrityError, NotFound
from hoso.records import BlobRef

__all__ = ["CHUNK", "BlobStore", "StoredCheckpoint", "sha256_bytes"]

CHUNK = 1024 * 1024


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def checkpoint_folder(chain: str) -> str:
    """The folder of a chain's checkpoints: a hash, whatever characters the chain's name has."""
    return sha256_bytes(chain.encode())


@dataclass(frozen=True)
class StoredCheckpoint:
    """One checkpoint object as stored: the key it is under and its bytes (which should hash
    to it)."""

    sha256: str
    data: bytes


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

    def retain(self, sha256: str, until: datetime | None) -> bool:
        """Keep the blob from deletion until `until` (None: for good) where the store can
        enforce it (object lock); True if it does. A retention is only ever extended. The
        default store cannot: the catalog's retention rules (archive/retention.py) and the
        auditor's approval of disposal are then the only guard."""
        return False

    def list_blobs(self) -> Iterator[tuple[str, datetime]]:
        """Every blob's key and when it was last written (timezone-aware), for the sweep."""
        raise BackendError(f"{type(self).__name__} cannot list its blobs", retryable=False)

    def written_at(self, sha256: str) -> datetime | None:
        """When the blob was last written, or None if it is absent."""
        raise BackendError(f"{type(self).__name__} cannot date its blobs", retryable=False)

    @abstractmethod
    def put_checkpoint(self, chain: str, data: bytes) -> BlobRef:
        """Keep a checkpoint of `chain` (see the module's docstring); the same bytes once."""

    @abstractmethod
    def checkpoints(self, chain: str) -> list[StoredCheckpoint]:
        """Every checkpoint kept of `chain`, in no particular order."""

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
                raise IntegrityError(f"blob {sha256} does not match its SHA-256: "
                                     f"found {digest.hexdigest()}", hint=str(dest))
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
        return self.digest(sha256) == sha256

    def digest(self, sha256: str) -> str | None:
        """The SHA-256 of what is stored under the key now, or None if nothing is."""
        digest = hashlib.sha256()
        try:
            for chunk in self.iter_chunks(sha256):
                digest.update(chunk)
        except NotFound:
            return None
        return digest.hexdigest()

    def close(self) -> None:
        """Release connections; the local store holds none."""
