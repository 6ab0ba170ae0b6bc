"""tesseract, run once per page for text, word boxes and a text-only PDF layer.

The image goes in on stdin as PGM (no PNG encoding); one run writes every output asked for
(`txt`, `tsv`, `hocr`, `pdf`) into a private temporary folder. OMP_THREAD_LIMIT=1: we run one
process per core instead, which is faster than tesseract's own threads on whole pages.
"""

from __future__ import annotations

import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from hoso.errors import ToolError
from hoso.records import Word
from ocr.tools import run_tool

__all__ = ["TesseractOutput", "run_tesseract", "parse_tsv", "SINGLE_THREAD"]

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
    configs = ["txt", "tsv"] + (["hocr"] if hocr else []) + (["pdf"] if pdf else [])
    with tempfile.TemporaryDirectory(prefix="hoso-ocr-") as tmp:
        base = Path(tmp) / "page"
        args = ["tesseract", "stdin", str(base), "-l", languages, "--psm", str(psm),
                "--dpi", str(dpi), "-c", "textonly_pdf=1", "-c", "tessedit_create_tsv=1",
                *configs]
        run_tool(args, timeout_s=timeout_s, what=what, stdin=data.tobytes(), env=SINGLE_THREAD)
        text = (base.with_suffix(".txt")).read_text("utf-8", errors="replace")
        words = parse_tsv(base.with_suffix(".tsv").read_text("utf-8", errors="replace"))
        hocr_bytes = base.with_suffix(".hocr").read_bytes() if hocr else b""
        pdf_bytes = base.with_suffix(".pdf").read_bytes() if pdf else b""
    return TesseractOutput(_clean_text(text), words, hocr_bytes, pdf_bytes)


def _clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\f", "")
    lines = [line.rstrip() for line in text.splitlines()]
    return "\n".join(lines).strip("\n")


def parse_tsv(tsv: str) -> tuple[Word, ...]:
    """Words (level 5 rows) of tesseract's TSV, with a running line number across blocks."""
    words, line_no, last_key = [], 0, None
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        key = (cells[2], cells[3], cells[4])  # block, paragraph, line
        if key != last_key:
            line_no, last_key = line_no + 1, key
        left, top, width, height = (int(c) for c in cells[6:10])
        words.append(Word(unicodedata.normalize("NFC", cells[11].strip()), left, top, width,
                          height, max(0.0, float(cells[10])), line_no))
    return tuple(words)
