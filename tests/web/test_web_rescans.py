"""The rescan loop in Chromium, as an operator at the desk does it: the amber banner lists
every page with a problem, a coarse page is replaced by a good rescan, a blank back scanned
by mistake is discarded, and the banner turns green with ✔. Thumbnails are versioned and open
large on a click. At 1280 px and 390 px; screenshots in test-artifacts/web/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from api_live import PASSWORD, Live, wait_until_settled
from api_scans import write_scan
from PIL import Image

CODE = "000.00.19.H12-241203-0702"
DIGITISED_TIMEOUT_MS = 300_000


@pytest.fixture(scope="module")
def warned(live: Live, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A dossier with a good page, a page scanned too coarse and a blank back, digitised."""
    folder = tmp_path_factory.mktemp("web-rescans")
    files = {"good": folder / "tờ khai.png", "coarse": folder / "giấy khai sinh mờ.jpg",
             "blank": folder / "mặt sau.png", "rescan": folder / "giấy khai sinh quét lại.jpg"}
    write_scan(files["good"], "to_khai", 41)
    write_scan(files["coarse"], "giay_khai_sinh", 42, dpi=100)
    Image.new("L", (1654, 2339), 255).save(files["blank"], dpi=(200, 200))
    write_scan(files["rescan"], "giay_khai_sinh", 42, dpi=200)
    with live.client("op_a") as client:
        made = client.post("/api/dossiers", json={"code": CODE, "procedure": "1.004227",
                                                  "applicant_name": "Trần Văn Bình"})
        assert made.status_code == 201, made.text
        for key in ("good", "coarse", "blank"):
            path = files[key]
            put = client.put(f"/api/dossiers/{CODE}/files/{path.name}", content=path.read_bytes())
            assert put.status_code == 201, put.text
        assert wait_until_settled(client, CODE)["settled"]
    return files


def _sign_in(page: Any, live: Live, username: str) -> None:
    page.goto(f"{live.url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def _snap(page: Any, artifacts: Path, name: str) -> None:
    # Lazy thumbnails load once scrolled to; those out of sight (a closed list) never do.
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_function(
        "Array.from(document.images).every(i => i.complete || !i.checkVisibility())",
        timeout=60_000)
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def _assert_no_native_file_button(page: Any) -> None:
    """Chromium draws its own file button, "Choose File / No file chosen", in English and
    outside the accessibility tree: every file input must be shrunk out of sight (1 px),
    the Vietnamese label standing in for it."""
    sizes = page.eval_on_selector_all(
        "input[type=file]", "all => all.map(e => e.getBoundingClientRect().width)")
    assert sizes and max(sizes) <= 1, sizes
    text = page.inner_text("body")
    for english in ("Choose File", "No file chosen"):
        assert english not in text, english


def _problems(page: Any) -> int:
    return int(page.get_attribute("#rescan-banner", "data-problems") or 0)


@pytest.mark.timeout(600)
def test_the_rescan_loop_in_the_browser(chromium: Any, live: Live, warned: dict[str, Path],
                                        artifacts: Path) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 1200}, locale="vi-VN")
    page = context.new_page()
    _sign_in(page, live, "op_a")
    page.goto(f"{live.url}/intake/{CODE}")
    banner = page.locator("#rescan-banner.warn")
    assert _problems(page) == 2, page.inner_text("#dossier-state")
    assert "độ phân giải" in banner.inner_text().lower() or "dpi" in banner.inner_text()
    assert "giấy khai sinh mờ.jpg" in banner.inner_text()
    assert "mặt sau.png" in banner.inner_text()
    assert page.locator("text=✔").count() == 0
    _snap(page, artifacts, "20-rescan-banner")

    page.goto(f"{live.url}/work-queue")  # the same two pages, on the desk's work queue
    assert page.locator("#today tr[data-page]").count() == 2
    _snap(page, artifacts, "25-work-queue")
    page.locator("#today a", has_text=CODE).first.click()
    page.wait_for_selector("#rescan-banner")

    coarse = page.locator(".file[data-file$='/f02'] .page-card").first
    old_thumb = coarse.locator("img").first.get_attribute("src") or ""
    assert "v=" in old_thumb
    banner.locator("a", has_text="giấy khai sinh mờ.jpg").click()
    assert page.url.endswith("#trang-f02-p001")
    coarse.locator("button.zoom").click()
    zoomed = page.locator("#zoom-trang-f02-p001")
    zoomed.wait_for(state="visible")
    assert "width=1200" in (zoomed.locator("img").get_attribute("src") or "")
    _snap(page, artifacts, "21-thumbnail-enlarged")
    zoomed.locator("button", has_text="Đóng").click()

    _assert_no_native_file_button(page)
    chooser = coarse.locator("input[type=file]")
    chooser.focus()  # hidden from sight, still reachable from the keyboard
    assert chooser.evaluate("e => e === document.activeElement")
    assert coarse.locator("label.button", has_text="Chọn bản quét lại").is_visible()
    chooser.set_input_files(str(warned["rescan"]))
    assert "Đã chọn: giấy khai sinh quét lại.jpg" in coarse.locator(".chosen").inner_text()
    coarse.locator("button", has_text="Thay bằng bản quét lại").click()
    page.wait_for_url(f"**/intake/{CODE}?notice=replaced#trang-f02-p001")
    assert "Đã nhận bản quét lại" in page.inner_text(".notice")
    page.wait_for_selector("#dossier-state[data-state='digitised']",
                           timeout=DIGITISED_TIMEOUT_MS)
    assert _problems(page) == 1  # the coarse page's warning is gone with it
    replaced = page.locator(".file[data-file$='/f02'] .page-card").first
    assert replaced.get_attribute("data-page", timeout=5000).endswith("/f02/p002")
    assert replaced.locator("img").first.get_attribute("src") != old_thumb
    assert "1 trang đã thay hoặc bỏ" in page.inner_text(".file[data-file$='/f02'] .set-aside")

    blank = page.locator(".file[data-file$='/f03'] .page-card").first
    discard = blank.locator("summary", has_text="Bỏ trang")
    discard.click()  # only opens the confirmation: nothing is discarded yet
    confirm = blank.locator(".confirm-discard form")
    assert "Bỏ trang 1 của tệp mặt sau.png? Trang vẫn được lưu trong kho." in confirm.inner_text()
    confirm.locator("button", has_text="Huỷ").click()
    assert not confirm.is_visible() and "notice=discarded" not in page.url
    assert blank.get_attribute("data-page", timeout=5000).endswith("/f03/p001")
    discard.click()
    confirm.locator("button", has_text="Xác nhận").click()
    page.wait_for_url(f"**/intake/{CODE}?notice=discarded*")
    page.wait_for_selector("#dossier-state[data-state='digitised']",
                           timeout=DIGITISED_TIMEOUT_MS)
    page.wait_for_selector("#rescan-banner.good")
    assert "✔" in page.inner_text("#rescan-banner")
    _snap(page, artifacts, "22-rescan-done")

    page.goto(f"{live.url}/dossiers/{CODE}")
    assert page.locator("#rescan-banner.good").count() == 1
    history = page.inner_text("body")
    assert "page_replaced" in history or "thay" in history.lower()
    context.close()


@pytest.mark.timeout(300)
def test_the_intake_page_at_390_px(chromium: Any, live: Live, warned: dict[str, Path],
                                   artifacts: Path) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN",
                                   device_scale_factor=2)
    page = context.new_page()
    _sign_in(page, live, "op_a")
    page.goto(f"{live.url}/intake/{CODE}")
    page.wait_for_selector("#rescan-banner")
    for selector in ("#rescan-banner", ".page-card", ".page-actions"):
        box = page.locator(selector).first.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, (
            selector, box)
    _snap(page, artifacts, "23-rescan-390px")
    context.close()


@pytest.mark.timeout(300)
@pytest.mark.parametrize("width", [1280, 390])
def test_the_qr_cover_sheet_prints_and_reads_back(chromium: Any, live: Live,
                                                  warned: dict[str, Path], artifacts: Path,
                                                  tmp_path: Path, width: int) -> None:
    import cv2
    import numpy as np
    from pdf2image import convert_from_path

    from hoso.ingest.cover import CoverSheet, read_cover

    context = chromium.new_context(viewport={"width": width, "height": 900}, locale="vi-VN")
    page = context.new_page()
    _sign_in(page, live, "op_a")
    page.goto(f"{live.url}/intake/{CODE}")
    page.click("#cover-link")
    page.wait_for_selector("#cover-sheet svg")
    assert CODE in page.inner_text("#cover-sheet")
    shot = page.screenshot(full_page=True)
    _snap(page, artifacts, f"24-cover-sheet-{width}")
    pixels = cv2.imdecode(np.frombuffer(shot, np.uint8), cv2.IMREAD_COLOR)
    assert read_cover(pixels) == CoverSheet(CODE)
    if width == 1280:  # printed on A4: what the scanner will see
        printed = tmp_path / "to-bia.pdf"
        page.pdf(path=str(printed), format="A4")
        [sheet] = convert_from_path(printed, dpi=100)
        assert "Đăng xuất" not in page.inner_text("#cover-sheet")
        grey = cv2.cvtColor(np.array(sheet), cv2.COLOR_RGB2GRAY)
        assert read_cover(grey) == CoverSheet(CODE)
    context.close()
