"""Every page, as each role, at a desk's 1280 px and a phone's 390 px, in Chromium: axe-core
finds no serious or critical violation, nothing is wider than the screen, the header folds
into a menu, the upload is reachable by keyboard (and offers the camera on a touch screen),
and links say where they go. Screenshots go to test-artifacts/web/a11y/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_live import PASSWORD, Live, wait_until_settled
from api_scans import write_scan
from axe import axe_script, serious_violations
from PIL import Image

CODE = "000.00.19.H12-241202-0601"
LONG_QUERY = "giấy chứng nhận quyền sử dụng đất " * 6 + "0792010043210792010043210792"
WIDE = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def dossier(live: Live, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A digitised dossier with a blank page's warning and a refused file."""
    folder = tmp_path_factory.mktemp("a11y-scans")
    scan, blank, junk = (folder / "giấy khai sinh của người nộp hồ sơ.pdf",
                         folder / "mặt sau.png", folder / "ghi-chu.pdf")
    write_scan(scan, "giay_khai_sinh", 61)
    Image.new("L", (1654, 2339), 255).save(blank, dpi=(200, 200))
    junk.write_text("not a scan\n")
    with live.client("op_a") as api:
        api.post("/api/dossiers", json={"code": CODE, "procedure": "1.004227",
                                        "applicant_name": "Nguyễn Thị Minh Khai"})
        for path in (scan, blank, junk):
            api.put(f"/api/dossiers/{CODE}/files/{path.name}", content=path.read_bytes())
        return wait_until_settled(api, CODE)


def _pages(role: str, page_id: str) -> list[str]:
    return {
        "op_a": ["/intake", f"/intake/{CODE}", f"/dossiers/{CODE}", f"/pages/{page_id}"],
        "officer": ["/search", f"/search?q={LONG_QUERY}", "/search?q=khai+sinh",
                    f"/pages/{page_id}?q=khai+sinh"],
        "auditor": ["/audit", f"/audit/{CODE}", f"/dossiers/{CODE}"],
        "admin": ["/admin", "/admin/users/op_b", "/no/such/page"],
    }[role]


@pytest.fixture(scope="module")
def browsers(chromium: Any) -> Iterator[dict[str, Any]]:
    contexts = {"1280": chromium.new_context(viewport=WIDE, locale="vi-VN"),
                "390": chromium.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True,
                                            has_touch=True, device_scale_factor=2)}
    yield contexts
    for context in contexts.values():
        context.close()


def _sign_in(page: Any, live: Live, username: str) -> None:
    page.goto(f"{live.url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def _slug(path: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", path)[:60].strip("-") or "home"


@pytest.mark.timeout(900)
@pytest.mark.parametrize("width", ["1280", "390"])
@pytest.mark.parametrize("role", ["op_a", "officer", "auditor", "admin"])
def test_every_page_is_accessible_and_fits(live: Live, browsers: dict[str, Any],
                                           dossier: dict[str, Any], artifacts: Path,
                                           role: str, width: str) -> None:
    page = browsers[width].new_page()
    folder = artifacts / "a11y"
    folder.mkdir(exist_ok=True)
    script = axe_script()
    problems: dict[str, list[str]] = {}
    _sign_in(page, live, role)
    for path in ["/login", *_pages(role, dossier["files"][0]["pages"][0]["page_id"])]:
        page.goto(live.url + path)
        # Lazy thumbnails below the fold never load until scrolled to: not waited for.
        page.wait_for_function(
            "Array.from(document.images).every(i => i.complete || i.loading === 'lazy')",
                               timeout=60_000)
        found = serious_violations(page, script)
        if width == "390":
            scroll = page.evaluate("document.scrollingElement.scrollWidth")
            if scroll > 390:
                found.append(f"{scroll} px wide")
            header = page.evaluate("document.querySelector('header.top').offsetHeight")
            if header > 64:
                found.append(f"header {header} px tall")
        if found:
            problems[path] = found
        page.screenshot(path=str(folder / f"{role}-{width}-{_slug(path)}.png"), full_page=True)
    page.close()
    assert not problems, problems


def test_upload_is_reachable_by_keyboard(live: Live, browsers: dict[str, Any],
                                         dossier: dict[str, Any]) -> None:
    page = browsers["1280"].new_page()
    _sign_in(page, live, "op_a")
    page.goto(f"{live.url}/intake/{CODE}")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "file-input":
            break
    assert page.evaluate("document.activeElement.id") == "file-input"
    label = page.locator("label[for=file-input]")
    assert label.inner_text() == "Chọn tệp" and label.is_visible()
    assert not page.locator("label[for=camera-input]").is_visible()  # no camera on a desk
    page.close()


def test_phone_offers_the_camera_and_folds_the_menu(live: Live, browsers: dict[str, Any],
                                                    dossier: dict[str, Any]) -> None:
    page = browsers["390"].new_page()
    _sign_in(page, live, "op_a")
    page.goto(f"{live.url}/intake/{CODE}")
    camera = page.locator("#camera-input")
    assert camera.get_attribute("capture") == "environment"
    assert page.locator("label[for=camera-input]").inner_text() == "Chụp ảnh"
    assert page.locator("label[for=camera-input]").is_visible()
    assert not page.locator("nav a:has-text('Tiếp nhận')").is_visible()
    page.click(".menu-toggle")
    assert page.locator("nav a:has-text('Tiếp nhận')").is_visible()
    assert page.get_attribute(".menu-toggle", "aria-expanded") == "true"
    page.close()


def test_links_say_where_they_go(live: Live, browsers: dict[str, Any],
                                 dossier: dict[str, Any]) -> None:
    page = browsers["1280"].new_page()
    _sign_in(page, live, "auditor")
    page.goto(f"{live.url}/dossiers/{CODE}")
    names = page.eval_on_selector_all(
        ".page-card a", "links => links.map(a => a.getAttribute('aria-label'))")
    assert len(names) == len(set(names)) >= 2, names
    assert all(CODE in name and "Trang 1" in name for name in names), names
    page.close()


@pytest.mark.parametrize("width", ["1280", "390"])
def test_locking_asks_first_and_the_question_is_accessible(
        live: Live, browsers: dict[str, Any], artifacts: Path, width: str) -> None:
    page = browsers[width].new_page()
    _sign_in(page, live, "admin")
    page.goto(f"{live.url}/admin/users/admin")
    assert page.locator("button:has-text('Khoá tài khoản…')").is_disabled()  # oneself
    page.goto(f"{live.url}/admin/users/op_b")
    page.click("button:has-text('Khoá tài khoản…')")
    page.wait_for_selector("#confirm-lock")
    assert serious_violations(page, axe_script()) == []
    assert page.evaluate("document.scrollingElement.scrollWidth") <= int(width)
    page.screenshot(path=str(artifacts / "a11y" / f"admin-{width}-confirm-lock.png"),
                    full_page=True)
    page.click("#confirm-lock a:has-text('Huỷ')")
    page.wait_for_load_state()
    assert "Đang dùng" in page.inner_text(".heading")  # cancelled: still active
    page.close()
