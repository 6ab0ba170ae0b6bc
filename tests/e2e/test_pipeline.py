"""A dossier goes in through `hoso ingest` and comes out digitised, searchable and intact."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from hoso_cli import CODE, Hoso


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, scans: dict[str, Path]) -> Hoso:
    hoso = Hoso(tmp_path_factory.mktemp("home"))
    result = hoso.run("ingest", CODE, str(scans["birth"]), str(scans["request"]),
                      "--procedure", "1.004227", "--desk", "UBND phường Bến Nghé",
                      "--applicant-id", "001186012345")
    assert result.returncode == 0, result.stdout + result.stderr
    return hoso


def _pages(status: dict) -> list[dict]:
    return [p for f in status["status"]["files"] for p in f["pages"]]


def test_every_page_is_digitised_and_typed(archive: Hoso) -> None:
    status = archive.json("status", CODE)
    assert status["digitised"] is True
    assert [p["state"] for p in _pages(status)] == ["done", "done"]
    documents = [d for f in status["status"]["files"] for d in f["documents"]]
    assert len(documents) == 2
    assert all(d["doc_type"] for d in documents)


def test_search_without_tone_marks_finds_the_page(archive: Hoso) -> None:
    found = archive.json("search", "hong nhung")
    assert found["total"] >= 1
    dossier = found["dossiers"][0]
    assert dossier["dossier_code"] == CODE
    page = dossier["documents"][0]["pages"][0]
    assert page["page_no"] == 1
    assert "<mark>" in page["snippet"] and "NHUNG" in page["snippet"].upper()


def test_filters_narrow_the_search(archive: Hoso) -> None:
    assert archive.json("search", "khai sinh", "--procedure", "1.004227")["total"] >= 1
    assert archive.json("search", "khai sinh", "--procedure", "2.000000")["total"] == 0


def test_get_gives_back_the_originals_byte_identical(archive: Hoso, scans: dict[str, Path],
                                                     tmp_path: Path) -> None:
    out = tmp_path / "out"
    listing = archive.json("get", CODE, "--out", str(out))
    originals = {Path(f["path"]).name.split("-", 1)[1]: out / f["path"]
                 for f in listing["files"] if f["kind"] == "original"}
    for scan in scans.values():
        assert originals[scan.name].read_bytes() == scan.read_bytes()
    assert {f["kind"] for f in listing["files"]} == {"original", "pdf", "text"}
    check = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=out,
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    for f in listing["files"]:
        assert hashlib.sha256((out / f["path"]).read_bytes()).hexdigest() == f["sha256"]


def test_the_searchable_pdf_carries_the_text_with_tone_marks(archive: Hoso,
                                                             tmp_path: Path) -> None:
    listing = archive.json("get", CODE, "--out", str(tmp_path))
    pdfs = [tmp_path / f["path"] for f in listing["files"] if f["kind"] == "pdf"]
    text = " ".join(subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True,
                                   check=True).stdout for p in pdfs)
    assert "NHUNG" in text.upper()
    assert "Hà Nội" in text or "khai sinh" in text


def test_ingesting_the_same_files_again_changes_nothing(archive: Hoso,
                                                        scans: dict[str, Path]) -> None:
    before = archive.json("status", CODE)
    again = archive.run("ingest", CODE, str(scans["birth"]), str(scans["request"]), "--json")
    assert again.returncode == 0, again.stderr
    after = archive.json("status", CODE)
    assert [p["page_id"] for p in _pages(after)] == [p["page_id"] for p in _pages(before)]
    assert after["digitised"] is True
    assert archive.json("search", "hong nhung")["total"] == 1


def test_lookup_by_citizen_id_finds_the_archived_documents(archive: Hoso) -> None:
    found = archive.json("lookup", "--id", "001186012345")
    assert found["documents"], "the dossier's applicant ID finds its documents"
    assert {d["dossier_code"] for d in found["documents"]} == {CODE}


def test_a_corrected_type_is_searchable_and_goes_to_training(archive: Hoso) -> None:
    from hoso.api.cli.classify_cmds import catalog_corrections
    from hoso.settings import Settings

    status = archive.json("status", CODE)
    document = status["status"]["files"][1]["documents"][0]["document_id"]
    result = archive.run("correct", document, "xac_nhan_cu_tru", "--by", "officer.hung")
    assert result.returncode == 0, result.stderr
    found = archive.json("search", "trich luc", "--type", "xac_nhan_cu_tru")
    assert found["total"] == 1
    assert archive.run("correct", document, "khong_co").returncode == 64
    corrections = catalog_corrections(Settings.from_env({"HOSO_HOME": str(archive.home)}))
    assert [label for _, label in corrections] == ["xac_nhan_cu_tru"]
    assert "khai sinh" in corrections[0][0]
