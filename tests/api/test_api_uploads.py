"""Bad uploads get a clear 4xx naming the file, nothing of them is stored, and the refusal
is in the dossier's history; good files sent alongside still go in."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from api_live import LIMIT_BYTES, Live

CODE = "000.00.19.H12-241202-0201"


@pytest.fixture(scope="module")
def operator(live: Live) -> Iterator[httpx.Client]:
    with live.client("op_a") as client:
        assert client.post("/api/dossiers", json={"code": CODE}).status_code == 201
        yield client


def _files(client: httpx.Client) -> list[str]:
    return [f["filename"] for f in client.get(f"/api/dossiers/{CODE}").json()["files"]]


def _rejected(client: httpx.Client) -> dict[str, str]:
    status = client.get(f"/api/dossiers/{CODE}").json()
    return {r["filename"]: r["reason"] for r in status["rejected"]}


def test_oversized_file_is_refused_before_it_is_read(operator: httpx.Client) -> None:
    answer = operator.put(f"/api/dossiers/{CODE}/files/big.pdf",
                          content=b"%PDF-1.7\n" + os.urandom(LIMIT_BYTES))
    assert answer.status_code == 413
    assert answer.json()["error"] == "LimitExceeded"
    assert answer.json()["message"].startswith("big.pdf: the file is 3.0 MiB, more than")
    assert "big.pdf" not in _files(operator)
    assert "big.pdf" in _rejected(operator)


def test_oversized_stream_without_length_is_cut_at_the_limit(operator: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(LIMIT_BYTES // 65536 + 2):
            yield os.urandom(65536)

    answer = operator.put(f"/api/dossiers/{CODE}/files/chunked.tif", content=chunks())
    assert answer.status_code == 413
    assert "chunked.tif" not in _files(operator)


def test_oversized_part_is_refused_and_the_others_go_in(operator: httpx.Client,
                                                       scans: dict[str, Path]) -> None:
    files = [("files", ("huge.png", b"\x89PNG\r\n\x1a\n" + os.urandom(LIMIT_BYTES), "image/png")),
             ("files", ("ok.jpg", scans["id_card"].read_bytes(), "image/jpeg"))]
    answer = operator.post(f"/api/dossiers/{CODE}/files", files=files)
    assert answer.status_code == 413
    body = answer.json()
    assert [a["filename"] for a in body["accepted"]] == ["ok.jpg"]
    assert [(r["filename"], r["status"]) for r in body["rejected"]] == [("huge.png", 413)]
    assert "ok.jpg" in _files(operator) and "huge.png" not in _files(operator)


@pytest.mark.parametrize(("name", "content", "status", "error", "says"), [
    ("ho-so.docx", b"PK\x03\x04" + b"\0" * 200, 415, "UnsupportedFormat", "not a PDF"),
    ("ghi-chu.pdf", "Đơn đề nghị\n".encode() * 20, 415, "UnsupportedFormat", "named .pdf but"),
    ("rong.pdf", b"", 422, "EmptyFile", "empty"),
    ("fdp.exe\u202e.pdf", b"%PDF-1.4\n", 400, "UnsafeName", "control character"),
])
def test_unusable_files_are_refused_with_their_reason(
        operator: httpx.Client, name: str, content: bytes, status: int, error: str,
        says: str) -> None:
    answer = operator.put(f"/api/dossiers/{CODE}/files/{name}", content=content)
    assert answer.status_code == status, answer.text
    refused = answer.json()
    refused = refused["rejected"][0] if "rejected" in refused else refused
    assert says in (refused.get("reason") or refused.get("message"))
    assert refused["error"] == error
    assert name not in _files(operator)


def test_truncated_pdf_is_refused(operator: httpx.Client, scans: dict[str, Path]) -> None:
    whole = scans["birth"].read_bytes()
    answer = operator.put(f"/api/dossiers/{CODE}/files/cut.pdf", content=whole[: len(whole) // 2])
    assert answer.status_code == 422
    assert answer.json()["rejected"][0]["reason"].startswith("the PDF is truncated")
    assert "cut.pdf" not in _files(operator)


def test_upload_cut_off_by_the_client_stores_nothing(live: Live,
                                                     operator: httpx.Client) -> None:
    address = urlsplit(live.url)
    head = (f"PUT /api/dossiers/{CODE}/files/dropped.pdf HTTP/1.1\r\n"
            f"Host: {address.netloc}\r\nAuthorization: Bearer {live.tokens['op_a']}\r\n"
            "Content-Length: 500000\r\n\r\n").encode()
    with socket.create_connection((address.hostname, address.port)) as sock:
        sock.sendall(head + b"%PDF-1.7\n" + b"x" * 100_000)
    operator.get("/api/health")  # let the server notice the connection closing
    for _ in range(50):
        if "dropped.pdf" in _rejected(operator):
            break
        time.sleep(0.1)
    assert "cut off" in _rejected(operator)["dropped.pdf"]
    assert "dropped.pdf" not in _files(operator)


def test_upload_to_an_unknown_dossier_is_404(operator: httpx.Client) -> None:
    answer = operator.put("/api/dossiers/NO-SUCH-0001/files/a.pdf", content=b"%PDF-1.4\n")
    assert answer.status_code == 404
    assert answer.json()["error"] == "NotFound"


def test_multipart_without_files_is_refused(operator: httpx.Client) -> None:
    answer = operator.post(f"/api/dossiers/{CODE}/files", data={"note": "x"},
                           files=[("other", ("", b"", "text/plain"))])
    assert answer.status_code in (400, 422)
