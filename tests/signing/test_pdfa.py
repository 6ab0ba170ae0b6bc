"""Document PDFs are PDF/A-2b, signed or not, as veraPDF sees them: pages with a text layer
from tesseract, a picture-only page, the signature's visible mark with its embedded font."""

from __future__ import annotations

from pathlib import Path

from pdfa import pdfa_failures
from signing_kit import document_pdf

from hoso.ocr import OcrSettings, merge_pdfs, read_page
from hoso.records import PageImage
from hoso.signing.settings import SigningSettings
from hoso.signing.signer import open_signer
from hoso.synth.corpus import page_lines
from hoso.synth.render import render_page


def test_document_pdfs_pass_verapdf_as_pdf_a_2b(
        settings: SigningSettings, tmp_path: Path) -> None:
    rendered = render_page(page_lines(7, body_sentences=4), seed=7, seal=True, signature=True)
    read = read_page(PageImage(rendered.image, 300), OcrSettings(), name="pdfa page 1")
    merged = merge_pdfs([read.pdf, read.pdf])
    signer = open_signer(settings)
    files = {"ocr-unsigned.pdf": merged, "ocr-signed.pdf": signer.sign(merged),
             "picture-signed.pdf": signer.sign(document_pdf(pages=1))}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    failures = pdfa_failures([tmp_path / name for name in files])
    assert failures == {str(tmp_path / name): [] for name in files}
