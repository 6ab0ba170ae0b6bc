"""The command line's edge: every failure is one line on stderr and a documented exit code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hoso_cli import CODE, REQUEST_PAGE, Hoso, write_scan

TESTS = Path(__file__).resolve().parents[1]


@pytest.fixture
def broken(tmp_path: Path) -> Hoso:
    """`hoso` with an OCR engine plug-in whose construction raises an unexpected error."""
    path = os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p)
    return Hoso(tmp_path / "home", {"PYTHONPATH": path, "HOSO_OCR_ENGINE": "engines:BrokenEngine"})


def test_an_unexpected_error_is_one_line_and_exit_70(broken: Hoso, tmp_path: Path) -> None:
    scan = write_scan(tmp_path / "don.jpg", REQUEST_PAGE, seed=3)
    result = broken.run("ingest", CODE, str(scan))
    assert result.returncode == 70
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "internal error: ZeroDivisionError: the engine's own bug" in lines[0]
    assert "engines.py" in lines[0] and "--debug" in lines[0]


def test_debug_shows_the_traceback(broken: Hoso, tmp_path: Path) -> None:
    scan = write_scan(tmp_path / "don.jpg", REQUEST_PAGE, seed=3)
    result = broken.run("--debug", "ingest", CODE, str(scan))
    assert result.returncode == 70
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert "ZeroDivisionError" in result.stderr


def test_a_bad_setting_is_exit_78_naming_it(tmp_path: Path) -> None:
    result = Hoso(tmp_path / "home", {"HOSO_LOG_LEVEL": "LOUD"}).run("status", CODE)
    assert result.returncode == 78
    assert result.stderr.strip().splitlines() == [
        "hoso: error: HOSO_LOG_LEVEL='LOUD' is none of DEBUG, INFO, WARNING, ERROR, CRITICAL"]


def test_an_unknown_dossier_is_exit_66(tmp_path: Path) -> None:
    result = Hoso(tmp_path / "home").run("status", "000.00.19.H12-000000-9999")
    assert result.returncode == 66
    assert "Traceback" not in result.stderr


def test_hoso_ocr_reads_with_the_configured_engine(tmp_path: Path) -> None:
    path = os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p)
    scan = write_scan(tmp_path / "don.jpg", REQUEST_PAGE, seed=3)
    calls = tmp_path / "calls.log"
    nonsense = Hoso(tmp_path / "home", {"PYTHONPATH": path,
                                        "HOSO_OCR_ENGINE": "engines:NonsenseEngine",
                                        "HOSO_TEST_ENGINE_CALLS": str(calls)})
    result = nonsense.run("ocr", str(scan))
    assert result.returncode == 0, result.stderr
    assert "ĐƠN ĐỀ NGHỊ" not in result.stdout
    assert calls.read_text().count("\n") == 1
