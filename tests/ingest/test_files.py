"""collect_files and sha256_file: the folder form of `hoso ingest CODE FOLDER`."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from hoso.errors import NotFound
from hoso.ingest import collect_files, sha256_file


def _touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(name.encode())


def test_folder_is_listed_in_natural_order_without_hidden_files(tmp_path: Path) -> None:
    _touch(tmp_path, *(f"page{n}.jpg" for n in (10, 2, 1, 11, 3)))
    _touch(tmp_path, ".DS_Store", "Thumbs.db", ".hidden/page0.jpg", "phụ lục/Trang 2.png")
    _touch(tmp_path, "phụ lục/trang 10.png", "Page12.jpg")
    names = [p.relative_to(tmp_path).as_posix() for p in collect_files([tmp_path])]
    assert names == [
        "page1.jpg",
        "page2.jpg",
        "page3.jpg",
        "page10.jpg",
        "page11.jpg",
        "Page12.jpg",
        "phụ lục/Trang 2.png",
        "phụ lục/trang 10.png",
    ]


def test_files_and_folders_keep_the_order_given_and_count_once(tmp_path: Path) -> None:
    _touch(tmp_path, "b/page2.pdf", "b/page1.pdf", "a.pdf", ".explicit.pdf")
    given = [
        tmp_path / "a.pdf",
        tmp_path / "b",
        tmp_path / "b/page1.pdf",
        tmp_path / ".explicit.pdf",
    ]
    assert collect_files(given) == [
        tmp_path / "a.pdf",
        tmp_path / "b/page1.pdf",
        tmp_path / "b/page2.pdf",
        tmp_path / ".explicit.pdf",
    ]


def test_missing_path_and_empty_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="không có"):
        collect_files([tmp_path / "không có"])
    (tmp_path / "rỗng").mkdir()
    _touch(tmp_path, "rỗng/.DS_Store")
    with pytest.raises(NotFound, match="rỗng: the folder holds no files"):
        collect_files([tmp_path / "rỗng"])


def test_sha256_streams_the_file(tmp_path: Path) -> None:
    data = bytes(range(256)) * 20_000  # several chunks
    (tmp_path / "blob").write_bytes(data)
    assert sha256_file(tmp_path / "blob") == hashlib.sha256(data).hexdigest()
    assert sha256_file(tmp_path / "blob", chunk_size=1000) == hashlib.sha256(data).hexdigest()
