"""A born-digital PDF goes in through `hoso ingest`: its typed pages keep their exact text
without OCR, its scanned page is OCRed, the original comes back byte-identical."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from engines import CALLS_LOG, calls
from hoso_cli import BIRTH_PAGE, CODE, REQUEST_PAGE, Hoso
from pypdf import PdfReader, PdfWriter

from hoso.synth.born_digital import born_digital_pdf

TESTS = Path(__file__).resolve().parents[1]


def _mixed_pdf(path: Path) -> Path:
    """Page 1 typed (born-digital), page 2 a scan with a portal's stamp line, page 3 typed."""
    typed = PdfReader(io.BytesIO(born_digital_pdf([BIRTH_PAGE, REQUEST_PAGE], seal=True)))
    scanned = PdfReader(io.BytesIO(born_digital_pdf([REQUEST_PAGE], kind="scan_footer")))
    writer = PdfWriter()
    for page in (typed.pages[0], scanned.pages[0], typed.pages[1]):
        writer.add_page(page)
    with path.open("wb") as out:
        writer.write(out)
    return path


def _fold(lines: tuple[str, ...]) -> str:
    return " ".join(" ".join(ln[2:] if ln[:2] in ("# ", "= ", "> ", "^ ") else ln
                             for ln in lines).split())


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Hoso, Path, Path]:
    folder = tmp_path_factory.mktemp("born")
    pdf = _mixed_pdf(folder / "hồ sơ điện tử.pdf")
    path = os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p)
    log = folder / "calls.log"
    hoso = Hoso(folder / "home", {"PYTHONPATH": path, "HOSO_OCR_ENGINE":
                                  "engines:CountingTesseract", CALLS_LOG: str(log)})
    result = hoso.run("ingest", CODE, str(pdf), "--procedure", "1.004227")
    assert result.returncode == 0, result.stdout + result.stderr
    return hoso, pdf, log


def test_only_the_scanned_page_is_ocred(archive: tuple[Hoso, Path, Path]) -> None:
    _hoso, pdf, log = archive
    assert calls(log) == [f"tesseract {CODE}/{pdf.name} page 2"]


def test_typed_pages_keep_their_exact_text(archive: tuple[Hoso, Path, Path],
                                           tmp_path: Path) -> None:
    hoso, pdf, _log = archive
    listing = hoso.json("get", CODE, "--out", str(tmp_path / "out"))
    texts = " ".join((tmp_path / "out" / f["path"]).read_text("utf-8")
                     for f in listing["files"] if f["kind"] == "text")
    folded = " ".join(texts.split())
    assert _fold(BIRTH_PAGE) in folded
    assert _fold(REQUEST_PAGE) in folded
    originals = [tmp_path / "out" / f["path"] for f in listing["files"]
                 if f["kind"] == "original"]
    assert [p.read_bytes() for p in originals] == [pdf.read_bytes()]


def test_typed_pages_are_searchable_and_confident(archive: tuple[Hoso, Path, Path]) -> None:
    hoso, _pdf, _log = archive
    status = hoso.json("status", CODE)
    pages = [p for f in status["status"]["files"] for p in f["pages"]]
    assert [p["state"] for p in pages] == ["done"] * 3
    assert pages[0]["confidence"] == 100 and not pages[0]["needs_review"]
    found = hoso.json("search", "tran thi thanh huong")
    assert found["total"] >= 1
