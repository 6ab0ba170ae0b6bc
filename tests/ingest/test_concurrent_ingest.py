"""Several `hoso ingest` processes taking files into one new dossier at once: none dies, every
file lands, the history records each; on SQLite and PostgreSQL."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hoso_cli import Hoso
from inputs import scan

from hoso.archive import open_catalog

CODE = "000.00.19.H12-241202-0401"
PROCESSES = 3
FILES_EACH = 5


@pytest.fixture(params=["sqlite", "postgresql"])
def catalog_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'home' / 'catalog.db'}"
    url: str = request.getfixturevalue("fresh_postgres_url")
    return url


def _folder(root: Path, n: int) -> Path:
    folder = root / f"batch-{n}"
    folder.mkdir(parents=True)
    for i in range(FILES_EACH):
        scan(width=300, height=400, seed=10 * n + i).save(folder / f"{n}-{i}.png", "PNG")
    return folder


def test_concurrent_ingests_into_a_new_dossier_all_land(catalog_url: str, tmp_path: Path
                                                        ) -> None:
    hoso = Hoso(tmp_path / "home", {"HOSO_CATALOG_URL": catalog_url})
    folders = [_folder(tmp_path / "scans", n) for n in range(PROCESSES)]
    with ThreadPoolExecutor(PROCESSES) as pool:
        results = list(pool.map(
            lambda f: hoso.run("ingest", CODE, str(f), "--desk", "D1", "--no-wait"), folders))
    assert [r.returncode for r in results] == [0] * PROCESSES, [r.stderr for r in results]
    names = sorted(p.name for f in folders for p in f.iterdir())
    status = hoso.json("status", CODE)["status"]
    assert sorted(f["filename"] for f in status["files"]) == names
    catalog = open_catalog(catalog_url)
    try:
        history = catalog.history(CODE)
    finally:
        catalog.close()
    assert sorted(e.subject for e in history if e.kind == "file_stored") == names
    assert [e.kind for e in history].count("dossier_created") == 1
