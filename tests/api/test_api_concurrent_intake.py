"""Many uploads into one dossier at the same moment: every accepted file lands, none is
answered with a 5xx, and the dossier's history records each one; on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from api_live import Live, live_server
from inputs import scan

from hoso.archive import open_catalog

CODE = "000.00.19.H12-241202-0301"
UPLOADS = 20


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Live]:
    """A server that takes files in (nobody reads them: the race is in the intake)."""
    env = {}
    if request.param == "postgresql":
        env["HOSO_CATALOG_URL"] = request.getfixturevalue("fresh_postgres_url")
    with live_server(tmp_path / "home", run_worker=False, **env) as live:
        yield live


def _scans(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"trang-{n:02}.png"
        scan(width=300, height=400, seed=n).save(path, "PNG")
        paths.append(path)
    return paths


def _put(live: Live, path: Path) -> httpx.Response:
    with live.client("op_a") as client:
        return client.put(f"/api/dossiers/{CODE}/files/{path.name}", content=path.read_bytes())


def test_concurrent_uploads_into_one_dossier_all_land(server: Live, tmp_path: Path) -> None:
    with server.client("op_a") as client:
        assert client.post("/api/dossiers", json={"code": CODE}).status_code == 201
    scans = _scans(tmp_path / "scans", UPLOADS)
    with ThreadPoolExecutor(UPLOADS) as pool:
        answers = list(pool.map(lambda p: _put(server, p), scans))
    assert [a.status_code for a in answers] == [201] * UPLOADS, [a.text for a in answers]
    with server.client("op_a") as client:
        files = client.get(f"/api/dossiers/{CODE}").json()["files"]
    assert sorted(f["filename"] for f in files) == sorted(p.name for p in scans)
    assert len({f["file_id"] for f in files}) == UPLOADS
    catalog = open_catalog(server.settings.catalog_url)
    try:
        stored = [e.subject for e in catalog.history(CODE) if e.kind == "file_stored"]
    finally:
        catalog.close()
    assert sorted(stored) == sorted(p.name for p in scans)


def test_the_same_file_sent_at_once_is_stored_once(server: Live, tmp_path: Path) -> None:
    with server.client("op_a") as client:
        assert client.post("/api/dossiers", json={"code": CODE}).status_code == 201
    [path] = _scans(tmp_path / "scans", 1)
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: _put(server, path), range(8)))
    assert sorted(a.status_code for a in answers) == [200] * 7 + [201], [a.text for a in answers]
    assert len({a.json()["accepted"][0]["file_id"] for a in answers}) == 1
