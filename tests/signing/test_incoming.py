"""A signed PDF handed in (born-digital, from the national portal): its signatures are checked
at assembly, shown to officers on the page's view, and the original is kept byte-identical."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from signing_kit import document_pdf

sys.path.insert(0, str(Path(__file__).parents[1] / "api"))

from api_live import PASSWORD, Live, live_server, wait_until_settled

from hoso.archive import open_store
from hoso.signing.keys import CA_FILE, init_dev_keys, make_keys
from hoso.signing.settings import SigningSettings
from hoso.signing.signer import open_signer

CODE = "000.00.19.H12-241203-0007"
PORTAL = "Cổng Dịch vụ công quốc gia"


@pytest.fixture(scope="module")
def signed_by(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Keys (PKCS#12 file and CA certificate) of the portal, and of a stranger."""
    folder = tmp_path_factory.mktemp("incoming-keys")
    found = {}
    for name, body in (("portal", PORTAL), ("stranger", "Đơn vị không rõ")):
        keys = make_keys(body)
        (folder / f"{name}.p12").write_bytes(keys.p12)
        (folder / f"{name}.pem").write_bytes(keys.ca_pem)
        found[name] = folder / name
    return found


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, signed_by: dict[str, Path]) -> Iterator[Live]:
    home = tmp_path_factory.mktemp("incoming-home")
    init_dev_keys(home / "keys")
    roots = os.pathsep.join([str(home / "keys" / CA_FILE), f"{signed_by['portal']}.pem"])
    with live_server(home, HOSO_TRUST_ROOTS=roots) as server:
        yield server


def _signed_pdf(keys: Path, shade: int) -> bytes:
    signer = open_signer(SigningSettings(p12_path=Path(f"{keys}.p12")))
    return signer.sign(document_pdf(pages=1, shade=shade))


def test_a_signed_pdf_is_kept_byte_identical_and_its_signature_shown(
        live: Live, signed_by: dict[str, Path]) -> None:
    files = {"giay-xac-nhan.pdf": _signed_pdf(signed_by["portal"], 245),
             "ban-sao-la.pdf": _signed_pdf(signed_by["stranger"], 235)}
    with live.client("op_a") as client:
        created = client.post("/api/dossiers", json={"code": CODE, "procedure": "1.004227"})
        assert created.status_code == 201, created.text
        for name, data in files.items():
            put = client.put(f"/api/dossiers/{CODE}/files/{name}", content=data)
            assert put.status_code == 201, put.text
        status = wait_until_settled(client, CODE)
    assert status["digitised"], status

    store = open_store(live.settings.store_url)
    by_name = {f["filename"]: f for f in status["files"]}
    for name, data in files.items():
        kept = by_name[name]["sha256"]
        assert kept == hashlib.sha256(data).hexdigest()
        assert store.read_bytes(kept) == data  # never rewritten

    with _officer(live) as officer:
        trusted = officer.get(f"/pages/{_first_page(by_name['giay-xac-nhan.pdf'])}").text
        unknown = officer.get(f"/pages/{_first_page(by_name['ban-sao-la.pdf'])}").text
    assert "Chữ ký số trên bản gốc" in trusted
    assert PORTAL in trusted and "Hợp lệ" in trusted
    assert "Đơn vị không rõ" in unknown and "không thuộc danh sách tin cậy" in unknown


def _first_page(source: dict[str, object]) -> str:
    pages = source["pages"]
    assert isinstance(pages, list)
    return str(pages[0]["page_id"])


@contextmanager
def _officer(live: Live) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=30.0) as client:
        answer = client.post("/login", data={"username": "officer", "password": PASSWORD})
        assert answer.status_code == 303, answer.text
        yield client
