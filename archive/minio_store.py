"""The production object store: MinIO (or any S3) through the `minio` client.

Bucket layout (one bucket, named in the URL):

    originals/ab/<sha256>     the files handed in, unchanged; WORM under object lock
    derived/ab/<sha256>       page text, word boxes (JSON), hOCR, searchable PDFs
    checkpoints/<SHA-256 of the chain's name>/<sha256>  the heads of the catalog's hash chains; WORM under object lock

URL: `http://KEY:SECRET@host:9000/bucket` (https:// or s3:// for TLS), with optional query
`?lock=governance|compliance&retention_days=N&legal_hold=1`: the bucket is then created with
object lock and every original is stored with that retention, so it cannot be deleted or
overwritten before its time. Each object carries its SHA-256 in its metadata, checked against
the key after every write; reads are checked by `BlobStore.copy_to` / `read_bytes`.
Large files are streamed in multipart uploads, never read whole into memory.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from hoso.archive.blobstore import CHUNK, BlobStore, StoredCheckpoint, checkpoint_folder
from hoso.errors import BackendError, ConfigError, IntegrityError, MissingExtra, NotFound
from hoso.records import BlobRef

__all__ = ["MinioBlobStore", "MinioLocation"]

PART_SIZE = 16 * 1024 * 1024
_KINDS = ("originals", "derived")


@dataclass(frozen=True)
class MinioLocation:
    endpoint: str
    access_key: str
    secret_key: str
    bucket: str
    secure: bool
    lock_mode: str | None = None
    retention_days: int = 0
    legal_hold: bool = False

    @classmethod
    def from_url(cls, url: str) -> MinioLocation:
        parts = urlsplit(url)
        bucket = parts.path.strip("/")
        if not parts.hostname or not bucket or "/" in bucket:
            raise ConfigError(f"store URL {url!r} must be scheme://key:secret@host:port/bucket")
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        lock = query.get("lock", "").upper() or None
        if lock not in (None, "GOVERNANCE", "COMPLIANCE"):
            raise ConfigError(f"store URL lock={lock!r}: use governance or compliance")
        port = parts.port or (80 if parts.scheme == "http" else 443)
        return cls(
            endpoint=f"{parts.hostname}:{port}", access_key=unquote(parts.username or ""),
            secret_key=unquote(parts.password or ""), bucket=bucket,
            secure=parts.scheme in ("https", "s3"), lock_mode=lock,
            retention_days=int(query.get("retention_days", "0") or 0),
            legal_hold=query.get("legal_hold") in ("1", "true"),
        )


def _key(kind: str, sha256: str) -> str:
    return f"{kind}/{sha256[:2]}/{sha256}"


class MinioBlobStore(BlobStore):
    def __init__(self, location: MinioLocation) -> None:
        try:
            from minio import Minio
            from minio.error import S3Error
        except ImportError:
            raise MissingExtra("minio", "the MinIO object store") from None
        self.location = location
        self._s3_error = S3Error
        self.client = Minio(location.endpoint, access_key=location.access_key,
                            secret_key=location.secret_key, secure=location.secure)
        self._call(self._ensure_bucket)

    @classmethod
    def from_url(cls, url: str) -> MinioBlobStore:
        return cls(MinioLocation.from_url(url))

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a client call; the server's failures become BackendError (retryable)."""
        try:
            return fn(*args, **kwargs)
        except (OSError, self._s3_error) as exc:
            if getattr(exc, "code", "") in ("NoSuchKey", "NoSuchObject"):
                raise
            raise BackendError(f"MinIO at {self.location.endpoint}: {exc}") from exc

    def _ensure_bucket(self) -> None:
        if not self.client.bucket_exists(self.location.bucket):
            self.client.make_bucket(self.location.bucket,
                                    object_lock=self.location.lock_mode is not None)

    def _retention(self) -> dict[str, Any]:
        if not self.location.lock_mode or not self.location.retention_days:
            return {"legal_hold": self.location.legal_hold}
        from minio.retention import Retention

        until = datetime.now(UTC) + timedelta(days=self.location.retention_days)
        return {"retention": Retention(self.location.lock_mode, until),
                "legal_hold": self.location.legal_hold}

    def put_file(self, path: Path) -> BlobRef:
        digest, size = hashlib.sha256(), 0
        with path.open("rb") as src:
            for chunk in iter(lambda: src.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
        ref = BlobRef(digest.hexdigest(), size)
        if not self._find(ref.sha256):
            with path.open("rb") as src:
                self._upload("originals", ref, src, **self._retention())
        return ref

    def put_bytes(self, data: bytes) -> BlobRef:
        ref = BlobRef(hashlib.sha256(data).hexdigest(), len(data))
        if not self._find(ref.sha256):
            self._upload("derived", ref, io.BytesIO(data))
        return ref

    def put_checkpoint(self, chain: str, data: bytes) -> BlobRef:
        ref = BlobRef(hashlib.sha256(data).hexdigest(), len(data))
        key = f"checkpoints/{checkpoint_folder(chain)}/{ref.sha256}"
        try:
            self._call(self.client.stat_object, self.location.bucket, key)
        except self._s3_error:
            self._upload_key(key, ref, io.BytesIO(data), **self._retention())
        return ref

    def checkpoints(self, chain: str) -> list[StoredCheckpoint]:
        prefix = f"checkpoints/{checkpoint_folder(chain)}/"
        found = self._call(lambda: list(self.client.list_objects(
            self.location.bucket, prefix=prefix, recursive=True)))
        return [StoredCheckpoint(o.object_name.rsplit("/", 1)[-1], self._get(o.object_name))
                for o in found]

    def _get(self, key: str) -> bytes:
        response = self._call(self.client.get_object, self.location.bucket, key)
        try:
            return bytes(response.read())
        finally:
            response.close()
            response.release_conn()

    def _upload(self, kind: str, ref: BlobRef, data: Any, **lock: Any) -> None:
        self._upload_key(_key(kind, ref.sha256), ref, data, **lock)

    def _upload_key(self, key: str, ref: BlobRef, data: Any, **lock: Any) -> None:
        self._call(self.client.put_object, self.location.bucket, key, data, ref.size,
                   metadata={"sha256": ref.sha256}, part_size=PART_SIZE, **lock)
        stat = self._call(self.client.stat_object, self.location.bucket, key)
        stored = (stat.metadata or {}).get("x-amz-meta-sha256")
        if stat.size != ref.size or stored != ref.sha256:
            raise IntegrityError(f"MinIO object {key} does not match what was written")

    def _find(self, sha256: str) -> str | None:
        """The object's key, or None."""
        for kind in _KINDS:
            key = _key(kind, sha256)
            try:
                self._call(self.client.stat_object, self.location.bucket, key)
                return key
            except self._s3_error:
                continue
        return None

    def iter_chunks(self, sha256: str) -> Iterator[bytes]:
        key = self._find(sha256)
        if key is None:
            raise NotFound(f"no blob {sha256} in bucket {self.location.bucket}")
        response = self._call(self.client.get_object, self.location.bucket, key)
        try:
            yield from response.stream(CHUNK)
        finally:
            response.close()
            response.release_conn()

    def exists(self, sha256: str) -> bool:
        return self._find(sha256) is not None

    def list_blobs(self) -> Iterator[tuple[str, datetime]]:
        for kind in _KINDS:
            found = self._call(self.client.list_objects, self.location.bucket,
                               prefix=f"{kind}/", recursive=True)
            for obj in found:
                yield obj.object_name.rsplit("/", 1)[-1], obj.last_modified

    def written_at(self, sha256: str) -> datetime | None:
        key = self._find(sha256)
        if key is None:
            return None
        stat = self._call(self.client.stat_object, self.location.bucket, key)
        written: datetime = stat.last_modified
        return written

    def retain(self, sha256: str, until: datetime | None) -> bool:
        """Object-lock retention on the blob's version until `until` (a retention already
        longer is kept: MinIO refuses to shorten it); None is kept for good: a legal hold.
        Only in a bucket made with object lock (`?lock=` in the store URL)."""
        key = self._find(sha256)
        if key is None or not self.location.lock_mode:
            return False
        stat = self._call(self.client.stat_object, self.location.bucket, key)
        if until is None:
            self._call(self.client.enable_object_legal_hold, self.location.bucket, key,
                       version_id=stat.version_id)
            return True
        from minio.retention import Retention

        current = self._call(self.client.get_object_retention, self.location.bucket, key,
                             version_id=stat.version_id)
        if current is not None and current.retain_until_date and \
                current.retain_until_date >= until:
            return True
        self._call(self.client.set_object_retention, self.location.bucket, key,
                   Retention(self.location.lock_mode, until), version_id=stat.version_id)
        return True

    def delete(self, sha256: str) -> None:
        """Remove the blob's stored version itself (not just hide it behind a delete marker);
        under object lock MinIO refuses that until the retention ends: BackendError."""
        key = self._find(sha256)
        if key is None:
            return
        stat = self._call(self.client.stat_object, self.location.bucket, key)
        self._call(self.client.remove_object, self.location.bucket, key,
                   version_id=stat.version_id)
