"""An officer in Chromium: browses without typing (the empty search page's facets, the
document list sorted by a column), opens a document, corrects a field, adds a note, and
downloads the dossier's ZIP. At 1280 px and 390 px; screenshots in test-artifacts/web/."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from api_live import PASSWORD, Live, wait_until_settled
from api_scans import write_scan

CODE = "000.00.19.H12-241203-0704"


@pytest.fixture(scope="module")
def dossier(live: Live, tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("web-officers")
    scan = folder / "giấy khai sinh.png"
    write_scan(scan, "giay_khai_sinh", 61)
    with live.client("op_a") as client:
        made = client.post("/api/dossiers", json={"code": CODE, "procedure": "1.004227",
                                                  "applicant_name": "Hoàng Văn Nam"})
        assert made.status_code == 201, made.text
        put = client.put(f"/api/dossiers/{CODE}/files/{scan.name}", content=scan.read_bytes())
        assert put.status_code == 201, put.text
        assert wait_until_settled(client, CODE)["digitised"]
    return CODE


def _sign_in(page: Any, live: Live, username: str) -> None:
    page.goto(f"{live.url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def _snap(page: Any, artifacts: Path, name: str) -> None:
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_function(
        "Array.from(document.images).every(i => i.complete || !i.checkVisibility())",
        timeout=60_000)
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("width", [1280, 390])
def test_an_officer_browses_corrects_and_downloads(chromium: Any, live: Live, dossier: str,
                                                   artifacts: Path, width: int) -> None:
    context = chromium.new_context(viewport={"width": width, "height": 1000}, locale="vi-VN",
                                   accept_downloads=True)
    page = context.new_page()
    _sign_in(page, live, "officer")
    page.wait_for_url(f"{live.url}/search")
    assert page.locator(".facet h3").count() >= 2  # facets with nothing typed
    assert page.locator(".hit-group").count() >= 1
    assert "Hoàng Văn Nam" in page.inner_text(".results")  # the applicant on the group
    _snap(page, artifacts, f"30-browse-without-query-{width}")

    page.goto(f"{live.url}/documents?sort=applicant_name&order=asc")
    header = page.locator("th[aria-sort='ascending']")
    assert "Người nộp" in header.inner_text()
    row = page.locator(f"tr[data-document^='{CODE}/']")
    assert row.locator("img").count() == 1
    _snap(page, artifacts, f"31-document-list-{width}")
    row.locator("a", has_text="Giấy khai sinh").click()
    page.wait_for_selector("#fields")

    value = f"SỐ {width}/2024/KS"
    page.select_option(".add-field select[name=name]", "doc_number")
    page.fill(".add-field input[name=value]", value)
    page.click(".add-field button")
    page.wait_for_url("**?notice=field_saved")
    fixed = page.locator("tr[data-field='doc_number']")
    assert value in fixed.inner_text() and "đã sửa tay" in fixed.inner_text()
    page.fill("textarea[name=text]", f"Đã đối chiếu bản chính ({width} px).")
    page.click("#notes button[type=submit]")
    page.wait_for_url("**?notice=note_saved")
    assert f"({width} px)" in page.inner_text("#notes")
    assert "Sửa thông tin giấy tờ" in page.inner_text("#history")
    _snap(page, artifacts, f"32-document-corrected-{width}")

    page.click(".crumbs a")
    with page.expect_download() as download:
        page.click("#zip-link")
    path = download.value.path()
    names = zipfile.ZipFile(io.BytesIO(Path(path).read_bytes())).namelist()
    assert names[0].startswith("ban-goc/f01-") and names[-1] == "SHA256SUMS"
    context.close()
