"""Realistic office pages: seeded, with exact truth, marks where the truth says, and the 1-bit
scan kept as CCITT G4 inside its PDF."""

from __future__ import annotations

import io
import re
from datetime import date

import numpy as np
import pypdf
import pytest
from pdf2image import convert_from_bytes

from hoso.doctypes import is_doc_type
from hoso.synth.office import OFFICE_KINDS, render_office_page
from hoso.synth.testset import make_page


@pytest.mark.parametrize("kind", OFFICE_KINDS)
def test_same_seed_same_page_and_truth(kind: str) -> None:
    first, again = render_office_page(5, kind), render_office_page(5, kind)
    assert np.array_equal(first.image, again.image) and first.truth == again.truth
    assert first.name == f"{kind}-0005" and first.data == again.data


def test_truth_carries_number_date_and_type_as_printed() -> None:
    for seed in range(6):
        truth = render_office_page(seed, "office_handwritten").truth
        assert is_doc_type(truth.doc_type)
        assert f"Số: {truth.number}" in truth.text
        issued = date.fromisoformat(truth.issued)
        assert f"ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}" in truth.text
        assert truth.number_ink == truth.date_ink == "handwritten"
        assert truth.number.startswith(truth.number_digits + "/")


def test_header_reads_left_column_then_motto() -> None:
    lines = render_office_page(2, "office_clean").truth.text.splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("Số: "))
    motto = lines.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert number < motto <= number + 3  # after the number (and a công văn's V/v lines)
    assert lines[motto + 2].split(",")[0] in lines[motto + 2]  # then the place-date line
    assert ", ngày " in lines[motto + 2]
    assert any(line.startswith("Căn cứ") for line in lines) or any(
        line.startswith("1. ") for line in lines)


def test_stamped_page_has_received_stamp_and_machine_number_inside_the_picture() -> None:
    page = render_office_page(1, "office_stamped")
    kinds = {m.kind for m in page.truth.marks}
    assert {"received_stamp", "numbering", "seal", "signature"} <= kinds
    height, width = page.image.shape[:2]
    for mark in page.truth.marks:
        left, top, w, h = mark.box
        assert -w < left < width and -h < top < height and w > 0 and h > 0
    # The stamp is red ink: its box holds pixels far redder than the black text.
    left, top, w, h = next(m.box for m in page.truth.marks if m.kind == "received_stamp")
    patch = page.image[max(top, 0):top + h, max(left, 0):left + w].astype(int)
    assert ((patch[:, :, 2] - patch[:, :, 1]) > 80).sum() > 500


def test_bilevel_scan_is_g4_in_a_pdf_at_200_dpi() -> None:
    page = render_office_page(0, "office_1bit")
    assert page.suffix == ".pdf" and page.dpi == 200
    assert set(np.unique(page.image)) <= {0, 255}
    reader = pypdf.PdfReader(io.BytesIO(page.data))
    [image] = reader.pages[0].images
    xobject = reader.pages[0]["/Resources"]["/XObject"]
    filters = [xobject[name].get_object()["/Filter"] for name in xobject]
    assert [list(f) if isinstance(f, list) else [f] for f in filters] == [["/CCITTFaxDecode"]]
    assert image.image.size == (page.image.shape[1], page.image.shape[0])
    [decoded] = convert_from_bytes(page.data, dpi=200, grayscale=True)
    assert abs(decoded.width - page.image.shape[1]) <= 1
    assert len(page.data) < 200_000  # G4 at 200 dpi: tens of kilobytes an A4 page


def test_phone_photo_and_coarse_scan_report_their_resolution() -> None:
    phone = render_office_page(0, "office_phone")
    assert phone.suffix == ".jpg" and 200 <= phone.dpi <= 300 and phone.image.ndim == 3
    coarse = render_office_page(0, "office_coarse")
    assert coarse.dpi == 100 and coarse.image.shape[0] == pytest.approx(1169, abs=2)


def test_testset_serves_office_kinds_with_their_truth() -> None:
    page = make_page("office_photocopy", 4)
    office = render_office_page(4, "office_photocopy")
    assert page.text == office.truth.text and np.array_equal(page.image, office.image)
    assert re.search(r"Số: \d+/", page.text)
