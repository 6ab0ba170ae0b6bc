"""The archive: originals and artefacts in a content-addressed blob store, and the catalog."""

from __future__ import annotations

from pathlib import Path

from hoso.archive.blobstore import BlobStore
from hoso.archive.catalog import Catalog
from hoso.archive.database import open_catalog
from hoso.errors import ConfigError

__all__ = ["BlobStore", "Catalog", "open_catalog", "open_store"]


def open_store(url: str) -> BlobStore:
    """The blob store at `url`: file:///path (embedded) or s3:// / http(s):// (MinIO)."""
    if url.startswith("file://"):
        from hoso.archive.local_store import LocalBlobStore

        return LocalBlobStore(Path(url.removeprefix("file://")))
    if url.startswith(("s3://", "http://", "https://")):
        from hoso.archive.minio_store import MinioBlobStore  # type: ignore[import-not-found]

        return MinioBlobStore.from_url(url)
    raise ConfigError(f"store URL {url!r} is not file://, s3:// or http(s)://")
