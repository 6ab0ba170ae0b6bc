"""An operator's dossier over HTTP: create, upload (streamed, both ways), follow each page,
then fetch what was made of it: page pictures, searchable PDFs, text, the originals."""

from __future__ import annotations

import base64
import hashlib
import io
from pathlib import Path
from typing import Any

import pypdf
from api_live import CODE, DESK_A, DESK_B, Live
from PIL import Image


def test_dossier_reports_each_document_and_page(digitised: dict[str, Any]) -> None:
    assert digitised["desk"] == DESK_A and digitised["operator"] == "op_a"
    assert [f["filename"] for f in digitised["files"]] == ["giấy khai sinh.pdf", "căn cước.jpg"]
    pages = [p for f in digitised["files"] for p in f["pages"]]
    assert [p["state"] for p in pages] == ["done", "done"]
    assert all(p["confidence"] is not None and p["document_id"] for p in pages)
    documents = [d for f in digitised["files"] for d in f["documents"]]
    assert documents and all(d["doc_type_name"] and d["pdf_url"] for d in documents)


def test_page_pictures_are_jpegs_of_the_asked_width(live: Live,
                                                   digitised: dict[str, Any]) -> None:
    page = digitised["files"][0]["pages"][0]
    with live.client("op_a") as client:
        thumb = client.get(page["thumbnail_url"])
        large = client.get(page["image_url"])
    assert thumb.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(thumb.content)).width == 200
    picture = Image.open(io.BytesIO(large.content))
    assert picture.width == 1200 and picture.height > picture.width  # an upright A4 page


def test_document_pdf_and_text_come_from_the_ocr(live: Live,
                                                 digitised: dict[str, Any]) -> None:
    document = digitised["files"][0]["documents"][0]
    with live.client("officer") as client:
        pdf = client.get(document["pdf_url"])
        text = client.get(document["text_url"])
    assert pdf.headers["content-type"] == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(pdf.content))
    assert len(reader.pages) == 1
    assert "KHAI SINH" in reader.pages[0].extract_text().upper()
    assert text.headers["content-type"].startswith("text/plain")
    assert "KHAI SINH" in text.text.upper()


def test_original_comes_back_byte_identical_with_its_digest(
        live: Live, digitised: dict[str, Any], scans: dict[str, Path]) -> None:
    source = digitised["files"][1]
    with live.client("op_a") as client:
        got = client.get(source["original_url"])
    expected = scans["id_card"].read_bytes()
    assert got.content == expected
    digest = base64.b64encode(hashlib.sha256(expected).digest()).decode()
    assert got.headers["repr-digest"] == f"sha-256=:{digest}:"
    assert "attachment" in got.headers["content-disposition"]
    assert got.headers["x-content-type-options"] == "nosniff"


def test_the_same_file_again_is_not_stored_twice(live: Live, digitised: dict[str, Any],
                                                 scans: dict[str, Path]) -> None:
    with live.client("op_a") as client:
        again = client.put(f"/api/dossiers/{CODE}/files/again.pdf",
                           content=scans["birth"].read_bytes())
        after = client.get(f"/api/dossiers/{CODE}").json()
    assert again.status_code == 200
    assert again.json()["accepted"][0]["already_stored"] is True
    assert len(after["files"]) == 2


def test_operators_list_only_their_desk(live: Live, digitised: dict[str, Any]) -> None:
    with live.client("op_b") as client:
        client.post("/api/dossiers", json={"code": "TX-0001"})
        theirs = client.get("/api/dossiers").json()
    with live.client("officer") as client:
        everyone = client.get("/api/dossiers").json()
    assert [d["code"] for d in theirs] == ["TX-0001"]
    assert {CODE, "TX-0001"} <= {d["code"] for d in everyone}


def test_other_particulars_for_an_existing_dossier_are_refused(
        live: Live, digitised: dict[str, Any]) -> None:
    with live.client("op_a") as client:
        again = client.post("/api/dossiers",
                            json={"code": CODE, "applicant_name": "Lê Thị Hồng Nhung"})
        after = client.get(f"/api/dossiers/{CODE}").json()
    assert again.status_code == 409
    assert again.json()["error"] == "DossierMismatch"
    assert "applicant_name is 'Lê Thị Hồng', given 'Lê Thị Hồng Nhung'" in again.json()["message"]
    assert after["applicant_name"] == "Lê Thị Hồng"


def test_changing_a_dossier_is_recorded(live: Live, digitised: dict[str, Any]) -> None:
    with live.client("op_a") as client:
        again = client.patch(f"/api/dossiers/{CODE}",
                             json={"applicant_name": "Lê Thị Hồng Nhung"})
        client.patch(f"/api/dossiers/{CODE}", json={"applicant_name": "Lê Thị Hồng"})
    with live.client("officer") as client:
        events = client.get(f"/api/dossiers/{CODE}/history").json()
    assert again.status_code == 200 and again.json()["applicant_name"] == "Lê Thị Hồng Nhung"
    change = [e for e in events if e["kind"] == "dossier_updated"][-2]
    assert change["actor"] == "op_a"
    assert change["detail"]["applicant_name"] == {"from": "Lê Thị Hồng",
                                                  "to": "Lê Thị Hồng Nhung"}


def test_moving_a_dossier_takes_an_admin_and_search_follows(
        live: Live, digitised: dict[str, Any]) -> None:
    with live.client("op_a") as client:
        refused = client.patch(f"/api/dossiers/{CODE}", json={"desk": DESK_B})
    assert refused.status_code == 403
    with live.client("admin") as admin, live.client("officer") as officer:
        moved = admin.patch(f"/api/dossiers/{CODE}", json={"desk": DESK_B})
        try:
            at_b = officer.get("/api/search", params={"desk": DESK_B}).json()
            at_a = officer.get("/api/search", params={"desk": DESK_A}).json()
        finally:
            admin.patch(f"/api/dossiers/{CODE}", json={"desk": DESK_A})
        events = officer.get(f"/api/dossiers/{CODE}/history").json()
    assert moved.status_code == 200 and moved.json()["desk"] == DESK_B
    assert CODE in {h["dossier_code"] for h in at_b["hits"]}
    assert CODE not in {h["dossier_code"] for h in at_a["hits"]}
    moves = [e["detail"]["desk"] for e in events if e["kind"] == "dossier_updated"
             and "desk" in e["detail"]]
    assert moves[-2:] == [{"from": DESK_A, "to": DESK_B}, {"from": DESK_B, "to": DESK_A}]
