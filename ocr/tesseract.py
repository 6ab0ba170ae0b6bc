"""tesseract, run once per page for text, word boxes and a text-only PDF layer.

The image goes in on stdin as PGM (no PNG encoding); one run writes every output asked for
(`tsv`, `hocr`, `pdf`) into a private temporary folder; the text is rebuilt from the TSV's
words so that noise lines can be left out of it. OMP_THREAD_LIMIT=1: we run one
process per core instead, which is faster than tesseract's own threads on whole pages.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from hoso.errors import ToolError
from hoso.ocr.tools import run_tool
from hoso.records import Word

__all__ = ["SINGLE_THREAD", "TesseractOutput", "parse_tsv", "run_tesseract"]

SINGLE_THREAD = {"OMP_THREAD_LIMIT": "1"}


@dataclass(frozen=True)
class TesseractOutput:
    text: str
    words: tuple[Word, ...]
    hocr: bytes
    pdf: bytes


def run_tesseract(grey: np.ndarray, *, dpi: int, languages: str, psm: int, timeout_s: float,
                  what: str, pdf: bool = True, hocr: bool = True) -> TesseractOutput:
    """OCR a grey (or binary) page; `what` names it in errors."""
    ok, data = cv2.imencode(".pgm", grey)
    if not ok:
        raise ToolError(f"{what}: could not encode the page for tesseract")
    configs = ["tsv"] + (["hocr"] if hocr else []) + (["pdf"] if pdf else [])
    with tempfile.TemporaryDirectory(prefix="hoso-ocr-") as tmp:
        base = Path(tmp) / "page"
        args = ["tesseract", "stdin", str(base), "-l", languages, "--psm", str(psm),
                "--dpi", str(dpi), "-c", "textonly_pdf=1", *configs]
        run_tool(args, timeout_s=timeout_s, what=what, stdin=data.tobytes(), env=SINGLE_THREAD)
        words, text = parse_tsv(base.with_suffix(".tsv").read_text("utf-8", errors="replace"))
        hocr_bytes = base.with_suffix(".hocr").read_bytes() if hocr else b""
        pdf_bytes = base.with_suffix(".pdf").read_bytes() if pdf else b""
    return TesseractOutput(text, words, hocr_bytes, pdf_bytes)


def parse_tsv(tsv: str) -> tuple[tuple[Word, ...], str]:
    """Words of tesseract's TSV, less noise lines, and the text they make (NFC).

    Text is rebuilt from the words, as tesseract's `txt` does: words joined by spaces, one
    line per line, a blank line between paragraphs.
    """
    lines: list[list[Word]] = []
    breaks: list[bool] = []  # a paragraph starts at this line
    last_par, last_line = None, None
    for cells in (row.split("\t") for row in tsv.splitlines()[1:]):
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        par, line = (cells[2], cells[3]), (cells[2], cells[3], cells[4])
        if line != last_line:
            lines.append([])
            breaks.append(par != last_par and last_par is not None)
            last_par, last_line = par, line
        left, top, width, height = (int(c) for c in cells[6:10])
        text = unicodedata.normalize("NFC", cells[11].strip())
        lines[-1].append(Word(text, left, top, width, height, max(0.0, float(cells[10])),
                              len(lines)))
    return _assemble(lines, breaks)


def _assemble(lines: list[list[Word]], breaks: list[bool]) -> tuple[tuple[Word, ...], str]:
    letter_height = _letter_height(lines)
    words: list[Word] = []
    out: list[str] = []
    for line, new_paragraph in zip(lines, breaks, strict=True):
        kept = [w for w in line if not _is_speck(w, letter_height)]
        if not kept or not any(_WORDLIKE.search(w.text) for w in kept):
            continue
        if new_paragraph and out:
            out.append("")
        words.extend(kept)
        out.append(" ".join(w.text for w in kept))
    return tuple(words), "\n".join(out)


# A line is text when one of its words has two letters or digits in a row; lines of lone
# symbols ("⁄", "~", "-—") are what tesseract makes of seal rings and signature strokes.
_WORDLIKE = re.compile(r"[^\W_]{2}")


def _letter_height(lines: list[list[Word]]) -> float:
    heights = [w.height for line in lines for w in line if sum(c.isalpha() for c in w.text) >= 3]
    return float(np.median(heights)) if heights else 0.0


def _is_speck(word: Word, letter_height: float) -> bool:
    """A 'word' of letters far smaller than the page's letters is a mark misread as text."""
    return letter_height > 0 and word.height < 0.4 * letter_height and any(
        c.isalnum() for c in word.text)
