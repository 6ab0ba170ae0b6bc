"""axe-core in the browser tests: injected into a page by Playwright, run, its serious and
critical violations returned. The script is fetched once by scripts/services/provision.sh
(npm's axe-core) into the shared cache; missing, the tests skip, or fail under CI."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

__all__ = ["AXE_VERSION", "axe_script", "serious_violations"]

AXE_VERSION = os.environ.get("HOSO_AXE_VERSION", "4.11.4")  # as scripts/services/common.sh
_CACHE = Path(os.environ.get("HOSO_CACHE", Path.home() / ".cache" / "hoso"))


def axe_script() -> Path:
    script = _CACHE / "axe-core" / AXE_VERSION / "axe.min.js"
    if not script.is_file():
        message = f"{script} is missing: run scripts/services/provision.sh"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return script


def serious_violations(page: Any, script: Path) -> list[str]:
    """axe-core's serious and critical findings on the page as it is now, one line each."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(script))
    found = page.evaluate("""async () => {
        const result = await axe.run(document, {resultTypes: ["violations"]});
        return result.violations.filter(v => ["serious", "critical"].includes(v.impact))
            .map(v => v.id + ": " + v.help + " — " + v.nodes.slice(0, 3)
                 .map(n => n.target.join(" ")).join(", "));
    }""")
    return list(found)
