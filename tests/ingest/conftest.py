from __future__ import annotations

from pathlib import Path

import pytest
from inputs import write_image, write_scanned_pdf, write_tiff


@pytest.fixture(scope="session")
def good_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One usable file per supported format, beside which the bad ones are handed in."""
    folder = tmp_path_factory.mktemp("good")
    return {
        "application/pdf": write_scanned_pdf(folder / "giấy khai sinh.pdf", pages=3),
        "image/png": write_image(folder / "trang1.png", "PNG"),
        "image/jpeg": write_image(folder / "trang2.jpg", "JPEG"),
        "image/tiff": write_tiff(folder / "trang3.tif", frames=3),
    }
