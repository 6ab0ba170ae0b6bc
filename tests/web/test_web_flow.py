"""The web pages as people use them, in Chromium: an operator takes a dossier in and watches
it get digitised; an officer finds it by typing without tone marks and opens the page; an
auditor checks its integrity. Each page is saved as a screenshot in test-artifacts/web/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from api_live import PASSWORD, Live
from api_scans import write_scan
from PIL import Image

CODE = "000.00.19.H12-241202-0301"
DIGITISED_TIMEOUT_MS = 300_000


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("web-scans")
    birth, card = folder / "giấy khai sinh.pdf", folder / "căn cước công dân.jpg"
    write_scan(birth, "giay_khai_sinh", 31)
    write_scan(card, "can_cuoc", 32)
    blank = folder / "mặt sau.png"  # the back of a sheet, scanned by mistake
    Image.new("L", (1654, 2339), 255).save(blank, dpi=(200, 200))
    return [birth, card, blank]


def _sign_in(page: Any, live: Live, username: str) -> None:
    page.goto(f"{live.url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def _snap(page: Any, artifacts: Path, name: str) -> None:
    page.wait_for_function(
        "Array.from(document.images).every(i => i.complete)", timeout=60_000)
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


@pytest.mark.timeout(600)
def test_intake_search_and_audit_in_the_browser(chromium: Any, live: Live,
                                                scans: list[Path], artifacts: Path) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 1400}, locale="vi-VN")
    page = context.new_page()

    page.goto(f"{live.url}/intake")
    assert page.url.startswith(f"{live.url}/login?next=")
    _snap(page, artifacts, "01-login")
    _sign_in(page, live, "op_a")
    page.wait_for_url(f"{live.url}/intake")
    page.fill("input[name=code]", CODE)
    page.fill("input[name=procedure]", "1.004227")
    page.fill("input[name=applicant_name]", "Phạm Minh Châu")
    page.fill("input[name=applicant_id]", "001190012345")
    _snap(page, artifacts, "02-intake-new-dossier")
    page.click("#new-dossier button[type=submit]")
    page.wait_for_url(f"{live.url}/intake/{CODE}")

    page.set_input_files("#file-input", [str(p) for p in scans])
    page.wait_for_selector("#uploads li[data-done='ok'] >> nth=2", timeout=60_000)
    bar = page.locator("#uploads li[data-done='ok'] progress").first
    assert bar.get_attribute("value") == "100"
    page.wait_for_selector(".page-card >> nth=2", timeout=30_000)
    _snap(page, artifacts, "03-intake-uploaded")
    page.wait_for_selector("#dossier-state[data-state='digitised']",
                           timeout=DIGITISED_TIMEOUT_MS)
    assert page.locator(".page-card[data-state='done']").count() == 3
    blank_card = page.locator(".file[data-file$='/f03'] .page-card")
    assert "Trang trắng" in blank_card.inner_text() and "Cần kiểm tra" in blank_card.inner_text()
    # Digitised, but not green: the amber banner names the page to rescan (test_web_rescans).
    banner = page.inner_text("#rescan-banner.warn")  # other pages may be warned too
    assert "trang cần quét lại hoặc kiểm tra" in banner and "mặt sau.png" in banner
    assert "✔" not in page.inner_text("#dossier-state")
    _snap(page, artifacts, "04-intake-digitised")
    page.click("button:has-text('Đăng xuất')")
    page.wait_for_url(f"{live.url}/login")

    _sign_in(page, live, "officer")
    page.wait_for_url(f"{live.url}/search")
    page.fill("input[name=q]", "giay khai sinh")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".hit")
    assert CODE in page.inner_text(".results")
    marks = page.locator(".snippet mark").all_inner_texts()
    assert any(m.lower().startswith("giấy khai sinh") for m in marks), marks
    assert page.locator(".facet h3").first.inner_text() == "Loại giấy tờ"
    _snap(page, artifacts, "05-search")

    with page.expect_response(lambda r: r.url.split("#")[0].endswith("/pdf")) as pdf:
        page.click(".hit >> nth=0")
    assert pdf.value.status == 200 and pdf.value.headers["content-type"] == "application/pdf"
    page.wait_for_selector("#page-image")
    page.wait_for_timeout(3000)  # the PDF viewer draws the page after the download
    assert "#page=" in (page.get_attribute("#pdf-link", "href") or "")
    assert page.locator("#page-text mark").count() > 0
    _snap(page, artifacts, "06-page")

    page.click(f".crumbs a:has-text('{CODE}')")
    page.wait_for_selector("#documents")
    _snap(page, artifacts, "07-dossier")
    page.click("button:has-text('Đăng xuất')")

    _sign_in(page, live, "auditor")
    page.goto(f"{live.url}/audit/{CODE}")
    page.click("button:has-text('Kiểm tra toàn vẹn')")
    page.wait_for_selector("#verdict")
    assert "TOÀN VẸN" in page.inner_text("#verdict")
    _snap(page, artifacts, "08-audit")
    context.close()
