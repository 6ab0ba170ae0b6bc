"""tesseract, the production OCR engine: run once per page for text, word boxes, hOCR and a
text-only PDF layer.

The image goes in on stdin as PGM (no PNG encoding); one run writes every output asked for
(`tsv`, `hocr`, `pdf`) into a private temporary folder; the text is rebuilt from the TSV's
words so that noise lines can be left out of it.

That run is ours (ocr.tools.run_tool), not pytesseract's, for two measured reasons
(bench/README.md, "Library calls"): pytesseract's one-run-many-outputs call,
`run_and_get_multiple_output`, takes no options, so no `--dpi`, no `--psm` and no
`textonly_pdf=1` (its PDF then carries the grey page picture, hundreds of times larger, and
would be drawn over our colour picture; its text differs on some pages), and it costs more
CPU (PNG encoding); and every pytesseract call starts tesseract with this whole process's
environment, while tesseract must run with OMP_THREAD_LIMIT=1 (its OpenMP threads cost
3-3.5x the CPU when a page runs on every core) without changing the environment of the process.
pytesseract does what fits it: asking tesseract once which languages it has.
"""

from __future__ import annotations

import functools
import re
import shlex
import tempfile
import unicodedata
from pathlib import Path

import cv2
import numpy as np
import pytesseract

from hoso.errors import ToolError, ToolMissing
from hoso.ocr.engine import EngineOutput, EngineRequest
from hoso.ocr.tools import INSTALL_HINTS, run_tool
from hoso.records import Word

__all__ = ["SINGLE_THREAD", "TesseractEngine", "parse_tsv", "require_languages"]

# One process per core is faster than tesseract's own threads on whole pages.
SINGLE_THREAD = {"OMP_THREAD_LIMIT": "1"}


class TesseractEngine:
    """Reads a page with the `tesseract` program (see the module's docstring)."""

    name = "tesseract"

    def recognise(self, grey: np.ndarray, request: EngineRequest) -> EngineOutput:
        require_languages(request.languages, request.tessdata)
        ok, data = cv2.imencode(".pgm", grey)
        if not ok:
            raise ToolError(f"{request.what}: could not encode the page for tesseract")
        outputs = ["tsv"] + (["hocr"] if request.hocr else []) + (["pdf"] if request.pdf else [])
        with tempfile.TemporaryDirectory(prefix="hoso-ocr-") as tmp:
            base = Path(tmp) / "page"
            models = ["--tessdata-dir", request.tessdata] if request.tessdata else []
            args = ["tesseract", "stdin", str(base), *models, "-l", request.languages,
                    "--psm", str(request.psm), "--dpi", str(request.dpi),
                    "-c", "textonly_pdf=1", *outputs]
            run_tool(args, timeout_s=request.timeout_s, what=request.what,
                     stdin=data.tobytes(), env=SINGLE_THREAD)
            tsv = base.with_suffix(".tsv")
            if not tsv.exists():  # a tessdata folder without tesseract's `configs/tsv`
                raise ToolError(f"{request.what}: tesseract wrote no TSV"
                                + (f" (does {request.tessdata} hold configs/?)"
                                   if request.tessdata else ""))
            words, text = parse_tsv(tsv.read_text("utf-8", errors="replace"))
            hocr = base.with_suffix(".hocr").read_bytes() if request.hocr else b""
            pdf = base.with_suffix(".pdf").read_bytes() if request.pdf else b""
        return EngineOutput(text, words, hocr, pdf)


@functools.cache
def require_languages(languages: str, tessdata: str | None = None) -> None:
    """Raise ToolMissing, naming the package to install, when tesseract or the data of one of
    `languages` is missing (instead of tesseract's "couldn't load any languages" on each
    page). Asked once per process and languages; a failed answer is asked again."""
    try:
        config = f"--tessdata-dir {shlex.quote(tessdata)}" if tessdata else ""
        installed = set(pytesseract.get_languages(config=config))
    except pytesseract.TesseractNotFoundError:
        raise ToolMissing("tesseract is not installed", hint=INSTALL_HINTS["tesseract"]) from None
    # get_languages lists plain codes only (`vie`, `chi_sim`), not `script/...` models, which
    # are left to tesseract itself.
    missing = [code for code in languages.split("+")
               if re.fullmatch(r"[a-z_]+", code) and code not in installed]
    if missing and tessdata:
        raise ToolMissing(f"{tessdata} holds no tesseract model for {'+'.join(missing)}",
                          hint="see bench/README.md, Engine choice, for the models")
    if missing:
        packages = " ".join(f"tesseract-ocr-{code.replace('_', '-')}" for code in missing)
        raise ToolMissing(f"tesseract has no language data for {'+'.join(missing)}",
                          hint=f"apt-get install {packages}")


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
