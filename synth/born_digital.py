"""Born-digital PDFs: Vietnamese pages written as text by a word processor, not scanned.

Papers now often arrive as PDFs an agency's software wrote: real text in an embedded font,
with a ToUnicode map, perhaps a vector seal. These make such files from the same lines as
`hoso.synth.render` draws (its markup: `# ` title, `= ` centred, `> ` right, `^ ` right bold),
and, to test the judge of text layers (`hoso.ocr.textlayer`), the files that look alike but
must still be read by OCR:

    born_digital    text in Tinos (or the family named), a red vector seal when asked
    scan_footer     the page as a scanned picture, with one line of real text at the foot
                    (a portal's "electronic copy" stamp): the text covers little of the ink
    scan_ocr_layer  the scanned picture under an invisible text layer (another program's OCR)
    unmapped        born_digital with the fonts' ToUnicode maps removed: glyphs, no letters

Needs fpdf2 (`pip install 'hoso[test]'`).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from hoso.errors import MissingExtra
from hoso.synth.fonts import find_family
from hoso.synth.render import render_page

__all__ = ["KINDS", "born_digital_pdf"]

KINDS = ("born_digital", "scan_footer", "scan_ocr_layer", "unmapped")
_MARGINS_MM = (30.0, 20.0, 20.0, 20.0)  # left, top, right, bottom, as synth.render
_POINT_SIZE = 13.0
_STYLES = {"# ": ("B", "C"), "= ": ("", "C"), "^ ": ("B", "R"), "> ": ("I", "R")}
_FIXED_DATE = datetime(2025, 1, 1, tzinfo=UTC)
FOOTER = ("Bản sao điện tử được chứng thực từ bản chính - Cổng Dịch vụ công quốc gia"
          " - ngày 02/12/2024")


def born_digital_pdf(pages: Sequence[Sequence[str]], *, kind: str = "born_digital",
                     seal: bool = False, font: str | None = None, seed: int = 0) -> bytes:
    """One PDF page per item of `pages` (lines in synth.render's markup), as `kind` says."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")
    pdf = _new_pdf(font)
    for number, lines in enumerate(pages):
        pdf.add_page()
        if kind in ("scan_footer", "scan_ocr_layer"):
            _scanned(pdf, lines, seed + number, invisible_text=kind == "scan_ocr_layer")
        else:
            _write_lines(pdf, lines)
            if seal:
                _vector_seal(pdf)
    data = bytes(pdf.output())
    return _drop_unicode_maps(data) if kind == "unmapped" else data


def _new_pdf(font: str | None):  # type: ignore[no-untyped-def]
    try:
        from fpdf import FPDF
    except ImportError:
        raise MissingExtra("fpdf2", "writing born-digital test PDFs") from None
    family = find_family(font or "Tinos")
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(_FIXED_DATE)  # the same lines give the same bytes
    pdf.set_margins(_MARGINS_MM[0], _MARGINS_MM[1], _MARGINS_MM[2])
    pdf.set_auto_page_break(True, _MARGINS_MM[3])
    pdf.add_font("body", "", str(family.regular))
    pdf.add_font("body", "B", str(family.bold))
    pdf.add_font("body", "I", str(family.italic))
    return pdf


def _write_lines(pdf, lines: Sequence[str]) -> None:  # type: ignore[no-untyped-def]
    pitch = _POINT_SIZE * 1.45 * 25.4 / 72
    for raw in lines:
        line = unicodedata.normalize("NFC", raw)
        style, align = next(((s, a) for m, (s, a) in _STYLES.items() if line.startswith(m)),
                            ("", "J"))
        text = line[2:].strip() if style or align != "J" else line.strip()
        pdf.set_font("body", style, _POINT_SIZE * (1.1 if line.startswith("# ") else 1))
        if not text:
            pdf.ln(pitch / 2)
            continue
        pdf.multi_cell(0, pitch, text, align=align, new_x="LMARGIN", new_y="NEXT")


def _vector_seal(pdf) -> None:  # type: ignore[no-untyped-def]
    """A red ring with a star where a signer's seal goes: ink that is not text."""
    x, y = 130.0, min(pdf.get_y() + 5, 240.0)
    pdf.set_draw_color(200, 30, 30)
    pdf.set_line_width(1.2)
    pdf.circle(x, y, 20)
    pdf.circle(x, y, 14)
    pdf.star(x, y, 3, 7, 5, style="D")


def _scanned(pdf, lines: Sequence[str], seed: int, *, invisible_text: bool) -> None:  # type: ignore[no-untyped-def]
    page = render_page(lines, seed=seed, dpi=150, font="Tinos")
    buffer = io.BytesIO()
    Image.fromarray(page.image[:, :, ::-1]).save(buffer, format="JPEG", quality=80)
    pdf.image(buffer, x=0, y=0, w=pdf.w, h=pdf.h)
    if invisible_text:
        pdf.text_mode = "INVISIBLE"
        _write_lines(pdf, lines)
        pdf.text_mode = "FILL"
    else:
        pdf.set_auto_page_break(False)
        pdf.set_font("body", "I", 8)
        pdf.set_xy(_MARGINS_MM[0], pdf.h - 12)
        pdf.cell(0, 4, FOOTER)
        pdf.set_auto_page_break(True, _MARGINS_MM[3])


def _drop_unicode_maps(data: bytes) -> bytes:
    """The same PDF with no ToUnicode map on any font: the text extracts as glyph ids."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        resources = page["/Resources"].get_object()
        fonts = resources.get("/Font", {}) if isinstance(resources, DictionaryObject) else {}
        for ref in fonts.values():
            ref.get_object().pop(NameObject("/ToUnicode"), None)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_born_digital(path: Path, pages: Sequence[Sequence[str]], **options: object) -> Path:
    path.write_bytes(born_digital_pdf(pages, **options))  # type: ignore[arg-type]
    return path
