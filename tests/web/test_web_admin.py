"""The administrator's pages: a lock needs a confirmation, locking oneself is refused in
Vietnamese, a user's role, desk, full name and password can be changed, desks are a list."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from api_live import DESK_A, PASSWORD, Live


@pytest.fixture()
def admin(live: Live) -> Iterator[tuple[httpx.Client, str]]:
    with httpx.Client(base_url=live.url, timeout=30.0) as client:
        client.post("/login", data={"username": "admin", "password": PASSWORD})
        page = client.get("/admin").text
        csrf = re.search(r'name="csrf-token" content="([^"]+)"', page)
        assert csrf, page
        yield client, csrf.group(1)


def _signs_in(live: Live, username: str, password: str = PASSWORD) -> bool:
    with httpx.Client(base_url=live.url) as client:
        return client.post("/login", data={"username": username,
                                           "password": password}).status_code == 303


def test_locking_needs_a_confirmation(live: Live, admin: tuple[httpx.Client, str]) -> None:
    client, csrf = admin
    client.post("/admin/users", data={"csrf": csrf, "username": "tam.thoi", "password": PASSWORD,
                                      "role": "officer", "display_name": "Lý Tạm Thời"})
    asked = client.post("/admin/users/tam.thoi/active", data={"csrf": csrf, "active": "0"})
    assert asked.status_code == 200 and "Khoá tài khoản của Lý Tạm Thời?" in asked.text
    assert _signs_in(live, "tam.thoi")  # not locked until confirmed
    client.post("/admin/users/tam.thoi/active",
                data={"csrf": csrf, "active": "0", "confirmed": "1"})
    assert not _signs_in(live, "tam.thoi")
    client.post("/admin/users/tam.thoi/active", data={"csrf": csrf, "active": "1"})
    assert _signs_in(live, "tam.thoi")


def test_locking_oneself_is_refused(live: Live, admin: tuple[httpx.Client, str]) -> None:
    client, csrf = admin
    page = client.get("/admin/users/admin").text
    assert "Không thể tự khoá tài khoản của chính mình." in page
    refused = client.post("/admin/users/admin/active",
                          data={"csrf": csrf, "active": "0", "confirmed": "1"})
    assert refused.status_code == 409
    assert "Không thể tự khoá tài khoản của chính mình." in refused.text
    assert _signs_in(live, "admin")


def test_role_desk_name_and_password_are_edited(live: Live,
                                                admin: tuple[httpx.Client, str]) -> None:
    client, csrf = admin
    client.post("/admin/users", data={"csrf": csrf, "username": "doi.vai", "password": PASSWORD,
                                      "role": "officer", "display_name": "Đỗ Vai"})
    typo = client.post("/admin/users/doi.vai", data={
        "csrf": csrf, "role": "operator", "desk": "UBND phuong Ben Nghe", "display_name": "x"})
    assert typo.status_code == 422 and "Nơi tiếp nhận không có trong danh sách" in typo.text
    saved = client.post("/admin/users/doi.vai", data={
        "csrf": csrf, "role": "operator", "desk": DESK_A, "display_name": "Đỗ Văn Vai"})
    assert saved.status_code == 200 and "Đã lưu." in saved.text
    with live.client("admin") as api:
        user = next(u for u in api.get("/api/users").json() if u["username"] == "doi.vai")
    assert (user["role"], user["desk"], user["display_name"]) == ("operator", DESK_A,
                                                                 "Đỗ Văn Vai")
    short = client.post("/admin/users/doi.vai/password", data={"csrf": csrf, "password": "ngan"})
    assert short.status_code == 422 and "ít nhất 10 ký tự" in short.text
    client.post("/admin/users/doi.vai/password", data={"csrf": csrf, "password": "mat-khau-moi-1"})
    assert _signs_in(live, "doi.vai", "mat-khau-moi-1")


def test_desks_are_a_managed_list(admin: tuple[httpx.Client, str]) -> None:
    client, csrf = admin
    added = client.post("/admin/desks", data={"csrf": csrf, "name": "UBND xã Tân Phú"})
    assert added.status_code == 201 and "Đã thêm nơi tiếp nhận UBND xã Tân Phú." in added.text
    again = client.post("/admin/desks", data={"csrf": csrf, "name": "UBND xã Tân Phú"})
    assert again.status_code == 409 and "Nơi tiếp nhận này đã có." in again.text
    form = client.get("/admin").text
    assert '<option value="UBND xã Tân Phú">' in form
