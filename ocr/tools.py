"""The one place external programs are run: a timeout, and their failures as hoso errors."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, Sequence

from hoso.errors import CorruptFile, ToolError, ToolMissing, ToolTimeout

__all__ = ["run_tool"]

_INSTALL_HINTS = {
    "tesseract": "apt-get install tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd",
    "pdftoppm": "apt-get install poppler-utils",
}


def run_tool(args: Sequence[str], *, timeout_s: float, what: str, filename: str = "",
             stdin: bytes | None = None, env: Mapping[str, str] | None = None) -> bytes:
    """Run `args`, return stdout. `what` names the page in errors ("a.pdf page 3").

    A non-zero exit of a program reading a file handed in (`filename` given) means the file is
    bad, and raises CorruptFile; otherwise ToolError.
    """
    program = args[0]
    try:
        done = subprocess.run(
            list(args), input=stdin, capture_output=True, timeout=timeout_s,
            env={**os.environ, **env} if env else None, check=False,
        )
    except FileNotFoundError:
        raise ToolMissing(f"{program} is not installed", hint=_INSTALL_HINTS.get(program)) from None
    except subprocess.TimeoutExpired:
        raise ToolTimeout(f"{what}: {program} took longer than {timeout_s:g} s") from None
    if done.returncode != 0:
        detail = _last_line(done.stderr) or f"exit status {done.returncode}"
        if filename:
            raise CorruptFile(filename, f"{what.removeprefix(filename).strip()}: {detail}")
        raise ToolError(f"{what}: {program} failed: {detail}")
    return done.stdout


def _last_line(stderr: bytes) -> str:
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1] if lines else ""
