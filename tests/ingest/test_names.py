"""safe_filename: the name recorded for a file handed in."""

from __future__ import annotations

import unicodedata

import pytest

from hoso.errors import UnsafeName
from hoso.ingest import safe_filename


def test_vietnamese_name_is_kept_and_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Giấy khai sinh - Nguyễn Văn Ánh.pdf")
    assert safe_filename(decomposed) == "Giấy khai sinh - Nguyễn Văn Ánh.pdf"
    assert unicodedata.is_normalized("NFC", safe_filename(decomposed))


@pytest.mark.parametrize(
    ("given", "recorded"),
    [
        ("/home/cán bộ/hồ sơ/trang1.pdf", "trang1.pdf"),
        ("scans/2024/trang 2.jpg", "trang 2.jpg"),
        ("C:\\Scans\\Hộ khẩu.tif", "Hộ khẩu.tif"),
        ("trang..3.png", "trang..3.png"),
    ],
)
def test_directories_are_stripped(given: str, recorded: str) -> None:
    assert safe_filename(given) == recorded


@pytest.mark.parametrize(
    ("given", "shown", "reason"),
    [
        ("../../etc/passwd", "../../etc/passwd", "`..`"),
        ("hồ sơ/../../khai sinh.pdf", "hồ sơ/../../khai sinh.pdf", "`..`"),
        ("..\\..\\boot.ini", "..\\..\\boot.ini", "`..`"),
        ("..", "..", "`..`"),
        ("trang\x001.pdf", "trang\\x001.pdf", "control character"),
        ("trang\n1.pdf", "trang\\n1.pdf", "control character"),
        ("hoa\u202efdp.exe", "hoa\\u202efdp.exe", "control character"),
        ("", "''", "empty"),
        ("   ", "   ", "empty"),
        ("hồ sơ/", "hồ sơ/", "folder"),
        ("a" * 300 + ".pdf", "a" * 300 + ".pdf", "longer than 255 bytes"),
    ],
)
def test_unsafe_names_are_refused_naming_the_file(given: str, shown: str, reason: str) -> None:
    with pytest.raises(UnsafeName) as caught:
        safe_filename(given)
    assert caught.value.filename == shown
    assert reason in caught.value.reason
    assert safe_filename("trang1.pdf") == "trang1.pdf"
