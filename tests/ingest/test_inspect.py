"""inspect_file: each bad file is refused with the right error naming it; good files pass."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hoso_cli import BIRTH_PAGE, write_scan
from inputs import (
    cut_jpeg,
    cut_png,
    flipped_copy,
    scan,
    truncated_copy,
    write_blank_pdf,
    write_encrypted_pdf,
    write_png_header_only,
    write_tiff,
    write_white_tiff,
)
from PIL import Image

from hoso.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    InputError,
    LimitExceeded,
    UnsupportedFormat,
)
from hoso.ingest import Limits, inspect_file
from hoso.records import SourceInfo
from hoso.settings import Settings

LIMITS = Limits()


@pytest.fixture(scope="module")
def scanned_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A rendered page as a scanner's JPEG: text, seal, noise."""
    return write_scan(tmp_path_factory.mktemp("scan") / "giấy khai sinh.jpg", BIRTH_PAGE,
                      seed=4, seal=True)


def test_good_files_are_accepted_with_type_from_content(good_files: dict[str, Path]) -> None:
    for media_type, path in good_files.items():
        info = inspect_file(path, path.name, LIMITS)
        expected_pages = 3 if media_type in ("application/pdf", "image/tiff") else 1
        assert info == SourceInfo(path.name, media_type, expected_pages)


def test_type_comes_from_content_not_name(good_files: dict[str, Path]) -> None:
    info = inspect_file(good_files["image/png"], "scan.pdf", LIMITS)
    assert info.media_type == "image/png"


def _text_named_pdf(folder: Path) -> Path:
    path = folder / "đơn đề nghị.pdf"
    path.write_text("Kính gửi: Ủy ban nhân dân phường\n", encoding="utf-8")
    return path


def _docx_named_pdf(folder: Path) -> Path:
    path = folder / "tờ khai.pdf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def _empty(folder: Path) -> Path:
    path = folder / "trống.pdf"
    path.touch()
    return path


# (maker of the bad file, error, the good format it sits beside, words the message must hold)
Case = tuple[Callable[[Path, dict[str, Path]], Path], type[InputError], str, str]
CASES: dict[str, Case] = {
    "empty": (lambda d, g: _empty(d), EmptyFile, "application/pdf", "empty"),
    "text-named-pdf": (
        lambda d, g: _text_named_pdf(d),
        UnsupportedFormat,
        "application/pdf",
        "plain text",
    ),
    "docx-named-pdf": (
        lambda d, g: _docx_named_pdf(d),
        UnsupportedFormat,
        "application/pdf",
        "ZIP",
    ),
    "pdf-cut-in-half": (
        lambda d, g: truncated_copy(g["application/pdf"], d / "cắt.pdf"),
        CorruptFile,
        "application/pdf",
        "truncated",
    ),
    "png-without-iend": (
        lambda d, g: truncated_copy(g["image/png"], d / "cut.png", 0.99),
        CorruptFile,
        "image/png",
        "truncated",
    ),
    "png-broken-idat": (
        lambda d, g: flipped_copy(g["image/png"], d / "rot.png", b"IDAT"),
        CorruptFile,
        "image/png",
        "IDAT",
    ),
    "jpeg-without-eoi": (
        lambda d, g: truncated_copy(g["image/jpeg"], d / "cut.jpg", 0.7),
        CorruptFile,
        "image/jpeg",
        "end marker",
    ),
    "jpeg-cut-in-header": (
        lambda d, g: truncated_copy(g["image/jpeg"], d / "stub.jpg", 0.001),
        CorruptFile,
        "image/jpeg",
        "truncated",
    ),
    "tiff-multiframe-cut": (
        lambda d, g: truncated_copy(g["image/tiff"], d / "cut.tif", 0.5),
        CorruptFile,
        "image/tiff",
        "truncated",
    ),
    "tiff-strips-cut": (
        lambda d, g: truncated_copy(write_tiff(d / "raw.tif", 1, "raw"), d / "cut.tif", 0.8),
        CorruptFile,
        "image/tiff",
        "needs",
    ),
    "pdf-user-password": (
        lambda d, g: write_encrypted_pdf(d / "mật.pdf", "1234"),
        EncryptedFile,
        "application/pdf",
        "password",
    ),
    "pdf-2000-pages": (
        lambda d, g: write_blank_pdf(d / "dày.pdf", 2000, (10, 10)),
        LimitExceeded,
        "application/pdf",
        "2000 pages",
    ),
    "png-50000-squared": (
        lambda d, g: write_png_header_only(d / "bom.png", 50_000, 50_000),
        LimitExceeded,
        "image/png",
        "50,000 x 50,000",
    ),
    "pdf-50-inch-page": (
        lambda d, g: write_blank_pdf(d / "bản vẽ.pdf", 1, (50 * 72, 50 * 72)),
        LimitExceeded,
        "application/pdf",
        "page 1",
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_file_is_refused_naming_it(
    case: Case, tmp_path: Path, good_files: dict[str, Path]
) -> None:
    make, error_type, neighbour_type, words = case
    bad = make(tmp_path, good_files)
    started = time.perf_counter()
    with pytest.raises(error_type) as caught:
        inspect_file(bad, bad.name, LIMITS)
    assert time.perf_counter() - started < 5
    assert caught.value.filename == bad.name
    assert str(caught.value).startswith(f"{bad.name}: ")
    assert words in str(caught.value)
    neighbour = good_files[neighbour_type]
    assert inspect_file(neighbour, neighbour.name, LIMITS).media_type == neighbour_type


def test_text_named_pdf_says_what_it_looks_like(tmp_path: Path) -> None:
    bad = _text_named_pdf(tmp_path)
    with pytest.raises(UnsupportedFormat, match=r"named \.pdf but not a PDF.*plain text"):
        inspect_file(bad, bad.name, LIMITS)


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_pdf_with_only_an_owner_password_is_accepted(tmp_path: Path, algorithm: str) -> None:
    path = write_encrypted_pdf(tmp_path / "chỉ chủ.pdf", "", algorithm)
    assert inspect_file(path, path.name, LIMITS).page_count == 1


def test_large_page_passes_at_a_lower_dpi(tmp_path: Path) -> None:
    path = write_blank_pdf(tmp_path / "bản vẽ.pdf", 1, (50 * 72, 50 * 72))
    with pytest.raises(LimitExceeded, match="300 dpi"):
        inspect_file(path, path.name, LIMITS)
    assert inspect_file(path, path.name, LIMITS, dpi=100).page_count == 1


def test_limits_are_configurable(good_files: dict[str, Path]) -> None:
    pdf, tiff, png = (good_files[t] for t in ("application/pdf", "image/tiff", "image/png"))
    with pytest.raises(LimitExceeded, match="3 pages, more than the limit of 2"):
        inspect_file(pdf, pdf.name, Limits(max_pages=2))
    with pytest.raises(LimitExceeded, match="3 frames"):
        inspect_file(tiff, tiff.name, Limits(max_pages=2))
    with pytest.raises(LimitExceeded, match="frame 1"):
        inspect_file(tiff, tiff.name, Limits(max_pixels=100_000))
    with pytest.raises(LimitExceeded, match="more than the limit of 1,000 bytes"):
        inspect_file(png, png.name, Limits(max_file_bytes=1000))
    assert inspect_file(pdf, pdf.name, Limits(max_pages=3)).page_count == 3


def test_many_small_pages_pass_when_the_limit_allows(tmp_path: Path) -> None:
    path = write_blank_pdf(tmp_path / "sổ.pdf", 2000, (10, 10))
    assert inspect_file(path, path.name, Limits(max_pages=2000)).page_count == 2000


def test_a_small_tiff_of_huge_frames_is_refused_by_its_pixels(tmp_path: Path) -> None:
    tiff = write_white_tiff(tmp_path / "400 trang.tif", frames=400, width=7000, height=8000)
    assert tiff.stat().st_size < 2_000_000
    with pytest.raises(LimitExceeded) as caught:
        inspect_file(tiff, tiff.name, LIMITS)
    message = str(caught.value)
    assert message.startswith("400 trang.tif: its 400 pages hold 22,400,000,000 pixels")
    assert "5,000,000,000" in message and "HOSO_MAX_FILE_PIXELS" in message


def test_the_pixel_budget_counts_every_page_of_a_file(tmp_path: Path) -> None:
    tiff = write_white_tiff(tmp_path / "ba trang.tif", frames=3, width=1000, height=1000)
    pdf = write_blank_pdf(tmp_path / "ba trang.pdf", 3)  # A4: 2479 x 3508 at 300 dpi
    assert inspect_file(tiff, tiff.name, Limits(max_file_pixels=3_000_000)).page_count == 3
    with pytest.raises(LimitExceeded, match="3,000,000 pixels in all"):
        inspect_file(tiff, tiff.name, Limits(max_file_pixels=2_999_999))
    assert inspect_file(pdf, pdf.name, Limits(max_file_pixels=26_088_996)).page_count == 3
    with pytest.raises(LimitExceeded, match="its 3 pages hold 26,088,996 pixels"):
        inspect_file(pdf, pdf.name, Limits(max_file_pixels=20_000_000))


def test_the_pixel_budget_is_a_setting() -> None:
    assert Settings.from_env({}).limits.max_file_pixels == Limits.max_file_pixels
    assert Settings.from_env({"HOSO_MAX_FILE_PIXELS": "1000"}).limits.max_file_pixels == 1000


@pytest.mark.parametrize("cut", [
    lambda source, d: cut_jpeg(source, d / "cắt.jpg"),
    lambda source, d: cut_jpeg(source, d / "cắt 95%.jpg", 0.95),
    lambda source, d: cut_jpeg(source, d / "cắt lũy tiến.jpg", progressive=True),
], ids=["jpeg-60%", "jpeg-95%", "progressive-jpeg"])
def test_a_jpeg_cut_mid_stream_is_refused_naming_it(
        tmp_path: Path, scanned_page: Path, cut: Callable[[Path, Path], Path]) -> None:
    path = cut(scanned_page, tmp_path)
    with pytest.raises(CorruptFile) as caught:
        inspect_file(path, path.name, LIMITS)
    assert str(caught.value).startswith(f"{path.name}: the JPEG is truncated")
    assert "scan or copy it again" in str(caught.value)


def test_a_png_missing_its_last_data_chunks_is_refused_naming_it(tmp_path: Path) -> None:
    full = tmp_path / "trang.png"
    scan(1240, 1754).save(full, "PNG", compress_level=0)  # several IDAT chunks
    path = cut_png(full, tmp_path / "trang cắt.png")
    with pytest.raises(CorruptFile, match=r"^trang cắt.png: the PNG is truncated"):
        inspect_file(path, path.name, LIMITS)


def test_whole_pictures_with_thumbnails_progression_or_padding_pass(tmp_path: Path,
                                                                    scanned_page: Path) -> None:
    with Image.open(scanned_page) as image:
        image.save(tmp_path / "lũy tiến.jpg", "JPEG", progressive=True)
        exif = image.getexif()
        image.save(tmp_path / "exif.jpg", "JPEG", exif=exif)
    padded = tmp_path / "đệm.jpg"
    padded.write_bytes(scanned_page.read_bytes() + b"\0" * 4096)
    for path in (scanned_page, padded, *tmp_path.glob("*.jpg")):
        assert inspect_file(path, path.name, LIMITS).page_count == 1
