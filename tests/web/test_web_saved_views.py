"""Saved views in Chromium, at 1280 px and 390 px: an officer keeps a search and a document
list under names, opens them again from the search page and the work queue, saves a name
again (replaced, not doubled) and deletes one; another user never sees them; a form from
elsewhere (no CSRF token) is refused. axe-core finds nothing serious on the pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from api_live import PASSWORD, Live
from axe import axe_script, serious_violations

SIZES = {"1280": {"width": 1280, "height": 900}, "390": {"width": 390, "height": 844}}


def _signed_in(chromium: Any, live: Live, username: str, width: str) -> Any:
    context = chromium.new_context(viewport=SIZES[width], locale="vi-VN",
                                   is_mobile=width == "390", has_touch=width == "390")
    page = context.new_page()
    page.goto(f"{live.url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    return page


def _save(page: Any, name: str) -> None:
    page.fill("#view-name", name)
    page.locator("#saved-views button", has_text="Lưu bộ lọc này").click()
    page.wait_for_url("**saved=1#saved-views")
    assert "Đã lưu bộ lọc." in page.inner_text("#saved-views")


def _names(page: Any) -> list[str]:
    return page.locator("#saved-views .views a").all_inner_texts()


def _fits(page: Any, width: str) -> list[str]:
    found = serious_violations(page, axe_script())
    scroll = page.evaluate("document.scrollingElement.scrollWidth")
    if scroll > int(width):
        found.append(f"{scroll} px wide")
    return found


@pytest.mark.timeout(300)
@pytest.mark.parametrize("width", ["1280", "390"])
def test_an_officer_saves_opens_replaces_and_deletes_views(
        chromium: Any, live: Live, artifacts: Path, width: str) -> None:
    page = _signed_in(chromium, live, "officer", width)
    mine, lists = f"Khai sinh phường Bến Nghé {width}", f"Tờ khai mới nhất {width}"
    page.goto(f"{live.url}/search?q=khai+sinh&type=giay_khai_sinh&offset=20")
    _save(page, mine)
    page.goto(f"{live.url}/documents?type=to_khai&sort=received_at&order=desc")
    _save(page, lists)
    assert _fits(page, width) == []

    page.goto(f"{live.url}/work-queue")  # listed there too, to open in one click
    assert {mine, lists} <= set(_names(page))
    assert page.locator("#saved-views #view-name").count() == 0  # nothing to save here
    assert _fits(page, width) == []
    page.locator("#saved-views a", has_text=mine).click()
    page.wait_for_url("**/search?*")
    assert page.input_value("input[name=q]") == "khai sinh"
    assert "type=giay_khai_sinh" in page.url and "offset" not in page.url
    assert _fits(page, width) == []
    page.screenshot(path=str(artifacts / f"30-saved-views-{width}.png"), full_page=True)

    page.goto(f"{live.url}/search?q=hộ+khẩu")  # the same name again: replaced
    _save(page, mine)
    assert _names(page).count(mine) == 1
    page.locator("#saved-views a", has_text=mine).click()
    assert page.input_value("input[name=q]") == "hộ khẩu"

    page.locator("#saved-views li", has_text=lists).locator("button", has_text="Xoá").click()
    page.wait_for_url("**deleted=1#saved-views")
    assert lists not in _names(page) and mine in _names(page)
    page.context.close()

    other = _signed_in(chromium, live, "auditor", width)
    other.goto(f"{live.url}/search")
    assert mine not in _names(other) and "Chưa có bộ lọc nào được lưu." in other.inner_text(
        "#saved-views")
    other.context.close()


def test_a_save_without_the_form_token_is_refused(chromium: Any, live: Live) -> None:
    page = _signed_in(chromium, live, "officer", "1280")
    sent = page.request.post(f"{live.url}/saved-views", form={
        "name": "Từ nơi khác", "page": "/search", "query": "q=a", "csrf": "giả"},
        max_redirects=0)
    assert sent.status == 403
    page.goto(f"{live.url}/search")
    assert "Từ nơi khác" not in _names(page)
    page.context.close()
