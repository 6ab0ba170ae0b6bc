"""Killing hoso mid-run loses nothing: a restart finishes the dossier, each page exactly once,
and the archive is the same as one clean run's."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest
from hoso_cli import CODE, HOSO, REQUEST_PAGE, Hoso, write_scan


@pytest.fixture(scope="module")
def four_scans(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("four")
    return [write_scan(folder / f"trang-{n}.jpg", REQUEST_PAGE, seed=40 + n, skew=n - 1.5)
            for n in range(4)]


def _done_pages(hoso: Hoso) -> int:
    result = hoso.run("status", CODE, "--json")
    if result.returncode != 0:
        return 0
    import json

    status = json.loads(result.stdout)["status"]
    return sum(p["state"] == "done" for f in status["files"] for p in f["pages"])


def _done_in_catalog(hoso: Hoso) -> int:
    path = hoso.home / "catalog.db"
    if not path.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)) as db:
            return db.execute("SELECT count(*) FROM pages WHERE state = 'done'").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or busy
        return 0


def _kill_after_first_page(hoso: Hoso, scans: list[Path]) -> None:
    env = {**os.environ, "HOSO_HOME": str(hoso.home), "HOSO_WORKERS": "1"}
    hoso.home.mkdir(parents=True, exist_ok=True)
    errors = hoso.home / "ingest.stderr"
    with errors.open("wb") as stderr:
        proc = subprocess.Popen([*HOSO, "ingest", CODE, *map(str, scans)], env=env,
                                stdout=subprocess.DEVNULL, stderr=stderr,
                                start_new_session=True)
    deadline = time.monotonic() + 300
    # Read the catalog in-process: a `hoso status` process per poll starts slower than
    # pages are read on a quiet machine, and would see all four done before the kill.
    while _done_in_catalog(hoso) < 1:
        assert proc.poll() is None, f"ingest ended before it could be killed:\n{errors.read_text()}"
        assert time.monotonic() < deadline, "no page was done in time"
        time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGKILL)  # tesseract too, mid-page
    proc.wait()


def test_killed_run_resumes_to_the_same_archive(four_scans: list[Path],
                                                tmp_path: Path) -> None:
    killed = Hoso(tmp_path / "killed")
    _kill_after_first_page(killed, four_scans)
    assert 1 <= _done_pages(killed) < 4
    resumed = killed.run("worker", "--burst")
    assert resumed.returncode == 0, resumed.stderr
    status = killed.json("status", CODE)
    pages = [p for f in status["status"]["files"] for p in f["pages"]]
    assert status["digitised"] is True
    assert len(pages) == 4 and len({p["page_id"] for p in pages}) == 4

    found = killed.json("search", "trich luc khai sinh", "--limit", "50")
    hits = [p for d in found["dossiers"] for doc in d["documents"] for p in doc["pages"]]
    assert len(hits) == len({h["page_id"] for h in hits}) == 4

    clean = Hoso(tmp_path / "clean")
    assert clean.run("ingest", CODE, *map(str, four_scans)).returncode == 0
    for hoso in (killed, clean):
        assert hoso.run("get", CODE, "--out", str(hoso.home / "out")).returncode == 0
    assert _contents(killed.home / "out") == _contents(clean.home / "out")


def _contents(out: Path) -> dict[str, bytes]:
    """Every file `hoso get` wrote; a document PDF as merged, before its signature (each
    home signs with its own key, at its own time, so only the signed revisions differ)."""
    files = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*")
             if p.is_file() and p.name != "SHA256SUMS"}
    return {name: _merged(data) if name.startswith("documents/") else data
            for name, data in files.items()}


def _merged(pdf: bytes) -> bytes:
    merged, eof, update = pdf.partition(b"%%EOF\n")
    assert b"/ByteRange" in update  # the signature, appended as an incremental update
    return merged + eof
