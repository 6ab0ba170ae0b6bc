"""`hoso get`'s export: every name a filesystem takes, nothing outside the folder, and a folder
that appears whole or not at all."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from inputs import write_image

from hoso.archive import Catalog, open_store
from hoso.archive.blobstore import BlobStore
from hoso.archive.export import MAX_EXPORTED_NAME_BYTES, export_dossier, exported_name
from hoso.errors import IntegrityError, InvalidValue
from hoso.ingest.intake import Upload, receive_files
from hoso.ingest.limits import Limits
from hoso.records import DossierInfo

CODE = "000.00.19.H12-241202-0001"
# 254 bytes: Vietnamese letters are 2 or 3 bytes each in UTF-8, so a cut may fall inside one.
LONG_NAME = "giấy khai sinh " * 12 + "x" * (254 - len(("giấy khai sinh " * 12).encode()) - 4)
LONG_NAME += ".png"


@pytest.fixture()
def store(tmp_path: Path) -> BlobStore:
    return open_store(f"file://{tmp_path / 'store'}")


def _take_in(catalog: Catalog, store: BlobStore, folder: Path, names: list[str]) -> None:
    folder.mkdir()
    uploads = []
    for number, name in enumerate(names):
        path = write_image(folder / f"{number}.png", "PNG")
        path.write_bytes(path.read_bytes() + b"\0" * number)  # distinct content, still a PNG
        uploads.append(Upload(path, name))
    report = receive_files(DossierInfo(code=CODE), uploads, store=store, catalog=catalog,
                           limits=Limits(), dpi=300, actor="test")
    assert not report.rejected, report.rejected


def test_a_254_byte_name_taken_in_is_given_back(catalog: Catalog, store: BlobStore,
                                                tmp_path: Path) -> None:
    assert len(LONG_NAME.encode()) == 254
    _take_in(catalog, store, tmp_path / "in", [LONG_NAME, LONG_NAME[:-5] + "y.png"])
    out = tmp_path / "out"
    written = export_dossier(CODE, out, store=store, catalog=catalog)
    names = [Path(f.path).name for f in written]
    assert len(set(names)) == 2
    for name in names:
        assert len(name.encode()) <= MAX_EXPORTED_NAME_BYTES and name.endswith(".png")
        assert name.startswith(("f01-giấy khai sinh", "f02-giấy khai sinh"))
    check = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=out,
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert sorted(p.name for p in out.iterdir()) == ["SHA256SUMS", "originals"]


@pytest.mark.parametrize(("name", "expected"), [
    ("trang1.pdf", "trang1.pdf"),
    ("a/b\\c\x01.pdf", "a_b_c_.pdf"),
    ("ờ" * 100 + ".tiff", "ờ" * 65 + ".tiff"),  # 3 bytes each: 195 + 5
    ("x" * 300, "x" * 200),
    ("x" * 190 + "." + "y" * 40, ("x" * 190 + "." + "y" * 40)[:200]),
])
def test_exported_names_are_bounded_and_keep_the_extension(name: str, expected: str) -> None:
    assert exported_name(name) == expected


def test_a_failure_leaves_no_folder_behind(catalog: Catalog, store: BlobStore,
                                           tmp_path: Path) -> None:
    _take_in(catalog, store, tmp_path / "in", ["a.png", "b.png"])
    second = hashlib.sha256((tmp_path / "in" / "1.png").read_bytes()).hexdigest()
    [blob] = [p for p in (tmp_path / "store").rglob(second) if p.is_file()]
    blob.chmod(0o644)
    blob.write_bytes(b"bit rot")  # the second file no longer matches its SHA-256
    out = tmp_path / "exports" / "hs"
    with pytest.raises(IntegrityError):
        export_dossier(CODE, out, store=store, catalog=catalog)
    assert list((tmp_path / "exports").iterdir()) == []


def test_a_folder_holding_files_is_replaced_only_with_force(catalog: Catalog, store: BlobStore,
                                                            tmp_path: Path) -> None:
    _take_in(catalog, store, tmp_path / "in", ["a.png"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("của tôi")
    with pytest.raises(InvalidValue, match="not empty"):
        export_dossier(CODE, out, store=store, catalog=catalog)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    export_dossier(CODE, out, store=store, catalog=catalog, force=True)
    assert sorted(p.name for p in out.iterdir()) == ["SHA256SUMS", "originals"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no old, no partial


def test_an_empty_folder_is_filled(catalog: Catalog, store: BlobStore, tmp_path: Path) -> None:
    _take_in(catalog, store, tmp_path / "in", ["a.png"])
    out = tmp_path / "out"
    out.mkdir()
    export_dossier(CODE, out, store=store, catalog=catalog)
    assert (out / "originals" / "f01-a.png").exists()
