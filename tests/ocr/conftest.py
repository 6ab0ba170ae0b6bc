from __future__ import annotations

import shutil

import pytest

from hoso.synth.corpus import page_lines
from hoso.synth.render import RenderedPage, render_page


@pytest.fixture(scope="session", autouse=True)
def _tools() -> None:
    # A missing tool fails the run; it is never skipped (CI must see it).
    for tool in ("tesseract", "pdftoppm"):
        assert shutil.which(tool), f"{tool} is not installed"


@pytest.fixture(scope="session")
def sealed_page() -> RenderedPage:
    return render_page(page_lines(11, body_sentences=5), seed=11, seal=True, signature=True)
