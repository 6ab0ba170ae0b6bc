"""The OCR engine seam: what turns a prepared page's pixels into words, text and a text layer.

One small interface, in the spirit of OCRmyPDF's OCR-engine plugins and httpx's transports:
production reads with `TesseractEngine` (ocr.tesseract); the tests select engines that crash,
hang past their time limit or return garbage (tests/engines.py) the same way, so failure,
retry and requeue are tested through the path production takes.

An engine is named by a setting (`Settings.ocr_engine`, HOSO_OCR_ENGINE): a built-in name, or
`module:factory` for any engine importable from the Python path. `open_engine` resolves the
name once, where a worker's Context is built, and the engine is passed down from there.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from hoso.errors import ConfigError
from hoso.records import Word

__all__ = ["BUILT_IN", "EngineOutput", "EngineRequest", "OcrEngine", "open_engine"]

BUILT_IN = {"tesseract": "hoso.ocr.tesseract:TesseractEngine"}


@dataclass(frozen=True)
class EngineRequest:
    """How to read one page.

    languages: language codes joined by `+` (tesseract's `-l`).
    psm: page segmentation mode (tesseract's numbering).
    dpi: the page's resolution.
    timeout_s: the engine gives up (ToolTimeout) after this many seconds.
    what: names the page in errors ("dossier/file.pdf page 3").
    pdf, hocr: also make a one-page text-only PDF, an hOCR document.
    tessdata: a folder of models to read with instead of the installed ones (None: those).
    """

    languages: str
    psm: int
    dpi: int
    timeout_s: float
    what: str = "page"
    pdf: bool = True
    hocr: bool = True
    tessdata: str | None = None


@dataclass(frozen=True)
class EngineOutput:
    """What an engine read: words with boxes in the given pixels' coordinates, the text they
    make, and, when asked for, hOCR and a text-only PDF page (invisible text on the words)."""

    text: str
    words: tuple[Word, ...]
    hocr: bytes = b""
    pdf: bytes = b""


@runtime_checkable
class OcrEngine(Protocol):
    """Reads a prepared page (grey, upright, level).

    Raises ToolTimeout past `request.timeout_s`, ToolCrashed when the engine died (worth
    another try), ToolMissing when it is not installed, ToolError when it failed on the page.
    Whatever it returns is taken as read: a page of nonsense is scored, not refused.
    """

    name: str

    def recognise(self, grey: np.ndarray, request: EngineRequest) -> EngineOutput: ...


def open_engine(name: str) -> OcrEngine:
    """The engine `name` names: `tesseract`, or `module:factory` (called with no arguments)."""
    target = BUILT_IN.get(name, name)
    module_name, _, factory_name = target.partition(":")
    if not module_name or not factory_name:
        raise ConfigError(f"OCR engine {name!r} is neither one of {', '.join(BUILT_IN)} "
                          "nor module:factory")
    try:
        factory = getattr(importlib.import_module(module_name), factory_name)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"OCR engine {name!r} cannot be loaded: {exc}") from None
    engine = factory()
    if not isinstance(engine, OcrEngine):
        raise ConfigError(f"OCR engine {name!r} made {engine!r}, which has no recognise()")
    return engine
