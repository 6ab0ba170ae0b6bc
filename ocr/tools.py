"""The one place hoso runs an external program itself: a timeout, and its failures as hoso errors.

poppler is run through pdf2image (ocr.rasterise); tesseract's page reading runs here (see
ocr.tesseract for why not through pytesseract).
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Mapping, Sequence

from hoso.errors import ToolCrashed, ToolError, ToolMissing, ToolTimeout

__all__ = ["INSTALL_HINTS", "TIMEOUT_HINT", "run_tool"]

INSTALL_HINTS = {
    "tesseract": "apt-get install tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd",
    "pdftoppm": "apt-get install poppler-utils",
}
TIMEOUT_HINT = "raise HOSO_OCR_TIMEOUT, then `hoso requeue` the dossier"


def run_tool(args: Sequence[str], *, timeout_s: float, what: str, stdin: bytes | None = None,
             env: Mapping[str, str] | None = None) -> bytes:
    """Run `args`, return stdout. `what` names the page in errors ("a.pdf page 3").

    Killed by a signal: ToolCrashed (worth another try); past `timeout_s`: ToolTimeout; any
    other non-zero exit: ToolError.
    """
    program = args[0]
    try:
        done = subprocess.run(
            list(args), input=stdin, capture_output=True, timeout=timeout_s,
            env={**os.environ, **env} if env else None, check=False,
        )
    except FileNotFoundError:
        raise ToolMissing(f"{program} is not installed", hint=INSTALL_HINTS.get(program)) from None
    except subprocess.TimeoutExpired:
        raise ToolTimeout(f"{what}: {program} took longer than {timeout_s:g} s",
                          hint=TIMEOUT_HINT) from None
    if done.returncode < 0:
        raise ToolCrashed(f"{what}: {program} was killed by {_signal_name(-done.returncode)}")
    if done.returncode != 0:
        detail = _last_line(done.stderr) or f"exit status {done.returncode}"
        raise ToolError(f"{what}: {program} failed: {detail}")
    return done.stdout


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _last_line(stderr: bytes) -> str:
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1] if lines else ""
