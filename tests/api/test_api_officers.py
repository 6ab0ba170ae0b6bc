"""What officers do over HTTP, on a live server with real tesseract: correct a field and find
the document by it, add notes, read a document's history, list documents without a query,
and download a dossier as one ZIP whose files match their SHA-256."""

from __future__ import annotations

import hashlib
import io
import zipfile
from typing import Any

import pytest
from api_live import Live, wait_until_settled
from api_scans import write_scan

CODE = "000.00.19.H12-241203-0703"
PROCEDURE = "9.000703"


@pytest.fixture(scope="module")
def dossier(live: Live, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("officers")
    scan = folder / "giấy khai sinh.jpg"
    write_scan(scan, "giay_khai_sinh", 51)
    with live.client("op_a") as client:
        made = client.post("/api/dossiers", json={"code": CODE, "procedure": PROCEDURE,
                                                  "applicant_name": "Đỗ Thị Mai"})
        assert made.status_code == 201, made.text
        put = client.put(f"/api/dossiers/{CODE}/files/{scan.name}", content=scan.read_bytes())
        assert put.status_code == 201, put.text
        status = wait_until_settled(client, CODE)
    assert status["digitised"], status
    return status


def test_a_corrected_field_is_kept_searched_and_in_the_history(live: Live,
                                                               dossier: dict[str, Any]) -> None:
    doc = dossier["files"][0]["documents"][0]["document_id"]
    with live.client("officer") as client:
        fixed = client.put(f"/api/documents/{doc}/fields/id_number",
                           json={"value": "079301009999"})
        assert fixed.status_code == 200, fixed.text
        field = next(f for f in fixed.json()["fields"] if f["name"] == "id_number")
        assert field["value"] == "079301009999" and field["corrected"]
        found = client.get("/api/search", params={"id": "079301009999"}).json()
        noted = client.post(f"/api/documents/{doc}/notes",
                            json={"text": "Đã đối chiếu với bản chính."})
        assert noted.status_code == 201 and noted.json()["author"] == "officer"
        notes = client.get(f"/api/documents/{doc}/notes").json()
        history = client.get(f"/api/documents/{doc}/history").json()
        bad = client.put(f"/api/documents/{doc}/fields/Tên gì", json={"value": "x"})
    assert bad.status_code == 422
    assert [n["text"] for n in notes] == ["Đã đối chiếu với bản chính."]
    kinds = [e["kind"] for e in history]
    assert "field_corrected" in kinds and "note_added" in kinds
    assert any(h["document_id"] == doc for h in found["hits"]), found
    with live.client("op_a") as client:
        refused = client.put(f"/api/documents/{doc}/fields/name", json={"value": "X"})
    assert refused.status_code == 403


def test_documents_listed_without_a_query(live: Live, dossier: dict[str, Any]) -> None:
    with live.client("officer") as client:
        listed = client.get("/api/documents", params={"procedure": PROCEDURE}).json()
        by_name = client.get("/api/documents", params={"sort": "applicant_name",
                                                       "order": "asc"})
        bad_sort = client.get("/api/documents", params={"sort": "password"})
    assert listed["total"] == 1
    [row] = listed["documents"]
    assert row["dossier_code"] == CODE and row["applicant_name"] == "Đỗ Thị Mai"
    assert row["thumbnail_url"] and "v=" in row["thumbnail_url"] and row["pages"] == 1
    assert by_name.status_code == 200 and bad_sort.status_code == 422


def test_the_dossier_zip_holds_originals_and_pdfs(live: Live, dossier: dict[str, Any]) -> None:
    with live.client("officer") as client:
        with client.stream("GET", f"/api/dossiers/{CODE}/zip") as response:
            assert response.status_code == 200
            assert response.headers["content-type"] == "application/zip"
            assert "content-length" not in response.headers  # streamed
            body = b"".join(response.iter_bytes())
        history = client.get(f"/api/dossiers/{CODE}/history").json()
    archive = zipfile.ZipFile(io.BytesIO(body))
    names = archive.namelist()
    assert names[0] == "ban-goc/f01-giấy khai sinh.jpg" and names[-1] == "SHA256SUMS"
    assert any(n.startswith("pdf/f01-d01-") for n in names)
    for line in archive.read("SHA256SUMS").decode().splitlines():
        sha, name = line.split("  ", 1)
        assert hashlib.sha256(archive.read(name)).hexdigest() == sha
    original = dossier["files"][0]["sha256"]
    assert hashlib.sha256(archive.read(names[0])).hexdigest() == original
    assert history[-1]["kind"] == "dossier_downloaded"
    with live.client("op_b") as client:
        assert client.get(f"/api/dossiers/{CODE}/zip").status_code == 403
