"""One real server for the API tests (see api_live), and a dossier digitised on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_live import APPLICANT_ID, CODE, Live, live_server, wait_until_settled
from api_scans import write_scan


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with live_server(tmp_path_factory.mktemp("hoso-api")) as server:
        yield server


@pytest.fixture(scope="session")
def scans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("scans")
    files = {"birth": folder / "giấy khai sinh.pdf", "id_card": folder / "căn cước.jpg"}
    write_scan(files["birth"], "giay_khai_sinh", 7)
    write_scan(files["id_card"], "can_cuoc", 8)
    return files


@pytest.fixture(scope="session")
def digitised(live: Live, scans: dict[str, Path]) -> dict[str, Any]:
    """A dossier at desk A with two scans, uploaded by its operator and digitised."""
    with live.client("op_a") as client:
        created = client.post("/api/dossiers", json={
            "code": CODE, "procedure": "1.004227", "applicant_name": "Lê Thị Hồng",
            "applicant_id": APPLICANT_ID, "received_at": "2024-12-02T08:30:00+07:00"})
        assert created.status_code == 201, created.text
        with scans["birth"].open("rb") as body:
            put = client.put(f"/api/dossiers/{CODE}/files/{scans['birth'].name}", content=body)
        assert put.status_code == 201, put.text
        with scans["id_card"].open("rb") as body:
            multi = client.post(f"/api/dossiers/{CODE}/files",
                                files=[("files", (scans["id_card"].name, body, "image/jpeg"))])
        assert multi.status_code == 201, multi.text
        status = wait_until_settled(client, CODE)
    assert status["digitised"], status
    return status
