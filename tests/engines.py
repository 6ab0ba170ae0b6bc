"""OCR engines that misbehave, selected the way production selects tesseract.

    HOSO_OCR_ENGINE=engines:CrashingEngine      (with tests/ on PYTHONPATH)

Like OCRmyPDF's tests/plugins: nothing is patched. Crashes and hangs are real programs run
through `hoso.ocr.tools.run_tool`, the wrapper tesseract runs in, so they reach the pipeline
as production's would; garbage is what a confused engine hands back.

Each engine appends a line per page it is asked to read to the file named by
HOSO_TEST_ENGINE_CALLS, when set, so a test can count attempts across processes.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np

from hoso.ocr.engine import EngineOutput, EngineRequest
from hoso.ocr.tesseract import TesseractEngine, parse_tsv
from hoso.ocr.tools import run_tool

CALLS_LOG = "HOSO_TEST_ENGINE_CALLS"

# A page of nonsense as tesseract's TSV: letters and symbols in no language, read unsure.
_NONSENSE = "\n".join(
    ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    + [f"5\t1\t1\t1\t{line}\t{n}\t{100 + 90 * n}\t{100 + 60 * line}\t80\t40\t{conf}\t{text}"
       for line, row in enumerate((("ẅq}", "ǁlIl1"), ("xqż~", "ĳĳk", "Ŋ#@")), start=1)
       for n, (text, conf) in enumerate(zip(row, (12.0, 21.5, 8.0)), start=1)]
)


class _Noted:
    """Counts its calls in the HOSO_TEST_ENGINE_CALLS file (read once, when built)."""

    name = "noted"

    def __init__(self) -> None:
        log = os.environ.get(CALLS_LOG)
        self._log = Path(log) if log else None
        self._lock = threading.Lock()

    def note(self, request: EngineRequest) -> None:
        if self._log is not None:
            with self._lock, self._log.open("a", encoding="utf-8") as out:
                out.write(f"{self.name} {request.what}\n")


def calls(log: Path) -> list[str]:
    return log.read_text("utf-8").splitlines() if log.exists() else []


class CrashingEngine(_Noted):
    """Killed mid-page every time, as the kernel's OOM killer kills tesseract."""

    name = "crashing"

    def recognise(self, grey: np.ndarray, request: EngineRequest) -> EngineOutput:
        self.note(request)
        run_tool(["sh", "-c", "kill -KILL $$"], timeout_s=request.timeout_s, what=request.what)
        raise AssertionError("a killed program returned")


class CrashingOnceEngine(_Noted):
    """Killed the first time it reads each page; reads it with tesseract the next time."""

    name = "crashing-once"

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[str] = set()
        self._tesseract = TesseractEngine()

    def recognise(self, grey: np.ndarray, request: EngineRequest) -> EngineOutput:
        self.note(request)
        with self._lock:
            first = request.what not in self._seen
            self._seen.add(request.what)
        if first:
            run_tool(["sh", "-c", "kill -KILL $$"], timeout_s=request.timeout_s,
                     what=request.what)
        return self._tesseract.recognise(grey, request)


class HangingEngine(_Noted):
    """Never finishes a page: only the request's time limit stops it."""

    name = "hanging"

    def recognise(self, grey: np.ndarray, request: EngineRequest) -> EngineOutput:
        self.note(request)
        run_tool(["sleep", "3600"], timeout_s=request.timeout_s, what=request.what)
        raise AssertionError("sleep 3600 returned")


class NonsenseEngine(_Noted):
    """Finishes, and returns nonsense: unsure words in no language, broken hOCR and PDF."""

    name = "nonsense"

    def recognise(self, grey: np.ndarray, request: EngineRequest) -> EngineOutput:
        self.note(request)
        words, text = parse_tsv(_NONSENSE)
        return EngineOutput(text, words, hocr=b"<html><body><p>\xff\xfe", pdf=b"%PDF-1.7 \x00??")


class SilentEngine(_Noted):
    """Finishes, and returns nothing at all: no words, no hOCR, no PDF."""

    name = "silent"

    def recognise(self, grey: np.ndarray, request: EngineRequest) -> EngineOutput:
        self.note(request)
        return EngineOutput("", ())


def BrokenEngine() -> object:
    """A plug-in with a bug: building it fails with an error hoso knows nothing of."""
    raise ZeroDivisionError("the engine's own bug")


class CountingTesseract(_Noted):
    """Tesseract itself, noting each page it is asked to read: what was OCRed, and what not."""

    name = "tesseract"

    def __init__(self) -> None:
        super().__init__()
        self._tesseract = TesseractEngine()

    def recognise(self, grey: np.ndarray, request: EngineRequest) -> EngineOutput:
        self.note(request)
        return self._tesseract.recognise(grey, request)


class ConfidentGarbleEngine(_Noted):
    """Sure of itself and wrong: what tesseract made of a 100-dpi blurred page at the desk
    (`Só 1548/202VXNCT`, the ID read as `(#E"220004"`), every word at confidence 85."""

    name = "confident-garble"

    _LINES = ('Só 1548/202VXNCT ngàỳ l2 thág 3 nă 2O24',
              'Họ tên: Ngưyễn Vẵn Hùnq (#E"220004" nơỉ cư trủ: thốn 4 xã Tân Phủ',
              'QUYÉT ĐINH vẽ viêc câp gỉấy chưng nhạn qưyền sư dụng đât')

    def recognise(self, grey: np.ndarray, request: EngineRequest) -> EngineOutput:
        self.note(request)
        rows = [f"5\t1\t1\t1\t{line}\t{n}\t{100 + 90 * n}\t{100 + 60 * line}\t80\t40\t85.0\t{w}"
                for line, text in enumerate(self._LINES, start=1)
                for n, w in enumerate(text.split(" "), start=1)]
        words, text = parse_tsv("\n".join([_NONSENSE.splitlines()[0], *rows]))
        return EngineOutput(text, words)
