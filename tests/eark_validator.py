"""The E-ARK Python validator (eark-validator on PyPI), run the way the tests run veraPDF: a
tool outside our environment. It pins lxml==5.1.0 while pyHanko needs lxml>=5.4, so it cannot
share our virtualenv; scripts/services/provision.sh installs it into its own virtualenv in
the cache. Missing, it fails the run under CI and skips the tests elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from servers import servers_required

__all__ = ["eark_errors"]

VERSION = os.environ.get("HOSO_EARK_VALIDATOR_VERSION", "1.1.3")
CACHE = Path(os.environ.get("HOSO_CACHE", Path.home() / ".cache" / "hoso"))
PYTHON = CACHE / "eark-validator" / VERSION / "bin" / "python"
RUNNER = Path(__file__).parent / "eark" / "run.py"


def eark_errors(package_root: Path) -> list[str]:
    """The rules the package breaks at severity Error (the specification's MUSTs), as
    "RULE: message"; warnings (SHOULDs) and information are left out."""
    if not PYTHON.is_file():
        message = (f"eark-validator {VERSION} is not installed at {PYTHON}: run "
                   "scripts/services/provision.sh")
        if servers_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    result = subprocess.run([str(PYTHON), str(RUNNER), str(package_root)],
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    results = [*report["structure"]["messages"],
               *report["metadata"]["schema_results"]["messages"],
               *report["metadata"]["schematron_results"]["messages"]]
    return [f"{r['rule_id']}: {r['message']}" for r in results if r["severity"] == "Error"]
