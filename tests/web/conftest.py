"""A real server and Debian's Chromium (driven by Playwright) for the web page tests.

Chromium is never downloaded: the fixture uses /usr/bin/chromium (apt package `chromium`,
installed by scripts/bootstrap.sh). Missing, it skips the tests, or fails them under CI.
Screenshots go to test-artifacts/web/ (gitignored) for people to look at.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The live server and the scans are the API tests' own helpers.
sys.path.insert(0, str(Path(__file__).parents[1] / "api"))

from api_live import Live, live_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).parents[2] / "test-artifacts" / "web"


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install chromium (scripts/bootstrap.sh)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with live_server(tmp_path_factory.mktemp("hoso-web")) as server:
        yield server


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
