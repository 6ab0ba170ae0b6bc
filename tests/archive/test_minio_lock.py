"""Archived originals kept WORM: a MinIO bucket with object lock refuses to delete them."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from hoso.archive import open_store
from hoso.errors import BackendError


def test_an_original_under_retention_cannot_be_deleted(minio_url: str, tmp_path: Path) -> None:
    bucket = f"hoso-lock-{uuid.uuid4().hex[:10]}"
    store = open_store(f"{minio_url.rstrip('/')}/{bucket}?lock=governance&retention_days=1")
    original = tmp_path / "giấy khai sinh.pdf"
    original.write_bytes(b"%PDF-1.4 original scan")
    ref = store.put_file(original)
    derived = store.put_bytes(b"page text, can be made again")
    with pytest.raises(BackendError):
        store.delete(ref.sha256)
    assert store.read_bytes(ref.sha256) == original.read_bytes()
    store.delete(derived.sha256)
    assert not store.exists(derived.sha256)


def test_a_checkpoint_under_retention_cannot_be_removed(minio_url: str) -> None:
    """An intruder with the store's keys cannot take back the checkpoint of a history chain."""
    bucket = f"hoso-lock-{uuid.uuid4().hex[:10]}"
    store = open_store(f"{minio_url.rstrip('/')}/{bucket}?lock=governance&retention_days=1")
    ref = store.put_checkpoint("history:HS-1", b'{"chain":"history:HS-1","length":3}')
    client = store.client  # type: ignore[attr-defined]
    [kept] = client.list_objects(bucket, prefix="checkpoints/", recursive=True)
    stat = client.stat_object(bucket, kept.object_name)
    with pytest.raises(Exception, match="(?i)retention|locked|WORM"):
        client.remove_object(bucket, kept.object_name, version_id=stat.version_id)
    assert [c.sha256 for c in store.checkpoints("history:HS-1")] == [ref.sha256]
