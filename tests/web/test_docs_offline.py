"""/docs works on a network with no way out: Swagger UI comes from this server, not a CDN."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from api_live import Live


def test_docs_name_no_other_host(live: Live) -> None:
    with httpx.Client(base_url=live.url) as client:
        page = client.get("/docs").text
        addresses = re.findall(r"""(?:src|href|url)\s*[:=]\s*['"]([^'"]+)['"]""", page)
        assert addresses, page
        for address in addresses:
            assert not urlsplit(address).netloc, address
            assert client.get(address).status_code == 200, address
        assert client.get("/redoc").status_code == 404  # ReDoc would need a CDN


def test_docs_render_with_the_outside_world_cut_off(chromium: Any, live: Live,
                                                    artifacts: Path) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    asked_outside: list[str] = []

    def only_this_server(route: Any) -> None:
        if route.request.url.startswith(live.url):
            route.continue_()
        else:
            asked_outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_this_server)
    page = context.new_page()
    page.goto(f"{live.url}/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=60_000)
    assert page.locator(".opblock").count() > 10
    page.screenshot(path=str(artifacts / "docs.png"))
    context.close()
    assert asked_outside == []
