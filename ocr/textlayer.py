"""A PDF page's own text, when it is good enough to take instead of OCR.

Papers that arrive born-digital (written by an agency's software, the national portal) carry
their exact text. Rasterising and OCRing them is slow and can only lose what was exact, so a
page whose text layer is good is read from it (pypdfium2, PDFium's text extraction: every
character with its box), and only the others are OCRed. "Good" is measured, not assumed
(figures in bench/README.md, "Born-digital PDFs"); a page is taken from its text layer when:

- at most MAX_INVISIBLE_SHARE of its characters are invisible (render mode 3): invisible
  text over a picture is another program's OCR of a scan, which our own reads better;
- at most MAX_BAD_SHARE of its characters are unmapped glyphs (no ToUnicode entry: PDFium
  reports a map error, or yields U+FFFD, private-use or control characters), and at least
  MIN_LATIN_SHARE of its letters are Latin letters with or without Vietnamese tone marks (a
  font with a wrong map gives letters of other scripts, or mojibake such as "Ã¡");
- it has at least MIN_LETTERS letters drawn visibly: a scan has none, or a few in a stamp;
- the text covers the ink: of the dark pixels of the page rendered at COVER_DPI, at least
  MIN_INK_COVERED lie in (slightly widened) character boxes. A scanned page with one line
  of real text (a portal's "electronic copy" stamp) fails here; a typed page with a seal or
  a signature image passes.

The page record then has the exact words and their boxes (in pixels at the OCR dpi, as OCR
would give them) with confidence 100, and as its searchable PDF the original page itself.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from hoso.errors import CorruptFile
from hoso.ocr.pdf import extract_page
from hoso.records import OcrPage, Word

__all__ = [
    "MIN_INK_COVERED",
    "MIN_LETTERS",
    "LayerVerdict",
    "TextLayer",
    "judge_layer",
    "read_text_layer",
    "text_layer_page",
]

MIN_LETTERS = 40
MAX_BAD_SHARE = 0.01
MIN_LATIN_SHARE = 0.98
MAX_INVISIBLE_SHARE = 0.05
MIN_INK_COVERED = 0.6
COVER_DPI = 36
_INK_LEVEL = 160  # grey below this is ink at COVER_DPI (anti-aliased strokes are lighter)
_RENDER_INVISIBLE = 3
_BOX_MARGIN_PX = 1  # character boxes are tight; anti-aliasing spills a pixel at COVER_DPI
_NO_BOX = (0, 0, 0, 0)


@dataclass(frozen=True)
class TextLayer:
    """What a PDF page's text layer holds, measured.

    words: the words with boxes in pixels at `dpi` of the page as displayed (its /Rotate
    applied), lines numbered from 0. letters: visible letters. bad: unmapped or control
    characters. foreign: letters outside Latin (with Vietnamese marks). invisible: characters
    drawn in render mode 3. chars: all non-space characters. ink_covered: share of the
    page's ink inside character boxes (1.0 when the page has no ink).
    """

    words: tuple[Word, ...]
    width: int
    height: int
    dpi: int
    chars: int
    letters: int
    bad: int
    foreign: int
    invisible: int
    ink_covered: float

    @property
    def text(self) -> str:
        lines: dict[int, list[str]] = {}
        for word in self.words:
            lines.setdefault(word.line, []).append(word.text)
        return "\n".join(" ".join(lines[n]) for n in sorted(lines))


@dataclass(frozen=True)
class LayerVerdict:
    """Whether to take the page's text layer; `reason` says why not (English, for logs)."""

    good: bool
    reason: str = ""


def judge_layer(layer: TextLayer) -> LayerVerdict:
    """The rule of the module docstring, in its order."""
    chars = max(layer.chars, 1)
    if layer.invisible / chars > MAX_INVISIBLE_SHARE:
        return LayerVerdict(False, f"{layer.invisible} of {layer.chars} characters invisible")
    if layer.bad / chars > MAX_BAD_SHARE:
        return LayerVerdict(False, f"{layer.bad} of {layer.chars} characters unmapped")
    if layer.letters < MIN_LETTERS:
        return LayerVerdict(False, f"{layer.letters} letters in the text layer")
    if layer.letters and (layer.letters - layer.foreign) / layer.letters < MIN_LATIN_SHARE:
        return LayerVerdict(False, f"{layer.foreign} of {layer.letters} letters not Latin")
    if layer.ink_covered < MIN_INK_COVERED:
        return LayerVerdict(False, f"text covers {layer.ink_covered:.0%} of the ink")
    return LayerVerdict(True)


def read_text_layer(path: Path, index: int, dpi: int) -> TextLayer:
    """Measure page `index` (0-based) of the PDF at `path`; boxes in pixels at `dpi`."""
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise CorruptFile(path.name, f"page {index + 1}: unreadable PDF ({exc})") from None
    try:
        page = document[index]
        text_page = page.get_textpage()
        width, height = (round(v * dpi / 72) for v in page.get_size())
        chars = _characters(page, text_page, (width, height))
        covered = _ink_covered(page, chars, (width, height))
        return _measure(chars, width, height, dpi, covered)
    finally:
        document.close()


@dataclass(frozen=True)
class _Char:
    text: str
    box: tuple[int, int, int, int]  # left, top, right, bottom in pixels
    unmapped: bool
    invisible: bool


def _characters(page: pdfium.PdfPage, text_page: pdfium.PdfTextPage,
                size: tuple[int, int]) -> list[_Char]:
    """Every character PDFium reads, in its reading order; its own line breaks and spaces
    are kept as characters with an empty box."""
    count = text_page.count_chars()
    text = text_page.get_text_range(0, count) if count else ""
    found = []
    for i, char in enumerate(text[:count]):
        if char.isspace() or pdfium_c.FPDFText_IsGenerated(text_page, i) == 1:
            found.append(_Char(char if char.isspace() else " ", _NO_BOX, False, False))
            continue
        found.append(_Char(
            char, _device_box(page, text_page.get_charbox(i), size),
            unmapped=pdfium_c.FPDFText_HasUnicodeMapError(text_page, i) == 1,
            invisible=_render_mode(text_page, i) == _RENDER_INVISIBLE))
    return found


def _render_mode(text_page: pdfium.PdfTextPage, index: int) -> int:
    obj = pdfium_c.FPDFText_GetTextObject(text_page, index)
    return int(pdfium_c.FPDFTextObj_GetTextRenderMode(obj)) if obj else 0


def _device_box(page: pdfium.PdfPage, box: tuple[float, float, float, float],
                size: tuple[int, int]) -> tuple[int, int, int, int]:
    """A box in PDF points (left, bottom, right, top) as pixels of the displayed page."""
    xs, ys = [], []
    for px, py in ((box[0], box[1]), (box[2], box[3])):
        dx, dy = pdfium_c.c_int(), pdfium_c.c_int()
        pdfium_c.FPDF_PageToDevice(page, 0, 0, size[0], size[1], 0, px, py,
                                   dx, dy)
        xs.append(dx.value)
        ys.append(dy.value)
    return min(xs), min(ys), max(xs), max(ys)


def _ink_covered(page: pdfium.PdfPage, chars: list[_Char], size: tuple[int, int]) -> float:
    """Share of the page's dark pixels at COVER_DPI that lie inside character boxes (given
    in pixels of a page of `size`)."""
    grey = page.render(scale=COVER_DPI / 72, grayscale=True).to_numpy()
    ink = (grey if grey.ndim == 2 else grey[:, :, 0]) < _INK_LEVEL
    total = int(ink.sum())
    if total == 0:
        return 1.0
    height, width = ink.shape
    sx, sy = width / size[0], height / size[1]
    mask = np.zeros_like(ink)
    for char in chars:
        if char.box == _NO_BOX or char.invisible:
            continue
        left, top, right, bottom = char.box
        mask[max(0, int(top * sy) - _BOX_MARGIN_PX): int(bottom * sy) + 1 + _BOX_MARGIN_PX,
             max(0, int(left * sx) - _BOX_MARGIN_PX): int(right * sx) + 1 + _BOX_MARGIN_PX] = True
    return float((ink & mask).sum()) / total


def _measure(chars: list[_Char], width: int, height: int, dpi: int,
             covered: float) -> TextLayer:
    visible = [c for c in chars if c.box != _NO_BOX]
    letters = [c for c in visible if c.text.isalpha() and not c.invisible]
    return TextLayer(
        words=_words(chars), width=width, height=height, dpi=dpi,
        chars=len(visible), letters=len(letters),
        bad=sum(1 for c in visible if c.unmapped or _garbage(c.text)),
        foreign=sum(1 for c in letters if not _latin(c.text)),
        invisible=sum(1 for c in visible if c.invisible),
        ink_covered=round(covered, 4),
    )


def _garbage(char: str) -> bool:
    category = unicodedata.category(char)
    return char == "\ufffd" or category in ("Co", "Cc", "Cs", "Cn")


def _latin(char: str) -> bool:
    """A Latin letter, with or without Vietnamese marks (đ, ơ, ư, ả...)."""
    base = unicodedata.normalize("NFD", char)[0]
    return base.isascii() or char in "đĐơƠưƯ"


def _words(chars: list[_Char]) -> tuple[Word, ...]:
    """Runs of characters between spaces, numbered by line (PDFium's line breaks)."""
    words: list[Word] = []
    line, run = 0, []
    for char in [*chars, _Char("\n", _NO_BOX, False, False)]:
        if char.box != _NO_BOX:
            run.append(char)
            continue
        if run:
            words.append(_word(run, line))
            run = []
        if char.text in "\r\n" and words and words[-1].line == line:
            line += 1
    return tuple(words)


def _word(run: list[_Char], line: int) -> Word:
    left = min(c.box[0] for c in run)
    top = min(c.box[1] for c in run)
    right = max(c.box[2] for c in run)
    bottom = max(c.box[3] for c in run)
    text = unicodedata.normalize("NFC", "".join(c.text for c in run))
    return Word(text, left, top, right - left, bottom - top, 100.0, line)


def text_layer_page(path: Path, index: int, layer: TextLayer) -> OcrPage:
    """The page record from a good text layer: exact words, and the original page as PDF."""
    return OcrPage(
        text=layer.text, words=layer.words, confidence=100.0, orientation=0, skew=0.0,
        width=layer.width, height=layer.height, dpi=layer.dpi,
        pdf=extract_page(path, index), needs_review=False, text_source="text_layer",
    )
