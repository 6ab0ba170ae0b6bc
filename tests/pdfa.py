"""veraPDF, the PDF/A validator, run the way the tests run Elasticsearch: its jar fetched from
Maven Central by scripts/services/provision.sh into the cache, run with the machine's Java.
Missing, it fails the run under CI and skips the tests elsewhere."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest
from servers import servers_required

__all__ = ["pdfa_failures"]

VERSION = os.environ.get("HOSO_VERAPDF_VERSION", "1.28.2")
CACHE = Path(os.environ.get("HOSO_CACHE", Path.home() / ".cache" / "hoso"))
JAR = CACHE / "verapdf" / f"greenfield-apps-{VERSION}.jar"


def pdfa_failures(paths: Sequence[Path], flavour: str = "2b") -> dict[str, list[str]]:
    """Each file's failed PDF/A rules (ISO 19005 clause-test numbers, e.g. "6.2.11.4.1-1");
    an empty list when it passes."""
    java = shutil.which("java")
    if not JAR.is_file() or java is None:
        message = (f"veraPDF {VERSION} is not at {JAR} (or java is missing): run "
                   "scripts/services/provision.sh")
        if servers_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    result = subprocess.run(
        [java, "-cp", str(JAR), "org.verapdf.apps.GreenfieldCliWrapper", "--flavour", flavour,
         "--format", "text", "--verbose", *map(str, paths)],
        capture_output=True, text=True, timeout=600, check=False)
    return _parse(result.stdout, result.stderr)


def _parse(stdout: str, stderr: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current: list[str] = []
    for line in stdout.splitlines():
        words = line.split()
        if line.startswith(("PASS ", "FAIL ")):
            current = found.setdefault(" ".join(words[1:-1]), [])
        elif line.startswith("  FAIL "):
            current.append(words[1])
        elif line.startswith("ERROR"):
            found[line] = ["could not be parsed"]
    assert found, f"veraPDF said nothing: {stdout}{stderr}"
    return found
