"""The object store contract: what every implementation must do for the archive."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from hoso.archive import BlobStore
from hoso.errors import NotFound


def test_stored_bytes_come_back_identical_under_their_sha256(store: BlobStore,
                                                            tmp_path: Path) -> None:
    original = tmp_path / "scan.pdf"
    original.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 5000)  # over one chunk
    ref = store.put_file(original)
    assert ref.sha256 == hashlib.sha256(original.read_bytes()).hexdigest()
    assert ref.size == original.stat().st_size
    copy = tmp_path / "back.pdf"
    store.copy_to(ref.sha256, copy)
    assert copy.read_bytes() == original.read_bytes()
    assert store.read_bytes(ref.sha256) == original.read_bytes()


def test_same_bytes_twice_is_one_blob(store: BlobStore) -> None:
    first, second = store.put_bytes(b"Giay khai sinh"), store.put_bytes(b"Giay khai sinh")
    assert first == second
    assert store.exists(first.sha256)
    assert store.verify(first.sha256)


def test_missing_blob_is_not_found(store: BlobStore, tmp_path: Path) -> None:
    absent = hashlib.sha256(b"never stored").hexdigest()
    assert not store.exists(absent)
    assert not store.verify(absent)
    with pytest.raises(NotFound):
        store.read_bytes(absent)
    with pytest.raises(NotFound):
        store.copy_to(absent, tmp_path / "x")
    assert not (tmp_path / "x").exists() and not (tmp_path / "x.part").exists()


def test_local_path_is_named_like_the_original(store: BlobStore) -> None:
    ref = store.put_bytes(b"abc")
    with store.local_path(ref.sha256, name="Tờ khai.pdf") as path:
        assert path.name == "Tờ khai.pdf"
        assert path.read_bytes() == b"abc"


def test_delete_removes_only_that_blob(store: BlobStore) -> None:
    keep, drop = store.put_bytes(b"keep"), store.put_bytes(b"drop")
    store.delete(drop.sha256)
    store.delete(drop.sha256)  # absent is fine
    assert not store.exists(drop.sha256)
    assert store.read_bytes(keep.sha256) == b"keep"
