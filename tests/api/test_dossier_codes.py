"""A dossier code is checked where it comes in: every command taking one, the API's paths and
bodies. A refused code leaves nothing behind: no dossier, no folder outside `--out`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from api_live import Live
from api_scans import write_scan

HOSO = [sys.executable, "-m", "hoso.api.cli"]
BAD_CODES = ["../../escape", "", "A" * 500, "có dấu cách", 'HS"1', "-x"]


def _hoso(home: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOSO_HOME": str(home), "HOSO_WORKERS": "1"}
    return subprocess.run([*HOSO, *args], capture_output=True, text=True, env=env, cwd=cwd,
                          timeout=300, check=False)


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scan") / "đơn.jpg"
    write_scan(path, "giay_khai_sinh", 3)
    return path


@pytest.mark.parametrize("code", BAD_CODES, ids=repr)
def test_every_command_refuses_a_bad_code_and_changes_nothing(tmp_path: Path, scan: Path,
                                                              code: str) -> None:
    home, work = tmp_path / "home", tmp_path / "a" / "b" / "work"
    work.mkdir(parents=True)
    # `--`: a code starting with a dash is not an option.
    for args in (["ingest", "--", code, str(scan)], ["status", "--", code],
                 ["get", "--", code], ["requeue", "--", code]):
        result = _hoso(home, work, *args)
        assert result.returncode == 64, (args, result.stderr)
        assert f"{code!r}"[:40] in result.stderr and "1-64 letters" in result.stderr, args
    assert list(tmp_path.rglob("*")) == [tmp_path / "a", tmp_path / "a" / "b", work]


@pytest.mark.parametrize("code", BAD_CODES[2:], ids=repr)
def test_the_api_refuses_a_bad_code_in_the_body(live: Live, code: str) -> None:
    with live.client("op_a") as client:
        answer = client.post("/api/dossiers", json={"code": code})
    assert answer.status_code == 422, answer.text
    assert "1-64 letters" in answer.json()["message"]


@pytest.mark.parametrize("method, path", [
    ("GET", "/api/dossiers/{}"), ("GET", "/api/dossiers/{}/history"),
    ("POST", "/api/dossiers/{}/integrity")])
@pytest.mark.parametrize("code", ["A" * 500, "có dấu cách", 'HS"1', ".x"], ids=repr)
def test_the_api_refuses_a_bad_code_in_the_path(live: Live, method: str, path: str,
                                                code: str) -> None:
    with live.client("auditor") as client:
        answer = client.request(method, path.format(code))
    assert answer.status_code == 422, answer.text
    assert "1-64 letters" in answer.json()["message"]


def test_uploads_to_a_bad_code_are_refused_before_reading(live: Live, scan: Path) -> None:
    with live.client("op_a") as client:
        put = client.put(f"/api/dossiers/{'A' * 65}/files/don.jpg", content=scan.read_bytes())
        post = client.post("/api/dossiers/HS%201/files",
                           files=[("files", ("don.jpg", scan.read_bytes(), "image/jpeg"))])
    with live.client("officer") as client:
        requeue = client.post(f"/api/dossiers/{'B' * 100}/requeue")
    assert [put.status_code, post.status_code, requeue.status_code] == [422, 422, 422]
