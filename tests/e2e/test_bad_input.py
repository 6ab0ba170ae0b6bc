"""Bad files get a clear error naming them; the rest of the dossier goes through untouched."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from hoso_cli import BIRTH_PAGE, CODE, HOSO, REQUEST_PAGE, Hoso, write_scan, write_tiff_scan
from inputs import (
    corrupt_tiff_frame,
    truncated_copy,
    write_blank_pdf,
    write_encrypted_pdf,
    write_png_header_only,
    write_scanned_pdf,
)

from hoso.archive import open_catalog, open_store
from hoso.ingest import sha256_file
from hoso.ingest.intake import Upload, receive_files
from hoso.ingest.limits import Limits
from hoso.records import DossierInfo


@pytest.fixture(scope="module")
def bad_dossier(tmp_path_factory: pytest.TempPathFactory) -> tuple[Hoso, dict[str, Path], str]:
    folder = tmp_path_factory.mktemp("bad")
    good = write_scan(folder / "đơn đề nghị.jpg", REQUEST_PAGE, seed=7)
    files = {
        "good": good,
        "empty": folder / "rỗng.pdf",
        "truncated": truncated_copy(write_scanned_pdf(folder / "full.pdf"), folder / "cut.pdf"),
        "encrypted": write_encrypted_pdf(folder / "mật.pdf", "bí mật"),
        "text": folder / "ghi-chu.pdf",
        "huge": write_png_header_only(folder / "huge.png", 50_000, 50_000),
        "many": write_blank_pdf(folder / "many.pdf", 2_000),
    }
    files["empty"].write_bytes(b"")
    files["text"].write_text("Đây không phải là PDF\n", encoding="utf-8")
    hoso = Hoso(tmp_path_factory.mktemp("home"))
    result = hoso.run("ingest", CODE, *map(str, files.values()))
    return hoso, files, result.stderr + f"\nexit={result.returncode}"


def test_each_bad_file_is_named_with_its_reason(bad_dossier: tuple[Hoso, dict[str, Path], str]
                                                ) -> None:
    _, files, stderr = bad_dossier
    assert stderr.rstrip().endswith("exit=65")
    expected = {"empty": "empty", "truncated": "truncat", "encrypted": "password",
                "text": "text", "huge": "pixels", "many": "pages"}
    lines = stderr.splitlines()
    for key, reason in expected.items():
        line = next((ln for ln in lines if files[key].name in ln), None)
        assert line is not None, f"{files[key].name} not named in:\n{stderr}"
        assert reason in line.lower(), line


def test_the_good_file_is_digitised_and_nothing_else_is_stored(
    bad_dossier: tuple[Hoso, dict[str, Path], str],
) -> None:
    hoso, files, _ = bad_dossier
    status = hoso.json("status", CODE)
    assert [f["filename"] for f in status["status"]["files"]] == [files["good"].name]
    assert status["digitised"] is True
    assert len(status["status"]["rejected"]) == 6
    originals = {f["sha256"] for f in status["status"]["files"]}
    store = open_store(f"file://{hoso.home / 'store'}")
    for key, path in files.items():
        if key != "good" and path.stat().st_size:
            assert not store.exists(sha256_file(path)), f"{path.name} left in the store"
    assert len(originals) == 1


def test_limits_are_configurable(tmp_path: Path) -> None:
    pdf = write_scanned_pdf(tmp_path / "ba trang.pdf", pages=3)
    hoso = Hoso(tmp_path / "home")
    unlimited = hoso.run("ingest", CODE, str(pdf), "--no-wait")
    assert unlimited.returncode == 0, unlimited.stderr
    env = {**os.environ, "HOSO_HOME": str(tmp_path / "home2"), "HOSO_MAX_PAGES": "2"}
    limited = subprocess.run([*HOSO, "ingest", CODE, str(pdf), "--no-wait"], env=env,
                             capture_output=True, text=True, check=False)
    assert limited.returncode == 65
    assert "ba trang.pdf" in limited.stderr and "2" in limited.stderr


def test_a_name_climbing_out_of_its_folder_is_refused(tmp_path: Path) -> None:
    good = write_scan(tmp_path / "a.jpg", REQUEST_PAGE, seed=8)
    store = open_store(f"file://{tmp_path / 'store'}")
    catalog = open_catalog(f"sqlite:///{tmp_path / 'catalog.db'}")
    report = receive_files(
        DossierInfo(CODE), [Upload(good, "../../etc/passwd"), Upload(good, "trang 1.jpg")],
        store=store, catalog=catalog, limits=Limits(), dpi=300, actor="test")
    assert [r.filename for r in report.rejected] == ["../../etc/passwd"]
    assert "../../etc/passwd" in str(report.rejected[0].error)
    assert [a.filename for a in report.accepted] == ["trang 1.jpg"]


def test_a_corrupt_page_fails_alone(tmp_path: Path) -> None:
    tiff = write_tiff_scan(tmp_path / "ba-trang.tiff", [REQUEST_PAGE, BIRTH_PAGE, BIRTH_PAGE],
                           seed=9)
    broken = corrupt_tiff_frame(tiff, tmp_path / "hỏng.tiff", frame=1)
    hoso = Hoso(tmp_path / "home")
    result = hoso.run("ingest", CODE, str(broken), "--json")
    status = json.loads(result.stdout)["status"]
    states = [p["state"] for f in status["files"] for p in f["pages"]]
    assert states == ["done", "failed", "done"], result.stderr
    failed = status["files"][0]["pages"][1]
    assert "hỏng.tiff" in failed["error"] and "page 2" in failed["error"]
    assert status["files"][0]["documents"], "the good pages still make documents"

    # Queued again, it is read again (here, in-process, waited for) and fails again.
    again = hoso.run("requeue", CODE)
    assert again.returncode == 0, again.stderr
    assert "1 pages queued again; 1 failed now" in again.stdout
