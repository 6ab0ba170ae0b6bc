"""Born-digital PDF pages are read from their own text layer; pages that only look like it
(a scan with a stamp line, a scan under another program's OCR, glyphs with no letters) are
not."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from hoso.ocr.textlayer import judge_layer, read_text_layer, text_layer_page
from hoso.synth.born_digital import born_digital_pdf
from hoso.synth.documents import generate_document

DOC = generate_document("giay_khai_sinh", 3)


def _fold(text: str) -> str:
    return " ".join(text.replace("# ", "").replace("= ", "").replace("> ", "")
                    .replace("^ ", "").split())


def _write(tmp_path: Path, kind: str, *, seal: bool = False) -> Path:
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(born_digital_pdf(DOC.pages, kind=kind, seal=seal))
    return path


@pytest.mark.parametrize("seal", [False, True])
def test_a_born_digital_page_is_taken_with_its_exact_text(tmp_path: Path, seal: bool) -> None:
    layer = read_text_layer(_write(tmp_path, "born_digital", seal=seal), 0, 300)
    assert judge_layer(layer).good
    assert _fold(layer.text) == _fold("\n".join(DOC.pages[0]))


def test_word_boxes_lie_on_the_page_in_reading_order(tmp_path: Path) -> None:
    layer = read_text_layer(_write(tmp_path, "born_digital"), 0, 300)
    assert (layer.width, layer.height) == (2480, 3508)  # A4 at 300 dpi
    first = layer.words[0]
    assert first.text == _fold(DOC.pages[0][0]).split()[0] and first.line == 0
    # 13 pt type is about 54 px tall at 300 dpi; the title starts below the 20 mm margin.
    assert 40 < first.height < 80 and first.top >= 20 / 25.4 * 300 - 5
    assert all(0 <= w.left and w.left + w.width <= layer.width for w in layer.words)
    lines = [w.line for w in layer.words]
    assert lines == sorted(lines)


@pytest.mark.parametrize(("kind", "reason"), [
    ("scan_footer", "of the ink"),
    ("scan_ocr_layer", "invisible"),
    ("unmapped", "unmapped"),
])
def test_pages_that_only_look_born_digital_are_ocred(tmp_path: Path, kind: str,
                                                     reason: str) -> None:
    verdict = judge_layer(read_text_layer(_write(tmp_path, kind), 0, 300))
    assert not verdict.good
    assert reason in verdict.reason


def test_a_stamp_line_over_a_scan_does_not_cover_its_ink(tmp_path: Path) -> None:
    layer = read_text_layer(_write(tmp_path, "scan_footer"), 0, 300)
    assert layer.ink_covered < 0.05


def test_the_page_record_keeps_the_original_page_as_its_pdf(tmp_path: Path) -> None:
    path = _write(tmp_path, "born_digital")
    page = text_layer_page(path, 0, read_text_layer(path, 0, 300))
    assert page.text_source == "text_layer" and page.confidence == 100
    assert not page.needs_review
    copied = PdfReader(io.BytesIO(page.pdf)).pages[0].extract_text()
    assert "GIẤY KHAI SINH" in copied.upper()
    assert text_layer_page(path, 0, read_text_layer(path, 0, 300)).pdf == page.pdf
