"""End-to-end: the `hoso` command as a user runs it, on generated scans, with real tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest
from hoso_cli import BIRTH_PAGE, REQUEST_PAGE, write_scan


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("scans")
    return {
        "birth": write_scan(folder / "giấy khai sinh.jpg", BIRTH_PAGE, seed=5, skew=4.0,
                            seal=True),
        "request": write_scan(folder / "don.jpg", REQUEST_PAGE, seed=6, skew=-2.0),
    }
