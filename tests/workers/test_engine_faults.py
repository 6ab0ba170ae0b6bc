"""An OCR engine that crashes, hangs or reads nonsense, through the real worker path.

`hoso ingest` runs in its own process on the embedded default with the faulty engine named by
HOSO_OCR_ENGINE (tests/engines.py), exactly as it would run tesseract: what the operator then
sees (`hoso status`), what the catalog recorded, how many times the page was tried, and what
`hoso requeue` does with it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from engines import CALLS_LOG, calls
from hoso_cli import CODE, REQUEST_PAGE, Hoso, write_scan

from hoso.archive import open_catalog

TESTS = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_scan(tmp_path_factory.mktemp("scan") / "đơn.jpg", REQUEST_PAGE, seed=6)


def _with_engine(tmp_path: Path, engine: str, **env: str) -> Hoso:
    path = os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p)
    return Hoso(tmp_path / "home", {"PYTHONPATH": path, "HOSO_OCR_ENGINE": engine,
                                    CALLS_LOG: str(tmp_path / "calls.log"), **env})


def _only_page(hoso: Hoso) -> dict[str, Any]:
    [source] = hoso.json("status", CODE)["status"]["files"]
    [page] = source["pages"]
    return page  # type: ignore[no-any-return]


def _attempts(hoso: Hoso, page_id: str) -> int:
    catalog = open_catalog(f"sqlite:///{hoso.home / 'catalog.db'}")
    try:
        return catalog.page_task(page_id).attempts
    finally:
        catalog.close()


def test_a_crash_is_tried_again_and_the_page_read(scan: Path, tmp_path: Path) -> None:
    hoso = _with_engine(tmp_path, "engines:CrashingOnceEngine")
    result = hoso.run("ingest", CODE, str(scan))
    assert result.returncode == 0, result.stderr
    page = _only_page(hoso)
    assert page["state"] == "done" and page["error"] is None
    assert _attempts(hoso, page["page_id"]) == 1
    assert len(calls(tmp_path / "calls.log")) == 2


def test_a_page_whose_engine_keeps_crashing_fails_then_requeue_reads_it(
        scan: Path, tmp_path: Path) -> None:
    hoso = _with_engine(tmp_path, "engines:CrashingEngine")
    result = hoso.run("ingest", CODE, str(scan))
    assert result.returncode == 1, result.stderr  # not digitised
    page = _only_page(hoso)
    assert page["state"] == "failed"
    assert "đơn.jpg page 1" in page["error"] and "killed by SIGKILL" in page["error"]
    assert _attempts(hoso, page["page_id"]) == 3
    assert len(calls(tmp_path / "calls.log")) == 3
    assert "killed by SIGKILL" in hoso.run("status", CODE).stdout

    mended = Hoso(hoso.home)  # tesseract again, as after the machine is mended
    result = mended.run("requeue", CODE)
    assert result.returncode == 0, result.stderr
    assert "1 pages queued again; 0 failed now" in result.stdout
    page = _only_page(mended)
    assert page["state"] == "done" and page["error"] is None
    assert mended.json("status", CODE)["digitised"] is True


def test_a_page_past_its_time_limit_fails_at_once_with_its_reason(
        scan: Path, tmp_path: Path) -> None:
    hoso = _with_engine(tmp_path, "engines:HangingEngine", HOSO_OCR_TIMEOUT="1")
    result = hoso.run("ingest", CODE, str(scan))
    assert result.returncode == 1, result.stderr
    page = _only_page(hoso)
    assert page["state"] == "failed"
    assert "took longer than 1 s" in page["error"] and "HOSO_OCR_TIMEOUT" in page["error"]
    assert _attempts(hoso, page["page_id"]) == 1
    assert len(calls(tmp_path / "calls.log")) == 1  # not tried again with the same limit
    assert "took longer than 1 s" in hoso.run("status", CODE).stdout


def test_nonsense_from_the_engine_is_kept_and_flagged_for_review(
        scan: Path, tmp_path: Path) -> None:
    hoso = _with_engine(tmp_path, "engines:NonsenseEngine")
    result = hoso.run("ingest", CODE, str(scan))
    assert result.returncode == 0, result.stderr
    status = hoso.json("status", CODE)
    page = _only_page(hoso)
    assert page["state"] == "done" and page["needs_review"] is True
    assert page["confidence"] < 60
    assert any(w["kind"] == "low_confidence" for w in page["warnings"])
    assert status["digitised"] is True
    out = tmp_path / "out"
    assert hoso.run("get", CODE, "--out", str(out)).returncode == 0
    assert any(out.rglob("*.pdf"))
